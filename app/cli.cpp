#include "app/cli.h"

#include "app/i18n.h"
#include "core/csv.h"
#include "core/figures.h"
#include "core/outputfile.h"
#include "core/planexport.h"
#include "core/project.h"
#include "core/validate.h"
#include "gis/analysis.h"
#include "gis/crs.h"
#include "gis/exporter.h"
#include "gis/importer.h"
#include "gis/maplayer.h"
#include "gis/print.h"
#include "gis/raster.h"
#include "gis/renderer.h"
#include "gis/sample.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QGuiApplication>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>
#include <cstdio>

namespace geisep::cli {

namespace {

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

class Cli
{
    Q_DECLARE_TR_FUNCTIONS(Cli)

public:
    Cli(QTextStream &out, QTextStream &err)
        : m_out(out)
        , m_err(err)
    {}

    int dispatch(const QStringList &args);

private:
    int cmdNew(const QStringList &args);
    int cmdInfo(const QStringList &args);
    int cmdValidate(const QStringList &args);
    int cmdImport(const QStringList &args);
    int cmdExport(const QStringList &args);
    int cmdFigures(const QStringList &args);
    int cmdSample(const QStringList &args);
    int cmdRender(const QStringList &args);
    int cmdPlan(const QStringList &args);
    int cmdAnalyze(const QStringList &args);
    int cmdPrint(const QStringList &args);
    int analyzeCoverage(const QStringList &args);
    int analyzePressure(const QStringList &args);
    int analyzeProjection(const QStringList &args);
    // Writes --csv OUT when given; false (after the message) when it cannot.
    bool writeTable(const QString &path, const QList<QStringList> &rows, QChar separator);
    int usage();

    // Parses ARGS for COMMAND; returns false (after printing why) on a usage error or --help.
    bool parse(QCommandLineParser &parser, const QString &command, const QString &summary,
               const QStringList &args, int positional, int *exitCode);
    int error(const Error &e);

    QTextStream &m_out;
    QTextStream &m_err;
    QString m_positionalSyntax = QStringLiteral("PROJECT.gpkg");
};

struct Command
{
    const char *name;
    const char *summary; // translated through Cli's context
};

const Command kCommands[] = {
    {"new", QT_TRANSLATE_NOOP("geisep::cli::Cli", "Create a new project file.")},
    {"info", QT_TRANSLATE_NOOP("geisep::cli::Cli",
                               "Show a project's name, CRS, schema version, layers and plan.")},
    {"import", QT_TRANSLATE_NOOP("geisep::cli::Cli",
                                 "Bring a layer into a project (GeoPackage, Shapefile, GeoJSON, "
                                 "KML, FlatGeobuf, CSV).")},
    {"export", QT_TRANSLATE_NOOP("geisep::cli::Cli",
                                 "Write a project layer to .gpkg, .geojson, .shp or .csv.")},
    {"figures", QT_TRANSLATE_NOOP("geisep::cli::Cli",
                                  "Join per-area figures from a CSV table to an area layer.")},
    {"sample",
     QT_TRANSLATE_NOOP("geisep::cli::Cli", "Build the sample project from the real data files.")},
    {"plan", QT_TRANSLATE_NOOP("geisep::cli::Cli",
                               "plan export: write the plan with its linked areas to a CSV "
                               "table.")},
    {"analyze", QT_TRANSLATE_NOOP("geisep::cli::Cli",
                                  "analyze coverage | pressure | projection: run an analysis on "
                                  "an area layer and keep it in the project.")},
    {"render", QT_TRANSLATE_NOOP("geisep::cli::Cli",
                                 "Draw the map to a PNG, exactly as the window shows it.")},
    {"print", QT_TRANSLATE_NOOP("geisep::cli::Cli",
                                "Print a layout, or an atlas of one page per area, to PDF, PNG "
                                "or SVG.")},
    {"validate",
     QT_TRANSLATE_NOOP("geisep::cli::Cli", "Check a project file: SQLite integrity, GeoPackage "
                                           "structure and plan references.")},
};

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
    if (command == u"new")
        return cmdNew(rest);
    if (command == u"info")
        return cmdInfo(rest);
    if (command == u"validate")
        return cmdValidate(rest);
    if (command == u"import")
        return cmdImport(rest);
    if (command == u"export")
        return cmdExport(rest);
    if (command == u"figures")
        return cmdFigures(rest);
    if (command == u"sample")
        return cmdSample(rest);
    if (command == u"render")
        return cmdRender(rest);
    if (command == u"plan")
        return cmdPlan(rest);
    if (command == u"analyze" || command == u"analyse")
        return cmdAnalyze(rest);
    if (command == u"print")
        return cmdPrint(rest);
    m_err << tr("Error: unknown command \"%1\".").arg(command) << '\n'
          << tr("Run geisep-cli --help for the list of commands.") << '\n';
    return Usage;
}

int Cli::cmdNew(const QStringList &args)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("PROJECT.gpkg"), tr("The project file to create."));
    const QCommandLineOption name(QStringLiteral("name"), tr("The project's name."),
                                  QStringLiteral("NAME"));
    const QCommandLineOption crs(QStringLiteral("crs"),
                                 tr("Project CRS, e.g. EPSG:5256 (TUREF / TM36). Default: the "
                                    "TM zone of --province, else EPSG:5256."),
                                 QStringLiteral("EPSG:N"));
    const QCommandLineOption province(QStringLiteral("province"), tr("The province (il)."),
                                      QStringLiteral("NAME"));
    const QCommandLineOption municipality(
        QStringLiteral("municipality"), tr("The municipality (belediye)."), QStringLiteral("NAME"));
    parser.addOptions({name, crs, province, municipality});
    int code = Ok;
    m_positionalSyntax = QStringLiteral("PROJECT.gpkg");
    if (!parse(parser, QStringLiteral("new"), commandSummary(QStringLiteral("new")), args, 1,
               &code))
        return code;
    const QString path = parser.positionalArguments().first();
    if (!parser.isSet(name) || parser.value(name).trimmed().isEmpty()) {
        m_err << tr("Error: give the project a name with --name.") << '\n';
        return Usage;
    }
    if (!path.endsWith(QStringLiteral(".gpkg"), Qt::CaseInsensitive)) {
        m_err << tr("Error: %1: a project file name must end in .gpkg.").arg(path) << '\n';
        return Usage;
    }
    int epsg = 5256;
    if (parser.isSet(crs)) {
        const auto parsed = Crs::parseEpsg(parser.value(crs));
        if (!parsed) {
            m_err << tr("Error: \"%1\" is not a CRS code; write it as EPSG:5256.")
                         .arg(parser.value(crs))
                  << '\n';
            return Usage;
        }
        epsg = *parsed;
    } else if (parser.isSet(province)) {
        if (const auto zone = Crs::defaultEpsgForProvince(parser.value(province)))
            epsg = *zone;
    }
    auto options
        = Crs::newProject(parser.value(name).trimmed(), parser.value(province).trimmed(), epsg);
    if (!options)
        return error(options.error());
    options->municipality = parser.value(municipality).trimmed();
    auto project = Project::create(path, *options);
    if (!project)
        return error(project.error());
    m_out << tr("Created %1: \"%2\", CRS EPSG:%3 %4, schema version %5.")
                 .arg(path, options->name, QString::number(epsg), options->crs.name,
                      QString::number((*project)->schemaVersion()))
          << '\n';
    return Ok;
}

