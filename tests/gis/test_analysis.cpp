// Analyses stored in the project (issue 6): coverage with points, network lines, given
// polygons, a finer population layer and gap layers; migration pressure; projection.
#include "gis/analysis/analysis.h"
#include "gis/io/importer.h"
#include "gis/io/synthetic.h"
#include "gis/map/style.h"
#include "gis/print/printwords.h"
#include "tests/support/support.h"

#include <catch2/catch.hpp>

#include <thread>

#include <QFile>

#include <cmath>

using namespace geisep;
using Catch::Matchers::WithinAbs;
using Catch::Matchers::WithinRel;

namespace {

constexpr double X0 = 600000, Y0 = 4100000;

QString square(double x0, double y0, double x1, double y1)
{
    return QStringLiteral("(%1 %2, %3 %2, %3 %4, %1 %4, %1 %2)")
        .arg(X0 + x0, 0, 'f', 1)
        .arg(Y0 + y0, 0, 'f', 1)
        .arg(X0 + x1, 0, 'f', 1)
        .arg(Y0 + y1, 0, 'f', 1);
}

QString point(double x, double y)
{
    return QStringLiteral("POINT (%1 %2)").arg(X0 + x, 0, 'f', 1).arg(Y0 + y, 0, 'f', 1);
}

qint64 importCsv(Project &project, const test::TempDir &dir, const QString &name,
                 const QByteArray &text, LayerRole role, const QString &serviceType = {})
{
    const QString path = dir.path(name + QStringLiteral(".csv"));
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write(text);
    file.close();
    ImportOptions options;
    options.path = path;
    options.name = name;
    options.role = role;
    options.sourceEpsg = 5256;
    options.serviceType = serviceType;
    if (role == LayerRole::Infrastructure && serviceType.isEmpty())
        options.serviceField = QStringLiteral("service");
    auto report = LayerImporter::run(project, options);
    if (!report)
        FAIL((report.error().toString() + QStringLiteral("\n") + QString::fromUtf8(text))
                 .toStdString());
    return report->layerId;
}

void addFigure(Project &project, const QString &area, int period, const QString &variable,
               double value)
{
    auto stmt = project.db().prepare(
        "INSERT INTO geisep_area_figures (area_id, period, variable, value) VALUES ((SELECT id "
        "FROM geisep_areas WHERE name = ?), ?, ?, ?)");
    REQUIRE(stmt);
    stmt->bind(1, area).bind(2, period).bind(3, variable).bind(4, value);
    REQUIRE(stmt->exec());
}

// Three 1 km squares: Ağaçlı (0–1000), Bağlar (2000–3000) and Çınarlı (4000–5000, with a
// 200 m hole in its middle).
struct City
{
    test::TempDir dir;
    std::unique_ptr<Project> project;
    City()
    {
        project = test::newProject(dir.path(QStringLiteral("p.gpkg")));
        const QString text = QStringLiteral("wkt,name,district\n"
                                            "\"POLYGON (%1)\",Ağaçlı,Şahinbey\n"
                                            "\"POLYGON (%2)\",Bağlar,Şahinbey\n"
                                            "\"POLYGON (%3, %4)\",Çınarlı,Şehitkamil\n")
                                 .arg(square(0, 0, 1000, 1000), square(2000, 0, 3000, 1000),
                                      square(4000, 0, 5000, 1000), square(4400, 400, 4600, 600));
        importCsv(*project, dir, QStringLiteral("Mahalleler"), text.toUtf8(),
                  LayerRole::MuhtarDistrict);
        // A school in the middle of Ağaçlı, with 100 places; another far away.
        importCsv(*project, dir, QStringLiteral("Okullar"),
                  QStringLiteral("wkt,service,kapasite\n\"%1\",school,100\n\"%2\",school,50\n")
                      .arg(point(500, 500), point(20000, 20000))
                      .toUtf8(),
                  LayerRole::Infrastructure);
        // A bus route 1200 m up, along Bağlar: its 500 m buffer reaches 300 m into it.
        importCsv(*project, dir, QStringLiteral("Otobüs hattı"),
                  QStringLiteral("wkt,ad\n\"LINESTRING (%1 %2, %3 %2)\",Hat 12\n")
                      .arg(X0 + 1900, 0, 'f', 1)
                      .arg(Y0 + 1200, 0, 'f', 1)
                      .arg(X0 + 3100, 0, 'f', 1)
                      .toUtf8(),
                  LayerRole::Infrastructure, QStringLiteral("transit"));
        // Water served over the western half of Çınarlı (the hole's western half excluded).
        importCsv(*project, dir, QStringLiteral("Su şebekesi"),
                  QStringLiteral("wkt,ad\n\"POLYGON (%1)\",Şebeke\n")
                      .arg(square(3900, -100, 4500, 1100))
                      .toUtf8(),
                  LayerRole::Infrastructure, QStringLiteral("water"));
        for (const auto &[name, p21, p23, m21, m23] :
             {std::tuple{"Ağaçlı", 900.0, 1000.0, 50.0, 100.0},
              std::tuple{"Bağlar", 2000.0, 2000.0, 400.0, 500.0},
              std::tuple{"Çınarlı", 500.0, 500.0, 250.0, 250.0}}) {
            addFigure(*project, QString::fromUtf8(name), 2021, QStringLiteral("population"), p21);
            addFigure(*project, QString::fromUtf8(name), 2023, QStringLiteral("population"), p23);
            addFigure(*project, QString::fromUtf8(name), 2021, QStringLiteral("migrant_population"),
                      m21);
            addFigure(*project, QString::fromUtf8(name), 2023, QStringLiteral("migrant_population"),
                      m23);
        }
    }
    double result(qint64 run, const QString &area, const QString &category, const QString &variable)
    {
        auto stmt = project->db().prepare(
            "SELECT value FROM geisep_analysis_results WHERE run_id = ? AND area_id = (SELECT id "
            "FROM geisep_areas WHERE name = ?) AND coalesce(category, '') = ? AND variable = ?");
        stmt->bind(1, run).bind(2, area).bind(3, category).bind(4, variable);
        return stmt->step().value_or(false) ? stmt->real(0) : std::nan("");
    }
};

CoverageRequest coverageRequest()
{
    CoverageRequest r;
    r.areas = QStringLiteral("Mahalleler");
    r.facilities = {QStringLiteral("Okullar"), QStringLiteral("Otobüs hattı"),
                    QStringLiteral("Su şebekesi")};
    return r;
}

} // namespace

