#include "core/plan.h"
#include "tests/support/support.h"

#include <catch2/catch.hpp>

using namespace geisep;

TEST_CASE("Goals, objectives and actions: add in order, update, remove with children",
          "[plan]")
{
    test::TempDir dir;
    auto project = test::newProject(dir.path(QStringLiteral("p.gpkg")));
    PlanStore plan(project->db());

    Goal first;
    first.sectorId = 3;
    first.code = QStringLiteral("H3.1");
    first.titleTr = QStringLiteral("Okullaşma oranının artırılması");
    const qint64 g1 = plan.addGoal(first).value();
    Goal second = first;
    second.code = QStringLiteral("H3.2");
    second.titleTr = QStringLiteral("Sağlık hizmetine erişim");
    const qint64 g2 = plan.addGoal(second).value();
    auto goals = plan.goals().value();
    REQUIRE(goals.size() == 2);
    CHECK(goals[0].id == g1);
    CHECK(goals[0].position == 1);
    CHECK(goals[1].position == 2);

    Objective objective;
    objective.goalId = g1;
    objective.titleTr = QStringLiteral("Derslik kapasitesi");
    const qint64 o1 = plan.addObjective(objective).value();
    Action action;
    action.objectiveId = o1;
    action.titleTr = QStringLiteral("Prefabrik derslik");
    action.methodStep = 4;
    const qint64 a1 = plan.addAction(action).value();

    action.id = a1;
    action.status = QStringLiteral("done");
    REQUIRE(plan.updateAction(action));
    CHECK(plan.actions()->at(0).status == u"done");
    action.status = QStringLiteral("finished?");
    CHECK_FALSE(plan.updateAction(action)); // not one of the four statuses
    CHECK(plan.actions()->at(0).status == u"done");

    Goal empty;
    empty.sectorId = 1;
    auto refused = plan.addGoal(empty);
    REQUIRE_FALSE(refused);
    CHECK(refused.error().message.contains(QStringLiteral("Turkish title")));

    REQUIRE(plan.removeGoal(g1));
    CHECK(plan.goals()->size() == 1);
    CHECK(plan.goals()->at(0).id == g2);
    CHECK(plan.objectives()->isEmpty());
    CHECK(plan.actions()->isEmpty());
}
