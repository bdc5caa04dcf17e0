#pragma once

#include "core/error.h"
#include "core/sqlite.h"

#include <QCoreApplication>
#include <QDate>
#include <QHash>
#include <QList>
#include <QString>
#include <QVariant>

#include <optional>
#include <vector>

namespace geisep {

struct Sector
{
    qint64 id = 0;
    QString code;
    QString nameTr;
    QString nameEn;
    int position = 0;
};

struct Goal
{
    qint64 id = 0;
    qint64 sectorId = 0;
    QString code;
    QString titleTr;
    QString titleEn;
    QString description;
    int position = 0;
};

struct Objective
{
    qint64 id = 0;
    qint64 goalId = 0;
    QString code;
    QString titleTr;
    QString titleEn;
    QString description;
    int position = 0;
};

struct Action
{
    qint64 id = 0;
    qint64 objectiveId = 0;
    QString code;
    QString titleTr;
    QString titleEn;
    QString description;
    QString status = QStringLiteral("planned"); // planned, in_progress, done, dropped
    int methodStep = 0;                         // 1-5, 0 when not set
    int position = 0;
};

enum class PlanKind { Sector, Goal, Objective, Action };

// A plan item another institution wrote, as pulled from the province's shared plan.
struct SharedRow
{
    QString uid;
    QString institution;
    QString fields; // as last pulled (JSON), the base a local edit is told apart by
};

// Any item of the plan tree below a sector, as the plan dock and its forms edit it. The action
// fields are used by actions only.
struct PlanItem
{
    PlanKind kind = PlanKind::Goal;
    qint64 id = 0;
    qint64 parentId = 0; // sector of a goal, goal of an objective, objective of an action
    QString code;
    QString titleTr;
    QString titleEn;
    QString description;
    int position = 0;

    qint64 responsibleId = 0; // a stakeholder
    QList<qint64> partnerIds; // stakeholders
    QDate start;
    QDate end;
    std::optional<double> budget;
    QString currency = QStringLiteral("TRY");
    QString fundingKind;   // own, national, international; empty when not known
    QString fundingSource; // e.g. the donor's name
    QString status = QStringLiteral("planned"); // planned, in_progress, done, dropped
    int methodStep = 0;                         // 1–5, 0 when not set

    bool operator==(const PlanItem &) const = default;
};

// What removing an item takes with it, for the question asked first.
struct PlanDependents
{
    int objectives = 0;
    int actions = 0;
    int indicators = 0;
    int links = 0;
    bool any() const { return objectives + actions + indicators + links > 0; }
};

// Rows removed from the plan tables, kept whole (same ids) so undo puts them back exactly.
struct PlanSnapshot
{
    struct Table
    {
        QString name;
        QStringList columns;
        QList<QVariantList> rows;
    };
    std::vector<Table> tables; // in the order they are restored: parents first
};

// A link of an area to a goal, objective or action, with what the inspector shows of it.
struct AreaLinkView
{
    qint64 id = 0;
    qint64 areaId = 0;
    PlanKind kind = PlanKind::Goal;
    qint64 itemId = 0;
    QString priority; // high, medium, low
    QString note;
    QString sectorCode;
    QString sectorTr;
    QString sectorEn;
    QString itemCode;
    QString itemTr;
    QString itemEn;
};

// An indicator of an objective or an action.
struct Indicator
{
    qint64 id = 0;
    PlanKind ownerKind = PlanKind::Objective; // Objective or Action
    qint64 ownerId = 0;
    QString code;
    QString nameTr;
    QString nameEn;
    QString unit;
    QString direction = QStringLiteral("up");    // up, down: which way is better
    QString type = QStringLiteral("count");      // count, percent, ratio
    QString aggregation = QStringLiteral("sum"); // across areas: sum, mean, max
    int position = 0;
    bool operator==(const Indicator &) const = default;
};

// One value of an indicator: for an area, or for the plan as a whole (areaId 0).
struct IndicatorValue
{
    qint64 areaId = 0;
    int period = 0;
    QString kind; // baseline, target, actual
    double value = 0;
    QString source;
    bool operator==(const IndicatorValue &) const = default;
};

// An institution or a person of the stakeholder register. Phone, e-mail and address (and a
// person's name) are personal data: they stay out of exports and prints unless asked for.
struct Stakeholder
{
    qint64 id = 0;
    // valilik, belediye, ministry, university, chamber, professional, union, ngo,
    // kent_konseyi, muhtar, other
    QString kind = QStringLiteral("ngo");
    bool isPerson = false;
    QString name;
    QString organisation;
    QString title;
    QString phone;
    QString email;
    QString address;
    qint64 areaId = 0; // a muhtar's mahalle
    QString note;
    bool operator==(const Stakeholder &) const = default;

    static const QStringList &kinds();
};

struct Progress;
// Progress of one area's values (areaId 0: the plan as a whole) by the Open SDG method: the
// earliest baseline, the latest target and the latest actual value.
Progress progressOf(const QList<IndicatorValue> &values, qint64 areaId);

// Reads and writes the plan tables. Each writing method is one transaction (a savepoint when
// the caller already holds one), so every call is one user action that commits whole or not at
// all. Undo lives in the app, built from these invertible calls.
class PlanStore
{
    Q_DECLARE_TR_FUNCTIONS(PlanStore)

public:
    explicit PlanStore(Database &db)
        : m_db(db)
    {}

