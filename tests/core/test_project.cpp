#include "core/plan/plan.h"
#include "core/project.h"
#include "core/projectlock.h"
#include "tests/support/support.h"

#include <QDir>
#include <QFile>
#include <QProcess>

#include <catch2/catch.hpp>

#include <unistd.h>

using namespace geisep;

TEST_CASE("Creating a project: name required, never over an existing file", "[project]")
{
    test::TempDir dir;
    const QString path = dir.path(QStringLiteral("a.gpkg"));
    auto options = test::newProject(path);
    options.reset();
    REQUIRE(QFile::exists(path));
    CHECK_FALSE(QFile::exists(path + QStringLiteral(".creating")));
    CHECK_FALSE(QFile::exists(path + QStringLiteral("-wal")));

    const QByteArray before = test::fileHash(path);
    schema::NewProject again;
    again.name = QStringLiteral("B");
    auto second = Project::create(path, again);
    REQUIRE_FALSE(second);
    CHECK(second.error().file == path);
    CHECK(test::fileHash(path) == before);

    schema::NewProject nameless;
    auto third = Project::create(dir.path(QStringLiteral("c.gpkg")), nameless);
    REQUIRE_FALSE(third);
    CHECK_FALSE(QFile::exists(dir.path(QStringLiteral("c.gpkg"))));
}

TEST_CASE("A closed project is one self-contained file", "[project]")
{
    test::TempDir dir;
    const QString path = dir.path(QStringLiteral("a.gpkg"));
    {
        auto project = test::newProject(path);
        REQUIRE(project->setMeta(QStringLiteral("name"), QStringLiteral("Şanlıurfa GEİSEP")));
        CHECK(QFile::exists(path + QStringLiteral("-wal"))); // WAL while open
    }
    CHECK_FALSE(QFile::exists(path + QStringLiteral("-wal")));
    CHECK_FALSE(QFile::exists(path + QStringLiteral(".lock")));
    QFile f(path);
    REQUIRE(f.open(QIODevice::ReadOnly));
    const QByteArray header = f.read(20);
    CHECK(header.at(18) == 1); // legacy (rollback) journal, not WAL, once closed
    auto reopened = Project::open(path);
    REQUIRE(reopened);
    CHECK((*reopened)->meta(QStringLiteral("name")) == QStringLiteral("Şanlıurfa GEİSEP"));
}

