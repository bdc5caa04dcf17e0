// What a planner types or a file carries never becomes SQL, a shell command or a format, and
// the workbench never goes on the network (issue 17). Names made of quotes, ';', SQL, '%n' and
// '$(…)' go through layer names, file names, CSV fields and filters, and come out as text;
// import, figures, analyses, render and print give the same results with every connection
// refused.
#include "core/project.h"
#include "core/text/csv.h"
#include "tests/support/support.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>

#include <catch2/catch.hpp>

using namespace geisep;

namespace {

// Text that would do harm if it reached SQL, a shell or printf: it would drop the goals, make a
// file named PWNED in `dir`, or write through %n.
QString hostile(const QString &dir)
{
    return QStringLiteral("Şehit'); DROP TABLE geisep_goals;-- \"İ\" %n%s%1 $(touch %1/PWNED) "
                          "`touch %1/PWNED` ; rm -f x")
        .replace(QStringLiteral("%1"), dir);
}

void writeAreas(const QString &path, const QString &name)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    QString json = QStringLiteral(
        R"({"type":"FeatureCollection","features":[{"type":"Feature","properties":{"ad":"NAME",
"ilce":"Şahinbey"},"geometry":{"type":"Polygon","coordinates":[[[37.30,37.00],[37.32,37.00],
[37.32,37.02],[37.30,37.02],[37.30,37.00]]]}}]})");
    QString escaped = name;
    escaped.replace(u'\\', QStringLiteral("\\\\")).replace(u'"', QStringLiteral("\\\""));
    file.write(json.replace(QStringLiteral("NAME"), escaped).toUtf8());
}

QStringList tablesOf(const QString &project)
{
    auto opened = Project::open(project, Project::Access::ReadOnly);
    REQUIRE(opened);
    auto stmt = (*opened)->db().prepare(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name LIKE 'geisep_%' "
        "ORDER BY name");
    REQUIRE(stmt);
    QStringList names;
    REQUIRE(stmt->forEachRow([&] { names << stmt->text(0); }));
    return names;
}

} // namespace

