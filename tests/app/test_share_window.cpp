// Proje ▸ Paylaş in the window, on a real PostgreSQL + PostGIS server the test starts on
// loopback (tests/support/pgserver.h): connect, publish, pull, a conflict shown side by side and
// resolved with the planner's edit, and a server that goes away (issue 20).
#include "app/i18n.h"
#include "app/mainwindow.h"
#include "app/plan/planactions.h"
#include "app/session.h"
#include "app/share/sharedialog.h"
#include "core/plan/plan.h"
#include "core/plan/plantreemodel.h"
#include "core/server/publish.h"
#include "tests/app/guards.h"
#include "tests/support/pgserver.h"
#include "tests/support/support.h"

#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QTableWidget>
#include <QTreeView>

#include <catch2/catch.hpp>

using namespace geisep;

namespace {

QString serverField(const test::PostgresServer &server, const QString &uid, const QString &field)
{
    return server
        .psql(QStringLiteral("SELECT fields->>'%1' FROM geisep.plan_items WHERE uid = '%2'")
                  .arg(field, uid))
        .out;
}

} // namespace

TEST_CASE("Proje ▸ Paylaş connects, publishes, pulls, shows a conflict side by side and keeps the "
          "planner's edit",
          "[app][server]")
{
    test::PostgresServer server;
    const QString problem = test::makeProvince(server);
    INFO(problem.toStdString());
    REQUIRE(problem.isEmpty());
    test::TempDir dir;

    // Şehitkamil has published its own plan: one goal, objective and action.
    const QString theirs = dir.path(QStringLiteral("sehitkamil.gpkg"));
    {
        auto project = test::newProject(theirs);
        PlanStore plan(project->db());
        PlanItem item;
        item.kind = PlanKind::Goal;
        item.parentId = plan.sectors().value().at(0).id;
        item.code = QStringLiteral("ŞK-1");
        item.titleTr = QStringLiteral("Şehitkamil'de barınma");
        item.parentId = plan.addItem(item).value();
        item.kind = PlanKind::Objective;
        item.code = QStringLiteral("ŞK-1.1");
        item.titleTr = QStringLiteral("Güvenli konut");
        item.parentId = plan.addItem(item).value();
        item.kind = PlanKind::Action;
        item.code = QStringLiteral("ŞK-1.1.1");
        item.titleTr = QStringLiteral("Konut envanteri çıkarmak");
        REQUIRE(plan.addItem(item));
    }
    auto sent = test::runCli({QStringLiteral("publish"), theirs, QStringLiteral("--server"),
                              server.dsn(QStringLiteral("sehitkamil_belediyesi"))});
    INFO(sent.err.toStdString());
    REQUIRE(sent.exitCode == 0);

    // Şahinbey's planner opens the sample in the window, in Turkish.
    const QString mine = dir.path(QStringLiteral("sahinbey.gpkg"));
    REQUIRE(QFile::copy(test::samplePath(), mine));
    QFile::setPermissions(mine, QFile::ReadOwner | QFile::WriteOwner);
    MainWindow window;
    window.setLanguage(QStringLiteral("tr"));
    REQUIRE(window.openProject(mine));
    auto *share = window.findChild<QAction *>(QStringLiteral("shareAction"));
    REQUIRE(share);
    CHECK(share->isEnabled());
    CHECK(share->text().remove(u'&') == u"Paylaş…");
    Session *session = window.session();
    PlanStore &plan = session->plan();
    const auto actionsBefore = plan.actions().value().size();

    ShareDialog dialog(session, &window);
    dialog.show();
    CHECK(dialog.status().contains(QStringLiteral("henüz paylaşılmadı")));
    CHECK(dialog.conflictCount() == 0);
    const auto *conflictHelp = dialog.findChild<QLabel *>(QStringLiteral("conflictHelp"));
    REQUIRE(conflictHelp);
    CHECK(conflictHelp->text() == u"Açık çakışma yok.");
    dialog.setServer(QStringLiteral("127.0.0.1"), server.port(), QStringLiteral("plan"),
                     QStringLiteral("sahinbey_belediyesi"));
    dialog.findChild<QLineEdit *>(QStringLiteral("password"))->setText(QStringLiteral("gizli"));

    REQUIRE(dialog.connectToServer());
    CHECK(dialog.status().contains(QStringLiteral("Şahinbey Belediyesi")));
    // Where the server is stays with the project; the password does not.
    const QString kept = session->project().meta(QStringLiteral("shared_server"));
    CHECK(kept.contains(QStringLiteral("sahinbey_belediyesi")));
    CHECK(kept.contains(QString::number(server.port())));
    CHECK_FALSE(kept.contains(QStringLiteral("gizli")));

    REQUIRE(dialog.publish());
    CHECK(dialog.status().contains(QStringLiteral("Şahinbey Belediyesi")));
    const qint64 ownOnServer
        = server
              .psql(QStringLiteral("SELECT count(*) FROM geisep.plan_items WHERE institution = "
                                   "'Şahinbey Belediyesi' AND kind = 'action'"))
              .out.toLongLong();
    CHECK(ownOnServer == qint64(actionsBefore));

    // The pull brings Şehitkamil's action; the plan dock's model hears of it.
    REQUIRE(dialog.pull());
    CHECK(dialog.status().contains(QStringLiteral("Şehitkamil Belediyesi")));
    CHECK(plan.actions().value().size() == actionsBefore + 1);
    CHECK(session->undoStack()->count() == 0);

    // Şehitkamil's action is theirs: the plan dock shows whose it is and lets a municipality
    // neither edit, move nor delete it here; its own items stay editable.
    qint64 pulledId = 0;
    const QList<Action> actions = plan.actions().value();
    for (const Action &a : actions)
        if (a.code == u"ŞK-1.1.1")
            pulledId = a.id;
    REQUIRE(pulledId > 0);
    const QModelIndex pulledIndex
        = window.planActions()->model()->find(PlanTreeModel::Kind::Action, pulledId);
    REQUIRE(pulledIndex.isValid());
    CHECK(pulledIndex.data(Qt::DisplayRole).toString().contains(u"Şehitkamil Belediyesi"));
    window.planView()->setCurrentIndex(pulledIndex);
    auto *edit = window.findChild<QAction *>(QStringLiteral("editPlanItemAction"));
    REQUIRE(edit);
    CHECK_FALSE(edit->isEnabled());
    {
        test::MessageCapture messages;
        CHECK_FALSE(window.planActions()->removeItem(PlanKind::Action, pulledId));
        REQUIRE(messages.messages.size() == 1);
        CHECK(messages.messages.front().text.contains(u"Şehitkamil Belediyesi"));
        CHECK(messages.messages.front().text.contains(u"ŞK-1.1.1 Konut envanteri çıkarmak"));
    }
    CHECK(plan.item(PlanKind::Action, pulledId).has_value());
    window.planView()->setCurrentIndex(window.planActions()->model()->find(
        PlanTreeModel::Kind::Action, plan.actions().value().at(0).id));
    CHECK(edit->isEnabled());

    // The governorship raises the budget of Şahinbey's first action on the server while the
    // planner lowers it here: the next pull keeps both and shows them side by side.
    const Action first = plan.actions().value().at(0);
    const QString uid
        = server::Publisher::rowUid(server::Publisher::projectUid(session->project()).value(),
                                    QStringLiteral("action"), first.id)
              .toString(QUuid::WithoutBraces);
    const QString baseBudget = serverField(server, uid, QStringLiteral("budget"));
    REQUIRE_FALSE(baseBudget.isEmpty());
    const auto raised = server.psql(
        QStringLiteral("UPDATE geisep.plan_items SET fields = jsonb_set(fields, '{budget}', "
                       "'900000') WHERE uid = '%1'")
            .arg(uid),
        QStringLiteral("gaziantep_valiligi"));
    INFO(raised.err.toStdString());
    REQUIRE(raised.exitCode == 0);
    PlanItem lowered = plan.item(PlanKind::Action, first.id).value();
    lowered.budget = 100;
    REQUIRE(plan.updateItem(lowered));

    REQUIRE(dialog.pull());
    REQUIRE(dialog.conflictCount() == 1);
    CHECK(dialog.status().contains(QStringLiteral("açık çakışma: 1")));
    CHECK(conflictHelp->text().startsWith(QStringLiteral("Bir satır son eşitlemeden")));
    dialog.selectConflict(0);
    QTableWidget *fields = dialog.fieldsTable();
    REQUIRE(fields->rowCount() == 1); // only the budget differs
    CHECK(fields->horizontalHeaderItem(1)->text() == u"Son paylaşılan");
    CHECK(fields->horizontalHeaderItem(2)->text() == u"Sunucuda");
    CHECK(fields->horizontalHeaderItem(3)->text() == u"Bu projede");
    CHECK(fields->item(0, 0)->text() == u"Bütçe");
    CHECK(fields->item(0, 1)->text() == baseBudget);
    CHECK(fields->item(0, 2)->text() == u"900000");
    CHECK(fields->item(0, 3)->text() == u"100");
    CHECK_FALSE(fields->item(0, 2)->flags().testFlag(Qt::ItemIsEditable));
    CHECK(fields->item(0, 3)->flags().testFlag(Qt::ItemIsEditable));
    // Until the planner chooses, publishing leaves the row out: the server keeps 900000.
    REQUIRE(dialog.publish());
    CHECK(dialog.status().contains(QStringLiteral("1 satır")));
    CHECK(serverField(server, uid, QStringLiteral("budget")) == u"900000");

    // The planner settles on 250000: kept here, sent by the next publish.
    fields->item(0, 3)->setText(QStringLiteral("250000"));
    REQUIRE(dialog.resolveSelected(server::Resolution::Edited));
    CHECK(dialog.conflictCount() == 0);
    CHECK(conflictHelp->text() == u"Açık çakışma yok.");
    CHECK(plan.item(PlanKind::Action, first.id).value().budget == Approx(250000));
    REQUIRE(dialog.publish());
    CHECK(serverField(server, uid, QStringLiteral("budget")) == u"250000");
    REQUIRE(dialog.pull());
    CHECK(dialog.conflictCount() == 0);
    CHECK(plan.item(PlanKind::Action, first.id).value().budget == Approx(250000));

    // The server goes away: the pull says so, naming the server without the password, and the
    // project is as it was.
    REQUIRE(server.stop());
    {
        test::MessageCapture messages;
        CHECK_FALSE(dialog.pull());
        REQUIRE(messages.errors().size() == 1);
        const Error error = messages.errors().front();
        CHECK(error.file.contains(QStringLiteral("127.0.0.1")));
        CHECK_FALSE(error.file.contains(QStringLiteral("gizli")));
        CHECK_FALSE(error.hint.isEmpty());
    }
    CHECK(plan.actions().value().size() == actionsBefore + 1);
    CHECK(plan.item(PlanKind::Action, first.id).value().budget == Approx(250000));
}
