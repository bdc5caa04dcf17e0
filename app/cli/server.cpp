// geisep-cli server: the province's shared plan on PostgreSQL/PostGIS — init (the schema,
// versioned like the project's), add-member (an institution and its role), members.
#include "app/cli/context.h"

#include "core/server/pg.h"
#include "core/server/publish.h"
#include "core/server/pull.h"
#include "core/server/serverschema.h"

#include <QCommandLineParser>

#include <QCoreApplication>
#include <QHash>
#include <QJsonValue>

#include <cmath>
#include <cstdio>

namespace geisep::cli {

namespace {

// A line of standard input without its newline (the password for --password-stdin).
QString readLine()
{
    QTextStream in(stdin);
    return in.readLine();
}

} // namespace

int Cli::cmdServer(const QStringList &args)
{
    const QString what = args.isEmpty() ? QString() : args.first();
    if (what != u"init" && what != u"add-member" && what != u"members") {
        const bool help = what == u"--help" || what == u"-h";
        (help ? m_out : m_err) << tr(
            "Usage: geisep-cli server init --dsn DSN [--schema NAME]\n"
            "       geisep-cli server add-member --dsn DSN --institution NAME --kind KIND "
            "[--role ROLE] [--password-stdin] [--schema NAME]\n"
            "       geisep-cli server members --dsn DSN [--schema NAME]")
                               << '\n';
        return help ? Ok : Usage;
    }
    QCommandLineParser parser;
    const QCommandLineOption dsn(
        QStringLiteral("dsn"),
        tr("The server, as a libpq connection string (\"host=… port=5432 dbname=… user=… "
           "sslmode=require\" or \"service=NAME\"). The password comes from ~/.pgpass, the "
           "service file or PGPASSWORD."),
        QStringLiteral("DSN"));
    const QCommandLineOption schema(QStringLiteral("schema"),
                                    tr("The province's schema on the server (default geisep)."),
                                    QStringLiteral("NAME"), QStringLiteral("geisep"));
    const QCommandLineOption institution(QStringLiteral("institution"),
                                         tr("The institution's name, as it is written."),
                                         QStringLiteral("NAME"));
    const QCommandLineOption kind(QStringLiteral("kind"),
                                  tr("What it is: %1.").arg(server::kindNames().join(u", ")),
                                  QStringLiteral("KIND"));
    const QCommandLineOption role(QStringLiteral("role"),
                                  tr("Its PostgreSQL login role (default: made from the name)."),
                                  QStringLiteral("ROLE"));
    const QCommandLineOption passwordStdin(
        QStringLiteral("password-stdin"),
        tr("Read the role's password from the first line of standard input."));
    parser.addOptions({dsn, schema});
    if (what == u"add-member")
        parser.addOptions({institution, kind, role, passwordStdin});
    int code = Ok;
    m_positionalSyntax.clear();
    if (!parse(parser, QStringLiteral("server ") + what, commandSummary(QStringLiteral("server")),
               args.mid(1), 0, &code))
        return code;
    if (!parser.isSet(dsn)) {
        m_err << tr("Error: say which server with --dsn.") << '\n';
        return Usage;
    }
    std::optional<server::InstitutionKind> memberKind;
    if (what == u"add-member") {
        memberKind = server::kindFromName(parser.value(kind));
        if (!parser.isSet(institution) || !memberKind) {
            m_err << tr("Error: add-member needs --institution NAME and --kind, one of: %1.")
                         .arg(server::kindNames().join(u", "))
                  << '\n';
            return Usage;
        }
    }
    auto connection = pg::Connection::open(parser.value(dsn));
    if (!connection)
        return error(connection.error());
    server::ServerSchema shared(**connection, parser.value(schema));
    if (what == u"init") {
        auto report = shared.init();
        if (!report)
            return error(report.error());
        if (report->fromVersion == report->toVersion)
            m_out << tr("The shared plan in schema %1 is up to date (version %2).")
                         .arg(shared.schema())
                         .arg(report->toVersion)
                  << '\n';
        else
            m_out << tr("Made the shared plan in schema %1 (version %2).")
                         .arg(shared.schema())
                         .arg(report->toVersion)
                  << '\n';
        return Ok;
    }
    if (what == u"add-member") {
        std::optional<QString> password;
        if (parser.isSet(passwordStdin))
            password = readLine();
        auto member = shared.addMember(parser.value(institution), *memberKind, parser.value(role),
                                       password);
        if (!member)
            return error(member.error());
        m_out << tr("%1 (%2) writes its part of the plan as role %3.")
                     .arg(member->institution, server::kindName(member->kind), member->role)
              << '\n';
        return Ok;
    }
    auto members = shared.members();
    if (!members)
        return error(members.error());
    for (const server::Member &m : *members)
        m_out << m.institution << '\t' << server::kindName(m.kind) << '\t' << m.role << '\n';
    return Ok;
}

} // namespace geisep::cli

