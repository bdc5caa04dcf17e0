// The table and columns of each kind of plan item, shared by PlanStore's .cpp files only.
#pragma once

#include "core/plan/plan.h"

namespace geisep::plankinds {

struct KindSpec
{
    const char *table;
    const char *parent; // the parent's column
    const char *linkColumn;
};

inline const KindSpec &spec(PlanKind kind)
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

inline Identifier ident(const char *name)
{
    return *Identifier::make(QString::fromLatin1(name));
}

// The objectives and actions under an item (the item itself included when it is one).
struct Subtree
{
    QList<qint64> goals, objectives, actions;
};

// The ids of the rows of `table` whose `column` is one of `parents`, in plan order.
Result<QList<qint64>> idsWhere(Database &db, const char *table, const char *column,
                               const QList<qint64> &parents);
Result<Subtree> subtree(Database &db, PlanKind kind, qint64 id);

} // namespace geisep::plankinds
