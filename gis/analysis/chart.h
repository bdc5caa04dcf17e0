#pragma once

#include "core/error.h"
#include "core/sqlite.h"
#include "gis/print/printwords.h"

#include <QColor>
#include <QCoreApplication>
#include <QRectF>
#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

class QPainter;

namespace geisep {

// A chart as data: what the Grafikler dock shows and a printed page draws, the same picture
// from the same numbers. Two shapes serve the plan's questions: horizontal bars (a value per
// district, sorted; stacked parts of a whole) and lines over years (an indicator's values with
// its target).
//
// Decision: drawn with QPainter here, not Qt Charts. Qt Charts' QChart is a QGraphicsWidget and
// needs QApplication, while `geisep-cli print` (atlases) runs without Widgets by design; one
// renderer in gis draws the dock, PNG, SVG and PDF alike, as vectors wherever the painter
// keeps them.
struct Chart
{
    enum class Kind { Bars, Lines };
    struct Series
    {
        QString name;
        QColor color;
        std::vector<double> values; // one per category; NaN: no value
        std::vector<bool> hidden;   // small-cell suppression: drawn as "<10", never the value
    };

    Kind kind = Kind::Bars;
    bool stacked = false; // Bars: the series' values end to end
    QString title;
    QString subtitle; // e.g. the progress status
    QString valueTitle;
    QString categoryTitle;
    QStringList categories; // Bars: down the side; Lines: along the bottom (years)
    std::vector<Series> series;
    std::optional<double> target; // Lines: a horizontal target line
    QString targetLabel;
    int decimals = 0;
    bool percent = false; // values are percentages
    QString hiddenText;   // what a hidden value shows: "<10"
    QStringList notes;    // under the chart: the suppression footnote, the source

    bool empty() const;
};

// Draws `chart` into `rect` with the words' language for numbers. Fonts scale with `pointSize`
// (the base text size in points at the painter's resolution).
void drawChart(QPainter &painter, const QRectF &rect, const Chart &chart, const PrintWords &words,
               double pointSize = 9.0);

// The colours of the series, in order (Okabe–Ito: readable by colour-blind readers and in grey).
QColor chartColor(int index);

// ---- Charts from the project ---------------------------------------------------------------

class Charts
{
    Q_DECLARE_TR_FUNCTIONS(Charts)

public:
    // The migrants' share of the population in each district, from the area layer's figures
    // of the latest year that has both, sorted from the highest. A district whose migrant count
    // is below the project's threshold shows "<10" and no share.
    // Of the given areas only (their districts) when `areaIds` is not empty.
    static Result<Chart> migrantShareByDistrict(Database &db, qint64 areaLayerId,
                                                const PrintWords &words,
                                                const QList<qint64> &areaIds = {});
    // An indicator over the years: the baseline and the actual values as a line, the target as
    // a line across, its progress status as the subtitle. For one area (its own values), or the
    // whole plan when `areaId` is 0.
    static Result<Chart> indicatorTrend(Database &db, qint64 indicatorId, qint64 areaId,
                                        const PrintWords &words);
    // The indicator a layout's chart names (its Turkish or English name or its code, compared
    // through the Turkish folding function), or with `name` empty the first that has values;
    // 0 when there is none.
    static Result<qint64> findIndicator(Database &db, const QString &name);
    // The `n` areas of the layer with the highest migration pressure in its latest run, each
    // bar its components' parts of the score (weight × normalised value ÷ the weights the area
    // has, × 100, so the parts add up to the score). For an area with fewer migrants than the
    // project's threshold the parts worked out from migrant counts are hidden.
    // Among the given areas only when `areaIds` is not empty.
    static Result<Chart> pressureTop(Database &db, qint64 areaLayerId, int n,
                                     const PrintWords &words, const QList<qint64> &areaIds = {});
    // The share of the population within reach of each service in the layer's latest coverage
    // run: of the given areas together (population-weighted), or of the whole layer when
    // `areaIds` is empty.
    static Result<Chart> coverageByService(Database &db, qint64 areaLayerId,
                                           const QList<qint64> &areaIds, const PrintWords &words);
    // The same chart from shares already worked out (0–100, NaN unknown), one per service
    // title, of `areas` areas (0: the whole layer; the title says which); `period` (of the
    // population) for the note, 0 for none.
    static Chart coverage(const QStringList &services, const std::vector<double> &shares,
                          qsizetype areas, int period, const PrintWords &words);
    // The population of the given areas (all when empty) in the layer's latest projection, low,
    // medium and high, year by year from the base year to the horizon.
    static Result<Chart> projection(Database &db, qint64 areaLayerId, const QList<qint64> &areaIds,
                                    const PrintWords &words);
};

} // namespace geisep
