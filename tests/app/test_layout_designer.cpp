// Yazdır ▸ Sayfa düzeni as a planner uses it (issue 7): a layout from a template, items moved
// and edited with undo and redo, the atlas filter, the preview, and a print from the window;
// and geisep-cli print on the sample.
#include "app/mainwindow.h"
#include "app/map/mapcanvas.h"
#include "app/print/layoutdesigner.h"
#include "app/session.h"
#include "core/layout.h"
#include "tests/app/fixtures.h"
#include "tests/app/guards.h"
#include "tests/support/support.h"

#include <QAction>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QPointer>
#include <QRegularExpression>
#include <QTest>
#include <QUndoStack>

#include <catch2/catch.hpp>

using namespace geisep;

TEST_CASE("Layout designer: a fact sheet from a template, edited, undone, previewed and printed",
          "[print][designer]")
{
    test::TempDir dir;
    test::MessageCapture messages; // import reports
    MainWindow window;
    window.setLanguage(QStringLiteral("tr"));
    REQUIRE(window.createProject(dir.path(QStringLiteral("p.gpkg")), QStringLiteral("Deneme"),
                                 QStringLiteral("Gaziantep"), 5256));
    test::importSahinbey(window);
    Session *session = window.session();
    QUndoStack *undo = session->layoutUndoStack(); // the designer's own history

    // The menu item, in Turkish.
    QAction *action = window.findChild<QAction *>(QStringLiteral("layoutAction"));
    REQUIRE(action);
    CHECK(action->isEnabled());
    CHECK(action->text() == u"&Sayfa düzeni…");
    action->trigger();
    auto *designer = window.findChild<LayoutDesigner *>();
    REQUIRE(designer);
    CHECK_FALSE(designer->layout());

    REQUIRE(designer->addFromTemplate(QStringLiteral("fact-sheet"), true));
    REQUIRE(designer->layout());
    CHECK(designer->layout()->name == u"Mahalle bilgi kartı");
    CHECK(designer->itemFrames() == int(designer->layout()->items.size()));
    LayoutStore store(session->project().db());
    REQUIRE(store.layouts()->size() == 1);
    CHECK(designer->atlasStatus().contains(QStringLiteral("181"))); // Şahinbey's 181 mahalle
    // The preview is the printed page: the map frame holds the area's colours, not paper.
    const QImage preview = designer->preview();
    REQUIRE_FALSE(preview.isNull());
    const QRectF map = designer->layout()->item(QStringLiteral("map"))->rectMm;
    const QRgb middle = preview.pixel(int(map.center().x() * 4), int(map.center().y() * 4 + 40));
    CHECK(middle != qRgb(255, 255, 255));

    // Moved twice by the mouse's way (two drags of one item fold into one step), then the title
    // edited; undo takes the steps back one by one, redo puts them again.
    const int before = undo->count();
    designer->setItemRect(QStringLiteral("title"), QRectF(12, 10, 180, 12));
    designer->setItemRect(QStringLiteral("title"), QRectF(14, 11, 180, 12));
    CHECK(undo->count() == before + 1);
    designer->setItemText(QStringLiteral("title"), QStringLiteral("{area} — bilgi kartı"));
    CHECK(undo->count() == before + 2);
    auto saved = store.find(QStringLiteral("Mahalle bilgi kartı"));
    REQUIRE(saved);
    REQUIRE(saved->has_value());
    CHECK((*saved)->item(QStringLiteral("title"))->rectMm == QRectF(14, 11, 180, 12));
    CHECK((*saved)->item(QStringLiteral("title"))->text == u"{area} — bilgi kartı");
    undo->undo();
    CHECK(designer->layout()->item(QStringLiteral("title"))->text == u"{area}");
    undo->undo();
    CHECK(designer->layout()->item(QStringLiteral("title"))->rectMm == QRectF(10, 10, 190, 11));
    CHECK(
        (*store.find(QStringLiteral("Mahalle bilgi kartı")))->item(QStringLiteral("title"))->rectMm
        == QRectF(10, 10, 190, 11));
    undo->redo();
    undo->redo();
    CHECK(designer->layout()->item(QStringLiteral("title"))->text == u"{area} — bilgi kartı");

    // An item added and removed, one step each.
    const std::size_t items = designer->layout()->items.size();
    designer->addItem(LayoutItem::Kind::Text);
    CHECK(designer->layout()->items.size() == items + 1);
    CHECK(designer->itemFrames() == int(items + 1));
    designer->removeItem(QStringLiteral("text"));
    CHECK(designer->layout()->items.size() == items);
    undo->undo();
    CHECK(designer->layout()->item(QStringLiteral("text")));
    undo->undo();
    CHECK_FALSE(designer->layout()->item(QStringLiteral("text")));

    // The atlas filter: a bad field says so under the settings, a good one counts the pages.
    designer->setAtlasFilter(QStringLiteral("semt = Merkez"));
    CHECK(designer->atlasStatus().contains(QStringLiteral("semt")));
    designer->setAtlasFilter(QStringLiteral("ad IN ('İnönü Mh.', 'Karataş Mh.', 'Akyol Mah.')"));
    CHECK(designer->atlasStatus().contains(QStringLiteral("5 sayfa"))); // 3 areas, cover, contents
    designer->setPreviewArea(QStringLiteral("Karataş Mh."));

    // Printed from the window, behind its progress dialog.
    const QString pdf = dir.path(QStringLiteral("kart.pdf"));
    PrintOutput out;
    out.path = pdf;
    REQUIRE(designer->exportTo(out));
    CHECK(messages.errors().isEmpty());
    const auto text = test::run(QStringLiteral("pdftotext"), {pdf, QStringLiteral("-")});
    REQUIRE(text.exitCode == 0);
    const QStringList pages = text.out.split(u'\f', Qt::SkipEmptyParts);
    CHECK(pages.size() == 5);
    CHECK(text.out.contains(QStringLiteral("İnönü Mh. — bilgi kartı")));
    CHECK(text.out.contains(QStringLiteral("Karataş Mh. — bilgi kartı")));

    // Only the areas selected on the map (two of the three the filter keeps).
    QList<qint64> two;
    auto fids = session->project().db().prepare(
        "SELECT fid FROM geisep_areas WHERE name IN ('İnönü Mh.', 'Akyol Mah.')");
    REQUIRE(fids);
    REQUIRE(fids->forEachRow([&] { two << fids->int64(0); }));
    REQUIRE(two.size() == 2);
    REQUIRE(designer->exportTo(out, false, two));
    const auto selected = test::run(QStringLiteral("pdftotext"), {pdf, QStringLiteral("-")});
    CHECK(selected.out.split(u'\f', Qt::SkipEmptyParts).size() == 4); // cover, contents, 2
    CHECK_FALSE(selected.out.contains(QStringLiteral("Karataş Mh. — bilgi kartı")));
    CHECK(selected.out.contains(QStringLiteral("2 seçili")));

    // The layout removed, and back with undo; it stays in the project as the file's own.
    REQUIRE(designer->removeCurrentLayout());
    CHECK(store.layouts()->empty());
    CHECK_FALSE(designer->layout());
    undo->undo();
    REQUIRE(store.layouts()->size() == 1);
    REQUIRE(designer->layout());
    CHECK(designer->layout()->atlas.filter.contains(QStringLiteral("Karataş")));
}

