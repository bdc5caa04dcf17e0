// The map canvas in the window, driven offscreen with mouse and keyboard as a planner would.
#include "app/edit/attributetablewindow.h"
#include "app/layers/styledialog.h"
#include "app/mainwindow.h"
#include "app/map/mapcanvas.h"
#include "app/map/mapcontrols.h"
#include "app/map/maptools.h"
#include "app/plan/actionsoverview.h"
#include "app/plan/indicatorsdialog.h"
#include "app/plan/planitemdialog.h"
#include "app/plan/stakeholdersdialog.h"
#include "app/session.h"
#include "core/areasearch.h"
#include "core/layerlistmodel.h"
#include "core/plan/plantreemodel.h"
#include "gis/edit/attributetable.h"
#include "gis/geos.h"
#include "gis/map/maplayer.h"
#include "tests/app/fixtures.h"
#include "tests/app/guards.h"
#include "tests/support/support.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDropEvent>
#include <QLabel>
#include <QLineEdit>
#include <QMimeData>
#include <QMouseEvent>
#include <QPushButton>
#include <QSpinBox>
#include <QTableView>
#include <QTableWidget>
#include <QTest>
#include <QTimer>
#include <QTreeView>
#include <QTreeWidget>
#include <QUndoStack>

#include <catch2/catch.hpp>
#include <geos_c.h>

using namespace geisep;
using Catch::Matchers::WithinAbs;
using test::MapWindow;

namespace {

// The stored geometry of the mahalle called `name`.
geos::GeometryPtr storedGeometry(Database &db, const QString &table, const QString &name)
{
    auto stmt = db.prepareWith("SELECT geom FROM %1 WHERE name = ?", {*Identifier::make(table)});
    REQUIRE(stmt);
    stmt->bind(1, name);
    REQUIRE(stmt->step().value());
    const QByteArray blob = stmt->blob(0);
    return geos::fromWkb(blob.mid(gpkg::decodeHeader(blob)->wkbOffset));
}

} // namespace

TEST_CASE("Dragging the map moves the extent by the dragged distance", "[app][map]")
{
    MapWindow w;
    const Viewport before = w.canvas()->viewport();
    w.drag(QPointF(300, 300), QPointF(420, 240));
    const Viewport after = w.canvas()->viewport();
    // 120 px right and 60 px up: the map follows the hand, so the centre goes west and south.
    CHECK_THAT(after.centerX(), WithinAbs(before.centerX() - 120 * before.unitsPerPixel(), 1e-6));
    CHECK_THAT(after.centerY(), WithinAbs(before.centerY() - 60 * before.unitsPerPixel(), 1e-6));
    CHECK(after.unitsPerPixel() == before.unitsPerPixel());
    // The extent history has the move; back returns to where we were.
    REQUIRE(w.canvas()->canGoBack());
    w.canvas()->previousExtent();
    CHECK_THAT(w.canvas()->viewport().centerX(), WithinAbs(before.centerX(), 1e-6));
    // The arrow keys pan by a quarter of the view.
    w.canvas()->setFocus();
    QTest::keyClick(w.canvas(), Qt::Key_Right);
    CHECK_THAT(
        w.canvas()->viewport().centerX(),
        WithinAbs(before.centerX() + w.canvas()->width() / 4.0 * before.unitsPerPixel(), 1e-6));
    // The wheel zooms about the cursor: the map point under it stays put.
    const QPointF cursor(200, 150);
    const QPointF mapBefore = w.canvas()->viewport().toMap(cursor);
    QWheelEvent wheel(cursor, w.canvas()->mapToGlobal(cursor), QPoint(), QPoint(0, 120),
                      Qt::NoButton, Qt::NoModifier, Qt::NoScrollPhase, false);
    QCoreApplication::sendEvent(w.canvas(), &wheel);
    const QPointF mapAfter = w.canvas()->viewport().toMap(cursor);
    CHECK_THAT(mapAfter.x(), WithinAbs(mapBefore.x(), 1e-6));
    CHECK_THAT(mapAfter.y(), WithinAbs(mapBefore.y(), 1e-6));
    CHECK(w.canvas()->waitForFrame());
    CHECK(w.messages.errors().isEmpty());
}

TEST_CASE("A click on the map identifies the mahalle under it", "[app][map]")
{
    MapWindow w;
    geos::GeometryPtr g = storedGeometry(w.db(), w.mahalleTable(), QStringLiteral("İnönü Mh."));
    // Zoom close enough for a click to be unambiguous.
    double minX = 0, minY = 0, maxX = 0, maxY = 0;
    GEOSGeom_getXMin_r(geos::context(), g.get(), &minX);
    GEOSGeom_getYMin_r(geos::context(), g.get(), &minY);
    GEOSGeom_getXMax_r(geos::context(), g.get(), &maxX);
    GEOSGeom_getYMax_r(geos::context(), g.get(), &maxY);
    w.canvas()->zoomToExtent(Envelope{minX, minY, maxX, maxY});
    geos::GeometryPtr inside(GEOSPointOnSurface_r(geos::context(), g.get()));
    double x = 0, y = 0;
    GEOSGeomGetX_r(geos::context(), inside.get(), &x);
    GEOSGeomGetY_r(geos::context(), inside.get(), &y);
    w.click(w.canvas()->viewport().toScreen(x, y));
    const QString text = w.window.inspectorText();
    INFO(text.toStdString());
    CHECK(text.contains(QStringLiteral("İnönü Mh.")));
    CHECK(text.contains(QStringLiteral("Şahinbey")));
}

