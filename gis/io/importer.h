#pragma once

#include "core/error.h"
#include "core/project.h"
#include "core/text/textcodec.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>

namespace geisep {

struct ImportOptions
{
    QString path;        // a file (.gpkg .shp .zip .geojson .json .kml .fgb .csv) or folder
    QString sourceLayer; // needed when the file holds several layers
    QString name;        // the layer's name in the project; default: the source layer's
    LayerRole role = LayerRole::Reference; // any but basemap (a raster is linked, not imported)
    QString encoding;                      // empty: .cpg, DBF code page mark, then detection
    std::optional<int> sourceEpsg;         // for files without a CRS (or with a wrong one)
    QString serviceField;                  // infrastructure: the field that holds the service type
    QString serviceType;                   // infrastructure: one service type for every feature
    QString districtsLayer; // areas: a project layer whose polygons give each area's district
    QString where;          // an attribute filter in OGR SQL, e.g. "townId IN (343, 344)"
    // Only the features whose box touches this rectangle (the map's view), given in
    // EPSG:extentEpsg (the project's CRS); transformed to the file's CRS for GDAL's spatial
    // filter, so the file is read only there where its format has an index.
    std::optional<Envelope> extent;
    int extentEpsg = 0;
    bool sample = false; // made-up data: flagged so the window and prints say so
};

// What an import did, shown in the window, printed by the CLI and stored with the layer.
struct ImportReport
{
    QString file;
    QString sourceLayer;
    QString driver;
    qint64 read = 0;
    qint64 written = 0;
    qint64 repaired = 0;
    qint64 skipped = 0;
    QStringList notes; // one line per skipped feature or other remark, "feature 12: …"
    QString encoding;
    QString encodingReason;
    QString sourceCrs;
    QString geometryType;
    qint64 layerId = 0;
    QString table;

    QJsonObject toJson() const;
    QString toText() const; // translated, several lines
};

// Which of a table's columns give an area its name, code, district, province and plate code:
// the first of the names people use for each (ad, mahalle, kod, ilçe, il, …), compared folded;
// -1 where none does. The importer and the feature editor read and write areas through it.
struct AreaColumns
{
    int name = -1;
    int code = -1;
    int district = -1;
    int province = -1;
    int plate = -1;
};
AreaColumns areaColumnsOf(const QStringList &columnNames);

// Progress of long work: called with done and total; return false to cancel.
using ProgressFn = std::function<bool(qint64 done, qint64 total)>;

// A first look at a file for the import dialog: its layers, fields, CRS, encoding and rows.
struct ImportPreview
{
    QString driver;
    QStringList layers;
    QString layer;
    QStringList fields;
    QList<QStringList> rows; // the first rows' values, decoded
    qint64 featureCount = -1;
    QString geometryType;
    QString crs; // "EPSG:4326 WGS 84", or empty when the file has none
    QString encoding;
    QString encodingReason;
    bool conflict = false; // the file declares an encoding its text does not bear out
    QList<bool> numeric;   // per field: holds numbers (a filter compares them unquoted)
    qint64 matching = -1;  // features the filters (where, extent) keep; -1 without one
    QString whereError;    // why the filter cannot be used; empty when it can
};

// Brings a foreign layer into a project through GDAL, PROJ and GEOS: encoding, CRS
// transformation, validity repair, one geometry type per table, stable area ids. One import is
// one transaction: a failure or a cancel leaves the project as it was.
class LayerImporter
{
    Q_DECLARE_TR_FUNCTIONS(LayerImporter)

public:
    static Result<ImportPreview> preview(const ImportOptions &options, int rows = 10);
    // The distinct values of a field of the file, decoded and in Turkish order, at most
    // `limit` (for the import dialog's filter).
    static Result<QStringList> fieldValues(const ImportOptions &options, const QString &field,
                                           int limit = 1000);
    // An OGR SQL filter keeping the features whose `field` is one of `values` (numbers bare,
    // text quoted): "\"cityId\" IN (63)", "\"ilce\" = 'Eyyübiye'". Empty without values.
    static QString filterFor(const QString &field, const QStringList &values, bool numeric);
    static Result<ImportReport> run(Project &project, const ImportOptions &options,
                                    const ProgressFn &progress = {});
    // The roles a vector layer can be imported as: all but basemap.
    static QList<LayerRole> roles();
    // The error for a role name that is none of roles(), about the file at `path`.
    static Error unknownRole(const QString &name, const QString &path);
};

} // namespace geisep
