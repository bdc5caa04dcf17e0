#include "gis/featureedit.h"

#include "core/csv.h"
#include "core/findlayer.h"
#include "core/gpkg.h"
#include "core/turkish.h"
#include "gis/geos.h"
#include "gis/importer.h"
#include "gis/maplayer.h"
#include "gis/printwords.h"

#include <QDate>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSet>
#include <QtEndian>

#include <cmath>

namespace geisep {

namespace {

using Type = EditField::Type;

struct TypeName
{
    Type type;
    const char *name;
    const char *sql;
};
constexpr TypeName kTypes[] = {
    {Type::Integer, "integer", "INTEGER"},
    {Type::Real, "real", "REAL"},
    {Type::Text, "text", "TEXT"},
    {Type::Date, "date", "DATE"},
    {Type::DateTime, "datetime", "DATETIME"},
    {Type::Boolean, "boolean", "BOOLEAN"},
    {Type::Blob, "blob", "BLOB"},
};

template<typename Ids> QString jsonList(const Ids &ids)
{
    QJsonArray array;
    for (const qint64 id : ids)
        array.append(id);
    return QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact));
}

EditField field(const char *name, Type type, int maxLength = 0)
{
    return {QString::fromLatin1(name), type, maxLength, false};
}

// Every row of `table` whose `column` is in `ids`, as it is.
Result<RemovedRows::Table> snapshot(Database &db, const QString &table, const QString &column,
                                    const QString &ids)
{
    const auto t = Identifier::make(table);
    const auto c = Identifier::make(column);
    if (!t || !c)
        return fail(FeatureEditor::tr("The table \"%1\" has a name this program does not write.")
                        .arg(table),
                    db.path(), FeatureEditor::tr("Run geisep-cli validate on the project."));
    auto stmt
        = db.prepareWith("SELECT * FROM %1 WHERE %2 IN (SELECT value FROM json_each(?))", {*t, *c});
    if (!stmt)
        return std::unexpected(stmt.error());
    stmt->bind(1, ids);
    RemovedRows::Table out{table, {}, {}};
    for (int i = 0; i < stmt->columnCount(); ++i)
        out.columns.append(stmt->columnName(i));
    auto rows = stmt->forEachRow([&] {
        QVariantList row;
        row.reserve(out.columns.size());
        for (int i = 0; i < out.columns.size(); ++i)
            row.append(stmt->value(i));
        out.rows.append(row);
    });
    if (!rows)
        return std::unexpected(rows.error());
    return out;
}

Result<void> deleteWhereIn(Database &db, const QString &table, const QString &column,
                           const QString &ids)
{
    auto stmt = db.prepareWith("DELETE FROM %1 WHERE %2 IN (SELECT value FROM json_each(?))",
                               {*Identifier::make(table), *Identifier::make(column)});
    if (!stmt)
        return std::unexpected(stmt.error());
    stmt->bind(1, ids);
    return stmt->exec();
}

// The tables whose rows name an area (geisep_area_links, geisep_area_figures, …), with the
// column that does, as the schema declares them: a table added later is covered by itself.
Result<QList<QPair<QString, QString>>> areaReferences(Database &db)
{
    auto stmt = db.prepare("SELECT m.name, f.\"from\" FROM sqlite_master m, "
                           "pragma_foreign_key_list(m.name) f WHERE m.type = 'table' AND "
                           "f.\"table\" = 'geisep_areas' ORDER BY m.name");
    if (!stmt)
        return std::unexpected(stmt.error());
    QList<QPair<QString, QString>> out;
    auto rows = stmt->forEachRow([&] { out.append({stmt->text(0), stmt->text(1)}); });
    if (!rows)
        return std::unexpected(rows.error());
    return out;
}

// "Households (estimated): "x" is not a whole number; …", the field as the window names it.
QString fieldMessage(const QString &field, const QString &message)
{
    return PrintWords::inWindowLanguage().fieldTitle(QStringLiteral("field.") + field)
           + QStringLiteral(": ") + message;
}

bool sameFamily(int geosType, const QString &layerType)
{
    const QString t = layerType.toUpper();
    if (t == u"GEOMETRY" || t == u"GEOMETRYCOLLECTION")
        return true;
    if (t.endsWith(u"POLYGON"))
        return geosType == GEOS_POLYGON || geosType == GEOS_MULTIPOLYGON;
    if (t.endsWith(u"LINESTRING"))
        return geosType == GEOS_LINESTRING || geosType == GEOS_MULTILINESTRING;
    if (t.endsWith(u"POINT"))
        return geosType == GEOS_POINT || geosType == GEOS_MULTIPOINT;
    return false;
}

QString familyWord(const QString &layerType)
{
    const QString t = layerType.toUpper();
    if (t.endsWith(u"POLYGON"))
        return FeatureEditor::tr("areas (polygons)");
    if (t.endsWith(u"LINESTRING"))
        return FeatureEditor::tr("lines");
    if (t.endsWith(u"POINT"))
        return FeatureEditor::tr("points");
    return layerType;
}

} // namespace

QByteArray EditField::sqlType() const
{
    for (const TypeName &t : kTypes)
        if (t.type == type)
            return type == Type::Text && maxLength > 0
                       ? QByteArray("TEXT(") + QByteArray::number(maxLength) + ')'
                       : QByteArray(t.sql);
    return "TEXT";
}

std::optional<EditField::Type> EditField::typeFromName(const QString &name)
{
    for (const TypeName &t : kTypes)
        if (name.compare(QLatin1String(t.name), Qt::CaseInsensitive) == 0)
            return t.type;
    return std::nullopt;
}

