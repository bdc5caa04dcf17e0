#pragma once

#include "gis/map/layerdata.h"

#include <QPointF>

#include <optional>
#include <vector>

namespace geisep {

// Where a point drawn near existing features lands, as QGIS's snapping: on the nearest vertex
// within the tolerance, else on the nearest point of a segment (an edge of a polygon, a line's
// part), else nowhere. Candidates come from each layer's spatial index.
struct SnapMatch
{
    enum class Kind { Vertex, Segment };
    Kind kind = Kind::Vertex;
    QPointF point; // map units
    qint64 layerId = 0;
    double distance = 0;
};

std::optional<SnapMatch> snapPoint(const std::vector<const LayerGeometry *> &layers, QPointF at,
                                   double tolerance);

} // namespace geisep
