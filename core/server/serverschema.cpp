#include "core/server/serverschema.h"

#include "core/text/turkish.h"

namespace geisep::server {

namespace {

struct KindRow
{
    InstitutionKind kind;
    const char *name;
};

constexpr KindRow kKinds[] = {
    {InstitutionKind::Valilik, "valilik"},
    {InstitutionKind::Buyuksehir, "buyuksehir"},
    {InstitutionKind::Belediye, "belediye"},
    {InstitutionKind::Universite, "universite"},
    {InstitutionKind::Oda, "oda"},
    {InstitutionKind::Stk, "stk"},
    {InstitutionKind::KentKonseyi, "kent-konseyi"},
    {InstitutionKind::Diger, "diger"},
};

// The tables every member reads and each institution writes only its own rows of. Each has an
// `institution` column filled with the writer's institution, row-level security on it, and a
// trigger that appends every change to the change log.
constexpr const char *kOwnedTables[]
    = {"layers", "areas", "plan_items", "figures", "links", "layouts"};

// Version 1 of the shared plan. %S is the schema, %M the members' group role (both quoted).
// Geometry is PostGIS's, with the SRID each layer says, and a GiST index; the plan, figures,
// links and layouts keep the GeoPackage's uids so the offline copy and the server name the same
// row the same way.
const char *const kVersion1 = R"SQL(
CREATE TABLE %S.institutions (
    name text PRIMARY KEY,
    kind text NOT NULL CHECK (kind IN ('valilik', 'buyuksehir', 'belediye', 'universite', 'oda',
                                       'stk', 'kent-konseyi', 'diger')),
    role name NOT NULL UNIQUE,
    added timestamptz NOT NULL DEFAULT now()
);
-- The institution the calling role writes for; whether it is the governorship.
CREATE FUNCTION %S.current_institution() RETURNS text LANGUAGE sql STABLE
    SET search_path = %S, pg_temp
    AS $$ SELECT name FROM institutions WHERE role = current_user $$;
CREATE FUNCTION %S.is_governorship() RETURNS boolean LANGUAGE sql STABLE
    SET search_path = %S, pg_temp
    AS $$ SELECT EXISTS (SELECT 1 FROM institutions WHERE role = current_user
                          AND kind = 'valilik') $$;
CREATE TABLE %S.layers (
    uid uuid PRIMARY KEY,
    institution text NOT NULL DEFAULT %S.current_institution() REFERENCES %S.institutions,
    name text NOT NULL,
    role text NOT NULL,
    srid integer NOT NULL,
    style jsonb,
    updated timestamptz NOT NULL DEFAULT now()
);
CREATE TABLE %S.areas (
    uid uuid PRIMARY KEY,
    layer uuid NOT NULL REFERENCES %S.layers ON DELETE CASCADE,
    institution text NOT NULL DEFAULT %S.current_institution() REFERENCES %S.institutions,
    name text,
    district text,
    province text,
    code text,
    attributes jsonb NOT NULL DEFAULT '{}',
    geom public.geometry,
    updated timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX areas_geom ON %S.areas USING gist (geom);
CREATE INDEX areas_layer ON %S.areas (layer);
CREATE TABLE %S.plan_items (
    uid uuid PRIMARY KEY,
    institution text NOT NULL DEFAULT %S.current_institution() REFERENCES %S.institutions,
    kind text NOT NULL CHECK (kind IN ('sector', 'goal', 'objective', 'action', 'indicator',
                                       'stakeholder')),
    parent uuid REFERENCES %S.plan_items ON DELETE CASCADE,
    position integer NOT NULL DEFAULT 0,
    fields jsonb NOT NULL DEFAULT '{}',
    updated timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX plan_items_parent ON %S.plan_items (parent);
CREATE TABLE %S.figures (
    area uuid NOT NULL REFERENCES %S.areas ON DELETE CASCADE,
    variable text NOT NULL,
    period integer NOT NULL,
    value double precision,
    institution text NOT NULL DEFAULT %S.current_institution() REFERENCES %S.institutions,
    updated timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (area, variable, period)
);
CREATE TABLE %S.links (
    plan_item uuid NOT NULL REFERENCES %S.plan_items ON DELETE CASCADE,
    area uuid NOT NULL REFERENCES %S.areas ON DELETE CASCADE,
    priority text CHECK (priority IN ('high', 'medium', 'low')),
    note text,
    institution text NOT NULL DEFAULT %S.current_institution() REFERENCES %S.institutions,
    updated timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (plan_item, area)
);
CREATE TABLE %S.layouts (
    uid uuid PRIMARY KEY,
    institution text NOT NULL DEFAULT %S.current_institution() REFERENCES %S.institutions,
    name text NOT NULL,
    definition jsonb NOT NULL,
    updated timestamptz NOT NULL DEFAULT now()
);
-- Every change to the shared plan, by whom and in which transaction: what a pull fetches and
-- what the conflicts are found from. Written by the tables' triggers only.
CREATE TABLE %S.changes (
    id bigserial PRIMARY KEY,
    transaction xid8 NOT NULL DEFAULT pg_current_xact_id(),
    changeset text,
    at timestamptz NOT NULL DEFAULT now(),
    by_role name NOT NULL DEFAULT session_user,
    institution text NOT NULL,
    table_name text NOT NULL,
    row_key text NOT NULL,
    operation text NOT NULL CHECK (operation IN ('insert', 'update', 'delete'))
);
CREATE INDEX changes_table_row ON %S.changes (table_name, row_key);
CREATE FUNCTION %S.log_change() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER
    SET search_path = %S, pg_temp AS $$
DECLARE
    j jsonb := to_jsonb(CASE WHEN TG_OP = 'DELETE' THEN OLD ELSE NEW END);
BEGIN
    INSERT INTO changes (changeset, institution, table_name, row_key, operation)
    VALUES (nullif(current_setting('geisep.changeset', true), ''), j->>'institution',
            TG_TABLE_NAME,
            CASE TG_TABLE_NAME
                WHEN 'figures' THEN concat_ws('/', j->>'area', j->>'variable', j->>'period')
                WHEN 'links' THEN concat_ws('/', j->>'plan_item', j->>'area')
                ELSE j->>'uid' END,
            lower(TG_OP));
    RETURN NULL;
END $$;
CREATE TABLE %S.meta (key text PRIMARY KEY, value text NOT NULL);
GRANT USAGE ON SCHEMA %S TO %M;
GRANT SELECT ON %S.institutions, %S.changes, %S.meta TO %M;
)SQL";

// Row-level security and the change log on one owned table (%T).
// Version 2: the change log reads the row's key and institution field by field; version 1 made
// a jsonb of the whole row, which for an area is its geometry as GeoJSON (PostGIS's cast), most
// of a publish's time on the server.
const char *const kVersion2 = R"SQL(
CREATE OR REPLACE FUNCTION %S.log_change() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER
    SET search_path = %S, pg_temp AS $$
DECLARE
    r record := CASE WHEN TG_OP = 'DELETE' THEN OLD ELSE NEW END;
    k text;
BEGIN
    IF TG_TABLE_NAME = 'figures' THEN
        k := concat_ws('/', r.area, r.variable, r.period);
    ELSIF TG_TABLE_NAME = 'links' THEN
        k := concat_ws('/', r.plan_item, r.area);
    ELSE
        k := r.uid::text;
    END IF;
    INSERT INTO changes (changeset, institution, table_name, row_key, operation)
    VALUES (nullif(current_setting('geisep.changeset', true), ''), r.institution, TG_TABLE_NAME,
            k, lower(TG_OP));
    RETURN NULL;
END $$;
)SQL";

const char *const kOwnedTable = R"SQL(
ALTER TABLE %S.%T ENABLE ROW LEVEL SECURITY;
CREATE POLICY members_read ON %S.%T FOR SELECT TO %M USING (true);
CREATE POLICY own_insert ON %S.%T FOR INSERT TO %M
    WITH CHECK (institution = %S.current_institution() OR %S.is_governorship());
CREATE POLICY own_update ON %S.%T FOR UPDATE TO %M
    USING (institution = %S.current_institution() OR %S.is_governorship())
    WITH CHECK (institution = %S.current_institution() OR %S.is_governorship());
CREATE POLICY own_delete ON %S.%T FOR DELETE TO %M
    USING (institution = %S.current_institution() OR %S.is_governorship());
GRANT SELECT, INSERT, UPDATE, DELETE ON %S.%T TO %M;
CREATE TRIGGER log_change AFTER INSERT OR UPDATE OR DELETE ON %S.%T
    FOR EACH ROW EXECUTE FUNCTION %S.log_change();
)SQL";

Result<bool> roleExists(pg::Connection &db, const QString &role)
{
    auto found = db.query(QStringLiteral("SELECT 1 FROM pg_roles WHERE rolname = $1"), {role});
    if (!found)
        return std::unexpected(found.error());
    return !found->empty();
}

} // namespace

