#include "gis/io/spreadsheet.h"

#include "gis/gdalinit.h"

#include <QFileInfo>
#include <QRegularExpression>
#include <QSet>
#include <QXmlStreamReader>

#include <cpl_vsi.h>
#include <gdal.h>
#include <ogr_api.h>

#include <algorithm>
#include <cmath>
#include <memory>
#include <optional>

namespace geisep {

namespace {

struct DatasetCloser
{
    void operator()(void *dataset) const { GDALClose(dataset); }
};
using DatasetPtr = std::unique_ptr<void, DatasetCloser>;

struct FeatureDestroyer
{
    void operator()(void *feature) const { OGR_F_Destroy(feature); }
};
using FeaturePtr = std::unique_ptr<void, FeatureDestroyer>;

struct Row
{
    int line = 0; // the row's number in the sheet, from 1
    QStringList cells;
    int filled() const
    {
        return int(std::count_if(cells.begin(), cells.end(),
                                 [](const QString &c) { return !c.isEmpty(); }));
    }
};

bool isNumber(const QString &cell)
{
    return !cell.isEmpty() && parseNumber(cell).has_value();
}

bool isYear(const QString &cell)
{
    bool ok = false;
    const int year = cell.toInt(&ok);
    return ok && year >= 1900 && year <= 2100;
}

// "A", "B", … "Z", "AA": a column as the spreadsheet names it.
QString columnLetters(int column)
{
    QString out;
    for (int c = column + 1; c > 0; c = (c - 1) / 26)
        out.prepend(QChar(u'A' + (c - 1) % 26));
    return out;
}

// Every cell as a string and no row taken as the header, for the XLSX and ODS drivers, while
// alive (GDAL 3.6's drivers take these as config options only; its own guess at a header row
// would take a TÜİK title for one).
class RawCells
{
public:
    RawCells()
    {
        for (const auto &[key, value] : kOptions) {
            m_saved << QByteArray(CPLGetThreadLocalConfigOption(key, ""));
            CPLSetThreadLocalConfigOption(key, value);
        }
    }
    ~RawCells()
    {
        for (int i = 0; i < int(std::size(kOptions)); ++i)
            CPLSetThreadLocalConfigOption(kOptions[i].first,
                                          m_saved[i].isEmpty() ? nullptr : m_saved[i].constData());
    }
    RawCells(const RawCells &) = delete;
    RawCells &operator=(const RawCells &) = delete;

private:
    static constexpr std::pair<const char *, const char *> kOptions[] = {
        {"OGR_XLSX_HEADERS", "DISABLE"},
        {"OGR_XLSX_FIELD_TYPES", "STRING"},
        {"OGR_ODS_HEADERS", "DISABLE"},
        {"OGR_ODS_FIELD_TYPES", "STRING"},
    };
    QList<QByteArray> m_saved;
};

Result<DatasetPtr> open(const QString &path)
{
    if (auto local = refuseRemote(path); !local)
        return std::unexpected(local.error());
    if (!QFileInfo::exists(path))
        return fail(Spreadsheet::tr("The file does not exist."), path,
                    Spreadsheet::tr("Check the path."));
    ensureGdal();
    GdalErrors errors;
    const CPLStringList drivers
        = driverList({QStringLiteral("XLSX"), QStringLiteral("ODS"), QStringLiteral("XLS")});
    const QByteArray path8 = QFileInfo(path).absoluteFilePath().toUtf8();
    DatasetPtr dataset(GDALOpenEx(path8.constData(), GDAL_OF_VECTOR | GDAL_OF_READONLY,
                                  drivers.List(), nullptr, nullptr));
    if (!dataset)
        return fail(Spreadsheet::tr("This file cannot be read as a workbook (.xlsx or .ods)."),
                    path,
                    Spreadsheet::tr("Open it in Excel or LibreOffice and save it again as .xlsx, "
                                    "or save the sheet as CSV.")
                        + (errors.last().isEmpty() ? QString() : u' ' + errors.last()));
    return dataset;
}

// The rows of the sheet as strings, cells trimmed; trailing empty columns left out.
QList<Row> readRows(OGRLayerH layer)
{
    QList<Row> rows;
    OGR_L_ResetReading(layer);
    const int fields = OGR_FD_GetFieldCount(OGR_L_GetLayerDefn(layer));
    int width = 0;
    for (FeaturePtr f(OGR_L_GetNextFeature(layer)); f; f.reset(OGR_L_GetNextFeature(layer))) {
        Row row;
        row.line = int(OGR_F_GetFID(f.get()));
        for (int i = 0; i < fields; ++i) {
            QString cell;
            if (OGR_F_IsFieldSetAndNotNull(f.get(), i))
                cell = QString::fromUtf8(OGR_F_GetFieldAsString(f.get(), i)).trimmed();
            cell.replace(u'\n', u' ');
            row.cells << cell;
            if (!cell.isEmpty())
                width = std::max(width, i + 1);
        }
        rows << row;
    }
    for (Row &row : rows)
        row.cells = row.cells.mid(0, width);
    return rows;
}

// One file inside the workbook (a zip), read through GDAL's /vsizip/; empty when missing.
QByteArray zipEntry(const QString &path, const QString &entry)
{
    const QByteArray name
        = (QStringLiteral("/vsizip/") + QFileInfo(path).absoluteFilePath() + u'/' + entry).toUtf8();
    VSILFILE *file = VSIFOpenL(name.constData(), "rb");
    if (!file)
        return {};
    QByteArray out;
    char buffer[65536];
    for (size_t n; (n = VSIFReadL(buffer, 1, sizeof buffer, file)) > 0;)
        out.append(buffer, qsizetype(n));
    VSIFCloseL(file);
    return out;
}

using CellSet = QSet<std::pair<int, int>>; // (row from 1, column from 0)

constexpr int kMaxRows = 1048576; // a sheet's rows in Excel and LibreOffice

// "D6" → (6, 3).
std::optional<std::pair<int, int>> cellRef(QStringView ref)
{
    int column = 0;
    qsizetype i = 0;
    for (; i < ref.size() && i < 3 && ref[i] >= u'A' && ref[i] <= u'Z'; ++i)
        column = column * 26 + (ref[i].unicode() - u'A' + 1); // at most XFD, Excel's last
    bool ok = false;
    const int row = ref.mid(i).toInt(&ok);
    if (!ok || column == 0 || row < 1 || row > kMaxRows)
        return std::nullopt;
    return std::pair{row, column - 1};
}

// The cells of sheet `index` Excel stores as numbers (no type, or t="n"), from the sheet's own
// XML: GDAL hands a number cell on as its raw value ("1.234": one point two three four), a text
// cell as typed ("1.234" is a thousand and more in Turkish), and only the file tells them apart.
CellSet xlsxNumberCells(const QString &path, int index)
{
    QStringList ids;
    QXmlStreamReader book(zipEntry(path, QStringLiteral("xl/workbook.xml")));
    while (!book.atEnd()) {
        book.readNext();
        if (book.isStartElement() && book.name() == u"sheet")
            for (const QXmlStreamAttribute &a : book.attributes())
                if (a.name() == u"id") // r:id, the sheet's relationship
                    ids << a.value().toString();
    }
    if (index < 0 || index >= ids.size())
        return {};
    QString target;
    QXmlStreamReader rels(zipEntry(path, QStringLiteral("xl/_rels/workbook.xml.rels")));
    while (!rels.atEnd()) {
        rels.readNext();
        if (rels.isStartElement() && rels.name() == u"Relationship"
            && rels.attributes().value(QStringLiteral("Id")) == ids[index])
            target = rels.attributes().value(QStringLiteral("Target")).toString();
    }
    if (target.isEmpty())
        return {};
    target = target.startsWith(u'/') ? target.mid(1) : QStringLiteral("xl/") + target;
    CellSet numbers;
    QXmlStreamReader sheet(zipEntry(path, target));
    while (!sheet.atEnd()) {
        sheet.readNext();
        if (!sheet.isStartElement() || sheet.name() != u"c")
            continue;
        const QXmlStreamAttributes a = sheet.attributes();
        const QStringView type = a.value(QStringLiteral("t"));
        if (!type.isEmpty() && type != u"n")
            continue;
        if (const auto at = cellRef(a.value(QStringLiteral("r"))))
            numbers.insert(*at);
    }
    return numbers;
}

// The same for a LibreOffice sheet: cells of value type float, percentage or currency in
// content.xml, counting repeated and covered (merged) cells as the sheet shows them.
CellSet odsNumberCells(const QString &path, const QString &sheetName)
{
    CellSet numbers;
    QXmlStreamReader xml(zipEntry(path, QStringLiteral("content.xml")));
    bool inSheet = false;
    int row = 0, column = 0, repeatedAbove = 0;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isEndElement() && xml.name() == u"table" && inSheet)
            break;
        if (!xml.isStartElement())
            continue;
        const QXmlStreamAttributes a = xml.attributes();
        if (xml.name() == u"table") {
            inSheet = a.value(QStringLiteral("table:name")) == sheetName;
        } else if (inSheet && xml.name() == u"table-row") {
            // The row after the one above and its repeats; its cells are its first copy's.
            row += 1 + repeatedAbove;
            repeatedAbove = std::clamp(
                a.value(QStringLiteral("table:number-rows-repeated")).toInt() - 1, 0, kMaxRows);
            if (row > kMaxRows)
                break;
            column = 0;
        } else if (inSheet
                   && (xml.name() == u"table-cell" || xml.name() == u"covered-table-cell")) {
            const int repeat = std::clamp(
                a.value(QStringLiteral("table:number-columns-repeated")).toInt(), 1, 16384);
            const QStringView type = a.value(QStringLiteral("office:value-type"));
            if (type == u"float" || type == u"percentage" || type == u"currency")
                for (int i = 0; i < std::min(repeat, 256); ++i)
                    numbers.insert({row, column + i});
            column = std::min(column + repeat, 16384);
        }
    }
    return numbers;
}

} // namespace

