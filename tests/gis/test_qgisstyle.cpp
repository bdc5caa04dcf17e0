// Each layer's style written for QGIS into the GeoPackage's layer_styles table, as QGIS itself
// stores styles there: checked against the style everywhere, and loaded by PyQGIS where QGIS is
// installed.
#include "core/project.h"
#include "gis/io/qgisstyle.h"
#include "gis/map/layerdata.h"
#include "gis/map/maplayer.h"
#include "tests/support/support.h"

#include <QFile>
#include <QXmlStreamReader>

#include <catch2/catch.hpp>

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
    QString qml(const QString &table)
    {
        auto stmt = project->db().prepare("SELECT styleQML FROM layer_styles WHERE f_table_name "
                                          "= ? AND useAsDefault = 1");
        REQUIRE(stmt);
        stmt->bind(1, table);
        REQUIRE(stmt->step().value_or(false));
        return stmt->text(0);
    }
};

struct QmlRule
{
    QString filter;
    QString symbol;
    QString label;
};

struct ParsedQml
{
    QString renderer;
    std::vector<QmlRule> rules;
    QHash<QString, QString> fillBySymbol; // symbol name → its fill colour "r,g,b,a"
    QString labelField;
    bool labelsEnabled = false;
};

ParsedQml parse(const QString &qml)
{
    ParsedQml out;
    QXmlStreamReader xml(qml);
    QString symbol;
    while (!xml.atEnd()) {
        if (xml.readNext() != QXmlStreamReader::StartElement)
            continue;
        const auto a = xml.attributes();
        if (xml.name() == u"qgis")
            out.labelsEnabled = a.value(QStringLiteral("labelsEnabled")) == u"1";
        else if (xml.name() == u"renderer-v2")
            out.renderer = a.value(QStringLiteral("type")).toString();
        else if (xml.name() == u"rule")
            out.rules.push_back({a.value(QStringLiteral("filter")).toString(),
                                 a.value(QStringLiteral("symbol")).toString(),
                                 a.value(QStringLiteral("label")).toString()});
        else if (xml.name() == u"symbol")
            symbol = a.value(QStringLiteral("name")).toString();
        else if (xml.name() == u"prop" && a.value(QStringLiteral("k")) == u"color")
            out.fillBySymbol.insert(symbol, a.value(QStringLiteral("v")).toString());
        else if (xml.name() == u"text-style")
            out.labelField = a.value(QStringLiteral("fieldName")).toString();
    }
    INFO(xml.errorString().toStdString() << " at line " << xml.lineNumber());
    REQUIRE_FALSE(xml.hasError());
    return out;
}

QString rgba(const QColor &c, double alpha)
{
    return QStringLiteral("%1,%2,%3,%4")
        .arg(c.red())
        .arg(c.green())
        .arg(c.blue())
        .arg(qRound(c.alpha() * alpha));
}

} // namespace

TEST_CASE("A graduated style is written for QGIS as a rule per class over the features in it, "
          "with its colours and labels, and follows every style change",
          "[qgisstyle]")
{
    Sample s;
    Database &db = s.project->db();
    // Every layer of the sample has its default QGIS style.
    CHECK(db.queryInt("SELECT count(DISTINCT f_table_name) FROM layer_styles WHERE useAsDefault "
                      "= 1")
              .value()
          == s.project->layers().size());

    LayerStyle style = LayerStyle::forRole(LayerRole::MigrantArea);
    style.field = QStringLiteral("figure.population");
    style.classes = 4;
    style.fillOpacity = 0.8;
    style.labelField = QStringLiteral("area.name");
    REQUIRE(saveStyle(db, s.mahalle.id, style));
    CHECK(db.queryInt("SELECT count(*) FROM layer_styles WHERE useAsDefault = 1 AND f_table_name "
                      "= (SELECT table_name FROM geisep_layers WHERE role = 'muhtar_district')")
              .value()
          == 1);

    // What the map draws, to compare with.
    MapLayer layer;
    layer.id = s.mahalle.id;
    layer.table = s.mahalle.tableName;
    layer.role = s.mahalle.role;
    auto geometry = loadLayerGeometry(db, layer.table, layer.id, layer.role);
    REQUIRE(geometry);
    layer.geometry = std::make_shared<const LayerGeometry>(std::move(*geometry));
    REQUIRE(applyStyle(db, layer, style));
    REQUIRE(layer.classColors.size() == 4);

    const ParsedQml qml = parse(s.qml(s.mahalle.tableName));
    CHECK(qml.renderer == u"RuleRenderer");
    CHECK(qml.labelsEnabled);
    CHECK(qml.labelField == u"name"); // the column that names the areas
    REQUIRE(qml.rules.size() == 5);   // four classes and the rest ("no data")
    CHECK(qml.rules.back().filter == u"ELSE");
    CHECK(qml.rules.back().label == u"No data"); // in the window's language
    std::size_t listed = 0;
    for (int k = 0; k < 4; ++k) {
        const QmlRule &rule = qml.rules[std::size_t(k)];
        QStringList expected;
        for (std::size_t f = 0; f < layer.klass.size(); ++f)
            if (layer.klass[f] == k)
                expected << QString::number(layer.geometry->fids[f]);
        CHECK(rule.filter == QStringLiteral("\"fid\" IN (%1)").arg(expected.join(u',')));
        CHECK(qml.fillBySymbol.value(rule.symbol) == rgba(layer.classColors[std::size_t(k)], 0.8));
        CHECK(rule.label.contains(u'–'));
        listed += std::size_t(expected.size());
    }
    const auto noData = std::count(layer.klass.begin(), layer.klass.end(), std::int16_t(-1));
    CHECK(listed + std::size_t(noData) == layer.geometry->featureCount());

    // Back to a single outline: one symbol, no rules, still one default row.
    REQUIRE(saveStyle(db, s.mahalle.id, LayerStyle::forRole(s.mahalle.role)));
    const ParsedQml single = parse(s.qml(s.mahalle.tableName));
    CHECK(single.renderer == u"singleSymbol");
    CHECK(single.rules.empty());
    const QString sld
        = db.queryText("SELECT styleSLD FROM layer_styles WHERE useAsDefault = 1 AND f_table_name "
                       "= (SELECT table_name FROM geisep_layers WHERE role = 'muhtar_district')")
              .value();
    CHECK(sld.contains(QStringLiteral("<se:PolygonSymbolizer>")));
    CHECK(test::gdalValidate({s.path}).isEmpty());
}

