#pragma once

#include "core/error.h"
#include "gis/print/print.h"

#include <atomic>
#include <functional>

class QPrinter;

namespace geisep {

// Printing a prepared job on paper, through Qt's printer (CUPS on Linux): the same pages the PDF
// holds, drawn by Printer::paintPage at the printer's resolution on the whole sheet.
namespace paper {

// Sets a printer up for a job: the layout's paper size and orientation, no margins (the layout
// has its own), the document's name, and the range of pages it may be asked for.
void setUp(QPrinter &printer, const PrintJob &job);

// The pages a printer was asked for, 0-based and inclusive: its page range when one was set
// (clamped to the job), else every page.
std::pair<int, int> pageRange(const QPrinter &printer, const PrintJob &job);

// Draws pages [first, last] (0-based) of a job on a printer, reporting each page done; stops
// when `cancel` is set. The number of pages drawn, or why it could not print.
Result<int> print(QPrinter &printer, const PrintJob &job, int first, int last,
                  const std::function<void(int done, int total)> &progress = {},
                  const std::atomic_bool *cancel = nullptr);

} // namespace paper

} // namespace geisep
