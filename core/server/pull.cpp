#include "core/server/pull.h"

#include "core/plan/plan.h"
#include "core/project.h"
#include "core/server/publish.h"
#include "core/server/serverschema.h"
#include "core/server/sync_p.h"
#include "core/sqlite.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

#include <algorithm>
#include <cmath>
#include <map>

namespace geisep::server {

namespace detail {

QString uidText(const QUuid &uid)
{
    return uid.toString(QUuid::WithoutBraces);
}

QString json(const QJsonObject &object)
{
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

QJsonObject parse(const QString &json)
{
    return QJsonDocument::fromJson(json.toUtf8()).object();
}

Result<void> SharedRows::remember(const QString &uid, const QString &kind, qint64 localId,
                                  const QString &institution, const QString &fields, bool own)
{
    if (!m_upsert) {
        auto stmt = m_db.prepare(
            "INSERT INTO geisep_shared_rows (uid, kind, local_id, institution, fields, pulled, "
            "own) VALUES (?, ?, ?, ?, ?, strftime('%Y-%m-%dT%H:%M:%SZ','now'), ?) ON CONFLICT "
            "(uid) DO UPDATE SET kind = excluded.kind, local_id = excluded.local_id, institution "
            "= excluded.institution, fields = excluded.fields, pulled = excluded.pulled, own = "
            "excluded.own");
        if (!stmt)
            return std::unexpected(stmt.error());
        m_upsert.emplace(std::move(*stmt));
    }
    m_upsert->bind(1, uid).bind(2, kind).bind(3, localId).bind(4, institution);
    m_upsert->bind(5, fields).bind(6, own ? 1 : 0);
    return m_upsert->exec();
}

Result<void> SharedRows::forget(const QString &uid)
{
    auto base = m_db.prepare("DELETE FROM geisep_shared_rows WHERE uid = ?");
    if (!base)
        return std::unexpected(base.error());
    base->bind(1, uid);
    if (auto ok = base->exec(); !ok)
        return ok;
    return settle(uid);
}

Result<void> SharedRows::settle(const QString &uid)
{
    if (!m_settle) {
        auto stmt = m_db.prepare("DELETE FROM geisep_sync_conflicts WHERE uid = ?");
        if (!stmt)
            return std::unexpected(stmt.error());
        m_settle.emplace(std::move(*stmt));
    }
    m_settle->bind(1, uid);
    return m_settle->exec();
}

} // namespace detail

namespace {

using detail::json;
using detail::parse;
using detail::uidText;

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

PlanItem itemFrom(const SharedItem &shared)
{
    PlanItem item = itemOf(shared.kind, parse(shared.fields));
    if (item.titleTr.trimmed().isEmpty())
        item.titleTr = item.code.isEmpty() ? shared.uid : item.code;
    return item;
}

Result<std::vector<SharedItem>> readItems(pg::Connection &server, const QString &schema)
{
    auto rows = server.query(
        QStringLiteral("SELECT uid::text, kind, parent::text, position, fields::text, institution "
                       "FROM %1.plan_items WHERE kind IN ('goal', 'objective', 'action') "
                       "ORDER BY CASE kind WHEN 'goal' THEN 0 WHEN 'objective' "
                       "THEN 1 ELSE 2 END, institution, position, uid")
            .arg(server.identifier(schema)));
    if (!rows)
        return std::unexpected(rows.error());
    std::vector<SharedItem> items;
    items.reserve(rows->size());
    for (int r = 0; r < int(rows->size()); ++r)
        items.push_back({rows->text(r, 0), PlanStore::kindFromName(rows->text(r, 1)),
                         rows->text(r, 2), rows->text(r, 3).toInt(), rows->text(r, 4),
                         rows->text(r, 5)});
    return items;
}

struct Base
{
    PlanKind kind;
    qint64 localId;
    QString fields;
    bool own;
};

// What one pull shares between its steps.
struct Apply
{
    Database &db;
    PlanStore plan;
    PullReport &report;
    detail::SharedRows shared;
    std::optional<Statement> conflict;

