// The Analiz menu's dialogs and the CLI's analyze command, as a planner uses them (issue 6).
#include "app/analysis/analysisdialog.h"
#include "app/mainwindow.h"
#include "app/map/mapcanvas.h"
#include "app/session.h"
#include "gis/analysis/analysis.h"
#include "gis/io/spreadsheet.h"
#include "gis/map/renderer.h"
#include "tests/app/fixtures.h"
#include "tests/app/guards.h"
#include "tests/support/support.h"

#include <QComboBox>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QListWidget>
#include <QRegularExpression>
#include <QSlider>
#include <QSpinBox>
#include <QTableWidget>
#include <QTest>
#include <QUndoStack>

#include <catch2/catch.hpp>

using namespace geisep;

namespace {

struct AnalysisWindow
{
    test::TempDir dir;
    test::MessageCapture messages; // import reports, and the errors a test provokes
    MainWindow window;
    qint64 mahalle = 0;

    AnalysisWindow()
    {
        window.setLanguage(QStringLiteral("en"));
        REQUIRE(window.createProject(dir.path(QStringLiteral("p.gpkg")), QStringLiteral("P"),
                                     QStringLiteral("Gaziantep"), 5256));
        test::importSahinbey(window);
        for (const LayerInfo &l : window.session()->project().layers())
            if (l.name == u"Mahalleler")
                mahalle = l.id;
        // Figures for every mahalle: 1,000 people and 100 more for each tenth of its fid.
        REQUIRE(db().exec("INSERT INTO geisep_area_figures (area_id, period, variable, value) "
                          "SELECT id, 2023, 'population', 1000 + 100 * (fid % 10) FROM "
                          "geisep_areas"));
        REQUIRE(db().exec("INSERT INTO geisep_area_figures (area_id, period, variable, value) "
                          "SELECT id, 2023, 'migrant_population', 10 * (fid % 13) FROM "
                          "geisep_areas"));
        // Two schools and a health centre inside İnönü and Karataş.
        const QPointF inonu = inside(QStringLiteral("İnönü Mh.")),
                      karatas = inside(QStringLiteral("Karataş Mh."));
        const QString csv = dir.path(QStringLiteral("tesisler.csv"));
        QFile file(csv);
        REQUIRE(file.open(QIODevice::WriteOnly));
        file.write(QStringLiteral("wkt,ad,service,kapasite\n"
                                  "\"POINT (%1 %2)\",İnönü İlkokulu,school,400\n"
                                  "\"POINT (%3 %4)\",Karataş Ortaokulu,school,600\n"
                                  "\"POINT (%3 %4)\",Karataş ASM,health,\n")
                       .arg(inonu.x(), 0, 'f', 2)
                       .arg(inonu.y(), 0, 'f', 2)
                       .arg(karatas.x(), 0, 'f', 2)
                       .arg(karatas.y(), 0, 'f', 2)
                       .toUtf8());
        file.close();
        ImportOptions facilities;
        facilities.path = csv;
        facilities.role = LayerRole::Infrastructure;
        facilities.name = QStringLiteral("Tesisler");
        facilities.sourceEpsg = 5256;
        facilities.serviceField = QStringLiteral("service");
        REQUIRE(window.importLayer(facilities));
        window.resize(1280, 800);
        window.show();
        REQUIRE(QTest::qWaitForWindowExposed(&window));
        REQUIRE(window.canvas()->waitForFrame());
    }
    Database &db() { return window.session()->project().db(); }
    std::shared_ptr<const MapLayer> layer() { return window.canvas()->layer(mahalle); }
    qint64 fidOf(const QString &name)
    {
        auto stmt = db().prepare("SELECT fid FROM geisep_areas WHERE layer_id = ? AND name = ?");
        stmt->bind(1, mahalle).bind(2, name);
        REQUIRE(stmt->step().value());
        return stmt->int64(0);
    }
    QPointF inside(const QString &name)
    {
        const auto l = window.canvas()->layer(mahalle);
        return l->geometry->labelPoints[*l->geometry->indexOfFid(fidOf(name))];
    }
    QStringList layerNames()
    {
        QStringList names;
        for (const LayerInfo &l : window.session()->project().layers())
            names << l.name;
        return names;
    }
};

} // namespace

