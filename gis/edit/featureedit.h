#pragma once

#include "core/error.h"
#include "core/project.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QMap>
#include <QPolygonF>
#include <QString>
#include <QStringList>
#include <QVariant>
#include <QVariantMap>

#include <vector>

namespace geisep {

// A column of a layer's own table as a planner edits it.
struct EditField
{
    enum class Type { Integer, Real, Text, Date, DateTime, Boolean, Blob };
    QString name;
    Type type = Type::Text;
    int maxLength = 0; // TEXT(n): at most n characters; 0 for any length
    bool notNull = false;

    // The GeoPackage column type: INTEGER, REAL, TEXT(n), DATE, …
    QByteArray sqlType() const;
    // integer, real, text, date, datetime, boolean (as `layer new --field name:type` takes).
    static std::optional<Type> typeFromName(const QString &name);
    static Type typeFromSql(const QString &sqlType);
};

// Rows an edit took out of the project, to put back on undo exactly as they were (the same
// feature numbers and area ids): the features, their area rows and every row that names those
// areas (links, figures, indicator values, analysis results, match fixes), and the
// stakeholders whose area was cleared.
struct RemovedRows
{
    struct Table
    {
        QString name;
        QStringList columns;
        QList<QVariantList> rows;
    };
    qint64 layerId = 0;
    QList<qint64> fids;
    std::vector<Table> tables; // in the order they are put back: parents first
    QList<QPair<qint64, qint64>> clearedStakeholders; // stakeholder id, area id

    // How many rows of `table` went with the features (for the confirmation the window asks).
    qsizetype count(const QString &table) const;
};

// A field taken out of a layer, with every feature's value, to put back on undo.
struct RemovedField
{
    qint64 layerId = 0;
    EditField field;
    QHash<qint64, QVariant> values; // by feature number; NULLs left out
};

// What opening a project found changed in an area layer by another program (QGIS): features
// added there got their area rows, areas whose feature was deleted there went with the rows that
// named them, and areas whose name field was edited there were renamed.
struct ReconciledLayer
{
    QString layer;
    QStringList added;   // the new areas' names ("No. 412" where a feature has none)
    QStringList removed; // the names of the areas whose features are gone
    qint64 renamed = 0;
    QMap<QString, qint64> removedRows; // rows that named the removed areas, by table
};

// A layer the planner starts empty, to draw into.
struct NewLayerSpec
{
    QString name;
    LayerRole role = LayerRole::Reference;    // any of LayerImporter::roles()
    QByteArray geometryType = "MULTIPOLYGON"; // MULTIPOLYGON, POINT or MULTILINESTRING
    QList<EditField> fields;                  // empty: the role's template
};

// Edits a vector layer's features and attributes in the project: each call is one transaction
// that leaves the GeoPackage whole (R-tree kept by its triggers, the extent in gpkg_contents
// refreshed) and, for area layers, the area rows in step with the features. Undo is built on
// it (app/edit/editcommands.h): every change can be read back before it is made, and a deletion
// returns what it removed so that `restore` puts it back.
class FeatureEditor
{
    Q_DECLARE_TR_FUNCTIONS(FeatureEditor)

public:
    explicit FeatureEditor(Project &project);

    // The fields a new layer of `role` starts with: for a migrant area its name, estimated
    // households and persons, source, survey date and a note; for a facility its name, service
    // and capacity; for a muhtar district its name, code, district and province.
    static QList<EditField> fieldTemplate(LayerRole role);
    // The error for a role name that is none of LayerImporter::roles(), about the project at
    // `path`.
    static Error unknownRole(const QString &name, const QString &path);
    // Creates an empty layer (table, R-tree, layer row); returns its id.
    Result<qint64> createLayer(const NewLayerSpec &spec);

    // The layer's own columns after fid and geometry.
    Result<QList<EditField>> fields(qint64 layerId);
    // Reads what a person typed into a field of `type`: whole numbers, decimals written the
    // Turkish or the English way ("12,5", "1.234", "12.5"), dates as 31.12.2026 or 2026-12-31,
    // text up to the field's length. Empty input is NULL, refused when the field is NOT NULL.
    static Result<QVariant> parseValue(const EditField &field, const QVariant &input);

    // Adds a feature from ISO WKB in the project CRS (a polygon to a multipolygon layer is
    // made a multipolygon); refused when it is empty, of another kind than the layer, or
    // invalid (the message says where), unless `repair` makes it valid. `values` by column
    // name, already parsed. An area gets its area row: the name, code, district and province
    // from its fields, where missing the district and province of the muhtar district it lies
    // in. Returns the new feature number.
    Result<qint64> addFeature(qint64 layerId, const QByteArray &wkb, const QVariantMap &values,
                              bool repair = false);
    // A field's value: a column of the table, or an area's "area.name", "area.code",
    // "area.district".
    Result<QVariant> value(qint64 layerId, qint64 fid, const QString &field);
    // The feature's own fields (as fields() lists them) by name, as stored, in one read.
    Result<QVariantMap> fieldValues(qint64 layerId, qint64 fid);
    // Sets a field (parsed; see parseValue). Setting the table column that names an area
    // renames the area too.
    Result<void> setValue(qint64 layerId, qint64 fid, const QString &field, const QVariant &value);
    // Values of a column for these features, as stored (to undo setValues).
    Result<QHash<qint64, QVariant>> values(qint64 layerId, const QString &field,
                                           const QList<qint64> &fids);
    // Sets a column for many features in one transaction, each value parsed as setValue does
    // (`parse` false: stored as given, for undo); the first refused value names its feature
    // and nothing changes. Area names follow as with setValue.
    Result<void> setValues(qint64 layerId, const QString &field,
                           const QHash<qint64, QVariant> &values, bool parse = true);

