#include "core/project.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

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

Result<std::unique_ptr<Project>> Project::open(const QString &path, Access access)
{
    const QFileInfo fi(path);
    if (!fi.exists())
        return fail(tr("The project file does not exist."), path,
                    tr("Check the path, or create a project with \"geisep-cli new\"."));
    if (!fi.isFile())
        return fail(tr("This is a folder, not a project file."), path,
                    tr("Choose the .gpkg file inside it."));
    if (!looksLikeSqlite(path))
        return fail(tr("This is not a GeoPackage project: the file is not an SQLite database."),
                    path,
                    tr("Open a .gpkg file made by GEİSEP Workbench. To bring in a shapefile, "
                       "GeoJSON or other data, create a project and use Layer ▸ Import."));

    std::unique_ptr<Project> project(new Project);
    bool readOnly = access == Access::ReadOnly;
    if (!readOnly) {
        switch (project->m_lock.tryLock(path)) {
        case ProjectLock::Outcome::Acquired:
            break;
        case ProjectLock::Outcome::HeldByOther:
            readOnly = true;
            project->m_readOnlyReason =
                project->m_lock.holderPid() > 0
                    ? tr("Another program (process %1) has this project open for editing, so it "
                         "is opened read-only. Close it there to edit here.")
                          .arg(project->m_lock.holderPid())
                    : tr("Another program has this project open for editing, so it is opened "
                         "read-only. Close it there to edit here.");
            break;
        case ProjectLock::Outcome::CannotCreate:
            readOnly = true;
            project->m_readOnlyReason = tr("The folder of this project cannot be written to, so "
                                           "it is opened read-only. Copy it to a folder of yours "
                                           "to edit it.");
            break;
        }
        if (!readOnly && !fi.isWritable()) {
            readOnly = true;
            project->m_lock.release();
            project->m_readOnlyReason = tr("The file is write-protected, so it is opened "
                                           "read-only.");
        }
    } else {
        project->m_readOnlyReason = tr("Opened read-only, as asked.");
    }
    project->m_readOnly = readOnly;

    auto db = Database::open(path, readOnly ? Database::Mode::ReadOnly
                                            : Database::Mode::ReadWrite);
    if (!db)
        return std::unexpected(db.error());
    project->m_db = std::move(*db);
    Database &d = project->m_db;

    const qint64 appId = d.queryInt("PRAGMA application_id").value_or(0);
    if (appId != schema::kApplicationId && appId != 0x47503130 && appId != 0x47503131)
        return fail(tr("This SQLite file is not a GeoPackage."), path,
                    tr("Open a .gpkg project made by GEİSEP Workbench."));

    auto version = schema::version(d);
    if (!version)
        return std::unexpected(version.error());
    if (*version == 0)
        return fail(tr("This GeoPackage is not a GEİSEP project: it has no plan tables."), path,
                    tr("Create a new project and bring this file's layers in with Layer ▸ "
                       "Import."));
    if (*version > schema::kCurrentVersion)
        return fail(tr("This project was saved by a newer version of GEİSEP Workbench (schema "
                       "version %1); this program reads schema versions up to %2.")
                        .arg(*version)
                        .arg(schema::kCurrentVersion),
                    path, tr("Update GEİSEP Workbench to open it. The file was not changed."));

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
        return project;
    }
    if (*version < schema::kCurrentVersion) {
        const QString backup = freeBackupPath(path, *version);
        if (auto copied = project->copyTo(backup); !copied)
            return fail(tr("Cannot make the backup copy before upgrading: %1")
                            .arg(copied.error().message),
                        path, tr("Free some disk space or check the folder's permissions."));
        Transaction tx(d);
        if (!tx.begun())
            return std::unexpected(tx.begun().error());
        if (auto ok = schema::migrate(d, *version); !ok)
            return fail(tr("Upgrading the project from schema version %1 failed: %2")
                            .arg(*version)
                            .arg(ok.error().message),
                        path, tr("The file was not changed; a copy is at %1.").arg(backup));
        if (auto ok = tx.commit(); !ok)
            return std::unexpected(ok.error());
        project->m_migration = MigrationRecord{*version, schema::kCurrentVersion, backup};
    }
    project->m_schemaVersion = schema::kCurrentVersion;
    return project;
}

Project::~Project()
{
    if (!m_readOnly && m_db.handle()) {
        // Leave a closed project as one self-contained file, fit to e-mail or archive.
        (void) m_db.exec("PRAGMA wal_checkpoint(TRUNCATE); PRAGMA journal_mode = DELETE;");
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
    Transaction tx(m_db);
    if (!tx.begun())
        return tx.begun();
    auto stmt = m_db.prepare("INSERT INTO geisep_meta (key, value) VALUES (?, ?) "
                             "ON CONFLICT (key) DO UPDATE SET value = excluded.value");
    if (!stmt)
        return std::unexpected(stmt.error());
    stmt->bind(1, key).bind(2, value);
    if (auto ok = stmt->exec(); !ok)
        return ok;
    return tx.commit();
}

Result<void> Project::setLayerVisible(qint64 layerId, bool visible)
{
    if (auto ok = checkWritable(); !ok)
        return ok;
    Transaction tx(m_db);
    if (!tx.begun())
        return tx.begun();
    auto stmt = m_db.prepare("UPDATE geisep_layers SET visible = ? WHERE id = ?");
    if (!stmt)
        return std::unexpected(stmt.error());
    stmt->bind(1, qint64(visible ? 1 : 0)).bind(2, layerId);
    if (auto ok = stmt->exec(); !ok)
        return ok;
    return tx.commit();
}

QList<LayerInfo> Project::layers()
{
    QList<LayerInfo> result;
    auto stmt = m_db.prepare(
        "SELECT l.id, l.table_name, l.name, l.role, g.geometry_type_name, g.srs_id, c.min_x, "
        "c.min_y, c.max_x, c.max_y, l.is_sample, l.visible FROM geisep_layers l "
        "LEFT JOIN gpkg_geometry_columns g ON g.table_name = l.table_name "
        "LEFT JOIN gpkg_contents c ON c.table_name = l.table_name ORDER BY l.position, l.id");
    if (!stmt)
        return result;
    while (stmt->step().value_or(false)) {
        LayerInfo layer;
        layer.id = stmt->int64(0);
        layer.tableName = stmt->text(1);
        layer.name = stmt->text(2);
        layer.role = stmt->text(3);
        layer.geometryType = stmt->text(4);
        layer.srsId = int(stmt->int64(5));
        if (!stmt->isNull(6))
            layer.extent = Envelope{stmt->real(6), stmt->real(7), stmt->real(8), stmt->real(9)};
        layer.isSample = stmt->int64(10) != 0;
        layer.visible = stmt->int64(11) != 0;
        if (auto table = Identifier::make(layer.tableName);
            table && m_db.tableExists(layer.tableName)) {
            if (auto count = m_db.prepareWith("SELECT count(*) FROM %1", {*table}))
                if (count->step().value_or(false))
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
    auto stmt = m_db.prepare("VACUUM INTO ?");
    if (!stmt)
        return std::unexpected(stmt.error());
    stmt->bind(1, target);
    if (auto ok = stmt->exec(); !ok) {
        QFile::remove(target);
        Error e = ok.error();
        e.file = target;
        return std::unexpected(e);
    }
    return {};
}

} // namespace geisep