TEST_CASE("A box selection selects the mahalle the box touches", "[app][map]")
{
    MapWindow w;
    const QString table = w.mahalleTable();
    // The Select tool, on the mahalle layer (the first area layer is current).
    w.window.findChild<QAction *>(QStringLiteral("selectTool"))->trigger();
    // A box around the middle of Şahinbey.
    const Envelope extent = w.canvas()->layer(w.canvas()->selectionLayer())->geometry->extent;
    const QPointF middle = w.canvas()->viewport().toScreen((extent.minX + extent.maxX) / 2,
                                                           (extent.minY + extent.maxY) / 2);
    const QPointF a = middle - QPointF(40, 30), b = middle + QPointF(40, 30);
    w.drag(a, b);
    const QPointF ma = w.canvas()->viewport().toMap(a), mb = w.canvas()->viewport().toMap(b);

    // The oracle: GEOS intersects between each stored mahalle and the box.
    geos::GeometryPtr box(GEOSGeom_createRectangle_r(
        geos::context(), std::min(ma.x(), mb.x()), std::min(ma.y(), mb.y()),
        std::max(ma.x(), mb.x()), std::max(ma.y(), mb.y())));
    auto stmt = w.db().prepareWith("SELECT geom FROM %1", {*Identifier::make(table)});
    REQUIRE(stmt);
    std::size_t expected = 0;
    while (stmt->step().value()) {
        const QByteArray blob = stmt->blob(0);
        geos::GeometryPtr g = geos::fromWkb(blob.mid(gpkg::decodeHeader(blob)->wkbOffset));
        expected += GEOSIntersects_r(geos::context(), g.get(), box.get()) == 1 ? 1 : 0;
    }
    REQUIRE(expected >= 3);
    CHECK(w.canvas()->selection().size() == expected);
    const auto *label = w.window.findChild<QLabel *>(QStringLiteral("selectionLabel"));
    CHECK(label->text() == QStringLiteral("%1 selected").arg(expected));

    // Shift+click on a selected mahalle takes it out of the selection.
    const std::size_t first = *w.canvas()->selection().begin();
    const auto layer = w.canvas()->layer(w.canvas()->selectionLayer());
    const QPointF inside = layer->geometry->labelPoints[first];
    const QPointF at = w.canvas()->viewport().toScreen(inside.x(), inside.y());
    w.mouse(QEvent::MouseButtonPress, at, Qt::LeftButton, Qt::LeftButton, Qt::ShiftModifier);
    w.mouse(QEvent::MouseButtonRelease, at, Qt::LeftButton, Qt::NoButton, Qt::ShiftModifier);
    CHECK(w.canvas()->selection().size() == expected - 1);
    CHECK_FALSE(w.canvas()->selection().contains(first));
}

TEST_CASE("Measuring and polygon selection: click vertices, Backspace takes one back, Esc "
          "drops them, Enter or a double click finishes",
          "[app][map][tools]")
{
    MapWindow w;
    MapCanvas *canvas = w.canvas();
    const Viewport &vp = canvas->viewport();
    std::vector<std::tuple<double, double, bool>> reports;
    QObject::connect(canvas, &MapCanvas::measured, [&](double length, double area, bool done) {
        reports.emplace_back(length, area, done);
    });
    const auto key = [&](int k) {
        QTest::keyClick(canvas, Qt::Key(k));
    };
    // Screen points whose map distances are known.
    const QPointF origin(400, 400);
    const double upp = vp.unitsPerPixel();

    // A line of two legs: 300 px right, 400 px down = 700 px; a wrong third point taken back.
    w.window.findChild<QAction *>(QStringLiteral("measureLineTool"))->trigger();
    w.click(origin);
    w.click(origin + QPointF(300, 0));
    w.click(origin + QPointF(300, 400));
    w.click(origin + QPointF(900, 400));
    key(Qt::Key_Backspace);
    key(Qt::Key_Return);
    REQUIRE_FALSE(reports.empty());
    CHECK(std::get<2>(reports.back()));
    CHECK_THAT(std::get<0>(reports.back()), WithinAbs(700 * upp, 1e-6 * 700 * upp));
    const auto *tool = qobject_cast<PointsTool *>(canvas->mapTool());
    REQUIRE(tool);
    CHECK(tool->points().size() == 3);
    CHECK(tool->isFinished());
    // Esc drops the measurement.
    key(Qt::Key_Escape);
    CHECK(tool->points().isEmpty());

    // An area: a 200 × 100 px rectangle, finished by a double click on its last corner.
    w.window.findChild<QAction *>(QStringLiteral("measureAreaTool"))->trigger();
    reports.clear();
    w.click(origin);
    w.click(origin + QPointF(200, 0));
    w.click(origin + QPointF(200, 100));
    w.click(origin + QPointF(0, 100));
    w.mouse(QEvent::MouseButtonDblClick, origin + QPointF(0, 100), Qt::LeftButton, Qt::LeftButton);
    REQUIRE_FALSE(reports.empty());
    CHECK(std::get<2>(reports.back()));
    CHECK_THAT(std::get<1>(reports.back()), WithinAbs(200 * 100 * upp * upp, upp * upp));
    CHECK_THAT(std::get<0>(reports.back()), WithinAbs(600 * upp, 1e-6 * 600 * upp));
    const auto *label = w.window.findChild<QLabel *>(QStringLiteral("measureLabel"));
    REQUIRE(label);
    CHECK(label->text().startsWith(u"Area"));

    // A polygon round the middle of Şahinbey selects what it touches, as the box would.
    w.window.findChild<QAction *>(QStringLiteral("selectPolygonTool"))->trigger();
    const Envelope extent = canvas->layer(canvas->selectionLayer())->geometry->extent;
    const QPointF middle
        = vp.toScreen((extent.minX + extent.maxX) / 2, (extent.minY + extent.maxY) / 2);
    w.click(middle + QPointF(-40, -30));
    w.click(middle + QPointF(40, -30));
    w.click(middle + QPointF(40, 30));
    w.click(middle + QPointF(-40, 30));
    key(Qt::Key_Return);
    const std::set<std::size_t> byPolygon = canvas->selection();
    CHECK(byPolygon.size() >= 3);
    canvas->clearSelection();
    w.window.findChild<QAction *>(QStringLiteral("selectTool"))->trigger();
    w.drag(middle + QPointF(-40, -30), middle + QPointF(40, 30));
    CHECK(canvas->selection() == byPolygon);
}

