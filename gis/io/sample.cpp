#include "gis/io/sample.h"

#include "core/layout.h"

#include "core/figures.h"
#include "core/plan/plan.h"
#include "gis/analysis/analysis.h"
#include "gis/crs.h"
#include "gis/geos.h"
#include "gis/map/maplayer.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>

#include <QTemporaryDir>
#include <cmath>

#include <vector>

namespace geisep {

namespace {

struct Place
{
    geos::GeometryPtr geometry;
    geos::PreparedPtr prepared;
    Envelope box;
    double weight = 1;
};

} // namespace

namespace {

// A small example plan, so the plan dock and the inspector have something to show. Its
// descriptions say it is an example; the planner deletes it.
Result<void> addSamplePlan(Project &project, qint64 layerId)
{
    PlanStore plan(project.db());
    const QString example = SampleProject::tr("Example only: not part of a real plan.");
    auto sector = project.db().queryInt("SELECT id FROM geisep_sectors WHERE code = 'EDU_HEALTH'");
    if (!sector)
        return std::unexpected(sector.error());
    PlanItem goal;
    goal.parentId = *sector;
    goal.code = QStringLiteral("H3.1");
    goal.titleTr = QStringLiteral("Göçmen çocukların okullaşma oranının artırılması");
    goal.titleEn = QStringLiteral("Raise school enrolment of migrant children");
    goal.description = example;
    auto goalId = plan.addItem(goal);
    if (!goalId)
        return std::unexpected(goalId.error());
    PlanItem objective;
    objective.kind = PlanKind::Objective;
    objective.parentId = *goalId;
    objective.code = QStringLiteral("A3.1.1");
    objective.titleTr
        = QStringLiteral("Yoğun göç alan mahallelerde derslik kapasitesinin artırılması");
    objective.titleEn
        = QStringLiteral("More classrooms in the neighbourhoods most migrants moved to");
    objective.description = example;
    auto objectiveId = plan.addItem(objective);
    if (!objectiveId)
        return std::unexpected(objectiveId.error());
    if (auto ok = project.db().exec("INSERT INTO geisep_stakeholders (kind, name, note) VALUES "
                                    "('belediye', 'Şahinbey Belediyesi', 'Örnek'), "
                                    "('valilik', 'Gaziantep Valiliği (İl Milli Eğitim)', "
                                    "'Örnek'), ('ngo', 'Örnek Dernek', 'Örnek')");
        !ok)
        return ok;
    PlanItem action;
    action.kind = PlanKind::Action;
    action.parentId = *objectiveId;
    action.code = QStringLiteral("E3.1.1.1");
    action.titleTr = QStringLiteral("Prefabrik derslik kurulumu");
    action.titleEn = QStringLiteral("Prefabricated classrooms");
    action.description = example;
    action.responsibleId = 2;
    action.partnerIds = {1, 3};
    action.start = QDate(2025, 9, 1);
    action.end = QDate(2026, 6, 30);
    action.budget = 4500000;
    action.fundingKind = QStringLiteral("national");
    action.fundingSource = QStringLiteral("Örnek program");
    action.status = QStringLiteral("in_progress");
    action.methodStep = 5;
    auto actionId = plan.addItem(action);
    if (!actionId)
        return std::unexpected(actionId.error());
    // The goal reaches the five most populous mahalle, the action two of them.
    QList<qint64> areas;
    auto stmt = project.db().prepare(
        "SELECT a.id FROM geisep_areas a JOIN geisep_area_figures f ON f.area_id = a.id AND "
        "f.variable = 'population' WHERE a.layer_id = ? ORDER BY f.value DESC LIMIT 5");
    if (!stmt)
        return std::unexpected(stmt.error());
    stmt->bind(1, layerId);
    if (auto rows = stmt->forEachRow([&] { areas << stmt->int64(0); }); !rows)
        return std::unexpected(rows.error());
    if (auto ok = plan.linkAreas(areas, PlanKind::Goal, *goalId, QStringLiteral("high"), example);
        !ok)
        return std::unexpected(ok.error());
    if (auto ok = plan.linkAreas(areas.mid(0, 2), PlanKind::Action, *actionId,
                                 QStringLiteral("medium"), {});
        !ok)
        return std::unexpected(ok.error());

    // An indicator of the objective with values for the action's two mahalle: pupils per
    // classroom, better when it falls. One is on track, the other makes limited progress.
    Indicator pupils;
    pupils.ownerKind = PlanKind::Objective;
    pupils.ownerId = *objectiveId;
    pupils.code = QStringLiteral("G3.1.1.a");
    pupils.nameTr = QStringLiteral("Derslik başına öğrenci (örnek)");
    pupils.nameEn = QStringLiteral("Pupils per classroom (example)");
    pupils.unit = QStringLiteral("öğrenci");
    pupils.direction = QStringLiteral("down");
    pupils.type = QStringLiteral("ratio");
    pupils.aggregation = QStringLiteral("mean");
    auto indicatorId = plan.addIndicator(pupils);
    if (!indicatorId)
        return std::unexpected(indicatorId.error());
    const double values[2][3] = {{62, 40, 52}, {55, 40, 53}};
    for (int a = 0; a < std::min<int>(2, int(areas.size())); ++a)
        for (auto [kind, year, k] : {std::tuple{"baseline", 2022, 0}, std::tuple{"target", 2027, 1},
                                     std::tuple{"actual", 2024, 2}})
            if (auto ok
                = plan.setIndicatorValue(*indicatorId, {areas[a], year, QString::fromLatin1(kind),
                                                        values[a][k], example});
                !ok)
                return ok;

    // The muhtar of the action's two mahalle (made-up people).
    for (int a = 0; a < std::min<int>(2, int(areas.size())); ++a) {
        Stakeholder muhtar;
        muhtar.kind = QStringLiteral("muhtar");
        muhtar.isPerson = true;
        muhtar.name = QStringLiteral("Örnek Muhtar %1").arg(a + 1);
        muhtar.title = QStringLiteral("Mahalle muhtarı");
        muhtar.phone = QStringLiteral("0342 000 00 0%1").arg(a + 1);
        muhtar.areaId = areas[a];
        muhtar.note = QStringLiteral("Örnek");
        if (auto ok = plan.addStakeholder(muhtar); !ok)
            return std::unexpected(ok.error());
    }
    return {};
}

// Made-up migrant figures for the sample's mahalle, so the choropleths and the unplanned view
// have something to show: 1–35 % of each mahalle's population, from a fixed seed, with a
// source that says they are not real.
Result<void> addSampleMigrants(Project &project, qint64 layerId)
{
    auto stmt = project.db().prepare(
        "SELECT a.id, f.value FROM geisep_areas a JOIN geisep_area_figures f ON f.area_id = a.id "
        "AND f.variable = 'population' AND f.period = 2023 WHERE a.layer_id = ? ORDER BY a.id");
    if (!stmt)
        return std::unexpected(stmt.error());
    stmt->bind(1, layerId);
    QList<std::pair<qint64, double>> rows;
    if (auto read = stmt->forEachRow([&] { rows.append({stmt->int64(0), stmt->real(1)}); }); !read)
        return std::unexpected(read.error());
    auto insert = project.db().prepare(
        "INSERT INTO geisep_area_figures (area_id, period, variable, value, source) VALUES (?, "
        "2023, 'migrant_population', ?, ?)");
    if (!insert)
        return std::unexpected(insert.error());
    QRandomGenerator random(2023);
    const QString source = SampleProject::tr("Example: made-up figures, not real data");
    for (const auto &[area, population] : rows) {
        // Skewed: most mahalle have few migrants, some many.
        const double u = random.generateDouble();
        const double share = 0.01 + 0.34 * u * u;
        insert->reset();
        insert->bind(1, area).bind(2, std::round(population * share)).bind(3, source);
        if (auto ok = insert->exec(); !ok)
            return ok;
    }
    return {};
}

// A coverage run (its gap layers hidden, so the map opens as before) and a migration pressure
// run on the mahalle, so the inspector and the style dialog show analysis results at once.
Result<void> addSampleAnalyses(Project &project, qint64 areasId, qint64 infrastructureId)
{
    QString areas, infrastructure;
    for (const LayerInfo &l : project.layers()) {
        if (l.id == areasId)
            areas = l.name;
        if (l.id == infrastructureId)
            infrastructure = l.name;
    }
    CoverageRequest request;
    request.areas = areas;
    request.facilities = {infrastructure};
    auto job = Coverage::prepare(project, request);
    if (!job)
        return std::unexpected(job.error());
    auto rows = Coverage::compute(*job);
    if (!rows)
        return std::unexpected(rows.error());
    auto stored = Coverage::store(project, *job, *rows);
    if (!stored)
        return std::unexpected(stored.error());
    for (qint64 layer : stored->gapLayers)
        if (auto ok = project.setLayerVisible(layer, false); !ok)
            return ok;
    PressureRequest pressure;
    pressure.areas = areas;
    const QDateTime started = QDateTime::currentDateTimeUtc();
    auto result = Pressure::compute(project, pressure);
    if (!result)
        return std::unexpected(result.error());
    if (auto run = Pressure::store(project, *result, started); !run)
        return std::unexpected(run.error());
    // A projection to 2030 at the default rates, for the district sheet's chart.
    ProjectionRequest projection;
    projection.areas = areas;
    projection.horizon = 2030;
    auto projected = Projection::compute(project, projection);
    if (!projected)
        return std::unexpected(projected.error());
    if (auto run = Projection::store(project, *projected, started); !run)
        return std::unexpected(run.error());
    return {};
}

} // namespace

const QStringList &SampleProject::dataFiles()
{
    static const QStringList files{QStringLiteral("tr_4prov_ilce.geojson.gz"),
                                   QStringLiteral("tr_4prov_mahalle.geojson.gz"),
                                   QStringLiteral("tr_4prov_mahalle_nufus_2023.csv")};
    return files;
}

QString SampleProject::defaultDataDir()
{
    const QString installed = QDir(QCoreApplication::applicationDirPath())
                                  .filePath(QStringLiteral("../share/geisep/data"));
    if (QFileInfo(installed).isDir())
        return QDir::cleanPath(installed);
    return QStringLiteral(GEISEP_SOURCE_DATA_DIR);
}

Result<void> SampleProject::check(const QString &outPath, const QString &dataDir)
{
    const QDir data(dataDir);
    for (const QString &name : dataFiles())
        if (!data.exists(name))
            return fail(tr("The sample data file %1 is missing.").arg(name), data.filePath(name),
                        tr("Point --data at the folder data/ of the GEİSEP Workbench sources, "
                           "or restore it there."));
    if (QFileInfo::exists(outPath))
        return fail(tr("The file already exists."), outPath,
                    tr("Remove it first, or choose another name."));
    return {};
}

Result<QString> SampleProject::build(const QString &outPath, const QString &dataDir,
                                     const ProgressFn &progress)
{
    if (auto ok = check(outPath, dataDir); !ok)
        return std::unexpected(ok.error());
    // Built under a temporary name, renamed at the end: a build that is stopped half way leaves
    // nothing that looks like a finished sample.
    const QString building = outPath + QStringLiteral(".building");
    for (const QString &leftover :
         {building, building + QStringLiteral("-wal"), building + QStringLiteral("-shm")})
        QFile::remove(leftover);
    auto built = buildInto(building, QDir(dataDir), progress);
    if (!built) {
        QFile::remove(building);
        return std::unexpected(built.error());
    }
    if (!QFile::rename(building, outPath)) {
        QFile::remove(building);
        return fail(tr("Cannot move the sample project into place."), outPath,
                    tr("Check that you may write to the folder."));
    }
    return QFileInfo(outPath).absoluteFilePath();
}

namespace {

// The mahalle of the sample, each weighted by its population: where made-up facilities go.
Result<std::vector<Place>> mahallePlaces(Project &project, const ImportReport &mahalle)
{
    std::vector<Place> places;
    auto stmt = project.db().prepareWith(
        "SELECT m.geom, coalesce(f.value, 1) FROM %1 m JOIN geisep_areas a ON a.fid = m.fid "
        "AND a.layer_id = ? LEFT JOIN geisep_area_figures f ON f.area_id = a.id AND "
        "f.variable = 'population'",
        {*Identifier::make(mahalle.table)});
    if (!stmt)
        return std::unexpected(stmt.error());
    stmt->bind(1, mahalle.layerId);
    auto rows = stmt->forEachRow([&] {
        const QByteArray blob = stmt->blob(0);
        auto header = gpkg::decodeHeader(blob);
        if (!header || !header->envelope)
            return;
        Place p;
        p.geometry = geos::fromWkb(blob.mid(header->wkbOffset));
        if (!p.geometry)
            return;
        p.prepared.reset(GEOSPrepare_r(geos::context(), p.geometry.get()));
        p.box = *header->envelope;
        p.weight = std::max(1.0, stmt->real(1));
        places.push_back(std::move(p));
    });
    if (!rows)
        return std::unexpected(rows.error());
    return places;
}

// Made-up facilities as CSV rows (wkt, ad, service, kapasite), placed inside the mahalle, more
// where more people live; the same every time.
QByteArray sampleFacilities(const std::vector<Place> &places)
{
    double totalWeight = 0;
    for (const Place &p : places)
        totalWeight += p.weight;
    QRandomGenerator random(27);
    struct Service
    {
        const char *code;
        QString label;
        int count;
    };
    const Service services[] = {{"school", SampleProject::tr("Sample school %1"), 90},
                                {"health", SampleProject::tr("Sample health centre %1"), 30},
                                {"water", SampleProject::tr("Sample water point %1"), 120},
                                {"transit", SampleProject::tr("Sample transit stop %1"), 240}};
    // Schools carry made-up places (kapasite), so the projection can show a shortfall.
    QByteArray text = "wkt,ad,service,kapasite\n";
    GEOSContextHandle_t ctx = geos::context();
    for (const Service &service : services) {
        for (int n = 1; n <= service.count; ++n) {
            double pick = random.generateDouble() * totalWeight;
            const Place *place = &places.back();
            for (const Place &p : places) {
                if (pick < p.weight) {
                    place = &p;
                    break;
                }
                pick -= p.weight;
            }
            for (int attempt = 0; attempt < 200; ++attempt) {
                const double x = place->box.minX + random.generateDouble() * place->box.width();
                const double y = place->box.minY + random.generateDouble() * place->box.height();
                geos::GeometryPtr point(GEOSGeom_createPointFromXY_r(ctx, x, y));
                if (GEOSPreparedContains_r(ctx, place->prepared.get(), point.get()) == 1) {
                    text += "\"POINT (" + QByteArray::number(x, 'f', 2) + ' '
                            + QByteArray::number(y, 'f', 2) + ")\",\""
                            + service.label.arg(n).toUtf8() + "\"," + service.code + ','
                            + (qstrcmp(service.code, "school") == 0
                                   ? QByteArray::number(300 + 60 * random.bounded(16))
                                   : QByteArray())
                            + '\n';
                    break;
                }
            }
        }
    }
    return text;
}

// The made-up facilities imported as an infrastructure layer that says it is made up.
Result<ImportReport> importSampleInfrastructure(Project &project, const std::vector<Place> &places)
{
    QTemporaryDir tmp;
    const QString csvPath = tmp.filePath(QStringLiteral("ornek_altyapi.csv"));
    QFile csv(csvPath);
    if (!tmp.isValid() || !csv.open(QIODevice::WriteOnly))
        return fail(SampleProject::tr("Cannot write a temporary file."), csvPath);
    csv.write(sampleFacilities(places));
    csv.close();
    ImportOptions infrastructure;
    infrastructure.path = csvPath;
    infrastructure.role = LayerRole::Infrastructure;
    infrastructure.name = SampleProject::tr("Sample infrastructure (made-up data)");
    infrastructure.sourceEpsg = 5256;
    infrastructure.serviceField = QStringLiteral("service");
    infrastructure.sample = true;
    auto infraReport = LayerImporter::run(project, infrastructure);
    if (!infraReport)
        return std::unexpected(infraReport.error());
    auto describe = project.db().prepare("UPDATE gpkg_contents SET description = ? WHERE "
                                         "table_name = ?");
    if (!describe)
        return std::unexpected(describe.error());
    describe->bind(1, QStringLiteral("UYDURMA ÖRNEK VERİ: gerçek tesis konumları değildir. "
                                     "MADE-UP SAMPLE DATA: not real facility locations."));
    describe->bind(2, infraReport->table);
    if (auto ok = describe->exec(); !ok)
        return std::unexpected(ok.error());
    return infraReport;
}

// The mahalle as a choropleth of population density.
Result<void> styleMahalle(Project &project, qint64 mahalleId)
{
    // The mahalle as a choropleth of population density with their names, to show a styled
    // map from the start; the planner changes it in Layer ▸ Style.
    LayerStyle density = LayerStyle::forRole(LayerRole::MuhtarDistrict);
    density.kind = LayerStyle::Kind::Graduated;
    density.field = QStringLiteral("derived.density");
    density.method = LayerStyle::Method::Quantile;
    density.classes = 5;
    density.ramp = QStringLiteral("YlOrRd");
    density.stroke = QColor(0x6b, 0x6b, 0x6b);
    density.strokeWidth = 0.5;
    return saveStyle(project.db(), mahalleId, density);
}

// The print templates, in Turkish: the fact sheet as an atlas of the mahalle.
Result<void> saveSampleLayouts(Project &project, qint64 mahalleId)
{
    LayoutStore layouts(project.db());
    for (Layout layout : {LayoutTemplates::factSheet(true), LayoutTemplates::districtMap(true),
                          LayoutTemplates::districtSheet(true)}) {
        if (layout.atlas.enabled)
            for (const LayerInfo &l : project.layers())
                if (l.id == mahalleId)
                    layout.atlas.layer = l.name;
        if (auto ok = layouts.save(layout); !ok)
            return std::unexpected(ok.error());
    }
    return {};
}

} // namespace

Result<void> SampleProject::buildInto(const QString &path, const QDir &data,
                                      const ProgressFn &progress)
{
    auto options = Crs::newProject(tr("Sample project: Şahinbey and Şehitkamil"),
                                   QStringLiteral("Gaziantep"), 5256);
    if (!options)
        return std::unexpected(options.error());
    options->municipality = QStringLiteral("Gaziantep Büyükşehir Belediyesi");
    auto created = Project::create(path, *options);
    if (!created)
        return std::unexpected(created.error());
    Project &project = **created;
    auto step = [&](int n) {
        return !progress || progress(n, 5);
    };

    ImportOptions districts;
    districts.path = data.filePath(dataFiles().at(0));
    districts.role = LayerRole::Reference;
    districts.name = tr("District boundaries (Gaziantep)");
    districts.where = QStringLiteral("cityId = 27");
    if (auto r = LayerImporter::run(project, districts); !r)
        return std::unexpected(r.error());
    if (!step(1))
        return fail(tr("Cancelled."));

    ImportOptions mahalle;
    mahalle.path = data.filePath(dataFiles().at(1));
    mahalle.role = LayerRole::MuhtarDistrict;
    mahalle.name = tr("Mahalle (Şahinbey, Şehitkamil)");
    mahalle.where = QStringLiteral("townId IN (343, 344)");
    mahalle.districtsLayer = districts.name;
    auto mahalleReport = LayerImporter::run(project, mahalle);
    if (!mahalleReport)
        return std::unexpected(mahalleReport.error());
    if (!step(2))
        return fail(tr("Cancelled."));

    FigureOptions figures;
    figures.csvPath = data.filePath(dataFiles().at(2));
    figures.layer = mahalle.name;
    figures.period = 2023;
    figures.map = {{QStringLiteral("nufus_2023"), QStringLiteral("population")}};
    figures.provinceColumn = QStringLiteral("il");
    figures.districtColumn = QStringLiteral("ilce");
    figures.nameColumn = QStringLiteral("mahalle");
    if (auto r = FigureImporter::run(project, figures); !r)
        return std::unexpected(r.error());
    if (!step(3))
        return fail(tr("Cancelled."));

    // Made-up facilities, placed inside the mahalle, more where more people live.
    auto places = mahallePlaces(project, *mahalleReport);
    if (!places)
        return std::unexpected(places.error());
    auto infraReport = importSampleInfrastructure(project, *places);
    if (!infraReport)
        return std::unexpected(infraReport.error());
    if (auto ok = styleMahalle(project, mahalleReport->layerId); !ok)
        return std::unexpected(ok.error());
    if (auto ok = addSampleMigrants(project, mahalleReport->layerId); !ok)
        return std::unexpected(ok.error());
    if (auto ok = addSamplePlan(project, mahalleReport->layerId); !ok)
        return std::unexpected(ok.error());
    if (auto ok = addSampleAnalyses(project, mahalleReport->layerId, infraReport->layerId); !ok)
        return std::unexpected(ok.error());
    if (auto ok = saveSampleLayouts(project, mahalleReport->layerId); !ok)
        return std::unexpected(ok.error());
    step(5);
    return {};
}

} // namespace geisep
