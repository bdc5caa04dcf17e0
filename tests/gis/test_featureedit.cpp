// Editing features in the project: a new layer from a role's template, drawn features with their
// area rows, typed values, invalid shapes refused or repaired, and deletions that take every row
// naming an area with them and give it all back on undo, the GeoPackage whole throughout.
#include "core/gpkg.h"
#include "core/project.h"
#include "core/text/turkish.h"
#include "gis/edit/featureedit.h"
#include "gis/edit/featuretable.h"
#include "gis/geos.h"
#include "gis/map/maplayer.h"
#include "tests/support/support.h"

#include <QFile>

#include <catch2/catch.hpp>

#include <gdal.h>
#include <ogr_api.h>

using namespace geisep;

namespace {

struct Sample
{
    test::TempDir dir;
    QString path;
    std::unique_ptr<Project> project;
    LayerInfo mahalle;
    Sample()
    {
        path = dir.path(QStringLiteral("ornek.gpkg"));
        REQUIRE(QFile::copy(test::samplePath(), path));
        QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
        auto opened = Project::open(path);
        REQUIRE(opened);
        project = std::move(*opened);
        for (const LayerInfo &l : project->layers())
            if (l.role == LayerRole::MuhtarDistrict)
                mahalle = l;
        REQUIRE(mahalle.id > 0);
    }
    qint64 count(const QString &sqlTable)
    {
        auto stmt
            = project->db().prepareWith("SELECT count(*) FROM %1", {*Identifier::make(sqlTable)});
        REQUIRE(stmt);
        REQUIRE(stmt->step().value_or(false));
        return stmt->int64(0);
    }
    // Every row of a table in id order, as text: equal before a delete and after its undo.
    QString dump(const QString &table, const QString &order = QStringLiteral("id"))
    {
        auto stmt = project->db().prepareWith("SELECT * FROM %1 ORDER BY %2",
                                              {*Identifier::make(table), *Identifier::make(order)});
        REQUIRE(stmt);
        QString out;
        REQUIRE(stmt->forEachRow([&] {
            for (int i = 0; i < stmt->columnCount(); ++i) {
                const QVariant v = stmt->value(i);
                out += v.typeId() == QMetaType::QByteArray
                           ? QString::fromLatin1(v.toByteArray().toHex())
                           : v.toString();
                out += u'|';
            }
            out += u'\n';
        }));
        return out;
    }
    QString rtreeCheck(const QString &table)
    {
        auto stmt = project->db().prepare("SELECT rtreecheck(?)");
        REQUIRE(stmt);
        stmt->bind(1, QStringLiteral("rtree_%1_geom").arg(table));
        REQUIRE(stmt->step().value_or(false));
        return stmt->text(0);
    }
};

// A square of `half` metres either side of a point inside mahalle `fid`, and that mahalle's
// district and province.
struct Inside
{
    QByteArray square;
    QString district, province;
};
Inside squareInside(Sample &s, qint64 fid, double half)
{
    FeatureEditor editor(*s.project);
    auto wkb = editor.geometry(s.mahalle.id, fid);
    REQUIRE(wkb);
    const auto shape = geos::fromWkb(*wkb);
    REQUIRE(shape);
    const geos::GeometryPtr point(GEOSPointOnSurface_r(geos::context(), shape.get()));
    double x = 0, y = 0;
    GEOSGeomGetX_r(geos::context(), point.get(), &x);
    GEOSGeomGetY_r(geos::context(), point.get(), &y);
    auto stmt = s.project->db().prepare(
        "SELECT district, province FROM geisep_areas WHERE layer_id = ? AND fid = ?");
    REQUIRE(stmt);
    stmt->bind(1, s.mahalle.id).bind(2, fid);
    REQUIRE(stmt->step().value_or(false));
    return {test::wkbPolygon({{x - half, y - half},
                              {x + half, y - half},
                              {x + half, y + half},
                              {x - half, y + half},
                              {x - half, y - half}}),
            stmt->text(0), stmt->text(1)};
}

} // namespace

