#include "core/plan/plan.h"
#include "core/plan/planviews.h"
#include "core/plan/progress.h"
#include "tests/support/support.h"

#include <QFile>

#include <catch2/catch.hpp>

#include <algorithm>
#include <cmath>

using namespace geisep;

TEST_CASE("Goals, objectives and actions: add in order, update, remove with children", "[plan]")
{
    test::TempDir dir;
    auto project = test::newProject(dir.path(QStringLiteral("p.gpkg")));
    PlanStore plan(project->db());

    PlanItem first;
    first.kind = PlanKind::Goal;
    first.parentId = 3;
    first.code = QStringLiteral("H3.1");
    first.titleTr = QStringLiteral("Okullaşma oranının artırılması");
    const qint64 g1 = plan.addItem(first).value();
    PlanItem second = first;
    second.code = QStringLiteral("H3.2");
    second.titleTr = QStringLiteral("Sağlık hizmetine erişim");
    const qint64 g2 = plan.addItem(second).value();
    auto goals = plan.goals().value();
    REQUIRE(goals.size() == 2);
    CHECK(goals[0].id == g1);
    CHECK(goals[0].position == 1);
    CHECK(goals[1].position == 2);

    PlanItem objective;
    objective.kind = PlanKind::Objective;
    objective.parentId = g1;
    objective.titleTr = QStringLiteral("Derslik kapasitesi");
    const qint64 o1 = plan.addItem(objective).value();
    PlanItem action;
    action.kind = PlanKind::Action;
    action.parentId = o1;
    action.titleTr = QStringLiteral("Prefabrik derslik");
    action.methodStep = 4;
    const qint64 a1 = plan.addItem(action).value();

    action.id = a1;
    action.status = QStringLiteral("done");
    REQUIRE(plan.updateItem(action));
    CHECK(plan.actions()->at(0).status == u"done");
    action.status = QStringLiteral("finished?");
    CHECK_FALSE(plan.updateItem(action)); // not one of the four statuses
    CHECK(plan.actions()->at(0).status == u"done");

    PlanItem empty;
    empty.kind = PlanKind::Goal;
    empty.parentId = 1;
    auto refused = plan.addItem(empty);
    REQUIRE_FALSE(refused);
    CHECK(refused.error().message.contains(QStringLiteral("Turkish title")));

    REQUIRE(plan.removeItem(PlanKind::Goal, g1));
    CHECK(plan.goals()->size() == 1);
    CHECK(plan.goals()->at(0).id == g2);
    CHECK(plan.objectives()->isEmpty());
    CHECK(plan.actions()->isEmpty());
}

namespace {

// Every row of the plan tables, as text, to compare states exactly.
QStringList dump(Database &db)
{
    QStringList out;
    for (const char *table :
         {"geisep_goals", "geisep_objectives", "geisep_actions", "geisep_action_stakeholders",
          "geisep_indicators", "geisep_indicator_values", "geisep_area_links"}) {
        auto stmt = db.prepareWith("SELECT * FROM %1 ORDER BY id",
                                   {*Identifier::make(QString::fromLatin1(table))});
        REQUIRE(stmt);
        while (stmt->step().value()) {
            QStringList row{QString::fromLatin1(table)};
            for (int c = 0; c < stmt->columnCount(); ++c)
                row << stmt->value(c).toString();
            out << row.join(u'|');
        }
    }
    return out;
}

// The version-1 fixture, opened (and so migrated): three Şahinbey mahalle as areas 1–3, one
// goal under the education sector with an objective and an action, two links.
std::unique_ptr<Project> fixture(test::TempDir &dir)
{
    const QString path = dir.path(QStringLiteral("plan.gpkg"));
    REQUIRE(QFile::copy(test::testData(QStringLiteral("project-v1.gpkg")), path));
    QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
    auto opened = Project::open(path);
    REQUIRE(opened);
    return std::move(*opened);
}

} // namespace

