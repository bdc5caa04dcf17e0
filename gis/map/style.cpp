#include "gis/map/style.h"

#include "gis/print/printwords.h"

#include "gis/analysis/analysis.h"

#include <QJsonArray>

#include <algorithm>
#include <cmath>
#include <iterator>
#include <limits>
#include <map>

namespace geisep {

namespace {

const char *const kKinds[] = {"single", "categorized", "graduated"};
const char *const kMethods[] = {"equal", "quantile", "jenks"};
const char *const kMarkers[] = {"circle", "square", "triangle", "cross", "diamond"};

template<typename Enum, std::size_t N>
Enum enumFrom(const QString &text, const char *const (&names)[N], Enum fallback)
{
    for (std::size_t i = 0; i < N; ++i)
        if (text == QLatin1String(names[i]))
            return Enum(i);
    return fallback;
}

QColor colorFrom(const QJsonValue &value, const QColor &fallback)
{
    const QColor c = QColor::fromString(value.toString());
    return c.isValid() ? c : fallback;
}

QString colorName(const QColor &c)
{
    return c.name(c.alpha() == 255 ? QColor::HexRgb : QColor::HexArgb);
}

// Fisher–Jenks natural breaks by dynamic programming over sorted values: minimises the sum
// of squared deviations within classes.
std::vector<double> jenks(const std::vector<double> &sorted, int classes)
{
    const int n = int(sorted.size());
    const int k = classes;
    // lower[i][j]: first index (1-based) of the last class when i values are put in j classes.
    std::vector<std::vector<int>> lower(n + 1, std::vector<int>(k + 1, 0));
    std::vector<std::vector<double>> cost(
        n + 1, std::vector<double>(k + 1, std::numeric_limits<double>::infinity()));
    for (int j = 1; j <= k; ++j) {
        lower[1][j] = 1;
        cost[1][j] = 0;
    }
    for (int i = 2; i <= n; ++i) {
        double sum = 0, sumSq = 0;
        double w = 0;
        for (int m = 1; m <= i; ++m) {
            const int lowIndex = i - m + 1; // 1-based
            const double v = sorted[lowIndex - 1];
            sum += v;
            sumSq += v * v;
            w += 1;
            const double variance = sumSq - sum * sum / w;
            const int before = lowIndex - 1;
            if (before != 0) {
                for (int j = 2; j <= k; ++j) {
                    const double c = variance + cost[before][j - 1];
                    if (cost[i][j] >= c) {
                        lower[i][j] = lowIndex;
                        cost[i][j] = c;
                    }
                }
            }
        }
        lower[i][1] = 1;
        cost[i][1] = sumSq - sum * sum / w;
    }
    std::vector<double> breaks(k + 1);
    breaks[k] = sorted.back();
    breaks[0] = sorted.front();
    int count = n;
    for (int j = k; j >= 2; --j) {
        const int id = lower[count][j] - 2; // last value of the class below
        breaks[j - 1] = sorted[std::max(0, id)];
        count = lower[count][j] - 1;
    }
    return breaks;
}

struct Ramp
{
    const char *name;
    unsigned stops[9];
};

const Ramp kRamps[] = {
    {"YlOrRd",
     {0xffffcc, 0xffeda0, 0xfed976, 0xfeb24c, 0xfd8d3c, 0xfc4e2a, 0xe31a1c, 0xbd0026, 0x800026}},
    {"YlGnBu",
     {0xffffd9, 0xedf8b1, 0xc7e9b4, 0x7fcdbb, 0x41b6c4, 0x1d91c0, 0x225ea8, 0x253494, 0x081d58}},
    {"Blues",
     {0xf7fbff, 0xdeebf7, 0xc6dbef, 0x9ecae1, 0x6baed6, 0x4292c6, 0x2171b5, 0x08519c, 0x08306b}},
    {"Purples",
     {0xfcfbfd, 0xefedf5, 0xdadaeb, 0xbcbddc, 0x9e9ac8, 0x807dba, 0x6a51a3, 0x54278f, 0x3f007d}},
    {"viridis",
     {0xfde725, 0xaddc30, 0x5ec962, 0x28ae80, 0x21918c, 0x2c728e, 0x3b528b, 0x472d7b, 0x440154}},
};

} // namespace

QJsonObject LayerStyle::toJson() const
{
    QJsonObject o;
    o[QStringLiteral("kind")] = QLatin1String(kKinds[int(kind)]);
    o[QStringLiteral("fill")] = colorName(fill);
    o[QStringLiteral("stroke")] = colorName(stroke);
    o[QStringLiteral("strokeWidth")] = strokeWidth;
    o[QStringLiteral("pointSize")] = pointSize;
    o[QStringLiteral("marker")] = QLatin1String(kMarkers[int(marker)]);
    o[QStringLiteral("fillOpacity")] = fillOpacity;
    if (!field.isEmpty())
        o[QStringLiteral("field")] = field;
    if (!categories.empty()) {
        QJsonArray cats;
        for (const Category &c : categories)
            cats.append(
                QJsonObject{{QStringLiteral("value"), c.value},
                            {QStringLiteral("color"), colorName(c.color)},
                            {QStringLiteral("marker"), QLatin1String(kMarkers[int(c.marker)])},
                            {QStringLiteral("label"), c.label}});
        o[QStringLiteral("categories")] = cats;
    }
    o[QStringLiteral("method")] = QLatin1String(kMethods[int(method)]);
    o[QStringLiteral("classes")] = classes;
    o[QStringLiteral("ramp")] = ramp;
    if (!labelField.isEmpty())
        o[QStringLiteral("label")] = labelField;
    o[QStringLiteral("labelSize")] = labelSizePt;
    o[QStringLiteral("minScale")] = minScale;
    o[QStringLiteral("maxScale")] = maxScale;
    return o;
}

LayerStyle LayerStyle::fromJson(const QJsonObject &o)
{
    LayerStyle s;
    s.kind = enumFrom(o[QStringLiteral("kind")].toString(), kKinds, Kind::Single);
    s.fill = colorFrom(o[QStringLiteral("fill")], s.fill);
    s.stroke = colorFrom(o[QStringLiteral("stroke")], s.stroke);
    s.strokeWidth = std::clamp(o[QStringLiteral("strokeWidth")].toDouble(s.strokeWidth), 0.0, 20.0);
    s.pointSize = std::clamp(o[QStringLiteral("pointSize")].toDouble(s.pointSize), 1.0, 60.0);
    s.marker = enumFrom(o[QStringLiteral("marker")].toString(), kMarkers, Marker::Circle);
    s.fillOpacity = std::clamp(o[QStringLiteral("fillOpacity")].toDouble(1.0), 0.0, 1.0);
    s.field = o[QStringLiteral("field")].toString();
    for (const QJsonValue &v : o[QStringLiteral("categories")].toArray()) {
        const QJsonObject c = v.toObject();
        s.categories.push_back(
            {c[QStringLiteral("value")].toString(),
             colorFrom(c[QStringLiteral("color")], QColor(Qt::gray)),
             enumFrom(c[QStringLiteral("marker")].toString(), kMarkers, Marker::Circle),
             c[QStringLiteral("label")].toString()});
    }
    s.method = enumFrom(o[QStringLiteral("method")].toString(), kMethods, Method::Jenks);
    s.classes = std::clamp(o[QStringLiteral("classes")].toInt(5), 3, 9);
    s.ramp = o[QStringLiteral("ramp")].toString(s.ramp);
    s.labelField = o[QStringLiteral("label")].toString();
    s.labelSizePt = std::clamp(o[QStringLiteral("labelSize")].toDouble(8), 4.0, 48.0);
    s.minScale = std::max(0.0, o[QStringLiteral("minScale")].toDouble());
    s.maxScale = std::max(0.0, o[QStringLiteral("maxScale")].toDouble());
    return s;
}

LayerStyle LayerStyle::forRole(LayerRole role)
{
    LayerStyle s;
    switch (role) {
    case LayerRole::MuhtarDistrict:
        s.fill = QColor(0xf4, 0xf1, 0xea, 0); // outlines only
        s.stroke = QColor(0x3b, 0x5b, 0x7a);
        s.strokeWidth = 0.8;
        s.labelField = QStringLiteral("area.name");
        break;
    case LayerRole::MigrantArea:
        s.kind = Kind::Graduated;
        s.field = QStringLiteral("derived.migrant_share");
        s.method = Method::Jenks;
        s.classes = 5;
        s.ramp = QStringLiteral("YlOrRd");
        s.stroke = QColor(0x80, 0x80, 0x80);
        s.strokeWidth = 0.5;
        s.labelField = QStringLiteral("area.name");
        break;
    case LayerRole::Infrastructure:
        s.kind = Kind::Categorized;
        s.field = QStringLiteral("field.service");
        s.stroke = QColor(Qt::white);
        s.strokeWidth = 1.0;
        s.pointSize = 8;
        s.fillOpacity = 0.35; // coverage polygons, when the layer has areas
        for (const char *service : {"school", "health", "water", "transit"}) {
            const QString name = QLatin1String(service);
            s.categories.push_back({name, serviceColor(name), serviceMarker(name), {}});
        }
        break;
    case LayerRole::Basemap:
        s.fill = QColor(0xee, 0xee, 0xee);
        s.stroke = QColor(0xbb, 0xbb, 0xbb);
        s.strokeWidth = 0.5;
        break;
    case LayerRole::Reference: // e.g. district or province boundaries
        s.fill = QColor(0, 0, 0, 0);
        s.stroke = QColor(0x55, 0x55, 0x55);
        s.strokeWidth = 2.2;
        break;
    }
    return s;
}

QString LayerStyle::methodName(Method method)
{
    switch (method) {
    case Method::EqualInterval:
        return tr("Equal interval");
    case Method::Quantile:
        return tr("Quantile");
    case Method::Jenks:
        return tr("Natural breaks (Jenks)");
    }
    return {};
}

QString LayerStyle::kindName(Kind kind)
{
    switch (kind) {
    case Kind::Single:
        return tr("Single symbol");
    case Kind::Categorized:
        return tr("Categorized");
    case Kind::Graduated:
        return tr("Graduated");
    }
    return {};
}

QString LayerStyle::fieldTitle(const QString &field)
{
    return PrintWords::inWindowLanguage().fieldTitle(field);
}

LayerStyle analysisStyle(const LayerStyle &base, const QString &field)
{
    LayerStyle style = base;
    style.kind = LayerStyle::Kind::Graduated;
    style.field = field;
    style.classes = 5;
    style.categories.clear();
    if (field.startsWith(u"analysis.coverage.covered")) {
        style.method = LayerStyle::Method::EqualInterval;
        style.ramp = QStringLiteral("YlGnBu"); // darker: better served
    } else if (field.startsWith(u"analysis.coverage.nearest")) {
        style.method = LayerStyle::Method::Quantile;
        style.ramp = QStringLiteral("YlOrRd"); // darker: farther
    } else if (field.startsWith(u"analysis.projection")) {
        style.method = LayerStyle::Method::Quantile;
        style.ramp = QStringLiteral("Purples");
    } else {
        style.method = LayerStyle::Method::Quantile;
        style.ramp = QStringLiteral("YlOrRd");
    }
    return style;
}

std::vector<LayerStyle::Category> categoriesFor(const std::vector<QString> &values,
                                                const QString &field, std::size_t limit)
{
    std::map<QString, std::size_t> counts;
    for (const QString &v : values)
        if (!v.isEmpty())
            ++counts[v];
    std::vector<std::pair<QString, std::size_t>> sorted(counts.begin(), counts.end());
    std::stable_sort(sorted.begin(), sorted.end(),
                     [](const auto &a, const auto &b) { return a.second > b.second; });
    if (sorted.size() > limit)
        sorted.resize(limit);
    // Okabe & Ito (2008), then darker and lighter tones of the same hues.
    static const QColor palette[]
        = {QColor(0xe6, 0x9f, 0x00), QColor(0x56, 0xb4, 0xe9), QColor(0x00, 0x9e, 0x73),
           QColor(0xf0, 0xe4, 0x42), QColor(0x00, 0x72, 0xb2), QColor(0xd5, 0x5e, 0x00),
           QColor(0xcc, 0x79, 0xa7), QColor(0x99, 0x99, 0x99), QColor(0x8c, 0x5e, 0x00),
           QColor(0x2b, 0x6f, 0x96), QColor(0x00, 0x5e, 0x45), QColor(0x88, 0x44, 0x6d)};
    static const LayerStyle::Marker markers[]
        = {LayerStyle::Marker::Circle, LayerStyle::Marker::Square, LayerStyle::Marker::Triangle,
           LayerStyle::Marker::Diamond, LayerStyle::Marker::Cross};
    const bool services = field == u"field.service";
    std::vector<LayerStyle::Category> out;
    for (std::size_t i = 0; i < sorted.size(); ++i) {
        const QString &value = sorted[i].first;
        if (services)
            out.push_back({value, serviceColor(value), serviceMarker(value), {}});
        else
            out.push_back(
                {value, palette[i % std::size(palette)], markers[i % std::size(markers)], {}});
    }
    return out;
}

QColor serviceColor(const QString &service)
{
    if (service == u"school")
        return QColor(0x00, 0x72, 0xb2); // blue
    if (service == u"health")
        return QColor(0xd5, 0x5e, 0x00); // vermillion
    if (service == u"water")
        return QColor(0x56, 0xb4, 0xe9); // sky blue
    if (service == u"transit")
        return QColor(0x00, 0x9e, 0x73); // bluish green
    return QColor(0xcc, 0x79, 0xa7);     // reddish purple
}

LayerStyle::Marker serviceMarker(const QString &service)
{
    if (service == u"school")
        return LayerStyle::Marker::Square;
    if (service == u"health")
        return LayerStyle::Marker::Cross;
    if (service == u"water")
        return LayerStyle::Marker::Triangle;
    if (service == u"transit")
        return LayerStyle::Marker::Circle;
    return LayerStyle::Marker::Diamond;
}

QString serviceTitle(const QString &service)
{
    return PrintWords::inWindowLanguage().service(service);
}

std::vector<double> classBreaks(std::vector<double> values, LayerStyle::Method method, int classes)
{
    std::erase_if(values, [](double v) { return !std::isfinite(v); });
    if (values.empty())
        return {};
    std::sort(values.begin(), values.end());
    classes = std::clamp(classes, 1, 9);
    const double lo = values.front(), hi = values.back();
    if (lo == hi)
        return {lo, hi};
    std::vector<double> breaks;
    switch (method) {
    case LayerStyle::Method::EqualInterval:
        for (int i = 0; i <= classes; ++i)
            breaks.push_back(i == classes ? hi : lo + (hi - lo) * i / classes);
        break;
    case LayerStyle::Method::Quantile:
        breaks.push_back(lo);
        for (int i = 1; i < classes; ++i) {
            // Linear interpolation between order statistics (R type 7).
            const double pos = double(i) / classes * double(values.size() - 1);
            const std::size_t below = std::size_t(std::floor(pos));
            const double frac = pos - double(below);
            const double q = below + 1 < values.size()
                                 ? values[below] + frac * (values[below + 1] - values[below])
                                 : values[below];
            breaks.push_back(q);
        }
        breaks.push_back(hi);
        break;
    case LayerStyle::Method::Jenks: {
        // Above a few thousand values, a spread sample of the sorted values (with both ends)
        // gives the same classes in a fraction of the time, as QGIS does.
        std::vector<double> sample;
        const std::size_t maxSample = 3000;
        if (values.size() > maxSample) {
            sample.reserve(maxSample);
            for (std::size_t i = 0; i < maxSample; ++i)
                sample.push_back(values[i * (values.size() - 1) / (maxSample - 1)]);
        } else {
            sample = values;
        }
        breaks = jenks(sample, std::min<int>(classes, int(sample.size())));
        break;
    }
    }
    // Duplicate boundaries (few distinct values) collapse into fewer classes.
    breaks.erase(std::unique(breaks.begin(), breaks.end()), breaks.end());
    if (breaks.size() == 1)
        breaks.push_back(breaks.front());
    return breaks;
}

int classOf(double value, const std::vector<double> &breaks)
{
    if (!std::isfinite(value) || breaks.size() < 2 || value < breaks.front()
        || value > breaks.back())
        return -1;
    const auto it = std::lower_bound(breaks.begin() + 1, breaks.end(), value);
    return int(it - (breaks.begin() + 1));
}

QStringList rampNames()
{
    QStringList names;
    for (const Ramp &r : kRamps)
        names << QLatin1String(r.name);
    return names;
}

std::vector<QColor> rampColors(const QString &ramp, int count)
{
    const Ramp *chosen = &kRamps[0];
    for (const Ramp &r : kRamps)
        if (ramp == QLatin1String(r.name))
            chosen = &r;
    std::vector<QColor> out;
    if (count <= 0)
        return out;
    // From just above the lightest stop (too pale on paper) to the darkest.
    const double from = 0.12, to = 1.0;
    for (int i = 0; i < count; ++i) {
        const double t = count == 1 ? 0.6 : from + (to - from) * i / (count - 1);
        const double pos = t * 8;
        const int a = std::min(7, int(std::floor(pos)));
        const double f = pos - a;
        const QColor ca = QColor::fromRgb(chosen->stops[a]);
        const QColor cb = QColor::fromRgb(chosen->stops[a + 1]);
        out.push_back(QColor::fromRgbF(float(ca.redF() + f * (cb.redF() - ca.redF())),
                                       float(ca.greenF() + f * (cb.greenF() - ca.greenF())),
                                       float(ca.blueF() + f * (cb.blueF() - ca.blueF()))));
    }
    return out;
}

LayerStyle planGoalsStyle(const LayerStyle &base, const QString &sectorCode, int maxCount)
{
    LayerStyle style = base;
    style.kind = LayerStyle::Kind::Categorized;
    style.field = sectorCode.isEmpty() ? QStringLiteral("plan.goals")
                                       : QStringLiteral("plan.goals.") + sectorCode;
    style.categories.clear();
    const int n = std::max(1, maxCount);
    const std::vector<QColor> ramp = rampColors(QStringLiteral("YlGnBu"), n + 1);
    for (int k = 0; k <= n; ++k) {
        LayerStyle::Category c;
        c.value = QString::number(k);
        c.color = k == 0 ? QColor(0xf2, 0xf2, 0xf2) : ramp[std::size_t(k)];
        c.label = k == 0 ? LayerStyle::tr("No goal") : LayerStyle::tr("%n goal(s)", nullptr, k);
        style.categories.push_back(c);
    }
    return style;
}

LayerStyle unplannedStyle(const LayerStyle &base, double threshold)
{
    LayerStyle style = base;
    style.kind = LayerStyle::Kind::Categorized;
    style.field = QStringLiteral("plan.unplanned.") + QString::number(threshold);
    style.categories
        = {{QStringLiteral("unplanned"), QColor(0xd5, 0x5e, 0x00), LayerStyle::Marker::Circle,
            LayerStyle::tr("Unplanned: migrant share ≥ %1 %, no action").arg(threshold)},
           {QStringLiteral("planned"), QColor(0x00, 0x9e, 0x73), LayerStyle::Marker::Circle,
            LayerStyle::tr("An action is linked")},
           {QStringLiteral("below"), QColor(0xe6, 0xe6, 0xe6), LayerStyle::Marker::Circle,
            LayerStyle::tr("Migrant share below %1 %").arg(threshold)}};
    return style;
}

} // namespace geisep
