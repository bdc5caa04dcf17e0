#pragma once

// A thin hold on libpq for the province's shared plan on PostgreSQL/PostGIS: one connection,
// parameterised queries, errors for a person. Nothing here stores or prints a password: it
// comes from ~/.pgpass, a service file (service=NAME), PGPASSWORD or a prompt, and a
// connection string shown in a message has its password cut out.
#include "core/error.h"

#include <QString>
#include <QStringList>

#include <functional>
#include <memory>
#include <optional>
#include <vector>

struct pg_conn;
struct pg_result;

namespace geisep::pg {

// The rows of a query, as text (libpq's text format); NULL is nullopt.
struct Rows
{
    QStringList columns;
    std::vector<std::vector<std::optional<QString>>> values;

    std::size_t size() const { return values.size(); }
    bool empty() const { return values.empty(); }
    // The value at (row, column), empty for NULL.
    QString text(std::size_t row, int column) const;
};

// A connection string with any password removed, for messages ("password=…" and the password
// of a postgresql:// URI).
QString redactDsn(const QString &dsn);

// A key=value connection string from its parts (host, port, dbname, user, sslmode, …), each
// value quoted as libpq reads it; empty values are left out.
QString conninfo(const QList<std::pair<QString, QString>> &parts);

class Connection
{
public:
    // Connects with a libpq connection string or URI ("host=127.0.0.1 port=5432 dbname=il
    // user=valilik sslmode=require", "service=gaziantep", "postgresql://…"); sslmode and the
    // other libpq options pass through as written. Refuses a server older than PostgreSQL 12.
    static Result<std::unique_ptr<Connection>> open(const QString &dsn);
    ~Connection();
    Connection(const Connection &) = delete;
    Connection &operator=(const Connection &) = delete;

    // A statement with $1, $2, … bound to `params` (text; nullopt is NULL). The SQL is the
    // program's own, with at most identifiers quoted by identifier(); values never go into it.
    Result<Rows> query(const QString &sql, const std::vector<std::optional<QString>> &params = {});
    // Statements without parameters, several separated by ';' (schema definitions).
    Result<void> exec(const QString &sql);
    // `name` quoted as an SQL identifier (a schema or role name made from a user's words).
    QString identifier(const QString &name) const;
    // `text` quoted as an SQL literal, for the few statements that take no parameters
    // (CREATE ROLE … PASSWORD).
    QString literal(const QString &text) const;
    // `password` hashed for `role` by the client (SCRAM), so that it never travels or is
    // logged in clear.
    Result<QString> encryptPassword(const QString &password, const QString &role) const;
    // Whether the connection still works (a server that went away says no).
    bool isOpen() const;
    QString user() const;
    QString database() const;
    // The connection string as given, its password removed.
    const QString &dsn() const { return m_dsn; }

private:
    explicit Connection(pg_conn *conn, QString dsn);
    Error failure(const QString &what) const;
    // The error of a statement that did not succeed (the result is freed then), or none.
    std::optional<Error> refusal(pg_result *result) const;

    pg_conn *m_conn = nullptr;
    QString m_dsn;
};

// Runs `body` in one transaction: committed when it succeeds, rolled back when it fails or the
// server goes away, so the server has all of it or none.
Result<void> transaction(Connection &connection, const std::function<Result<void>()> &body);

} // namespace geisep::pg
