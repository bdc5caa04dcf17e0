// The layer filter in the window: the dialog counts what an expression keeps as it is typed and
// writes picked values as the language wants them; saved through an undo step, it narrows the
// map, the layers panel's entry and the attribute table, and undo brings every feature back.
#include "app/commands.h"
#include "app/edit/attributetablewindow.h"
#include "app/layers/layerfilterdialog.h"
#include "app/mainwindow.h"
#include "app/map/mapcanvas.h"
#include "app/session.h"
#include "core/layerlistmodel.h"
#include "gis/edit/attributetable.h"
#include "tests/app/fixtures.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTest>
#include <QTreeView>
#include <QUndoStack>

#include <catch2/catch.hpp>

using namespace geisep;

namespace {

// A double-click as a hand makes it: press and release, then the second press a view answers.
void doubleClick(QListWidget *list, QListWidgetItem *item)
{
    const QPoint at = list->visualItemRect(item).center();
    QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, at);
    QTest::mouseDClick(list->viewport(), Qt::LeftButton, {}, at);
}

LayerInfo layerNamed(MainWindow &window, const QString &name)
{
    for (const LayerInfo &l : window.session()->project().layers())
        if (l.name == name)
            return l;
    FAIL("no layer " << name.toStdString());
    return {};
}

std::size_t featuresOnMap(MainWindow &window, qint64 layerId)
{
    const auto layer = window.canvas()->layer(layerId);
    REQUIRE(layer);
    REQUIRE(layer->geometry);
    return layer->geometry->featureCount();
}

QString panelText(MainWindow &window, qint64 layerId)
{
    auto *model = qobject_cast<LayerListModel *>(window.layersView()->model());
    REQUIRE(model);
    return model->indexOfLayer(layerId).data(Qt::DisplayRole).toString();
}

} // namespace

TEST_CASE("The filter dialog counts what an expression keeps and writes picked names and values",
          "[window][layerfilter]")
{
    test::MapWindow f;
    const LayerInfo mahalle = layerNamed(f.window, QStringLiteral("Mahalleler"));
    const qint64 all = mahalle.featureCount;
    REQUIRE(all > 100);
    auto count = f.db().prepareWith("SELECT count(*) FROM %1 WHERE name LIKE 'Ak%'",
                                    {*Identifier::make(mahalle.tableName)});
    REQUIRE(count);
    REQUIRE(count->step().value_or(false));
    const qint64 startingAk = count->int64(0);
    REQUIRE(startingAk > 0);

    LayerFilterDialog dialog(f.window.session(), mahalle, &f.window);
    dialog.show(); // the layer's columns and features are read as it opens
    auto *status = dialog.findChild<QLabel *>(QStringLiteral("filterStatus"));
    auto *expression = dialog.findChild<QPlainTextEdit *>(QStringLiteral("filterExpression"));
    auto *buttons = dialog.findChild<QDialogButtonBox *>();
    REQUIRE(status);
    REQUIRE(expression);
    REQUIRE(buttons);
    CHECK(dialog.matchCount() == all);
    CHECK(status->text() == QStringLiteral("No filter: all %1 features.").arg(all));

    dialog.setFilter(QStringLiteral("ad LIKE 'ak%'"));
    CHECK(dialog.matchCount() == startingAk);
    CHECK(
        status->text()
        == QStringLiteral("%1 of %2 features match.").arg(startingAk).arg(QLocale().toString(all)));
    CHECK(buttons->button(QDialogButtonBox::Ok)->isEnabled());

    // A field that is not there: said, with the fields one may use, and OK refused.
    dialog.setFilter(QStringLiteral("okul > 2"));
    CHECK(dialog.matchCount() == -1);
    CHECK(status->text().contains(QStringLiteral("okul")));
    CHECK_FALSE(buttons->button(QDialogButtonBox::Ok)->isEnabled());

    // Picking: a double-click on the district field and on one of its values writes a
    // condition that reads (a value with a Turkish letter kept as it is).
    dialog.setFilter({});
    auto *fields = dialog.findChild<QListWidget *>(QStringLiteral("filterFields"));
    auto *values = dialog.findChild<QListWidget *>(QStringLiteral("filterValues"));
    REQUIRE(fields);
    REQUIRE(values);
    dialog.show();
    REQUIRE(QTest::qWaitForWindowExposed(&dialog));
    const auto found = fields->findItems(QStringLiteral("District"), Qt::MatchExactly);
    REQUIRE(found.size() == 1);
    fields->setCurrentItem(found.first());
    doubleClick(fields, found.first());
    REQUIRE(values->count() == 1);
    CHECK(values->item(0)->text() == u"Şahinbey");
    // The "=" button, then the value.
    for (QAbstractButton *button : dialog.findChildren<QAbstractButton *>())
        if (button->text() == u"=") {
            button->click();
            break;
        }
    doubleClick(values, values->item(0));
    CHECK(expression->toPlainText().trimmed() == u"District = Şahinbey");
    QTest::qWait(400); // the count follows typing after a short pause
    CHECK(dialog.matchCount() == all);
    dialog.reject();
}

TEST_CASE("A layer filter narrows the map, the panel and the table, one undo step",
          "[window][layerfilter]")
{
    test::MapWindow f;
    const LayerInfo mahalle = layerNamed(f.window, QStringLiteral("Mahalleler"));
    const std::size_t all = featuresOnMap(f.window, mahalle.id);
    REQUIRE(all == std::size_t(mahalle.featureCount));
    AttributeTableWindow *table = f.window.openAttributeTable(mahalle.id);
    REQUIRE(table);
    CHECK(table->model()->rowCount() == int(all));

    f.undo()->push(setLayerFilterCommand(f.window.session(), mahalle.id, {},
                                         QStringLiteral("fid <= 10 OR ad = 'Karagöz Mh.'")));
    QCoreApplication::processEvents();
    CHECK(featuresOnMap(f.window, mahalle.id) == 11);
    CHECK(panelText(f.window, mahalle.id) == u"Mahalleler · filtered");
    CHECK(table->model()->rowCount() == 11);
    CHECK(f.undo()->undoText() == u"Filter layer: fid <= 10 OR ad = 'Karagöz Mh.'");
    REQUIRE(f.canvas()->waitForFrame());

    f.undo()->undo();
    QCoreApplication::processEvents();
    CHECK(featuresOnMap(f.window, mahalle.id) == all);
    CHECK(panelText(f.window, mahalle.id) == u"Mahalleler");
    CHECK(table->model()->rowCount() == int(all));
    CHECK(layerNamed(f.window, QStringLiteral("Mahalleler")).filter.isEmpty());

    f.undo()->redo();
    QCoreApplication::processEvents();
    CHECK(featuresOnMap(f.window, mahalle.id) == 11);
    CHECK(f.window.filterAction()->isEnabled());
}
