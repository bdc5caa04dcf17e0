// Corrupted projects (issue 17): 200 mutated copies of the sample — bytes flipped in the
// SQLite header, the middle and the end, files cut short, and structural damage a program or a
// hand could leave (a gpkg_contents row pointing at nothing, malformed style, layout and
// analysis JSON, a schema from the future). On each, the CLI's info and validate run, and on
// every fourth (and every structural one) render and a one-page print too: none may crash,
// hang, or print a sanitizer report, and validate must report a problem wherever SQLite's
// integrity check or the GeoPackage structure does. The mutations are seeded: a failure names
// the family, the number and what was done, so it can be made again.
#include "core/sqlite.h"
#include "tests/support/support.h"

#include <QFile>
#include <QFileInfo>

#include <catch2/catch.hpp>

#include <functional>
#include <random>

using namespace geisep;

namespace {

const QString &samplePath()
{
    static test::TempDir dir;
    static const QString path = [] {
        const QString p = dir.path(QStringLiteral("ornek.gpkg"));
        const auto built = test::runCli({QStringLiteral("sample"), p});
        REQUIRE(built.exitCode == 0);
        return p;
    }();
    return path;
}

// "ok", or what SQLite's integrity check says.
QString integrity(const QString &path)
{
    auto db = Database::open(path, Database::Mode::ReadOnly);
    if (!db)
        return db.error().message;
    auto text = db->queryText("PRAGMA integrity_check");
    return text ? *text : text.error().message;
}

struct Mutant
{
    QString what;            // for the failure message
    bool structural = false; // the GeoPackage or our schema is broken on purpose
};

// Runs the commands on one mutated copy and checks what they did.
void exercise(const QString &path, const Mutant &m, bool drawToo)
{
    INFO(m.what.toStdString());
    const QString damage = integrity(path);
    const QString dir = QFileInfo(path).absolutePath();
    QList<QStringList> commands{{QStringLiteral("info"), path}, {QStringLiteral("validate"), path}};
    if (drawToo) {
        commands.append({QStringLiteral("render"), path, QStringLiteral("-o"),
                         dir + QStringLiteral("/harita.png"), QStringLiteral("--size"),
                         QStringLiteral("320x240")});
        commands.append({QStringLiteral("print"), path, QStringLiteral("--layout"),
                         QStringLiteral("Mahalle bilgi kartı"), QStringLiteral("--filter"),
                         QStringLiteral("ad = Şahintepe"), QStringLiteral("--no-cover"),
                         QStringLiteral("-o"), dir + QStringLiteral("/sayfa.pdf")});
    }
    for (const QStringList &args : commands) {
        const auto r = test::run(QStringLiteral(GEISEP_CLI), args, 60000);
        INFO(args.first().toStdString()
             << " → exit " << r.exitCode << ": " << r.err.left(600).toStdString());
        // 0 done, 1 refused with a message, 3 problems found; never a crash, hang or usage.
        CHECK((r.exitCode == 0 || r.exitCode == 1 || r.exitCode == 3));
        CHECK_FALSE(r.err.contains(QStringLiteral("Sanitizer")));
        CHECK_FALSE(r.err.contains(QStringLiteral("runtime error:")));
        if (r.exitCode == 1)
            CHECK_FALSE(r.err.trimmed().isEmpty()); // a refusal says why
        if (args.first() == u"validate" && (damage != u"ok" || m.structural)) {
            INFO("integrity_check: " << damage.left(300).toStdString());
            CHECK(r.exitCode != 0);
        }
    }
}

QByteArray sampleBytes()
{
    QFile f(samplePath());
    REQUIRE(f.open(QIODevice::ReadOnly));
    return f.readAll();
}

void write(const QString &path, const QByteArray &bytes)
{
    QFile::remove(path);
    QFile f(path);
    REQUIRE(f.open(QIODevice::WriteOnly));
    REQUIRE(f.write(bytes) == bytes.size());
}

// Flips 1–8 bytes at offsets in [from, to) and runs the commands; `count` copies.
void flips(const char *family, qsizetype from, qsizetype to, int count, unsigned seed)
{
    const QByteArray original = sampleBytes();
    REQUIRE(to <= original.size());
    test::TempDir dir;
    const QString path = dir.path(QStringLiteral("bozuk.gpkg"));
    std::mt19937 random(seed);
    for (int i = 0; i < count; ++i) {
        QByteArray bytes = original;
        QStringList changes;
        const int n = std::uniform_int_distribution<int>(1, 8)(random);
        for (int k = 0; k < n; ++k) {
            const qsizetype at = std::uniform_int_distribution<qsizetype>(from, to - 1)(random);
            const char mask = char(std::uniform_int_distribution<int>(1, 255)(random));
            bytes[at] = char(bytes[at] ^ mask);
            changes << QStringLiteral("%1^%2").arg(at).arg(int(uchar(mask)));
        }
        write(path, bytes);
        exercise(path,
                 {QStringLiteral("%1 #%2 (seed %3): %4")
                      .arg(QLatin1String(family), QString::number(i), QString::number(seed),
                           changes.join(u' '))},
                 i % 4 == 0);
    }
}

} // namespace