TEST_CASE("Plan items: every action field round-trips, bad input is refused", "[plan]")
{
    test::TempDir dir;
    auto project = test::newProject(dir.path(QStringLiteral("p.gpkg")));
    PlanStore plan(project->db());
    REQUIRE(project->db().exec("INSERT INTO geisep_stakeholders (kind, name) VALUES "
                               "('belediye', 'Şahinbey Belediyesi'), ('ngo', 'Sığınmacılar "
                               "Derneği'), ('university', 'Gaziantep Üniversitesi')"));
    PlanItem goal;
    goal.kind = PlanKind::Goal;
    goal.parentId = 1; // Konut / şehir planlaması
    goal.code = QStringLiteral("H1.1");
    goal.titleTr = QStringLiteral("Göçmen hanelerin yeterli konuta erişimi");
    goal.titleEn = QStringLiteral("Adequate housing for migrant households");
    const qint64 g = plan.addItem(goal).value();
    PlanItem objective;
    objective.kind = PlanKind::Objective;
    objective.parentId = g;
    objective.titleTr = QStringLiteral("Riskli yapı stokunun azaltılması");
    const qint64 o = plan.addItem(objective).value();

    PlanItem action;
    action.kind = PlanKind::Action;
    action.parentId = o;
    action.code = QStringLiteral("E1.1.1.1");
    action.titleTr = QStringLiteral("İnönü'de kira yardımı");
    action.description = QStringLiteral("Çok satırlı\naçıklama; “tırnak” ve ğüşıöç.");
    action.responsibleId = 1;
    action.partnerIds = {2, 3};
    action.start = QDate(2025, 3, 1);
    action.end = QDate(2026, 12, 31);
    action.budget = 1250000.5;
    action.currency = QStringLiteral("EUR");
    action.fundingKind = QStringLiteral("international");
    action.fundingSource = QStringLiteral("AB FRIT II");
    action.status = QStringLiteral("in_progress");
    action.methodStep = 4;
    action.id = plan.addItem(action).value();
    auto read = plan.item(PlanKind::Action, action.id);
    REQUIRE(read);
    action.position = read->position;
    CHECK(*read == action);
    CHECK(read->position == 1);

    // Edits: partners replaced, budget cleared.
    action.partnerIds = {3};
    action.budget.reset();
    action.status = QStringLiteral("done");
    REQUIRE(plan.updateItem(action));
    CHECK(*plan.item(PlanKind::Action, action.id) == action);

    // Refused, and nothing changed.
    const QStringList before = dump(project->db());
    PlanItem bad = action;
    bad.end = QDate(2024, 1, 1);
    auto refused = plan.updateItem(bad);
    REQUIRE_FALSE(refused);
    CHECK(refused.error().message.contains(QStringLiteral("2024-01-01")));
    bad = action;
    bad.titleTr = QStringLiteral("   ");
    CHECK_FALSE(plan.updateItem(bad));
    bad = action;
    bad.budget = -5;
    CHECK_FALSE(plan.updateItem(bad));
    bad = action;
    bad.status = QStringLiteral("bitti");
    CHECK_FALSE(plan.updateItem(bad));
    CHECK(dump(project->db()) == before);
}

TEST_CASE("Plan items reorder among their siblings only", "[plan]")
{
    test::TempDir dir;
    auto project = test::newProject(dir.path(QStringLiteral("p.gpkg")));
    PlanStore plan(project->db());
    QList<qint64> ids;
    for (const char *title : {"Birinci", "İkinci", "Üçüncü"}) {
        PlanItem goal;
        goal.parentId = 3;
        goal.titleTr = QString::fromUtf8(title);
        ids << plan.addItem(goal).value();
    }
    PlanItem elsewhere;
    elsewhere.parentId = 4;
    elsewhere.titleTr = QStringLiteral("Başka sektör");
    const qint64 other = plan.addItem(elsewhere).value();
    auto order = [&] {
        QList<qint64> out;
        const QList<Goal> goals = plan.goals().value();
        for (const Goal &goal : goals)
            if (goal.sectorId == 3)
                out << goal.id;
        return out;
    };
    CHECK(order() == ids);
    CHECK(plan.moveItem(PlanKind::Goal, ids[2], -1).value());
    CHECK(order() == QList<qint64>{ids[0], ids[2], ids[1]});
    CHECK_FALSE(plan.moveItem(PlanKind::Goal, ids[0], -1).value()); // already first
    CHECK(plan.moveItem(PlanKind::Goal, ids[0], +1).value());
    CHECK(order() == QList<qint64>{ids[2], ids[0], ids[1]});
    CHECK_FALSE(plan.moveItem(PlanKind::Goal, other, +1).value()); // alone in its sector
}

