#include "core/sqlite.h"

#include "core/gpkg.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <sqlite3.h>

namespace geisep {

namespace {
QByteArray g_vfs; // Database::setVfs

class SqliteText
{
    Q_DECLARE_TR_FUNCTIONS(SqliteText)
};
// An error of SQLite in words a planner can act on: a full disk, a write-protected file and a
// failing disk are said as such, with what to do; anything else keeps SQLite's text and the
// statement it came from. Nothing of the failed change is kept (its transaction rolls back).
Error sqliteError(sqlite3 *db, const QString &path, const QString &what)
{
    const int code = sqlite3_extended_errcode(db);
    switch (code & 0xff) {
    case SQLITE_FULL:
        return Error{SqliteText::tr("The disk is full: the change could not be written, and "
                                    "nothing of it was saved."),
                     path,
                     SqliteText::tr("Free some space on the disk (or save the project on another "
                                    "one) and try again. Everything saved before is kept.")};
    case SQLITE_READONLY:
        return Error{SqliteText::tr("The project file cannot be written to (it is write-protected "
                                    "or on a read-only disk); nothing was changed."),
                     path,
                     SqliteText::tr("Copy the project to a folder of yours and open the copy.")};
    case SQLITE_IOERR:
        return Error{SqliteText::tr("The disk reported an error while writing (%1); nothing of "
                                    "the change was saved.")
                         .arg(QString::fromUtf8(sqlite3_errmsg(db))),
                     path,
                     SqliteText::tr("Check the disk (space, cable, network share) and try again. "
                                    "Everything saved before is kept.")};
    default:
        return Error{SqliteText::tr("Database error: %1 (in: %2)")
                         .arg(QString::fromUtf8(sqlite3_errmsg(db)), what.left(80)),
                     path,
                     {}};
    }
}
} // namespace

void StatementDeleter::operator()(sqlite3_stmt *stmt) const
{
    sqlite3_finalize(stmt);
}

void ConnectionDeleter::operator()(sqlite3 *db) const
{
    sqlite3_close_v2(db);
}

std::optional<Identifier> Identifier::make(const QString &name)
{
    static const QRegularExpression valid(QStringLiteral("^[A-Za-z_][A-Za-z0-9_]{0,62}$"));
    if (!valid.match(name).hasMatch())
        return std::nullopt;
    return Identifier(name);
}

QByteArray Identifier::quoted() const
{
    return '"' + m_name.toLatin1() + '"';
}

// ---- Statement -------------------------------------------------------------------------------

Statement &Statement::bind(int index, const QString &value)
{
    const QByteArray utf8 = value.toUtf8();
    sqlite3_bind_text(m_stmt.get(), index, utf8.constData(), int(utf8.size()), SQLITE_TRANSIENT);
    return *this;
}

Statement &Statement::bind(int index, qint64 value)
{
    sqlite3_bind_int64(m_stmt.get(), index, value);
    return *this;
}

Statement &Statement::bind(int index, double value)
{
    sqlite3_bind_double(m_stmt.get(), index, value);
    return *this;
}

Statement &Statement::bind(int index, std::nullptr_t)
{
    sqlite3_bind_null(m_stmt.get(), index);
    return *this;
}

Statement &Statement::bindBlob(int index, const QByteArray &value)
{
    sqlite3_bind_blob(m_stmt.get(), index, value.constData(), int(value.size()), SQLITE_TRANSIENT);
    return *this;
}

Statement &Statement::bindNullable(int index, const QString &value)
{
    return value.isEmpty() ? bind(index, nullptr) : bind(index, value);
}

Statement &Statement::bind(int index, const QVariant &value)
{
    if (value.isNull() || !value.isValid())
        return bind(index, nullptr);
    switch (value.typeId()) {
    case QMetaType::Bool:
    case QMetaType::Int:
    case QMetaType::UInt:
    case QMetaType::LongLong:
    case QMetaType::ULongLong:
    case QMetaType::Long:
        return bind(index, value.toLongLong());
    case QMetaType::Double:
    case QMetaType::Float:
        return bind(index, value.toDouble());
    case QMetaType::QByteArray:
        return bindBlob(index, value.toByteArray());
    default:
        return bind(index, value.toString());
    }
}

Result<bool> Statement::step()
{
    const int rc = sqlite3_step(m_stmt.get());
    if (rc == SQLITE_ROW)
        return true;
    if (rc == SQLITE_DONE)
        return false;
    return std::unexpected(sqliteError(m_db, QString::fromUtf8(sqlite3_db_filename(m_db, "main")),
                                       QString::fromUtf8(sqlite3_sql(m_stmt.get()))));
}

Result<void> Statement::exec()
{
    for (;;) {
        auto row = step();
        if (!row)
            return std::unexpected(row.error());
        if (!*row)
            break;
    }
    reset();
    return {};
}

void Statement::reset()
{
    sqlite3_reset(m_stmt.get());
    sqlite3_clear_bindings(m_stmt.get());
}

bool Statement::isNull(int column) const
{
    return sqlite3_column_type(m_stmt.get(), column) == SQLITE_NULL;
}

qint64 Statement::int64(int column) const
{
    return sqlite3_column_int64(m_stmt.get(), column);
}

double Statement::real(int column) const
{
    return sqlite3_column_double(m_stmt.get(), column);
}

QString Statement::text(int column) const
{
    const auto *data = reinterpret_cast<const char *>(sqlite3_column_text(m_stmt.get(), column));
    return QString::fromUtf8(data, sqlite3_column_bytes(m_stmt.get(), column));
}

QByteArray Statement::blob(int column) const
{
    const auto *data = static_cast<const char *>(sqlite3_column_blob(m_stmt.get(), column));
    return QByteArray(data, sqlite3_column_bytes(m_stmt.get(), column));
}

QVariant Statement::value(int column) const
{
    switch (sqlite3_column_type(m_stmt.get(), column)) {
    case SQLITE_INTEGER:
        return int64(column);
    case SQLITE_FLOAT:
        return real(column);
    case SQLITE_TEXT:
        return text(column);
    case SQLITE_BLOB:
        return blob(column);
    default:
        return {};
    }
}

int Statement::columnCount() const
{
    return sqlite3_column_count(m_stmt.get());
}

QString Statement::columnName(int column) const
{
    return QString::fromUtf8(sqlite3_column_name(m_stmt.get(), column));
}

// ---- Database --------------------------------------------------------------------------------

Result<Database> Database::open(const QString &path, Mode mode)
{
    int flags = SQLITE_OPEN_NOMUTEX;
    switch (mode) {
    case Mode::ReadOnly:
        flags |= SQLITE_OPEN_READONLY;
        break;
    case Mode::ReadWrite:
        flags |= SQLITE_OPEN_READWRITE;
        break;
    case Mode::ReadWriteCreate:
        flags |= SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE;
        break;
    }
    sqlite3 *raw = nullptr;
    const QByteArray vfs = g_vfs;
    const int rc = sqlite3_open_v2(path.toUtf8().constData(), &raw, flags,
                                   vfs.isEmpty() ? nullptr : vfs.constData());
    Database db;
    db.m_db.reset(raw);
    db.m_path = path;
    db.m_readOnly = mode == Mode::ReadOnly;
    if (rc != SQLITE_OK) {
        const QString why
            = raw ? QString::fromUtf8(sqlite3_errmsg(raw)) : QString::fromUtf8(sqlite3_errstr(rc));
        return fail(SqliteText::tr("Cannot open the file as a database: %1.").arg(why), path,
                    SqliteText::tr("Check that the file exists and that you may read it."));
    }
    sqlite3_extended_result_codes(raw, 1);
    sqlite3_busy_timeout(raw, 5000);
    // No double-quoted string literals: "school" is a column or an error, never the text
    // 'school' (a mistyped field name once matched every row as a constant).
    sqlite3_db_config(raw, SQLITE_DBCONFIG_DQS_DML, 0, nullptr);
    sqlite3_db_config(raw, SQLITE_DBCONFIG_DQS_DDL, 0, nullptr);
    if (auto ok = registerGeoPackageFunctions(raw); !ok)
        return std::unexpected(ok.error());
    // Reading the schema is the cheapest check that this really is an SQLite database.
    if (auto probe = db.queryInt("SELECT count(*) FROM sqlite_master"); !probe)
        return fail(SqliteText::tr("This is not a GeoPackage or SQLite file, or it is damaged."),
                    path, SqliteText::tr("Open a .gpkg project made by GEİSEP Workbench or QGIS."));
    if (auto fk = db.exec("PRAGMA foreign_keys = ON"); !fk)
        return std::unexpected(fk.error());
    return db;
}

void Database::setVfs(const QByteArray &name)
{
    g_vfs = name;
}

Error Database::sqlError(const QString &what) const
{
    return sqliteError(m_db.get(), m_path, what);
}

Result<Statement> Database::prepareText(const QByteArray &sql)
{
    sqlite3_stmt *stmt = nullptr;
    if (sqlite3_prepare_v2(m_db.get(), sql.constData(), int(sql.size()), &stmt, nullptr)
        != SQLITE_OK)
        return std::unexpected(sqlError(QString::fromUtf8(sql)));
    return Statement(m_db.get(), stmt);
}

Result<Statement> Database::prepare(Sql sql)
{
    return prepareText(QByteArray(sql.text()));
}

static QByteArray substitute(Sql sqlTemplate, std::initializer_list<Identifier> ids)
{
    QByteArray sql(sqlTemplate.text());
    int n = int(ids.size());
    // Replace from the highest number down so %1 does not eat the start of %10.
    for (auto it = std::rbegin(ids); it != std::rend(ids); ++it, --n) {
        const QByteArray placeholder = QByteArray("%") + QByteArray::number(n);
        sql.replace(placeholder, it->quoted());
    }
    return sql;
}

Result<Statement> Database::prepareWith(Sql sqlTemplate, std::initializer_list<Identifier> ids)
{
    return prepareText(substitute(sqlTemplate, ids));
}

Result<Statement> Database::prepareInsert(const Identifier &table, const QList<Identifier> &columns)
{
    QByteArray sql = "INSERT INTO " + table.quoted() + " (";
    QByteArray values;
    for (qsizetype i = 0; i < columns.size(); ++i) {
        sql += (i ? ", " : "") + columns[i].quoted();
        values += i ? ", ?" : "?";
    }
    sql += ") VALUES (" + values + ")";
    return prepareText(sql);
}

Result<void> Database::execText(const QByteArray &sql)
{
    char *message = nullptr;
    if (sqlite3_exec(m_db.get(), sql.constData(), nullptr, nullptr, &message) != SQLITE_OK) {
        sqlite3_free(message);
        return std::unexpected(sqliteError(m_db.get(), m_path, QString::fromUtf8(sql)));
    }
    return {};
}

Result<void> Database::exec(Sql sql)
{
    return execText(QByteArray(sql.text()));
}

Result<void> Database::execWith(Sql sqlTemplate, std::initializer_list<Identifier> ids)
{
    return execText(substitute(sqlTemplate, ids));
}

Result<qint64> Database::queryInt(Sql sql)
{
    auto stmt = prepare(sql);
    if (!stmt)
        return std::unexpected(stmt.error());
    auto row = stmt->step();
    if (!row)
        return std::unexpected(row.error());
    return *row ? stmt->int64(0) : 0;
}

Result<QString> Database::queryText(Sql sql)
{
    auto stmt = prepare(sql);
    if (!stmt)
        return std::unexpected(stmt.error());
    auto row = stmt->step();
    if (!row)
        return std::unexpected(row.error());
    return *row ? stmt->text(0) : QString();
}

bool Database::tableExists(const QString &name)
{
    auto stmt = prepare("SELECT 1 FROM sqlite_master WHERE type IN ('table','view') AND name = ?");
    if (!stmt)
        return false;
    stmt->bind(1, name);
    auto row = stmt->step();
    return row && *row;
}

bool Database::inTransaction() const
{
    return m_db && sqlite3_get_autocommit(m_db.get()) == 0;
}

qint64 Database::lastInsertRowId() const
{
    return sqlite3_last_insert_rowid(m_db.get());
}

int Database::changes() const
{
    return sqlite3_changes(m_db.get());
}

bool Database::lastErrorIsDamage() const
{
    const int code = sqlite3_errcode(m_db.get()) & 0xff;
    return code == SQLITE_CORRUPT || code == SQLITE_NOTADB;
}

// ---- Transaction -----------------------------------------------------------------------------

Transaction::Transaction(Database &db)
    : m_db(db)
    , m_nested(db.inTransaction())
    , m_begun(m_nested ? db.exec("SAVEPOINT geisep_action") : db.exec("BEGIN IMMEDIATE"))
{}

Transaction::~Transaction()
{
    if (m_begun && !m_done) {
        if (m_nested)
            (void)m_db.exec("ROLLBACK TO geisep_action; RELEASE geisep_action");
        else
            (void)m_db.exec("ROLLBACK");
    }
}

Result<void> Transaction::commit()
{
    if (!m_begun)
        return m_begun;
    auto ok = m_nested ? m_db.exec("RELEASE geisep_action") : m_db.exec("COMMIT");
    if (ok)
        m_done = true;
    return ok;
}

} // namespace geisep
