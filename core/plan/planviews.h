#pragma once

#include "core/error.h"
#include "core/sqlite.h"

#include <QDate>
#include <QHash>
#include <QList>
#include <QSet>
#include <QString>

#include <optional>

namespace geisep {

// An area as lists show it: "İnönü Mh. (Şahinbey)", or the name alone without a district.
QString areaLabel(const QString &name, const QString &district);

// The labels of the given areas, by id (unknown ids are left out).
QHash<qint64, QString> areaLabels(Database &db, const QList<qint64> &ids);

// Read-only views across the plan and the map: what the two plan map views colour, and the
// rows of the actions overview.

// For every area reached by a goal of the sector with `sectorCode` (every sector when empty),
// how many distinct goals reach it. A goal reaches an area linked to the goal itself, to one of
// its objectives or to an action of those.
Result<QHash<qint64, int>> goalsPerArea(Database &db, const QString &sectorCode);

// The areas linked to at least one action that is not dropped.
Result<QSet<qint64>> areasWithAction(Database &db);

// One action with what the overview shows and filters by.
struct ActionRow
{
    qint64 id = 0;
    QString code;
    QString titleTr;
    QString titleEn;
    qint64 sectorId = 0;
    QString sectorCode;
    QString sectorTr;
    QString sectorEn;
    qint64 responsibleId = 0;
    QString responsible; // the stakeholder's name
    QList<qint64> partnerIds;
    QString status; // planned, in_progress, done, dropped
    QDate start;
    QDate end;
    std::optional<double> budget;
    QString currency;
    QList<qint64> areaIds; // areas linked to the action directly
    QStringList areaNames; // "Name (District)", in the order of areaIds
};

Result<QList<ActionRow>> actionRows(Database &db);

// What the overview filters by; an empty or zero field does not filter.
struct ActionFilter
{
    qint64 sectorId = 0;
    qint64 stakeholderId = 0; // responsible or partner
    QString status;
    int year = 0; // the action runs in that year: start ≤ 31.12 and end ≥ 1.1
    QString area; // part of a linked area's name, compared folded (İ/i, ş/s, …)

    bool accepts(const ActionRow &row) const;
};

} // namespace geisep