TEST_CASE("Coverage runs are stored with their results and gap layers", "[analysis][coverage]")
{
    City city;
    Project &project = *city.project;
    auto job = Coverage::prepare(project, coverageRequest());
    REQUIRE(job);
    REQUIRE(job->services.size() == 3);
    CHECK(job->services[0].name == u"school"); // planners' order: school, health, water, transit
    CHECK(job->services[1].name == u"water");
    CHECK(job->services[2].name == u"transit");
    auto rows = Coverage::compute(*job);
    REQUIRE(rows);
    REQUIRE(rows->size() == 9);
    auto stored = Coverage::store(project, *job, *rows);
    REQUIRE(stored);
    const qint64 run = stored->runId;
    const QString none;

    // The school's 1000 m circle holds all of Ağaçlı: 1,000 people covered.
    CHECK_THAT(city.result(run, QStringLiteral("Ağaçlı"), QStringLiteral("school"),
                           QStringLiteral("covered_share")),
               WithinAbs(1.0, 1e-12));
    CHECK_THAT(city.result(run, QStringLiteral("Ağaçlı"), QStringLiteral("school"),
                           QStringLiteral("covered_population")),
               WithinRel(1000.0, 1e-9));
    CHECK_THAT(city.result(run, QStringLiteral("Bağlar"), QStringLiteral("school"),
                           QStringLiteral("covered_share")),
               WithinAbs(0.0, 1e-12));
    // The line's buffer: the strip 700–1000 m of Bağlar, 300,000 m² (the round ends fall
    // outside it); 600 people of 2,000 spread evenly.
    CHECK_THAT(city.result(run, QStringLiteral("Bağlar"), QStringLiteral("transit"),
                           QStringLiteral("covered_m2")),
               WithinRel(300000.0, 1e-6));
    CHECK_THAT(city.result(run, QStringLiteral("Bağlar"), QStringLiteral("transit"),
                           QStringLiteral("covered_population")),
               WithinRel(600.0, 1e-6));
    // Distance from Bağlar's interior point to the line.
    CHECK(city.result(run, QStringLiteral("Bağlar"), QStringLiteral("transit"),
                      QStringLiteral("nearest_m"))
          > 200);
    // The given polygon: the west half of Çınarlı less the west half of its hole.
    CHECK_THAT(city.result(run, QStringLiteral("Çınarlı"), QStringLiteral("water"),
                           QStringLiteral("covered_m2")),
               WithinRel(480000.0, 1e-9));
    CHECK_THAT(city.result(run, QStringLiteral("Çınarlı"), QStringLiteral("water"),
                           QStringLiteral("area_m2")),
               WithinRel(960000.0, 1e-9));
    // The run's parameters say what was used.
    auto runs = Analyses::runs(project.db());
    REQUIRE(runs);
    REQUIRE(runs->size() == 1);
    const AnalysisRun &r = runs->first();
    CHECK(r.kind == u"coverage");
    CHECK(r.status == u"done");
    CHECK(r.parameters[QStringLiteral("distances")].toObject()[QStringLiteral("school")].toDouble()
          == 1000);
    CHECK(r.parameters[QStringLiteral("distances")].toObject()[QStringLiteral("transit")].toDouble()
          == 500);
    CHECK(r.parameters[QStringLiteral("period")].toInt() == 2023);
    CHECK(r.inputLayers.contains(QStringLiteral("Otobüs hattı")));
    CHECK(r.layers == stored->gapLayers);
    CHECK(Analyses::latestRun(project.db(), QStringLiteral("coverage"), job->areasLayer.id).value()
          == run);

    // One gap layer per service: Ağaçlı has no school gap, Bağlar's transit gap is 700,000 m².
    REQUIRE(stored->gapLayers.size() == 3);
    QHash<QString, LayerInfo> gaps;
    for (const LayerInfo &l : project.layers())
        if (stored->gapLayers.contains(l.id))
            gaps.insert(l.tableName, l);
    CHECK(gaps.size() == 3);
    for (const LayerInfo &l : gaps) {
        CHECK(l.geometryType == u"MULTIPOLYGON");
        CHECK(l.role == LayerRole::Reference);
    }
    auto gapOf = [&](const QString &service, const QString &area) {
        for (const LayerInfo &l : gaps) {
            auto stmt = project.db().prepareWith(
                "SELECT gap_m2 FROM %1 WHERE service = ? AND area LIKE ?",
                {*Identifier::make(l.tableName)});
            stmt->bind(1, service).bind(2, area + QStringLiteral("%"));
            if (stmt->step().value_or(false))
                return stmt->real(0);
        }
        return -1.0;
    };
    CHECK(gapOf(QStringLiteral("school"), QStringLiteral("Ağaçlı")) == -1.0);
    CHECK_THAT(gapOf(QStringLiteral("transit"), QStringLiteral("Bağlar")),
               WithinRel(700000.0, 1e-6));
    CHECK_THAT(gapOf(QStringLiteral("water"), QStringLiteral("Çınarlı")),
               WithinRel(480000.0, 1e-9));
    // GDAL reads the gap layers as GeoPackage layers.
    project.db().exec("PRAGMA wal_checkpoint(TRUNCATE)").value();
    CHECK(test::gdalValidate({project.path()}).isEmpty());

    // Removing the run takes its results and its gap layers out of the project.
    REQUIRE(Analyses::removeRun(project, run));
    CHECK(Analyses::runs(project.db()).value().isEmpty());
    CHECK(project.db().queryInt("SELECT count(*) FROM geisep_analysis_results").value() == 0);
    for (const LayerInfo &l : project.layers())
        CHECK_FALSE(stored->gapLayers.contains(l.id));
}

