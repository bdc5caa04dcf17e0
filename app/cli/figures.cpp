// geisep-cli figures: per-area figures from a CSV table or a workbook sheet.
#include "app/cli/context.h"

#include "core/figures.h"
#include "core/project.h"
#include "gis/io/spreadsheet.h"

#include <QCommandLineParser>

namespace geisep::cli {

namespace {

// --map COLUMN=VARIABLE,…, and --key COLUMN=AREA_FIELD or --match PROVINCE,DISTRICT,NAME: which
// columns hold the figures and how rows join areas; false (after saying why) when one is wrong.
bool readColumns(const QCommandLineParser &parser, const QCommandLineOption &map,
                 const QCommandLineOption &key, const QCommandLineOption &match,
                 FigureOptions &options, QTextStream &err)
{
    for (const QString &pair : parser.value(map).split(u',', Qt::SkipEmptyParts)) {
        const qsizetype eq = pair.lastIndexOf(u'=');
        if (eq <= 0) {
            err << Cli::tr("Error: --map takes COLUMN=VARIABLE, not \"%1\".").arg(pair) << '\n';
            return false;
        }
        options.map.append({pair.left(eq).trimmed(), pair.mid(eq + 1).trimmed()});
    }
    if (parser.isSet(key)) {
        const QString k = parser.value(key);
        const qsizetype eq = k.lastIndexOf(u'=');
        if (eq <= 0) {
            err << Cli::tr("Error: --key takes COLUMN=AREA_FIELD.") << '\n';
            return false;
        }
        options.keyColumn = k.left(eq).trimmed();
        options.keyField = k.mid(eq + 1).trimmed();
    } else {
        const QStringList parts = parser.value(match).split(u',');
        if (parts.size() != 3) {
            err << Cli::tr("Error: --match takes three column names: PROVINCE,DISTRICT,NAME.")
                << '\n';
            return false;
        }
        options.provinceColumn = parts[0].trimmed();
        options.districtColumn = parts[1].trimmed();
        options.nameColumn = parts[2].trimmed();
    }
    return true;
}

} // namespace

int Cli::cmdFigures(const QStringList &args)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("PROJECT.gpkg"), tr("The project file."));
    parser.addPositionalArgument(QStringLiteral("TABLE"),
                                 tr("The table of figures: a CSV, or an Excel (.xlsx) or "
                                    "LibreOffice (.ods) workbook."));
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
                                        tr("Write one line per input row: how it matched (.csv, "
                                           "or .xlsx for Excel)."),
                                        QStringLiteral("MATCHES.csv"));
    const QCommandLineOption encoding(QStringLiteral("encoding"),
                                      tr("The CSV's encoding (default: detected)."),
                                      QStringLiteral("ENC"));
    const QCommandLineOption sheet(QStringLiteral("sheet"),
                                   tr("The workbook's sheet (default: the first)."),
                                   QStringLiteral("NAME"));
    const QCommandLineOption dryRun(QStringLiteral("dry-run"),
                                    tr("Match and report, but write nothing."));
    parser.addOptions({layer, period, map, key, match, reportFile, encoding, sheet, dryRun});
    int code = Ok;
    m_positionalSyntax = QStringLiteral("PROJECT.gpkg TABLE");
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
    if (!readColumns(parser, map, key, match, options, m_err))
        return Usage;
    if (parser.isSet(encoding)) {
        options.encoding = encodingFromName(parser.value(encoding));
        if (!options.encoding) {
            m_err << tr("Error: unknown encoding \"%1\"; use UTF-8, CP1254 or ISO-8859-9.")
                         .arg(parser.value(encoding))
                  << '\n';
            return Usage;
        }
    }
    if (Spreadsheet::isSpreadsheet(options.csvPath)) {
        auto table = Spreadsheet::readSheet(options.csvPath, parser.value(sheet));
        if (!table)
            return error(table.error());
        options.table = std::move(*table);
        options.sheet = parser.value(sheet);
        if (options.sheet.isEmpty())
            options.sheet = Spreadsheet::sheets(options.csvPath).value_or(QStringList()).value(0);
    } else if (parser.isSet(sheet)) {
        m_err << tr("Error: --sheet is for workbooks (.xlsx, .ods).") << '\n';
        return Usage;
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
        const QString out = parser.value(reportFile);
        if (auto written = out.endsWith(QStringLiteral(".xlsx"), Qt::CaseInsensitive)
                               ? report->writeXlsx(out)
                               : report->writeCsv(out);
            !written)
            return error(written.error());
    }
    return Ok;
}

} // namespace geisep::cli