QJsonObject infoToJson(const ProjectInfo &info)
{
    QJsonArray layers;
    for (const LayerInfo &layer : info.layers) {
        QJsonValue extent = QJsonValue::Null;
        if (layer.extent)
            extent = QJsonArray{layer.extent->minX, layer.extent->minY, layer.extent->maxX,
                                layer.extent->maxY};
        layers.append(QJsonObject{
            {QStringLiteral("id"), layer.id},
            {QStringLiteral("name"), layer.name},
            {QStringLiteral("table"), layer.tableName},
            {QStringLiteral("role"), layer.role},
            {QStringLiteral("geometry_type"), layer.geometryType},
            {QStringLiteral("feature_count"), layer.featureCount},
            {QStringLiteral("extent"), extent},
            {QStringLiteral("sample"), layer.isSample},
            {QStringLiteral("visible"), layer.visible},
            {QStringLiteral("opacity"), layer.opacity},
            {QStringLiteral("source"), layer.isRaster ? QJsonValue(layer.source) : QJsonValue()}});
    }
    const PlanCounts &p = info.plan;
    return QJsonObject{
        {QStringLiteral("path"), info.path},
        {QStringLiteral("name"), info.name},
        {QStringLiteral("province"), info.province},
        {QStringLiteral("municipality"), info.municipality},
        {QStringLiteral("crs"), QJsonObject{{QStringLiteral("srs_id"), info.srsId},
                                            {QStringLiteral("name"), info.crsName}}},
        {QStringLiteral("schema_version"), info.schemaVersion},
        {QStringLiteral("in_use_by_pid"),
         info.inUseByPid != 0 ? QJsonValue(info.inUseByPid) : QJsonValue(QJsonValue::Null)},
        {QStringLiteral("layers"), layers},
        {QStringLiteral("plan"), QJsonObject{{QStringLiteral("sectors"), p.sectors},
                                             {QStringLiteral("goals"), p.goals},
                                             {QStringLiteral("objectives"), p.objectives},
                                             {QStringLiteral("actions"), p.actions},
                                             {QStringLiteral("indicators"), p.indicators},
                                             {QStringLiteral("stakeholders"), p.stakeholders},
                                             {QStringLiteral("areas"), p.areas},
                                             {QStringLiteral("links"), p.links}}},
    };
}

int Cli::cmdInfo(const QStringList &args)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("PROJECT.gpkg"), tr("The project file."));
    const QCommandLineOption json(QStringLiteral("json"),
                                  tr("Print JSON (keys are listed in the README)."));
    parser.addOption(json);
    int code = Ok;
    m_positionalSyntax = QStringLiteral("PROJECT.gpkg");
    if (!parse(parser, QStringLiteral("info"), commandSummary(QStringLiteral("info")), args, 1,
               &code))
        return code;
    // info only reads: open read-only so it never upgrades, locks or changes the file.
    auto project = Project::open(parser.positionalArguments().first(), Project::Access::ReadOnly);
    if (!project)
        return error(project.error());
    const ProjectInfo info = (*project)->info();
    if (parser.isSet(json)) {
        m_out << QString::fromUtf8(QJsonDocument(infoToJson(info)).toJson(QJsonDocument::Indented));
        return Ok;
    }
    m_out << tr("Project:        %1").arg(info.name) << '\n'
          << tr("File:           %1").arg(info.path) << '\n';
    if (!info.province.isEmpty())
        m_out << tr("Province:       %1").arg(info.province) << '\n';
    if (!info.municipality.isEmpty())
        m_out << tr("Municipality:   %1").arg(info.municipality) << '\n';
    m_out << tr("CRS:            EPSG:%1 %2").arg(info.srsId).arg(info.crsName) << '\n'
          << tr("Schema version: %1").arg(info.schemaVersion) << '\n';
    if (info.inUseByPid != 0)
        m_out << tr("In use:         being edited by process %1").arg(info.inUseByPid) << '\n';
    if (info.layers.isEmpty()) {
        m_out << tr("Layers:         none") << '\n';
    } else {
        m_out << tr("Layers:") << '\n';
        for (const LayerInfo &layer : info.layers) {
            m_out << "  " << layer.name << "  [" << layer.role << ", " << layer.geometryType << ", "
                  << tr("%n feature(s)", nullptr, int(layer.featureCount)) << ']';
            if (layer.extent)
                m_out << "  "
                      << tr("extent %1, %2 – %3, %4")
                             .arg(layer.extent->minX, 0, 'f', 1)
                             .arg(layer.extent->minY, 0, 'f', 1)
                             .arg(layer.extent->maxX, 0, 'f', 1)
                             .arg(layer.extent->maxY, 0, 'f', 1);
            m_out << '\n';
        }
    }
    const PlanCounts &p = info.plan;
    m_out << tr("Plan:           %1 sectors, %2 goals, %3 objectives, %4 actions, %5 "
                "indicators, %6 stakeholders, %7 area links")
                 .arg(p.sectors)
                 .arg(p.goals)
                 .arg(p.objectives)
                 .arg(p.actions)
                 .arg(p.indicators)
                 .arg(p.stakeholders)
                 .arg(p.links)
          << '\n';
    return Ok;
}

int Cli::cmdValidate(const QStringList &args)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("PROJECT.gpkg"), tr("The project file."));
    int code = Ok;
    if (!parse(parser, QStringLiteral("validate"), commandSummary(QStringLiteral("validate")), args,
               1, &code))
        return code;
    const QString path = parser.positionalArguments().first();
    auto problems = ProjectValidator::check(path);
    if (!problems)
        return error(problems.error());
    if (problems->isEmpty()) {
        m_out << tr("%1: no problems found.").arg(path) << '\n';
        return Ok;
    }
    m_out << tr("%1: %n problem(s) found:", nullptr, int(problems->size())).arg(path) << '\n';
    for (const Problem &problem : *problems)
        m_out << "  - " << problem.message << '\n';
    return Problems;
}

int Cli::cmdImport(const QStringList &args)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("PROJECT.gpkg"), tr("The project file."));
    parser.addPositionalArgument(QStringLiteral("FILE"), tr("The file to import."));
    const QCommandLineOption layer(QStringLiteral("layer"),
                                   tr("The layer to take, when the file holds several."),
                                   QStringLiteral("SOURCE_LAYER"));
    const QCommandLineOption as(QStringLiteral("as"), tr("The layer's name in the project."),
                                QStringLiteral("NAME"));
    const QCommandLineOption role(QStringLiteral("role"),
                                  tr("muhtar_district, migrant_area, infrastructure or reference "
                                     "for vector layers; basemap for a raster (GeoTIFF, MBTiles, "
                                     "GeoPackage tiles), which is linked, not copied."),
                                  QStringLiteral("ROLE"));
    const QCommandLineOption encoding(QStringLiteral("encoding"),
                                      tr("Text encoding of the file (UTF-8, CP1254, ISO-8859-9); "
                                         "default: from .cpg or the DBF mark, else detected."),
                                      QStringLiteral("ENC"));
    const QCommandLineOption sourceCrs(QStringLiteral("source-crs"),
                                       tr("The file's CRS, when it has none (or a wrong one)."),
                                       QStringLiteral("EPSG:N"));
    const QCommandLineOption serviceField(QStringLiteral("service-field"),
                                          tr("Infrastructure: the field with the service type."),
                                          QStringLiteral("FIELD"));
    const QCommandLineOption service(QStringLiteral("service"),
                                     tr("Infrastructure: one service type for all features "
                                        "(school, health, water, transit)."),
                                     QStringLiteral("TYPE"));
    const QCommandLineOption districts(QStringLiteral("districts"),
                                       tr("Areas: a project layer of district polygons that gives "
                                          "each area its district (ilçe)."),
                                       QStringLiteral("LAYER"));
    const QCommandLineOption where(QStringLiteral("where"),
                                   tr("Take only the features that match an attribute filter, "
                                      "e.g. \"townId IN (343, 344)\"."),
                                   QStringLiteral("FILTER"));
    parser.addOptions(
        {layer, as, role, encoding, sourceCrs, serviceField, service, districts, where});
    int code = Ok;
    m_positionalSyntax = QStringLiteral("PROJECT.gpkg FILE");
    if (!parse(parser, QStringLiteral("import"), commandSummary(QStringLiteral("import")), args, 2,
               &code))
        return code;
    const QString file = parser.positionalArguments().at(1);
    if (parser.value(role) == u"basemap" || isRasterFile(file)) {
        auto project = openForWriting(parser.positionalArguments().at(0));
        if (!project)
            return error(project.error());
        auto id = addBasemap(**project, file, parser.value(as));
        if (!id)
            return error(id.error());
        auto raster = RasterSource::open(resolveRasterPath(file, (*project)->path()),
                                         projectCrsWkt((*project)->db()));
        if (raster)
            m_out << tr("Linked basemap %1: %2, %3 × %4 pixels, %5 bands, %n overview(s), CRS %6.",
                        nullptr, raster->info().overviews)
                         .arg(raster->info().dataset, raster->info().driver,
                              QString::number(raster->info().width),
                              QString::number(raster->info().height),
                              QString::number(raster->info().bands), raster->info().crsName)
                  << '\n';
        if (raster && raster->info().overviews == 0
            && std::max(raster->info().width, raster->info().height) > 4096)
            m_out << tr("Warning: the raster has no overviews, so zoomed-out maps read it whole. "
                        "Build them once with: gdaladdo -r average \"%1\"")
                         .arg(raster->info().dataset)
                  << '\n';
        return Ok;
    }
    if (!parser.isSet(role)) {
        m_err << tr("Error: give the layer's role with --role (%1).")
                     .arg(LayerImporter::roles().join(QStringLiteral(", ")))
              << '\n';
        return Usage;
    }
    if (parser.isSet(serviceField) && parser.isSet(service)) {
        m_err << tr("Error: give either --service-field or --service, not both.") << '\n';
        return Usage;
    }
    ImportOptions options;
    options.path = parser.positionalArguments().at(1);
    options.sourceLayer = parser.value(layer);
    options.name = parser.value(as);
    options.role = parser.value(role);
    options.encoding = parser.value(encoding);
    options.serviceField = parser.value(serviceField);
    options.serviceType = parser.value(service);
    options.districtsLayer = parser.value(districts);
    options.where = parser.value(where);
    if (parser.isSet(sourceCrs)) {
        options.sourceEpsg = Crs::parseEpsg(parser.value(sourceCrs));
        if (!options.sourceEpsg) {
            m_err << tr("Error: \"%1\" is not a CRS code; write it as EPSG:4326.")
                         .arg(parser.value(sourceCrs))
                  << '\n';
            return Usage;
        }
    }
    auto project = openForWriting(parser.positionalArguments().at(0));
    if (!project)
        return error(project.error());
    auto report = LayerImporter::run(**project, options);
    if (!report)
        return error(report.error());
    m_out << report->toText() << '\n';
    return Ok;
}

