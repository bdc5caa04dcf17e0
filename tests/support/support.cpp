#include "tests/support/support.h"

#include "core/project.h"
#include "gis/crs.h"
#include "gis/io/sample.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QPointF>
#include <QProcess>
#include <QtEndian>

#include <cpl_vsi.h>
#include <gdal_priv.h>
#include <ogr_spatialref.h>

#include <catch2/catch.hpp>

namespace geisep::test {

namespace {

// data/ of the sources; GEISEP_TEST_DATA_DIR points elsewhere (check_missing_data.sh uses it
// to show that a missing file fails fast).
QString dataFolder()
{
    return qEnvironmentVariable("GEISEP_TEST_DATA_DIR", QStringLiteral(GEISEP_SOURCE_DIR "/data"));
}

} // namespace

QString dataFile(const QString &name)
{
    const QString path = QDir(dataFolder()).filePath(name);
    if (!QFileInfo(path).isFile())
        FAIL("The data file " << path.toStdString()
                              << " is missing: the repository's data/ folder should hold it "
                                 "(see data/SOURCES.md); restore it with git checkout -- data.");
    return path;
}

QString dataDir()
{
    const QString path = dataFolder();
    if (!QFileInfo(path).isDir())
        FAIL("The data folder " << path.toStdString()
                                << " is missing; restore it with git checkout -- data.");
    return path;
}

QString gdalDataPath(const QString &name)
{
    const QString path = dataFile(name);
    return path.endsWith(QStringLiteral(".gz")) ? QStringLiteral("/vsigzip/") + path : path;
}

QByteArray dataBytes(const QString &name)
{
    const QByteArray path = gdalDataPath(name).toUtf8();
    VSILFILE *file = VSIFOpenL(path.constData(), "rb");
    if (!file)
        FAIL("Cannot read " << path.constData());
    QByteArray bytes;
    char buffer[1 << 16];
    for (size_t n; (n = VSIFReadL(buffer, 1, sizeof buffer, file)) > 0;)
        bytes.append(buffer, qsizetype(n));
    VSIFCloseL(file);
    return bytes;
}

QString testData(const QString &name)
{
    return QDir(QStringLiteral(GEISEP_SOURCE_DIR "/tests/data")).filePath(name);
}

TempDir::TempDir()
{
    REQUIRE(m_dir.isValid());
}

QString TempDir::path(const QString &name) const
{
    return m_dir.filePath(name);
}

const QString &samplePath()
{
    static TempDir dir;
    static const QString path = [] {
        const QString p = dir.path(QStringLiteral("ornek.gpkg"));
        auto built = SampleProject::build(p, dataDir());
        REQUIRE(built);
        return p;
    }();
    return path;
}

QString sampleAreasLayer()
{
    static const QString name = [] {
        auto project = Project::open(samplePath(), Project::Access::ReadOnly);
        REQUIRE(project);
        for (const LayerInfo &layer : (*project)->layers())
            if (layer.role == LayerRole::MuhtarDistrict)
                return layer.name;
        FAIL("the sample has no mahalle layer");
        return QString();
    }();
    return name;
}

std::unique_ptr<Project> newProject(const QString &path, const QString &name)
{
    auto options = Crs::newProject(name, QStringLiteral("Gaziantep"), 5256);
    REQUIRE(options.has_value());
    auto project = Project::create(path, *options);
    if (!project)
        FAIL(project.error().toString().toStdString());
    return std::move(*project);
}

ProcessResult run(const QString &program, const QStringList &args, int timeoutMs,
                  const QStringList &environment)
{
    QProcess process;
    if (!environment.isEmpty()) {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        for (const QString &pair : environment)
            env.insert(pair.section(u'=', 0, 0), pair.section(u'=', 1));
        process.setProcessEnvironment(env);
    }
    process.start(program, args);
    ProcessResult result;
    if (!process.waitForStarted(30000)) {
        result.err = QStringLiteral("could not start ") + program;
        return result;
    }
    process.closeWriteChannel();
    if (!process.waitForFinished(timeoutMs)) {
        process.kill();
        process.waitForFinished();
        result.err = QStringLiteral("timed out: ") + program;
        return result;
    }
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    result.out = QString::fromUtf8(process.readAllStandardOutput());
    result.err = QString::fromUtf8(process.readAllStandardError());
    return result;
}

ProcessResult runCli(const QStringList &args)
{
    return run(QStringLiteral(GEISEP_CLI), args);
}

ProcessResult runCliWith(const QStringList &environment, const QStringList &args)
{
    return run(QStringLiteral(GEISEP_CLI), args, 120000, environment);
}

QString gdalValidate(const QStringList &files)
{
    const auto result
        = run(QStringLiteral(GEISEP_SYSTEM_PYTHON),
              QStringList{QStringLiteral(GEISEP_SOURCE_DIR "/tests/support/validate_gpkg_many.py")}
                  + files,
              600000);
    if (result.exitCode == 0)
        return {};
    return result.out + result.err + QStringLiteral(" (exit %1)").arg(result.exitCode);
}

QByteArray fileHash(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256).toHex();
}

QString writeRaster(const QString &path, const char *driverName, bool georeferenced, bool withCrs,
                    bool overviews, const char *const *createOptions)
{
    GDALAllRegister();
    const int n = 1000;
    GDALDriver *mem = GetGDALDriverManager()->GetDriverByName("MEM");
    GDALDatasetUniquePtr ds(mem->Create("", n, n, 3, GDT_Byte, nullptr));
    if (!ds)
        return QStringLiteral("no MEM dataset");
    std::vector<GByte> band(std::size_t(n) * n);
    for (int b = 0; b < 3; ++b) {
        const QColor west = kRasterWest, east = kRasterEast;
        const int w = b == 0 ? west.red() : b == 1 ? west.green() : west.blue();
        const int e = b == 0 ? east.red() : b == 1 ? east.green() : east.blue();
        for (int y = 0; y < n; ++y)
            for (int x = 0; x < n; ++x)
                band[std::size_t(y) * n + x] = GByte(x < n / 2 ? w : e);
        if (ds->GetRasterBand(b + 1)->RasterIO(GF_Write, 0, 0, n, n, band.data(), n, n, GDT_Byte, 0,
                                               0, nullptr)
            != CE_None)
            return QStringLiteral("cannot write band %1").arg(b + 1);
    }
    if (georeferenced) {
        double gt[6] = {37.30, 0.1 / n, 0, 37.10, 0, -0.1 / n};
        ds->SetGeoTransform(gt);
    }
    if (withCrs) {
        OGRSpatialReference wgs84;
        wgs84.importFromEPSG(4326);
        wgs84.SetAxisMappingStrategy(OAMS_TRADITIONAL_GIS_ORDER);
        ds->SetSpatialRef(&wgs84);
    }
    GDALDriver *driver = GetGDALDriverManager()->GetDriverByName(driverName);
    if (!driver)
        return QStringLiteral("no GDAL driver %1").arg(QString::fromLatin1(driverName));
    GDALDatasetUniquePtr out(driver->CreateCopy(path.toUtf8().constData(), ds.get(), FALSE,
                                                const_cast<char **>(createOptions), nullptr,
                                                nullptr));
    if (!out)
        return QString::fromUtf8(CPLGetLastErrorMsg());
    if (overviews) {
        int levels[] = {2, 4, 8};
        if (out->BuildOverviews("AVERAGE", 3, levels, 0, nullptr, nullptr, nullptr) != CE_None)
            return QString::fromUtf8(CPLGetLastErrorMsg());
    }
    return {};
}

} // namespace geisep::test