TEST_CASE("A migrant area drawn into a new layer gets its fields, its mahalle's district and "
          "an R-tree entry, and GDAL reads it",
          "[editing]")
{
    Sample s;
    FeatureEditor editor(*s.project);
    auto id = editor.createLayer(
        {QStringLiteral("Göçmen yerleşim alanları"), LayerRole::MigrantArea, "MULTIPOLYGON", {}});
    INFO((id ? QString() : id.error().toString()).toStdString());
    REQUIRE(id);
    auto fields = editor.fields(*id);
    REQUIRE(fields);
    QStringList names;
    for (const EditField &f : *fields)
        names << f.name;
    CHECK(names
          == QStringList{QStringLiteral("name"), QStringLiteral("households"),
                         QStringLiteral("persons"), QStringLiteral("source"),
                         QStringLiteral("survey_date"), QStringLiteral("note")});
    CHECK(fields->at(0).maxLength == 120);
    CHECK(fields->at(1).type == EditField::Type::Integer);
    CHECK(fields->at(4).type == EditField::Type::Date);

    // A second layer of the same name is refused, whatever the case of its letters.
    auto again = editor.createLayer(
        {QStringLiteral("GÖÇMEN YERLEŞİM ALANLARI"), LayerRole::MigrantArea, "MULTIPOLYGON", {}});
    REQUIRE_FALSE(again);
    CHECK(again.error().message.contains(u"Göçmen yerleşim alanları"));
    // Areas are polygons.
    CHECK_FALSE(
        editor.createLayer({QStringLiteral("Noktalar"), LayerRole::MigrantArea, "POINT", {}}));

    const Inside inside = squareInside(s, 17, 40);
    REQUIRE_FALSE(inside.district.isEmpty());
    auto fid = editor.addFeature(*id, inside.square,
                                 {{QStringLiteral("name"), QStringLiteral("Konteyner kent Çağ-İş")},
                                  {QStringLiteral("households"), QStringLiteral("1.250")},
                                  {QStringLiteral("persons"), 4800},
                                  {QStringLiteral("survey_date"), QStringLiteral("31.10.2026")}});
    REQUIRE(fid);
    CHECK(*fid == 1);

    LayerInfo layer;
    for (const LayerInfo &l : s.project->layers())
        if (l.id == *id)
            layer = l;
    CHECK(layer.featureCount == 1);
    REQUIRE(layer.extent);
    CHECK(layer.extent->width() == Approx(80).margin(0.5)); // the R-tree rounds outwards
    CHECK(s.rtreeCheck(layer.tableName) == u"ok");
    CHECK(s.count(QStringLiteral("rtree_%1_geom").arg(layer.tableName)) == 1);

    auto area = s.project->db().prepare(
        "SELECT name, name_folded, district, province FROM geisep_areas WHERE layer_id = ? AND "
        "fid = ?");
    REQUIRE(area);
    area->bind(1, *id).bind(2, *fid);
    REQUIRE(area->step().value_or(false));
    CHECK(area->text(0) == u"Konteyner kent Çağ-İş");
    CHECK(area->text(1) == foldTurkish(QStringLiteral("Konteyner kent Çağ-İş")));
    CHECK(area->text(2) == inside.district);
    CHECK(area->text(3) == inside.province);

    // Drawn over the mahalle's colour: migrant areas stack above muhtar districts, in one
    // see-through colour of their own (no figures to grade them by).
    auto stack = loadMapLayers(s.project->db());
    REQUIRE(stack);
    qsizetype mahalleAt = -1, drawnAt = -1;
    for (qsizetype i = 0; i < qsizetype(stack->size()); ++i) {
        if ((*stack)[std::size_t(i)]->id == s.mahalle.id)
            mahalleAt = i;
        if ((*stack)[std::size_t(i)]->id == *id)
            drawnAt = i;
    }
    REQUIRE(mahalleAt >= 0);
    CHECK(drawnAt == mahalleAt + 1);
    const LayerStyle style = (*stack)[std::size_t(drawnAt)]->style;
    CHECK(style.kind == LayerStyle::Kind::Single);
    CHECK(style.fillOpacity < 1.0);
    CHECK(style.labelField == u"area.name");

    // The polygon is stored as the layer's multipolygon (WKB type 6).
    auto stored = editor.geometry(*id, *fid);
    REQUIRE(stored);
    CHECK(quint8(stored->at(1)) == 6);

    s.project.reset();
    CHECK(test::gdalValidate({s.path}).isEmpty());
    const auto info
        = test::run(QStringLiteral("ogrinfo"),
                    {QStringLiteral("-ro"), QStringLiteral("-al"), s.path, layer.tableName});
    CHECK(info.exitCode == 0);
    INFO(info.out.right(600).toStdString());
    CHECK(info.out.contains(u"Konteyner kent Çağ-İş"));
    CHECK(info.out.contains(QStringLiteral("households (Integer64) = 1250")));
    CHECK(info.out.contains(QStringLiteral("survey_date (Date) = 2026/10/31")));
    CHECK(info.out.contains(QStringLiteral("Feature Count: 1")));
}

TEST_CASE("Typed values: whole numbers, Turkish decimals, dates, text lengths and yes or no",
          "[editing]")
{
    using T = EditField::Type;
    const EditField whole{QStringLiteral("households"), T::Integer, 0, false};
    CHECK(FeatureEditor::parseValue(whole, QStringLiteral("1.250")).value() == 1250);
    CHECK(FeatureEditor::parseValue(whole, QStringLiteral(" 42 ")).value() == 42);
    CHECK(FeatureEditor::parseValue(whole, 7.0).value() == 7);
    auto half = FeatureEditor::parseValue(whole, QStringLiteral("12,5"));
    REQUIRE_FALSE(half);
    CHECK(half.error().message.contains(u"12,5"));
    CHECK_FALSE(half.error().message.contains(u"households")); // the caller names the field
    CHECK_FALSE(FeatureEditor::parseValue(whole, QStringLiteral("on iki")));
    CHECK(FeatureEditor::parseValue(whole, QString()).value().isNull());

    const EditField real{QStringLiteral("share"), T::Real, 0, false};
    CHECK(FeatureEditor::parseValue(real, QStringLiteral("12,5")).value().toDouble() == 12.5);
    CHECK(FeatureEditor::parseValue(real, QStringLiteral("1.234,5")).value().toDouble() == 1234.5);
    CHECK(FeatureEditor::parseValue(real, QStringLiteral("12.5")).value().toDouble() == 12.5);
    CHECK_FALSE(FeatureEditor::parseValue(real, QStringLiteral("%12")));

    const EditField date{QStringLiteral("survey_date"), T::Date, 0, false};
    CHECK(FeatureEditor::parseValue(date, QStringLiteral("31.12.2026")).value()
          == QStringLiteral("2026-12-31"));
    CHECK(FeatureEditor::parseValue(date, QStringLiteral("2026-01-05")).value()
          == QStringLiteral("2026-01-05"));
    CHECK(FeatureEditor::parseValue(date, QDate(2026, 3, 8)).value()
          == QStringLiteral("2026-03-08"));
    auto feb = FeatureEditor::parseValue(date, QStringLiteral("31.02.2026"));
    REQUIRE_FALSE(feb);
    CHECK(feb.error().message.contains(u"31.12.2026"));

    const EditField text{QStringLiteral("name"), T::Text, 10, true};
    CHECK(FeatureEditor::parseValue(text, QStringLiteral("Şırnak İçi")).value().toString()
          == u"Şırnak İçi");
    auto tooLong = FeatureEditor::parseValue(text, QStringLiteral("Şırnak İçi 2"));
    REQUIRE_FALSE(tooLong);
    CHECK(tooLong.error().message.contains(u"10"));
    CHECK_FALSE(FeatureEditor::parseValue(text, QStringLiteral("  "))); // NOT NULL

    const EditField yes{QStringLiteral("ramp"), T::Boolean, 0, false};
    CHECK(FeatureEditor::parseValue(yes, QStringLiteral("Evet")).value() == 1);
    CHECK(FeatureEditor::parseValue(yes, QStringLiteral("HAYIR")).value() == 0);
    CHECK_FALSE(FeatureEditor::parseValue(yes, QStringLiteral("belki")));

    CHECK(EditField{QStringLiteral("n"), T::Text, 40, false}.sqlType() == "TEXT(40)");
    CHECK(EditField::typeFromSql(QStringLiteral("MEDIUMINT")) == T::Integer);
    CHECK(EditField::typeFromSql(QStringLiteral("DOUBLE")) == T::Real);
    CHECK(EditField::typeFromName(QStringLiteral("Date")) == T::Date);
    CHECK_FALSE(EditField::typeFromName(QStringLiteral("tarih")));
}

