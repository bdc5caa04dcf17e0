// Charts: the numbers from the project against a hand-worked case, a small migrant count left
// out of the chart's data, the bars where they belong in pixels, and the words in a PDF.
#include "core/plan/progress.h"
#include "gis/analysis/analysis.h"
#include "gis/analysis/chart.h"
#include "gis/io/importer.h"
#include "tests/support/support.h"

#include <QImage>
#include <QPainter>
#include <QPdfWriter>

#include <catch2/catch.hpp>

#include <cmath>
#include <map>

using namespace geisep;

namespace {

// Gaziantep's nine districts as an area layer, each area its own district; figures for three.
std::unique_ptr<Project> districtAreas(const test::TempDir &dir, qint64 &layerId)
{
    auto project = test::newProject(dir.path(QStringLiteral("p.gpkg")));
    ImportOptions areas;
    areas.path = test::dataFile(QStringLiteral("tr_4prov_ilce.geojson.gz"));
    areas.role = LayerRole::MuhtarDistrict;
    areas.name = QStringLiteral("Alanlar");
    areas.where = QStringLiteral("cityId = 27");
    auto report = LayerImporter::run(*project, areas);
    REQUIRE(report);
    layerId = report->layerId;
    Database &db = project->db();
    REQUIRE(db.exec("UPDATE geisep_areas SET district = name"));
    // Şahinbey 100 of 1,000 (10 %), Şehitkamil 150 + 50 of 4,000 (5 %, two areas' worth in
    // one), Nizip 6 of 500: too few to publish.
    REQUIRE(db.exec(
        "INSERT INTO geisep_area_figures (area_id, period, variable, value) SELECT id, 2023, "
        "'population', CASE name WHEN 'Şahinbey' THEN 1000 WHEN 'Şehitkamil' THEN 4000 ELSE 500 "
        "END FROM geisep_areas WHERE name IN ('Şahinbey', 'Şehitkamil', 'Nizip');"
        "INSERT INTO geisep_area_figures (area_id, period, variable, value) SELECT id, 2023, "
        "'migrant_population', CASE name WHEN 'Şahinbey' THEN 100 WHEN 'Şehitkamil' THEN 200 "
        "ELSE 6 END FROM geisep_areas WHERE name IN ('Şahinbey', 'Şehitkamil', 'Nizip');"
        // An older year with migrants only: not the year the chart takes.
        "INSERT INTO geisep_area_figures (area_id, period, variable, value) SELECT id, 2022, "
        "'migrant_population', 999 FROM geisep_areas WHERE name = 'Nizip';"));
    return project;
}

int pixelsOf(const QImage &image, const QColor &color, int fromY = 0, int toY = -1)
{
    int n = 0;
    for (int y = fromY; y < (toY < 0 ? image.height() : toY); ++y)
        for (int x = 0; x < image.width(); ++x)
            n += image.pixelColor(x, y) == color;
    return n;
}

} // namespace

