// The province's shared plan on a real PostgreSQL + PostGIS server the tests start themselves
// (tests/support/pgserver.h: a cluster in a temporary folder, on 127.0.0.1 only): the schema
// made and kept by server init, institutions and their roles, and the server itself refusing
// an institution's write to another's part (issue 20).
#include "core/plan/plan.h"
#include "core/plan/plantreemodel.h"
#include "core/project.h"
#include "core/server/pg.h"
#include "core/server/publish.h"
#include "core/server/pull.h"
#include "core/server/serverschema.h"
#include "core/sqlite.h"
#include "tests/support/pgserver.h"
#include "tests/support/support.h"

#include <QFile>
#include <QProcess>
#include <QThread>

#include <algorithm>
#include <functional>
#include <signal.h>
#include <thread>

#include <catch2/catch.hpp>

using namespace geisep;

namespace {

std::unique_ptr<pg::Connection> connect(const QString &dsn)
{
    auto c = pg::Connection::open(dsn);
    INFO((c ? QString() : c.error().toString()).toStdString());
    REQUIRE(c);
    return std::move(*c);
}

// The test's server, made ready: the schema and three institutions of Gaziantep's planning group.
struct Province
{
    test::PostgresServer server;
    std::unique_ptr<pg::Connection> admin;

    Province()
    {
        const QString problem = test::makeProvince(server);
        INFO(problem.toStdString());
        REQUIRE(problem.isEmpty());
        admin = connect(server.dsn());
    }
};

constexpr const char *kAction = "INSERT INTO geisep.plan_items (uid, kind, fields) VALUES "
                                "($1, 'action', $2)";

} // namespace

TEST_CASE("A connection string shown in a message never carries its password", "[server]")
{
    CHECK(pg::redactDsn(QStringLiteral("host=10.0.0.5 user=valilik password=gizli dbname=il"))
          == u"host=10.0.0.5 user=valilik password=… dbname=il");
    CHECK(pg::redactDsn(QStringLiteral("host=a password = 'çok gizli' sslmode=require"))
          == u"host=a password=… sslmode=require");
    CHECK(pg::redactDsn(QStringLiteral("postgresql://valilik:gizli@10.0.0.5:5432/il"))
          == u"postgresql://valilik:…@10.0.0.5:5432/il");
    CHECK(pg::redactDsn(QStringLiteral("service=gaziantep")) == u"service=gaziantep");
}

TEST_CASE("server init makes the shared plan on PostGIS once, and again changes nothing",
          "[server]")
{
    test::PostgresServer server;
    INFO(server.problem().toStdString());
    REQUIRE(server.problem().isEmpty());
    auto admin = connect(server.dsn());
    server::ServerSchema shared(*admin);
    CHECK(shared.version() == 0);
    auto first = shared.init();
    REQUIRE(first);
    CHECK(first->fromVersion == 0);
    CHECK(first->toVersion == server::kSchemaVersion);
    auto again = shared.init();
    REQUIRE(again);
    CHECK(again->fromVersion == server::kSchemaVersion);
    CHECK(shared.version() == server::kSchemaVersion);

    const auto tables = server.psql(QStringLiteral(
        "SELECT string_agg(tablename, ',' ORDER BY tablename) FROM pg_tables WHERE schemaname = "
        "'geisep'"));
    CHECK(tables.out == u"areas,changes,figures,institutions,layers,layouts,links,meta,plan_items");
    // Row-level security on every table an institution writes; a GiST index on the areas.
    CHECK(server
              .psql(QStringLiteral("SELECT count(*) FROM pg_tables WHERE schemaname = 'geisep' "
                                   "AND rowsecurity"))
              .out
          == u"6");
    CHECK(server
              .psql(QStringLiteral("SELECT indexdef FROM pg_indexes WHERE schemaname = 'geisep' "
                                   "AND indexname = 'areas_geom'"))
              .out.contains(QStringLiteral("USING gist (geom)")));
    CHECK(server.psql(QStringLiteral("SELECT postgis_version() IS NOT NULL")).out == u"t");

    // A member role reads the schema through its group; the program's roles are listed.
    REQUIRE(
        shared.addMember(QStringLiteral("Şahinbey Belediyesi"), server::InstitutionKind::Belediye));
    REQUIRE(shared.addMember(QStringLiteral("Şahinbey Belediyesi"),
                             server::InstitutionKind::Belediye)); // again: no change
    auto members = shared.members();
    REQUIRE(members);
    REQUIRE(members->size() == 1);
    CHECK(members->front().institution == u"Şahinbey Belediyesi");
    CHECK(members->front().role == u"sahinbey_belediyesi");
    auto as = connect(server.dsn(QStringLiteral("sahinbey_belediyesi")));
    server::ServerSchema mine(*as);
    CHECK(mine.currentInstitution() == QStringLiteral("Şahinbey Belediyesi"));
}

