// Fields in the attribute table: a planner adds one by typing its name in Turkish, fills it
// for the selected mahalle with the calculator, and removes it; each one undo step.
#include "app/attributetablewindow.h"
#include "app/fielddialogs.h"
#include "app/mainwindow.h"
#include "app/session.h"
#include "gis/attributetable.h"
#include "gis/featureedit.h"
#include "tests/app/fixtures.h"

#include <QAction>
#include <QApplication>
#include <QInputDialog>
#include <QLabel>
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
