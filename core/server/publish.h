#pragma once

// Publishing a project to the province's shared plan (docs/architecture.md, "The shared
// plan"): the plan tree, the area layers with their geometry, the links and the figures, sent
// as the connection's institution in one transaction.
#include "core/error.h"
#include "core/server/pg.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QString>
#include <QUuid>

#include <atomic>
#include <functional>

namespace geisep {

class Project;
struct PlanItem;

namespace server {

struct PublishReport
{
    QString institution; // the institution the rows were written for
    QString changeset;   // the changeset named in the server's change log
    int sectors = 0;     // sectors new on the server (they are the province's, shared)
    int planItems = 0;   // goals, objectives and actions
    int layers = 0;
    int areas = 0;
    int links = 0;
    int figures = 0;
    int conflicted = 0;    // own items left out while a conflict on them is open
    int merged = 0;        // other institutions' items the governorship edited, sent
    int notYours = 0;      // other institutions' items edited here by a member that may not
    int removed = 0;       // own items removed here since they were published, removed there too
    int keptForOthers = 0; // … but kept there: another institution's items or links hang on it
};

class Publisher
{
    Q_DECLARE_TR_FUNCTIONS(Publisher)

public:
    // The project's identity on servers, made and kept in the project the first time.
    static Result<QUuid> projectUid(Project &project);
    // A row's uid on the server: the same for the same project and row every time, so a
    // second publish updates what the first wrote. Sectors are the province's: by code.
    static QUuid rowUid(const QUuid &project, const QString &kind, qint64 id);
    static QUuid sectorUid(const QString &code);
    // A plan item's fields as the server keeps them (plan_items.fields).
    static QJsonObject fieldsOf(const PlanItem &item);

    // What a report's notYours means, for the CLI and the window alike.
    static QString notYoursText(int count);
    static QString removedText(int removed, int keptForOthers);

    using ProgressFn = std::function<void(int done, int total)>;
    // Sends the whole project (a project never sent, or again: each row is written as it is
    // now). All of it lands or none: a refused row (another institution's), a server that goes
    // away, a cancel roll the transaction back, and the message names the row.
    static Result<PublishReport> publishWhole(Project &project, pg::Connection &server,
                                              const QString &schema = QStringLiteral("geisep"),
                                              const ProgressFn &progress = {},
                                              const std::atomic_bool *cancel = nullptr);
};

} // namespace server
} // namespace geisep