TEST_CASE("cli print: the sample's atlas, a top 5, per-area files, and bad arguments",
          "[cli][print]")
{
    test::TempDir dir;
    const QString project = dir.path(QStringLiteral("ornek.gpkg"));
    REQUIRE(
        test::runCli({QStringLiteral("sample"), project, QStringLiteral("--data"), test::dataDir()})
            .exitCode
        == 0);
    const QString pdf = dir.path(QStringLiteral("atlas.pdf"));
    auto r = test::runCli({QStringLiteral("print"), project, QStringLiteral("--layout"),
                           QStringLiteral("fact-sheet"), QStringLiteral("-o"), pdf,
                           QStringLiteral("--filter"), QStringLiteral("ilçe = Şahinbey"),
                           QStringLiteral("--date"), QStringLiteral("2026-12-02")});
    INFO(r.err.toStdString());
    REQUIRE(r.exitCode == 0);
    CHECK(r.out.contains(QStringLiteral("184 page(s)"))); // 181 + cover + 2 contents
    CHECK(r.out.contains(QStringLiteral("<10")));
    CHECK(test::run(QStringLiteral("pdfinfo"), {pdf})
              .out.contains(QRegularExpression(QStringLiteral("Pages:\\s+184\\n"))));
    CHECK(test::run(QStringLiteral("pdftotext"),
                    {QStringLiteral("-f"), QStringLiteral("1"), QStringLiteral("-l"),
                     QStringLiteral("1"), pdf, QStringLiteral("-")})
              .out.contains(QStringLiteral("2 Aralık 2026")));

    const QString folder = dir.path(QStringLiteral("kartlar"));
    r = test::runCli({QStringLiteral("print"), project, QStringLiteral("--layout"),
                      QStringLiteral("Mahalle bilgi kartı"), QStringLiteral("--top"),
                      QStringLiteral("5"), QStringLiteral("--per-area"), QStringLiteral("-o"),
                      folder, QStringLiteral("--format"), QStringLiteral("svg")});
    INFO(r.err.toStdString());
    REQUIRE(r.exitCode == 0);
    CHECK(QDir(folder).entryList({QStringLiteral("*.svg")}).size() == 5);

    // Bad arguments: no layout named, a wrong extension (exit 2); an unknown layout (exit 1).
    r = test::runCli({QStringLiteral("print"), project, QStringLiteral("-o"), pdf});
    CHECK(r.exitCode == 2);
    r = test::runCli({QStringLiteral("print"), project, QStringLiteral("--layout"),
                      QStringLiteral("fact-sheet"), QStringLiteral("-o"),
                      dir.path(QStringLiteral("x.docx"))});
    CHECK(r.exitCode == 2);
    CHECK(r.err.contains(QStringLiteral(".pdf, .png or .svg")));
    r = test::runCli({QStringLiteral("print"), project, QStringLiteral("--layout"),
                      QStringLiteral("Afiş"), QStringLiteral("-o"), pdf});
    CHECK(r.exitCode == 1);
    CHECK(r.err.contains(QStringLiteral("Afiş")));
    CHECK(r.err.contains(QStringLiteral("district-map")));
}

