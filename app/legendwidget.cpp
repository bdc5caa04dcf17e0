#include "app/legendwidget.h"

#include "gis/renderer.h"

#include <QHeaderView>
#include <QLocale>
#include <QPainter>

#include <cmath>

namespace geisep {

namespace {

QString formatNumber(double v)
{
    const double a = std::abs(v);
    const int decimals = a >= 100 || v == std::round(v) ? 0 : a >= 10 ? 1 : 2;
    return QLocale().toString(v, 'f', decimals);
}

} // namespace

LegendWidget::LegendWidget(QWidget *parent)
    : QTreeWidget(parent)
{
    setHeaderHidden(true);
    setRootIsDecorated(false);
    setIndentation(14);
    setIconSize(QSize(20, 14));
    setSelectionMode(QAbstractItemView::NoSelection);
    setFocusPolicy(Qt::NoFocus);
}

QIcon LegendWidget::swatch(const MapLayer &layer, const QColor &fill, LayerStyle::Marker marker)
{
    const QSize size(20, 14);
    QPixmap pixmap(size * 2);
    pixmap.setDevicePixelRatio(2);
    pixmap.fill(Qt::transparent);
    QPainter p(&pixmap);
    p.setRenderHint(QPainter::Antialiasing);
    const LayerStyle &style = layer.style;
    QPen pen(style.stroke, std::min(style.strokeWidth, 2.0));
    if (style.strokeWidth <= 0 || style.stroke.alpha() == 0)
        pen = QPen(Qt::NoPen);
    const auto kind = layer.geometry ? layer.geometry->kind : LayerGeometry::Kind::Polygons;
    if (kind == LayerGeometry::Kind::Points) {
        p.setPen(QPen(style.stroke.alpha() ? style.stroke : QColor(Qt::white), 1));
        p.setBrush(fill);
        MapRenderer::drawMarker(p, QPointF(10, 7), marker, 10);
    } else if (kind == LayerGeometry::Kind::Lines) {
        p.setPen(QPen(style.stroke, std::max(1.0, style.strokeWidth)));
        p.drawLine(QPointF(2, 10), QPointF(18, 4));
    } else {
        QColor f = fill;
        f.setAlphaF(float(f.alphaF() * style.fillOpacity));
        p.setPen(pen);
        p.setBrush(f);
        p.drawRect(QRectF(1.5, 1.5, 17, 11));
    }
    return QIcon(pixmap);
}

void LegendWidget::setLayers(const std::vector<std::shared_ptr<const MapLayer>> &layers)
{
    m_layers = layers;
    clear();
    // Top of the drawing order first, as the eye reads the map.
    for (auto it = layers.rbegin(); it != layers.rend(); ++it) {
        const MapLayer &layer = **it;
        if (!layer.visible || !layer.geometry)
            continue;
        auto *item = new QTreeWidgetItem(this);
        QFont bold = font();
        bold.setBold(true);
        item->setFont(0, bold);
        item->setData(0, Qt::UserRole, layer.id);
        if (!layer.source.isEmpty()) { // a raster basemap: its name, or why it is missing
            item->setText(0, layer.name);
            item->setIcon(0, QIcon(QStringLiteral(":/icons/map-raster.svg")));
            if (!layer.problem.isEmpty()) {
                auto *child = new QTreeWidgetItem(item);
                child->setText(0, tr("Not drawn: %1").arg(layer.problem));
                child->setForeground(0, QColor(0xb0, 0x20, 0x20));
                child->setToolTip(0, layer.source);
            }
            continue;
        }
        const LayerStyle &style = layer.style;
        switch (style.kind) {
        case LayerStyle::Kind::Single:
            item->setText(0, layer.name);
            item->setIcon(0, swatch(layer, style.fill, style.marker));
            break;
        case LayerStyle::Kind::Categorized:
            item->setText(0, QStringLiteral("%1 — %2").arg(layer.name,
                                                          LayerStyle::fieldTitle(style.field)));
            for (const LayerStyle::Category &c : style.categories) {
                auto *child = new QTreeWidgetItem(item);
                QString label = c.label;
                if (label.isEmpty())
                    label = style.field == u"field.service" ? serviceTitle(c.value) : c.value;
                child->setText(0, label);
                child->setIcon(0, swatch(layer, c.color, c.marker));
            }
            break;
        case LayerStyle::Kind::Graduated: {
            item->setText(0, QStringLiteral("%1 — %2").arg(layer.name,
                                                          LayerStyle::fieldTitle(style.field)));
            for (std::size_t k = 0; k + 1 < layer.breaks.size() && k < layer.classColors.size(); ++k) {
                auto *child = new QTreeWidgetItem(item);
                child->setText(0, QStringLiteral("%1 – %2").arg(formatNumber(layer.breaks[k]),
                                                                 formatNumber(layer.breaks[k + 1])));
                child->setIcon(0, swatch(layer, layer.classColors[k], style.marker));
            }
            const bool anyMissing = std::any_of(layer.klass.begin(), layer.klass.end(),
                                                [](std::int16_t k) { return k < 0; });
            if (anyMissing || layer.breaks.empty()) {
                auto *child = new QTreeWidgetItem(item);
                child->setText(0, tr("No data"));
                child->setIcon(0, swatch(layer, QColor(0xc8, 0xc8, 0xc8), style.marker));
            }
            break;
        }
        }
    }
    expandAll();
}

} // namespace geisep