int Cli::cmdExport(const QStringList &args)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("PROJECT.gpkg"), tr("The project file."));
    parser.addPositionalArgument(QStringLiteral("LAYER"), tr("The layer's name or table."));
    const QCommandLineOption output({QStringLiteral("o"), QStringLiteral("output")},
                                    tr("The file to write: .gpkg, .geojson, .shp or .csv."),
                                    QStringLiteral("OUT"));
    parser.addOption(output);
    int code = Ok;
    m_positionalSyntax = QStringLiteral("PROJECT.gpkg LAYER -o OUT");
    if (!parse(parser, QStringLiteral("export"), commandSummary(QStringLiteral("export")), args, 2,
               &code))
        return code;
    if (!parser.isSet(output)) {
        m_err << tr("Error: name the output file with -o.") << '\n';
        return Usage;
    }
    auto project = Project::open(parser.positionalArguments().at(0), Project::Access::ReadOnly);
    if (!project)
        return error(project.error());
    auto outcome
        = LayerExporter::run(**project, parser.positionalArguments().at(1), parser.value(output));
    if (!outcome)
        return error(outcome.error());
    m_out << tr("Wrote %n feature(s) to %1 (%2).", nullptr, int(outcome->features))
                 .arg(parser.value(output), outcome->format)
          << '\n';
    return Ok;
}

int Cli::cmdFigures(const QStringList &args)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("PROJECT.gpkg"), tr("The project file."));
    parser.addPositionalArgument(QStringLiteral("CSV"), tr("The table of figures."));
    const QCommandLineOption layer(QStringLiteral("layer"), tr("The area layer."),
                                   QStringLiteral("NAME"));
    const QCommandLineOption period(QStringLiteral("period"), tr("The year of the figures."),
                                    QStringLiteral("YEAR"));
    const QCommandLineOption map(QStringLiteral("map"),
                                 tr("Columns to take, as COLUMN=VARIABLE[,…]; variables: "
                                    "population, migrant_population, households, "
                                    "migrant_households."),
                                 QStringLiteral("COLUMN=VARIABLE"));
    const QCommandLineOption key(QStringLiteral("key"),
                                 tr("Join by a key: the CSV column and the area field (code, "
                                    "name, id, or a column of the layer)."),
                                 QStringLiteral("COLUMN=AREA_FIELD"));
    const QCommandLineOption match(QStringLiteral("match"),
                                   tr("Join by names: the CSV's province, district and name "
                                      "columns (province and district may be left empty)."),
                                   QStringLiteral("PROVINCE,DISTRICT,NAME"));
    const QCommandLineOption reportFile(QStringLiteral("report"),
                                        tr("Write one line per input row: how it matched."),
                                        QStringLiteral("MATCHES.csv"));
    const QCommandLineOption encoding(QStringLiteral("encoding"),
                                      tr("The CSV's encoding (default: detected)."),
                                      QStringLiteral("ENC"));
    const QCommandLineOption dryRun(QStringLiteral("dry-run"),
                                    tr("Match and report, but write nothing."));
    parser.addOptions({layer, period, map, key, match, reportFile, encoding, dryRun});
    int code = Ok;
    m_positionalSyntax = QStringLiteral("PROJECT.gpkg CSV");
    if (!parse(parser, QStringLiteral("figures"), commandSummary(QStringLiteral("figures")), args,
               2, &code))
        return code;
    if (!parser.isSet(layer) || !parser.isSet(period) || !parser.isSet(map)) {
        m_err << tr("Error: --layer, --period and --map are needed.") << '\n'
              << tr("See: geisep-cli %1 --help").arg(QStringLiteral("figures")) << '\n';
        return Usage;
    }
    if (parser.isSet(key) == parser.isSet(match)) {
        m_err << tr("Error: give either --key or --match.") << '\n';
        return Usage;
    }
    FigureOptions options;
    options.csvPath = parser.positionalArguments().at(1);
    options.layer = parser.value(layer);
    bool ok = false;
    options.period = parser.value(period).toInt(&ok);
    if (!ok) {
        m_err << tr("Error: --period must be a year, e.g. 2023.") << '\n';
        return Usage;
    }
    for (const QString &pair : parser.value(map).split(u',', Qt::SkipEmptyParts)) {
        const qsizetype eq = pair.lastIndexOf(u'=');
        if (eq <= 0) {
            m_err << tr("Error: --map takes COLUMN=VARIABLE, not \"%1\".").arg(pair) << '\n';
            return Usage;
        }
        options.map.append({pair.left(eq).trimmed(), pair.mid(eq + 1).trimmed()});
    }
    if (parser.isSet(key)) {
        const QString k = parser.value(key);
        const qsizetype eq = k.lastIndexOf(u'=');
        if (eq <= 0) {
            m_err << tr("Error: --key takes COLUMN=AREA_FIELD.") << '\n';
            return Usage;
        }
        options.keyColumn = k.left(eq).trimmed();
        options.keyField = k.mid(eq + 1).trimmed();
    } else {
        const QStringList parts = parser.value(match).split(u',');
        if (parts.size() != 3) {
            m_err << tr("Error: --match takes three column names: PROVINCE,DISTRICT,NAME.") << '\n';
            return Usage;
        }
        options.provinceColumn = parts[0].trimmed();
        options.districtColumn = parts[1].trimmed();
        options.nameColumn = parts[2].trimmed();
    }
    if (parser.isSet(encoding)) {
        options.encoding = encodingFromName(parser.value(encoding));
        if (!options.encoding) {
            m_err << tr("Error: unknown encoding \"%1\"; use UTF-8, CP1254 or ISO-8859-9.")
                         .arg(parser.value(encoding))
                  << '\n';
            return Usage;
        }
    }
    auto project = Project::open(parser.positionalArguments().at(0),
                                 parser.isSet(dryRun) ? Project::Access::ReadOnly
                                                      : Project::Access::ReadWrite);
    if (!project)
        return error(project.error());
    auto report = FigureImporter::run(**project, options, parser.isSet(dryRun));
    if (!report)
        return error(report.error());
    m_out << report->toText() << '\n';
    if (parser.isSet(reportFile)) {
        if (auto written = report->writeCsv(parser.value(reportFile)); !written)
            return error(written.error());
    }
    return Ok;
}

