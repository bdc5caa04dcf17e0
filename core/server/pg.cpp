#include "core/server/pg.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <libpq-fe.h>

namespace geisep::pg {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("geisep::pg::Connection", text);
}

QString messageOf(const pg_conn *conn)
{
    return QString::fromUtf8(PQerrorMessage(conn)).trimmed();
}

} // namespace

QString Rows::text(std::size_t row, int column) const
{
    if (row >= values.size() || column < 0 || std::size_t(column) >= values[row].size())
        return {};
    return values[row][std::size_t(column)].value_or(QString());
}

QString redactDsn(const QString &dsn)
{
    QString shown = dsn;
    // key=value form: password=secret or password='se cret'
    static const QRegularExpression keyword(QStringLiteral(R"(password\s*=\s*('(\\'|[^'])*'|\S+))"),
                                            QRegularExpression::CaseInsensitiveOption);
    shown.replace(keyword, QStringLiteral("password=…"));
    // URI form: postgresql://user:secret@host
    static const QRegularExpression uri(QStringLiteral(R"(^(postgres(ql)?://[^:/@]*):[^@/]*@)"));
    shown.replace(uri, QStringLiteral("\\1:…@"));
    return shown;
}

QString conninfo(const QList<std::pair<QString, QString>> &parts)
{
    QStringList out;
    for (const auto &[key, value] : parts) {
        if (value.isEmpty())
            continue;
        QString quoted = value;
        quoted.replace(u'\\', QStringLiteral("\\\\")).replace(u'\'', QStringLiteral("\\'"));
        out << key + QStringLiteral("='") + quoted + u'\'';
    }
    return out.join(u' ');
}

Connection::Connection(pg_conn *conn, QString dsn)
    : m_conn(conn)
    , m_dsn(std::move(dsn))
{}

Connection::~Connection()
{
    if (m_conn)
        PQfinish(m_conn);
}

Result<std::unique_ptr<Connection>> Connection::open(const QString &dsn)
{
    const QByteArray conninfo = dsn.toUtf8();
    pg_conn *conn = PQconnectdb(conninfo.constData());
    if (!conn)
        return fail(tr("Out of memory while connecting to the server."), redactDsn(dsn));
    if (PQstatus(conn) != CONNECTION_OK) {
        const QString why = messageOf(conn);
        PQfinish(conn);
        return fail(tr("Could not connect to the province's server: %1").arg(why), redactDsn(dsn),
                    tr("Check the address, port, database and user, and that the server is "
                       "running. The password comes from ~/.pgpass, a service file or "
                       "PGPASSWORD, never from the project."));
    }
    // The server's notices ("already exists, skipping") are not for the planner.
    PQsetNoticeProcessor(
        conn, [](void *, const char *) {}, nullptr);
    std::unique_ptr<Connection> connection(new Connection(conn, redactDsn(dsn)));
    if (PQserverVersion(conn) < 120000)
        return fail(tr("The server runs PostgreSQL %1; the shared plan needs 12 or newer.")
                        .arg(PQserverVersion(conn) / 10000),
                    connection->m_dsn);
    if (auto ok = connection->exec(QStringLiteral("SET client_encoding = 'UTF8'")); !ok)
        return std::unexpected(ok.error());
    return connection;
}

Error Connection::failure(const QString &what) const
{
    Error e{what + QStringLiteral(": ") + messageOf(m_conn), m_dsn, {}};
    if (PQstatus(m_conn) != CONNECTION_OK)
        e.hint = tr("The connection to the server was lost. Nothing of this step was kept on "
                    "the server; try again when it is back.");
    return e;
}

std::optional<Error> Connection::refusal(PGresult *result) const
{
    const auto status = PQresultStatus(result);
    if (status == PGRES_TUPLES_OK || status == PGRES_COMMAND_OK)
        return std::nullopt;
    const QString why
        = result ? QString::fromUtf8(PQresultErrorMessage(result)).trimmed() : messageOf(m_conn);
    PQclear(result);
    Error e = failure(QString());
    e.message = tr("The server refused a statement: %1").arg(why);
    return e;
}

