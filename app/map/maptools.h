#pragma once

#include "app/map/mapcanvas.h"
#include "app/map/maptool.h"
#include "gis/edit/snapping.h"
#include "gis/edit/vertexedit.h"

#include <functional>
#include <memory>
#include <optional>

namespace geisep {

// The map tools of the map toolbar, one class each (MapCanvas::setTool makes them).

// Drag to move the map, click to identify (MapCanvas::clicked), double-click to zoom in about
// the point, Shift+drag to zoom to a box (as in QGIS).
class PanTool : public MapTool
{
    Q_OBJECT

public:
    using MapTool::MapTool;
    QCursor cursor() const override;
    void deactivate() override;
    void press(QMouseEvent *event) override;
    void move(QMouseEvent *event) override;
    void release(QMouseEvent *event) override;
    void doubleClick(QMouseEvent *event) override;
    void drawOverlay(QPainter &painter) const override;

private:
    QPointF m_pressedAt, m_last, m_boxTo;
    bool m_panning = false;
    bool m_box = false;
};

// Drag a box to zoom to it.
class ZoomBoxTool : public MapTool
{
    Q_OBJECT

public:
    using MapTool::MapTool;
    void deactivate() override;
    void press(QMouseEvent *event) override;
    void move(QMouseEvent *event) override;
    void release(QMouseEvent *event) override;
    bool key(QKeyEvent *event) override;
    void drawOverlay(QPainter &painter) const override;

private:
    QPointF m_pressedAt, m_to;
    bool m_box = false;
};

// Click or drag a box to select areas of the current layer (Shift or Ctrl adds or toggles);
// pressing on a selected area and moving drags the selection onto a plan item.
class SelectTool : public MapTool
{
    Q_OBJECT

public:
    using MapTool::MapTool;
    void deactivate() override;
    void press(QMouseEvent *event) override;
    void move(QMouseEvent *event) override;
    void release(QMouseEvent *event) override;
    bool key(QKeyEvent *event) override;
    void drawOverlay(QPainter &painter) const override;

private:
    QPointF m_pressedAt, m_to;
    bool m_box = false;
    bool m_dragSelection = false;
};

// Click a polygon; the areas it touches are selected when it is finished (Shift adds).
class SelectPolygonTool : public PointsTool
{
    Q_OBJECT

public:
    explicit SelectPolygonTool(MapCanvas *canvas);

protected:
    void finished(const QPolygonF &points, bool &clear) override;
};

// Click a line or a polygon; its length (and area) is reported as it grows
// (MapCanvas::measured), and stays on the map once finished.
class MeasureTool : public PointsTool
{
    Q_OBJECT

public:
    MeasureTool(MapCanvas *canvas, Shape shape);

protected:
    void changed() override;
    void finished(const QPolygonF &points, bool &clear) override;

private:
    void report(bool finished);
};

// Draws a new feature into the current layer, as QGIS's add-feature tools: a polygon or a line
// vertex by vertex with a rubber band (Backspace takes the last back, Esc drops it, Enter, a
// right click or a double click finishes), or a point with one click. The finished shape, in
// map units, goes to `drawn`; it stays on the map until the next click.
class DrawTool : public PointsTool
{
    Q_OBJECT

public:
    enum class Kind { Point, Line, Polygon };
    using Drawn = std::function<void(const QPolygonF &points)>;
    // Where a map point snaps to, if anywhere (EditingTools: the visible layers' vertices and
    // edges within 10 pixels, while snapping is on).
    using Snapper = std::function<std::optional<SnapMatch>(QPointF map)>;
    DrawTool(MapCanvas *canvas, Kind kind, Drawn drawn, Snapper snapper = {});

    Kind kind() const { return m_kind; }
    // The snap shown under the mouse: a square on a vertex, a cross on an edge.
    const std::optional<SnapMatch> &snap() const { return m_snap; }
    void press(QMouseEvent *event) override;
    void move(QMouseEvent *event) override;
    void drawOverlay(QPainter &painter) const override;

protected:
    QPointF mapPoint(QPointF screen) override;
    void finished(const QPolygonF &points, bool &clear) override;

private:
    Kind m_kind;
    Drawn m_drawn;
    Snapper m_snapper;
    std::optional<SnapMatch> m_snap;
};

// Moves, adds and deletes the vertices of one feature of the current layer, as QGIS's vertex
// tool: a click picks the feature (its vertices shown), dragging a vertex moves it (snapping as
// drawing does, never to itself), a double click on an edge adds a vertex there, Delete or
// Backspace removes the vertex last touched, Esc lets the feature go. Each change goes to
// `changed` as the feature's whole new shape; refused, the stored shape is shown again.
class VertexTool : public MapTool
{
    Q_OBJECT

public:
    using Pick = std::function<std::optional<qint64>(QPointF map, double tolerance)>;
    using Load = std::function<std::optional<EditableShape>(qint64 fid)>;
    using Changed = std::function<bool(qint64 fid, const EditableShape &shape)>;
    VertexTool(MapCanvas *canvas, Pick pick, Load load, Changed changed,
               DrawTool::Snapper snapper = {});

    qint64 feature() const { return m_fid; }
    const std::optional<EditableShape> &shape() const { return m_shape; }
    const std::optional<EditableShape::Vertex> &currentVertex() const { return m_current; }
    // Reads the feature's shape again (after an undo, or an edit elsewhere).
    void reload();

    void deactivate() override;
    void press(QMouseEvent *event) override;
    void move(QMouseEvent *event) override;
    void release(QMouseEvent *event) override;
    void doubleClick(QMouseEvent *event) override;
    bool key(QKeyEvent *event) override;
    void drawOverlay(QPainter &painter) const override;

private:
    double tolerance() const;
    void commit();

    Pick m_pick;
    Load m_load;
    Changed m_changed;
    DrawTool::Snapper m_snapper;
    qint64 m_fid = 0;
    std::optional<EditableShape> m_shape;
    std::optional<EditableShape::Vertex> m_current;
    std::optional<EditableShape::Vertex> m_dragging;
    QPointF m_dragFrom;
    bool m_moved = false;
};

std::unique_ptr<MapTool> makeMapTool(MapCanvas::Tool tool, MapCanvas *canvas);

// Planar measures in map units (metres in the project's projected CRS).
double lengthOf(const QPolygonF &points, bool closed);
double areaOf(const QPolygonF &polygon);

// Moves a whole feature of the current layer, as QGIS's move-feature tool: press on it, drag
// (its outline follows the mouse), release; the shape moved by the drag goes to `moved`.
class MoveTool : public MapTool
{
    Q_OBJECT

public:
    using Moved = std::function<void(qint64 fid, const EditableShape &shape)>;
    MoveTool(MapCanvas *canvas, VertexTool::Pick pick, VertexTool::Load load, Moved moved);
    QCursor cursor() const override { return Qt::SizeAllCursor; }
    void deactivate() override;
    void press(QMouseEvent *event) override;
    void move(QMouseEvent *event) override;
    void release(QMouseEvent *event) override;
    bool key(QKeyEvent *event) override;
    void drawOverlay(QPainter &painter) const override;

private:
    VertexTool::Pick m_pick;
    VertexTool::Load m_load;
    Moved m_moved;
    qint64 m_fid = 0;
    std::optional<EditableShape> m_shape;
    QPointF m_from, m_offset;
};

} // namespace geisep