TEST_CASE("The migrants' share by district: sums over the areas of the latest year, sorted, a "
          "small count hidden",
          "[chart]")
{
    test::TempDir dir;
    qint64 layer = 0;
    auto project = districtAreas(dir, layer);
    const PrintWords turkish{true};
    auto chart = Charts::migrantShareByDistrict(project->db(), layer, turkish);
    REQUIRE(chart);
    CHECK(chart->title == u"İlçelere göre göçmenlerin nüfusa oranı, 2023");
    CHECK(chart->categories
          == QStringList{QStringLiteral("Şahinbey"), QStringLiteral("Şehitkamil"),
                         QStringLiteral("Nizip")});
    REQUIRE(chart->series.size() == 1);
    const Chart::Series &share = chart->series[0];
    CHECK(share.values[0] == Approx(10.0));
    CHECK(share.values[1] == Approx(5.0));
    // Nizip's 6 migrants: hidden, and its share (1.2 %) nowhere in the chart's numbers.
    CHECK(share.hidden == std::vector<bool>{false, false, true});
    CHECK(std::isnan(share.values[2]));
    CHECK(chart->hiddenText == u"<10");
    REQUIRE(chart->notes.size() == 2);
    CHECK(chart->notes[0] == u"Kaynak: alan verileri, 2023.");
    CHECK(chart->notes[1].startsWith(u"<10: kişisel verilerin korunması"));

    // Drawn: two blue bars, Şahinbey's twice as long as Şehitkamil's, none for Nizip.
    QImage image(800, 500, QImage::Format_RGB32);
    image.fill(Qt::white);
    {
        QPainter painter(&image);
        painter.setRenderHint(QPainter::Antialiasing, false);
        drawChart(painter, QRectF(0, 0, 800, 500), *chart, turkish, 9.0);
    }
    const QColor blue = chartColor(0);
    CHECK(blue == QColor(0x00, 0x72, 0xb2));
    std::vector<int> rows; // rows with blue in them, top to bottom
    std::vector<int> lengths;
    for (int y = 0; y < image.height(); ++y) {
        const int n = pixelsOf(image, blue, y, y + 1);
        if (n > 0 && (rows.empty() || y > rows.back() + 1)) {
            rows.push_back(y);
            lengths.push_back(n);
        } else if (n > 0) {
            rows.back() = y;
            lengths.back() = std::max(lengths.back(), n);
        }
    }
    REQUIRE(lengths.size() == 2); // the legend has no swatch for one series; Nizip no bar
    CHECK(double(lengths[0]) / lengths[1] == Approx(2.0).epsilon(0.03));

    // In a PDF, the words are text: title, districts, the hidden count's mark.
    const QString pdf = dir.path(QStringLiteral("grafik.pdf"));
    {
        QPdfWriter writer(pdf);
        writer.setResolution(300);
        QPainter painter(&writer);
        drawChart(painter, QRectF(0, 0, writer.width(), writer.height() / 2.0), *chart, turkish,
                  9.0);
    }
    const auto text = test::run(QStringLiteral("pdftotext"), {pdf, QStringLiteral("-")});
    REQUIRE(text.exitCode == 0);
    for (const char16_t *word : {u"Şahinbey", u"Şehitkamil", u"Nizip", u"<10", u"%10",
                                 u"100 kişide göçmen", u"İlçelere göre"})
        CHECK(text.out.contains(QString::fromUtf16(word)));
    CHECK_FALSE(text.out.contains(u"%1,2"));
}

TEST_CASE("An indicator over the years: baseline and actual values, the target line, the "
          "progress status",
          "[chart]")
{
    test::TempDir dir;
    auto project = test::newProject(dir.path(QStringLiteral("p.gpkg")));
    Database &db = project->db();
    REQUIRE(db.exec(
        "INSERT INTO geisep_goals (sector_id, title_tr) VALUES ((SELECT min(id) FROM "
        "geisep_sectors), 'Okullaşma');"
        "INSERT INTO geisep_objectives (goal_id, title_tr) VALUES (1, 'Kayıt');"
        "INSERT INTO geisep_indicators (objective_id, name_tr, name_en, unit, kind) VALUES (1, "
        "'Okula kayıtlı göçmen çocuk oranı', 'Enrolment of migrant children', '%', 'percent');"
        "INSERT INTO geisep_indicator_values (indicator_id, area_id, period, kind, value) VALUES "
        "(1, NULL, 2023, 'baseline', 40), (1, NULL, 2024, 'actual', 46), (1, NULL, 2025, "
        "'actual', 52), (1, NULL, 2027, 'target', 70);"));
    const PrintWords turkish{true};
    auto chart = Charts::indicatorTrend(db, 1, 0, turkish);
    REQUIRE(chart);
    CHECK(chart->kind == Chart::Kind::Lines);
    CHECK(chart->title == u"Okula kayıtlı göçmen çocuk oranı");
    CHECK(chart->categories
          == QStringList{QStringLiteral("2023"), QStringLiteral("2024"), QStringLiteral("2025"),
                         QStringLiteral("2026"), QStringLiteral("2027")});
    REQUIRE(chart->series.size() == 1);
    const auto &v = chart->series[0].values;
    CHECK(v[0] == 40.0);
    CHECK(v[1] == 46.0);
    CHECK(v[2] == 52.0);
    CHECK(std::isnan(v[3]));
    CHECK(std::isnan(v[4]));
    REQUIRE(chart->target);
    CHECK(*chart->target == 70.0);
    CHECK(chart->targetLabel == u"Hedef (2027)");
    // (52/40)^(1/2) − 1 = 14.0 % a year against (70/40)^(1/4) − 1 = 15.0 % needed: R = 0.93.
    const Progress expected = assessProgress({40, 2023, 70, 2027, 52, 2025});
    CHECK(expected.status == ProgressStatus::NeedsAcceleration);
    CHECK(chart->subtitle == turkish.progress(ProgressStatus::NeedsAcceleration));
    CHECK(Charts::indicatorTrend(db, 1, 0, PrintWords{false})->title
          == u"Enrolment of migrant children");
    // An area without values of its own has nothing to draw; an unknown indicator is refused.
    CHECK(Charts::indicatorTrend(db, 1, 12345, turkish)->empty());
    CHECK_FALSE(Charts::indicatorTrend(db, 99, 0, turkish));

    // Drawn: the line in blue across the first three years, the target dashed in ink.
    QImage image(600, 400, QImage::Format_RGB32);
    image.fill(Qt::white);
    {
        QPainter painter(&image);
        drawChart(painter, QRectF(0, 0, 600, 400), *chart, turkish, 9.0);
    }
    int left = image.width(), right = 0;
    for (int y = 0; y < image.height(); ++y)
        for (int x = 0; x < image.width(); ++x)
            if (image.pixelColor(x, y) == chartColor(0) && y > 120) { // below the legend
                left = std::min(left, x);
                right = std::max(right, x);
            }
    REQUIRE(right > left);
    // Five years across the plot; the line spans the first three: about half its width.
    const double span = double(right - left);
    CHECK(span > 0.3 * 600);
    CHECK(span < 0.6 * 600);
}