TEST_CASE("QGIS loads the project's layers with the workbench's colours and labels",
          "[qgisstyle][qgis]")
{
    const QString python = QStringLiteral("/usr/bin/python3");
    const auto probe
        = test::run(python, {QStringLiteral("-c"), QStringLiteral("import qgis.core")});
    if (probe.exitCode != 0) {
        WARN("QGIS is not installed (apt-get install qgis python3-qgis): the PyQGIS check is "
             "skipped; the QML is checked against the style above.");
        return;
    }
    Sample s;
    LayerStyle style = LayerStyle::forRole(LayerRole::MigrantArea);
    style.field = QStringLiteral("figure.population");
    style.classes = 5;
    style.labelField = QStringLiteral("area.name");
    REQUIRE(saveStyle(s.project->db(), s.mahalle.id, style));
    MapLayer layer;
    layer.id = s.mahalle.id;
    layer.table = s.mahalle.tableName;
    layer.role = s.mahalle.role;
    auto geometry = loadLayerGeometry(s.project->db(), layer.table, layer.id, layer.role);
    REQUIRE(geometry);
    layer.geometry = std::make_shared<const LayerGeometry>(std::move(*geometry));
    REQUIRE(applyStyle(s.project->db(), layer, style));
    // The colour QGIS gives each feature, by feature number.
    const QString script = QStringLiteral(
        "import sys\n"
        "from qgis.core import QgsApplication, QgsVectorLayer, QgsRenderContext\n"
        "app = QgsApplication([], False)\n"
        "app.initQgis()\n"
        "layer = QgsVectorLayer(sys.argv[1] + '|layername=' + sys.argv[2], 'm', 'ogr')\n"
        "r = layer.renderer().clone()\n"
        "ctx = QgsRenderContext()\n"
        "r.startRender(ctx, layer.fields())\n"
        "print('renderer', r.type(), 'labels', int(layer.labelsEnabled()),\n"
        "      layer.labeling().settings().fieldName if layer.labeling() else '')\n"
        "for f in layer.getFeatures():\n"
        "    sym = r.symbolsForFeature(f, ctx)\n"
        "    print(f.id(), sym[0].color().name() if sym else 'none')\n"
        "r.stopRender(ctx)\n"
        "sys.stdout.flush()\n"
        "import os\n"
        "os._exit(0)  # PyQGIS 3.22 may crash tearing down; what it printed is what counts\n");
    const QString file = s.dir.path(QStringLiteral("check.py"));
    QFile out(file);
    REQUIRE(out.open(QIODevice::WriteOnly));
    out.write(script.toUtf8());
    out.close();
    s.project.reset(); // closed, as a colleague would get it
    const auto r = test::run(python, {file, s.path, layer.table}, 180000);
    INFO(r.err.toStdString());
    REQUIRE(r.exitCode == 0);
    const QStringList lines = r.out.split(u'\n', Qt::SkipEmptyParts);
    REQUIRE_FALSE(lines.isEmpty());
    CHECK(lines.first() == u"renderer RuleRenderer labels 1 name");
    int compared = 0;
    for (const QString &line : lines.mid(1)) {
        const QStringList parts = line.split(u' ');
        if (parts.size() != 2)
            continue;
        const auto f = layer.geometry->indexOfFid(parts[0].toLongLong());
        REQUIRE(f);
        CHECK(parts[1] == layer.featureColor(*f).name());
        ++compared;
    }
    CHECK(compared == 330);
}
