#pragma once

#include "gis/map/maplayer.h"
#include "gis/map/renderer.h"
#include "gis/map/viewport.h"

#include <QPointer>
#include <QPolygonF>
#include <QWidget>

#include <atomic>
#include <memory>
#include <set>
#include <vector>

class QMimeData;
class QTimer;

namespace geisep {

// The map area. It only forwards input and paints: frames are drawn by MapRenderer on a
// worker thread; a new extent cancels the frame in progress, and until the new one arrives
// the last image is moved and scaled at once. Overlays (highlight, selection, rubber bands,
// measurements) are drawn over the frame directly, as they are cheap.
class MapTool;

class MapCanvas : public QWidget
{
    Q_OBJECT

public:
    // The tools of the map toolbar (app/map/maptools.h); setMapTool takes any other.
    enum class Tool { Pan, ZoomBox, Select, SelectPolygon, MeasureDistance, MeasureArea };

    explicit MapCanvas(QWidget *parent = nullptr);
    ~MapCanvas() override;

    // Layers bottom first. Zooms to their full extent when `zoomToAll`.
    void setLayers(std::vector<std::shared_ptr<const MapLayer>> layers, bool zoomToAll);
    const std::vector<std::shared_ptr<const MapLayer>> &layers() const { return m_layers; }
    std::shared_ptr<const MapLayer> layer(qint64 id) const;

    const Viewport &viewport() const { return m_viewport; }
    void setViewport(const Viewport &viewport);
    void zoomToFullExtent();
    void zoomToExtent(const Envelope &extent);
    void zoomToScale(double denominator);
    bool canGoBack() const { return m_historyIndex > 0; }
    bool canGoForward() const { return m_historyIndex + 1 < int(m_history.size()); }
    void previousExtent();
    void nextExtent();

    void setTool(Tool tool);
    Tool tool() const { return m_tool; }
    // Makes `tool` the active one (the previous is deactivated and deleted).
    void setMapTool(std::unique_ptr<MapTool> tool);
    MapTool *mapTool() const { return m_mapTool.get(); }

    // For the tools: move the map by screen pixels (while panning, the history keeps only the
    // extent where the pan ends), zoom about a screen point, the identify tolerance.
    void setPanning(bool panning);
    void panByPixels(QPointF delta);
    void zoomAbout(double factor, QPointF screen);
    double tolerance() const { return 4 * m_viewport.unitsPerPixel(); }

    // The inspected feature, outlined in red.
    void setHighlight(std::shared_ptr<const MapLayer> layer, std::size_t feature);
    // Selection: features of one layer (the current layer of the layers panel).
    void setSelectionLayer(qint64 layerId);
    qint64 selectionLayer() const { return m_selectionLayer; }
    const std::set<std::size_t> &selection() const { return m_selection; }
    // The selection as dragged onto a plan item (PlanTreeModel::featuresMimeType); null when
    // nothing is selected. Pressing on a selected area with the select tool and moving drags it.
    QMimeData *selectionMimeData() const;
    void setSelection(std::set<std::size_t> features);
    void clearSelection() { setSelection({}); }
    // The selection as feature numbers of the selection layer, ascending (feature indices move
    // when features come and go; numbers do not).
    QList<qint64> selectedFids() const;
    Envelope selectionExtent() const;
    // Selects the area under a screen point (`add`: toggles it in the selection), or the areas
    // a polygon in map units touches.
    void selectAt(QPointF screen, bool add);
    void selectInPolygon(const QPolygonF &mapPolygon, bool add);
    bool isSelectedAt(QPointF screen) const;

    // The last finished frame (for tests and screenshots), and whether one is being drawn.
    const RenderedFrame &frame() const { return m_frame; }
    bool isRendering() const { return m_rendering; }
    // Waits (running the event loop) until the current frame is drawn; false on timeout.
    bool waitForFrame(int timeoutMs = 10000);

Q_SIGNALS:
    void mouseMapPosition(double x, double y);
    void scaleChanged(double denominator);
    void extentChanged();
    // A click without a drag with the pan tool, in map coordinates, with a few pixels' tolerance.
    void clicked(double x, double y, double tolerance);
    void selectionChanged(int count);
    // The layer selections go to (the current layer of the layers panel) changed.
    void selectionLayerChanged(qint64 layerId);
    // A measurement in progress or finished: length in metres, area in m² (area tool).
    void measured(double lengthM, double areaM2, bool finished);

protected:
    void paintEvent(QPaintEvent *event) override;
    QString importMenuPath() const;
    void resizeEvent(QResizeEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void mouseDoubleClickEvent(QMouseEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;

private:
    Envelope fullExtent() const;
    void viewportChanged();
    void startRender();
    void drawOverlays(QPainter &p);

    std::vector<std::shared_ptr<const MapLayer>> m_layers;
    Viewport m_viewport;
    bool m_needsFit = false;

    // Rendering: the last frame, the job in flight and a flag to cancel it.
    RenderedFrame m_frame;
    bool m_rendering = false;
    bool m_renderAgain = false;
    std::shared_ptr<std::atomic<bool>> m_cancel;
    QTimer *m_renderTimer = nullptr;
    quint64 m_generation = 0;

    std::vector<Viewport> m_history;
    int m_historyIndex = -1;
    bool m_navigatingHistory = false;

    Tool m_tool = Tool::Pan;
    std::unique_ptr<MapTool> m_mapTool;
    bool m_panning = false;

    std::shared_ptr<const MapLayer> m_highlightLayer;
    std::size_t m_highlightFeature = 0;
    qint64 m_selectionLayer = 0;
    std::set<std::size_t> m_selection;
};

} // namespace geisep
