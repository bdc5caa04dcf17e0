// The import and figures dialogs, driven offscreen as a planner would use them.
#include "app/analysis/chartsdock.h"
#include "app/i18n.h"
#include "app/layers/figuresdialog.h"
#include "app/layers/importdialog.h"
#include "app/mainwindow.h"
#include "app/session.h"
#include "gis/io/importer.h"
#include "tests/app/fixtures.h"
#include "tests/app/guards.h"
#include "tests/support/support.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDockWidget>
#include <QFile>
#include <QImage>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QTreeView>

#include <catch2/catch.hpp>

using namespace geisep;

TEST_CASE("Layer ▸ Import in the window: the layer appears under its role", "[app][import]")
{
    test::TempDir dir;
    test::MessageCapture messages;
    MainWindow window;
    window.setLanguage(QStringLiteral("en"));
    REQUIRE(window.createProject(dir.path(QStringLiteral("p.gpkg")), QStringLiteral("P"),
                                 QStringLiteral("Gaziantep"), 5256));
    ImportOptions options;
    options.path = test::dataFile(QStringLiteral("tr_4prov_ilce.geojson.gz"));
    options.role = LayerRole::Reference;
    options.name = QStringLiteral("İlçeler");
    REQUIRE(window.importLayer(options));
    const QList<Message> reports = messages.ofKind(Message::Kind::Information);
    REQUIRE(reports.size() == 1);
    CHECK(reports[0].title == u"Import report");
    CHECK(reports[0].more.contains(QStringLiteral("written 59")));
    auto *layers = window.findChild<QTreeView *>(QStringLiteral("layersView"));
    REQUIRE(layers->model()->rowCount() == 1);
    const QModelIndex group = layers->model()->index(0, 0);
    CHECK(group.data().toString() == QStringLiteral("Reference"));
    CHECK(layers->model()->index(0, 0, group).data().toString() == QStringLiteral("İlçeler"));

    options.path = dir.path(QStringLiteral("yok.geojson"));
    CHECK_FALSE(window.importLayer(options));
    const QList<Error> errors = messages.errors();
    REQUIRE(errors.size() == 1);
    CHECK(errors[0].file == options.path);
}

TEST_CASE("The import dialog previews rows in the chosen encoding", "[app][import]")
{
    test::TempDir dir;
    const QString shp = dir.path(QStringLiteral("ilce.shp"));
    REQUIRE(test::run(QStringLiteral("ogr2ogr"),
                      {shp, test::gdalDataPath(QStringLiteral("tr_4prov_ilce.geojson.gz")),
                       QStringLiteral("-lco"), QStringLiteral("ENCODING=CP1254"),
                       QStringLiteral("-select"), QStringLiteral("name,cityId")})
                .exitCode
            == 0);
    QFile::remove(dir.path(QStringLiteral("ilce.cpg")));
    ImportDialog dialog({});
    dialog.setFile(shp);
    auto *preview = dialog.findChild<QTableWidget *>(QStringLiteral("preview"));
    REQUIRE(preview);
    REQUIRE(preview->rowCount() == 10);
    QStringList names;
    for (int r = 0; r < preview->rowCount(); ++r)
        names.append(preview->item(r, 0)->text());
    INFO(names.join(u',').toStdString());
    CHECK(names.filter(QStringLiteral("ı")).size() + names.filter(QStringLiteral("ş")).size()
              + names.filter(QStringLiteral("ğ")).size()
          > 0);
    CHECK(names.filter(QStringLiteral("ý")).isEmpty());

    // Choosing Latin-1 by hand shows the mojibake at once, so the planner sees the difference.
    auto *encoding = dialog.findChild<QComboBox *>(QStringLiteral("encoding"));
    encoding->setCurrentIndex(encoding->findData(QStringLiteral("ISO-8859-1")));
    QStringList latin;
    for (int r = 0; r < preview->rowCount(); ++r)
        latin.append(preview->item(r, 0)->text());
    CHECK(latin != names);
    CHECK(dialog.options().encoding == u"ISO-8859-1");
}