TEST_CASE("Analysis dialogs run, store, map and list their runs", "[analysis][window]")
{
    AnalysisWindow w;
    QUndoStack *undo = w.window.session()->undoStack();
    const int undoBefore = undo->count();

    // Coverage: schools within 500 m, health within 1,000 m.
    std::unique_ptr<AnalysisDialog> coverage(
        w.window.makeAnalysisDialog(AnalysisDialog::Kind::Coverage));
    REQUIRE(coverage);
    // Nothing read from the project before the dialog shows.
    CHECK(coverage->findChild<QComboBox *>(QStringLiteral("areas"))->count() == 0);
    CHECK_FALSE(coverage->findChild<QListWidget *>(QStringLiteral("facilities")));
    coverage->show();
    CHECK(coverage->findChild<QComboBox *>(QStringLiteral("areas"))->currentText()
          == u"Mahalleler");
    coverage->setDistance(QStringLiteral("school"), 500);
    REQUIRE(coverage->run());
    const qint64 areas = w.layer()->geometry->featureCount();
    CHECK(coverage->results()->rowCount() == 2 * areas); // school, health
    CHECK(coverage->results()->horizontalHeaderItem(0)->text() == u"Area");
    CHECK(coverage->findChild<QLabel *>(QStringLiteral("status"))
              ->text()
              .contains(QStringLiteral("2 gap layer(s)")));
    // The map shows the school coverage; İnönü's school covers all of a small mahalle or part
    // of a large one, never none.
    CHECK(w.layer()->style.field == u"analysis.coverage.covered_share.school");
    CHECK(w.layer()->style.kind == LayerStyle::Kind::Graduated);
    const std::size_t inonu
        = *w.layer()->geometry->indexOfFid(w.fidOf(QStringLiteral("İnönü Mh.")));
    CHECK(w.layer()->values[inonu] > 0);
    CHECK(w.layer()->values[inonu] <= 100);
    std::size_t none = 0;
    for (double v : w.layer()->values)
        none += v == 0;
    CHECK(none > std::size_t(areas) / 2); // two schools reach few of Şahinbey's mahalle
    // Drawn: İnönü's interior in its class colour.
    w.window.canvas()->zoomToExtent(w.layer()->geometry->boxes[inonu]);
    REQUIRE(w.window.canvas()->waitForFrame());
    // Below the label (drawn at the interior point) and the school marker on it.
    const QPointF at
        = w.window.canvas()->viewport().toScreen(w.inside(QStringLiteral("İnönü Mh.")).x(),
                                                 w.inside(QStringLiteral("İnönü Mh.")).y())
          + QPointF(0, 60);
    const QImage shot = w.window.canvas()->grab().toImage();
    INFO(shot.pixelColor(at.toPoint()).name().toStdString()
         << " vs " << w.layer()->featureColor(inonu).name().toStdString() << " at " << at.x() << ","
         << at.y() << " of " << shot.width() << "x" << shot.height());
    CHECK(shot.pixelColor(at.toPoint()) == w.layer()->featureColor(inonu));
    // The gap layers are in the layer list, the schools' shown and the health centre's hidden.
    const QStringList names = w.layerNames();
    CHECK(names.contains(QStringLiteral("Coverage gaps: School (run 1)")));
    CHECK(names.contains(QStringLiteral("Coverage gaps: Health centre (run 1)")));
    // The inspector shows the area's coverage.
    REQUIRE(w.window.identifyFeature(w.mahalle, w.fidOf(QStringLiteral("İnönü Mh."))));
    CHECK(w.window.inspectorText().contains(QStringLiteral("Coverage")));
    CHECK(w.window.inspectorText().contains(QStringLiteral("School")));
    CHECK(w.window.inspectorText().contains(QStringLiteral("of the area")));
    // The recolouring is one undo step.
    CHECK(undo->count() == undoBefore + 1);
    undo->undo();
    CHECK(w.layer()->style.field != u"analysis.coverage.covered_share.school");
    undo->redo();

    // Pressure: the services preset, then a slider moved by hand makes the weights the
    // planner's own; the top 5 are listed.
    std::unique_ptr<AnalysisDialog> pressure(
        w.window.makeAnalysisDialog(AnalysisDialog::Kind::Pressure));
    pressure->show();
    auto *preset = pressure->findChild<QComboBox *>(QStringLiteral("preset"));
    pressure->setPreset(QStringLiteral("services"));
    CHECK(pressure->findChild<QSlider *>(QStringLiteral("weight_coverage_deficit"))->value() == 6);
    pressure->setWeight(0, 4);
    CHECK(preset->currentData().toString() == u"custom");
    pressure->setTopCount(5);
    REQUIRE(pressure->run());
    CHECK(pressure->results()->rowCount() == 5);
    CHECK(pressure->results()->item(0, 0)->text() == u"1");
    CHECK(pressure->results()->item(4, 0)->text() == u"5");
    CHECK(w.layer()->style.field == u"analysis.pressure.score");
    REQUIRE(w.window.identifyFeature(w.mahalle, w.fidOf(QStringLiteral("İnönü Mh."))));
    CHECK(w.window.inspectorText().contains(QStringLiteral("Migration pressure")));
    CHECK(w.window.inspectorText().contains(QStringLiteral("rank ")));
    auto runs = Analyses::runs(w.db()).value();
    REQUIRE(runs.size() == 2);
    CHECK(runs.first()
              .parameters[QStringLiteral("weights")]
              .toObject()[QStringLiteral("migrant_share")]
              .toDouble()
          == 4);

    // Projection to 2030 with the schools' places.
    std::unique_ptr<AnalysisDialog> projection(
        w.window.makeAnalysisDialog(AnalysisDialog::Kind::Projection));
    projection->show();
    CHECK(projection->findChild<QComboBox *>(QStringLiteral("capacityLayer"))->currentText()
          == u"Tesisler");
    projection->setHorizon(2030);
    REQUIRE(projection->run());
    CHECK(projection->results()->rowCount() == 3 * areas);
    CHECK(w.layer()->style.field == u"analysis.projection.school_shortfall.medium");
    REQUIRE(w.window.identifyFeature(w.mahalle, w.fidOf(QStringLiteral("İnönü Mh."))));
    CHECK(w.window.inspectorText().contains(QStringLiteral("in 2030")));

    // The runs list; removing the coverage run takes its gap layers away.
    AnalysisRunsDialog list(w.window.session(), &w.window);
    list.show();
    REQUIRE(list.table()->rowCount() == 3);
    CHECK(list.table()->item(2, 1)->text() == u"Coverage");
    // Parameters in words, not JSON (issue 15).
    const QString parameters = list.table()->item(2, 5)->text();
    INFO(parameters.toStdString());
    CHECK(parameters.startsWith(QStringLiteral("Mahalleler · ")));
    CHECK(parameters.contains(QStringLiteral("School within 500 m")));
    for (int r = 0; r < list.table()->rowCount(); ++r) {
        const QString text = list.table()->item(r, 5)->text();
        INFO(text.toStdString());
        CHECK_FALSE(text.contains(u'{'));
        CHECK_FALSE(text.contains(u'_'));
        CHECK_FALSE(text.contains(u'"'));
    }
    REQUIRE(list.removeRun(list.table()->item(2, 0)->data(Qt::UserRole).toLongLong()));
    CHECK(list.table()->rowCount() == 2);
    CHECK_FALSE(w.layerNames().contains(QStringLiteral("Coverage gaps: School (run 1)")));
    CHECK(w.messages.errors().isEmpty());

    // The inspector names the class out of the run's own number of classes, not always five.
    auto *classes = pressure->findChild<QSpinBox *>(QStringLiteral("classes"));
    REQUIRE(classes);
    classes->setValue(7);
    REQUIRE(pressure->run());
    REQUIRE(w.window.identifyFeature(w.mahalle, w.fidOf(QStringLiteral("İnönü Mh."))));
    INFO(w.window.inspectorText().toStdString());
    CHECK(
        w.window.inspectorText().contains(QRegularExpression(QStringLiteral("Class [1-7] of 7"))));
}

