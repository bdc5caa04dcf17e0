#include "gis/edit/featureedit.h"
#include "gis/edit/featureedit_p.h"

#include "core/findlayer.h"
#include "core/gpkg.h"
#include "core/text/csv.h"
#include "core/text/turkish.h"
#include "gis/geos.h"
#include "gis/io/importer.h"
#include "gis/io/qgisstyle.h"
#include "gis/map/maplayer.h"
#include "gis/print/printwords.h"

#include <QDate>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSet>
#include <QtEndian>

#include <algorithm>
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

EditField field(const char *name, Type type, int maxLength = 0)
{
    return {QString::fromLatin1(name), type, maxLength, false};
}

} // namespace

namespace featureedit {

// "Households (estimated): "x" is not a whole number; …", the field as the window names it.
QString fieldMessage(const QString &field, const QString &message)
{
    return PrintWords::inWindowLanguage().fieldTitle(QStringLiteral("field.") + field)
           + QStringLiteral(": ") + message;
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

} // namespace featureedit

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

FeatureEditor::FeatureEditor(Project &project)
    : m_project(project)
{}

QList<EditField> FeatureEditor::fieldTemplate(LayerRole role)
{
    if (role == LayerRole::MigrantArea)
        return {field("name", Type::Text, 120),   field("households", Type::Integer),
                field("persons", Type::Integer),  field("source", Type::Text, 200),
                field("survey_date", Type::Date), field("note", Type::Text)};
    if (role == LayerRole::Infrastructure)
        return {field("name", Type::Text, 120), field("service", Type::Text, 40),
                field("capacity", Type::Integer)};
    if (role == LayerRole::MuhtarDistrict)
        return {field("name", Type::Text, 120), field("code", Type::Text, 20),
                field("district", Type::Text, 60), field("province", Type::Text, 40)};
    return {field("name", Type::Text, 120), field("note", Type::Text)};
}

Error FeatureEditor::unknownRole(const QString &name, const QString &path)
{
    return {tr("Unknown role \"%1\"; use one of: %2.")
                .arg(name, roleNames(LayerImporter::roles()).join(QStringLiteral(", "))),
            path, QString()};
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
        return std::unexpected(unknownRole(roleName(spec.role), m_project.path()));
    static const QList<QByteArray> kinds
        = {"POINT", "MULTIPOINT", "LINESTRING", "MULTILINESTRING", "POLYGON", "MULTIPOLYGON"};
    if (!kinds.contains(spec.geometryType))
        return fail(tr("A layer holds points, lines or polygons, not \"%1\".")
                        .arg(QString::fromLatin1(spec.geometryType)),
                    m_project.path());
    if (isAreaRole(spec.role) && !spec.geometryType.endsWith("POLYGON"))
        return fail(tr("Areas are polygons: a layer of areas cannot hold %1.")
                        .arg(featureedit::familyWord(QString::fromLatin1(spec.geometryType))),
                    m_project.path(), tr("Choose polygons, or the role \"reference\"."));
    const QList<LayerInfo> existing = m_project.layers();
    if (const LayerInfo *taken = findByName(
            existing, name, [](const LayerInfo &l) { return l.name; },
            [](const LayerInfo &) { return QString(); }))
        return fail(tr("The project already has a layer \"%1\".").arg(taken->name),
                    m_project.path(), tr("Choose another name."));

    QList<EditField> fields = spec.fields.isEmpty() ? fieldTemplate(spec.role) : spec.fields;
    if (spec.role == LayerRole::Infrastructure
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

    return withTransaction(db, [&]() -> Result<qint64> {
        const gpkg::FeatureTableSpec tableSpec{
            *Identifier::make(table), name, tr("Drawn in GEİSEP Workbench"),
            spec.geometryType,        srs,  columns};
        if (auto ok = gpkg::createFeatureTable(db, tableSpec); !ok)
            return std::unexpected(ok.error());
        auto row
            = db.prepare("INSERT INTO geisep_layers (table_name, name, role, position) VALUES "
                         "(?, ?, ?, (SELECT coalesce(max(position), 0) + 1 FROM geisep_layers))");
        if (!row)
            return std::unexpected(row.error());
        row->bind(1, table).bind(2, name).bind(3, roleName(spec.role));
        if (auto ok = row->exec(); !ok)
            return std::unexpected(ok.error());
        const qint64 id = db.lastInsertRowId();
        if (spec.role == LayerRole::MigrantArea) {
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
        } else if (auto ok = writeQgisStyle(db, id); !ok) {
            return std::unexpected(ok.error());
        }
        return id;
    });
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
    out.info.role = storedRole(stmt->text(2));
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

Result<QVariantMap> FeatureEditor::fieldValues(qint64 layerId, qint64 fid)
{
    auto l = layer(layerId);
    if (!l)
        return std::unexpected(l.error());
    auto fields = this->fields(layerId);
    if (!fields)
        return std::unexpected(fields.error());
    auto stmt = m_project.db().prepareWith("SELECT * FROM %1 WHERE fid = ?",
                                           {*Identifier::make(l->info.tableName)});
    if (!stmt)
        return std::unexpected(stmt.error());
    stmt->bind(1, fid);
    auto found = stmt->step();
    if (!found)
        return std::unexpected(found.error());
    QVariantMap out;
    if (!*found)
        return out;
    for (int c = 0; c < stmt->columnCount(); ++c) {
        const QString name = stmt->columnName(c);
        if (std::any_of(fields->begin(), fields->end(),
                        [&](const EditField &f) { return f.name == name; }))
            out.insert(name, stmt->value(c));
    }
    return out;
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
    return withTransaction(db, [&]() -> Result<void> {
        if (fieldName.startsWith(u"area.")) {
            if (!isAreaRole(l->info.role))
                return fail(tr("The layer \"%1\" holds no areas.").arg(l->info.name));
            const QString column = fieldName.mid(5);
            const QString text = input.toString().trimmed();
            Result<Statement> stmt = std::unexpected(Error{});
            if (column == u"name") {
                stmt
                    = db.prepare("UPDATE geisep_areas SET name = ?, name_folded = ? WHERE layer_id "
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
                           : db.prepare(
                               "UPDATE geisep_areas SET district = ? WHERE layer_id = ? AND "
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
                return fail(
                    tr("The layer \"%1\" has no field \"%2\".").arg(l->info.name, fieldName));
            auto parsed = parseValue(*f, input);
            if (!parsed)
                return fail(featureedit::fieldMessage(f->name, parsed.error().message),
                            m_project.path());
            auto stmt = db.prepareWith(
                "UPDATE %1 SET %2 = ? WHERE fid = ?",
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
        return gpkg::refreshExtent(db, *Identifier::make(l->info.tableName));
    });
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

} // namespace geisep
