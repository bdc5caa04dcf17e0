// geisep-cli: the workbench's work without a window. Each command lives in its own file
// (app/cli/NAME.cpp) as a Cli member; this file holds the one table of them, dispatch, help,
// argument parsing, error printing and main().
#include "app/cli/context.h"

#include "app/i18n.h"
#include "core/text/csv.h"
#include "core/text/xlsx.h"

#include <QCommandLineParser>
#include <QFileInfo>
#include <QGuiApplication>
#include <QHash>

namespace geisep::cli {

// A project opened for a command that writes: refused, with the reason, when another program
// holds it.
Result<std::unique_ptr<Project>> openForWriting(const QString &path)
{
    auto project = Project::open(path);
    if (project && (*project)->isReadOnly())
        return std::unexpected(Error{QCoreApplication::translate("Cli", "The project is open "
                                                                        "read-only."),
                                     (*project)->path(), (*project)->readOnlyReason()});
    return project;
}

namespace {

struct Command
{
    const char *name;
    const char *summary; // translated through Cli's context
    int (Cli::*run)(const QStringList &args);
};

const Command kCommands[] = {
    {"new", QT_TRANSLATE_NOOP("geisep::cli::Cli", "Create a new project file."), &Cli::cmdNew},
    {"info",
     QT_TRANSLATE_NOOP("geisep::cli::Cli",
                       "Show a project's name, CRS, schema version, layers and plan."),
     &Cli::cmdInfo},
    {"import",
     QT_TRANSLATE_NOOP("geisep::cli::Cli",
                       "Bring a layer into a project (GeoPackage, Shapefile, GeoJSON, "
                       "KML, FlatGeobuf, CSV)."),
     &Cli::cmdImport},
    {"export",
     QT_TRANSLATE_NOOP("geisep::cli::Cli",
                       "Write a project layer to .gpkg, .geojson, .shp or .csv."),
     &Cli::cmdExport},
    {"layer",
     QT_TRANSLATE_NOOP("geisep::cli::Cli",
                       "layer new: an empty layer with a role and its fields, to draw into; "
                       "layer filter: use only the features an expression keeps."),
     &Cli::cmdLayer},
    {"figures",
     QT_TRANSLATE_NOOP(
         "geisep::cli::Cli",
         "Join per-area figures from a CSV table or an Excel or ODS workbook to an area "
         "layer."),
     &Cli::cmdFigures},
    {"sample",
     QT_TRANSLATE_NOOP("geisep::cli::Cli", "Build the sample project from the real data files."),
     &Cli::cmdSample},
    {"plan",
     QT_TRANSLATE_NOOP("geisep::cli::Cli",
                       "plan export: write the plan with its linked areas to a CSV "
                       "table."),
     &Cli::cmdPlan},
    {"analyze",
     QT_TRANSLATE_NOOP("geisep::cli::Cli",
                       "analyze coverage | pressure | projection: run an analysis on "
                       "an area layer and keep it in the project."),
     &Cli::cmdAnalyze},
    {"render",
     QT_TRANSLATE_NOOP("geisep::cli::Cli",
                       "Draw the map to a PNG, exactly as the window shows it."),
     &Cli::cmdRender},
    {"print",
     QT_TRANSLATE_NOOP("geisep::cli::Cli",
                       "Print a layout, or an atlas of one page per area, to PDF, PNG "
                       "or SVG."),
     &Cli::cmdPrint},
    {"server",
     QT_TRANSLATE_NOOP("geisep::cli::Cli",
                       "server init | add-member | members: the province's shared plan on "
                       "PostgreSQL/PostGIS and the institutions that write to it."),
     &Cli::cmdServer},
    {"publish",
     QT_TRANSLATE_NOOP("geisep::cli::Cli",
                       "Send a project's plan, areas, links and figures to the province's "
                       "shared plan, as your institution, all or nothing."),
     &Cli::cmdPublish},
    {"pull",
     QT_TRANSLATE_NOOP("geisep::cli::Cli",
                       "Bring the other institutions' goals, objectives and actions from the "
                       "province's shared plan into a project, all or nothing."),
     &Cli::cmdPull},
    {"conflicts",
     QT_TRANSLATE_NOOP("geisep::cli::Cli",
                       "List the rows changed both in a project and on the shared plan since the "
                       "last sync (base, theirs, mine), or resolve one."),
     &Cli::cmdConflicts},
    {"validate",
     QT_TRANSLATE_NOOP("geisep::cli::Cli", "Check a project file: SQLite integrity, GeoPackage "
                                           "structure and plan references."),
     &Cli::cmdValidate},
};

} // namespace

QString commandSummary(const QString &name)
{
    for (const Command &c : kCommands)
        if (name == QLatin1String(c.name))
            return QCoreApplication::translate("geisep::cli::Cli", c.summary);
    return {};
}

int Cli::usage()
{
    m_out << tr("GEİSEP Workbench %1 — planning the integration of migration, without a window.")
                 .arg(QStringLiteral(GEISEP_VERSION))
          << "\n\n"
          << tr("Usage: geisep-cli COMMAND [OPTIONS]  (geisep-cli COMMAND --help for details)")
          << "\n\n"
          << tr("Commands:") << '\n';
    for (const Command &c : kCommands)
        m_out << "  " << QString::fromLatin1(c.name).leftJustified(10) << ' '
              << commandSummary(QString::fromLatin1(c.name)) << '\n';
    m_out << '\n'
          << tr("Exit status: 0 done, 1 failed, 2 wrong arguments, 3 problems found.") << '\n';
    return Ok;
}

int Cli::error(const Error &e)
{
    // The command that does what the hint says, where the window would name its menu item.
    static const QHash<QString, QString> commands{
        {QStringLiteral("figuresAction"), QStringLiteral("geisep-cli figures")},
        {QStringLiteral("importAction"), QStringLiteral("geisep-cli import")},
        {QStringLiteral("pressureAction"), QStringLiteral("geisep-cli analyze pressure")},
        {QStringLiteral("coverageAction"), QStringLiteral("geisep-cli analyze coverage")},
        {QStringLiteral("projectionAction"), QStringLiteral("geisep-cli analyze projection")}};
    Error shown = e;
    if (const QString command = commands.value(e.action); !command.isEmpty())
        shown.hint
            += (shown.hint.isEmpty() ? QString() : QStringLiteral(" ")) + tr("(%1)").arg(command);
    m_err << tr("Error: %1").arg(shown.toString()) << '\n';
    return Failed;
}

bool Cli::parse(QCommandLineParser &parser, const QString &command, const QString &summary,
                const QStringList &args, int positional, int *exitCode)
{
    parser.setApplicationDescription(summary);
    const QCommandLineOption help({QStringLiteral("h"), QStringLiteral("help")},
                                  tr("Show this help."));
    parser.addOption(help);
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    if (!parser.parse(QStringList{QStringLiteral("geisep-cli ") + command} + args)) {
        m_err << tr("Error: %1").arg(parser.errorText()) << '\n'
              << tr("See: geisep-cli %1 --help").arg(command) << '\n';
        *exitCode = Usage;
        return false;
    }
    if (parser.isSet(help)) {
        // Qt's first line names the executable only; ours names the command too.
        QString text = parser.helpText();
        text = text.mid(text.indexOf(u'\n') + 1);
        m_out << tr("Usage: geisep-cli %1 [options] %2").arg(command, m_positionalSyntax) << '\n'
              << text;
        *exitCode = Ok;
        return false;
    }
    if (parser.positionalArguments().size() != positional) {
        m_err << tr("Error: %1 expects %n file argument(s).", nullptr, positional).arg(command)
              << '\n'
              << tr("See: geisep-cli %1 --help").arg(command) << '\n';
        *exitCode = Usage;
        return false;
    }
    return true;
}

int Cli::dispatch(const QStringList &args)
{
    if (args.isEmpty() || args.first() == u"--help" || args.first() == u"-h"
        || args.first() == u"help") {
        if (args.size() >= 2 && args.first() == u"help")
            return dispatch({args.at(1), QStringLiteral("--help")});
        return usage();
    }
    if (args.first() == u"--version") {
        m_out << "geisep-cli " << QStringLiteral(GEISEP_VERSION) << '\n';
        return Ok;
    }
    const QString command = args.first();
    const QStringList rest = args.mid(1);
    for (const Command &c : kCommands)
        if (command == QLatin1String(c.name)
            || (command == u"analyse" && c.run == &Cli::cmdAnalyze))
            return (this->*c.run)(rest);
    m_err << tr("Error: unknown command \"%1\".").arg(command) << '\n'
          << tr("Run geisep-cli --help for the list of commands.") << '\n';
    return Usage;
}

bool Cli::writeTable(const QString &path, const QList<QStringList> &rows, QChar separator,
                     bool english)
{
    if (path.isEmpty())
        return true;
    const bool workbook = path.endsWith(QStringLiteral(".xlsx"), Qt::CaseInsensitive);
    if (auto ok
        = workbook ? XlsxWriter::write(
              path, {sheetFromRows(QFileInfo(path).completeBaseName(), rows, separator, !english)})
                   : CsvWriter::write(path, rows, separator);
        !ok) {
        error(ok.error());
        return false;
    }
    m_out << tr("Wrote %n row(s) to %1.", nullptr, int(rows.size()) - 1).arg(path) << '\n';
    return true;
}

int run(const QStringList &args, QTextStream &out, QTextStream &err)
{
    Cli cli(out, err);
    const int code = cli.dispatch(args);
    out.flush();
    err.flush();
    return code;
}

int main(int argc, char *argv[])
{
    // A GUI application for fonts and images (render, print), never a window: offscreen unless
    // the caller chose a platform.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("GEISEP"));
    QCoreApplication::setApplicationName(QStringLiteral("GEISEP Workbench"));
    QCoreApplication::setApplicationVersion(QStringLiteral(GEISEP_VERSION));
    i18n::install(i18n::preferredLanguage());
    QTextStream out(stdout);
    QTextStream err(stderr);
    out.setEncoding(QStringConverter::Utf8);
    err.setEncoding(QStringConverter::Utf8);
    return run(app.arguments().mid(1), out, err);
}

} // namespace geisep::cli