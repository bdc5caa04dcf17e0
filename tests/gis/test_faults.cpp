// Faults a planner's machine has (issue 17): a disk that fills up in the middle of an import, a
// figures join or a save; a write-protected project or folder; two programs writing at once; the
// power cut (SIGKILL) in the middle of an import or an atlas print. After each the project
// opens, validates and holds everything whose save had returned, and no half-written output is
// left under its final name. (A full disk while printing or exporting: tests/app/test_attacks.)
#include "core/figures.h"
#include "core/plan/plan.h"
#include "core/project.h"
#include "core/validate.h"
#include "gis/io/importer.h"
#include "tests/support/faultydisk.h"
#include "tests/support/support.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QThread>

#include <catch2/catch.hpp>

#include <functional>
#include <unistd.h>

using namespace geisep;

namespace {

// The district boundaries of the four provinces (data/tr_4prov_ilce.geojson.gz).
constexpr qint64 kDistricts = 59;

// What a project holds, to compare before and after a fault.
struct Contents
{
    qint64 layers = 0, goals = 0, figures2024 = 0, links = 0;
    bool operator==(const Contents &) const = default;
    friend std::ostream &operator<<(std::ostream &out, const Contents &c)
    {
        return out << c.layers << " layers, " << c.goals << " goals, " << c.figures2024
                   << " figures of 2024, " << c.links << " area links";
    }
};

Contents contentsOf(const QString &path)
{
    auto project = Project::open(path, Project::Access::ReadOnly);
    REQUIRE(project);
    Database &db = (*project)->db();
    Contents c;
    c.layers = db.queryInt("SELECT count(*) FROM geisep_layers").value();
    c.goals = db.queryInt("SELECT count(*) FROM geisep_goals").value();
    c.figures2024
        = db.queryInt("SELECT count(*) FROM geisep_area_figures WHERE period = 2024").value();
    c.links = db.queryInt("SELECT count(*) FROM geisep_area_links").value();
    return c;
}

void checkSound(const QString &path)
{
    const auto problems = ProjectValidator::check(path);
    REQUIRE(problems);
    for (const Problem &p : *problems)
        FAIL_CHECK(p.message.toStdString());
}

template<typename T> Result<void> outcome(const Result<T> &result)
{
    if (!result)
        return std::unexpected(result.error());
    return {};
}

struct Operation
{
    const char *what;
    std::function<Result<void>(Project &)> run;
    // What the operation adds when it succeeds.
    std::function<void(Contents &)> adds;
};

std::vector<Operation> operations(const test::TempDir &dir)
{
    return {
        {"import",
         [](Project &p) -> Result<void> {
             ImportOptions o;
             o.path = test::dataFile(QStringLiteral("tr_4prov_ilce.geojson.gz"));
             o.role = LayerRole::Reference;
             o.name = QStringLiteral("İlçeler (dört il)");
             return outcome(LayerImporter::run(p, o));
         },
         [](Contents &c) {
             ++c.layers;
         }},
        {"figures",
         [](Project &p) -> Result<void> {
             FigureOptions o;
             o.csvPath = test::dataFile(QStringLiteral("tr_4prov_mahalle_nufus_2023.csv"));
             o.layer = test::sampleAreasLayer();
             o.period = 2024;
             o.map = {{QStringLiteral("nufus_2023"), QStringLiteral("population")}};
             o.provinceColumn = QStringLiteral("il");
             o.districtColumn = QStringLiteral("ilce");
             o.nameColumn = QStringLiteral("mahalle");
             return outcome(FigureImporter::run(p, o));
         },
         [](Contents &c) {
             c.figures2024 = 281;
         }},
        {"a plan edit",
         [](Project &p) -> Result<void> {
             PlanStore plan(p.db());
             PlanItem goal;
             goal.kind = PlanKind::Goal;
             goal.parentId = 1;
             goal.code = QStringLiteral("H-9");
             goal.titleTr = QStringLiteral("Göçmen hanelerine kış yardımı");
             return outcome(plan.addItem(goal));
         },
         [](Contents &c) {
             ++c.goals;
         }},
        {"save as",
         [&dir](Project &p) -> Result<void> {
             return p.copyTo(dir.path(QStringLiteral("kopya.gpkg")));
         },
         [](Contents &) {
         }},
    };
}

} // namespace

