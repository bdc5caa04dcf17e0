#include "app/map/maptools.h"

#include <QApplication>
#include <QDrag>
#include <QGuiApplication>
#include <QKeyEvent>
#include <QMimeData>
#include <QMouseEvent>
#include <QPainter>

#include <cmath>

namespace geisep {

namespace {

constexpr double kClickPixels = 4; // a press and release closer than this is a click

void drawBox(QPainter &p, QPointF from, QPointF to)
{
    p.setPen(QPen(QColor(0x1f, 0x5f, 0xbf), 1.5, Qt::DashLine));
    p.setBrush(QColor(0x1f, 0x5f, 0xbf, 40));
    p.drawRect(QRectF(from, to).normalized());
}

bool isClick(QPointF from, QPointF to)
{
    return (to - from).manhattanLength() < kClickPixels;
}

Envelope mapBox(const Viewport &viewport, QPointF from, QPointF to)
{
    const QPointF a = viewport.toMap(from), b = viewport.toMap(to);
    return Envelope{std::min(a.x(), b.x()), std::min(a.y(), b.y()), std::max(a.x(), b.x()),
                    std::max(a.y(), b.y())};
}

} // namespace

double lengthOf(const QPolygonF &points, bool closed)
{
    double sum = 0;
    for (qsizetype i = 1; i < points.size(); ++i)
        sum += std::hypot(points[i].x() - points[i - 1].x(), points[i].y() - points[i - 1].y());
    if (closed && points.size() > 2)
        sum += std::hypot(points.first().x() - points.last().x(),
                          points.first().y() - points.last().y());
    return sum;
}

double areaOf(const QPolygonF &points)
{
    double sum = 0;
    for (qsizetype i = 0, j = points.size() - 1; i < points.size(); j = i++)
        sum += (points[j].x() - points[i].x()) * (points[j].y() + points[i].y());
    return std::abs(sum / 2);
}

// ---- Pan ---------------------------------------------------------------------------------------

QCursor PanTool::cursor() const
{
    return m_panning ? Qt::ClosedHandCursor : Qt::OpenHandCursor;
}

void PanTool::deactivate()
{
    if (m_panning)
        canvas()->setPanning(false);
    m_panning = m_box = false;
}

void PanTool::press(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton)
        return;
    m_pressedAt = m_last = m_boxTo = event->position();
    if (event->modifiers() & Qt::ShiftModifier) {
        m_box = true;
        return;
    }
    m_panning = true;
    canvas()->setPanning(true);
    canvas()->setCursor(cursor());
}

void PanTool::move(QMouseEvent *event)
{
    if (m_panning) {
        canvas()->panByPixels(event->position() - m_last);
        m_last = event->position();
    } else if (m_box) {
        m_boxTo = event->position();
        canvas()->update();
    }
}

void PanTool::release(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton)
        return;
    if (m_panning) {
        m_panning = false;
        canvas()->setPanning(false); // the settled extent goes into the history
        canvas()->setCursor(cursor());
        if (isClick(m_pressedAt, event->position())) {
            const QPointF map = canvas()->viewport().toMap(event->position());
            Q_EMIT canvas()->clicked(map.x(), map.y(), canvas()->tolerance());
        }
    } else if (m_box) {
        m_box = false;
        if (!isClick(m_pressedAt, event->position()))
            canvas()->zoomToExtent(mapBox(canvas()->viewport(), m_pressedAt, event->position()));
        canvas()->update();
    }
}

void PanTool::doubleClick(QMouseEvent *event)
{
    if (event->button() == Qt::LeftButton)
        canvas()->zoomAbout(2.0, event->position());
}

void PanTool::drawOverlay(QPainter &p) const
{
    if (m_box)
        drawBox(p, m_pressedAt, m_boxTo);
}

// ---- Zoom box ----------------------------------------------------------------------------------

void ZoomBoxTool::deactivate()
{
    m_box = false;
}

void ZoomBoxTool::press(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton)
        return;
    m_pressedAt = m_to = event->position();
    m_box = true;
}

void ZoomBoxTool::move(QMouseEvent *event)
{
    if (m_box) {
        m_to = event->position();
        canvas()->update();
    }
}

void ZoomBoxTool::release(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton || !m_box)
        return;
    m_box = false;
    if (!isClick(m_pressedAt, event->position()))
        canvas()->zoomToExtent(mapBox(canvas()->viewport(), m_pressedAt, event->position()));
    canvas()->update();
}

bool ZoomBoxTool::key(QKeyEvent *event)
{
    if (event->key() != Qt::Key_Escape || !m_box)
        return false;
    m_box = false;
    canvas()->update();
    return true;
}

