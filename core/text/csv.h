#pragma once

#include "core/error.h"
#include "core/text/textcodec.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace geisep {

// A CSV file as Turkish users have it: UTF-8 with or without BOM, or CP1254 from Turkish Excel;
// ',' ';' or tab separators; quoted fields with doubled quotes and line breaks inside.
struct CsvTable
{
    QStringList header;
    QList<QStringList> rows;
    QList<int> lines; // the line on which each row starts (the header is line 1)
    QChar separator;
    TextEncoding encoding = TextEncoding::Utf8;
    QString encodingReason;

    // Index of a header by folded name ("Nüfus 2023" finds "NUFUS 2023"); -1 if absent.
    int column(const QString &name) const;
};

class CsvReader
{
    Q_DECLARE_TR_FUNCTIONS(CsvReader)

public:
    // Strict: every row has the header's fields and a quote only opens or closes a field, as
    // figures need. Quotes: only what garbles rows is an error (a quote that never closes, text
    // after a closing quote); a quote inside a plain field is text and rows may be ragged, as
    // GDAL reads them (the importer's check of a CSV layer).
    enum class Mode { Strict, Quotes };
    static Result<CsvTable> read(const QString &path,
                                 std::optional<TextEncoding> encoding = std::nullopt,
                                 Mode mode = Mode::Strict);
    static Result<CsvTable> parse(const QByteArray &bytes, const QString &path,
                                  std::optional<TextEncoding> encoding = std::nullopt,
                                  Mode mode = Mode::Strict);
};

// Writes a table for spreadsheets, whole or not at all (QSaveFile): UTF-8 with a BOM so Excel
// and LibreOffice show Turkish letters, CRLF line ends, fields quoted where they hold the
// separator, a quote or a line break. ';' is what Turkish Excel reads (with decimal commas).
class CsvWriter
{
    Q_DECLARE_TR_FUNCTIONS(CsvWriter)

public:
    static Result<void> write(const QString &path, const QList<QStringList> &rows,
                              QChar separator = u';');
    // A number as the separator's spreadsheet reads it: decimal comma with ';', point with
    // ','; no thousands marks; empty for NaN.
    static QString number(double value, int decimals, QChar separator = u';');
};

// A typed table as CSV rows, its header first: numbers through CsvWriter::number (decimal comma
// with ';'), dates as 2026-12-31, text as it is.
struct SheetTable;
QList<QStringList> csvRows(const SheetTable &table, QChar separator = u';');

// A number as people type it: "12450", "12.450" and "1.234.567" (dot thousands), "3,5" and
// "1.234,5" (Turkish decimal comma, so "12,450" is 12.45), "1,234.5" (both marks, English
// order); nullopt for anything else.
std::optional<double> parseNumber(const QString &text);

} // namespace geisep
