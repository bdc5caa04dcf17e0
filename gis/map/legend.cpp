#include "gis/map/legend.h"

#include "gis/map/renderer.h"

#include <algorithm>
#include <cmath>

namespace geisep {

QString LegendText::number(double v, const QLocale &locale)
{
    const double a = std::abs(v);
    const int decimals = a >= 100 || v == std::round(v) ? 0 : a >= 10 ? 1 : 2;
    return locale.toString(v, 'f', decimals);
}

std::vector<LegendGroup> legendGroups(const std::vector<std::shared_ptr<const MapLayer>> &layers,
                                      const QLocale &locale,
                                      const std::function<QString(const QString &)> &fieldTitle,
                                      const std::function<QString(const QString &)> &serviceName,
                                      const QString &noData)
{
    std::vector<LegendGroup> out;
    // Top of the drawing order first, as the eye reads the map.
    for (auto it = layers.rbegin(); it != layers.rend(); ++it) {
        const MapLayer &layer = **it;
        if (!layer.visible || !layer.geometry)
            continue;
        LegendGroup group;
        group.layer = &layer;
        group.title = layer.name;
        if (!layer.source.isEmpty()) {
            group.raster = true;
            out.push_back(std::move(group));
            continue;
        }
        const LayerStyle &style = layer.style;
        switch (style.kind) {
        case LayerStyle::Kind::Single:
            group.fill = style.fill;
            break;
        case LayerStyle::Kind::Categorized:
            group.title = QStringLiteral("%1 — %2").arg(layer.name, fieldTitle(style.field));
            for (const LayerStyle::Category &c : style.categories) {
                QString label = c.label;
                if (label.isEmpty())
                    label = style.field == u"field.service" ? serviceName(c.value) : c.value;
                group.rows.push_back({label, c.color, c.marker});
            }
            break;
        case LayerStyle::Kind::Graduated: {
            group.title = QStringLiteral("%1 — %2").arg(layer.name, fieldTitle(style.field));
            for (std::size_t k = 0; k + 1 < layer.breaks.size() && k < layer.classColors.size();
                 ++k)
                group.rows.push_back(
                    {QStringLiteral("%1 – %2").arg(LegendText::number(layer.breaks[k], locale),
                                                   LegendText::number(layer.breaks[k + 1], locale)),
                     layer.classColors[k], style.marker});
            const bool anyMissing = std::any_of(layer.klass.begin(), layer.klass.end(),
                                                [](std::int16_t k) { return k < 0; });
            if (anyMissing || layer.breaks.empty())
                group.rows.push_back({noData, QColor(0xc8, 0xc8, 0xc8), style.marker});
            break;
        }
        }
        out.push_back(std::move(group));
    }
    return out;
}

void drawLegendSwatch(QPainter &p, const QRectF &rect, const MapLayer &layer, const QColor &fill,
                      LayerStyle::Marker marker, double scale)
{
    p.save();
    p.setRenderHint(QPainter::Antialiasing);
    const LayerStyle &style = layer.style;
    QPen pen(style.stroke, std::min(style.strokeWidth, 2.0) * scale);
    if (style.strokeWidth <= 0 || style.stroke.alpha() == 0)
        pen = QPen(Qt::NoPen);
    const auto kind = layer.geometry ? layer.geometry->kind : LayerGeometry::Kind::Polygons;
    const QPointF c = rect.center();
    if (kind == LayerGeometry::Kind::Points) {
        p.setPen(QPen(style.stroke.alpha() ? style.stroke : QColor(Qt::white), scale));
        p.setBrush(fill);
        MapRenderer::drawMarker(p, c, marker, std::min(rect.width(), rect.height()) * 0.8);
    } else if (kind == LayerGeometry::Kind::Lines) {
        p.setPen(QPen(style.stroke, std::max(1.0, style.strokeWidth) * scale));
        p.drawLine(QPointF(rect.left() + rect.width() * 0.1, rect.bottom() - rect.height() * 0.25),
                   QPointF(rect.right() - rect.width() * 0.1, rect.top() + rect.height() * 0.25));
    } else {
        QColor f = fill;
        f.setAlphaF(float(f.alphaF() * style.fillOpacity));
        p.setPen(pen);
        p.setBrush(f);
        const double inset = pen.style() == Qt::NoPen ? 0 : pen.widthF() / 2;
        p.drawRect(rect.adjusted(inset, inset, -inset, -inset));
    }
    p.restore();
}

} // namespace geisep