TEST_CASE("Each institution writes only its own part, the governorship all, and the server refuses "
          "the rest",
          "[server]")
{
    Province p;
    auto sahinbey = connect(p.server.dsn(QStringLiteral("sahinbey_belediyesi")));
    auto sehitkamil = connect(p.server.dsn(QStringLiteral("sehitkamil_belediyesi")));
    auto valilik = connect(p.server.dsn(QStringLiteral("gaziantep_valiligi")));
    const QString course = QStringLiteral("6b1d4a6e-0000-4000-8000-000000000001");
    const QString theirs = QStringLiteral("6b1d4a6e-0000-4000-8000-000000000002");

    // Each writes an action: the row is marked with the writer's institution by the server.
    const auto wrote = [](pg::Connection &c, const QString &uid, const QString &fields) {
        auto ok = c.query(QString::fromLatin1(kAction), {uid, fields});
        INFO((ok ? QString() : ok.error().toString()).toStdString());
        CHECK(ok);
        return bool(ok);
    };
    REQUIRE(
        wrote(*sahinbey, course, QStringLiteral(R"({"title": "Türkçe kursu", "budget": 100})")));
    REQUIRE(wrote(*sehitkamil, theirs, QStringLiteral(R"({"title": "Kadın kooperatifi"})")));
    auto owner = p.admin->query(QStringLiteral("SELECT institution FROM geisep.plan_items WHERE "
                                               "uid = $1"),
                                {course});
    REQUIRE(owner);
    CHECK(owner->text(0, 0) == u"Şahinbey Belediyesi");

    // Everyone reads the whole plan.
    for (pg::Connection *c : {sahinbey.get(), sehitkamil.get(), valilik.get()})
        CHECK(c->query(QStringLiteral("SELECT count(*) FROM geisep.plan_items"))->text(0, 0)
              == u"2");

    // Şehitkamil's hand-written UPDATE of Şahinbey's action reaches no row; its DELETE neither.
    auto changed = p.server.psql(
        QStringLiteral("UPDATE geisep.plan_items SET fields = '{\"budget\": 0}' WHERE uid = '%1'")
            .arg(course),
        QStringLiteral("sehitkamil_belediyesi"));
    CHECK(changed.exitCode == 0);
    auto deleted = p.server.psql(
        QStringLiteral("DELETE FROM geisep.plan_items WHERE uid = '%1'").arg(course),
        QStringLiteral("sehitkamil_belediyesi"));
    CHECK(deleted.exitCode == 0);
    auto budget = p.admin->query(
        QStringLiteral("SELECT fields->>'budget' FROM geisep.plan_items WHERE uid = $1"), {course});
    REQUIRE(budget);
    REQUIRE(budget->size() == 1);
    CHECK(budget->text(0, 0) == u"100");
    // Writing a row in Şahinbey's name, or handing its own row over, is refused outright.
    auto forged = sehitkamil->query(
        QStringLiteral("INSERT INTO geisep.plan_items (uid, kind, institution) VALUES ($1, "
                       "'action', 'Şahinbey Belediyesi')"),
        {QStringLiteral("6b1d4a6e-0000-4000-8000-000000000003")});
    REQUIRE_FALSE(forged);
    CHECK(forged.error().message.contains(QStringLiteral("row-level security")));
    auto handed = sehitkamil->query(
        QStringLiteral("UPDATE geisep.plan_items SET institution = 'Şahinbey Belediyesi' WHERE "
                       "uid = $1"),
        {theirs});
    REQUIRE_FALSE(handed);
    CHECK(handed.error().message.contains(QStringLiteral("row-level security")));
    // Nor may a member make itself the governorship or write the change log.
    auto promoted = sehitkamil->query(QStringLiteral(
        "UPDATE geisep.institutions SET kind = 'valilik' WHERE role = current_user"));
    REQUIRE_FALSE(promoted);
    CHECK(promoted.error().message.contains(QStringLiteral("permission denied")));
    auto logged = sehitkamil->query(QStringLiteral(
        "INSERT INTO geisep.changes (institution, table_name, row_key, operation) VALUES "
        "('x', 'plan_items', 'x', 'insert')"));
    REQUIRE_FALSE(logged);

    // The governorship merges: it edits Şahinbey's action.
    auto merged = valilik->query(
        QStringLiteral("UPDATE geisep.plan_items SET fields = fields || '{\"budget\": 120}' WHERE "
                       "uid = $1 RETURNING institution"),
        {course});
    REQUIRE(merged);
    REQUIRE(merged->size() == 1);
    CHECK(merged->text(0, 0) == u"Şahinbey Belediyesi");

    // The change log holds each accepted write, by whom, and none of the refused ones.
    auto log = p.admin->query(QStringLiteral(
        "SELECT by_role || ':' || operation || ':' || institution FROM geisep.changes WHERE "
        "table_name = 'plan_items' ORDER BY id"));
    REQUIRE(log);
    QStringList entries;
    for (std::size_t r = 0; r < log->size(); ++r)
        entries << log->text(r, 0);
    CHECK(entries
          == QStringList{QStringLiteral("sahinbey_belediyesi:insert:Şahinbey Belediyesi"),
                         QStringLiteral("sehitkamil_belediyesi:insert:Şehitkamil Belediyesi"),
                         QStringLiteral("gaziantep_valiligi:update:Şahinbey Belediyesi")});
}

TEST_CASE(
    "geisep-cli server: init, add-member and members, then a wrong kind, a server that is not "
    "there and one that goes away",
    "[server][cli]")
{
    test::PostgresServer server;
    INFO(server.problem().toStdString());
    REQUIRE(server.problem().isEmpty());
    const QString dsn = server.dsn();
    auto init = test::runCli(
        {QStringLiteral("server"), QStringLiteral("init"), QStringLiteral("--dsn"), dsn});
    INFO(init.err.toStdString());
    CHECK(init.exitCode == 0);
    CHECK(init.out.contains(QStringLiteral("version 2")));
    auto again = test::runCli(
        {QStringLiteral("server"), QStringLiteral("init"), QStringLiteral("--dsn"), dsn});
    CHECK(again.exitCode == 0);
    CHECK(again.out.contains(QStringLiteral("up to date")));

    auto added = test::runCli({QStringLiteral("server"), QStringLiteral("add-member"),
                               QStringLiteral("--dsn"), dsn, QStringLiteral("--institution"),
                               QStringLiteral("Gaziantep Büyükşehir Belediyesi"),
                               QStringLiteral("--kind"), QStringLiteral("büyükşehir")});
    INFO(added.err.toStdString());
    CHECK(added.exitCode == 0);
    CHECK(added.out.contains(QStringLiteral("gaziantep_buyuksehir_belediyesi")));
    auto members = test::runCli(
        {QStringLiteral("server"), QStringLiteral("members"), QStringLiteral("--dsn"), dsn});
    CHECK(members.exitCode == 0);
    CHECK(members.out
          == u"Gaziantep Büyükşehir Belediyesi\tbuyuksehir\tgaziantep_buyuksehir_belediyesi\n");

    auto wrongKind
        = test::runCli({QStringLiteral("server"), QStringLiteral("add-member"),
                        QStringLiteral("--dsn"), dsn, QStringLiteral("--institution"),
                        QStringLiteral("X"), QStringLiteral("--kind"), QStringLiteral("bakanlık")});
    CHECK(wrongKind.exitCode == 2);
    CHECK(wrongKind.err.contains(QStringLiteral("valilik, buyuksehir, belediye")));

    // Nothing listens there: the message names the server without its password.
    auto nowhere
        = test::runCli({QStringLiteral("server"), QStringLiteral("init"), QStringLiteral("--dsn"),
                        QStringLiteral("host=127.0.0.1 port=1 dbname=plan user=x password=gizli123 "
                                       "connect_timeout=5")});
    CHECK(nowhere.exitCode == 1);
    CHECK(nowhere.err.contains(QStringLiteral("Could not connect")));
    CHECK(nowhere.err.contains(QStringLiteral("port=1")));
    CHECK_FALSE(nowhere.err.contains(QStringLiteral("gizli123")));

    // The server goes away under an open connection: a clear message, nothing half-done.
    auto admin = connect(dsn);
    REQUIRE(server.stop());
    server::ServerSchema shared(*admin);
    auto lost
        = shared.addMember(QStringLiteral("Nizip Belediyesi"), server::InstitutionKind::Belediye);
    REQUIRE_FALSE(lost);
    CHECK_FALSE(admin->isOpen());
    REQUIRE(server.start());
    auto back = connect(dsn);
    server::ServerSchema after(*back);
    auto listed = after.members();
    REQUIRE(listed);
    CHECK(listed->size() == 1);
}

