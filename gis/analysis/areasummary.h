#pragma once

#include "core/error.h"
#include "core/sqlite.h"

#include <QHash>
#include <QList>
#include <QString>

#include <cmath>
#include <map>
#include <optional>
#include <set>

namespace geisep {

// What the area inspector shows of one area, read in one place (the window holds no SQL): its
// row in geisep_areas with the figures entered for it, and the newest analyses on its layer.
struct AreaSummary
{
    qint64 id = 0;
    QString name, district, province, code;
    struct Figure
    {
        QString variable;       // its code: population, migrants, …
        QString nameTr, nameEn; // its names
        int period = 0;
        double value = 0;
    };
    QList<Figure> figures; // by variable, then period

    // The area behind a feature of an area layer, or nothing when the feature has no area row
    // (facilities, reference outlines).
    static Result<std::optional<AreaSummary>> read(Database &db, qint64 layerId, qint64 fid);
};

// The newest run of each analysis on a layer, as far as it speaks of one area.
struct AreaAnalyses
{
    struct ServiceCoverage
    {
        QString service;
        double areaShare = 0;                  // 0–1
        std::optional<double> populationShare; // 0–1, when the run weighted by population
        std::optional<double> nearestMetres;
    };
    qint64 coverageRun = 0;
    QList<ServiceCoverage> coverage; // in the order the run stored them

    qint64 pressureRun = 0;
    double score = std::nan(""); // 0–100; NaN when the area has none
    int rank = 0;
    int ranked = 0; // areas ranked in the run
    int pressureClass = 0;
    int classes = 5; // the run's own number of classes, 3–9

    qint64 projectionRun = 0;
    int horizon = 0;
    // The medium scenario at the horizon; NaN when absent.
    double population = std::nan("");
    double schoolPlaces = std::nan("");
    double schoolShortfall = std::nan("");

    static Result<AreaAnalyses> read(Database &db, qint64 layerId, qint64 areaId);
};

// geisep_areas ids of features of an area layer; a feature without an area row is left out.
Result<QList<qint64>> areaIdsOfFeatures(Database &db, qint64 layerId, const QList<qint64> &fids);
// The features of areas, by layer: layer id → feature ids.
Result<std::map<qint64, std::set<qint64>>> featuresOfAreas(Database &db,
                                                           const QList<qint64> &areaIds);

} // namespace geisep