TEST_CASE("A full disk while importing, joining figures, editing or saving: the error says so "
          "and the project keeps everything saved before",
          "[faults][disk]")
{
    test::FaultyDisk disk;
    test::TempDir dir;
    const QString path = dir.path(QStringLiteral("p.gpkg"));
    const Contents before = contentsOf(test::samplePath());
    int faults = 0;
    for (const Operation &op : operations(dir)) {
        INFO(op.what);
        // What the operation writes when the disk has room.
        REQUIRE(QFile::copy(test::samplePath(), path));
        qint64 needed = 0;
        {
            auto project = Project::open(path);
            REQUIRE(project);
            disk.unlimited();
            const auto done = op.run(**project);
            INFO((done ? QString() : done.error().toString()).toStdString());
            REQUIRE(done);
            needed = disk.written();
        }
        Contents after = before;
        op.adds(after);
        CHECK(contentsOf(path) == after);
        REQUIRE(needed > 0);
        QFile::remove(path);
        QFile::remove(dir.path(QStringLiteral("kopya.gpkg")));

        // Then the disk fills at points spread over those writes.
        std::vector<qint64> budgets{0, 512};
        for (int k = 1; k <= 7; ++k)
            budgets.push_back(needed * k / 8);
        for (const qint64 budget : budgets) {
            INFO("disk full after " << budget << " of " << needed << " bytes");
            REQUIRE(QFile::copy(test::samplePath(), path));
            bool succeeded = false;
            {
                auto project = Project::open(path);
                REQUIRE(project);
                disk.fillAfter(budget);
                const auto done = op.run(**project);
                succeeded = done.has_value();
                if (!done) {
                    INFO(done.error().toString().toStdString());
                    CHECK(done.error().message.contains(u"disk is full"));
                    // The file that could not be written: the project, or the copy.
                    CHECK(done.error().file
                          == (std::string_view(op.what) == "save as"
                                  ? dir.path(QStringLiteral("kopya.gpkg"))
                                  : path));
                    CHECK(done.error().hint.contains(u"Free some space"));
                }
                CHECK(disk.refused() > 0);
                ++faults;
            } // closed while the disk is still full
            disk.unlimited();
            checkSound(path);
            // All or nothing: the change is whole, or the project is as it was.
            CHECK(contentsOf(path) == (succeeded ? after : before));
            const QString copy = dir.path(QStringLiteral("kopya.gpkg"));
            if (std::string_view(op.what) == "save as") {
                CHECK(QFileInfo::exists(copy) == succeeded);
                if (succeeded)
                    checkSound(copy);
                CHECK(QDir(dir.path(QString()))
                          .entryList({QStringLiteral("kopya*")}, QDir::Files)
                          .size()
                      == (succeeded ? 1 : 0));
            }
            for (const QString &suffix :
                 {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")}) {
                QFile::remove(path + suffix);
                QFile::remove(copy + suffix);
            }
        }
    }
    CHECK(faults == 4 * 9);
}

namespace {

// Runs the CLI as a user without privileges when the tests run as root (root writes anywhere,
// as a planner does not). That user may not reach into the build folder (CI builds in a private
// temporary folder), so the program runs from a copy in `folder`, which it may enter.
test::ProcessResult runCliUnprivileged(const QString &folder, const QStringList &args)
{
    QString program = QStringLiteral(GEISEP_CLI);
    if (::geteuid() == 0) {
        const QString copy = folder + QStringLiteral("/geisep-cli");
        if (!QFileInfo::exists(copy))
            REQUIRE(QFile::copy(program, copy));
        REQUIRE(QFile::setPermissions(copy, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner
                                                | QFile::ReadOther | QFile::ExeOther));
        program = copy;
    }
    QProcess process;
    process.setChildProcessModifier([] {
        if (::geteuid() == 0) {
            (void)!::setgid(65534);
            (void)!::setuid(65534);
        }
    });
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("HOME"), QDir::tempPath());
    process.setProcessEnvironment(env);
    process.start(program, args);
    test::ProcessResult r;
    REQUIRE(process.waitForStarted(30000));
    REQUIRE(process.waitForFinished(120000));
    r.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    r.out = QString::fromUtf8(process.readAllStandardOutput());
    r.err = QString::fromUtf8(process.readAllStandardError());
    return r;
}

QStringList importDistricts(const QString &project, const QString &name)
{
    return {QStringLiteral("import"),
            project,
            test::dataFile(QStringLiteral("tr_4prov_ilce.geojson.gz")),
            QStringLiteral("--role"),
            QStringLiteral("reference"),
            QStringLiteral("--as"),
            name};
}

} // namespace

