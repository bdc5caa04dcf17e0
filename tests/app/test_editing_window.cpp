// Drawing and editing in the window as a planner would: a new layer of migrant areas, a polygon
// clicked on the map with its attributes typed into the form, a wrong value refused, edits in
// the attribute table, deletion, and every step undone and redone.
#include "app/edit/attributetablewindow.h"
#include "app/edit/editcommands.h"
#include "app/edit/editingtools.h"
#include "app/edit/featureform.h"
#include "app/mainwindow.h"
#include "app/map/mapcanvas.h"
#include "app/map/maptools.h"
#include "app/session.h"
#include "core/layerlistmodel.h"
#include "gis/edit/attributetable.h"
#include "gis/edit/featureedit.h"
#include "gis/geos.h"
#include "gis/map/layerdata.h"
#include "tests/app/fixtures.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QRandomGenerator>
#include <QStatusBar>
#include <QTableView>
#include <QTest>
#include <QUndoStack>

#include <catch2/catch.hpp>
#include <geos_c.h>

using namespace geisep;
using test::MapWindow;

namespace {

// Makes a layer through Katman ▸ Yeni katman…, as typed into its dialog.
qint64 newLayer(MapWindow &w, const QString &name, LayerRole role, int kind = 0)
{
    EditingTools *editing = w.window.editingTools();
    REQUIRE(editing->newLayerAction()->isEnabled());
    editing->newLayerAction()->trigger();
    QWidget *dialog = editing->layerDialog();
    REQUIRE(dialog);
    dialog->findChild<QLineEdit *>(QStringLiteral("name"))->setText(name);
    auto *roles = dialog->findChild<QComboBox *>(QStringLiteral("role"));
    roles->setCurrentIndex(roles->findData(roleName(role)));
    dialog->findChild<QComboBox *>(QStringLiteral("kind"))->setCurrentIndex(kind);
    static_cast<QDialog *>(dialog)->accept();
    QCoreApplication::processEvents();
    return w.layerId(name);
}

qint64 count(MapWindow &w, qint64 layerId)
{
    for (const LayerInfo &l : w.window.session()->project().layers())
        if (l.id == layerId)
            return l.featureCount;
    return -1;
}

// A point inside the mahalle called `name`, in map units.
QPointF inside(MapWindow &w, const QString &name)
{
    const auto layer = w.canvas()->layer(w.layerId(QStringLiteral("Mahalleler")));
    REQUIRE(layer);
    auto stmt = w.db().prepareWith("SELECT fid FROM %1 WHERE name = ?",
                                   {*Identifier::make(w.mahalleTable())});
    REQUIRE(stmt);
    stmt->bind(1, name);
    REQUIRE(stmt->step().value_or(false));
    const auto f = layer->geometry->indexOfFid(stmt->int64(0));
    REQUIRE(f);
    return interiorPoint(*layer->geometry, *f);
}

} // namespace