    Result<QList<Sector>> sectors();
    Result<QList<Goal>> goals();
    Result<QList<Objective>> objectives();
    Result<QList<Action>> actions();

    // The whole plan tree, generically (core/plan/plan.cpp).
    Result<PlanItem> item(PlanKind kind, qint64 id);
    // Adding returns the new id; the item goes last among its siblings unless position > 0.
    Result<qint64> addItem(const PlanItem &item);
    Result<void> updateItem(const PlanItem &item);
    // Swaps the item with its previous (delta −1) or next (+1) sibling; false when at the end.
    Result<bool> moveItem(PlanKind kind, qint64 id, int delta);
    // What removing an item takes with it, the removal and its undo (core/planremove.cpp).
    Result<PlanDependents> dependents(PlanKind kind, qint64 id);
    // Removes the item with everything below it (objectives, actions, indicators, their values,
    // links, stakeholder roles) in one transaction; returns those rows for restore().
    Result<PlanSnapshot> removeItem(PlanKind kind, qint64 id);
    Result<void> restore(const PlanSnapshot &snapshot);

    // Links areas to an item (core/planlinks.cpp; areas already linked to it keep their link);
    // returns the new links' ids. priority: high, medium or low.
    Result<QList<qint64>> linkAreas(const QList<qint64> &areaIds, PlanKind kind, qint64 itemId,
                                    const QString &priority, const QString &note);
    // Removes links; returns them for restore().
    Result<PlanSnapshot> removeLinks(const QList<qint64> &linkIds);
    // An area's links, by sector then item.
    Result<QList<AreaLinkView>> linksOfArea(qint64 areaId);
    // The areas linked to an item or to anything below it.
    Result<QList<qint64>> areasOfItem(PlanKind kind, qint64 id);

    static QString kindName(PlanKind kind);            // goal, objective, action, sector
    static PlanKind kindFromName(const QString &name); // the inverse; anything else: an action

    // Indicators (core/plan/indicators.cpp). ownerId 0 lists every indicator.
    Result<QList<Indicator>> indicators(qint64 ownerId = 0,
                                        PlanKind ownerKind = PlanKind::Objective);
    Result<qint64> addIndicator(const Indicator &indicator);
    Result<void> updateIndicator(const Indicator &indicator);
    // Removes the indicator with its values; returns them for restore().
    Result<PlanSnapshot> removeIndicator(qint64 id);
    // The indicator's row and values as they are (empty tables when there is none), and the
    // inverse: in one transaction, whatever the indicator has now is replaced by `state`. Undo
    // of any indicator edit is replaceIndicator(id, snapshot taken before it).
    Result<PlanSnapshot> indicatorSnapshot(qint64 id);
    Result<void> replaceIndicator(qint64 id, const PlanSnapshot &state);
    // Sets one value (replacing the one of the same area, period and kind), or clears it when
    // `value` is empty. One transaction.
    Result<void> setIndicatorValue(qint64 indicatorId, const IndicatorValue &value);
    Result<void> clearIndicatorValue(qint64 indicatorId, qint64 areaId, int period,
                                     const QString &kind);
    Result<QList<IndicatorValue>> indicatorValues(qint64 indicatorId);
    // Values for the plan as a whole: those given for it, else the areas' values of each period
    // and kind combined by the indicator's aggregation (sum, mean or max).
    Result<QList<IndicatorValue>> planWideValues(qint64 indicatorId);

    // The stakeholder register (core/plan/stakeholders.cpp), ordered by kind and name.
    // The items pulled from the province's shared plan: "kind/id" (goal/12) → their uid on the
    // server and the institution that wrote them (core/server/pull.h); the project's own items
    // are not in it.
    Result<QHash<QString, SharedRow>> sharedRows();

    Result<QList<Stakeholder>> stakeholders();
    Result<qint64> addStakeholder(const Stakeholder &stakeholder);
    Result<void> updateStakeholder(const Stakeholder &stakeholder);
    // The codes (or titles) of the actions a stakeholder is responsible for or a partner of.
    Result<QStringList> actionsOfStakeholder(qint64 id);
    // Refused while actions name the stakeholder; returns what was removed.
    Result<Stakeholder> removeStakeholder(qint64 id);
    Result<std::optional<Stakeholder>> stakeholder(qint64 id);
    // Makes stakeholder `id` be `state` (none: removed), whatever it is now: undo and redo.
    Result<void> replaceStakeholder(qint64 id, const std::optional<Stakeholder> &state);
    // The muhtar(s) of an area.
    Result<QList<Stakeholder>> muhtarsOf(qint64 areaId);

private:
    // SELECT * of the rows of `table` where `column` is one of `ids`, appended to the
    // snapshot's table of that name; and the deletion of rows so captured, by id.
    Result<void> captureRows(PlanSnapshot &snapshot, const char *table, const char *column,
                             const QList<qint64> &ids);
    Result<void> deleteRows(const QString &table, const QList<QVariantList> &rows);

    Database &m_db;
};

} // namespace geisep
