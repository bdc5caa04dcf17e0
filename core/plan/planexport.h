#pragma once

#include "core/error.h"
#include "core/sqlite.h"
#include "core/text/xlsx.h"

#include <QCoreApplication>
#include <QString>

namespace geisep {

// The plan as a table for spreadsheets: one row per goal, objective and action in tree order,
// with its sector, parents, the action's fields, and the areas linked to it (names with their
// district, and a count). UTF-8 with a BOM so Excel and LibreOffice show Turkish letters; ';'
// between fields and a decimal comma by default, as Turkish Excel reads them.
struct PlanCsvOptions
{
    QChar separator = u';';
    bool english = false; // headers and sector names in English
    // People in the stakeholder register (a muhtar, a named contact) are written by their
    // title or organisation, not their name, unless asked for (DESIGN.md Privacy).
    bool personalData = false;
};

class PlanExport
{
    Q_DECLARE_TR_FUNCTIONS(PlanExport)

public:
    // The rows, typed (dates, the budget, counts), in the language asked for.
    static Result<SheetTable> table(Database &db, const PlanCsvOptions &options);
    // Writes PATH whole or not at all; returns the number of rows.
    static Result<int> writeCsv(Database &db, const QString &path, const PlanCsvOptions &options);
    // The same as an Excel workbook: one sheet, typed cells, the header bold and frozen.
    static Result<int> writeXlsx(Database &db, const QString &path, const PlanCsvOptions &options);
};

} // namespace geisep
