#include "core/server/pull.h"

#include "core/plan/plan.h"
#include "core/project.h"
#include "core/server/publish.h"
#include "core/server/serverschema.h"
#include "core/sqlite.h"

#include <QJsonDocument>
#include <QJsonObject>

#include <map>

namespace geisep::server {

namespace {

QString uidText(const QUuid &uid)
{
    return uid.toString(QUuid::WithoutBraces);
}

// One plan item as the server holds it.
struct SharedItem
{
    QString uid;
    PlanKind kind = PlanKind::Goal;
    QString parent;
    int position = 0;
    QString fields; // jsonb as text, compared with the base kept at the last pull
    QString institution;
};

// The inverse of the fields publish writes (core/server/publish.cpp, fieldsOf).
PlanItem itemFrom(const SharedItem &shared)
{
    const QJsonObject f = QJsonDocument::fromJson(shared.fields.toUtf8()).object();
    PlanItem item;
    item.kind = shared.kind;
    item.code = f.value(QStringLiteral("code")).toString();
    item.titleTr = f.value(QStringLiteral("title_tr")).toString();
    item.titleEn = f.value(QStringLiteral("title_en")).toString();
    item.description = f.value(QStringLiteral("description")).toString();
    if (item.titleTr.trimmed().isEmpty())
        item.titleTr = item.code.isEmpty() ? shared.uid : item.code;
    if (shared.kind == PlanKind::Action) {
        item.start = QDate::fromString(f.value(QStringLiteral("start")).toString(), Qt::ISODate);
        item.end = QDate::fromString(f.value(QStringLiteral("end")).toString(), Qt::ISODate);
        if (f.value(QStringLiteral("budget")).isDouble())
            item.budget = f.value(QStringLiteral("budget")).toDouble();
        item.currency = f.value(QStringLiteral("currency")).toString(QStringLiteral("TRY"));
        item.fundingKind = f.value(QStringLiteral("funding_kind")).toString();
        item.fundingSource = f.value(QStringLiteral("funding_source")).toString();
        item.status = f.value(QStringLiteral("status")).toString(QStringLiteral("planned"));
        item.methodStep = f.value(QStringLiteral("method_step")).toInt();
    }
    return item;
}

Result<std::vector<SharedItem>> readItems(pg::Connection &server, const QString &schema,
                                          const QString &institution)
{
    auto rows = server.query(
        QStringLiteral("SELECT uid::text, kind, parent::text, position, fields::text, institution "
                       "FROM %1.plan_items WHERE kind IN ('goal', 'objective', 'action') AND "
                       "institution <> $1 ORDER BY CASE kind WHEN 'goal' THEN 0 WHEN 'objective' "
                       "THEN 1 ELSE 2 END, institution, position, uid")
            .arg(server.identifier(schema)),
        {institution});
    if (!rows)
        return std::unexpected(rows.error());
    std::vector<SharedItem> items;
    items.reserve(rows->size());
    for (int r = 0; r < int(rows->size()); ++r) {
        const QString kind = rows->text(r, 1);
        items.push_back({rows->text(r, 0),
                         kind == u"goal"        ? PlanKind::Goal
                         : kind == u"objective" ? PlanKind::Objective
                                                : PlanKind::Action,
                         rows->text(r, 2), rows->text(r, 3).toInt(), rows->text(r, 4),
                         rows->text(r, 5)});
    }
    return items;
}

struct Base
{
    PlanKind kind;
    qint64 localId;
    QString fields;
};

// Applies the items (parents before children) inside the caller's transaction.
Result<void> apply(Project &project, const QUuid &projectUid, const std::vector<SharedItem> &items,
                   PullReport &report)
{
    Database &db = project.db();
    PlanStore plan(db);
    // Where a pulled item can hang: the province's sectors by code, the project's own goals
    // and objectives by their uid on the server, and what was pulled before or just now.
    QHash<QString, qint64> parents;
    auto sectors = plan.sectors();
    if (!sectors)
        return std::unexpected(sectors.error());
    for (const Sector &s : *sectors)
        parents.insert(uidText(Publisher::sectorUid(s.code)), s.id);
    auto goals = plan.goals();
    auto objectives = plan.objectives();
    if (!goals || !objectives)
        return std::unexpected(!goals ? goals.error() : objectives.error());
    for (const Goal &g : *goals)
        parents.insert(uidText(Publisher::rowUid(projectUid, QStringLiteral("goal"), g.id)), g.id);
    for (const Objective &o : *objectives)
        parents.insert(uidText(Publisher::rowUid(projectUid, QStringLiteral("objective"), o.id)),
                       o.id);

    QHash<QString, Base> bases;
    auto read = db.prepare("SELECT uid, kind, local_id, fields FROM geisep_shared_rows");
    if (!read)
        return std::unexpected(read.error());
    if (auto ok = read->forEachRow([&] {
            const QString kind = read->text(1);
            bases.insert(read->text(0), {kind == u"goal"        ? PlanKind::Goal
                                         : kind == u"objective" ? PlanKind::Objective
                                                                : PlanKind::Action,
                                         read->int64(2), read->text(3)});
        });
        !ok)
        return ok;
    for (const auto &[uid, base] : bases.asKeyValueRange())
        if (base.kind != PlanKind::Action)
            parents.insert(uid, base.localId);

    auto remember = db.prepare(
        "INSERT INTO geisep_shared_rows (uid, kind, local_id, institution, fields, pulled) VALUES "
        "(?, ?, ?, ?, ?, strftime('%Y-%m-%dT%H:%M:%SZ','now')) ON CONFLICT (uid) DO UPDATE SET "
        "kind = excluded.kind, local_id = excluded.local_id, institution = excluded.institution, "
        "fields = excluded.fields, pulled = excluded.pulled");
    if (!remember)
        return std::unexpected(remember.error());
    std::map<QString, bool> institutions;
    for (const SharedItem &shared : items) {
        const auto parent = parents.constFind(shared.parent);
        if (parent == parents.constEnd()) {
            ++report.orphans;
            continue;
        }
        institutions[shared.institution] = true;
        PlanItem item = itemFrom(shared);
        item.parentId = *parent;
        const auto base = bases.constFind(shared.uid);
        const bool held = base != bases.constEnd() && base->kind == shared.kind
                          && plan.item(shared.kind, base->localId).has_value();
        qint64 localId = 0;
        if (held && base->fields == shared.fields) {
            ++report.unchanged;
            localId = base->localId;
        } else if (held) {
            item.id = base->localId;
            auto current = plan.item(shared.kind, base->localId);
            item.position = current->position;
            item.responsibleId = current->responsibleId;
            item.partnerIds = current->partnerIds;
            if (auto ok = plan.updateItem(item); !ok)
                return ok;
            ++report.updated;
            localId = item.id;
        } else {
            auto added = plan.addItem(item);
            if (!added)
                return std::unexpected(added.error());
            ++report.added;
            localId = *added;
        }
        if (shared.kind != PlanKind::Action)
            parents.insert(shared.uid, localId);
        remember->bind(1, shared.uid).bind(2, PlanStore::kindName(shared.kind)).bind(3, localId);
        remember->bind(4, shared.institution).bind(5, shared.fields);
        if (auto ok = remember->exec(); !ok)
            return ok;
    }
    for (const auto &[name, _] : institutions)
        report.institutions << name;
    return {};
}

} // namespace

Result<QHash<QString, QString>> pulledRows(Database &db)
{
    QHash<QString, QString> out;
    auto stmt = db.prepare("SELECT kind, local_id, uid FROM geisep_shared_rows");
    if (!stmt)
        return std::unexpected(stmt.error());
    auto rows = stmt->forEachRow(
        [&] { out.insert(stmt->text(0) + u'/' + QString::number(stmt->int64(1)), stmt->text(2)); });
    if (!rows)
        return std::unexpected(rows.error());
    return out;
}

Result<PullReport> Puller::pull(Project &project, pg::Connection &server, const QString &schema,
                                const ProgressFn &progress, const std::atomic_bool *cancel)
{
    const auto cancelled = [&] {
        return fail(tr("Pulling was cancelled; the project is as it was."));
    };
    auto institution = ServerSchema(server, schema).requireMember();
    if (!institution)
        return std::unexpected(institution.error());
    auto projectUid = Publisher::projectUid(project);
    if (!projectUid)
        return std::unexpected(projectUid.error());
    PullReport report;
    report.institution = *institution;
    // Everything is read from the server first, in one snapshot: a server that goes away
    // mid-pull leaves the project untouched.
    std::vector<SharedItem> items;
    QString lastChange;
    auto read = pg::transaction(server, [&]() -> Result<void> {
        if (auto ok = server.exec(QStringLiteral("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ "
                                                 "READ ONLY"));
            !ok)
            return ok;
        auto shared = readItems(server, schema, *institution);
        if (!shared)
            return std::unexpected(shared.error());
        items = std::move(*shared);
        if (progress)
            progress(1, 2);
        if (cancel && cancel->load())
            return cancelled();
        // How far the server's change log is in the project: the next pull starts there.
        auto last = server.query(QStringLiteral("SELECT coalesce(max(id), 0) FROM %1.changes")
                                     .arg(server.identifier(schema)));
        if (!last)
            return std::unexpected(last.error());
        lastChange = last->text(0, 0);
        if (progress)
            progress(2, 2);
        return {};
    });
    if (!read)
        return std::unexpected(read.error());
    if (cancel && cancel->load())
        return cancelled();
    auto applied = withTransaction(project.db(), [&]() -> Result<void> {
        if (auto ok = apply(project, *projectUid, items, report); !ok)
            return ok;
        return project.setMeta(QStringLiteral("shared_pulled_change"), lastChange);
    });
    if (!applied)
        return std::unexpected(applied.error());
    return report;
}

} // namespace geisep::server
