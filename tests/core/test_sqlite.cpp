#include "core/sqlite.h"
#include "tests/support/support.h"

#include <catch2/catch.hpp>

using namespace geisep;

TEST_CASE("Identifier accepts only generated-style names", "[sqlite]")
{
    CHECK(Identifier::make(QStringLiteral("mahalle_2023")).has_value());
    CHECK(Identifier::make(QStringLiteral("_x1")).has_value());
    const QString bad = GENERATE(as<QString>{}, QStringLiteral(""), QStringLiteral("1abc"),
                                 QStringLiteral("a b"), QStringLiteral("x\"; DROP TABLE t; --"),
                                 QStringLiteral("şahinbey"), QString(64, u'a'));
    CHECK_FALSE(Identifier::make(bad).has_value());
    CHECK(Identifier::make(QStringLiteral("abc"))->quoted() == QByteArray("\"abc\""));
}

TEST_CASE("Values go in through bind, Turkish text intact", "[sqlite]")
{
    test::TempDir dir;
    auto db = Database::open(dir.path(QStringLiteral("t.sqlite")), Database::Mode::ReadWriteCreate);
    REQUIRE(db);
    REQUIRE(db->exec("CREATE TABLE t (id INTEGER PRIMARY KEY, name TEXT, v REAL)"));
    auto insert = db->prepare("INSERT INTO t (name, v) VALUES (?, ?)");
    REQUIRE(insert);
    const QString tricky = QStringLiteral("Ağaçgeçit'); DROP TABLE t; --");
    insert->bind(1, tricky).bind(2, 1.5);
    REQUIRE(insert->exec());
    auto read = db->prepare("SELECT name, v FROM t");
    REQUIRE(read->step().value());
    CHECK(read->text(0) == tricky);
    CHECK(read->real(1) == 1.5);
    CHECK(db->tableExists(QStringLiteral("t")));
}

TEST_CASE("A transaction rolls back unless committed, nested ones are savepoints", "[sqlite]")
{
    test::TempDir dir;
    auto db = Database::open(dir.path(QStringLiteral("t.sqlite")), Database::Mode::ReadWriteCreate);
    REQUIRE(db);
    REQUIRE(db->exec("CREATE TABLE t (v INTEGER)"));
    {
        Transaction tx(*db);
        REQUIRE(tx.begun());
        REQUIRE(db->exec("INSERT INTO t VALUES (1)"));
    } // no commit
    CHECK(db->queryInt("SELECT count(*) FROM t").value() == 0);
    {
        Transaction outer(*db);
        REQUIRE(db->exec("INSERT INTO t VALUES (1)"));
        {
            Transaction inner(*db);
            REQUIRE(inner.begun());
            REQUIRE(db->exec("INSERT INTO t VALUES (2)"));
        } // inner rolled back to its savepoint
        {
            Transaction inner(*db);
            REQUIRE(db->exec("INSERT INTO t VALUES (3)"));
            REQUIRE(inner.commit());
        }
        REQUIRE(outer.commit());
    }
    CHECK(db->queryInt("SELECT count(*) FROM t").value() == 2);
    CHECK(db->queryInt("SELECT sum(v) FROM t").value() == 4);
    CHECK_FALSE(db->inTransaction());
}

TEST_CASE("withTransaction commits a body that succeeds and rolls back one that fails", "[sqlite]")
{
    test::TempDir dir;
    auto db = Database::open(dir.path(QStringLiteral("t.sqlite")), Database::Mode::ReadWriteCreate);
    REQUIRE(db);
    REQUIRE(db->exec("CREATE TABLE t (v INTEGER)"));

    SECTION("success: the row is there and the body's value comes back")
    {
        auto id = withTransaction(*db, [&]() -> Result<qint64> {
            if (auto ok = db->exec("INSERT INTO t VALUES (7)"); !ok)
                return std::unexpected(ok.error());
            return db->lastInsertRowId();
        });
        REQUIRE(id);
        CHECK(*id == 1);
        CHECK(db->queryInt("SELECT count(*) FROM t WHERE v = 7").value() == 1);
    }
    SECTION("error: the row is gone and the body's error comes back")
    {
        auto done = withTransaction(*db, [&]() -> Result<void> {
            if (auto ok = db->exec("INSERT INTO t VALUES (8)"); !ok)
                return ok;
            return fail(QStringLiteral("the body failed"));
        });
        REQUIRE_FALSE(done);
        CHECK(done.error().message == u"the body failed");
        CHECK(db->queryInt("SELECT count(*) FROM t").value() == 0);
    }
    SECTION("nested: a failing inner body undoes only its own rows")
    {
        auto outer = withTransaction(*db, [&]() -> Result<void> {
            if (auto ok = db->exec("INSERT INTO t VALUES (1)"); !ok)
                return ok;
            auto inner = withTransaction(*db, [&]() -> Result<void> {
                if (auto ok = db->exec("INSERT INTO t VALUES (2)"); !ok)
                    return ok;
                return fail(QStringLiteral("inner failed"));
            });
            CHECK_FALSE(inner);
            return {};
        });
        REQUIRE(outer);
        CHECK(db->queryInt("SELECT sum(v) FROM t").value() == 1);
    }
    CHECK_FALSE(db->inTransaction());
}

TEST_CASE("A file that is not SQLite is refused with its name", "[sqlite]")
{
    test::TempDir dir;
    const QString path = dir.path(QStringLiteral("x.gpkg"));
    QFile f(path);
    REQUIRE(f.open(QIODevice::WriteOnly));
    f.write(QByteArray(4096, 'x'));
    f.close();
    auto db = Database::open(path, Database::Mode::ReadOnly);
    REQUIRE_FALSE(db);
    CHECK(db.error().file == path);
}

TEST_CASE("A double-quoted name is a column or an error, never a string", "[sqlite][attack]")
{
    test::TempDir dir;
    auto db = Database::open(dir.path(QStringLiteral("t.sqlite")), Database::Mode::ReadWriteCreate);
    REQUIRE(db);
    REQUIRE(db->exec("CREATE TABLE t (id INTEGER PRIMARY KEY, service TEXT)"));
    REQUIRE(db->exec("INSERT INTO t (service) VALUES ('health')"));
    auto column
        = db->prepareWith("SELECT %1 FROM t", {*Identifier::make(QStringLiteral("service"))});
    REQUIRE(column);
    REQUIRE(column->step().value());
    CHECK(column->text(0) == u"health");
    // SQLite's old fallback read "school" as the text 'school' when no such column exists.
    auto missing
        = db->prepareWith("SELECT %1 FROM t", {*Identifier::make(QStringLiteral("school"))});
    REQUIRE_FALSE(missing);
    CHECK(missing.error().message.contains(QStringLiteral("no such column")));
}