TEST_CASE("The pressure chart: each bar the components' parts of the score, a small count's "
          "rates hidden",
          "[chart][privacy]")
{
    test::TempDir dir;
    qint64 layer = 0;
    auto project = districtAreas(dir, layer);
    Database &db = project->db();
    const PrintWords turkish{true};
    // No run yet: an empty chart that says so.
    auto none = Charts::pressureTop(db, layer, 10, turkish);
    REQUIRE(none);
    CHECK(none->empty());
    REQUIRE(none->notes.size() == 1);

    PressureRequest request;
    request.areas = QStringLiteral("Alanlar");
    auto result = Pressure::compute(*project, request);
    REQUIRE(result);
    REQUIRE(Pressure::store(*project, *result, QDateTime::currentDateTimeUtc()));
    auto chart = Charts::pressureTop(db, layer, 10, turkish);
    REQUIRE(chart);
    CHECK(chart->stacked);
    // The three areas with a migrant share, by rank.
    CHECK(chart->categories
          == QStringList{QStringLiteral("Şahinbey (Şahinbey)"),
                         QStringLiteral("Şehitkamil (Şehitkamil)"),
                         QStringLiteral("Nizip (Nizip)")});
    // Şahinbey has the highest share (10 %) and migrants per 1,000 hosts (111): each normalised
    // to 1, each a third of its score with the density (growth and deficit unknown).
    std::map<QString, const Chart::Series *> series;
    for (const Chart::Series &s : chart->series)
        series[s.name] = &s;
    REQUIRE(series.contains(QStringLiteral("Göçmen oranı (%)")));
    REQUIRE(series.contains(QStringLiteral("Ev sahibi 1.000 kişi başına göçmen")));
    CHECK(series[QStringLiteral("Göçmen oranı (%)")]->values[0] == Approx(100.0 / 3));
    CHECK(series[QStringLiteral("Ev sahibi 1.000 kişi başına göçmen")]->values[0]
          == Approx(100.0 / 3));
    // The parts add up to the stored score, area by area.
    for (std::size_t i = 0; i < 2; ++i) {
        double sum = 0;
        for (const Chart::Series &s : chart->series)
            if (std::isfinite(s.values[i]))
                sum += s.values[i];
        const PressureRow &row = result->rows[i];
        INFO(row.label.toStdString());
        CHECK(sum == Approx(row.score));
    }
    // Nizip's 6 migrants: the parts from migrant counts hidden, not their values.
    for (const Chart::Series &s : chart->series) {
        const bool fromMigrants = s.name == u"Göçmen oranı (%)"
                                  || s.name == u"Ev sahibi 1.000 kişi başına göçmen"
                                  || s.name.startsWith(u"Göçmen artışı");
        INFO(s.name.toStdString());
        CHECK(s.hidden[2] == fromMigrants);
        if (fromMigrants)
            CHECK(std::isnan(s.values[2]));
    }
    CHECK(chart->notes.last().startsWith(u"<10: kişisel verilerin korunması"));
    // The top 2 only.
    CHECK(Charts::pressureTop(db, layer, 2, turkish)->categories.size() == 2);
}

