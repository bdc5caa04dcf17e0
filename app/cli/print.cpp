// geisep-cli print: a layout or an atlas to PDF, PNG or SVG.
#include "app/cli/context.h"

#include "core/project.h"
#include "gis/print.h"

#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QFileInfo>

namespace geisep::cli {

int Cli::cmdPrint(const QStringList &args)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("PROJECT.gpkg"), tr("The project file."));
    const QCommandLineOption layout(QStringLiteral("layout"),
                                    tr("A layout saved in the project (Print ▸ Layout designer), "
                                       "or a template: fact-sheet, district-map, district-sheet."),
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

} // namespace geisep::cli
