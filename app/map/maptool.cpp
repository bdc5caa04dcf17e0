#include "app/map/maptool.h"

#include "app/map/mapcanvas.h"

#include <QKeyEvent>
#include <QMouseEvent>
#include <QPainter>

namespace geisep {

MapTool::MapTool(MapCanvas *canvas)
    : QObject(canvas)
    , m_canvas(canvas)
{}

MapTool::~MapTool() = default;

void MapTool::press(QMouseEvent *) {}
void MapTool::move(QMouseEvent *) {}
void MapTool::release(QMouseEvent *) {}
void MapTool::doubleClick(QMouseEvent *) {}
bool MapTool::key(QKeyEvent *)
{
    return false;
}
void MapTool::drawOverlay(QPainter &) const {}

PointsTool::PointsTool(MapCanvas *canvas, Shape shape)
    : MapTool(canvas)
    , m_shape(shape)
{}

void PointsTool::deactivate()
{
    m_points.clear();
    m_finished = false;
    canvas()->update();
}

QPolygonF PointsTool::pointsWithMouse() const
{
    QPolygonF points = m_points;
    if (!m_finished && !points.isEmpty())
        points << m_mouse;
    return points;
}

QPointF PointsTool::mapPoint(QPointF screen)
{
    return canvas()->viewport().toMap(screen);
}

void PointsTool::press(QMouseEvent *event)
{
    if (event->button() == Qt::RightButton) {
        finish();
        return;
    }
    if (event->button() != Qt::LeftButton)
        return;
    if (m_finished) {
        m_points.clear();
        m_finished = false;
    }
    m_mouse = mapPoint(event->position());
    m_points << m_mouse;
    changed();
    canvas()->update();
}

void PointsTool::move(QMouseEvent *event)
{
    m_mouse = mapPoint(event->position());
    if (!m_points.isEmpty() && !m_finished) {
        changed();
        canvas()->update();
    }
}

void PointsTool::doubleClick(QMouseEvent *)
{
    finish();
}

bool PointsTool::key(QKeyEvent *event)
{
    switch (event->key()) {
    case Qt::Key_Escape:
        if (m_points.isEmpty())
            return false;
        m_points.clear();
        m_finished = false;
        changed();
        canvas()->update();
        return true;
    case Qt::Key_Backspace:
        if (m_points.isEmpty() || m_finished)
            return false;
        m_points.removeLast();
        changed();
        canvas()->update();
        return true;
    case Qt::Key_Return:
    case Qt::Key_Enter:
        if (m_points.isEmpty() || m_finished)
            return false;
        finish();
        return true;
    default:
        return false;
    }
}

void PointsTool::finish()
{
    if (m_points.isEmpty() || m_finished)
        return;
    // A double click adds the same point twice.
    QPolygonF points;
    for (const QPointF &p : std::as_const(m_points))
        if (points.isEmpty() || p != points.last())
            points << p;
    m_points = points;
    m_finished = true;
    bool clear = false;
    finished(points, clear);
    if (clear) {
        m_points.clear();
        m_finished = false;
        changed();
    }
    canvas()->update();
}

void PointsTool::drawOverlay(QPainter &p) const
{
    if (m_points.isEmpty())
        return;
    const Viewport &viewport = canvas()->viewport();
    QPolygonF screen;
    for (const QPointF &m : pointsWithMouse())
        screen << viewport.toScreen(m.x(), m.y());
    const bool polygon = m_shape == Shape::Polygon;
    const QColor blue(0x1f, 0x5f, 0xbf);
    p.setPen(QPen(blue, 2));
    p.setBrush(polygon ? QColor(0x1f, 0x5f, 0xbf, 40) : QColor(Qt::transparent));
    if (polygon)
        p.drawPolygon(screen);
    else
        p.drawPolyline(screen);
    p.setBrush(Qt::white);
    for (const QPointF &s : screen)
        p.drawEllipse(s, 3, 3);
}

} // namespace geisep