TEST_CASE("An older project is copied aside, then migrated in one step", "[project][migration]")
{
    test::TempDir dir;
    const QString path = dir.path(QStringLiteral("eski.gpkg"));
    REQUIRE(QFile::copy(test::testData(QStringLiteral("project-v1.gpkg")), path));
    QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
    const QByteArray original = test::fileHash(path);

    auto opened = Project::open(path);
    REQUIRE(opened);
    Project &project = **opened;
    REQUIRE(project.migration());
    CHECK(project.migration()->fromVersion == 1);
    CHECK(project.migration()->toVersion == 7);
    CHECK(project.migration()->backupPath == path + QStringLiteral(".bak-v1"));
    CHECK(project.schemaVersion() == 7);
    CHECK(project.meta(QStringLiteral("schema_version")) == u"7");
    CHECK(project.meta(QStringLiteral("privacy_threshold")) == u"10");
    CHECK(project.db().tableExists(QStringLiteral("geisep_match_fixes")));
    CHECK(project.db().tableExists(QStringLiteral("geisep_area_parts")));  // version 6
    CHECK(project.db().tableExists(QStringLiteral("geisep_shared_rows"))); // version 7
    // Version 5's filter, empty on the old layer.
    CHECK(project.db().queryInt("SELECT count(*) FROM geisep_layers WHERE filter = ''").value()
          == project.db().queryInt("SELECT count(*) FROM geisep_layers").value());
    // Version 3's columns, with their defaults on the old layer.
    CHECK(project.db().queryText("SELECT kind || '/' || removed FROM geisep_layers").value()
          == u"vector/0");
    // Version 4's column: no analysis made the old layer.
    CHECK(project.db()
              .queryText("SELECT coalesce(analysis_run_id, 'none') FROM geisep_layers")
              .value()
          == u"none");

    // Everything of version 1 is still there.
    const ProjectInfo info = project.info();
    CHECK(info.name == QStringLiteral("Şahinbey pilot (v1)"));
    REQUIRE(info.layers.size() == 1);
    CHECK(info.layers[0].featureCount == 3);
    CHECK(info.plan.goals == 1);
    CHECK(info.plan.actions == 1);
    CHECK(info.plan.links == 2);
    PlanStore plan(project.db());
    CHECK(plan.goals()->at(0).titleTr
          == QStringLiteral("Göçmen çocukların okullaşma oranının artırılması"));

    // The backup is the version-1 file, still readable as such.
    auto backup = Database::open(project.migration()->backupPath, Database::Mode::ReadOnly);
    REQUIRE(backup);
    CHECK(backup->queryText("SELECT value FROM geisep_meta WHERE key = 'schema_version'").value()
          == u"1");
    CHECK_FALSE(backup->tableExists(QStringLiteral("geisep_match_fixes")));
    CHECK(backup->queryInt("SELECT count(*) FROM geisep_area_links").value() == 2);
    Q_UNUSED(original)
    opened->reset();
    CHECK(test::gdalValidate({path}).toStdString().empty());

    // Opening again: nothing more to migrate, no second backup.
    auto again = Project::open(path);
    REQUIRE(again);
    CHECK_FALSE((*again)->migration());
    CHECK_FALSE(QFile::exists(path + QStringLiteral(".bak-v1-2")));
}

TEST_CASE("A project from a newer version is refused, naming both versions", "[project]")
{
    test::TempDir dir;
    const QString path = dir.path(QStringLiteral("yeni.gpkg"));
    {
        auto project = test::newProject(path);
        REQUIRE(project->setMeta(QStringLiteral("schema_version"), QStringLiteral("8")));
    }
    const QByteArray before = test::fileHash(path);
    auto opened = Project::open(path);
    REQUIRE_FALSE(opened);
    const QString message = opened.error().message;
    CHECK(message.contains(u"8"));
    CHECK(message.contains(QString::number(schema::kCurrentVersion)));
    CHECK(opened.error().file == path);
    CHECK_FALSE(opened.error().hint.isEmpty());
    CHECK(test::fileHash(path) == before);
}

TEST_CASE("Broken and foreign files get a clear error, never a crash", "[project]")
{
    test::TempDir dir;
    auto write = [&](const QString &name, const QByteArray &bytes) {
        QFile f(dir.path(name));
        REQUIRE(f.open(QIODevice::WriteOnly));
        f.write(bytes);
        return dir.path(name);
    };
    const QString good = dir.path(QStringLiteral("good.gpkg"));
    test::newProject(good).reset();
    QFile goodFile(good);
    REQUIRE(goodFile.open(QIODevice::ReadOnly));
    const QByteArray goodBytes = goodFile.readAll();

    const QString path = GENERATE(as<QString>{}, QStringLiteral("empty"), QStringLiteral("text"),
                                  QStringLiteral("truncated"), QStringLiteral("scrambled"),
                                  QStringLiteral("missing"), QStringLiteral("folder"));
    QString file;
    if (path == u"empty")
        file = write(QStringLiteral("empty.gpkg"), {});
    else if (path == u"text")
        file = write(QStringLiteral("text.gpkg"),
                     QByteArrayLiteral("{\"type\": \"FeatureCollection\", \"features\": []}"));
    else if (path == u"truncated")
        file = write(QStringLiteral("truncated.gpkg"), goodBytes.left(goodBytes.size() / 3));
    else if (path == u"scrambled") {
        QByteArray bytes = goodBytes;
        for (qsizetype i = 4096; i < bytes.size(); i += 7)
            bytes[i] = char(bytes[i] ^ 0x5a);
        file = write(QStringLiteral("scrambled.gpkg"), bytes);
    } else if (path == u"missing")
        file = dir.path(QStringLiteral("nothing-here.gpkg"));
    else {
        file = dir.path(QStringLiteral("klasor.gpkg"));
        REQUIRE(QDir().mkpath(file));
    }
    INFO(path.toStdString());
    auto opened = Project::open(file);
    if (opened) {
        // A scrambled file may still open if only free pages were hit; then it must validate.
        CHECK(path == u"scrambled");
    } else {
        CHECK(opened.error().file == file);
        CHECK_FALSE(opened.error().message.isEmpty());
        CHECK_FALSE(opened.error().hint.isEmpty());
    }
}

