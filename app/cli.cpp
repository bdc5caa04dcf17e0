#include "app/cli.h"

#include "app/i18n.h"
#include "core/figures.h"
#include "core/planexport.h"
#include "core/project.h"
#include "core/validate.h"
#include "gis/crs.h"
#include "gis/exporter.h"
#include "gis/importer.h"
#include "gis/maplayer.h"
#include "gis/raster.h"
#include "gis/renderer.h"
#include "gis/sample.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QGuiApplication>
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
    {"sample", QT_TRANSLATE_NOOP("geisep::cli::Cli",
                                 "Build the sample project from the real data files.")},
    {"plan", QT_TRANSLATE_NOOP("geisep::cli::Cli",
                               "plan export: write the plan with its linked areas to a CSV "
                               "table.")},
    {"render", QT_TRANSLATE_NOOP("geisep::cli::Cli",
                                 "Draw the map to a PNG, exactly as the window shows it.")},
    {"validate", QT_TRANSLATE_NOOP("geisep::cli::Cli",
                                   "Check a project file: SQLite integrity, GeoPackage "
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
    m_err << tr("Error: %1").arg(e.toString()) << '\n';
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
    m_err << tr("Error: unknown command \"%1\".").arg(command) << '\n'
          << tr("Run geisep-cli --help for the list of commands.") << '\n';
    return Usage;
}

int Cli::cmdNew(const QStringList &args)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("PROJECT.gpkg"),
                                 tr("The project file to create."));
    const QCommandLineOption name(QStringLiteral("name"), tr("The project's name."),
                                  QStringLiteral("NAME"));
    const QCommandLineOption crs(QStringLiteral("crs"),
                                 tr("Project CRS, e.g. EPSG:5256 (TUREF / TM36). Default: the "
                                    "TM zone of --province, else EPSG:5256."),
                                 QStringLiteral("EPSG:N"));
    const QCommandLineOption province(QStringLiteral("province"), tr("The province (il)."),
                                      QStringLiteral("NAME"));
    const QCommandLineOption municipality(QStringLiteral("municipality"),
                                          tr("The municipality (belediye)."),
                                          QStringLiteral("NAME"));
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
    auto options = Crs::newProject(parser.value(name).trimmed(), parser.value(province).trimmed(),
                                   epsg);
    if (!options)
        return error(options.error());
    options->municipality = parser.value(municipality).trimmed();
    auto project = Project::create(path, *options);
    if (!project)
        return error(project.error());
    m_out << tr("Created %1: \"%2\", CRS EPSG:%3 %4, schema version %5.")
                 .arg(path, options->name)
                 .arg(epsg)
                 .arg(options->crs.name)
                 .arg((*project)->schemaVersion())
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
        layers.append(QJsonObject{{QStringLiteral("id"), layer.id},
                                  {QStringLiteral("name"), layer.name},
                                  {QStringLiteral("table"), layer.tableName},
                                  {QStringLiteral("role"), layer.role},
                                  {QStringLiteral("geometry_type"), layer.geometryType},
                                  {QStringLiteral("feature_count"), layer.featureCount},
                                  {QStringLiteral("extent"), extent},
                                  {QStringLiteral("sample"), layer.isSample},
                                  {QStringLiteral("visible"), layer.visible},
                                  {QStringLiteral("opacity"), layer.opacity},
                                  {QStringLiteral("source"),
                                   layer.isRaster ? QJsonValue(layer.source) : QJsonValue()}});
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
            m_out << "  " << layer.name << "  [" << layer.role << ", " << layer.geometryType
                  << ", " << tr("%n feature(s)", nullptr, int(layer.featureCount)) << ']';
            if (layer.extent)
                m_out << "  " << tr("extent %1, %2 – %3, %4")
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
    if (!parse(parser, QStringLiteral("validate"), commandSummary(QStringLiteral("validate")),
               args, 1, &code))
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
    parser.addOptions({layer, as, role, encoding, sourceCrs, serviceField, service, districts,
                       where});
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
                         .arg(raster->info().dataset, raster->info().driver)
                         .arg(raster->info().width)
                         .arg(raster->info().height)
                         .arg(raster->info().bands)
                         .arg(raster->info().crsName)
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
    auto outcome = LayerExporter::run(**project, parser.positionalArguments().at(1),
                                      parser.value(output));
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
            m_err << tr("Error: --match takes three column names: PROVINCE,DISTRICT,NAME.")
                  << '\n';
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
    const QCommandLineOption dataDir(QStringLiteral("data"),
                                     tr("The folder with the real data files (shared/data)."),
                                     QStringLiteral("DIR"));
    const QCommandLineOption language(QStringLiteral("lang"),
                                      tr("The language of the project's names and texts: tr "
                                         "(default) or en."),
                                      QStringLiteral("LANG"), QStringLiteral("tr"));
    parser.addOptions({dataDir, language});
    int code = Ok;
    m_positionalSyntax = QStringLiteral("PROJECT.gpkg --data DIR");
    if (!parse(parser, QStringLiteral("sample"), commandSummary(QStringLiteral("sample")), args, 1,
               &code))
        return code;
    if (!parser.isSet(dataDir)) {
        m_err << tr("Error: say where the data files are with --data.") << '\n';
        return Usage;
    }
    // The sample is a Turkish municipality's project: its layer and project names are Turkish
    // whatever language the messages are in, unless asked otherwise.
    const QString messages = i18n::current();
    i18n::install(parser.value(language));
    auto built = SampleProject::build(parser.positionalArguments().first(), parser.value(dataDir));
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
    if (width < 16 || height < 16 || width > 20000 || height > 20000) {
        m_err << tr("Error: --size takes WIDTHxHEIGHT in pixels, e.g. 1920x1080.") << '\n';
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
        for (const QString &name : parser.value(layersOption).split(QLatin1Char(','), Qt::SkipEmptyParts)) {
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
                m_err << tr("Error: the layer \"%1\" has no feature %2.").arg(name, spec.mid(colon + 1))
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
    if (!frame.image.save(parser.value(output), "PNG")) {
        m_err << tr("Error: cannot write %1; check the folder and the name (it must end in .png).")
                     .arg(parser.value(output))
              << '\n';
        return Failed;
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