TEST_CASE("A planner draws a migrant area into a new layer, types its attributes, and undoes and "
          "redoes it",
          "[app][editing]")
{
    MapWindow w;
    EditingTools *editing = w.window.editingTools();
    MapCanvas *canvas = w.canvas();
    // Nothing to draw into until a vector layer is current; the mahalle layer is.
    CHECK(editing->drawAction()->isEnabled());

    const qint64 id
        = newLayer(w, QStringLiteral("Göçmen yerleşim alanları"), LayerRole::MigrantArea);
    REQUIRE(id > 0);
    CHECK(canvas->selectionLayer() == id); // the new layer is the current one
    CHECK(editing->drawAction()->text().remove(u'&') == u"Add polygon");
    CHECK(w.undo()->undoText().contains(u"Göçmen yerleşim alanları"));

    // Zoom to İnönü Mh. and draw a square of 120 px about a point inside it.
    const QPointF centre = inside(w, QStringLiteral("İnönü Mh."));
    canvas->zoomToExtent(
        Envelope{centre.x() - 300, centre.y() - 300, centre.x() + 300, centre.y() + 300});
    REQUIRE(canvas->waitForFrame());
    const QPointF c = canvas->viewport().toScreen(centre.x(), centre.y());
    const QColor before = canvas->frame().image.pixelColor(c.toPoint());

    editing->drawAction()->trigger();
    REQUIRE(qobject_cast<DrawTool *>(canvas->mapTool()));
    for (const QPointF d : {QPointF(-60, -60), QPointF(60, -60), QPointF(60, 60), QPointF(-60, 60),
                            QPointF(300, 300)})
        w.click(c + d);
    QTest::keyClick(canvas, Qt::Key_Backspace); // the stray fifth corner goes
    QTest::keyClick(canvas, Qt::Key_Return);
    FeatureFormDialog *form = editing->form();
    REQUIRE(form);
    CHECK(form->isVisible());
    CHECK(form->windowTitle().contains(u"Göçmen yerleşim alanları"));

    // A wrong value keeps the form open and names the field as the window calls it.
    form->setText(QStringLiteral("name"), QStringLiteral("Konteyner kent Çağlayan"));
    form->setText(QStringLiteral("households"), QStringLiteral("yüz kadar"));
    form->accept();
    CHECK(form->isVisible());
    CHECK(form->errorText().startsWith(u"Households (estimated): "));
    CHECK(count(w, id) == 0);
    form->setText(QStringLiteral("households"), QStringLiteral("1.250"));
    form->setText(QStringLiteral("survey_date"), QStringLiteral("31.10.2026"));
    form->accept();
    QCoreApplication::processEvents();
    CHECK_FALSE(editing->form());
    REQUIRE(count(w, id) == 1);
    CHECK(w.window.statusBar()->currentMessage().contains(u"Added feature 1"));

    // Stored with its mahalle's district, drawn where it was clicked.
    auto area = w.db().prepare(
        "SELECT a.name, a.district, f.households, f.survey_date FROM geisep_areas a JOIN "
        "gocmen_yerlesim_alanlari f ON f.fid = a.fid WHERE a.layer_id = ?");
    REQUIRE(area);
    area->bind(1, id);
    REQUIRE(area->step().value_or(false));
    CHECK(area->text(0) == u"Konteyner kent Çağlayan");
    CHECK(area->text(1) == u"Şahinbey");
    CHECK(area->int64(2) == 1250);
    CHECK(area->text(3) == u"2026-10-31");
    const auto drawn = canvas->layer(id);
    REQUIRE(drawn);
    REQUIRE(drawn->geometry->featureCount() == 1);
    const Envelope box = drawn->geometry->boxes[0];
    CHECK(box.width() == Approx(120 * canvas->viewport().unitsPerPixel()).epsilon(0.01));
    REQUIRE(canvas->waitForFrame());
    CHECK(canvas->frame().image.pixelColor(c.toPoint()) != before);

    // Undo takes the feature away, redo brings the same one back.
    w.undo()->undo();
    CHECK(count(w, id) == 0);
    CHECK(canvas->layer(id)->geometry->featureCount() == 0);
    w.undo()->redo();
    CHECK(count(w, id) == 1);
    CHECK(canvas->layer(id)->geometry->fids == std::vector<qint64>{1});

    // The attribute table edits the households in Turkish form; a wrong value is refused.
    AttributeTableWindow *table = w.window.openAttributeTable(id);
    REQUIRE(table);
    AttributeTableModel *model = table->model();
    int households = -1;
    for (int col = 0; col < model->columnCount(); ++col)
        if (model->columnKey(col) == u"field.households")
            households = col;
    REQUIRE(households >= 0);
    CHECK(model->headerData(households, Qt::Horizontal).toString() == u"Households (estimated)");
    const QModelIndex cell = model->index(0, households);
    CHECK(model->flags(cell).testFlag(Qt::ItemIsEditable));
    CHECK_FALSE(model->flags(model->index(0, 0)).testFlag(Qt::ItemIsEditable)); // the number
    CHECK(model->setData(cell, QStringLiteral("2.000")));
    QCoreApplication::processEvents();
    CHECK(model->data(model->index(0, households), Qt::EditRole).toLongLong() == 2000);
    CHECK_FALSE(model->setData(model->index(0, households), QStringLiteral("çok")));
    CHECK(table->editError().contains(u"çok"));
    w.undo()->undo();
    QCoreApplication::processEvents();
    CHECK(model->data(model->index(0, households), Qt::EditRole).toLongLong() == 1250);
    CHECK(table->editError().isEmpty());

    // An area a plan goal names is deleted only when the planner says so, and undo brings the
    // link back.
    REQUIRE(w.db().exec("INSERT INTO geisep_goals (sector_id, title_tr) VALUES ((SELECT min(id) "
                        "FROM geisep_sectors), 'Güvenli barınma')"));
    REQUIRE(w.db().exec("INSERT INTO geisep_area_links (area_id, goal_id) SELECT a.id, (SELECT "
                        "min(id) FROM geisep_goals) FROM geisep_areas a JOIN geisep_layers l ON "
                        "l.id = a.layer_id WHERE l.name = 'Göçmen yerleşim alanları'"));
    canvas->setSelection({0});
    editing->deleteAction()->trigger(); // the fixture's answer is no
    REQUIRE(w.messages.ofKind(Message::Kind::Question).size() == 1);
    CHECK(w.messages.ofKind(Message::Kind::Question)
              .first()
              .text.contains(u"1 area(s) of \"Göçmen yerleşim alanları\" are named by 1 plan "
                             u"links, 0 figures"));
    CHECK(count(w, id) == 1);
    w.messages.answer = [](const Message &) {
        return true;
    };
    editing->deleteAction()->trigger();
    CHECK(count(w, id) == 0);
    CHECK(w.db().queryInt("SELECT count(*) FROM geisep_area_links").value_or(-1) == 0);
    w.undo()->undo();
    QCoreApplication::processEvents();
    CHECK(count(w, id) == 1);
    CHECK(w.db().queryInt("SELECT count(*) FROM geisep_area_links").value_or(-1) == 1);
    REQUIRE(w.db().exec("DELETE FROM geisep_area_links"));
    w.messages.clear();

    // Deleting the selection: Delete on the map, undone.
    canvas->setSelection({0});
    REQUIRE(editing->deleteAction()->isEnabled());
    editing->deleteAction()->trigger();
    CHECK(count(w, id) == 0);
    CHECK(w.window.statusBar()->currentMessage().contains(u"Deleted 1 feature"));
    QCoreApplication::processEvents();
    CHECK(model->rowCount() == 0);
    w.undo()->undo();
    QCoreApplication::processEvents();
    CHECK(count(w, id) == 1);
    CHECK(model->rowCount() == 1);
    CHECK(model->data(model->index(0, households), Qt::EditRole).toLongLong() == 1250);
    w.window.closeProject();
}

