#pragma once

#include "core/error.h"
#include "core/sqlite.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <limits>
#include <optional>

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
    QByteArray sqlType; // one of INTEGER, REAL, TEXT, BLOB, DATE, DATETIME
};

struct FeatureTableSpec
{
    Identifier table;
    QString identifier;      // the name people see (gpkg_contents.identifier)
    QString description;
    QByteArray geometryType; // POINT, LINESTRING, POLYGON, MULTI*, GEOMETRY
    int srsId = 0;
    QList<FieldSpec> fields;
};

// CREATE TABLE with fid and geom, register it in gpkg_contents and gpkg_geometry_columns, and
// add the R-tree index with its triggers. Runs inside the caller's transaction.
Result<void> createFeatureTable(Database &db, const FeatureTableSpec &spec);

// Recompute gpkg_contents' extent of a feature table from its R-tree.
Result<void> refreshExtent(Database &db, const Identifier &table);

} // namespace gpkg

// registerFunctions is also used by Database::open under this name.
inline Result<void> registerGeoPackageFunctions(sqlite3 *db)
{
    return gpkg::registerFunctions(db);
}

} // namespace geisep