bool Spreadsheet::isSpreadsheet(const QString &path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    return suffix == u"xlsx" || suffix == u"ods" || suffix == u"xls";
}

Result<QStringList> Spreadsheet::sheets(const QString &path)
{
    RawCells raw;
    auto dataset = open(path);
    if (!dataset)
        return std::unexpected(dataset.error());
    QStringList names;
    for (int i = 0; i < GDALDatasetGetLayerCount(dataset->get()); ++i)
        names << QString::fromUtf8(OGR_L_GetName(GDALDatasetGetLayer(dataset->get(), i)));
    return names;
}

namespace {

// The first row of data: two cells or more, a number among them. Years are the one kind of
// number a header holds: a row whose numbers are all years is a header when it has nothing
// else ("2022", "2023" under a merged "Nüfus"), or names too with data below it. -1 if none.
qsizetype firstDataRow(const QList<Row> &rows)
{
    const auto isData = [&](qsizetype r) {
        const Row &row = rows[r];
        return row.filled() >= 2 && std::any_of(row.cells.begin(), row.cells.end(), isNumber);
    };
    qsizetype first = -1;
    for (qsizetype r = 0; r < rows.size() && first < 0; ++r) {
        if (!isData(r))
            continue;
        const Row &row = rows[r];
        const bool onlyYears
            = std::all_of(row.cells.begin(), row.cells.end(),
                          [](const QString &c) { return !isNumber(c) || isYear(c); });
        const bool hasNames = std::any_of(row.cells.begin(), row.cells.end(), [](const QString &c) {
            return !c.isEmpty() && !isNumber(c);
        });
        qsizetype next = r + 1;
        while (next < rows.size() && rows[next].filled() == 0)
            ++next;
        if (onlyYears && (!hasNames || (next < rows.size() && isData(next))))
            continue;
        first = r;
    }
    return first;
}

// One name per column from the header rows [top, first), a merged cell's text carried over
// the columns under it; `columns` is how many columns the table has.
QStringList columnNames(const QList<Row> &rows, qsizetype top, qsizetype first, int width,
                        int &columns)
{
    QList<QStringList> header;
    for (qsizetype r = top; r < first; ++r) {
        QStringList cells = rows[r].cells;
        while (cells.size() < width)
            cells << QString();
        header << cells;
    }
    for (qsizetype h = 0; h + 1 < header.size(); ++h)
        for (int c = 1; c < width; ++c)
            if (header[h][c].isEmpty() && !header[h][c - 1].isEmpty() && !header[h + 1][c].isEmpty()
                && !header[h + 1][c - 1].isEmpty())
                header[h][c] = header[h][c - 1];
    columns = 0;
    for (const QStringList &cells : std::as_const(header))
        for (int c = 0; c < cells.size(); ++c)
            if (!cells[c].isEmpty())
                columns = std::max(columns, c + 1);
    for (qsizetype r = first; r < rows.size(); ++r)
        columns = std::max(columns, int(rows[r].cells.size()));
    QStringList names;
    for (int c = 0; c < columns; ++c) {
        QStringList parts;
        for (const QStringList &cells : std::as_const(header))
            if (c < cells.size() && !cells[c].isEmpty() && !parts.contains(cells[c]))
                parts << cells[c];
        names << (parts.isEmpty() ? Spreadsheet::tr("Column %1").arg(columnLetters(c))
                                  : parts.join(u' '));
    }
    return names;
}

// The rows of data: empty rows and notes (one cell of a wide table) left out.
QList<Row> dataRows(const QList<Row> &rows, qsizetype first, int width, int columns)
{
    QList<Row> data;
    for (qsizetype r = first; r < rows.size(); ++r) {
        Row row = rows[r];
        if (row.filled() == 0 || (width >= 3 && row.filled() == 1))
            continue;
        while (row.cells.size() < columns)
            row.cells << QString();
        data << row;
    }
    return data;
}

// A number cell's raw value ("1234.5", "1.234", "1E-3") written with a decimal comma, as
// parseNumber reads it one way; text cells stay as typed.
void commaDecimals(QList<Row> &data, const CellSet &numbers, int columns)
{
    for (Row &row : data)
        for (int c = 0; c < columns; ++c) {
            QString &cell = row.cells[c];
            bool ok = false;
            const double value = cell.toDouble(&ok);
            if (ok && std::isfinite(value) && numbers.contains({row.line, c}))
                cell = QString::number(value, 'f', 10)
                           .remove(QRegularExpression(QStringLiteral("\\.?0+$")))
                           .replace(u'.', u',');
        }
}

} // namespace