TEST_CASE("A GeoPackage that is not a GEİSEP project is refused with what to do", "[project]")
{
    test::TempDir dir;
    const QString path = dir.path(QStringLiteral("ilce.gpkg"));
    const auto ogr = test::run(QStringLiteral("ogr2ogr"),
                               {QStringLiteral("-f"), QStringLiteral("GPKG"), path,
                                test::gdalDataPath(QStringLiteral("tr_4prov_ilce.geojson.gz"))});
    REQUIRE(ogr.exitCode == 0);
    const QByteArray before = test::fileHash(path);
    auto opened = Project::open(path);
    REQUIRE_FALSE(opened);
    CHECK(opened.error().message.contains(QStringLiteral("not a GEİSEP project")));
    CHECK(opened.error().hint.contains(QStringLiteral("import")));
    CHECK(opened.error().action == u"importAction"); // the window names its menu item
    CHECK(test::fileHash(path) == before);
}

TEST_CASE("A second opener in the same process gets the project read-only", "[project][lock]")
{
    test::TempDir dir;
    const QString path = dir.path(QStringLiteral("p.gpkg"));
    auto writer = test::newProject(path);
    CHECK_FALSE(writer->isReadOnly());

    auto reader = Project::open(path);
    REQUIRE(reader);
    CHECK((*reader)->isReadOnly());
    CHECK(
        (*reader)->readOnlyReason().contains(QString::number(QCoreApplication::applicationPid())));
    auto refused = (*reader)->setMeta(QStringLiteral("name"), QStringLiteral("x"));
    REQUIRE_FALSE(refused);
    CHECK(refused.error().message.contains(QStringLiteral("read-only")));

    // The reader sees the writer's commits.
    REQUIRE(writer->setMeta(QStringLiteral("name"), QStringLiteral("Diyarbakır")));
    CHECK((*reader)->meta(QStringLiteral("name")) == QStringLiteral("Diyarbakır"));

    writer.reset();
    reader->reset();
    auto next = Project::open(path);
    REQUIRE(next);
    CHECK_FALSE((*next)->isReadOnly());
}

TEST_CASE("A second process gets the project read-only and is told who holds it", "[project][lock]")
{
    test::TempDir dir;
    const QString path = dir.path(QStringLiteral("p.gpkg"));
    test::newProject(path).reset();

    QProcess holder;
    holder.start(QStringLiteral(GEISEP_TEST_WRITER), {QStringLiteral("hold"), path});
    REQUIRE(holder.waitForStarted());
    REQUIRE(holder.waitForReadyRead(30000));
    REQUIRE(holder.readLine().trimmed() == "ready");

    auto reader = Project::open(path);
    REQUIRE(reader);
    CHECK((*reader)->isReadOnly());
    CHECK((*reader)->readOnlyReason().contains(QString::number(holder.processId())));
    reader->reset();

    // Killed without a chance to clean up: the kernel drops the lock with the process.
    holder.kill();
    holder.waitForFinished();
    auto after = Project::open(path);
    REQUIRE(after);
    CHECK_FALSE((*after)->isReadOnly());
}

