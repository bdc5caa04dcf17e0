// Writes a project of schema version 1 with a small layer, areas, plan items, links and
// figures: the "real older-schema fixture" that the migration test opens.
//   geisep_make_fixture tests/data/project-v1.gpkg
#include "core/gpkg.h"
#include "core/plan/plan.h"
#include "core/schema.h"
#include "gis/crs.h"
#include "tests/support/wkb.h"

#include <QCoreApplication>
#include <QFile>
#include <QPointF>

#include <cstdio>

using namespace geisep;

static int die(const Error &e)
{
    std::fprintf(stderr, "%s\n", qPrintable(e.toString()));
    return 1;
}

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    if (argc != 2)
        return 2;
    const QString path = QString::fromLocal8Bit(argv[1]);
    QFile::remove(path);
    auto options
        = Crs::newProject(QStringLiteral("Şahinbey pilot (v1)"), QStringLiteral("Gaziantep"), 5256);
    if (!options)
        return die(options.error());
    auto db = Database::open(path, Database::Mode::ReadWriteCreate);
    if (!db)
        return die(db.error());
    Transaction tx(*db);
    if (auto ok = schema::createProject(*db, *options, 1); !ok)
        return die(ok.error());

    auto table = *Identifier::make(QStringLiteral("mahalle"));
    auto name = *Identifier::make(QStringLiteral("name"));
    gpkg::FeatureTableSpec spec{
        table, QStringLiteral("Mahalleler"), QString(), "POLYGON", 5256, {{name, "TEXT"}}};
    if (auto ok = gpkg::createFeatureTable(*db, spec); !ok)
        return die(ok.error());
    const QStringList names = {QStringLiteral("İnönü"), QStringLiteral("Ağaçgeçit"),
                               QStringLiteral("Şehitkamil Merkez")};
    for (int i = 0; i < names.size(); ++i) {
        const double x0 = 370000 + 1000 * i, y0 = 4100000;
        const QList<QPointF> ring
            = {{x0, y0}, {x0 + 1000, y0}, {x0 + 1000, y0 + 1000}, {x0, y0 + 1000}, {x0, y0}};
        Envelope env;
        for (const QPointF &p : ring)
            env.expand(p.x(), p.y());
        auto insert = db->prepareWith("INSERT INTO %1 (geom, name) VALUES (?, ?)", {table});
        insert->bindBlob(1, gpkg::encodeGeometry(5256, test::wkbPolygon(ring), env));
        insert->bind(2, names[i]);
        if (auto ok = insert->exec(); !ok)
            return die(ok.error());
    }
    if (auto ok = gpkg::refreshExtent(*db, table); !ok)
        return die(ok.error());
    if (auto ok = db->exec(
            "INSERT INTO geisep_layers (table_name, name, role) VALUES ('mahalle', 'Mahalleler',"
            " 'muhtar_district');"
            "INSERT INTO geisep_areas (layer_id, fid, name, district, province, name_folded) "
            "SELECT 1, fid, name, 'Şahinbey', 'Gaziantep', lower(name) FROM mahalle;"
            "INSERT INTO geisep_area_figures (area_id, period, variable, value, source) VALUES "
            "(1, 2023, 'population', 12450, 'TÜİK ADNKS'), (2, 2023, 'population', 462, "
            "'TÜİK ADNKS'), (1, 2023, 'migrant_population', 3100, 'İl Göç İdaresi');");
        !ok)
        return die(ok.error());
    PlanStore plan(*db);
    PlanItem goal;
    goal.kind = PlanKind::Goal;
    goal.parentId = 3;
    goal.code = QStringLiteral("H3.1");
    goal.titleTr = QStringLiteral("Göçmen çocukların okullaşma oranının artırılması");
    goal.titleEn = QStringLiteral("Raise school enrolment of migrant children");
    const qint64 goalId = plan.addItem(goal).value();
    PlanItem objective;
    objective.kind = PlanKind::Objective;
    objective.parentId = goalId;
    objective.code = QStringLiteral("A3.1.1");
    objective.titleTr = QStringLiteral("İnönü Mahallesi'nde derslik kapasitesi");
    const qint64 objectiveId = plan.addItem(objective).value();
    PlanItem action;
    action.kind = PlanKind::Action;
    action.parentId = objectiveId;
    action.currency.clear(); // no budget, so no currency, as the fixture always had
    action.code = QStringLiteral("E3.1.1.1");
    action.titleTr = QStringLiteral("Prefabrik derslik kurulumu");
    action.status = QStringLiteral("in_progress");
    action.methodStep = 4;
    plan.addItem(action).value();
    if (auto ok = db->exec("INSERT INTO geisep_area_links (area_id, goal_id, priority, note) "
                           "VALUES (1, 1, 'high', 'Okul yok'), (2, 1, 'low', NULL);");
        !ok)
        return die(ok.error());
    if (auto ok = tx.commit(); !ok)
        return die(ok.error());
    db->close();
    std::printf("wrote %s (schema version 1)\n", argv[1]);
    return 0;
}