TEST_CASE("Coverage places population by a finer layer of counts", "[analysis][coverage]")
{
    City city;
    Project &project = *city.project;
    // Two blocks in Bağlar: 60 people in the strip the bus reaches, 40 below it.
    importCsv(project, city.dir, QStringLiteral("Yapı adaları"),
              QStringLiteral("wkt,people\n\"%1\",60\n\"%2\",40\n")
                  .arg(point(2500, 900), point(2500, 200))
                  .toUtf8(),
              LayerRole::Reference);
    CoverageRequest request = coverageRequest();
    request.finer = QStringLiteral("Yapı adaları");
    request.finerField = QStringLiteral("people");
    request.services = {QStringLiteral("transit")};
    request.gapLayers = false;
    auto job = Coverage::prepare(project, request);
    REQUIRE(job);
    auto rows = Coverage::compute(*job);
    REQUIRE(rows);
    REQUIRE(rows->size() == 3);
    // 2,000 people shared as 60:40 — 1,200 within reach, not 600 as an even spread gives.
    CHECK_THAT((*rows)[1].coveredPopulation, WithinRel(1200.0, 1e-9));
    CHECK_THAT((*rows)[1].coveredShare, WithinRel(0.3, 1e-6));
    // Ağaçlı has no block: its population stays spread evenly (no transit reaches it).
    CHECK((*rows)[0].coveredPopulation == 0);
    auto stored = Coverage::store(project, *job, *rows);
    REQUIRE(stored);
    CHECK(stored->gapLayers.isEmpty());
}

