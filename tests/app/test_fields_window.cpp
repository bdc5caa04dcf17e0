// Fields in the attribute table: a planner adds one by typing its name in Turkish, fills it
// for the selected mahalle with the calculator, and removes it; each one undo step.
#include "app/edit/attributetablewindow.h"
#include "app/edit/fielddialogs.h"
#include "app/mainwindow.h"
#include "app/session.h"
#include "gis/edit/attributetable.h"
#include "gis/edit/featureedit.h"
#include "gis/io/spreadsheet.h"
#include "tests/app/fixtures.h"

#include <QAction>
#include <QApplication>
#include <QInputDialog>
#include <QLabel>
#include <QPushButton>
#include <QRegularExpression>
#include <QTest>
#include <QUndoStack>

#include <catch2/catch.hpp>

using namespace geisep;

namespace {

template<typename Dialog> Dialog *openDialog(QWidget *parent)
{
    QCoreApplication::processEvents();
    auto *dialog = parent->findChild<Dialog *>();
    REQUIRE(dialog);
    REQUIRE(dialog->isVisible());
    return dialog;
}

bool hasColumn(AttributeTableWindow *table, const QString &key)
{
    for (int c = 0; c < table->model()->columnCount(); ++c)
        if (table->model()->columnKey(c) == key)
            return true;
    return false;
}

} // namespace

TEST_CASE("A field is added, calculated for the selected mahalle and removed in the table, each "
          "one undo step",
          "[window][fields]")
{
    test::MapWindow f;
    const qint64 id = f.layerId(QStringLiteral("Mahalleler"));
    AttributeTableWindow *table = f.window.openAttributeTable(id);
    REQUIRE(table);
    REQUIRE(table->addFieldAction());

    // Alan ekle…: "Hane sayısı" becomes the column hane_sayisi.
    table->addFieldAction()->trigger();
    auto *add = openDialog<AddFieldDialog>(table);
    add->setName(QStringLiteral("Hane sayısı"));
    CHECK(add->findChild<QLabel *>(QStringLiteral("fieldColumn"))->text() == u"hane_sayisi");
    CHECK(add->field().type == EditField::Type::Integer);
    add->accept();
    QCoreApplication::processEvents();
    CHECK(hasColumn(table, QStringLiteral("field.hane_sayisi")));
    CHECK(f.undo()->undoText() == u"Add the field hane_sayisi to \"Mahalleler\"");

    // Alan hesapla…: three selected mahalle, a value that is no whole number refused first.
    const std::vector<qint64> &shown = table->model()->fids();
    REQUIRE(shown.size() > 10);
    const QList<qint64> three{shown[0], shown[4], shown[9]};
    table->setSelectedFeatures(three);
    table->calculateAction()->trigger();
    auto *calc = openDialog<FieldCalculatorDialog>(table);
    calc->setField(QStringLiteral("hane_sayisi"));
    calc->setOnlySelected(true);
    calc->setExpression(QStringLiteral("fid / 3 + 0.5"));
    CHECK(calc->values().isEmpty());
    CHECK(calc->problem().contains(QStringLiteral("round(")));
    calc->setExpression(QStringLiteral("round(fid / 3) + 100"));
    CHECK(calc->problem().isEmpty());
    REQUIRE(calc->values().size() == 3);
    calc->accept();
    QCoreApplication::processEvents();
    FeatureEditor editor(f.window.session()->project());
    auto stored = editor.values(id, QStringLiteral("hane_sayisi"), three);
    REQUIRE(stored);
    for (const qint64 fid : three)
        CHECK(stored->value(fid).toLongLong() == qRound64(fid / 3.0) + 100);
    auto others = editor.values(id, QStringLiteral("hane_sayisi"), {shown[1]});
    REQUIRE(others);
    CHECK(others->value(shown[1]).isNull());
    CHECK(f.undo()->undoText() == u"Calculate hane_sayisi for 3 feature(s)");
    f.undo()->undo();
    QCoreApplication::processEvents();
    stored = editor.values(id, QStringLiteral("hane_sayisi"), three);
    REQUIRE(stored);
    for (const qint64 fid : three)
        CHECK(stored->value(fid).isNull());
    f.undo()->redo();
    QCoreApplication::processEvents();

    // Alanı kaldır…: gone with its values; undo brings both back.
    table->removeFieldAction()->trigger();
    auto *remove = openDialog<QInputDialog>(table);
    remove->setTextValue(QStringLiteral("hane_sayisi"));
    remove->accept();
    QCoreApplication::processEvents();
    CHECK_FALSE(hasColumn(table, QStringLiteral("field.hane_sayisi")));
    f.undo()->undo();
    QCoreApplication::processEvents();
    CHECK(hasColumn(table, QStringLiteral("field.hane_sayisi")));
    stored = editor.values(id, QStringLiteral("hane_sayisi"), three);
    REQUIRE(stored);
    for (const qint64 fid : three)
        CHECK(stored->value(fid).toLongLong() == qRound64(fid / 3.0) + 100);
    CHECK(test::gdalValidate({f.window.session()->project().path()}).isEmpty());
}