void ZoomBoxTool::drawOverlay(QPainter &p) const
{
    if (m_box)
        drawBox(p, m_pressedAt, m_to);
}

// ---- Select ------------------------------------------------------------------------------------

void SelectTool::deactivate()
{
    m_box = m_dragSelection = false;
}

void SelectTool::press(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton)
        return;
    m_pressedAt = m_to = event->position();
    const bool adding = event->modifiers() & (Qt::ShiftModifier | Qt::ControlModifier);
    if (!adding && canvas()->isSelectedAt(event->position())) {
        m_dragSelection = true;
        return;
    }
    m_box = true;
}

void SelectTool::move(QMouseEvent *event)
{
    if (m_dragSelection) {
        if ((event->position() - m_pressedAt).manhattanLength()
            >= QApplication::startDragDistance()) {
            m_dragSelection = false;
            if (QMimeData *mime = canvas()->selectionMimeData()) {
                auto *drag = new QDrag(canvas());
                drag->setMimeData(mime);
                drag->exec(Qt::LinkAction | Qt::CopyAction, Qt::LinkAction);
            }
        }
    } else if (m_box) {
        m_to = event->position();
        canvas()->update();
    }
}

void SelectTool::release(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton)
        return;
    const bool add = event->modifiers() & (Qt::ShiftModifier | Qt::ControlModifier);
    if (m_dragSelection) { // pressed on a selected area and let go: a plain click
        m_dragSelection = false;
        canvas()->selectAt(event->position(), add);
        return;
    }
    if (!m_box)
        return;
    m_box = false;
    if (isClick(m_pressedAt, event->position())) {
        canvas()->selectAt(event->position(), add);
    } else {
        const Envelope b = mapBox(canvas()->viewport(), m_pressedAt, event->position());
        canvas()->selectInPolygon(QPolygonF{QPointF(b.minX, b.minY), QPointF(b.maxX, b.minY),
                                            QPointF(b.maxX, b.maxY), QPointF(b.minX, b.maxY)},
                                  add);
    }
    canvas()->update();
}

bool SelectTool::key(QKeyEvent *event)
{
    if (event->key() != Qt::Key_Escape || !m_box)
        return false;
    m_box = false;
    canvas()->update();
    return true;
}

void SelectTool::drawOverlay(QPainter &p) const
{
    if (m_box)
        drawBox(p, m_pressedAt, m_to);
}

// ---- Select by polygon -------------------------------------------------------------------------

SelectPolygonTool::SelectPolygonTool(MapCanvas *canvas)
    : PointsTool(canvas, Shape::Polygon)
{}

void SelectPolygonTool::finished(const QPolygonF &points, bool &clear)
{
    if (points.size() >= 3)
        canvas()->selectInPolygon(points, QGuiApplication::keyboardModifiers() & Qt::ShiftModifier);
    clear = true;
}

// ---- Measure -----------------------------------------------------------------------------------

MeasureTool::MeasureTool(MapCanvas *canvas, Shape shape)
    : PointsTool(canvas, shape)
{}

void MeasureTool::changed()
{
    report(isFinished());
}

void MeasureTool::finished(const QPolygonF &, bool &)
{
    report(true);
}

void MeasureTool::report(bool done)
{
    const QPolygonF points = pointsWithMouse();
    const bool area = shape() == Shape::Polygon;
    Q_EMIT canvas()->measured(lengthOf(points, area), area ? areaOf(points) : 0, done);
}

// ---- Draw --------------------------------------------------------------------------------------

DrawTool::DrawTool(MapCanvas *canvas, Kind kind, Drawn drawn, Snapper snapper)
    : PointsTool(canvas, kind == Kind::Polygon ? Shape::Polygon : Shape::Line)
    , m_kind(kind)
    , m_drawn(std::move(drawn))
    , m_snapper(std::move(snapper))
{}

QPointF DrawTool::mapPoint(QPointF screen)
{
    const QPointF raw = canvas()->viewport().toMap(screen);
    m_snap = m_snapper ? m_snapper(raw) : std::nullopt;
    return m_snap ? m_snap->point : raw;
}

void DrawTool::press(QMouseEvent *event)
{
    if (m_kind == Kind::Point && event->button() == Qt::LeftButton) {
        const QPointF at = mapPoint(event->position());
        if (m_drawn)
            m_drawn(QPolygonF{at});
        return;
    }
    PointsTool::press(event);
}

void DrawTool::move(QMouseEvent *event)
{
    const bool hadSnap = m_snap.has_value();
    PointsTool::move(event); // snaps through mapPoint
    if (hadSnap || m_snap)
        canvas()->update();
}

