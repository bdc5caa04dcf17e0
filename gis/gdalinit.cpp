#include "gis/gdalinit.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QXmlStreamReader>

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
        // A VRT may not run Python.
        CPLSetConfigOption("GDAL_VRT_ENABLE_PYTHON", "NO");
        GDALAllRegister();
        // Offline: the drivers that only talk to web servers are taken out again (GDAL_SKIP
        // would warn on every start about the ones this GDAL lacks). refuseRemote() is the
        // first guard; this is the second. Database drivers stay, for the shared plan server;
        // their connection strings are refused like any other remote name.
        for (const char *name :
             {"WMS",   "WMTS",  "WCS",           "WFS",     "OAPIF",      "OGCAPI",  "HTTP",
              "EEDA",  "EEDAI", "PLSCENES",      "NGW",     "DAAS",       "STACTA",  "STACIT",
              "Carto", "CSW",   "Elasticsearch", "CouchDB", "AmigoCloud", "GPSBabel"})
            if (GDALDriverH driver = GDALGetDriverByName(name)) {
                GDALDeregisterDriver(driver);
                GDALDestroyDriver(driver);
            }
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
    // What is left of the name once the local wrappers are taken off must be a path on this
    // computer: an allowlist, so a prefix nobody listed is refused too.
    QString rest = name.trimmed();
    for (bool stripped = true; stripped;) {
        stripped = false;
        for (const char *wrapper : {"/vsizip/", "/vsigzip/", "/vsitar/", "gpkg:"})
            if (rest.startsWith(QLatin1String(wrapper), Qt::CaseInsensitive)) {
                rest = rest.mid(qsizetype(qstrlen(wrapper)));
                stripped = true;
            }
    }
    static const QRegularExpression scheme(QStringLiteral("^[A-Za-z][A-Za-z0-9_+.-]+:"));
    const bool remote = rest.contains(QStringLiteral("://"))
                        || rest.startsWith(QStringLiteral("/vsi"), Qt::CaseInsensitive)
                        || scheme.match(rest).hasMatch(); // WMS:…, PG:…, a URL scheme
    if (remote)
        return fail(Text::tr("This is not a file on this computer: GEİSEP Workbench works "
                             "offline and reads only local files."),
                    name, Text::tr("Download the data first, then choose the downloaded file."));
    return {};
}

Result<void> refuseRemoteVrtSources(const QString &vrtPath, int depth)
{
    if (depth > 8)
        return fail(Text::tr("The VRT nests other VRTs too deeply."), vrtPath);
    QFile file(vrtPath);
    if (!file.open(QIODevice::ReadOnly))
        return {}; // GDAL will say it cannot be read
    QXmlStreamReader xml(&file);
    while (!xml.atEnd()) {
        if (xml.readNext() != QXmlStreamReader::StartElement
            || xml.name() != QLatin1String("SourceFilename"))
            continue;
        const bool relative
            = xml.attributes().value(QLatin1String("relativeToVRT")) == QLatin1String("1");
        const QString source = xml.readElementText().trimmed();
        if (auto local = refuseRemote(source); !local) {
            Error e = local.error();
            e.file = vrtPath;
            e.message
                = Text::tr("The VRT reads %1, which is not a file on this computer.").arg(source);
            return std::unexpected(e);
        }
        const QString path = relative ? QFileInfo(vrtPath).dir().filePath(source) : source;
        if (path.endsWith(QStringLiteral(".vrt"), Qt::CaseInsensitive))
            if (auto ok = refuseRemoteVrtSources(path, depth + 1); !ok)
                return ok;
    }
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

CPLStringList driverList(const QStringList &drivers)
{
    CPLStringList out;
    for (const QString &d : drivers)
        out.AddString(d.toUtf8().constData());
    return out;
}

} // namespace geisep
