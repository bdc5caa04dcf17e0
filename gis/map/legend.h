#pragma once

#include "gis/map/maplayer.h"

#include <QLocale>
#include <QPainter>

#include <functional>
#include <memory>
#include <vector>

namespace geisep {

// What a legend lists, for the window's legend dock and for print alike: each visible layer,
// top of the drawing order first, with one row for a single symbol or one per category or
// class (and "no data" where features have none).
struct LegendRow
{
    QString label;
    QColor fill;
    LayerStyle::Marker marker = LayerStyle::Marker::Circle;
};

struct LegendGroup
{
    const MapLayer *layer = nullptr;
    QString title; // the layer's name, and what it is coloured by
    bool raster = false;
    std::vector<LegendRow> rows; // empty for a single symbol: the title row carries it
    QColor fill;                 // single symbol
};

struct LegendText
{
    Q_DECLARE_TR_FUNCTIONS(LegendText)

public:
    // Class bounds: no decimals from 100 up, one from 10, two below.
    static QString number(double value, const QLocale &locale);
};

// `fieldTitle` names what a layer is coloured by and `serviceName` a service category
// (LayerStyle::fieldTitle and serviceTitle in the window, the layout's language in print);
// `noData` is the missing-value row's label.
std::vector<LegendGroup> legendGroups(const std::vector<std::shared_ptr<const MapLayer>> &layers,
                                      const QLocale &locale,
                                      const std::function<QString(const QString &)> &fieldTitle,
                                      const std::function<QString(const QString &)> &serviceName,
                                      const QString &noData);

// A legend swatch in `rect`: a filled box for areas, a marker for points, a stroke for lines;
// `scale` multiplies the layer's stroke widths (1 on screen, dpi / 96 in print).
void drawLegendSwatch(QPainter &painter, const QRectF &rect, const MapLayer &layer,
                      const QColor &fill, LayerStyle::Marker marker, double scale = 1);

} // namespace geisep
