#pragma once

#include "core/error.h"
#include "core/sqlite.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QtEndian>

#include <cstring>
#include <limits>
#include <optional>
#include <type_traits>

struct sqlite3;

namespace geisep {

// An axis-aligned box in the project CRS, x = easting / longitude first.
struct Envelope
{
    double minX = std::numeric_limits<double>::infinity();
    double minY = std::numeric_limits<double>::infinity();
    double maxX = -std::numeric_limits<double>::infinity();
    double maxY = -std::numeric_limits<double>::infinity();

    bool isEmpty() const { return !(minX <= maxX && minY <= maxY); }
    bool operator==(const Envelope &) const = default;
    void expand(double x, double y)
    {
        minX = std::min(minX, x);
        minY = std::min(minY, y);
        maxX = std::max(maxX, x);
        maxY = std::max(maxY, y);
    }
    void expand(const Envelope &other)
    {
        if (!other.isEmpty()) {
            expand(other.minX, other.minY);
            expand(other.maxX, other.maxY);
        }
    }
    double width() const { return maxX - minX; }
    double height() const { return maxY - minY; }
    bool intersects(const Envelope &o) const
    {
        return !(o.minX > maxX || o.maxX < minX || o.minY > maxY || o.maxY < minY);
    }
};

// A row of gpkg_spatial_ref_sys. The definition is OGC WKT as PROJ writes it (gis/crs.h).
struct SpatialRefSys
{
    int srsId = 0;
    QString name;
    QString organization;
    int organizationCoordsysId = 0;
    QString definition;
    QString description;
};

namespace gpkg {

// Registers ST_MinX/MaxX/MinY/MaxY and ST_IsEmpty, which the GeoPackage R-tree triggers call.
Result<void> registerFunctions(sqlite3 *db);

// Walks ISO or extended WKB without building anything: ring(n) at the start of each ring
// (a point is a ring of one vertex, a line string one ring), then vertex(x, y) for each of its
// vertices (Z and M skipped). False when the WKB is malformed or cut short; then the calls
// made so far describe a prefix only.
template<typename RingFn, typename VertexFn>
bool walkWkb(const char *data, qsizetype size, RingFn &&ring, VertexFn &&vertex);

// Bounding box of a WKB geometry (2D, Z and M ignored); nullopt if the WKB is malformed,
// an empty Envelope for an empty geometry.
std::optional<Envelope> wkbEnvelope(const char *data, qsizetype size);

// GeoPackage binary geometry: "GP", version 0, flags, srs_id, envelope, then ISO WKB.
QByteArray encodeGeometry(int srsId, const QByteArray &wkb, const Envelope &envelope);

struct GeometryHeader
{
    int srsId = 0;
    bool empty = false;
    std::optional<Envelope> envelope; // absent when the blob carries none
    qsizetype wkbOffset = 0;
};
std::optional<GeometryHeader> decodeHeader(const QByteArray &blob);
std::optional<GeometryHeader> decodeHeader(const char *data, qsizetype size);

// The columns of a new feature table after fid and geom.
struct FieldSpec
{
    Identifier name;
    QByteArray sqlType; // INTEGER, REAL, TEXT, TEXT(n), BLOB, DATE, DATETIME or BOOLEAN
};

struct FeatureTableSpec
{
    Identifier table;
    QString identifier; // the name people see (gpkg_contents.identifier)
    QString description;
    QByteArray geometryType; // POINT, LINESTRING, POLYGON, MULTI*, GEOMETRY
    int srsId = 0;
    QList<FieldSpec> fields;
};

// CREATE TABLE with fid and geom, register it in gpkg_contents and gpkg_geometry_columns, and
// add the R-tree index with its triggers. Runs inside the caller's transaction.
Result<void> createFeatureTable(Database &db, const FeatureTableSpec &spec);

// ALTER TABLE … ADD COLUMN / DROP COLUMN on a feature table (a type from FieldSpec's list).
// Run inside the caller's transaction.
Result<void> addColumn(Database &db, const Identifier &table, const FieldSpec &field);
Result<void> dropColumn(Database &db, const Identifier &table, const Identifier &column);

// Drops a feature table with its R-tree and its rows in gpkg_contents, gpkg_geometry_columns
// and gpkg_extensions. Runs inside the caller's transaction.
Result<void> dropFeatureTable(Database &db, const QString &table);

// Recompute gpkg_contents' extent of a feature table from its R-tree.
Result<void> refreshExtent(Database &db, const Identifier &table);

namespace detail {

template<typename RingFn, typename VertexFn> class WkbWalker
{
public:
    WkbWalker(const char *data, qsizetype size, RingFn &ring, VertexFn &vertex)
        : m_data(reinterpret_cast<const unsigned char *>(data))
        , m_size(size)
        , m_ring(ring)
        , m_vertex(vertex)
    {}

    bool geometry(int depth = 0)
    {
        // As deep as GDAL reads (it refuses a 32nd level of nesting), and no deeper.
        if (depth >= 32 || m_pos + 5 > m_size || m_data[m_pos] > 1)
            return false;
        m_little = m_data[m_pos++] == 1;
        quint32 type = u32();
        int dims = 2 + ((type & 0x80000000u) ? 1 : 0) + ((type & 0x40000000u) ? 1 : 0);
        type &= 0x0fffffffu;
        if (type / 1000 == 1 || type / 1000 == 2)
            dims = 3;
        else if (type / 1000 == 3)
            dims = 4;
        switch (type % 1000) {
        case 1: // Point
            return ring(1, dims);
        case 2: // LineString
            return m_pos + 4 <= m_size && ring(u32(), dims);
        case 3: { // Polygon
            if (m_pos + 4 > m_size)
                return false;
            for (quint32 r = 0, rings = u32(); r < rings; ++r)
                if (m_pos + 4 > m_size || !ring(u32(), dims))
                    return false;
            return true;
        }
        case 4:
        case 5:
        case 6:
        case 7: { // Multi* and GeometryCollection
            if (m_pos + 4 > m_size)
                return false;
            for (quint32 p = 0, parts = u32(); p < parts; ++p)
                if (!geometry(depth + 1))
                    return false;
            return true;
        }
        default:
            return false;
        }
    }

private:
    quint32 u32()
    {
        const quint32 v = m_little ? qFromLittleEndian<quint32>(m_data + m_pos)
                                   : qFromBigEndian<quint32>(m_data + m_pos);
        m_pos += 4;
        return v;
    }
    double f64()
    {
        const quint64 bits = m_little ? qFromLittleEndian<quint64>(m_data + m_pos)
                                      : qFromBigEndian<quint64>(m_data + m_pos);
        m_pos += 8;
        double d;
        std::memcpy(&d, &bits, sizeof d);
        return d;
    }
    bool ring(quint32 n, int dims)
    {
        if (qsizetype(n) * dims * 8 > m_size - m_pos)
            return false;
        m_ring(n);
        for (quint32 i = 0; i < n; ++i) {
            const double x = f64();
            const double y = f64();
            m_pos += 8 * (dims - 2);
            m_vertex(x, y);
        }
        return true;
    }

    const unsigned char *m_data;
    qsizetype m_size;
    qsizetype m_pos = 0;
    bool m_little = true;
    RingFn &m_ring;
    VertexFn &m_vertex;
};

} // namespace detail

template<typename RingFn, typename VertexFn>
bool walkWkb(const char *data, qsizetype size, RingFn &&ring, VertexFn &&vertex)
{
    detail::WkbWalker<std::remove_reference_t<RingFn>, std::remove_reference_t<VertexFn>> walker(
        data, size, ring, vertex);
    return walker.geometry();
}

} // namespace gpkg

// registerFunctions is also used by Database::open under this name.
inline Result<void> registerGeoPackageFunctions(sqlite3 *db)
{
    return gpkg::registerFunctions(db);
}

} // namespace geisep
