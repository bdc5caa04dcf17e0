#pragma once

#include "core/error.h"
#include "core/gpkg.h"
#include "core/layerrole.h"
#include "core/projectlock.h"
#include "core/schema.h"
#include "core/sqlite.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <memory>
#include <optional>

class QFileInfo;

namespace geisep {

// A layer of the project as `info` and the layers panel show it.
struct LayerInfo
{
    qint64 id = 0;
    QString tableName;
    QString name;
    LayerRole role = LayerRole::Reference;
    QString geometryType;
    int srsId = 0;
    qint64 featureCount = -1; // -1 when the table is missing
    std::optional<Envelope> extent;
    bool isSample = false;
    bool visible = true;
    double opacity = 1.0;
    bool isRaster = false; // a basemap linked by path; `source` is the GDAL dataset name
    QString source;
    // Only the features this accepts are drawn, listed, analysed and printed (as QGIS's subset
    // string), in the atlas filter's language; empty: all (gis/edit/featuretable.h applies it).
    QString filter;
};

// A layer's saved filter (geisep_layers.filter); empty when it has none.
Result<QString> savedLayerFilter(Database &db, qint64 layerId);

struct PlanCounts
{
    qint64 sectors = 0;
    qint64 goals = 0;
    qint64 objectives = 0;
    qint64 actions = 0;
    qint64 indicators = 0;
    qint64 stakeholders = 0;
    qint64 links = 0;
    qint64 areas = 0;
};

struct ProjectInfo
{
    QString path;
    QString name;
    QString province;
    QString municipality;
    int srsId = 0;
    QString crsName;
    int schemaVersion = 0;
    bool readOnly = false;
    qint64 inUseByPid = 0; // the process editing the file now, 0 if none (-1 if unknown)
    QList<LayerInfo> layers;
    PlanCounts plan;
};

// What happened when an older file was opened: it was copied aside, then migrated.
struct MigrationRecord
{
    int fromVersion = 0;
    int toVersion = 0;
    QString backupPath;
};

// An open project file: one GeoPackage, one writer connection (or a read-only one when another
// process is the writer), the schema checked and migrated on open.
class Project
{
    Q_DECLARE_TR_FUNCTIONS(Project)

public:
    enum class Access { ReadWrite, ReadOnly };

    // Creates PATH (which must not exist) as a new project. The file is written under a
    // temporary name and renamed into place, so a failure leaves nothing behind.
    static Result<std::unique_ptr<Project>> create(const QString &path,
                                                   const schema::NewProject &options);
    static Result<std::unique_ptr<Project>> open(const QString &path,
                                                 Access access = Access::ReadWrite);
    ~Project();

    const QString &path() const { return m_db.path(); }
    bool isReadOnly() const { return m_readOnly; }
    // Why the project is read-only, in a sentence for the status bar; empty when writable.
    const QString &readOnlyReason() const { return m_readOnlyReason; }
    // SQLite found the file damaged when it was opened (then it is also read-only).
    bool isDamaged() const { return m_damaged; }
    // SQLite's quick check of a database: empty when fine, else what it found.
    static QString quickCheck(Database &db);
    int schemaVersion() const { return m_schemaVersion; }
    const std::optional<MigrationRecord> &migration() const { return m_migration; }

    QString meta(const QString &key) const;
    Result<void> setMeta(const QString &key, const QString &value);

    QList<LayerInfo> layers();
    // Layer properties for the layers panel, each change in one transaction.
    // Shows or hides a layer on the map (geisep_layers.visible).
    Result<void> setLayerVisible(qint64 layerId, bool visible);
    // 0 (invisible) to 1 (opaque).
    Result<void> setLayerOpacity(qint64 layerId, double opacity);
    // Saves a layer's filter as given (the caller checks it reads: gis/edit/featuretable.h).
    Result<void> setLayerFilter(qint64 layerId, const QString &filter);
    // The name the panel, legend and QGIS (gpkg_contents.identifier) show; not empty.
    Result<void> renameLayer(qint64 layerId, const QString &name);
    // Orders the layers listed, topmost (drawn last) first; other layers keep their places.
    Result<void> setLayerOrder(const QList<qint64> &topFirst);
    // A removed layer leaves the panel and the map at once, but its table stays until the
    // project closes (or, after a crash, until it is next opened for editing), so the removal
    // can be undone within the session.
    Result<void> setLayerRemoved(qint64 layerId, bool removed);
    // Drops the tables of removed layers, with their areas and links; each layer in its own
    // transaction. Called on close and on open.
    Result<void> purgeRemovedLayers();
    // Links a raster basemap (a GDAL dataset name: a GeoTIFF, MBTiles or GeoPackage path, or
    // GPKG:path:table) as a layer of role basemap on top of the other basemaps; returns its id.
    Result<qint64> addRasterLayer(const QString &name, const QString &dataset);
    PlanCounts planCounts();
    ProjectInfo info();

    // A consistent, compact copy of the project at PATH (which must not exist yet).
    Result<void> copyTo(const QString &path);

    Database &db() { return m_db; }
    // Refused, with the reason and what to do, when the project is open read-only.
    Result<void> checkWritable() const;

private:
    Project() = default;
    // The steps of open(): the lock (read-only when it cannot be had, with the reason), the
    // connection (read-only when the file is damaged), and the upgrade of an older schema after
    // a backup copy.
    void lockForWriting(const QString &path, const QFileInfo &fi, Access access);
    Result<void> openDatabase(const QString &path);
    Result<void> upgradeFrom(const QString &path, int version);
    // UPDATE geisep_layers SET x = ?1 WHERE id = ?2 in a transaction; fails on an unknown id.
    Result<void> updateLayer(Sql sql, const QVariant &value, qint64 layerId);

    Database m_db;
    ProjectLock m_lock;
    bool m_readOnly = false;
    QString m_readOnlyReason;
    bool m_damaged = false;
    int m_schemaVersion = 0;
    std::optional<MigrationRecord> m_migration;
};

} // namespace geisep
