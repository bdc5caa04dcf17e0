// A layer's filter (as QGIS's subset string) on the sample's 330 mahalle: the map, the attribute
// table, analyses and print use only the features it keeps; a filter that no longer reads says
// so without stopping the map.
#include "core/project.h"
#include "gis/analysis/analysis.h"
#include "gis/edit/attributetable.h"
#include "gis/edit/featuretable.h"
#include "gis/map/layerdata.h"
#include "gis/map/maplayer.h"
#include "gis/print/print.h"
#include "tests/support/support.h"

#include <QFile>

#include <catch2/catch.hpp>

using namespace geisep;

namespace {

struct Sample
{
    test::TempDir dir;
    std::unique_ptr<Project> project;
    LayerInfo areas;
    Sample()
    {
        const QString path = dir.path(QStringLiteral("ornek.gpkg"));
        REQUIRE(QFile::copy(test::samplePath(), path));
        auto opened = Project::open(path);
        REQUIRE(opened);
        project = std::move(*opened);
        for (const LayerInfo &l : project->layers())
            if (l.role == LayerRole::MuhtarDistrict)
                areas = l;
        REQUIRE(areas.id > 0);
    }
    qint64 count(Sql sql) { return project->db().queryInt(sql).value_or(-1); }
    std::shared_ptr<MapLayer> mapLayer()
    {
        auto layers = loadMapLayers(project->db());
        REQUIRE(layers);
        for (const auto &l : *layers)
            if (l->id == areas.id)
                return l;
        FAIL("no area layer on the map");
        return nullptr;
    }
};

} // namespace

TEST_CASE("A layer filter limits the map, the table, analyses and print to the features it keeps",
          "[layerfilter]")
{
    Sample s;
    REQUIRE(s.areas.featureCount == 330);
    const qint64 sehitkamil = s.count(
        "SELECT count(*) FROM geisep_areas a JOIN geisep_layers l ON l.id = a.layer_id WHERE "
        "l.role = 'muhtar_district' AND a.district = 'Şehitkamil'");
    REQUIRE(sehitkamil == 149);

    // Written as a planner would, in Turkish, with the folding doing the rest.
    REQUIRE(s.project->setLayerFilter(s.areas.id, QStringLiteral("ilce = ŞEHİTKAMİL")));
    CHECK(savedLayerFilter(s.project->db(), s.areas.id).value() == u"ilce = ŞEHİTKAMİL");
    for (const LayerInfo &l : s.project->layers())
        if (l.id == s.areas.id)
            CHECK(l.filter == u"ilce = ŞEHİTKAMİL");

    // The map.
    auto geometry = loadLayerGeometry(s.project->db(), s.areas.tableName, s.areas.id, s.areas.role);
    REQUIRE(geometry);
    REQUIRE(geometry->featureCount() == 149);
    auto district = s.project->db().prepare(
        "SELECT district FROM geisep_areas WHERE layer_id = ? AND fid = ?");
    REQUIRE(district);
    for (const qint64 fid : geometry->fids) {
        district->bind(1, s.areas.id).bind(2, fid);
        REQUIRE(district->step().value_or(false));
        CHECK(district->text(0) == u"Şehitkamil");
        district->reset();
    }
    const auto onMap = s.mapLayer();
    CHECK(onMap->geometry->featureCount() == 149);
    CHECK(onMap->problem.isEmpty());
    CHECK(onMap->klass.size() == 149); // styled per kept feature

    // The attribute table: the layer's filter first, then the table's own.
    AttributeTableModel table(s.project->db(), s.areas);
    REQUIRE(table.reload());
    CHECK(table.rowCount() == 149);
    const qint64 large = s.count(
        "SELECT count(*) FROM geisep_areas a JOIN geisep_layers l ON l.id = a.layer_id JOIN "
        "geisep_area_figures f ON f.area_id = a.id WHERE l.role = 'muhtar_district' AND "
        "a.district = 'Şehitkamil' AND f.variable = 'population' AND f.period = 2023 AND "
        "f.value >= 5000");
    REQUIRE(large > 0);
    REQUIRE(large < 149);
    REQUIRE(table.setFilter(QStringLiteral("nüfus >= 5000")));
    CHECK(table.rowCount() == large);

    // Analyses: pressure ranks the kept areas only.
    PressureRequest pressure;
    pressure.areas = s.areas.name;
    auto ranked = Pressure::compute(*s.project, pressure);
    REQUIRE(ranked);
    CHECK(ranked->rows.size() == 149);
    for (const PressureRow &row : ranked->rows)
        CHECK(row.label.endsWith(QStringLiteral("(Şehitkamil)")));

    // Print: the atlas has a page per kept area, and a request's filter narrows further.
    PrintRequest request;
    request.layoutName = QStringLiteral("fact-sheet");
    auto atlas = Printer::prepare(*s.project, request);
    REQUIRE(atlas);
    CHECK(atlas->areas.size() == 149);
    request.filter = QStringLiteral("ilçe = Şahinbey");
    CHECK_FALSE(Printer::prepare(*s.project, request)); // none left: said, not an empty atlas

    // Cleared, every feature is back.
    REQUIRE(s.project->setLayerFilter(s.areas.id, QString()));
    CHECK(s.mapLayer()->geometry->featureCount() == 330);
    REQUIRE(table.setFilter({}));
    CHECK(table.rowCount() == 330);
}

