#include "core/text/csv.h"

#include "core/outputfile.h"

#include "core/text/turkish.h"
#include "core/text/xlsx.h"

#include <QDate>
#include <QFile>
#include <QLocale>
#include <QRegularExpression>

#include <cmath>

namespace geisep {

int CsvTable::column(const QString &name) const
{
    const QString key = foldTurkish(name);
    for (int i = 0; i < header.size(); ++i)
        if (foldTurkish(header[i]) == key)
            return i;
    return -1;
}

Result<CsvTable> CsvReader::read(const QString &path, std::optional<TextEncoding> encoding,
                                 Mode mode)
{
    QFile file(path);
    if (!file.exists())
        return fail(tr("The file does not exist."), path, tr("Check the path."));
    if (!file.open(QIODevice::ReadOnly))
        return fail(tr("The file cannot be read: %1").arg(file.errorString()), path);
    return parse(file.readAll(), path, encoding, mode);
}

namespace {

// The input as text, its encoding (from a byte order mark, as given, or detected) noted in
// `table`; refused when it is not text, is empty, or is not the UTF-8 it is said to be.
Result<QString> decodeInput(const QByteArray &input, const QString &path,
                            std::optional<TextEncoding> encoding, CsvTable &table)
{
    QByteArray bytes = input;
    if (bytes.startsWith("\xEF\xBB\xBF")) {
        bytes.remove(0, 3);
        table.encoding = TextEncoding::Utf8;
        table.encodingReason = CsvReader::tr("UTF-8 (byte order mark)");
    } else if (encoding) {
        table.encoding = *encoding;
        table.encodingReason = CsvReader::tr("given");
        if (*encoding == TextEncoding::Utf8
            && detectEncoding(bytes).encoding != TextEncoding::Utf8) {
            // Name the first line that is not UTF-8, so the user can look at it.
            int line = 1;
            for (const QByteArray &l : bytes.split('\n')) {
                if (detectEncoding(l).encoding != TextEncoding::Utf8)
                    break;
                ++line;
            }
            return fail(
                CsvReader::tr("Line %1 is not UTF-8 text, as the chosen encoding says.").arg(line),
                path,
                CsvReader::tr("Choose CP1254 (Turkish Windows, Excel) or leave the encoding to be "
                              "detected. Nothing was imported."));
        }
    } else {
        const EncodingGuess guess = detectEncoding(bytes);
        table.encoding = guess.encoding;
        table.encodingReason = guess.reason;
    }
    if (bytes.contains('\0'))
        return fail(CsvReader::tr("This is not a text file (it contains NUL bytes)."), path,
                    CsvReader::tr("Save the table as CSV from your spreadsheet program."));
    const QString text = decode(bytes, table.encoding);
    if (text.trimmed().isEmpty())
        return fail(CsvReader::tr("The file is empty."), path,
                    CsvReader::tr("Check that it is the file you meant."));
    return text;
}

// The separator is whichever of ; , tab occurs most in the header line, outside quotes.
QChar headerSeparator(const QString &text)
{
    int counts[3] = {0, 0, 0};
    bool quoted = false;
    for (QChar c : text) {
        if (c == u'"')
            quoted = !quoted;
        else if (!quoted && (c == u'\n' || c == u'\r'))
            break;
        else if (!quoted && c == u';')
            ++counts[0];
        else if (!quoted && c == u',')
            ++counts[1];
        else if (!quoted && c == u'\t')
            ++counts[2];
    }
    const QChar seps[3] = {u';', u',', u'\t'};
    int best = 1;
    for (int i = 0; i < 3; ++i)
        if (counts[i] > counts[best])
            best = i;
    return seps[best];
}

// The records of the text, each with the line it starts on; blank lines skipped. A field may be
// quoted ("" for a quote inside it) and then span lines.
struct Records
{
    QList<QStringList> records;
    QList<int> lines;
};

Result<Records> splitRecords(const QString &text, QChar separator, CsvReader::Mode mode,
                             const QString &path)
{
    Records out;
    QList<QStringList> &records = out.records;
    QList<int> &recordLines = out.lines;
    QStringList record;
    QString field;
    bool quoted = false;
    bool fieldWasQuoted = false;
    int line = 1;
    int recordLine = 1;
    int quoteLine = 0;
    const qsizetype n = text.size();
    for (qsizetype i = 0; i < n; ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == u'"') {
                if (i + 1 < n && text.at(i + 1) == u'"') {
                    field.append(u'"');
                    ++i;
                } else {
                    quoted = false;
                }
            } else {
                if (c == u'\n')
                    ++line;
                field.append(c);
            }
            continue;
        }
        if (c == u'"' && mode == CsvReader::Mode::Quotes && !field.trimmed().isEmpty()) {
            field.append(c); // 5" in a plain field is text, as GDAL reads it
            continue;
        }
        if (c == u'"') {
            if (!field.trimmed().isEmpty())
                return fail(
                    CsvReader::tr("Line %1: a quote in the middle of a field.").arg(line), path,
                    CsvReader::tr("Quote the whole field, and double quotes inside it (\"\")."));
            field.clear();
            quoted = true;
            fieldWasQuoted = true;
            quoteLine = line;
        } else if (c == separator) {
            record.append(fieldWasQuoted ? field : field.trimmed());
            field.clear();
            fieldWasQuoted = false;
        } else if (c == u'\n' || c == u'\r') {
            if (c == u'\r' && i + 1 < n && text.at(i + 1) == u'\n')
                ++i;
            record.append(fieldWasQuoted ? field : field.trimmed());
            field.clear();
            fieldWasQuoted = false;
            if (!(record.size() == 1 && record.first().isEmpty())) {
                records.append(record);
                recordLines.append(recordLine);
            }
            record.clear();
            ++line;
            recordLine = line;
        } else {
            if (fieldWasQuoted && !c.isSpace())
                return fail(CsvReader::tr("Line %1: text after a closing quote.").arg(line), path,
                            CsvReader::tr("Check the quotes on that line."));
            field.append(c);
        }
    }
    if (quoted)
        return fail(
            CsvReader::tr("Line %1: a quote opens a field that never closes.").arg(quoteLine), path,
            CsvReader::tr("Check the quotes on that line; the rest of the file was read as one "
                          "field."));
    if (!field.isEmpty() || !record.isEmpty()) {
        record.append(fieldWasQuoted ? field : field.trimmed());
        records.append(record);
        recordLines.append(recordLine);
    }
    return out;
}