Result<Rows> Connection::query(const QString &sql,
                               const std::vector<std::optional<QString>> &params)
{
    std::vector<QByteArray> bytes;
    bytes.reserve(params.size());
    std::vector<const char *> values;
    values.reserve(params.size());
    for (const auto &p : params) {
        bytes.push_back(p ? p->toUtf8() : QByteArray());
        values.push_back(p ? bytes.back().constData() : nullptr);
    }
    const QByteArray text = sql.toUtf8();
    PGresult *result = PQexecParams(m_conn, text.constData(), int(values.size()), nullptr,
                                    values.data(), nullptr, nullptr, 0);
    if (auto refused = refusal(result))
        return std::unexpected(*refused);
    Rows rows;
    const int columns = PQnfields(result);
    for (int c = 0; c < columns; ++c)
        rows.columns << QString::fromUtf8(PQfname(result, c));
    const int count = PQntuples(result);
    rows.values.reserve(std::size_t(count));
    for (int r = 0; r < count; ++r) {
        std::vector<std::optional<QString>> row;
        row.reserve(std::size_t(columns));
        for (int c = 0; c < columns; ++c)
            if (PQgetisnull(result, r, c))
                row.emplace_back(std::nullopt);
            else
                row.emplace_back(
                    QString::fromUtf8(PQgetvalue(result, r, c), PQgetlength(result, r, c)));
        rows.values.push_back(std::move(row));
    }
    PQclear(result);
    return rows;
}

Result<void> Connection::exec(const QString &sql)
{
    const QByteArray text = sql.toUtf8();
    PGresult *result = PQexec(m_conn, text.constData());
    if (auto refused = refusal(result))
        return std::unexpected(*refused);
    PQclear(result);
    return {};
}

QString Connection::identifier(const QString &name) const
{
    const QByteArray bytes = name.toUtf8();
    char *quoted = PQescapeIdentifier(m_conn, bytes.constData(), std::size_t(bytes.size()));
    const QString out = quoted ? QString::fromUtf8(quoted) : QString();
    PQfreemem(quoted);
    return out;
}

QString Connection::literal(const QString &text) const
{
    const QByteArray bytes = text.toUtf8();
    char *quoted = PQescapeLiteral(m_conn, bytes.constData(), std::size_t(bytes.size()));
    const QString out = quoted ? QString::fromUtf8(quoted) : QString();
    PQfreemem(quoted);
    return out;
}

Result<QString> Connection::encryptPassword(const QString &password, const QString &role) const
{
    const QByteArray p = password.toUtf8();
    const QByteArray r = role.toUtf8();
    char *hashed = PQencryptPasswordConn(m_conn, p.constData(), r.constData(), nullptr);
    if (!hashed)
        return std::unexpected(failure(tr("Could not hash the password")));
    const QString out = QString::fromUtf8(hashed);
    PQfreemem(hashed);
    return out;
}

bool Connection::isOpen() const
{
    return m_conn && PQstatus(m_conn) == CONNECTION_OK;
}

QString Connection::user() const
{
    return QString::fromUtf8(PQuser(m_conn));
}

QString Connection::database() const
{
    return QString::fromUtf8(PQdb(m_conn));
}

Result<void> transaction(Connection &connection, const std::function<Result<void>()> &body)
{
    if (auto ok = connection.exec(QStringLiteral("BEGIN")); !ok)
        return ok;
    auto ok = body();
    if (!ok) {
        (void)connection.exec(QStringLiteral("ROLLBACK"));
        return ok;
    }
    if (auto done = connection.exec(QStringLiteral("COMMIT")); !done)
        return done;
    return {};
}

} // namespace geisep::pg
