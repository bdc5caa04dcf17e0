// geisep_test_writer: a child process for the crash-safety and read-only tests.
//   geisep_test_writer edits PROJECT.gpkg SEED  – writes plan edits in a loop; after each commit
//                                                 has returned it prints the edit's number
//   geisep_test_writer hold PROJECT.gpkg        – opens the project for writing, prints "ready"
//                                                 and waits until killed or stdin closes
#include "core/plan/plan.h"
#include "core/project.h"

#include <QCoreApplication>
#include <QRandomGenerator>

#include <cstdio>
#include <unistd.h>

using namespace geisep;

static void say(const QByteArray &line)
{
    const QByteArray text = line + '\n';
    // write(2), not stdio: once it returns the line is in the pipe, whatever happens next.
    (void)!::write(1, text.constData(), size_t(text.size()));
}

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() < 3)
        return 2;
    auto project = Project::open(args.at(2));
    if (!project) {
        std::fprintf(stderr, "%s\n", qPrintable(project.error().toString()));
        return 1;
    }
    if ((*project)->isReadOnly()) {
        std::fprintf(stderr, "read-only: %s\n", qPrintable((*project)->readOnlyReason()));
        return 1;
    }
    if (args.at(1) == u"hold") {
        say("ready");
        char c;
        while (::read(0, &c, 1) > 0) {
        }
        return 0;
    }
    if (args.at(1) != u"edits")
        return 2;

    Database &db = (*project)->db();
    PlanStore plan(db);
    QRandomGenerator random(args.value(3).toUInt());
    qint64 next = db.queryInt("SELECT coalesce(max(CAST(substr(code, 3) AS INTEGER)), 0) + 1 "
                              "FROM geisep_goals WHERE code LIKE 'E-%'")
                      .value_or(1);
    say("ready");
    for (;; ++next) {
        // One user action: a goal with an objective and an action under it, and an edit of an
        // earlier goal — all or nothing.
        Transaction tx(db);
        if (!tx.begun())
            return 1;
        const QString code = QStringLiteral("E-%1").arg(next);
        PlanItem goal;
        goal.kind = PlanKind::Goal;
        goal.parentId = 1 + random.bounded(8);
        goal.code = code;
        goal.titleTr = QStringLiteral("Hedef %1: okul kapasitesi, İnönü ve Şahinbey").arg(next);
        auto goalId = plan.addItem(goal);
        if (!goalId)
            return 1;
        PlanItem objective;
        objective.kind = PlanKind::Objective;
        objective.parentId = *goalId;
        objective.code = code;
        objective.titleTr = QStringLiteral("Amaç %1").arg(next);
        auto objectiveId = plan.addItem(objective);
        if (!objectiveId)
            return 1;
        PlanItem action;
        action.kind = PlanKind::Action;
        action.parentId = *objectiveId;
        action.code = code;
        action.titleTr = QStringLiteral("Eylem %1").arg(next);
        if (!plan.addItem(action))
            return 1;
        auto touch = db.prepare("UPDATE geisep_goals SET description = ? WHERE id = "
                                "(SELECT id FROM geisep_goals ORDER BY random() LIMIT 1)");
        if (!touch || !touch->bind(1, code).exec())
            return 1;
        if (!tx.commit())
            return 1;
        say(QByteArray::number(next));
    }
}
