// The layout designer's printing: export to PDF, PNG or SVG, paper printing and print
// preview, each behind its dialog.
#include "app/print/layoutdesigner.h"

#include "app/filedialogs.h"
#include "app/print/paperprint.h"
#include "app/session.h"
#include "app/worker.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileInfo>
#include <QFormLayout>
#include <QLabel>
#include <QPrintDialog>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QPushButton>
#include <QSpinBox>

#include <algorithm>
#include <atomic>

namespace geisep {

bool LayoutDesigner::exportTo(const PrintOutput &output, bool personalData,
                              const QList<qint64> &selection)
{
    if (!m_layout)
        return false;
    PrintRequest request;
    request.layout = *m_layout;
    request.personalData = personalData;
    request.selection = selection;
    auto job = Printer::prepare(m_session->project(), request);
    if (!job) {
        m_session->reportError(job.error());
        return false;
    }
    Result<PrintOutcome> result = PrintOutcome{};
    std::atomic_bool cancel = false;
    const PrintJob &prepared = *job;
    BackgroundTask::run(this, tr("Printing %1…").arg(m_layout->name),
                        [&](const std::function<bool(qint64, qint64)> &progress) {
                            result = Printer::write(
                                prepared, output,
                                [&](int done, int total) {
                                    if (!progress(done, total))
                                        cancel = true;
                                },
                                &cancel);
                        });
    if (!result) {
        if (!cancel) // a cancel needs no message: nothing was written
            m_session->reportError(result.error());
        return false;
    }
    m_atlasStatus->setText(tr("Printed %n page(s) to %1.", nullptr, result->pages)
                               .arg(result->files.size() == 1
                                        ? result->files.front()
                                        : QFileInfo(result->files.front()).absolutePath()));
    return true;
}

std::shared_ptr<const PrintJob> LayoutDesigner::paperJob()
{
    // Paper prints what the preview shows: the job it prepared (no personal data), not another.
    flushPreview();
    if (!m_layout)
        return nullptr;
    if (m_jobError) {
        m_session->reportError(*m_jobError);
        return nullptr;
    }
    return m_job;
}

bool LayoutDesigner::printOnPaper(QPrinter &printer)
{
    const auto job = paperJob();
    if (!job)
        return false;
    const auto [first, last] = paper::pageRange(printer, *job);
    Result<int> result = 0;
    std::atomic_bool cancel = false;
    BackgroundTask::run(this, tr("Printing %1…").arg(m_layout->name),
                        [&](const std::function<bool(qint64, qint64)> &progress) {
                            result = paper::print(
                                printer, *job, first, last,
                                [&](int done, int total) {
                                    if (!progress(done, total))
                                        cancel = true;
                                },
                                &cancel);
                        });
    if (!result) {
        if (!cancel)
            m_session->reportError(result.error());
        return false;
    }
    m_atlasStatus->setText(tr("Sent %n page(s) to %1.", nullptr, *result)
                               .arg(printer.outputFileName().isEmpty() ? printer.printerName()
                                                                       : printer.outputFileName()));
    return true;
}

void LayoutDesigner::printDialog()
{
    const auto job = paperJob();
    if (!job)
        return;
    QPrinter printer(QPrinter::HighResolution);
    paper::setUp(printer, *job);
    QPrintDialog dialog(&printer, this);
    dialog.setWindowTitle(tr("Print \"%1\"").arg(m_layout->name));
    dialog.setOption(QAbstractPrintDialog::PrintPageRange);
    dialog.setMinMax(1, job->pageCount());
    if (dialog.exec() != QDialog::Accepted)
        return;
    printOnPaper(printer);
}

QPrintPreviewDialog *LayoutDesigner::printPreview(int first, int last)
{
    const auto job = paperJob();
    if (!job)
        return nullptr;
    first = std::clamp(first, 0, job->pageCount() - 1);
    last = std::clamp(last, first, job->pageCount() - 1);
    auto printer = std::make_shared<QPrinter>(QPrinter::HighResolution);
    paper::setUp(*printer, *job);
    printer->setPrintRange(QPrinter::PageRange);
    printer->setFromTo(first + 1, last + 1);
    auto *dialog = new QPrintPreviewDialog(printer.get(), this);
    dialog->setObjectName(QStringLiteral("printPreview"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("Print preview: %1, pages %2–%3 of %4")
                               .arg(m_layout->name, QString::number(first + 1),
                                    QString::number(last + 1), QString::number(job->pageCount())));
    // The preview draws the range chosen; printing from it prints what the printer dialog
    // there asks for (that range unless changed). The job and printer live as long as the
    // dialog.
    connect(dialog, &QPrintPreviewDialog::paintRequested, dialog, [job, printer](QPrinter *target) {
        const auto [from, to] = paper::pageRange(*target, *job);
        (void)paper::print(*target, *job, from, to);
    });
    dialog->resize(900, 800);
    dialog->open();
    return dialog;
}

void LayoutDesigner::previewDialog()
{
    const auto job = paperJob();
    if (!job)
        return;
    const int pages = job->pageCount();
    int first = 0, last = pages - 1;
    // A long atlas is previewed a range at a time: every page is drawn before the preview
    // shows, a few seconds for a dozen.
    constexpr int kAtOnce = 12;
    if (pages > kAtOnce) {
        QDialog ask(this);
        ask.setWindowTitle(tr("Print preview"));
        auto *form = new QFormLayout(&ask);
        form->addRow(new QLabel(
            tr("The atlas has %n page(s). Which shall the preview show?", nullptr, pages), &ask));
        auto *from = new QSpinBox(&ask);
        from->setObjectName(QStringLiteral("fromPage"));
        from->setRange(1, pages);
        auto *to = new QSpinBox(&ask);
        to->setObjectName(QStringLiteral("toPage"));
        to->setRange(1, pages);
        to->setValue(kAtOnce);
        connect(from, &QSpinBox::valueChanged, to, [to](int v) {
            to->setMinimum(v);
            to->setMaximum(std::min(to->maximum(), v + 4 * kAtOnce - 1));
        });
        form->addRow(tr("From page:"), from);
        form->addRow(tr("To page:"), to);
        auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &ask);
        connect(buttons, &QDialogButtonBox::accepted, &ask, &QDialog::accept);
        connect(buttons, &QDialogButtonBox::rejected, &ask, &QDialog::reject);
        form->addRow(buttons);
        if (ask.exec() != QDialog::Accepted)
            return;
        first = from->value() - 1;
        last = to->value() - 1;
    }
    printPreview(first, last);
}

void LayoutDesigner::exportDialog()
{
    if (!m_layout)
        return;
    flushPreview(); // the page count below
    QDialog dialog(this);
    dialog.setWindowTitle(tr("Print / export \"%1\"").arg(m_layout->name));
    auto *form = new QFormLayout(&dialog);
    auto *format = new QComboBox(&dialog);
    format->addItem(tr("PDF (vector, fonts embedded)"), QStringLiteral("pdf"));
    format->addItem(tr("PNG image"), QStringLiteral("png"));
    format->addItem(tr("SVG drawing"), QStringLiteral("svg"));
    auto *dpi = new QSpinBox(&dialog);
    dpi->setRange(36, 1200);
    dpi->setValue(300);
    dpi->setSuffix(tr(" dpi"));
    auto *perArea = new QCheckBox(tr("One file per area, named after it"), &dialog);
    perArea->setEnabled(m_layout->atlas.enabled);
    auto *personal
        = new QCheckBox(tr("Print names and contact details of people (personal data)"), &dialog);
    personal->setToolTip(tr("Muhtar and stakeholder contact details are personal data (KVKK): "
                            "print them only for those who may see them."));
    form->addRow(tr("Format:"), format);
    form->addRow(tr("Resolution (PNG, SVG):"), dpi);
    form->addRow(perArea);
    form->addRow(personal);
    // The areas selected on the map, when they are of the atlas layer.
    QList<qint64> selected;
    if (m_selection && m_job && m_job->atlasLayer) {
        const auto [layerId, fids] = m_selection();
        if (layerId == m_job->atlasLayer->id)
            selected = fids;
    }
    auto *onlySelected = new QCheckBox(
        tr("Only the %n area(s) selected on the map", nullptr, int(selected.size())), &dialog);
    onlySelected->setEnabled(!selected.isEmpty());
    form->addRow(onlySelected);
    if (m_job)
        form->addRow(new QLabel(tr("%n page(s).", nullptr, m_job->pageCount()), &dialog));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Choose file and print…"));
    form->addRow(buttons);
    connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const QString suffix = format->currentData().toString();
    PrintOutput output;
    output.format = *PrintOutput::formatNamed(suffix);
    output.dpi = dpi->value();
    output.perArea = perArea->isChecked();
    const QString suggested = QFileInfo(m_session->project().path())
                                  .dir()
                                  .filePath(Printer::safeFileName(m_layout->name)
                                            + (output.perArea ? QString() : u'.' + suffix));
    output.path = output.perArea
                      ? files::existingFolder(this, tr("Folder for the pages"),
                                              QFileInfo(suggested).absolutePath())
                      : files::saveFile(this, tr("Print to"), suggested,
                                        suffix.toUpper() + QStringLiteral(" (*.") + suffix + u')');
    if (output.path.isEmpty())
        return;
    if (!output.perArea && QFileInfo(output.path).suffix().isEmpty())
        output.path += u'.' + suffix;
    exportTo(output, personal->isChecked(), onlySelected->isChecked() ? selected : QList<qint64>());
}

} // namespace geisep