TEST_CASE("Twenty institutions write at once: every write lands, and the change log is exactly "
          "their union",
          "[server][load]")
{
    Province p;
    constexpr int kWriters = 20;
    constexpr int kRows = 25;
    server::ServerSchema shared(*p.admin);
    for (int w = 0; w < kWriters; ++w)
        REQUIRE(shared.addMember(QStringLiteral("Kurum %1").arg(w), server::InstitutionKind::Stk,
                                 QStringLiteral("kurum_%1").arg(w)));
    // Each writer in its own thread and connection, all its rows in one transaction named by
    // its changeset; the server's statement timeout bounds every step.
    std::vector<QString> failures(kWriters);
    std::vector<std::thread> threads;
    for (int w = 0; w < kWriters; ++w)
        threads.emplace_back([&, w] {
            auto c = pg::Connection::open(p.server.dsn(QStringLiteral("kurum_%1").arg(w)));
            if (!c) {
                failures[std::size_t(w)] = c.error().toString();
                return;
            }
            auto ok = pg::transaction(**c, [&]() -> Result<void> {
                if (auto s = (*c)->exec(QStringLiteral("SET LOCAL statement_timeout = '60s'; SET "
                                                       "LOCAL geisep.changeset = 'cs-%1'")
                                            .arg(w));
                    !s)
                    return s;
                for (int r = 0; r < kRows; ++r)
                    if (auto row = (*c)->query(QString::fromLatin1(kAction),
                                               {QStringLiteral("00000000-0000-4000-8000-%1")
                                                    .arg(w * 1000 + r, 12, 10, QLatin1Char('0')),
                                                QStringLiteral(R"({"title": "Eylem %1"})").arg(r)});
                        !row)
                        return std::unexpected(row.error());
                return {};
            });
            if (!ok)
                failures[std::size_t(w)] = ok.error().toString();
        });
    for (std::thread &t : threads)
        t.join();
    for (const QString &f : failures)
        CHECK(f.toStdString() == "");

    auto items = p.admin->query(QStringLiteral("SELECT count(*) FROM geisep.plan_items"));
    REQUIRE(items);
    CHECK(items->text(0, 0) == QString::number(kWriters * kRows));
    // The log: one insert per row, each under its writer's changeset, role and institution.
    auto log = p.admin->query(QStringLiteral(
        "SELECT count(*), count(DISTINCT row_key), count(DISTINCT changeset), "
        "bool_and(changeset = 'cs-' || substr(by_role, 7) AND institution = 'Kurum ' || "
        "substr(by_role, 7) AND operation = 'insert') FROM geisep.changes"));
    REQUIRE(log);
    CHECK(log->text(0, 0) == QString::number(kWriters * kRows));
    CHECK(log->text(0, 1) == QString::number(kWriters * kRows));
    CHECK(log->text(0, 2) == QString::number(kWriters));
    CHECK(log->text(0, 3) == u"t");
    auto missing = p.admin->query(
        QStringLiteral("SELECT count(*) FROM geisep.plan_items i WHERE NOT EXISTS (SELECT 1 FROM "
                       "geisep.changes c WHERE c.row_key = i.uid::text)"));
    REQUIRE(missing);
    CHECK(missing->text(0, 0) == u"0");
}

TEST_CASE("A writer killed mid-transaction leaves the server with none of it, and a retry lands",
          "[server][faults]")
{
    Province p;
    test::TempDir dir;
    // psql as Şahinbey, one statement at a time as the workbench sends them: the rows written
    // inside a transaction, then a pause on the client's side with the transaction open.
    const QString insert = QStringLiteral(
        "INSERT INTO geisep.plan_items (uid, kind) SELECT ('00000000-0000-4000-8000-' || "
        "lpad(g::text, 12, '0'))::uuid, 'action' FROM generate_series(1, 500) g;");
    const QString script = dir.path(QStringLiteral("publish.sql"));
    {
        QFile f(script);
        REQUIRE(f.open(QIODevice::WriteOnly));
        f.write(QStringLiteral("BEGIN;\n%1\n\\! sleep 30\nCOMMIT;\n").arg(insert).toUtf8());
    }
    QProcess writer;
    writer.start(p.server.program(QStringLiteral("psql")),
                 {QStringLiteral("-X"), QStringLiteral("-q"), QStringLiteral("-d"),
                  p.server.dsn(QStringLiteral("sahinbey_belediyesi")), QStringLiteral("-f"),
                  script});
    REQUIRE(writer.waitForStarted(10000));
    const auto stateOfWriter = [&p] {
        return p.server
            .psql(QStringLiteral("SELECT coalesce(string_agg(state, ','), 'none') FROM "
                                 "pg_stat_activity WHERE usename = 'sahinbey_belediyesi'"))
            .out;
    };
    // Until the server holds the writer's open transaction (at most 30 s).
    bool open = false;
    for (int i = 0; i < 300 && !open; ++i) {
        QThread::msleep(100);
        open = stateOfWriter() == u"idle in transaction";
    }
    REQUIRE(open);
    ::kill(pid_t(writer.processId()), SIGKILL);
    REQUIRE(writer.waitForFinished(10000));
    // The server sees the connection drop and rolls the transaction back (within 30 s).
    bool gone = false;
    for (int i = 0; i < 300 && !gone; ++i) {
        gone = stateOfWriter() == u"none";
        if (!gone)
            QThread::msleep(100);
    }
    CHECK(gone);
    CHECK(p.server.psql(QStringLiteral("SELECT count(*) FROM geisep.plan_items")).out == u"0");
    CHECK(p.server.psql(QStringLiteral("SELECT count(*) FROM geisep.changes")).out == u"0");
    // The same write again, not killed: all of it.
    const auto again = p.server.psql(QStringLiteral("BEGIN; %1 COMMIT;").arg(insert),
                                     QStringLiteral("sahinbey_belediyesi"));
    INFO(again.err.toStdString());
    CHECK(again.exitCode == 0);
    CHECK(p.server.psql(QStringLiteral("SELECT count(*) FROM geisep.plan_items")).out == u"500");
    CHECK(p.server.psql(QStringLiteral("SELECT count(*) FROM geisep.changes")).out == u"500");
}