TEST_CASE("Any name of a project shares its lock: hard links and symlinks too", "[project][lock]")
{
    test::TempDir dir;
    const QString path = dir.path(QStringLiteral("p.gpkg"));
    test::newProject(path).reset();
    QDir(dir.path(QString())).mkdir(QStringLiteral("elsewhere"));
    const QString hard = dir.path(QStringLiteral("elsewhere/p-link.gpkg"));
    const QString soft = dir.path(QStringLiteral("p-symlink.gpkg"));
    REQUIRE(::link(QFile::encodeName(path).constData(), QFile::encodeName(hard).constData()) == 0);
    REQUIRE(QFile::link(path, soft));

    QProcess holder;
    holder.start(QStringLiteral(GEISEP_TEST_WRITER), {QStringLiteral("hold"), path});
    REQUIRE(holder.waitForStarted());
    REQUIRE(holder.waitForReadyRead(30000));
    REQUIRE(holder.readLine().trimmed() == "ready");
    for (const QString &name : {hard, soft}) {
        INFO(name.toStdString());
        auto reader = Project::open(name);
        REQUIRE(reader);
        CHECK((*reader)->isReadOnly());
        CHECK((*reader)->readOnlyReason().contains(QString::number(holder.processId())));
        CHECK(ProjectLock::holderOf(name) == holder.processId());
    }
    // Two imports at once through two names: the second is refused, the file stays whole.
    const auto second = test::runCli({QStringLiteral("import"), hard,
                                      test::dataFile(QStringLiteral("tr_4prov_ilce.geojson.gz")),
                                      QStringLiteral("--role"), QStringLiteral("reference")});
    CHECK(second.exitCode == 1);
    CHECK(second.err.contains(QStringLiteral("read-only")));
    holder.kill();
    holder.waitForFinished();

    // Free again: the hard link opens for writing, and the first name is then read-only.
    auto writer = Project::open(hard);
    REQUIRE(writer);
    CHECK_FALSE((*writer)->isReadOnly());
    auto reader = Project::open(path);
    REQUIRE(reader);
    CHECK((*reader)->isReadOnly());
    reader->reset();
    writer->reset();
    CHECK(test::gdalValidate({path}).isEmpty());
    CHECK_FALSE(QFile::exists(hard + QStringLiteral(".lock"))); // a clean close removes it
}

TEST_CASE("Save As writes a consistent copy", "[project]")
{
    test::TempDir dir;
    const QString path = dir.path(QStringLiteral("p.gpkg"));
    auto project = test::newProject(path);
    PlanStore plan(project->db());
    PlanItem goal;
    goal.kind = PlanKind::Goal;
    goal.parentId = 2;
    goal.titleTr = QStringLiteral("Su şebekesinin Eyyübiye'ye uzatılması");
    REQUIRE(plan.addItem(goal));
    const QString copy = dir.path(QStringLiteral("kopya.gpkg"));
    REQUIRE(project->copyTo(copy));
    CHECK_FALSE(project->copyTo(copy)); // never over an existing file
    auto opened = Project::open(copy);
    REQUIRE(opened);
    PlanStore copied((*opened)->db());
    REQUIRE(copied.goals()->size() == 1);
    CHECK(copied.goals()->at(0).titleTr == goal.titleTr);
}