Result<CsvTable> Spreadsheet::readSheet(const QString &path, const QString &sheet)
{
    RawCells raw;
    auto dataset = open(path);
    if (!dataset)
        return std::unexpected(dataset.error());
    OGRLayerH layer = nullptr;
    QStringList names;
    for (int i = 0; i < GDALDatasetGetLayerCount(dataset->get()); ++i) {
        OGRLayerH candidate = GDALDatasetGetLayer(dataset->get(), i);
        const QString name = QString::fromUtf8(OGR_L_GetName(candidate));
        names << name;
        if (!layer && (sheet.isEmpty() || name == sheet))
            layer = candidate;
    }
    if (!layer)
        return fail(tr("The workbook has no sheet \"%1\".").arg(sheet), path,
                    names.isEmpty() ? tr("The workbook has no sheets.")
                                    : tr("Its sheets: %1.").arg(names.join(QStringLiteral(", "))));
    const QString sheetName = QString::fromUtf8(OGR_L_GetName(layer));
    const QString where = tr("%1, sheet \"%2\"").arg(QFileInfo(path).fileName(), sheetName);
    QList<Row> rows = readRows(layer);
    int width = 0;
    for (const Row &row : std::as_const(rows))
        width = std::max(width, row.filled());

    const qsizetype first = firstDataRow(rows);
    // The header: the filled rows just above it, at most three, up to a title (a wide table's
    // one cell in the first column; a lone cell further right is a group over the columns
    // under it).
    const auto isTitle = [&](const Row &row) {
        return width >= 3 && row.filled() == 1 && !row.cells.value(0).isEmpty();
    };
    qsizetype top = first;
    while (top > 0 && first - top < 3 && rows[top - 1].filled() > 0 && !isTitle(rows[top - 1]))
        --top;
    if (first < 0 || top == first)
        return fail(tr("No table with a header row was found in %1.").arg(where), path,
                    tr("The sheet needs a row of column names with rows of figures under it."));

    CsvTable table;
    table.encoding = TextEncoding::Utf8;
    table.encodingReason = tr("a workbook (%1)").arg(QFileInfo(path).suffix().toLower());
    table.separator = u'\t';
    int columns = 0;
    table.header = columnNames(rows, top, first, width, columns);

    QList<Row> data = dataRows(rows, first, width, columns);
    const QString suffix = QFileInfo(path).suffix().toLower();
    const CellSet numbers = suffix == u"xlsx" ? xlsxNumberCells(path, int(names.indexOf(sheetName)))
                            : suffix == u"ods" ? odsNumberCells(path, sheetName)
                                               : CellSet();
    commaDecimals(data, numbers, columns);
    for (const Row &row : std::as_const(data)) {
        table.rows << row.cells;
        table.lines << row.line;
    }
    return table;
}

} // namespace geisep
