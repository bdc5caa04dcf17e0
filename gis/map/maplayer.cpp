#include "gis/map/maplayer.h"

#include "gis/io/qgisstyle.h"

#include "core/plan/planviews.h"
#include "gis/analysis/analysis.h"

#include <QJsonDocument>

#include <cmath>
#include <limits>

namespace geisep {

namespace {

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

const QStringList kAreaFields
    = {QStringLiteral("name"), QStringLiteral("district"), QStringLiteral("code")};

bool layerHasAreas(Database &db, qint64 layerId)
{
    auto stmt = db.prepare("SELECT 1 FROM geisep_areas WHERE layer_id = ? LIMIT 1");
    if (!stmt)
        return false;
    stmt->bind(1, layerId);
    // Only decides which fields the style dialog offers: unreadable reads as "no areas", as a
    // failed prepare does; drawing the layer reports the error.
    return stmt->step().value_or(false);
}

// The latest figure of `variable` for each area of the layer, by fid.
Result<std::vector<double>> latestFigure(Database &db, qint64 layerId,
                                         const LayerGeometry &geometry, const QString &variable)
{
    std::vector<double> out(geometry.featureCount(), kNaN);
    auto stmt = db.prepare(
        "SELECT a.fid, f.value FROM geisep_areas a JOIN geisep_area_figures f ON f.area_id = a.id "
        "WHERE a.layer_id = ?1 AND f.variable = ?2 AND f.period = (SELECT MAX(f2.period) FROM "
        "geisep_area_figures f2 JOIN geisep_areas a2 ON a2.id = f2.area_id WHERE a2.layer_id = "
        "?1 AND f2.variable = ?2)");
    if (!stmt)
        return std::unexpected(stmt.error());
    stmt->bind(1, layerId).bind(2, variable);
    auto rows = stmt->forEachRow([&] {
        if (const auto f = geometry.indexOfFid(stmt->int64(0)); f && !stmt->isNull(1))
            out[*f] = stmt->real(1);
    });
    if (!rows)
        return std::unexpected(rows.error());
    return out;
}

// The results of the newest run of each kind on the layer, as style fields.
QStringList analysisFields(Database &db, qint64 layerId)
{
    QStringList fields;
    for (const QString &kind :
         {QStringLiteral("coverage"), QStringLiteral("pressure"), QStringLiteral("projection")}) {
        const qint64 run = Analyses::latestRun(db, kind, layerId).value_or(0);
        if (run == 0)
            continue;
        auto stmt = db.prepare("SELECT DISTINCT variable, coalesce(category, '') FROM "
                               "geisep_analysis_results WHERE run_id = ? ORDER BY category, "
                               "variable");
        if (!stmt)
            continue;
        stmt->bind(1, run);
        // Fields offered for styling (see layerHasAreas): a read error offers fewer.
        while (stmt->step().value_or(false))
            fields << QStringLiteral("analysis.%1.%2").arg(kind, stmt->text(0))
                          + (stmt->text(1).isEmpty() ? QString() : u'.' + stmt->text(1));
    }
    return fields;
}

} // namespace

QColor MapLayer::featureColor(std::size_t f) const
{
    const int k = f < klass.size() ? klass[f] : -1;
    switch (style.kind) {
    case LayerStyle::Kind::Single:
        return style.fill;
    case LayerStyle::Kind::Categorized:
    case LayerStyle::Kind::Graduated:
        if (k >= 0 && std::size_t(k) < classColors.size())
            return classColors[std::size_t(k)];
        return QColor(0xc8, 0xc8, 0xc8); // no data: neutral grey
    }
    return style.fill;
}

LayerStyle::Marker MapLayer::featureMarker(std::size_t f) const
{
    if (style.kind == LayerStyle::Kind::Categorized && f < klass.size() && klass[f] >= 0
        && std::size_t(klass[f]) < style.categories.size())
        return style.categories[std::size_t(klass[f])].marker;
    return style.marker;
}

namespace {

// The texts of values that are numbers only: the numbers written out.
void fillTexts(FieldValues &out)
{
    for (std::size_t f = 0; f < out.numbers.size(); ++f)
        if (std::isfinite(out.numbers[f]))
            out.texts[f] = QString::number(out.numbers[f]);
}

// area.<name>: a column of the layer's geisep_areas rows (name is one of kAreaFields).
Result<void> areaValues(Database &db, qint64 layerId, const LayerGeometry &geometry,
                        const QString &name, FieldValues &out)
{
    auto stmt = db.prepareWith("SELECT fid, %1 FROM geisep_areas WHERE layer_id = ?",
                               {*Identifier::make(name)});
    if (!stmt) // geisep_areas missing or damaged: validate says so; draw without values
        return std::unexpected(stmt.error());
    stmt->bind(1, layerId);
    return stmt->forEachRow([&] {
        if (const auto f = geometry.indexOfFid(stmt->int64(0))) {
            out.texts[*f] = stmt->text(1);
            bool ok = false;
            const double v = out.texts[*f].toDouble(&ok);
            out.numbers[*f] = ok ? v : kNaN;
        }
    });
}

// derived.density, derived.migrant_share, derived.migrants_per_1000: from the latest figures.
Result<void> derivedValues(Database &db, qint64 layerId, const LayerGeometry &geometry,
                           const QString &name, FieldValues &out)
{
    const std::size_t n = geometry.featureCount();
    auto population = latestFigure(db, layerId, geometry, QStringLiteral("population"));
    if (!population)
        return std::unexpected(population.error());
    if (name == u"density") {
        for (std::size_t f = 0; f < n; ++f) {
            const double km2 = geometry.kind == LayerGeometry::Kind::Polygons
                                   ? featureArea(geometry, f) / 1e6
                                   : 0;
            out.numbers[f] = km2 > 0 ? (*population)[f] / km2 : kNaN;
        }
    } else {
        auto migrants = latestFigure(db, layerId, geometry, QStringLiteral("migrant_population"));
        if (!migrants)
            return std::unexpected(migrants.error());
        const double per = name == u"migrants_per_1000" ? 1000.0 : 100.0;
        for (std::size_t f = 0; f < n; ++f) {
            const double p = (*population)[f], m = (*migrants)[f];
            out.numbers[f] = p > 0 && std::isfinite(m) ? m / p * per : kNaN;
        }
    }
    fillTexts(out);
    return {};
}

// The feature of each area row of the layer, by geisep_areas.id.
Result<QHash<qint64, std::size_t>> featuresOfAreas(Database &db, qint64 layerId,
                                                   const LayerGeometry &geometry)
{
    auto areaFids = db.prepare("SELECT id, fid FROM geisep_areas WHERE layer_id = ?");
    if (!areaFids)
        return std::unexpected(areaFids.error());
    QHash<qint64, std::size_t> featureOf;
    areaFids->bind(1, layerId);
    auto rows = areaFids->forEachRow([&] {
        if (const auto f = geometry.indexOfFid(areaFids->int64(1)))
            featureOf.insert(areaFids->int64(0), *f);
    });
    if (!rows)
        return std::unexpected(rows.error());
    return featureOf;
}

// plan.goals, plan.goals.<SECTOR>: how many goals (of the sector) reach the area.
// plan.unplanned.<share>: "unplanned" where the migrant share is at least <share> % and
// no action reaches the area, "planned" where one does, "below" under the threshold.
Result<void> planValues(Database &db, const QString &table, qint64 layerId,
                        const LayerGeometry &geometry, const QString &name, FieldValues &out)
{
    auto featureOf = featuresOfAreas(db, layerId, geometry);
    if (!featureOf)
        return std::unexpected(featureOf.error());
    if (name == u"goals" || name.startsWith(u"goals.")) {
        auto counts = goalsPerArea(db, name.mid(6));
        if (!counts)
            return std::unexpected(counts.error());
        for (auto it = featureOf->cbegin(); it != featureOf->cend(); ++it)
            out.numbers[*it] = counts->value(it.key(), 0);
        fillTexts(out);
    } else if (name.startsWith(u"unplanned.")) {
        const double threshold = name.mid(10).toDouble();
        auto share = loadFieldValues(db, table, layerId, geometry,
                                     QStringLiteral("derived.migrant_share"));
        if (!share)
            return std::unexpected(share.error());
        auto withAction = areasWithAction(db);
        if (!withAction)
            return std::unexpected(withAction.error());
        for (auto it = featureOf->cbegin(); it != featureOf->cend(); ++it) {
            const double v = share->numbers[*it];
            if (!std::isfinite(v))
                continue;
            out.numbers[*it] = v;
            out.texts[*it] = v < threshold                    ? QStringLiteral("below")
                             : withAction->contains(it.key()) ? QStringLiteral("planned")
                                                              : QStringLiteral("unplanned");
        }
    }
    return {};
}

// analysis.<kind>.<variable>[.<category>] of the newest run of that kind on the layer;
// shares in per cent.
Result<void> analysisValues(Database &db, qint64 layerId, const LayerGeometry &geometry,
                            const QString &name, FieldValues &out)
{
    const QStringList parts = name.split(u'.');
    auto run = Analyses::latestRun(db, parts.value(0), layerId);
    if (!run)
        return std::unexpected(run.error());
    if (*run == 0)
        return {};
    auto values = Analyses::values(db, *run, parts.value(1), parts.mid(2).join(u'.'));
    if (!values)
        return std::unexpected(values.error());
    const double scale = parts.value(1).endsWith(u"share") ? 100 : 1;
    auto areaFids = db.prepare("SELECT id, fid FROM geisep_areas WHERE layer_id = ?");
    if (!areaFids)
        return std::unexpected(areaFids.error());
    areaFids->bind(1, layerId);
    auto rows = areaFids->forEachRow([&] {
        const auto f = geometry.indexOfFid(areaFids->int64(1));
        const auto it = values->constFind(areaFids->int64(0));
        if (f && it != values->cend())
            out.numbers[*f] = *it * scale;
    });
    if (!rows)
        return std::unexpected(rows.error());
    fillTexts(out);
    return {};
}

// A column of the layer's own table.
Result<void> columnValues(Database &db, const QString &table, const LayerGeometry &geometry,
                          const QString &columnName, FieldValues &out)
{
    const auto column = Identifier::make(columnName);
    const auto tableId = Identifier::make(table);
    if (!column || !tableId)
        return {}; // a name this program never writes: no values
    auto stmt = db.prepareWith("SELECT fid, %2 FROM %1", {*tableId, *column});
    if (!stmt)
        return {}; // the column is gone (e.g. a style from another layer): no values
    return stmt->forEachRow([&] {
        if (const auto f = geometry.indexOfFid(stmt->int64(0))) {
            out.texts[*f] = stmt->text(1);
            const QVariant v = stmt->value(1);
            bool ok = false;
            const double d = v.toDouble(&ok);
            out.numbers[*f] = ok && !stmt->isNull(1) ? d : kNaN;
        }
    });
}

} // namespace

Result<FieldValues> loadFieldValues(Database &db, const QString &table, qint64 layerId,
                                    const LayerGeometry &geometry, const QString &field)
{
    FieldValues out;
    const std::size_t n = geometry.featureCount();
    out.numbers.assign(n, kNaN);
    out.texts.assign(n, QString());
    const qsizetype dot = field.indexOf(QLatin1Char('.'));
    const QString kind = field.left(dot), name = field.mid(dot + 1);
    Result<void> read;
    if (kind == u"area" && kAreaFields.contains(name)) {
        read = areaValues(db, layerId, geometry, name, out);
    } else if (kind == u"figure") {
        auto values = latestFigure(db, layerId, geometry, name);
        if (!values)
            return std::unexpected(values.error());
        out.numbers = std::move(*values);
        fillTexts(out);
    } else if (kind == u"derived") {
        read = derivedValues(db, layerId, geometry, name, out);
    } else if (kind == u"plan") {
        read = planValues(db, table, layerId, geometry, name, out);
    } else if (kind == u"analysis") {
        read = analysisValues(db, layerId, geometry, name, out);
    } else {
        // field.<column>, or a bare column name.
        read = columnValues(db, table, geometry, kind == u"field" ? name : field, out);
    }
    if (!read)
        return std::unexpected(read.error());
    return out;
}

QStringList styleFields(Database &db, const QString &table, qint64 layerId)
{
    QStringList fields;
    if (layerHasAreas(db, layerId)) {
        fields << QStringLiteral("area.name") << QStringLiteral("area.district")
               << QStringLiteral("area.code");
        auto stmt = db.prepare(
            "SELECT DISTINCT f.variable FROM geisep_area_figures f JOIN geisep_areas a ON "
            "a.id = f.area_id WHERE a.layer_id = ? ORDER BY f.variable");
        if (stmt) {
            stmt->bind(1, layerId);
            // Fields offered for styling (see layerHasAreas): a read error offers fewer.
            while (stmt->step().value_or(false))
                fields << QStringLiteral("figure.") + stmt->text(0);
        }
        fields << QStringLiteral("derived.migrant_share")
               << QStringLiteral("derived.migrants_per_1000") << QStringLiteral("derived.density");
        fields << analysisFields(db, layerId);
    }
    if (const auto id = Identifier::make(table)) {
        auto stmt = db.prepareWith("SELECT * FROM %1 LIMIT 0", {*id});
        if (stmt)
            for (int c = 0; c < stmt->columnCount(); ++c) {
                const QString col = stmt->columnName(c);
                if (col != u"fid" && col != u"geom")
                    fields << QStringLiteral("field.") + col;
            }
    }
    return fields;
}

bool styleFieldIsNumeric(Database &db, const QString &table, const QString &field)
{
    for (const char *prefix : {"figure.", "derived.", "analysis.", "plan."})
        if (field.startsWith(QLatin1String(prefix)))
            return true;
    if (!field.startsWith(u"field."))
        return false;
    auto info = db.prepare("SELECT type FROM pragma_table_info(?) WHERE name = ?");
    if (!info)
        return false;
    info->bind(1, table).bind(2, field.mid(6));
    // A guess for the style dialog's method list; unreadable reads as text, the safe choice.
    if (!info->step().value_or(false))
        return false;
    // SQLite's affinity rules, less the types that hold dates or bytes.
    const QString type = info->text(0).toUpper();
    if (type.isEmpty() || type.contains(u"CHAR") || type.contains(u"CLOB") || type.contains(u"TEXT")
        || type.contains(u"BLOB") || type.contains(u"DATE") || type.contains(u"TIME"))
        return false;
    return true;
}

void classifyGraduated(MapLayer &layer)
{
    const LayerStyle &style = layer.style;
    layer.breaks = classBreaks(layer.values, style.method, style.classes);
    layer.classColors
        = rampColors(style.ramp, int(std::max<std::size_t>(1, layer.breaks.size()) - 1));
    layer.klass.assign(layer.geometry ? layer.geometry->featureCount() : layer.values.size(), -1);
    for (std::size_t f = 0; f < layer.values.size() && f < layer.klass.size(); ++f)
        layer.klass[f] = std::int16_t(classOf(layer.values[f], layer.breaks));
}

Result<void> applyStyle(Database &db, MapLayer &layer, const LayerStyle &style)
{
    layer.style = style;
    const LayerGeometry &g = *layer.geometry;
    const std::size_t n = g.featureCount();
    layer.values.clear();
    layer.texts.clear();
    layer.breaks.clear();
    layer.classColors.clear();
    layer.klass.assign(n, -1);
    layer.labels.clear();
    if (style.kind != LayerStyle::Kind::Single && !style.field.isEmpty()) {
        auto values = loadFieldValues(db, layer.table, layer.id, g, style.field);
        if (!values)
            return std::unexpected(values.error());
        if (style.kind == LayerStyle::Kind::Graduated) {
            layer.values = std::move(values->numbers);
            classifyGraduated(layer);
        } else {
            layer.texts = std::move(values->texts);
            for (const LayerStyle::Category &c : style.categories)
                layer.classColors.push_back(c.color);
            for (std::size_t f = 0; f < n; ++f)
                for (std::size_t k = 0; k < style.categories.size(); ++k)
                    if (style.categories[k].value == layer.texts[f]) {
                        layer.klass[f] = std::int16_t(k);
                        break;
                    }
        }
    }
    if (!style.labelField.isEmpty()) {
        auto labels = loadFieldValues(db, layer.table, layer.id, g, style.labelField);
        if (!labels)
            return std::unexpected(labels.error());
        layer.labels = std::move(labels->texts);
    }
    return {};
}

LayerStyle savedStyle(Database &db, qint64 layerId, LayerRole role)
{
    auto stmt = db.prepare("SELECT definition FROM geisep_styles WHERE layer_id = ? AND "
                           "is_current ORDER BY id DESC LIMIT 1");
    if (stmt) {
        stmt->bind(1, layerId);
        // A style that cannot be read falls back on the role's, as a damaged one does (the
        // validator reports damaged styles).
        if (stmt->step().value_or(false)) {
            const QJsonDocument doc = QJsonDocument::fromJson(stmt->text(0).toUtf8());
            if (doc.isObject())
                return LayerStyle::fromJson(doc.object());
        }
    }
    return LayerStyle::forRole(role);
}

Result<void> saveStyle(Database &db, qint64 layerId, const LayerStyle &style)
{
    auto clear = db.prepare("UPDATE geisep_styles SET is_current = 0 WHERE layer_id = ?");
    if (!clear)
        return std::unexpected(clear.error());
    if (auto r = clear->bind(1, layerId).exec(); !r)
        return r;
    // One row per layer and name: the current style replaces the earlier one of the same name.
    auto del = db.prepare("DELETE FROM geisep_styles WHERE layer_id = ? AND name = 'current'");
    if (!del)
        return std::unexpected(del.error());
    if (auto r = del->bind(1, layerId).exec(); !r)
        return r;
    auto insert = db.prepare("INSERT INTO geisep_styles (layer_id, name, definition, is_current) "
                             "VALUES (?, 'current', ?, 1)");
    if (!insert)
        return std::unexpected(insert.error());
    const QString json
        = QString::fromUtf8(QJsonDocument(style.toJson()).toJson(QJsonDocument::Compact));
    if (auto ok = insert->bind(1, layerId).bind(2, json).exec(); !ok)
        return ok;
    // The same style for colleagues who open the project in QGIS.
    return writeQgisStyle(db, layerId);
}

Result<std::vector<std::shared_ptr<MapLayer>>>
loadMapLayers(Database &db, const std::vector<std::shared_ptr<const MapLayer>> &previous)
{
    const QByteArray projectWkt = projectCrsWkt(db);
    auto stmt = db.prepare("SELECT id, table_name, name, role, visible, opacity, kind, "
                           "source_path, analysis_run_id FROM geisep_layers WHERE removed = 0 "
                           "ORDER BY CASE role WHEN 'basemap' THEN 0 WHEN 'muhtar_district' THEN 1 "
                           "WHEN 'migrant_area' THEN 2 WHEN 'reference' THEN 3 ELSE 4 END, "
                           "position, id");
    if (!stmt)
        return std::unexpected(stmt.error());
    std::vector<std::shared_ptr<MapLayer>> out;
    auto rows = stmt->forEachRow([&] {
        auto layer = std::make_shared<MapLayer>();
        layer->id = stmt->int64(0);
        layer->table = stmt->text(1);
        layer->name = stmt->text(2);
        layer->role = storedRole(stmt->text(3));
        layer->visible = stmt->int64(4) != 0;
        layer->opacity = stmt->isNull(5) ? 1.0 : std::clamp(stmt->real(5), 0.0, 1.0);
        if (stmt->text(6) == u"raster")
            layer->source = stmt->text(7);
        layer->analysisRunId = stmt->isNull(8) ? 0 : stmt->int64(8);
        out.push_back(std::move(layer));
    });
    if (!rows)
        return std::unexpected(rows.error());
    std::erase_if(out, [&](const auto &layer) {
        return layer->source.isEmpty() && !db.tableExists(layer->table);
    });
    for (auto &layer : out) {
        if (!layer->source.isEmpty()) {
            for (const auto &old : previous)
                if (old && old->id == layer->id && old->source == layer->source && old->raster) {
                    layer->raster = old->raster;
                    layer->geometry = old->geometry;
                }
            if (!layer->raster) {
                auto geometry = std::make_shared<LayerGeometry>();
                geometry->layerId = layer->id;
                geometry->role = layer->role;
                const QString path = resolveRasterPath(layer->source, db.path());
                if (auto raster = RasterSource::open(path, projectWkt)) {
                    geometry->extent = raster->info().extent;
                    layer->raster = std::make_shared<const RasterSource>(std::move(*raster));
                } else {
                    layer->problem = raster.error().message;
                }
                geometry->finish();
                layer->geometry = std::move(geometry);
            }
            continue;
        }
        // A layer's geometry is read once per session and shared after, unless its features
        // or its filter changed (the caller leaves it out of `previous`); a visibility or
        // style change only re-reads values.
        for (const auto &old : previous)
            if (old && old->id == layer->id && old->table == layer->table)
                layer->geometry = old->geometry;
        if (!layer->geometry) {
            // A layer that cannot be read (its filter names a field removed since) does not
            // stop the map: it is drawn empty and says why.
            auto geometry = loadLayerGeometry(db, layer->table, layer->id, layer->role);
            if (!geometry) {
                layer->problem = geometry.error().message;
                auto empty = std::make_shared<LayerGeometry>();
                empty->layerId = layer->id;
                empty->role = layer->role;
                empty->finish();
                layer->geometry = std::move(empty);
            } else {
                layer->geometry = std::make_shared<const LayerGeometry>(std::move(*geometry));
            }
        }
        // A style whose values cannot be read (a damaged project) does not stop the map: the
        // layer is drawn in its role's plain style and says why.
        if (auto applied = applyStyle(db, *layer, savedStyle(db, layer->id, layer->role));
            !applied && layer->problem.isEmpty()) {
            layer->problem = applied.error().message;
            LayerStyle plainStyle = LayerStyle::forRole(layer->role);
            plainStyle.kind = LayerStyle::Kind::Single;
            plainStyle.field.clear();
            plainStyle.labelField.clear();
            if (auto plain = applyStyle(db, *layer, plainStyle); !plain)
                return std::unexpected(plain.error());
        }
    }
    return out;
}

} // namespace geisep
