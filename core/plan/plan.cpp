// PlanStore's plan tree: reading the tables, and each item's add, edit and move (declared in
// core/plan/plan.h; removal and restore in core/planremove.cpp, area links in core/planlinks.cpp).
#include "core/plan/plan.h"
#include "core/plan/plankinds.h"

namespace geisep {

using plankinds::ident;
using plankinds::KindSpec;
using plankinds::spec;

Result<QList<Sector>> PlanStore::sectors()
{
    auto stmt = m_db.prepare(
        "SELECT id, code, name_tr, name_en, position FROM geisep_sectors ORDER BY position, id");
    if (!stmt)
        return std::unexpected(stmt.error());
    QList<Sector> out;
    auto rows = stmt->forEachRow([&] {
        out.append(Sector{stmt->int64(0), stmt->text(1), stmt->text(2), stmt->text(3),
                          int(stmt->int64(4))});
    });
    if (!rows)
        return std::unexpected(rows.error());
    return out;
}

Result<QList<Goal>> PlanStore::goals()
{
    auto stmt = m_db.prepare("SELECT id, sector_id, code, title_tr, title_en, description, "
                             "position FROM geisep_goals ORDER BY position, id");
    if (!stmt)
        return std::unexpected(stmt.error());
    QList<Goal> out;
    auto rows = stmt->forEachRow([&] {
        out.append(Goal{stmt->int64(0), stmt->int64(1), stmt->text(2), stmt->text(3), stmt->text(4),
                        stmt->text(5), int(stmt->int64(6))});
    });
    if (!rows)
        return std::unexpected(rows.error());
    return out;
}

Result<QList<Objective>> PlanStore::objectives()
{
    auto stmt = m_db.prepare("SELECT id, goal_id, code, title_tr, title_en, description, "
                             "position FROM geisep_objectives ORDER BY position, id");
    if (!stmt)
        return std::unexpected(stmt.error());
    QList<Objective> out;
    auto rows = stmt->forEachRow([&] {
        out.append(Objective{stmt->int64(0), stmt->int64(1), stmt->text(2), stmt->text(3),
                             stmt->text(4), stmt->text(5), int(stmt->int64(6))});
    });
    if (!rows)
        return std::unexpected(rows.error());
    return out;
}

Result<QList<Action>> PlanStore::actions()
{
    auto stmt = m_db.prepare("SELECT id, objective_id, code, title_tr, title_en, description, "
                             "status, method_step, position FROM geisep_actions "
                             "ORDER BY position, id");
    if (!stmt)
        return std::unexpected(stmt.error());
    QList<Action> out;
    auto rows = stmt->forEachRow([&] {
        Action a;
        a.id = stmt->int64(0);
        a.objectiveId = stmt->int64(1);
        a.code = stmt->text(2);
        a.titleTr = stmt->text(3);
        a.titleEn = stmt->text(4);
        a.description = stmt->text(5);
        a.status = stmt->text(6);
        a.methodStep = int(stmt->int64(7));
        a.position = int(stmt->int64(8));
        out.append(a);
    });
    if (!rows)
        return std::unexpected(rows.error());
    return out;
}

PlanKind PlanStore::kindFromName(const QString &name)
{
    return name == u"sector"      ? PlanKind::Sector
           : name == u"goal"      ? PlanKind::Goal
           : name == u"objective" ? PlanKind::Objective
                                  : PlanKind::Action;
}

QString PlanStore::kindName(PlanKind kind)
{
    switch (kind) {
    case PlanKind::Sector:
        return QStringLiteral("sector");
    case PlanKind::Goal:
        return QStringLiteral("goal");
    case PlanKind::Objective:
        return QStringLiteral("objective");
    case PlanKind::Action:
        return QStringLiteral("action");
    }
    return {};
}

Result<PlanItem> PlanStore::item(PlanKind kind, qint64 id)
{
    const KindSpec &k = spec(kind);
    auto stmt = m_db.prepareWith("SELECT id, %2, code, title_tr, title_en, description, position "
                                 "FROM %1 WHERE id = ?",
                                 {ident(k.table), ident(k.parent)});
    if (!stmt)
        return std::unexpected(stmt.error());
    stmt->bind(1, id);
    auto row = stmt->step();
    if (!row)
        return std::unexpected(row.error());
    if (!*row)
        return fail(tr("The plan has no %1 with id %2.").arg(kindName(kind)).arg(id));
    PlanItem item;
    item.kind = kind;
    item.id = stmt->int64(0);
    item.parentId = stmt->int64(1);
    item.code = stmt->text(2);
    item.titleTr = stmt->text(3);
    item.titleEn = stmt->text(4);
    item.description = stmt->text(5);
    item.position = int(stmt->int64(6));
    if (kind != PlanKind::Action)
        return item;
    auto action = m_db.prepare("SELECT responsible_id, start_date, end_date, budget, currency, "
                               "funding_kind, funding_source, status, method_step FROM "
                               "geisep_actions WHERE id = ?");
    if (!action)
        return std::unexpected(action.error());
    action->bind(1, id);
    auto found = action->step();
    if (!found)
        return std::unexpected(found.error());
    if (!*found)
        return fail(tr("The plan has no action with id %1.").arg(id));
    item.responsibleId = action->int64(0);
    item.start = QDate::fromString(action->text(1), Qt::ISODate);
    item.end = QDate::fromString(action->text(2), Qt::ISODate);
    if (!action->isNull(3))
        item.budget = action->real(3);
    item.currency = action->isNull(4) ? QStringLiteral("TRY") : action->text(4);
    item.fundingKind = action->text(5);
    item.fundingSource = action->text(6);
    item.status = action->text(7);
    item.methodStep = int(action->int64(8));
    auto partners = m_db.prepare("SELECT stakeholder_id FROM geisep_action_stakeholders WHERE "
                                 "action_id = ? AND role = 'partner' ORDER BY id");
    if (!partners)
        return std::unexpected(partners.error());
    partners->bind(1, id);
    if (auto rows = partners->forEachRow([&] { item.partnerIds.append(partners->int64(0)); });
        !rows)
        return std::unexpected(rows.error());
    return item;
}

namespace {

Result<void> checkItem(const PlanItem &item)
{
    if (item.kind == PlanKind::Sector)
        return fail(PlanStore::tr("Sectors are fixed; add goals under them."));
    if (item.titleTr.trimmed().isEmpty())
        return fail(PlanStore::tr("A plan item needs a Turkish title."), {},
                    PlanStore::tr("Type the title in Turkish; the English one may stay empty."));
    if (item.kind == PlanKind::Action) {
        if (item.start.isValid() && item.end.isValid() && item.end < item.start)
            return fail(PlanStore::tr("The action ends (%1) before it starts (%2).")
                            .arg(item.end.toString(Qt::ISODate), item.start.toString(Qt::ISODate)));
        if (item.budget && *item.budget < 0)
            return fail(PlanStore::tr("A budget cannot be negative."));
        if (item.methodStep < 0 || item.methodStep > 5)
            return fail(PlanStore::tr("The method step is 1 to 5."));
    }
    return {};
}

void bindActionFields(Statement &stmt, int first, const PlanItem &item)
{
    if (item.responsibleId > 0)
        stmt.bind(first, item.responsibleId);
    else
        stmt.bind(first, nullptr);
    stmt.bindNullable(first + 1,
                      item.start.isValid() ? item.start.toString(Qt::ISODate) : QString());
    stmt.bindNullable(first + 2, item.end.isValid() ? item.end.toString(Qt::ISODate) : QString());
    if (item.budget)
        stmt.bind(first + 3, *item.budget);
    else
        stmt.bind(first + 3, nullptr);
    stmt.bindNullable(first + 4, item.currency);
    stmt.bindNullable(first + 5, item.fundingKind);
    stmt.bindNullable(first + 6, item.fundingSource);
    stmt.bind(first + 7, item.status.isEmpty() ? QStringLiteral("planned") : item.status);
    if (item.methodStep > 0)
        stmt.bind(first + 8, item.methodStep);
    else
        stmt.bind(first + 8, nullptr);
}

// An action's partners, replacing those it had.
Result<void> writePartners(Database &db, qint64 actionId, const QList<qint64> &partners)
{
    auto clear = db.prepare("DELETE FROM geisep_action_stakeholders WHERE action_id = ? AND "
                            "role = 'partner'");
    if (!clear)
        return std::unexpected(clear.error());
    if (auto ok = clear->bind(1, actionId).exec(); !ok)
        return ok;
    auto insert = db.prepare("INSERT OR IGNORE INTO geisep_action_stakeholders (action_id, "
                             "stakeholder_id, role) VALUES (?, ?, 'partner')");
    if (!insert)
        return std::unexpected(insert.error());
    for (qint64 partner : partners) {
        insert->reset();
        if (auto ok = insert->bind(1, actionId).bind(2, partner).exec(); !ok)
            return ok;
    }
    return {};
}

// The columns only an action has, and its partners.
Result<void> writeActionFields(Database &db, qint64 actionId, const PlanItem &item)
{
    auto action = db.prepare("UPDATE geisep_actions SET responsible_id = ?1, start_date = ?2, "
                             "end_date = ?3, budget = ?4, currency = ?5, funding_kind = ?6, "
                             "funding_source = ?7, status = ?8, method_step = ?9 WHERE id = ?10");
    if (!action)
        return std::unexpected(action.error());
    bindActionFields(*action, 1, item);
    action->bind(10, actionId);
    if (auto ok = action->exec(); !ok)
        return ok;
    return writePartners(db, actionId, item.partnerIds);
}

} // namespace

Result<QHash<QString, SharedRow>> PlanStore::sharedRows()
{
    QHash<QString, SharedRow> out;
    auto stmt = m_db.prepare(
        "SELECT kind, local_id, uid, institution, fields FROM geisep_shared_rows WHERE NOT own");
    if (!stmt)
        return std::unexpected(stmt.error());
    auto rows = stmt->forEachRow([&] {
        out.insert(stmt->text(0) + u'/' + QString::number(stmt->int64(1)),
                   {stmt->text(2), stmt->text(3), stmt->text(4)});
    });
    if (!rows)
        return std::unexpected(rows.error());
    return out;
}

Result<qint64> PlanStore::addItem(const PlanItem &item)
{
    if (auto ok = checkItem(item); !ok)
        return std::unexpected(ok.error());
    return withTransaction(m_db, [&]() -> Result<qint64> {
        const KindSpec &k = spec(item.kind);
        auto stmt = m_db.prepareWith(
            "INSERT INTO %1 (%2, code, title_tr, title_en, description, position) VALUES (?1, ?2, "
            "?3, ?4, ?5, CASE WHEN ?6 > 0 THEN ?6 ELSE (SELECT coalesce(max(position), 0) + 1 FROM "
            "%1 WHERE %2 = ?1) END)",
            {ident(k.table), ident(k.parent)});
        if (!stmt)
            return std::unexpected(stmt.error());
        stmt->bind(1, item.parentId).bindNullable(2, item.code).bind(3, item.titleTr.trimmed());
        stmt->bindNullable(4, item.titleEn.trimmed()).bindNullable(5, item.description);
        stmt->bind(6, item.position);
        if (auto ok = stmt->exec(); !ok)
            return std::unexpected(ok.error());
        const qint64 id = m_db.lastInsertRowId();
        if (item.kind == PlanKind::Action)
            if (auto ok = writeActionFields(m_db, id, item); !ok)
                return std::unexpected(ok.error());
        return id;
    });
}

Result<void> PlanStore::updateItem(const PlanItem &item)
{
    if (auto ok = checkItem(item); !ok)
        return ok;
    return withTransaction(m_db, [&]() -> Result<void> {
        const KindSpec &k = spec(item.kind);
        auto stmt = m_db.prepareWith("UPDATE %1 SET %2 = ?, code = ?, title_tr = ?, title_en = ?, "
                                     "description = ? WHERE id = ?",
                                     {ident(k.table), ident(k.parent)});
        if (!stmt)
            return std::unexpected(stmt.error());
        stmt->bind(1, item.parentId).bindNullable(2, item.code).bind(3, item.titleTr.trimmed());
        stmt->bindNullable(4, item.titleEn.trimmed()).bindNullable(5, item.description);
        stmt->bind(6, item.id);
        if (auto ok = stmt->exec(); !ok)
            return ok;
        if (m_db.changes() != 1)
            return fail(tr("The plan has no %1 with id %2.").arg(kindName(item.kind)).arg(item.id));
        if (item.kind == PlanKind::Action)
            if (auto ok = writeActionFields(m_db, item.id, item); !ok)
                return ok;
        return {};
    });
}

Result<bool> PlanStore::moveItem(PlanKind kind, qint64 id, int delta)
{
    const KindSpec &k = spec(kind);
    return withTransaction(m_db, [&]() -> Result<bool> {
        auto siblings
            = m_db.prepareWith("SELECT id FROM %1 WHERE %2 = (SELECT %2 FROM %1 WHERE id = "
                               "?) ORDER BY position, id",
                               {ident(k.table), ident(k.parent)});
        if (!siblings)
            return std::unexpected(siblings.error());
        siblings->bind(1, id);
        QList<qint64> order;
        if (auto rows = siblings->forEachRow([&] { order.append(siblings->int64(0)); }); !rows)
            return std::unexpected(rows.error());
        const qsizetype from = order.indexOf(id);
        const qsizetype to = from + delta;
        if (from < 0 || to < 0 || to >= order.size())
            return false;
        order.swapItemsAt(from, to);
        auto set = m_db.prepareWith("UPDATE %1 SET position = ? WHERE id = ?", {ident(k.table)});
        if (!set)
            return std::unexpected(set.error());
        for (qsizetype i = 0; i < order.size(); ++i) {
            set->reset();
            if (auto ok = set->bind(1, qint64(i + 1)).bind(2, order[i]).exec(); !ok)
                return std::unexpected(ok.error());
        }
        return true;
    });
}

} // namespace geisep