TEST_CASE("A shape that crosses itself is refused with where, or repaired on request, and a "
          "point does not go into a polygon layer",
          "[editing]")
{
    Sample s;
    FeatureEditor editor(*s.project);
    auto id = editor.createLayer(
        {QStringLiteral("Anket alanları"), LayerRole::MigrantArea, "MULTIPOLYGON", {}});
    REQUIRE(id);
    // A bow tie: its two edges cross at (500, 500).
    const QByteArray bowTie
        = test::wkbPolygon({{0, 0}, {1000, 1000}, {1000, 0}, {0, 1000}, {0, 0}});
    auto refused
        = editor.addFeature(*id, bowTie, {{QStringLiteral("name"), QStringLiteral("Kelebek")}});
    REQUIRE_FALSE(refused);
    CHECK(refused.error().message.contains(u"500.0, 500.0"));
    CHECK_FALSE(refused.error().hint.isEmpty());
    CHECK(s.count(QStringLiteral("geisep_areas")) == s.mahalle.featureCount); // nothing written

    auto repaired = editor.addFeature(*id, bowTie,
                                      {{QStringLiteral("name"), QStringLiteral("Kelebek")}}, true);
    REQUIRE(repaired);
    auto wkb = editor.geometry(*id, *repaired);
    REQUIRE(wkb);
    const auto shape = geos::fromWkb(*wkb);
    REQUIRE(shape);
    CHECK(GEOSisValid_r(geos::context(), shape.get()) == 1);
    double area = 0;
    GEOSArea_r(geos::context(), shape.get(), &area);
    CHECK(area == Approx(500000.0)); // two triangles of 250,000 m²

    QByteArray point;
    point.append(char(1));
    const quint32 type = 1;
    point.append(reinterpret_cast<const char *>(&type), 4);
    const double xy[2] = {10, 10};
    point.append(reinterpret_cast<const char *>(xy), 16);
    auto wrongKind = editor.addFeature(*id, point, {});
    REQUIRE_FALSE(wrongKind);
    CHECK(wrongKind.error().message.contains(u"polygons"));
    // A value of the wrong type stops the feature before anything is written.
    auto badValue = editor.addFeature(*id, test::wkbPolygon({{0, 0}, {10, 0}, {10, 10}, {0, 0}}),
                                      {{QStringLiteral("persons"), QStringLiteral("çok")}});
    REQUIRE_FALSE(badValue);
    CHECK(badValue.error().message.startsWith(u"Persons (estimated): "));
    auto unknown = editor.addFeature(*id, test::wkbPolygon({{0, 0}, {10, 0}, {10, 10}, {0, 0}}),
                                     {{QStringLiteral("nufus"), 5}});
    REQUIRE_FALSE(unknown);
    CHECK(unknown.error().message.contains(u"nufus"));
}

TEST_CASE("Deleting mahalle takes their links, figures, values and results with them, and "
          "restoring brings every row back as it was",
          "[editing]")
{
    Sample s;
    Database &db = s.project->db();
    // Two mahalle with figures; the first also with a link, an indicator value, a stakeholder.
    auto pick = db.prepare("SELECT a.fid, a.id FROM geisep_areas a WHERE a.layer_id = ? AND "
                           "EXISTS (SELECT 1 FROM geisep_area_figures f WHERE f.area_id = a.id) "
                           "ORDER BY a.fid LIMIT 2");
    REQUIRE(pick);
    pick->bind(1, s.mahalle.id);
    QList<qint64> fids, areaIds;
    REQUIRE(pick->forEachRow([&] {
        fids << pick->int64(0);
        areaIds << pick->int64(1);
    }));
    REQUIRE(fids.size() == 2);
    REQUIRE(db.exec("INSERT INTO geisep_stakeholders (kind, name) VALUES ('muhtar', 'Muhtarlık')"));
    const qint64 person = db.lastInsertRowId();
    auto setup = db.prepare("UPDATE geisep_stakeholders SET area_id = ? WHERE id = ?");
    REQUIRE(setup);
    setup->bind(1, areaIds[0]).bind(2, person);
    REQUIRE(setup->exec());
    auto link = db.prepare("INSERT INTO geisep_area_links (area_id, goal_id) VALUES (?, (SELECT "
                           "min(id) FROM geisep_goals))");
    REQUIRE(link);
    link->bind(1, areaIds[0]);
    REQUIRE(link->exec());
    auto value = db.prepare("INSERT INTO geisep_indicator_values (indicator_id, area_id, period, "
                            "kind, value) VALUES ((SELECT min(id) FROM geisep_indicators), ?, "
                            "2025, 'actual', 12)");
    REQUIRE(value);
    value->bind(1, areaIds[0]);
    REQUIRE(value->exec());

    const QStringList tables = {s.mahalle.tableName,
                                QStringLiteral("geisep_areas"),
                                QStringLiteral("geisep_area_links"),
                                QStringLiteral("geisep_area_figures"),
                                QStringLiteral("geisep_indicator_values"),
                                QStringLiteral("geisep_analysis_results"),
                                QStringLiteral("geisep_stakeholders"),
                                QStringLiteral("rtree_%1_geom").arg(s.mahalle.tableName)};
    QStringList before;
    for (const QString &t : tables)
        before << s.dump(t,
                         t == s.mahalle.tableName ? QStringLiteral("fid") : QStringLiteral("id"));
    const qint64 figures = s.count(QStringLiteral("geisep_area_figures"));

    FeatureEditor editor(*s.project);
    auto removed = editor.deleteFeatures(s.mahalle.id, fids);
    REQUIRE(removed);
    CHECK(removed->count(s.mahalle.tableName) == 2);
    CHECK(removed->count(QStringLiteral("geisep_areas")) == 2);
    CHECK(removed->count(QStringLiteral("geisep_area_links")) >= 1);
    CHECK(removed->count(QStringLiteral("geisep_indicator_values")) == 1);
    CHECK(removed->clearedStakeholders.size() == 1);
    CHECK(s.count(s.mahalle.tableName) == s.mahalle.featureCount - 2);
    CHECK(s.count(QStringLiteral("geisep_area_figures"))
          == figures - removed->count(QStringLiteral("geisep_area_figures")));
    CHECK(s.rtreeCheck(s.mahalle.tableName) == u"ok");
    CHECK(s.count(QStringLiteral("rtree_%1_geom").arg(s.mahalle.tableName))
          == s.mahalle.featureCount - 2);
    // The stakeholder stays, without the area.
    CHECK(db.queryInt("SELECT count(*) FROM geisep_stakeholders WHERE area_id IS NULL AND name = "
                      "'Muhtarlık'")
              .value_or(0)
          == 1);

    // A feature already gone cannot be deleted twice.
    CHECK_FALSE(editor.deleteFeatures(s.mahalle.id, {fids[0]}));

    REQUIRE(editor.restore(*removed));
    for (qsizetype i = 0; i < tables.size(); ++i) {
        INFO(tables[i].toStdString());
        CHECK(s.dump(tables[i], tables[i] == s.mahalle.tableName ? QStringLiteral("fid")
                                                                 : QStringLiteral("id"))
              == before[i]);
    }
    CHECK(s.rtreeCheck(s.mahalle.tableName) == u"ok");
    s.project.reset();
    CHECK(test::gdalValidate({s.path}).isEmpty());
}

