#pragma once

#include "core/error.h"
#include "core/project.h"
#include "gis/analysis/coverage.h"
#include "gis/map/layerdata.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QJsonObject>
#include <QMap>
#include <QString>
#include <QStringList>

#include <memory>
#include <utility>
#include <vector>

namespace geisep {

// Analyses stored in the project (DESIGN.md, analyses; issue 6). Each analysis is prepared from
// the project on the calling thread, computed without touching the project (so the window runs
// it on a worker thread, with progress and cancel), then stored in one transaction: a row of
// geisep_analysis_runs with its parameters and input layers, a row of geisep_analysis_results
// per area × category × variable, and for coverage a layer of gaps per service.

// A run as the runs list shows it.
struct AnalysisRun
{
    qint64 id = 0;
    QString kind; // coverage, pressure, projection
    QJsonObject parameters;
    QStringList inputLayers;
    QDateTime started;
    QDateTime finished;
    QString status;       // done, cancelled, failed
    QList<qint64> layers; // the gap layers it made
    QString note;
};

class Analyses
{
    Q_DECLARE_TR_FUNCTIONS(Analyses)

public:
    // Runs, newest first.
    static Result<QList<AnalysisRun>> runs(Database &db);
    // The newest finished run of `kind` with results on the areas of `layerId`; 0 if none.
    static Result<qint64> latestRun(Database &db, const QString &kind, qint64 layerId);
    // One variable of a run per area (geisep_areas.id), for a category (a service, a scenario)
    // or none.
    static Result<QHash<qint64, double>> values(Database &db, qint64 runId, const QString &variable,
                                                const QString &category = {});
    // A run's parameters as recorded (geisep_analysis_runs.parameters); empty when there is no
    // such run.
    static Result<QJsonObject> parameters(Database &db, qint64 runId);
    // Records a run that was cancelled or failed, with its parameters and no results.
    static Result<qint64> recordUnfinished(Project &project, const QString &kind,
                                           const QJsonObject &parameters, const QDateTime &started,
                                           const QString &status, const QString &note);
    // Removes a run with its results; its gap layers are removed the way the layers panel
    // removes a layer (their tables go when the project closes).
    static Result<void> removeRun(Project &project, qint64 runId);
    // The area layer an analysis works on: by name or table, and of an area role.
    static Result<LayerInfo> areaLayer(Project &project, const QString &name);
    // What the analysis dialogs offer: a layer table's columns but fid and geom; the distinct
    // service codes of a facility layer (sorted); the column of school places a projection
    // finds by itself (capacity, kapasite, kontenjan), empty when none.
    static QStringList layerColumns(Database &db, const QString &table);
    static Result<QStringList> services(Database &db, const QString &table);
    static QString capacityColumn(Database &db, const QString &table);
    // The kind's name in the reader's language.
    static QString kindTitle(const QString &kind);
    // A run's parameters in words, for the run list ("Mahalleler · 2023 · School 1,000 m, …"),
    // in the planner's language and locale.
    static QString parametersText(const AnalysisRun &run);
};

// ---- Coverage -----------------------------------------------------------------------------

// The catchment distance a service gets unless the planner says otherwise, in metres
// (DESIGN.md: water point 500 m (Sphere), transit stop 500 m (SDG 11.2.1), primary school
// 500–1000 m, health centre 1000 m); 500 m for other services.
double defaultCatchment(const QString &service);
// Where the default comes from, for the window.
QString catchmentSource(const QString &service);

struct CoverageRequest
{
    QString areas;          // layer name or table, of an area role
    QStringList facilities; // infrastructure layers: points, network lines or coverage polygons
    QString serviceField;   // the column naming each feature's service; empty: "service"
    QMap<QString, double> distances; // per service, metres; others get defaultCatchment()
    QStringList services;            // only these; empty: every service the layers hold
    QString populationVariable = QStringLiteral("population"); // empty: no population
    int period = 0;     // of the population figure; 0: the latest
    QString finer;      // a layer with counts (buildings, blocks) to place population by
    QString finerField; // its count column; empty: each feature counts 1
    bool gapLayers = true;
};

struct CoverageJob
{
    CoverageRequest request;
    LayerInfo areasLayer;
    std::shared_ptr<LayerGeometry> areas;
    std::vector<qint64> areaIds; // geisep_areas.id per feature (0 where the area is unknown)
    std::vector<QString> areaLabels;
    std::vector<std::shared_ptr<LayerGeometry>> inputs; // kept alive for the services
    std::vector<CoverageService> services;
    CoverageOptions options;
    QJsonObject parameters;
    QStringList inputLayers;
    QDateTime started;
};

struct StoredCoverage
{
    qint64 runId = 0;
    QList<qint64> gapLayers;
    int replacedLayers = 0; // earlier runs' gap layers this run's replaced
};

class Coverage
{
    Q_DECLARE_TR_FUNCTIONS(Coverage)

public:
    // Loads the layers and figures and checks the request: an unknown layer, a facility layer
    // without the service field, a service with no facility, a distance not above 0 each get a
    // message naming what to fix.
    static Result<CoverageJob> prepare(Project &project, const CoverageRequest &request);
    // Sets the catchment distance of the job's services named in `distances` (others keep
    // theirs), and the parameters recorded with the run.
    static void setDistances(CoverageJob &job, const QMap<QString, double> &distances);
    // Computes (any thread; reads only the job).
    static Result<std::vector<CoverageRow>> compute(const CoverageJob &job);
    // Stores the run, its results and its gap layers in one transaction.
    static Result<StoredCoverage> store(Project &project, const CoverageJob &job,
                                        const std::vector<CoverageRow> &rows);
    // The results as a table: area, district, service, area m², covered m², covered %, covered
    // population, nearest facility m; Turkish headers unless `english`.
    static QList<QStringList> table(const CoverageJob &job, const std::vector<CoverageRow> &rows,
                                    QChar separator, bool english);
};

// ---- Migration pressure -------------------------------------------------------------------

// The components of migration pressure, in the order the table shows them.
enum class PressureComponent { Share, PerThousand, Growth, Density, Deficit };
constexpr int kPressureComponents = 5;
// A component's place in PressureRow::raw and ::normalised.
constexpr std::size_t at(PressureComponent c)
{
    return std::size_t(c);
}
QString pressureComponentKey(PressureComponent c); // migrant_share, migrants_per_1000, …
QString pressureComponentTitle(PressureComponent c);
// A component's title in both languages (UTF-8) for what is printed or exported in a fixed
// language: the pressure table and a printed legend.
std::pair<const char *, const char *> pressureComponentWords(PressureComponent c);

struct PressureWeights
{
    std::array<double, kPressureComponents> w{1, 1, 1, 1, 1};
    // balanced, migration (share, per 1,000, growth first) or services (coverage deficit first).
    static std::optional<PressureWeights> preset(const QString &name);
    static QStringList presetNames();
    static QString presetTitle(const QString &name);
};

struct PressureRequest
{
    QString areas;
    PressureWeights weights;
    QString preset = QStringLiteral("balanced"); // recorded; the weights are what count
    int period = 0;         // of the figures; 0: the latest with migrant figures
    int fromPeriod = 0;     // for growth; 0: the period before `period` with migrant figures
    qint64 coverageRun = 0; // for the deficit; 0: the newest coverage run on the layer
    int classes = 5;
};

struct PressureRow
{
    qint64 areaId = 0;
    QString label;
    std::array<double, kPressureComponents> raw{};           // NaN where unknown
    std::array<double, kPressureComponents> normalised{};    // 0–1 over the areas, NaN unknown
    double score = std::numeric_limits<double>::quiet_NaN(); // 0–100
    int rank = 0;  // 1 = highest pressure; 0 without a score
    int klass = 0; // 1 (lowest) … classes; 0 without a score
    // Fewer migrants than the project's privacy threshold (DESIGN.md, Privacy): the rates
    // computed from them are withheld wherever the table is shown or written.
    bool smallCell = false;
};

struct PressureResult
{
    PressureRequest request;
    LayerInfo areasLayer;
    std::vector<PressureRow> rows; // ranked, highest first; areas without a score last
    std::vector<double> breaks;
    int period = 0, fromPeriod = 0;
    qint64 coverageRun = 0;
    QStringList notes; // e.g. "growth left out: one period of migrant figures"
};

// What a pressure run reads from the project (Pressure::prepare), so that computing it reads
// nothing and may run on any thread: Coverage's prepare → compute → store.
struct PressureJob
{
    PressureResult result;   // the request, layer, periods, coverage run and notes filled in
    std::vector<qint64> ids; // per feature of the layer; 0 where the feature has no area row
    std::vector<QString> labels;
    std::vector<double> km2;
    QHash<qint64, double> population, migrants, migrantsBefore, deficit; // by area id
    int threshold = 0; // the project's small-cell threshold
};

class Pressure
{
    Q_DECLARE_TR_FUNCTIONS(Pressure)

public:
    static Result<PressureJob> prepare(Project &project, const PressureRequest &request);
    static PressureResult compute(const PressureJob &job);
    // prepare and compute in one (the CLI).
    static Result<PressureResult> compute(Project &project, const PressureRequest &request);
    static Result<qint64> store(Project &project, const PressureResult &result,
                                const QDateTime &started);
    static QList<QStringList> table(const PressureResult &result, QChar separator, bool english);
    static QString classTitle(int klass, int classes);
};

// ---- Projection ---------------------------------------------------------------------------

// Per-person standards of service need, with where each comes from (shown in the window).
struct ProjectionStandards
{
    double schoolAgeShare = 0.18; // of the population, ages 6–17
    double educationM2 = 8;       // m² of school land per person (1 + 4 + 3)
    double healthM2 = 4;          // m² of health facility land per person (100,000+)
    double waterLitres = 150;     // litres per person per day
    double greenM2 = 10;          // m² of active green space per person
    static QString source(const QString &key);
};

struct ProjectionRequest
{
    QString areas;
    int horizon = 0;    // the year projected to
    int basePeriod = 0; // of the population figure; 0: the latest
    // Annual growth in % per scenario; NaN: derived from two observed periods of population
    // (medium = the observed rate of the layer, low and high one point below and above), or
    // 0.5, 1.5 and 3 % when there is one period only.
    double low = std::numeric_limits<double>::quiet_NaN();
    double medium = std::numeric_limits<double>::quiet_NaN();
    double high = std::numeric_limits<double>::quiet_NaN();
    ProjectionStandards standards;
    QString facilities;    // an infrastructure layer with school capacity, optional
    QString capacityField; // its column of places; empty: "capacity" or "kapasite"
};

struct ProjectionRow
{
    qint64 areaId = 0;
    QString label;
    double base = std::numeric_limits<double>::quiet_NaN();
    // Per scenario (low, medium, high):
    std::array<double, 3> population{};
    std::array<double, 3> schoolPlaces{};
    std::array<double, 3> educationM2{};
    std::array<double, 3> healthM2{};
    std::array<double, 3> waterM3{}; // per day
    std::array<double, 3> greenM2{};
    double schoolCapacity = std::numeric_limits<double>::quiet_NaN();
    std::array<double, 3> schoolShortfall{}; // places; NaN without capacity
};

struct ProjectionResult
{
    ProjectionRequest request;
    LayerInfo areasLayer;
    int basePeriod = 0;
    std::array<double, 3> rates{}; // % per year, low, medium, high
    QString ratesFrom;             // how the rates were chosen, in a sentence
    std::vector<ProjectionRow> rows;
};

// What a projection reads from the project (Projection::prepare); computing reads nothing.
struct ProjectionJob
{
    ProjectionResult result; // the request, layer, base period and rates filled in
    std::vector<qint64> ids; // per feature of the layer; 0 where the feature has no area row
    std::vector<QString> labels;
    std::vector<double> schoolCapacity; // per feature; NaN without a facility layer
    QHash<qint64, double> population;   // in the base period, by area id
};

class Projection
{
    Q_DECLARE_TR_FUNCTIONS(Projection)

public:
    static Result<ProjectionJob> prepare(Project &project, const ProjectionRequest &request);
    static ProjectionResult compute(const ProjectionJob &job);
    // prepare and compute in one (the CLI).
    static Result<ProjectionResult> compute(Project &project, const ProjectionRequest &request);
    static Result<qint64> store(Project &project, const ProjectionResult &result,
                                const QDateTime &started);
    static QList<QStringList> table(const ProjectionResult &result, QChar separator, bool english);
    static QString scenarioKey(int s);   // low, medium, high
    static QString scenarioTitle(int s); // Düşük, Orta, Yüksek
};

} // namespace geisep
