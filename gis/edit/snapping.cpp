#include "gis/edit/snapping.h"

#include <algorithm>
#include <cmath>

namespace geisep {

std::optional<SnapMatch> snapPoint(const std::vector<const LayerGeometry *> &layers, QPointF at,
                                   double tolerance)
{
    std::optional<SnapMatch> vertex, segment;
    const Envelope around{at.x() - tolerance, at.y() - tolerance, at.x() + tolerance,
                          at.y() + tolerance};
    for (const LayerGeometry *layer : layers) {
        if (!layer)
            continue;
        for (const std::uint32_t f : layer->index.query(around)) {
            for (std::uint32_t r = layer->featureStart[f]; r < layer->featureStart[f + 1]; ++r) {
                const std::uint32_t first = layer->ringStart[r], end = layer->ringStart[r + 1];
                for (std::uint32_t v = first; v < end; ++v) {
                    const QPointF p(layer->xy[2 * v], layer->xy[2 * v + 1]);
                    const double d = std::hypot(p.x() - at.x(), p.y() - at.y());
                    if (d <= tolerance && (!vertex || d < vertex->distance))
                        vertex = SnapMatch{SnapMatch::Kind::Vertex, p, layer->layerId, d};
                    if (v + 1 >= end || layer->kind == LayerGeometry::Kind::Points)
                        continue;
                    // The nearest point of the segment to the next vertex.
                    const QPointF q(layer->xy[2 * (v + 1)], layer->xy[2 * (v + 1) + 1]);
                    const double dx = q.x() - p.x(), dy = q.y() - p.y();
                    const double length2 = dx * dx + dy * dy;
                    if (length2 <= 0)
                        continue;
                    const double t = std::clamp(
                        ((at.x() - p.x()) * dx + (at.y() - p.y()) * dy) / length2, 0.0, 1.0);
                    const QPointF on(p.x() + t * dx, p.y() + t * dy);
                    const double ds = std::hypot(on.x() - at.x(), on.y() - at.y());
                    if (ds <= tolerance && (!segment || ds < segment->distance))
                        segment = SnapMatch{SnapMatch::Kind::Segment, on, layer->layerId, ds};
                }
            }
        }
    }
    return vertex ? vertex : segment;
}

} // namespace geisep
