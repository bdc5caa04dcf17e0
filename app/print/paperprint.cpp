#include "app/print/paperprint.h"

#include <QCoreApplication>
#include <QPageLayout>
#include <QPainter>
#include <QPrinter>

#include <algorithm>

namespace geisep {

namespace {

class Text
{
    Q_DECLARE_TR_FUNCTIONS(PaperPrint)
};

} // namespace

namespace paper {

void setUp(QPrinter &printer, const PrintJob &job)
{
    const QSizeF mm = job.layout.page.sizeMm();
    const bool landscape = mm.width() > mm.height();
    // The page size is given upright; the orientation turns it.
    const QPageSize size(landscape ? mm.transposed() : mm, QPageSize::Millimeter);
    printer.setFullPage(true);
    printer.setPageLayout(QPageLayout(size,
                                      landscape ? QPageLayout::Landscape : QPageLayout::Portrait,
                                      QMarginsF(0, 0, 0, 0), QPageLayout::Millimeter));
    printer.setDocName(job.layout.name);
    printer.setCreator(QStringLiteral("GEİSEP Workbench"));
    printer.setFromTo(0, 0); // no range yet: every page
}

std::pair<int, int> pageRange(const QPrinter &printer, const PrintJob &job)
{
    const int last = job.pageCount() - 1;
    if (printer.printRange() == QPrinter::PageRange && printer.fromPage() > 0) {
        const int from = std::clamp(printer.fromPage() - 1, 0, last);
        const int to = std::clamp(printer.toPage() > 0 ? printer.toPage() - 1 : last, from, last);
        return {from, to};
    }
    return {0, last};
}

Result<int> print(QPrinter &printer, const PrintJob &job, int first, int last,
                  const std::function<void(int, int)> &progress, const std::atomic_bool *cancel)
{
    if (job.pageCount() == 0 || first < 0 || last < first || last >= job.pageCount())
        return fail(Text::tr("There are no such pages to print."));
    QPainter painter;
    if (!painter.begin(&printer))
        return fail(Text::tr("The printer \"%1\" cannot be used.").arg(printer.printerName()),
                    QString(), Text::tr("Check that it is on and set up, or print to PDF."));
    const double dpi = printer.resolution();
    const int total = last - first + 1;
    int done = 0;
    for (int page = first; page <= last; ++page) {
        if (cancel && cancel->load()) {
            printer.abort();
            painter.end();
            return fail(Text::tr("Cancelled."));
        }
        if (page > first && !printer.newPage()) {
            painter.end();
            return fail(Text::tr("The printer stopped after %n page(s).", nullptr, done));
        }
        Printer::paintPage(painter, job, page, dpi);
        ++done;
        if (progress)
            progress(done, total);
    }
    if (!painter.end())
        return fail(Text::tr("The printer did not take the pages."));
    return done;
}

} // namespace paper

} // namespace geisep