TEST_CASE("A new map tool is a class: the canvas hands it the mouse and keys, and drops it",
          "[app][map][tools]")
{
    MapWindow w;
    struct Counting : MapTool
    {
        using MapTool::MapTool;
        int presses = 0, keys = 0;
        bool *active;
        void activate() override { *active = true; }
        void deactivate() override { *active = false; }
        void press(QMouseEvent *) override { ++presses; }
        bool key(QKeyEvent *event) override { return event->key() == Qt::Key_Escape && ++keys; }
    };
    bool active = false;
    auto tool = std::make_unique<Counting>(w.canvas());
    tool->active = &active;
    Counting *counting = tool.get();
    w.canvas()->setMapTool(std::move(tool));
    CHECK(active);
    const double scale = w.canvas()->viewport().unitsPerPixel();
    w.click(QPointF(300, 300));
    QTest::keyClick(w.canvas(), Qt::Key_Escape);
    QTest::keyClick(w.canvas(), Qt::Key_Plus); // not the tool's: the map zooms in
    CHECK(counting->presses == 1);
    CHECK(counting->keys == 1);
    CHECK(w.canvas()->viewport().unitsPerPixel() < scale);
    w.canvas()->setTool(MapCanvas::Tool::Pan);
    CHECK_FALSE(active);
    CHECK(qobject_cast<PanTool *>(w.canvas()->mapTool()));
}

TEST_CASE("The attribute table opens with F6 on the current layer and shares the map's selection",
          "[app][map][attributes]")
{
    MapWindow w;
    MapCanvas *canvas = w.canvas();
    const qint64 mahalle = w.layerId(QStringLiteral("Mahalleler"));
    REQUIRE(mahalle > 0);
    REQUIRE(canvas->selectionLayer() == mahalle); // the current layer of the layers panel
    const auto layer = canvas->layer(mahalle);
    QTest::keyClick(&w.window, Qt::Key_F6);
    AttributeTableWindow *table = w.window.attributeTable(mahalle);
    REQUIRE(table);
    CHECK(table->isVisible());
    CHECK(table->model()->rowCount() == int(layer->geometry->featureCount()));
    CHECK(table->windowTitle().contains(u"Mahalleler"));
    // F6 again raises the same window.
    QTest::keyClick(&w.window, Qt::Key_F6);
    CHECK(w.window.attributeTable(mahalle) == table);

    // Rows selected in the table are selected on the map.
    table->view()->selectRow(2);
    const qint64 fid = table->model()->fidAt(2);
    REQUIRE(canvas->selection().size() == 1);
    CHECK(layer->geometry->fids[*canvas->selection().begin()] == fid);
    // The map's selection selects the rows.
    const std::set<std::size_t> onMap{0, 1, 5};
    canvas->setSelection(onMap);
    QList<qint64> expected;
    for (const std::size_t f : onMap)
        expected << layer->geometry->fids[f];
    std::sort(expected.begin(), expected.end());
    CHECK(table->selectedFeatures() == expected);
    auto *count = table->findChild<QLabel *>(QStringLiteral("attributeCount"));
    REQUIRE(count);
    CHECK(count->text().contains(u"3 selected"));
    // Only the selection, then a filter typed in Turkish; a bad one says why.
    table->findChild<QCheckBox *>(QStringLiteral("onlySelected"))->setChecked(true);
    CHECK(table->model()->rowCount() == 3);
    table->findChild<QCheckBox *>(QStringLiteral("onlySelected"))->setChecked(false);
    CHECK(table->applyFilter(QStringLiteral("ad = 'İnönü Mh.'")));
    CHECK(table->model()->rowCount() == 1);
    CHECK_FALSE(table->applyFilter(QStringLiteral("yükseklik > 3")));
    auto *error = table->findChild<QLabel *>(QStringLiteral("attributeFilterError"));
    CHECK(error->isVisibleTo(table));
    CHECK(table->model()->rowCount() == 1);
    // A double click zooms to the area and shows it in the inspector.
    table->applyFilter(QStringLiteral("ad = 'İnönü Mh.'"));
    const double before = canvas->viewport().unitsPerPixel();
    Q_EMIT table->view()->doubleClicked(table->model()->index(0, 1));
    CHECK(canvas->viewport().unitsPerPixel() < before);
    CHECK(w.window.inspectorText().contains(u"İnönü Mh."));
    // Closing the project closes its tables.
    w.window.closeProject();
    CHECK_FALSE(w.window.attributeTable(mahalle));
}

TEST_CASE("The search finds a Şahinbey mahalle typed in ASCII and zooms to it", "[app][map]")
{
    MapWindow w;
    auto *search = w.window.findChild<QLineEdit *>(QStringLiteral("searchBox"));
    REQUIRE(search);
    const double scaleBefore = w.canvas()->viewport().scaleDenominator();
    search->setFocus();
    QTest::keyClicks(search, QStringLiteral("inonu"));
    QTest::keyClick(search, Qt::Key_Return);
    const QString text = w.window.inspectorText();
    INFO(text.toStdString());
    CHECK(text.contains(QStringLiteral("İnönü Mh.")));
    CHECK(w.canvas()->viewport().scaleDenominator() < scaleBefore / 5);
    geos::GeometryPtr g = storedGeometry(w.db(), w.mahalleTable(), QStringLiteral("İnönü Mh."));
    geos::GeometryPtr centre(GEOSGetCentroid_r(geos::context(), g.get()));
    double x = 0, y = 0;
    GEOSGeomGetX_r(geos::context(), centre.get(), &x);
    GEOSGeomGetY_r(geos::context(), centre.get(), &y);
    const Envelope view = w.canvas()->viewport().visibleExtent();
    CHECK((x > view.minX && x < view.maxX && y > view.minY && y < view.maxY));
}

TEST_CASE("Hiding a layer is undoable", "[app][map]")
{
    MapWindow w;
    auto *view = w.window.findChild<QTreeView *>(QStringLiteral("layersView"));
    auto *model = view->model();
    qint64 id = 0;
    QModelIndex index;
    for (int g = 0; g < model->rowCount() && !index.isValid(); ++g)
        for (int r = 0; r < model->rowCount(model->index(g, 0)); ++r) {
            const QModelIndex i = model->index(r, 0, model->index(g, 0));
            if (i.data().toString() == u"Mahalleler") {
                index = i;
                id = i.data(LayerListModel::LayerIdRole).toLongLong();
            }
        }
    REQUIRE(index.isValid());
    REQUIRE(model->setData(index, Qt::Unchecked, Qt::CheckStateRole));
    CHECK_FALSE(w.canvas()->layer(id)->visible);
    w.window.session()->undoStack()->undo();
    CHECK(w.canvas()->layer(id)->visible);
    w.window.session()->undoStack()->redo();
    CHECK_FALSE(w.canvas()->layer(id)->visible);
}