int Cli::cmdSample(const QStringList &args)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("PROJECT.gpkg"), tr("The project to create."));
    const QCommandLineOption dataDir(
        QStringLiteral("data"),
        tr("The folder with the real data files (default: the "
           "data that comes with the program, %1).")
            .arg(QDir::toNativeSeparators(SampleProject::defaultDataDir())),
        QStringLiteral("DIR"));
    const QCommandLineOption language(QStringLiteral("lang"),
                                      tr("The language of the project's names and texts: tr "
                                         "(default) or en."),
                                      QStringLiteral("LANG"), QStringLiteral("tr"));
    parser.addOptions({dataDir, language});
    int code = Ok;
    m_positionalSyntax = QStringLiteral("PROJECT.gpkg [--data DIR]");
    if (!parse(parser, QStringLiteral("sample"), commandSummary(QStringLiteral("sample")), args, 1,
               &code))
        return code;
    const QString data
        = parser.isSet(dataDir) ? parser.value(dataDir) : SampleProject::defaultDataDir();
    const QString out = parser.positionalArguments().first();
    // Checked in the language of the messages, before the names' language is installed.
    if (auto ok = SampleProject::check(out, data); !ok)
        return error(ok.error());
    // The sample is a Turkish municipality's project: its layer and project names are Turkish
    // whatever language the messages are in, unless asked otherwise.
    const QString messages = i18n::current();
    i18n::install(parser.value(language));
    auto built = SampleProject::build(out, data);
    i18n::install(messages);
    if (!built)
        return error(built.error());
    m_out << tr("Built the sample project %1.").arg(*built) << '\n';
    return Ok;
}

int Cli::cmdPlan(const QStringList &args)
{
    if (args.isEmpty() || args.first() != u"export") {
        if (!args.isEmpty() && (args.first() == u"--help" || args.first() == u"-h")) {
            m_out << tr("Usage: geisep-cli plan export PROJECT.gpkg -o OUT.csv [options]") << '\n';
            return Ok;
        }
        m_err << tr("Error: say what to do with the plan: geisep-cli plan export PROJECT.gpkg -o "
                    "OUT.csv")
              << '\n';
        return Usage;
    }
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("PROJECT.gpkg"), tr("The project file."));
    const QCommandLineOption output({QStringLiteral("o"), QStringLiteral("output")},
                                    tr("The CSV file to write (UTF-8 with BOM)."),
                                    QStringLiteral("OUT.csv"));
    const QCommandLineOption separator(QStringLiteral("separator"),
                                       tr("Field separator: ; (default, as Turkish Excel reads "
                                          "it, with decimal commas) or , (decimal points)."),
                                       QStringLiteral("SEP"), QStringLiteral(";"));
    const QCommandLineOption english(QStringLiteral("english"),
                                     tr("Headers, sectors and titles in English (where given)."));
    const QCommandLineOption personal(QStringLiteral("with-personal-data"),
                                      tr("Write the names of people in the stakeholder register "
                                         "(personal data); by default their title or "
                                         "organisation stands in."));
    parser.addOptions({output, separator, english, personal});
    int code = Ok;
    m_positionalSyntax = QStringLiteral("PROJECT.gpkg -o OUT.csv");
    if (!parse(parser, QStringLiteral("plan export"), commandSummary(QStringLiteral("plan")),
               args.mid(1), 1, &code))
        return code;
    if (!parser.isSet(output)) {
        m_err << tr("Error: say where to write with -o OUT.csv.") << '\n';
        return Usage;
    }
    const QString sep = parser.value(separator);
    if (sep != u";" && sep != u",") {
        m_err << tr("Error: the separator is ; or ,.") << '\n';
        return Usage;
    }
    auto project = Project::open(parser.positionalArguments().first(), Project::Access::ReadOnly);
    if (!project)
        return error(project.error());
    PlanCsvOptions options;
    options.separator = sep.front();
    options.english = parser.isSet(english);
    options.personalData = parser.isSet(personal);
    auto rows = PlanExport::writeCsv((*project)->db(), parser.value(output), options);
    if (!rows)
        return error(rows.error());
    m_out << tr("Wrote %n plan row(s) to %1.", nullptr, *rows).arg(parser.value(output)) << '\n';
    return Ok;
}

bool Cli::writeTable(const QString &path, const QList<QStringList> &rows, QChar separator)
{
    if (path.isEmpty())
        return true;
    if (auto ok = CsvWriter::write(path, rows, separator); !ok) {
        error(ok.error());
        return false;
    }
    m_out << tr("Wrote %n row(s) to %1.", nullptr, int(rows.size()) - 1).arg(path) << '\n';
    return true;
}

namespace {

// NAME=VALUE,NAME=VALUE; nullopt (with the bad part in `bad`) when a value is not a number.
std::optional<QMap<QString, double>> namedNumbers(const QString &text, QString *bad)
{
    QMap<QString, double> out;
    for (const QString &part : text.split(u',', Qt::SkipEmptyParts)) {
        const qsizetype eq = part.indexOf(u'=');
        const auto value = eq > 0 ? parseNumber(part.mid(eq + 1).trimmed()) : std::nullopt;
        if (!value) {
            *bad = part;
            return std::nullopt;
        }
        out.insert(part.left(eq).trimmed().toLower(), *value);
    }
    return out;
}

} // namespace

int Cli::cmdAnalyze(const QStringList &args)
{
    const QString kind = args.value(0);
    if (kind == u"coverage")
        return analyzeCoverage(args.mid(1));
    if (kind == u"pressure")
        return analyzePressure(args.mid(1));
    if (kind == u"projection")
        return analyzeProjection(args.mid(1));
    if (kind == u"--help" || kind == u"-h") {
        m_out << tr("Usage: geisep-cli analyze coverage|pressure|projection PROJECT.gpkg "
                    "[options]")
              << '\n';
        return Ok;
    }
    m_err << tr("Error: say which analysis: geisep-cli analyze coverage|pressure|projection "
                "PROJECT.gpkg --areas LAYER …")
          << '\n';
    return Usage;
}