TEST_CASE("The figures dialog matches, pairs by hand and imports", "[app][figures]")
{
    test::TempDir dir;
    auto project = test::newProject(dir.path(QStringLiteral("p.gpkg")));
    ImportOptions mahalle;
    mahalle.path = test::dataFile(QStringLiteral("tr_4prov_mahalle.geojson.gz"));
    mahalle.role = LayerRole::MuhtarDistrict;
    mahalle.name = QStringLiteral("Mahalleler");
    mahalle.where = QStringLiteral("townId IN (343, 344)");
    REQUIRE(LayerImporter::run(*project, mahalle));
    {
        auto d = project->db().prepare("UPDATE geisep_areas SET district = CASE WHEN code IN "
                                       "(SELECT quarterid FROM mahalleler WHERE townid = 343) "
                                       "THEN 'Şahinbey' ELSE 'Şehitkamil' END, province = "
                                       "'Gaziantep'");
        REQUIRE(d);
        REQUIRE(d->exec());
    }
    // Turkish Excel: CP1254, semicolons, upper case; one name no rule can match.
    const QString csv = dir.path(QStringLiteral("nufus.csv"));
    QFile f(csv);
    REQUIRE(f.open(QIODevice::WriteOnly));
    f.write("\335l;\335l\347e;Mahalle;N\374fus 2023\r\n"
            "GAZ\335ANTEP;\336AH\335NBEY;\335N\326N\334 MAH.;12.450\r\n"
            "GAZ\335ANTEP;\336AH\335NBEY;Eski Ad Mah.;300\r\n");
    f.close();
    Session session(std::move(project)); // the dialog reads through it
    FiguresDialog dialog(&session);
    dialog.setCsv(csv);
    const FigureOptions options = dialog.options();
    CHECK(options.provinceColumn == QStringLiteral("İl"));
    CHECK(options.districtColumn == QStringLiteral("İlçe"));
    CHECK(options.nameColumn == QStringLiteral("Mahalle"));
    REQUIRE(options.map.size() == 1);
    CHECK(options.map[0].second == u"population");
    REQUIRE(dialog.match());
    CHECK(dialog.lastReport()->matched == 1);
    CHECK(dialog.lastReport()->unmatched == 1);
    auto *review = dialog.findChild<QTableWidget *>(QStringLiteral("review"));
    REQUIRE(review->rowCount() == 1); // only the row to review
    CHECK(review->item(0, 3)->text() == QStringLiteral("Eski Ad Mah."));
    // Words, not codes (issue 15): the match column and the variable chooser.
    CHECK(review->item(0, 5)->text() == u"no match");
    auto *columns = dialog.findChild<QTableWidget *>(QStringLiteral("columns"));
    REQUIRE(columns);
    auto *variable = qobject_cast<QComboBox *>(columns->cellWidget(3, 1));
    REQUIRE(variable);
    CHECK(variable->currentText() == u"Population");
    for (int i = 0; i < variable->count(); ++i)
        CHECK_FALSE(variable->itemText(i).contains(u'_'));

    const qint64 target = session.project()
                              .db()
                              .queryInt("SELECT id FROM geisep_areas WHERE code = "
                                        "'18480'")
                              .value(); // Yeşilköy, Şahinbey
    REQUIRE(dialog.pairByHand(3, target));
    CHECK(dialog.lastReport()->manual == 1);
    CHECK(review->rowCount() == 0);
    REQUIRE(dialog.importFigures());
    CHECK(dialog.lastReport()->figuresWritten == 2);
    CHECK(session.project()
              .db()
              .queryInt("SELECT value FROM geisep_area_figures WHERE area_id = "
                        "(SELECT id FROM geisep_areas WHERE code = '18480')")
              .value()
          == 300);
}

