#pragma once

#include "core/error.h"
#include "core/gpkg.h"
#include "gis/map/viewport.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QImage>
#include <QString>

#include <atomic>

namespace geisep {

class Database;
class Project;

// What a raster basemap is, as found when it was opened.
struct RasterInfo
{
    QString dataset; // the GDAL name opened: a path, or GPKG:path:table
    QString driver;  // GTiff, MBTiles, GPKG, …
    int width = 0;   // pixels at full resolution
    int height = 0;
    int bands = 0;
    int overviews = 0; // of the first band
    QString crsName;
    Envelope extent; // in the project CRS
};

// An offline basemap read through GDAL (GeoTIFF with overviews, MBTiles, GeoPackage tiles or
// anything else GDAL reads) and warped to the project CRS for each frame. It holds names only:
// every draw opens its own dataset, so render threads never share a GDAL handle.
class RasterSource
{
    Q_DECLARE_TR_FUNCTIONS(RasterSource)

public:
    // Opens `dataset` (a file with one raster, or GPKG:path:table) and checks that it is
    // georeferenced with a known CRS; `projectWkt` is the project CRS.
    static Result<RasterSource> open(const QString &dataset, const QByteArray &projectWkt);

    const RasterInfo &info() const { return m_info; }

    // The part of the raster inside `viewport`, warped to an image of the viewport's size
    // (bilinear, from the overview nearest the screen resolution); transparent where the
    // raster has no data, a null image when cancelled or on a read error.
    QImage draw(const Viewport &viewport, const std::atomic<bool> *cancel = nullptr) const;

private:
    RasterInfo m_info;
    QByteArray m_projectWkt;
    bool m_expandPalette = false;
};

// True for files that hold image maps by their name: .tif, .tiff, .mbtiles, .jp2, .vrt.
// (A .gpkg may hold either; addBasemap takes its tiles.)
bool isRasterFile(const QString &path);

// Links a raster basemap to the project (role basemap, on top of the other basemaps). The file
// is opened and checked first, so a broken or unplaceable file is refused with a message and
// the project is not changed. `name` defaults to the file's base name. Returns the layer id.
Result<qint64> addBasemap(Project &project, const QString &path, const QString &name = {});

// The project CRS as WKT, from gpkg_spatial_ref_sys.
QByteArray projectCrsWkt(Database &db);

// Where a linked raster is now: `source` as stored, or, when that path is gone (the project
// was copied to another machine), a file of the same name beside the project.
QString resolveRasterPath(const QString &source, const QString &projectPath);

} // namespace geisep
