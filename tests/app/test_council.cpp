// Council day (issue 15), as a planner preparing a meeting finds it: what a new or another
// project shows, the designer as it opens, and what reaches paper.
#include "app/analysis/analysisdialog.h"
#include "app/filedialogs.h"
#include "app/mainwindow.h"
#include "app/map/mapcanvas.h"
#include "app/messages.h"
#include "app/print/layoutdesigner.h"
#include "app/roomyrows.h"
#include "app/session.h"
#include "core/layerlistmodel.h"
#include "gis/io/importer.h"
#include "gis/map/maplayer.h"
#include "gis/map/style.h"
#include "gis/map/viewport.h"
#include "tests/app/fixtures.h"
#include "tests/app/guards.h"
#include "tests/support/support.h"

#include <QAbstractProxyModel>
#include <QAction>
#include <QComboBox>
#include <QDialog>
#include <QDockWidget>
#include <QFile>
#include <QFileDialog>
#include <QFileIconProvider>
#include <QFileInfo>
#include <QFileSystemModel>
#include <QGraphicsView>
#include <QImage>
#include <QLabel>
#include <QMenu>
#include <QPrintPreviewDialog>
#include <QPrintPreviewWidget>
#include <QPrinter>
#include <QRegularExpression>
#include <QSpinBox>
#include <QStatusBar>
#include <QTest>
#include <QToolButton>
#include <QTreeView>
#include <QTreeWidget>
#include <QUndoStack>

#include <catch2/catch.hpp>

#include <functional>
#include <vector>

using namespace geisep;

TEST_CASE("A new or another project shows nothing of the last one, its first layer is zoomed to",
          "[app][council]")
{
    test::TempDir dir;
    test::MessageCapture messages;
    MainWindow window;
    window.setLanguage(QStringLiteral("tr"));
    window.resize(1280, 800);
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    const QString first = dir.path(QStringLiteral("a.gpkg"));
    REQUIRE(window.createProject(first, QStringLiteral("A"), QStringLiteral("Gaziantep"), 5256));
    test::importSahinbey(window);
    // An area inspected, selected and highlighted in the first project.
    const auto mahalle = window.canvas()->layer(window.canvas()->selectionLayer());
    REQUIRE(mahalle);
    REQUIRE(window.identifyFeature(mahalle->id, mahalle->geometry->fids[5]));
    REQUIRE_FALSE(window.inspectorText().isEmpty());
    window.canvas()->setSelection({1, 2, 3});
    window.statusBar()->showMessage(QStringLiteral("eski proje"));

    // Proje ▸ Yeni: nothing of it stays.
    const QString second = dir.path(QStringLiteral("b.gpkg"));
    REQUIRE(window.createProject(second, QStringLiteral("B"), QStringLiteral("Şanlıurfa"), 5257));
    CHECK(window.inspectorText().isEmpty());
    CHECK(window.canvas()->selection().empty());
    CHECK(window.statusBar()->currentMessage().isEmpty());

    // Its first import: the inspector stays empty (an old feature id named nothing here) and
    // the map is zoomed to the new layer.
    ImportOptions districts;
    districts.path = test::dataFile(QStringLiteral("tr_4prov_ilce.geojson.gz"));
    districts.role = LayerRole::Reference;
    districts.name = QStringLiteral("İlçeler");
    districts.where = QStringLiteral("cityId = 63");
    REQUIRE(window.importLayer(districts));
    CHECK(window.inspectorText().isEmpty());
    const auto layer = window.canvas()->layers().front();
    REQUIRE(layer);
    const Envelope view = window.canvas()->viewport().visibleExtent();
    const Envelope &extent = layer->geometry->extent;
    CHECK(view.intersects(extent));
    CHECK(view.width() < 3 * extent.width()); // zoomed to it, not to the world
    CHECK(view.minX <= extent.minX + 1);
    CHECK(view.maxX >= extent.maxX - 1);

    // Back to the first project from the recent list: no area of the second, no links shown.
    REQUIRE(window.openProject(first));
    CHECK(window.inspectorText().isEmpty());
    CHECK(window.canvas()->selection().empty());
}