void DrawTool::drawOverlay(QPainter &painter) const
{
    PointsTool::drawOverlay(painter);
    if (!m_snap)
        return;
    const QPointF at = canvas()->viewport().toScreen(m_snap->point.x(), m_snap->point.y());
    painter.setPen(QPen(QColor(0xd5, 0x00, 0xf9), 2));
    painter.setBrush(Qt::NoBrush);
    if (m_snap->kind == SnapMatch::Kind::Vertex) {
        painter.drawRect(QRectF(at - QPointF(6, 6), QSizeF(12, 12)));
    } else {
        painter.drawLine(at + QPointF(-6, -6), at + QPointF(6, 6));
        painter.drawLine(at + QPointF(-6, 6), at + QPointF(6, -6));
    }
}

void DrawTool::finished(const QPolygonF &points, bool &clear)
{
    clear = false;
    if (m_drawn)
        m_drawn(points);
}

// ---- Vertices ----------------------------------------------------------------------------------

VertexTool::VertexTool(MapCanvas *canvas, Pick pick, Load load, Changed changed,
                       DrawTool::Snapper snapper)
    : MapTool(canvas)
    , m_pick(std::move(pick))
    , m_load(std::move(load))
    , m_changed(std::move(changed))
    , m_snapper(std::move(snapper))
{}

double VertexTool::tolerance() const
{
    return 8 * canvas()->viewport().unitsPerPixel();
}

void VertexTool::reload()
{
    m_dragging.reset();
    m_shape = m_fid > 0 && m_load ? m_load(m_fid) : std::nullopt;
    if (!m_shape)
        m_fid = 0;
    if (m_current && m_shape
        && (m_current->part >= int(m_shape->parts.size())
            || m_current->ring >= int(m_shape->parts[m_current->part].size())
            || m_current->index >= int(m_shape->parts[m_current->part][m_current->ring].size())))
        m_current.reset();
    canvas()->update();
}

void VertexTool::deactivate()
{
    m_fid = 0;
    m_shape.reset();
    m_current.reset();
    m_dragging.reset();
    canvas()->update();
}

void VertexTool::press(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton)
        return;
    const QPointF at = canvas()->viewport().toMap(event->position());
    if (m_shape) {
        if (const auto v = m_shape->nearestVertex(at, tolerance())) {
            m_current = v;
            m_dragging = v;
            m_dragFrom = m_shape->at(*v);
            m_moved = false;
            canvas()->update();
            return;
        }
        if (m_shape->nearestEdge(at, tolerance()))
            return; // on its own edge: a double click adds a vertex there
    }
    const std::optional<qint64> fid = m_pick ? m_pick(at, tolerance()) : std::nullopt;
    m_fid = fid.value_or(0);
    m_current.reset();
    reload();
}

void VertexTool::move(QMouseEvent *event)
{
    if (!m_dragging || !m_shape)
        return;
    QPointF to = canvas()->viewport().toMap(event->position());
    if (m_snapper)
        if (const auto snap = m_snapper(to); snap && snap->point != m_dragFrom)
            to = snap->point;
    m_shape->move(*m_dragging, to);
    m_moved = true;
    canvas()->update();
}

void VertexTool::release(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton || !m_dragging)
        return;
    m_dragging.reset();
    if (m_moved)
        commit();
}

void VertexTool::doubleClick(QMouseEvent *event)
{
    if (!m_shape)
        return;
    const QPointF at = canvas()->viewport().toMap(event->position());
    if (m_shape->nearestVertex(at, tolerance()))
        return;
    if (const auto edge = m_shape->nearestEdge(at, tolerance())) {
        m_shape->insertAfter(edge->first, edge->second);
        m_current
            = EditableShape::Vertex{edge->first.part, edge->first.ring, edge->first.index + 1};
        commit();
    }
}

bool VertexTool::key(QKeyEvent *event)
{
    if (!m_shape)
        return false;
    switch (event->key()) {
    case Qt::Key_Escape:
        deactivate();
        return true;
    case Qt::Key_Delete:
    case Qt::Key_Backspace:
        if (m_current && m_shape->remove(*m_current)) {
            m_current.reset();
            commit();
        }
        return true;
    default:
        return false;
    }
}

void VertexTool::commit()
{
    if (!m_shape || m_fid <= 0 || !m_changed)
        return;
    const EditableShape changed = *m_shape;
    m_changed(m_fid, changed);
    reload(); // what was stored, or what is still there when the change was refused
}

