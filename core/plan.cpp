#include "core/plan.h"

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
        out.append(Goal{stmt->int64(0), stmt->int64(1), stmt->text(2), stmt->text(3),
                        stmt->text(4), stmt->text(5), int(stmt->int64(6))});
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
    Transaction tx(m_db);
    if (!tx.begun())
        return std::unexpected(tx.begun().error());
    auto stmt = m_db.prepare(
        "INSERT INTO geisep_goals (sector_id, code, title_tr, title_en, description, position) "
        "VALUES (?1, ?2, ?3, ?4, ?5, CASE WHEN ?6 > 0 THEN ?6 ELSE (SELECT coalesce(max(position),"
        " 0) + 1 FROM geisep_goals WHERE sector_id = ?1) END)");
    if (!stmt)
        return std::unexpected(stmt.error());
    stmt->bind(1, goal.sectorId).bind(2, goal.code).bind(3, goal.titleTr);
    stmt->bindNullable(4, goal.titleEn).bindNullable(5, goal.description).bind(6, goal.position);
    if (auto ok = stmt->exec(); !ok)
        return std::unexpected(ok.error());
    const qint64 id = m_db.lastInsertRowId();
    if (auto ok = tx.commit(); !ok)
        return std::unexpected(ok.error());
    return id;
}

Result<qint64> PlanStore::addObjective(const Objective &objective)
{
    if (objective.titleTr.trimmed().isEmpty())
        return fail(tr("An objective needs a Turkish title."));
    Transaction tx(m_db);
    if (!tx.begun())
        return std::unexpected(tx.begun().error());
    auto stmt = m_db.prepare(
        "INSERT INTO geisep_objectives (goal_id, code, title_tr, title_en, description, position)"
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
    if (auto ok = tx.commit(); !ok)
        return std::unexpected(ok.error());
    return id;
}

Result<qint64> PlanStore::addAction(const Action &action)
{
    if (action.titleTr.trimmed().isEmpty())
        return fail(tr("An action needs a Turkish title."));
    Transaction tx(m_db);
    if (!tx.begun())
        return std::unexpected(tx.begun().error());
    auto stmt = m_db.prepare(
        "INSERT INTO geisep_actions (objective_id, code, title_tr, title_en, description, status,"
        " method_step, position) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, CASE WHEN ?8 > 0 THEN ?8 "
        "ELSE (SELECT coalesce(max(position), 0) + 1 FROM geisep_actions WHERE objective_id = ?1)"
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
    if (auto ok = tx.commit(); !ok)
        return std::unexpected(ok.error());
    return id;
}

Result<void> PlanStore::updateGoal(const Goal &goal)
{
    Transaction tx(m_db);
    if (!tx.begun())
        return tx.begun();
    auto stmt = m_db.prepare("UPDATE geisep_goals SET sector_id = ?, code = ?, title_tr = ?, "
                             "title_en = ?, description = ?, position = ? WHERE id = ?");
    if (!stmt)
        return std::unexpected(stmt.error());
    stmt->bind(1, goal.sectorId).bind(2, goal.code).bind(3, goal.titleTr);
    stmt->bindNullable(4, goal.titleEn).bindNullable(5, goal.description);
    stmt->bind(6, goal.position).bind(7, goal.id);
    if (auto ok = stmt->exec(); !ok)
        return ok;
    return tx.commit();
}

Result<void> PlanStore::updateAction(const Action &action)
{
    Transaction tx(m_db);
    if (!tx.begun())
        return tx.begun();
    auto stmt = m_db.prepare("UPDATE geisep_actions SET objective_id = ?, code = ?, title_tr = ?,"
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
    if (auto ok = stmt->exec(); !ok)
        return ok;
    return tx.commit();
}

Result<void> PlanStore::removeGoal(qint64 id)
{
    Transaction tx(m_db);
    if (!tx.begun())
        return tx.begun();
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
    return tx.commit();
}

} // namespace geisep
