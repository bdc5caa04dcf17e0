#include "gis/gdalinit.h"

#include <QCoreApplication>

#include <cpl_conv.h>
#include <gdal.h>

#include <mutex>

namespace geisep {

void ensureGdal()
{
    static std::once_flag once;
    std::call_once(once, [] {
        // Shapefiles are written with their .cpg; reading decides the encoding itself.
        CPLSetConfigOption("SHAPE_RESTORE_SHX", "NO");
        // Reading a .gz must not write a .gz.properties index beside it (the folder may be
        // read-only, or a repository).
        CPLSetConfigOption("CPL_VSIL_GZIP_WRITE_PROPERTIES", "NO");
        GDALAllRegister();
    });
}

namespace {

class Text
{
    Q_DECLARE_TR_FUNCTIONS(LayerImporter)
};

} // namespace

Result<void> refuseRemote(const QString &name)
{
    const QString lower = name.trimmed().toLower();
    // Network file systems and pseudo-files anywhere in the name (also inside /vsizip/…).
    static const char *const pseudo[]
        = {"/vsicurl",   "/vsis3",    "/vsigs",      "/vsiaz",      "/vsiadls",
           "/vsioss",    "/vsiswift", "/vsihdfs",    "/vsiwebhdfs", "/vsistdin",
           "/vsistdout", "/vsimem",   "/vsisubfile", "/vsisparse",  "/vsicrypt"};
    // Connection strings of network and database drivers, at the start.
    static const char *const schemes[]
        = {"wms:",   "wmts:", "wfs:",   "wcs:",     "oapif:", "eedai:", "eeda:",  "pg:",
           "mysql:", "odbc:", "mssql:", "couchdb:", "es:",    "ngw:",   "carto:", "plscenes:"};
    bool remote = lower.contains(QStringLiteral("://"));
    for (const char *p : pseudo)
        remote = remote || lower.contains(QLatin1String(p));
    for (const char *p : schemes)
        remote = remote || lower.startsWith(QLatin1String(p));
    if (remote)
        return fail(Text::tr("This is not a file on this computer: GEİSEP Workbench works "
                             "offline and reads only local files."),
                    name, Text::tr("Download the data first, then choose the downloaded file."));
    return {};
}

QStringList rasterDriversFor(const QString &path)
{
    QString s = path.toLower();
    if (s.startsWith(u"gpkg:")) // a tile table of a GeoPackage: GPKG:/path/file.gpkg:table
        return {QStringLiteral("GPKG")};
    s = s.section(u'.', -1);
    if (s == u"tif" || s == u"tiff")
        return {QStringLiteral("GTiff"), QStringLiteral("COG")};
    if (s == u"mbtiles")
        return {QStringLiteral("MBTiles")};
    if (s == u"gpkg")
        return {QStringLiteral("GPKG")};
    if (s == u"vrt")
        return {QStringLiteral("VRT")};
    if (s == u"jp2")
        return {QStringLiteral("JP2OpenJPEG"), QStringLiteral("JPEG2000"), QStringLiteral("JP2ECW"),
                QStringLiteral("JP2KAK"), QStringLiteral("JP2MrSID")};
    return {};
}

DriverList::DriverList(const QStringList &drivers)
{
    for (const QString &d : drivers)
        m_names.push_back(d.toUtf8());
    for (const QByteArray &n : m_names)
        m_pointers.push_back(n.constData());
    m_pointers.push_back(nullptr);
}

} // namespace geisep
