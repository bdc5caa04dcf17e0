#pragma once

// Helpers shared by FeatureEditor's source files (featureedit.cpp: layers and values;
// featuregeometry.cpp: shapes, adding, merging; featuredelete.cpp: deleting and restoring;
// featurefit.cpp: fitting shapes and mahalle shares).

#include "core/error.h"
#include "core/gpkg.h"
#include "core/sqlite.h"
#include "gis/geos.h"

#include <QString>

#include <vector>

namespace geisep::featureedit {

// "Households (estimated): "x" is not a whole number; …", the field as the window names it.
QString fieldMessage(const QString &field, const QString &message);
// "areas (polygons)", "lines", "points" for a GeoPackage geometry type name.
QString familyWord(const QString &layerType);

// A feature near a shape: its number, the name, district and province of its area row (empty
// when it has none) and its shape.
struct Candidate
{
    qint64 fid = 0;
    QString name;
    QString district;
    QString province;
    geos::GeometryPtr shape;
};

// The features of `table` whose box touches `box`, found through its R-tree, with the area rows
// of `layerId`; none when the table has no R-tree.
Result<std::vector<Candidate>> candidates(Database &db, const QString &table, qint64 layerId,
                                          const Envelope &box);

} // namespace geisep::featureedit