TEST_CASE("The designer opens with the page fitted and undoes only layout edits",
          "[app][council][designer]")
{
    test::TempDir dir;
    test::MessageCapture messages;
    MainWindow window;
    window.setLanguage(QStringLiteral("tr"));
    const QString project = dir.path(QStringLiteral("ornek.gpkg"));
    REQUIRE(test::runCli({QStringLiteral("sample"), project}).exitCode == 0);
    REQUIRE(window.openProject(project));
    window.resize(1280, 800);
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));

    // A map style changed in the window first: it is not the designer's to undo.
    const qint64 mahalle = window.canvas()->selectionLayer();
    LayerStyle style = window.canvas()->layer(mahalle)->style;
    style.strokeWidth = 2.5;
    window.setLayerStyle(mahalle, style);
    REQUIRE(window.session()->undoStack()->count() == 1);

    LayoutDesigner *designer = window.showLayoutDesigner();
    REQUIRE(designer);
    REQUIRE(QTest::qWaitForWindowExposed(designer));
    QCoreApplication::processEvents();
    auto *view = designer->findChild<QGraphicsView *>(QStringLiteral("page"));
    REQUIRE(view);
    // The A4 page fills the view's height, not a thumbnail in its corner.
    const QRect page = view->mapFromScene(view->sceneRect()).boundingRect();
    INFO("page " << page.width() << "×" << page.height() << " in a view of "
                 << view->viewport()->height());
    CHECK(page.height() > view->viewport()->height() * 0.9);
    // It follows the window's size.
    designer->resize(designer->width() + 200, designer->height() + 200);
    QCoreApplication::processEvents();
    const QRect larger = view->mapFromScene(view->sceneRect()).boundingRect();
    CHECK(larger.height() > page.height());

    // The designer's Undo: nothing to undo yet, so no map style in its name or effect.
    QAction *undo = nullptr;
    for (QAction *a : designer->findChildren<QAction *>())
        if (a->shortcut() == QKeySequence(QKeySequence::Undo))
            undo = a;
    REQUIRE(undo);
    CHECK_FALSE(undo->isEnabled());
    CHECK_FALSE(undo->text().contains(QStringLiteral("stil")));
    designer->setItemText(QStringLiteral("title"), QStringLiteral("Meclis için"));
    CHECK(undo->isEnabled());
    REQUIRE(designer->layout()->item(QStringLiteral("title"))->text == u"Meclis için");
    undo->trigger();
    CHECK(designer->layout()->item(QStringLiteral("title"))->text == u"{area}");

    // Fields come from a pick list, by their Turkish names in a Turkish layout.
    designer->selectItem(QStringLiteral("subtitle"));
    auto *insert = designer->findChild<QToolButton *>(QStringLiteral("insertField"));
    REQUIRE(insert);
    REQUIRE(insert->isEnabled());
    QMenu *fields = insert->menu();
    REQUIRE(fields);
    Q_EMIT fields->aboutToShow();
    QAction *district = nullptr;
    for (QAction *a : fields->actions())
        if (a->data().toString() == u"district")
            district = a;
    REQUIRE(district);
    CHECK(district->text() == u"İlçe  {ilçe}");
    district->trigger();
    QCoreApplication::processEvents();
    CHECK(designer->layout()
              ->item(QStringLiteral("subtitle"))
              ->text.contains(QStringLiteral("{ilçe}")));
    CHECK(window.canvas()->layer(mahalle)->style.strokeWidth == 2.5);
    CHECK(window.session()->undoStack()->count() == 1);
}

TEST_CASE("Messages name menu items as the menus read, in both languages", "[app][council]")
{
    test::TempDir dir;
    test::MessageCapture messages;
    MainWindow window;
    const QString language = GENERATE(QStringLiteral("tr"), QStringLiteral("en"));
    window.setLanguage(language);
    REQUIRE(window.createProject(dir.path(QStringLiteral("p.gpkg")), QStringLiteral("P"),
                                 QStringLiteral("Gaziantep"), 5256));
    test::importSahinbey(window); // boundaries, no figures joined
    const QString figures
        = messages::menuPath(window.findChild<QAction *>(QStringLiteral("figuresAction")));
    CHECK(figures
          == (language == u"tr" ? QStringLiteral("Katman ▸ Alan verileri…")
                                : QStringLiteral("Layer ▸ Figures per area…")));
    std::unique_ptr<AnalysisDialog> pressure(
        window.makeAnalysisDialog(AnalysisDialog::Kind::Pressure));
    CHECK_FALSE(pressure->run());
    const QString status = pressure->findChild<QLabel *>(QStringLiteral("status"))->text();
    INFO(status.toStdString());
    CHECK(status.contains(figures));
    CHECK_FALSE(status.contains(QStringLiteral("Rakamları birleştir")));

    const QString path = window.session()->project().path();
    window.closeProject(); // the CLI writes the run: the window lets go of the project
    const auto cli = test::runCli({QStringLiteral("analyze"), QStringLiteral("pressure"), path,
                                   QStringLiteral("--areas"), QStringLiteral("Mahalleler")});
    INFO(cli.err.toStdString());
    CHECK(cli.exitCode == 1);
    CHECK(cli.err.contains(QStringLiteral("(geisep-cli figures)")));
}