TEST_CASE("Quotes, SQL, %n and $(…) in layer names, file names, CSV fields and filters stay text",
          "[security]")
{
    test::TempDir dir;
    const QString root = dir.path(QString());
    const QString evil = hostile(root);
    const QString project = dir.path(QStringLiteral("p.gpkg"));
    REQUIRE(QFile::copy(test::samplePath(), project));
    const QStringList tables = tablesOf(project);
    REQUIRE(tables.contains(QStringLiteral("geisep_goals")));

    // A file whose name and whose feature's name are hostile, imported under a hostile name.
    const QString source = dir.path(QStringLiteral("a'b;$(touch PWNED)%n.geojson"));
    writeAreas(source, evil);
    auto r = test::runCli({QStringLiteral("import"), project, source, QStringLiteral("--role"),
                           QStringLiteral("migrant_area"), QStringLiteral("--as"), evil});
    INFO(r.out.toStdString() << r.err.toStdString());
    REQUIRE(r.exitCode == 0);
    r = test::runCli({QStringLiteral("info"), project});
    CHECK(r.out.contains(evil)); // the layer's name, to the letter

    // Exported to a hostile file name: the file has exactly that name and the feature's name.
    const QString exported = dir.path(QStringLiteral("çıktı '; $(touch PWNED).geojson"));
    r = test::runCli({QStringLiteral("export"), project, evil, QStringLiteral("-o"), exported});
    INFO(r.err.toStdString());
    CHECK(r.exitCode == 0);
    QFile out(exported);
    REQUIRE(out.open(QIODevice::ReadOnly));
    CHECK(QString::fromUtf8(out.readAll()).contains(QStringLiteral("DROP TABLE geisep_goals")));

    // A figures table with hostile names and header: read as text, reported as text.
    const QString csv = dir.path(QStringLiteral("rakamlar.csv"));
    {
        QFile f(csv);
        REQUIRE(f.open(QIODevice::WriteOnly));
        QString text = QStringLiteral("il;ilce;mahalle;nufus\r\nGaziantep;Şahinbey;\"%1\";120\r\n")
                           .arg(QString(evil).replace(u'"', QStringLiteral("\"\"")));
        f.write(text.toUtf8());
    }
    const QString report = dir.path(QStringLiteral("eşleşme.csv"));
    r = test::runCli({QStringLiteral("figures"), project, csv, QStringLiteral("--layer"), evil,
                      QStringLiteral("--period"), QStringLiteral("2024"), QStringLiteral("--map"),
                      QStringLiteral("nufus=population"), QStringLiteral("--match"),
                      QStringLiteral("il,ilce,mahalle"), QStringLiteral("--report"), report});
    INFO(r.out.toStdString() << r.err.toStdString());
    const auto matches = CsvReader::read(report);
    REQUIRE(matches);
    REQUIRE(matches->rows.size() == 1);
    CHECK(matches->rows[0].contains(evil));

    // Filters: an atlas filter and an import filter made of SQL are refused or match nothing.
    r = test::runCli({QStringLiteral("print"), project, QStringLiteral("--layout"),
                      QStringLiteral("Mahalle bilgi kartı"), QStringLiteral("--filter"),
                      QStringLiteral("ad = 'x'); DROP TABLE geisep_goals;--'"),
                      QStringLiteral("-o"),
                      dir.path(QStringLiteral("atlas %n '$(touch PWNED)'.pdf"))});
    INFO(r.err.toStdString());
    CHECK(r.exitCode != 0);
    r = test::runCli({QStringLiteral("import"), project, source, QStringLiteral("--as"),
                      QStringLiteral("b"), QStringLiteral("--where"),
                      QStringLiteral("1=1; DROP TABLE geisep_goals")});
    INFO(r.err.toStdString());
    CHECK(r.exitCode != 0);

    CHECK(tablesOf(project) == tables);
    CHECK_FALSE(QFileInfo::exists(dir.path(QStringLiteral("PWNED"))));
    CHECK_FALSE(QFileInfo::exists(QStringLiteral("PWNED")));
    const auto problems = test::runCli({QStringLiteral("validate"), project});
    CHECK(problems.exitCode == 0);
}

