// Figures from Excel workbooks: a TÜİK-style sheet (title rows, a merged two-row header, numbers
// typed as text in Turkish form, notes under the table, a second sheet) is read through GDAL's
// XLSX driver into the same table a CSV gives, and joins to the mahalle exactly as the CSV does.
// The workbooks are written in the test with libxlsxwriter, as Excel writes them.
#include "core/figures.h"
#include "core/text/xlsx.h"
#include "gis/io/importer.h"
#include "gis/io/spreadsheet.h"
#include "tests/support/support.h"

#include <QFile>
#include <QLocale>

#include <catch2/catch.hpp>
#include <xlsxwriter.h>

using namespace geisep;

namespace {

// A workbook being written; closed (and so saved) by close() or at the end.
class Workbook
{
public:
    explicit Workbook(const QString &path)
        : m_path(path.toUtf8())
        , m_book(workbook_new(m_path.constData()))
    {
        REQUIRE(m_book);
    }
    ~Workbook()
    {
        if (m_book)
            workbook_close(m_book);
    }
    lxw_worksheet *sheet(const QString &name)
    {
        return workbook_add_worksheet(m_book, name.toUtf8().constData());
    }
    void close()
    {
        REQUIRE(workbook_close(m_book) == LXW_NO_ERROR);
        m_book = nullptr;
    }

private:
    QByteArray m_path;
    lxw_workbook *m_book;
};

void text(lxw_worksheet *sheet, int row, int col, const QString &value)
{
    worksheet_write_string(sheet, lxw_row_t(row), lxw_col_t(col), value.toUtf8().constData(),
                           nullptr);
}

void number(lxw_worksheet *sheet, int row, int col, double value)
{
    worksheet_write_number(sheet, lxw_row_t(row), lxw_col_t(col), value, nullptr);
}

void merged(lxw_worksheet *sheet, int firstRow, int firstCol, int lastRow, int lastCol,
            const QString &value)
{
    worksheet_merge_range(sheet, lxw_row_t(firstRow), lxw_col_t(firstCol), lxw_row_t(lastRow),
                          lxw_col_t(lastCol), value.toUtf8().constData(), nullptr);
}

// The title rows and the merged header TÜİK puts above its tables: "İl", "İlçe", "Mahalle"
// merged down two rows, "Nüfus" merged over "2022" and "2023". Data starts on row 6 (index 5).
void tuikHeader(lxw_worksheet *sheet, const QString &title)
{
    merged(sheet, 0, 0, 0, 5, title);
    text(sheet, 1, 0, QStringLiteral("Kaynak: TÜİK, Adrese Dayalı Nüfus Kayıt Sistemi"));
    merged(sheet, 3, 0, 4, 0, QStringLiteral("İl"));
    merged(sheet, 3, 1, 4, 1, QStringLiteral("İlçe"));
    merged(sheet, 3, 2, 4, 2, QStringLiteral("Mahalle"));
    merged(sheet, 3, 3, 3, 4, QStringLiteral("Nüfus"));
    text(sheet, 4, 3, QStringLiteral("2022"));
    text(sheet, 4, 4, QStringLiteral("2023"));
    merged(sheet, 3, 5, 4, 5, QStringLiteral("Göçmen oranı (%)"));
}

std::unique_ptr<Project> gaziantepMahalle(const test::TempDir &dir, const QString &name)
{
    auto project = test::newProject(dir.path(name));
    ImportOptions districts;
    districts.path = test::dataFile(QStringLiteral("tr_4prov_ilce.geojson.gz"));
    districts.role = LayerRole::Reference;
    districts.name = QStringLiteral("İlçeler");
    districts.where = QStringLiteral("cityId = 27");
    REQUIRE(LayerImporter::run(*project, districts));
    ImportOptions mahalle;
    mahalle.path = test::dataFile(QStringLiteral("tr_4prov_mahalle.geojson.gz"));
    mahalle.role = LayerRole::MuhtarDistrict;
    mahalle.name = QStringLiteral("Mahalleler");
    mahalle.districtsLayer = QStringLiteral("İlçeler");
    mahalle.where = QStringLiteral("cityId = 27");
    REQUIRE(LayerImporter::run(*project, mahalle));
    return project;
}

} // namespace

