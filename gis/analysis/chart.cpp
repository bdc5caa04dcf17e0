#include "gis/analysis/chart.h"

#include <QFont>
#include <QFontMetricsF>
#include <QPainter>
#include <QPainterPath>

#include <algorithm>
#include <cmath>

namespace geisep {

namespace {

const QColor kInk(0x20, 0x20, 0x20);
const QColor kGrey(0x6b, 0x6b, 0x6b);
const QColor kGrid(0xdd, 0xdd, 0xdd);

// A step of 1, 2 or 5 × 10^k near range / 5.
double niceStep(double range)
{
    if (!(range > 0))
        return 1;
    const double raw = range / 5;
    const double power = std::pow(10.0, std::floor(std::log10(raw)));
    for (const double m : {1.0, 2.0, 5.0, 10.0})
        if (raw <= m * power)
            return m * power;
    return 10 * power;
}

QString valueText(const Chart &chart, const PrintWords &words, double v)
{
    return chart.percent ? words.percent(v, chart.decimals) : words.number(v, chart.decimals);
}

// The largest and smallest value the axis must show (stacked bars: their sums).
std::pair<double, double> valueRange(const Chart &chart)
{
    double lo = 0, hi = 0;
    for (int c = 0; c < chart.categories.size(); ++c) {
        double sum = 0;
        for (const Chart::Series &s : chart.series) {
            const double v = std::size_t(c) < s.values.size() ? s.values[std::size_t(c)] : NAN;
            const bool hidden = std::size_t(c) < s.hidden.size() && s.hidden[std::size_t(c)];
            if (!std::isfinite(v) || hidden)
                continue;
            if (chart.stacked && chart.kind == Chart::Kind::Bars) {
                sum += v;
                hi = std::max(hi, sum);
            } else {
                hi = std::max(hi, v);
                lo = std::min(lo, v);
            }
        }
    }
    if (chart.target) {
        hi = std::max(hi, *chart.target);
        lo = std::min(lo, *chart.target);
    }
    if (hi == lo)
        hi = lo + 1;
    return {lo, hi};
}

QFont font(double pointSize, bool bold = false)
{
    QFont f(QStringLiteral("DejaVu Sans"));
    f.setPointSizeF(pointSize);
    f.setBold(bold);
    return f;
}

} // namespace

bool Chart::empty() const
{
    for (const Series &s : series)
        for (std::size_t i = 0; i < s.values.size(); ++i)
            if (std::isfinite(s.values[i]) || (i < s.hidden.size() && s.hidden[i]))
                return false;
    return true;
}

QColor chartColor(int index)
{
    static const QColor colors[]
        = {QColor(0x00, 0x72, 0xb2), QColor(0xe6, 0x9f, 0x00), QColor(0x00, 0x9e, 0x73),
           QColor(0xd5, 0x5e, 0x00), QColor(0xcc, 0x79, 0xa7), QColor(0x56, 0xb4, 0xe9),
           QColor(0xf0, 0xe4, 0x42)};
    return colors[std::size_t(index) % std::size(colors)];
}

namespace {

// What every part of a chart is drawn with.
struct ChartInk
{
    QPainter &painter;
    const Chart &chart;
    const PrintWords &words;
    QFont titleFont, textFont, smallFont;
    QFontMetricsF titleMetrics, textMetrics, smallMetrics;
    double line; // the height of a line of text
};

// The value axis: from lo to hi in steps.
struct ValueAxis
{
    double lo = 0, hi = 1, step = 1;
};

// Title and subtitle at the top of `area`, which shrinks below them.
void drawHeading(const ChartInk &ink, QRectF &area)
{
    QPainter &painter = ink.painter;
    const Chart &chart = ink.chart;
    const double line = ink.line;
    painter.setPen(kInk);
    if (!chart.title.isEmpty()) {
        painter.setFont(ink.titleFont);
        const QRectF box(area.left(), area.top(), area.width(), ink.titleMetrics.height() * 2.2);
        const QRectF used
            = painter.boundingRect(box, Qt::TextWordWrap | Qt::AlignLeft, chart.title);
        painter.drawText(box, Qt::TextWordWrap | Qt::AlignLeft, chart.title);
        area.setTop(area.top() + std::min(used.height(), box.height()) + line * 0.2);
    }
    if (!chart.subtitle.isEmpty()) {
        painter.setFont(ink.textFont);
        painter.setPen(kGrey);
        painter.drawText(QRectF(area.left(), area.top(), area.width(), line), Qt::AlignLeft,
                         chart.subtitle);
        area.setTop(area.top() + line * 1.2);
    }
}

// The legend (each series, and the target) below the heading, where there is more than one.
void drawLegend(const ChartInk &ink, QRectF &area)
{
    QPainter &painter = ink.painter;
    const Chart &chart = ink.chart;
    const QFontMetricsF &smallMetrics = ink.smallMetrics;
    const bool legend = chart.series.size() > 1 || chart.target;
    if (!legend)
        return;
    painter.setFont(ink.smallFont);
    double x = area.left();
    const double h = smallMetrics.height();
    auto entry = [&](const QColor &color, const QString &name, bool dashed) {
        const double w = h * 1.2 + smallMetrics.horizontalAdvance(name) + h;
        if (x + w > area.right() && x > area.left()) {
            x = area.left();
            area.setTop(area.top() + h * 1.3);
        }
        if (dashed) {
            painter.setPen(QPen(color, h * 0.15, Qt::DashLine));
            painter.drawLine(QPointF(x, area.top() + h / 2), QPointF(x + h, area.top() + h / 2));
        } else {
            painter.fillRect(QRectF(x, area.top() + h * 0.15, h * 0.9, h * 0.7), color);
        }
        painter.setPen(kInk);
        painter.drawText(QPointF(x + h * 1.2, area.top() + smallMetrics.ascent()), name);
        x += w;
    };
    for (const Chart::Series &s : chart.series)
        entry(s.color, s.name, false);
    if (chart.target)
        entry(kInk, chart.targetLabel, true);
    area.setTop(area.top() + h * 1.5);
}

// Notes at the bottom of `area`, which shrinks above them.
void drawNotes(const ChartInk &ink, const QRectF &rect, QRectF &area)
{
    QPainter &painter = ink.painter;
    const Chart &chart = ink.chart;
    if (chart.notes.isEmpty())
        return;
    painter.setFont(ink.smallFont);
    painter.setPen(kGrey);
    const QString text = chart.notes.join(u'\n');
    const QRectF box = painter.boundingRect(QRectF(area.left(), 0, area.width(), rect.height()),
                                            Qt::TextWordWrap | Qt::AlignLeft, text);
    const QRectF at(area.left(), area.bottom() - box.height(), area.width(), box.height());
    painter.drawText(at, Qt::TextWordWrap | Qt::AlignLeft, text);
    area.setBottom(at.top() - ink.line * 0.3);
}

// Bars: categories down the side, values along the bottom.
void drawBars(const ChartInk &ink, const QRectF &area, const ValueAxis &axis)
{
    QPainter &painter = ink.painter;
    const Chart &chart = ink.chart;
    const PrintWords &words = ink.words;
    const QFontMetricsF &smallMetrics = ink.smallMetrics;
    const double line = ink.line;
    const double axisLo = axis.lo, axisHi = axis.hi, step = axis.step;
    double labelWidth = 0;
    for (const QString &c : chart.categories)
        labelWidth = std::max(labelWidth, smallMetrics.horizontalAdvance(c));
    labelWidth = std::min(labelWidth + line * 0.4, area.width() * 0.4);
    const double valueLabel
        = smallMetrics.horizontalAdvance(valueText(chart, words, axisHi)) + line;
    const QRectF plot(area.left() + labelWidth, area.top(), area.width() - labelWidth - valueLabel,
                      area.height()
                          - smallMetrics.height() * (chart.valueTitle.isEmpty() ? 1.4 : 2.6));
    const auto xOf = [&](double v) {
        return plot.left() + (v - axisLo) / (axisHi - axisLo) * plot.width();
    };
    painter.setPen(QPen(kGrid, 0));
    for (double v = axisLo; v <= axisHi + step / 2; v += step) {
        const double x = xOf(v);
        painter.setPen(QPen(kGrid, 0));
        painter.drawLine(QPointF(x, plot.top()), QPointF(x, plot.bottom()));
        painter.setPen(kGrey);
        const QString t = valueText(chart, words, v);
        painter.drawText(QPointF(x - smallMetrics.horizontalAdvance(t) / 2,
                                 plot.bottom() + smallMetrics.ascent() + 2),
                         t);
    }
    if (!chart.valueTitle.isEmpty()) {
        painter.setPen(kInk);
        painter.drawText(QRectF(plot.left(), plot.bottom() + smallMetrics.height() * 1.2,
                                plot.width(), smallMetrics.height()),
                         Qt::AlignHCenter, chart.valueTitle);
    }
    const int n = int(chart.categories.size());
    const double band = plot.height() / n;
    const int groups = chart.stacked ? 1 : int(chart.series.size());
    const double barHeight = std::min(band * 0.7, line * 1.6) / groups;
    for (int c = 0; c < n; ++c) {
        const double mid = plot.top() + band * (c + 0.5);
        painter.setPen(kInk);
        const QString label
            = smallMetrics.elidedText(chart.categories[c], Qt::ElideRight, labelWidth - line * 0.3);
        painter.drawText(QPointF(area.left(), mid + smallMetrics.ascent() / 2 - 1), label);
        double start = 0;
        QStringList hiddenHere;
        for (int s = 0; s < int(chart.series.size()); ++s) {
            const Chart::Series &series = chart.series[std::size_t(s)];
            const std::size_t i = std::size_t(c);
            const bool hidden = i < series.hidden.size() && series.hidden[i];
            const double v = i < series.values.size() ? series.values[i] : NAN;
            const double top = chart.stacked ? mid - barHeight / 2
                                             : mid - barHeight * groups / 2 + barHeight * s;
            if (hidden) {
                hiddenHere << chart.hiddenText;
                if (!chart.stacked) {
                    painter.setPen(kGrey);
                    painter.drawText(
                        QPointF(xOf(0) + 3, top + barHeight / 2 + smallMetrics.ascent() / 2 - 1),
                        chart.hiddenText);
                }
                continue;
            }
            if (!std::isfinite(v))
                continue;
            const double from = chart.stacked ? start : 0;
            const double to = from + v;
            const QRectF bar(QPointF(xOf(std::min(from, to)), top),
                             QPointF(xOf(std::max(from, to)), top + barHeight * 0.92));
            painter.fillRect(bar, series.color);
            start = to;
            if (!chart.stacked) {
                painter.setPen(kInk);
                painter.drawText(
                    QPointF(bar.right() + 3, top + barHeight / 2 + smallMetrics.ascent() / 2 - 1),
                    valueText(chart, words, v));
            }
        }
        if (chart.stacked) {
            painter.setPen(kInk);
            const QString total
                = hiddenHere.isEmpty() ? valueText(chart, words, start) : chart.hiddenText;
            painter.drawText(QPointF(xOf(start) + 3, mid + smallMetrics.ascent() / 2 - 1), total);
        }
    }
    painter.setPen(QPen(kInk, 0));
    painter.drawLine(QPointF(xOf(0), plot.top()), QPointF(xOf(0), plot.bottom()));
}

// Where a line chart's points go: years along the bottom, values up the side.
struct LinePlot
{
    QRectF plot;
    double axisLo, axisHi;
    int n; // categories
    double yOf(double v) const
    {
        return plot.bottom() - (v - axisLo) / (axisHi - axisLo) * plot.height();
    }
    double xOf(int c) const
    {
        return n == 1 ? plot.center().x() : plot.left() + plot.width() * c / (n - 1);
    }
};

// One series of a line chart: its line through the known values, a dot on each, and the hidden
// text where its value is withheld.
void drawSeriesLine(const ChartInk &ink, const LinePlot &lp, const Chart::Series &series)
{
    QPainter &painter = ink.painter;
    const Chart &chart = ink.chart;
    const double line = ink.line;
    const int n = lp.n;
    const double axisLo = lp.axisLo;
    const auto xOf = [&](int c) {
        return lp.xOf(c);
    };
    const auto yOf = [&](double v) {
        return lp.yOf(v);
    };
    QPainterPath path;
    bool open = false;
    const double r = line * 0.22;
    for (int c = 0; c < n; ++c) {
        const std::size_t i = std::size_t(c);
        const bool hidden = i < series.hidden.size() && series.hidden[i];
        const double v = i < series.values.size() ? series.values[i] : NAN;
        if (hidden) {
            painter.setPen(kGrey);
            painter.drawText(QPointF(xOf(c) + r, yOf(axisLo) - r), chart.hiddenText);
            open = false;
            continue;
        }
        if (!std::isfinite(v))
            continue; // a year without a value: the line goes on to the next
        const QPointF p(xOf(c), yOf(v));
        if (open)
            path.lineTo(p);
        else
            path.moveTo(p);
        open = true;
    }
    painter.setPen(QPen(series.color, line * 0.14));
    painter.setBrush(Qt::NoBrush);
    painter.drawPath(path);
    painter.setPen(QPen(Qt::white, line * 0.05));
    painter.setBrush(series.color);
    for (int c = 0; c < n; ++c) {
        const std::size_t i = std::size_t(c);
        const double v = i < series.values.size() ? series.values[i] : NAN;
        if (std::isfinite(v) && !(i < series.hidden.size() && series.hidden[i]))
            painter.drawEllipse(QPointF(xOf(c), yOf(v)), r, r);
    }
}

// Lines: years along the bottom, values up the side, with the target as a dashed line.
void drawLines(const ChartInk &ink, const QRectF &rect, QRectF area, const ValueAxis &axis)
{
    QPainter &painter = ink.painter;
    const Chart &chart = ink.chart;
    const PrintWords &words = ink.words;
    const QFontMetricsF &smallMetrics = ink.smallMetrics;
    const double line = ink.line;
    const double axisLo = axis.lo, axisHi = axis.hi, step = axis.step;
    const double labelWidth
        = std::max(smallMetrics.horizontalAdvance(valueText(chart, words, axisHi)),
                   smallMetrics.horizontalAdvance(valueText(chart, words, axisLo)))
          + line * 0.5;
    double targetWidth = 0;
    if (chart.target)
        targetWidth
            = smallMetrics.horizontalAdvance(valueText(chart, words, *chart.target)) + line * 0.5;
    if (!chart.valueTitle.isEmpty()) {
        // The value axis's title above it, where a unit reads naturally.
        painter.setPen(kGrey);
        painter.drawText(QRectF(area.left(), area.top(), area.width(), smallMetrics.height()),
                         Qt::AlignLeft, chart.valueTitle);
        area.setTop(area.top() + smallMetrics.height() * 1.1);
    }
    const QRectF plot(area.left() + labelWidth, area.top() + line * 0.3,
                      area.width() - labelWidth - targetWidth,
                      area.height() - line * 0.3
                          - smallMetrics.height() * (chart.categoryTitle.isEmpty() ? 1.9 : 3.1));
    const int n = int(chart.categories.size());
    const LinePlot lp{plot, axisLo, axisHi, n};
    const auto yOf = [&](double v) {
        return lp.yOf(v);
    };
    const auto xOf = [&](int c) {
        return lp.xOf(c);
    };
    for (double v = axisLo; v <= axisHi + step / 2; v += step) {
        painter.setPen(QPen(kGrid, 0));
        painter.drawLine(QPointF(plot.left(), yOf(v)), QPointF(plot.right(), yOf(v)));
        painter.setPen(kGrey);
        const QString t = valueText(chart, words, v);
        painter.drawText(QPointF(plot.left() - smallMetrics.horizontalAdvance(t) - line * 0.25,
                                 yOf(v) + smallMetrics.ascent() / 2 - 1),
                         t);
    }
    painter.setPen(kInk);
    const int every = std::max(
        1,
        int(std::ceil(n * smallMetrics.horizontalAdvance(QStringLiteral("20300")) / plot.width())));
    for (int c = 0; c < n; c += every) {
        // Centred under its point, but inside the chart: the last year is not cut off.
        const double w = smallMetrics.horizontalAdvance(chart.categories[c]);
        const double x = std::clamp(xOf(c) - w / 2, rect.left(), rect.right() - w);
        painter.drawText(
            QPointF(x, plot.bottom() + smallMetrics.height() * 0.5 + smallMetrics.ascent()),
            chart.categories[c]);
    }
    if (!chart.categoryTitle.isEmpty())
        painter.drawText(QRectF(plot.left(), plot.bottom() + smallMetrics.height() * 1.7,
                                plot.width(), smallMetrics.height()),
                         Qt::AlignHCenter, chart.categoryTitle);
    if (chart.target) {
        painter.setPen(QPen(kInk, line * 0.1, Qt::DashLine));
        painter.drawLine(QPointF(plot.left(), yOf(*chart.target)),
                         QPointF(plot.right(), yOf(*chart.target)));
        painter.setPen(kInk);
        painter.drawText(
            QPointF(plot.right() + line * 0.25, yOf(*chart.target) + smallMetrics.ascent() / 2 - 1),
            valueText(chart, words, *chart.target));
    }
    for (const Chart::Series &series : chart.series)
        drawSeriesLine(ink, lp, series);
    painter.setPen(QPen(kInk, 0));
    painter.drawLine(QPointF(plot.left(), plot.bottom()), QPointF(plot.right(), plot.bottom()));
}

} // namespace

void drawChart(QPainter &painter, const QRectF &rect, const Chart &chart, const PrintWords &words,
               double pointSize)
{
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setClipRect(rect);
    const QFont titleFont = font(pointSize * 1.2, true);
    const QFont textFont = font(pointSize);
    const QFont smallFont = font(pointSize * 0.85);
    const QFontMetricsF textMetrics(textFont, painter.device());
    const ChartInk ink{painter,
                       chart,
                       words,
                       titleFont,
                       textFont,
                       smallFont,
                       QFontMetricsF(titleFont, painter.device()),
                       textMetrics,
                       QFontMetricsF(smallFont, painter.device()),
                       textMetrics.height()};
    const double line = ink.line;
    QRectF area = rect.adjusted(line * 0.4, line * 0.3, -line * 0.6, -line * 0.3);

    // Title, subtitle, legend.
    drawHeading(ink, area);
    drawLegend(ink, area);
    // Notes at the bottom.
    drawNotes(ink, rect, area);
    if (chart.categories.isEmpty() || chart.series.empty() || area.height() < line * 3) {
        painter.restore();
        return;
    }

    const auto [lo, hi] = valueRange(chart);
    const double step = niceStep(hi - lo);
    const ValueAxis axis{std::floor(lo / step) * step, std::ceil(hi / step) * step, step};
    painter.setFont(smallFont);

    if (chart.kind == Chart::Kind::Bars)
        drawBars(ink, area, axis);
    else
        drawLines(ink, rect, area, axis);
    painter.restore();
}

} // namespace geisep