int Cli::analyzeCoverage(const QStringList &args)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("PROJECT.gpkg"), tr("The project file."));
    const QCommandLineOption areas(QStringLiteral("areas"), tr("The layer of areas."),
                                   QStringLiteral("LAYER"));
    const QCommandLineOption facilities(QStringLiteral("facilities"),
                                        tr("A layer of facilities (points), network lines or "
                                           "coverage polygons; give it again for more."),
                                        QStringLiteral("LAYER"));
    const QCommandLineOption serviceField(QStringLiteral("service-field"),
                                          tr("The field naming each feature's service (default "
                                             "service)."),
                                          QStringLiteral("FIELD"));
    const QCommandLineOption distance(QStringLiteral("distance"),
                                      tr("Catchment distances in metres (defaults school=1000, "
                                         "health=1000, water=500, transit=500)."),
                                      QStringLiteral("SERVICE=M,…"));
    const QCommandLineOption services(QStringLiteral("services"), tr("Only these services."),
                                      QStringLiteral("A,B"));
    const QCommandLineOption population(QStringLiteral("population"),
                                        tr("The figure counted as population (default "
                                           "population; \"none\" for none)."),
                                        QStringLiteral("VARIABLE"));
    const QCommandLineOption period(QStringLiteral("period"),
                                    tr("The year of the population figure (default the latest)."),
                                    QStringLiteral("YEAR"));
    const QCommandLineOption finer(QStringLiteral("finer"),
                                   tr("A layer of buildings or blocks to place population by."),
                                   QStringLiteral("LAYER"));
    const QCommandLineOption finerField(QStringLiteral("finer-field"),
                                        tr("Its field of counts (default: each feature counts "
                                           "one)."),
                                        QStringLiteral("FIELD"));
    const QCommandLineOption noGaps(QStringLiteral("no-gaps"), tr("Do not make gap layers."));
    const QCommandLineOption csv(QStringLiteral("csv"), tr("Also write the results table."),
                                 QStringLiteral("OUT.csv"));
    const QCommandLineOption english(QStringLiteral("english"), tr("Table headers in English."));
    for (const auto &o : {areas, facilities, serviceField, distance, services, population, period,
                          finer, finerField, noGaps, csv, english})
        parser.addOption(o);
    int code = Ok;
    m_positionalSyntax = QStringLiteral("PROJECT.gpkg --areas LAYER --facilities LAYER");
    if (!parse(parser, QStringLiteral("analyze coverage"),
               commandSummary(QStringLiteral("analyze")), args, 1, &code))
        return code;
    if (!parser.isSet(areas) || !parser.isSet(facilities)) {
        m_err << tr("Error: give --areas LAYER and --facilities LAYER.") << '\n';
        return Usage;
    }
    CoverageRequest request;
    request.areas = parser.value(areas);
    request.facilities = parser.values(facilities);
    request.serviceField = parser.value(serviceField);
    QString bad;
    const auto distances = namedNumbers(parser.value(distance), &bad);
    if (!distances) {
        m_err << tr("Error: \"%1\" is not SERVICE=METRES.").arg(bad) << '\n';
        return Usage;
    }
    request.distances = *distances;
    for (const QString &s : parser.value(services).split(u',', Qt::SkipEmptyParts))
        request.services << s.trimmed().toLower();
    if (parser.isSet(population))
        request.populationVariable
            = parser.value(population) == u"none" ? QString() : parser.value(population);
    request.period = parser.value(period).toInt();
    request.finer = parser.value(finer);
    request.finerField = parser.value(finerField);
    request.gapLayers = !parser.isSet(noGaps);

    auto project = openForWriting(parser.positionalArguments().first());
    if (!project)
        return error(project.error());
    auto job = Coverage::prepare(**project, request);
    if (!job)
        return error(job.error());
    QElapsedTimer timer;
    timer.start();
    auto rows = Coverage::compute(*job);
    if (!rows)
        return error(rows.error());
    const qint64 ms = timer.elapsed();
    auto stored = Coverage::store(**project, *job, *rows);
    if (!stored)
        return error(stored.error());
    m_out << tr("Coverage run %1: %n area(s) of \"%2\"", nullptr, int(job->areas->featureCount()))
                 .arg(stored->runId)
                 .arg(job->areasLayer.name)
          << ", " << tr("computed in %1 s.").arg(QLocale().toString(ms / 1000.0, 'f', 2)) << '\n';
    for (const CoverageService &service : job->services) {
        double area = 0, covered = 0, people = 0, peopleCovered = 0;
        for (const CoverageRow &row : *rows) {
            if (row.service != service.name)
                continue;
            area += row.areaM2;
            covered += row.coveredM2;
            if (std::isfinite(row.coveredPopulation)) {
                peopleCovered += row.coveredPopulation;
                people += row.area < job->options.population.size()
                                  && std::isfinite(job->options.population[row.area])
                              ? job->options.population[row.area]
                              : 0;
            }
        }
        m_out << "  " << service.name.leftJustified(8) << ' '
              << tr("%1 m: %2 % of the area covered")
                     .arg(QLocale().toString(service.distance, 'f', 0))
                     .arg(QLocale().toString(area > 0 ? covered / area * 100 : 0, 'f', 1));
        if (people > 0)
            m_out << tr(", %1 % of the population")
                         .arg(QLocale().toString(peopleCovered / people * 100, 'f', 1));
        m_out << '\n';
    }
    if (!stored->gapLayers.isEmpty())
        m_out << tr("%n gap layer(s) added.", nullptr, int(stored->gapLayers.size())) << '\n';
    if (stored->replacedLayers > 0)
        m_out << tr("%n gap layer(s) of earlier runs replaced.", nullptr, stored->replacedLayers)
              << '\n';
    return writeTable(parser.value(csv), Coverage::table(*job, *rows, u';', parser.isSet(english)),
                      u';')
               ? Ok
               : Failed;
}

int Cli::analyzePressure(const QStringList &args)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("PROJECT.gpkg"), tr("The project file."));
    const QCommandLineOption areas(QStringLiteral("areas"), tr("The layer of areas."),
                                   QStringLiteral("LAYER"));
    const QCommandLineOption weights(
        QStringLiteral("weights"),
        tr("Weights of migrant_share, migrants_per_1000, migrant_growth, density, "
           "coverage_deficit (others keep the preset's)."),
        QStringLiteral("NAME=W,…"));
    const QCommandLineOption preset(QStringLiteral("preset"),
                                    tr("balanced (default), migration or services."),
                                    QStringLiteral("NAME"), QStringLiteral("balanced"));
    const QCommandLineOption period(QStringLiteral("period"),
                                    tr("The year of the figures (default the latest)."),
                                    QStringLiteral("YEAR"));
    const QCommandLineOption fromPeriod(QStringLiteral("from"),
                                        tr("The earlier year for growth (default the one "
                                           "before)."),
                                        QStringLiteral("YEAR"));
    const QCommandLineOption coverageRun(QStringLiteral("coverage-run"),
                                         tr("The coverage run for the deficit (default the "
                                            "newest on the layer)."),
                                         QStringLiteral("ID"));
    const QCommandLineOption classes(QStringLiteral("classes"), tr("Number of classes (3–9)."),
                                     QStringLiteral("N"), QStringLiteral("5"));
    const QCommandLineOption top(QStringLiteral("top"),
                                 tr("List the N areas of highest "
                                    "pressure (default 10)."),
                                 QStringLiteral("N"), QStringLiteral("10"));
    const QCommandLineOption csv(QStringLiteral("csv"), tr("Also write the results table."),
                                 QStringLiteral("OUT.csv"));
    const QCommandLineOption english(QStringLiteral("english"), tr("Table headers in English."));
    for (const auto &o :
         {areas, weights, preset, period, fromPeriod, coverageRun, classes, top, csv, english})
        parser.addOption(o);
    int code = Ok;
    m_positionalSyntax = QStringLiteral("PROJECT.gpkg --areas LAYER");
    if (!parse(parser, QStringLiteral("analyze pressure"),
               commandSummary(QStringLiteral("analyze")), args, 1, &code))
        return code;
    if (!parser.isSet(areas)) {
        m_err << tr("Error: give --areas LAYER.") << '\n';
        return Usage;
    }
    PressureRequest request;
    request.areas = parser.value(areas);
    const auto presetWeights = PressureWeights::preset(parser.value(preset));
    if (!presetWeights) {
        m_err << tr("Error: the presets are %1.")
                     .arg(PressureWeights::presetNames().join(QStringLiteral(", ")))
              << '\n';
        return Usage;
    }
    request.weights = *presetWeights;
    request.preset = parser.value(preset);
    QString bad;
    const auto given = namedNumbers(parser.value(weights), &bad);
    if (!given) {
        m_err << tr("Error: \"%1\" is not NAME=WEIGHT.").arg(bad) << '\n';
        return Usage;
    }
    for (auto it = given->cbegin(); it != given->cend(); ++it) {
        int c = 0;
        while (c < kPressureComponents && pressureComponentKey(PressureComponent(c)) != it.key())
            ++c;
        if (c == kPressureComponents) {
            m_err << tr("Error: no component \"%1\"; they are migrant_share, migrants_per_1000, "
                        "migrant_growth, density, coverage_deficit.")
                         .arg(it.key())
                  << '\n';
            return Usage;
        }
        request.weights.w[std::size_t(c)] = it.value();
        request.preset = QStringLiteral("custom");
    }
    request.period = parser.value(period).toInt();
    request.fromPeriod = parser.value(fromPeriod).toInt();
    request.coverageRun = parser.value(coverageRun).toLongLong();
    request.classes = parser.value(classes).toInt();

    auto project = openForWriting(parser.positionalArguments().first());
    if (!project)
        return error(project.error());
    const QDateTime started = QDateTime::currentDateTimeUtc();
    auto result = Pressure::compute(**project, request);
    if (!result)
        return error(result.error());
    auto runId = Pressure::store(**project, *result, started);
    if (!runId)
        return error(runId.error());
    m_out << tr("Migration pressure run %1 on \"%2\" (%3).")
                 .arg(*runId)
                 .arg(result->areasLayer.name)
                 .arg(result->period)
          << '\n';
    for (const QString &note : result->notes)
        m_out << "  " << note << '\n';
    const int n = std::max(0, parser.value(top).toInt());
    for (const PressureRow &row : result->rows) {
        if (row.rank == 0 || row.rank > n)
            break;
        m_out << QString::number(row.rank).rightJustified(4) << ". " << row.label << "  "
              << QLocale().toString(row.score, 'f', 1) << "  ("
              << Pressure::classTitle(row.klass, std::clamp(request.classes, 3, 9)) << ")";
        QStringList parts;
        for (int c = 0; c < kPressureComponents; ++c) {
            if (row.smallCell && c <= 2) { // rates of a small migrant count are withheld
                parts << pressureComponentTitle(PressureComponent(c)) + QStringLiteral(" –");
                continue;
            }
            if (std::isfinite(row.raw[std::size_t(c)]))
                parts << pressureComponentTitle(PressureComponent(c)) + QStringLiteral(" ")
                             + QLocale().toString(row.raw[std::size_t(c)], 'f', c == 3 ? 0 : 1);
        }
        m_out << "  " << parts.join(QStringLiteral("; ")) << '\n';
    }
    return writeTable(parser.value(csv), Pressure::table(*result, u';', parser.isSet(english)),
                      u';')
               ? Ok
               : Failed;
}