TEST_CASE("A style chosen in the style dialog is drawn, saved and undoable", "[app][map][style]")
{
    MapWindow w;
    const qint64 id = w.layerId(QStringLiteral("Mahalleler"));
    const auto layer = w.canvas()->layer(id);
    REQUIRE(layer);
    const LayerStyle before = layer->style;

    // The dialog as a planner fills it: graduated on a number of the table, quantiles, four
    // classes (the fixture has no figures; the quarter code is numeric and distinct).
    StyleDialog dialog(w.window.session(), *layer, &w.window);
    dialog.show(); // the layer's fields are read as it opens
    auto *kind = dialog.findChild<QComboBox *>(QStringLiteral("kind"));
    auto *field = dialog.findChild<QComboBox *>(QStringLiteral("field"));
    auto *method = dialog.findChild<QComboBox *>(QStringLiteral("method"));
    auto *classes = dialog.findChild<QSpinBox *>(QStringLiteral("classes"));
    auto *ramp = dialog.findChild<QComboBox *>(QStringLiteral("ramp"));
    auto *preview = dialog.findChild<QTreeWidget *>(QStringLiteral("preview"));
    REQUIRE((kind && field && method && classes && ramp && preview));
    kind->setCurrentIndex(kind->findData(int(LayerStyle::Kind::Graduated)));
    // Graduated offers numbers only (issue 15): no name, district or code, and a numeric
    // default rather than the first text field.
    REQUIRE(field->count() > 0);
    CHECK(field->findData(QStringLiteral("area.name")) < 0);
    CHECK(field->findData(QStringLiteral("area.district")) < 0);
    CHECK(field->findData(QStringLiteral("derived.migrant_share")) >= 0);
    CHECK(field->findData(QStringLiteral("field.quarterid")) >= 0);
    for (int i = 0; i < field->count(); ++i) {
        INFO(field->itemData(i).toString().toStdString());
        CHECK(styleFieldIsNumeric(w.db(), layer->table, field->itemData(i).toString()));
    }
    CHECK(field->currentData().toString() == u"derived.migrant_share");
    field->setCurrentIndex(field->findData(QStringLiteral("field.quarterid")));
    REQUIRE(field->currentIndex() >= 0);
    method->setCurrentIndex(method->findData(int(LayerStyle::Method::Quantile)));
    classes->setValue(4);
    ramp->setCurrentIndex(ramp->findData(QStringLiteral("YlGnBu")));
    // The preview lists four classes whose counts add up to the layer's features.
    REQUIRE(preview->topLevelItemCount() == 4);
    qlonglong total = 0;
    for (int i = 0; i < preview->topLevelItemCount(); ++i)
        total += QLocale().toLongLong(preview->topLevelItem(i)->text(1));
    CHECK(total == qlonglong(layer->geometry->featureCount()));
    const LayerStyle chosen = dialog.style();
    CHECK(chosen.kind == LayerStyle::Kind::Graduated);
    CHECK(chosen.classes == 4);
    CHECK(chosen.ramp == u"YlGnBu");

    w.window.setLayerStyle(id, chosen);
    REQUIRE(w.canvas()->waitForFrame());
    CHECK(w.canvas()->layer(id)->style == chosen);
    CHECK(w.canvas()->layer(id)->classColors.size() == 4);
    CHECK(savedStyle(w.db(), id, LayerRole::MuhtarDistrict) == chosen);
    // The legend follows: the layer's entry has its four classes.
    auto *legend = w.window.findChild<QTreeWidget *>(QStringLiteral("legend"));
    REQUIRE(legend);
    int legendClasses = -1;
    for (int i = 0; i < legend->topLevelItemCount(); ++i)
        if (legend->topLevelItem(i)->data(0, Qt::UserRole).toLongLong() == id)
            legendClasses = legend->topLevelItem(i)->childCount();
    CHECK(legendClasses == 4);

    w.undo()->undo();
    CHECK(w.canvas()->layer(id)->style == before);
    CHECK(savedStyle(w.db(), id, LayerRole::MuhtarDistrict) == before);
    w.undo()->redo();
    CHECK(w.canvas()->layer(id)->style == chosen);

    // Categorized by district: one category per district present, counted in the preview.
    kind->setCurrentIndex(kind->findData(int(LayerStyle::Kind::Categorized)));
    // Categorized keeps the number chosen and offers the text fields after the numbers.
    CHECK(field->currentData().toString() == u"field.quarterid");
    REQUIRE(field->findData(QStringLiteral("area.district")) >= 0);
    CHECK(field->findData(QStringLiteral("area.district"))
          > field->findData(QStringLiteral("derived.migrant_share")));
    field->setCurrentIndex(field->findData(QStringLiteral("area.district")));
    const LayerStyle byDistrict = dialog.style();
    REQUIRE(byDistrict.categories.size() == 1);
    CHECK(byDistrict.categories[0].value == u"Şahinbey");
    CHECK(preview->topLevelItem(0)->text(1)
          == QLocale().toString(qulonglong(layer->geometry->featureCount())));
    CHECK(w.messages.errors().isEmpty());
}