EditField::Type EditField::typeFromSql(const QString &sqlType)
{
    // As GeoPackage names them, and as SQLite decides a column's affinity.
    const QString t = sqlType.toUpper();
    if (t == u"BOOLEAN")
        return Type::Boolean;
    if (t == u"DATE")
        return Type::Date;
    if (t == u"DATETIME")
        return Type::DateTime;
    if (t.contains(u"INT"))
        return Type::Integer;
    if (t.contains(u"CHAR") || t.contains(u"CLOB") || t.contains(u"TEXT"))
        return Type::Text;
    if (t.contains(u"BLOB") || t.isEmpty())
        return Type::Blob;
    return Type::Real; // REAL, FLOAT, DOUBLE, NUMERIC
}

qsizetype RemovedRows::count(const QString &table) const
{
    for (const Table &t : tables)
        if (t.name == table)
            return t.rows.size();
    return 0;
}

FeatureEditor::FeatureEditor(Project &project)
    : m_project(project)
{}

QList<EditField> FeatureEditor::fieldTemplate(const QString &role)
{
    if (role == u"migrant_area")
        return {field("name", Type::Text, 120),   field("households", Type::Integer),
                field("persons", Type::Integer),  field("source", Type::Text, 200),
                field("survey_date", Type::Date), field("note", Type::Text)};
    if (role == u"infrastructure")
        return {field("name", Type::Text, 120), field("service", Type::Text, 40),
                field("capacity", Type::Integer)};
    if (role == u"muhtar_district")
        return {field("name", Type::Text, 120), field("code", Type::Text, 20),
                field("district", Type::Text, 60), field("province", Type::Text, 40)};
    return {field("name", Type::Text, 120), field("note", Type::Text)};
}

Result<qint64> FeatureEditor::createLayer(const NewLayerSpec &spec)
{
    Database &db = m_project.db();
    if (auto ok = m_project.checkWritable(); !ok)
        return std::unexpected(ok.error());
    const QString name = spec.name.trimmed();
    if (name.isEmpty())
        return fail(tr("A layer needs a name."), m_project.path(),
                    tr("Type a name for the layer."));
    if (!LayerImporter::roles().contains(spec.role))
        return fail(tr("Unknown role \"%1\"; use one of: %2.")
                        .arg(spec.role, LayerImporter::roles().join(QStringLiteral(", "))),
                    m_project.path());
    static const QList<QByteArray> kinds
        = {"POINT", "MULTIPOINT", "LINESTRING", "MULTILINESTRING", "POLYGON", "MULTIPOLYGON"};
    if (!kinds.contains(spec.geometryType))
        return fail(tr("A layer holds points, lines or polygons, not \"%1\".")
                        .arg(QString::fromLatin1(spec.geometryType)),
                    m_project.path());
    if (isAreaRole(spec.role) && !spec.geometryType.endsWith("POLYGON"))
        return fail(tr("Areas are polygons: a layer of areas cannot hold %1.")
                        .arg(familyWord(QString::fromLatin1(spec.geometryType))),
                    m_project.path(), tr("Choose polygons, or the role \"reference\"."));
    const QList<LayerInfo> existing = m_project.layers();
    if (const LayerInfo *taken = findByName(
            existing, name, [](const LayerInfo &l) { return l.name; },
            [](const LayerInfo &) { return QString(); }))
        return fail(tr("The project already has a layer \"%1\".").arg(taken->name),
                    m_project.path(), tr("Choose another name."));

    QList<EditField> fields = spec.fields.isEmpty() ? fieldTemplate(spec.role) : spec.fields;
    if (spec.role == u"infrastructure"
        && std::none_of(fields.begin(), fields.end(),
                        [](const EditField &f) { return f.name == u"service"; }))
        fields.append(field("service", Type::Text, 40)); // what coverage counts by
    QList<gpkg::FieldSpec> columns;
    QStringList seen{QStringLiteral("fid"), QStringLiteral("geom")};
    for (const EditField &f : fields) {
        const auto id = Identifier::make(f.name);
        if (!id || seen.contains(f.name.toLower()))
            return fail(tr("\"%1\" cannot be a field name here.").arg(f.name), m_project.path(),
                        tr("Use letters, digits and _, each name once, not fid or geom."));
        seen.append(f.name.toLower());
        columns.append({*id, f.sqlType()});
    }
    const QString table = uniqueSlug(name, QStringLiteral("layer"),
                                     [&](const QString &t) { return db.tableExists(t); });
    const int srs = m_project.meta(QStringLiteral("srs_id")).toInt();

    Transaction tx(db);
    if (!tx.begun())
        return std::unexpected(tx.begun().error());
    const gpkg::FeatureTableSpec tableSpec{
        *Identifier::make(table), name, tr("Drawn in GEİSEP Workbench"),
        spec.geometryType,        srs,  columns};
    if (auto ok = gpkg::createFeatureTable(db, tableSpec); !ok)
        return std::unexpected(ok.error());
    auto row = db.prepare("INSERT INTO geisep_layers (table_name, name, role, position) VALUES "
                          "(?, ?, ?, (SELECT coalesce(max(position), 0) + 1 FROM geisep_layers))");
    if (!row)
        return std::unexpected(row.error());
    row->bind(1, table).bind(2, name).bind(3, spec.role);
    if (auto ok = row->exec(); !ok)
        return std::unexpected(ok.error());
    const qint64 id = db.lastInsertRowId();
    if (spec.role == u"migrant_area") {
        // Drawn settlements have no figures to colour them by (the role's default): one
        // see-through orange, outlined, named.
        LayerStyle style = LayerStyle::forRole(spec.role);
        style.kind = LayerStyle::Kind::Single;
        style.field.clear();
        style.fill = QColor(0xef, 0x6c, 0x00);
        style.fillOpacity = 0.45;
        style.stroke = QColor(0xbf, 0x36, 0x0c);
        style.strokeWidth = 1.2;
        if (auto ok = saveStyle(db, id, style); !ok)
            return std::unexpected(ok.error());
    }
    if (auto ok = tx.commit(); !ok)
        return std::unexpected(ok.error());
    return id;
}

