#pragma once

#include "core/layerrole.h"

#include <QColor>
#include <QCoreApplication>
#include <QJsonObject>
#include <QString>

#include <vector>

namespace geisep {

// How a layer is drawn and labelled; saved in geisep_styles as JSON (toJson/fromJson).
//
// `field` names where a feature's value comes from:
//   area.name, area.district, area.code      the area's own attributes (geisep_areas)
//   figure.<variable>                        the latest figure, e.g. figure.population
//   derived.migrant_share                    migrant_population / population × 100
//   derived.migrants_per_1000                migrant_population / population × 1000
//   derived.density                          population per km² of the feature's area
//   field.<column>                           a column of the layer's table
//   analysis.<kind>.<variable>[.<category>]  the newest run of kind on the layer, e.g.
//                                            analysis.coverage.covered_share.school (in %)
struct LayerStyle
{
    Q_DECLARE_TR_FUNCTIONS(LayerStyle)

public:
    enum class Kind { Single, Categorized, Graduated };
    enum class Method { EqualInterval, Quantile, Jenks };
    enum class Marker { Circle, Square, Triangle, Cross, Diamond };

    struct Category
    {
        QString value;
        QColor color;
        Marker marker = Marker::Circle;
        QString label; // shown in the legend; the value when empty
        bool operator==(const Category &) const = default;
    };

    Kind kind = Kind::Single;
    QColor fill = QColor(0xdc, 0xe6, 0xf0);
    QColor stroke = QColor(0x3b, 0x5b, 0x7a);
    double strokeWidth = 0.8; // pixels at 96 dpi
    double pointSize = 7.0;
    Marker marker = Marker::Circle;
    double fillOpacity = 1.0; // of polygon fills, e.g. 0.35 for translucent coverage

    QString field; // categorized and graduated
    std::vector<Category> categories;
    Method method = Method::Jenks;
    int classes = 5; // 3–9
    QString ramp = QStringLiteral("YlOrRd");

    QString labelField; // empty: no labels
    double labelSizePt = 8.0;

    // Drawn only while the scale denominator is within [minScale, maxScale]; 0 = no bound.
    double minScale = 0;
    double maxScale = 0;

    bool visibleAtScale(double denominator) const
    {
        return (minScale <= 0 || denominator >= minScale)
               && (maxScale <= 0 || denominator <= maxScale);
    }

    QJsonObject toJson() const;
    static LayerStyle fromJson(const QJsonObject &json);
    bool operator==(const LayerStyle &) const = default;

    // The default for a layer of `role`: districts as outlines labelled with their names,
    // migrant areas as a choropleth of migrant share, infrastructure by service type.
    static LayerStyle forRole(LayerRole role);

    static QString methodName(Method method);
    static QString kindName(Kind kind);
    // A readable name for a field, e.g. "Migrant share (%)".
    static QString fieldTitle(const QString &field);
};

// Distinct, colour-blind-safe colours (Okabe–Ito) and markers for the service types.
QColor serviceColor(const QString &service);
LayerStyle::Marker serviceMarker(const QString &service);
QString serviceTitle(const QString &service);

// Categories for the distinct values of a field, most frequent first, at most `limit` (the
// rest are drawn as "no data"): services get their own colours and markers, other values the
// Okabe–Ito colours in turn. Empty values are left out.
std::vector<LayerStyle::Category> categoriesFor(const std::vector<QString> &values,
                                                const QString &field, std::size_t limit = 12);

// Class boundaries for graduated styles: `classes` + 1 ascending values from the minimum to the
// maximum of `values` (NaNs ignored). Fewer when the values have fewer distinct numbers.
std::vector<double> classBreaks(std::vector<double> values, LayerStyle::Method method, int classes);
// The class of `value` given the breaks (class i holds breaks[i] ≤ v ≤ breaks[i+1], lower
// classes win ties); -1 for NaN or out of range.
int classOf(double value, const std::vector<double> &breaks);

// Names of the sequential ramps offered: ColorBrewer YlOrRd, YlGnBu, Blues, Purples and
// viridis; all print well in grey and are safe for colour-blind readers.
QStringList rampNames();
// `count` colours from light to dark along the ramp.
// The two plan map views (DESIGN.md; issue 5), as styles of an area layer that keep `base`'s
// outline and labels: areas by how many goals of a sector reach them (0 … maxCount, one
// category each, from the Greens ramp), and areas with a migrant share of at least `threshold`
// % and no action ("unplanned", red) beside those with one (green) and those below (grey).
LayerStyle planGoalsStyle(const LayerStyle &base, const QString &sectorCode, int maxCount);
LayerStyle unplannedStyle(const LayerStyle &base, double threshold);
// An analysis result on the map (analysis.<kind>.<variable>[.<category>]): five graduated
// classes, coverage from light (little covered) to dark, pressure and distance from light to
// dark red, projections in purples; `base`'s outline and labels kept.
LayerStyle analysisStyle(const LayerStyle &base, const QString &field);

std::vector<QColor> rampColors(const QString &ramp, int count);

} // namespace geisep