TEST_CASE("Coverage and projection charts from the stored runs, for the layer or some areas",
          "[chart]")
{
    test::TempDir dir;
    qint64 layer = 0;
    auto project = districtAreas(dir, layer);
    Database &db = project->db();
    // A coverage run by hand: Şahinbey 600 of 1,000 within reach of a school, Şehitkamil 1,000
    // of 4,000; everyone within reach of a health centre.
    REQUIRE(db.exec(
        "INSERT INTO geisep_analysis_runs (kind, parameters, started) VALUES ('coverage', "
        "'{\"period\":2023,\"population\":\"population\"}', '2026-12-06');"
        "INSERT INTO geisep_analysis_results (run_id, area_id, category, variable, value) "
        "SELECT 1, id, 'school', 'covered_population', CASE name WHEN 'Şahinbey' THEN 600 ELSE "
        "1000 END FROM geisep_areas WHERE name IN ('Şahinbey', 'Şehitkamil');"
        "INSERT INTO geisep_analysis_results (run_id, area_id, category, variable, value) "
        "SELECT 1, id, 'health', 'covered_population', CASE name WHEN 'Şahinbey' THEN 1000 ELSE "
        "4000 END FROM geisep_areas WHERE name IN ('Şahinbey', 'Şehitkamil');"));
    const PrintWords english{false};
    auto whole = Charts::coverageByService(db, layer, {}, english);
    REQUIRE(whole);
    CHECK(whole->categories
          == QStringList{QStringLiteral("School"), QStringLiteral("Health centre")});
    REQUIRE(whole->series.size() == 1);
    CHECK(whole->series[0].values[0] == Approx(100.0 * 1600 / 5000));
    CHECK(whole->series[0].values[1] == Approx(100.0));
    const qint64 sahinbey
        = db.queryInt("SELECT id FROM geisep_areas WHERE name = 'Şahinbey'").value();
    auto one = Charts::coverageByService(db, layer, {sahinbey}, english);
    REQUIRE(one);
    CHECK(one->series[0].values[0] == Approx(60.0));

    // A projection: 1,000 + 4,000 + 500 people in 2023 at 1, 2 and 4 % a year to 2025.
    ProjectionRequest request;
    request.areas = QStringLiteral("Alanlar");
    request.horizon = 2025;
    request.low = 1;
    request.medium = 2;
    request.high = 4;
    auto result = Projection::compute(*project, request);
    REQUIRE(result);
    REQUIRE(Projection::store(*project, *result, QDateTime::currentDateTimeUtc()));
    auto projected = Charts::projection(db, layer, {}, english);
    REQUIRE(projected);
    CHECK(projected->categories
          == QStringList{QStringLiteral("2023"), QStringLiteral("2024"), QStringLiteral("2025")});
    REQUIRE(projected->series.size() == 3);
    CHECK(projected->series[0].values[0] == Approx(5500));
    CHECK(projected->series[0].values[2] == Approx(5500 * 1.01 * 1.01));
    CHECK(projected->series[1].values[1] == Approx(5500 * 1.02));
    CHECK(projected->series[2].values[2] == Approx(5500 * 1.04 * 1.04));
    CHECK(projected->series[1].name == u"Medium (2.0%)");
    auto mine = Charts::projection(db, layer, {sahinbey}, english);
    REQUIRE(mine);
    CHECK(mine->series[2].values[2] == Approx(1000 * 1.04 * 1.04));

    // The indicator a layout names, through the Turkish folding function.
    REQUIRE(db.exec(
        "INSERT INTO geisep_goals (sector_id, title_tr) VALUES ((SELECT min(id) FROM "
        "geisep_sectors), 'Okullaşma');"
        "INSERT INTO geisep_objectives (goal_id, title_tr) VALUES (1, 'Kayıt');"
        "INSERT INTO geisep_indicators (objective_id, name_tr, kind) VALUES (1, 'Boş gösterge', "
        "'count'), (1, 'Okula kayıt oranı', 'percent');"
        "INSERT INTO geisep_indicator_values (indicator_id, area_id, period, kind, value) VALUES "
        "(2, NULL, 2023, 'baseline', 40);"));
    CHECK(Charts::findIndicator(db, QStringLiteral("OKULA KAYIT ORANI")).value() == 2);
    CHECK(Charts::findIndicator(db, QStringLiteral("okula kayit orani")).value() == 2);
    CHECK(Charts::findIndicator(db, QString()).value() == 2); // the first with values
    CHECK(Charts::findIndicator(db, QStringLiteral("yok")).value() == 0);
}