namespace {

// A count from the project file.
qint64 localCount(Project &project, Sql sql)
{
    auto stmt = project.db().prepare(sql);
    REQUIRE(stmt);
    REQUIRE(stmt->step().value_or(false));
    return stmt->int64(0);
}

QString serverCount(const test::PostgresServer &server, const QString &where)
{
    return server.psql(QStringLiteral("SELECT count(*) FROM geisep.") + where).out;
}

} // namespace

TEST_CASE("geisep-cli publish sends a municipality's plan, areas, links and figures whole, and "
          "again updates what it sent, and another institution cannot overwrite them",
          "[server][publish]")
{
    Province p;
    test::TempDir dir;
    const QString mine = dir.path(QStringLiteral("sahinbey.gpkg"));
    REQUIRE(QFile::copy(test::samplePath(), mine));
    const QString sahinbey = p.server.dsn(QStringLiteral("sahinbey_belediyesi"));
    auto sent
        = test::runCli({QStringLiteral("publish"), mine, QStringLiteral("--server"), sahinbey});
    INFO(sent.err.toStdString());
    REQUIRE(sent.exitCode == 0);
    CHECK(sent.out.contains(QStringLiteral("Published for Şahinbey Belediyesi")));

    auto project = Project::open(mine, Project::Access::ReadOnly);
    REQUIRE(project);
    Project &local = **project;
    const qint64 items = localCount(local, "SELECT (SELECT count(*) FROM geisep_goals) + (SELECT "
                                           "count(*) FROM geisep_objectives) + (SELECT count(*) "
                                           "FROM geisep_actions)");
    const qint64 sectors = localCount(local, "SELECT count(*) FROM geisep_sectors");
    const qint64 areas = localCount(local, "SELECT count(*) FROM geisep_areas a JOIN "
                                           "geisep_layers l ON l.id = a.layer_id WHERE NOT "
                                           "l.removed");
    const qint64 links = localCount(local, "SELECT count(*) FROM geisep_area_links");
    const qint64 figures = localCount(local, "SELECT count(*) FROM geisep_area_figures");
    REQUIRE(items > 0);
    REQUIRE(areas > 300);
    CHECK(serverCount(p.server, QStringLiteral("plan_items WHERE kind <> 'sector'"))
          == QString::number(items));
    CHECK(serverCount(p.server, QStringLiteral("plan_items WHERE kind = 'sector'"))
          == QString::number(sectors));
    CHECK(serverCount(p.server, QStringLiteral("areas")) == QString::number(areas));
    CHECK(serverCount(p.server, QStringLiteral("links")) == QString::number(links));
    CHECK(serverCount(p.server, QStringLiteral("figures")) == QString::number(figures));
    // Every area arrived with its geometry, valid, in the project's CRS, names intact.
    CHECK(serverCount(p.server, QStringLiteral("areas WHERE geom IS NULL OR NOT "
                                               "ST_IsValid(geom) OR ST_SRID(geom) <> 5256"))
          == u"0");
    CHECK(serverCount(p.server, QStringLiteral("areas WHERE name = 'İnönü Mh.'")) != u"0");
    CHECK(serverCount(p.server,
                      QStringLiteral("plan_items WHERE institution <> 'Şahinbey Belediyesi'"))
          == u"0");
    const QString changes = serverCount(p.server, QStringLiteral("changes"));

    // Again: the same rows updated, none added.
    auto again
        = test::runCli({QStringLiteral("publish"), mine, QStringLiteral("--server"), sahinbey});
    REQUIRE(again.exitCode == 0);
    CHECK(serverCount(p.server, QStringLiteral("plan_items WHERE kind <> 'sector'"))
          == QString::number(items));
    CHECK(serverCount(p.server, QStringLiteral("areas")) == QString::number(areas));
    CHECK(serverCount(p.server, QStringLiteral("changes WHERE operation = 'update'"))
          == QString::number(changes.toLongLong() - sectors));

    // Şehitkamil publishing a copy of Şahinbey's file would overwrite Şahinbey's rows: the
    // server refuses, the message names the row, and nothing of that publish stays.
    const QString copy = dir.path(QStringLiteral("kopya.gpkg"));
    project->reset();
    REQUIRE(QFile::copy(mine, copy));
    const QString before = serverCount(p.server, QStringLiteral("changes"));
    auto refused = test::runCli({QStringLiteral("publish"), copy, QStringLiteral("--server"),
                                 p.server.dsn(QStringLiteral("sehitkamil_belediyesi"))});
    CHECK(refused.exitCode == 1);
    CHECK(refused.err.contains(QStringLiteral("was not published")));
    CHECK(refused.err.contains(QStringLiteral("row-level security")));
    CHECK(serverCount(p.server, QStringLiteral("changes")) == before);
    // A role that is no member is told so.
    p.server.psql(QStringLiteral("CREATE ROLE misafir LOGIN"));
    auto stranger = test::runCli({QStringLiteral("publish"), mine, QStringLiteral("--server"),
                                  p.server.dsn(QStringLiteral("misafir"))});
    CHECK(stranger.exitCode == 1);
    CHECK(stranger.err.contains(QStringLiteral("no member")));
}

namespace {

PlanItem ownItem(PlanKind kind, qint64 parent, const QString &code, const QString &title)
{
    PlanItem item;
    item.kind = kind;
    item.parentId = parent;
    item.code = code;
    item.titleTr = title;
    return item;
}

} // namespace