TEST_CASE("A shape drawn crossing itself is offered GEOS's repair, and a school is a point with "
          "its service chosen by name",
          "[app][editing]")
{
    MapWindow w;
    EditingTools *editing = w.window.editingTools();
    MapCanvas *canvas = w.canvas();
    const qint64 areas = newLayer(w, QStringLiteral("Anket alanları"), LayerRole::MigrantArea);
    REQUIRE(areas > 0);
    const QPointF centre = inside(w, QStringLiteral("İnönü Mh."));
    canvas->zoomToExtent(
        Envelope{centre.x() - 300, centre.y() - 300, centre.x() + 300, centre.y() + 300});
    const QPointF c = canvas->viewport().toScreen(centre.x(), centre.y());
    editing->drawAction()->trigger();
    // A bow tie: the second edge crosses the fourth.
    for (const QPointF d : {QPointF(-50, -50), QPointF(50, 50), QPointF(50, -50), QPointF(-50, 50)})
        w.click(c + d);
    QTest::keyClick(canvas, Qt::Key_Return);
    QMessageBox *question = editing->question();
    REQUIRE(question);
    CHECK_FALSE(editing->form());
    CHECK(question->text().contains(u"not valid"));
    question->findChild<QPushButton *>(QStringLiteral("repair"))->click();
    QCoreApplication::processEvents();
    FeatureFormDialog *form = editing->form();
    REQUIRE(form);
    form->setText(QStringLiteral("name"), QStringLiteral("Kelebek"));
    form->accept();
    QCoreApplication::processEvents();
    CHECK(count(w, areas) == 1);

    // Esc drops a shape half drawn; nothing is asked.
    w.click(c);
    w.click(c + QPointF(30, 0));
    QTest::keyClick(canvas, Qt::Key_Escape);
    QTest::keyClick(canvas, Qt::Key_Return);
    CHECK_FALSE(editing->form());

    // Facilities: a point layer; the tool follows the current layer's kind.
    const qint64 schools = newLayer(w, QStringLiteral("Okullar"), LayerRole::Infrastructure, 1);
    REQUIRE(schools > 0);
    CHECK(editing->drawAction()->text().remove(u'&') == u"Add point");
    auto *tool = qobject_cast<DrawTool *>(canvas->mapTool());
    REQUIRE(tool);
    CHECK(tool->kind() == DrawTool::Kind::Point);
    w.click(c);
    form = editing->form();
    REQUIRE(form);
    auto *service = qobject_cast<QComboBox *>(form->editorFor(QStringLiteral("service")));
    REQUIRE(service);
    service->setCurrentIndex(service->findData(QStringLiteral("school")));
    CHECK(service->currentText() == u"School");
    form->setText(QStringLiteral("name"), QStringLiteral("Şehit Öğretmen İlkokulu"));
    form->setText(QStringLiteral("capacity"), QStringLiteral("840"));
    form->accept();
    QCoreApplication::processEvents();
    REQUIRE(count(w, schools) == 1);
    CHECK(w.db()
              .queryText("SELECT service || '|' || name || '|' || capacity FROM okullar")
              .value_or(QString())
          == u"school|Şehit Öğretmen İlkokulu|840");

    // Removing the layer moves the tool to the next current layer, of areas again.
    w.window.session()->project().setLayerRemoved(schools, true);
    w.window.session()->notifyLayersChanged();
    REQUIRE(qobject_cast<DrawTool *>(canvas->mapTool()));
    CHECK(qobject_cast<DrawTool *>(canvas->mapTool())->kind() == DrawTool::Kind::Polygon);
    // No current layer puts the tool down and takes the hand again.
    canvas->setSelectionLayer(0);
    CHECK_FALSE(qobject_cast<DrawTool *>(canvas->mapTool()));
    CHECK(w.window.findChild<QAction *>(QStringLiteral("panTool"))->isChecked());
    CHECK_FALSE(editing->drawAction()->isEnabled());
    w.window.closeProject();
    CHECK_FALSE(editing->drawAction()->isEnabled());
    CHECK_FALSE(editing->newLayerAction()->isEnabled());
}

TEST_CASE("A polygon drawn with snapping has exactly the corners it was snapped to, and without "
          "snapping the points clicked",
          "[app][editing]")
{
    MapWindow w;
    EditingTools *editing = w.window.editingTools();
    MapCanvas *canvas = w.canvas();
    const qint64 id
        = newLayer(w, QStringLiteral("Göçmen yerleşim alanları"), LayerRole::MigrantArea);
    REQUIRE(id > 0);
    // Three corners of İnönü Mh., a third of its outline apart, with the mahalle filling the map.
    const auto mahalle = canvas->layer(w.layerId(QStringLiteral("Mahalleler")));
    auto stmt = w.db().prepareWith("SELECT fid FROM %1 WHERE name = 'İnönü Mh.'",
                                   {*Identifier::make(w.mahalleTable())});
    REQUIRE(stmt);
    REQUIRE(stmt->step().value_or(false));
    const std::size_t f = *mahalle->geometry->indexOfFid(stmt->int64(0));
    canvas->zoomToExtent(mahalle->geometry->boxes[f]);
    const LayerGeometry &g = *mahalle->geometry;
    const std::uint32_t ring = g.featureStart[f];
    const std::uint32_t first = g.ringStart[ring], count = g.ringStart[ring + 1] - first - 1;
    REQUIRE(count >= 6);
    QList<QPointF> corners;
    for (const std::uint32_t v : {first, first + count / 3, first + 2 * count / 3})
        corners << QPointF(g.xy[2 * v], g.xy[2 * v + 1]);

    editing->drawAction()->trigger();
    auto *tool = qobject_cast<DrawTool *>(canvas->mapTool());
    REQUIRE(tool);
    for (const QPointF &corner : corners) {
        const QPointF near = canvas->viewport().toScreen(corner.x(), corner.y()) + QPointF(4, -3);
        w.mouse(QEvent::MouseMove, near, Qt::NoButton, Qt::NoButton);
        REQUIRE(tool->snap());
        CHECK(tool->snap()->kind == SnapMatch::Kind::Vertex);
        w.click(near);
    }
    QTest::keyClick(canvas, Qt::Key_Return);
    REQUIRE(editing->form());
    editing->form()->accept();
    QCoreApplication::processEvents();

    auto ringOf = [&](qint64 fid) {
        auto wkb = FeatureEditor(w.window.session()->project()).geometry(id, fid);
        REQUIRE(wkb);
        const auto shape = geos::fromWkb(*wkb);
        REQUIRE(shape);
        GEOSContextHandle_t ctx = geos::context();
        const GEOSGeometry *polygon = GEOSGetGeometryN_r(ctx, shape.get(), 0);
        const GEOSCoordSequence *seq
            = GEOSGeom_getCoordSeq_r(ctx, GEOSGetExteriorRing_r(ctx, polygon));
        unsigned int size = 0;
        GEOSCoordSeq_getSize_r(ctx, seq, &size);
        QList<QPointF> out;
        for (unsigned int i = 0; i + 1 < size; ++i) {
            double x = 0, y = 0;
            GEOSCoordSeq_getXY_r(ctx, seq, i, &x, &y);
            out << QPointF(x, y);
        }
        return out;
    };
    const QList<QPointF> snapped = ringOf(1);
    REQUIRE(snapped.size() == 3);
    for (const QPointF &corner : corners) {
        INFO(corner.x() << ", " << corner.y());
        CHECK(std::any_of(snapped.begin(), snapped.end(), [&](QPointF p) {
            return p.x() == corner.x() && p.y() == corner.y(); // exactly, not nearly
        }));
    }

    // Snapping off (S on the map): the points are where the mouse was.
    QApplication::setActiveWindow(&w.window);
    canvas->setFocus();
    QTest::keyClick(canvas, Qt::Key_S);
    CHECK_FALSE(editing->snapAction()->isChecked());
    QList<QPointF> clicked;
    for (const QPointF &corner : corners) {
        const QPointF near = canvas->viewport().toScreen(corner.x(), corner.y()) + QPointF(4, -3);
        w.mouse(QEvent::MouseMove, near, Qt::NoButton, Qt::NoButton);
        CHECK_FALSE(tool->snap());
        w.click(near);
        clicked << canvas->viewport().toMap(near);
    }
    QTest::keyClick(canvas, Qt::Key_Return);
    REQUIRE(editing->form());
    editing->form()->accept();
    QCoreApplication::processEvents();
    const QList<QPointF> free = ringOf(2);
    REQUIRE(free.size() == 3);
    for (const QPointF &p : clicked)
        CHECK(std::any_of(free.begin(), free.end(), [&](QPointF q) {
            return std::abs(q.x() - p.x()) < 1e-6 && std::abs(q.y() - p.y()) < 1e-6;
        }));
    for (const QPointF &corner : corners)
        CHECK(std::none_of(free.begin(), free.end(), [&](QPointF q) { return q == corner; }));
    w.window.closeProject();
}