TEST_CASE("No command goes on the network: the same results with every connection refused",
          "[security][network]")
{
    test::TempDir dir;
    const QString log = dir.path(QStringLiteral("net.log"));
    QStringList offline{QStringLiteral("LD_PRELOAD=") + QStringLiteral(GEISEP_NOCONNECT),
                        QStringLiteral("GEISEP_NET_LOG=") + log};
    // Under AddressSanitizer the preloaded library comes before its runtime: allowed here.
    const QString asan = qEnvironmentVariable("ASAN_OPTIONS");
    offline << QStringLiteral("ASAN_OPTIONS=") + asan
                   + (asan.isEmpty() ? QString() : QStringLiteral(":"))
                   + QStringLiteral("verify_asan_link_order=0");

    // The refusal works: a program that does try to connect is refused and logged.
    const auto probe = test::run(
        QStringLiteral(GEISEP_SYSTEM_PYTHON),
        {QStringLiteral("-c"),
         QStringLiteral("import socket\ntry:\n socket.socket().connect(('127.0.0.1', 9))\n"
                        "except OSError as e:\n print('refused', e.errno)")},
        30000, offline);
    CHECK(probe.out.contains(u"refused"));
    {
        QFile f(log);
        REQUIRE(f.open(QIODevice::ReadOnly));
        CHECK(f.readAll().contains("connect"));
    }
    QFile::remove(log);

    // Each command, online and offline, on copies of the sample.
    struct Step
    {
        const char *what;
        QStringList args; // PROJECT and OUT are filled in
    };
    const QString areas = QStringLiteral("--areas");
    const std::vector<Step> steps = {
        {"import",
         {QStringLiteral("import"), QStringLiteral("PROJECT"),
          test::dataFile(QStringLiteral("tr_4prov_ilce.geojson.gz")), QStringLiteral("--as"),
          QStringLiteral("İlçeler"), QStringLiteral("--role"), QStringLiteral("reference")}},
        {"figures",
         {QStringLiteral("figures"), QStringLiteral("PROJECT"),
          test::dataFile(QStringLiteral("tr_4prov_mahalle_nufus_2023.csv")),
          QStringLiteral("--layer"), QStringLiteral("LAYER"), QStringLiteral("--period"),
          QStringLiteral("2024"), QStringLiteral("--map"), QStringLiteral("nufus_2023=population"),
          QStringLiteral("--match"), QStringLiteral("il,ilce,mahalle")}},
        {"pressure",
         {QStringLiteral("analyze"), QStringLiteral("pressure"), QStringLiteral("PROJECT"), areas,
          QStringLiteral("LAYER"), QStringLiteral("--csv"), QStringLiteral("OUT.csv")}},
        {"render",
         {QStringLiteral("render"), QStringLiteral("PROJECT"), QStringLiteral("-o"),
          QStringLiteral("OUT.png"), QStringLiteral("--size"), QStringLiteral("800x600")}},
        {"print",
         {QStringLiteral("print"), QStringLiteral("PROJECT"), QStringLiteral("--layout"),
          QStringLiteral("Mahalle bilgi kartı"), QStringLiteral("--top"), QStringLiteral("5"),
          QStringLiteral("-o"), QStringLiteral("OUT.pdf")}},
    };
    const QString layer = test::sampleAreasLayer();
    for (const Step &step : steps) {
        INFO(step.what);
        QByteArray outputs[2];
        QString printed[2];
        for (int offlineRun = 0; offlineRun < 2; ++offlineRun) {
            const QString project = dir.path(QStringLiteral("p%1.gpkg").arg(offlineRun));
            QFile::remove(project);
            REQUIRE(QFile::copy(test::samplePath(), project));
            QStringList args = step.args;
            QString out;
            for (QString &a : args) {
                if (a == u"PROJECT")
                    a = project;
                else if (a == u"LAYER")
                    a = layer;
                else if (a.startsWith(u"OUT"))
                    a = out = dir.path(QStringLiteral("out%1").arg(offlineRun) + a.mid(3));
            }
            const auto r = offlineRun ? test::runCliWith(offline, args) : test::runCli(args);
            INFO(r.out.toStdString() << r.err.toStdString());
            REQUIRE(r.exitCode == 0);
            // What the command said, without times and file names.
            printed[offlineRun] = QString(r.out)
                                      .remove(QRegularExpression(
                                          QStringLiteral("[0-9.,]+ ?(m?s|pages a second)\\b")))
                                      .remove(dir.path(QString()))
                                      .replace(QStringLiteral("p1.gpkg"), QStringLiteral("p0.gpkg"))
                                      .replace(QStringLiteral("out1"), QStringLiteral("out0"));
            if (!out.isEmpty() && !out.endsWith(u".pdf")) {
                QFile f(out);
                REQUIRE(f.open(QIODevice::ReadOnly));
                outputs[offlineRun] = f.readAll();
            } else if (out.endsWith(u".pdf")) {
                outputs[offlineRun]
                    = test::run(QStringLiteral("pdftotext"), {out, QStringLiteral("-")})
                          .out.toUtf8();
            }
        }
        INFO(printed[0].toStdString() << "\n----\n" << printed[1].toStdString());
        CHECK(printed[1] == printed[0]);
        CHECK(outputs[1] == outputs[0]);
    }
    CHECK_FALSE(QFileInfo::exists(log)); // nothing tried to connect or look a name up
}