TEST_CASE("The figures dialog takes a workbook: its sheets offered, the one with the table "
          "matched and imported",
          "[app][figures][spreadsheet]")
{
    test::TempDir dir;
    auto project = test::newProject(dir.path(QStringLiteral("p.gpkg")));
    ImportOptions mahalle;
    mahalle.path = test::dataFile(QStringLiteral("tr_4prov_mahalle.geojson.gz"));
    mahalle.role = LayerRole::MuhtarDistrict;
    mahalle.name = QStringLiteral("Mahalleler");
    mahalle.where = QStringLiteral("townId = 343");
    REQUIRE(LayerImporter::run(*project, mahalle));
    // A workbook of two sheets written by GDAL: a cover note, then the table.
    const QString cover = dir.path(QStringLiteral("Kapak.csv"));
    REQUIRE(CsvWriter::write(cover, {{QStringLiteral("Açıklama"), QStringLiteral("Hazırlayan")},
                                     {QStringLiteral("Şahinbey mahalle nüfusları"),
                                      QStringLiteral("Planlama birimi")}}));
    const QString table = dir.path(QStringLiteral("Nüfus.csv"));
    REQUIRE(CsvWriter::write(table, {{QStringLiteral("Mahalle"), QStringLiteral("Nüfus 2023")},
                                     {QStringLiteral("İnönü Mah."), QStringLiteral("12.450")},
                                     {QStringLiteral("Eski Ad Mah."), QStringLiteral("300")}}));
    const QString book = dir.path(QStringLiteral("nüfus.xlsx"));
    REQUIRE(test::run(QStringLiteral("ogr2ogr"),
                      {QStringLiteral("-f"), QStringLiteral("XLSX"), book, cover,
                       QStringLiteral("-nln"), QStringLiteral("Kapak")})
                .exitCode
            == 0);
    REQUIRE(test::run(QStringLiteral("ogr2ogr"), {QStringLiteral("-update"), book, table,
                                                  QStringLiteral("-nln"), QStringLiteral("Nüfus")})
                .exitCode
            == 0);

    Session session(std::move(project)); // the dialog reads through it
    FiguresDialog dialog(&session);
    dialog.setCsv(book);
    auto *sheet = dialog.findChild<QComboBox *>(QStringLiteral("sheet"));
    REQUIRE(sheet);
    CHECK(sheet->isEnabled());
    REQUIRE(sheet->count() == 2);
    CHECK(sheet->itemText(0) == u"Kapak");
    CHECK(sheet->itemText(1) == u"Nüfus");
    CHECK_FALSE(dialog.match()); // the cover has no table, and the dialog says so
    dialog.setSheet(QStringLiteral("Nüfus"));
    const FigureOptions options = dialog.options();
    REQUIRE(options.table);
    CHECK(options.sheet == u"Nüfus");
    CHECK(options.nameColumn == u"Mahalle");
    REQUIRE(options.map.size() == 1);
    CHECK(options.map[0].first == u"Nüfus 2023");
    REQUIRE(dialog.match());
    CHECK(dialog.lastReport()->file == u"nüfus.xlsx, sheet \"Nüfus\"");
    CHECK(dialog.lastReport()->matched == 1);
    CHECK(dialog.lastReport()->unmatched == 1);
    REQUIRE(dialog.importFigures());
    CHECK(session.project()
              .db()
              .queryInt("SELECT value FROM geisep_area_figures f JOIN geisep_areas a ON a.id = "
                        "f.area_id WHERE a.code = '18647'")
              .value_or(0)
          == 12450); // İnönü Mh.
}

#include "gis/geos.h"

TEST_CASE("A click inside a mahalle shows it in the area inspector", "[app][identify]")
{
    test::TempDir dir;
    test::MessageCapture messages; // the import reports
    MainWindow window;
    window.setLanguage(QStringLiteral("en"));
    REQUIRE(window.createProject(dir.path(QStringLiteral("p.gpkg")), QStringLiteral("P"),
                                 QStringLiteral("Gaziantep"), 5256));
    test::importSahinbey(window);

    // A point surely inside İnönü (GEOS point on surface of its stored polygon).
    auto stmt = window.session()->project().db().prepare(
        "SELECT geom FROM mahalleler WHERE name = 'İnönü Mh.'");
    REQUIRE(stmt);
    REQUIRE(stmt->step().value());
    const QByteArray blob = stmt->blob(0);
    stmt->reset();
    geos::GeometryPtr g = geos::fromWkb(blob.mid(gpkg::decodeHeader(blob)->wkbOffset));
    geos::GeometryPtr inside(GEOSPointOnSurface_r(geos::context(), g.get()));
    double x = 0, y = 0;
    GEOSGeomGetX_r(geos::context(), inside.get(), &x);
    GEOSGeomGetY_r(geos::context(), inside.get(), &y);

    REQUIRE(window.identifyAt(x, y, 1.0));
    const QString text = window.inspectorText();
    INFO(text.toStdString());
    CHECK(text.contains(QStringLiteral("İnönü Mh.")));
    CHECK(text.contains(QStringLiteral("Şahinbey")));
    CHECK(text.contains(QStringLiteral("18647")));
    CHECK_FALSE(window.identifyAt(0, 0, 1.0)); // far from everything
    CHECK(window.inspectorText().isEmpty());
}

