#pragma once

#include "app/mapcanvas.h"
#include "app/maptool.h"

#include <memory>

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

std::unique_ptr<MapTool> makeMapTool(MapCanvas::Tool tool, MapCanvas *canvas);

// Planar measures in map units (metres in the project's projected CRS).
double lengthOf(const QPolygonF &points, bool closed);
double areaOf(const QPolygonF &polygon);

} // namespace geisep