TEST_CASE("Corrupted projects: bytes flipped in the SQLite header", "[reliability][corrupt]")
{
    flips("header", 0, 100, 40, 1);
}

TEST_CASE("Corrupted projects: bytes flipped in the middle of the file", "[reliability][corrupt]")
{
    const qsizetype size = QFileInfo(samplePath()).size();
    flips("middle", 100, size - 4096, 50, 2);
}

TEST_CASE("Corrupted projects: bytes flipped near the end of the file", "[reliability][corrupt]")
{
    const qsizetype size = QFileInfo(samplePath()).size();
    flips("end", size - 4096, size, 50, 3);
}

TEST_CASE("Corrupted projects: cut short, or damaged in their structure", "[reliability][corrupt]")
{
    const QByteArray original = sampleBytes();
    test::TempDir dir;
    const QString path = dir.path(QStringLiteral("bozuk.gpkg"));
    std::mt19937 random(4);
    // Cut short: 20 lengths, from inside the header to one byte short.
    for (int i = 0; i < 20; ++i) {
        const qsizetype length
            = i == 0 ? original.size() - 1
                     : std::uniform_int_distribution<qsizetype>(0, original.size() - 1)(random);
        write(path, original.left(length));
        exercise(path, {QStringLiteral("cut to %1 of %2 bytes").arg(length).arg(original.size())},
                 i % 4 == 0);
    }
    // Structural damage through SQL on an intact copy.
    auto damaged = [&](const QString &what, const std::function<void(Database &)> &change) {
        write(path, original);
        {
            auto db = Database::open(path, Database::Mode::ReadWrite);
            REQUIRE(db);
            change(*db);
        }
        QFile::remove(path + QStringLiteral("-wal"));
        QFile::remove(path + QStringLiteral("-shm"));
        exercise(path, {what, true}, true);
    };
    const QStringList junk{
        QStringLiteral("{"),
        QStringLiteral("[]"),
        QStringLiteral("null"),
        QStringLiteral("{\"kind\": 42}"),
        QStringLiteral("{\"items\": \"yok\"}"),
        QStringLiteral("\"x\""),
        QStringLiteral("{\"items\": [{\"kind\": \"map\", \"rect\": [1e308, -1e308, "
                       "1e308, 1e308]}]}"),
        QStringLiteral("{\"kind\": \"graduated\", \"classes\": -5}"),
        QStringLiteral("{\"kind\": \"categorized\", \"categories\": [1, 2]}"),
        QStringLiteral("\xef\xbb\xbf{")};
    for (int i = 0; i < 5; ++i)
        damaged(
            QStringLiteral("gpkg_contents row %1 pointing at no table").arg(i), [&](Database &db) {
                auto stmt = db.prepare("INSERT INTO gpkg_contents (table_name, data_type, "
                                       "identifier, srs_id) VALUES (?, ?, ?, 5256)");
                REQUIRE(stmt);
                stmt->bind(1, QStringLiteral("yok_%1").arg(i));
                stmt->bind(2, i % 2 ? QStringLiteral("features") : QStringLiteral("attributes"));
                stmt->bind(3, QStringLiteral("yok %1").arg(i));
                REQUIRE(stmt->exec());
            });
    for (int i = 0; i < 10; ++i) {
        damaged(QStringLiteral("style JSON %1").arg(junk[i]), [&](Database &db) {
            auto stmt = db.prepare("UPDATE geisep_styles SET definition = ?");
            REQUIRE(stmt);
            REQUIRE(stmt->bind(1, junk[i]).exec());
        });
        damaged(QStringLiteral("layout JSON %1").arg(junk[i]), [&](Database &db) {
            auto stmt = db.prepare("UPDATE geisep_layouts SET definition = ?");
            REQUIRE(stmt);
            REQUIRE(stmt->bind(1, junk[i]).exec());
        });
        damaged(QStringLiteral("analysis JSON %1").arg(junk[i]), [&](Database &db) {
            auto stmt = db.prepare("UPDATE geisep_analysis_runs SET parameters = ?, "
                                   "input_layers = ?");
            REQUIRE(stmt);
            REQUIRE(stmt->bind(1, junk[i]).bind(2, junk[i]).exec());
        });
    }
    for (const char *version : {"8", "99", "-1", "dört", ""})
        damaged(QStringLiteral("schema version \"%1\"").arg(QString::fromUtf8(version)),
                [&](Database &db) {
                    auto stmt = db.prepare(
                        "UPDATE geisep_meta SET value = ? WHERE key = 'schema_version'");
                    REQUIRE(stmt);
                    REQUIRE(stmt->bind(1, QString::fromUtf8(version)).exec());
                });
}