    // Adds an empty field to the layer's table (ALTER TABLE … ADD COLUMN); refused when its
    // name is not a column name (see columnNameFor) or is taken.
    Result<void> addField(qint64 layerId, const EditField &field);
    // Removes a field with its values, returned for restoreField. Refused while the layer's
    // style colours or labels by it or its filter names it (the message says which), and for
    // the columns that name an area.
    Result<RemovedField> removeField(qint64 layerId, const QString &name);
    Result<void> restoreField(const RemovedField &removed);
    // A column name for what a person typed as a field's name: Turkish letters written
    // without their marks, spaces and signs as _, lower case ("Okul sayısı" → "okul_sayisi");
    // empty when nothing is left.
    static QString columnNameFor(const QString &typed);

    Result<QByteArray> geometry(qint64 layerId, qint64 fid);
    Result<void> setGeometry(qint64 layerId, qint64 fid, const QByteArray &wkb,
                             bool repair = false);
    // What deleting these features would take with them, by table (geisep_area_links,
    // geisep_area_figures, geisep_indicator_values, …; tables with none left out), for the
    // question the window asks first.
    Result<QMap<QString, qint64>> dependents(qint64 layerId, const QList<qint64> &fids);
    // Deletes features with everything that names their areas; returns it for `restore`.
    Result<RemovedRows> deleteFeatures(qint64 layerId, const QList<qint64> &fids);
    // Merges polygons into the first of `fids` (the lowest number keeps its fields and area):
    // its shape becomes the union (GEOS), the others are deleted with what names them. What it
    // changed, to undo: the kept feature's old shape and the rows removed.
    struct Merged
    {
        qint64 kept = 0;
        QByteArray oldShape;
        RemovedRows removed;
    };
    Result<Merged> mergeFeatures(qint64 layerId, QList<qint64> fids);
    // The mahalle a migrant area lies in, with the share of its area in each, largest first
    // (worked out whenever the area is drawn, reshaped, split, merged or brought in step).
    struct MahalleShare
    {
        qint64 mahalleId = 0; // its geisep_areas id
        QString name;
        QString district;
        double share = 0;
    };
    Result<QList<MahalleShare>> mahalleShares(qint64 layerId, qint64 fid);
    // Works the shares out again for the layer's migrant areas: every one, or only those that
    // have none (`missingOnly`, as on opening); returns how many were worked out.
    Result<int> refreshMahalleShares(qint64 layerId, bool missingOnly = false);
    // Brings every area layer's area rows in step with its features after another program
    // edited the file, in one transaction; writes nothing when all is in step, nor to a
    // project opened read-only. Returns the layers that changed.
    Result<QList<ReconciledLayer>> reconcileAreas();
    // A polygon drawn for `layerId` made to fit, as QGIS's digitising options: with
    // `avoidOverlaps`, less where it overlaps the layer's other features; with `clipToMahalle`,
    // cut to the mahalle (of the project's muhtar-district layers) it mostly lies in. `notes`
    // says what was done ("trimmed where it overlapped 2 features", "clipped to Karagöz Mh.").
    // Refused when nothing is left.
    Result<QByteArray> fitShape(qint64 layerId, const QByteArray &wkb, bool avoidOverlaps,
                                bool clipToMahalle, QStringList *notes = nullptr);
    // Splits polygons with a drawn line (ISO WKB, map units), as QGIS's split tool: each of
    // `fids` (every polygon of the layer the line crosses when empty) that the line cuts from
    // side to side is cut; the feature keeps its largest piece (and any part the line did not
    // touch) with its fields, area, links and figures, and each other piece becomes a new
    // feature with the same fields (and, in an area layer, its own area row). Refused, with
    // nothing changed, when the line cuts nothing.
    struct Split
    {
        QMap<qint64, QByteArray> oldShapes; // the features cut, with their shapes before
        QList<qint64> added;                // the new pieces
    };
    Result<Split> splitFeatures(qint64 layerId, const QByteArray &lineWkb, QList<qint64> fids);
    // Undoes a split: the new pieces deleted, the cut features' shapes put back.
    Result<void> unsplit(qint64 layerId, const Split &split);
    // Puts back what deleteFeatures removed.
    Result<void> restore(const RemovedRows &removed);

    // A shape drawn on the map (map units) as ISO WKB for a layer of `geometryType`: the first
    // point for points, a line string, or a polygon closed back to its first point. Empty when
    // there are too few points (one for a point, two for a line, three for a polygon).
    static QByteArray shapeWkb(const QPolygonF &points, const QString &geometryType);
    // The geometry to store for `wkb` in a layer of `geometryType` (GeoPackage type name), or
    // why it cannot be stored.
    static Result<QByteArray> checkedGeometry(const QByteArray &wkb, const QString &geometryType,
                                              bool repair);

private:
    struct Layer
    {
        LayerInfo info;
        QString geometryType;
    };
    Result<Layer> layer(qint64 layerId);
    Result<void> writeAreaRow(const Layer &layer, qint64 fid, const QByteArray &wkb,
                              const QVariantMap &values);
    Result<void> refreshAreaFromFields(const Layer &layer, qint64 fid);
    // A migrant area's mahalle and the share of its area in each (geisep_area_parts), from
    // its shape; nothing for other layers.
    Result<void> writeAreaParts(const Layer &layer, qint64 fid, const QByteArray &wkb);
    // Takes area rows and every row naming them (deleteFeatures, reconcileAreas) into `removed`.
    Result<void> takeAreas(const QList<qint64> &areaIds, RemovedRows &removed);

    Project &m_project;
};

} // namespace geisep
