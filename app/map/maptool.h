#pragma once

#include <QCursor>
#include <QObject>
#include <QPointF>
#include <QPolygonF>

class QKeyEvent;
class QMouseEvent;
class QPainter;

namespace geisep {

class MapCanvas;

// A way of using the mouse on the map, as QGIS's QgsMapTool: the canvas hands its mouse and key
// events to the active tool and lets it draw over the frame; the wheel and the navigation keys
// stay the canvas's. A new tool is a new class (app/map/maptools.h holds the navigation, selection
// and measuring tools); MapCanvas::setMapTool makes one active.
class MapTool : public QObject
{
    Q_OBJECT

public:
    explicit MapTool(MapCanvas *canvas);
    ~MapTool() override;

    MapCanvas *canvas() const { return m_canvas; }
    virtual QCursor cursor() const { return Qt::CrossCursor; }

    virtual void activate() {}
    // Drops what is in progress (a rubber band, half a polygon).
    virtual void deactivate() {}
    virtual void press(QMouseEvent *event);
    virtual void move(QMouseEvent *event);
    virtual void release(QMouseEvent *event);
    virtual void doubleClick(QMouseEvent *event);
    // True when the tool used the key (Esc, Backspace, Enter); other keys move the map.
    virtual bool key(QKeyEvent *event);
    // Drawn over the frame, the selection and the highlight, in screen coordinates.
    virtual void drawOverlay(QPainter &painter) const;

private:
    MapCanvas *m_canvas;
};

// A tool that collects points clicked on the map, with a rubber band to the mouse: a left click
// adds a vertex, Backspace takes the last back, Esc drops them all, and Enter, a right click or
// a double click finishes. Polygon and line selection, measuring and (next) digitising are
// built on it.
class PointsTool : public MapTool
{
    Q_OBJECT

public:
    enum class Shape { Line, Polygon };
    PointsTool(MapCanvas *canvas, Shape shape);

    Shape shape() const { return m_shape; }
    // The clicked points, in map units; the finished shape until the next click starts anew.
    const QPolygonF &points() const { return m_points; }
    bool isFinished() const { return m_finished; }

    void deactivate() override;
    void press(QMouseEvent *event) override;
    void move(QMouseEvent *event) override;
    void doubleClick(QMouseEvent *event) override;
    bool key(QKeyEvent *event) override;
    void drawOverlay(QPainter &painter) const override;

protected:
    // The points so far, with the mouse's place while unfinished.
    QPolygonF pointsWithMouse() const;
    // Where a click or the mouse at `screen` lands on the map; the draw tool snaps it.
    virtual QPointF mapPoint(QPointF screen);
    // After each change (a point added or taken back, the mouse moved, finished).
    virtual void changed() {}
    // The shape is done (at least one point); `clear` drops it from the map afterwards.
    virtual void finished(const QPolygonF &points, bool &clear) = 0;

private:
    void finish();

    Shape m_shape;
    QPolygonF m_points;
    QPointF m_mouse;
    bool m_finished = false;
};

} // namespace geisep