TEST_CASE("Export offers the layer chosen in the layers panel first", "[app][council][export]")
{
    test::TempDir dir;
    test::MessageCapture messages;
    MainWindow window;
    window.setLanguage(QStringLiteral("en"));
    const QString project = dir.path(QStringLiteral("ornek.gpkg"));
    REQUIRE(test::runCli({QStringLiteral("sample"), project}).exitCode == 0);
    REQUIRE(window.openProject(project));
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    // The last layer of the layers panel (under its group), not the first of the project.
    QAbstractItemModel *model = window.layersView()->model();
    std::vector<QModelIndex> layers;
    std::function<void(const QModelIndex &)> walk = [&](const QModelIndex &parent) {
        for (int r = 0; r < model->rowCount(parent); ++r) {
            const QModelIndex i = model->index(r, 0, parent);
            if (i.data(LayerListModel::LayerIdRole).toLongLong() != 0)
                layers.push_back(i);
            walk(i);
        }
    };
    walk({});
    REQUIRE(layers.size() >= 3);
    const QModelIndex last = layers.back();
    window.layersView()->setCurrentIndex(last);
    QString chosen;
    for (const LayerInfo &l : window.session()->project().layers())
        if (l.id == window.currentLayerId())
            chosen = l.name;
    REQUIRE_FALSE(chosen.isEmpty());
    REQUIRE(window.currentLayerId() == last.data(LayerListModel::LayerIdRole).toLongLong());
    QString offered;
    test::ExpectModal pick([&](QWidget *dialog) {
        auto *combo = dialog->findChild<QComboBox *>();
        REQUIRE(combo);
        offered = combo->currentText();
        qobject_cast<QDialog *>(dialog)->reject();
    });
    window.findChild<QAction *>(QStringLiteral("exportAction"))->trigger();
    REQUIRE(pick.handled());
    CHECK(offered == chosen);
    CHECK(offered != window.session()->project().layers().front().name);
}

TEST_CASE("Paper: an atlas range prints on a printer and shows in a print preview",
          "[app][council][designer][paper]")
{
    test::TempDir dir;
    test::MessageCapture messages;
    MainWindow window;
    window.setLanguage(QStringLiteral("tr"));
    const QString project = dir.path(QStringLiteral("ornek.gpkg"));
    REQUIRE(test::runCli({QStringLiteral("sample"), project}).exitCode == 0);
    REQUIRE(window.openProject(project));
    LayoutDesigner *designer = window.showLayoutDesigner();
    REQUIRE(designer);
    REQUIRE(designer->selectLayout(QStringLiteral("Mahalle bilgi kartı")));
    CHECK(designer->findChild<QAction *>(QStringLiteral("print")));
    CHECK(designer->findChild<QAction *>(QStringLiteral("printPreview")));

    // Pages 4–6 of the 333 (the first three areas after cover and contents) on a printer
    // that writes PDF, as CUPS's "Print to file" does.
    QPrinter printer(QPrinter::HighResolution);
    printer.setOutputFormat(QPrinter::PdfFormat);
    const QString pdf = dir.path(QStringLiteral("kagit.pdf"));
    printer.setOutputFileName(pdf);
    printer.setPrintRange(QPrinter::PageRange);
    printer.setFromTo(4, 6);
    REQUIRE(designer->printOnPaper(printer));
    CHECK(messages.errors().isEmpty());
    const auto info = test::run(QStringLiteral("pdfinfo"), {pdf});
    REQUIRE(info.exitCode == 0);
    CHECK(info.out.contains(QRegularExpression(QStringLiteral("Pages:\\s+3\\n"))));
    CHECK(info.out.contains(QStringLiteral("595 x 842 pts (A4)")));
    const auto text = test::run(QStringLiteral("pdftotext"),
                                {QStringLiteral("-layout"), pdf, QStringLiteral("-")});
    REQUIRE(text.exitCode == 0);
    const QStringList pages = text.out.split(u'\f');
    REQUIRE(pages.size() >= 3);
    CHECK(pages[0].contains(QStringLiteral("Sayfa 4 / 333")));
    CHECK(pages[2].contains(QStringLiteral("Sayfa 6 / 333")));

    // A preview of pages 10–12: three pages drawn, not the whole atlas.
    QPrintPreviewDialog *preview = designer->printPreview(9, 11);
    REQUIRE(preview);
    QCoreApplication::processEvents();
    auto *pagesShown = preview->findChild<QPrintPreviewWidget *>();
    REQUIRE(pagesShown);
    pagesShown->updatePreview();
    CHECK(pagesShown->pageCount() == 3);
    CHECK(preview->windowTitle().contains(QStringLiteral("10–12")));
    preview->close();
    QCoreApplication::processEvents();

    // From the window's Print menu: the long atlas asks which pages to preview.
    test::ExpectModal range([](QWidget *dialog) {
        dialog->findChild<QSpinBox *>(QStringLiteral("fromPage"))->setValue(5);
        dialog->findChild<QSpinBox *>(QStringLiteral("toPage"))->setValue(6);
        qobject_cast<QDialog *>(dialog)->accept();
    });
    window.findChild<QAction *>(QStringLiteral("paperPreviewAction"))->trigger();
    REQUIRE(range.handled());
    QCoreApplication::processEvents();
    QPrintPreviewDialog *fromMenu = nullptr;
    for (auto *d : designer->findChildren<QPrintPreviewDialog *>())
        if (d->isVisible())
            fromMenu = d;
    REQUIRE(fromMenu);
    auto *menuPages = fromMenu->findChild<QPrintPreviewWidget *>();
    menuPages->updatePreview();
    CHECK(menuPages->pageCount() == 2);
    CHECK(fromMenu->windowTitle().contains(QStringLiteral("5–6")));
    fromMenu->close();
    QCoreApplication::processEvents();
}