QString kindName(InstitutionKind kind)
{
    for (const KindRow &k : kKinds)
        if (k.kind == kind)
            return QString::fromLatin1(k.name);
    return QStringLiteral("diger");
}

std::optional<InstitutionKind> kindFromName(const QString &name)
{
    const QString folded = asciiSlug(name, QString()).replace(u'_', u'-');
    for (const KindRow &k : kKinds)
        if (folded == QLatin1String(k.name))
            return k.kind;
    return std::nullopt;
}

QStringList kindNames()
{
    QStringList names;
    for (const KindRow &k : kKinds)
        names << QString::fromLatin1(k.name);
    return names;
}

ServerSchema::ServerSchema(pg::Connection &connection, QString schema)
    : m_db(connection)
    , m_schema(std::move(schema))
{}

QString ServerSchema::memberRole() const
{
    return m_schema + QStringLiteral("_member");
}

QString ServerSchema::qualified(const char *table) const
{
    return m_db.identifier(m_schema) + u'.' + QString::fromLatin1(table);
}

Result<int> ServerSchema::version()
{
    auto rows = m_db.query(QStringLiteral("SELECT to_regclass($1) IS NOT NULL"),
                           {m_db.identifier(m_schema) + QStringLiteral(".meta")});
    if (!rows)
        return std::unexpected(rows.error());
    if (rows->text(0, 0) != u"t")
        return 0;
    auto value = m_db.query(
        QStringLiteral("SELECT value FROM %1 WHERE key = 'schema_version'").arg(qualified("meta")));
    if (!value)
        return std::unexpected(value.error());
    return value->empty() ? 0 : value->text(0, 0).toInt();
}