TEST_CASE("A write-protected project, or one in a write-protected folder, is read and never "
          "written, and the refusal says why",
          "[faults][readonly]")
{
    test::TempDir dir;
    // Folders the unprivileged user may enter; the project is theirs to read.
    const QString root = dir.path(QString());
    QFile::setPermissions(root, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner
                                    | QFile::ReadOther | QFile::ExeOther);
    struct Case
    {
        const char *what;
        QFile::Permissions file, folder;
        const char16_t *reason;
    };
    const QFile::Permissions all = QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner
                                   | QFile::ReadOther | QFile::WriteOther | QFile::ExeOther;
    const Case cases[] = {
        {"write-protected file", QFile::ReadOwner | QFile::ReadOther, all, u"write-protected"},
        {"write-protected folder",
         QFile::ReadOwner | QFile::WriteOwner | QFile::ReadOther | QFile::WriteOther,
         all & ~(QFile::WriteOwner | QFile::WriteOther), u"cannot be written to"},
    };
    int n = 0;
    for (const Case &c : cases) {
        INFO(c.what);
        const QString folder = dir.path(QStringLiteral("f%1").arg(++n));
        REQUIRE(QDir().mkpath(folder));
        const QString project = folder + QStringLiteral("/p.gpkg");
        REQUIRE(QFile::copy(test::samplePath(), project));
        REQUIRE(QFile::setPermissions(project, c.file));
        REQUIRE(QFile::setPermissions(folder, c.folder));
        const QByteArray hash = test::fileHash(project);

        const auto info = runCliUnprivileged(root, {QStringLiteral("info"), project});
        INFO(info.out.toStdString() << info.err.toStdString());
        CHECK(info.exitCode == 0);
        CHECK(info.out.contains(test::sampleAreasLayer()));

        // The file to import, where that user may read it.
        const QString source = root + QStringLiteral("/ilce.geojson.gz");
        if (!QFileInfo::exists(source))
            REQUIRE(
                QFile::copy(test::dataFile(QStringLiteral("tr_4prov_ilce.geojson.gz")), source));
        QStringList args = importDistricts(project, QStringLiteral("İlçeler"));
        args[2] = source;
        const auto write = runCliUnprivileged(root, args);
        INFO(write.out.toStdString() << write.err.toStdString());
        CHECK(write.exitCode == 1);
        CHECK(write.err.contains(QString::fromUtf16(c.reason)));
        CHECK(write.err.contains(project));
        CHECK(test::fileHash(project) == hash);
        CHECK(QDir(folder).entryList(QDir::Files) == QStringList{QStringLiteral("p.gpkg")});
        QFile::setPermissions(folder, all);
    }
}