TEST_CASE("The import dialog's filter keeps the features of the values chosen, Turkish ones in a "
          "CP1254 file too, and says how many",
          "[app][import]")
{
    test::TempDir dir;
    const QString shp = dir.path(QStringLiteral("ilce.shp"));
    REQUIRE(test::run(QStringLiteral("ogr2ogr"),
                      {shp, test::gdalDataPath(QStringLiteral("tr_4prov_ilce.geojson.gz")),
                       QStringLiteral("-lco"), QStringLiteral("ENCODING=CP1254"),
                       QStringLiteral("-select"), QStringLiteral("name,cityId")})
                .exitCode
            == 0);
    QFile::remove(dir.path(QStringLiteral("ilce.cpg"))); // nothing declared: detected
    ImportDialog dialog({});
    dialog.setFile(shp);
    auto *field = dialog.findChild<QComboBox *>(QStringLiteral("filterField"));
    auto *value = dialog.findChild<QComboBox *>(QStringLiteral("filterValue"));
    auto *preview = dialog.findChild<QTableWidget *>(QStringLiteral("preview"));
    REQUIRE(field);
    REQUIRE(value);
    CHECK(field->currentText() == u"All features");
    CHECK(dialog.options().where.isEmpty());

    // The province by its plate code: the values offered are the file's own.
    dialog.setFilter(QStringLiteral("cityId"), QStringLiteral("27"));
    QStringList offered;
    for (int i = 0; i < value->count(); ++i)
        offered << value->itemText(i);
    CHECK(offered
          == QStringList{QStringLiteral("21"), QStringLiteral("25"), QStringLiteral("27"),
                         QStringLiteral("63")});
    CHECK(dialog.options().where == u"\"cityId\" = 27");
    CHECK(preview->rowCount() == 9); // Gaziantep's nine districts
    CHECK(dialog.findChild<QLabel *>(QStringLiteral("summary"))
              ->text()
              .contains(u"9 of them kept by the filter"));

    // Two districts by name, with Turkish letters, in a file written in CP1254.
    dialog.setFilter(QStringLiteral("name"), QStringLiteral("Şahinbey, Şehitkamil"));
    CHECK(dialog.options().where == u"\"name\" IN ('Şahinbey', 'Şehitkamil')");
    REQUIRE(preview->rowCount() == 2);
    QStringList names{preview->item(0, 0)->text(), preview->item(1, 0)->text()};
    names.sort();
    CHECK(names == QStringList{QStringLiteral("Şahinbey"), QStringLiteral("Şehitkamil")});
    auto project = test::newProject(dir.path(QStringLiteral("p.gpkg")));
    ImportOptions options = dialog.options();
    options.role = LayerRole::Reference;
    auto report = LayerImporter::run(*project, options);
    REQUIRE(report);
    CHECK(report->written == 2);

    // A value no feature has keeps nothing, and the import cannot start.
    dialog.setFilter(QStringLiteral("name"), QStringLiteral("Atlantis"));
    CHECK(preview->rowCount() == 0);
    auto *buttons = dialog.findChild<QDialogButtonBox *>();
    REQUIRE(buttons);
    CHECK_FALSE(buttons->button(QDialogButtonBox::Ok)->isEnabled());
}