Result<void> ServerSchema::createVersion1()
{
    const QString schema = m_db.identifier(m_schema);
    const QString members = m_db.identifier(memberRole());
    auto fill = [&](QString sql) {
        return sql.replace(QStringLiteral("%S"), schema).replace(QStringLiteral("%M"), members);
    };
    // The members' group role is cluster-wide; made once.
    auto exists = roleExists(m_db, memberRole());
    if (!exists)
        return std::unexpected(exists.error());
    if (!*exists)
        if (auto ok = m_db.exec(QStringLiteral("CREATE ROLE %1 NOLOGIN").arg(members)); !ok)
            return ok;
    if (auto ok = m_db.exec(QStringLiteral("CREATE SCHEMA IF NOT EXISTS %1").arg(schema)); !ok)
        return ok;
    if (auto ok = m_db.exec(fill(QString::fromUtf8(kVersion1))); !ok)
        return ok;
    for (const char *table : kOwnedTables) {
        QString sql = fill(QString::fromUtf8(kOwnedTable));
        sql.replace(QStringLiteral("%T"), QString::fromLatin1(table));
        if (auto ok = m_db.exec(sql); !ok)
            return ok;
    }
    return {};
}

Result<InitReport> ServerSchema::init()
{
    auto postgis = m_db.query(
        QStringLiteral("SELECT 1 FROM pg_available_extensions WHERE name = 'postgis'"));
    if (!postgis)
        return std::unexpected(postgis.error());
    if (postgis->empty())
        return fail(tr("PostGIS is not installed on the server."), m_db.dsn(),
                    tr("Install it there (Debian: postgresql-15-postgis-3) and run server init "
                       "again."));
    InitReport report;
    auto ok = pg::transaction(m_db, [&]() -> Result<void> {
        // One init at a time: a second waits here and then finds the schema made.
        if (auto locked = m_db.query(QStringLiteral("SELECT pg_advisory_xact_lock(hashtext($1))"),
                                     {QStringLiteral("geisep init ") + m_schema});
            !locked)
            return std::unexpected(locked.error());
        if (auto made = m_db.exec(QStringLiteral("CREATE EXTENSION IF NOT EXISTS postgis")); !made)
            return made;
        auto current = version();
        if (!current)
            return std::unexpected(current.error());
        report.fromVersion = *current;
        if (*current > kSchemaVersion)
            return fail(tr("The server's plan has schema version %1; this program knows up to "
                           "%2.")
                            .arg(*current)
                            .arg(kSchemaVersion),
                        m_db.dsn(), tr("Update GEİSEP Workbench."));
        if (*current < 1)
            if (auto made = createVersion1(); !made)
                return made;
        if (*current < 2)
            if (auto made = m_db.exec(QString::fromUtf8(kVersion2).replace(
                    QStringLiteral("%S"), m_db.identifier(m_schema)));
                !made)
                return made;
        report.toVersion = kSchemaVersion;
        auto stored = m_db.query(QStringLiteral("INSERT INTO %1 (key, value) VALUES "
                                                "('schema_version', $1) ON CONFLICT (key) DO "
                                                "UPDATE SET value = EXCLUDED.value")
                                     .arg(qualified("meta")),
                                 {QString::number(kSchemaVersion)});
        if (!stored)
            return std::unexpected(stored.error());
        return {};
    });
    if (!ok)
        return std::unexpected(ok.error());
    return report;
}

