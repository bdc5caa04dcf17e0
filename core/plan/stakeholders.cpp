// PlanStore's stakeholder register (declared in core/plan/plan.h).
#include "core/plan/plan.h"

namespace geisep {

namespace {

#define GEISEP_STAKEHOLDER_COLUMNS                                                                 \
    "id, kind, is_person, name, organisation, title, phone, email, address, area_id, note"

Stakeholder readStakeholder(Statement &stmt)
{
    Stakeholder s;
    s.id = stmt.int64(0);
    s.kind = stmt.text(1);
    s.isPerson = stmt.int64(2) != 0;
    s.name = stmt.text(3);
    s.organisation = stmt.text(4);
    s.title = stmt.text(5);
    s.phone = stmt.text(6);
    s.email = stmt.text(7);
    s.address = stmt.text(8);
    s.areaId = stmt.isNull(9) ? 0 : stmt.int64(9);
    s.note = stmt.text(10);
    return s;
}

Result<void> checkStakeholder(const Stakeholder &s)
{
    if (!Stakeholder::kinds().contains(s.kind))
        return fail(PlanStore::tr("\"%1\" is not a kind of stakeholder.").arg(s.kind));
    if (s.name.trimmed().isEmpty())
        return fail(PlanStore::tr("A stakeholder needs a name."));
    const QString email = s.email.trimmed();
    if (!email.isEmpty() && (!email.contains(QLatin1Char('@')) || email.contains(QLatin1Char(' '))))
        return fail(PlanStore::tr("\"%1\" is not an e-mail address.").arg(email));
    return {};
}

void bindStakeholder(Statement &stmt, const Stakeholder &s)
{
    stmt.bind(1, s.kind).bind(2, s.isPerson ? 1 : 0).bind(3, s.name.trimmed());
    stmt.bindNullable(4, s.organisation.trimmed()).bindNullable(5, s.title.trimmed());
    stmt.bindNullable(6, s.phone.trimmed()).bindNullable(7, s.email.trimmed());
    stmt.bindNullable(8, s.address.trimmed());
    if (s.areaId > 0)
        stmt.bind(9, s.areaId);
    else
        stmt.bind(9, nullptr);
    stmt.bindNullable(10, s.note.trimmed());
}

} // namespace

const QStringList &Stakeholder::kinds()
{
    static const QStringList kinds{
        QStringLiteral("valilik"),    QStringLiteral("belediye"), QStringLiteral("ministry"),
        QStringLiteral("university"), QStringLiteral("chamber"),  QStringLiteral("professional"),
        QStringLiteral("union"),      QStringLiteral("ngo"),      QStringLiteral("kent_konseyi"),
        QStringLiteral("muhtar"),     QStringLiteral("other")};
    return kinds;
}

Result<QList<Stakeholder>> PlanStore::stakeholders()
{
    auto stmt = m_db.prepare("SELECT " GEISEP_STAKEHOLDER_COLUMNS
                             " FROM geisep_stakeholders ORDER BY kind, "
                             "name, id");
    if (!stmt)
        return std::unexpected(stmt.error());
    QList<Stakeholder> out;
    auto rows = stmt->forEachRow([&] { out << readStakeholder(*stmt); });
    if (!rows)
        return std::unexpected(rows.error());
    return out;
}

Result<QList<Stakeholder>> PlanStore::muhtarsOf(qint64 areaId)
{
    auto stmt = m_db.prepare("SELECT " GEISEP_STAKEHOLDER_COLUMNS
                             " FROM geisep_stakeholders WHERE kind = "
                             "'muhtar' AND area_id = ? ORDER BY name, id");
    if (!stmt)
        return std::unexpected(stmt.error());
    stmt->bind(1, areaId);
    QList<Stakeholder> out;
    auto rows = stmt->forEachRow([&] { out << readStakeholder(*stmt); });
    if (!rows)
        return std::unexpected(rows.error());
    return out;
}

Result<qint64> PlanStore::addStakeholder(const Stakeholder &stakeholder)
{
    if (auto ok = checkStakeholder(stakeholder); !ok)
        return std::unexpected(ok.error());
    auto stmt = m_db.prepare("INSERT INTO geisep_stakeholders (kind, is_person, name, "
                             "organisation, title, phone, email, address, area_id, note) VALUES "
                             "(?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    if (!stmt)
        return std::unexpected(stmt.error());
    bindStakeholder(*stmt, stakeholder);
    if (auto ok = stmt->exec(); !ok)
        return std::unexpected(ok.error());
    return m_db.lastInsertRowId();
}

Result<void> PlanStore::updateStakeholder(const Stakeholder &stakeholder)
{
    if (auto ok = checkStakeholder(stakeholder); !ok)
        return ok;
    auto stmt = m_db.prepare("UPDATE geisep_stakeholders SET kind = ?1, is_person = ?2, name = "
                             "?3, organisation = ?4, title = ?5, phone = ?6, email = ?7, address "
                             "= ?8, area_id = ?9, note = ?10 WHERE id = ?11");
    if (!stmt)
        return std::unexpected(stmt.error());
    bindStakeholder(*stmt, stakeholder);
    stmt->bind(11, stakeholder.id);
    if (auto ok = stmt->exec(); !ok)
        return ok;
    if (m_db.changes() != 1)
        return fail(tr("The register has no stakeholder with id %1.").arg(stakeholder.id));
    return {};
}

Result<QStringList> PlanStore::actionsOfStakeholder(qint64 id)
{
    auto stmt = m_db.prepare(
        "SELECT coalesce(nullif(code, ''), title_tr) FROM geisep_actions WHERE responsible_id = ?1 "
        "OR id IN (SELECT action_id FROM geisep_action_stakeholders WHERE stakeholder_id = ?1) "
        "ORDER BY code, id");
    if (!stmt)
        return std::unexpected(stmt.error());
    stmt->bind(1, id);
    QStringList out;
    auto rows = stmt->forEachRow([&] { out << stmt->text(0); });
    if (!rows)
        return std::unexpected(rows.error());
    return out;
}

Result<Stakeholder> PlanStore::removeStakeholder(qint64 id)
{
    auto uses = actionsOfStakeholder(id);
    if (!uses)
        return std::unexpected(uses.error());
    if (!uses->isEmpty())
        return fail(tr("This stakeholder is named in the actions %1. Choose someone else there "
                       "first.")
                        .arg(uses->join(QStringLiteral(", "))));
    return withTransaction(m_db, [&]() -> Result<Stakeholder> {
        auto now = stakeholder(id);
        if (!now)
            return std::unexpected(now.error());
        if (!*now)
            return fail(tr("The register has no stakeholder with id %1.").arg(id));
        auto del = m_db.prepare("DELETE FROM geisep_stakeholders WHERE id = ?");
        if (!del)
            return std::unexpected(del.error());
        if (auto ok = del->bind(1, id).exec(); !ok)
            return std::unexpected(ok.error());
        return **now;
    });
}

Result<std::optional<Stakeholder>> PlanStore::stakeholder(qint64 id)
{
    auto stmt = m_db.prepare("SELECT " GEISEP_STAKEHOLDER_COLUMNS
                             " FROM geisep_stakeholders WHERE id = ?");
    if (!stmt)
        return std::unexpected(stmt.error());
    stmt->bind(1, id);
    auto row = stmt->step();
    if (!row)
        return std::unexpected(row.error());
    if (!*row)
        return std::optional<Stakeholder>{};
    return std::optional<Stakeholder>(readStakeholder(*stmt));
}

Result<void> PlanStore::replaceStakeholder(qint64 id, const std::optional<Stakeholder> &state)
{
    auto now = stakeholder(id);
    if (!now)
        return std::unexpected(now.error());
    if (!state) {
        if (!*now)
            return {};
        if (auto removed = removeStakeholder(id); !removed)
            return std::unexpected(removed.error());
        return {};
    }
    Stakeholder s = *state;
    s.id = id;
    if (*now)
        return updateStakeholder(s);
    if (auto ok = checkStakeholder(s); !ok)
        return ok;
    auto stmt = m_db.prepare("INSERT INTO geisep_stakeholders (kind, is_person, name, "
                             "organisation, title, phone, email, address, area_id, note, id) "
                             "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    if (!stmt)
        return std::unexpected(stmt.error());
    bindStakeholder(*stmt, s);
    stmt->bind(11, id);
    return stmt->exec();
}

} // namespace geisep