TEST_CASE("The attribute table exports the rows shown to Excel, small counts of migrants "
          "written as <10",
          "[app][attributes][spreadsheet]")
{
    test::MapWindow w;
    const qint64 mahalle = w.layerId(QStringLiteral("Mahalleler"));
    // Migrants counted in three mahalle: one count too small to publish.
    REQUIRE(w.db().exec(
        "INSERT INTO geisep_area_figures (area_id, period, variable, value) SELECT id, 2023, "
        "'migrant_population', CASE name WHEN 'İnönü Mh.' THEN 4 WHEN 'Şahintepe Mh.' THEN 25 "
        "ELSE 1200 END FROM geisep_areas WHERE name IN ('İnönü Mh.', 'Şahintepe Mh.', "
        "'Yeşilköy Mh.')"));
    AttributeTableWindow *table = w.window.openAttributeTable(mahalle);
    REQUIRE(table);
    REQUIRE(table->applyFilter(QStringLiteral("migrant_population >= 1")));
    REQUIRE(table->model()->rowCount() == 3);
    auto *button = table->findChild<QPushButton *>(QStringLiteral("exportXlsx"));
    REQUIRE(button);
    CHECK(button->text() == u"Export to Excel…");

    const QString path = w.dir.path(QStringLiteral("mahalle.xlsx"));
    const auto rows = table->exportXlsx(path);
    REQUIRE(rows);
    CHECK(*rows == 3);
    CHECK(table->findChild<QLabel *>(QStringLiteral("attributeCount"))
              ->text()
              .contains(u"3 row(s) written"));
    auto sheet = Spreadsheet::readSheet(path);
    if (!sheet)
        FAIL(sheet.error().toString().toStdString());
    CHECK(sheet->header.size() == table->model()->columnCount());
    REQUIRE(sheet->rows.size() == 3);
    int migrants = -1, name = -1;
    for (int c = 0; c < table->model()->columnCount(); ++c) {
        if (table->model()->columnKey(c).startsWith(u"figure.migrant_population"))
            migrants = c;
        if (table->model()->columnKey(c) == u"area.name")
            name = c;
    }
    REQUIRE(migrants >= 0);
    REQUIRE(name >= 0);
    CHECK(sheet->header[migrants] == table->model()->headerData(migrants, Qt::Horizontal));
    QMap<QString, QString> byName;
    for (const QStringList &row : std::as_const(sheet->rows))
        byName.insert(row[name], row[migrants]);
    CHECK(byName.value(QStringLiteral("İnönü Mh.")) == u"<10");
    CHECK(parseNumber(byName.value(QStringLiteral("Şahintepe Mh."))) == 25.0);
    CHECK(parseNumber(byName.value(QStringLiteral("Yeşilköy Mh."))) == 1200.0);
    // The 4 is nowhere in the file, and the sheet says why a cell is hidden.
    const auto xml
        = test::run(QStringLiteral(GEISEP_SYSTEM_PYTHON),
                    {QStringLiteral("-c"),
                     QStringLiteral("import sys, zipfile; z = zipfile.ZipFile(sys.argv[1]); "
                                    "print(z.read('xl/worksheets/sheet1.xml').decode()); "
                                    "print(z.read('xl/sharedStrings.xml').decode())"),
                     path});
    REQUIRE(xml.exitCode == 0);
    QString letter; // the migrants column as the sheet names it
    for (int c = migrants + 1; c > 0; c = (c - 1) / 26)
        letter.prepend(QChar(u'A' + (c - 1) % 26));
    const QRegularExpression four(QStringLiteral("<c r=\"%1\\d+\"[^>]*><v>4</v>").arg(letter));
    CHECK_FALSE(four.match(xml.out).hasMatch());
    CHECK(QRegularExpression(QStringLiteral("<c r=\"%1\\d+\"[^>]*><v>1200</v>").arg(letter))
              .match(xml.out)
              .hasMatch()); // the pattern finds a number cell where there is one
    CHECK(xml.out.contains(u"to protect personal data"));
    w.window.closeProject();
}
