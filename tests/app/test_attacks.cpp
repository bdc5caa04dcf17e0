// Regression tests for the defects an attack on the workbench found (issue 21): hostile project
// contents, hostile arguments and a failing machine. Each runs the real geisep-cli.

#include "core/project.h"
#include "gis/sample.h"
#include "tests/support/support.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <catch2/catch.hpp>

using namespace geisep;

namespace {

// The sample project, built once for this file; each test works on its own copy.
QString samplePath()
{
    static test::TempDir dir;
    static const QString path = [] {
        const QString p = dir.path(QStringLiteral("ornek.gpkg"));
        auto built = SampleProject::build(p, test::dataDir());
        REQUIRE(built);
        return p;
    }();
    return path;
}

QString copyOfSample(const test::TempDir &dir, const QString &name = QStringLiteral("s.gpkg"))
{
    const QString path = dir.path(name);
    REQUIRE(QFile::copy(samplePath(), path));
    return path;
}

// The files of a folder but the project and its companions.
QStringList outputsIn(const QString &folder)
{
    QStringList out;
    for (const QString &f : QDir(folder).entryList(QDir::Files))
        if (!f.startsWith(QStringLiteral("s.gpkg")))
            out << f;
    return out;
}

} // namespace

TEST_CASE("A full disk while printing or exporting fails, names the file and leaves nothing",
          "[faults][disk]")
{
    struct Case
    {
        const char *what;
        QStringList args; // after the project
        qint64 limit;     // bytes the output may take before the disk is "full"
        QString named;    // the file the message names
    };
    const QList<Case> cases = {
        {"atlas PDF",
         {QStringLiteral("print"), QStringLiteral("PROJECT"), QStringLiteral("--layout"),
          QStringLiteral("Mahalle bilgi kartı"), QStringLiteral("-o"), QStringLiteral("atlas.pdf")},
         1'000'000,
         QStringLiteral("atlas.pdf")},
        {"SVG pages",
         {QStringLiteral("print"), QStringLiteral("PROJECT"), QStringLiteral("--layout"),
          QStringLiteral("Mahalle bilgi kartı"), QStringLiteral("--top"), QStringLiteral("3"),
          QStringLiteral("--no-cover"), QStringLiteral("-o"), QStringLiteral("sayfa.svg")},
         150'000, // the first page fits, the second does not: the first goes too
         QStringLiteral("sayfa-")},
        {"plan CSV",
         {QStringLiteral("plan"), QStringLiteral("export"), QStringLiteral("PROJECT"),
          QStringLiteral("-o"), QStringLiteral("plan.csv")},
         100,
         QStringLiteral("plan.csv")},
        {"GeoJSON",
         {QStringLiteral("export"), QStringLiteral("PROJECT"),
          QStringLiteral("District boundaries (Gaziantep)"), QStringLiteral("-o"),
          QStringLiteral("ilce.geojson")},
         20'000,
         QStringLiteral("ilce.geojson")},
        {"Shapefile",
         {QStringLiteral("export"), QStringLiteral("PROJECT"),
          QStringLiteral("District boundaries (Gaziantep)"), QStringLiteral("-o"),
          QStringLiteral("ilce.shp")},
         20'000,
         QStringLiteral("ilce.")},
    };
    for (const Case &c : cases) {
        DYNAMIC_SECTION(c.what)
        {
            test::TempDir dir;
            const QString project = copyOfSample(dir);
            QStringList args = c.args;
            args.replaceInStrings(QStringLiteral("PROJECT"), project);
            // Output names relative to the test's folder.
            for (QString &a : args)
                if (a.contains(u'.') && !a.contains(u'/') && !a.contains(u' '))
                    a = dir.path(a);
            const auto r = test::runCliWith(
                {QStringLiteral("GEISEP_FAULT_WRITE_LIMIT=%1").arg(c.limit)}, args);
            INFO(r.out.toStdString() << r.err.toStdString());
            CHECK(r.exitCode == 1);
            CHECK(r.err.contains(QStringLiteral("No space left on device")));
            CHECK(r.err.contains(c.named));
            CHECK_FALSE(r.out.contains(QStringLiteral("Wrote")));
            CHECK(outputsIn(dir.path(QString())).isEmpty());
        }
    }
}

TEST_CASE("A real file size limit while printing fails the same way", "[faults][disk]")
{
    // RLIMIT_FSIZE with SIGXFSZ ignored: the kernel refuses the write past the limit (EFBIG),
    // as a full disk would. The sample's atlas PDF is far over 2 MB.
    test::TempDir dir;
    const QString project = copyOfSample(dir);
    const QString pdf = dir.path(QStringLiteral("atlas.pdf"));
    const auto r = test::run(
        QStringLiteral("/bin/bash"),
        {QStringLiteral("-c"), QStringLiteral("ulimit -f 2048; trap '' XFSZ; exec \"$@\""),
         QStringLiteral("bash"), QStringLiteral(GEISEP_CLI), QStringLiteral("print"), project,
         QStringLiteral("--layout"), QStringLiteral("Mahalle bilgi kartı"), QStringLiteral("-o"),
         pdf});
    INFO(r.out.toStdString() << r.err.toStdString());
    CHECK(r.exitCode == 1);
    CHECK(r.err.contains(QStringLiteral("File too large")));
    CHECK(r.err.contains(pdf));
    CHECK(outputsIn(dir.path(QString())).isEmpty());
}