TEST_CASE("A TÜİK-style sheet is read below its titles, its merged header joined, numbers typed "
          "as text read as numbers",
          "[figures][spreadsheet]")
{
    test::TempDir dir;
    const QString path = dir.path(QStringLiteral("nüfus.xlsx"));
    {
        Workbook book(path);
        lxw_worksheet *sheet = book.sheet(QStringLiteral("Mahalle nüfusu"));
        tuikHeader(sheet, QStringLiteral("Şanlıurfa mahalle nüfusları, 2022–2023"));
        // Row 6: numbers as numbers; row 7: as Turkish text; row 8 empty; a note at the end.
        text(sheet, 5, 0, QStringLiteral("Şanlıurfa"));
        text(sheet, 5, 1, QStringLiteral("Haliliye"));
        text(sheet, 5, 2, QStringLiteral("Şair Şevket Mh."));
        number(sheet, 5, 3, 11874);
        number(sheet, 5, 4, 12045);
        number(sheet, 5, 5, 1.234);
        text(sheet, 6, 0, QStringLiteral("Şanlıurfa"));
        text(sheet, 6, 1, QStringLiteral("Eyyübiye"));
        text(sheet, 6, 2, QStringLiteral("Hakimdede Mah."));
        text(sheet, 6, 3, QStringLiteral("-"));
        text(sheet, 6, 4, QStringLiteral("1.234"));
        text(sheet, 6, 5, QStringLiteral("12,5"));
        text(sheet, 8, 0, QStringLiteral("Not: \"-\" veri yok demektir."));
        lxw_worksheet *second = book.sheet(QStringLiteral("Açıklamalar"));
        text(second, 0, 0, QStringLiteral("Bu çalışma kitabı testte yazıldı."));
        book.close();
    }
    CHECK(Spreadsheet::isSpreadsheet(path));
    CHECK_FALSE(Spreadsheet::isSpreadsheet(QStringLiteral("nufus.csv")));
    const auto sheets = Spreadsheet::sheets(path);
    REQUIRE(sheets);
    CHECK(*sheets == QStringList{QStringLiteral("Mahalle nüfusu"), QStringLiteral("Açıklamalar")});

    const auto table = Spreadsheet::readSheet(path, QStringLiteral("Mahalle nüfusu"));
    if (!table)
        FAIL(table.error().toString().toStdString());
    CHECK(table->header
          == QStringList{QStringLiteral("İl"), QStringLiteral("İlçe"), QStringLiteral("Mahalle"),
                         QStringLiteral("Nüfus 2022"), QStringLiteral("Nüfus 2023"),
                         QStringLiteral("Göçmen oranı (%)")});
    REQUIRE(table->rows.size() == 2); // the note is not a row
    CHECK(table->lines == QList<int>{6, 7});
    CHECK(table->rows[0][2] == u"Şair Şevket Mh.");
    CHECK(table->rows[1][1] == u"Eyyübiye");
    CHECK(table->column(QStringLiteral("NÜFUS 2023")) == 4);
    // Numbers: a number cell's decimal point, and text in Turkish form, each read one way.
    CHECK(parseNumber(table->rows[0][3]) == 11874.0);
    CHECK(parseNumber(table->rows[0][5]).value_or(0) == Approx(1.234));
    CHECK(table->rows[1][3] == u"-");
    CHECK(parseNumber(table->rows[1][4]) == 1234.0);
    CHECK(parseNumber(table->rows[1][5]).value_or(0) == Approx(12.5));

    // The first sheet when none is named; a missing sheet names those there are.
    CHECK(Spreadsheet::readSheet(path)->header.size() == 6);
    const auto missing = Spreadsheet::readSheet(path, QStringLiteral("2024"));
    REQUIRE_FALSE(missing);
    CHECK(missing.error().message.contains(u"2024"));
    CHECK(missing.error().hint.contains(u"Mahalle nüfusu, Açıklamalar"));
    // A sheet of prose has no table.
    const auto prose = Spreadsheet::readSheet(path, QStringLiteral("Açıklamalar"));
    REQUIRE_FALSE(prose);
    CHECK(prose.error().message.contains(u"Açıklamalar"));
    // A LibreOffice sheet (written by GDAL): a number cell and the same digits as text.
    const QString csvPath = dir.path(QStringLiteral("ods.csv"));
    REQUIRE(CsvWriter::write(
        csvPath,
        {{QStringLiteral("ad"), QStringLiteral("oran"), QStringLiteral("metin")},
         {QStringLiteral("Şair Şevket Mh."), QStringLiteral("1.234"), QStringLiteral("1.234")}},
        u','));
    const QString ods = dir.path(QStringLiteral("oran.ods"));
    {
        QFile types(dir.path(QStringLiteral("ods.csvt"))); // GDAL's column types for a CSV
        REQUIRE(types.open(QIODevice::WriteOnly));
        types.write("\"String\",\"Real\",\"String\"\n");
    }
    const auto converted = test::run(QStringLiteral("ogr2ogr"),
                                     {QStringLiteral("-f"), QStringLiteral("ODS"), ods, csvPath,
                                      QStringLiteral("-nln"), QStringLiteral("Oranlar")});
    REQUIRE(converted.exitCode == 0);
    const auto odsTable = Spreadsheet::readSheet(ods);
    if (!odsTable)
        FAIL(odsTable.error().toString().toStdString());
    CHECK(odsTable->header
          == QStringList{QStringLiteral("ad"), QStringLiteral("oran"), QStringLiteral("metin")});
    REQUIRE(odsTable->rows.size() == 1);
    CHECK(odsTable->rows[0][0] == u"Şair Şevket Mh.");
    CHECK(parseNumber(odsTable->rows[0][1]).value_or(0) == Approx(1.234));
    CHECK(parseNumber(odsTable->rows[0][2]) == 1234.0);

    // Not a workbook at all.
    const QString fake = dir.path(QStringLiteral("bozuk.xlsx"));
    {
        QFile file(fake);
        REQUIRE(file.open(QIODevice::WriteOnly));
        file.write("PK\x03\x04 not really a zip");
    }
    const auto broken = Spreadsheet::readSheet(fake);
    REQUIRE_FALSE(broken);
    CHECK(broken.error().file == fake);
}

