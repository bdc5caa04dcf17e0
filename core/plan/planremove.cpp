// PlanStore's removal of items with everything below them, kept whole for restore() (declared in
// core/plan/plan.h).
#include "core/plan/plan.h"
#include "core/plan/plankinds.h"

namespace geisep {

using plankinds::ident;
using plankinds::subtree;

namespace plankinds {

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

} // namespace plankinds

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

} // namespace geisep