Result<Member> ServerSchema::addMember(const QString &institution, InstitutionKind kind,
                                       const QString &role, const std::optional<QString> &password)
{
    const QString name = institution.trimmed();
    if (name.isEmpty())
        return fail(tr("An institution needs a name."));
    const QString login = role.isEmpty() ? asciiSlug(name, QStringLiteral("kurum"), 50) : role;
    auto current = version();
    if (!current)
        return std::unexpected(current.error());
    if (*current < 1)
        return fail(tr("The server has no shared plan yet."), m_db.dsn(),
                    tr("Run geisep-cli server init first."));
    std::optional<QString> hashed;
    if (password) {
        auto h = m_db.encryptPassword(*password, login);
        if (!h)
            return std::unexpected(h.error());
        hashed = *h;
    }
    Member member{name, kind, login};
    auto ok = pg::transaction(m_db, [&]() -> Result<void> {
        auto taken = m_db.query(
            QStringLiteral("SELECT name FROM %1 WHERE role = $1").arg(qualified("institutions")),
            {login});
        if (!taken)
            return std::unexpected(taken.error());
        if (!taken->empty() && taken->text(0, 0) != name)
            return fail(tr("The role %1 already belongs to %2.").arg(login, taken->text(0, 0)),
                        m_db.dsn(), tr("Choose another role name with --role."));
        auto exists = roleExists(m_db, login);
        if (!exists)
            return std::unexpected(exists.error());
        const QString quoted = m_db.identifier(login);
        if (!*exists)
            if (auto made = m_db.exec(QStringLiteral("CREATE ROLE %1 LOGIN").arg(quoted)); !made)
                return made;
        if (auto granted = m_db.exec(
                QStringLiteral("GRANT %1 TO %2").arg(m_db.identifier(memberRole()), quoted));
            !granted)
            return granted;
        if (hashed)
            if (auto set = m_db.exec(
                    QStringLiteral("ALTER ROLE %1 PASSWORD %2").arg(quoted, m_db.literal(*hashed)));
                !set)
                return set;
        auto stored = m_db.query(QStringLiteral("INSERT INTO %1 (name, kind, role) VALUES ($1, "
                                                "$2, $3) ON CONFLICT (name) DO UPDATE SET kind "
                                                "= EXCLUDED.kind, role = EXCLUDED.role")
                                     .arg(qualified("institutions")),
                                 {name, kindName(kind), login});
        if (!stored)
            return std::unexpected(stored.error());
        return {};
    });
    if (!ok)
        return std::unexpected(ok.error());
    return member;
}