TEST_CASE("Removing a plan item says what goes with it, and restores exactly", "[plan]")
{
    test::TempDir dir;
    auto project = fixture(dir);
    PlanStore plan(project->db());
    Database &db = project->db();
    // An indicator with values on the objective, and a link to the action.
    REQUIRE(db.exec("INSERT INTO geisep_indicators (objective_id, name_tr, unit) VALUES (1, "
                    "'Okullaşma oranı', '%');"
                    "INSERT INTO geisep_indicator_values (indicator_id, area_id, period, kind, "
                    "value) VALUES (1, 1, 2023, 'baseline', 61.5), (1, 1, 2030, 'target', 90);"
                    "INSERT INTO geisep_area_links (area_id, action_id, priority) VALUES (3, 1, "
                    "'high');"));
    const QStringList before = dump(db);

    const PlanDependents d = plan.dependents(PlanKind::Goal, 1).value();
    CHECK(d.objectives == 1);
    CHECK(d.actions == 1);
    CHECK(d.indicators == 1);
    CHECK(d.links == 3);
    CHECK(plan.dependents(PlanKind::Action, 1).value().links == 1);
    CHECK_FALSE(plan.dependents(PlanKind::Action, 1).value().actions);

    auto removed = plan.removeItem(PlanKind::Goal, 1);
    REQUIRE(removed);
    CHECK(dump(db).isEmpty());
    REQUIRE(plan.restore(*removed));
    CHECK(dump(db) == before);

    // An action alone: its link goes, the goal's links stay.
    auto action = plan.removeItem(PlanKind::Action, 1);
    REQUIRE(action);
    CHECK(db.queryInt("SELECT count(*) FROM geisep_area_links").value() == 2);
    REQUIRE(plan.restore(*action));
    CHECK(dump(db) == before);
    CHECK_FALSE(plan.removeItem(PlanKind::Action, 99));
    CHECK(dump(db) == before);
}

TEST_CASE("Areas link to plan items once, the inspector's view groups them by sector",
          "[plan][links]")
{
    test::TempDir dir;
    auto project = fixture(dir);
    PlanStore plan(project->db());
    // Area 1 already links to goal 1; linking areas 1–3 adds two.
    auto added = plan.linkAreas({1, 2, 3}, PlanKind::Goal, 1, QStringLiteral("high"),
                                QStringLiteral("Derslik açığı"));
    REQUIRE(added);
    CHECK(added->size() == 1); // areas 1 and 2 were linked in the fixture
    auto toAction = plan.linkAreas({2, 3}, PlanKind::Action, 1, QStringLiteral("low"), {});
    REQUIRE(toAction);
    CHECK(toAction->size() == 2);

    const QList<AreaLinkView> links = plan.linksOfArea(3).value();
    REQUIRE(links.size() == 2);
    CHECK(links[0].kind == PlanKind::Goal);
    CHECK(links[0].sectorTr == QStringLiteral("Eğitim ve sağlık hizmetleri"));
    CHECK(links[0].itemCode == u"H3.1");
    CHECK(links[0].priority == u"high");
    CHECK(links[0].note == QStringLiteral("Derslik açığı"));
    CHECK(links[1].kind == PlanKind::Action);
    CHECK(links[1].itemTr == QStringLiteral("Prefabrik derslik kurulumu"));
    CHECK(links[1].sectorCode == links[0].sectorCode);

    // The goal reaches its own areas and its action's; the sector reaches the same.
    QList<qint64> areas = plan.areasOfItem(PlanKind::Goal, 1).value();
    std::sort(areas.begin(), areas.end());
    CHECK(areas == QList<qint64>{1, 2, 3});
    CHECK(plan.areasOfItem(PlanKind::Action, 1).value().size() == 2);
    CHECK(plan.areasOfItem(PlanKind::Sector, 3).value().size() == 3);
    CHECK(plan.areasOfItem(PlanKind::Sector, 1).value().isEmpty());

    // Unlinking and restoring gives back the same rows.
    const QStringList before = dump(project->db());
    auto removed = plan.removeLinks(*toAction);
    REQUIRE(removed);
    CHECK(plan.linksOfArea(3).value().size() == 1);
    REQUIRE(plan.restore(*removed));
    CHECK(dump(project->db()) == before);
    CHECK_FALSE(plan.linkAreas({1}, PlanKind::Goal, 1, QStringLiteral("urgent"), {}));
}

