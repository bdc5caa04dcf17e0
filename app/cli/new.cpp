// geisep-cli new: a new project file.
#include "app/cli/context.h"

#include "core/project.h"
#include "gis/crs.h"

#include <QCommandLineParser>

namespace geisep::cli {

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

} // namespace geisep::cli