TEST_CASE("Two institutions publish and pull: each gets the other's plan once, changes follow, "
          "and a server stopped mid-pull leaves the project as it was",
          "[server][pull]")
{
    Province p;
    test::TempDir dir;
    const QString theirs = dir.path(QStringLiteral("sahinbey.gpkg"));
    REQUIRE(QFile::copy(test::samplePath(), theirs));
    const QString sahinbey = p.server.dsn(QStringLiteral("sahinbey_belediyesi"));
    REQUIRE(test::runCli({QStringLiteral("publish"), theirs, QStringLiteral("--server"), sahinbey})
                .exitCode
            == 0);
    const qint64 published
        = serverCount(p.server, QStringLiteral("plan_items WHERE kind <> 'sector'")).toLongLong();
    REQUIRE(published >= 3); // the sample: a goal, an objective, an action

    // Şehitkamil's own plan: one goal, objective and action, published.
    const QString mine = dir.path(QStringLiteral("sehitkamil.gpkg"));
    {
        auto project = test::newProject(mine);
        PlanStore plan(project->db());
        const qint64 sector = plan.sectors().value().at(0).id;
        const qint64 goal = plan.addItem(ownItem(PlanKind::Goal, sector, QStringLiteral("ŞK-1"),
                                                 QStringLiteral("Şehitkamil'de barınma")))
                                .value();
        const qint64 objective
            = plan.addItem(ownItem(PlanKind::Objective, goal, QStringLiteral("ŞK-1.1"),
                                   QStringLiteral("Güvenli konut")))
                  .value();
        REQUIRE(plan.addItem(ownItem(PlanKind::Action, objective, QStringLiteral("ŞK-1.1.1"),
                                     QStringLiteral("Konut envanteri çıkarmak"))));
    }
    const QString sehitkamil = p.server.dsn(QStringLiteral("sehitkamil_belediyesi"));
    auto sent
        = test::runCli({QStringLiteral("publish"), mine, QStringLiteral("--server"), sehitkamil});
    INFO(sent.err.toStdString());
    REQUIRE(sent.exitCode == 0);

    // The pull brings Şahinbey's items under the same sectors, titles intact.
    auto pulled
        = test::runCli({QStringLiteral("pull"), mine, QStringLiteral("--server"), sehitkamil});
    INFO(pulled.err.toStdString());
    REQUIRE(pulled.exitCode == 0);
    CHECK(pulled.out.contains(QStringLiteral("from Şahinbey Belediyesi")));
    CHECK(pulled.out.contains(QStringLiteral(": %1 goals").arg(published)));
    const auto localItems = [&](Project &project) {
        return localCount(project, "SELECT (SELECT count(*) FROM geisep_goals) + (SELECT count(*) "
                                   "FROM geisep_objectives) + (SELECT count(*) FROM "
                                   "geisep_actions)");
    };
    {
        auto project = Project::open(mine, Project::Access::ReadOnly);
        REQUIRE(project);
        CHECK(localItems(**project) == published + 3);
        CHECK(localCount(**project, "SELECT count(*) FROM geisep_shared_rows WHERE institution = "
                                    "'Şahinbey Belediyesi'")
              == published);
    }
    // Their titles and budgets arrived as they are in their file.
    auto theirProject = Project::open(theirs);
    REQUIRE(theirProject);
    qint64 theirAction = 0;
    QString title;
    double budget = 0;
    {
        auto budgeted = (*theirProject)
                            ->db()
                            .prepare("SELECT id, title_tr, budget FROM geisep_actions WHERE "
                                     "budget IS NOT NULL ORDER BY id LIMIT 1");
        REQUIRE(budgeted);
        REQUIRE(budgeted->step().value_or(false));
        theirAction = budgeted->int64(0);
        title = budgeted->text(1);
        budget = budgeted->real(2);
    }
    const auto localBudget = [&](const QString &ofTitle) {
        auto project = Project::open(mine, Project::Access::ReadOnly);
        REQUIRE(project);
        auto stmt
            = (*project)->db().prepare("SELECT budget FROM geisep_actions WHERE title_tr = ?");
        REQUIRE(stmt);
        stmt->bind(1, ofTitle);
        return stmt->step().value_or(false) ? stmt->real(0) : -1.0;
    };
    CHECK(localBudget(title) == Approx(budget));
    // The plan dock says whose each pulled item is; the project's own say nothing.
    {
        auto project = Project::open(mine, Project::Access::ReadOnly);
        REQUIRE(project);
        PlanStore store((*project)->db());
        PlanTreeModel model;
        model.reload(&store);
        int pulledItems = 0, own = 0;
        std::function<void(const QModelIndex &)> walk = [&](const QModelIndex &parent) {
            for (int r = 0; r < model.rowCount(parent); ++r) {
                const QModelIndex i = model.index(r, 0, parent);
                const QString institution = i.data(PlanTreeModel::InstitutionRole).toString();
                if (institution == u"Şahinbey Belediyesi") {
                    ++pulledItems;
                    CHECK(i.data().toString().endsWith(QStringLiteral("· Şahinbey Belediyesi")));
                } else if (i.parent().isValid()) {
                    ++own;
                    CHECK(institution.isEmpty());
                }
                walk(i);
            }
        };
        walk({});
        CHECK(pulledItems == published);
        CHECK(own == 3);
    }

    // Again: nothing new, nothing changed.
    auto again
        = test::runCli({QStringLiteral("pull"), mine, QStringLiteral("--server"), sehitkamil});
    REQUIRE(again.exitCode == 0);
    CHECK(again.out.contains(QStringLiteral(": 0 goals, objectives and actions new, 0 changed, "
                                            "%1 as before")
                                 .arg(published + 3))); // theirs and its own three

    // Şahinbey raises the budget and publishes; the next pull follows.
    {
        PlanStore plan((*theirProject)->db());
        PlanItem action = plan.item(PlanKind::Action, theirAction).value();
        action.budget = budget + 250000;
        REQUIRE(plan.updateItem(action));
    }
    theirProject->reset();
    REQUIRE(test::runCli({QStringLiteral("publish"), theirs, QStringLiteral("--server"), sahinbey})
                .exitCode
            == 0);
    auto changed
        = test::runCli({QStringLiteral("pull"), mine, QStringLiteral("--server"), sehitkamil});
    REQUIRE(changed.exitCode == 0);
    CHECK(changed.out.contains(QStringLiteral(" 1 changed")));
    CHECK(localBudget(title) == Approx(budget + 250000));

    // Publishing again sends only Şehitkamil's own three: the pulled rows stay Şahinbey's.
    const QString changesBefore = serverCount(p.server, QStringLiteral("changes"));
    auto republished
        = test::runCli({QStringLiteral("publish"), mine, QStringLiteral("--server"), sehitkamil});
    INFO(republished.err.toStdString());
    REQUIRE(republished.exitCode == 0);
    CHECK(republished.out.contains(QStringLiteral(": 3 goals")));
    CHECK(serverCount(p.server, QStringLiteral("plan_items WHERE institution = 'Şehitkamil "
                                               "Belediyesi'"))
          == u"3");
    CHECK(serverCount(p.server, QStringLiteral("changes"))
          == QString::number(changesBefore.toLongLong() + 3));

    // Şahinbey renames the action; the server stops while Şehitkamil pulls: the pull fails,
    // saying so, and the project is as it was; once the server is back, pulling again lands.
    {
        auto project = Project::open(theirs);
        REQUIRE(project);
        PlanStore plan((*project)->db());
        PlanItem action = plan.item(PlanKind::Action, theirAction).value();
        action.titleTr = QStringLiteral("Göçmen çocuklar için okul servisi (güncel)");
        REQUIRE(plan.updateItem(action));
    }
    REQUIRE(test::runCli({QStringLiteral("publish"), theirs, QStringLiteral("--server"), sahinbey})
                .exitCode
            == 0);
    auto project = Project::open(mine);
    REQUIRE(project);
    const QString markBefore = (*project)->meta(QStringLiteral("shared_pulled_change"));
    {
        auto connection = connect(sehitkamil);
        auto failed = server::Puller::pull(**project, *connection, QStringLiteral("geisep"),
                                           [&](int done, int) {
                                               if (done == 1)
                                                   p.server.stop();
                                           });
        REQUIRE_FALSE(failed);
        INFO(failed.error().toString().toStdString());
        CHECK_FALSE(failed.error().message.isEmpty());
    }
    CHECK(localBudget(title) == Approx(budget + 250000)); // the old title still there
    CHECK(localItems(**project) == published + 3);
    CHECK((*project)->meta(QStringLiteral("shared_pulled_change")) == markBefore);
    REQUIRE(p.server.start());
    auto connection = connect(sehitkamil);
    auto retried = server::Puller::pull(**project, *connection);
    INFO((retried ? QString() : retried.error().toString()).toStdString());
    REQUIRE(retried);
    CHECK(retried->updated == 1);
    CHECK(retried->added == 0);
    CHECK(localItems(**project) == published + 3);
    project->reset();
    CHECK(localBudget(QStringLiteral("Göçmen çocuklar için okul servisi (güncel)"))
          == Approx(budget + 250000));
    CHECK(localBudget(title) == -1.0);
}

