#pragma once

#include "core/error.h"
#include "core/text/csv.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace geisep {

// Workbooks as planners receive them (.xlsx from Excel, .ods from LibreOffice), read through
// GDAL's XLSX and ODS drivers into the same table a CSV gives, so figures are matched, reviewed
// and reported exactly as from a CSV.
//
// A TÜİK-style sheet has title rows above its header, a header over two rows with merged cells
// ("Nüfus" over "2022" and "2023"), notes below, and numbers typed as text in Turkish form
// ("1.234", "12,5", "-" for none). readSheet finds the header as the rows just above the first
// row of data (a row with a name and a number in it), joins a two-row header into one name per
// column ("Nüfus 2022"; a merged cell's text carried over the columns under it), and leaves out
// empty rows and one-cell notes. Each row keeps its row number in the sheet for the report.
//
// Numbers: a cell stored as a number reaches GDAL as its raw value ("1.234" is one and a bit),
// a number typed as text as typed ("1.234" is a thousand and more, as Turkish text means it).
// GDAL's string cells do not say which, so the cells stored as numbers are read from the
// sheet's own XML (the .xlsx sheet's cell types, the .ods content's value types; a few lines
// of QXmlStreamReader over GDAL's /vsizip/) and their raw values handed on with a decimal comma,
// so parseNumber reads every cell one way.
class Spreadsheet
{
    Q_DECLARE_TR_FUNCTIONS(Spreadsheet)

public:
    // .xlsx, .ods (and .xls when GDAL reads it) by the file's name.
    static bool isSpreadsheet(const QString &path);
    // The sheets in the workbook's order.
    static Result<QStringList> sheets(const QString &path);
    // The table of one sheet (by name; the first one when empty). Refused, naming the file and
    // sheet, when the sheet is missing or has no header with data under it.
    static Result<CsvTable> readSheet(const QString &path, const QString &sheet = {});
};

} // namespace geisep