TEST_CASE("Layers panel: opacity, rename, reorder by drag, remove — each undoable",
          "[app][map][layers]")
{
    MapWindow w;
    const qint64 mahalle = w.layerId(QStringLiteral("Mahalleler"));
    auto *view = w.window.layersView();
    auto *model = qobject_cast<LayerListModel *>(view->model());
    REQUIRE(model);

    // Opacity: drawn translucent, shown in the panel, undone.
    w.window.setLayerOpacity(mahalle, 0.5);
    CHECK(w.canvas()->layer(mahalle)->opacity == Approx(0.5));
    CHECK(model->indexOfLayer(mahalle).data().toString() == u"Mahalleler (50 %)");
    w.undo()->undo();
    CHECK(w.canvas()->layer(mahalle)->opacity == Approx(1.0));

    // Rename in place (F2 in the panel edits; the model's setData is what the editor calls).
    REQUIRE(model->setData(model->indexOfLayer(mahalle), QStringLiteral("Şahinbey mahalleleri")));
    CHECK(w.layerId(QStringLiteral("Şahinbey mahalleleri")) == mahalle);
    CHECK(w.canvas()->layer(mahalle)->name == u"Şahinbey mahalleleri");
    w.undo()->undo();
    CHECK(w.layerId(QStringLiteral("Mahalleler")) == mahalle);

    // Two basemaps, added through the window; the newer on top. Dragging the lower one up
    // swaps them on the map and in the panel.
    const QString a = w.dir.path(QStringLiteral("ortofoto.tif"));
    const QString b = w.dir.path(QStringLiteral("eski-harita.tif"));
    REQUIRE(test::writeRaster(a, "GTiff").isEmpty());
    REQUIRE(test::writeRaster(b, "GTiff", true, true, false).isEmpty());
    REQUIRE(w.window.addBasemap(a));
    REQUIRE(w.window.addBasemap(b));
    const qint64 ortho = w.layerId(QStringLiteral("ortofoto"));
    const qint64 old = w.layerId(QStringLiteral("eski-harita"));
    REQUIRE(w.canvas()->layer(ortho));
    CHECK(w.canvas()->layer(ortho)->raster);
    const QModelIndex group = model->indexOfLayer(ortho).parent();
    REQUIRE(model->rowCount(group) == 2);
    CHECK(model->index(0, 0, group).data(LayerListModel::LayerIdRole).toLongLong() == old);
    auto drawIndex = [&](qint64 id) {
        const auto &layers = w.canvas()->layers();
        for (std::size_t i = 0; i < layers.size(); ++i)
            if (layers[i]->id == id)
                return int(i);
        return -1;
    };
    CHECK(drawIndex(old) > drawIndex(ortho)); // drawn later = on top

    std::unique_ptr<QMimeData> mime(model->mimeData({model->indexOfLayer(ortho)}));
    model->dropMimeData(mime.get(), Qt::MoveAction, 0, 0, group);
    QCoreApplication::processEvents(); // the reorder is queued after the drop
    CHECK(model->index(0, 0, model->indexOfLayer(ortho).parent())
              .data(LayerListModel::LayerIdRole)
              .toLongLong()
          == ortho);
    CHECK(drawIndex(ortho) > drawIndex(old));
    w.undo()->undo();
    CHECK(drawIndex(old) > drawIndex(ortho));

    // Undoing the basemap's addition takes it away; redoing brings it back.
    w.undo()->undo();
    CHECK_FALSE(w.canvas()->layer(old));
    w.undo()->redo();
    CHECK(w.canvas()->layer(old));

    // Remove the mahalle layer: gone from map, panel and search; back on undo.
    view->setCurrentIndex(model->indexOfLayer(mahalle));
    auto *remove = w.window.findChild<QAction *>(QStringLiteral("removeLayerAction"));
    REQUIRE(remove);
    remove->trigger();
    CHECK_FALSE(w.canvas()->layer(mahalle));
    CHECK_FALSE(model->indexOfLayer(mahalle).isValid());
    CHECK(searchAreas(w.db(), QStringLiteral("inonu"), 5).value().empty());
    w.undo()->undo();
    CHECK(w.canvas()->layer(mahalle));
    CHECK_FALSE(searchAreas(w.db(), QStringLiteral("inonu"), 5).value().empty());
    w.undo()->redo();

    // Closing the project drops the removed layer's table; the rest is as left.
    const QString table = w.mahalleTable();
    CHECK(table.isEmpty()); // removed layers are not listed
    const QString path = w.window.session()->project().path();
    w.window.closeProject();
    auto reopened = Project::open(path, Project::Access::ReadOnly);
    REQUIRE(reopened);
    QStringList names;
    for (const LayerInfo &l : (*reopened)->layers())
        names << l.name;
    CHECK(names
          == QStringList{QStringLiteral("eski-harita"), QStringLiteral("ortofoto"),
                         QStringLiteral("İlçeler")});
    CHECK((*reopened)->planCounts().areas == 0);
    CHECK(w.messages.errors().isEmpty());
}

TEST_CASE("Plan dock: a goal under a sector, three mahalle linked, undo, redo, reopen",
          "[app][plan]")
{
    MapWindow w;
    const QString path = w.window.session()->project().path();
    QTreeView *plan = w.window.planView();
    auto *model = plan->model();
    // The education and health sector (third), chosen in the dock.
    const QModelIndex sector = model->index(2, 0);
    REQUIRE(sector.data(PlanTreeModel::CodeRole).toString() == u"EDU_HEALTH");
    plan->setCurrentIndex(sector);

    // Plan ▸ Add below… opens the goal form; fill it as a planner would.
    auto *add = w.window.findChild<QAction *>(QStringLiteral("addPlanItemAction"));
    REQUIRE(add);
    REQUIRE(add->isEnabled());
    bool filled = false;
    test::ExpectModal goalForm([&](QWidget *modal) {
        auto *dialog = qobject_cast<PlanItemDialog *>(modal);
        REQUIRE(dialog);
        auto *ok = dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
        CHECK_FALSE(ok->isEnabled()); // no Turkish title yet
        dialog->findChild<QLineEdit *>(QStringLiteral("code"))->setText(QStringLiteral("H3.2"));
        // (QTest::keyClicks types ASCII only; the editor gets the Turkish text as typed.)
        dialog->findChild<QLineEdit *>(QStringLiteral("titleTr"))
            ->setText(QStringLiteral("Göçmen çocukların okula erişimi"));
        CHECK(ok->isEnabled());
        filled = true;
        ok->click();
    });
    add->trigger();
    REQUIRE(filled);
    PlanStore &store = w.window.session()->plan();
    REQUIRE(store.goals()->size() == 1);
    const Goal goal = store.goals()->front();
    CHECK(goal.titleTr == QStringLiteral("Göçmen çocukların okula erişimi"));
    CHECK(goal.sectorId == sector.data(PlanTreeModel::IdRole).toLongLong());
    const QModelIndex goalIndex = plan->currentIndex();
    CHECK(goalIndex.data(PlanTreeModel::IdRole).toLongLong() == goal.id);
    CHECK(goalIndex.parent() == sector);

    // Three mahalle selected on the map, linked through the link dialog.
    const qint64 mahalle = w.layerId(QStringLiteral("Mahalleler"));
    w.canvas()->setSelectionLayer(mahalle);
    w.canvas()->setSelection({0, 1, 2});
    test::ExpectModal linkForm([&](QWidget *dialog) {
        REQUIRE(dialog->objectName() == u"linkDialog");
        auto *priority = dialog->findChild<QComboBox *>();
        priority->setCurrentIndex(priority->findData(QStringLiteral("high")));
        dialog->findChild<QLineEdit *>()->setText(QStringLiteral("Okul yok, servis gerekli"));
        dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();
    });
    w.window.findChild<QAction *>(QStringLiteral("linkAction"))->trigger();
    auto links = [&] {
        return w.db()
            .queryInt("SELECT count(*) FROM geisep_area_links WHERE goal_id = 1 AND "
                      "priority = 'high'")
            .value();
    };
    CHECK(links() == 3);
    // The inspector of a linked mahalle lists the goal under its sector.
    const qint64 fid0 = w.canvas()->layer(mahalle)->geometry->fids[0];
    REQUIRE(w.window.identifyFeature(mahalle, fid0));
    CHECK(w.window.inspectorText().contains(QStringLiteral("Göçmen çocukların okula erişimi")));
    CHECK(w.window.inspectorText().contains(QStringLiteral("Education and health services")));

    QUndoStack *undo = w.undo();
    undo->undo();
    CHECK(links() == 0);
    CHECK_FALSE(w.window.inspectorText().contains(QStringLiteral("okula erişimi")));
    undo->redo();
    CHECK(links() == 3);

    // Choosing the goal shows its areas: the same three.
    w.canvas()->clearSelection();
    CHECK(w.window.showItemAreas(PlanKind::Goal, goal.id) == 3);
    CHECK(w.canvas()->selection() == std::set<std::size_t>{0, 1, 2});

    // Saved as it goes: closed and reopened, the same state.
    const qint64 goalId = goal.id;
    w.window.closeProject();
    REQUIRE(w.window.openProject(path));
    CHECK(w.window.session()->plan().goals()->size() == 1);
    CHECK(w.window.session()->plan().goals()->front().code == u"H3.2");
    CHECK(links() == 3);
    CHECK(w.window.showItemAreas(PlanKind::Goal, goalId) == 3);
    CHECK(w.messages.errors().isEmpty());
}

