#pragma once

#include "gis/layerdata.h"
#include "gis/viewport.h"

#include <QColor>
#include <QPainter>

#include <memory>
#include <vector>

namespace geisep {

// How a layer is drawn. Until styles are editable (issue 4) every role has a default.
struct LayerStyle
{
    QColor fill;
    QColor stroke;
    double strokeWidth = 1.0;
    double pointSize = 6.0;
};

LayerStyle defaultStyle(const QString &role);
// Distinct, colour-blind-safe colours (Okabe–Ito) for the service types.
QColor serviceColor(const QString &service);

// Draws layers, bottom first, onto any paint device: features outside the view are skipped by
// their boxes, vertices closer than half a pixel to the last one drawn are dropped, and
// features smaller than a pixel are drawn as a pixel.
class MapRenderer
{
public:
    static void render(QPainter &painter, const Viewport &viewport,
                       const std::vector<std::shared_ptr<const LayerGeometry>> &layers);
};

} // namespace geisep
