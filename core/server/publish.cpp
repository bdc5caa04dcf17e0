#include "core/server/publish.h"

#include "core/gpkg.h"
#include "core/layerrole.h"
#include "core/plan/plan.h"
#include "core/project.h"
#include "core/server/pull.h"
#include "core/server/serverschema.h"
#include "core/server/sync_p.h"
#include "core/sqlite.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

namespace geisep::server {

namespace {

// The namespace of the province's shared rows (sectors by code).
const QUuid kSharedNamespace(QStringLiteral("{6d1f0c52-8a55-4c8e-9a0e-4e5f0b1a7c31}"));

using detail::json;
using detail::uidText;

} // namespace

QString Publisher::notYoursText(int count)
{
    return tr("%n item(s) of other institutions edited here were not sent: only they and the "
              "governorship change them on the server.",
              nullptr, count);
}

QString Publisher::removedText(int removed, int keptForOthers)
{
    QStringList parts;
    if (removed > 0)
        parts << tr("%n item(s) removed here were removed from the server.", nullptr, removed);
    if (keptForOthers > 0)
        parts << tr("%n item(s) removed here stay on the server: other institutions' items or "
                    "links hang on them.",
                    nullptr, keptForOthers);
    return parts.join(u' ');
}

QJsonObject Publisher::fieldsOf(const PlanItem &item)
{
    QJsonObject f{{QStringLiteral("code"), item.code},
                  {QStringLiteral("title_tr"), item.titleTr},
                  {QStringLiteral("title_en"), item.titleEn},
                  {QStringLiteral("description"), item.description}};
    if (item.kind == PlanKind::Action) {
        f.insert(QStringLiteral("start"), item.start.toString(Qt::ISODate));
        f.insert(QStringLiteral("end"), item.end.toString(Qt::ISODate));
        if (item.budget)
            f.insert(QStringLiteral("budget"), *item.budget);
        f.insert(QStringLiteral("currency"), item.currency);
        f.insert(QStringLiteral("funding_kind"), item.fundingKind);
        f.insert(QStringLiteral("funding_source"), item.fundingSource);
        f.insert(QStringLiteral("status"), item.status);
        f.insert(QStringLiteral("method_step"), item.methodStep);
    }
    return f;
}

namespace {

// An error of the server about one row, said of that row.
Error aboutRow(const Error &e, const QString &row)
{
    Error out = e;
    out.message = Publisher::tr("%1 was not published: %2").arg(row, e.message);
    if (out.hint.isEmpty())
        out.hint = Publisher::tr("Nothing of this publish was kept on the server. A row another "
                                 "institution wrote can be changed only by it or the "
                                 "governorship.");
    return out;
}

struct LocalArea
{
    qint64 id = 0;
    QString code, name, district, province;
    QByteArray wkbHex;
};

// The areas of one layer with their geometry as WKB (the GeoPackage header taken off).
Result<std::vector<LocalArea>> readAreas(Database &db, const LayerInfo &layer)
{
    auto column = db.prepare("SELECT column_name FROM gpkg_geometry_columns WHERE table_name = ?");
    if (!column)
        return std::unexpected(column.error());
    column->bind(1, layer.tableName);
    auto found = column->step();
    if (!found)
        return std::unexpected(found.error());
    const auto table = Identifier::make(layer.tableName);
    const auto geom = Identifier::make(*found ? column->text(0) : QStringLiteral("geom"));
    if (!table || !geom)
        return fail(
            Publisher::tr("The layer %1 has a table name that cannot be read.").arg(layer.name));
    auto stmt = db.prepareWith("SELECT a.id, a.code, a.name, a.district, a.province, f.%2 FROM "
                               "geisep_areas a JOIN %1 f ON f.fid = a.fid WHERE a.layer_id = ? "
                               "ORDER BY a.id",
                               {*table, *geom});
    if (!stmt)
        return std::unexpected(stmt.error());
    stmt->bind(1, layer.id);
    std::vector<LocalArea> out;
    auto rows = stmt->forEachRow([&] {
        LocalArea a{stmt->int64(0), stmt->text(1), stmt->text(2), stmt->text(3), stmt->text(4), {}};
        const QByteArray blob = stmt->blob(5);
        if (const auto header = gpkg::decodeHeader(blob); header && !header->empty)
            a.wkbHex = blob.mid(header->wkbOffset).toHex();
        out.push_back(std::move(a));
    });
    if (!rows)
        return std::unexpected(rows.error());
    return out;
}

} // namespace

namespace {

// The rows one upsert sends per statement: few round trips, statements of a few hundred
// kilobytes (an area's WKB travels as hex).
constexpr int kBatchRows = 200;

using Params = std::vector<std::optional<QString>>;

// One kind of upsert: `head` ("INSERT INTO … (…) VALUES"), one row's values made by `row`
// from the number of its first parameter ("($1::uuid, $2, …)"; typed, since a multi-row
// VALUES takes untyped parameters as text), and `tail` (ON CONFLICT …).
struct Upsert
{
    QString head;
    int columns = 0;
    std::function<QString(int first)> row;
    QString tail;
};

} // namespace

QUuid Publisher::rowUid(const QUuid &project, const QString &kind, qint64 id)
{
    return QUuid::createUuidV5(project, kind + u'/' + QString::number(id));
}

QUuid Publisher::sectorUid(const QString &code)
{
    return QUuid::createUuidV5(kSharedNamespace, QStringLiteral("sector/") + code);
}

Result<QUuid> Publisher::projectUid(Project &project)
{
    const QUuid stored(project.meta(QStringLiteral("shared_uid")));
    if (!stored.isNull())
        return stored;
    const QUuid made = QUuid::createUuid();
    if (auto ok = project.setMeta(QStringLiteral("shared_uid"), uidText(made)); !ok)
        return std::unexpected(ok.error());
    return made;
}

namespace {

// What the steps of one publish share.
struct Publish
{
    Project &project;
    pg::Connection &server;
    QString schema; // quoted
    QUuid uid;
    PublishReport &report;
    const std::atomic_bool *cancel;
    QHash<QString, SharedRow> pulled; // "kind/id" → the other institutions' rows
    bool governorship;                // may edit the other institutions' rows
    QSet<QString> conflicted;         // uids with an open conflict: not sent until resolved
    struct Sent
    {
        QString uid, kind;
        qint64 id;
        QString fields;
        QString institution; // whose row it is, when another institution's (a merge)
    };
    std::vector<Sent> sent; // the plan items sent, noted as the base of the next pull
    QStringList removed;    // own items removed on the server: their bases go