TEST_CASE("Setting a value: the name column renames the area, an area's own name is edited "
          "directly, and what is not there is refused",
          "[editing]")
{
    Sample s;
    FeatureEditor editor(*s.project);
    auto id
        = editor.createLayer({QStringLiteral("Tesisler"), LayerRole::Infrastructure, "POINT", {}});
    REQUIRE(id);
    auto layer = editor.createLayer(
        {QStringLiteral("Alanlar"), LayerRole::MigrantArea, "MULTIPOLYGON", {}});
    REQUIRE(layer);
    const Inside inside = squareInside(s, 40, 25);
    auto fid = editor.addFeature(*layer, inside.square,
                                 {{QStringLiteral("name"), QStringLiteral("Eski ad")}});
    REQUIRE(fid);

    REQUIRE(editor.setValue(*layer, *fid, QStringLiteral("name"), QStringLiteral("Yeni Ilıca")));
    CHECK(editor.value(*layer, *fid, QStringLiteral("area.name")).value().toString()
          == u"Yeni Ilıca");
    CHECK(editor.value(*layer, *fid, QStringLiteral("name")).value().toString() == u"Yeni Ilıca");
    CHECK(s.project->db()
              .queryText("SELECT name_folded FROM geisep_areas WHERE name = 'Yeni Ilıca'")
              .value_or(QString())
          == foldTurkish(QStringLiteral("Yeni Ilıca")));

    REQUIRE(
        editor.setValue(*layer, *fid, QStringLiteral("area.district"), QStringLiteral("Şahinbey")));
    CHECK(editor.value(*layer, *fid, QStringLiteral("area.district")).value().toString()
          == u"Şahinbey");
    REQUIRE(editor.setValue(*layer, *fid, QStringLiteral("households"), QStringLiteral("3.400")));
    CHECK(editor.value(*layer, *fid, QStringLiteral("households")).value() == 3400);
    REQUIRE(editor.setValue(*layer, *fid, QStringLiteral("households"), QString()));
    CHECK(editor.value(*layer, *fid, QStringLiteral("households")).value().isNull());

    auto bad = editor.setValue(*layer, *fid, QStringLiteral("households"), QStringLiteral("x"));
    REQUIRE_FALSE(bad);
    CHECK(bad.error().message.startsWith(u"Households (estimated): "));
    CHECK_FALSE(editor.setValue(*layer, 999, QStringLiteral("households"), 3));
    CHECK_FALSE(editor.setValue(*layer, *fid, QStringLiteral("nufus"), 3));
    CHECK_FALSE(editor.setValue(*id, 1, QStringLiteral("area.name"), QStringLiteral("x")));

    // A facility layer has its service, as coverage counts by it.
    auto facility = editor.fields(*id);
    REQUIRE(facility);
    QStringList names;
    for (const EditField &f : *facility)
        names << f.name;
    CHECK(names
          == QStringList{QStringLiteral("name"), QStringLiteral("service"),
                         QStringLiteral("capacity")});

    // A read-only project refuses every edit and says why.
    s.project.reset();
    auto readOnly = Project::open(s.path, Project::Access::ReadOnly);
    REQUIRE(readOnly);
    FeatureEditor viewer(**readOnly);
    auto refused = viewer.setValue(*layer, *fid, QStringLiteral("note"), QStringLiteral("x"));
    REQUIRE_FALSE(refused);
    CHECK_FALSE(refused.error().message.isEmpty());
    CHECK_FALSE(viewer.deleteFeatures(*layer, {*fid}));
}