TEST_CASE("Coverage refuses bad requests, naming what to fix", "[analysis][coverage]")
{
    City city;
    Project &project = *city.project;
    const qint64 before = project.db().queryInt("SELECT count(*) FROM geisep_layers").value();
    CoverageRequest r = coverageRequest();
    r.areas = QStringLiteral("Yok böyle katman");
    auto job = Coverage::prepare(project, r);
    REQUIRE_FALSE(job);
    CHECK(job.error().message.contains(QStringLiteral("Yok böyle katman")));
    CHECK(job.error().hint.contains(QStringLiteral("Mahalleler")));

    r = coverageRequest();
    r.areas = QStringLiteral("Okullar");
    job = Coverage::prepare(project, r);
    REQUIRE_FALSE(job);
    CHECK(job.error().message.contains(QStringLiteral("Okullar")));

    r = coverageRequest();
    r.distances.insert(QStringLiteral("school"), 0);
    job = Coverage::prepare(project, r);
    REQUIRE_FALSE(job);
    CHECK(job.error().message.contains(QStringLiteral("school")));

    r = coverageRequest();
    r.distances.insert(QStringLiteral("hospital"), 800);
    job = Coverage::prepare(project, r);
    REQUIRE_FALSE(job);
    CHECK(job.error().message.contains(QStringLiteral("hospital")));
    CHECK(job.error().hint.contains(QStringLiteral("school")));

    r = coverageRequest();
    r.serviceField = QStringLiteral("tür");
    r.facilities = {QStringLiteral("Okullar")};
    job = Coverage::prepare(project, r);
    REQUIRE_FALSE(job);
    CHECK(job.error().message.contains(QStringLiteral("tür")));

    r = coverageRequest();
    r.period = 2019;
    job = Coverage::prepare(project, r);
    REQUIRE_FALSE(job);
    CHECK(job.error().hint.contains(QStringLiteral("2021, 2023")));

    // Nothing was written by any of them.
    CHECK(project.db().queryInt("SELECT count(*) FROM geisep_layers").value() == before);
    CHECK(project.db().queryInt("SELECT count(*) FROM geisep_analysis_runs").value() == 0);
}

