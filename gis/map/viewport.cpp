#include "gis/map/viewport.h"

#include <algorithm>

namespace geisep {

void Viewport::zoomToExtent(const Envelope &extent, double marginPx)
{
    if (extent.isEmpty() || m_size.isEmpty())
        return;
    m_cx = (extent.minX + extent.maxX) / 2;
    m_cy = (extent.minY + extent.maxY) / 2;
    const double w = std::max(1.0, m_size.width() - 2 * marginPx);
    const double h = std::max(1.0, m_size.height() - 2 * marginPx);
    m_upp = std::max({extent.width() / w, extent.height() / h, 1e-6});
}

void Viewport::zoomBy(double factor, QPointF anchor)
{
    if (factor <= 0)
        return;
    const QPointF before = toMap(anchor);
    m_upp /= factor;
    const QPointF after = toMap(anchor);
    m_cx += before.x() - after.x();
    m_cy += before.y() - after.y();
}

} // namespace geisep
