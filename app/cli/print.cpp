// geisep-cli print: a layout or an atlas to PDF, PNG or SVG.
#include "app/cli/context.h"

#include "core/project.h"
#include "gis/print/print.h"

#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QFileInfo>

#include <optional>

namespace geisep::cli {

namespace {

// The options of geisep-cli print.
struct PrintOptions
{
    const QCommandLineOption layout{
        QStringLiteral("layout"),
        Cli::tr("A layout saved in the project (Print ▸ Layout designer), "
                "or a template: fact-sheet, district-map, district-sheet."),
        QStringLiteral("NAME")};
    const QCommandLineOption output{{QStringLiteral("o"), QStringLiteral("output")},
                                    Cli::tr("The file to write: .pdf (all pages in one file), "
                                            ".png or .svg (one file per page: NAME-001.png, …)."),
                                    QStringLiteral("OUT")};
    const QCommandLineOption atlas{QStringLiteral("atlas"),
                                   Cli::tr("One page per area of this layer (instead of the "
                                           "layout's own atlas layer)."),
                                   QStringLiteral("LAYER")};
    const QCommandLineOption filter{QStringLiteral("filter"),
                                    Cli::tr("Which areas, e.g. \"ilçe = Şahinbey\" or \"nüfus >= "
                                            "5000 AND ilçe IN (Şahinbey, Şehitkamil)\"."),
                                    QStringLiteral("EXPR")};
    const QCommandLineOption top{QStringLiteral("top"),
                                 Cli::tr("Only the N areas with the highest migration pressure."),
                                 QStringLiteral("N")};
    const QCommandLineOption dpi{QStringLiteral("dpi"),
                                 Cli::tr("Resolution of PNG and SVG pages "
                                         "(default 300)."),
                                 QStringLiteral("N"), QStringLiteral("300")};
    const QCommandLineOption perArea{QStringLiteral("per-area"),
                                     Cli::tr("One file per area in the folder OUT, named after "
                                             "the area.")};
    const QCommandLineOption format{QStringLiteral("format"),
                                    Cli::tr("With --per-area: pdf (default), png or svg."),
                                    QStringLiteral("FORMAT"), QStringLiteral("pdf")};
    const QCommandLineOption noCover{QStringLiteral("no-cover"),
                                     Cli::tr("Leave out the atlas's cover and contents pages.")};
    const QCommandLineOption english{QStringLiteral("english"),
                                     Cli::tr("With a template: its English version.")};
    const QCommandLineOption personal{QStringLiteral("with-personal-data"),
                                      Cli::tr("Print the names and contact details of muhtar and "
                                              "other people (personal data, KVKK).")};
    const QCommandLineOption date{QStringLiteral("date"),
                                  Cli::tr("The date to print (YYYY-MM-DD; "
                                          "default today)."),
                                  QStringLiteral("DATE")};
    const QCommandLineOption naive{QStringLiteral("naive"),
                                   Cli::tr("Benchmark reference: draw every feature, no index.")};

