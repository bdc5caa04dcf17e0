#pragma once

#include "core/error.h"
#include "core/sqlite.h"
#include "gis/map/maplayer.h"

#include <QString>

namespace geisep {

// A layer's style as QGIS reads it from a GeoPackage: the `layer_styles` table QGIS itself
// writes (one default row per layer, QML with the SLD beside it), so a colleague opening the
// project in QGIS sees the same colours, classes, labels and scale range. A single symbol is a
// single symbol; categories and classes are a rule per legend row over the features that fall
// in it (`"fid" IN (…)`; figures, derived values and analysis results live outside the layer's
// table, so QGIS could not compute them), labelled as our legend labels them, with an ELSE rule
// for features without a value ("no data", or added later in QGIS). Labels use the layer's own
// column (an area's name through the column that names it).
struct QgisStyle
{
    QString qml;
    QString sld;
};

// `labelColumn`: the table's column the labels show, empty for none.
QgisStyle qgisStyle(const MapLayer &layer, const QString &labelColumn);

// Writes the layer's current style (classified on its features as the map draws them) into
// layer_styles as its default, creating the table as QGIS does when missing. Part of the
// caller's transaction.
Result<void> writeQgisStyle(Database &db, qint64 layerId);

} // namespace geisep