TEST_CASE("Migration pressure normalises, weights and ranks its components", "[analysis]")
{
    City city;
    Project &project = *city.project;
    PressureRequest request;
    request.areas = QStringLiteral("Mahalleler");
    auto result = Pressure::compute(project, request);
    REQUIRE(result);
    CHECK(result->period == 2023);
    CHECK(result->fromPeriod == 2021);
    CHECK(result->coverageRun == 0);
    REQUIRE(result->notes.size() == 1); // no coverage run yet: the deficit is left out
    REQUIRE(result->rows.size() == 3);
    auto row = [&](const QString &name) {
        for (const PressureRow &r : result->rows)
            if (r.label.startsWith(name))
                return r;
        FAIL("no row");
        return PressureRow{};
    };
    const PressureRow a = row(QStringLiteral("Ağaçlı")), b = row(QStringLiteral("Bağlar")),
                      c = row(QStringLiteral("Çınarlı"));
    CHECK(a.label == u"Ağaçlı (Şahinbey)");
    CHECK_THAT(a.raw[0], WithinRel(10.0, 1e-12));
    CHECK_THAT(b.raw[1], WithinRel(500.0 / 1500 * 1000, 1e-12));
    CHECK_THAT(c.raw[1], WithinRel(1000.0, 1e-12));
    CHECK_THAT(a.raw[2], WithinRel((std::sqrt(2.0) - 1) * 100, 1e-9)); // 50 → 100 in two years
    CHECK_THAT(c.raw[2], WithinAbs(0.0, 1e-12));
    CHECK_THAT(c.raw[3], WithinRel(500 / 0.96, 1e-9)); // the hole is not lived in
    CHECK(std::isnan(a.raw[4]));
    // Min–max: share 10, 25, 50 → 0, 0.375, 1.
    CHECK_THAT(b.normalised[0], WithinRel(0.375, 1e-12));
    const double growthB = (std::sqrt(1.25) - 1) / (std::sqrt(2.0) - 1);
    CHECK_THAT(b.normalised[2], WithinRel(growthB, 1e-9));
    const double densityA = (1000 - 500 / 0.96) / (2000 - 500 / 0.96);
    CHECK_THAT(a.normalised[3], WithinRel(densityA, 1e-9));
    // Equal weights over the four known components.
    CHECK_THAT(a.score, WithinRel((0 + 0 + 1 + densityA) / 4 * 100, 1e-9));
    CHECK_THAT(b.score, WithinRel((0.375 + 0.25 + growthB + 1) / 4 * 100, 1e-9));
    CHECK_THAT(c.score, WithinRel(50.0, 1e-9));
    CHECK(result->rows[0].label.startsWith(QStringLiteral("Çınarlı")));
    CHECK(c.rank == 1);
    CHECK(b.rank == 2);
    CHECK(a.rank == 3);
    CHECK(c.klass > a.klass);

    // Growth alone puts Ağaçlı first.
    request.weights.w = {0, 0, 1, 0, 0};
    result = Pressure::compute(project, request);
    REQUIRE(result);
    CHECK(result->rows[0].label.startsWith(QStringLiteral("Ağaçlı")));

    // With a coverage run, the deficit comes in: Ağaçlı is wholly covered by its school.
    auto job = Coverage::prepare(project, coverageRequest());
    REQUIRE(job);
    auto rows = Coverage::compute(*job);
    REQUIRE(rows);
    const qint64 coverageRun = Coverage::store(project, *job, *rows).value().runId;
    request.weights = *PressureWeights::preset(QStringLiteral("services"));
    request.preset = QStringLiteral("services");
    result = Pressure::compute(project, request);
    REQUIRE(result);
    CHECK(result->coverageRun == coverageRun);
    CHECK(result->notes.isEmpty());
    // Ağaçlı: school 1, water 0, transit 0 → deficit (0 + 1 + 1) / 3.
    CHECK_THAT(row(QStringLiteral("Ağaçlı")).raw[4], WithinRel(200.0 / 3, 1e-9));
    // Bağlar: school 0, water 0, transit 0.3 → (1 + 1 + 0.7) / 3.
    CHECK_THAT(row(QStringLiteral("Bağlar")).raw[4], WithinRel(270.0 / 3, 1e-6));
    const qint64 run = Pressure::store(project, *result, QDateTime::currentDateTimeUtc()).value();
    CHECK_THAT(city.result(run, QStringLiteral("Çınarlı"), {}, QStringLiteral("score")),
               WithinRel(row(QStringLiteral("Çınarlı")).score, 1e-12));
    CHECK(city.result(run, QStringLiteral("Çınarlı"), {}, QStringLiteral("rank"))
          == row(QStringLiteral("Çınarlı")).rank);
    CHECK(
        Analyses::runs(project.db()).value().first().parameters[QStringLiteral("preset")].toString()
        == u"services");

    // Refused: every weight 0, a negative weight.
    request.weights.w = {0, 0, 0, 0, 0};
    CHECK_FALSE(Pressure::compute(project, request));
    request.weights.w = {1, -1, 0, 0, 0};
    CHECK_FALSE(Pressure::compute(project, request));
}

