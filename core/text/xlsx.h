#pragma once

#include "core/error.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QVariant>

namespace geisep {

// A table for a workbook sheet: typed columns, rows of values (a number, a date, text; an empty
// QVariant is an empty cell; a string in a number column, such as "<10" for a suppressed count,
// is written as text), and notes written under the table.
struct SheetTable
{
    struct Column
    {
        enum class Kind { Text, Integer, Real, Date };
        QString title;
        Kind kind = Kind::Text;
        int decimals = 2; // Real
    };
    QString name;
    QList<Column> columns;
    QList<QVariantList> rows;
    QStringList notes;
};

// A table written for CSV (its header first, numbers as CsvWriter::number wrote them for
// `separator`: a decimal comma with ';', a point with ',') as a typed sheet: a column whose
// cells are all numbers, empty, or a suppressed "<10" becomes a number column (whole or with
// the most decimals it shows); codes ("Kod", "Code") stay text. A table with suppressed cells
// carries the suppression footnote under it, in Turkish unless not `turkish`.
SheetTable sheetFromRows(const QString &name, const QList<QStringList> &rows, QChar separator,
                         bool turkish);

// Excel workbooks (.xlsx) through libxlsxwriter: one sheet per table, numbers as numbers with a
// thousands format (Excel shows them in the reader's own digits: 1.234,5 in Turkish), dates as
// dates (gg.aa.yyyy), the header row bold and frozen, columns wide enough for their contents,
// sheet names made valid (31 characters, no []:*?/\, unique). Written whole or not at all
// through OutputFile.
class XlsxWriter
{
    Q_DECLARE_TR_FUNCTIONS(XlsxWriter)

public:
    static Result<void> write(const QString &path, const QList<SheetTable> &sheets);
    // The name Excel accepts for a sheet called `wanted`, unlike any in `taken`.
    static QString sheetName(const QString &wanted, const QStringList &taken);
};

} // namespace geisep