Result<FeatureEditor::Layer> FeatureEditor::layer(qint64 layerId)
{
    Database &db = m_project.db();
    auto stmt = db.prepare("SELECT l.table_name, l.name, l.role, g.geometry_type_name, g.srs_id "
                           "FROM geisep_layers l JOIN gpkg_geometry_columns g ON g.table_name = "
                           "l.table_name WHERE l.id = ? AND l.kind = 'vector'");
    if (!stmt)
        return std::unexpected(stmt.error());
    stmt->bind(1, layerId);
    auto found = stmt->step();
    if (!found)
        return std::unexpected(found.error());
    if (!*found)
        return fail(tr("The project has no vector layer number %1.").arg(layerId),
                    m_project.path());
    Layer out;
    out.info.id = layerId;
    out.info.tableName = stmt->text(0);
    out.info.name = stmt->text(1);
    out.info.role = stmt->text(2);
    out.geometryType = stmt->text(3);
    out.info.srsId = int(stmt->int64(4));
    if (!Identifier::make(out.info.tableName))
        return fail(tr("The layer \"%1\" has a table name this program does not write (%2).")
                        .arg(out.info.name, out.info.tableName),
                    m_project.path(), tr("Run geisep-cli validate on the project."));
    return out;
}

Result<QList<EditField>> FeatureEditor::fields(qint64 layerId)
{
    auto l = layer(layerId);
    if (!l)
        return std::unexpected(l.error());
    auto stmt = m_project.db().prepare(
        "SELECT name, type, \"notnull\" FROM pragma_table_info(?) WHERE pk = 0 AND name <> "
        "(SELECT column_name FROM gpkg_geometry_columns WHERE table_name = ?)");
    if (!stmt)
        return std::unexpected(stmt.error());
    stmt->bind(1, l->info.tableName).bind(2, l->info.tableName);
    QList<EditField> out;
    static const QRegularExpression length(QStringLiteral("\\((\\d+)\\)"));
    auto rows = stmt->forEachRow([&] {
        EditField f;
        f.name = stmt->text(0);
        const QString type = stmt->text(1);
        f.type = EditField::typeFromSql(type.section(u'(', 0, 0).trimmed());
        if (const auto m = length.match(type); m.hasMatch() && f.type == Type::Text)
            f.maxLength = m.captured(1).toInt();
        f.notNull = stmt->int64(2) != 0;
        out.append(f);
    });
    if (!rows)
        return std::unexpected(rows.error());
    return out;
}