TEST_CASE("Two programs writing one project at once: each import lands whole or is refused "
          "naming the other",
          "[faults][lock]")
{
    test::TempDir dir;
    const QString project = dir.path(QStringLiteral("p.gpkg"));
    REQUIRE(QFile::copy(test::samplePath(), project));
    const qint64 layersBefore = contentsOf(project).layers;
    int landed = 0, refused = 0;
    for (int round = 0; round < 6; ++round) {
        QProcess a, b;
        a.start(QStringLiteral(GEISEP_CLI),
                importDistricts(project, QStringLiteral("A %1").arg(round)));
        b.start(QStringLiteral(GEISEP_CLI),
                importDistricts(project, QStringLiteral("B %1").arg(round)));
        REQUIRE(a.waitForFinished(120000));
        REQUIRE(b.waitForFinished(120000));
        for (QProcess *p : {&a, &b}) {
            const QString err = QString::fromUtf8(p->readAllStandardError());
            INFO(err.toStdString());
            REQUIRE(p->exitStatus() == QProcess::NormalExit);
            if (p->exitCode() == 0) {
                ++landed;
            } else {
                CHECK(p->exitCode() == 1);
                CHECK(err.contains(u"Another program"));
                ++refused;
            }
        }
    }
    CHECK(landed >= 6); // at least the first of each pair
    CHECK(landed + refused == 12);
    checkSound(project);
    auto opened = Project::open(project, Project::Access::ReadOnly);
    REQUIRE(opened);
    const auto layers = (*opened)->layers();
    CHECK(layers.size() == layersBefore + landed);
    for (const LayerInfo &layer : layers)
        if (layer.name.startsWith(u"A ") || layer.name.startsWith(u"B "))
            CHECK(layer.featureCount == kDistricts);
}

TEST_CASE("Killed in the middle of an import or an atlas print: the project opens sound, the "
          "layer is whole or absent, and no half-written PDF has the final name",
          "[faults][kill]")
{
    test::TempDir dir;
    const QString project = dir.path(QStringLiteral("p.gpkg"));
    REQUIRE(QFile::copy(test::samplePath(), project));
    QRandomGenerator random(20261206);

    const auto timed = [](const QStringList &args) {
        QElapsedTimer t;
        t.start();
        const auto r = test::runCli(args);
        INFO(r.err.toStdString());
        REQUIRE(r.exitCode == 0);
        return t.elapsed();
    };
    const auto killedAfter = [](const QStringList &args, int ms) {
        QProcess p;
        p.start(QStringLiteral(GEISEP_CLI), args);
        REQUIRE(p.waitForStarted(30000));
        QThread::msleep(ms);
        p.kill();
        REQUIRE(p.waitForFinished(30000));
        return p.exitStatus() == QProcess::CrashExit;
    };

    SECTION("import")
    {
        const auto args = [&](int round) {
            return importDistricts(project, QStringLiteral("Kesik %1").arg(round));
        };
        const qint64 whole = timed(args(0));
        int killed = 0;
        for (int round = 1; round <= 8; ++round) {
            killed += killedAfter(args(round), int(random.bounded(whole + 1)));
            auto opened = Project::open(project);
            REQUIRE(opened);
            CHECK_FALSE((*opened)->isReadOnly()); // the lock went with the killed program
            for (const LayerInfo &layer : (*opened)->layers())
                if (layer.name.startsWith(u"Kesik"))
                    CHECK(layer.featureCount == kDistricts);
            opened->reset();
            checkSound(project);
        }
        CHECK(killed >= 4);
    }
    SECTION("atlas print")
    {
        const QString pdf = dir.path(QStringLiteral("atlas.pdf"));
        const QStringList args{QStringLiteral("print"),    project,
                               QStringLiteral("--layout"), QStringLiteral("Mahalle bilgi kartı"),
                               QStringLiteral("-o"),       pdf};
        const qint64 whole = timed(args);
        const auto pages = test::run(QStringLiteral("pdfinfo"), {pdf});
        REQUIRE(pages.out.contains(QRegularExpression(QStringLiteral("Pages:\\s+333"))));
        QFile::remove(pdf);
        int killed = 0;
        for (int round = 0; round < 5; ++round) {
            const bool died = killedAfter(args, int(random.bounded(whole + 1)));
            killed += died;
            if (died) {
                CHECK_FALSE(QFileInfo::exists(pdf));
            } else {
                const auto info = test::run(QStringLiteral("pdfinfo"), {pdf});
                CHECK(info.out.contains(QRegularExpression(QStringLiteral("Pages:\\s+333"))));
            }
            QFile::remove(pdf);
            checkSound(project);
        }
        CHECK(killed >= 3);
    }
}