TEST_CASE("Merging two neighbouring mahalle makes one area of both, the first keeping its fields, "
          "and undoing it gives both back",
          "[editing]")
{
    Sample s;
    Database &db = s.project->db();
    // Two mahalle that share an edge: their union is one polygon.
    auto pair = db.prepareWith(
        "SELECT a.fid, b.fid FROM %1 a, %1 b WHERE a.fid < b.fid AND ST_MinX(a.geom) <= "
        "ST_MaxX(b.geom) AND ST_MaxX(a.geom) >= ST_MinX(b.geom) AND ST_MinY(a.geom) <= "
        "ST_MaxY(b.geom) AND ST_MaxY(a.geom) >= ST_MinY(b.geom) ORDER BY a.fid, b.fid LIMIT 40",
        {*Identifier::make(s.mahalle.tableName)});
    REQUIRE(pair);
    FeatureEditor editor(*s.project);
    GEOSContextHandle_t ctx = geos::context();
    qint64 first = 0, second = 0;
    double areaFirst = 0, areaSecond = 0;
    REQUIRE(pair->forEachRow([&] {
        if (first > 0)
            return;
        const auto a = geos::fromWkb(*editor.geometry(s.mahalle.id, pair->int64(0)));
        const auto b = geos::fromWkb(*editor.geometry(s.mahalle.id, pair->int64(1)));
        const geos::GeometryPtr shared(GEOSIntersection_r(ctx, a.get(), b.get()));
        double length = 0;
        GEOSLength_r(ctx, shared.get(), &length);
        if (length > 100) { // a common edge, not a corner
            first = pair->int64(0);
            second = pair->int64(1);
            GEOSArea_r(ctx, a.get(), &areaFirst);
            GEOSArea_r(ctx, b.get(), &areaSecond);
        }
    }));
    REQUIRE(first > 0);
    const QByteArray firstShape = *editor.geometry(s.mahalle.id, first);
    const QString firstName
        = editor.value(s.mahalle.id, first, QStringLiteral("area.name"))->toString();
    const qint64 count = s.count(s.mahalle.tableName);

    auto merged = editor.mergeFeatures(s.mahalle.id, {second, first});
    REQUIRE(merged);
    CHECK(merged->kept == first);
    CHECK(merged->removed.fids == QList<qint64>{second});
    CHECK(s.count(s.mahalle.tableName) == count - 1);
    const auto united = geos::fromWkb(*editor.geometry(s.mahalle.id, first));
    double area = 0;
    GEOSArea_r(ctx, united.get(), &area);
    CHECK(area == Approx(areaFirst + areaSecond).epsilon(1e-6));
    CHECK(GEOSisValid_r(ctx, united.get()) == 1);
    CHECK(editor.value(s.mahalle.id, first, QStringLiteral("area.name"))->toString() == firstName);
    CHECK(s.rtreeCheck(s.mahalle.tableName) == u"ok");
    CHECK_FALSE(editor.mergeFeatures(s.mahalle.id, {first}));

    REQUIRE(editor.restore(merged->removed));
    REQUIRE(editor.setGeometry(s.mahalle.id, first, merged->oldShape));
    CHECK(s.count(s.mahalle.tableName) == count);
    CHECK(*editor.geometry(s.mahalle.id, first) == firstShape);
    s.project.reset();
    CHECK(test::gdalValidate({s.path}).isEmpty());
}

TEST_CASE("Fields added, calculated from others, removed and put back with every value",
          "[editing][fields]")
{
    Sample s;
    FeatureEditor editor(*s.project);
    const qint64 id = s.mahalle.id;
    EditField schools{QStringLiteral("okul_sayisi"), EditField::Type::Integer, 0, false};
    REQUIRE(editor.addField(id, schools));
    auto fields = editor.fields(id);
    REQUIRE(fields);
    CHECK(fields->last().name == u"okul_sayisi");
    CHECK(fields->last().type == EditField::Type::Integer);
    // Taken names, as SQLite compares them, and the layer's own columns are refused.
    CHECK_FALSE(editor.addField(id, {QStringLiteral("OKUL_SAYISI"), EditField::Type::Text}));
    CHECK_FALSE(editor.addField(id, {QStringLiteral("geom"), EditField::Type::Text}));
    CHECK_FALSE(editor.addField(id, {QStringLiteral("okul sayısı"), EditField::Type::Text}));
    CHECK(FeatureEditor::columnNameFor(QStringLiteral("Okul sayısı (2026)"))
          == u"okul_sayisi_2026");

    // Calculated from the 2023 population: one school place per 1,000 residents, rounded.
    FeatureTable table(s.project->db(), s.mahalle);
    REQUIRE(table.readColumns());
    auto all = table.allFids();
    REQUIRE(all);
    auto values = table.calculate(QStringLiteral("round(nüfus / 1000)"), *all);
    REQUIRE(values);
    REQUIRE(values->size() == 330);
    REQUIRE(editor.setValues(id, QStringLiteral("okul_sayisi"), *values));
    auto check = s.project->db().prepareWith(
        "SELECT count(*) FROM %1 t JOIN geisep_areas a ON a.layer_id = ?1 AND a.fid = t.fid JOIN "
        "geisep_area_figures f ON f.area_id = a.id AND f.variable = 'population' AND f.period = "
        "2023 WHERE t.okul_sayisi = CAST(round(f.value / 1000.0) AS INTEGER)",
        {*Identifier::make(s.mahalle.tableName)});
    REQUIRE(check);
    check->bind(1, id);
    REQUIRE(check->step().value_or(false));
    const qint64 matching = check->int64(0);
    CHECK(matching
          == s.project->db()
                 .queryInt("SELECT count(*) FROM geisep_area_figures f JOIN geisep_areas a ON "
                           "a.id = f.area_id JOIN geisep_layers l ON l.id = a.layer_id WHERE "
                           "l.role = 'muhtar_district' AND f.variable = 'population' AND f.period "
                           "= 2023")
                 .value());
    CHECK(matching > 250); // the mahalle with a 2023 population
    const QString before = s.dump(s.mahalle.tableName, QStringLiteral("fid"));

    // A fraction into a whole-number field: refused naming the feature, nothing changed.
    auto fractions = table.calculate(QStringLiteral("nüfus / 7"), *all);
    REQUIRE(fractions);
    auto refused = editor.setValues(id, QStringLiteral("okul_sayisi"), *fractions);
    REQUIRE_FALSE(refused);
    CHECK(refused.error().message.startsWith(QStringLiteral("Feature ")));
    CHECK(s.dump(s.mahalle.tableName, QStringLiteral("fid")) == before);

    // Removed with its values, and put back exactly.
    auto removed = editor.removeField(id, QStringLiteral("okul_sayisi"));
    REQUIRE(removed);
    CHECK(removed->values.size() == matching);
    CHECK_FALSE(editor.values(id, QStringLiteral("okul_sayisi"), {all->front()}));
    REQUIRE(editor.restoreField(*removed));
    CHECK(s.dump(s.mahalle.tableName, QStringLiteral("fid")) == before);
    CHECK(test::gdalValidate({s.path}).isEmpty());
}