Result<std::vector<Member>> ServerSchema::members()
{
    auto rows = m_db.query(QStringLiteral("SELECT name, kind, role FROM %1 ORDER BY name")
                               .arg(qualified("institutions")));
    if (!rows)
        return std::unexpected(rows.error());
    std::vector<Member> out;
    for (std::size_t r = 0; r < rows->size(); ++r)
        out.push_back({rows->text(r, 0),
                       kindFromName(rows->text(r, 1)).value_or(InstitutionKind::Diger),
                       rows->text(r, 2)});
    return out;
}

Result<QString> ServerSchema::currentInstitution()
{
    auto rows = m_db.query(
        QStringLiteral("SELECT %1.current_institution()").arg(m_db.identifier(m_schema)));
    if (!rows)
        return std::unexpected(rows.error());
    return rows->text(0, 0);
}

Result<Member> ServerSchema::requireMember()
{
    const auto noSchema = [&] {
        return fail(tr("The server has no shared plan in schema %1 yet.").arg(m_schema), m_db.dsn(),
                    tr("Ask the governorship to run geisep-cli server init."));
    };
    const auto noMember = [&] {
        return fail(
            tr("The role %1 is no member of the province's planning group.").arg(m_db.user()),
            m_db.dsn(),
            tr("Ask the governorship to add your institution (geisep-cli server "
               "add-member) and connect as its role."));
    };
    auto member = m_db.query(QStringLiteral("SELECT pg_has_role(current_user, oid, 'MEMBER') "
                                            "FROM pg_roles WHERE rolname = $1"),
                             {memberRole()});
    if (!member)
        return std::unexpected(member.error());
    if (member->empty())
        return noSchema();
    if (member->text(0, 0) != u"t")
        return noMember();
    auto current = version();
    if (!current)
        return std::unexpected(current.error());
    if (*current < 1)
        return noSchema();
    if (*current > kSchemaVersion)
        return fail(tr("The shared plan on the server is of version %1; this workbench knows "
                       "versions up to %2.")
                        .arg(*current)
                        .arg(kSchemaVersion),
                    m_db.dsn(), tr("Install the newer GEİSEP Workbench the server was made with."));
    auto institution = currentInstitution();
    if (!institution)
        return std::unexpected(institution.error());
    if (institution->isEmpty())
        return noMember();
    auto row = m_db.query(
        QStringLiteral("SELECT kind, role FROM %1 WHERE name = $1").arg(qualified("institutions")),
        {*institution});
    if (!row)
        return std::unexpected(row.error());
    if (row->empty())
        return noMember();
    return Member{*institution, kindFromName(row->text(0, 0)).value_or(InstitutionKind::Diger),
                  row->text(0, 1)};
}

} // namespace geisep::server