TEST_CASE("The same action changed by its municipality and by the governorship is a conflict: both "
          "kept, nothing sent over the other until the planner chooses",
          "[server][pull][conflict]")
{
    Province p;
    test::TempDir dir;
    const QString mine = dir.path(QStringLiteral("sahinbey.gpkg"));
    REQUIRE(QFile::copy(test::samplePath(), mine));
    const QString sahinbey = p.server.dsn(QStringLiteral("sahinbey_belediyesi"));
    auto project = Project::open(mine);
    REQUIRE(project);
    Project &local = **project;
    {
        auto connection = connect(sahinbey);
        REQUIRE(server::Publisher::publishWhole(local, *connection));
    }
    PlanStore plan(local.db());
    const Action first = plan.actions().value().at(0);
    const QString uid = server::Publisher::rowUid(server::Publisher::projectUid(local).value(),
                                                  QStringLiteral("action"), first.id)
                            .toString(QUuid::WithoutBraces);
    const auto serverBudget = [&] {
        return p.server
            .psql(QStringLiteral("SELECT fields->>'budget' FROM geisep.plan_items WHERE uid = "
                                 "'%1'")
                      .arg(uid))
            .out;
    };
    // The governorship edits the action's budget on the server, its title too.
    const auto governorship = [&](const QString &set) {
        const auto done = p.server.psql(
            QStringLiteral("UPDATE geisep.plan_items SET fields = %1 WHERE uid = '%2'")
                .arg(set, uid),
            QStringLiteral("gaziantep_valiligi"));
        INFO(done.err.toStdString());
        REQUIRE(done.exitCode == 0);
    };
    governorship(QStringLiteral("jsonb_set(fields, '{title_tr}', '\"Valilik başlığı\"')"));

    // Only theirs changed: the pull takes it.
    auto connection = connect(sahinbey);
    auto taken = server::Puller::pull(local, *connection);
    REQUIRE(taken);
    CHECK(taken->updated == 1);
    CHECK(taken->conflicts == 0);
    CHECK(plan.item(PlanKind::Action, first.id).value().titleTr == u"Valilik başlığı");

    // Both change the budget, differently: a conflict, mine kept in the project, theirs beside.
    governorship(QStringLiteral("jsonb_set(fields, '{budget}', '777000')"));
    PlanItem edited = plan.item(PlanKind::Action, first.id).value();
    edited.budget = 555000;
    REQUIRE(plan.updateItem(edited));
    auto clash = server::Puller::pull(local, *connection);
    REQUIRE(clash);
    CHECK(clash->conflicts == 1);
    CHECK(plan.item(PlanKind::Action, first.id).value().budget == 555000);
    auto open = server::conflicts(local.db());
    REQUIRE(open);
    REQUIRE(open->size() == 1);
    CHECK(open->at(0).uid == uid);
    CHECK(open->at(0).theirs.value(QStringLiteral("budget")).toDouble() == 777000);
    CHECK(open->at(0).mine.value(QStringLiteral("budget")).toDouble() == 555000);
    CHECK(open->at(0).base.value(QStringLiteral("title_tr")).toString() == u"Valilik başlığı");
    CHECK(open->at(0).institution == u"Şahinbey Belediyesi");

    // Until resolved, publishing sends everything else but not mine over theirs.
    auto held = server::Publisher::publishWhole(local, *connection);
    REQUIRE(held);
    CHECK(held->conflicted == 1);
    CHECK(serverBudget() == u"777000");
    // Pulling again keeps the conflict and both versions.
    REQUIRE(server::Puller::pull(local, *connection));
    CHECK(server::conflicts(local.db()).value().size() == 1);

    // Keep mine: the conflict goes, the next publish sends 555000, and a pull then finds
    // nothing to do.
    REQUIRE(server::resolve(local, uid, server::Resolution::KeepMine));
    CHECK(server::conflicts(local.db()).value().isEmpty());
    auto sent = server::Publisher::publishWhole(local, *connection);
    REQUIRE(sent);
    CHECK(sent->conflicted == 0);
    CHECK(serverBudget() == u"555000");
    auto quiet = server::Puller::pull(local, *connection);
    REQUIRE(quiet);
    CHECK(quiet->updated == 0);
    CHECK(quiet->conflicts == 0);

    // Again both sides; this time take theirs.
    governorship(QStringLiteral("jsonb_set(fields, '{budget}', '900000')"));
    edited = plan.item(PlanKind::Action, first.id).value();
    edited.budget = 100;
    REQUIRE(plan.updateItem(edited));
    REQUIRE(server::Puller::pull(local, *connection).value().conflicts == 1);
    // geisep-cli lists it in words, exit 3 while open, and takes theirs.
    const qint64 actionId = first.id;
    project->reset();
    auto listed = test::runCli({QStringLiteral("conflicts"), mine});
    INFO(listed.out.toStdString());
    CHECK(listed.exitCode == 3);
    CHECK(listed.out.contains(uid));
    CHECK(listed.out.contains(QStringLiteral("Budget: base 555000, theirs 900000, mine 100")));
    CHECK(listed.out.contains(QStringLiteral("Şahinbey Belediyesi")));
    auto tookTheirs
        = test::runCli({QStringLiteral("conflicts"), mine, QStringLiteral("--take-theirs"), uid});
    CHECK(tookTheirs.exitCode == 0);
    CHECK(test::runCli({QStringLiteral("conflicts"), mine})
              .out.contains(QStringLiteral("No conflicts")));
    auto reopened = Project::open(mine);
    REQUIRE(reopened);
    PlanStore again((*reopened)->db());
    CHECK(again.item(PlanKind::Action, actionId).value().budget == 900000);
    CHECK(server::Puller::pull(**reopened, *connection).value().conflicts == 0);
    CHECK_FALSE(server::resolve(**reopened, uid, server::Resolution::KeepMine)); // none open
}

