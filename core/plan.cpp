#include "core/plan.h"

#include <QSet>

namespace geisep {

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

Result<qint64> PlanStore::addGoal(const Goal &goal)
{
    if (goal.titleTr.trimmed().isEmpty())
        return fail(tr("A goal needs a Turkish title."));
    return withTransaction(m_db, [&]() -> Result<qint64> {
        auto stmt = m_db.prepare(
            "INSERT INTO geisep_goals (sector_id, code, title_tr, title_en, description, position) "
            "VALUES (?1, ?2, ?3, ?4, ?5, CASE WHEN ?6 > 0 THEN ?6 ELSE (SELECT "
            "coalesce(max(position),"
            " 0) + 1 FROM geisep_goals WHERE sector_id = ?1) END)");
        if (!stmt)
            return std::unexpected(stmt.error());
        stmt->bind(1, goal.sectorId).bind(2, goal.code).bind(3, goal.titleTr);
        stmt->bindNullable(4, goal.titleEn)
            .bindNullable(5, goal.description)
            .bind(6, goal.position);
        if (auto ok = stmt->exec(); !ok)
            return std::unexpected(ok.error());
        const qint64 id = m_db.lastInsertRowId();
        return id;
    });
}

Result<qint64> PlanStore::addObjective(const Objective &objective)
{
    if (objective.titleTr.trimmed().isEmpty())
        return fail(tr("An objective needs a Turkish title."));
    return withTransaction(m_db, [&]() -> Result<qint64> {
        auto stmt = m_db.prepare(
            "INSERT INTO geisep_objectives (goal_id, code, title_tr, title_en, description, "
            "position)"
            " VALUES (?1, ?2, ?3, ?4, ?5, CASE WHEN ?6 > 0 THEN ?6 ELSE (SELECT "
            "coalesce(max(position), 0) + 1 FROM geisep_objectives WHERE goal_id = ?1) END)");
        if (!stmt)
            return std::unexpected(stmt.error());
        stmt->bind(1, objective.goalId).bind(2, objective.code).bind(3, objective.titleTr);
        stmt->bindNullable(4, objective.titleEn).bindNullable(5, objective.description);
        stmt->bind(6, objective.position);
        if (auto ok = stmt->exec(); !ok)
            return std::unexpected(ok.error());
        const qint64 id = m_db.lastInsertRowId();
        return id;
    });
}

Result<qint64> PlanStore::addAction(const Action &action)
{
    if (action.titleTr.trimmed().isEmpty())
        return fail(tr("An action needs a Turkish title."));
    return withTransaction(m_db, [&]() -> Result<qint64> {
        auto stmt = m_db.prepare(
            "INSERT INTO geisep_actions (objective_id, code, title_tr, title_en, description, "
            "status,"
            " method_step, position) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, CASE WHEN ?8 > 0 THEN ?8 "
            "ELSE (SELECT coalesce(max(position), 0) + 1 FROM geisep_actions WHERE objective_id = "
            "?1)"
            " END)");
        if (!stmt)
            return std::unexpected(stmt.error());
        stmt->bind(1, action.objectiveId).bind(2, action.code).bind(3, action.titleTr);
        stmt->bindNullable(4, action.titleEn).bindNullable(5, action.description);
        stmt->bind(6, action.status);
        if (action.methodStep > 0)
            stmt->bind(7, action.methodStep);
        else
            stmt->bind(7, nullptr);
        stmt->bind(8, action.position);
        if (auto ok = stmt->exec(); !ok)
            return std::unexpected(ok.error());
        const qint64 id = m_db.lastInsertRowId();
        return id;
    });
}

Result<void> PlanStore::updateGoal(const Goal &goal)
{
    return withTransaction(m_db, [&]() -> Result<void> {
        auto stmt = m_db.prepare("UPDATE geisep_goals SET sector_id = ?, code = ?, title_tr = ?, "
                                 "title_en = ?, description = ?, position = ? WHERE id = ?");
        if (!stmt)
            return std::unexpected(stmt.error());
        stmt->bind(1, goal.sectorId).bind(2, goal.code).bind(3, goal.titleTr);
        stmt->bindNullable(4, goal.titleEn).bindNullable(5, goal.description);
        stmt->bind(6, goal.position).bind(7, goal.id);
        return stmt->exec();
    });
}

Result<void> PlanStore::updateAction(const Action &action)
{
    return withTransaction(m_db, [&]() -> Result<void> {
        auto stmt
            = m_db.prepare("UPDATE geisep_actions SET objective_id = ?, code = ?, title_tr = ?,"
                           " title_en = ?, description = ?, status = ?, method_step = ?, "
                           "position = ? WHERE id = ?");
        if (!stmt)
            return std::unexpected(stmt.error());
        stmt->bind(1, action.objectiveId).bind(2, action.code).bind(3, action.titleTr);
        stmt->bindNullable(4, action.titleEn).bindNullable(5, action.description);
        stmt->bind(6, action.status);
        if (action.methodStep > 0)
            stmt->bind(7, action.methodStep);
        else
            stmt->bind(7, nullptr);
        stmt->bind(8, action.position).bind(9, action.id);
        return stmt->exec();
    });
}

Result<void> PlanStore::removeGoal(qint64 id)
{
    return withTransaction(m_db, [&]() -> Result<void> {
        // Children first: objectives' actions, then objectives, then the goal. Links cascade.
        auto actions = m_db.prepare("DELETE FROM geisep_actions WHERE objective_id IN "
                                    "(SELECT id FROM geisep_objectives WHERE goal_id = ?)");
        auto objectives = m_db.prepare("DELETE FROM geisep_objectives WHERE goal_id = ?");
        auto goal = m_db.prepare("DELETE FROM geisep_goals WHERE id = ?");
        for (auto *stmt : {&actions, &objectives, &goal}) {
            if (!*stmt)
                return std::unexpected(stmt->error());
            (*stmt)->bind(1, id);
            if (auto ok = (*stmt)->exec(); !ok)
                return ok;
        }
        return {};
    });
}

namespace {

struct KindSpec
{
    const char *table;
    const char *parent; // the parent's column
    const char *linkColumn;
};

const KindSpec &spec(PlanKind kind)
{
    static const KindSpec goal{"geisep_goals", "sector_id", "goal_id"};
    static const KindSpec objective{"geisep_objectives", "goal_id", "objective_id"};
    static const KindSpec action{"geisep_actions", "objective_id", "action_id"};
    switch (kind) {
    case PlanKind::Objective:
        return objective;
    case PlanKind::Action:
        return action;
    default:
        return goal;
    }
}

Identifier ident(const char *name)
{
    return *Identifier::make(QString::fromLatin1(name));
}

// The objectives and actions under an item (the item itself included when it is one).
struct Subtree
{
    QList<qint64> goals, objectives, actions;
};

} // namespace

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

Result<void> PlanStore::writePartners(qint64 actionId, const QList<qint64> &partners)
{
    auto clear = m_db.prepare("DELETE FROM geisep_action_stakeholders WHERE action_id = ? AND "
                              "role = 'partner'");
    if (!clear)
        return std::unexpected(clear.error());
    if (auto ok = clear->bind(1, actionId).exec(); !ok)
        return ok;
    auto insert = m_db.prepare("INSERT OR IGNORE INTO geisep_action_stakeholders (action_id, "
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

} // namespace

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
        if (item.kind == PlanKind::Action) {
            auto action
                = m_db.prepare("UPDATE geisep_actions SET responsible_id = ?1, start_date = "
                               "?2, end_date = ?3, budget = ?4, currency = ?5, funding_kind "
                               "= ?6, funding_source = ?7, status = ?8, method_step = ?9 "
                               "WHERE id = ?10");
            if (!action)
                return std::unexpected(action.error());
            bindActionFields(*action, 1, item);
            action->bind(10, id);
            if (auto ok = action->exec(); !ok)
                return std::unexpected(ok.error());
            if (auto ok = writePartners(id, item.partnerIds); !ok)
                return std::unexpected(ok.error());
        }
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
        if (item.kind == PlanKind::Action) {
            auto action
                = m_db.prepare("UPDATE geisep_actions SET responsible_id = ?1, start_date = "
                               "?2, end_date = ?3, budget = ?4, currency = ?5, funding_kind "
                               "= ?6, funding_source = ?7, status = ?8, method_step = ?9 "
                               "WHERE id = ?10");
            if (!action)
                return std::unexpected(action.error());
            bindActionFields(*action, 1, item);
            action->bind(10, item.id);
            if (auto ok = action->exec(); !ok)
                return ok;
            if (auto ok = writePartners(item.id, item.partnerIds); !ok)
                return ok;
        }
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

namespace {

Result<QList<qint64>> idsWhere(Database &db, const char *table, const char *column,
                               const QList<qint64> &parents)
{
    QList<qint64> out;
    auto stmt = db.prepareWith("SELECT id FROM %1 WHERE %2 = ? ORDER BY position, id",
                               {ident(table), ident(column)});
    if (!stmt)
        return std::unexpected(stmt.error());
    for (qint64 parent : parents) {
        stmt->reset();
        stmt->bind(1, parent);
        if (auto rows = stmt->forEachRow([&] { out.append(stmt->int64(0)); }); !rows)
            return std::unexpected(rows.error());
    }
    return out;
}

Result<Subtree> subtree(Database &db, PlanKind kind, qint64 id)
{
    Subtree t;
    if (kind == PlanKind::Goal)
        t.goals = {id};
    if (kind == PlanKind::Objective)
        t.objectives = {id};
    if (kind == PlanKind::Action)
        t.actions = {id};
    if (!t.goals.isEmpty()) {
        auto objectives = idsWhere(db, "geisep_objectives", "goal_id", t.goals);
        if (!objectives)
            return std::unexpected(objectives.error());
        t.objectives = *objectives;
    }
    if (!t.objectives.isEmpty()) {
        auto actions = idsWhere(db, "geisep_actions", "objective_id", t.objectives);
        if (!actions)
            return std::unexpected(actions.error());
        t.actions = *actions;
    }
    return t;
}

} // namespace

// SELECT * of the rows where `column` is one of `ids`, appended to the snapshot's table.
Result<void> PlanStore::captureRows(PlanSnapshot &snapshot, const char *table, const char *column,
                                    const QList<qint64> &ids)
{
    auto stmt = m_db.prepareWith("SELECT * FROM %1 WHERE %2 = ? ORDER BY id",
                                 {ident(table), ident(column)});
    if (!stmt)
        return std::unexpected(stmt.error());
    PlanSnapshot::Table *target = nullptr;
    for (auto &t : snapshot.tables)
        if (t.name == QLatin1String(table))
            target = &t;
    if (!target) {
        snapshot.tables.push_back({QString::fromLatin1(table), {}, {}});
        target = &snapshot.tables.back();
        for (int c = 0; c < stmt->columnCount(); ++c)
            target->columns << stmt->columnName(c);
    }
    for (qint64 id : ids) {
        stmt->reset();
        stmt->bind(1, id);
        auto rows = stmt->forEachRow([&] {
            QVariantList row;
            for (int c = 0; c < stmt->columnCount(); ++c)
                row << stmt->value(c);
            target->rows.append(row);
        });
        if (!rows)
            return std::unexpected(rows.error());
    }
    return {};
}

Result<void> PlanStore::deleteRows(const QString &table, const QList<QVariantList> &rows)
{
    auto stmt = m_db.prepareWith("DELETE FROM %1 WHERE id = ?", {*Identifier::make(table)});
    if (!stmt)
        return std::unexpected(stmt.error());
    for (const QVariantList &row : rows) {
        stmt->reset();
        if (auto ok = stmt->bind(1, row.front()).exec(); !ok)
            return ok;
    }
    return {};
}

Result<PlanDependents> PlanStore::dependents(PlanKind kind, qint64 id)
{
    auto t = subtree(m_db, kind, id);
    if (!t)
        return std::unexpected(t.error());
    PlanDependents d;
    d.objectives = kind == PlanKind::Goal ? int(t->objectives.size()) : 0;
    d.actions = kind == PlanKind::Action ? 0 : int(t->actions.size());
    PlanSnapshot probe;
    if (auto ok = captureRows(probe, "geisep_indicators", "objective_id", t->objectives); !ok)
        return std::unexpected(ok.error());
    if (auto ok = captureRows(probe, "geisep_indicators", "action_id", t->actions); !ok)
        return std::unexpected(ok.error());
    if (auto ok = captureRows(probe, "geisep_area_links", "goal_id", t->goals); !ok)
        return std::unexpected(ok.error());
    if (auto ok = captureRows(probe, "geisep_area_links", "objective_id", t->objectives); !ok)
        return std::unexpected(ok.error());
    if (auto ok = captureRows(probe, "geisep_area_links", "action_id", t->actions); !ok)
        return std::unexpected(ok.error());
    for (const auto &table : probe.tables) {
        if (table.name == u"geisep_indicators")
            d.indicators = int(table.rows.size());
        else
            d.links = int(table.rows.size());
    }
    return d;
}

Result<PlanSnapshot> PlanStore::removeItem(PlanKind kind, qint64 id)
{
    if (kind == PlanKind::Sector)
        return fail(tr("Sectors are fixed; add goals under them."));
    return withTransaction(m_db, [&]() -> Result<PlanSnapshot> {
        auto t = subtree(m_db, kind, id);
        if (!t)
            return std::unexpected(t.error());
        PlanSnapshot s;
        // Parents first, as restore() inserts them.
        const auto captures = {std::tuple{"geisep_goals", "id", t->goals},
                               std::tuple{"geisep_objectives", "id", t->objectives},
                               std::tuple{"geisep_actions", "id", t->actions},
                               std::tuple{"geisep_action_stakeholders", "action_id", t->actions},
                               std::tuple{"geisep_indicators", "objective_id", t->objectives},
                               std::tuple{"geisep_indicators", "action_id", t->actions},
                               std::tuple{"geisep_area_links", "goal_id", t->goals},
                               std::tuple{"geisep_area_links", "objective_id", t->objectives},
                               std::tuple{"geisep_area_links", "action_id", t->actions}};
        for (const auto &[table, column, ids] : captures)
            if (auto ok = captureRows(s, table, column, ids); !ok)
                return std::unexpected(ok.error());
        // Indicator values of the captured indicators.
        QList<qint64> indicators;
        for (const auto &table : s.tables)
            if (table.name == u"geisep_indicators")
                for (const QVariantList &row : table.rows)
                    indicators << row.front().toLongLong();
        if (auto ok = captureRows(s, "geisep_indicator_values", "indicator_id", indicators); !ok)
            return std::unexpected(ok.error());
        // Children first when deleting.
        for (auto it = s.tables.rbegin(); it != s.tables.rend(); ++it)
            if (auto ok = deleteRows(it->name, it->rows); !ok)
                return std::unexpected(ok.error());
        if (s.tables.front().rows.isEmpty() && s.tables[1].rows.isEmpty()
            && s.tables[2].rows.isEmpty())
            return fail(tr("The plan has no %1 with id %2.").arg(kindName(kind)).arg(id));
        return s;
    });
}

Result<void> PlanStore::restore(const PlanSnapshot &snapshot)
{
    return withTransaction(m_db, [&]() -> Result<void> {
        for (const auto &table : snapshot.tables) {
            if (table.rows.isEmpty())
                continue;
            QList<Identifier> columns;
            for (const QString &c : table.columns)
                columns << *Identifier::make(c);
            auto stmt = m_db.prepareInsert(*Identifier::make(table.name), columns);
            if (!stmt)
                return std::unexpected(stmt.error());
            for (const QVariantList &row : table.rows) {
                stmt->reset();
                for (int c = 0; c < row.size(); ++c)
                    stmt->bind(c + 1, row[c]);
                if (auto ok = stmt->exec(); !ok)
                    return ok;
            }
        }
        return {};
    });
}

Result<QList<qint64>> PlanStore::linkAreas(const QList<qint64> &areaIds, PlanKind kind,
                                           qint64 itemId, const QString &priority,
                                           const QString &note)
{
    if (kind == PlanKind::Sector)
        return fail(tr("Link areas to a goal, an objective or an action, not to a sector."));
    if (priority != u"high" && priority != u"medium" && priority != u"low")
        return fail(tr("The priority \"%1\" is not one of high, medium, low.").arg(priority));
    return withTransaction(m_db, [&]() -> Result<QList<qint64>> {
        const KindSpec &k = spec(kind);
        auto exists = m_db.prepareWith(
            "SELECT 1 FROM geisep_area_links WHERE area_id = ? AND %1 = ?", {ident(k.linkColumn)});
        auto insert
            = m_db.prepareWith("INSERT INTO geisep_area_links (area_id, %1, priority, note) "
                               "VALUES (?, ?, ?, ?)",
                               {ident(k.linkColumn)});
        if (!exists || !insert)
            return std::unexpected(!exists ? exists.error() : insert.error());
        QList<qint64> ids;
        for (qint64 area : areaIds) {
            exists->reset();
            exists->bind(1, area).bind(2, itemId);
            auto found = exists->step();
            if (!found)
                return std::unexpected(found.error());
            if (*found)
                continue;
            insert->reset();
            insert->bind(1, area).bind(2, itemId).bind(3, priority).bindNullable(4, note);
            if (auto ok = insert->exec(); !ok)
                return std::unexpected(ok.error());
            ids << m_db.lastInsertRowId();
        }
        return ids;
    });
}

Result<PlanSnapshot> PlanStore::removeLinks(const QList<qint64> &linkIds)
{
    return withTransaction(m_db, [&]() -> Result<PlanSnapshot> {
        PlanSnapshot s;
        if (auto ok = captureRows(s, "geisep_area_links", "id", linkIds); !ok)
            return std::unexpected(ok.error());
        if (auto ok = deleteRows(s.tables.front().name, s.tables.front().rows); !ok)
            return std::unexpected(ok.error());
        return s;
    });
}

Result<QList<AreaLinkView>> PlanStore::linksOfArea(qint64 areaId)
{
    auto stmt = m_db.prepare(
        "SELECT l.id, l.area_id, l.goal_id, l.objective_id, l.action_id, l.priority, l.note, "
        "s.code, s.name_tr, s.name_en, coalesce(a.code, o.code, g.code), "
        "coalesce(a.title_tr, o.title_tr, g.title_tr), coalesce(a.title_en, o.title_en, "
        "g.title_en) FROM geisep_area_links l "
        "LEFT JOIN geisep_actions a ON a.id = l.action_id "
        "LEFT JOIN geisep_objectives o ON o.id = coalesce(l.objective_id, a.objective_id) "
        "LEFT JOIN geisep_goals g ON g.id = coalesce(l.goal_id, o.goal_id) "
        "LEFT JOIN geisep_sectors s ON s.id = g.sector_id WHERE l.area_id = ? "
        "ORDER BY s.position, g.position, g.id, o.position, o.id, a.position, a.id");
    if (!stmt)
        return std::unexpected(stmt.error());
    stmt->bind(1, areaId);
    QList<AreaLinkView> out;
    auto rows = stmt->forEachRow([&] {
        AreaLinkView v;
        v.id = stmt->int64(0);
        v.areaId = stmt->int64(1);
        if (!stmt->isNull(4))
            v.kind = PlanKind::Action, v.itemId = stmt->int64(4);
        else if (!stmt->isNull(3))
            v.kind = PlanKind::Objective, v.itemId = stmt->int64(3);
        else
            v.kind = PlanKind::Goal, v.itemId = stmt->int64(2);
        v.priority = stmt->text(5);
        v.note = stmt->text(6);
        v.sectorCode = stmt->text(7);
        v.sectorTr = stmt->text(8);
        v.sectorEn = stmt->text(9);
        v.itemCode = stmt->text(10);
        v.itemTr = stmt->text(11);
        v.itemEn = stmt->text(12);
        out.append(v);
    });
    if (!rows)
        return std::unexpected(rows.error());
    return out;
}

Result<QList<qint64>> PlanStore::areasOfItem(PlanKind kind, qint64 id)
{
    QList<qint64> goals, objectives, actions;
    if (kind == PlanKind::Sector) {
        auto g = idsWhere(m_db, "geisep_goals", "sector_id", {id});
        if (!g)
            return std::unexpected(g.error());
        goals = *g;
    }
    Subtree t;
    if (kind == PlanKind::Sector) {
        for (qint64 goal : goals) {
            auto sub = subtree(m_db, PlanKind::Goal, goal);
            if (!sub)
                return std::unexpected(sub.error());
            t.goals += sub->goals, t.objectives += sub->objectives, t.actions += sub->actions;
        }
    } else {
        auto sub = subtree(m_db, kind, id);
        if (!sub)
            return std::unexpected(sub.error());
        t = *sub;
    }
    PlanSnapshot links;
    for (const auto &[column, ids] :
         {std::pair{"goal_id", t.goals}, std::pair{"objective_id", t.objectives},
          std::pair{"action_id", t.actions}})
        if (auto ok = captureRows(links, "geisep_area_links", column, ids); !ok)
            return std::unexpected(ok.error());
    QList<qint64> areas;
    QSet<qint64> seen;
    const int areaColumn = int(links.tables.front().columns.indexOf(QStringLiteral("area_id")));
    for (const QVariantList &row : links.tables.front().rows) {
        const qint64 area = row[areaColumn].toLongLong();
        if (!seen.contains(area)) {
            seen.insert(area);
            areas << area;
        }
    }
    return areas;
}

} // namespace geisep