TEST_CASE("Gaziantep's 2023 populations join from a TÜİK-style workbook exactly as from the same "
          "table as CSV",
          "[figures][spreadsheet]")
{
    test::TempDir dir;
    // Gaziantep's rows of the population table, the same ones in both files.
    auto csv = CsvReader::read(test::dataFile(QStringLiteral("tr_4prov_mahalle_nufus_2023.csv")));
    REQUIRE(csv);
    const int il = csv->column(QStringLiteral("il")), ilce = csv->column(QStringLiteral("ilce"));
    const int mahalle = csv->column(QStringLiteral("mahalle"));
    const int nufus = csv->column(QStringLiteral("nufus_2023"));
    QList<QStringList> rows{{QStringLiteral("il"), QStringLiteral("ilce"),
                             QStringLiteral("mahalle"), QStringLiteral("nufus_2023")}};
    for (const QStringList &row : std::as_const(csv->rows))
        if (row[il] == u"Gaziantep")
            rows << QStringList{row[il], row[ilce], row[mahalle], row[nufus]};
    const int count = int(rows.size()) - 1;
    REQUIRE(count > 700);
    const QString csvPath = dir.path(QStringLiteral("gaziantep.csv"));
    REQUIRE(CsvWriter::write(csvPath, rows));

    const QString xlsx = dir.path(QStringLiteral("gaziantep.xlsx"));
    {
        Workbook book(xlsx);
        book.sheet(QStringLiteral("Kapak"));
        lxw_worksheet *sheet = book.sheet(QStringLiteral("Mahalle 2023"));
        tuikHeader(sheet, QStringLiteral("Gaziantep mahalle nüfusları"));
        const QLocale turkish(QLocale::Turkish, QLocale::Turkey);
        for (int r = 1; r <= count; ++r) {
            const QStringList &row = rows[r];
            for (int c = 0; c < 3; ++c)
                text(sheet, 4 + r, c, row[c]);
            text(sheet, 4 + r, 3, QStringLiteral("-"));
            const qint64 people = row[3].toLongLong();
            if (r % 2) // every other one typed as text, "45.219" as Turkish Excel shows it
                text(sheet, 4 + r, 4, turkish.toString(people));
            else
                number(sheet, 4 + r, 4, double(people));
        }
        text(sheet, 5 + count + 1, 0, QStringLiteral("Kaynak: TÜİK"));
        book.close();
    }

    auto viaCsv = gaziantepMahalle(dir, QStringLiteral("csv.gpkg"));
    FigureOptions options;
    options.csvPath = csvPath;
    options.layer = QStringLiteral("Mahalleler");
    options.period = 2023;
    options.map = {{QStringLiteral("nufus_2023"), QStringLiteral("population")}};
    options.provinceColumn = QStringLiteral("il");
    options.districtColumn = QStringLiteral("ilce");
    options.nameColumn = QStringLiteral("mahalle");
    auto fromCsv = FigureImporter::run(*viaCsv, options);
    REQUIRE(fromCsv);
    CHECK(fromCsv->rows == count);
    CHECK(fromCsv->matched >= int(0.97 * count));

    // The workbook through the command line, its sheet chosen by name.
    const QString report = dir.path(QStringLiteral("eşleşme.xlsx"));
    auto viaXlsx = gaziantepMahalle(dir, QStringLiteral("xlsx.gpkg"));
    const QString xlsxProject = viaXlsx->path();
    viaXlsx.reset();
    const auto run = test::runCli(
        {QStringLiteral("figures"), xlsxProject, xlsx, QStringLiteral("--sheet"),
         QStringLiteral("Mahalle 2023"), QStringLiteral("--layer"), QStringLiteral("Mahalleler"),
         QStringLiteral("--period"), QStringLiteral("2023"), QStringLiteral("--map"),
         QStringLiteral("Nüfus 2023=population"), QStringLiteral("--match"),
         QStringLiteral("İl,İlçe,Mahalle"), QStringLiteral("--report"), report});
    INFO(run.out.toStdString() << run.err.toStdString());
    REQUIRE(run.exitCode == 0);
    CHECK(run.out.contains(QStringLiteral("%1 rows").arg(count)));
    CHECK(run.out.contains(u"sheet \"Mahalle 2023\""));
    // The match report as a workbook: a row per input row, the area's id a number.
    auto matches = Spreadsheet::readSheet(report);
    if (!matches)
        FAIL(matches.error().toString().toStdString());
    CHECK(matches->rows.size() == count);
    CHECK(matches->header.value(0) == u"Line");
    CHECK(matches->rows.value(0).value(0) == u"6"); // the sheet's row, under five header rows

    // The same areas with the same figures.
    auto figures = [](Database &db) {
        QMap<QString, double> out;
        auto stmt = db.prepare("SELECT a.code, f.value FROM geisep_area_figures f JOIN "
                               "geisep_areas a ON a.id = f.area_id WHERE f.variable = "
                               "'population' AND f.period = 2023");
        REQUIRE(stmt);
        REQUIRE(stmt->forEachRow([&] { out.insert(stmt->text(0), stmt->real(1)); }));
        return out;
    };
    auto reopened = Project::open(xlsxProject, Project::Access::ReadOnly);
    REQUIRE(reopened);
    const auto a = figures(viaCsv->db());
    const auto b = figures((*reopened)->db());
    CHECK(a.size() == fromCsv->matched);
    CHECK(b.size() == a.size());
    CHECK(b == a);
    // "-" in the 2022 column was not taken (not mapped) and wrote nothing.
    CHECK((*reopened)->db().queryInt("SELECT count(*) FROM geisep_area_figures WHERE period <> "
                                     "2023")
          == 0);
}

