#include "core/layerlistmodel.h"
#include "core/plantreemodel.h"
#include "tests/support/support.h"

#include <QAbstractItemModelTester>

#include <catch2/catch.hpp>

using namespace geisep;

TEST_CASE("The plan tree model: sectors, goals, objectives, actions", "[models]")
{
    test::TempDir dir;
    auto project = test::newProject(dir.path(QStringLiteral("p.gpkg")));
    PlanStore plan(project->db());
    Goal goal;
    goal.sectorId = 2;
    goal.code = QStringLiteral("H2.1");
    goal.titleTr = QStringLiteral("Su erişimi");
    goal.titleEn = QStringLiteral("Access to water");
    const qint64 goalId = plan.addGoal(goal).value();
    Objective objective;
    objective.goalId = goalId;
    objective.titleTr = QStringLiteral("Çeşme noktaları");
    const qint64 objectiveId = plan.addObjective(objective).value();
    Action action;
    action.objectiveId = objectiveId;
    action.titleTr = QStringLiteral("Eyyübiye'de 12 çeşme");
    plan.addAction(action).value();

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
    auto layer = [](qint64 id, const QString &name, const QString &role, qint64 count) {
        LayerInfo info;
        info.id = id;
        info.tableName = QStringLiteral("t%1").arg(id);
        info.name = name;
        info.role = role;
        info.featureCount = count;
        return info;
    };
    const LayerInfo roads = layer(1, QStringLiteral("Yollar"), QStringLiteral("reference"), 10);
    const LayerInfo mahalle = layer(2, QStringLiteral("Şahinbey mahalleleri"),
                                    QStringLiteral("muhtar_district"), 330);
    const LayerInfo schools = layer(3, QStringLiteral("Okullar (örnek)"),
                                    QStringLiteral("infrastructure"), 40);
    model.setLayers({roads, mahalle, schools});
    REQUIRE(model.rowCount() == 3);
    CHECK(model.data(model.index(0, 0), LayerListModel::RoleCodeRole).toString() == u"muhtar_district");
    CHECK(model.data(model.index(1, 0), LayerListModel::RoleCodeRole).toString() == u"infrastructure");
    CHECK(model.data(model.index(2, 0), LayerListModel::RoleCodeRole).toString() == u"reference");
    const QModelIndex m = model.index(0, 0, model.index(0, 0));
    CHECK(model.data(m).toString() == QStringLiteral("Şahinbey mahalleleri"));
    CHECK(model.data(m, LayerListModel::FeatureCountRole).toLongLong() == 330);
    model.setLayers({});
    CHECK(model.rowCount() == 0);
}