namespace {

// What a layer holds, in a form two runs can compare though their feature numbers differ: each
// feature's shape, households and name with its area's name and district, sorted.
QStringList layerContent(Database &db, const QString &table, qint64 layerId)
{
    auto stmt = db.prepareWith("SELECT hex(f.geom), f.households, f.name, a.name, a.district FROM "
                               "%1 f LEFT JOIN geisep_areas a ON a.layer_id = ? AND a.fid = f.fid",
                               {*Identifier::make(table)});
    REQUIRE(stmt);
    stmt->bind(1, layerId);
    QStringList out;
    REQUIRE(stmt->forEachRow([&] {
        out << QStringList{stmt->text(0), stmt->text(1), stmt->text(2), stmt->text(3),
                           stmt->text(4)}
                   .join(u'|');
    }));
    out.sort();
    return out;
}

} // namespace

TEST_CASE("200 random edits, undos and redos leave a valid GeoPackage whose features equal a "
          "replay of the edits in effect",
          "[editing][reliability]")
{
    test::TempDir dir;
    const QString path = dir.path(QStringLiteral("run.gpkg"));
    const QString replayPath = dir.path(QStringLiteral("replay.gpkg"));
    REQUIRE(QFile::copy(test::samplePath(), path));
    REQUIRE(QFile::copy(test::samplePath(), replayPath));
    for (const QString &p : {path, replayPath})
        QFile::setPermissions(p, QFile::ReadOwner | QFile::WriteOwner);
    auto opened = Project::open(path);
    REQUIRE(opened);
    auto owner = std::make_unique<Session>(std::move(*opened));
    Session &session = *owner;
    test::MessageCapture messages;
    const NewLayerSpec spec{
        QStringLiteral("Göçmen yerleşim alanları"), LayerRole::MigrantArea, "MULTIPOLYGON", {}};
    qint64 layerId = 0;
    session.undoStack()->push(newLayerCommand(&session, spec, [&](qint64 id) { layerId = id; }));
    REQUIRE(layerId > 0);
    const LayerInfo mahalle = [&] {
        for (const LayerInfo &l : session.project().layers())
            if (l.role == LayerRole::MuhtarDistrict)
                return l;
        return LayerInfo{};
    }();
    REQUIRE(mahalle.extent);
    QUndoStack *stack = session.undoStack();
    const int base = stack->index();

    // The edits in effect, as the undo stack holds them: a log cut back to the stack's index.
    struct Edit
    {
        enum Kind { Add, Set, Delete } kind;
        qint64 fid = 0;
        QByteArray wkb;
        QString name;
        qint64 households = 0;
    };
    std::vector<Edit> log;
    std::vector<qint64> live; // feature numbers in the layer now
    auto refreshLive = [&] {
        live.clear();
        auto stmt = session.project().db().prepare(
            "SELECT fid FROM geisep_areas WHERE layer_id = ? ORDER BY fid");
        REQUIRE(stmt);
        stmt->bind(1, layerId);
        REQUIRE(stmt->forEachRow([&] { live.push_back(stmt->int64(0)); }));
    };
    QRandomGenerator random(20261206);
    const Envelope e = *mahalle.extent;
    int adds = 0, sets = 0, deletes = 0, undos = 0, redos = 0;
    for (int step = 0; step < 200; ++step) {
        const int choice = int(random.bounded(100));
        const std::size_t effective = std::size_t(stack->index() - base);
        if (choice < 30 || live.empty()) {
            const double x = e.minX + random.generateDouble() * e.width();
            const double y = e.minY + random.generateDouble() * e.height();
            const double s = 50 + random.bounded(300);
            const QByteArray wkb
                = test::wkbPolygon({{x, y}, {x + s, y}, {x + s, y + s}, {x, y + s}, {x, y}});
            const QString name = QStringLiteral("Alan %1 çğışöü").arg(step);
            const qint64 households = random.bounded(1, 5000);
            qint64 fid = 0;
            session.undoStack()->push(addFeatureCommand(
                &session, layerId, spec.name, wkb,
                {{QStringLiteral("name"), name}, {QStringLiteral("households"), households}},
                [&](qint64 added) { fid = added; }));
            REQUIRE(fid > 0);
            log.resize(effective);
            log.push_back({Edit::Add, fid, wkb, name, households});
            ++adds;
        } else if (choice < 45) {
            const qint64 fid = live[random.bounded(quint32(live.size()))];
            const qint64 households = random.bounded(1, 5000);
            auto old = FeatureEditor(session.project())
                           .value(layerId, fid, QStringLiteral("households"));
            REQUIRE(old);
            stack->push(setFeatureValueCommand(&session, layerId, fid, QStringLiteral("households"),
                                               QStringLiteral("Hane"), *old, households));
            log.resize(effective);
            log.push_back({Edit::Set, fid, {}, {}, households});
            ++sets;
        } else if (choice < 55) {
            const qint64 fid = live[random.bounded(quint32(live.size()))];
            stack->push(deleteFeaturesCommand(&session, layerId, spec.name, {fid}));
            log.resize(effective);
            log.push_back({Edit::Delete, fid, {}, {}, 0});
            ++deletes;
        } else if (choice < 78 && stack->index() > base) {
            stack->undo();
            ++undos;
            if (random.bounded(100) < 40) { // and at once again, as a planner checking
                stack->redo();
                ++redos;
            }
        } else if (stack->canRedo()) {
            stack->redo();
            ++redos;
        }
        refreshLive();
    }
    CHECK(messages.errors().isEmpty());
    INFO(adds << " adds, " << sets << " sets, " << deletes << " deletes, " << undos << " undos, "
              << redos << " redos");
    CHECK(adds > 25);
    CHECK(undos > 20);
    CHECK(redos > 10);
    log.resize(std::size_t(stack->index() - base));

    QString table;
    for (const LayerInfo &l : session.project().layers())
        if (l.id == layerId)
            table = l.tableName;
    REQUIRE_FALSE(table.isEmpty());
    const QStringList ran = layerContent(session.project().db(), table, layerId);
    CHECK(ran.size() == qsizetype(live.size()));

    // The replay: the edits in effect, straight through FeatureEditor on a fresh copy.
    auto replayProject = Project::open(replayPath);
    REQUIRE(replayProject);
    FeatureEditor replay(**replayProject);
    auto replayLayer = replay.createLayer(spec);
    REQUIRE(replayLayer);
    QHash<qint64, qint64> fidOf; // the run's feature number → the replay's
    for (const Edit &edit : log) {
        switch (edit.kind) {
        case Edit::Add: {
            auto fid = replay.addFeature(*replayLayer, edit.wkb,
                                         {{QStringLiteral("name"), edit.name},
                                          {QStringLiteral("households"), edit.households}});
            REQUIRE(fid);
            fidOf.insert(edit.fid, *fid);
            break;
        }
        case Edit::Set:
            REQUIRE(replay.setValue(*replayLayer, fidOf.value(edit.fid),
                                    QStringLiteral("households"), edit.households));
            break;
        case Edit::Delete:
            REQUIRE(replay.deleteFeatures(*replayLayer, {fidOf.value(edit.fid)}));
            break;
        }
    }
    CHECK(layerContent((*replayProject)->db(), table, *replayLayer) == ran);

    // The run's file is whole: its R-tree matches the table and GDAL's validator passes.
    auto check = session.project().db().prepare("SELECT rtreecheck(?)");
    REQUIRE(check);
    check->bind(1, QStringLiteral("rtree_%1_geom").arg(table));
    REQUIRE(check->step().value_or(false));
    CHECK(check->text(0) == u"ok");
    replayProject->reset();
    owner.reset();
    CHECK(test::gdalValidate({path, replayPath}).isEmpty());
}

