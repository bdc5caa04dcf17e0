// A planner's first day, in the window only: a Şanlıurfa project made from the bundled four-
// province files through Proje ▸ Yeni proje and Katman ▸ İçe aktar with a filter, two migrant
// settlements drawn across mahalle boundaries, three schools added and edited in the attribute
// table, and both settlements linked to an action of the plan — every step through the menus and
// dialogs a planner uses, in Turkish.
//
// With GEISEP_WALKTHROUGH_SHOTS=DIR set, the steps are also saved as DIR/walkthrough-N-….png;
// `setup.sh screenshots` runs it so for the pictures in docs/screenshots/.
#include "app/edit/attributetablewindow.h"
#include "app/edit/editingtools.h"
#include "app/edit/featureform.h"
#include "app/layers/importdialog.h"
#include "app/mainwindow.h"
#include "app/map/mapcanvas.h"
#include "app/map/maptools.h"
#include "app/plan/planitemdialog.h"
#include "app/screenshots.h"
#include "app/session.h"
#include "core/plan/plantreemodel.h"
#include "gis/edit/attributetable.h"
#include "gis/edit/featureedit.h"
#include "gis/map/layerdata.h"
#include "tests/app/fixtures.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QTableWidget>
#include <QTest>
#include <QTextBrowser>
#include <QTreeView>
#include <QUrl>

#include <catch2/catch.hpp>

using namespace geisep;

namespace {

// Saves a step's picture when GEISEP_WALKTHROUGH_SHOTS names a folder.
void shoot(const QPixmap &picture, const QString &name)
{
    const QString folder = qEnvironmentVariable("GEISEP_WALKTHROUGH_SHOTS");
    if (folder.isEmpty())
        return;
    REQUIRE(picture.save(QDir(folder).filePath(name)));
}

// The first column of the first row of `sql` with `values` bound in order, as text.
template<typename... Values> QString one(Database &db, Sql sql, const Values &...values)
{
    auto stmt = db.prepare(sql);
    REQUIRE(stmt);
    int i = 0;
    (stmt->bind(++i, values), ...);
    REQUIRE(stmt->step().value_or(false));
    return stmt->text(0);
}

QAction *action(MainWindow &window, const char *name)
{
    auto *found = window.findChild<QAction *>(QString::fromLatin1(name));
    REQUIRE(found);
    REQUIRE(found->isEnabled());
    return found;
}

qint64 layerId(MainWindow &window, const QString &name)
{
    for (const LayerInfo &l : window.session()->project().layers())
        if (l.name == name)
            return l.id;
    return 0;
}

// Katman ▸ İçe aktar… with the dialog filled as a planner would: the file, the name, the role
// and the province picked in the filter by its plate code; `look` sees the dialog before OK.
void importThroughDialog(MainWindow &window, const QString &file, const QString &name,
                         LayerRole role, const QString &districts,
                         const std::function<void(ImportDialog &)> &look = {})
{
    bool filled = false;
    test::ExpectModal form(
        [&](QWidget *modal) {
            auto *dialog = qobject_cast<ImportDialog *>(modal);
            REQUIRE(dialog);
            dialog->setFile(file);
            dialog->findChild<QLineEdit *>(QStringLiteral("name"))->setText(name);
            auto *roles = dialog->findChild<QComboBox *>(QStringLiteral("role"));
            roles->setCurrentIndex(roles->findData(roleName(role)));
            if (!districts.isEmpty()) {
                auto *from = dialog->findChild<QComboBox *>(QStringLiteral("districts"));
                from->setCurrentIndex(from->findData(districts));
                REQUIRE(from->currentData().toString() == districts);
            }
            dialog->setFilter(QStringLiteral("cityId"), QStringLiteral("63"));
            if (look)
                look(*dialog);
            auto *ok = dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
            REQUIRE(ok->isEnabled());
            filled = true;
            ok->click();
        },
        20000);
    action(window, "importAction")->trigger();
    REQUIRE(filled);
}

// Plan ▸ Alt öğe ekle… under the item chosen in the dock, the form's Turkish title typed.
qint64 addBelow(MainWindow &window, const QString &code, const QString &title)
{
    test::ExpectModal form([&](QWidget *modal) {
        auto *dialog = qobject_cast<PlanItemDialog *>(modal);
        REQUIRE(dialog);
        dialog->findChild<QLineEdit *>(QStringLiteral("code"))->setText(code);
        dialog->findChild<QLineEdit *>(QStringLiteral("titleTr"))->setText(title);
        dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();
    });
    action(window, "addPlanItemAction")->trigger();
    const QModelIndex added = window.planView()->currentIndex();
    REQUIRE(added.data().toString().contains(title));
    return added.data(PlanTreeModel::IdRole).toLongLong();
}

// The mahalle of that name in that district: a point inside it, in map units.
QPointF insideMahalle(MainWindow &window, qint64 mahalleLayer, const QString &name,
                      const QString &district)
{
    auto stmt = window.session()->project().db().prepare(
        "SELECT fid FROM geisep_areas WHERE layer_id = ? AND name = ? AND district = ?");
    REQUIRE(stmt);
    stmt->bind(1, mahalleLayer).bind(2, name).bind(3, district);
    REQUIRE(stmt->step().value_or(false));
    const auto layer = window.canvas()->layer(mahalleLayer);
    REQUIRE(layer);
    const auto f = layer->geometry->indexOfFid(stmt->int64(0));
    REQUIRE(f);
    return interiorPoint(*layer->geometry, *f);
}

void mouse(MapCanvas *canvas, QEvent::Type type, QPointF at, Qt::MouseButton button,
           Qt::MouseButtons buttons, Qt::KeyboardModifiers modifiers = Qt::NoModifier)
{
    QMouseEvent event(type, at, canvas->mapToGlobal(at), button, buttons, modifiers);
    QCoreApplication::sendEvent(canvas, &event);
}

void click(MapCanvas *canvas, QPointF at, Qt::KeyboardModifiers modifiers = Qt::NoModifier)
{
    mouse(canvas, QEvent::MouseButtonPress, at, Qt::LeftButton, Qt::LeftButton, modifiers);
    mouse(canvas, QEvent::MouseButtonRelease, at, Qt::LeftButton, Qt::NoButton, modifiers);
}

// Corners on screen of a settlement drawn over the line from `a` to `b`: a band `half` pixels
// either side of it, reaching `half` past both ends, so it takes in a piece of both mahalle.
QList<QPointF> band(QPointF a, QPointF b, double half)
{
    const QPointF along = (b - a) / std::hypot(b.x() - a.x(), b.y() - a.y());
    const QPointF across(-along.y(), along.x());
    const QPointF from = a - along * half;
    const QPointF to = b + along * half;
    return {from + across * half, to + across * half * 0.7, to - across * half,
            from - across * half * 1.2};
}

} // namespace

