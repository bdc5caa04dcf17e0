#pragma once

#include "gis/layerdata.h"
#include "gis/viewport.h"

#include <QWidget>

#include <memory>
#include <vector>

namespace geisep {

// The map area: draws the project's layers through MapRenderer, pans with a drag or the arrow
// keys, zooms with the wheel about the cursor and with +/−. Drawing is synchronous for now; the
// threaded renderer of issue 4 replaces paintEvent's body.
class MapCanvas : public QWidget
{
    Q_OBJECT

public:
    explicit MapCanvas(QWidget *parent = nullptr);
    // Layers bottom first. Zooms to their full extent when `zoomToAll`.
    void setLayers(std::vector<std::shared_ptr<const LayerGeometry>> layers, bool zoomToAll);
    void zoomToFullExtent();
    const Viewport &viewport() const { return m_viewport; }

Q_SIGNALS:
    void mouseMapPosition(double x, double y);
    void scaleChanged(double denominator);
    // A click without a drag, in map coordinates, with the tolerance of a few pixels.
    void clicked(double x, double y, double tolerance);

protected:
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;

private:
    Envelope fullExtent() const;

    std::vector<std::shared_ptr<const LayerGeometry>> m_layers;
    Viewport m_viewport;
    // The feature shown in the inspector, drawn highlighted.
    std::shared_ptr<const LayerGeometry> m_highlightLayer;
    std::size_t m_highlightFeature = 0;

public:
    void setHighlight(std::shared_ptr<const LayerGeometry> layer, std::size_t feature)
    {
        m_highlightLayer = std::move(layer);
        m_highlightFeature = feature;
        update();
    }
    const std::vector<std::shared_ptr<const LayerGeometry>> &layers() const { return m_layers; }

private:
    QPointF m_dragFrom;
    QPointF m_pressedAt;
    bool m_dragging = false;
    bool m_needsFit = false;
};

} // namespace geisep