TEST_CASE("Plan dock: deleting a goal with children asks first, undo restores all", "[app][plan]")
{
    MapWindow w;
    PlanItem goal;
    goal.parentId = 1;
    goal.titleTr = QStringLiteral("Kentsel dönüşümde göçmen haneler");
    const qint64 g = w.window.addPlanItem(goal);
    REQUIRE(g > 0);
    PlanItem objective;
    objective.kind = PlanKind::Objective;
    objective.parentId = g;
    objective.titleTr = QStringLiteral("Kira yardımı");
    const qint64 o = w.window.addPlanItem(objective);
    REQUIRE(o > 0);
    PlanItem refused = objective;
    refused.titleTr.clear();
    CHECK(w.window.addPlanItem(refused) == 0);
    CHECK(w.messages.errors().size() == 1); // said why, and nothing entered the undo stack
    w.messages.clear();

    QStringList asked;
    w.messages.answer = [&](const Message &q) {
        asked << q.text;
        return false;
    };
    CHECK_FALSE(w.window.removePlanItem(PlanKind::Goal, g));
    REQUIRE(asked.size() == 1);
    CHECK(asked[0].contains(QStringLiteral("1 objective")));
    CHECK(w.window.session()->plan().objectives()->size() == 1);
    w.messages.answer = [](const Message &) {
        return true;
    };
    CHECK(w.window.removePlanItem(PlanKind::Goal, g));
    CHECK(w.window.session()->plan().goals()->isEmpty());
    CHECK(w.window.session()->plan().objectives()->isEmpty());
    w.undo()->undo();
    CHECK(w.window.session()->plan().objectives()->front().id == o);
    // Undo of the adds, then redo: the same ids come back.
    w.undo()->undo();
    w.undo()->undo();
    CHECK(w.window.session()->plan().goals()->isEmpty());
    w.undo()->redo();
    w.undo()->redo();
    CHECK(w.window.session()->plan().goals()->front().id == g);
    CHECK(w.window.session()->plan().objectives()->front().id == o);
}

