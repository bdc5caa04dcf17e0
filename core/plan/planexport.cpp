#include "core/plan/planexport.h"

#include "core/plan/plan.h"
#include "core/plan/planviews.h"
#include "core/text/csv.h"
#include "core/text/xlsx.h"

#include <QHash>

namespace geisep {

namespace {

QString statusText(const QString &status, bool english)
{
    static const QHash<QString, std::pair<const char *, const char *>> names
        = {{QStringLiteral("planned"), {"Planlandı", "Planned"}},
           {QStringLiteral("in_progress"), {"Sürüyor", "In progress"}},
           {QStringLiteral("done"), {"Tamamlandı", "Done"}},
           {QStringLiteral("dropped"), {"Vazgeçildi", "Dropped"}}};
    const auto it = names.find(status);
    if (it == names.end())
        return status;
    return QString::fromUtf8(english ? it->second : it->first);
}

QString fundingText(const QString &kind, bool english)
{
    if (kind == u"own")
        return english ? QStringLiteral("Own budget") : QStringLiteral("Öz kaynak");
    if (kind == u"national")
        return english ? QStringLiteral("National programme") : QStringLiteral("Ulusal program");
    if (kind == u"international")
        return english ? QStringLiteral("International donor") : QStringLiteral("Uluslararası fon");
    return kind;
}

// Each stakeholder's name as the table shows it: a person's name only when personal data is
// asked for, else their title and organisation.
Result<QHash<qint64, QString>> stakeholderNames(Database &db, bool personalData)
{
    auto stmt = db.prepare("SELECT id, name, is_person, title, organisation FROM "
                           "geisep_stakeholders");
    if (!stmt)
        return std::unexpected(stmt.error());
    QHash<qint64, QString> names;
    auto rows = stmt->forEachRow([&] {
        QString name = stmt->text(1);
        if (stmt->int64(2) != 0 && !personalData) {
            QStringList role; // title, organisation: whichever is given
            for (const QString &part : {stmt->text(3), stmt->text(4)})
                if (!part.trimmed().isEmpty())
                    role << part;
            name = role.isEmpty() ? PlanExport::tr("(a person; name withheld)")
                                  : role.join(QStringLiteral(", "));
        }
        names.insert(stmt->int64(0), name);
    });
    if (!rows)
        return std::unexpected(rows.error());
    return names;
}

// The areas linked to each item, by "goal:1", "objective:2" or "action:3".
Result<QHash<QString, QStringList>> linkedAreas(Database &db)
{
    auto stmt = db.prepare(
        "SELECT l.goal_id, l.objective_id, l.action_id, a.name, a.district FROM "
        "geisep_area_links l JOIN geisep_areas a ON a.id = l.area_id ORDER BY a.district, "
        "a.name");
    if (!stmt)
        return std::unexpected(stmt.error());
    QHash<QString, QStringList> areas;
    auto rows = stmt->forEachRow([&] {
        const QString key = !stmt->isNull(2)   ? QStringLiteral("action:%1").arg(stmt->int64(2))
                            : !stmt->isNull(1) ? QStringLiteral("objective:%1").arg(stmt->int64(1))
                                               : QStringLiteral("goal:%1").arg(stmt->int64(0));
        areas[key] << areaLabel(stmt->text(3), stmt->text(4));
    });
    if (!rows)
        return std::unexpected(rows.error());
    return areas;
}

// The table's columns, headed in the language asked for.
QList<SheetTable::Column> planColumns(bool english)
{
    const QStringList header = english ? QStringList{QStringLiteral("Sector code"),
                                                     QStringLiteral("Sector"),
                                                     QStringLiteral("Level"),
                                                     QStringLiteral("Code"),
                                                     QStringLiteral("Title"),
                                                     QStringLiteral("Goal"),
                                                     QStringLiteral("Objective"),
                                                     QStringLiteral("Responsible"),
                                                     QStringLiteral("Partners"),
                                                     QStringLiteral("Start"),
                                                     QStringLiteral("End"),
                                                     QStringLiteral("Budget"),
                                                     QStringLiteral("Currency"),
                                                     QStringLiteral("Funding"),
                                                     QStringLiteral("Funding source"),
                                                     QStringLiteral("Status"),
                                                     QStringLiteral("Method step"),
                                                     QStringLiteral("Linked areas"),
                                                     QStringLiteral("Areas")}
                                       : QStringList{QStringLiteral("Sektör kodu"),
                                                     QStringLiteral("Sektör"),
                                                     QStringLiteral("Düzey"),
                                                     QStringLiteral("Kod"),
                                                     QStringLiteral("Başlık"),
                                                     QStringLiteral("Hedef"),
                                                     QStringLiteral("Amaç"),
                                                     QStringLiteral("Sorumlu"),
                                                     QStringLiteral("İş birliği"),
                                                     QStringLiteral("Başlangıç"),
                                                     QStringLiteral("Bitiş"),
                                                     QStringLiteral("Bütçe"),
                                                     QStringLiteral("Para birimi"),
                                                     QStringLiteral("Finansman"),
                                                     QStringLiteral("Finansman kaynağı"),
                                                     QStringLiteral("Durum"),
                                                     QStringLiteral("Yöntem adımı"),
                                                     QStringLiteral("Bağlı alan sayısı"),
                                                     QStringLiteral("Bağlı alanlar")};
    QList<SheetTable::Column> columns;
    for (int c = 0; c < header.size(); ++c) {
        SheetTable::Column column{header[c]};
        if (c == 9 || c == 10)
            column.kind = SheetTable::Column::Kind::Date;
        else if (c == 11)
            column.kind = SheetTable::Column::Kind::Real;
        else if (c == 16 || c == 17)
            column.kind = SheetTable::Column::Kind::Integer;
        columns << column;
    }
    return columns;
}

// Columns 7–16, which only an action fills.
const QVariantList kNoActionFields(10);

// The row with its last two columns: how many areas the item is linked to, and which.
QVariantList withAreas(QVariantList row, const QStringList &areas)
{
    row << areas.size() << areas.join(QStringLiteral("; "));
    return row;
}

// An action's columns 7–16: who, when, how much, from where, how far.
Result<QVariantList> actionRow(PlanStore &plan, const Action &a,
                               const QHash<qint64, QString> &stakeholders, bool en)
{
    auto full = plan.item(PlanKind::Action, a.id);
    if (!full)
        return std::unexpected(full.error());
    QStringList partners;
    for (qint64 p : full->partnerIds)
        partners << stakeholders.value(p);
    return QVariantList{stakeholders.value(full->responsibleId),
                        partners.join(QStringLiteral("; ")),
                        full->start.isValid() ? QVariant(full->start) : QVariant(),
                        full->end.isValid() ? QVariant(full->end) : QVariant(),
                        full->budget ? QVariant(*full->budget) : QVariant(),
                        full->budget ? full->currency : QString(),
                        fundingText(full->fundingKind, en),
                        full->fundingSource,
                        statusText(full->status, en),
                        full->methodStep > 0 ? QVariant(full->methodStep) : QVariant()};
}

} // namespace

Result<SheetTable> PlanExport::table(Database &db, const PlanCsvOptions &options)
{
    PlanStore plan(db);
    auto sectors = plan.sectors();
    auto goals = plan.goals();
    auto objectives = plan.objectives();
    auto actions = plan.actions();
    if (!sectors || !goals || !objectives || !actions)
        return fail(tr("Cannot read the plan."), db.path());
    const bool en = options.english;
    auto title = [en](const QString &tr, const QString &english) {
        return en && !english.isEmpty() ? english : tr;
    };

    // Names of stakeholders, and each item's linked areas.
    auto stakeholders = stakeholderNames(db, options.personalData);
    if (!stakeholders)
        return std::unexpected(stakeholders.error());
    auto areas = linkedAreas(db);
    if (!areas)
        return std::unexpected(areas.error());

    SheetTable table;
    table.name = en ? QStringLiteral("Plan") : QStringLiteral("Plan");
    table.columns = planColumns(en);
    auto line = [&](const QVariantList &fields) {
        table.rows << fields;
    };
    for (const Sector &sector : *sectors) {
        const QString sectorName = title(sector.nameTr, sector.nameEn);
        for (const Goal &goal : *goals) {
            if (goal.sectorId != sector.id)
                continue;
            const QString goalTitle = title(goal.titleTr, goal.titleEn);
            const QStringList goalAreas = areas->value(QStringLiteral("goal:%1").arg(goal.id));
            line(withAreas(QVariantList{sector.code,
                                        sectorName,
                                        en ? QStringLiteral("Goal") : QStringLiteral("Hedef"),
                                        goal.code,
                                        goalTitle,
                                        {},
                                        {}}
                               + kNoActionFields,
                           goalAreas));
            for (const Objective &objective : *objectives) {
                if (objective.goalId != goal.id)
                    continue;
                const QString objectiveTitle = title(objective.titleTr, objective.titleEn);
                const QStringList objectiveAreas
                    = areas->value(QStringLiteral("objective:%1").arg(objective.id));
                line(withAreas(
                    QVariantList{sector.code,
                                 sectorName,
                                 en ? QStringLiteral("Objective") : QStringLiteral("Amaç"),
                                 objective.code,
                                 objectiveTitle,
                                 goalTitle,
                                 {}}
                        + kNoActionFields,
                    objectiveAreas));
                for (const Action &a : *actions) {
                    if (a.objectiveId != objective.id)
                        continue;
                    auto row = actionRow(plan, a, *stakeholders, en);
                    if (!row)
                        return std::unexpected(row.error());
                    line(withAreas(
                        QVariantList{sector.code, sectorName,
                                     en ? QStringLiteral("Action") : QStringLiteral("Eylem"),
                                     a.code, title(a.titleTr, a.titleEn), goalTitle, objectiveTitle}
                            + *row,
                        areas->value(QStringLiteral("action:%1").arg(a.id))));
                }
            }
        }
    }

    return table;
}

Result<int> PlanExport::writeCsv(Database &db, const QString &path, const PlanCsvOptions &options)
{
    auto table = PlanExport::table(db, options);
    if (!table)
        return std::unexpected(table.error());
    if (auto ok = CsvWriter::write(path, csvRows(*table, options.separator), options.separator);
        !ok)
        return std::unexpected(ok.error());
    return int(table->rows.size());
}

Result<int> PlanExport::writeXlsx(Database &db, const QString &path, const PlanCsvOptions &options)
{
    auto table = PlanExport::table(db, options);
    if (!table)
        return std::unexpected(table.error());
    if (auto ok = XlsxWriter::write(path, {*table}); !ok)
        return std::unexpected(ok.error());
    return int(table->rows.size());
}

} // namespace geisep