    void addTo(QCommandLineParser &parser) const
    {
        for (const auto &o : {layout, output, atlas, filter, top, dpi, perArea, format, noCover,
                              english, personal, date, naive})
            parser.addOption(o);
    }
};

// Where and how to write (-o, --format, --per-area, --dpi); nullopt (after saying why) when an
// option is wrong.
std::optional<PrintOutput> outputOf(const QCommandLineParser &parser, const PrintOptions &o,
                                    QTextStream &err)
{
    // With --per-area, OUT is a folder and --format says which files go in it.
    const auto format = parser.isSet(o.perArea) ? PrintOutput::formatNamed(parser.value(o.format))
                                                : PrintOutput::formatOf(parser.value(o.output));
    if (!format) {
        err << (parser.isSet(o.perArea) ? Cli::tr("Error: --format takes pdf, png or svg.")
                                        : Cli::tr("Error: the output must end in .pdf, .png or "
                                                  ".svg."))
            << '\n';
        return std::nullopt;
    }
    bool ok = false;
    const int dots = parser.value(o.dpi).toInt(&ok);
    if (!ok || dots < 36 || dots > 1200) {
        err << Cli::tr("Error: --dpi takes a number from 36 to 1200.") << '\n';
        return std::nullopt;
    }
    PrintOutput out;
    out.path = parser.value(o.output);
    out.format = *format;
    out.perArea = parser.isSet(o.perArea);
    out.dpi = dots;
    return out;
}

// What to print (the layout, atlas, filter, top N, date, …); nullopt (after saying why) when an
// option is wrong.
std::optional<PrintRequest> requestOf(const QCommandLineParser &parser, const PrintOptions &o,
                                      QTextStream &err)
{
    PrintRequest request;
    request.layoutName = parser.value(o.layout);
    if (parser.isSet(o.english))
        if (auto t = LayoutTemplates::byName(request.layoutName, false))
            request.layout = *t;
    if (parser.isSet(o.atlas))
        request.atlasLayer = parser.value(o.atlas);
    if (parser.isSet(o.filter))
        request.filter = parser.value(o.filter);
    if (parser.isSet(o.top)) {
        bool ok = false;
        const int n = parser.value(o.top).toInt(&ok);
        if (!ok || n < 1) {
            err << Cli::tr("Error: --top takes a number of areas, e.g. 10.") << '\n';
            return std::nullopt;
        }
        request.topN = n;
    }
    if (parser.isSet(o.date)) {
        request.date = QDate::fromString(parser.value(o.date), Qt::ISODate);
        if (!request.date.isValid()) {
            err << Cli::tr("Error: --date takes YYYY-MM-DD, e.g. 2026-12-02.") << '\n';
            return std::nullopt;
        }
    }
    if (parser.isSet(o.noCover))
        request.coverAndContents = false;
    request.personalData = parser.isSet(o.personal);
    request.naive = parser.isSet(o.naive);
    return request;
}

// What was printed, how fast, and where it went.
void reportPrinted(QTextStream &out, const PrintJob &job, const PrintOutcome &written,
                   double seconds, qint64 prepareMs)
{
    out << Cli::tr("Printed %n page(s) of \"%1\"", nullptr, written.pages).arg(job.layout.name);
    if (job.atlasLayer)
        out << ' '
            << Cli::tr("(atlas of %n area(s) of \"%1\")", nullptr, int(job.areas.size()))
                   .arg(job.atlasLayer->name);
    out << ' '
        << Cli::tr("in %1 s (%2 pages a second; reading the project %3 s).")
               .arg(seconds, 0, 'f', 2)
               .arg(seconds > 0 ? written.pages / seconds : 0.0, 0, 'f', 1)
               .arg(double(prepareMs) / 1000, 0, 'f', 2)
        << '\n';
    if (written.files.size() == 1)
        out << Cli::tr("Wrote %1.").arg(written.files.front()) << '\n';
    else
        out << Cli::tr("Wrote %n file(s) to %1.", nullptr, int(written.files.size()))
                   .arg(QFileInfo(written.files.front()).absolutePath())
            << '\n';
    if (written.anyHidden)
        out << Cli::tr("Counts below %1 are shown as \"<%1\" (small-cell suppression).")
                   .arg(job.threshold)
            << '\n';
}

} // namespace

int Cli::cmdPrint(const QStringList &args)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("PROJECT.gpkg"), tr("The project file."));
    const PrintOptions options;
    options.addTo(parser);
    int code = Ok;
    m_positionalSyntax = QStringLiteral("PROJECT.gpkg --layout NAME -o OUT.pdf");
    if (!parse(parser, QStringLiteral("print"), commandSummary(QStringLiteral("print")), args, 1,
               &code))
        return code;
    if (!parser.isSet(options.layout) || !parser.isSet(options.output)) {
        m_err << tr("Error: print needs --layout NAME and -o OUT.") << '\n';
        return Usage;
    }
    const auto out = outputOf(parser, options, m_err);
    if (!out)
        return Usage;
    const auto request = requestOf(parser, options, m_err);
    if (!request)
        return Usage;
    auto project = Project::open(parser.positionalArguments().at(0), Project::Access::ReadOnly);
    if (!project)
        return error(project.error());
    QElapsedTimer timer;
    timer.start();
    auto job = Printer::prepare(**project, *request);
    if (!job)
        return error(job.error());
    const qint64 prepareMs = timer.elapsed();
    auto written = Printer::write(*job, *out);
    if (!written)
        return error(written.error());
    reportPrinted(m_out, *job, *written, double(timer.elapsed()) / 1000, prepareMs);
    return Ok;
}

} // namespace geisep::cli