void VertexTool::drawOverlay(QPainter &painter) const
{
    if (!m_shape)
        return;
    const Viewport &viewport = canvas()->viewport();
    const QColor red(0xd3, 0x2f, 0x2f);
    painter.setRenderHint(QPainter::Antialiasing);
    for (int pi = 0; pi < int(m_shape->parts.size()); ++pi)
        for (int ri = 0; ri < int(m_shape->parts[pi].size()); ++ri) {
            QPolygonF screen;
            for (const QPointF &p : m_shape->parts[pi][ri])
                screen << viewport.toScreen(p.x(), p.y());
            painter.setPen(QPen(red, 2));
            painter.setBrush(Qt::NoBrush);
            if (m_shape->kind == EditableShape::Kind::Polygon)
                painter.drawPolygon(screen);
            else
                painter.drawPolyline(screen);
            for (int vi = 0; vi < int(screen.size()); ++vi) {
                const bool current = m_current && *m_current == EditableShape::Vertex{pi, ri, vi};
                painter.setPen(QPen(red, 1.5));
                painter.setBrush(current ? red : QColor(Qt::white));
                painter.drawRect(QRectF(screen[vi] - QPointF(4, 4), QSizeF(8, 8)));
            }
        }
}

MoveTool::MoveTool(MapCanvas *canvas, VertexTool::Pick pick, VertexTool::Load load, Moved moved)
    : MapTool(canvas)
    , m_pick(std::move(pick))
    , m_load(std::move(load))
    , m_moved(std::move(moved))
{}

void MoveTool::deactivate()
{
    m_fid = 0;
    m_shape.reset();
}

void MoveTool::press(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton)
        return;
    m_from = canvas()->viewport().toMap(event->position());
    m_offset = {};
    const double tolerance = 5 * canvas()->viewport().unitsPerPixel();
    const auto fid = m_pick ? m_pick(m_from, tolerance) : std::nullopt;
    m_fid = fid.value_or(0);
    m_shape = m_fid > 0 && m_load ? m_load(m_fid) : std::nullopt;
    canvas()->update();
}

void MoveTool::move(QMouseEvent *event)
{
    if (!m_shape)
        return;
    m_offset = canvas()->viewport().toMap(event->position()) - m_from;
    canvas()->update();
}

void MoveTool::release(QMouseEvent *event)
{
    if (!m_shape || event->button() != Qt::LeftButton)
        return;
    m_offset = canvas()->viewport().toMap(event->position()) - m_from;
    EditableShape moved = *m_shape;
    const qint64 fid = m_fid;
    m_shape.reset();
    m_fid = 0;
    canvas()->update();
    if (m_offset.isNull())
        return;
    for (auto &part : moved.parts)
        for (QPolygonF &ring : part)
            ring.translate(m_offset);
    if (m_moved)
        m_moved(fid, moved);
}

bool MoveTool::key(QKeyEvent *event)
{
    if (event->key() != Qt::Key_Escape || !m_shape)
        return false;
    deactivate();
    canvas()->update();
    return true;
}

void MoveTool::drawOverlay(QPainter &painter) const
{
    if (!m_shape)
        return;
    const Viewport &viewport = canvas()->viewport();
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(QPen(QColor(0xd3, 0x2f, 0x2f), 2, Qt::DashLine));
    painter.setBrush(QColor(0xd3, 0x2f, 0x2f, 40));
    for (const auto &part : m_shape->parts)
        for (const QPolygonF &ring : part) {
            QPolygonF screen;
            for (const QPointF &p : ring)
                screen << viewport.toScreen(p.x() + m_offset.x(), p.y() + m_offset.y());
            if (m_shape->kind == EditableShape::Kind::Polygon)
                painter.drawPolygon(screen);
            else if (m_shape->kind == EditableShape::Kind::Line)
                painter.drawPolyline(screen);
            else if (!screen.isEmpty())
                painter.drawEllipse(screen.first(), 6, 6);
        }
}

std::unique_ptr<MapTool> makeMapTool(MapCanvas::Tool tool, MapCanvas *canvas)
{
    switch (tool) {
    case MapCanvas::Tool::Pan:
        return std::make_unique<PanTool>(canvas);
    case MapCanvas::Tool::ZoomBox:
        return std::make_unique<ZoomBoxTool>(canvas);
    case MapCanvas::Tool::Select:
        return std::make_unique<SelectTool>(canvas);
    case MapCanvas::Tool::SelectPolygon:
        return std::make_unique<SelectPolygonTool>(canvas);
    case MapCanvas::Tool::MeasureDistance:
        return std::make_unique<MeasureTool>(canvas, PointsTool::Shape::Line);
    case MapCanvas::Tool::MeasureArea:
        return std::make_unique<MeasureTool>(canvas, PointsTool::Shape::Polygon);
    }
    return std::make_unique<PanTool>(canvas);
}

} // namespace geisep