TEST_CASE("Plan: drag areas onto an action, indicators grid with progress, stakeholder "
          "register, plan map views and the actions overview",
          "[app][plan]")
{
    MapWindow w;
    PlanStore &store = w.window.session()->plan();
    PlanItem goal;
    goal.parentId = 3; // education and health
    goal.code = QStringLiteral("H3.1");
    goal.titleTr = QStringLiteral("Göçmen çocukların okullaşması");
    const qint64 g = w.window.addPlanItem(goal);
    PlanItem objective;
    objective.kind = PlanKind::Objective;
    objective.parentId = g;
    objective.code = QStringLiteral("A3.1.1");
    objective.titleTr = QStringLiteral("Okul öncesi kayıtların artırılması");
    const qint64 o = w.window.addPlanItem(objective);
    PlanItem action;
    action.kind = PlanKind::Action;
    action.parentId = o;
    action.code = QStringLiteral("E3.1.1.1");
    action.titleTr = QStringLiteral("Mahalle kreşleri");
    action.start = QDate(2025, 9, 1);
    action.end = QDate(2027, 6, 30);
    action.status = QStringLiteral("in_progress");
    const qint64 a = w.window.addPlanItem(action);
    REQUIRE(a > 0);

    // Three mahalle selected and dropped onto the action in the dock, as a drag from the map.
    const qint64 mahalle = w.layerId(QStringLiteral("Mahalleler"));
    w.canvas()->setSelectionLayer(mahalle);
    w.canvas()->setSelection({0, 1, 2});
    std::unique_ptr<QMimeData> mime(w.canvas()->selectionMimeData());
    REQUIRE(mime);
    CHECK(mime->hasFormat(PlanTreeModel::featuresMimeType()));
    QTreeView *plan = w.window.planView();
    auto *model = plan->model();
    const QModelIndex actionIndex
        = qobject_cast<PlanTreeModel *>(model)->find(PlanTreeModel::Kind::Action, a);
    REQUIRE(actionIndex.isValid());
    CHECK_FALSE(model->canDropMimeData(mime.get(), Qt::LinkAction, -1, -1, model->index(0, 0)));
    CHECK(model->canDropMimeData(mime.get(), Qt::LinkAction, -1, -1, actionIndex));
    w.canvas()->clearSelection(); // the drop brings its own areas
    plan->scrollTo(actionIndex);
    const QPoint at = plan->visualRect(actionIndex).center();
    bool linked = false;
    test::ExpectModal linkForm([&](QWidget *dialog) {
        REQUIRE(dialog->objectName() == u"linkDialog");
        linked = true;
        dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();
    });
    QDragEnterEvent enter(at, Qt::LinkAction | Qt::CopyAction, mime.get(), Qt::LeftButton,
                          Qt::NoModifier);
    QCoreApplication::sendEvent(plan->viewport(), &enter);
    QDragMoveEvent move(at, Qt::LinkAction | Qt::CopyAction, mime.get(), Qt::LeftButton,
                        Qt::NoModifier);
    QCoreApplication::sendEvent(plan->viewport(), &move);
    CHECK(move.isAccepted());
    QDropEvent drop(at, Qt::LinkAction | Qt::CopyAction, mime.get(), Qt::LeftButton,
                    Qt::NoModifier);
    QCoreApplication::sendEvent(plan->viewport(), &drop);
    REQUIRE(linked);
    CHECK(store.areasOfItem(PlanKind::Action, a).value().size() == 3);
    CHECK(w.canvas()->selection() == std::set<std::size_t>{0, 1, 2});

    // Indicators of the objective: values per area and year in the grid, progress badges.
    const QList<qint64> areas = store.areasOfItem(PlanKind::Action, a).value();
    IndicatorsDialog indicators(w.window.session(), PlanKind::Objective, o);
    indicators.show();
    Indicator rate;
    rate.ownerKind = PlanKind::Objective;
    rate.ownerId = o;
    rate.nameTr = QStringLiteral("Okul öncesi kayıt oranı");
    rate.unit = QStringLiteral("%");
    rate.type = QStringLiteral("percent");
    rate.aggregation = QStringLiteral("mean");
    const qint64 r = indicators.addIndicator(rate);
    REQUIRE(r > 0);
    CHECK(indicators.currentIndicator() == r);
    const int undoBefore = w.undo()->count();
    REQUIRE(indicators.setValue(areas[0], 2020, QStringLiteral("baseline"), 40));
    REQUIRE(indicators.setValue(areas[0], 2030, QStringLiteral("target"), 80));
    REQUIRE(indicators.setValue(areas[1], 2020, QStringLiteral("baseline"), 60));
    REQUIRE(indicators.setValue(areas[1], 2030, QStringLiteral("target"), 80));
    REQUIRE(indicators.setValue(areas[1], 2024, QStringLiteral("actual"), 58));
    CHECK(w.undo()->count() == undoBefore + 5);
    QTableWidget *grid = indicators.grid();
    // Whole plan 2020, 2024 and 2030; area 0 2020 and 2030; area 1 2020, 2024 and 2030.
    REQUIRE(grid->rowCount() == 8);
    CHECK(grid->item(0, IndicatorsDialog::AreaColumn)->text() == u"Whole plan");
    CHECK(grid->item(0, IndicatorsDialog::BaselineColumn)->text() == u"50");
    // Typing the 2024 actual value for the first area into a new row of the grid.
    int row = -1;
    for (int i = 0; i < grid->rowCount(); ++i)
        if (grid->item(i, IndicatorsDialog::AreaColumn)->data(Qt::UserRole).toLongLong() == areas[0]
            && grid->item(i, IndicatorsDialog::YearColumn)->text() == u"2020")
            row = i;
    REQUIRE(row >= 0);
    CHECK(grid->item(row, IndicatorsDialog::ProgressColumn)->text() == u"Not assessed");
    indicators.findChild<QComboBox *>(QStringLiteral("areaChoice"))
        ->setCurrentIndex(
            indicators.findChild<QComboBox *>(QStringLiteral("areaChoice"))->findData(areas[0]));
    indicators.findChild<QSpinBox *>(QStringLiteral("yearChoice"))->setValue(2024);
    indicators.findChild<QPushButton *>(QStringLiteral("addRow"))->click();
    REQUIRE(grid->rowCount() == 9);
    row = -1;
    for (int i = 0; i < grid->rowCount(); ++i)
        if (grid->item(i, IndicatorsDialog::AreaColumn)->data(Qt::UserRole).toLongLong() == areas[0]
            && grid->item(i, IndicatorsDialog::YearColumn)->text() == u"2024")
            row = i;
    REQUIRE(row >= 0);
    grid->item(row, IndicatorsDialog::ActualColumn)->setText(QStringLiteral("56"));
    QCoreApplication::processEvents(); // the edit is queued
    // 40 → 56 against 40 → 80: on track, R = 1.22; the plan (mean) 50 → 57: R = 0.69.
    QString firstAreaProgress;
    for (int i = 0; i < grid->rowCount(); ++i)
        if (grid->item(i, IndicatorsDialog::AreaColumn)->data(Qt::UserRole).toLongLong() == areas[0]
            && grid->item(i, IndicatorsDialog::ProgressColumn))
            firstAreaProgress = grid->item(i, IndicatorsDialog::ProgressColumn)->text();
    CHECK(firstAreaProgress == u"On track · R = 1.22");
    CHECK(indicators.wholePlanProgress() == u"Needs acceleration · R = 0.69");
    w.undo()->undo();
    CHECK(store.indicatorValues(r).value().size() == 5);
    // The plan's 2024 value is the one area's 58 again: 50 → 58, R = 0.79.
    CHECK(indicators.wholePlanProgress() == u"Needs acceleration · R = 0.79");
    w.undo()->redo();
    CHECK(indicators.wholePlanProgress() == u"Needs acceleration · R = 0.69");
    // Not a number: said, and nothing changes.
    grid->item(row, IndicatorsDialog::ActualColumn)->setText(QStringLiteral("elli"));
    QCoreApplication::processEvents();
    CHECK(w.messages.errors().size() == 1);
    CHECK(store.indicatorValues(r).value().size() == 6);
    w.messages.clear();

    // A count that starts at zero is assessed linearly, and the grid says so: 0 (2025) → 20
    // (2028), 8 in 2026: 8 a year against 6.67, R = 1.2.
    Indicator centres;
    centres.ownerKind = PlanKind::Objective;
    centres.ownerId = o;
    centres.nameTr = QStringLiteral("Açılan toplum merkezi");
    centres.type = QStringLiteral("count");
    centres.aggregation = QStringLiteral("sum");
    const qint64 c = indicators.addIndicator(centres);
    REQUIRE(c > 0);
    REQUIRE(indicators.setValue(areas[2], 2025, QStringLiteral("baseline"), 0));
    REQUIRE(indicators.setValue(areas[2], 2028, QStringLiteral("target"), 20));
    REQUIRE(indicators.setValue(areas[2], 2026, QStringLiteral("actual"), 8));
    QTableWidgetItem *centresProgress = nullptr;
    for (int i = 0; i < grid->rowCount(); ++i)
        if (grid->item(i, IndicatorsDialog::AreaColumn)->data(Qt::UserRole).toLongLong() == areas[2]
            && grid->item(i, IndicatorsDialog::ProgressColumn))
            centresProgress = grid->item(i, IndicatorsDialog::ProgressColumn);
    REQUIRE(centresProgress);
    CHECK(centresProgress->text() == u"On track · R = 1.20 (linear)");
    CHECK(centresProgress->toolTip().contains(QStringLiteral("linear method")));
    CHECK(indicators.wholePlanProgress() == u"On track · R = 1.20 (linear)");

    // The stakeholder register: the muhtar of the first area, shown in the inspector.
    StakeholdersDialog register_(w.window.session());
    register_.show();
    Stakeholder muhtar;
    muhtar.kind = QStringLiteral("muhtar");
    muhtar.isPerson = true;
    muhtar.name = QStringLiteral("Ayşe Çınar");
    muhtar.phone = QStringLiteral("0342 000 00 00");
    muhtar.areaId = areas[0];
    const qint64 m = register_.addStakeholder(muhtar);
    REQUIRE(m > 0);
    REQUIRE(register_.table()->rowCount() == 1);
    CHECK(register_.table()->item(0, StakeholdersDialog::KindColumn)->text() == u"Muhtar");
    CHECK(
        register_.table()->item(0, StakeholdersDialog::AreaColumn)->text().contains(u"(Şahinbey)"));
    auto fidOf = w.db().prepare("SELECT fid FROM geisep_areas WHERE id = ?");
    fidOf->bind(1, areas[0]);
    REQUIRE(fidOf->step().value());
    const qint64 fid0 = fidOf->int64(0);
    REQUIRE(w.window.identifyFeature(mahalle, fid0));
    CHECK(w.window.inspectorText().contains(QStringLiteral("Ayşe Çınar")));
    Stakeholder renamed = muhtar;
    renamed.id = m;
    renamed.name = QStringLiteral("Ayşe Çınar Yıldız");
    REQUIRE(register_.editStakeholder(renamed));
    CHECK(register_.table()->item(0, 0)->text() == u"Ayşe Çınar Yıldız");
    w.undo()->undo();
    CHECK(register_.table()->item(0, 0)->text() == u"Ayşe Çınar");
    w.undo()->undo();
    CHECK(register_.table()->rowCount() == 0);
    CHECK_FALSE(w.window.inspectorText().contains(QStringLiteral("Ayşe")));
    w.undo()->redo();
    CHECK(store.stakeholder(m).value()->name == u"Ayşe Çınar");

    // Areas by goals of the education sector: the three linked ones have one goal.
    REQUIRE(w.window.showPlanGoalsView(QStringLiteral("EDU_HEALTH")));
    auto layer = [&] {
        return w.canvas()->layer(mahalle);
    };
    CHECK(layer()->style.field == u"plan.goals.EDU_HEALTH");
    for (std::size_t f : {0, 1, 2})
        CHECK(layer()->klass[f] == 1);
    CHECK(layer()->klass[3] == 0);
    // Linking a fourth area recolours the map.
    w.canvas()->setSelection({3});
    REQUIRE(w.window.linkSelection(PlanKind::Goal, g, QStringLiteral("low"), {}));
    CHECK(layer()->klass[3] == 1);
    // Unplanned: migrant shares of 30 % (no action) and 25 % (the action's).
    auto figures = [&](std::size_t f, double population, double migrants) {
        const qint64 fid = layer()->geometry->fids[f];
        for (auto [variable, value] :
             {std::pair{"population", population}, std::pair{"migrant_population", migrants}}) {
            auto code = w.db().prepare("INSERT OR IGNORE INTO geisep_variables (code, name_tr) "
                                       "VALUES (?1, ?1)");
            REQUIRE(code->bind(1, QString::fromLatin1(variable)).exec());
            auto insert = w.db().prepare("INSERT INTO geisep_area_figures (area_id, period, "
                                         "variable, value) SELECT id, 2023, ?, ? FROM "
                                         "geisep_areas WHERE layer_id = ? AND fid = ?");
            insert->bind(1, QString::fromLatin1(variable)).bind(2, value).bind(3, mahalle);
            REQUIRE(insert->bind(4, fid).exec());
        }
    };
    figures(3, 1000, 300);
    figures(0, 2000, 500);
    figures(4, 1000, 10);
    REQUIRE(w.window.showUnplannedView(20));
    CHECK(layer()->texts[3] == u"unplanned");
    CHECK(layer()->texts[0] == u"planned");
    CHECK(layer()->texts[4] == u"below");
    w.undo()->undo();
    CHECK(layer()->style.field == u"plan.goals.EDU_HEALTH");

    // The actions overview, filtered.
    ActionsOverviewDialog *overview = w.window.showActionsOverview();
    REQUIRE(overview);
    QAbstractItemModelTester tester(overview->model(),
                                    QAbstractItemModelTester::FailureReportingMode::Fatal);
    REQUIRE(overview->model()->rowCount() == 1);
    CHECK(overview->model()->index(0, ActionOverviewModel::CodeColumn).data().toString()
          == u"E3.1.1.1");
    CHECK(overview->model()->index(0, ActionOverviewModel::StatusColumn).data().toString()
          == u"In progress");
    ActionFilter filter;
    filter.status = QStringLiteral("done");
    overview->setFilter(filter);
    CHECK(overview->model()->rowCount() == 0);
    filter = {};
    filter.year = 2026;
    overview->setFilter(filter);
    CHECK(overview->model()->rowCount() == 1);
    filter.year = 2028;
    overview->setFilter(filter);
    CHECK(overview->model()->rowCount() == 0);
    CHECK(overview->countText() == u"0 of 1 action(s)");
    CHECK(w.messages.errors().isEmpty());
}
