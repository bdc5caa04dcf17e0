#include "app/mapcanvas.h"

#include <QPainter>

namespace geisep {

MapCanvas::MapCanvas(QWidget *parent)
    : QWidget(parent)
{
    setMinimumSize(320, 240);
    setAutoFillBackground(false);
}

void MapCanvas::setLayers(const QList<LayerInfo> &layers)
{
    m_layers = layers;
    update();
}

void MapCanvas::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.fillRect(rect(), QColor(0xf4, 0xf1, 0xea));
    Envelope all;
    for (const LayerInfo &layer : m_layers)
        if (layer.extent)
            all.expand(*layer.extent);
    if (all.isEmpty()) {
        p.setPen(QColor(0x60, 0x60, 0x60));
        QFont f = font();
        f.setPointSizeF(f.pointSizeF() * 1.2);
        p.setFont(f);
        p.drawText(rect().adjusted(40, 40, -40, -40), Qt::AlignCenter | Qt::TextWordWrap,
                   tr("This project has no layers yet.\nBring in mahalle boundaries, migrant "
                      "areas or infrastructure with Layer ▸ Import."));
        return;
    }
    // Fit the union of extents with a margin; y grows upwards on the map.
    const double margin = 24;
    const double sx = (width() - 2 * margin) / std::max(all.width(), 1e-9);
    const double sy = (height() - 2 * margin) / std::max(all.height(), 1e-9);
    const double s = std::min(sx, sy);
    const double ox = (width() - s * all.width()) / 2;
    const double oy = (height() - s * all.height()) / 2;
    p.setRenderHint(QPainter::Antialiasing);
    for (const LayerInfo &layer : m_layers) {
        if (!layer.extent)
            continue;
        const QRectF r(ox + (layer.extent->minX - all.minX) * s,
                       oy + (all.maxY - layer.extent->maxY) * s, layer.extent->width() * s,
                       layer.extent->height() * s);
        p.setPen(QPen(QColor(0x3b, 0x5b, 0x7a), 1.5));
        p.setBrush(QColor(0x3b, 0x5b, 0x7a, 24));
        p.drawRect(r);
        p.drawText(r.adjusted(6, 4, -6, -4), Qt::AlignLeft | Qt::AlignTop, layer.name);
    }
}

} // namespace geisep
