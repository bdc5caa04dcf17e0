#pragma once

// Pulling the province's shared plan into a project (docs/architecture.md, "The shared plan"):
// the goals, objectives and actions the other institutions published, applied to the local
// file in one transaction, each kept with its uid on the server and the fields as pulled.
#include "core/error.h"
#include "core/plan/plan.h"
#include "core/server/pg.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <atomic>
#include <functional>
#include <optional>

namespace geisep {

class Database;
class Project;

namespace server {

struct PullReport
{
    QString institution;      // the institution pulling (its own rows are not pulled)
    QStringList institutions; // those whose rows the project now holds, in name order
    int added = 0;            // plan items new in the project
    int updated = 0;          // changed on the server since the last pull
    int unchanged = 0;
    int orphans = 0;   // items whose parent is neither pulled nor the project's own (left out)
    int conflicts = 0; // changed here and on the server since the last sync: both kept
    int removed = 0;   // removed on the server by their institution, removed here too
    int keptHere = 0;  // removed on the server, kept here: edited or holding the project's own
};

// A row changed on both sides since the last sync. The project holds `mine` until the
// planner chooses; `theirs` and `base` (empty when never synced) are kept beside it.
struct SyncConflict
{
    QString uid;
    PlanKind kind = PlanKind::Action;
    qint64 localId = 0;
    QString institution; // whose row it is on the server
    QJsonObject base, theirs, mine;
};

Result<QList<SyncConflict>> conflicts(Database &db);

// A plan item from its fields as the server keeps them: the inverse of Publisher::fieldsOf.
PlanItem itemOf(PlanKind kind, const QJsonObject &fields);
// The fields that differ between theirs and mine, in the order a form shows them.
QStringList changedFields(const SyncConflict &conflict);
// A field's name for people ("budget" → "bütçe") and a value as shown beside it.
QString fieldTitle(const QString &key);
QString fieldText(const QJsonValue &value);

enum class Resolution {
    TakeTheirs, // the server's fields replace the local ones
    KeepMine,   // the local fields stay, and the next publish sends them over the server's
    Edited,     // `edited` (the planner's merge) replaces the local fields, sent next publish
};
// Resolves one conflict in one transaction; the conflict is gone after it.
Result<void> resolve(Project &project, const QString &uid, Resolution resolution,
                     const std::optional<PlanItem> &edited = std::nullopt);

class Puller
{
    Q_DECLARE_TR_FUNCTIONS(Puller)

public:
    // What a report's removed and keptHere mean, for the CLI and the window alike.
    static QString removedText(int removed, int keptHere);

    using ProgressFn = std::function<void(int done, int total)>;
    // Reads the others' plan from the server, then applies it to the project in one
    // transaction: new items added under their sector, goal or objective, items changed on
    // the server updated. A server that goes away, a cancel or a local error leave the project
    // as it was, and pulling again picks up where it stood.
    static Result<PullReport> pull(Project &project, pg::Connection &server,
                                   const QString &schema = QStringLiteral("geisep"),
                                   const ProgressFn &progress = {},
                                   const std::atomic_bool *cancel = nullptr);
};

} // namespace server
} // namespace geisep
