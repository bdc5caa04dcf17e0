#include "core/gpkg.h"

#include <QCoreApplication>
#include <QtEndian>
#include <algorithm>

#include <sqlite3.h>

#include <cmath>
#include <cstring>

namespace geisep::gpkg {

namespace {

class GpkgText
{
    Q_DECLARE_TR_FUNCTIONS(GpkgText)
};

// Envelope of a GeoPackage blob for the ST_* functions; nullopt when the blob is not one.
std::optional<Envelope> blobEnvelope(sqlite3_value *value, bool *isEmpty)
{
    if (sqlite3_value_type(value) != SQLITE_BLOB)
        return std::nullopt;
    const auto *data = static_cast<const char *>(sqlite3_value_blob(value));
    const int size = sqlite3_value_bytes(value);
    auto header = decodeHeader(data, size);
    if (!header)
        return std::nullopt;
    if (isEmpty)
        *isEmpty = header->empty;
    if (header->envelope)
        return header->envelope;
    return wkbEnvelope(data + header->wkbOffset, size - header->wkbOffset);
}

enum class Bound { MinX, MaxX, MinY, MaxY };

template<Bound B> void stBound(sqlite3_context *ctx, int, sqlite3_value **argv)
{
    bool empty = false;
    const auto env = blobEnvelope(argv[0], &empty);
    if (!env || env->isEmpty()) {
        sqlite3_result_null(ctx);
        return;
    }
    switch (B) {
    case Bound::MinX:
        sqlite3_result_double(ctx, env->minX);
        break;
    case Bound::MaxX:
        sqlite3_result_double(ctx, env->maxX);
        break;
    case Bound::MinY:
        sqlite3_result_double(ctx, env->minY);
        break;
    case Bound::MaxY:
        sqlite3_result_double(ctx, env->maxY);
        break;
    }
}

void stIsEmpty(sqlite3_context *ctx, int, sqlite3_value **argv)
{
    bool empty = false;
    const auto env = blobEnvelope(argv[0], &empty);
    if (!env) {
        sqlite3_result_null(ctx);
        return;
    }
    sqlite3_result_int(ctx, (empty || env->isEmpty()) ? 1 : 0);
}

} // namespace

Result<void> registerFunctions(sqlite3 *db)
{
    const int flags = SQLITE_UTF8 | SQLITE_DETERMINISTIC;
    struct Fn
    {
        const char *name;
        void (*fn)(sqlite3_context *, int, sqlite3_value **);
    };
    const Fn functions[] = {{"ST_MinX", &stBound<Bound::MinX>},
                            {"ST_MaxX", &stBound<Bound::MaxX>},
                            {"ST_MinY", &stBound<Bound::MinY>},
                            {"ST_MaxY", &stBound<Bound::MaxY>},
                            {"ST_IsEmpty", &stIsEmpty}};
    for (const Fn &f : functions) {
        if (sqlite3_create_function_v2(db, f.name, 1, flags, nullptr, f.fn, nullptr, nullptr,
                                       nullptr)
            != SQLITE_OK)
            return fail(GpkgText::tr("Cannot register the GeoPackage function %1.")
                            .arg(QString::fromLatin1(f.name)));
    }
    return {};
}

std::optional<Envelope> wkbEnvelope(const char *data, qsizetype size)
{
    Envelope env;
    quint32 ringSize = 0;
    const bool ok = walkWkb(
        data, size, [&](quint32 n) { ringSize = n; },
        [&](double x, double y) {
            // An empty point is written as NaN, NaN.
            if (!(ringSize == 1 && std::isnan(x) && std::isnan(y)))
                env.expand(x, y);
        });
    if (!ok)
        return std::nullopt;
    return env;
}

QByteArray encodeGeometry(int srsId, const QByteArray &wkb, const Envelope &envelope)
{
    const bool empty = envelope.isEmpty();
    QByteArray out;
    out.reserve(8 + (empty ? 0 : 32) + wkb.size());
    out.append('G').append('P').append(char(0));
    // flags: bit 0 little-endian, bits 1-3 envelope (1 = xy), bit 4 empty.
    const char flags = char(0x01 | (empty ? 0x10 : 0x02));
    out.append(flags);
    char buf[8];
    qToLittleEndian<qint32>(srsId, buf);
    out.append(buf, 4);
    if (!empty) {
        for (double v : {envelope.minX, envelope.maxX, envelope.minY, envelope.maxY}) {
            qToLittleEndian<double>(v, buf);
            out.append(buf, 8);
        }
    }
    out.append(wkb);
    return out;
}

std::optional<GeometryHeader> decodeHeader(const char *data, qsizetype size)
{
    if (size < 8 || data[0] != 'G' || data[1] != 'P' || data[2] != 0)
        return std::nullopt;
    const auto flags = static_cast<unsigned char>(data[3]);
    const bool little = flags & 0x01;
    const int envelopeKind = (flags >> 1) & 0x07;
    static constexpr int doublesFor[] = {0, 4, 6, 6, 8};
    if (envelopeKind > 4)
        return std::nullopt;
    const qsizetype headerSize = 8 + 8 * doublesFor[envelopeKind];
    if (size < headerSize)
        return std::nullopt;
    GeometryHeader header;
    header.empty = flags & 0x10;
    const auto *u = reinterpret_cast<const unsigned char *>(data);
    header.srsId = little ? qFromLittleEndian<qint32>(u + 4) : qFromBigEndian<qint32>(u + 4);
    if (envelopeKind > 0) {
        auto at = [&](int i) {
            return little ? qFromLittleEndian<double>(u + 8 + 8 * i)
                          : qFromBigEndian<double>(u + 8 + 8 * i);
        };
        header.envelope = Envelope{at(0), at(2), at(1), at(3)};
    }
    header.wkbOffset = headerSize;
    return header;
}

std::optional<GeometryHeader> decodeHeader(const QByteArray &blob)
{
    return decodeHeader(blob.constData(), blob.size());
}

namespace {

// The column types a feature table may declare; TEXT(n): text of at most n characters, as
// GeoPackage declares a length.
bool isAllowedColumnType(const QByteArray &type)
{
    static const QList<QByteArray> allowedTypes
        = {"INTEGER", "REAL", "TEXT", "BLOB", "DATE", "DATETIME", "BOOLEAN"};
    if (allowedTypes.contains(type))
        return true;
    if (!type.startsWith("TEXT(") || !type.endsWith(')') || type.size() < 7 || type.size() > 12)
        return false;
    const QByteArray digits = type.mid(5, type.size() - 6);
    return std::all_of(digits.begin(), digits.end(), [](char c) { return c >= '0' && c <= '9'; });
}

// Runs DDL assembled only from checked identifiers and the fixed type list.
Result<void> execDdl(Database &db, const QByteArray &ddl, const QString &what)
{
    char *message = nullptr;
    if (sqlite3_exec(db.handle(), ddl.constData(), nullptr, nullptr, &message) != SQLITE_OK) {
        Error error{what.arg(QString::fromUtf8(message)), db.path(), {}};
        sqlite3_free(message);
        return std::unexpected(error);
    }
    return {};
}

} // namespace

Result<void> addColumn(Database &db, const Identifier &table, const FieldSpec &field)
{
    if (!isAllowedColumnType(field.sqlType))
        return fail(
            GpkgText::tr("Unknown column type %1.").arg(QString::fromLatin1(field.sqlType)));
    return execDdl(db,
                   "ALTER TABLE " + table.quoted() + " ADD COLUMN " + field.name.quoted() + ' '
                       + field.sqlType,
                   GpkgText::tr("Cannot add the field: %1"));
}

Result<void> dropColumn(Database &db, const Identifier &table, const Identifier &column)
{
    return execDdl(db, "ALTER TABLE " + table.quoted() + " DROP COLUMN " + column.quoted(),
                   GpkgText::tr("Cannot remove the field: %1"));
}

Result<void> createFeatureTable(Database &db, const FeatureTableSpec &spec)
{
    const auto isAllowed = isAllowedColumnType;
    static const QList<QByteArray> geometryTypes
        = {"GEOMETRY",   "POINT",           "LINESTRING",   "POLYGON",
           "MULTIPOINT", "MULTILINESTRING", "MULTIPOLYGON", "GEOMETRYCOLLECTION"};
    if (!geometryTypes.contains(spec.geometryType))
        return fail(
            GpkgText::tr("Unknown geometry type %1.").arg(QString::fromLatin1(spec.geometryType)));

    // The DDL is assembled only from checked identifiers and the fixed type lists above.
    QByteArray ddl = "CREATE TABLE " + spec.table.quoted()
                     + " (fid INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL, geom "
                     + spec.geometryType;
    for (const FieldSpec &field : spec.fields) {
        if (!isAllowed(field.sqlType))
            return fail(
                GpkgText::tr("Unknown column type %1.").arg(QString::fromLatin1(field.sqlType)));
        ddl += ", " + field.name.quoted() + ' ' + field.sqlType;
    }
    ddl += ')';
    char *message = nullptr;
    if (sqlite3_exec(db.handle(), ddl.constData(), nullptr, nullptr, &message) != SQLITE_OK) {
        Error error{
            GpkgText::tr("Cannot create the layer table: %1").arg(QString::fromUtf8(message)),
            db.path(),
            {}};
        sqlite3_free(message);
        return std::unexpected(error);
    }

    auto contents = db.prepare(
        "INSERT INTO gpkg_contents (table_name, data_type, identifier, description, srs_id) "
        "VALUES (?, 'features', ?, ?, ?)");
    if (!contents)
        return std::unexpected(contents.error());
    contents->bind(1, spec.table.name()).bind(2, spec.identifier).bind(3, spec.description);
    contents->bind(4, spec.srsId);
    if (auto ok = contents->exec(); !ok)
        return ok;

    auto columns = db.prepare(
        "INSERT INTO gpkg_geometry_columns (table_name, column_name, geometry_type_name, srs_id, "
        "z, m) VALUES (?, 'geom', ?, ?, 0, 0)");
    if (!columns)
        return std::unexpected(columns.error());
    columns->bind(1, spec.table.name())
        .bind(2, QString::fromLatin1(spec.geometryType))
        .bind(3, spec.srsId);
    if (auto ok = columns->exec(); !ok)
        return ok;

    auto ext = db.prepare(
        "INSERT INTO gpkg_extensions (table_name, column_name, extension_name, definition, scope) "
        "VALUES (?, 'geom', 'gpkg_rtree_index', "
        "'http://www.geopackage.org/spec120/#extension_rtree', 'write-only')");
    if (!ext)
        return std::unexpected(ext.error());
    ext->bind(1, spec.table.name());
    if (auto ok = ext->exec(); !ok)
        return ok;

    const auto rtree
        = *Identifier::make(QStringLiteral("rtree_") + spec.table.name() + QStringLiteral("_geom"));
    const auto trig = [&](const char *suffix) {
        return *Identifier::make(rtree.name() + QString::fromLatin1(suffix));
    };
    // The triggers of the GeoPackage R-tree extension (spec, annex F.3), for column "geom".
    return db.execWith(
        "CREATE VIRTUAL TABLE %2 USING rtree(id, minx, maxx, miny, maxy);"
        "CREATE TRIGGER %3 AFTER INSERT ON %1 WHEN (new.geom NOT NULL AND NOT ST_IsEmpty(NEW.geom))"
        " BEGIN INSERT OR REPLACE INTO %2 VALUES (NEW.fid, ST_MinX(NEW.geom), ST_MaxX(NEW.geom),"
        " ST_MinY(NEW.geom), ST_MaxY(NEW.geom)); END;"
        "CREATE TRIGGER %4 AFTER UPDATE OF geom ON %1 WHEN OLD.fid = NEW.fid AND"
        " (NEW.geom NOTNULL AND NOT ST_IsEmpty(NEW.geom)) BEGIN INSERT OR REPLACE INTO %2 VALUES"
        " (NEW.fid, ST_MinX(NEW.geom), ST_MaxX(NEW.geom), ST_MinY(NEW.geom), ST_MaxY(NEW.geom));"
        " END;"
        "CREATE TRIGGER %5 AFTER UPDATE OF geom ON %1 WHEN OLD.fid = NEW.fid AND"
        " (NEW.geom ISNULL OR ST_IsEmpty(NEW.geom)) BEGIN DELETE FROM %2 WHERE id = OLD.fid; END;"
        "CREATE TRIGGER %6 AFTER UPDATE ON %1 WHEN OLD.fid != NEW.fid AND"
        " (NEW.geom NOTNULL AND NOT ST_IsEmpty(NEW.geom)) BEGIN DELETE FROM %2 WHERE id = OLD.fid;"
        " INSERT OR REPLACE INTO %2 VALUES (NEW.fid, ST_MinX(NEW.geom), ST_MaxX(NEW.geom),"
        " ST_MinY(NEW.geom), ST_MaxY(NEW.geom)); END;"
        "CREATE TRIGGER %7 AFTER UPDATE ON %1 WHEN OLD.fid != NEW.fid AND"
        " (NEW.geom ISNULL OR ST_IsEmpty(NEW.geom)) BEGIN DELETE FROM %2 WHERE id IN"
        " (OLD.fid, NEW.fid); END;"
        "CREATE TRIGGER %8 AFTER DELETE ON %1 WHEN old.geom NOT NULL"
        " BEGIN DELETE FROM %2 WHERE id = OLD.fid; END;",
        {spec.table, rtree, trig("_insert"), trig("_update1"), trig("_update2"), trig("_update3"),
         trig("_update4"), trig("_delete")});
}

Result<void> dropFeatureTable(Database &db, const QString &table)
{
    const auto name = Identifier::make(table);
    if (!name)
        return fail(QStringLiteral("Not a table name: %1").arg(table), db.path());
    QString column = QStringLiteral("geom");
    if (auto stmt
        = db.prepare("SELECT column_name FROM gpkg_geometry_columns WHERE table_name = ?")) {
        stmt->bind(1, table);
        auto row = stmt->step();
        if (!row)
            return std::unexpected(row.error());
        if (*row)
            column = stmt->text(0);
    }
    const QString rtree = QStringLiteral("rtree_%1_%2").arg(table, column);
    if (db.tableExists(rtree)) {
        const auto rtreeName = Identifier::make(rtree);
        if (!rtreeName)
            return fail(QStringLiteral("Not a table name: %1").arg(rtree), db.path());
        if (auto ok = db.execWith("DROP TABLE %1", {*rtreeName}); !ok)
            return ok;
    }
    for (Sql sql : {Sql("DELETE FROM gpkg_extensions WHERE table_name = ?"),
                    Sql("DELETE FROM gpkg_geometry_columns WHERE table_name = ?"),
                    Sql("DELETE FROM gpkg_contents WHERE table_name = ?")}) {
        auto stmt = db.prepare(sql);
        if (!stmt)
            return std::unexpected(stmt.error());
        stmt->bind(1, table);
        if (auto ok = stmt->exec(); !ok)
            return ok;
    }
    if (db.tableExists(QStringLiteral("layer_styles"))) {
        // QGIS's styles of the table (gis/io/qgisstyle.h) go with it.
        auto styles = db.prepare("DELETE FROM layer_styles WHERE f_table_name = ?");
        if (!styles)
            return std::unexpected(styles.error());
        if (auto ok = styles->bind(1, table).exec(); !ok)
            return ok;
    }
    // The R-tree triggers go with their table.
    return db.execWith("DROP TABLE IF EXISTS %1", {*name});
}

Result<void> refreshExtent(Database &db, const Identifier &table)
{
    const auto rtree
        = *Identifier::make(QStringLiteral("rtree_") + table.name() + QStringLiteral("_geom"));
    auto extent
        = db.prepareWith("SELECT min(minx), min(miny), max(maxx), max(maxy) FROM %1", {rtree});
    if (!extent)
        return std::unexpected(extent.error());
    auto row = extent->step();
    if (!row)
        return std::unexpected(row.error());
    auto update
        = db.prepare("UPDATE gpkg_contents SET min_x = ?, min_y = ?, max_x = ?, max_y = ?, "
                     "last_change = strftime('%Y-%m-%dT%H:%M:%fZ','now') WHERE table_name = ?");
    if (!update)
        return std::unexpected(update.error());
    for (int i = 0; i < 4; ++i)
        update->bind(i + 1, extent->value(i));
    update->bind(5, table.name());
    return update->exec();
}

} // namespace geisep::gpkg
