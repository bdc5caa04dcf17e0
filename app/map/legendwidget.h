#pragma once

#include "gis/map/maplayer.h"

#include <QTreeWidget>

#include <memory>
#include <vector>

namespace geisep {

// The legend dock: each visible layer, top first, with its symbol, or with one row per class
// (graduated) or category (categorized). Rebuilt whenever the map's layers or styles change.
class LegendWidget : public QTreeWidget
{
    Q_OBJECT

public:
    explicit LegendWidget(QWidget *parent = nullptr);
    void setLayers(const std::vector<std::shared_ptr<const MapLayer>> &layers);
    // A swatch for a legend row: a filled box for areas, a marker for points, a line for lines.
    static QIcon swatch(const MapLayer &layer, const QColor &fill, LayerStyle::Marker marker);

private:
    std::vector<std::shared_ptr<const MapLayer>> m_layers;
};

} // namespace geisep
