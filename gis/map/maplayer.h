#pragma once

#include "core/error.h"
#include "core/layerrole.h"
#include "core/sqlite.h"
#include "gis/io/raster.h"
#include "gis/map/layerdata.h"
#include "gis/map/style.h"

#include <QColor>
#include <QString>

#include <memory>
#include <vector>

namespace geisep {

// One layer ready to draw: its geometry, style and, per feature, the class or category it
// falls in and its label. Built on one thread, then shared read-only with render threads; a
// style change builds a new MapLayer sharing the same geometry.
struct MapLayer
{
    qint64 id = 0;
    QString table;
    QString name;
    LayerRole role = LayerRole::Reference;
    bool visible = true;
    double opacity = 1.0;
    qint64 analysisRunId = 0; // a layer an analysis made (coverage gaps); 0 for the planner's

    std::shared_ptr<const LayerGeometry> geometry; // no features for a raster, its extent only
    std::shared_ptr<const RasterSource> raster;    // raster basemaps only
    QString source;                                // raster basemaps: the dataset as stored
    // Why the layer cannot be drawn (a basemap file gone), or is drawn in its plain style (its
    // style's values cannot be read); empty when fine.
    QString problem;
    LayerStyle style;

    std::vector<double> values;      // graduated: each feature's value (NaN when unknown)
    std::vector<QString> texts;      // categorized: each feature's category value
    std::vector<std::int16_t> klass; // class or category index per feature; -1 = none
    std::vector<double> breaks;      // graduated: class boundaries
    std::vector<QColor> classColors; // graduated: one per class; categorized: one per category
    std::vector<QString> labels;     // per feature; empty when the style has no labels

    // The fill colour of feature f (for points, the marker colour).
    QColor featureColor(std::size_t f) const;
    LayerStyle::Marker featureMarker(std::size_t f) const;
};

// Values of a style field (see LayerStyle) for every feature of `geometry`, in feature order.
struct FieldValues
{
    std::vector<double> numbers; // NaN where missing or not a number
    std::vector<QString> texts;
};
Result<FieldValues> loadFieldValues(Database &db, const QString &table, qint64 layerId,
                                    const LayerGeometry &geometry, const QString &field);

// The fields a style may use for a layer, for choosers: area attributes and figures when the
// layer has areas, derived figures, and the table's own columns.
QStringList styleFields(Database &db, const QString &table, qint64 layerId);
// Whether a style field holds numbers (a graduated style needs them): figures, derived values,
// analysis results and the plan's counts do; area names and codes do not; a column of the table
// by its declared type (INTEGER, REAL, DOUBLE, …, not TEXT, DATE or BLOB).
bool styleFieldIsNumeric(Database &db, const QString &table, const QString &field);

// Applies `style` to a layer: reads values and labels, computes class breaks and colours.
Result<void> applyStyle(Database &db, MapLayer &layer, const LayerStyle &style);
// A graduated layer's breaks, class colours and each feature's class from its `values` (print
// calls it again after withholding some values).
void classifyGraduated(MapLayer &layer);

// The style saved for a layer (geisep_styles, is_current), or the role's default.
LayerStyle savedStyle(Database &db, qint64 layerId, LayerRole role);
// Saves `style` as the layer's current style; part of the caller's transaction, if any.
Result<void> saveStyle(Database &db, qint64 layerId, const LayerStyle &style);

// Every layer of the project, bottom first: basemaps, muhtar districts, migrant areas (a
// settlement drawn inside a mahalle shows over the mahalle's colour), reference layers,
// infrastructure; within a role by position. Geometry of layers in
// `previous` (same id and table) is shared instead of read again, as are opened rasters.
// A raster whose file cannot be opened is kept, with its `problem` set, and not drawn.
Result<std::vector<std::shared_ptr<MapLayer>>>
loadMapLayers(Database &db, const std::vector<std::shared_ptr<const MapLayer>> &previous = {});

} // namespace geisep
