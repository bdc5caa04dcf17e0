// PlanStore's indicators and their values (declared in core/plan/plan.h).
#include "core/plan/plan.h"
#include "core/plan/progress.h"

#include <QMap>

#include <algorithm>

namespace geisep {

namespace {

Result<void> checkIndicator(const Indicator &i)
{
    if (i.ownerKind != PlanKind::Objective && i.ownerKind != PlanKind::Action)
        return fail(PlanStore::tr("An indicator belongs to an objective or an action."));
    if (i.nameTr.trimmed().isEmpty())
        return fail(PlanStore::tr("An indicator needs a Turkish name."));
    if (i.direction != u"up" && i.direction != u"down")
        return fail(PlanStore::tr("An indicator's direction is up or down."));
    return {};
}

void bindIndicator(Statement &stmt, const Indicator &i)
{
    if (i.ownerKind == PlanKind::Objective)
        stmt.bind(1, i.ownerId).bind(2, nullptr);
    else
        stmt.bind(1, nullptr).bind(2, i.ownerId);
    stmt.bindNullable(3, i.code).bind(4, i.nameTr.trimmed()).bindNullable(5, i.nameEn.trimmed());
    stmt.bindNullable(6, i.unit).bind(7, i.direction).bind(8, i.type).bind(9, i.aggregation);
}

} // namespace

Result<QList<Indicator>> PlanStore::indicators(qint64 ownerId, PlanKind ownerKind)
{
    auto stmt = m_db.prepare("SELECT id, objective_id, action_id, code, name_tr, name_en, unit, "
                             "direction, kind, aggregation, position FROM geisep_indicators "
                             "ORDER BY position, id");
    if (!stmt)
        return std::unexpected(stmt.error());
    QList<Indicator> out;
    auto rows = stmt->forEachRow([&] {
        Indicator i;
        i.id = stmt->int64(0);
        i.ownerKind = stmt->isNull(1) ? PlanKind::Action : PlanKind::Objective;
        i.ownerId = stmt->isNull(1) ? stmt->int64(2) : stmt->int64(1);
        i.code = stmt->text(3);
        i.nameTr = stmt->text(4);
        i.nameEn = stmt->text(5);
        i.unit = stmt->text(6);
        i.direction = stmt->text(7);
        i.type = stmt->text(8);
        i.aggregation = stmt->text(9);
        i.position = int(stmt->int64(10));
        if (ownerId == 0 || (i.ownerId == ownerId && i.ownerKind == ownerKind))
            out.append(i);
    });
    if (!rows)
        return std::unexpected(rows.error());
    return out;
}

Result<qint64> PlanStore::addIndicator(const Indicator &indicator)
{
    if (auto ok = checkIndicator(indicator); !ok)
        return std::unexpected(ok.error());
    return withTransaction(m_db, [&]() -> Result<qint64> {
        auto stmt = m_db.prepare(
            "INSERT INTO geisep_indicators (objective_id, action_id, code, name_tr, name_en, unit, "
            "direction, kind, aggregation, position) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, "
            "(SELECT coalesce(max(position), 0) + 1 FROM geisep_indicators WHERE objective_id IS "
            "?1 AND action_id IS ?2))");
        if (!stmt)
            return std::unexpected(stmt.error());
        bindIndicator(*stmt, indicator);
        if (auto ok = stmt->exec(); !ok)
            return std::unexpected(ok.error());
        const qint64 id = m_db.lastInsertRowId();
        return id;
    });
}

Result<void> PlanStore::updateIndicator(const Indicator &indicator)
{
    if (auto ok = checkIndicator(indicator); !ok)
        return ok;
    return withTransaction(m_db, [&]() -> Result<void> {
        auto stmt
            = m_db.prepare("UPDATE geisep_indicators SET objective_id = ?1, action_id = ?2, "
                           "code = ?3, name_tr = ?4, name_en = ?5, unit = ?6, direction = ?7, "
                           "kind = ?8, aggregation = ?9 WHERE id = ?10");
        if (!stmt)
            return std::unexpected(stmt.error());
        bindIndicator(*stmt, indicator);
        stmt->bind(10, indicator.id);
        if (auto ok = stmt->exec(); !ok)
            return ok;
        if (m_db.changes() != 1)
            return fail(tr("The plan has no indicator with id %1.").arg(indicator.id));
        return {};
    });
}

Result<PlanSnapshot> PlanStore::indicatorSnapshot(qint64 id)
{
    PlanSnapshot s;
    if (auto ok = captureRows(s, "geisep_indicators", "id", {id}); !ok)
        return std::unexpected(ok.error());
    if (auto ok = captureRows(s, "geisep_indicator_values", "indicator_id", {id}); !ok)
        return std::unexpected(ok.error());
    return s;
}

Result<PlanSnapshot> PlanStore::removeIndicator(qint64 id)
{
    auto s = indicatorSnapshot(id);
    if (!s)
        return s;
    if (s->tables.front().rows.isEmpty())
        return fail(tr("The plan has no indicator with id %1.").arg(id));
    if (auto ok = replaceIndicator(id, PlanSnapshot{}); !ok)
        return std::unexpected(ok.error());
    return s;
}

Result<void> PlanStore::replaceIndicator(qint64 id, const PlanSnapshot &state)
{
    return withTransaction(m_db, [&]() -> Result<void> {
        auto now = indicatorSnapshot(id);
        if (!now)
            return std::unexpected(now.error());
        // Values first: they refer to the indicator.
        for (auto it = now->tables.rbegin(); it != now->tables.rend(); ++it)
            if (auto ok = deleteRows(it->name, it->rows); !ok)
                return ok;
        return restore(state);
    });
}

Result<void> PlanStore::clearIndicatorValue(qint64 indicatorId, qint64 areaId, int period,
                                            const QString &kind)
{
    auto stmt = m_db.prepare("DELETE FROM geisep_indicator_values WHERE indicator_id = ? AND "
                             "area_id IS ? AND period = ? AND kind = ?");
    if (!stmt)
        return std::unexpected(stmt.error());
    stmt->bind(1, indicatorId);
    if (areaId > 0)
        stmt->bind(2, areaId);
    else
        stmt->bind(2, nullptr);
    stmt->bind(3, period).bind(4, kind);
    return stmt->exec();
}

Result<void> PlanStore::setIndicatorValue(qint64 indicatorId, const IndicatorValue &value)
{
    if (value.kind != u"baseline" && value.kind != u"target" && value.kind != u"actual")
        return fail(tr("A value is a baseline, a target or an actual value."));
    if (value.period < 1900 || value.period > 2200)
        return fail(tr("The year %1 is not a plausible period.").arg(value.period));
    return withTransaction(m_db, [&]() -> Result<void> {
        // NULL areas are never equal under UNIQUE, so the plan-wide value is replaced by hand.
        if (auto ok = clearIndicatorValue(indicatorId, value.areaId, value.period, value.kind); !ok)
            return ok;
        auto stmt = m_db.prepare("INSERT INTO geisep_indicator_values (indicator_id, area_id, "
                                 "period, kind, value, source) VALUES (?, ?, ?, ?, ?, ?)");
        if (!stmt)
            return std::unexpected(stmt.error());
        stmt->bind(1, indicatorId);
        if (value.areaId > 0)
            stmt->bind(2, value.areaId);
        else
            stmt->bind(2, nullptr);
        stmt->bind(3, value.period).bind(4, value.kind).bind(5, value.value);
        stmt->bindNullable(6, value.source);
        return stmt->exec();
    });
}

Result<QList<IndicatorValue>> PlanStore::indicatorValues(qint64 indicatorId)
{
    auto stmt = m_db.prepare("SELECT area_id, period, kind, value, source FROM "
                             "geisep_indicator_values WHERE indicator_id = ? ORDER BY "
                             "coalesce(area_id, 0), period, kind");
    if (!stmt)
        return std::unexpected(stmt.error());
    stmt->bind(1, indicatorId);
    QList<IndicatorValue> out;
    auto rows = stmt->forEachRow([&] {
        out.append({stmt->isNull(0) ? 0 : stmt->int64(0), int(stmt->int64(1)), stmt->text(2),
                    stmt->real(3), stmt->text(4)});
    });
    if (!rows)
        return std::unexpected(rows.error());
    return out;
}

Result<QList<IndicatorValue>> PlanStore::planWideValues(qint64 indicatorId)
{
    auto all = indicatorValues(indicatorId);
    if (!all)
        return std::unexpected(all.error());
    QString aggregation = QStringLiteral("sum");
    if (auto stmt = m_db.prepare("SELECT aggregation FROM geisep_indicators WHERE id = ?")) {
        stmt->bind(1, indicatorId);
        auto row = stmt->step();
        if (!row)
            return std::unexpected(row.error());
        if (*row)
            aggregation = stmt->text(0);
    }
    QMap<std::pair<int, QString>, IndicatorValue> given;
    QMap<std::pair<int, QString>, QList<double>> fromAreas;
    for (const IndicatorValue &v : *all) {
        if (v.areaId == 0)
            given.insert({v.period, v.kind}, v);
        else
            fromAreas[{v.period, v.kind}] << v.value;
    }
    QList<IndicatorValue> out;
    for (auto it = fromAreas.begin(); it != fromAreas.end(); ++it) {
        if (given.contains(it.key()))
            continue;
        const QList<double> &values = it.value();
        double combined = 0;
        if (aggregation == u"max")
            combined = *std::max_element(values.begin(), values.end());
        else {
            for (double v : values)
                combined += v;
            if (aggregation == u"mean")
                combined /= double(values.size());
        }
        out.append({0, it.key().first, it.key().second, combined, {}});
    }
    for (const IndicatorValue &v : given)
        out.append(v);
    std::sort(out.begin(), out.end(), [](const IndicatorValue &a, const IndicatorValue &b) {
        return std::tie(a.period, a.kind) < std::tie(b.period, b.kind);
    });
    return out;
}

Progress progressOf(const QList<IndicatorValue> &values, qint64 areaId)
{
    const IndicatorValue *baseline = nullptr, *target = nullptr, *actual = nullptr;
    for (const IndicatorValue &v : values) {
        if (v.areaId != areaId)
            continue;
        if (v.kind == u"baseline" && (!baseline || v.period < baseline->period))
            baseline = &v;
        else if (v.kind == u"target" && (!target || v.period > target->period))
            target = &v;
        else if (v.kind == u"actual" && (!actual || v.period > actual->period))
            actual = &v;
    }
    if (!baseline || !target || !actual) {
        Progress p;
        p.reason = PlanStore::tr("A baseline, a target and an actual value are needed.");
        return p;
    }
    return assessProgress({baseline->value, baseline->period, target->value, target->period,
                           actual->value, actual->period});
}

} // namespace geisep