// In strict mode, every record has as many fields as the header.
Result<void> checkFieldCounts(const CsvTable &table, const QList<QStringList> &records,
                              const QList<int> &recordLines, CsvReader::Mode mode,
                              const QString &path)
{
    for (qsizetype r = 0; r < records.size() && mode == CsvReader::Mode::Strict; ++r) {
        if (records[r].size() != table.header.size())
            return fail(
                CsvReader::tr("Line %1 has %2 fields; the header has %3.")
                    .arg(recordLines[r])
                    .arg(records[r].size())
                    .arg(table.header.size()),
                path,
                CsvReader::tr("Check the separators and quotes on that line (the separator is "
                              "\"%1\").")
                    .arg(table.separator == u'\t' ? QStringLiteral("tab")
                                                  : QString(table.separator)));
    }
    return {};
}

} // namespace

Result<CsvTable> CsvReader::parse(const QByteArray &input, const QString &path,
                                  std::optional<TextEncoding> encoding, Mode mode)
{
    CsvTable table;
    const auto text = decodeInput(input, path, encoding, table);
    if (!text)
        return std::unexpected(text.error());
    table.separator = headerSeparator(*text);
    auto split = splitRecords(*text, table.separator, mode, path);
    if (!split)
        return std::unexpected(split.error());
    QList<QStringList> &records = split->records;
    QList<int> &recordLines = split->lines;
    if (records.isEmpty())
        return fail(tr("The file has no header line."), path);
    table.header = records.takeFirst();
    recordLines.removeFirst();
    if (auto ok = checkFieldCounts(table, records, recordLines, mode, path); !ok)
        return std::unexpected(ok.error());
    table.rows = records;
    table.lines = recordLines;
    return table;
}