int Cli::analyzeProjection(const QStringList &args)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("PROJECT.gpkg"), tr("The project file."));
    const QCommandLineOption areas(QStringLiteral("areas"), tr("The layer of areas."),
                                   QStringLiteral("LAYER"));
    const QCommandLineOption horizon(QStringLiteral("horizon"), tr("The year projected to."),
                                     QStringLiteral("YEAR"));
    const QCommandLineOption base(QStringLiteral("base"),
                                  tr("The year of the population figure to start from (default "
                                     "the latest)."),
                                  QStringLiteral("YEAR"));
    const QCommandLineOption low(QStringLiteral("low"), tr("Low growth, % a year."),
                                 QStringLiteral("RATE"));
    const QCommandLineOption medium(QStringLiteral("medium"), tr("Medium growth, % a year."),
                                    QStringLiteral("RATE"));
    const QCommandLineOption high(QStringLiteral("high"), tr("High growth, % a year."),
                                  QStringLiteral("RATE"));
    const QCommandLineOption standards(
        QStringLiteral("standards"),
        tr("Per-person standards: school_age (share 0–1), education, health, green (m²), water "
           "(litres a day)."),
        QStringLiteral("NAME=V,…"));
    const QCommandLineOption facilities(QStringLiteral("facilities"),
                                        tr("A layer of schools with their places, for the "
                                           "shortfall."),
                                        QStringLiteral("LAYER"));
    const QCommandLineOption capacityField(QStringLiteral("capacity-field"),
                                           tr("Its field of places (default capacity or "
                                              "kapasite)."),
                                           QStringLiteral("FIELD"));
    const QCommandLineOption csv(QStringLiteral("csv"), tr("Also write the results table."),
                                 QStringLiteral("OUT.csv"));
    const QCommandLineOption english(QStringLiteral("english"), tr("Table headers in English."));
    for (const auto &o : {areas, horizon, base, low, medium, high, standards, facilities,
                          capacityField, csv, english})
        parser.addOption(o);
    int code = Ok;
    m_positionalSyntax = QStringLiteral("PROJECT.gpkg --areas LAYER --horizon YEAR");
    if (!parse(parser, QStringLiteral("analyze projection"),
               commandSummary(QStringLiteral("analyze")), args, 1, &code))
        return code;
    if (!parser.isSet(areas) || !parser.isSet(horizon)) {
        m_err << tr("Error: give --areas LAYER and --horizon YEAR.") << '\n';
        return Usage;
    }
    ProjectionRequest request;
    request.areas = parser.value(areas);
    request.horizon = parser.value(horizon).toInt();
    request.basePeriod = parser.value(base).toInt();
    for (const auto &[option, rate] :
         {std::pair{&low, &request.low}, std::pair{&medium, &request.medium},
          std::pair{&high, &request.high}}) {
        if (!parser.isSet(*option))
            continue;
        const auto v = parseNumber(parser.value(*option));
        if (!v) {
            m_err << tr("Error: \"%1\" is not a rate.").arg(parser.value(*option)) << '\n';
            return Usage;
        }
        *rate = *v;
    }
    QString bad;
    const auto given = namedNumbers(parser.value(standards), &bad);
    if (!given) {
        m_err << tr("Error: \"%1\" is not NAME=VALUE.").arg(bad) << '\n';
        return Usage;
    }
    ProjectionStandards &st = request.standards;
    const QMap<QString, double *> names = {{QStringLiteral("school_age"), &st.schoolAgeShare},
                                           {QStringLiteral("education"), &st.educationM2},
                                           {QStringLiteral("health"), &st.healthM2},
                                           {QStringLiteral("water"), &st.waterLitres},
                                           {QStringLiteral("green"), &st.greenM2}};
    for (auto it = given->cbegin(); it != given->cend(); ++it) {
        if (!names.contains(it.key())) {
            m_err << tr("Error: no standard \"%1\"; they are %2.")
                         .arg(it.key(), QStringList(names.keys()).join(QStringLiteral(", ")))
                  << '\n';
            return Usage;
        }
        *names.value(it.key()) = it.value();
    }
    request.facilities = parser.value(facilities);
    request.capacityField = parser.value(capacityField);

    auto project = openForWriting(parser.positionalArguments().first());
    if (!project)
        return error(project.error());
    const QDateTime started = QDateTime::currentDateTimeUtc();
    auto result = Projection::compute(**project, request);
    if (!result)
        return error(result.error());
    auto runId = Projection::store(**project, *result, started);
    if (!runId)
        return error(runId.error());
    m_out << tr("Projection run %1 on \"%2\", %3 → %4.")
                 .arg(*runId)
                 .arg(result->areasLayer.name)
                 .arg(result->basePeriod)
                 .arg(request.horizon)
          << '\n'
          << "  " << result->ratesFrom << '\n';
    double base0 = 0;
    std::array<double, 3> total{}, places{}, shortfall{};
    for (const ProjectionRow &row : result->rows) {
        if (!std::isfinite(row.base))
            continue;
        base0 += row.base;
        for (std::size_t s = 0; s < 3; ++s) {
            total[s] += row.population[s];
            places[s] += row.schoolPlaces[s];
            if (std::isfinite(row.schoolShortfall[s]))
                shortfall[s] += row.schoolShortfall[s];
        }
    }
    const QLocale locale;
    for (std::size_t s = 0; s < 3; ++s) {
        m_out << "  " << Projection::scenarioTitle(int(s)).leftJustified(8) << ' '
              << tr("%1 % a year: %2 → %3 people, %4 school places")
                     .arg(locale.toString(result->rates[s], 'f', 2), locale.toString(base0, 'f', 0),
                          locale.toString(total[s], 'f', 0), locale.toString(places[s], 'f', 0));
        if (!request.facilities.isEmpty())
            m_out << tr(", %1 short").arg(locale.toString(shortfall[s], 'f', 0));
        m_out << '\n';
    }
    return writeTable(parser.value(csv), Projection::table(*result, u';', parser.isSet(english)),
                      u';')
               ? Ok
               : Failed;
}