TEST_CASE("Projection grows each area's population and its needs", "[analysis]")
{
    City city;
    Project &project = *city.project;
    ProjectionRequest request;
    request.areas = QStringLiteral("Mahalleler");
    request.horizon = 2030;
    request.facilities = QStringLiteral("Okullar");
    auto result = Projection::compute(project, request);
    REQUIRE(result);
    CHECK(result->basePeriod == 2023);
    // Observed over the layer: 3,400 → 3,500 in two years.
    const double observed = (std::sqrt(3500.0 / 3400) - 1) * 100;
    CHECK_THAT(result->rates[1], WithinRel(observed, 1e-9));
    CHECK_THAT(result->rates[0], WithinRel(observed - 1, 1e-9));
    REQUIRE(result->rows.size() == 3);
    const ProjectionRow &a = result->rows[0];
    CHECK(a.label == u"Ağaçlı (Şahinbey)");
    const double p = 1000 * std::pow(1 + observed / 100, 7);
    CHECK_THAT(a.population[1], WithinRel(p, 1e-12));
    CHECK_THAT(a.schoolPlaces[1], WithinRel(p * 0.18, 1e-12));
    CHECK_THAT(a.greenM2[1], WithinRel(p * 10, 1e-12));
    CHECK_THAT(a.waterM3[1], WithinRel(p * 0.15, 1e-12));
    // 100 places in Ağaçlı's school; the far school is in no area.
    CHECK(a.schoolCapacity == 100);
    CHECK_THAT(a.schoolShortfall[1], WithinRel(p * 0.18 - 100, 1e-12));
    CHECK(result->rows[1].schoolCapacity == 0);

    // Rates set by the planner.
    request.low = 1;
    request.medium = 2;
    request.high = 3;
    request.standards.schoolAgeShare = 0.25;
    result = Projection::compute(project, request);
    REQUIRE(result);
    CHECK_THAT(result->rows[0].population[2], WithinRel(1000 * std::pow(1.03, 7), 1e-12));
    CHECK_THAT(result->rows[0].schoolPlaces[0], WithinRel(1000 * std::pow(1.01, 7) * 0.25, 1e-12));
    const qint64 run = Projection::store(project, *result, QDateTime::currentDateTimeUtc()).value();
    CHECK_THAT(city.result(run, QStringLiteral("Ağaçlı"), QStringLiteral("high"),
                           QStringLiteral("population")),
               WithinRel(1000 * std::pow(1.03, 7), 1e-12));
    const QList<QStringList> table = Projection::table(*result, u';', false);
    REQUIRE(table.size() == 1 + 9);
    CHECK(table[1][0] == u"Ağaçlı (Şahinbey)");
    CHECK(table[1][1] == u"Düşük");
    CHECK(table[1][2] == u"1,00");

    request.horizon = 2020;
    auto refused = Projection::compute(project, request);
    REQUIRE_FALSE(refused);
    CHECK(refused.error().message.contains(QStringLiteral("2020")));
}

