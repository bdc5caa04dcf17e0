#pragma once

#include "core/error.h"
#include "core/sqlite.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

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

private:
    Database &m_db;
};

} // namespace geisep
