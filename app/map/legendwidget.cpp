#include "app/map/legendwidget.h"

#include "app/roomyrows.h"

#include "gis/map/legend.h"

#include <QHeaderView>
#include <QLocale>
#include <QPainter>

#include <cmath>

namespace geisep {

LegendWidget::LegendWidget(QWidget *parent)
    : QTreeWidget(parent)
{
    setHeaderHidden(true);
    useRoomyRows(this);
    setRootIsDecorated(false);
    setIndentation(14);
    setIconSize(QSize(20, 14));
    setSelectionMode(QAbstractItemView::NoSelection);
    setFocusPolicy(Qt::NoFocus);
}

QIcon LegendWidget::swatch(const MapLayer &layer, const QColor &fill, LayerStyle::Marker marker)
{
    QPixmap pixmap(QSize(20, 14) * 2);
    pixmap.setDevicePixelRatio(2);
    pixmap.fill(Qt::transparent);
    QPainter p(&pixmap);
    const auto kind = layer.geometry ? layer.geometry->kind : LayerGeometry::Kind::Polygons;
    drawLegendSwatch(p,
                     kind == LayerGeometry::Kind::Points ? QRectF(3.75, 0.75, 12.5, 12.5)
                                                         : QRectF(1, 1, 18, 12),
                     layer, fill, marker);
    return QIcon(pixmap);
}

void LegendWidget::setLayers(const std::vector<std::shared_ptr<const MapLayer>> &layers)
{
    m_layers = layers;
    clear();
    for (const LegendGroup &group :
         legendGroups(layers, QLocale(), &LayerStyle::fieldTitle, &serviceTitle, tr("No data"))) {
        const MapLayer &layer = *group.layer;
        auto *item = new QTreeWidgetItem(this);
        QFont bold = font();
        bold.setBold(true);
        item->setFont(0, bold);
        item->setData(0, Qt::UserRole, layer.id);
        item->setText(0, group.title);
        if (group.raster) { // a raster basemap: its name, or why it is missing
            item->setIcon(0, QIcon(QStringLiteral(":/icons/map-raster.svg")));
            if (!layer.problem.isEmpty()) {
                auto *child = new QTreeWidgetItem(item);
                child->setText(0, tr("Not drawn: %1").arg(layer.problem));
                child->setForeground(0, QColor(0xb0, 0x20, 0x20));
                child->setToolTip(0, layer.source);
            }
            continue;
        }
        if (group.rows.empty())
            item->setIcon(0, swatch(layer, group.fill, layer.style.marker));
        for (const LegendRow &row : group.rows) {
            auto *child = new QTreeWidgetItem(item);
            child->setText(0, row.label);
            child->setIcon(0, swatch(layer, row.fill, row.marker));
        }
    }
    expandAll();
}

} // namespace geisep