TEST_CASE("Progress by the Open SDG method on worked numbers", "[plan][progress]")
{
    // Baseline 100 in 2020, target 200 in 2030: required growth 2^(1/10) − 1 = 7.177 % a year.
    ProgressInput in{100, 2020, 200, 2030, 140, 2024};
    Progress p = assessProgress(in);
    // Observed 1.4^(1/4) − 1 = 8.776 %: R = 1.2228.
    CHECK(p.status == ProgressStatus::OnTrack);
    CHECK(*p.ratio == Approx(1.2228).epsilon(1e-3));
    in.current = 120; // 4.664 % a year: R = 0.6498
    p = assessProgress(in);
    CHECK(p.status == ProgressStatus::NeedsAcceleration);
    CHECK(*p.ratio == Approx(0.6498).epsilon(1e-3));
    in.current = 105; // 1.227 %: R = 0.1710
    p = assessProgress(in);
    CHECK(p.status == ProgressStatus::Limited);
    CHECK(*p.ratio == Approx(0.1710).epsilon(1e-3));
    in.current = 90;
    CHECK(assessProgress(in).status == ProgressStatus::MovingAway);
    CHECK(*assessProgress(in).ratio < 0);
    in.current = 210;
    CHECK(assessProgress(in).status == ProgressStatus::Achieved);
    // Just under and over 0.95: 100 → 200 by 2030, observed over 4 years.
    in.current = 100 * std::pow(1 + 0.95 * (std::pow(2.0, 0.1) - 1), 4) - 0.01;
    CHECK(assessProgress(in).status == ProgressStatus::NeedsAcceleration);
    in.current += 0.02;
    CHECK(assessProgress(in).status == ProgressStatus::OnTrack);

    // A falling target: dropout rate 40 % (2020) to 20 % (2030), 35 % in 2024. Observed
    // −3.283 % a year against −6.697 % required: R = 0.4902.
    p = assessProgress({40, 2020, 20, 2030, 35, 2024});
    CHECK(p.status == ProgressStatus::Limited);
    CHECK(*p.ratio == Approx(0.4902).epsilon(1e-3));
    CHECK(assessProgress({40, 2020, 20, 2030, 45, 2024}).status == ProgressStatus::MovingAway);

    CHECK(p.method == ProgressMethod::Growth);

    // A count starting at zero, by the linear method: 0 community centres (2025), 8 (2026),
    // target 20 (2028). 8 a year so far against 20 / 3 = 6.667 a year needed: R = 1.2.
    p = assessProgress({0, 2025, 20, 2028, 8, 2026});
    CHECK(p.status == ProgressStatus::OnTrack);
    CHECK(p.method == ProgressMethod::Linear);
    CHECK(*p.ratio == Approx(1.2).epsilon(1e-9));
    // 4 by 2026: R = 0.6, needs acceleration; 3: R = 0.45, limited; 20: achieved.
    CHECK(assessProgress({0, 2025, 20, 2028, 4, 2026}).status == ProgressStatus::NeedsAcceleration);
    CHECK(*assessProgress({0, 2025, 20, 2028, 3, 2026}).ratio == Approx(0.45).epsilon(1e-9));
    CHECK(assessProgress({0, 2025, 20, 2028, 20, 2026}).status == ProgressStatus::Achieved);
    // Down to zero: 40 (2020) to 0 (2030), 30 in 2024. −2.5 a year against −4: R = 0.625.
    p = assessProgress({40, 2020, 0, 2030, 30, 2024});
    CHECK(p.method == ProgressMethod::Linear);
    CHECK(p.status == ProgressStatus::NeedsAcceleration);
    CHECK(*p.ratio == Approx(0.625).epsilon(1e-9));
    // Below zero: a net outflow of −100 (2020) to be brought to +20 (2030), −80 in 2024:
    // 5 a year against 12: R = 0.4167, limited; −110 moves away.
    p = assessProgress({-100, 2020, 20, 2030, -80, 2024});
    CHECK(p.status == ProgressStatus::Limited);
    CHECK(*p.ratio == Approx(0.41667).epsilon(1e-4));
    CHECK(assessProgress({-100, 2020, 20, 2030, -110, 2024}).status == ProgressStatus::MovingAway);

    // What cannot be assessed says why.
    p = assessProgress({20, 2020, 20, 2030, 5, 2024});
    CHECK(p.status == ProgressStatus::Unknown);
    CHECK_FALSE(p.ratio);
    CHECK_FALSE(p.reason.isEmpty());
    CHECK(assessProgress({10, 2020, 20, 2030, 15, 2020}).status == ProgressStatus::Unknown);
}