TEST_CASE("Each project opens with its own window size, docks and map where it was left",
          "[app][council][view]")
{
    test::TempDir dir;
    test::MessageCapture messages;
    MainWindow window;
    window.setLanguage(QStringLiteral("en"));
    const QString first = dir.path(QStringLiteral("ornek.gpkg"));
    REQUIRE(test::runCli({QStringLiteral("sample"), first}).exitCode == 0);
    const QString second = dir.path(QStringLiteral("ikinci.gpkg"));
    REQUIRE(QFile::copy(first, second));
    window.resize(1200, 760);
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    REQUIRE(window.openProject(first));
    // The planner zooms to a part of the map and makes the window smaller.
    const Viewport whole = window.canvas()->viewport();
    window.canvas()->setViewport(Viewport(whole.centerX() + 1500, whole.centerY() - 800,
                                          whole.unitsPerPixel() / 4, window.canvas()->size()));
    window.resize(1000, 700);
    QCoreApplication::processEvents();
    const Viewport left = window.canvas()->viewport();

    // Another project opens at its full extent, not where the first was left.
    REQUIRE(window.openProject(second));
    QCoreApplication::processEvents();
    CHECK(window.canvas()->viewport().unitsPerPixel() > left.unitsPerPixel() * 2);
    window.resize(1300, 820);
    QCoreApplication::processEvents();

    // The first again: its window size and map as they were.
    REQUIRE(window.openProject(first));
    QCoreApplication::processEvents();
    CHECK(window.size() == QSize(1000, 700));
    const Viewport back = window.canvas()->viewport();
    CHECK(back.unitsPerPixel() == Approx(left.unitsPerPixel()).epsilon(1e-9));
    CHECK(back.centerX() == Approx(left.centerX()).margin(0.01));
    CHECK(back.centerY() == Approx(left.centerY()).margin(0.01));

    // Docks: the first without the inspector, the second with it and a dock floating. Going
    // back and forth restores each (with the legend and charts tabbed, Qt 6.4 once crashed
    // restoring docks shown differently).
    auto *inspector = window.findChild<QDockWidget *>(QStringLiteral("inspectorDock"));
    auto *layers = window.findChild<QDockWidget *>(QStringLiteral("layersDock"));
    REQUIRE((inspector && layers));
    inspector->hide();
    QCoreApplication::processEvents();
    REQUIRE(window.openProject(second));
    inspector->show();
    layers->setFloating(true);
    QCoreApplication::processEvents();
    for (int round = 0; round < 4; ++round) {
        REQUIRE(window.openProject(first));
        QCoreApplication::processEvents();
        CHECK_FALSE(inspector->isVisible());
        CHECK_FALSE(layers->isFloating());
        REQUIRE(window.openProject(second));
        QCoreApplication::processEvents();
        CHECK(inspector->isVisible());
        CHECK(layers->isFloating());
    }
}