TEST_CASE("The vertex tool moves a corner by dragging, adds one on an edge and deletes it, each "
          "undone and redone, and refuses a ring that crosses itself",
          "[app][editing]")
{
    MapWindow w;
    EditingTools *editing = w.window.editingTools();
    MapCanvas *canvas = w.canvas();
    const qint64 id
        = newLayer(w, QStringLiteral("Göçmen yerleşim alanları"), LayerRole::MigrantArea);
    REQUIRE(id > 0);
    const QPointF centre = inside(w, QStringLiteral("İnönü Mh."));
    canvas->zoomToExtent(
        Envelope{centre.x() - 300, centre.y() - 300, centre.x() + 300, centre.y() + 300});
    editing->snapAction()->setChecked(false); // the corners go exactly where the mouse goes
    const double upp = canvas->viewport().unitsPerPixel();
    const QPointF c = canvas->viewport().toScreen(centre.x(), centre.y());
    editing->shapeDrawn(QPolygonF{canvas->viewport().toMap(c + QPointF(-80, -80)),
                                  canvas->viewport().toMap(c + QPointF(80, -80)),
                                  canvas->viewport().toMap(c + QPointF(80, 80)),
                                  canvas->viewport().toMap(c + QPointF(-80, 80))});
    REQUIRE(editing->form());
    editing->form()->accept();
    QCoreApplication::processEvents();
    REQUIRE(count(w, id) == 1);

    editing->vertexAction()->trigger();
    auto *tool = qobject_cast<VertexTool *>(canvas->mapTool());
    REQUIRE(tool);
    w.click(c + QPointF(-40, 0)); // inside: picks the area
    REQUIRE(tool->shape());
    CHECK(tool->feature() == 1);
    CHECK(tool->shape()->vertexCount() == 4);
    const auto stored = [&] {
        auto wkb = FeatureEditor(w.window.session()->project()).geometry(id, 1);
        REQUIRE(wkb);
        return *EditableShape::fromWkb(*wkb);
    };
    const EditableShape before = stored();

    // Drag the top-right corner 40 px right and 30 px up.
    const QPointF corner = c + QPointF(80, -80);
    w.drag(corner + QPointF(2, 1), corner + QPointF(42, -29));
    const QPointF moved = canvas->viewport().toMap(corner + QPointF(42, -29));
    EditableShape after = stored();
    REQUIRE(after.vertexCount() == 4);
    const auto v = after.nearestVertex(moved, upp);
    REQUIRE(v);
    CHECK(after.at(*v).x() == Approx(moved.x()).margin(1e-6));
    CHECK(after.at(*v).y() == Approx(moved.y()).margin(1e-6));
    w.undo()->undo();
    CHECK(stored().parts == before.parts);
    CHECK(tool->shape()->parts == before.parts); // the tool shows what is stored
    w.undo()->redo();
    CHECK(stored().parts == after.parts);

    // A double click on the bottom edge adds a corner there; Delete takes it away again.
    const QPointF bottom = c + QPointF(0, 80);
    w.mouse(QEvent::MouseButtonPress, bottom, Qt::LeftButton, Qt::LeftButton);
    w.mouse(QEvent::MouseButtonRelease, bottom, Qt::LeftButton, Qt::NoButton);
    w.mouse(QEvent::MouseButtonDblClick, bottom, Qt::LeftButton, Qt::LeftButton);
    w.mouse(QEvent::MouseButtonRelease, bottom, Qt::LeftButton, Qt::NoButton);
    CHECK(stored().vertexCount() == 5);
    REQUIRE(tool->currentVertex());
    QTest::keyClick(canvas, Qt::Key_Delete);
    CHECK(stored().vertexCount() == 4);
    w.undo()->undo();
    CHECK(stored().vertexCount() == 5);
    w.undo()->redo();
    CHECK(stored().vertexCount() == 4);

    // Dragging a corner across the opposite edge would make a bow tie: refused, said, kept.
    const EditableShape kept = stored();
    const int steps = w.undo()->count();
    w.drag(c + QPointF(-80, -80), c + QPointF(-80, 160));
    CHECK(w.messages.errors().size() == 1);
    CHECK(w.messages.errors().first().message.contains(u"not valid"));
    CHECK(stored().parts == kept.parts);
    CHECK(tool->shape()->parts == kept.parts);
    CHECK(w.undo()->count() == steps);
    w.window.closeProject();
}