TEST_CASE("A results table written for CSV becomes a typed sheet: numbers as numbers, codes and "
          "hidden counts as text, the footnote under it",
          "[spreadsheet][xlsx]")
{
    const QList<QStringList> rows{
        {QStringLiteral("Kod"), QStringLiteral("Alan"), QStringLiteral("Göçmen"),
         QStringLiteral("Oran (%)"), QStringLiteral("Sınıf")},
        {QStringLiteral("18647"), QStringLiteral("İnönü Mh."), QStringLiteral("<10"), QString(),
         QStringLiteral("2/5")},
        {QStringLiteral("18480"), QStringLiteral("Yeşilköy Mh."), QStringLiteral("1250"),
         QStringLiteral("12,75"), QStringLiteral("5/5")},
    };
    const SheetTable table = sheetFromRows(QStringLiteral("Baskı: [2023]"), rows, u';', true);
    REQUIRE(table.columns.size() == 5);
    CHECK(table.columns[0].kind == SheetTable::Column::Kind::Text); // a code, not a number
    CHECK(table.columns[1].kind == SheetTable::Column::Kind::Text);
    CHECK(table.columns[2].kind == SheetTable::Column::Kind::Integer);
    CHECK(table.columns[3].kind == SheetTable::Column::Kind::Real);
    CHECK(table.columns[3].decimals == 2);
    CHECK(table.columns[4].kind == SheetTable::Column::Kind::Text);
    CHECK(table.rows[0][2] == QVariant(QStringLiteral("<10")));
    CHECK(table.rows[1][2].toDouble() == 1250.0);
    CHECK(table.rows[1][3].toDouble() == 12.75);
    REQUIRE(table.notes.size() == 1);
    CHECK(table.notes[0].startsWith(u"<10: kişisel verilerin korunması"));
    CHECK(XlsxWriter::sheetName(table.name, {}) == u"Baskı 2023");
    CHECK(XlsxWriter::sheetName(QStringLiteral("Mahalle"), {QStringLiteral("mahalle")})
          == u"Mahalle (2)");
    CHECK(XlsxWriter::sheetName(QString(60, u'ş'), {}).size() == 31);

    test::TempDir dir;
    const QString path = dir.path(QStringLiteral("baskı.xlsx"));
    REQUIRE(XlsxWriter::write(path, {table}));
    const auto back = Spreadsheet::readSheet(path);
    if (!back)
        FAIL(back.error().toString().toStdString());
    CHECK(back->header == rows[0]);
    REQUIRE(back->rows.size() == 2); // the footnote is a note, not a row
    CHECK(back->rows[0]
          == QStringList{QStringLiteral("18647"), QStringLiteral("İnönü Mh."),
                         QStringLiteral("<10"), QString(), QStringLiteral("2/5")});
    CHECK(parseNumber(back->rows[1][3]) == 12.75);
    // A folder that does not exist: refused, naming the file.
    const QString nowhere = dir.path(QStringLiteral("yok/baskı.xlsx"));
    const auto refused = XlsxWriter::write(nowhere, {table});
    REQUIRE_FALSE(refused);
    CHECK(refused.error().file == nowhere);
}