std::optional<double> parseNumber(const QString &input)
{
    QString s = input.trimmed();
    s.remove(QChar(0x00A0)); // no-break space as thousands separator
    s.remove(u' ');
    if (s.isEmpty())
        return std::nullopt;
    static const QRegularExpression dotThousands(QStringLiteral("^-?\\d{1,3}(\\.\\d{3})+$"));
    static const QRegularExpression turkish(QStringLiteral("^-?\\d{1,3}(\\.\\d{3})*,\\d+$"));
    static const QRegularExpression english(QStringLiteral("^-?\\d{1,3}(,\\d{3})*\\.\\d+$"));
    static const QRegularExpression plainDecimalComma(QStringLiteral("^-?\\d+,\\d+$"));
    static const QRegularExpression plain(QStringLiteral("^-?\\d+(\\.\\d+)?$"));
    bool ok = false;
    double value = 0;
    if (dotThousands.match(s).hasMatch()) {
        value = QString(s).remove(u'.').toDouble(&ok);
    } else if (turkish.match(s).hasMatch()) {
        value = QString(s).remove(u'.').replace(u',', u'.').toDouble(&ok);
    } else if (english.match(s).hasMatch()) {
        value = QString(s).remove(u',').toDouble(&ok);
    } else if (plainDecimalComma.match(s).hasMatch()) {
        value = QString(s).replace(u',', u'.').toDouble(&ok);
    } else if (plain.match(s).hasMatch()) {
        value = s.toDouble(&ok);
    }
    if (!ok)
        return std::nullopt;
    return value;
}

Result<void> CsvWriter::write(const QString &path, const QList<QStringList> &rows, QChar separator)
{
    QByteArray text("\xEF\xBB\xBF");
    for (const QStringList &row : rows) {
        QStringList out;
        for (const QString &f : row)
            out << (f.contains(separator) || f.contains(u'"') || f.contains(u'\n')
                            || f.contains(u'\r')
                        ? u'"' + QString(f).replace(u'"', QStringLiteral("\"\"")) + u'"'
                        : f);
        text += out.join(separator).toUtf8();
        text += "\r\n";
    }
    return OutputFile::writeAll(path, text);
}

QString CsvWriter::number(double value, int decimals, QChar separator)
{
    if (!std::isfinite(value))
        return {};
    const QLocale locale = separator == u';' ? QLocale(QLocale::Turkish) : QLocale::c();
    return locale.toString(value, 'f', decimals).remove(locale.groupSeparator());
}

QList<QStringList> csvRows(const SheetTable &table, QChar separator)
{
    QList<QStringList> out;
    QStringList header;
    for (const SheetTable::Column &column : table.columns)
        header << column.title;
    out << header;
    for (const QVariantList &row : table.rows) {
        QStringList fields;
        for (int c = 0; c < table.columns.size(); ++c) {
            const QVariant value = row.value(c);
            const SheetTable::Column &column = table.columns[c];
            if (!value.isValid() || value.isNull())
                fields << QString();
            else if (value.typeId() == QMetaType::QDate)
                fields << value.toDate().toString(Qt::ISODate);
            else if (value.typeId() == QMetaType::QString
                     || column.kind == SheetTable::Column::Kind::Text)
                fields << value.toString();
            else if (column.kind == SheetTable::Column::Kind::Integer)
                fields << QString::number(value.toLongLong());
            else
                fields << CsvWriter::number(value.toDouble(), column.decimals, separator);
        }
        out << fields;
    }
    return out;
}

} // namespace geisep