TEST_CASE("Pressure and projection compute from a prepared job, on another thread, with the "
          "project closed",
          "[analysis]")
{
    City city;
    PressureRequest pressure;
    pressure.areas = QStringLiteral("Mahalleler");
    ProjectionRequest projection;
    projection.areas = QStringLiteral("Mahalleler");
    projection.horizon = 2030;
    projection.facilities = QStringLiteral("Okullar");
    const auto inOne = Pressure::compute(*city.project, pressure);
    const auto projectedInOne = Projection::compute(*city.project, projection);
    REQUIRE(inOne);
    REQUIRE(projectedInOne);
    auto job = Pressure::prepare(*city.project, pressure);
    auto projectionJob = Projection::prepare(*city.project, projection);
    REQUIRE(job);
    REQUIRE(projectionJob);
    city.project.reset(); // computing reads nothing of it
    PressureResult result;
    ProjectionResult projected;
    std::thread worker([&] {
        result = Pressure::compute(*job);
        projected = Projection::compute(*projectionJob);
    });
    worker.join();
    REQUIRE(result.rows.size() == inOne->rows.size());
    for (std::size_t i = 0; i < result.rows.size(); ++i) {
        CHECK(result.rows[i].label == inOne->rows[i].label);
        CHECK(result.rows[i].rank == inOne->rows[i].rank);
        CHECK_THAT(result.rows[i].score, WithinAbs(inOne->rows[i].score, 1e-12));
        CHECK(result.rows[i].smallCell == inOne->rows[i].smallCell);
    }
    CHECK(result.notes == inOne->notes);
    REQUIRE(projected.rows.size() == projectedInOne->rows.size());
    for (std::size_t i = 0; i < projected.rows.size(); ++i) {
        CHECK(projected.rows[i].label == projectedInOne->rows[i].label);
        CHECK(projected.rows[i].schoolShortfall[1] == projectedInOne->rows[i].schoolShortfall[1]);
        CHECK_THAT(projected.rows[i].population[2],
                   WithinAbs(projectedInOne->rows[i].population[2], 1e-9));
    }
    // Ağaçlı's school: 100 places.
    CHECK(projected.rows.front().schoolCapacity == 100);
}

TEST_CASE("The synthetic city is the same for a seed, and the methods agree on it",
          "[analysis][coverage]")
{
    const SyntheticCity a = generateCity(400, 200, 7), b = generateCity(400, 200, 7);
    REQUIRE(a.areas.featureCount() > 390);
    CHECK(a.areas.xy == b.areas.xy);
    CHECK(a.services[0].points == b.services[0].points);
    // The cells tile the 60 km square: their areas add up to it.
    double total = 0;
    for (std::size_t f = 0; f < a.areas.featureCount(); ++f)
        total += featureArea(a.areas, f);
    CHECK_THAT(total, WithinRel(60000.0 * 60000.0, 1e-9));

    CoverageOptions one;
    one.threads = 1;
    auto single = computeCoverage(a.areas, a.services, one);
    CoverageOptions two;
    two.threads = 2;
    auto parallel = computeCoverage(a.areas, a.services, two);
    CoverageOptions naive;
    naive.indexed = false;
    auto plain = computeCoverage(a.areas, a.services, naive);
    REQUIRE(single);
    REQUIRE(parallel);
    REQUIRE(plain);
    REQUIRE(single->size() == a.areas.featureCount() * 4);
    for (std::size_t i = 0; i < single->size(); ++i) {
        CHECK((*single)[i].coveredM2 == (*parallel)[i].coveredM2);
        CHECK_THAT((*single)[i].coveredM2,
                   WithinAbs((*plain)[i].coveredM2, 1e-6 * (*plain)[i].areaM2 + 1e-6));
    }
}

