#pragma once

#include "core/error.h"
#include "core/sqlite.h"

#include <QCoreApplication>
#include <QDate>
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

    qint64 responsibleId = 0;   // a stakeholder
    QList<qint64> partnerIds;   // stakeholders
    QDate start;
    QDate end;
    std::optional<double> budget;
    QString currency = QStringLiteral("TRY");
    QString fundingKind;        // own, national, international; empty when not known
    QString fundingSource;      // e.g. the donor's name
    QString status = QStringLiteral("planned"); // planned, in_progress, done, dropped
    int methodStep = 0;         // 1–5, 0 when not set

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

    // Adding returns the new id; the item goes last among its siblings unless position > 0.
    Result<qint64> addGoal(const Goal &goal);
    Result<qint64> addObjective(const Objective &objective);
    Result<qint64> addAction(const Action &action);
    Result<void> updateGoal(const Goal &goal);
    Result<void> updateAction(const Action &action);
    Result<void> removeGoal(qint64 id);

    // The whole plan tree, generically.
    Result<PlanItem> item(PlanKind kind, qint64 id);
    Result<qint64> addItem(const PlanItem &item);
    Result<void> updateItem(const PlanItem &item);
    // Swaps the item with its previous (delta −1) or next (+1) sibling; false when at the end.
    Result<bool> moveItem(PlanKind kind, qint64 id, int delta);
    Result<PlanDependents> dependents(PlanKind kind, qint64 id);
    // Removes the item with everything below it (objectives, actions, indicators, their values,
    // links, stakeholder roles) in one transaction; returns those rows for restore().
    Result<PlanSnapshot> removeItem(PlanKind kind, qint64 id);
    Result<void> restore(const PlanSnapshot &snapshot);

    // Links areas to an item (areas already linked to it keep their link); returns the new
    // links' ids. priority: high, medium or low.
    Result<QList<qint64>> linkAreas(const QList<qint64> &areaIds, PlanKind kind, qint64 itemId,
                                    const QString &priority, const QString &note);
    // Removes links; returns them for restore().
    Result<PlanSnapshot> removeLinks(const QList<qint64> &linkIds);
    // An area's links, by sector then item.
    Result<QList<AreaLinkView>> linksOfArea(qint64 areaId);
    // The areas linked to an item or to anything below it.
    Result<QList<qint64>> areasOfItem(PlanKind kind, qint64 id);

    static QString kindName(PlanKind kind); // goal, objective, action, sector

private:
    Result<void> snapshotRows(PlanSnapshot &snapshot, const QString &table, Sql idsQuery,
                              qint64 id);
    Result<void> writePartners(qint64 actionId, const QList<qint64> &partners);

    Database &m_db;
};

} // namespace geisep
