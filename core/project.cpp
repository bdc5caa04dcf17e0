#include "core/project.h"

#include <QDir>
#include <QVariant>

#include <QFile>
#include <QFileInfo>
#include <QTemporaryFile>
#include <algorithm>
#include <functional>

namespace geisep {

namespace {

// The first 16 bytes of every SQLite 3 file.
bool looksLikeSqlite(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return false;
    return file.read(16) == QByteArray("SQLite format 3\0", 16);
}

QString freeBackupPath(const QString &path, int version)
{
    const QString base = path + QStringLiteral(".bak-v") + QString::number(version);
    QString candidate = base;
    for (int n = 2; QFileInfo::exists(candidate); ++n)
        candidate = base + QLatin1Char('-') + QString::number(n);
    return candidate;
}

} // namespace

Result<std::unique_ptr<Project>> Project::create(const QString &path,
                                                 const schema::NewProject &options)
{
    if (QFileInfo::exists(path))
        return fail(tr("The file already exists."), path,
                    tr("Choose another name, or open the existing project."));
    if (options.name.trimmed().isEmpty())
        return fail(tr("A project needs a name."), path, tr("Give one with --name."));
    const QString tmp = path + QStringLiteral(".creating");
    QFile::remove(tmp);
    {
        auto db = Database::open(tmp, Database::Mode::ReadWriteCreate);
        if (!db)
            return fail(tr("Cannot create the file: %1").arg(db.error().message), path,
                        tr("Check that the folder exists and that you may write to it."));
        Transaction tx(*db);
        if (!tx.begun())
            return std::unexpected(tx.begun().error());
        if (auto ok = schema::createProject(*db, options); !ok) {
            Error e = ok.error();
            e.file = path;
            return std::unexpected(e);
        }
        if (auto ok = tx.commit(); !ok)
            return std::unexpected(ok.error());
    }
    if (!QFile::rename(tmp, path)) {
        QFile::remove(tmp);
        return fail(tr("Cannot move the new project into place."), path,
                    tr("Check that you may write to the folder."));
    }
    return open(path, Access::ReadWrite);
}

namespace {

// A project file: there, a file, and an SQLite database.
Result<void> checkProjectFile(const QFileInfo &fi, const QString &path)
{
    if (!fi.exists())
        return fail(Project::tr("The project file does not exist."), path,
                    Project::tr("Check the path, or create a project with \"geisep-cli new\"."));
    if (!fi.isFile())
        return fail(Project::tr("This is a folder, not a project file."), path,
                    Project::tr("Choose the .gpkg file inside it."));
    if (!looksLikeSqlite(path))
        return fail(
            Project::tr("This is not a GeoPackage project: the file is not an SQLite database."),
            path,
            Project::tr("Open a .gpkg file made by GEİSEP Workbench. To bring in a shapefile, "
                        "GeoJSON or other data, create a project and import it."),
            QStringLiteral("importAction"));
    return {};
}

// The schema version of a GeoPackage that this program can open, or why it cannot.
Result<int> openableVersion(Database &db, const QString &path)
{
    const qint64 appId = db.queryInt("PRAGMA application_id").value_or(0);
    if (appId != schema::kApplicationId && appId != 0x47503130 && appId != 0x47503131)
        return fail(Project::tr("This SQLite file is not a GeoPackage."), path,
                    Project::tr("Open a .gpkg project made by GEİSEP Workbench."));
    auto version = schema::version(db);
    if (!version)
        return std::unexpected(version.error());
    if (*version == 0)
        return fail(Project::tr("This GeoPackage is not a GEİSEP project: it has no plan tables."),
                    path,
                    Project::tr("Create a new project and import this file's layers into it."),
                    QStringLiteral("importAction"));
    if (*version > schema::kCurrentVersion)
        return fail(
            Project::tr("This project was saved by a newer version of GEİSEP Workbench (schema "
                        "version %1); this program reads schema versions up to %2.")
                .arg(*version)
                .arg(schema::kCurrentVersion),
            path, Project::tr("Update GEİSEP Workbench to open it. The file was not changed."));
    return *version;
}

} // namespace

Result<std::unique_ptr<Project>> Project::open(const QString &path, Access access)
{
    const QFileInfo fi(path);
    if (auto ok = checkProjectFile(fi, path); !ok)
        return std::unexpected(ok.error());
    std::unique_ptr<Project> project(new Project);
    project->lockForWriting(path, fi, access);
    if (auto ok = project->openDatabase(path); !ok)
        return std::unexpected(ok.error());
    Database &d = project->m_db;
    const auto version = openableVersion(d, path);
    if (!version)
        return std::unexpected(version.error());

    const bool readOnly = project->m_readOnly;
    if (!readOnly) {
        // WAL: readers never block the writer, and a commit that returned survives a crash.
        // FULL: it survives a power cut too, at the price of one fsync per user action.
        if (auto ok = d.exec("PRAGMA journal_mode = WAL; PRAGMA synchronous = FULL;"); !ok)
            return std::unexpected(ok.error());
    }

    if (*version < schema::kCurrentVersion && readOnly) {
        // Reading an older file is safe; it is upgraded the next time it is opened for editing.
        project->m_readOnlyReason += QLatin1Char(' ')
                                     + tr("It has schema version %1 and will be upgraded to "
                                          "version %2 when opened for editing.")
                                           .arg(*version)
                                           .arg(schema::kCurrentVersion);
        project->m_schemaVersion = *version;
        if (auto ok = schema::presentAsCurrent(d, *version); !ok)
            return std::unexpected(ok.error());
        return project;
    }
    if (*version < schema::kCurrentVersion)
        if (auto ok = project->upgradeFrom(path, *version); !ok)
            return std::unexpected(ok.error());
    project->m_schemaVersion = schema::kCurrentVersion;
    // Layers removed in a session that ended without closing (a crash) go now. Should that
    // fail, they stay marked (and hidden) for the next open: it never keeps a planner out of
    // the project (a purge that failed on areas other tables named once did).
    if (!project->m_readOnly)
        (void)project->purgeRemovedLayers();
    return project;
}

void Project::lockForWriting(const QString &path, const QFileInfo &fi, Access access)
{
    if (access == Access::ReadOnly) {
        m_readOnlyReason = tr("Opened read-only, as asked.");
        m_readOnly = true;
        return;
    }
    bool readOnly = false;
    switch (m_lock.tryLock(path)) {
    case ProjectLock::Outcome::Acquired:
        break;
    case ProjectLock::Outcome::HeldByOther:
        readOnly = true;
        m_readOnlyReason
            = m_lock.holderPid() > 0
                  ? tr("Another program (process %1) has this project open for editing, so it "
                       "is opened read-only. Close it there to edit here.")
                        .arg(m_lock.holderPid())
                  : tr("Another program has this project open for editing, so it is opened "
                       "read-only. Close it there to edit here.");
        break;
    case ProjectLock::Outcome::CannotCreate:
        readOnly = true;
        m_readOnlyReason = tr("The folder of this project cannot be written to, so "
                              "it is opened read-only. Copy it to a folder of yours "
                              "to edit it.");
        break;
    }
    if (!readOnly && !fi.isWritable()) {
        readOnly = true;
        m_lock.release();
        m_readOnlyReason = tr("The file is write-protected, so it is opened "
                              "read-only.");
    }
    m_readOnly = readOnly;
}

Result<void> Project::openDatabase(const QString &path)
{
    bool readOnly = m_readOnly;
    auto db = Database::open(path, readOnly ? Database::Mode::ReadOnly : Database::Mode::ReadWrite);
    if (!db)
        return std::unexpected(db.error());
    // A damaged file is opened read-only, before anything is written to it: whatever can still
    // be read stays readable, and nothing more is lost. Only a writer checks (it reads every
    // page); a reader changes nothing.
    if (const QString damage = readOnly ? QString() : quickCheck(*db); !damage.isEmpty()) {
        m_damaged = true;
        if (!readOnly) {
            db->close();
            m_lock.release();
            readOnly = true;
            m_readOnly = true;
            db = Database::open(path, Database::Mode::ReadOnly);
            if (!db)
                return std::unexpected(db.error());
        }
        m_readOnlyReason
            = tr("The file is damaged (%1), so it is opened read-only and nothing is written to "
                 "it. Save a copy of what can still be read under another name, or go back to a "
                 "backup; "
                 "geisep-cli validate lists the damage.")
                  .arg(damage);
    }
    m_db = std::move(*db);
    return {};
}

Result<void> Project::upgradeFrom(const QString &file, int version)
{
    const QString backup = freeBackupPath(file, version);
    if (auto copied = copyTo(backup); !copied)
        return fail(
            tr("Cannot make the backup copy before upgrading: %1").arg(copied.error().message),
            file, tr("Free some disk space or check the folder's permissions."));
    auto migrated = withTransaction(m_db, [&]() -> Result<void> {
        if (auto ok = schema::migrate(m_db, version); !ok)
            return fail(tr("Upgrading the project from schema version %1 failed: %2")
                            .arg(version)
                            .arg(ok.error().message),
                        file, tr("The file was not changed; a copy is at %1.").arg(backup));
        return {};
    });
    if (!migrated)
        return migrated;
    m_migration = MigrationRecord{version, schema::kCurrentVersion, backup};
    return {};
}

QString Project::quickCheck(Database &db)
{
    // quick_check reads every page but skips the index-to-table cross-checks of
    // integrity_check: a damaged page, a broken b-tree or a cut-short file shows here.
    // An error that is not damage (the file busy, say) is not reported as damage: the open
    // goes on and meets it where it matters.
    auto stmt = db.prepare("PRAGMA quick_check(3)");
    if (!stmt)
        return db.lastErrorIsDamage() ? stmt.error().message : QString();
    QStringList problems;
    auto rows = stmt->forEachRow([&] {
        if (stmt->text(0) != u"ok")
            problems << stmt->text(0);
    });
    if (!rows)
        return db.lastErrorIsDamage() ? rows.error().message : QString();
    return problems.join(QStringLiteral("; "));
}

Project::~Project()
{
    if (!m_readOnly && m_db.handle()) {
        (void)purgeRemovedLayers(); // on failure they stay marked and go on the next open
        // Leave a closed project as one self-contained file, fit to e-mail or archive.
        (void)m_db.exec("PRAGMA wal_checkpoint(TRUNCATE); PRAGMA journal_mode = DELETE;");
    }
    m_db.close();
    m_lock.release();
}

Result<void> Project::checkWritable() const
{
    if (m_readOnly)
        return fail(tr("The project is open read-only."), path(), m_readOnlyReason);
    return {};
}

QString Project::meta(const QString &key) const
{
    auto &db = const_cast<Database &>(m_db);
    auto stmt = db.prepare("SELECT value FROM geisep_meta WHERE key = ?");
    if (!stmt)
        return {};
    stmt->bind(1, key);
    auto row = stmt->step();
    return row && *row ? stmt->text(0) : QString();
}

Result<void> Project::setMeta(const QString &key, const QString &value)
{
    if (auto ok = checkWritable(); !ok)
        return ok;
    return withTransaction(m_db, [&]() -> Result<void> {
        auto stmt = m_db.prepare("INSERT INTO geisep_meta (key, value) VALUES (?, ?) "
                                 "ON CONFLICT (key) DO UPDATE SET value = excluded.value");
        if (!stmt)
            return std::unexpected(stmt.error());
        stmt->bind(1, key).bind(2, value);
        return stmt->exec();
    });
}

Result<void> Project::updateLayer(Sql sql, const QVariant &value, qint64 layerId)
{
    if (auto ok = checkWritable(); !ok)
        return ok;
    return withTransaction(m_db, [&]() -> Result<void> {
        auto stmt = m_db.prepare(sql);
        if (!stmt)
            return std::unexpected(stmt.error());
        stmt->bind(1, value).bind(2, layerId);
        if (auto ok = stmt->exec(); !ok)
            return ok;
        if (m_db.changes() != 1)
            return fail(tr("The project has no layer with id %1.").arg(layerId), path(),
                        tr("Reload the project; another program may have changed it."));
        return {};
    });
}

Result<void> Project::setLayerVisible(qint64 layerId, bool visible)
{
    return updateLayer("UPDATE geisep_layers SET visible = ? WHERE id = ?", qint64(visible ? 1 : 0),
                       layerId);
}

Result<void> Project::setLayerOpacity(qint64 layerId, double opacity)
{
    return updateLayer("UPDATE geisep_layers SET opacity = ? WHERE id = ?",
                       std::clamp(opacity, 0.0, 1.0), layerId);
}

Result<void> Project::setLayerFilter(qint64 layerId, const QString &filter)
{
    return updateLayer("UPDATE geisep_layers SET filter = ? WHERE id = ?", filter.trimmed(),
                       layerId);
}

Result<QString> savedLayerFilter(Database &db, qint64 layerId)
{
    auto filter = db.prepare("SELECT filter FROM geisep_layers WHERE id = ?");
    if (!filter)
        return std::unexpected(filter.error());
    filter->bind(1, layerId);
    const auto step = filter->step();
    if (!step)
        return std::unexpected(step.error());
    return *step ? filter->text(0) : QString();
}

Result<void> Project::setLayerRemoved(qint64 layerId, bool removed)
{
    return updateLayer("UPDATE geisep_layers SET removed = ? WHERE id = ?", qint64(removed ? 1 : 0),
                       layerId);
}

Result<void> Project::renameLayer(qint64 layerId, const QString &name)
{
    const QString trimmed = name.trimmed();
    if (trimmed.isEmpty())
        return fail(tr("A layer needs a name."), path(), tr("Type a name for the layer."));
    if (auto ok = checkWritable(); !ok)
        return ok;
    return withTransaction(m_db, [&]() -> Result<void> {
        for (Sql sql : {Sql("UPDATE geisep_layers SET name = ? WHERE id = ?"),
                        Sql("UPDATE gpkg_contents SET identifier = ? WHERE table_name = (SELECT "
                            "table_name FROM geisep_layers WHERE id = ? AND kind = 'vector')")}) {
            auto stmt = m_db.prepare(sql);
            if (!stmt)
                return std::unexpected(stmt.error());
            stmt->bind(1, trimmed).bind(2, layerId);
            if (auto ok = stmt->exec(); !ok)
                return ok;
        }
        return {};
    });
}

Result<void> Project::setLayerOrder(const QList<qint64> &topFirst)
{
    if (auto ok = checkWritable(); !ok)
        return ok;
    return withTransaction(m_db, [&]() -> Result<void> {
        // The listed layers take the positions they held among themselves, re-dealt in the new
        // order: the highest position (drawn last) to the first.
        QList<qint64> positions;
        auto get = m_db.prepare("SELECT position FROM geisep_layers WHERE id = ?");
        if (!get)
            return std::unexpected(get.error());
        for (qint64 id : topFirst) {
            get->reset();
            get->bind(1, id);
            auto found = get->step();
            if (!found)
                return std::unexpected(found.error());
            if (!*found)
                return fail(tr("The project has no layer with id %1.").arg(id), path());
            positions.append(get->int64(0));
        }
        std::sort(positions.begin(), positions.end(), std::greater<>());
        // Equal positions (layers from before ordering) are spread apart first.
        for (qsizetype i = 1; i < positions.size(); ++i)
            positions[i] = std::min(positions[i], positions[i - 1] - 1);
        auto set = m_db.prepare("UPDATE geisep_layers SET position = ? WHERE id = ?");
        if (!set)
            return std::unexpected(set.error());
        for (qsizetype i = 0; i < topFirst.size(); ++i) {
            set->reset();
            set->bind(1, positions[i]).bind(2, topFirst[i]);
            if (auto ok = set->exec(); !ok)
                return ok;
        }
        return {};
    });
}

Result<qint64> Project::addRasterLayer(const QString &name, const QString &dataset)
{
    if (auto ok = checkWritable(); !ok)
        return std::unexpected(ok.error());
    return withTransaction(m_db, [&]() -> Result<qint64> {
        // table_name is unique and names no table: raster layers are files beside the project.
        const qint64 next
            = m_db.queryInt("SELECT coalesce(max(id), 0) + 1 FROM geisep_layers").value_or(1);
        auto stmt = m_db.prepare(
            "INSERT INTO geisep_layers (table_name, name, role, kind, source_path, position) "
            "VALUES (?, ?, 'basemap', 'raster', ?, (SELECT coalesce(max(position), 0) + 1 FROM "
            "geisep_layers))");
        if (!stmt)
            return std::unexpected(stmt.error());
        stmt->bind(1, QStringLiteral("raster:%1").arg(next))
            .bind(2, name.trimmed())
            .bind(3, dataset);
        if (auto ok = stmt->exec(); !ok)
            return std::unexpected(ok.error());
        const qint64 id = m_db.lastInsertRowId();
        return id;
    });
}

Result<void> Project::purgeRemovedLayers()
{
    if (m_readOnly)
        return {};
    struct Removed
    {
        qint64 id;
        QString table;
        bool raster;
    };
    QList<Removed> removed;
    {
        auto stmt
            = m_db.prepare("SELECT id, table_name, kind FROM geisep_layers WHERE removed = 1");
        if (!stmt)
            return std::unexpected(stmt.error());
        if (auto rows = stmt->forEachRow([&] {
                removed.append({stmt->int64(0), stmt->text(1), stmt->text(2) == u"raster"});
            });
            !rows)
            return rows;
    }
    for (const Removed &layer : removed) {
        Transaction tx(m_db);
        if (!tx.begun())
            return tx.begun();
        if (!layer.raster && m_db.tableExists(layer.table)) {
            if (auto ok = gpkg::dropFeatureTable(m_db, layer.table); !ok)
                return ok;
        }
        // What still points at the layer's areas without a cascade of its own: a stakeholder
        // (a muhtar) stays, without the area; an indicator's values for the areas go with them.
        // Left in place, they failed the delete below, and with it every later open.
        auto unlink = m_db.prepare("UPDATE geisep_stakeholders SET area_id = NULL WHERE area_id "
                                   "IN (SELECT id FROM geisep_areas WHERE layer_id = ?)");
        if (!unlink)
            return std::unexpected(unlink.error());
        unlink->bind(1, layer.id);
        if (auto ok = unlink->exec(); !ok)
            return ok;
        auto values = m_db.prepare("DELETE FROM geisep_indicator_values WHERE area_id IN "
                                   "(SELECT id FROM geisep_areas WHERE layer_id = ?)");
        if (!values)
            return std::unexpected(values.error());
        values->bind(1, layer.id);
        if (auto ok = values->exec(); !ok)
            return ok;
        auto del = m_db.prepare("DELETE FROM geisep_layers WHERE id = ?");
        if (!del)
            return std::unexpected(del.error());
        del->bind(1, layer.id);
        if (auto ok = del->exec(); !ok)
            return ok;
        if (auto ok = tx.commit(); !ok)
            return ok;
    }
    return {};
}

QList<LayerInfo> Project::layers()
{
    QList<LayerInfo> result;
    auto stmt = m_db.prepare(
        "SELECT l.id, l.table_name, l.name, l.role, g.geometry_type_name, g.srs_id, c.min_x, "
        "c.min_y, c.max_x, c.max_y, l.is_sample, l.visible, l.opacity, l.kind, l.source_path "
        "FROM geisep_layers l "
        "LEFT JOIN gpkg_geometry_columns g ON g.table_name = l.table_name "
        "LEFT JOIN gpkg_contents c ON c.table_name = l.table_name WHERE l.removed = 0 "
        "ORDER BY l.position DESC, l.id DESC");
    if (!stmt)
        return result;
    // The list the window and the CLI read everywhere, without an error to carry: a read error
    // leaves it short, as a failed prepare leaves it empty; the next write reports the error.
    while (stmt->step().value_or(false)) {
        LayerInfo layer;
        layer.id = stmt->int64(0);
        layer.tableName = stmt->text(1);
        layer.name = stmt->text(2);
        layer.role = storedRole(stmt->text(3));
        layer.geometryType = stmt->text(4);
        layer.srsId = int(stmt->int64(5));
        if (!stmt->isNull(6))
            layer.extent = Envelope{stmt->real(6), stmt->real(7), stmt->real(8), stmt->real(9)};
        layer.isSample = stmt->int64(10) != 0;
        layer.visible = stmt->int64(11) != 0;
        layer.opacity = stmt->isNull(12) ? 1.0 : stmt->real(12);
        layer.isRaster = stmt->text(13) == u"raster";
        layer.source = stmt->text(14);
        if (auto filter = savedLayerFilter(m_db, layer.id))
            layer.filter = *filter;
        if (layer.isRaster) {
            layer.geometryType = QStringLiteral("RASTER");
            result.append(layer);
            continue;
        }
        if (auto table = Identifier::make(layer.tableName);
            table && m_db.tableExists(layer.tableName)) {
            if (auto count = m_db.prepareWith("SELECT count(*) FROM %1", {*table}))
                if (count->step().value_or(false)) // a count for display, as above
                    layer.featureCount = count->int64(0);
        }
        result.append(layer);
    }
    return result;
}

PlanCounts Project::planCounts()
{
    PlanCounts c;
    c.sectors = m_db.queryInt("SELECT count(*) FROM geisep_sectors").value_or(0);
    c.goals = m_db.queryInt("SELECT count(*) FROM geisep_goals").value_or(0);
    c.objectives = m_db.queryInt("SELECT count(*) FROM geisep_objectives").value_or(0);
    c.actions = m_db.queryInt("SELECT count(*) FROM geisep_actions").value_or(0);
    c.indicators = m_db.queryInt("SELECT count(*) FROM geisep_indicators").value_or(0);
    c.stakeholders = m_db.queryInt("SELECT count(*) FROM geisep_stakeholders").value_or(0);
    c.links = m_db.queryInt("SELECT count(*) FROM geisep_area_links").value_or(0);
    c.areas = m_db.queryInt("SELECT count(*) FROM geisep_areas").value_or(0);
    return c;
}

ProjectInfo Project::info()
{
    ProjectInfo info;
    info.path = QFileInfo(path()).absoluteFilePath();
    info.name = meta(QStringLiteral("name"));
    info.province = meta(QStringLiteral("province"));
    info.municipality = meta(QStringLiteral("municipality"));
    info.srsId = meta(QStringLiteral("srs_id")).toInt();
    if (auto stmt = m_db.prepare("SELECT srs_name FROM gpkg_spatial_ref_sys WHERE srs_id = ?")) {
        stmt->bind(1, info.srsId);
        // For the properties shown: a CRS name that cannot be read is left empty, the id stays.
        if (stmt->step().value_or(false))
            info.crsName = stmt->text(0);
    }
    info.schemaVersion = m_schemaVersion;
    info.readOnly = m_readOnly;
    info.inUseByPid = m_lock.isHeld() ? 0 : ProjectLock::holderOf(path());
    info.layers = layers();
    info.plan = planCounts();
    return info;
}

Result<void> Project::copyTo(const QString &target)
{
    if (QFileInfo::exists(target))
        return fail(tr("The file already exists."), target, tr("Choose another name."));
    // Written under a part name beside the target and renamed when whole, so a full disk or a
    // crash never leaves half a project under the name the planner chose.
    QTemporaryFile part(target + QStringLiteral(".XXXXXX.part"));
    if (!part.open())
        return fail(tr("The copy cannot be created: %1.").arg(part.errorString()), target,
                    tr("Choose a folder you may write to."));
    part.close();
    const auto removeCompanions = [&] {
        QFile::remove(part.fileName() + QStringLiteral("-journal"));
    };
    auto stmt = m_db.prepare("VACUUM INTO ?");
    if (!stmt)
        return std::unexpected(stmt.error());
    stmt->bind(1, part.fileName());
    if (auto ok = stmt->exec(); !ok) {
        removeCompanions();
        Error e = ok.error();
        e.file = target;
        return std::unexpected(e);
    }
    removeCompanions();
    if (!QFile::rename(part.fileName(), target))
        return fail(tr("The copy could not be given its name."), target,
                    tr("Check that no other file of that name appeared, and try again."));
    part.setAutoRemove(false);
    return {};
}

} // namespace geisep