TEST_CASE("The import dialog takes only the features within the map's view when asked, and says "
          "how many",
          "[app][import]")
{
    test::TempDir dir;
    auto project = test::newProject(dir.path(QStringLiteral("p.gpkg"))); // EPSG:5256
    const QString file = test::dataFile(QStringLiteral("tr_4prov_ilce.geojson.gz"));
    // Şahinbey's box in the project's CRS, from the district imported on its own.
    ImportOptions one;
    one.path = file;
    one.role = LayerRole::Reference;
    one.name = QStringLiteral("Şahinbey");
    one.where = QStringLiteral("name = 'Şahinbey'");
    auto sahinbey = LayerImporter::run(*project, one);
    REQUIRE(sahinbey);
    REQUIRE(sahinbey->written == 1);
    Database &db = project->db();
    auto box
        = db.prepareWith("SELECT minx, miny, maxx, maxy FROM %1",
                         {*Identifier::make(QStringLiteral("rtree_%1_geom").arg(sahinbey->table))});
    REQUIRE(box);
    REQUIRE(box->step().value_or(false));
    const Envelope view{box->real(0), box->real(1), box->real(2), box->real(3)};

    ImportDialog dialog(project->layers());
    dialog.setFile(file);
    auto *onlyInView = dialog.findChild<QCheckBox *>(QStringLiteral("onlyInView"));
    REQUIRE(onlyInView);
    CHECK_FALSE(onlyInView->isEnabled()); // no view given yet
    dialog.setMapView(view, 5256);
    dialog.setOnlyInView(true);
    REQUIRE(dialog.options().extent);
    CHECK(dialog.options().extentEpsg == 5256);
    const QString summary = dialog.findChild<QLabel *>(QStringLiteral("summary"))->text();
    INFO(summary.toStdString());
    CHECK(summary.contains(u"of them kept by the filter"));

    ImportOptions options = dialog.options();
    options.role = LayerRole::Reference;
    options.name = QStringLiteral("Görünümdeki ilçeler");
    auto report = LayerImporter::run(*project, options);
    REQUIRE(report);
    // Şahinbey and its neighbours, nothing from the other provinces.
    CHECK(report->written >= 4);
    CHECK(report->written <= 9);
    CHECK(report->notes.contains(QStringLiteral("Only the features within the map's view were "
                                                "taken.")));
    auto names = db.prepareWith("SELECT name, cityid FROM %1", {*Identifier::make(report->table)});
    REQUIRE(names);
    QStringList taken;
    REQUIRE(names->forEachRow([&] {
        taken << names->text(0);
        CHECK(names->int64(1) == 27);
    }));
    CHECK(taken.contains(QStringLiteral("Şahinbey")));
    CHECK(taken.contains(QStringLiteral("Şehitkamil")));
    // Every feature taken touches the view (a little more: the view's box in degrees).
    auto outside = db.prepareWith(
        "SELECT count(*) FROM %1 WHERE maxx < ?1 OR minx > ?3 OR maxy < ?2 OR miny > ?4",
        {*Identifier::make(QStringLiteral("rtree_%1_geom").arg(report->table))});
    REQUIRE(outside);
    outside->bind(1, view.minX - 2000).bind(2, view.minY - 2000);
    outside->bind(3, view.maxX + 2000).bind(4, view.maxY + 2000);
    REQUIRE(outside->step().value_or(false));
    CHECK(outside->int64(0) == 0);
}

TEST_CASE("Görünüm ▸ Grafikler draws the migrants' share by district and saves it as PNG and "
          "SVG",
          "[app][chart]")
{
    test::MapWindow w;
    REQUIRE(w.db().exec(
        "INSERT INTO geisep_area_figures (area_id, period, variable, value) SELECT id, 2023, "
        "'population', 1000 FROM geisep_areas WHERE district = 'Şahinbey';"
        "INSERT INTO geisep_area_figures (area_id, period, variable, value) SELECT id, 2023, "
        "'migrant_population', 125 FROM geisep_areas WHERE district = 'Şahinbey';"));
    QDockWidget *dock = w.window.chartsDock();
    REQUIRE(dock);
    CHECK(dock->windowTitle() == u"Charts");
    dock->show();
    dock->raise();
    ChartsPanel *charts = w.window.charts();
    charts->setKind(ChartsPanel::Kind::MigrantShare);
    QCoreApplication::processEvents();
    const Chart &chart = charts->chart();
    CHECK(chart.title == u"Migrants' share of the population by district, 2023");
    CHECK(chart.categories == QStringList{QStringLiteral("Şahinbey")});
    REQUIRE(chart.series.size() == 1);
    CHECK(chart.series[0].values[0] == Approx(12.5));

    const QString png = w.dir.path(QStringLiteral("pay.png"));
    const QString svg = w.dir.path(QStringLiteral("pay.svg"));
    REQUIRE(charts->savePng(png, QSize(900, 600)));
    REQUIRE(charts->saveSvg(svg));
    QImage image(png);
    REQUIRE(image.size() == QSize(900, 600));
    int blue = 0;
    for (int y = 0; y < image.height(); ++y)
        for (int x = 0; x < image.width(); ++x)
            blue += image.pixelColor(x, y) == chartColor(0);
    CHECK(blue > 2000); // the bar
    QFile file(svg);
    REQUIRE(file.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(file.readAll());
    CHECK(text.contains(u"Şahinbey"));
    CHECK(text.contains(u"12.5%"));
    w.window.closeProject();
    CHECK(charts->chart().categories.isEmpty());
}
