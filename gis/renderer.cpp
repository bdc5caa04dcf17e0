#include "gis/renderer.h"

#include <QPainterPath>

#include <cmath>

namespace geisep {

LayerStyle defaultStyle(const QString &role)
{
    if (role == u"muhtar_district")
        return {QColor(0xdc, 0xe6, 0xf0), QColor(0x3b, 0x5b, 0x7a), 0.8, 6};
    if (role == u"migrant_area")
        return {QColor(0xf2, 0xa3, 0x5e, 150), QColor(0x9c, 0x4a, 0x10), 1.0, 6};
    if (role == u"infrastructure")
        return {QColor(0x00, 0x72, 0xb2), QColor(Qt::white), 1.0, 7};
    if (role == u"basemap")
        return {QColor(0xee, 0xee, 0xee), QColor(0xbb, 0xbb, 0xbb), 0.5, 4};
    return {QColor(Qt::transparent), QColor(0x55, 0x55, 0x55), 2.2, 5}; // reference
}

QColor serviceColor(const QString &service)
{
    if (service == u"school")
        return QColor(0x00, 0x72, 0xb2); // blue
    if (service == u"health")
        return QColor(0xd5, 0x5e, 0x00); // vermillion
    if (service == u"water")
        return QColor(0x56, 0xb4, 0xe9); // sky blue
    if (service == u"transit")
        return QColor(0x00, 0x9e, 0x73); // bluish green
    return QColor(0xcc, 0x79, 0xa7);     // reddish purple
}

namespace {

void drawLayer(QPainter &p, const Viewport &vp, const LayerGeometry &layer)
{
    const LayerStyle style = defaultStyle(layer.role);
    const Envelope view = vp.visibleExtent();
    const double upp = vp.unitsPerPixel();
    const double minStep2 = 0.25; // (half a pixel)², in screen units
    QPen pen(style.stroke, style.strokeWidth);
    pen.setJoinStyle(Qt::RoundJoin);
    for (std::size_t f = 0; f < layer.featureCount(); ++f) {
        const Envelope &box = layer.boxes[f];
        if (!box.intersects(view))
            continue;
        const std::uint32_t r0 = layer.featureStart[f], r1 = layer.featureStart[f + 1];
        if (layer.kind == LayerGeometry::Kind::Points) {
            const QColor color = layer.role == u"infrastructure" ? serviceColor(layer.category[f])
                                                                 : style.fill;
            p.setPen(QPen(style.stroke, 1));
            p.setBrush(color);
            for (std::uint32_t r = r0; r < r1; ++r) {
                const std::uint32_t v = layer.ringStart[r];
                const QPointF s = vp.toScreen(layer.xy[2 * v], layer.xy[2 * v + 1]);
                const double h = style.pointSize / 2;
                p.drawEllipse(QRectF(s.x() - h, s.y() - h, style.pointSize, style.pointSize));
            }
            continue;
        }
        if (box.width() < upp && box.height() < upp) {
            // Under a pixel: one pixel in the outline colour.
            const QPointF s = vp.toScreen((box.minX + box.maxX) / 2, (box.minY + box.maxY) / 2);
            p.fillRect(QRectF(std::floor(s.x()), std::floor(s.y()), 1, 1), style.stroke);
            continue;
        }
        QPainterPath path;
        path.setFillRule(Qt::OddEvenFill);
        for (std::uint32_t r = r0; r < r1; ++r) {
            const std::uint32_t v0 = layer.ringStart[r], v1 = layer.ringStart[r + 1];
            if (v1 <= v0)
                continue;
            QPolygonF ring;
            ring.reserve(int(v1 - v0));
            QPointF last = vp.toScreen(layer.xy[2 * v0], layer.xy[2 * v0 + 1]);
            ring.append(last);
            for (std::uint32_t v = v0 + 1; v < v1; ++v) {
                const QPointF s = vp.toScreen(layer.xy[2 * v], layer.xy[2 * v + 1]);
                const double dx = s.x() - last.x(), dy = s.y() - last.y();
                if (dx * dx + dy * dy < minStep2 && v + 1 < v1)
                    continue;
                ring.append(s);
                last = s;
            }
            if (layer.kind == LayerGeometry::Kind::Polygons)
                path.addPolygon(ring), path.closeSubpath();
            else
                path.addPolygon(ring);
        }
        p.setPen(pen);
        p.setBrush(layer.kind == LayerGeometry::Kind::Polygons ? QBrush(style.fill) : Qt::NoBrush);
        p.drawPath(path);
    }
}

} // namespace

void MapRenderer::render(QPainter &painter, const Viewport &viewport,
                         const std::vector<std::shared_ptr<const LayerGeometry>> &layers)
{
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing, true);
    for (const auto &layer : layers)
        if (layer)
            drawLayer(painter, viewport, *layer);
    painter.restore();
}

} // namespace geisep