    Result<void> prepare()
    {
        auto c = db.prepare(
            "INSERT INTO geisep_sync_conflicts (uid, kind, local_id, institution, base, theirs, "
            "mine, found) VALUES (?, ?, ?, ?, ?, ?, ?, strftime('%Y-%m-%dT%H:%M:%SZ','now')) ON "
            "CONFLICT (uid) DO UPDATE SET base = excluded.base, theirs = excluded.theirs, mine = "
            "excluded.mine, found = excluded.found");
        if (!c)
            return std::unexpected(c.error());
        conflict.emplace(std::move(*c));
        return {};
    }
    // The server's fields become the base of the local row.
    Result<void> keep(const SharedItem &item, qint64 localId, bool own)
    {
        if (auto ok = shared.remember(item.uid, PlanStore::kindName(item.kind), localId,
                                      item.institution, item.fields, own);
            !ok)
            return ok;
        return shared.settle(item.uid);
    }
};

// Other institutions' items gone from the server since the last pull go here too, children
// before parents — unless edited here or holding the project's own items, indicators or links:
// those stay as they were (counted at each pull).
Result<void> removeGone(Apply &a, const std::vector<SharedItem> &items,
                        const QHash<QString, Base> &bases)
{
    QSet<QString> onServer;
    for (const SharedItem &item : items)
        onServer.insert(item.uid);
    std::vector<std::pair<QString, Base>> gone;
    for (const auto &[uid, base] : bases.asKeyValueRange())
        if (!base.own && !onServer.contains(uid))
            gone.emplace_back(uid, base);
    std::stable_sort(gone.begin(), gone.end(), [](const auto &x, const auto &y) {
        return int(x.second.kind) > int(y.second.kind); // actions, objectives, then goals
    });
    for (const auto &[uid, base] : gone) {
        if (auto current = a.plan.item(base.kind, base.localId)) {
            auto dependents = a.plan.dependents(base.kind, base.localId);
            if (!dependents)
                return std::unexpected(dependents.error());
            if (dependents->any() || Publisher::fieldsOf(*current) != parse(base.fields)) {
                ++a.report.keptHere; // still theirs here: neither edited further nor sent
                continue;
            }
            if (auto removed = a.plan.removeItem(base.kind, base.localId); !removed)
                return std::unexpected(removed.error());
            ++a.report.removed;
        }
        if (auto ok = a.shared.forget(uid); !ok)
            return ok;
    }
    return {};
}

// Applies the items (parents before children) inside the caller's transaction: each row is
// compared three ways — the server's (theirs), the local one (mine) and the base kept at the
// last sync. Only theirs changed: taken. Only mine: left for the next publish. Both, and
// differently: a conflict, both kept (mine in the project, theirs and the base beside it).
Result<void> apply(Project &project, const QUuid &projectUid, const std::vector<SharedItem> &items,
                   PullReport &report)
{
    Apply a{project.db(), PlanStore(project.db()), report, detail::SharedRows(project.db()), {}};
    if (auto ok = a.prepare(); !ok)
        return ok;
    PlanStore &plan = a.plan;
    // Where a pulled item can hang: the province's sectors by code, the project's own goals
    // and objectives by their uid on the server, and what was pulled before or just now.
    QHash<QString, qint64> parents;
    QHash<QString, qint64> own; // the project's own items by their uid on the server
    auto sectors = plan.sectors();
    if (!sectors)
        return std::unexpected(sectors.error());
    for (const Sector &s : *sectors)
        parents.insert(uidText(Publisher::sectorUid(s.code)), s.id);
    auto goals = plan.goals();
    auto objectives = plan.objectives();
    auto actions = plan.actions();
    if (!goals || !objectives || !actions)
        return std::unexpected(!goals        ? goals.error()
                               : !objectives ? objectives.error()
                                             : actions.error());
    for (const Goal &g : *goals)
        own.insert(uidText(Publisher::rowUid(projectUid, QStringLiteral("goal"), g.id)), g.id);
    for (const Objective &o : *objectives)
        own.insert(uidText(Publisher::rowUid(projectUid, QStringLiteral("objective"), o.id)), o.id);
    for (const Action &x : *actions)
        own.insert(uidText(Publisher::rowUid(projectUid, QStringLiteral("action"), x.id)), x.id);

    QHash<QString, Base> bases;
    auto read = a.db.prepare("SELECT uid, kind, local_id, fields, own FROM geisep_shared_rows");
    if (!read)
        return std::unexpected(read.error());
    if (auto ok = read->forEachRow([&] {
            bases.insert(read->text(0), {PlanStore::kindFromName(read->text(1)), read->int64(2),
                                         read->text(3), read->int64(4) != 0});
        });
        !ok)
        return ok;
    for (const auto &[uid, base] : bases.asKeyValueRange())
        if (base.kind != PlanKind::Action)
            parents.insert(uid, base.localId);
    for (const auto &[uid, id] : own.asKeyValueRange())
        parents.insert(uid, id);

    std::map<QString, bool> institutions;
    for (const SharedItem &shared : items) {
        const bool isOwn = shared.institution == report.institution;
        const auto base = bases.constFind(shared.uid);
        // The local row: the one synced before (unless removed here since), or the project's own.
        qint64 localId = 0;
        std::optional<PlanItem> current;
        if (base != bases.constEnd() && base->kind == shared.kind) {
            if (auto held = plan.item(shared.kind, base->localId)) {
                localId = base->localId;
                current = std::move(*held);
            }
        }
        if (!current && own.contains(shared.uid)) {
            localId = own.value(shared.uid);
            auto held = plan.item(shared.kind, localId);
            if (!held)
                return std::unexpected(held.error());
            current = std::move(*held);
        }
        const auto parent = parents.constFind(shared.parent);
        if (!current) {
            if (isOwn)
                continue; // removed here since it was published: the next publish says so
            if (parent == parents.constEnd()) {
                ++report.orphans;
                continue;
            }
            institutions[shared.institution] = true;
            PlanItem item = itemFrom(shared);
            item.parentId = *parent;
            auto added = plan.addItem(item);
            if (!added)
                return std::unexpected(added.error());
            ++report.added;
            if (shared.kind != PlanKind::Action)
                parents.insert(shared.uid, *added);
            if (auto ok = a.keep(shared, *added, false); !ok)
                return ok;
            continue;
        }
        if (!isOwn)
            institutions[shared.institution] = true;
        const QJsonObject theirs = parse(shared.fields);
        const QJsonObject mine = Publisher::fieldsOf(*current);
        const bool known = base != bases.constEnd();
        if (known && parse(base->fields) == theirs) {
            ++report.unchanged; // not changed on the server; a local edit waits for publish
            continue;
        }
        if (mine == theirs) {
            ++report.unchanged;
            if (auto ok = a.keep(shared, localId, isOwn); !ok)
                return ok;
            continue;
        }
        if (known && parse(base->fields) == mine) {
            PlanItem item = itemFrom(shared);
            item.id = localId;
            item.parentId = parent != parents.constEnd() ? *parent : current->parentId;
            item.position = current->position;
            item.responsibleId = current->responsibleId;
            item.partnerIds = current->partnerIds;
            if (auto ok = plan.updateItem(item); !ok)
                return ok;
            ++report.updated;
            if (auto ok = a.keep(shared, localId, isOwn); !ok)
                return ok;
            continue;
        }
        // Changed on both sides (or never synced from here and different): both kept.
        Statement &c = *a.conflict;
        c.bind(1, shared.uid).bind(2, PlanStore::kindName(shared.kind)).bind(3, localId);
        c.bind(4, shared.institution).bindNullable(5, known ? base->fields : QString());
        c.bind(6, shared.fields).bind(7, json(mine));
        if (auto ok = c.exec(); !ok)
            return ok;
        ++report.conflicts;
    }
    for (const auto &[name, _] : institutions)
        report.institutions << name;
    return removeGone(a, items, bases);
}

} // namespace

QString Puller::removedText(int removed, int keptHere)
{
    QStringList parts;
    if (removed > 0)
        parts << tr("%n item(s) their institutions removed were removed here too.", nullptr,
                    removed);
    if (keptHere > 0)
        parts << tr("%n item(s) their institutions removed stay here: edited here, or the "
                    "project's own items, indicators or links hang on them.",
                    nullptr, keptHere);
    return parts.join(u' ');
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
    report.institution = institution->institution;
    // Everything is read from the server first, in one snapshot: a server that goes away
    // mid-pull leaves the project untouched.
    std::vector<SharedItem> items;
    QString lastChange;
    auto read = pg::transaction(server, [&]() -> Result<void> {
        if (auto ok = server.exec(QStringLiteral("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ "
                                                 "READ ONLY"));
            !ok)
            return ok;
        auto shared = readItems(server, schema);
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
        if (auto ok = project.setMeta(QStringLiteral("shared_institution"), report.institution);
            !ok)
            return ok;
        if (auto ok = project.setMeta(QStringLiteral("shared_kind"), kindName(institution->kind));
            !ok)
            return ok;
        if (auto ok = project.setMeta(QStringLiteral("shared_pulled_at"),
                                      QDateTime::currentDateTimeUtc().toString(Qt::ISODate));
            !ok)
            return ok;
        return project.setMeta(QStringLiteral("shared_pulled_change"), lastChange);
    });
    if (!applied)
        return std::unexpected(applied.error());
    return report;
}

} // namespace geisep::server

namespace geisep::server {

namespace {

// The fields of a plan item in the order its form shows them, with their names for people.
struct FieldName
{
    const char *key;
    const char *title;
};
constexpr FieldName kFields[] = {
    {"code", QT_TRANSLATE_NOOP("Puller", "Code")},
    {"title_tr", QT_TRANSLATE_NOOP("Puller", "Title (Turkish)")},
    {"title_en", QT_TRANSLATE_NOOP("Puller", "Title (English)")},
    {"description", QT_TRANSLATE_NOOP("Puller", "Description")},
    {"start", QT_TRANSLATE_NOOP("Puller", "Start")},
    {"end", QT_TRANSLATE_NOOP("Puller", "End")},
    {"budget", QT_TRANSLATE_NOOP("Puller", "Budget")},
    {"currency", QT_TRANSLATE_NOOP("Puller", "Currency")},
    {"funding_kind", QT_TRANSLATE_NOOP("Puller", "Funding")},
    {"funding_source", QT_TRANSLATE_NOOP("Puller", "Funding source")},
    {"status", QT_TRANSLATE_NOOP("Puller", "Status")},
    {"method_step", QT_TRANSLATE_NOOP("Puller", "Method step")},
};

} // namespace

PlanItem itemOf(PlanKind kind, const QJsonObject &f)
{
    PlanItem item;
    item.kind = kind;
    item.code = f.value(QStringLiteral("code")).toString();
    item.titleTr = f.value(QStringLiteral("title_tr")).toString();
    item.titleEn = f.value(QStringLiteral("title_en")).toString();
    item.description = f.value(QStringLiteral("description")).toString();
    if (kind == PlanKind::Action) {
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

QStringList changedFields(const SyncConflict &conflict)
{
    QStringList out;
    for (const FieldName &field : kFields) {
        const QString key = QString::fromLatin1(field.key);
        if (conflict.theirs.value(key) != conflict.mine.value(key))
            out << key;
    }
    QStringList rest = conflict.theirs.keys() + conflict.mine.keys();
    rest.removeDuplicates();
    rest.sort();
    for (const QString &key : rest)
        if (!out.contains(key) && conflict.theirs.value(key) != conflict.mine.value(key)
            && std::none_of(std::begin(kFields), std::end(kFields),
                            [&](const FieldName &f) { return key == QLatin1String(f.key); }))
            out << key;
    return out;
}

QString fieldTitle(const QString &key)
{
    for (const FieldName &field : kFields)
        if (key == QLatin1String(field.key))
            return Puller::tr(field.title);
    return key;
}

QString fieldText(const QJsonValue &value)
{
    if (value.isUndefined() || value.isNull())
        return QStringLiteral("—");
    if (value.isDouble())
        return QString::number(value.toDouble(), 'f',
                               value.toDouble() == std::floor(value.toDouble()) ? 0 : 2);
    return value.toVariant().toString();
}

Result<QList<SyncConflict>> conflicts(Database &db)
{
    QList<SyncConflict> out;
    auto stmt = db.prepare("SELECT uid, kind, local_id, institution, base, theirs, mine FROM "
                           "geisep_sync_conflicts ORDER BY id");
    if (!stmt)
        return std::unexpected(stmt.error());
    auto rows = stmt->forEachRow([&] {
        out.append({stmt->text(0), PlanStore::kindFromName(stmt->text(1)), stmt->int64(2),
                    stmt->text(3), parse(stmt->text(4)), parse(stmt->text(5)),
                    parse(stmt->text(6))});
    });
    if (!rows)
        return std::unexpected(rows.error());
    return out;
}

Result<void> resolve(Project &project, const QString &uid, Resolution resolution,
                     const std::optional<PlanItem> &edited)
{
    Database &db = project.db();
    return withTransaction(db, [&]() -> Result<void> {
        auto all = conflicts(db);
        if (!all)
            return std::unexpected(all.error());
        const auto found = std::find_if(all->cbegin(), all->cend(),
                                        [&](const SyncConflict &c) { return c.uid == uid; });
        if (found == all->cend())
            return fail(Puller::tr("There is no open conflict on this row; pull again to see "
                                   "what the server holds."));
        PlanStore plan(db);
        auto current = plan.item(found->kind, found->localId);
        if (!current)
            return std::unexpected(current.error());
        std::optional<PlanItem> next;
        if (resolution == Resolution::TakeTheirs) {
            next = itemFrom({uid, found->kind, {}, 0, json(found->theirs), found->institution});
        } else if (resolution == Resolution::Edited) {
            if (!edited)
                return fail(Puller::tr("An edited resolution needs the edited item."));
            next = *edited;
        }
        if (next) {
            next->id = found->localId;
            next->kind = found->kind;
            next->parentId = current->parentId;
            next->position = current->position;
            next->responsibleId = current->responsibleId;
            next->partnerIds = current->partnerIds;
            if (auto ok = plan.updateItem(*next); !ok)
                return ok;
        }
        // The server's version becomes the base: mine (kept or edited) then differs from it
        // and goes with the next publish; theirs taken equals it.
        const bool own = project.meta(QStringLiteral("shared_institution")) == found->institution;
        detail::SharedRows shared(db);
        if (auto ok = shared.remember(uid, PlanStore::kindName(found->kind), found->localId,
                                      found->institution, json(found->theirs), own);
            !ok)
            return ok;
        return shared.settle(uid);
    });
}

} // namespace geisep::server
