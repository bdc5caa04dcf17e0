#pragma once

// Pulling the province's shared plan into a project (docs/architecture.md, "The shared plan"):
// the goals, objectives and actions the other institutions published, applied to the local
// file in one transaction, each kept with its uid on the server and the fields as pulled.
#include "core/error.h"
#include "core/server/pg.h"

#include <QCoreApplication>
#include <QHash>
#include <QString>
#include <QStringList>

#include <atomic>
#include <functional>

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
    int orphans = 0; // items whose parent is neither pulled nor the project's own (left out)
};

// The rows a project holds from other institutions: "kind/local id" → uid on the server.
Result<QHash<QString, QString>> pulledRows(Database &db);

class Puller
{
    Q_DECLARE_TR_FUNCTIONS(Puller)

public:
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