TEST_CASE("A field the style, the filter or the areas use is not removed, and says which",
          "[editing][fields]")
{
    Sample s;
    FeatureEditor editor(*s.project);
    const qint64 id = s.mahalle.id;
    REQUIRE(editor.addField(id, {QStringLiteral("hane"), EditField::Type::Integer}));
    const QString before = s.dump(s.mahalle.tableName, QStringLiteral("fid"));

    REQUIRE(s.project->setLayerFilter(id, QStringLiteral("hane >= 0 OR ad LIKE '%'")));
    auto byFilter = editor.removeField(id, QStringLiteral("hane"));
    REQUIRE_FALSE(byFilter);
    CHECK(byFilter.error().message.contains(QStringLiteral("filter")));
    CHECK(s.dump(s.mahalle.tableName, QStringLiteral("fid")) == before); // rolled back whole
    REQUIRE(s.project->setLayerFilter(id, QString()));

    LayerStyle style = LayerStyle::forRole(s.mahalle.role);
    style.labelField = QStringLiteral("field.hane");
    REQUIRE(saveStyle(s.project->db(), id, style));
    auto byStyle = editor.removeField(id, QStringLiteral("hane"));
    REQUIRE_FALSE(byStyle);
    CHECK(byStyle.error().message.contains(QStringLiteral("labels")));

    auto byName = editor.removeField(id, QStringLiteral("name"));
    REQUIRE_FALSE(byName);
    CHECK(byName.error().message.contains(QStringLiteral("areas")));
    CHECK(s.dump(s.mahalle.tableName, QStringLiteral("fid")) == before);
}

TEST_CASE("Mahalle added, deleted and renamed in another program are brought in step on the next "
          "open, with what went",
          "[editing][reconcile]")
{
    Sample s;
    const QString table = s.mahalle.tableName;
    FeatureEditor editor(*s.project);
    const QString areasBefore = s.dump(QStringLiteral("geisep_areas"));
    auto nothing = editor.reconcileAreas();
    REQUIRE(nothing);
    CHECK(nothing->isEmpty()); // the sample is in step, and nothing was written
    CHECK(s.dump(QStringLiteral("geisep_areas")) == areasBefore);

    // The linked mahalle the other program will delete, and one it will rename.
    const qint64 linkedFid
        = s.project->db()
              .queryInt("SELECT a.fid FROM geisep_area_links l JOIN geisep_areas a ON a.id = "
                        "l.area_id ORDER BY a.id LIMIT 1")
              .value();
    auto nameOf = s.project->db().prepare(
        "SELECT name, (SELECT count(*) FROM geisep_area_links WHERE area_id = a.id), (SELECT "
        "count(*) FROM geisep_area_figures WHERE area_id = a.id) FROM geisep_areas a WHERE "
        "layer_id = ? AND fid = ?");
    REQUIRE(nameOf);
    nameOf->bind(1, s.mahalle.id).bind(2, linkedFid);
    REQUIRE(nameOf->step().value_or(false));
    const QString deletedName = nameOf->text(0);
    const qint64 links = nameOf->int64(1), figures = nameOf->int64(2);
    REQUIRE(links > 0);
    s.project.reset();

    // As QGIS edits a GeoPackage: through GDAL.
    {
        GDALDatasetH ds = GDALOpenEx(s.path.toUtf8().constData(), GDAL_OF_VECTOR | GDAL_OF_UPDATE,
                                     nullptr, nullptr, nullptr);
        REQUIRE(ds);
        OGRLayerH layer = GDALDatasetGetLayerByName(ds, table.toUtf8().constData());
        REQUIRE(layer);
        REQUIRE(OGR_L_DeleteFeature(layer, linkedFid) == OGRERR_NONE);
        OGRFeatureH renamed = OGR_L_GetFeature(layer, linkedFid + 1);
        REQUIRE(renamed);
        OGR_F_SetFieldString(renamed, OGR_F_GetFieldIndex(renamed, "name"),
                             "Yeniden Adlı Mahallesi");
        REQUIRE(OGR_L_SetFeature(layer, renamed) == OGRERR_NONE);
        OGRFeatureH added = OGR_F_Create(OGR_L_GetLayerDefn(layer));
        OGR_F_SetFieldString(added, OGR_F_GetFieldIndex(added, "name"), "Çınarlı Yeni Mahalle");
        OGR_F_SetGeometry(added, OGR_F_GetGeometryRef(renamed)); // a copy of its shape
        REQUIRE(OGR_L_CreateFeature(layer, added) == OGRERR_NONE);
        OGR_F_Destroy(added);
        OGR_F_Destroy(renamed);
        GDALClose(ds);
    }

    auto reopened = Project::open(s.path);
    REQUIRE(reopened);
    s.project = std::move(*reopened);
    FeatureEditor after(*s.project);
    auto changes = after.reconcileAreas();
    REQUIRE(changes);
    REQUIRE(changes->size() == 1);
    const ReconciledLayer &c = changes->front();
    CHECK(c.layer == s.mahalle.name);
    CHECK(c.added == QStringList{QStringLiteral("Çınarlı Yeni Mahalle")});
    CHECK(c.removed == QStringList{deletedName});
    CHECK(c.renamed == 1);
    CHECK(c.removedRows.value(QStringLiteral("geisep_area_links")) == links);
    CHECK(c.removedRows.value(QStringLiteral("geisep_area_figures")) == figures);

    Database &db = s.project->db();
    CHECK(db.queryInt("SELECT count(*) FROM geisep_areas WHERE name = 'Yeniden Adlı Mahallesi' AND "
                      "name_folded = 'yeniden adli'")
              .value()
          == 1);
    CHECK(
        db.queryInt("SELECT count(*) FROM geisep_areas WHERE name = 'Çınarlı Yeni Mahalle'").value()
        == 1);
    CHECK(db.queryInt("SELECT count(*) FROM geisep_area_links WHERE area_id NOT IN (SELECT id "
                      "FROM geisep_areas)")
              .value()
          == 0);
    CHECK(s.count(table) == 330);
    CHECK(db.queryInt("SELECT count(*) FROM geisep_areas a JOIN geisep_layers l ON l.id = "
                      "a.layer_id WHERE l.role = 'muhtar_district'")
              .value()
          == 330);
    // Once in step, the next open finds nothing.
    auto again = after.reconcileAreas();
    REQUIRE(again);
    CHECK(again->isEmpty());
    CHECK(test::gdalValidate({s.path}).isEmpty());
}

