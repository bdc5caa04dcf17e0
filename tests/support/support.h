#pragma once

// Helpers shared by the tests: paths to real data, temporary projects, child processes and
// GDAL's GeoPackage validator.

#include "core/project.h"
#include "tests/support/wkb.h"

#include <QByteArray>
#include <QColor>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>

#include <memory>

namespace geisep::test {

// The real boundaries and populations the repository carries in data/ (see data/SOURCES.md):
// the path of data/NAME, or a failed test naming the file when it is not there.
QString dataFile(const QString &name);
QString dataDir();                         // data/, checked the same way
QString gdalDataPath(const QString &name); // for GDAL's tools: /vsigzip/data/NAME.gz
QByteArray dataBytes(const QString &name); // data/NAME, uncompressed
QString testData(const QString &name);     // tests/data/NAME

// A temporary directory removed at the end of the test.
class TempDir
{
public:
    TempDir();
    QString path(const QString &name) const;

private:
    QTemporaryDir m_dir;
};

// The sample project (SampleProject::build from data/), built once per test program; tests
// work on copies. Its mahalle layer's name, in the language it was built in.
const QString &samplePath();
QString sampleAreasLayer();

// A new project at PATH in EPSG:5256 (fails the test if it cannot be made).
std::unique_ptr<Project> newProject(const QString &path,
                                    const QString &name = QStringLiteral("Test"));

struct ProcessResult
{
    int exitCode = -1;
    QString out;
    QString err;
};
ProcessResult run(const QString &program, const QStringList &args, int timeoutMs = 120000,
                  const QStringList &environment = {});
ProcessResult runCli(const QStringList &args);
// geisep-cli with extra environment variables ("NAME=value").
ProcessResult runCliWith(const QStringList &environment, const QStringList &args);

// GDAL's validate_gpkg.py over each file in one Python process. Empty on success, else the
// errors, one per line, prefixed with the file.
QString gdalValidate(const QStringList &files);

QByteArray fileHash(const QString &path);

// A raster in EPSG:4326 over lon 37.30–37.40, lat 37.00–37.10 (west Şahinbey), 1000 × 1000
// pixels: the western half kRasterWest, the eastern half kRasterEast; written by GDAL's
// `driver` (GTiff, MBTiles, GPKG) with overviews 2, 4, 8 when asked. Empty on success, else
// what went wrong.
inline const QColor kRasterWest(220, 30, 30);
inline const QColor kRasterEast(30, 30, 220);
QString writeRaster(const QString &path, const char *driver, bool georeferenced = true,
                    bool withCrs = true, bool overviews = true,
                    const char *const *createOptions = nullptr);

} // namespace geisep::test
