#pragma once

#include "core/error.h"

#include <cpl_error.h>
#include <cpl_string.h>

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace geisep {

// Registers GDAL's drivers once per process (thread-safe); every gis entry point that opens a
// file through GDAL calls it first.
void ensureGdal();

// The workbench is offline: a name GDAL would fetch over a network (/vsicurl/, /vsis3/,
// http://…, a WMS or WFS connection string) or a pseudo-file (/vsistdin/, /vsimem/) is refused
// with a message, whatever a project or a dialog hands over. Local archives (/vsizip/,
// /vsigzip/, /vsitar/ of a local file) are fine.
Result<void> refuseRemote(const QString &name);
// Every SourceFilename of a VRT file (and of the VRTs it names) must pass refuseRemote: read
// from the XML before GDAL opens anything.
Result<void> refuseRemoteVrtSources(const QString &vrtPath, int depth = 0);

// The GDAL raster drivers a file's name promises: GTiff for .tif, MBTiles for .mbtiles, GPKG
// for .gpkg, VRT for .vrt, JP2 drivers for .jp2; empty for any other name.
QStringList rasterDriversFor(const QString &path);

// Driver names as GDALOpenEx's allowed-drivers list.
CPLStringList driverList(const QStringList &drivers);

// Keeps GDAL's own messages off stderr while we probe and read, on this thread; the last one
// is kept for ours.
class GdalErrors
{
public:
    GdalErrors()
        : m_pusher(CPLQuietErrorHandler)
    {
        CPLErrorReset();
    }
    QString last() const { return QString::fromUtf8(CPLGetLastErrorMsg()).trimmed(); }

private:
    CPLErrorHandlerPusher m_pusher;
};

} // namespace geisep
