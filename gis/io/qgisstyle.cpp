#include "gis/io/qgisstyle.h"

#include "gis/io/importer.h"
#include "gis/map/layerdata.h"
#include "gis/map/legend.h"
#include "gis/print/printwords.h"

#include <QXmlStreamWriter>

namespace geisep {

namespace {

QString rgba(const QColor &c, double alpha = 1.0)
{
    return QStringLiteral("%1,%2,%3,%4")
        .arg(c.red())
        .arg(c.green())
        .arg(c.blue())
        .arg(qRound(c.alpha() * std::clamp(alpha, 0.0, 1.0)));
}

QString markerName(LayerStyle::Marker m)
{
    switch (m) {
    case LayerStyle::Marker::Square:
        return QStringLiteral("square");
    case LayerStyle::Marker::Triangle:
        return QStringLiteral("triangle");
    case LayerStyle::Marker::Cross:
        return QStringLiteral("cross");
    case LayerStyle::Marker::Diamond:
        return QStringLiteral("diamond");
    case LayerStyle::Marker::Circle:
        break;
    }
    return QStringLiteral("circle");
}

void prop(QXmlStreamWriter &xml, const char *key, const QString &value)
{
    xml.writeStartElement(QStringLiteral("prop"));
    xml.writeAttribute(QStringLiteral("k"), QString::fromLatin1(key));
    xml.writeAttribute(QStringLiteral("v"), value);
    xml.writeEndElement();
}

// One QGIS symbol named `name`: a simple fill, line or marker in the style's colours.
void symbol(QXmlStreamWriter &xml, const QString &name, LayerGeometry::Kind kind,
            const LayerStyle &style, const QColor &fill, LayerStyle::Marker marker)
{
    const QString width = QString::number(style.strokeWidth, 'g', 6);
    xml.writeStartElement(QStringLiteral("symbol"));
    xml.writeAttribute(QStringLiteral("type"),
                       kind == LayerGeometry::Kind::Polygons ? QStringLiteral("fill")
                       : kind == LayerGeometry::Kind::Lines  ? QStringLiteral("line")
                                                             : QStringLiteral("marker"));
    xml.writeAttribute(QStringLiteral("name"), name);
    xml.writeAttribute(QStringLiteral("alpha"), QStringLiteral("1"));
    xml.writeAttribute(QStringLiteral("clip_to_extent"), QStringLiteral("1"));
    xml.writeAttribute(QStringLiteral("force_rhr"), QStringLiteral("0"));
    xml.writeStartElement(QStringLiteral("layer"));
    xml.writeAttribute(QStringLiteral("enabled"), QStringLiteral("1"));
    xml.writeAttribute(QStringLiteral("locked"), QStringLiteral("0"));
    xml.writeAttribute(QStringLiteral("pass"), QStringLiteral("0"));
    switch (kind) {
    case LayerGeometry::Kind::Polygons:
        xml.writeAttribute(QStringLiteral("class"), QStringLiteral("SimpleFill"));
        prop(xml, "color", rgba(fill, style.fillOpacity));
        prop(xml, "style", style.fillOpacity <= 0 ? QStringLiteral("no") : QStringLiteral("solid"));
        prop(xml, "outline_color", rgba(style.stroke));
        prop(xml, "outline_style",
             style.strokeWidth <= 0 ? QStringLiteral("no") : QStringLiteral("solid"));
        prop(xml, "outline_width", width);
        prop(xml, "outline_width_unit", QStringLiteral("Pixel"));
        prop(xml, "joinstyle", QStringLiteral("round"));
        break;
    case LayerGeometry::Kind::Lines:
        xml.writeAttribute(QStringLiteral("class"), QStringLiteral("SimpleLine"));
        prop(xml, "line_color", rgba(style.kind == LayerStyle::Kind::Single ? style.stroke : fill));
        prop(xml, "line_style", QStringLiteral("solid"));
        prop(xml, "line_width", width);
        prop(xml, "line_width_unit", QStringLiteral("Pixel"));
        prop(xml, "capstyle", QStringLiteral("round"));
        break;
    case LayerGeometry::Kind::Points:
        xml.writeAttribute(QStringLiteral("class"), QStringLiteral("SimpleMarker"));
        prop(xml, "name", markerName(marker));
        prop(xml, "color", rgba(fill));
        prop(xml, "outline_color", rgba(style.stroke));
        prop(xml, "outline_width", width);
        prop(xml, "outline_width_unit", QStringLiteral("Pixel"));
        prop(xml, "size", QString::number(style.pointSize, 'g', 6));
        prop(xml, "size_unit", QStringLiteral("Pixel"));
        break;
    }
    xml.writeEndElement(); // layer
    xml.writeEndElement(); // symbol
}

// The legend rows of a classified layer with, for each, the features that fall in it.
struct Rule
{
    QString label;
    QColor fill;
    LayerStyle::Marker marker;
    std::vector<qint64> fids;
    bool isElse = false;
};

std::vector<Rule> rules(const MapLayer &layer)
{
    const PrintWords words = PrintWords::inWindowLanguage();
    const std::vector<std::shared_ptr<const MapLayer>> one{
        std::shared_ptr<const MapLayer>(&layer, [](const MapLayer *) {})};
    const auto groups = legendGroups(
        one, words.turkish ? QLocale(QLocale::Turkish, QLocale::Turkey) : QLocale::c(),
        [&](const QString &f) { return words.fieldTitle(f); },
        [&](const QString &s) { return words.service(s); }, words.text("No data", "Veri yok"));
    std::vector<Rule> out;
    if (groups.empty())
        return out;
    const LegendGroup &group = groups.front();
    const std::size_t classes = layer.style.kind == LayerStyle::Kind::Categorized
                                    ? layer.style.categories.size()
                                    : layer.classColors.size();
    for (std::size_t k = 0; k < group.rows.size(); ++k) {
        const LegendRow &row = group.rows[k];
        Rule rule{row.label, row.fill, row.marker, {}, k >= classes};
        out.push_back(std::move(rule));
    }
    const LayerGeometry &g = *layer.geometry;
    for (std::size_t f = 0; f < g.featureCount() && f < layer.klass.size(); ++f) {
        const int k = layer.klass[f];
        if (k >= 0 && std::size_t(k) < classes && std::size_t(k) < out.size())
            out[std::size_t(k)].fids.push_back(g.fids[f]);
    }
    if (std::none_of(out.begin(), out.end(), [](const Rule &r) { return r.isElse; }))
        out.push_back({words.text("No data", "Veri yok"),
                       QColor(0xc8, 0xc8, 0xc8),
                       layer.style.marker,
                       {},
                       true});
    return out;
}

QString fidFilter(const std::vector<qint64> &fids)
{
    QStringList list;
    list.reserve(qsizetype(fids.size()));
    for (const qint64 fid : fids)
        list << QString::number(fid);
    return QStringLiteral("\"fid\" IN (%1)").arg(list.join(u','));
}

QString qml(const MapLayer &layer, const std::vector<Rule> &classified, const QString &labelColumn)
{
    const LayerStyle &style = layer.style;
    const LayerGeometry::Kind kind
        = layer.geometry ? layer.geometry->kind : LayerGeometry::Kind::Polygons;
    QString out;
    QXmlStreamWriter xml(&out);
    xml.setAutoFormatting(true);
    xml.writeStartDocument();
    xml.writeDTD(QStringLiteral("<!DOCTYPE qgis PUBLIC 'http://mrcc.com/qgis.dtd' 'SYSTEM'>"));
    xml.writeStartElement(QStringLiteral("qgis"));
    xml.writeAttribute(QStringLiteral("version"), QStringLiteral("3.22.0"));
    xml.writeAttribute(QStringLiteral("styleCategories"),
                       QStringLiteral("Symbology|Labeling|Rendering"));
    xml.writeAttribute(QStringLiteral("labelsEnabled"),
                       labelColumn.isEmpty() ? QStringLiteral("0") : QStringLiteral("1"));
    // QGIS's minScale is the farthest out a layer shows, maxScale the closest in.
    const bool scaled = style.minScale > 0 || style.maxScale > 0;
    xml.writeAttribute(QStringLiteral("hasScaleBasedVisibilityFlag"),
                       scaled ? QStringLiteral("1") : QStringLiteral("0"));
    xml.writeAttribute(QStringLiteral("minScale"), QString::number(style.maxScale, 'f', 0));
    xml.writeAttribute(QStringLiteral("maxScale"), QString::number(style.minScale, 'f', 0));

    xml.writeStartElement(QStringLiteral("renderer-v2"));
    xml.writeAttribute(QStringLiteral("forceraster"), QStringLiteral("0"));
    xml.writeAttribute(QStringLiteral("symbollevels"), QStringLiteral("0"));
    xml.writeAttribute(QStringLiteral("enableorderby"), QStringLiteral("0"));
    if (style.kind == LayerStyle::Kind::Single) {
        xml.writeAttribute(QStringLiteral("type"), QStringLiteral("singleSymbol"));
        xml.writeStartElement(QStringLiteral("symbols"));
        symbol(xml, QStringLiteral("0"), kind, style, style.fill, style.marker);
        xml.writeEndElement();
    } else {
        xml.writeAttribute(QStringLiteral("type"), QStringLiteral("RuleRenderer"));
        xml.writeStartElement(QStringLiteral("rules"));
        xml.writeAttribute(QStringLiteral("key"), QStringLiteral("root"));
        for (std::size_t r = 0; r < classified.size(); ++r) {
            const Rule &rule = classified[r];
            if (!rule.isElse && rule.fids.empty())
                continue; // a class no feature falls in: in the legend of neither program
            xml.writeStartElement(QStringLiteral("rule"));
            xml.writeAttribute(QStringLiteral("key"), QStringLiteral("rule_%1").arg(r));
            xml.writeAttribute(QStringLiteral("symbol"), QString::number(r));
            xml.writeAttribute(QStringLiteral("label"), rule.label);
            xml.writeAttribute(QStringLiteral("filter"),
                               rule.isElse ? QStringLiteral("ELSE") : fidFilter(rule.fids));
            xml.writeEndElement();
        }
        xml.writeEndElement();
        xml.writeStartElement(QStringLiteral("symbols"));
        for (std::size_t r = 0; r < classified.size(); ++r)
            symbol(xml, QString::number(r), kind, style, classified[r].fill, classified[r].marker);
        xml.writeEndElement();
    }
    xml.writeEndElement(); // renderer-v2

    if (!labelColumn.isEmpty()) {
        xml.writeStartElement(QStringLiteral("labeling"));
        xml.writeAttribute(QStringLiteral("type"), QStringLiteral("simple"));
        xml.writeStartElement(QStringLiteral("settings"));
        xml.writeAttribute(QStringLiteral("calloutType"), QStringLiteral("simple"));
        xml.writeStartElement(QStringLiteral("text-style"));
        xml.writeAttribute(QStringLiteral("fieldName"), labelColumn);
        xml.writeAttribute(QStringLiteral("isExpression"), QStringLiteral("0"));
        xml.writeAttribute(QStringLiteral("fontSize"), QString::number(style.labelSizePt, 'g', 4));
        xml.writeAttribute(QStringLiteral("fontSizeUnit"), QStringLiteral("Point"));
        xml.writeAttribute(QStringLiteral("textColor"), QStringLiteral("40,40,40,255"));
        xml.writeStartElement(QStringLiteral("text-buffer"));
        xml.writeAttribute(QStringLiteral("bufferDraw"), QStringLiteral("1"));
        xml.writeAttribute(QStringLiteral("bufferSize"), QStringLiteral("1"));
        xml.writeAttribute(QStringLiteral("bufferSizeUnits"), QStringLiteral("MM"));
        xml.writeAttribute(QStringLiteral("bufferColor"), QStringLiteral("255,255,255,255"));
        xml.writeEndElement(); // text-buffer
        xml.writeEndElement(); // text-style
        xml.writeStartElement(QStringLiteral("placement"));
        xml.writeAttribute(QStringLiteral("placement"), kind == LayerGeometry::Kind::Polygons
                                                            ? QStringLiteral("1")
                                                            : QStringLiteral("0"));
        xml.writeEndElement();
        xml.writeEndElement(); // settings
        xml.writeEndElement(); // labeling
    }
    xml.writeTextElement(QStringLiteral("layerOpacity"), QString::number(layer.opacity, 'g', 4));
    xml.writeEndElement(); // qgis
    xml.writeEndDocument();
    return out;
}

void sldSymbolizer(QXmlStreamWriter &xml, LayerGeometry::Kind kind, const LayerStyle &style,
                   const QColor &fill, LayerStyle::Marker marker)
{
    const auto css = [&](const char *name, const QString &value) {
        xml.writeStartElement(QStringLiteral("se:SvgParameter"));
        xml.writeAttribute(QStringLiteral("name"), QString::fromLatin1(name));
        xml.writeCharacters(value);
        xml.writeEndElement();
    };
    const auto stroke = [&](const QColor &color) {
        xml.writeStartElement(QStringLiteral("se:Stroke"));
        css("stroke", color.name());
        css("stroke-width", QString::number(style.strokeWidth, 'g', 6));
        xml.writeEndElement();
    };
    switch (kind) {
    case LayerGeometry::Kind::Polygons:
        xml.writeStartElement(QStringLiteral("se:PolygonSymbolizer"));
        xml.writeStartElement(QStringLiteral("se:Fill"));
        css("fill", fill.name());
        css("fill-opacity", QString::number(style.fillOpacity, 'g', 4));
        xml.writeEndElement();
        stroke(style.stroke);
        xml.writeEndElement();
        break;
    case LayerGeometry::Kind::Lines:
        xml.writeStartElement(QStringLiteral("se:LineSymbolizer"));
        stroke(style.kind == LayerStyle::Kind::Single ? style.stroke : fill);
        xml.writeEndElement();
        break;
    case LayerGeometry::Kind::Points:
        xml.writeStartElement(QStringLiteral("se:PointSymbolizer"));
        xml.writeStartElement(QStringLiteral("se:Graphic"));
        xml.writeStartElement(QStringLiteral("se:Mark"));
        xml.writeTextElement(QStringLiteral("se:WellKnownName"), markerName(marker));
        xml.writeStartElement(QStringLiteral("se:Fill"));
        css("fill", fill.name());
        xml.writeEndElement();
        stroke(style.stroke);
        xml.writeEndElement(); // Mark
        xml.writeTextElement(QStringLiteral("se:Size"), QString::number(style.pointSize, 'g', 4));
        xml.writeEndElement(); // Graphic
        xml.writeEndElement();
        break;
    }
}

QString sld(const MapLayer &layer, const std::vector<Rule> &classified)
{
    const LayerStyle &style = layer.style;
    const LayerGeometry::Kind kind
        = layer.geometry ? layer.geometry->kind : LayerGeometry::Kind::Polygons;
    QString out;
    QXmlStreamWriter xml(&out);
    xml.setAutoFormatting(true);
    xml.writeStartDocument();
    xml.writeStartElement(QStringLiteral("StyledLayerDescriptor"));
    xml.writeAttribute(QStringLiteral("xmlns"), QStringLiteral("http://www.opengis.net/sld"));
    xml.writeAttribute(QStringLiteral("xmlns:ogc"), QStringLiteral("http://www.opengis.net/ogc"));
    xml.writeAttribute(QStringLiteral("xmlns:se"), QStringLiteral("http://www.opengis.net/se"));
    xml.writeAttribute(QStringLiteral("version"), QStringLiteral("1.1.0"));
    xml.writeStartElement(QStringLiteral("NamedLayer"));
    xml.writeTextElement(QStringLiteral("se:Name"), layer.name);
    xml.writeStartElement(QStringLiteral("UserStyle"));
    xml.writeTextElement(QStringLiteral("se:Name"), layer.name);
    xml.writeStartElement(QStringLiteral("se:FeatureTypeStyle"));
    if (style.kind == LayerStyle::Kind::Single) {
        xml.writeStartElement(QStringLiteral("se:Rule"));
        xml.writeTextElement(QStringLiteral("se:Name"), layer.name);
        sldSymbolizer(xml, kind, style, style.fill, style.marker);
        xml.writeEndElement();
    } else {
        for (const Rule &rule : classified) {
            if (!rule.isElse && rule.fids.empty())
                continue;
            xml.writeStartElement(QStringLiteral("se:Rule"));
            xml.writeTextElement(QStringLiteral("se:Name"), rule.label);
            if (rule.isElse) {
                xml.writeEmptyElement(QStringLiteral("se:ElseFilter"));
            } else {
                xml.writeStartElement(QStringLiteral("ogc:Filter"));
                for (const qint64 fid : rule.fids) {
                    xml.writeStartElement(QStringLiteral("ogc:FeatureId"));
                    xml.writeAttribute(QStringLiteral("fid"),
                                       QStringLiteral("%1.%2").arg(layer.table).arg(fid));
                    xml.writeEndElement();
                }
                xml.writeEndElement();
            }
            sldSymbolizer(xml, kind, style, rule.fill, rule.marker);
            xml.writeEndElement();
        }
    }
    xml.writeEndElement(); // FeatureTypeStyle
    xml.writeEndElement(); // UserStyle
    xml.writeEndElement(); // NamedLayer
    xml.writeEndElement();
    xml.writeEndDocument();
    return out;
}

// The column of the layer's table that the style's labels show, or empty.
QString labelColumnOf(Database &db, const MapLayer &layer)
{
    const QString field = layer.style.labelField;
    if (field.startsWith(u"field."))
        return field.mid(6);
    if (!field.startsWith(u"area."))
        return {};
    const auto table = Identifier::make(layer.table);
    if (!table)
        return {};
    auto stmt = db.prepareWith("SELECT * FROM %1 LIMIT 0", {*table});
    if (!stmt)
        return {};
    QStringList names;
    for (int c = 0; c < stmt->columnCount(); ++c)
        names << stmt->columnName(c);
    const AreaColumns columns = areaColumnsOf(names);
    const int at = field == u"area.name"       ? columns.name
                   : field == u"area.code"     ? columns.code
                   : field == u"area.district" ? columns.district
                                               : -1;
    return at >= 0 ? names[at] : QString();
}

} // namespace

QgisStyle qgisStyle(const MapLayer &layer, const QString &labelColumn)
{
    const std::vector<Rule> classified
        = layer.style.kind == LayerStyle::Kind::Single ? std::vector<Rule>() : rules(layer);
    return {qml(layer, classified, labelColumn), sld(layer, classified)};
}

Result<void> writeQgisStyle(Database &db, qint64 layerId)
{
    auto row = db.prepare("SELECT table_name, name, role, opacity, kind FROM geisep_layers WHERE "
                          "id = ?");
    if (!row)
        return std::unexpected(row.error());
    row->bind(1, layerId);
    auto found = row->step();
    if (!found)
        return std::unexpected(found.error());
    if (!*found || row->text(4) != u"vector")
        return {};
    MapLayer layer;
    layer.id = layerId;
    layer.table = row->text(0);
    layer.name = row->text(1);
    layer.role = storedRole(row->text(2));
    layer.opacity = row->isNull(3) ? 1.0 : std::clamp(row->real(3), 0.0, 1.0);
    auto geometry = loadLayerGeometry(db, layer.table, layerId, layer.role);
    if (!geometry)
        return {}; // a layer that cannot be read keeps the QGIS style it had
    layer.geometry = std::make_shared<const LayerGeometry>(std::move(*geometry));
    if (auto ok = applyStyle(db, layer, savedStyle(db, layerId, layer.role)); !ok) {
        LayerStyle plain = LayerStyle::forRole(layer.role);
        plain.kind = LayerStyle::Kind::Single;
        plain.labelField.clear();
        if (auto again = applyStyle(db, layer, plain); !again)
            return again;
    }
    const QgisStyle style = qgisStyle(layer, labelColumnOf(db, layer));

    if (auto ok = db.exec(
            "CREATE TABLE IF NOT EXISTS layer_styles (id INTEGER PRIMARY KEY AUTOINCREMENT, "
            "f_table_catalog TEXT(256), f_table_schema TEXT(256), f_table_name TEXT(256), "
            "f_geometry_column TEXT(256), styleName TEXT(30), styleQML TEXT, styleSLD TEXT, "
            "useAsDefault BOOLEAN, description TEXT, owner TEXT(30), ui TEXT(30), update_time "
            "DATETIME DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')));"
            "INSERT OR IGNORE INTO gpkg_contents (table_name, data_type, identifier, description) "
            "VALUES ('layer_styles', 'attributes', 'layer_styles', 'QGIS layer styles');");
        !ok)
        return ok;
    auto clear = db.prepare("DELETE FROM layer_styles WHERE f_table_name = ? AND styleName = ?");
    if (!clear)
        return std::unexpected(clear.error());
    clear->bind(1, layer.table).bind(2, layer.table);
    if (auto ok = clear->exec(); !ok)
        return ok;
    auto others = db.prepare("UPDATE layer_styles SET useAsDefault = 0 WHERE f_table_name = ?");
    if (!others)
        return std::unexpected(others.error());
    if (auto ok = others->bind(1, layer.table).exec(); !ok)
        return ok;
    auto insert = db.prepare(
        "INSERT INTO layer_styles (f_table_catalog, f_table_schema, f_table_name, "
        "f_geometry_column, styleName, styleQML, styleSLD, useAsDefault, description, owner) "
        "VALUES ('', '', ?, 'geom', ?, ?, ?, 1, ?, 'GEİSEP Workbench')");
    if (!insert)
        return std::unexpected(insert.error());
    insert->bind(1, layer.table).bind(2, layer.table).bind(3, style.qml).bind(4, style.sld);
    insert->bind(5, QStringLiteral("Written by GEİSEP Workbench with every style change"));
    return insert->exec();
}

} // namespace geisep
