#include "core/text/xlsx.h"

#include "core/outputfile.h"
#include "core/privacy.h"

#include <QDate>
#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QTemporaryDir>

#include <xlsxwriter.h>

#include <algorithm>
#include <cmath>

namespace geisep {

namespace {

constexpr qsizetype kMaxCellText = 32767; // Excel's limit for a cell's text

// How wide a value shows, in characters: what sizes its column.
int shownWidth(const QVariant &value, const SheetTable::Column &column)
{
    if (!value.isValid() || value.isNull())
        return 0;
    if (value.typeId() == QMetaType::QDate)
        return 10;
    if (column.kind != SheetTable::Column::Kind::Text && value.typeId() != QMetaType::QString) {
        const double v = value.toDouble();
        const int digits = std::abs(v) < 1 ? 1 : int(std::log10(std::abs(v))) + 1;
        const int decimals
            = column.kind == SheetTable::Column::Kind::Real ? column.decimals + 1 : 0;
        return digits + (digits - 1) / 3 + decimals + (v < 0 ? 1 : 0);
    }
    const QString text = value.toString();
    int longest = 0;
    for (const QStringView line : QStringView(text).split(u'\n'))
        longest = std::max(longest, int(line.size()));
    return longest;
}

} // namespace

SheetTable sheetFromRows(const QString &name, const QList<QStringList> &rows, QChar separator,
                         bool turkish)
{
    SheetTable table;
    table.name = name;
    if (rows.isEmpty())
        return table;
    const QChar decimal = separator == u';' ? u',' : u'.';
    const QRegularExpression number(
        QStringLiteral("^-?\\d+(%1(\\d+))?$").arg(QRegularExpression::escape(QString(decimal))));
    const QRegularExpression suppressed(QStringLiteral("^<\\d+$"));
    const QStringList &header = rows.front();
    for (int c = 0; c < header.size(); ++c) {
        SheetTable::Column column{header[c]};
        bool numbers = false, others = false;
        int decimals = 0;
        for (qsizetype r = 1; r < rows.size(); ++r) {
            const QString cell = rows[r].value(c).trimmed();
            if (cell.isEmpty() || suppressed.match(cell).hasMatch())
                continue;
            const auto m = number.match(cell);
            if (!m.hasMatch()) {
                others = true;
                break;
            }
            numbers = true;
            decimals = std::max(decimals, int(m.capturedLength(2)));
        }
        const QString folded = header[c].toLower();
        if (numbers && !others && !folded.contains(u"kod") && !folded.contains(u"code"))
            column.kind = decimals == 0 ? SheetTable::Column::Kind::Integer
                                        : SheetTable::Column::Kind::Real;
        column.decimals = decimals;
        table.columns << column;
    }
    for (qsizetype r = 1; r < rows.size(); ++r) {
        QVariantList row;
        for (int c = 0; c < header.size(); ++c) {
            const QString cell = rows[r].value(c);
            if (cell.isEmpty())
                row << QVariant();
            else if (table.columns[c].kind != SheetTable::Column::Kind::Text
                     && number.match(cell.trimmed()).hasMatch())
                row << QString(cell.trimmed()).replace(decimal, u'.').toDouble();
            else
                row << cell;
        }
        table.rows << row;
    }
    int threshold = 0; // the "<10" a hidden cell shows
    for (qsizetype r = 1; r < rows.size() && threshold == 0; ++r)
        for (const QString &cell : rows[r])
            if (suppressed.match(cell.trimmed()).hasMatch())
                threshold = cell.trimmed().mid(1).toInt();
    if (threshold > 0)
        table.notes << Privacy::footnote(threshold, turkish);
    return table;
}

QString XlsxWriter::sheetName(const QString &wanted, const QStringList &taken)
{
    QString name = wanted;
    for (const QChar c : {u'[', u']', u':', u'*', u'?', u'/', u'\\'})
        name.replace(c, u' ');
    name = name.simplified();
    if (name.startsWith(u'\''))
        name.remove(0, 1);
    if (name.isEmpty())
        name = tr("Sheet");
    name = name.left(31);
    const auto used = [&](const QString &n) {
        return std::any_of(taken.begin(), taken.end(), [&](const QString &t) {
            return t.compare(n, Qt::CaseInsensitive) == 0;
        });
    };
    for (int i = 2; used(name); ++i) {
        const QString suffix = QStringLiteral(" (%1)").arg(i);
        name = name.left(31 - suffix.size()).trimmed() + suffix;
    }
    return name;
}

Result<void> XlsxWriter::write(const QString &path, const QList<SheetTable> &sheets)
{
    // libxlsxwriter writes a file of its own; it is made in a temporary folder and then copied
    // into place whole through OutputFile.
    QTemporaryDir work;
    if (!work.isValid())
        return fail(tr("No temporary folder could be made for the workbook."), path,
                    work.errorString());
    const QString scratch = work.filePath(QStringLiteral("book.xlsx"));
    const QByteArray scratch8 = QFile::encodeName(scratch);
    const QByteArray tmpdir8 = QFile::encodeName(work.path());
    lxw_workbook_options options{};
    options.constant_memory = LXW_FALSE;
    options.tmpdir = const_cast<char *>(tmpdir8.constData());
    lxw_workbook *book = workbook_new_opt(scratch8.constData(), &options);
    if (!book)
        return fail(tr("The workbook could not be started."), path);

    lxw_format *bold = workbook_add_format(book);
    format_set_bold(bold);
    format_set_bottom(bold, LXW_BORDER_THIN);
    format_set_text_wrap(bold);
    format_set_align(bold, LXW_ALIGN_VERTICAL_TOP);
    lxw_format *whole = workbook_add_format(book);
    format_set_num_format(whole, "#,##0");
    lxw_format *date = workbook_add_format(book);
    format_set_num_format(date, "dd.mm.yyyy");
    lxw_format *wrapped = workbook_add_format(book);
    format_set_align(wrapped, LXW_ALIGN_VERTICAL_TOP);
    lxw_format *note = workbook_add_format(book);
    format_set_italic(note);
    QHash<int, lxw_format *> reals;
    const auto realFormat = [&](int decimals) {
        decimals = std::clamp(decimals, 0, 6);
        if (!reals.contains(decimals)) {
            lxw_format *f = workbook_add_format(book);
            const QByteArray pattern = decimals == 0
                                           ? QByteArray("#,##0")
                                           : QByteArray("#,##0.") + QByteArray(decimals, '0');
            format_set_num_format(f, pattern.constData());
            reals.insert(decimals, f);
        }
        return reals.value(decimals);
    };

    QStringList names;
    lxw_error error = LXW_NO_ERROR;
    const auto check = [&](lxw_error e) {
        if (error == LXW_NO_ERROR && e != LXW_NO_ERROR)
            error = e;
    };
    for (const SheetTable &table : sheets) {
        const QString name = sheetName(table.name, names);
        names << name;
        lxw_worksheet *sheet = workbook_add_worksheet(book, name.toUtf8().constData());
        if (!sheet) {
            workbook_close(book);
            return fail(tr("The sheet \"%1\" could not be added.").arg(name), path);
        }
        QList<int> widths;
        for (int c = 0; c < table.columns.size(); ++c) {
            const SheetTable::Column &column = table.columns[c];
            check(worksheet_write_string(sheet, 0, lxw_col_t(c), column.title.toUtf8().constData(),
                                         bold));
            widths << std::min(int(column.title.size()), 30);
        }
        for (int r = 0; r < table.rows.size(); ++r) {
            const QVariantList &row = table.rows[r];
            const lxw_row_t at = lxw_row_t(r + 1);
            for (int c = 0; c < std::min(row.size(), table.columns.size()); ++c) {
                const QVariant &value = row[c];
                const SheetTable::Column &column = table.columns[c];
                if (!value.isValid() || value.isNull())
                    continue;
                widths[c] = std::max(widths[c], shownWidth(value, column));
                const bool isText = value.typeId() == QMetaType::QString;
                if (value.typeId() == QMetaType::QDate) {
                    const QDate d = value.toDate();
                    lxw_datetime when{d.year(), d.month(), d.day(), 0, 0, 0};
                    check(worksheet_write_datetime(sheet, at, lxw_col_t(c), &when, date));
                } else if (column.kind == SheetTable::Column::Kind::Text || isText) {
                    const QByteArray text = value.toString().left(kMaxCellText).toUtf8();
                    check(
                        worksheet_write_string(sheet, at, lxw_col_t(c), text.constData(), wrapped));
                } else {
                    const double v = value.toDouble();
                    if (!std::isfinite(v))
                        continue;
                    check(worksheet_write_number(sheet, at, lxw_col_t(c), v,
                                                 column.kind == SheetTable::Column::Kind::Integer
                                                     ? whole
                                                     : realFormat(column.decimals)));
                }
            }
        }
        lxw_row_t noteRow = lxw_row_t(table.rows.size() + 2);
        for (const QString &text : table.notes)
            check(worksheet_write_string(sheet, noteRow++, 0, text.toUtf8().constData(), note));
        for (int c = 0; c < widths.size(); ++c)
            check(worksheet_set_column(sheet, lxw_col_t(c), lxw_col_t(c),
                                       std::clamp(widths[c] + 2, 8, 60), nullptr));
        worksheet_freeze_panes(sheet, 1, 0);
    }
    const lxw_error closed = workbook_close(book);
    if (error != LXW_NO_ERROR || closed != LXW_NO_ERROR)
        return fail(
            tr("The workbook could not be written: %1.")
                .arg(QString::fromUtf8(lxw_strerror(error != LXW_NO_ERROR ? error : closed))),
            path, tr("Check that there is room on the disk and try again."));
    QFile written(scratch);
    if (!written.open(QIODevice::ReadOnly))
        return fail(tr("The workbook could not be read back: %1.").arg(written.errorString()),
                    path);
    return OutputFile::writeAll(path, written.readAll());
}

} // namespace geisep
