// geisep-cli export: a project layer to a file.
#include "app/cli/context.h"

#include "core/project.h"
#include "gis/io/exporter.h"

#include <QCommandLineParser>

namespace geisep::cli {

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

} // namespace geisep::cli