TEST_CASE("Two drawn areas side by side merge into one, and undo separates them again",
          "[app][editing]")
{
    MapWindow w;
    EditingTools *editing = w.window.editingTools();
    MapCanvas *canvas = w.canvas();
    const qint64 id
        = newLayer(w, QStringLiteral("Göçmen yerleşim alanları"), LayerRole::MigrantArea);
    REQUIRE(id > 0);
    const QPointF c = inside(w, QStringLiteral("İnönü Mh."));
    for (const double dx : {0.0, 100.0}) {
        editing->shapeDrawn(QPolygonF{{c.x() + dx, c.y()},
                                      {c.x() + dx + 100, c.y()},
                                      {c.x() + dx + 100, c.y() + 100},
                                      {c.x() + dx, c.y() + 100}});
        REQUIRE(editing->form());
        editing->form()->setText(QStringLiteral("name"), QStringLiteral("Blok %1").arg(dx));
        editing->form()->accept();
        QCoreApplication::processEvents();
    }
    REQUIRE(count(w, id) == 2);
    CHECK_FALSE(editing->mergeAction()->isEnabled());
    canvas->setSelection({0, 1});
    REQUIRE(editing->mergeAction()->isEnabled());
    editing->mergeAction()->trigger();
    CHECK(count(w, id) == 1);
    REQUIRE(canvas->layer(id)->geometry->featureCount() == 1);
    CHECK(featureArea(*canvas->layer(id)->geometry, 0) == Approx(20000.0).epsilon(1e-6));
    CHECK(canvas->selection() == std::set<std::size_t>{0}); // the merged area stays selected
    CHECK(w.undo()->undoText().contains(u"Merge"));
    w.undo()->undo();
    CHECK(count(w, id) == 2);
    w.undo()->redo();
    CHECK(count(w, id) == 1);
    CHECK(w.db()
              .queryText("SELECT name FROM geisep_areas WHERE layer_id = "
                         "(SELECT id FROM geisep_layers WHERE name = 'Göçmen yerleşim alanları')")
              .value_or(QString())
          == u"Blok 0");
    w.window.closeProject();
}