TEST_CASE("Layer properties: opacity, name, order, a removed layer goes when the project closes",
          "[project][layers]")
{
    test::TempDir dir;
    const QString path = dir.path(QStringLiteral("katmanlar.gpkg"));
    REQUIRE(QFile::copy(test::testData(QStringLiteral("project-v1.gpkg")), path));
    QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
    QString areasTable;
    {
        auto opened = Project::open(path);
        REQUIRE(opened);
        Project &project = **opened;
        QList<LayerInfo> layers = project.layers();
        REQUIRE(layers.size() == 1);
        const LayerInfo areas = layers[0];
        areasTable = areas.tableName;
        REQUIRE(project.db().tableExists(QStringLiteral("rtree_%1_geom").arg(areasTable)));

        REQUIRE(project.setLayerOpacity(areas.id, 0.4));
        REQUIRE(project.setLayerOpacity(areas.id, 7.0)); // clamped
        CHECK(project.layers()[0].opacity == 1.0);
        REQUIRE(project.setLayerOpacity(areas.id, 0.4));
        CHECK(project.layers()[0].opacity == Approx(0.4));
        CHECK_FALSE(project.setLayerOpacity(9999, 0.5));

        // The new name shows in QGIS too (gpkg_contents.identifier).
        REQUIRE(project.renameLayer(areas.id, QStringLiteral("  Şahinbey — İnönü çevresi ")));
        CHECK(project.layers()[0].name == QStringLiteral("Şahinbey — İnönü çevresi"));
        auto identifier
            = project.db().prepare("SELECT identifier FROM gpkg_contents WHERE table_name = ?");
        REQUIRE(identifier);
        identifier->bind(1, areas.tableName);
        REQUIRE(identifier->step().value());
        CHECK(identifier->text(0) == QStringLiteral("Şahinbey — İnönü çevresi"));
        CHECK_FALSE(project.renameLayer(areas.id, QStringLiteral("  ")));

        // Two raster basemaps: the newer on top; reordering swaps them.
        auto a
            = project.addRasterLayer(QStringLiteral("Ortofoto"), dir.path(QStringLiteral("a.tif")));
        auto b
            = project.addRasterLayer(QStringLiteral("Topo"), dir.path(QStringLiteral("b.mbtiles")));
        REQUIRE(a);
        REQUIRE(b);
        layers = project.layers();
        REQUIRE(layers.size() == 3);
        CHECK(layers[0].id == *b);
        CHECK(layers[0].isRaster);
        CHECK(layers[0].geometryType == u"RASTER");
        CHECK(layers[1].id == *a);
        REQUIRE(project.setLayerOrder({*a, *b}));
        layers = project.layers();
        CHECK(layers[0].id == *a);
        CHECK(layers[1].id == *b);

        // Removed: gone from the list at once, back on undo, its table still there meanwhile.
        REQUIRE(project.setLayerRemoved(areas.id, true));
        CHECK(project.layers().size() == 2);
        CHECK(project.db().tableExists(areas.tableName));
        REQUIRE(project.setLayerRemoved(areas.id, false));
        CHECK(project.layers().size() == 3);
        REQUIRE(project.setLayerRemoved(areas.id, true));
        REQUIRE(project.setLayerRemoved(*b, true));
        CHECK(project.planCounts().links == 2); // until the project closes
    }
    CHECK(test::gdalValidate({path}).toStdString().empty());
    auto reopened = Project::open(path);
    REQUIRE(reopened);
    Project &project = **reopened;
    REQUIRE(project.layers().size() == 1);
    CHECK(project.layers()[0].name == u"Ortofoto");
    CHECK_FALSE(project.db().tableExists(areasTable));
    CHECK_FALSE(project.db().tableExists(QStringLiteral("rtree_%1_geom").arg(areasTable)));
    CHECK(project.db().queryInt("SELECT count(*) FROM geisep_layers WHERE removed = 1").value()
          == 0);
    CHECK(project.db()
              .queryInt("SELECT count(*) FROM gpkg_contents WHERE data_type = 'features'")
              .value()
          == 0);
    CHECK(project.db().queryInt("SELECT count(*) FROM gpkg_geometry_columns").value() == 0);
    // The removed layer's areas went with it, and their links.
    CHECK(project.planCounts().areas == 0);
    CHECK(project.planCounts().links == 0);
    CHECK(project.planCounts().goals == 1); // the plan itself stays
}