TEST_CASE("cli analyze runs coverage, pressure and projection on the sample", "[cli][analysis]")
{
    test::TempDir dir;
    const QString project = dir.path(QStringLiteral("ornek.gpkg"));
    REQUIRE(
        test::runCli({QStringLiteral("sample"), project, QStringLiteral("--data"), test::dataDir()})
            .exitCode
        == 0);
    // The sample's layer names follow the language it was built in: found by role.
    const auto info = test::runCli({QStringLiteral("info"), project, QStringLiteral("--json")});
    QString areas, facilities;
    for (const QJsonValue &l :
         QJsonDocument::fromJson(info.out.toUtf8()).object()[QStringLiteral("layers")].toArray()) {
        const QJsonObject o = l.toObject();
        if (o[QStringLiteral("role")].toString() == u"muhtar_district")
            areas = o[QStringLiteral("name")].toString();
        if (o[QStringLiteral("role")].toString() == u"infrastructure")
            facilities = o[QStringLiteral("name")].toString();
    }
    REQUIRE_FALSE(areas.isEmpty());
    REQUIRE_FALSE(facilities.isEmpty());
    const QString csv = dir.path(QStringLiteral("kapsama.csv"));
    auto r = test::runCli({QStringLiteral("analyze"), QStringLiteral("coverage"), project,
                           QStringLiteral("--areas"), areas, QStringLiteral("--facilities"),
                           facilities, QStringLiteral("--distance"),
                           QStringLiteral("school=750,water=400"), QStringLiteral("--no-gaps"),
                           QStringLiteral("--csv"), csv});
    INFO(r.err.toStdString());
    REQUIRE(r.exitCode == 0);
    CHECK(r.out.contains(QStringLiteral("330 area(s)")));
    CHECK(r.out.contains(QStringLiteral("750 m")));
    QFile file(csv);
    REQUIRE(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    CHECK(bytes.startsWith("\xEF\xBB\xBF")); // a BOM, for Excel
    const QString text = QString::fromUtf8(bytes);
    CHECK(text.contains(QStringLiteral("Alan;Hizmet;Erişim mesafesi (m)")));
    CHECK(text.count(QStringLiteral("\r\n")) == 1 + 330 * 4);
    CHECK(text.contains(QStringLiteral("Şehitkamil")));
    // A Turkish table names its services in Turkish, whatever language the command spoke.
    CHECK(text.count(QStringLiteral(";Okul;750;")) == 330);
    CHECK(text.count(QStringLiteral(";Su noktası;400;")) == 330);
    CHECK_FALSE(text.contains(QStringLiteral("School")));

    r = test::runCli({QStringLiteral("analyze"), QStringLiteral("pressure"), project,
                      QStringLiteral("--areas"), areas, QStringLiteral("--weights"),
                      QStringLiteral("coverage_deficit=3"), QStringLiteral("--top"),
                      QStringLiteral("3")});
    REQUIRE(r.exitCode == 0);
    CHECK(r.out.contains(QStringLiteral("   1. ")));
    CHECK(r.out.contains(QStringLiteral("   3. ")));
    CHECK_FALSE(r.out.contains(QStringLiteral("   4. ")));

    // The pressure table as CSV and as an Excel workbook: the same cells, numbers as numbers.
    const QString pressureCsv = dir.path(QStringLiteral("baski.csv"));
    const QString pressureXlsx = dir.path(QStringLiteral("baski.xlsx"));
    for (const QString &out : {pressureCsv, pressureXlsx})
        REQUIRE(test::runCli({QStringLiteral("analyze"), QStringLiteral("pressure"), project,
                              QStringLiteral("--areas"), areas, QStringLiteral("--csv"), out})
                    .exitCode
                == 0);
    auto fromCsv = CsvReader::read(pressureCsv);
    REQUIRE(fromCsv);
    auto fromXlsx = Spreadsheet::readSheet(pressureXlsx);
    if (!fromXlsx)
        FAIL(fromXlsx.error().toString().toStdString());
    CHECK(fromXlsx->header == fromCsv->header);
    REQUIRE(fromXlsx->rows.size() == 330);
    REQUIRE(fromCsv->rows.size() == 330);
    int differ = 0, hidden = 0;
    for (int row = 0; row < 330; ++row)
        for (int c = 0; c < fromCsv->header.size(); ++c) {
            const QString a = fromCsv->rows[row][c], b = fromXlsx->rows[row].value(c);
            hidden += a.startsWith(u'<');
            const auto x = parseNumber(a), y = parseNumber(b);
            if (x && y ? std::abs(*x - *y) > 1e-9 : a != b)
                ++differ;
        }
    CHECK(differ == 0);
    const auto types
        = test::run(QStringLiteral("ogrinfo"), {QStringLiteral("-ro"), QStringLiteral("-so"),
                                                pressureXlsx, QStringLiteral("baski")});
    CHECK(types.out.contains(u"Sıra: Integer"));
    CHECK(types.out.contains(u"Puan (0–100): Real"));
    CHECK(types.out.contains(u"Alan: String"));
    INFO("hidden cells: " << hidden);

    r = test::runCli({QStringLiteral("analyze"), QStringLiteral("projection"), project,
                      QStringLiteral("--areas"), areas, QStringLiteral("--horizon"),
                      QStringLiteral("2030"), QStringLiteral("--medium"), QStringLiteral("2"),
                      QStringLiteral("--low"), QStringLiteral("1"), QStringLiteral("--high"),
                      QStringLiteral("3"), QStringLiteral("--facilities"), facilities});
    REQUIRE(r.exitCode == 0);
    CHECK(r.out.contains(QStringLiteral("2.00 % a year")));
    CHECK(r.out.contains(QStringLiteral("short")));

    // Bad input: an unknown layer (exit 1, named), a distance that is not a number (exit 2).
    r = test::runCli({QStringLiteral("analyze"), QStringLiteral("coverage"), project,
                      QStringLiteral("--areas"), QStringLiteral("Mahaleler"),
                      QStringLiteral("--facilities"), QStringLiteral("x")});
    CHECK(r.exitCode == 1);
    CHECK(r.err.contains(QStringLiteral("Mahaleler")));
    r = test::runCli({QStringLiteral("analyze"), QStringLiteral("coverage"), project,
                      QStringLiteral("--areas"), areas, QStringLiteral("--facilities"),
                      QStringLiteral("x"), QStringLiteral("--distance"),
                      QStringLiteral("school=far")});
    CHECK(r.exitCode == 2);
    CHECK(r.err.contains(QStringLiteral("school=far")));
    // The sample's own three runs and the five above; the failures added none.
    auto opened = Project::open(project, Project::Access::ReadOnly);
    REQUIRE(opened);
    CHECK((*opened)->db().queryInt("SELECT count(*) FROM geisep_analysis_runs").value() == 8);
    CHECK(test::runCli({QStringLiteral("validate"), project}).exitCode == 0);
}