    // A plan item's uid on the server: the one it was pulled with, or the project's own.
    QString uidOf(PlanKind kind, qint64 id) const
    {
        const QString kindName = PlanStore::kindName(kind);
        const auto found = pulled.constFind(kindName + u'/' + QString::number(id));
        return found != pulled.constEnd() ? found->uid
                                          : uidText(Publisher::rowUid(uid, kindName, id));
    }
    bool isPulled(PlanKind kind, qint64 id) const
    {
        return pulled.contains(PlanStore::kindName(kind) + u'/' + QString::number(id));
    }

    bool cancelled() const { return cancel && cancel->load(); }
    QString sql(const char *text) const
    {
        return QString::fromLatin1(text).replace(QStringLiteral("%S"), schema);
    }
};

// Sends `rows` in statements of kBatchRows. A statement the server refuses is rolled back to
// its savepoint and its rows sent one by one, so the error names the row (`describe`) as a
// row-by-row publish would; the transaction then fails whole.
Result<void> upsertAll(Publish &p, const Upsert &upsert, const std::vector<Params> &rows,
                       const std::function<QString(std::size_t)> &describe,
                       const Publisher::ProgressFn &progress = {})
{
    const auto statement = [&](std::size_t count) {
        QStringList values;
        for (std::size_t r = 0; r < count; ++r)
            values << upsert.row(int(r) * upsert.columns + 1);
        return upsert.head + u' ' + values.join(QStringLiteral(", ")) + u' ' + upsert.tail;
    };
    for (std::size_t from = 0; from < rows.size(); from += kBatchRows) {
        if (p.cancelled())
            return fail(Publisher::tr("Publishing was cancelled; nothing was kept on the server."));
        const std::size_t count = std::min<std::size_t>(kBatchRows, rows.size() - from);
        Params params;
        params.reserve(count * std::size_t(upsert.columns));
        for (std::size_t r = from; r < from + count; ++r)
            params.insert(params.end(), rows[r].begin(), rows[r].end());
        if (auto ok = p.server.exec(QStringLiteral("SAVEPOINT batch")); !ok)
            return ok;
        auto sent = p.server.query(statement(count), params);
        if (!sent) {
            if (auto back = p.server.exec(QStringLiteral("ROLLBACK TO SAVEPOINT batch")); !back)
                return std::unexpected(aboutRow(sent.error(), describe(from)));
            for (std::size_t r = from; r < from + count; ++r)
                if (auto one = p.server.query(statement(1), rows[r]); !one)
                    return std::unexpected(aboutRow(one.error(), describe(r)));
            return std::unexpected(aboutRow(sent.error(), describe(from)));
        }
        if (auto ok = p.server.exec(QStringLiteral("RELEASE SAVEPOINT batch")); !ok)
            return ok;
        if (progress)
            progress(int(from + count), int(rows.size()));
    }
    return {};
}

// Another institution's item as edited here since it was pulled: the governorship's edit is
// sent (an UPDATE of the fields only; the row stays the other's, and the server's row-level
// security would refuse anyone else); anyone else's stays in the project and is counted.
Result<void> mergeEdit(Publish &p, const PlanItem &item)
{
    const QString kindName = PlanStore::kindName(item.kind);
    const SharedRow row = p.pulled.value(kindName + u'/' + QString::number(item.id));
    const QJsonObject mine = Publisher::fieldsOf(item);
    if (detail::parse(row.fields) == mine)
        return {};
    if (!p.governorship) {
        ++p.report.notYours;
        return {};
    }
    const QString fields = json(mine);
    auto updated = p.server.query(p.sql("UPDATE %S.plan_items SET fields = $2::jsonb, updated = "
                                        "now() WHERE uid = $1::uuid RETURNING uid"),
                                  {row.uid, fields});
    if (!updated)
        return std::unexpected(aboutRow(
            updated.error(), QStringLiteral("%1 %2 (%3)").arg(kindName, item.code, item.titleTr)));
    if (updated->empty())
        return {}; // gone from the server since the pull: the next pull says so
    p.sent.push_back({row.uid, kindName, item.id, fields, row.institution});
    ++p.report.merged;
    return {};
}

Result<void> publishPlan(Publish &p)
{
    PlanStore plan(p.project.db());
    auto sectors = plan.sectors();
    if (!sectors)
        return std::unexpected(sectors.error());
    QHash<qint64, QUuid> sectorUids;
    for (const Sector &s : *sectors) {
        const QUuid uid = Publisher::sectorUid(s.code);
        sectorUids.insert(s.id, uid);
        // The province's sectors: the first to publish writes them, the others find them.
        auto made = p.server.query(p.sql("INSERT INTO %S.plan_items (uid, kind, position, fields) "
                                         "VALUES ($1, 'sector', $2, $3::jsonb) ON CONFLICT (uid) "
                                         "DO NOTHING RETURNING uid"),
                                   {uidText(uid), QString::number(s.position),
                                    json({{QStringLiteral("code"), s.code},
                                          {QStringLiteral("title_tr"), s.nameTr},
                                          {QStringLiteral("title_en"), s.nameEn}})});
        if (!made)
            return std::unexpected(aboutRow(made.error(), Publisher::tr("Sector %1").arg(s.code)));
        p.report.sectors += int(made->size());
    }
    auto goals = plan.goals();
    auto objectives = plan.objectives();
    auto actions = plan.actions();
    if (!goals || !objectives || !actions)
        return std::unexpected(!goals        ? goals.error()
                               : !objectives ? objectives.error()
                                             : actions.error());
    std::vector<std::pair<PlanKind, qint64>> items;
    for (const Goal &g : *goals)
        items.emplace_back(PlanKind::Goal, g.id);
    for (const Objective &o : *objectives)
        items.emplace_back(PlanKind::Objective, o.id);
    for (const Action &a : *actions)
        items.emplace_back(PlanKind::Action, a.id);
    std::vector<Params> rows;
    QStringList names;
    for (const auto &[kind, id] : items) {
        if (p.conflicted.contains(p.uidOf(kind, id))) {
            ++p.report.conflicted;
            continue;
        }
        auto item = plan.item(kind, id);
        if (!item)
            return std::unexpected(item.error());
        if (p.isPulled(kind, id)) {
            // Another institution's: it publishes it, unless the governorship edited it here.
            if (auto ok = mergeEdit(p, *item); !ok)
                return ok;
            continue;
        }
        const QString kindName = PlanStore::kindName(kind);
        const QString parent
            = kind == PlanKind::Goal
                  ? uidText(sectorUids.value(item->parentId))
                  : p.uidOf(kind == PlanKind::Objective ? PlanKind::Goal : PlanKind::Objective,
                            item->parentId);
        const QString fields = json(Publisher::fieldsOf(*item));
        rows.push_back(
            {p.uidOf(kind, id), kindName, parent, QString::number(item->position), fields});
        p.sent.push_back({p.uidOf(kind, id), kindName, id, fields, {}});
        names << QStringLiteral("%1 %2 (%3)").arg(kindName, item->code, item->titleTr);
    }
    const Upsert upsert{p.sql("INSERT INTO %S.plan_items (uid, kind, parent, position, fields) "
                              "VALUES"),
                        5,
                        [](int f) {
                            return QStringLiteral("($%1::uuid, $%2, $%3::uuid, $%4::integer, "
                                                  "$%5::jsonb)")
                                .arg(f)
                                .arg(f + 1)
                                .arg(f + 2)
                                .arg(f + 3)
                                .arg(f + 4);
                        },
                        QStringLiteral("ON CONFLICT (uid) DO UPDATE SET parent = "
                                       "EXCLUDED.parent, position = EXCLUDED.position, fields = "
                                       "EXCLUDED.fields, updated = now()")};
    if (auto ok = upsertAll(p, upsert, rows, [&](std::size_t r) { return names[qsizetype(r)]; });
        !ok)
        return ok;
    p.report.planItems += int(rows.size());
    return {};
}

// The project's own plan items removed here since they were published (a base is kept, the
// item is gone) are removed on the server too, with what hangs under them — unless another
// institution's item or link hangs there: the server's cascade would take that along, so the
// row stays and is counted.
Result<void> publishRemovals(Publish &p)
{
    auto stmt = p.project.db().prepare(
        "SELECT uid, kind, local_id FROM geisep_shared_rows WHERE own AND kind IN ('goal', "
        "'objective', 'action')");
    if (!stmt)
        return std::unexpected(stmt.error());
    std::vector<std::pair<QString, std::pair<QString, qint64>>> bases;
    if (auto ok = stmt->forEachRow([&] {
            bases.push_back({stmt->text(0), {stmt->text(1), stmt->int64(2)}});
        });
        !ok)
        return ok;
    PlanStore plan(p.project.db());
    for (const auto &[uid, row] : bases) {
        const PlanKind kind = PlanStore::kindFromName(row.first);
        if (plan.item(kind, row.second))
            continue;
        auto others = p.server.query(
            p.sql("WITH RECURSIVE below AS (SELECT uid, institution FROM %S.plan_items WHERE uid = "
                  "$1::uuid UNION ALL SELECT i.uid, i.institution FROM %S.plan_items i JOIN below "
                  "ON i.parent = below.uid) SELECT (SELECT count(*) FROM below WHERE institution "
                  "<> %S.current_institution()) + (SELECT count(*) FROM %S.links l JOIN below ON "
                  "l.plan_item = below.uid WHERE l.institution <> %S.current_institution())"),
            {uid});
        if (!others)
            return std::unexpected(others.error());
        if (others->text(0, 0).toLongLong() > 0) {
            ++p.report.keptForOthers;
            continue;
        }
        auto gone = p.server.query(
            p.sql("DELETE FROM %S.plan_items WHERE uid = $1::uuid RETURNING uid"), {uid});
        if (!gone)
            return std::unexpected(aboutRow(gone.error(), uid));
        p.report.removed += int(gone->size());
        p.removed << uid;
    }
    return {};
}

Result<void> publishAreas(Publish &p, const Publisher::ProgressFn &progress)
{
    for (const LayerInfo &layer : p.project.layers()) {
        if (layer.isRaster || !isAreaRole(layer.role))
            continue;
        const QUuid layerUid = Publisher::rowUid(p.uid, QStringLiteral("layer"), layer.id);
        auto written = p.server.query(
            p.sql("INSERT INTO %S.layers (uid, name, role, srid) VALUES ($1, $2, $3, $4) ON "
                  "CONFLICT (uid) DO UPDATE SET name = EXCLUDED.name, role = EXCLUDED.role, "
                  "srid = EXCLUDED.srid, updated = now()"),
            {uidText(layerUid), layer.name, roleName(layer.role), QString::number(layer.srsId)});
        if (!written)
            return std::unexpected(aboutRow(written.error(), layer.name));
        ++p.report.layers;
        auto areas = readAreas(p.project.db(), layer);
        if (!areas)
            return std::unexpected(areas.error());
        std::vector<Params> rows;
        rows.reserve(areas->size());
        for (const LocalArea &a : *areas)
            rows.push_back({uidText(Publisher::rowUid(p.uid, QStringLiteral("area"), a.id)),
                            uidText(layerUid), a.code, a.name, a.district, a.province,
                            a.wkbHex.isEmpty()
                                ? std::nullopt
                                : std::optional<QString>(QString::fromLatin1(a.wkbHex)),
                            QString::number(layer.srsId)});
        const Upsert upsert{
            p.sql("INSERT INTO %S.areas (uid, layer, code, name, district, province, geom) VALUES"),
            8,
            [](int f) {
                return QStringLiteral("($%1::uuid, $%2::uuid, $%3, $%4, $%5, $%6, CASE WHEN "
                                      "$%7::text IS NULL THEN NULL ELSE "
                                      "public.ST_SetSRID(public.ST_GeomFromWKB(decode($%7, "
                                      "'hex')), $%8::integer) END)")
                    .arg(f)
                    .arg(f + 1)
                    .arg(f + 2)
                    .arg(f + 3)
                    .arg(f + 4)
                    .arg(f + 5)
                    .arg(f + 6)
                    .arg(f + 7);
            },
            QStringLiteral("ON CONFLICT (uid) DO UPDATE SET layer = EXCLUDED.layer, code = "
                           "EXCLUDED.code, name = EXCLUDED.name, district = EXCLUDED.district, "
                           "province = EXCLUDED.province, geom = EXCLUDED.geom, updated = now()")};
        if (auto ok = upsertAll(
                p, upsert, rows,
                [&](std::size_t r) {
                    return QStringLiteral("%1: %2").arg(layer.name, areas->at(r).name);
                },
                progress);
            !ok)
            return ok;
        p.report.areas += int(rows.size());
    }
    return {};
}

Result<void> publishLinks(Publish &p)
{
    auto stmt = p.project.db().prepare(
        "SELECT k.area_id, k.goal_id, k.objective_id, k.action_id, k.priority, k.note FROM "
        "geisep_area_links k JOIN geisep_areas a ON a.id = k.area_id JOIN geisep_layers l ON "
        "l.id = a.layer_id WHERE NOT l.removed ORDER BY k.id");
    if (!stmt)
        return std::unexpected(stmt.error());
    std::vector<std::array<QString, 4>> links; // plan item uid, area uid, priority, note
    auto rows = stmt->forEachRow([&] {
        const PlanKind kind = !stmt->isNull(1)   ? PlanKind::Goal
                              : !stmt->isNull(2) ? PlanKind::Objective
                                                 : PlanKind::Action;
        const qint64 item = stmt->int64(kind == PlanKind::Goal        ? 1
                                        : kind == PlanKind::Objective ? 2
                                                                      : 3);
        links.push_back({p.uidOf(kind, item),
                         uidText(Publisher::rowUid(p.uid, QStringLiteral("area"), stmt->int64(0))),
                         stmt->text(4), stmt->text(5)});
    });
    if (!rows)
        return std::unexpected(rows.error());
    std::vector<Params> batch;
    batch.reserve(links.size());
    for (const auto &[item, area, priority, note] : links)
        batch.push_back({item, area, priority, note});
    const Upsert upsert{p.sql("INSERT INTO %S.links (plan_item, area, priority, note) VALUES"), 4,
                        [](int f) {
                            return QStringLiteral("($%1::uuid, $%2::uuid, $%3, $%4)")
                                .arg(f)
                                .arg(f + 1)
                                .arg(f + 2)
                                .arg(f + 3);
                        },
                        QStringLiteral("ON CONFLICT (plan_item, area) DO UPDATE SET priority = "
                                       "EXCLUDED.priority, note = EXCLUDED.note, updated = now()")};
    if (auto ok = upsertAll(p, upsert, batch,
                            [](std::size_t) { return Publisher::tr("A link to an area"); });
        !ok)
        return ok;
    p.report.links += int(batch.size());
    return {};
}

Result<void> publishFigures(Publish &p)
{
    auto stmt = p.project.db().prepare(
        "SELECT f.area_id, f.variable, f.period, f.value FROM geisep_area_figures f JOIN "
        "geisep_areas a ON a.id = f.area_id JOIN geisep_layers l ON l.id = a.layer_id WHERE NOT "
        "l.removed ORDER BY f.id");
    if (!stmt)
        return std::unexpected(stmt.error());
    std::vector<std::array<std::optional<QString>, 4>> figures;
    auto rows = stmt->forEachRow([&] {
        figures.push_back(
            {uidText(Publisher::rowUid(p.uid, QStringLiteral("area"), stmt->int64(0))),
             stmt->text(1), QString::number(stmt->int64(2)),
             stmt->isNull(3) ? std::nullopt
                             : std::optional<QString>(QString::number(stmt->real(3), 'g', 17))});
    });
    if (!rows)
        return std::unexpected(rows.error());
    std::vector<Params> batch;
    batch.reserve(figures.size());
    for (const auto &f : figures)
        batch.emplace_back(f.begin(), f.end());
    const Upsert upsert{p.sql("INSERT INTO %S.figures (area, variable, period, value) VALUES"), 4,
                        [](int f) {
                            return QStringLiteral(
                                       "($%1::uuid, $%2, $%3::integer, $%4::double precision)")
                                .arg(f)
                                .arg(f + 1)
                                .arg(f + 2)
                                .arg(f + 3);
                        },
                        QStringLiteral("ON CONFLICT (area, variable, period) DO UPDATE SET value = "
                                       "EXCLUDED.value, updated = now()")};
    if (auto ok = upsertAll(
            p, upsert, batch,
            [&](std::size_t r) { return Publisher::tr("The figure %1").arg(*figures[r][1]); });
        !ok)
        return ok;
    p.report.figures += int(batch.size());
    return {};
}

} // namespace

Result<PublishReport> Publisher::publishWhole(Project &project, pg::Connection &server,
                                              const QString &schema, const ProgressFn &progress,
                                              const std::atomic_bool *cancel)
{
    auto institution = ServerSchema(server, schema).requireMember();
    if (!institution)
        return std::unexpected(institution.error());
    auto uid = projectUid(project);
    if (!uid)
        return std::unexpected(uid.error());
    PublishReport report;
    report.institution = institution->institution;
    report.changeset
        = uidText(*uid) + u'@' + QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
    auto pulled = PlanStore(project.db()).sharedRows();
    if (!pulled)
        return std::unexpected(pulled.error());
    auto open = conflicts(project.db());
    if (!open)
        return std::unexpected(open.error());
    Publish p{project,
              server,
              server.identifier(schema),
              *uid,
              report,
              cancel,
              *pulled,
              institution->kind == InstitutionKind::Valilik,
              {},
              {},
              {}};
    for (const SyncConflict &c : *open)
        p.conflicted.insert(c.uid);
    auto ok = pg::transaction(server, [&]() -> Result<void> {
        if (auto named = server.query(QStringLiteral("SELECT set_config('geisep.changeset', $1, "
                                                     "true)"),
                                      {report.changeset});
            !named)
            return std::unexpected(named.error());
        if (auto done = publishPlan(p); !done)
            return done;
        if (auto done = publishRemovals(p); !done)
            return done;
        if (auto done = publishAreas(p, progress); !done)
            return done;
        if (auto done = publishLinks(p); !done)
            return done;
        return publishFigures(p);
    });
    if (!ok)
        return std::unexpected(ok.error());
    // What was sent is the base the next pull compares the server's and the project's rows with.
    auto noted = withTransaction(project.db(), [&]() -> Result<void> {
        detail::SharedRows shared(project.db());
        for (const QString &gone : std::as_const(p.removed))
            if (auto done = shared.forget(gone); !done)
                return done;
        for (const Publish::Sent &s : p.sent)
            if (auto done
                = shared.remember(s.uid, s.kind, s.id,
                                  s.institution.isEmpty() ? report.institution : s.institution,
                                  s.fields, s.institution.isEmpty());
                !done)
                return done;
        if (auto done = project.setMeta(QStringLiteral("shared_published_at"),
                                        QDateTime::currentDateTimeUtc().toString(Qt::ISODate));
            !done)
            return done;
        if (auto done = project.setMeta(QStringLiteral("shared_kind"), kindName(institution->kind));
            !done)
            return done;
        return project.setMeta(QStringLiteral("shared_institution"), report.institution);
    });
    if (!noted)
        return std::unexpected(noted.error());
    return report;
}

} // namespace geisep::server