TEST_CASE("A mahalle split with a drawn line keeps its largest piece, fields and links, and undo "
          "makes it whole again",
          "[editing][split]")
{
    Sample s;
    FeatureEditor editor(*s.project);
    const qint64 id = s.mahalle.id;
    Database &db = s.project->db();
    const qint64 fid = db.queryInt("SELECT a.fid FROM geisep_area_links l JOIN geisep_areas a ON "
                                   "a.id = l.area_id ORDER BY a.id LIMIT 1")
                           .value();
    const auto original = editor.geometry(id, fid);
    REQUIRE(original);
    GEOSContextHandle_t h = geos::context();
    const geos::GeometryPtr whole = geos::fromWkb(*original);
    REQUIRE(whole);
    double wholeArea = 0, minX = 0, maxX = 0, minY = 0, maxY = 0;
    GEOSArea_r(h, whole.get(), &wholeArea);
    GEOSGeom_getXMin_r(h, whole.get(), &minX);
    GEOSGeom_getXMax_r(h, whole.get(), &maxX);
    GEOSGeom_getYMin_r(h, whole.get(), &minY);
    GEOSGeom_getYMax_r(h, whole.get(), &maxY);
    const double x = (minX + maxX) / 2;
    const QByteArray line
        = FeatureEditor::shapeWkb(QPolygonF{QPointF(x, minY - 50), QPointF(x + 1, maxY + 50)},
                                  QStringLiteral("MULTILINESTRING"));
    const qint64 links = db.queryInt("SELECT count(*) FROM geisep_area_links").value();
    const qint64 features = s.count(s.mahalle.tableName);
    const QString before = s.dump(s.mahalle.tableName, QStringLiteral("fid"));

    // A line that misses every area cuts nothing and changes nothing.
    const QByteArray away = FeatureEditor::shapeWkb(QPolygonF{QPointF(0, 0), QPointF(10, 10)},
                                                    QStringLiteral("MULTILINESTRING"));
    auto missed = editor.splitFeatures(id, away, {});
    REQUIRE_FALSE(missed);
    CHECK(missed.error().message.contains(QStringLiteral("cuts no area")));

    auto split = editor.splitFeatures(id, line, {fid});
    REQUIRE(split);
    REQUIRE(split->oldShapes.contains(fid));
    REQUIRE_FALSE(split->added.isEmpty());
    CHECK(s.count(s.mahalle.tableName) == features + split->added.size());
    // The pieces cover the mahalle exactly; the largest stays with it, with its links.
    double sum = 0, keptArea = 0;
    for (const qint64 piece : QList<qint64>{fid} + split->added) {
        const geos::GeometryPtr g = geos::fromWkb(editor.geometry(id, piece).value());
        REQUIRE(g);
        double a = 0;
        GEOSArea_r(h, g.get(), &a);
        sum += a;
        if (piece == fid)
            keptArea = a;
        else
            CHECK(a <= keptArea);
    }
    CHECK(sum == Approx(wholeArea).epsilon(1e-9));
    CHECK(db.queryInt("SELECT count(*) FROM geisep_area_links").value() == links);
    auto nameOf = [&](qint64 f) {
        auto stmt = db.prepare("SELECT name FROM geisep_areas WHERE layer_id = ? AND fid = ?");
        REQUIRE(stmt);
        stmt->bind(1, id).bind(2, f);
        REQUIRE(stmt->step().value_or(false));
        return stmt->text(0);
    };
    for (const qint64 piece : split->added)
        CHECK(nameOf(piece) == nameOf(fid)); // each piece an area, named as the mahalle was
    CHECK(test::gdalValidate({s.path}).isEmpty());

    REQUIRE(editor.unsplit(id, *split));
    CHECK(s.count(s.mahalle.tableName) == features);
    CHECK(editor.geometry(id, fid).value() == *original);
    CHECK(s.dump(s.mahalle.tableName, QStringLiteral("fid")) == before);
    CHECK(test::gdalValidate({s.path}).isEmpty());
}