TEST_CASE("A layer filter that no longer reads leaves the layer empty and says why, never the "
          "whole map",
          "[layerfilter][bad]")
{
    Sample s;
    // As after a field was removed: the saved filter names a field that is not there.
    auto stmt = s.project->db().prepare("UPDATE geisep_layers SET filter = ? WHERE id = ?");
    REQUIRE(stmt);
    REQUIRE(stmt->bind(1, QStringLiteral("okul_sayisi > 2")).bind(2, s.areas.id).exec());

    auto layers = loadMapLayers(s.project->db());
    REQUIRE(layers);
    CHECK(layers->size() >= 3); // the others are drawn
    std::shared_ptr<MapLayer> areas;
    for (const auto &l : *layers)
        if (l->id == s.areas.id)
            areas = l;
    REQUIRE(areas);
    CHECK(areas->geometry->featureCount() == 0);
    CHECK(areas->problem.contains(s.areas.name));
    CHECK(areas->problem.contains(QStringLiteral("okul_sayisi")));

    auto geometry = loadLayerGeometry(s.project->db(), s.areas.tableName, s.areas.id, s.areas.role);
    REQUIRE_FALSE(geometry);
    CHECK(geometry.error().hint.contains(QStringLiteral("Filter")));

    AttributeTableModel table(s.project->db(), s.areas);
    CHECK_FALSE(table.reload());
    CHECK(table.rowCount() == 0);

    PressureRequest pressure;
    pressure.areas = s.areas.name;
    auto ranked = Pressure::compute(*s.project, pressure);
    REQUIRE_FALSE(ranked); // never silently over all 330
    CHECK(ranked.error().message.contains(QStringLiteral("okul_sayisi")));
}

TEST_CASE("FeatureTable keeps what an expression accepts and refuses a bad one, leaving the "
          "list",
          "[layerfilter]")
{
    Sample s;
    FeatureTable table(s.project->db(), s.areas);
    REQUIRE(table.readColumns());
    auto fids = table.allFids();
    REQUIRE(fids);
    REQUIRE(fids->size() == 330);
    CHECK(std::is_sorted(fids->begin(), fids->end()));
    std::vector<qint64> kept = *fids;
    REQUIRE(table.keepMatching(QStringLiteral("ad IN ('Akyol Mah.', 'KARAGÖZ MH.')"), kept));
    CHECK(kept.size() == 2);
    kept = *fids;
    auto bad = table.keepMatching(QStringLiteral("ilçe = "), kept);
    REQUIRE_FALSE(bad);
    CHECK(kept.size() == 330);
    CHECK(table.columnOf(QStringLiteral("area.district")) > 0);
    CHECK(table.columnOf(QStringLiteral("field.yok")) == -1);
}

TEST_CASE("A project of schema version 1 opened read-only shows its layers and map, untouched",
          "[layerfilter]")
{
    test::TempDir dir;
    const QString path = dir.path(QStringLiteral("eski.gpkg"));
    REQUIRE(QFile::copy(test::testData(QStringLiteral("project-v1.gpkg")), path));
    auto project = Project::open(path, Project::Access::ReadOnly);
    REQUIRE(project);
    CHECK((*project)->schemaVersion() == 1);
    const QList<LayerInfo> layers = (*project)->layers();
    REQUIRE_FALSE(layers.isEmpty());
    for (const LayerInfo &l : layers) {
        CHECK(l.filter.isEmpty());
        auto filter = savedLayerFilter((*project)->db(), l.id);
        REQUIRE(filter);
        CHECK(filter->isEmpty());
        auto geometry = loadLayerGeometry((*project)->db(), l.tableName, l.id, l.role);
        REQUIRE(geometry);
        CHECK(qint64(geometry->featureCount()) == l.featureCount);
    }
    // The map too, though the file has none of the later columns (read through temp views).
    auto map = loadMapLayers((*project)->db());
    REQUIRE(map);
    CHECK(int(map->size()) == layers.size());
    CHECK((*project)
              ->db()
              .queryInt("SELECT count(*) FROM main.sqlite_master WHERE type = "
                        "'view'")
              .value()
          == 0); // nothing written to the file
}