TEST_CASE("Indicators: values per area and year, plan-wide aggregation, progress, undo",
          "[plan][indicators]")
{
    test::TempDir dir;
    auto project = fixture(dir);
    PlanStore plan(project->db());
    const QStringList empty = dump(project->db());

    Indicator rate;
    rate.ownerKind = PlanKind::Objective;
    rate.ownerId = 1;
    rate.code = QStringLiteral("G3.1.1");
    rate.nameTr = QStringLiteral("Okullaşma oranı (göçmen çocuklar)");
    rate.unit = QStringLiteral("%");
    rate.type = QStringLiteral("percent");
    rate.aggregation = QStringLiteral("mean");
    auto id = plan.addIndicator(rate);
    REQUIRE(id);
    rate.id = *id;
    rate.position = 1;
    REQUIRE(plan.indicators().value() == QList<Indicator>{rate});
    CHECK(plan.indicators(1, PlanKind::Objective).value().size() == 1);
    CHECK(plan.indicators(1, PlanKind::Action).value().isEmpty());
    const QStringList added = dump(project->db());

    auto set = [&](qint64 area, int year, const char *kind, double v) {
        REQUIRE(plan.setIndicatorValue(rate.id, {area, year, QString::fromLatin1(kind), v, {}}));
    };
    set(1, 2020, "baseline", 40);
    set(1, 2030, "target", 80);
    set(1, 2024, "actual", 50);
    set(1, 2024, "actual", 56); // the same cell again replaces
    set(2, 2020, "baseline", 60);
    set(2, 2030, "target", 80);
    set(2, 2024, "actual", 58);
    const QList<IndicatorValue> values = plan.indicatorValues(rate.id).value();
    REQUIRE(values.size() == 6);

    // İnönü: 40 → 56 in four years against 40 → 80 in ten: R = 1.2227, on track.
    Progress p = progressOf(values, 1);
    CHECK(p.status == ProgressStatus::OnTrack);
    CHECK(*p.ratio == Approx(1.2227).epsilon(1e-3));
    CHECK(progressOf(values, 2).status == ProgressStatus::MovingAway);
    CHECK(progressOf(values, 3).status == ProgressStatus::Unknown);

    // The plan as a whole, by the mean of the areas: 50 → 57 against 50 → 80, R = 0.6920.
    QList<IndicatorValue> whole = plan.planWideValues(rate.id).value();
    REQUIRE(whole.size() == 3);
    CHECK(whole[0].period == 2020);
    CHECK(whole[0].value == Approx(50));
    CHECK(whole[1].value == Approx(57));
    CHECK(whole[2].value == Approx(80));
    p = progressOf(whole, 0);
    CHECK(p.status == ProgressStatus::NeedsAcceleration);
    CHECK(*p.ratio == Approx(0.6920).epsilon(1e-3));
    // Summed, or the largest; a value given for the plan itself wins.
    rate.aggregation = QStringLiteral("max");
    REQUIRE(plan.updateIndicator(rate));
    CHECK(plan.planWideValues(rate.id).value()[1].value == Approx(58));
    rate.aggregation = QStringLiteral("sum");
    REQUIRE(plan.updateIndicator(rate));
    CHECK(plan.planWideValues(rate.id).value()[1].value == Approx(114));
    set(0, 2024, "actual", 61);
    CHECK(plan.planWideValues(rate.id).value()[1].value == Approx(61));

    // Refused without a trace.
    const QStringList before = dump(project->db());
    CHECK_FALSE(plan.setIndicatorValue(rate.id, {1, 2024, QStringLiteral("forecast"), 1, {}}));
    CHECK_FALSE(plan.setIndicatorValue(rate.id, {1, 1850, QStringLiteral("actual"), 1, {}}));
    Indicator nameless = rate;
    nameless.nameTr = QStringLiteral("  ");
    CHECK_FALSE(plan.updateIndicator(nameless));
    Indicator sideways = rate;
    sideways.direction = QStringLiteral("sideways");
    CHECK_FALSE(plan.updateIndicator(sideways));
    CHECK(dump(project->db()) == before);

    // Undo of any edit: the snapshot taken before it, put back.
    const PlanSnapshot snapshot = plan.indicatorSnapshot(rate.id).value();
    REQUIRE(plan.clearIndicatorValue(rate.id, 1, 2024, QStringLiteral("actual")));
    REQUIRE(plan.indicatorValues(rate.id).value().size() == 6);
    REQUIRE(plan.replaceIndicator(rate.id, snapshot));
    CHECK(dump(project->db()) == before);
    auto removed = plan.removeIndicator(rate.id);
    REQUIRE(removed);
    CHECK(plan.indicators().value().isEmpty());
    CHECK(plan.indicatorValues(rate.id).value().isEmpty());
    REQUIRE(plan.restore(*removed));
    CHECK(dump(project->db()) == before);
    // Undoing the add: nothing for the indicator.
    REQUIRE(plan.replaceIndicator(rate.id, PlanSnapshot{}));
    CHECK(dump(project->db()) == empty);
    CHECK(added != empty);
    // Removing the objective takes its indicators along, and undo brings them back.
    REQUIRE(plan.replaceIndicator(rate.id, snapshot));
    auto objective = plan.removeItem(PlanKind::Objective, 1);
    REQUIRE(objective);
    CHECK(plan.indicators().value().isEmpty());
    REQUIRE(plan.restore(*objective));
    CHECK(dump(project->db()) == before);
}