TEST_CASE("A drawn area moved by dragging it and split with a drawn line, each one undo step",
          "[app][editing][split]")
{
    MapWindow w;
    EditingTools *editing = w.window.editingTools();
    MapCanvas *canvas = w.canvas();
    const qint64 id
        = newLayer(w, QStringLiteral("Göçmen yerleşim alanları"), LayerRole::MigrantArea);
    REQUIRE(id > 0);
    const QPointF centre = inside(w, QStringLiteral("İnönü Mh."));
    canvas->zoomToExtent(
        Envelope{centre.x() - 300, centre.y() - 300, centre.x() + 300, centre.y() + 300});
    REQUIRE(canvas->waitForFrame());
    editing->snapAction()->setChecked(false);
    const QPointF c = canvas->viewport().toScreen(centre.x(), centre.y());
    editing->shapeDrawn(QPolygonF{canvas->viewport().toMap(c + QPointF(-80, -80)),
                                  canvas->viewport().toMap(c + QPointF(80, -80)),
                                  canvas->viewport().toMap(c + QPointF(80, 80)),
                                  canvas->viewport().toMap(c + QPointF(-80, 80))});
    REQUIRE(editing->form());
    editing->form()->accept();
    QCoreApplication::processEvents();
    REQUIRE(count(w, id) == 1);
    const auto stored = [&](qint64 fid) {
        auto wkb = FeatureEditor(w.window.session()->project()).geometry(id, fid);
        REQUIRE(wkb);
        return *EditableShape::fromWkb(*wkb);
    };
    const EditableShape before = stored(1);

    // Move: press inside, drag 30 px right and 20 px down, release.
    REQUIRE(editing->moveAction()->isEnabled());
    editing->moveAction()->trigger();
    REQUIRE(qobject_cast<MoveTool *>(canvas->mapTool()));
    const double upp = canvas->viewport().unitsPerPixel();
    w.drag(c, c + QPointF(30, 20));
    const EditableShape moved = stored(1);
    REQUIRE(moved.parts.size() == before.parts.size());
    REQUIRE(before.parts[0][0].size() == 4);
    for (qsizetype i = 0; i < before.parts[0][0].size(); ++i) {
        CHECK(moved.parts[0][0][i].x() == Approx(before.parts[0][0][i].x() + 30 * upp));
        CHECK(moved.parts[0][0][i].y() == Approx(before.parts[0][0][i].y() - 20 * upp));
    }
    w.undo()->undo();
    CHECK(stored(1).parts == before.parts);
    w.undo()->redo();
    CHECK(stored(1).parts == moved.parts);

    // Split: a line drawn with clicks across the moved square, finished with Enter.
    REQUIRE(editing->splitAction()->isEnabled());
    editing->splitAction()->trigger();
    REQUIRE(qobject_cast<DrawTool *>(canvas->mapTool()));
    const QPointF m = c + QPointF(30, 20);
    w.click(m + QPointF(-10, -120));
    w.click(m + QPointF(10, 120));
    QKeyEvent enter(QEvent::KeyPress, Qt::Key_Return, Qt::NoModifier);
    QCoreApplication::sendEvent(canvas, &enter);
    QCoreApplication::processEvents();
    CHECK(count(w, id) == 2);
    CHECK(w.undo()->undoText() == u"Split areas of \"Göçmen yerleşim alanları\"");
    CHECK(w.window.statusBar()->currentMessage().contains(QStringLiteral("1 new piece")));
    // Each piece an area of its own; together they are the square.
    Database &db = w.db();
    auto areas = db.prepare("SELECT count(*) FROM geisep_areas WHERE layer_id = ?");
    REQUIRE(areas);
    areas->bind(1, id);
    REQUIRE(areas->step().value_or(false));
    CHECK(areas->int64(0) == 2);
    w.undo()->undo();
    CHECK(count(w, id) == 1);
    CHECK(stored(1).parts == moved.parts);
    CHECK(test::gdalValidate({w.window.session()->project().path()}).isEmpty());
}

TEST_CASE("With avoid overlaps a new area is trimmed off the layer's others, with clipping it is "
          "cut to its mahalle",
          "[app][editing][fit]")
{
    MapWindow w;
    EditingTools *editing = w.window.editingTools();
    const qint64 id
        = newLayer(w, QStringLiteral("Göçmen yerleşim alanları"), LayerRole::MigrantArea);
    REQUIRE(id > 0);
    const QPointF centre = inside(w, QStringLiteral("İnönü Mh."));
    editing->snapAction()->setChecked(false);
    GEOSContextHandle_t h = geos::context();
    const auto shapeOf = [&](qint64 fid) {
        auto wkb = FeatureEditor(w.window.session()->project()).geometry(id, fid);
        REQUIRE(wkb);
        geos::GeometryPtr g = geos::fromWkb(*wkb);
        REQUIRE(g);
        return g;
    };
    const auto area = [&](const GEOSGeometry *g) {
        double a = 0;
        GEOSArea_r(h, g, &a);
        return a;
    };
    const auto draw = [&](double x0, double y0, double x1, double y1) {
        editing->shapeDrawn(
            QPolygonF{QPointF(x0, y0), QPointF(x1, y0), QPointF(x1, y1), QPointF(x0, y1)});
        REQUIRE(editing->form());
        editing->form()->accept();
        QCoreApplication::processEvents();
    };
    const double x = centre.x(), y = centre.y();
    draw(x - 40, y - 40, x, y); // 40 m × 40 m
    REQUIRE(count(w, id) == 1);

    // Half of the second square lies over the first: only the other half is kept.
    REQUIRE(editing->avoidOverlapsAction()->isEnabled());
    editing->avoidOverlapsAction()->setChecked(true);
    draw(x - 20, y - 40, x + 20, y);
    REQUIRE(count(w, id) == 2);
    const geos::GeometryPtr first = shapeOf(1), second = shapeOf(2);
    CHECK(area(second.get()) == Approx(800).epsilon(1e-6));
    const geos::GeometryPtr common(GEOSIntersection_r(h, first.get(), second.get()));
    CHECK(area(common.get()) == Approx(0).margin(1e-6));
    CHECK(w.window.statusBar()->currentMessage().contains(QStringLiteral("trimmed")));
    editing->avoidOverlapsAction()->setChecked(false);

    // A square of 3 km about İnönü, clipped: what is kept lies in one mahalle only.
    editing->clipAction()->setChecked(true);
    draw(x - 1500, y + 100, x + 1500, y + 3100);
    REQUIRE(count(w, id) == 3);
    const geos::GeometryPtr clipped = shapeOf(3);
    CHECK(area(clipped.get()) < 3000.0 * 3000.0);
    CHECK(w.window.statusBar()->currentMessage().contains(QStringLiteral("clipped to")));
    const auto mahalle = w.canvas()->layer(w.layerId(QStringLiteral("Mahalleler")));
    REQUIRE(mahalle);
    int containing = 0;
    const geos::GeometryPtr core(GEOSBuffer_r(h, clipped.get(), -0.5, 8));
    REQUIRE(core);
    for (std::size_t f = 0; f < mahalle->geometry->featureCount(); ++f) {
        auto wkb
            = FeatureEditor(w.window.session()->project())
                  .geometry(w.layerId(QStringLiteral("Mahalleler")), mahalle->geometry->fids[f]);
        REQUIRE(wkb);
        const geos::GeometryPtr m = geos::fromWkb(*wkb);
        if (m && GEOSIntersects_r(h, m.get(), core.get()) == 1) {
            ++containing;
            CHECK(GEOSContains_r(h, m.get(), core.get()) == 1);
        }
    }
    CHECK(containing == 1);
}