TEST_CASE("The governorship's edit of a municipality's action is published as the governorship's "
          "and pulled by the municipality, while another municipality's edit stays local and is "
          "said so",
          "[server][pull][merge]")
{
    Province p;
    test::TempDir dir;
    // Şahinbey publishes the sample's plan.
    const QString sahinbeyPath = dir.path(QStringLiteral("sahinbey.gpkg"));
    REQUIRE(QFile::copy(test::samplePath(), sahinbeyPath));
    auto sahinbeyProject = Project::open(sahinbeyPath);
    REQUIRE(sahinbeyProject);
    Project &sahinbey = **sahinbeyProject;
    auto asSahinbey = connect(p.server.dsn(QStringLiteral("sahinbey_belediyesi")));
    REQUIRE(server::Publisher::publishWhole(sahinbey, *asSahinbey));
    PlanStore sahinbeyPlan(sahinbey.db());
    const Action first = sahinbeyPlan.actions().value().at(0);
    const QString uid = server::Publisher::rowUid(server::Publisher::projectUid(sahinbey).value(),
                                                  QStringLiteral("action"), first.id)
                            .toString(QUuid::WithoutBraces);
    const auto onServer = [&](const QString &column) {
        return p.server
            .psql(QStringLiteral("SELECT %1 FROM geisep.plan_items WHERE uid = '%2'")
                      .arg(column, uid))
            .out;
    };

    // The governorship pulls the province's plan and raises that action's budget.
    auto valilikProject = test::newProject(dir.path(QStringLiteral("valilik.gpkg")));
    Project &valilik = *valilikProject;
    auto asValilik = connect(p.server.dsn(QStringLiteral("gaziantep_valiligi")));
    REQUIRE(server::Puller::pull(valilik, *asValilik));
    CHECK(valilik.meta(QStringLiteral("shared_kind")) == u"valilik");
    PlanStore valilikPlan(valilik.db());
    const QList<Action> pulled = valilikPlan.actions().value();
    const auto theirs = std::find_if(pulled.cbegin(), pulled.cend(),
                                     [&](const Action &a) { return a.code == first.code; });
    REQUIRE(theirs != pulled.cend());
    PlanItem raised = valilikPlan.item(PlanKind::Action, theirs->id).value();
    raised.budget = 4750000;
    REQUIRE(valilikPlan.updateItem(raised));
    const qint64 logBefore = serverCount(p.server, QStringLiteral("changes")).toLongLong();
    auto merged = server::Publisher::publishWhole(valilik, *asValilik);
    INFO((merged ? QString() : merged.error().toString()).toStdString());
    REQUIRE(merged);
    CHECK(merged->merged == 1);
    CHECK(merged->notYours == 0);
    CHECK(onServer(QStringLiteral("fields->>'budget'")) == u"4750000");
    CHECK(onServer(QStringLiteral("institution")) == u"Şahinbey Belediyesi"); // still theirs
    CHECK(p.server
              .psql(QStringLiteral("SELECT by_role || ':' || operation FROM geisep.changes WHERE "
                                   "id > %1 AND row_key = '%2'")
                        .arg(logBefore)
                        .arg(uid))
              .out
          == u"gaziantep_valiligi:update");
    // Published again without further edits: nothing of theirs sent twice.
    auto again = server::Publisher::publishWhole(valilik, *asValilik);
    INFO((again ? QString() : again.error().toString()).toStdString());
    REQUIRE(again);
    CHECK(again->merged == 0);

    // Şahinbey pulls: only the server changed, so the budget is taken.
    auto taken = server::Puller::pull(sahinbey, *asSahinbey);
    REQUIRE(taken);
    CHECK(taken->updated == 1);
    CHECK(taken->conflicts == 0);
    CHECK(sahinbeyPlan.item(PlanKind::Action, first.id).value().budget == 4750000);

    // Şehitkamil pulls and edits Şahinbey's action in its own file: its publish leaves it out
    // and says so; the server keeps the governorship's budget.
    auto sehitkamilProject = test::newProject(dir.path(QStringLiteral("sehitkamil.gpkg")));
    Project &sehitkamil = *sehitkamilProject;
    auto asSehitkamil = connect(p.server.dsn(QStringLiteral("sehitkamil_belediyesi")));
    REQUIRE(server::Puller::pull(sehitkamil, *asSehitkamil));
    PlanStore sehitkamilPlan(sehitkamil.db());
    const QList<Action> held = sehitkamilPlan.actions().value();
    const auto copy = std::find_if(held.cbegin(), held.cend(),
                                   [&](const Action &a) { return a.code == first.code; });
    REQUIRE(copy != held.cend());
    PlanItem cut = sehitkamilPlan.item(PlanKind::Action, copy->id).value();
    cut.budget = 1;
    REQUIRE(sehitkamilPlan.updateItem(cut));
    auto refused = server::Publisher::publishWhole(sehitkamil, *asSehitkamil);
    REQUIRE(refused);
    CHECK(refused->notYours == 1);
    CHECK(refused->merged == 0);
    CHECK(onServer(QStringLiteral("fields->>'budget'")) == u"4750000");
}