namespace {

// The dark pixels of a tree row drawn offscreen, and the first pixel row (from the row's top)
// that has any.
struct RowInk
{
    int pixels = 0;
    int firstRow = -1;
};

RowInk inkOfSecondRow(bool roomy)
{
    QTreeWidget tree;
    tree.setHeaderHidden(true);
    tree.resize(240, 90);
    if (roomy)
        useRoomyRows(&tree);
    new QTreeWidgetItem(&tree, {QStringLiteral("Kapsama")});
    auto *item = new QTreeWidgetItem(&tree, {QStringLiteral("Örnek İlçe Ümraniye")});
    tree.show();
    QCoreApplication::processEvents();
    const QImage image = tree.viewport()->grab().toImage();
    const QRect rect = tree.visualItemRect(item);
    RowInk ink;
    for (int y = rect.top(); y <= rect.bottom(); ++y)
        for (int x = rect.left(); x <= rect.right(); ++x)
            if (qGray(image.pixel(x, y)) < 200) {
                ++ink.pixels;
                if (ink.firstRow < 0)
                    ink.firstRow = y - rect.top();
            }
    return ink;
}

} // namespace

TEST_CASE("The dots of Turkish capitals are drawn whole in the panels' rows", "[app][council]")
{
    // Rows as tall as the font cut the top off "Ö", "İ" and "Ü"; with room they are whole.
    const RowInk tight = inkOfSecondRow(false);
    const RowInk roomy = inkOfSecondRow(true);
    INFO("tight " << tight.pixels << " from row " << tight.firstRow << ", roomy " << roomy.pixels
                  << " from row " << roomy.firstRow);
    CHECK(roomy.firstRow >= 1); // nothing touches the row above
    CHECK(roomy.pixels > tight.pixels);

    test::MessageCapture messages;
    MainWindow window;
    for (const char *name : {"layersView", "planView", "legend"}) {
        INFO(name);
        auto *view = window.findChild<QAbstractItemView *>(QLatin1String(name));
        REQUIRE(view);
        CHECK(qobject_cast<RoomyRowsDelegate *>(view->itemDelegate()));
    }
}

TEST_CASE("The file dialog's type column is Turkish when the workbench is", "[app][council]")
{
    test::TempDir dir;
    test::MessageCapture messages;
    MainWindow window;
    window.setLanguage(QStringLiteral("tr"));
    // What QFileDialog's "Tür" column shows for a folder (Qt's own Turkish lacks it).
    CHECK(QFileIconProvider().type(QFileInfo(dir.path(QString()))) == u"Klasör");
    window.setLanguage(QStringLiteral("en"));
    CHECK(QFileIconProvider().type(QFileInfo(dir.path(QString()))) == u"Folder");
}

TEST_CASE("The file dialog's dates follow the workbench's language, not the system's",
          "[app][council]")
{
    test::TempDir dir;
    test::MessageCapture messages;
    QFile file(dir.path(QStringLiteral("Şehitkamil.csv")));
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write("a\n");
    file.close();
    const QDateTime modified = QFileInfo(file.fileName()).lastModified();
    MainWindow window;
    for (const QString &language : {QStringLiteral("tr"), QStringLiteral("en")}) {
        window.setLanguage(language);
        QFileDialog dialog(nullptr, QStringLiteral("t"), dir.path(QString()));
        dialog.setOption(QFileDialog::DontUseNativeDialog);
        files::localiseDates(dialog);
        QAbstractProxyModel *proxy = dialog.proxyModel();
        REQUIRE(proxy);
        auto *model = qobject_cast<QFileSystemModel *>(proxy->sourceModel());
        REQUIRE(model);
        const QModelIndex source = model->index(file.fileName(), 3);
        REQUIRE(source.isValid());
        const QString shown = proxy->mapFromSource(source).data().toString();
        const QLocale expected = language == u"tr"
                                     ? QLocale(QLocale::Turkish, QLocale::Turkey)
                                     : QLocale(QLocale::English, QLocale::UnitedKingdom);
        CHECK(shown == expected.toString(modified, QLocale::ShortFormat));
        if (language == u"tr")
            CHECK(
                shown.startsWith(expected.toString(modified.date(), QStringLiteral("d.MM.yyyy"))));
    }
}