TEST_CASE("Stakeholder register: institutions and muhtar, refused while an action names them",
          "[plan][stakeholders]")
{
    test::TempDir dir;
    auto project = fixture(dir);
    PlanStore plan(project->db());

    Stakeholder valilik;
    valilik.kind = QStringLiteral("valilik");
    valilik.name = QStringLiteral("Gaziantep Valiliği İl Göç İdaresi Müdürlüğü");
    auto v = plan.addStakeholder(valilik);
    REQUIRE(v);
    Stakeholder muhtar;
    muhtar.kind = QStringLiteral("muhtar");
    muhtar.isPerson = true;
    muhtar.name = QStringLiteral("Ayşe Çınar");
    muhtar.title = QStringLiteral("İnönü Mahallesi Muhtarı");
    muhtar.phone = QStringLiteral("0342 000 00 00");
    muhtar.email = QStringLiteral("inonu.muhtarligi@example.org");
    muhtar.areaId = 1;
    auto m = plan.addStakeholder(muhtar);
    REQUIRE(m);
    muhtar.id = *m;

    const QList<Stakeholder> all = plan.stakeholders().value();
    REQUIRE(all.size() == 2);
    CHECK(all[0].kind == u"muhtar"); // by kind, then name
    CHECK(all[0] == muhtar);
    CHECK(plan.muhtarsOf(1).value() == QList<Stakeholder>{muhtar});
    CHECK(plan.muhtarsOf(2).value().isEmpty());

    Stakeholder bad = muhtar;
    bad.email = QStringLiteral("ayşe çınar");
    CHECK_FALSE(plan.updateStakeholder(bad));
    bad = muhtar;
    bad.kind = QStringLiteral("company");
    CHECK_FALSE(plan.addStakeholder(bad));
    bad.kind = QStringLiteral("ngo");
    bad.name.clear();
    CHECK_FALSE(plan.addStakeholder(bad));
    CHECK(plan.stakeholders().value().size() == 2);

    // Named as the action's responsible: not removed, and the message says where.
    PlanItem action = plan.item(PlanKind::Action, 1).value();
    action.responsibleId = *v;
    REQUIRE(plan.updateItem(action));
    CHECK(plan.actionsOfStakeholder(*v).value() == QStringList{QStringLiteral("E3.1.1.1")});
    auto refused = plan.removeStakeholder(*v);
    REQUIRE_FALSE(refused);
    CHECK(refused.error().message.contains(QStringLiteral("E3.1.1.1")));

    // Remove and put back under the same id; edit and undo the edit.
    auto removed = plan.removeStakeholder(muhtar.id);
    REQUIRE(removed);
    CHECK(plan.muhtarsOf(1).value().isEmpty());
    REQUIRE(plan.replaceStakeholder(muhtar.id, *removed));
    CHECK(plan.stakeholder(muhtar.id).value() == muhtar);
    Stakeholder moved = muhtar;
    moved.areaId = 2;
    REQUIRE(plan.replaceStakeholder(muhtar.id, moved));
    CHECK(plan.muhtarsOf(2).value().size() == 1);
    REQUIRE(plan.replaceStakeholder(muhtar.id, muhtar));
    CHECK(plan.muhtarsOf(1).value() == QList<Stakeholder>{muhtar});
    REQUIRE(plan.replaceStakeholder(muhtar.id, std::nullopt));
    CHECK_FALSE(plan.stakeholder(muhtar.id).value());
}