TEST_CASE("The designer closes cleanly after a print, opens again and the window goes on",
          "[print][designer][teardown]")
{
    // The council-day sequence that once corrupted the heap: print from the designer, close it,
    // open it again, click an item, close it, then use the window. Run under ASan/UBSan it
    // fails on any use of the closed designer.
    test::TempDir dir;
    test::MessageCapture messages;
    MainWindow window;
    window.setLanguage(QStringLiteral("tr"));
    const QString project = dir.path(QStringLiteral("ornek.gpkg"));
    REQUIRE(test::runCli({QStringLiteral("sample"), project}).exitCode == 0);
    REQUIRE(window.openProject(project));
    window.show();
    for (int round = 0; round < 2; ++round) {
        QPointer<LayoutDesigner> designer = window.showLayoutDesigner();
        REQUIRE(designer);
        REQUIRE(designer->selectLayout(QStringLiteral("Mahalle bilgi kartı")));
        designer->frameClicked(QStringLiteral("map"));
        CHECK(designer->selectedItem() == u"map");
        if (round == 0) {
            const QString pdf = dir.path(QStringLiteral("atlas.pdf"));
            REQUIRE(designer->exportTo({pdf, PrintOutput::Format::Pdf}, false, {1, 2, 3}));
            CHECK(QFile::exists(pdf));
        }
        designer->selectItem(QStringLiteral("legend"));
        designer->close(); // deletes itself
        QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
        CHECK(designer.isNull());
    }
    // The window goes on: undo stack, menus and the map.
    for (QMenu *menu : window.menuBar()->findChildren<QMenu *>()) {
        menu->popup(QPoint(10, 10));
        menu->hide();
    }
    window.canvas()->waitForFrame(20000);
    CHECK(messages.errors().isEmpty());
}