int Cli::cmdRender(const QStringList &args)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("PROJECT.gpkg"), tr("The project file."));
    const QCommandLineOption output({QStringLiteral("o"), QStringLiteral("output")},
                                    tr("The PNG file to write."), QStringLiteral("OUT.png"));
    const QCommandLineOption size(QStringLiteral("size"),
                                  tr("Image size in pixels (default 1920x1080)."),
                                  QStringLiteral("WxH"), QStringLiteral("1920x1080"));
    const QCommandLineOption extent(QStringLiteral("extent"),
                                    tr("The part of the map to draw, in the project's CRS."),
                                    QStringLiteral("MINX,MINY,MAXX,MAXY"));
    const QCommandLineOption zoomTo(QStringLiteral("zoom-to"),
                                    tr("Fit the map to a layer, or to one feature of it."),
                                    QStringLiteral("LAYER[:FID]"));
    const QCommandLineOption layersOption(QStringLiteral("layers"),
                                          tr("Draw only these layers (names or tables)."),
                                          QStringLiteral("A,B"));
    const QCommandLineOption repeat(QStringLiteral("repeat"),
                                    tr("Draw N times and print the median time per frame."),
                                    QStringLiteral("N"), QStringLiteral("1"));
    const QCommandLineOption naive(QStringLiteral("compare-naive"),
                                   tr("Also draw every vertex of every feature, without the "
                                      "index or simplification, and print both times."));
    for (const auto &o : {output, size, extent, zoomTo, layersOption, repeat, naive})
        parser.addOption(o);
    int code = Ok;
    m_positionalSyntax = QStringLiteral("PROJECT.gpkg -o OUT.png");
    if (!parse(parser, QStringLiteral("render"), commandSummary(QStringLiteral("render")), args, 1,
               &code))
        return code;
    if (!parser.isSet(output)) {
        m_err << tr("Error: name the output file with -o.") << '\n';
        return Usage;
    }
    const QStringList wh = parser.value(size).split(QLatin1Char('x'));
    const int width = wh.size() == 2 ? wh[0].toInt() : 0;
    const int height = wh.size() == 2 ? wh[1].toInt() : 0;
    if (width < 16 || height < 16) {
        m_err << tr("Error: --size takes WIDTHxHEIGHT in pixels, e.g. 1920x1080.") << '\n';
        return Usage;
    }
    // Each layer is drawn into an image of the frame's size on each render thread: bounded so
    // a frame stays within a laptop's memory (25 million pixels is about 100 MB an image).
    constexpr int kMaxSide = 10000;
    constexpr qint64 kMaxPixels = 25'000'000;
    if (width > kMaxSide || height > kMaxSide || qint64(width) * height > kMaxPixels) {
        m_err << tr("Error: --size %1 is too large: at most %2 pixels a side and %3 million "
                    "pixels in all. For a poster, print a layout to PDF (geisep-cli print), "
                    "which is drawn as vectors at any size.")
                     .arg(parser.value(size), QString::number(kMaxSide),
                          QString::number(kMaxPixels / 1'000'000))
              << '\n';
        return Usage;
    }
    bool repeatOk = false;
    const int repeats = parser.value(repeat).toInt(&repeatOk);
    if (!repeatOk || repeats < 1) {
        m_err << tr("Error: --repeat takes a number of frames, e.g. 20.") << '\n';
        return Usage;
    }
    auto project = Project::open(parser.positionalArguments().at(0), Project::Access::ReadOnly);
    if (!project)
        return error(project.error());
    auto loaded = loadMapLayers((*project)->db());
    if (!loaded)
        return error(loaded.error());
    std::vector<std::shared_ptr<const MapLayer>> layers(loaded->begin(), loaded->end());
    auto findLayer = [&](const QString &name) -> std::shared_ptr<const MapLayer> {
        for (const auto &l : layers)
            if (l->name == name || l->table == name)
                return l;
        return nullptr;
    };
    auto layerNames = [&] {
        QStringList names;
        for (const auto &l : layers)
            names << l->name;
        return names.join(QStringLiteral(", "));
    };
    if (parser.isSet(layersOption)) {
        std::vector<std::shared_ptr<const MapLayer>> chosen;
        for (const QString &name :
             parser.value(layersOption).split(QLatin1Char(','), Qt::SkipEmptyParts)) {
            const auto layer = findLayer(name.trimmed());
            if (!layer) {
                m_err << tr("Error: the project has no layer \"%1\"; its layers are: %2.")
                             .arg(name, layerNames())
                      << '\n';
                return Usage;
            }
            chosen.push_back(layer);
        }
        // Keep the project's drawing order whatever order they were named in.
        std::erase_if(layers, [&](const auto &l) {
            return std::find(chosen.begin(), chosen.end(), l) == chosen.end();
        });
    }
    Envelope frameExtent;
    if (parser.isSet(extent)) {
        const QStringList parts = parser.value(extent).split(QLatin1Char(','));
        bool ok = parts.size() == 4;
        double v[4] = {};
        for (int i = 0; ok && i < 4; ++i)
            v[i] = parts[i].trimmed().toDouble(&ok);
        if (!ok || v[0] >= v[2] || v[1] >= v[3]) {
            m_err << tr("Error: --extent takes MINX,MINY,MAXX,MAXY with MINX < MAXX and MINY < "
                        "MAXY.")
                  << '\n';
            return Usage;
        }
        frameExtent = Envelope{v[0], v[1], v[2], v[3]};
    } else if (parser.isSet(zoomTo)) {
        const QString spec = parser.value(zoomTo);
        const qsizetype colon = spec.lastIndexOf(QLatin1Char(':'));
        const QString name = colon > 0 ? spec.left(colon) : spec;
        const auto layer = findLayer(name);
        if (!layer) {
            m_err << tr("Error: the project has no layer \"%1\"; its layers are: %2.")
                         .arg(name, layerNames())
                  << '\n';
            return Usage;
        }
        if (colon > 0) {
            bool ok = false;
            const qint64 fid = spec.mid(colon + 1).toLongLong(&ok);
            const auto index = ok ? layer->geometry->indexOfFid(fid) : std::nullopt;
            if (!index) {
                m_err << tr("Error: the layer \"%1\" has no feature %2.")
                             .arg(name, spec.mid(colon + 1))
                      << '\n';
                return Usage;
            }
            frameExtent = layer->geometry->boxes[*index];
        } else {
            frameExtent = layer->geometry->extent;
        }
    } else {
        for (const auto &l : layers)
            if (l->visible)
                frameExtent.expand(l->geometry->extent);
    }
    RenderSettings settings;
    settings.viewport.setSize(QSize(width, height));
    if (frameExtent.isEmpty())
        frameExtent = Envelope{0, 0, 1000, 1000}; // nothing to draw: an empty map
    settings.viewport.zoomToExtent(frameExtent);

    auto timeFrames = [&](bool naiveFrames, int threads, RenderedFrame *keep) {
        std::vector<double> ms;
        RenderSettings s = settings;
        s.naive = naiveFrames;
        s.threads = threads;
        for (int i = 0; i < repeats; ++i) {
            QElapsedTimer timer;
            timer.start();
            RenderedFrame frame = MapRenderer::render(layers, s);
            ms.push_back(double(timer.nsecsElapsed()) / 1e6);
            if (keep && i == 0)
                *keep = std::move(frame);
        }
        std::sort(ms.begin(), ms.end());
        return ms[ms.size() / 2];
    };
    RenderedFrame frame;
    const double median = timeFrames(false, 0, &frame);
    {
        OutputFile png(parser.value(output));
        if (auto opened = png.open(); !opened)
            return error(opened.error());
        if (!frame.image.save(&png, "PNG") && !png.failed()) {
            m_err << tr("Error: cannot write %1; check the folder and the name (it must end in "
                        ".png).")
                         .arg(parser.value(output))
                  << '\n';
            return Failed;
        }
        if (auto written = png.commit(); !written)
            return error(written.error());
    }
    if (repeats > 1 || parser.isSet(naive)) {
        m_out << tr("Frame: %1 ms (median of %2), %3 labels, scale 1:%L4.")
                     .arg(median, 0, 'f', 1)
                     .arg(repeats)
                     .arg(frame.labels.size())
                     .arg(qRound64(settings.viewport.scaleDenominator()))
              << '\n';
    }
    if (parser.isSet(naive)) {
        // The reference: one thread, every vertex of every feature, no index.
        const double oneThread = timeFrames(false, 1, nullptr);
        const double naiveMedian = timeFrames(true, 1, nullptr);
        m_out << tr("One thread: %1 ms. Naive (one thread, every vertex, no index): %2 ms.")
                     .arg(oneThread, 0, 'f', 1)
                     .arg(naiveMedian, 0, 'f', 1)
              << '\n'
              << tr("Naive ÷ renderer: %1 (one thread: %2).")
                     .arg(naiveMedian / std::max(median, 1e-3), 0, 'f', 2)
                     .arg(naiveMedian / std::max(oneThread, 1e-3), 0, 'f', 2)
              << '\n';
    }
    return Ok;
}

} // namespace

