#pragma once

// Helpers shared by FeatureEditor's source files (featureedit.cpp: layers and values;
// featuregeometry.cpp: shapes, adding, merging; featuredelete.cpp: deleting and restoring).

#include <QString>

namespace geisep::featureedit {

// "Households (estimated): "x" is not a whole number; …", the field as the window names it.
QString fieldMessage(const QString &field, const QString &message);
// "areas (polygons)", "lines", "points" for a GeoPackage geometry type name.
QString familyWord(const QString &layerType);

} // namespace geisep::featureedit
