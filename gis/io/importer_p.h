#pragma once

// Helpers shared by the importer's source files (importer.cpp: the public steps and the preview;
// importsource.cpp: the source, its filters, CRS and encoding; importread.cpp: reading,
// transforming and repairing the features; importwrite.cpp: writing the layer and its areas;
// importdistricts.cpp: the area field names and the district lookup).

#include "core/error.h"
#include "core/gpkg.h"
#include "core/project.h"
#include "core/text/csv.h"
#include "core/text/textcodec.h"
#include "gis/gdalinit.h"
#include "gis/geos.h"
#include "gis/io/importer.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>
#include <QVariant>

#include <gdal_priv.h>
#include <ogr_geometry.h>
#include <ogr_spatialref.h>
#include <ogrsf_frmts.h>

#include <memory>
#include <optional>
#include <vector>

namespace geisep::importer {

struct FeatureDeleter
{
    void operator()(OGRFeature *f) const { OGRFeature::DestroyFeature(f); }
};
using FeaturePtr = std::unique_ptr<OGRFeature, FeatureDeleter>;

struct GeometryDeleter
{
    void operator()(OGRGeometry *g) const { OGRGeometryFactory::destroyGeometry(g); }
};
using OgrGeometryPtr = std::unique_ptr<OGRGeometry, GeometryDeleter>;

struct TransformDeleter
{
    void operator()(OGRCoordinateTransformation *t) const
    {
        OGRCoordinateTransformation::DestroyCT(t);
    }
};
using TransformPtr = std::unique_ptr<OGRCoordinateTransformation, TransformDeleter>;

struct Source
{
    GDALDatasetUniquePtr dataset;
    OGRLayer *layer = nullptr;
    QString driver;
    QString gdalPath;
    QStringList layers;
};

class Text
{
    Q_DECLARE_TR_FUNCTIONS(LayerImporter)
};

// The code page a shapefile declares: its .cpg, else the DBF's language driver id.
struct DeclaredEncoding
{
    std::optional<TextEncoding> encoding;
    QString reason;
    bool ansi = false; // "the writing machine's ANSI code page": decided by detection
};

struct Row
{
    qint64 sourceFid = 0;
    OgrGeometryPtr geometry;
    QList<QVariant> values; // strings still raw bytes (QByteArray) until decoded
};

enum class Family { None, Point, Line, Polygon, Mixed };

// A declared encoding (a .cpg, a DBF code page mark) that the bytes do not bear out: UTF-8
// declared over 8-bit text, or an 8-bit code page declared over valid UTF-8. Carries the
// encoding the bytes read as and a word read both ways, for the message.
struct EncodingConflict
{
    TextEncoding detected = TextEncoding::Utf8;
    QString asDeclared, asDetected;
};

// District polygons of a project layer, for assigning each area its ilçe.
struct District
{
    QString name;
    QString province;
    Envelope box;
    geos::GeometryPtr geometry;
    geos::PreparedPtr prepared;
};

// The features as read, transformed and repaired, before anything is written.
struct Features
{
    std::vector<Row> rows;
    QByteArray textSample; // raw text of the fields, for the encoding
    Family family = Family::None;
    bool anyMulti = false;
};

// The table's columns: the source fields under checked names (the names as decoded and folded
// kept to find the name, code, district … fields), and for infrastructure the service column.
struct Columns
{
    QList<gpkg::FieldSpec> fields;
    QStringList decoded, folded;
    int serviceSource = -1; // the source field of each feature's service, or -1
};

// Where the features go.
struct Target
{
    Identifier table;
    QString tableName, layerName;
    QByteArray geometryType;
    int srs = 0;
};

// ---- importsource.cpp ---------------------------------------------------------------------

// "Shapefile" for "ESRI Shapefile"; other drivers by their own name.
QString formatName(const QString &driver);
// The file opened through the driver its name promises, and the layer asked for.
Result<Source> openSource(const ImportOptions &options);
DeclaredEncoding shapefileEncoding(const Source &source);
std::optional<EncodingConflict> encodingConflict(TextEncoding declared, const QByteArray &sample);
Result<void> applyWhere(Source &source, const ImportOptions &options, GdalErrors &quiet);
Result<void> applyExtent(Source &source, const ImportOptions &options);
Result<TransformPtr> sourceTransform(int projectSrs, const QString &projectPath,
                                     const ImportOptions &options, OGRLayer *layer,
                                     ImportReport &report, const GdalErrors &quiet);
Result<std::optional<CsvTable>> checkedCsv(const ImportOptions &options, const Source &source);
Result<TextEncoding> textEncoding(const Source &source, OGRFeatureDefn *defn,
                                  const QByteArray &textSample, std::optional<TextEncoding> forced,
                                  const ImportOptions &options, ImportReport &report);

// ---- importread.cpp -----------------------------------------------------------------------

Result<Features> readFeatures(OGRLayer *layer, OGRCoordinateTransformation *transform,
                              const std::optional<CsvTable> &csv, const ImportOptions &options,
                              const ProgressFn &progress, qint64 total, ImportReport &report,
                              const GdalErrors &quiet);

// ---- importwrite.cpp ----------------------------------------------------------------------

QByteArray tableGeometryType(Family family, bool anyMulti);
Result<Columns> tableColumns(OGRFeatureDefn *defn, TextEncoding encoding,
                             const ImportOptions &options);
Result<void> writeLayer(Project &project, const ImportOptions &options, const Target &target,
                        std::vector<Row> &rows, const Columns &columns, int fieldCount,
                        TextEncoding encoding, const std::vector<District> &districts,
                        const ProgressFn &progress, qint64 total, ImportReport &report);

// ---- importdistricts.cpp ------------------------------------------------------------------

// Field names people use for an area's name, code, district, province, plate and service,
// folded.
extern const QStringList kNameFields, kCodeFields, kDistrictFields, kProvinceFields, kPlateFields,
    kServiceFields;
// The index of the first of `candidates` among `foldedNames`, or -1.
int findField(const QStringList &foldedNames, const QStringList &candidates);
Result<std::vector<District>> loadDistricts(Project &project, const QString &layerName);
QString districtOf(const QByteArray &wkb, const std::vector<District> &districts,
                   QString &province);

} // namespace geisep::importer
