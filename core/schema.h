#pragma once

#include "core/error.h"
#include "core/gpkg.h"
#include "core/sqlite.h"

#include <QList>
#include <QString>

namespace geisep::schema {

// The schema version this program writes. History:
//   1  the whole data model of DESIGN.md (plan, areas, figures, layers, styles, layouts, runs)
//   2  geisep_match_fixes (hand-made name matches, reused on the next import of a source)
//      and the privacy threshold in geisep_meta
//   3  geisep_layers.kind (vector, or a raster basemap linked by path) and .removed (a layer
//      removed in this session, kept until the session ends so the removal can be undone)
inline constexpr int kCurrentVersion = 7;

// The plan and project tables, in the order they are created; all registered as attributes.
QList<QString> planTables();

// Application id and user_version that mark a GeoPackage 1.3 file.
inline constexpr int kApplicationId = 0x47504B47; // "GPKG"
inline constexpr int kUserVersion = 10300;

struct NewProject
{
    QString name;
    QString province;
    QString municipality;
    SpatialRefSys crs;   // the project CRS, e.g. EPSG:5256 (TUREF / TM36)
    SpatialRefSys wgs84; // EPSG:4326, which every GeoPackage must hold
};

// Creates the GeoPackage core tables and the version-1 plan schema in an empty database, then
// migrates it to kCurrentVersion, all inside the caller's transaction. Starting every new file
// at version 1 means each migration runs on every new project, not only on old files.
// upToVersion exists for the tests' fixture of older files (tests/support/make_fixture.cpp).
Result<void> createProject(Database &db, const NewProject &project,
                           int upToVersion = kCurrentVersion);

// Reads geisep_meta's schema_version; 0 if the file has no GEİSEP tables.
Result<int> version(Database &db);

// Migrates from `from` to `to` (default kCurrentVersion) inside the caller's transaction.
Result<void> migrate(Database &db, int from, int to);

// Migrates from `from` to kCurrentVersion inside the caller's transaction.
Result<void> migrate(Database &db, int from);

// An older file opened read-only is not migrated (that would write to it): instead temporary
// views and tables, which shadow the file's own for this connection only, show it in the
// current schema, with the defaults a migration would give (kind 'vector', not removed, no
// analysis run, no filter, no mahalle shares). The file is not touched.
Result<void> presentAsCurrent(Database &db, int version);

} // namespace geisep::schema
