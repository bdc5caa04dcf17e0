#pragma once

#include "core/project.h"

#include <QWidget>

namespace geisep {

// The map area. Until the threaded renderer lands (issue 4) it shows the project's CRS, the
// extents of its layers as outlines, and a hint when there is nothing to draw.
class MapCanvas : public QWidget
{
    Q_OBJECT

public:
    explicit MapCanvas(QWidget *parent = nullptr);
    void setLayers(const QList<LayerInfo> &layers);

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    QList<LayerInfo> m_layers;
};

} // namespace geisep
