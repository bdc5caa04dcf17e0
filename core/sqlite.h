#pragma once

#include "core/error.h"

#include <QByteArray>
#include <QString>
#include <QVariant>

#include <memory>
#include <optional>
#include <string_view>

struct sqlite3;
struct sqlite3_stmt;

namespace geisep {

// SQL text that is known at compile time. Every statement the program prepares is one of these,
// so no SQL is ever assembled from user input; values go in through bind().
class Sql
{
public:
    consteval Sql(const char *text)
        : m_text(text)
    {}
    const char *text() const { return m_text; }

private:
    const char *m_text;
};

// A table or column name that the program generated, checked to be [A-Za-z_][A-Za-z0-9_]*.
// The only way a name reaches SQL text; see Database::prepareWith.
class Identifier
{
public:
    static std::optional<Identifier> make(const QString &name);
    const QString &name() const { return m_name; }
    QByteArray quoted() const; // "name"

private:
    explicit Identifier(QString name)
        : m_name(std::move(name))
    {}
    QString m_name;
};

struct StatementDeleter
{
    void operator()(sqlite3_stmt *stmt) const;
};
struct ConnectionDeleter
{
    void operator()(sqlite3 *db) const;
};

// A prepared statement. bind() counts from 1, column accessors from 0, as SQLite does.
class Statement
{
public:
    Statement() = default;
    Statement(sqlite3 *db, sqlite3_stmt *stmt)
        : m_db(db)
        , m_stmt(stmt)
    {}

    Statement &bind(int index, const QString &value);
    Statement &bind(int index, const char *value) = delete; // say QStringLiteral or QByteArray
    Statement &bind(int index, qint64 value);
    Statement &bind(int index, int value) { return bind(index, qint64(value)); }
    Statement &bind(int index, double value);
    Statement &bind(int index, std::nullptr_t);
    Statement &bindBlob(int index, const QByteArray &value);
    Statement &bind(int index, const QVariant &value); // null, integer, double, string, bytes
    Statement &bindNullable(int index, const QString &value); // empty string binds NULL

    // One step: true when a row is ready, false when done.
    Result<bool> step();
    // Step to the end, for statements that return no rows.
    Result<void> exec();
    // Steps through every row, calling onRow() with the statement on it; stops at an error.
    template<typename OnRow> Result<void> forEachRow(OnRow &&onRow)
    {
        for (;;) {
            auto row = step();
            if (!row)
                return std::unexpected(row.error());
            if (!*row)
                return {};
            onRow();
        }
    }
    void reset();

    bool isNull(int column) const;
    qint64 int64(int column) const;
    double real(int column) const;
    QString text(int column) const;
    QByteArray blob(int column) const;
    QVariant value(int column) const;
    int columnCount() const;
    QString columnName(int column) const;

    bool isValid() const { return bool(m_stmt); }

private:
    sqlite3 *m_db = nullptr;
    std::unique_ptr<sqlite3_stmt, StatementDeleter> m_stmt;
};

// One SQLite connection. Opened read-write or read-only; foreign keys on; the GeoPackage
// ST_* functions registered so the R-tree triggers work on every insert.
class Database
{
public:
    enum class Mode { ReadWrite, ReadWriteCreate, ReadOnly };

    static Result<Database> open(const QString &path, Mode mode);
    // The SQLite VFS the workbench's connections open with (empty: SQLite's default). For the
    // fault tests, which route the project through a disk that fills up
    // (tests/support/faultydisk.h) without touching other libraries' SQLite (PROJ's proj.db).
    static void setVfs(const QByteArray &name);

    Database() = default;
    Database(Database &&) noexcept = default;
    Database &operator=(Database &&) noexcept = default;

    Result<Statement> prepare(Sql sql);
    // SQL with generated names: each "%N" in the template is replaced by ids[N-1].quoted().
    Result<Statement> prepareWith(Sql sqlTemplate, std::initializer_list<Identifier> ids);
    // INSERT INTO table (c1, c2, …) VALUES (?, ?, …) for generated column names.
    Result<Statement> prepareInsert(const Identifier &table, const QList<Identifier> &columns);
    Result<void> exec(Sql sql); // one or several statements, no rows
    Result<void> execWith(Sql sqlTemplate, std::initializer_list<Identifier> ids);
    Result<qint64> queryInt(Sql sql); // first column of the first row
    Result<QString> queryText(Sql sql);

    bool tableExists(const QString &name);
    bool inTransaction() const;
    qint64 lastInsertRowId() const;
    int changes() const;
    // The last error said the file is damaged or not a database (not busy, locked, …).
    bool lastErrorIsDamage() const;

    sqlite3 *handle() const { return m_db.get(); }
    const QString &path() const { return m_path; }
    bool isReadOnly() const { return m_readOnly; }
    void close() { m_db.reset(); }

private:
    Result<Statement> prepareText(const QByteArray &sql);
    Result<void> execText(const QByteArray &sql);
    Error sqlError(const QString &what) const;

    std::unique_ptr<sqlite3, ConnectionDeleter> m_db;
    QString m_path;
    bool m_readOnly = false;
};

// Row ids as a JSON array ("[3,5,8]"), bound as one value for
// `id IN (SELECT value FROM json_each(?))`: any number of ids in one statement.
template<typename Ids> QString jsonIdList(const Ids &ids)
{
    QString out(u'[');
    for (const qint64 id : ids) {
        if (out.size() > 1)
            out += u',';
        out += QString::number(id);
    }
    out += u']';
    return out;
}

// BEGIN IMMEDIATE on construction (so a second writer waits or fails at once, never halfway),
// ROLLBACK in the destructor unless commit() succeeded. One per user action. Inside another
// transaction it becomes a SAVEPOINT, so store methods compose into one larger action.
class Transaction
{
public:
    explicit Transaction(Database &db);
    ~Transaction();
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;

    const Result<void> &begun() const { return m_begun; }
    Result<void> commit();

private:
    Database &m_db;
    bool m_nested = false;
    Result<void> m_begun;
    bool m_done = false;
};

// Runs body() (which returns a Result) inside a Transaction: commits when it returns a value,
// rolls back (the Transaction's destructor) when it returns an error. Returns body()'s result,
// or the error of beginning or committing the transaction.
template<typename Body> auto withTransaction(Database &db, Body &&body) -> decltype(body())
{
    Transaction tx(db);
    if (!tx.begun())
        return std::unexpected(tx.begun().error());
    auto result = body();
    if (!result)
        return result;
    if (auto ok = tx.commit(); !ok)
        return std::unexpected(ok.error());
    return result;
}

} // namespace geisep