TEST_CASE("Plan views: goals reaching areas, areas with an action, the actions overview",
          "[plan][views]")
{
    test::TempDir dir;
    auto project = fixture(dir);
    Database &db = project->db();
    PlanStore plan(db);
    // Areas 1 and 2 link to goal 1, area 2 also to its action. A second education goal
    // reaches areas 1 and 3 through its objective; a housing goal reaches area 3.
    REQUIRE(plan.linkAreas({2}, PlanKind::Action, 1, QStringLiteral("medium"), {}));
    PlanItem g2;
    g2.kind = PlanKind::Goal;
    g2.parentId = 3;
    g2.code = QStringLiteral("H3.2");
    g2.titleTr = QStringLiteral("Sağlık hizmetlerine erişim");
    const qint64 goal2 = plan.addItem(g2).value();
    PlanItem o2;
    o2.kind = PlanKind::Objective;
    o2.parentId = goal2;
    o2.titleTr = QStringLiteral("Göçmen sağlığı merkezleri");
    const qint64 objective2 = plan.addItem(o2).value();
    REQUIRE(plan.linkAreas({1, 3}, PlanKind::Objective, objective2, QStringLiteral("high"), {}));
    REQUIRE(plan.linkAreas({1}, PlanKind::Goal, goal2, QStringLiteral("low"), {})); // once
    PlanItem housing;
    housing.kind = PlanKind::Goal;
    housing.parentId = 1;
    housing.titleTr = QStringLiteral("Kira artışının izlenmesi");
    const qint64 goal3 = plan.addItem(housing).value();
    REQUIRE(plan.linkAreas({3}, PlanKind::Goal, goal3, QStringLiteral("medium"), {}));

    const QHash<qint64, int> education = goalsPerArea(db, QStringLiteral("EDU_HEALTH")).value();
    CHECK(education == QHash<qint64, int>{{1, 2}, {2, 1}, {3, 1}});
    CHECK(goalsPerArea(db, QStringLiteral("HOUSING")).value() == QHash<qint64, int>{{3, 1}});
    CHECK(goalsPerArea(db, QString()).value() == QHash<qint64, int>{{1, 2}, {2, 1}, {3, 2}});
    CHECK(goalsPerArea(db, QStringLiteral("SAFETY")).value().isEmpty());

    CHECK(areasWithAction(db).value() == QSet<qint64>{2});

    PlanItem action = plan.item(PlanKind::Action, 1).value();
    action.start = QDate(2025, 3, 1);
    action.end = QDate(2026, 6, 30);
    REQUIRE(plan.updateItem(action));
    const QList<ActionRow> rows = actionRows(db).value();
    REQUIRE(rows.size() == 1);
    const ActionRow &row = rows[0];
    CHECK(row.code == u"E3.1.1.1");
    CHECK(row.sectorCode == u"EDU_HEALTH");
    CHECK(row.status == u"in_progress");
    CHECK(row.areaNames == QStringList{QStringLiteral("Ağaçgeçit (Şahinbey)")});

    ActionFilter f;
    CHECK(f.accepts(row));
    f.area = QStringLiteral("AĞAÇGEÇİT");
    CHECK(f.accepts(row));
    f.area = QStringLiteral("agacgecit");
    CHECK(f.accepts(row));
    f.area = QStringLiteral("İnönü");
    CHECK_FALSE(f.accepts(row));
    f = {};
    f.year = 2026;
    CHECK(f.accepts(row));
    f.year = 2024;
    CHECK_FALSE(f.accepts(row));
    f.year = 2027;
    CHECK_FALSE(f.accepts(row));
    f = {};
    f.status = QStringLiteral("done");
    CHECK_FALSE(f.accepts(row));
    f.status = QStringLiteral("in_progress");
    f.sectorId = row.sectorId;
    CHECK(f.accepts(row));
    f.sectorId = 1;
    CHECK_FALSE(f.accepts(row));

    // A dropped action no longer plans its areas.
    action.status = QStringLiteral("dropped");
    REQUIRE(plan.updateItem(action));
    CHECK(areasWithAction(db).value().isEmpty());
}