int Cli::cmdPrint(const QStringList &args)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("PROJECT.gpkg"), tr("The project file."));
    const QCommandLineOption layout(QStringLiteral("layout"),
                                    tr("A layout saved in the project (Print ▸ Layout designer), "
                                       "or a template: fact-sheet, district-map."),
                                    QStringLiteral("NAME"));
    const QCommandLineOption output({QStringLiteral("o"), QStringLiteral("output")},
                                    tr("The file to write: .pdf (all pages in one file), .png or "
                                       ".svg (one file per page: NAME-001.png, …)."),
                                    QStringLiteral("OUT"));
    const QCommandLineOption atlas(QStringLiteral("atlas"),
                                   tr("One page per area of this layer (instead of the layout's "
                                      "own atlas layer)."),
                                   QStringLiteral("LAYER"));
    const QCommandLineOption filter(QStringLiteral("filter"),
                                    tr("Which areas, e.g. \"ilçe = Şahinbey\" or \"nüfus >= 5000 "
                                       "AND ilçe IN (Şahinbey, Şehitkamil)\"."),
                                    QStringLiteral("EXPR"));
    const QCommandLineOption top(QStringLiteral("top"),
                                 tr("Only the N areas with the highest migration pressure."),
                                 QStringLiteral("N"));
    const QCommandLineOption dpi(QStringLiteral("dpi"),
                                 tr("Resolution of PNG and SVG pages "
                                    "(default 300)."),
                                 QStringLiteral("N"), QStringLiteral("300"));
    const QCommandLineOption perArea(QStringLiteral("per-area"),
                                     tr("One file per area in the folder OUT, named after the "
                                        "area."));
    const QCommandLineOption formatOption(QStringLiteral("format"),
                                          tr("With --per-area: pdf (default), png or svg."),
                                          QStringLiteral("FORMAT"), QStringLiteral("pdf"));
    const QCommandLineOption noCover(QStringLiteral("no-cover"),
                                     tr("Leave out the atlas's cover and contents pages."));
    const QCommandLineOption english(QStringLiteral("english"),
                                     tr("With a template: its English version."));
    const QCommandLineOption personal(QStringLiteral("with-personal-data"),
                                      tr("Print the names and contact details of muhtar and "
                                         "other people (personal data, KVKK)."));
    const QCommandLineOption date(QStringLiteral("date"),
                                  tr("The date to print (YYYY-MM-DD; "
                                     "default today)."),
                                  QStringLiteral("DATE"));
    const QCommandLineOption naive(QStringLiteral("naive"),
                                   tr("Benchmark reference: draw every feature, no index."));
    for (const auto &o : {layout, output, atlas, filter, top, dpi, perArea, formatOption, noCover,
                          english, personal, date, naive})
        parser.addOption(o);
    int code = Ok;
    m_positionalSyntax = QStringLiteral("PROJECT.gpkg --layout NAME -o OUT.pdf");
    if (!parse(parser, QStringLiteral("print"), commandSummary(QStringLiteral("print")), args, 1,
               &code))
        return code;
    if (!parser.isSet(layout) || !parser.isSet(output)) {
        m_err << tr("Error: print needs --layout NAME and -o OUT.") << '\n';
        return Usage;
    }
    // With --per-area, OUT is a folder and --format says which files go in it.
    const auto format = parser.isSet(perArea) ? PrintOutput::formatNamed(parser.value(formatOption))
                                              : PrintOutput::formatOf(parser.value(output));
    if (!format) {
        m_err << (parser.isSet(perArea) ? tr("Error: --format takes pdf, png or svg.")
                                        : tr("Error: the output must end in .pdf, .png or .svg."))
              << '\n';
        return Usage;
    }
    bool ok = false;
    const int dots = parser.value(dpi).toInt(&ok);
    if (!ok || dots < 36 || dots > 1200) {
        m_err << tr("Error: --dpi takes a number from 36 to 1200.") << '\n';
        return Usage;
    }
    PrintRequest request;
    request.layoutName = parser.value(layout);
    if (parser.isSet(english))
        if (auto t = LayoutTemplates::byName(request.layoutName, false))
            request.layout = *t;
    if (parser.isSet(atlas))
        request.atlasLayer = parser.value(atlas);
    if (parser.isSet(filter))
        request.filter = parser.value(filter);
    if (parser.isSet(top)) {
        const int n = parser.value(top).toInt(&ok);
        if (!ok || n < 1) {
            m_err << tr("Error: --top takes a number of areas, e.g. 10.") << '\n';
            return Usage;
        }
        request.topN = n;
    }
    if (parser.isSet(date)) {
        request.date = QDate::fromString(parser.value(date), Qt::ISODate);
        if (!request.date.isValid()) {
            m_err << tr("Error: --date takes YYYY-MM-DD, e.g. 2026-12-02.") << '\n';
            return Usage;
        }
    }
    if (parser.isSet(noCover))
        request.coverAndContents = false;
    request.personalData = parser.isSet(personal);
    request.naive = parser.isSet(naive);
    auto project = Project::open(parser.positionalArguments().at(0), Project::Access::ReadOnly);
    if (!project)
        return error(project.error());
    QElapsedTimer timer;
    timer.start();
    auto job = Printer::prepare(**project, request);
    if (!job)
        return error(job.error());
    const qint64 prepareMs = timer.elapsed();
    PrintOutput out;
    out.path = parser.value(output);
    out.format = *format;
    out.perArea = parser.isSet(perArea);
    out.dpi = dots;
    auto written = Printer::write(*job, out);
    if (!written)
        return error(written.error());
    const double seconds = double(timer.elapsed()) / 1000;
    m_out << tr("Printed %n page(s) of \"%1\"", nullptr, written->pages).arg(job->layout.name);
    if (job->atlasLayer)
        m_out << ' '
              << tr("(atlas of %n area(s) of \"%1\")", nullptr, int(job->areas.size()))
                     .arg(job->atlasLayer->name);
    m_out << ' '
          << tr("in %1 s (%2 pages a second; reading the project %3 s).")
                 .arg(seconds, 0, 'f', 2)
                 .arg(seconds > 0 ? written->pages / seconds : 0.0, 0, 'f', 1)
                 .arg(double(prepareMs) / 1000, 0, 'f', 2)
          << '\n';
    if (written->files.size() == 1)
        m_out << tr("Wrote %1.").arg(written->files.front()) << '\n';
    else
        m_out << tr("Wrote %n file(s) to %1.", nullptr, int(written->files.size()))
                     .arg(QFileInfo(written->files.front()).absolutePath())
              << '\n';
    if (written->anyHidden)
        m_out << tr("Counts below %1 are shown as \"<%1\" (small-cell suppression).")
                     .arg(job->threshold)
              << '\n';
    return Ok;
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
