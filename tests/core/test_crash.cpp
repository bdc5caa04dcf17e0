// Crash safety: a child writes plan edits in a loop and is killed with SIGKILL at random
// moments. After every kill the file must open, pass integrity_check and our validator, and hold
// every edit whose commit had returned — whole, never half.
#include "core/project.h"
#include "core/validate.h"
#include "tests/support/support.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QThread>

#include <catch2/catch.hpp>

using namespace geisep;

TEST_CASE("Plan edits survive SIGKILL at random moments, 200 times", "[project][crash]")
{
    constexpr int kKills = 200;
    test::TempDir dir;
    const QString path = dir.path(QStringLiteral("crash.gpkg"));
    test::newProject(path).reset();
    QDir().mkpath(dir.path(QStringLiteral("copies")));

    QRandomGenerator random(20261125);
    qint64 acknowledged = 0; // highest edit number whose commit had returned
    int killedWhileWriting = 0;
    QStringList copies;
    for (int round = 0; round < kKills; ++round) {
        QProcess child;
        child.start(QStringLiteral(GEISEP_TEST_WRITER),
                    {QStringLiteral("edits"), path, QString::number(round + 1)});
        REQUIRE(child.waitForStarted());
        REQUIRE(child.waitForReadyRead(30000));
        QByteArray output = child.readAll();
        REQUIRE(output.startsWith("ready"));
        // Let it write for 0–40 ms, so kills land before, between and inside commits.
        QThread::usleep(random.bounded(40000));
        child.kill(); // SIGKILL
        REQUIRE(child.waitForFinished(30000));
        output += child.readAll();
        const auto lines = output.split('\n');
        qint64 lastThisRound = 0;
        for (const QByteArray &line : lines) {
            bool ok = false;
            const qint64 n = line.trimmed().toLongLong(&ok);
            if (ok) {
                CHECK(n == (lastThisRound ? lastThisRound + 1 : acknowledged + 1));
                lastThisRound = n;
            }
        }
        if (lastThisRound > 0) {
            acknowledged = lastThisRound;
            ++killedWhileWriting;
        }

        auto project = Project::open(path);
        REQUIRE(project);
        REQUIRE_FALSE((*project)->isReadOnly()); // the dead child's lock went with it
        Database &db = (*project)->db();
        REQUIRE(db.queryText("PRAGMA integrity_check").value() == u"ok");
        // Every acknowledged edit is present; edits are whole (goal, objective and action).
        const qint64 goals = db.queryInt("SELECT count(*) FROM geisep_goals").value();
        CHECK(goals >= acknowledged);
        CHECK(goals <= acknowledged + 1); // at most the one committed before its print
        CHECK(db.queryInt("SELECT count(*) FROM geisep_objectives").value() == goals);
        CHECK(db.queryInt("SELECT count(*) FROM geisep_actions").value() == goals);
        if (acknowledged > 0) {
            auto stmt = db.prepare("SELECT count(*) FROM geisep_goals WHERE code = ?");
            stmt->bind(1, QStringLiteral("E-%1").arg(acknowledged));
            REQUIRE(stmt->step().value());
            CHECK(stmt->int64(0) == 1);
        }
        // A commit that landed but was not yet printed counts from now on.
        acknowledged = std::max(acknowledged, goals);
        project->reset();

        const auto problems = ProjectValidator::check(path);
        REQUIRE(problems);
        CHECK(problems->isEmpty());
        if (round % 20 == 19) {
            const QString copy = dir.path(QStringLiteral("copies/round-%1.gpkg").arg(round));
            REQUIRE(QFile::copy(path, copy));
            copies.append(copy);
        }
    }
    INFO("edits acknowledged: " << acknowledged);
    CHECK(acknowledged > 0);
    CHECK(killedWhileWriting > kKills / 4);
    // GDAL's validator over every 20th state, in one Python process.
    CHECK(test::gdalValidate(copies).toStdString().empty());
}
