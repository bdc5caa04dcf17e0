#pragma once

// The province's shared plan on PostgreSQL/PostGIS (docs/architecture.md, "The shared plan"):
// its schema, made and upgraded by `geisep-cli server init`, and its members, one PostgreSQL
// role per institution of the planning group (`geisep-cli server add-member`).
#include "core/error.h"
#include "core/server/pg.h"

#include <QCoreApplication>
#include <QString>

#include <optional>
#include <vector>

namespace geisep::server {

// The version of the server schema this program makes; kept in SCHEMA.meta like the project's.
inline constexpr int kSchemaVersion = 2;

// The kinds of institution in a province's planning group. The governorship (valilik) merges
// and may edit everyone's part; every other member writes only its own.
enum class InstitutionKind {
    Valilik,     // governorship
    Buyuksehir,  // metropolitan municipality
    Belediye,    // district municipality
    Universite,  // university
    Oda,         // chamber
    Stk,         // NGO
    KentKonseyi, // city council
    Diger,       // other
};
QString kindName(InstitutionKind kind); // valilik, buyuksehir, belediye, universite, oda, …
std::optional<InstitutionKind> kindFromName(const QString &name);
QStringList kindNames();

struct InitReport
{
    int fromVersion = 0; // 0: the schema was made now
    int toVersion = 0;
};

struct Member
{
    QString institution;
    InstitutionKind kind = InstitutionKind::Diger;
    QString role; // the PostgreSQL role it logs in as
};

class ServerSchema
{
    Q_DECLARE_TR_FUNCTIONS(ServerSchema)

public:
    // `schema`: the province's schema (one per province on a shared server), a lower-case
    // ASCII name such as "geisep" or "il_27".
    ServerSchema(pg::Connection &connection, QString schema = QStringLiteral("geisep"));

    // Makes the schema, or brings an older one up to kSchemaVersion, in one transaction;
    // running it again changes nothing. Needs a role that may create schemas and roles (the
    // database's owner) and PostGIS installed on the server.
    Result<InitReport> init();
    // The schema's version; 0 when there is none.
    Result<int> version();
    // Adds an institution (or changes its kind) with a login role of its own; `role` made
    // from the institution's name when empty ("Şahinbey Belediyesi" → sahinbey_belediyesi).
    // A password, when given, is hashed here and never sent or logged in clear.
    Result<Member> addMember(const QString &institution, InstitutionKind kind,
                             const QString &role = {},
                             const std::optional<QString> &password = std::nullopt);
    Result<std::vector<Member>> members();
    // The institution the connection's role writes for; empty for a role that is no member.
    Result<QString> currentInstitution();
    // The connection's institution (name, kind, role), after checking the schema is there at
    // a version this client knows and the role is a member; otherwise an error saying whom to
    // ask (publish and pull).
    Result<Member> requireMember();
    // The group role every member is in: SCHEMA_member.
    QString memberRole() const;
    const QString &schema() const { return m_schema; }

private:
    QString qualified(const char *table) const; // "schema".table
    Result<void> createVersion1();

    pg::Connection &m_db;
    QString m_schema;
};

} // namespace geisep::server