TEST_CASE("An item its institution removed goes from the server and from the others' projects, "
          "but not while another institution's item hangs on it",
          "[server][pull][removal]")
{
    Province p;
    test::TempDir dir;
    const QString sahinbeyPath = dir.path(QStringLiteral("sahinbey.gpkg"));
    REQUIRE(QFile::copy(test::samplePath(), sahinbeyPath));
    auto sahinbeyProject = Project::open(sahinbeyPath);
    REQUIRE(sahinbeyProject);
    Project &sahinbey = **sahinbeyProject;
    auto asSahinbey = connect(p.server.dsn(QStringLiteral("sahinbey_belediyesi")));
    REQUIRE(server::Publisher::publishWhole(sahinbey, *asSahinbey));
    PlanStore sahinbeyPlan(sahinbey.db());
    const auto uidOf = [&](const QString &kind, qint64 id) {
        return server::Publisher::rowUid(server::Publisher::projectUid(sahinbey).value(), kind, id)
            .toString(QUuid::WithoutBraces);
    };
    const auto onServer = [&](const QString &uid) {
        return serverCount(p.server, QStringLiteral("plan_items WHERE uid = '%1'").arg(uid))
            .toLongLong();
    };
    auto sehitkamilProject = test::newProject(dir.path(QStringLiteral("sehitkamil.gpkg")));
    Project &sehitkamil = *sehitkamilProject;
    auto asSehitkamil = connect(p.server.dsn(QStringLiteral("sehitkamil_belediyesi")));
    REQUIRE(server::Puller::pull(sehitkamil, *asSehitkamil));
    PlanStore sehitkamilPlan(sehitkamil.db());
    const qint64 actionsThere = sehitkamilPlan.actions().value().size();
    REQUIRE(actionsThere >= 1);

    // Şahinbey removes its first action and publishes: gone from the server.
    const Action first = sahinbeyPlan.actions().value().at(0);
    const QString firstUid = uidOf(QStringLiteral("action"), first.id);
    REQUIRE(onServer(firstUid) == 1);
    REQUIRE(sahinbeyPlan.removeItem(PlanKind::Action, first.id));
    auto published = server::Publisher::publishWhole(sahinbey, *asSahinbey);
    REQUIRE(published);
    CHECK(published->removed == 1);
    CHECK(published->keptForOthers == 0);
    CHECK(onServer(firstUid) == 0);
    // Published again: nothing more to remove.
    CHECK(server::Publisher::publishWhole(sahinbey, *asSahinbey).value().removed == 0);

    // Şehitkamil's pull removes it there too.
    auto pulled = server::Puller::pull(sehitkamil, *asSehitkamil);
    REQUIRE(pulled);
    CHECK(pulled->removed == 1);
    CHECK(sehitkamilPlan.actions().value().size() == actionsThere - 1);
    CHECK(localCount(sehitkamil, "SELECT count(*) FROM geisep_shared_rows WHERE kind = 'action'")
          == actionsThere - 1);

    // Şehitkamil hangs an action of its own under Şahinbey's objective and publishes.
    const Objective objective = sahinbeyPlan.objectives().value().at(0);
    const QString objectiveUid = uidOf(QStringLiteral("objective"), objective.id);
    qint64 theirObjective = 0;
    const QList<Objective> objectivesThere = sehitkamilPlan.objectives().value();
    for (const Objective &o : objectivesThere)
        if (o.code == objective.code)
            theirObjective = o.id;
    REQUIRE(theirObjective > 0);
    PlanItem own;
    own.kind = PlanKind::Action;
    own.parentId = theirObjective;
    own.code = QStringLiteral("ŞK-9");
    own.titleTr = QStringLiteral("Şehitkamil'in eylemi");
    const qint64 ownId = sehitkamilPlan.addItem(own).value();
    REQUIRE(server::Publisher::publishWhole(sehitkamil, *asSehitkamil));

    // Şahinbey removes the goal with everything under it here: the goal and the objective stay
    // on the server, since Şehitkamil's action hangs there; its own other actions go.
    const qint64 goalId = sahinbeyPlan.goals().value().at(0).id;
    const QString goalUid = uidOf(QStringLiteral("goal"), goalId);
    REQUIRE(sahinbeyPlan.removeItem(PlanKind::Goal, goalId));
    auto kept = server::Publisher::publishWhole(sahinbey, *asSahinbey);
    REQUIRE(kept);
    CHECK(kept->keptForOthers == 2);
    CHECK(onServer(goalUid) == 1);
    CHECK(onServer(objectiveUid) == 1);
    CHECK(serverCount(p.server, QStringLiteral("plan_items WHERE institution = 'Şehitkamil "
                                               "Belediyesi' AND kind = 'action'"))
              .toLongLong()
          == 1);
    // Şehitkamil's pull keeps its action and what it hangs on.
    auto after = server::Puller::pull(sehitkamil, *asSehitkamil);
    REQUIRE(after);
    CHECK(sehitkamilPlan.item(PlanKind::Action, ownId).has_value());
    CHECK(sehitkamilPlan.item(PlanKind::Objective, theirObjective).has_value());
}