TEST_CASE("A chart placed in the designer, set to another kind and printed on the page",
          "[print][designer][chart]")
{
    test::TempDir dir;
    test::MessageCapture messages;
    MainWindow window;
    window.setLanguage(QStringLiteral("tr"));
    const QString project = dir.path(QStringLiteral("ornek.gpkg"));
    REQUIRE(test::runCli({QStringLiteral("sample"), project}).exitCode == 0);
    REQUIRE(window.openProject(project));
    QPointer<LayoutDesigner> designer = window.showLayoutDesigner();
    REQUIRE(designer);
    REQUIRE(designer->selectLayout(QStringLiteral("İlçe haritası")));
    QUndoStack *undo = window.session()->layoutUndoStack();

    // Öğe ekle ▸ Grafik: an indicator's trend by default, framed, selected.
    designer->addItem(LayoutItem::Kind::Chart);
    const LayoutItem *chart = designer->layout()->item(QStringLiteral("chart"));
    REQUIRE(chart);
    CHECK(chart->chart == LayoutItem::ChartKind::Trend);
    designer->selectItem(QStringLiteral("chart"));
    auto *kind = designer->findChild<QComboBox *>(QStringLiteral("chartKind"));
    auto *indicator = designer->findChild<QComboBox *>(QStringLiteral("chartIndicator"));
    REQUIRE(kind);
    REQUIRE(indicator);
    CHECK(kind->isEnabled());
    CHECK(indicator->isEnabled());
    // The plan's indicator offered by name, read when the chart was chosen.
    CHECK(indicator->findText(QStringLiteral("Derslik başına öğrenci (örnek)")) >= 0);
    CHECK(kind->currentText() == u"Bir göstergenin yıllara göre seyri");

    // The migrants' share by district instead, one undo step; the indicator no longer asked.
    const int steps = undo->count();
    kind->setCurrentIndex(kind->findData(int(LayoutItem::ChartKind::MigrantShare)));
    CHECK(undo->count() == steps + 1);
    CHECK(designer->layout()->item(QStringLiteral("chart"))->chart
          == LayoutItem::ChartKind::MigrantShare);
    CHECK_FALSE(indicator->isEnabled());

    const QString pdf = dir.path(QStringLiteral("harita.pdf"));
    REQUIRE(designer->exportTo({pdf, PrintOutput::Format::Pdf}));
    const auto text = test::run(QStringLiteral("pdftotext"), {pdf, QStringLiteral("-")});
    REQUIRE(text.exitCode == 0);
    CHECK(text.out.contains(QStringLiteral("İlçelere göre göçmenlerin nüfusa oranı, 2023")));
    CHECK(text.out.contains(QStringLiteral("100 kişide göçmen")));
    CHECK(text.out.contains(QStringLiteral("Şehitkamil")));

    // Undo puts the trend back.
    undo->undo();
    CHECK(designer->layout()->item(QStringLiteral("chart"))->chart == LayoutItem::ChartKind::Trend);
    CHECK(kind->currentData().toInt() == int(LayoutItem::ChartKind::Trend));
    CHECK(messages.errors().isEmpty());
    designer->close();
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
}

TEST_CASE("The designer's page follows an edit without the window waiting for it, and the project "
          "still closes as one file",
          "[print][designer]")
{
    test::TempDir dir;
    test::MessageCapture messages; // import reports
    MainWindow window;
    window.setLanguage(QStringLiteral("tr"));
    const QString path = dir.path(QStringLiteral("p.gpkg"));
    REQUIRE(
        window.createProject(path, QStringLiteral("Deneme"), QStringLiteral("Gaziantep"), 5256));
    test::importSahinbey(window);
    LayoutDesigner *designer = window.showLayoutDesigner();
    REQUIRE(designer);
    auto *status = designer->findChild<QLabel *>(QStringLiteral("atlasStatus"));
    REQUIRE(status);
    // Waits for the label alone: preview() and atlasStatus() would make the page here.
    const auto statusSays = [status](const QString &text) {
        for (int i = 0; i < 300 && !status->text().contains(text); ++i)
            QTest::qWait(20);
        return status->text().contains(text);
    };

    REQUIRE(designer->addFromTemplate(QStringLiteral("fact-sheet"), true));
    CHECK(statusSays(QStringLiteral("181"))); // Şahinbey's 181 mahalle, made off the GUI thread
    designer->setAtlasFilter(QStringLiteral("ad IN ('İnönü Mh.', 'Karataş Mh.', 'Akyol Mah.')"));
    CHECK(statusSays(QStringLiteral("5 sayfa"))); // 3 areas, cover, contents
    const QString made = status->text();
    CHECK(designer->atlasStatus() == made); // nothing waits: the page shown is the newest
    // The page made beside the window is the one the window would make.
    designer->setPreviewArea(QStringLiteral("Karataş Mh."));
    const QImage here = designer->preview(); // made here (a request was waiting)
    REQUIRE_FALSE(here.isNull());
    auto *box = designer->findChild<QComboBox *>(QStringLiteral("previewArea"));
    REQUIRE(box);
    CHECK(box->currentData().toString() == u"Karataş Mh.");

    // An edit, and the project closed at once: the preview's own connection is closed first,
    // so the file is left whole, without its write-ahead log beside it.
    designer->setAtlasFilter(QStringLiteral("ad IN ('İnönü Mh.')"));
    QTest::qWait(130); // the request has gone to the maker
    window.closeProject();
    CHECK_FALSE(QFile::exists(path + QStringLiteral("-wal")));
    CHECK_FALSE(QFile::exists(path + QStringLiteral("-shm")));
    REQUIRE(window.openProject(path));
    CHECK_FALSE(window.session()->project().isReadOnly());
}