TEST_CASE("A migrant area drawn across two mahalle knows the share of its area in each, and the "
          "shares follow its shape",
          "[editing][shares]")
{
    Sample s;
    FeatureEditor editor(*s.project);
    auto id = editor.createLayer(
        {QStringLiteral("Göçmen yerleşim alanları"), LayerRole::MigrantArea, "MULTIPOLYGON", {}});
    REQUIRE(id);
    GEOSContextHandle_t h = geos::context();
    Database &db = s.project->db();
    // Two neighbouring mahalle and a point on the edge they share.
    qint64 fidA = 0, fidB = 0;
    geos::GeometryPtr a, b;
    QPointF onEdge;
    {
        auto pairs = db.prepareWith(
            "SELECT x.fid, y.fid FROM %1 x JOIN %1 y ON y.fid > x.fid JOIN %2 rx ON rx.id = x.fid "
            "JOIN %2 ry ON ry.id = y.fid WHERE rx.maxx >= ry.minx AND rx.minx <= ry.maxx AND "
            "rx.maxy >= ry.miny AND rx.miny <= ry.maxy ORDER BY x.fid, y.fid LIMIT 400",
            {*Identifier::make(s.mahalle.tableName),
             *Identifier::make(QStringLiteral("rtree_%1_geom").arg(s.mahalle.tableName))});
        REQUIRE(pairs);
        REQUIRE(pairs->forEachRow([&] {
            if (fidA)
                return;
            geos::GeometryPtr x
                = geos::fromWkb(editor.geometry(s.mahalle.id, pairs->int64(0)).value());
            geos::GeometryPtr y
                = geos::fromWkb(editor.geometry(s.mahalle.id, pairs->int64(1)).value());
            geos::GeometryPtr shared(GEOSIntersection_r(h, x.get(), y.get()));
            double length = 0;
            if (!shared || GEOSLength_r(h, shared.get(), &length) != 1 || length < 500)
                return;
            geos::GeometryPtr point(
                GEOSInterpolate_r(h, GEOSGetGeometryN_r(h, shared.get(), 0), 0));
            double px = 0, py = 0;
            if (!point || GEOSGeomGetX_r(h, point.get(), &px) != 1
                || GEOSGeomGetY_r(h, point.get(), &py) != 1)
                return;
            fidA = pairs->int64(0);
            fidB = pairs->int64(1);
            a = std::move(x);
            b = std::move(y);
            onEdge = QPointF(px, py);
        }));
    }
    REQUIRE(fidA > 0);
    const double r = 60;
    const QPolygonF square{onEdge + QPointF(-r, -r), onEdge + QPointF(r, -r),
                           onEdge + QPointF(r, r), onEdge + QPointF(-r, r)};
    const QByteArray wkb = FeatureEditor::shapeWkb(square, QStringLiteral("MULTIPOLYGON"));
    auto fid
        = editor.addFeature(*id, wkb, {{QStringLiteral("name"), QStringLiteral("Çadır kent")}});
    REQUIRE(fid);
    auto shares = editor.mahalleShares(*id, *fid);
    REQUIRE(shares);
    REQUIRE(shares->size() >= 2);
    const geos::GeometryPtr drawn = geos::fromWkb(wkb);
    const auto shareIn = [&](const GEOSGeometry *m) {
        geos::GeometryPtr common(GEOSIntersection_r(h, drawn.get(), m));
        double part = 0, whole = 0;
        GEOSArea_r(h, common.get(), &part);
        GEOSArea_r(h, drawn.get(), &whole);
        return part / whole;
    };
    double sum = 0;
    for (const FeatureEditor::MahalleShare &m : *shares) {
        sum += m.share;
        CHECK(m.district.isEmpty() == false);
    }
    CHECK(sum <= 1.0 + 1e-9);
    const auto nameOf = [&](qint64 f) {
        auto stmt = db.prepare("SELECT name FROM geisep_areas WHERE layer_id = ? AND fid = ?");
        stmt->bind(1, s.mahalle.id).bind(2, f);
        REQUIRE(stmt->step().value_or(false));
        return stmt->text(0);
    };
    for (const auto &[f, g] : {std::pair{fidA, a.get()}, std::pair{fidB, b.get()}}) {
        const auto m = std::find_if(shares->begin(), shares->end(),
                                    [&](const auto &x) { return x.name == nameOf(f); });
        REQUIRE(m != shares->end());
        CHECK(m->share == Approx(shareIn(g)).epsilon(1e-9));
    }

    // Reshaped to lie inside the first mahalle only: all of it there.
    geos::GeometryPtr inside(GEOSPointOnSurface_r(h, a.get()));
    double ix = 0, iy = 0;
    GEOSGeomGetX_r(h, inside.get(), &ix);
    GEOSGeomGetY_r(h, inside.get(), &iy);
    geos::GeometryPtr small(GEOSBuffer_r(h, inside.get(), 1.0, 8));
    REQUIRE(editor.setGeometry(*id, *fid, geos::toWkb(small.get())));
    shares = editor.mahalleShares(*id, *fid);
    REQUIRE(shares);
    REQUIRE(shares->size() == 1);
    CHECK(shares->front().name == nameOf(fidA));
    CHECK(shares->front().share == Approx(1.0));

    // The attribute table says it in words.
    FeatureTable table(db, [&] {
        for (const LayerInfo &l : s.project->layers())
            if (l.id == *id)
                return l;
        return LayerInfo{};
    }());
    REQUIRE(table.readColumns());
    const int column = table.columnOf(QStringLiteral("area.mahalle"));
    REQUIRE(column > 0);
    CHECK(table.columns()[std::size_t(column)].title == u"Mahalle (share of the area)");
    auto values = table.values({*fid}, {column});
    REQUIRE(values);
    CHECK(values->value(*fid).value(0).toString() == nameOf(fidA) + QStringLiteral(" (100%)"));

    // Deleting the mahalle takes the share with it; undo puts it back.
    const QString parts = s.dump(QStringLiteral("geisep_area_parts"));
    auto removed = editor.deleteFeatures(s.mahalle.id, {fidA});
    REQUIRE(removed);
    CHECK(db.queryInt("SELECT count(*) FROM geisep_area_parts").value() == 0);
    REQUIRE(editor.restore(*removed));
    CHECK(s.dump(QStringLiteral("geisep_area_parts")) == parts);
    CHECK(test::gdalValidate({s.path}).isEmpty());
}
