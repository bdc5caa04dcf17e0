#include "core/layerlistmodel.h"
#include "core/plan/plantreemodel.h"
#include "tests/support/support.h"

#include <QAbstractItemModelTester>
#include <QMimeData>
#include <QSignalSpy>

#include <memory>

#include <catch2/catch.hpp>

using namespace geisep;

TEST_CASE("The plan tree model: sectors, goals, objectives, actions", "[models]")
{
    test::TempDir dir;
    auto project = test::newProject(dir.path(QStringLiteral("p.gpkg")));
    PlanStore plan(project->db());
    PlanItem goal;
    goal.kind = PlanKind::Goal;
    goal.parentId = 2;
    goal.code = QStringLiteral("H2.1");
    goal.titleTr = QStringLiteral("Su erişimi");
    goal.titleEn = QStringLiteral("Access to water");
    const qint64 goalId = plan.addItem(goal).value();
    PlanItem objective;
    objective.kind = PlanKind::Objective;
    objective.parentId = goalId;
    objective.titleTr = QStringLiteral("Çeşme noktaları");
    const qint64 objectiveId = plan.addItem(objective).value();
    PlanItem action;
    action.kind = PlanKind::Action;
    action.parentId = objectiveId;
    action.titleTr = QStringLiteral("Eyyübiye'de 12 çeşme");
    plan.addItem(action).value();

    PlanTreeModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.reload(&plan);
    REQUIRE(model.rowCount() == 8);
    const QModelIndex infra = model.index(1, 0);
    CHECK(model.data(infra).toString().startsWith(QStringLiteral("Temel yerel altyapı")));
    REQUIRE(model.rowCount(infra) == 1);
    const QModelIndex g = model.index(0, 0, infra);
    CHECK(model.data(g).toString() == QStringLiteral("H2.1  Su erişimi"));
    model.setEnglish(true);
    CHECK(model.data(g).toString() == QStringLiteral("H2.1  Access to water"));
    CHECK(model.data(model.index(0, 0)).toString() == QStringLiteral("Housing and urban planning"));
    const QModelIndex o = model.index(0, 0, g);
    const QModelIndex a = model.index(0, 0, o);
    CHECK(model.data(a).toString() == QStringLiteral("Eyyübiye'de 12 çeşme"));
    CHECK(model.parent(a) == o);
    CHECK(model.parent(o) == g);
    CHECK(model.find(PlanTreeModel::Kind::Goal, goalId) == g);
    model.reload(nullptr);
    CHECK(model.rowCount() == 0);
}

TEST_CASE("The layer model groups layers by role in a fixed order", "[models]")
{
    LayerListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    auto layer = [](qint64 id, const QString &name, LayerRole role, qint64 count) {
        LayerInfo info;
        info.id = id;
        info.tableName = QStringLiteral("t%1").arg(id);
        info.name = name;
        info.role = role;
        info.featureCount = count;
        return info;
    };
    const LayerInfo roads = layer(1, QStringLiteral("Yollar"), LayerRole::Reference, 10);
    const LayerInfo mahalle
        = layer(2, QStringLiteral("Şahinbey mahalleleri"), LayerRole::MuhtarDistrict, 330);
    const LayerInfo schools
        = layer(3, QStringLiteral("Okullar (örnek)"), LayerRole::Infrastructure, 40);
    model.setLayers({roads, mahalle, schools});
    REQUIRE(model.rowCount() == 3);
    // The group drawn on top first, as the map stacks them.
    CHECK(model.data(model.index(0, 0), LayerListModel::RoleCodeRole).toString()
          == u"infrastructure");
    CHECK(model.data(model.index(1, 0), LayerListModel::RoleCodeRole).toString() == u"reference");
    CHECK(model.data(model.index(2, 0), LayerListModel::RoleCodeRole).toString()
          == u"muhtar_district");
    const QModelIndex m = model.index(0, 0, model.index(2, 0));
    CHECK(model.data(m).toString() == QStringLiteral("Şahinbey mahalleleri"));
    CHECK(model.data(m, LayerListModel::FeatureCountRole).toLongLong() == 330);

    // Renaming in place only asks; an empty name is refused.
    QSignalSpy renames(&model, &LayerListModel::renameRequested);
    CHECK(model.setData(m, QStringLiteral("  Şahinbey  ")));
    CHECK_FALSE(model.setData(m, QStringLiteral("   ")));
    REQUIRE(renames.size() == 1);
    CHECK(renames[0][1].toString() == QStringLiteral("Şahinbey"));
    CHECK(model.data(m).toString() == QStringLiteral("Şahinbey mahalleleri")); // until reloaded
}

TEST_CASE("Dragging a layer reorders its group only", "[models]")
{
    LayerListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    QList<LayerInfo> layers;
    for (qint64 id : {1, 2, 3}) { // as Project::layers lists them: top first
        LayerInfo info;
        info.id = id;
        info.name = QStringLiteral("Katman %1").arg(id);
        info.role = LayerRole::Reference;
        layers.append(info);
    }
    LayerInfo areas;
    areas.id = 9;
    areas.name = QStringLiteral("Mahalleler");
    areas.role = LayerRole::MuhtarDistrict;
    layers.append(areas);
    model.setLayers(layers);
    const QModelIndex group = model.index(0, 0);
    REQUIRE(model.rowCount(group) == 3);

    // Layer 3 (bottom) dropped above layer 1 (top).
    std::unique_ptr<QMimeData> mime(model.mimeData({model.indexOfLayer(3)}));
    REQUIRE(mime);
    QSignalSpy orders(&model, &LayerListModel::orderRequested);
    CHECK(model.canDropMimeData(mime.get(), Qt::MoveAction, 0, 0, group));
    CHECK_FALSE(model.dropMimeData(mime.get(), Qt::MoveAction, 0, 0, group));
    REQUIRE(orders.size() == 1);
    CHECK(orders[0][0].value<QList<qint64>>() == QList<qint64>{3, 1, 2});
    // Top to bottom, and dropped where it already is.
    CHECK(model.orderAfterMove(1, group, 3) == QList<qint64>{2, 3, 1});
    // Dropped onto another layer, it takes that layer's place.
    CHECK(model.orderAfterMove(2, model.indexOfLayer(3), -1) == QList<qint64>{1, 3, 2});
    CHECK(model.orderAfterMove(3, model.indexOfLayer(1), -1) == QList<qint64>{3, 1, 2});
    // Dropped in the gap it came from: nothing changes.
    CHECK(model.orderAfterMove(2, group, 1).isEmpty());
    CHECK(model.orderAfterMove(2, group, 2).isEmpty());
    // Another group is refused: dragging does not change a layer's role.
    CHECK_FALSE(model.canDropMimeData(mime.get(), Qt::MoveAction, 0, 0, model.index(1, 0)));
    model.setLayers({});
    CHECK(model.rowCount() == 0);
}
