#include "app/mapcanvas.h"

#include "gis/renderer.h"

#include <QKeyEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QPainterPath>
#include <QWheelEvent>

namespace geisep {

MapCanvas::MapCanvas(QWidget *parent)
    : QWidget(parent)
{
    setMinimumSize(320, 240);
    setMouseTracking(true);
    setFocusPolicy(Qt::StrongFocus);
    setCursor(Qt::OpenHandCursor);
}

void MapCanvas::setLayers(std::vector<std::shared_ptr<const LayerGeometry>> layers,
                          bool zoomToAll)
{
    m_layers = std::move(layers);
    if (zoomToAll || !m_viewport.isValid())
        m_needsFit = true;
    update();
}

Envelope MapCanvas::fullExtent() const
{
    Envelope all;
    for (const auto &layer : m_layers)
        all.expand(layer->extent);
    return all;
}

void MapCanvas::zoomToFullExtent()
{
    m_viewport.setSize(size());
    const Envelope all = fullExtent();
    if (all.isEmpty())
        return;
    m_viewport.zoomToExtent(all);
    m_needsFit = false;
    Q_EMIT scaleChanged(m_viewport.scaleDenominator());
    update();
}

void MapCanvas::resizeEvent(QResizeEvent *)
{
    m_viewport.setSize(size());
    if (m_needsFit)
        zoomToFullExtent();
}

void MapCanvas::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.fillRect(rect(), QColor(0xf4, 0xf1, 0xea));
    if (fullExtent().isEmpty()) {
        p.setPen(QColor(0x60, 0x60, 0x60));
        QFont f = font();
        f.setPointSizeF(f.pointSizeF() * 1.2);
        p.setFont(f);
        p.drawText(rect().adjusted(40, 40, -40, -40), Qt::AlignCenter | Qt::TextWordWrap,
                   tr("This project has no layers yet.\nBring in mahalle boundaries, migrant "
                      "areas or infrastructure with Layer ▸ Import."));
        return;
    }
    if (m_needsFit)
        zoomToFullExtent();
    MapRenderer::render(p, m_viewport, m_layers);
    if (m_highlightLayer && m_highlightFeature < m_highlightLayer->featureCount()) {
        // The inspected feature: its rings outlined on top.
        const LayerGeometry &l = *m_highlightLayer;
        QPainterPath path;
        path.setFillRule(Qt::OddEvenFill);
        for (std::uint32_t r = l.featureStart[m_highlightFeature];
             r < l.featureStart[m_highlightFeature + 1]; ++r) {
            QPolygonF ring;
            for (std::uint32_t v = l.ringStart[r]; v < l.ringStart[r + 1]; ++v)
                ring.append(m_viewport.toScreen(l.xy[2 * v], l.xy[2 * v + 1]));
            path.addPolygon(ring);
        }
        p.setRenderHint(QPainter::Antialiasing);
        p.setPen(QPen(QColor(0xe3, 0x0a, 0x17), 2.5));
        p.setBrush(QColor(0xe3, 0x0a, 0x17, 40));
        p.drawPath(path);
    }
}

void MapCanvas::mousePressEvent(QMouseEvent *event)
{
    if (event->button() == Qt::LeftButton) {
        m_dragging = true;
        m_dragFrom = event->position();
        m_pressedAt = event->position();
        setCursor(Qt::ClosedHandCursor);
    }
}

void MapCanvas::mouseMoveEvent(QMouseEvent *event)
{
    const QPointF map = m_viewport.toMap(event->position());
    Q_EMIT mouseMapPosition(map.x(), map.y());
    if (m_dragging) {
        const QPointF d = event->position() - m_dragFrom;
        m_viewport.panByPixels(d.x(), d.y());
        m_dragFrom = event->position();
        update();
    }
}

void MapCanvas::mouseReleaseEvent(QMouseEvent *event)
{
    if (m_dragging && (event->position() - m_pressedAt).manhattanLength() < 4) {
        const QPointF map = m_viewport.toMap(event->position());
        Q_EMIT clicked(map.x(), map.y(), 4 * m_viewport.unitsPerPixel());
    }
    m_dragging = false;
    setCursor(Qt::OpenHandCursor);
}

void MapCanvas::wheelEvent(QWheelEvent *event)
{
    const double steps = event->angleDelta().y() / 120.0;
    m_viewport.zoomBy(std::pow(1.25, steps), event->position());
    Q_EMIT scaleChanged(m_viewport.scaleDenominator());
    update();
}

void MapCanvas::keyPressEvent(QKeyEvent *event)
{
    const QPointF centre(width() / 2.0, height() / 2.0);
    switch (event->key()) {
    case Qt::Key_Plus:
    case Qt::Key_Equal:
        m_viewport.zoomBy(1.5, centre);
        break;
    case Qt::Key_Minus:
        m_viewport.zoomBy(1 / 1.5, centre);
        break;
    case Qt::Key_Left:
        m_viewport.panByPixels(width() / 4.0, 0);
        break;
    case Qt::Key_Right:
        m_viewport.panByPixels(-width() / 4.0, 0);
        break;
    case Qt::Key_Up:
        m_viewport.panByPixels(0, height() / 4.0);
        break;
    case Qt::Key_Down:
        m_viewport.panByPixels(0, -height() / 4.0);
        break;
    default:
        QWidget::keyPressEvent(event);
        return;
    }
    Q_EMIT scaleChanged(m_viewport.scaleDenominator());
    update();
}

} // namespace geisep
