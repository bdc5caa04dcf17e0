// geisep-cli plan export: the plan with its linked areas as a table.
#include "app/cli/context.h"

#include "core/plan/planexport.h"
#include "core/project.h"

#include <QCommandLineParser>

namespace geisep::cli {

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
                                    tr("The file to write: .csv (UTF-8 with BOM) or .xlsx (an "
                                       "Excel workbook with typed cells)."),
                                    QStringLiteral("OUT.csv|OUT.xlsx"));
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
    const QString out = parser.value(output);
    auto rows = out.endsWith(QStringLiteral(".xlsx"), Qt::CaseInsensitive)
                    ? PlanExport::writeXlsx((*project)->db(), out, options)
                    : PlanExport::writeCsv((*project)->db(), out, options);
    if (!rows)
        return error(rows.error());
    m_out << tr("Wrote %n plan row(s) to %1.", nullptr, *rows).arg(parser.value(output)) << '\n';
    return Ok;
}

} // namespace geisep::cli