TEST_CASE("The inspector lists the mahalle a drawn settlement lies in, with the share of its area "
          "in each",
          "[app][editing][shares]")
{
    MapWindow w;
    EditingTools *editing = w.window.editingTools();
    const qint64 id
        = newLayer(w, QStringLiteral("Göçmen yerleşim alanları"), LayerRole::MigrantArea);
    REQUIRE(id > 0);
    editing->snapAction()->setChecked(false);
    const QPointF c = inside(w, QStringLiteral("İnönü Mh."));
    editing->shapeDrawn(QPolygonF{c + QPointF(-1500, -1500), c + QPointF(1500, -1500),
                                  c + QPointF(1500, 1500), c + QPointF(-1500, 1500)});
    REQUIRE(editing->form());
    editing->form()->accept();
    QCoreApplication::processEvents();
    REQUIRE(count(w, id) == 1);
    REQUIRE(w.window.identifyFeature(id, 1));
    const QString text = w.window.inspectorText();
    INFO(text.toStdString());
    CHECK(text.contains(QStringLiteral("Mahalle")));
    CHECK(text.contains(QStringLiteral("İnönü Mh. (")));
    CHECK(text.count(u'%') >= 2); // several mahalle, each with its share
}

TEST_CASE("Snapping follows only the layers chosen in its menu", "[app][editing][snap]")
{
    MapWindow w;
    EditingTools *editing = w.window.editingTools();
    MapCanvas *canvas = w.canvas();
    const qint64 id
        = newLayer(w, QStringLiteral("Göçmen yerleşim alanları"), LayerRole::MigrantArea);
    REQUIRE(id > 0);
    const qint64 mahalleId = w.layerId(QStringLiteral("Mahalleler"));
    const qint64 districtsId = w.layerId(QStringLiteral("İlçeler"));
    const auto mahalle = canvas->layer(mahalleId);
    const auto districts = canvas->layer(districtsId);
    REQUIRE(mahalle);
    REQUIRE(districts);
    auto stmt = w.db().prepareWith("SELECT fid FROM %1 WHERE name = 'İnönü Mh.'",
                                   {*Identifier::make(w.mahalleTable())});
    REQUIRE(stmt);
    REQUIRE(stmt->step().value_or(false));
    const std::size_t f = *mahalle->geometry->indexOfFid(stmt->int64(0));
    canvas->zoomToExtent(mahalle->geometry->boxes[f]);
    REQUIRE(canvas->waitForFrame());
    const double tolerance = 10 * canvas->viewport().unitsPerPixel();
    // A corner of İnönü Mh. that no district outline comes near.
    const LayerGeometry &g = *mahalle->geometry;
    const std::uint32_t ring = g.featureStart[f];
    std::optional<QPointF> corner;
    for (std::uint32_t v = g.ringStart[ring]; v + 1 < g.ringStart[ring + 1] && !corner; ++v) {
        const QPointF p(g.xy[2 * v], g.xy[2 * v + 1]);
        if (!snapPoint({districts->geometry.get()}, p, 2 * tolerance))
            corner = p;
    }
    REQUIRE(corner);

    // The menu lists the layers to choose from.
    QMenu *menu = editing->snapLayersAction()->menu();
    REQUIRE(menu);
    QMetaObject::invokeMethod(menu, "aboutToShow");
    QStringList offered;
    for (QAction *a : menu->actions())
        offered << a->text();
    CHECK(offered.contains(QStringLiteral("Mahalleler")));
    CHECK(offered.contains(QStringLiteral("İlçeler")));

    editing->drawAction()->trigger();
    auto *tool = qobject_cast<DrawTool *>(canvas->mapTool());
    REQUIRE(tool);
    const QPointF near = canvas->viewport().toScreen(corner->x(), corner->y()) + QPointF(4, -3);
    w.mouse(QEvent::MouseMove, near, Qt::NoButton, Qt::NoButton);
    REQUIRE(tool->snap()); // every visible layer: the mahalle's corner
    CHECK(tool->snap()->kind == SnapMatch::Kind::Vertex);

    editing->setSnapLayers({districtsId});
    w.mouse(QEvent::MouseMove, near + QPointF(1, 0), Qt::NoButton, Qt::NoButton);
    CHECK_FALSE(tool->snap()); // only the districts now, and none is near

    // Chosen from the menu: the mahalle again.
    QMetaObject::invokeMethod(menu, "aboutToShow");
    for (QAction *a : menu->actions())
        if (a->text() == u"Mahalleler")
            a->trigger();
    CHECK(editing->snapLayers() == QSet<qint64>{districtsId, mahalleId});
    w.mouse(QEvent::MouseMove, near, Qt::NoButton, Qt::NoButton);
    CHECK(tool->snap());
}
