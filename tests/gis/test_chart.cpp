// Charts: the numbers from the project against a hand-worked case, a small migrant count left
// out of the chart's data, the bars where they belong in pixels, and the words in a PDF.
#include "core/progress.h"
#include "gis/chart.h"
#include "gis/importer.h"
#include "tests/support/support.h"

#include <QImage>
#include <QPainter>
#include <QPdfWriter>

#include <catch2/catch.hpp>

#include <cmath>

using namespace geisep;

namespace {

// Gaziantep's nine districts as an area layer, each area its own district; figures for three.
std::unique_ptr<Project> districtAreas(const test::TempDir &dir, qint64 &layerId)
{
    auto project = test::newProject(dir.path(QStringLiteral("p.gpkg")));
    ImportOptions areas;
    areas.path = test::dataFile(QStringLiteral("tr_4prov_ilce.geojson.gz"));
    areas.role = QStringLiteral("muhtar_district");
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