TEST_CASE("Every result an analysis stores has a title in both languages, never its code",
          "[analysis][labels]")
{
    City city;
    Project &project = *city.project;
    auto coverage = Coverage::prepare(project, coverageRequest());
    REQUIRE(coverage);
    REQUIRE(Coverage::store(project, *coverage, Coverage::compute(*coverage).value()));
    PressureRequest pressure;
    pressure.areas = QStringLiteral("Mahalleler");
    REQUIRE(Pressure::store(project, Pressure::compute(project, pressure).value(),
                            QDateTime::currentDateTimeUtc()));
    ProjectionRequest projection;
    projection.areas = QStringLiteral("Mahalleler");
    projection.horizon = 2030;
    projection.facilities = QStringLiteral("Okullar");
    REQUIRE(Projection::store(project, Projection::compute(project, projection).value(),
                              QDateTime::currentDateTimeUtc()));

    // Each field a style, a legend or a page can be coloured by, as the window names them.
    auto stmt = project.db().prepare(
        "SELECT DISTINCT r.kind, x.variable, coalesce(x.category, '') FROM "
        "geisep_analysis_results x JOIN geisep_analysis_runs r ON r.id = x.run_id");
    REQUIRE(stmt);
    QStringList fields;
    REQUIRE(stmt->forEachRow([&] {
        QString field = QStringLiteral("analysis.%1.%2").arg(stmt->text(0), stmt->text(1));
        if (!stmt->text(2).isEmpty())
            field += u'.' + stmt->text(2);
        fields << field;
    }));
    CHECK(fields.size() > 30);
    for (const QString &field : fields) {
        const QStringList parts = field.split(u'.');
        INFO(field.toStdString());
        for (const QString &title :
             {LayerStyle::fieldTitle(field), PrintWords{true}.fieldTitle(field),
              PrintWords{false}.fieldTitle(field)}) {
            INFO(title.toStdString());
            CHECK_FALSE(title.isEmpty());
            CHECK_FALSE(title.contains(u'_'));
            // Not the code, nor the fallbacks that spell it out ("projection school_shortfall
            // medium" on an atlas page, "area_m2 · health" in the style dialog).
            CHECK(title != parts[2]);
            CHECK_FALSE(title.startsWith(parts[1]));
            CHECK_FALSE(title.contains(QStringLiteral(" · ")));
            CHECK_FALSE(title.contains(u"analysis"));
        }
    }

    // One registry: the window says what paper says, in the window's language.
    const QLocale before;
    fields << QStringLiteral("figure.migrant_population") << QStringLiteral("derived.density")
           << QStringLiteral("plan.goals.3") << QStringLiteral("plan.unplanned.20")
           << QStringLiteral("field.gap_share");
    for (const bool turkish : {true, false}) {
        QLocale::setDefault(turkish ? QLocale(QLocale::Turkish, QLocale::Turkey)
                                    : QLocale(QLocale::English, QLocale::UnitedKingdom));
        for (const QString &field : fields) {
            INFO(field.toStdString());
            CHECK(LayerStyle::fieldTitle(field) == PrintWords{turkish}.fieldTitle(field));
        }
        CHECK(serviceTitle(QStringLiteral("health"))
              == (turkish ? u"Sağlık merkezi" : u"Health centre"));
        CHECK(pressureComponentTitle(PressureComponent::Growth)
              == (turkish ? u"Göçmen artışı (yıllık %)" : u"Migrant growth (% a year)"));
    }
    QLocale::setDefault(before);
    CHECK(PrintWords{true}.fieldTitle(QStringLiteral("plan.unplanned.20"))
          == u"Planlanmamış alanlar (göçmen payı ≥ %20)");
    CHECK(PrintWords{false}.fieldTitle(QStringLiteral("plan.goals.3"))
          == u"Goals of sector 3 reaching the area");
}
