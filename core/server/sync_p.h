#pragma once

// Bookkeeping shared by publish and pull (docs/architecture.md, "The shared plan"): each synced
// plan item's base — its fields as last pulled, or as last published for the project's own
// rows — kept in geisep_shared_rows.
#include "core/error.h"
#include "core/sqlite.h"

#include <QJsonObject>
#include <QString>
#include <QUuid>

#include <optional>

namespace geisep::server::detail {

QString uidText(const QUuid &uid);
QString json(const QJsonObject &object);
QJsonObject parse(const QString &json); // the inverse; an empty object for anything else

class SharedRows
{
public:
    explicit SharedRows(Database &db)
        : m_db(db)
    {}
    // Notes (or replaces) the base of one row; prepared once, reused for every row.
    Result<void> remember(const QString &uid, const QString &kind, qint64 localId,
                          const QString &institution, const QString &fields, bool own);
    // The row is no longer shared (removed on the server or here): its base and any conflict go.
    Result<void> forget(const QString &uid);
    // Any open conflict on the row goes (its base was just noted).
    Result<void> settle(const QString &uid);

private:
    Database &m_db;
    std::optional<Statement> m_upsert, m_settle;
};

} // namespace geisep::server::detail