Result<QVariant> FeatureEditor::parseValue(const EditField &f, const QVariant &input)
{
    const bool typed = input.typeId() != QMetaType::QString && input.isValid() && !input.isNull();
    const QString text = typed ? QString() : input.toString().trimmed();
    if (!typed && text.isEmpty()) {
        if (f.notNull)
            return fail(tr("A value is needed."));
        return QVariant();
    }
    switch (f.type) {
    case Type::Integer: {
        std::optional<double> n;
        if (typed && input.canConvert<double>())
            n = input.toDouble();
        else if (!typed)
            n = parseNumber(text);
        if (!n || !std::isfinite(*n) || std::floor(*n) != *n || std::fabs(*n) > 9.0e15)
            return fail(tr("\"%1\" is not a whole number; write one like 1250.")
                            .arg(typed ? input.toString() : text));
        return QVariant(qint64(*n));
    }
    case Type::Real: {
        std::optional<double> n;
        if (typed && input.canConvert<double>())
            n = input.toDouble();
        else if (!typed)
            n = parseNumber(text);
        if (!n || !std::isfinite(*n))
            return fail(tr("\"%1\" is not a number; write one like 12,5.")
                            .arg(typed ? input.toString() : text));
        return QVariant(*n);
    }
    case Type::Boolean: {
        if (typed && input.typeId() == QMetaType::Bool)
            return QVariant(qint64(input.toBool() ? 1 : 0));
        const QString folded = foldTurkish(typed ? input.toString() : text);
        if (QStringList{QStringLiteral("1"), QStringLiteral("evet"), QStringLiteral("yes"),
                        QStringLiteral("true"), QStringLiteral("var")}
                .contains(folded))
            return QVariant(qint64(1));
        if (QStringList{QStringLiteral("0"), QStringLiteral("hayir"), QStringLiteral("no"),
                        QStringLiteral("false"), QStringLiteral("yok")}
                .contains(folded))
            return QVariant(qint64(0));
        return fail(tr("\"%1\" is neither yes nor no.").arg(text));
    }
    case Type::Date:
    case Type::DateTime: {
        QDate date;
        QDateTime dateTime;
        if (typed && input.typeId() == QMetaType::QDate)
            date = input.toDate();
        else if (typed && input.typeId() == QMetaType::QDateTime)
            dateTime = input.toDateTime();
        else {
            const QString s = typed ? input.toString() : text;
            for (const char *format : {"d.M.yyyy", "d/M/yyyy", "yyyy-MM-dd"}) {
                date = QDate::fromString(s, QString::fromLatin1(format));
                if (date.isValid())
                    break;
            }
            if (!date.isValid() && f.type == Type::DateTime) {
                dateTime = QDateTime::fromString(s, Qt::ISODateWithMs);
                if (!dateTime.isValid())
                    dateTime = QDateTime::fromString(s, QStringLiteral("d.M.yyyy H:mm"));
            }
        }
        if (f.type == Type::Date && dateTime.isValid())
            date = dateTime.date();
        if (f.type == Type::DateTime && date.isValid() && !dateTime.isValid())
            dateTime = QDateTime(date, QTime(0, 0), Qt::UTC);
        if (f.type == Type::Date && date.isValid())
            return QVariant(date.toString(Qt::ISODate));
        if (f.type == Type::DateTime && dateTime.isValid())
            return QVariant(dateTime.toUTC().toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss.zzzZ")));
        return fail(tr("\"%1\" is not a date; write it as 31.12.2026.")
                        .arg(typed ? input.toString() : text));
    }
    case Type::Text: {
        const QString s = typed ? input.toString() : text;
        if (f.maxLength > 0 && s.size() > f.maxLength)
            return fail(
                tr("At most %1 characters fit; this text has %2.").arg(f.maxLength).arg(s.size()));
        return QVariant(s);
    }
    case Type::Blob:
        break;
    }
    return fail(tr("This field holds binary data and cannot be edited here."));
}

QByteArray FeatureEditor::shapeWkb(const QPolygonF &points, const QString &geometryType)
{
    const QString t = geometryType.toUpper();
    const bool polygon = t.endsWith(u"POLYGON");
    const bool line = t.endsWith(u"LINESTRING");
    const qsizetype needed = polygon ? 3 : line ? 2 : 1;
    if (points.size() < needed)
        return {};
    QByteArray wkb;
    auto u32 = [&](quint32 v) {
        char buf[4];
        qToLittleEndian<quint32>(v, buf);
        wkb.append(buf, 4);
    };
    auto xy = [&](const QPointF &p) {
        char buf[16];
        qToLittleEndian<double>(p.x(), buf);
        qToLittleEndian<double>(p.y(), buf + 8);
        wkb.append(buf, 16);
    };
    wkb.append(char(1));
    if (polygon) {
        const bool closed = points.first() == points.last();
        u32(3);
        u32(1);
        u32(quint32(points.size() + (closed ? 0 : 1)));
        for (const QPointF &p : points)
            xy(p);
        if (!closed)
            xy(points.first());
    } else if (line) {
        u32(2);
        u32(quint32(points.size()));
        for (const QPointF &p : points)
            xy(p);
    } else {
        u32(1);
        xy(points.first());
    }
    return wkb;
}

Result<QByteArray> FeatureEditor::checkedGeometry(const QByteArray &wkb, const QString &layerType,
                                                  bool repair)
{
    GEOSContextHandle_t ctx = geos::context();
    geos::GeometryPtr g = geos::fromWkb(wkb);
    if (!g)
        return fail(tr("The drawn shape is not a geometry (too few points?)."), {},
                    tr("Draw at least three points for an area, two for a line."));
    if (GEOSisEmpty_r(ctx, g.get()) == 1)
        return fail(tr("The drawn shape is empty."));
    const int type = GEOSGeomTypeId_r(ctx, g.get());
    if (!sameFamily(type, layerType))
        return fail(
            tr("This layer holds %1; the shape drawn is not one.").arg(familyWord(layerType)), {},
            tr("Draw into a layer of the same kind, or make a new layer."));
    char *reason = nullptr;
    GEOSGeometry *location = nullptr;
    if (GEOSisValidDetail_r(ctx, g.get(), 0, &reason, &location) != 1) {
        const QString why = reason ? QString::fromUtf8(reason) : QString();
        double x = 0, y = 0;
        if (location) {
            GEOSGeomGetX_r(ctx, location, &x);
            GEOSGeomGetY_r(ctx, location, &y);
            GEOSGeom_destroy_r(ctx, location);
        }
        GEOSFree_r(ctx, reason);
        if (!repair)
            return fail(tr("The shape is not valid at %1, %2: %3.")
                            .arg(QString::number(x, 'f', 1), QString::number(y, 'f', 1), why),
                        {},
                        tr("Move the crossing vertices apart, or let the program repair the "
                           "shape."));
        g = type == GEOS_POLYGON || type == GEOS_MULTIPOLYGON
                ? geos::makeValidPolygonal(g.get())
                : geos::GeometryPtr(GEOSMakeValid_r(ctx, g.get()));
        if (!g || GEOSisEmpty_r(ctx, g.get()) == 1
            || !sameFamily(GEOSGeomTypeId_r(ctx, g.get()), layerType))
            return fail(tr("The shape could not be repaired: nothing of it is left as %1.")
                            .arg(familyWord(layerType)),
                        {}, tr("Draw it again."));
    }
    const QString t = layerType.toUpper();
    const int single = GEOSGeomTypeId_r(ctx, g.get());
    const int multi = t == u"MULTIPOLYGON"      ? GEOS_MULTIPOLYGON
                      : t == u"MULTILINESTRING" ? GEOS_MULTILINESTRING
                      : t == u"MULTIPOINT"      ? GEOS_MULTIPOINT
                                                : -1;
    if (multi >= 0 && single != multi) {
        GEOSGeometry *part = g.release();
        g.reset(GEOSGeom_createCollection_r(ctx, multi, &part, 1));
    } else if (multi < 0 && t != u"GEOMETRY" && GEOSGetNumGeometries_r(ctx, g.get()) > 1) {
        return fail(tr("This layer holds one part per feature; the shape has %1.")
                        .arg(GEOSGetNumGeometries_r(ctx, g.get())));
    } else if (multi < 0 && single != type && GEOSGetNumGeometries_r(ctx, g.get()) == 1) {
        g.reset(GEOSGeom_clone_r(ctx, GEOSGetGeometryN_r(ctx, g.get(), 0)));
    }
    return geos::toWkb(g.get());
}

Result<qint64> FeatureEditor::addFeature(qint64 layerId, const QByteArray &wkb,
                                         const QVariantMap &values, bool repair)
{
    if (auto ok = m_project.checkWritable(); !ok)
        return std::unexpected(ok.error());
    auto l = layer(layerId);
    if (!l)
        return std::unexpected(l.error());
    auto checked = checkedGeometry(wkb, l->geometryType, repair);
    if (!checked)
        return std::unexpected(checked.error());
    auto columns = fields(layerId);
    if (!columns)
        return std::unexpected(columns.error());
    QList<Identifier> names = {*Identifier::make(QStringLiteral("geom"))};
    QVariantList bound;
    for (const EditField &f : *columns) {
        if (!values.contains(f.name))
            continue;
        auto parsed = parseValue(f, values.value(f.name));
        if (!parsed)
            return fail(fieldMessage(f.name, parsed.error().message), m_project.path());
        names.append(*Identifier::make(f.name));
        bound.append(*parsed);
    }
    for (auto it = values.begin(); it != values.end(); ++it)
        if (std::none_of(columns->begin(), columns->end(),
                         [&](const EditField &f) { return f.name == it.key(); }))
            return fail(tr("The layer \"%1\" has no field \"%2\".").arg(l->info.name, it.key()),
                        m_project.path());

    Database &db = m_project.db();
    Transaction tx(db);
    if (!tx.begun())
        return std::unexpected(tx.begun().error());
    auto insert = db.prepareInsert(*Identifier::make(l->info.tableName), names);
    if (!insert)
        return std::unexpected(insert.error());
    const auto envelope = gpkg::wkbEnvelope(checked->constData(), checked->size());
    insert->bindBlob(1,
                     gpkg::encodeGeometry(l->info.srsId, *checked, envelope.value_or(Envelope{})));
    for (qsizetype i = 0; i < bound.size(); ++i)
        insert->bind(int(i) + 2, bound[i]);
    if (auto ok = insert->exec(); !ok)
        return std::unexpected(ok.error());
    const qint64 fid = db.lastInsertRowId();
    if (isAreaRole(l->info.role))
        if (auto ok = writeAreaRow(*l, fid, *checked, values); !ok)
            return std::unexpected(ok.error());
    if (auto ok = gpkg::refreshExtent(db, *Identifier::make(l->info.tableName)); !ok)
        return std::unexpected(ok.error());
    if (auto ok = tx.commit(); !ok)
        return std::unexpected(ok.error());
    return fid;
}

Result<void> FeatureEditor::writeAreaRow(const Layer &l, qint64 fid, const QByteArray &wkb,
                                         const QVariantMap &values)
{
    Database &db = m_project.db();
    QStringList names;
    QVariantList given;
    for (auto it = values.begin(); it != values.end(); ++it) {
        names.append(it.key());
        given.append(it.value());
    }
    const AreaColumns columns = areaColumnsOf(names);
    auto take = [&](int column) {
        return column < 0 ? QString() : given[column].toString().trimmed();
    };
    const QString name = take(columns.name);
    QString district = take(columns.district);
    QString province = take(columns.province);

    // Where the file says nothing, the district and province of the mahalle the area lies in.
    if (district.isEmpty() || province.isEmpty()) {
        GEOSContextHandle_t ctx = geos::context();
        const geos::GeometryPtr shape = geos::fromWkb(wkb);
        const geos::GeometryPtr inside(shape ? GEOSPointOnSurface_r(ctx, shape.get()) : nullptr);
        double x = 0, y = 0;
        if (inside && GEOSGeomGetX_r(ctx, inside.get(), &x) == 1
            && GEOSGeomGetY_r(ctx, inside.get(), &y) == 1) {
            for (const LayerInfo &other : m_project.layers()) {
                if (other.role != u"muhtar_district" || other.id == l.info.id)
                    continue;
                const auto table = Identifier::make(other.tableName);
                const auto rtree
                    = Identifier::make(QStringLiteral("rtree_%1_geom").arg(other.tableName));
                if (!table || !rtree || !db.tableExists(rtree->name()))
                    continue;
                auto stmt = db.prepareWith(
                    "SELECT t.geom, a.district, a.province FROM %2 r JOIN %1 t ON t.fid = r.id "
                    "JOIN geisep_areas a ON a.layer_id = ? AND a.fid = t.fid WHERE r.minx <= ? "
                    "AND r.maxx >= ? AND r.miny <= ? AND r.maxy >= ?",
                    {*table, *rtree});
                if (!stmt)
                    return std::unexpected(stmt.error());
                stmt->bind(1, other.id).bind(2, x).bind(3, x).bind(4, y).bind(5, y);
                bool found = false;
                auto rows = stmt->forEachRow([&] {
                    if (found)
                        return;
                    const QByteArray blob = stmt->blob(0);
                    const auto header = gpkg::decodeHeader(blob);
                    if (!header || header->empty)
                        return;
                    const geos::GeometryPtr mahalle = geos::fromWkb(blob.mid(header->wkbOffset));
                    if (mahalle && GEOSIntersects_r(ctx, mahalle.get(), inside.get()) == 1) {
                        found = true;
                        if (district.isEmpty())
                            district = stmt->text(1);
                        if (province.isEmpty())
                            province = stmt->text(2);
                    }
                });
                if (!rows)
                    return std::unexpected(rows.error());
                if (found)
                    break;
            }
        }
    }
    auto row = db.prepare("INSERT INTO geisep_areas (layer_id, fid, code, name, district, "
                          "province, name_folded) VALUES (?, ?, ?, ?, ?, ?, ?)");
    if (!row)
        return std::unexpected(row.error());
    row->bind(1, l.info.id).bind(2, fid).bindNullable(3, take(columns.code));
    row->bindNullable(4, name).bindNullable(5, district).bindNullable(6, province);
    row->bind(7, foldTurkish(name));
    return row->exec();
}

Result<QVariant> FeatureEditor::value(qint64 layerId, qint64 fid, const QString &fieldName)
{
    auto l = layer(layerId);
    if (!l)
        return std::unexpected(l.error());
    Database &db = m_project.db();
    Result<Statement> stmt = std::unexpected(Error{});
    if (fieldName.startsWith(u"area.")) {
        const QString column = fieldName.mid(5);
        if (column == u"name")
            stmt = db.prepare("SELECT name FROM geisep_areas WHERE layer_id = ? AND fid = ?");
        else if (column == u"code")
            stmt = db.prepare("SELECT code FROM geisep_areas WHERE layer_id = ? AND fid = ?");
        else if (column == u"district")
            stmt = db.prepare("SELECT district FROM geisep_areas WHERE layer_id = ? AND fid = ?");
        else
            return fail(tr("Areas have no field \"%1\".").arg(column));
        if (stmt)
            stmt->bind(1, layerId).bind(2, fid);
    } else {
        const auto column = Identifier::make(fieldName);
        if (!column)
            return fail(tr("The layer \"%1\" has no field \"%2\".").arg(l->info.name, fieldName));
        stmt = db.prepareWith("SELECT %2 FROM %1 WHERE fid = ?",
                              {*Identifier::make(l->info.tableName), *column});
        if (stmt)
            stmt->bind(1, fid);
    }
    if (!stmt)
        return std::unexpected(stmt.error());
    auto found = stmt->step();
    if (!found)
        return std::unexpected(found.error());
    if (!*found)
        return fail(tr("The layer \"%1\" has no feature %2.").arg(l->info.name).arg(fid),
                    m_project.path());
    return stmt->value(0);
}

Result<void> FeatureEditor::setValue(qint64 layerId, qint64 fid, const QString &fieldName,
                                     const QVariant &input)
{
    if (auto ok = m_project.checkWritable(); !ok)
        return ok;
    auto l = layer(layerId);
    if (!l)
        return std::unexpected(l.error());
    Database &db = m_project.db();
    Transaction tx(db);
    if (!tx.begun())
        return tx.begun();
    if (fieldName.startsWith(u"area.")) {
        if (!isAreaRole(l->info.role))
            return fail(tr("The layer \"%1\" holds no areas.").arg(l->info.name));
        const QString column = fieldName.mid(5);
        const QString text = input.toString().trimmed();
        Result<Statement> stmt = std::unexpected(Error{});
        if (column == u"name") {
            stmt = db.prepare("UPDATE geisep_areas SET name = ?, name_folded = ? WHERE layer_id "
                              "= ? AND fid = ?");
            if (stmt)
                stmt->bindNullable(1, text)
                    .bind(2, foldTurkish(text))
                    .bind(3, layerId)
                    .bind(4, fid);
        } else if (column == u"code" || column == u"district") {
            stmt = column == u"code"
                       ? db.prepare(
                           "UPDATE geisep_areas SET code = ? WHERE layer_id = ? AND fid = ?")
                       : db.prepare("UPDATE geisep_areas SET district = ? WHERE layer_id = ? AND "
                                    "fid = ?");
            if (stmt)
                stmt->bindNullable(1, text).bind(2, layerId).bind(3, fid);
        } else {
            return fail(tr("Areas have no field \"%1\".").arg(column));
        }
        if (!stmt)
            return std::unexpected(stmt.error());
        if (auto ok = stmt->exec(); !ok)
            return ok;
        if (db.changes() == 0)
            return fail(tr("The layer \"%1\" has no area %2.").arg(l->info.name).arg(fid),
                        m_project.path());
    } else {
        auto columns = fields(layerId);
        if (!columns)
            return std::unexpected(columns.error());
        const auto f = std::find_if(columns->begin(), columns->end(),
                                    [&](const EditField &c) { return c.name == fieldName; });
        if (f == columns->end())
            return fail(tr("The layer \"%1\" has no field \"%2\".").arg(l->info.name, fieldName));
        auto parsed = parseValue(*f, input);
        if (!parsed)
            return fail(fieldMessage(f->name, parsed.error().message), m_project.path());
        auto stmt
            = db.prepareWith("UPDATE %1 SET %2 = ? WHERE fid = ?",
                             {*Identifier::make(l->info.tableName), *Identifier::make(f->name)});
        if (!stmt)
            return std::unexpected(stmt.error());
        stmt->bind(1, *parsed).bind(2, fid);
        if (auto ok = stmt->exec(); !ok)
            return ok;
        if (db.changes() == 0)
            return fail(tr("The layer \"%1\" has no feature %2.").arg(l->info.name).arg(fid),
                        m_project.path());
        if (isAreaRole(l->info.role))
            if (auto ok = refreshAreaFromFields(*l, fid); !ok)
                return ok;
    }
    if (auto ok = gpkg::refreshExtent(db, *Identifier::make(l->info.tableName)); !ok)
        return ok;
    return tx.commit();
}

Result<void> FeatureEditor::refreshAreaFromFields(const Layer &l, qint64 fid)
{
    Database &db = m_project.db();
    auto stmt
        = db.prepareWith("SELECT * FROM %1 WHERE fid = ?", {*Identifier::make(l.info.tableName)});
    if (!stmt)
        return std::unexpected(stmt.error());
    stmt->bind(1, fid);
    auto found = stmt->step();
    if (!found)
        return std::unexpected(found.error());
    if (!*found)
        return {};
    QStringList names;
    for (int i = 0; i < stmt->columnCount(); ++i)
        names.append(stmt->columnName(i));
    const AreaColumns columns = areaColumnsOf(names);
    // Only what the table holds follows it; a district found by location stays.
    struct Update
    {
        int column;
        Sql sql;
    };
    const Update updates[] = {
        {columns.name, "UPDATE geisep_areas SET name = ?1, name_folded = ?2 WHERE layer_id = ?3 "
                       "AND fid = ?4"},
        {columns.code, "UPDATE geisep_areas SET code = ?1 WHERE layer_id = ?3 AND fid = ?4"},
        {columns.district, "UPDATE geisep_areas SET district = ?1 WHERE layer_id = ?3 AND fid = "
                           "?4"},
        {columns.province, "UPDATE geisep_areas SET province = ?1 WHERE layer_id = ?3 AND fid = "
                           "?4"},
    };
    for (const Update &u : updates) {
        if (u.column < 0)
            continue;
        const QString text = stmt->text(u.column).trimmed();
        auto update = db.prepare(u.sql);
        if (!update)
            return std::unexpected(update.error());
        update->bindNullable(1, text).bind(2, foldTurkish(text)).bind(3, l.info.id).bind(4, fid);
        if (auto ok = update->exec(); !ok)
            return ok;
    }
    return {};
}

Result<QByteArray> FeatureEditor::geometry(qint64 layerId, qint64 fid)
{
    auto l = layer(layerId);
    if (!l)
        return std::unexpected(l.error());
    auto stmt = m_project.db().prepareWith("SELECT geom FROM %1 WHERE fid = ?",
                                           {*Identifier::make(l->info.tableName)});
    if (!stmt)
        return std::unexpected(stmt.error());
    stmt->bind(1, fid);
    auto found = stmt->step();
    if (!found)
        return std::unexpected(found.error());
    const QByteArray blob = *found ? stmt->blob(0) : QByteArray();
    const auto header = gpkg::decodeHeader(blob);
    if (!header)
        return fail(
            tr("The layer \"%1\" has no feature %2 with a shape.").arg(l->info.name).arg(fid),
            m_project.path());
    return blob.mid(header->wkbOffset);
}

Result<void> FeatureEditor::setGeometry(qint64 layerId, qint64 fid, const QByteArray &wkb,
                                        bool repair)
{
    if (auto ok = m_project.checkWritable(); !ok)
        return ok;
    auto l = layer(layerId);
    if (!l)
        return std::unexpected(l.error());
    auto checked = checkedGeometry(wkb, l->geometryType, repair);
    if (!checked)
        return std::unexpected(checked.error());
    Database &db = m_project.db();
    Transaction tx(db);
    if (!tx.begun())
        return tx.begun();
    auto stmt = db.prepareWith("UPDATE %1 SET geom = ? WHERE fid = ?",
                               {*Identifier::make(l->info.tableName)});
    if (!stmt)
        return std::unexpected(stmt.error());
    const auto envelope = gpkg::wkbEnvelope(checked->constData(), checked->size());
    stmt->bindBlob(1, gpkg::encodeGeometry(l->info.srsId, *checked, envelope.value_or(Envelope{})));
    stmt->bind(2, fid);
    if (auto ok = stmt->exec(); !ok)
        return ok;
    if (db.changes() == 0)
        return fail(tr("The layer \"%1\" has no feature %2.").arg(l->info.name).arg(fid),
                    m_project.path());
    if (auto ok = gpkg::refreshExtent(db, *Identifier::make(l->info.tableName)); !ok)
        return ok;
    return tx.commit();
}

Result<QMap<QString, qint64>> FeatureEditor::dependents(qint64 layerId, const QList<qint64> &fids)
{
    Database &db = m_project.db();
    QMap<QString, qint64> out;
    auto references = areaReferences(db);
    if (!references)
        return std::unexpected(references.error());
    for (const auto &[table, column] : *references) {
        auto stmt = db.prepareWith("SELECT count(*) FROM %1 WHERE %2 IN (SELECT id FROM "
                                   "geisep_areas WHERE layer_id = ? AND fid IN (SELECT value "
                                   "FROM json_each(?)))",
                                   {*Identifier::make(table), *Identifier::make(column)});
        if (!stmt)
            return std::unexpected(stmt.error());
        stmt->bind(1, layerId).bind(2, jsonList(fids));
        auto row = stmt->step();
        if (!row)
            return std::unexpected(row.error());
        if (*row && stmt->int64(0) > 0)
            out.insert(table, stmt->int64(0));
    }
    return out;
}

Result<RemovedRows> FeatureEditor::deleteFeatures(qint64 layerId, const QList<qint64> &fids)
{
    if (auto ok = m_project.checkWritable(); !ok)
        return std::unexpected(ok.error());
    auto l = layer(layerId);
    if (!l)
        return std::unexpected(l.error());
    Database &db = m_project.db();
    Transaction tx(db);
    if (!tx.begun())
        return std::unexpected(tx.begun().error());
    RemovedRows removed;
    removed.layerId = layerId;
    removed.fids = fids;
    const QString fidList = jsonList(fids);
    auto features = snapshot(db, l->info.tableName, QStringLiteral("fid"), fidList);
    if (!features)
        return std::unexpected(features.error());
    if (features->rows.size() != QSet<qint64>(fids.begin(), fids.end()).size())
        return fail(tr("Some of the features to delete are no longer in the layer \"%1\".")
                        .arg(l->info.name),
                    m_project.path(), tr("Close the attribute table and open it again."));
    removed.tables.push_back(std::move(*features));

    // The areas of these features, and every row that names them.
    QList<qint64> areaIds;
    auto ids = db.prepare("SELECT id FROM geisep_areas WHERE layer_id = ? AND fid IN (SELECT "
                          "value FROM json_each(?))");
    if (!ids)
        return std::unexpected(ids.error());
    ids->bind(1, layerId).bind(2, fidList);
    if (auto ok = ids->forEachRow([&] { areaIds.append(ids->int64(0)); }); !ok)
        return std::unexpected(ok.error());
    const QString areaList = jsonList(areaIds);
    QList<QPair<QString, QString>> references;
    if (!areaIds.isEmpty()) {
        auto areas = snapshot(db, QStringLiteral("geisep_areas"), QStringLiteral("id"), areaList);
        if (!areas)
            return std::unexpected(areas.error());
        removed.tables.push_back(std::move(*areas));
        auto found = areaReferences(db);
        if (!found)
            return std::unexpected(found.error());
        references = *found;
    }
    for (const auto &[table, column] : references) {
        if (table == u"geisep_stakeholders") {
            // A person or institution is not deleted with an area; only the link goes.
            auto people = db.prepare("SELECT id, area_id FROM geisep_stakeholders WHERE area_id "
                                     "IN (SELECT value FROM json_each(?))");
            if (!people)
                return std::unexpected(people.error());
            people->bind(1, areaList);
            if (auto ok = people->forEachRow([&] {
                    removed.clearedStakeholders.append({people->int64(0), people->int64(1)});
                });
                !ok)
                return std::unexpected(ok.error());
            auto clear = db.prepare("UPDATE geisep_stakeholders SET area_id = NULL WHERE area_id "
                                    "IN (SELECT value FROM json_each(?))");
            if (!clear)
                return std::unexpected(clear.error());
            clear->bind(1, areaList);
            if (auto ok = clear->exec(); !ok)
                return std::unexpected(ok.error());
            continue;
        }
        auto rows = snapshot(db, table, column, areaList);
        if (!rows)
            return std::unexpected(rows.error());
        if (auto ok = deleteWhereIn(db, table, column, areaList); !ok)
            return std::unexpected(ok.error());
        if (!rows->rows.isEmpty())
            removed.tables.push_back(std::move(*rows));
    }
    if (!areaIds.isEmpty())
        if (auto ok
            = deleteWhereIn(db, QStringLiteral("geisep_areas"), QStringLiteral("id"), areaList);
            !ok)
            return std::unexpected(ok.error());
    if (auto ok = deleteWhereIn(db, l->info.tableName, QStringLiteral("fid"), fidList); !ok)
        return std::unexpected(ok.error());
    if (auto ok = gpkg::refreshExtent(db, *Identifier::make(l->info.tableName)); !ok)
        return std::unexpected(ok.error());
    if (auto ok = tx.commit(); !ok)
        return std::unexpected(ok.error());
    return removed;
}

Result<FeatureEditor::Merged> FeatureEditor::mergeFeatures(qint64 layerId, QList<qint64> fids)
{
    if (auto ok = m_project.checkWritable(); !ok)
        return std::unexpected(ok.error());
    auto l = layer(layerId);
    if (!l)
        return std::unexpected(l.error());
    std::sort(fids.begin(), fids.end());
    fids.erase(std::unique(fids.begin(), fids.end()), fids.end());
    if (fids.size() < 2)
        return fail(tr("Select at least two features to merge."));
    if (!l->geometryType.toUpper().endsWith(u"POLYGON"))
        return fail(tr("Only areas (polygons) are merged; \"%1\" holds %2.")
                        .arg(l->info.name, familyWord(l->geometryType)));
    GEOSContextHandle_t ctx = geos::context();
    std::vector<GEOSGeometry *> shapes;
    Merged merged;
    merged.kept = fids.first();
    for (const qint64 fid : std::as_const(fids)) {
        auto wkb = geometry(layerId, fid);
        if (!wkb) {
            for (GEOSGeometry *g : shapes)
                GEOSGeom_destroy_r(ctx, g);
            return std::unexpected(wkb.error());
        }
        if (fid == merged.kept)
            merged.oldShape = *wkb;
        shapes.push_back(geos::fromWkb(*wkb).release());
    }
    const geos::GeometryPtr all(GEOSGeom_createCollection_r(
        ctx, GEOS_GEOMETRYCOLLECTION, shapes.data(), unsigned(shapes.size())));
    const geos::GeometryPtr united(all ? GEOSUnaryUnion_r(ctx, all.get()) : nullptr);
    if (!united)
        return fail(tr("The features could not be merged."), m_project.path());
    Database &db = m_project.db();
    Transaction tx(db);
    if (!tx.begun())
        return std::unexpected(tx.begun().error());
    if (auto ok = setGeometry(layerId, merged.kept, geos::toWkb(united.get())); !ok)
        return std::unexpected(ok.error());
    auto removed = deleteFeatures(layerId, fids.mid(1));
    if (!removed)
        return std::unexpected(removed.error());
    merged.removed = std::move(*removed);
    if (auto ok = tx.commit(); !ok)
        return std::unexpected(ok.error());
    return merged;
}

Result<void> FeatureEditor::restore(const RemovedRows &removed)
{
    if (auto ok = m_project.checkWritable(); !ok)
        return ok;
    auto l = layer(removed.layerId);
    if (!l)
        return std::unexpected(l.error());
    Database &db = m_project.db();
    Transaction tx(db);
    if (!tx.begun())
        return tx.begun();
    for (const RemovedRows::Table &table : removed.tables) {
        const auto name = Identifier::make(table.name);
        QList<Identifier> columns;
        for (const QString &c : table.columns)
            if (const auto id = Identifier::make(c))
                columns.append(*id);
        if (!name || columns.size() != table.columns.size())
            return fail(
                tr("The table \"%1\" has a name this program does not write.").arg(table.name),
                m_project.path());
        auto insert = db.prepareInsert(*name, columns);
        if (!insert)
            return std::unexpected(insert.error());
        for (const QVariantList &row : table.rows) {
            for (qsizetype i = 0; i < row.size(); ++i)
                insert->bind(int(i) + 1, row[i]);
            if (auto ok = insert->exec(); !ok)
                return ok;
        }
    }
    auto person = db.prepare("UPDATE geisep_stakeholders SET area_id = ? WHERE id = ?");
    if (!person)
        return std::unexpected(person.error());
    for (const auto &[id, area] : removed.clearedStakeholders) {
        person->bind(1, area).bind(2, id);
        if (auto ok = person->exec(); !ok)
            return ok;
    }
    if (auto ok = gpkg::refreshExtent(db, *Identifier::make(l->info.tableName)); !ok)
        return ok;
    return tx.commit();
}

} // namespace geisep
