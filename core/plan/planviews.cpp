#include "core/plan/planviews.h"

#include "core/text/turkish.h"

namespace geisep {

QString areaLabel(const QString &name, const QString &district)
{
    return district.isEmpty() ? name : QStringLiteral("%1 (%2)").arg(name, district);
}

QHash<qint64, QString> areaLabels(Database &db, const QList<qint64> &ids)
{
    QHash<qint64, QString> out;
    auto stmt = db.prepare("SELECT name, district FROM geisep_areas WHERE id = ?");
    if (!stmt)
        return out;
    for (const qint64 id : ids) {
        stmt->reset();
        stmt->bind(1, id);
        // Labels for display only: an area that cannot be read shows without its name, as one
        // that is gone does; the caller has the ids.
        if (stmt->step().value_or(false))
            out.insert(id, areaLabel(stmt->text(0), stmt->text(1)));
    }
    return out;
}

Result<QHash<qint64, int>> goalsPerArea(Database &db, const QString &sectorCode)
{
    // Every (area, goal) pair once, whichever level the link is at.
    auto stmt = db.prepare(
        "WITH reach(area_id, goal_id) AS ("
        " SELECT l.area_id, l.goal_id FROM geisep_area_links l WHERE l.goal_id IS NOT NULL"
        " UNION SELECT l.area_id, o.goal_id FROM geisep_area_links l"
        "  JOIN geisep_objectives o ON o.id = l.objective_id"
        " UNION SELECT l.area_id, o.goal_id FROM geisep_area_links l"
        "  JOIN geisep_actions a ON a.id = l.action_id"
        "  JOIN geisep_objectives o ON o.id = a.objective_id)"
        " SELECT r.area_id, count(DISTINCT r.goal_id) FROM reach r"
        " JOIN geisep_goals g ON g.id = r.goal_id JOIN geisep_sectors s ON s.id = g.sector_id"
        " WHERE ?1 = '' OR s.code = ?1 GROUP BY r.area_id");
    if (!stmt)
        return std::unexpected(stmt.error());
    stmt->bind(1, sectorCode);
    QHash<qint64, int> out;
    auto rows = stmt->forEachRow([&] { out.insert(stmt->int64(0), int(stmt->int64(1))); });
    if (!rows)
        return std::unexpected(rows.error());
    return out;
}

Result<QSet<qint64>> areasWithAction(Database &db)
{
    auto stmt = db.prepare("SELECT DISTINCT l.area_id FROM geisep_area_links l JOIN "
                           "geisep_actions a ON a.id = l.action_id WHERE a.status <> 'dropped'");
    if (!stmt)
        return std::unexpected(stmt.error());
    QSet<qint64> out;
    auto rows = stmt->forEachRow([&] { out.insert(stmt->int64(0)); });
    if (!rows)
        return std::unexpected(rows.error());
    return out;
}

Result<QList<ActionRow>> actionRows(Database &db)
{
    auto stmt = db.prepare(
        "SELECT a.id, a.code, a.title_tr, a.title_en, s.id, s.code, s.name_tr, s.name_en, "
        "a.responsible_id, st.name, a.status, a.start_date, a.end_date, a.budget, a.currency "
        "FROM geisep_actions a JOIN geisep_objectives o ON o.id = a.objective_id "
        "JOIN geisep_goals g ON g.id = o.goal_id JOIN geisep_sectors s ON s.id = g.sector_id "
        "LEFT JOIN geisep_stakeholders st ON st.id = a.responsible_id "
        "ORDER BY s.position, g.position, o.position, a.position, a.id");
    if (!stmt)
        return std::unexpected(stmt.error());
    QList<ActionRow> out;
    QHash<qint64, qsizetype> rowOf;
    auto rows = stmt->forEachRow([&] {
        ActionRow r;
        r.id = stmt->int64(0);
        r.code = stmt->text(1);
        r.titleTr = stmt->text(2);
        r.titleEn = stmt->text(3);
        r.sectorId = stmt->int64(4);
        r.sectorCode = stmt->text(5);
        r.sectorTr = stmt->text(6);
        r.sectorEn = stmt->text(7);
        r.responsibleId = stmt->isNull(8) ? 0 : stmt->int64(8);
        r.responsible = stmt->text(9);
        r.status = stmt->text(10);
        r.start = QDate::fromString(stmt->text(11), Qt::ISODate);
        r.end = QDate::fromString(stmt->text(12), Qt::ISODate);
        if (!stmt->isNull(13))
            r.budget = stmt->real(13);
        r.currency = stmt->text(14);
        rowOf.insert(r.id, out.size());
        out << r;
    });
    if (!rows)
        return std::unexpected(rows.error());

    auto partners = db.prepare("SELECT action_id, stakeholder_id FROM "
                               "geisep_action_stakeholders WHERE role = 'partner' ORDER BY id");
    if (!partners)
        return std::unexpected(partners.error());
    rows = partners->forEachRow([&] {
        if (auto it = rowOf.constFind(partners->int64(0)); it != rowOf.cend())
            out[*it].partnerIds << partners->int64(1);
    });
    if (!rows)
        return std::unexpected(rows.error());

    auto areas = db.prepare("SELECT l.action_id, ar.id, ar.name, ar.district FROM "
                            "geisep_area_links l JOIN geisep_areas ar ON ar.id = l.area_id "
                            "WHERE l.action_id IS NOT NULL ORDER BY ar.district, ar.name, ar.id");
    if (!areas)
        return std::unexpected(areas.error());
    rows = areas->forEachRow([&] {
        if (auto it = rowOf.constFind(areas->int64(0)); it != rowOf.cend()) {
            ActionRow &r = out[*it];
            r.areaIds << areas->int64(1);
            r.areaNames << areaLabel(areas->text(2), areas->text(3));
        }
    });
    if (!rows)
        return std::unexpected(rows.error());
    return out;
}

bool ActionFilter::accepts(const ActionRow &row) const
{
    if (sectorId != 0 && row.sectorId != sectorId)
        return false;
    if (stakeholderId != 0 && row.responsibleId != stakeholderId
        && !row.partnerIds.contains(stakeholderId))
        return false;
    if (!status.isEmpty() && row.status != status)
        return false;
    if (year != 0) {
        // An action without dates is not known to run in any year.
        if (!row.start.isValid() && !row.end.isValid())
            return false;
        if (row.start.isValid() && row.start.year() > year)
            return false;
        if (row.end.isValid() && row.end.year() < year)
            return false;
    }
    if (!area.trimmed().isEmpty()) {
        const QString wanted = foldTurkish(area.trimmed());
        bool found = false;
        for (const QString &name : row.areaNames)
            if (foldTurkish(name).contains(wanted)) {
                found = true;
                break;
            }
        if (!found)
            return false;
    }
    return true;
}

} // namespace geisep