namespace geisep::cli {

int Cli::cmdPublish(const QStringList &args)
{
    return runSync(QStringLiteral("publish"), args);
}

int Cli::cmdPull(const QStringList &args)
{
    return runSync(QStringLiteral("pull"), args);
}

int Cli::runSync(const QString &command, const QStringList &args)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("PROJECT.gpkg"), tr("The project file."));
    const QCommandLineOption serverDsn(
        QStringLiteral("server"),
        tr("The province's server, as a libpq connection string; connect as your institution's "
           "role. The password comes from ~/.pgpass, the service file or PGPASSWORD."),
        QStringLiteral("DSN"));
    const QCommandLineOption schema(QStringLiteral("schema"),
                                    tr("The province's schema on the server (default geisep)."),
                                    QStringLiteral("NAME"), QStringLiteral("geisep"));
    parser.addOptions({serverDsn, schema});
    int code = Ok;
    m_positionalSyntax = QStringLiteral("PROJECT.gpkg");
    if (!parse(parser, command, commandSummary(command), args, 1, &code))
        return code;
    if (!parser.isSet(serverDsn)) {
        m_err << tr("Error: say which server with --server.") << '\n';
        return Usage;
    }
    auto project = openForWriting(parser.positionalArguments().first());
    if (!project)
        return error(project.error());
    auto connection = pg::Connection::open(parser.value(serverDsn));
    if (!connection)
        return error(connection.error());
    if (command == u"pull") {
        auto report = server::Puller::pull(**project, **connection, parser.value(schema));
        if (!report)
            return error(report.error());
        m_out << tr("Pulled for %1 from %2: %3 goals, objectives and actions new, %4 changed, "
                    "%5 as before.")
                     .arg(report->institution, report->institutions.isEmpty()
                                                   ? tr("no other institution")
                                                   : report->institutions.join(u", "))
                     .arg(report->added)
                     .arg(report->updated)
                     .arg(report->unchanged)
              << '\n';
        if (report->conflicts > 0)
            m_out << tr("%n row(s) changed both here and on the server since the last sync: "
                        "both versions are kept until you choose.",
                        nullptr, report->conflicts)
                  << '\n';
        if (report->orphans > 0)
            m_out << tr("%n item(s) were left out: what they belong to is not in the shared plan.",
                        nullptr, report->orphans)
                  << '\n';
        if (report->removed > 0 || report->keptHere > 0)
            m_out << server::Puller::removedText(report->removed, report->keptHere) << '\n';
        return Ok;
    }
    auto report = server::Publisher::publishWhole(**project, **connection, parser.value(schema));
    if (!report)
        return error(report.error());
    m_out << tr("Published for %1: %2 goals, objectives and actions, %3 area layer(s) with %4 "
                "areas, %5 links, %6 figures (%7 sector(s) new on the server).")
                 .arg(report->institution)
                 .arg(report->planItems)
                 .arg(report->layers)
                 .arg(report->areas)
                 .arg(report->links)
                 .arg(report->figures)
                 .arg(report->sectors)
          << '\n';
    if (report->conflicted > 0)
        m_out << tr("%n row(s) with an open conflict were left out; see geisep-cli conflicts.",
                    nullptr, report->conflicted)
              << '\n';
    if (report->merged > 0)
        m_out << tr("%n edit(s) of other institutions' items sent as the governorship's.", nullptr,
                    report->merged)
              << '\n';
    if (report->notYours > 0)
        m_out << server::Publisher::notYoursText(report->notYours) << '\n';
    if (report->removed > 0 || report->keptForOthers > 0)
        m_out << server::Publisher::removedText(report->removed, report->keptForOthers) << '\n';
    return Ok;
}

int Cli::cmdConflicts(const QStringList &args)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("PROJECT.gpkg"), tr("The project file."));
    const QCommandLineOption keep(QStringLiteral("keep-mine"),
                                  tr("Resolve the conflict on row UID by keeping the project's "
                                     "version; the next publish sends it."),
                                  QStringLiteral("UID"));
    const QCommandLineOption take(QStringLiteral("take-theirs"),
                                  tr("Resolve the conflict on row UID by taking the server's "
                                     "version."),
                                  QStringLiteral("UID"));
    parser.addOptions({keep, take});
    int code = Ok;
    m_positionalSyntax = QStringLiteral("PROJECT.gpkg");
    if (!parse(parser, QStringLiteral("conflicts"), commandSummary(QStringLiteral("conflicts")),
               args, 1, &code))
        return code;
    auto project = openForWriting(parser.positionalArguments().first());
    if (!project)
        return error(project.error());
    if (parser.isSet(keep) || parser.isSet(take)) {
        const bool mine = parser.isSet(keep);
        const QString uid = parser.value(mine ? keep : take);
        if (auto ok
            = server::resolve(**project, uid,
                              mine ? server::Resolution::KeepMine : server::Resolution::TakeTheirs);
            !ok)
            return error(ok.error());
        m_out << (mine ? tr("Kept this project's version of %1; publish to send it.").arg(uid)
                       : tr("Took the server's version of %1.").arg(uid))
              << '\n';
        return Ok;
    }
    auto open = server::conflicts((*project)->db());
    if (!open)
        return error(open.error());
    if (open->isEmpty()) {
        m_out << tr("No conflicts.") << '\n';
        return Ok;
    }
    for (const server::SyncConflict &c : *open) {
        const QString kind = c.kind == PlanKind::Goal        ? tr("goal")
                             : c.kind == PlanKind::Objective ? tr("objective")
                                                             : tr("action");
        m_out << c.uid << '\t' << kind << '\t' << c.mine.value(QStringLiteral("code")).toString()
              << ' ' << c.mine.value(QStringLiteral("title_tr")).toString() << '\t' << c.institution
              << '\n';
        for (const QString &key : server::changedFields(c))
            m_out << "    " << server::fieldTitle(key) << ": "
                  << tr("base %1, theirs %2, mine %3")
                         .arg(server::fieldText(c.base.value(key)),
                              server::fieldText(c.theirs.value(key)),
                              server::fieldText(c.mine.value(key)))
                  << '\n';
    }
    return Problems;
}

} // namespace geisep::cli