TEST_CASE("A Şanlıurfa project made entirely in the window: import with a filter, two "
          "settlements across mahalle, three schools, their attributes edited, the settlements "
          "linked to an action",
          "[app][walkthrough]")
{
    test::TempDir dir;
    test::MessageCapture messages; // the import reports
    MainWindow window;
    window.setLanguage(QStringLiteral("tr"));
    window.resize(1280, 800);
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    MapCanvas *canvas = window.canvas();

    // Proje ▸ Yeni proje…: the province picks its coordinate system.
    const QString path = dir.path(QStringLiteral("sanliurfa.gpkg"));
    {
        test::ExpectModal form([&](QWidget *dialog) {
            dialog->findChild<QLineEdit *>(QStringLiteral("name"))
                ->setText(QStringLiteral("Şanlıurfa GEİSEP 2026–2028"));
            dialog->findChild<QComboBox *>(QStringLiteral("province"))
                ->setCurrentText(QStringLiteral("Şanlıurfa"));
            CHECK(dialog->findChild<QComboBox *>(QStringLiteral("crs"))->currentData().toInt()
                  == 5257); // TM39 for Şanlıurfa
            dialog->findChild<QLineEdit *>(QStringLiteral("path"))->setText(path);
            dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();
        });
        action(window, "newProjectAction")->trigger();
    }
    REQUIRE(window.session());
    Database &db = window.session()->project().db();
    CHECK(window.session()->project().meta(QStringLiteral("srs_id")).toInt() == 5257);

    // The four provinces' files, Şanlıurfa (plate 63) taken through the import filter.
    importThroughDialog(window, test::dataFile(QStringLiteral("tr_4prov_ilce.geojson.gz")),
                        QStringLiteral("İlçeler"), LayerRole::Reference, QString(),
                        [](ImportDialog &dialog) {
                            CHECK(dialog.findChild<QLabel *>(QStringLiteral("summary"))
                                      ->text()
                                      .contains(u"süzgeç bunlardan 13 tanesini alıyor"));
                        });
    const qint64 districts = layerId(window, QStringLiteral("İlçeler"));
    REQUIRE(districts > 0);
    REQUIRE(canvas->waitForFrame());
    importThroughDialog(window, test::dataFile(QStringLiteral("tr_4prov_mahalle.geojson.gz")),
                        QStringLiteral("Mahalleler"), LayerRole::MuhtarDistrict,
                        QStringLiteral("İlçeler"), [&](ImportDialog &dialog) {
                            const QString summary
                                = dialog.findChild<QLabel *>(QStringLiteral("summary"))->text();
                            INFO(summary.toStdString());
                            // Counts in Turkish digits.
                            CHECK(summary.contains(u"4.458 obje"));
                            CHECK(summary.contains(u"bunlardan 1.438 tanesini"));
                            dialog.adjustSize();
                            shoot(screenshots::withDialog(window, dialog, QPoint(120, 60)),
                                  QStringLiteral("walkthrough-1-import-tr.png"));
                        });
    const qint64 mahalle = layerId(window, QStringLiteral("Mahalleler"));
    REQUIRE(mahalle > 0);
    CHECK(one(db, "SELECT count(*) FROM geisep_areas WHERE layer_id = ?", mahalle) == u"1438");
    CHECK(one(db, "SELECT count(DISTINCT district) FROM geisep_areas WHERE layer_id = ?", mahalle)
          == u"13");
    CHECK(messages.errors().isEmpty());

    // Two settlements, each over the boundary of two neighbouring mahalle in the old town.
    const QPointF sair = insideMahalle(window, mahalle, QStringLiteral("Şair Şevket Mh."),
                                       QStringLiteral("Haliliye"));
    const QPointF sultan = insideMahalle(window, mahalle, QStringLiteral("Sultan Fatih Mah."),
                                         QStringLiteral("Haliliye"));
    const QPointF hakimdede = insideMahalle(window, mahalle, QStringLiteral("Hakimdede Mah."),
                                            QStringLiteral("Eyyübiye"));
    const QPointF yusufpasa = insideMahalle(window, mahalle, QStringLiteral("Yusufpaşa Mh."),
                                            QStringLiteral("Eyyübiye"));
    Envelope view{sair.x(), sair.y(), sair.x(), sair.y()};
    for (const QPointF &p : {sultan, hakimdede, yusufpasa})
        view = Envelope{std::min(view.minX, p.x()), std::min(view.minY, p.y()),
                        std::max(view.maxX, p.x()), std::max(view.maxY, p.y())};
    canvas->zoomToExtent(
        Envelope{view.minX - 500, view.minY - 500, view.maxX + 500, view.maxY + 500});
    REQUIRE(canvas->waitForFrame());

    EditingTools *editing = window.editingTools();
    {
        action(window, "newLayerAction")->trigger();
        QWidget *dialog = editing->layerDialog();
        REQUIRE(dialog);
        dialog->findChild<QLineEdit *>(QStringLiteral("name"))
            ->setText(QStringLiteral("Göçmen yerleşim alanları"));
        auto *roles = dialog->findChild<QComboBox *>(QStringLiteral("role"));
        roles->setCurrentIndex(roles->findData(roleName(LayerRole::MigrantArea)));
        static_cast<QDialog *>(dialog)->accept();
        QCoreApplication::processEvents();
    }
    const qint64 settlements = layerId(window, QStringLiteral("Göçmen yerleşim alanları"));
    REQUIRE(settlements > 0);
    REQUIRE(canvas->selectionLayer() == settlements);

    const Viewport &viewport = canvas->viewport();
    struct Settlement
    {
        QString name;
        QPointF a, b;
        QString households, persons, source;
        QString mahalle[2];
    };
    const Settlement drawn[] = {
        {QStringLiteral("Şair Şevket konteyner kent"),
         sair,
         sultan,
         QStringLiteral("240"),
         QStringLiteral("1.150"),
         QStringLiteral("Muhtarla saha taraması"),
         {QStringLiteral("Şair Şevket Mh."), QStringLiteral("Sultan Fatih Mah.")}},
        {QStringLiteral("Hakimdede kiralık konutlar"),
         hakimdede,
         yusufpasa,
         QStringLiteral("85"),
         QStringLiteral("410"),
         QStringLiteral("STK anketi, Kasım 2026"),
         {QStringLiteral("Hakimdede Mah."), QStringLiteral("Yusufpaşa Mh.")}},
    };
    QList<QPointF> centres; // on screen
    for (const Settlement &s : drawn) {
        action(window, "drawAction")->trigger();
        REQUIRE(qobject_cast<DrawTool *>(canvas->mapTool()));
        const QPointF a = viewport.toScreen(s.a.x(), s.a.y());
        const QPointF b = viewport.toScreen(s.b.x(), s.b.y());
        centres << (a + b) / 2;
        for (const QPointF &corner : band(a, b, 22))
            click(canvas, corner);
        QTest::keyClick(canvas, Qt::Key_Return);
        FeatureFormDialog *form = editing->form();
        REQUIRE(form);
        form->setText(QStringLiteral("name"), s.name);
        form->setText(QStringLiteral("households"), s.households);
        form->setText(QStringLiteral("persons"), s.persons);
        form->setText(QStringLiteral("source"), s.source);
        form->setText(QStringLiteral("survey_date"), QStringLiteral("14.11.2026"));
        form->accept();
        QCoreApplication::processEvents();
        REQUIRE_FALSE(editing->form());
    }
    REQUIRE(one(db, "SELECT count(*) FROM geisep_areas WHERE layer_id = ?", settlements) == u"2");
    // Each lies in both its mahalle, the shares of its area adding up to the whole.
    FeatureEditor editor(window.session()->project());
    for (qint64 fid = 1; fid <= 2; ++fid) {
        const Settlement &s = drawn[fid - 1];
        INFO(s.name.toStdString());
        auto shares = editor.mahalleShares(settlements, fid);
        REQUIRE(shares);
        QStringList names;
        double total = 0;
        for (const FeatureEditor::MahalleShare &share : *shares) {
            names << share.name;
            total += share.share;
            CHECK(share.share > 0.0);
        }
        CHECK(names.contains(s.mahalle[0]));
        CHECK(names.contains(s.mahalle[1]));
        CHECK(total == Approx(1.0).margin(0.001));
        CHECK(one(db, "SELECT district FROM geisep_areas WHERE layer_id = ? AND fid = ?",
                  settlements, fid)
              == (fid == 1 ? u"Haliliye" : u"Eyyübiye"));
    }
    REQUIRE(window.identifyFeature(settlements, 1));
    CHECK(window.inspectorText().contains(u"Şair Şevket Mh."));
    CHECK(window.inspectorText().contains(u"Sultan Fatih Mah."));
    CHECK(window.inspectorText().contains(u"1.150")); // persons, in Turkish digits
    CHECK(window.inspectorText().contains(u"Muhtarla saha taraması"));

    // A recount from the muhtar, typed through the inspector's "Öznitelikleri düzenle…": the
    // form shows the stored values as typed; the two changes are one undo step.
    auto *inspector = window.findChild<QTextBrowser *>(QStringLiteral("inspector"));
    REQUIRE(inspector);
    REQUIRE(inspector->toHtml().contains(u"geisep:edit-attributes"));
    Q_EMIT inspector->anchorClicked(QUrl(QStringLiteral("geisep:edit-attributes")));
    {
        FeatureFormDialog *form = editing->form();
        REQUIRE(form);
        CHECK(form->windowTitle().contains(u"Göçmen yerleşim alanları"));
        CHECK(qobject_cast<QLineEdit *>(form->editorFor(QStringLiteral("households")))->text()
              == u"240");
        CHECK(qobject_cast<QLineEdit *>(form->editorFor(QStringLiteral("survey_date")))->text()
              == u"14.11.2026");
        CHECK(qobject_cast<QLineEdit *>(form->editorFor(QStringLiteral("name")))->text()
              == drawn[0].name);
        form->setText(QStringLiteral("households"), QStringLiteral("265"));
        form->setText(QStringLiteral("persons"), QStringLiteral("1.240"));
        const int steps = window.session()->undoStack()->count();
        form->accept();
        QCoreApplication::processEvents();
        CHECK(window.session()->undoStack()->count() == steps + 1);
    }
    auto recount = [&] {
        return one(db,
                   "SELECT households || '/' || persons FROM gocmen_yerlesim_alanlari WHERE fid "
                   "= 1");
    };
    CHECK(recount() == u"265/1240");
    REQUIRE(window.identifyFeature(settlements, 1));
    CHECK(window.inspectorText().contains(u"1.240"));
    window.session()->undoStack()->undo();
    CHECK(recount() == u"240/1150");
    window.session()->undoStack()->redo();
    CHECK(recount() == u"265/1240");
    REQUIRE(window.identifyFeature(settlements, 1));
    action(window, "panTool")->trigger(); // drawing done: the hand again
    REQUIRE(canvas->waitForFrame());
    shoot(window.grab(), QStringLiteral("walkthrough-2-settlements-tr.png"));

    // Three schools in a new point layer of facilities, each placed below a settlement or
    // beside it, with its service, name and capacity typed in the form.
    {
        action(window, "newLayerAction")->trigger();
        QWidget *dialog = editing->layerDialog();
        REQUIRE(dialog);
        dialog->findChild<QLineEdit *>(QStringLiteral("name"))->setText(QStringLiteral("Okullar"));
        auto *roles = dialog->findChild<QComboBox *>(QStringLiteral("role"));
        roles->setCurrentIndex(roles->findData(roleName(LayerRole::Infrastructure)));
        dialog->findChild<QComboBox *>(QStringLiteral("kind"))->setCurrentIndex(1); // points
        static_cast<QDialog *>(dialog)->accept();
        QCoreApplication::processEvents();
    }
    const qint64 schools = layerId(window, QStringLiteral("Okullar"));
    REQUIRE(schools > 0);
    action(window, "drawAction")->trigger();
    REQUIRE(qobject_cast<DrawTool *>(canvas->mapTool()));
    CHECK(qobject_cast<DrawTool *>(canvas->mapTool())->kind() == DrawTool::Kind::Point);
    struct School
    {
        QPointF at;
        QString name, capacity;
    };
    const School placed[] = {
        {centres[0] + QPointF(0, 70), QStringLiteral("Şair Şevket İlkokulu"),
         QStringLiteral("640")},
        {centres[0] + QPointF(90, -40), QStringLiteral("Sultan Fatih Ortaokulu"),
         QStringLiteral("480")},
        {centres[1] + QPointF(-20, 70), QStringLiteral("Hakimdede İlkokulu"),
         QStringLiteral("720")},
    };
    for (const School &school : placed) {
        click(canvas, school.at);
        FeatureFormDialog *form = editing->form();
        REQUIRE(form);
        auto *service = qobject_cast<QComboBox *>(form->editorFor(QStringLiteral("service")));
        REQUIRE(service);
        service->setCurrentIndex(service->findData(QStringLiteral("school")));
        CHECK(service->currentText() == u"Okul");
        form->setText(QStringLiteral("name"), school.name);
        form->setText(QStringLiteral("capacity"), school.capacity);
        if (&school == &placed[2]) {
            form->adjustSize();
            shoot(screenshots::withDialog(window, *form, QPoint(295, 95)),
                  QStringLiteral("walkthrough-3-schools-tr.png"));
        }
        form->accept();
        QCoreApplication::processEvents();
        REQUIRE_FALSE(editing->form());
    }
    CHECK(db.queryText("SELECT group_concat(name || ':' || capacity, ', ') FROM (SELECT * FROM "
                       "okullar ORDER BY fid)")
              .value_or(QString())
          == u"Şair Şevket İlkokulu:640, Sultan Fatih Ortaokulu:480, Hakimdede İlkokulu:720");

    // Their attributes corrected in the attribute table (F6): a capacity in Turkish digits and
    // a name; each one undo step.
    AttributeTableWindow *table = window.openAttributeTable(schools);
    REQUIRE(table);
    AttributeTableModel *model = table->model();
    REQUIRE(model->rowCount() == 3);
    int nameColumn = -1, capacityColumn = -1;
    for (int col = 0; col < model->columnCount(); ++col) {
        if (model->columnKey(col) == u"field.name")
            nameColumn = col;
        if (model->columnKey(col) == u"field.capacity")
            capacityColumn = col;
    }
    REQUIRE(nameColumn >= 0);
    REQUIRE(capacityColumn >= 0);
    CHECK(model->headerData(capacityColumn, Qt::Horizontal).toString() == u"Kapasite");
    for (int col = 0; col < model->columnCount(); ++col)
        if (model->columnKey(col) == u"field.service") {
            // The service by its name, its code kept for editing.
            CHECK(model->data(model->index(0, col)).toString() == u"Okul");
            CHECK(model->data(model->index(0, col), Qt::EditRole).toString() == u"school");
        }
    int hakimdedeRow = -1, sultanRow = -1;
    for (int row = 0; row < model->rowCount(); ++row) {
        const QString name = model->data(model->index(row, nameColumn)).toString();
        if (name == u"Hakimdede İlkokulu")
            hakimdedeRow = row;
        if (name == u"Sultan Fatih Ortaokulu")
            sultanRow = row;
    }
    REQUIRE(hakimdedeRow >= 0);
    REQUIRE(sultanRow >= 0);
    const int undoBefore = window.session()->undoStack()->count();
    CHECK(model->setData(model->index(hakimdedeRow, capacityColumn), QStringLiteral("1.080")));
    CHECK(model->setData(model->index(sultanRow, nameColumn),
                         QStringLiteral("Sultan Fatih Ortaokulu (ikili öğretim)")));
    CHECK_FALSE(model->setData(model->index(sultanRow, capacityColumn), QStringLiteral("çok")));
    QCoreApplication::processEvents();
    CHECK(window.session()->undoStack()->count() == undoBefore + 2);
    CHECK(db.queryText("SELECT group_concat(name || ':' || capacity, ', ') FROM (SELECT * FROM "
                       "okullar ORDER BY fid)")
              .value_or(QString())
          == u"Şair Şevket İlkokulu:640, Sultan Fatih Ortaokulu (ikili öğretim):480, Hakimdede "
             u"İlkokulu:1080");
    table->resize(760, 260);
    QCoreApplication::processEvents();
    shoot(screenshots::withDialog(window, *table, QPoint(40, 470)),
          QStringLiteral("walkthrough-4-table-tr.png"));
    table->close();

    // The plan: a goal, an objective and an action under the housing sector, each through its
    // form.
    QTreeView *plan = window.planView();
    const QModelIndex housing = plan->model()->index(0, 0);
    REQUIRE(housing.data(PlanTreeModel::CodeRole).toString() == u"HOUSING");
    plan->setCurrentIndex(housing);
    addBelow(window, QStringLiteral("K1"),
             QStringLiteral("Göçmenlerin güvenli ve sağlıklı konuta erişimi"));
    addBelow(window, QStringLiteral("K1.1"),
             QStringLiteral("Geçici yerleşim alanlarındaki hanelerin kalıcı konuta geçişi"));
    const qint64 actionId
        = addBelow(window, QStringLiteral("K1.1.1"),
                   QStringLiteral("Konteyner kent ve kiralık konut hanelerine saha desteği"));
    REQUIRE(actionId > 0);

    // Both settlements chosen on the map with the select tool (Shift adds) and linked.
    action(window, "selectTool")->trigger();
    canvas->setSelectionLayer(settlements);
    click(canvas, centres[0]);
    click(canvas, centres[1], Qt::ShiftModifier);
    REQUIRE(canvas->selection().size() == 2);
    {
        test::ExpectModal form([&](QWidget *dialog) {
            REQUIRE(dialog->objectName() == u"linkDialog");
            auto *priority = dialog->findChild<QComboBox *>();
            priority->setCurrentIndex(priority->findData(QStringLiteral("high")));
            dialog->findChild<QLineEdit *>()->setText(
                QStringLiteral("Kış öncesi ısınma ve kira desteği"));
            dialog->adjustSize();
            shoot(screenshots::withDialog(window, *dialog, QPoint(420, 300)),
                  QStringLiteral("walkthrough-5-link-tr.png"));
            dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();
        });
        action(window, "linkAction")->trigger();
    }
    CHECK(one(db,
              "SELECT count(*) FROM geisep_area_links l JOIN geisep_areas a ON a.id = l.area_id "
              "WHERE l.action_id = ? AND l.priority = 'high' AND a.layer_id = ?",
              actionId, settlements)
          == u"2");
    REQUIRE(window.identifyFeature(settlements, 2));
    CHECK(window.inspectorText().contains(u"Konteyner kent ve kiralık konut hanelerine"));
    CHECK(window.inspectorText().contains(u"Hakimdede Mah."));
    REQUIRE(canvas->waitForFrame());
    shoot(window.grab(), QStringLiteral("walkthrough-6-linked-tr.png"));
    CHECK(messages.errors().isEmpty());

    // Saved as it went: reopened, everything is there, and GDAL reads the drawn layers.
    window.closeProject();
    REQUIRE(window.openProject(path));
    CHECK(window.session()->project().planCounts().areas == 1438 + 2);
    window.closeProject();
    CHECK(test::gdalValidate({path}).isEmpty());
    const auto ogr
        = test::run(QStringLiteral("ogrinfo"),
                    {QStringLiteral("-ro"), QStringLiteral("-so"), path, QStringLiteral("okullar"),
                     QStringLiteral("gocmen_yerlesim_alanlari")});
    CHECK(ogr.exitCode == 0);
    CHECK(ogr.out.contains(u"Feature Count: 3"));
    CHECK(ogr.out.contains(u"Feature Count: 2"));
}
