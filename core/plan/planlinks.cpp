// PlanStore's links of areas to goals, objectives and actions (declared in core/plan/plan.h).
#include "core/plan/plan.h"
#include "core/plan/plankinds.h"

#include <QSet>

namespace geisep {

using plankinds::ident;
using plankinds::idsWhere;
using plankinds::KindSpec;
using plankinds::spec;
using plankinds::Subtree;
using plankinds::subtree;

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
