#include "gis/io/raster.h"

#include "core/project.h"
#include "gis/gdalinit.h"

#include <gdal_priv.h>
#include <gdal_utils.h>
#include <ogr_spatialref.h>

#include <QDir>
#include <QFileInfo>

#include <memory>
#include <vector>

namespace geisep {

namespace {

struct TranslateOptionsDeleter
{
    void operator()(GDALTranslateOptions *o) const { GDALTranslateOptionsFree(o); }
};
struct WarpOptionsDeleter
{
    void operator()(GDALWarpAppOptions *o) const { GDALWarpAppOptionsFree(o); }
};

// argv for GDAL's utilities, kept alive while they run.
class Args
{
public:
    Args(std::initializer_list<const char *> args)
    {
        for (const char *a : args)
            m_args.push_back(a);
    }
    void add(const QByteArray &a) { m_args.push_back(a); }
    char **argv()
    {
        m_ptrs.clear();
        for (QByteArray &a : m_args)
            m_ptrs.push_back(a.data());
        m_ptrs.push_back(nullptr);
        return m_ptrs.data();
    }

private:
    std::vector<QByteArray> m_args;
    std::vector<char *> m_ptrs;
};

// Opens a local raster with the drivers its name promises only; nothing else.
GDALDatasetUniquePtr openRaster(const QString &dataset)
{
    if (!refuseRemote(dataset))
        return nullptr;
    const QStringList drivers = rasterDriversFor(dataset);
    if (drivers.isEmpty())
        return nullptr;
    // A VRT names its sources: every one must be a local file, read from its XML before GDAL
    // opens (and perhaps fetches) any of them.
    if (drivers.contains(QStringLiteral("VRT")) && !refuseRemoteVrtSources(dataset))
        return nullptr;
    const CPLStringList allowed = driverList(drivers);
    GDALDatasetUniquePtr ds(GDALDataset::Open(dataset.toUtf8().constData(),
                                              GDAL_OF_RASTER | GDAL_OF_READONLY, allowed.List()));
    return ds;
}

bool hasPalette(GDALDataset &ds)
{
    return ds.GetRasterCount() == 1 && ds.GetRasterBand(1)->GetColorTable() != nullptr;
}

// A palette raster as RGBA (a VRT in memory over the file), so it can be warped bilinearly.
GDALDatasetUniquePtr expandPalette(GDALDataset &ds)
{
    Args args{"-of", "VRT", "-expand", "rgba"};
    std::unique_ptr<GDALTranslateOptions, TranslateOptionsDeleter> options(
        GDALTranslateOptionsNew(args.argv(), nullptr));
    return GDALDatasetUniquePtr(GDALDataset::FromHandle(
        GDALTranslate("", GDALDataset::ToHandle(&ds), options.get(), nullptr)));
}

int progressCancel(double, const char *, void *data)
{
    const auto *cancel = static_cast<const std::atomic<bool> *>(data);
    return cancel && cancel->load(std::memory_order_relaxed) ? FALSE : TRUE;
}

} // namespace

Result<RasterSource> RasterSource::open(const QString &dataset, const QByteArray &projectWkt)
{
    ensureGdal();
    GdalErrors errors;
    QString name = dataset;
    if (auto local = refuseRemote(dataset); !local)
        return std::unexpected(local.error());
    if (rasterDriversFor(dataset).isEmpty())
        return fail(tr("This kind of file cannot be a basemap."), dataset,
                    tr("Use a GeoTIFF (.tif), MBTiles (.mbtiles), GeoPackage tiles (.gpkg), a "
                       "VRT of local files (.vrt) or JPEG 2000 (.jp2)."));
    if (rasterDriversFor(dataset).contains(QStringLiteral("VRT")))
        if (auto local = refuseRemoteVrtSources(dataset); !local)
            return std::unexpected(local.error());
    GDALDatasetUniquePtr ds = openRaster(name);
    if (ds && ds->GetRasterCount() == 0) {
        // A GeoPackage with several tile tables opens as a list of them.
        const CPLStringList subdatasets(CSLDuplicate(ds->GetMetadata("SUBDATASETS")));
        QStringList names;
        for (int i = 1;; ++i) {
            const char *sub = subdatasets.FetchNameValue(
                ("SUBDATASET_" + QByteArray::number(i) + "_NAME").constData());
            if (!sub)
                break;
            names.append(QString::fromUtf8(sub));
        }
        if (names.size() == 1) {
            name = names.front();
            ds = openRaster(name);
        } else if (names.size() > 1) {
            return fail(tr("The file holds %1 rasters: %2.")
                            .arg(names.size())
                            .arg(names.join(QStringLiteral(", "))),
                        dataset, tr("Choose one by its full name, e.g. %1.").arg(names.front()));
        } else {
            ds.reset();
        }
    }
    if (!ds)
        return fail(tr("This file is not a raster GDAL can read (GeoTIFF, MBTiles, GeoPackage "
                       "tiles): %1")
                        .arg(errors.last()),
                    dataset, tr("Check that the file is complete and is an image map."));
    double gt[6];
    if (ds->GetGeoTransform(gt) != CE_None
        || (gt[1] == 1 && gt[5] == 1 && gt[0] == 0 && gt[3] == 0))
        return fail(tr("The raster has no georeferencing, so it cannot be placed on the map."),
                    dataset,
                    tr("Georeference it first (for instance in QGIS) and save it as a "
                       "GeoTIFF."));
    const OGRSpatialReference *srs = ds->GetSpatialRef();
    if (!srs || srs->IsEmpty())
        return fail(
            tr("The raster has no coordinate reference system."), dataset,
            tr("Assign its CRS (e.g. with gdal_edit.py -a_srs EPSG:5256) and add it again."));

    OGRSpatialReference target;
    if (target.importFromWkt(projectWkt.constData()) != OGRERR_NONE)
        return fail(tr("The project's CRS cannot be read."), dataset);
    target.SetAxisMappingStrategy(OAMS_TRADITIONAL_GIS_ORDER);
    OGRSpatialReference source(*srs);
    source.SetAxisMappingStrategy(OAMS_TRADITIONAL_GIS_ORDER);
    std::unique_ptr<OGRCoordinateTransformation> ct(
        OGRCreateCoordinateTransformation(&source, &target));
    if (!ct)
        return fail(tr("The raster's CRS (%1) cannot be transformed to the project's.")
                        .arg(QString::fromUtf8(source.GetName())),
                    dataset);
    const int w = ds->GetRasterXSize(), h = ds->GetRasterYSize();
    double xs[4] = {gt[0], gt[0] + gt[1] * w, gt[0] + gt[2] * h, gt[0] + gt[1] * w + gt[2] * h};
    double ys[4] = {gt[3], gt[3] + gt[4] * w, gt[3] + gt[5] * h, gt[3] + gt[4] * w + gt[5] * h};
    const double minX = std::min({xs[0], xs[1], xs[2], xs[3]});
    const double maxX = std::max({xs[0], xs[1], xs[2], xs[3]});
    const double minY = std::min({ys[0], ys[1], ys[2], ys[3]});
    const double maxY = std::max({ys[0], ys[1], ys[2], ys[3]});
    RasterSource out;
    if (!ct->TransformBounds(minX, minY, maxX, maxY, &out.m_info.extent.minX,
                             &out.m_info.extent.minY, &out.m_info.extent.maxX,
                             &out.m_info.extent.maxY, 21))
        return fail(tr("The raster's extent cannot be transformed to the project's CRS."), dataset,
                    tr("Check that the raster covers the project's area."));
    out.m_info.dataset = name;
    out.m_info.driver = QString::fromUtf8(ds->GetDriver()->GetDescription());
    out.m_info.width = w;
    out.m_info.height = h;
    out.m_info.bands = ds->GetRasterCount();
    out.m_info.overviews = ds->GetRasterBand(1)->GetOverviewCount();
    out.m_info.crsName = QString::fromUtf8(source.GetName());
    out.m_projectWkt = projectWkt;
    out.m_expandPalette = hasPalette(*ds);
    return out;
}

QImage RasterSource::draw(const Viewport &viewport, const std::atomic<bool> *cancel) const
{
    const Envelope view = viewport.visibleExtent();
    const Envelope &e = m_info.extent;
    const QSize size = viewport.size();
    QImage image(size, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::transparent);
    if (e.maxX < view.minX || e.minX > view.maxX || e.maxY < view.minY || e.minY > view.maxY)
        return image;

    ensureGdal();
    GdalErrors errors;
    GDALDatasetUniquePtr file = openRaster(m_info.dataset);
    if (!file)
        return {};
    GDALDatasetUniquePtr expanded;
    GDALDataset *src = file.get();
    if (m_expandPalette) {
        expanded = expandPalette(*file);
        if (!expanded)
            return {};
        src = expanded.get();
    }
    const int srcBands = src->GetRasterCount();
    const bool srcAlpha
        = srcBands > 1 && src->GetRasterBand(srcBands)->GetColorInterpretation() == GCI_AlphaBand;
    const int colorBands = (srcAlpha ? srcBands - 1 : srcBands) >= 3 ? 3 : 1;
    // The destination has the source's bands (the alpha band last), as the warper maps them
    // one to one; extra source bands (a NIR band, say) are read and not shown.
    const int dstBands = (srcAlpha ? srcBands - 1 : srcBands) + 1;

    GDALDriver *mem = GetGDALDriverManager()->GetDriverByName("MEM");
    GDALDatasetUniquePtr dst(
        mem->Create("", size.width(), size.height(), dstBands, GDT_Byte, nullptr));
    if (!dst)
        return {};
    double gt[6]
        = {view.minX, viewport.unitsPerPixel(), 0, view.maxY, 0, -viewport.unitsPerPixel()};
    dst->SetGeoTransform(gt);
    dst->SetProjection(m_projectWkt.constData());

    Args args{"-r", "bilinear", "-dstalpha", "-et", "0.25"};
    if (srcAlpha)
        args.add("-srcalpha");
    std::unique_ptr<GDALWarpAppOptions, WarpOptionsDeleter> options(
        GDALWarpAppOptionsNew(args.argv(), nullptr));
    GDALWarpAppOptionsSetProgress(options.get(), progressCancel,
                                  const_cast<std::atomic<bool> *>(cancel));
    GDALDatasetH srcHandle = GDALDataset::ToHandle(src);
    int usageError = 0;
    GDALDatasetH done = GDALWarp(nullptr, GDALDataset::ToHandle(dst.get()), 1, &srcHandle,
                                 options.get(), &usageError);
    if (!done || (cancel && cancel->load()))
        return {};

    const int w = size.width(), h = size.height();
    std::vector<GByte> bands(std::size_t(w) * h * 4);
    const int read[4] = {1, colorBands == 3 ? 2 : 1, colorBands == 3 ? 3 : 1, dstBands};
    for (int b = 0; b < 4; ++b) {
        if (dst->GetRasterBand(read[b])->RasterIO(GF_Read, 0, 0, w, h,
                                                  bands.data() + std::size_t(b) * w * h, w, h,
                                                  GDT_Byte, 0, 0, nullptr)
            != CE_None)
            return {};
    }
    const std::size_t plane = std::size_t(w) * h;
    for (int y = 0; y < h; ++y) {
        auto *line = reinterpret_cast<QRgb *>(image.scanLine(y));
        for (int x = 0; x < w; ++x) {
            const std::size_t i = std::size_t(y) * w + x;
            line[x] = qPremultiply(
                qRgba(bands[i], bands[plane + i], bands[2 * plane + i], bands[3 * plane + i]));
        }
    }
    return image;
}

bool isRasterFile(const QString &path)
{
    static const QStringList suffixes
        = {QStringLiteral("tif"), QStringLiteral("tiff"), QStringLiteral("mbtiles"),
           QStringLiteral("jp2"), QStringLiteral("vrt")};
    return suffixes.contains(QFileInfo(path).suffix().toLower());
}

QByteArray projectCrsWkt(Database &db)
{
    auto wkt = db.queryText("SELECT definition FROM gpkg_spatial_ref_sys WHERE srs_id = (SELECT "
                            "CAST(value AS INTEGER) FROM geisep_meta WHERE key = 'srs_id')");
    return wkt ? wkt->toUtf8() : QByteArray();
}

Result<qint64> addBasemap(Project &project, const QString &path, const QString &name)
{
    if (auto local = refuseRemote(path); !local)
        return std::unexpected(local.error());
    QString dataset = path;
    if (!path.startsWith(QStringLiteral("GPKG:"))) {
        const QFileInfo fi(path);
        if (!fi.exists())
            return fail(RasterSource::tr("The file does not exist."), path,
                        RasterSource::tr("Check the path."));
        dataset = fi.absoluteFilePath();
    }
    auto raster = RasterSource::open(dataset, projectCrsWkt(project.db()));
    if (!raster)
        return std::unexpected(raster.error());
    QString title = name.trimmed();
    if (title.isEmpty()) {
        const QString opened = raster->info().dataset;
        title = opened.startsWith(QStringLiteral("GPKG:")) ? opened.section(u':', -1)
                                                           : QFileInfo(opened).completeBaseName();
    }
    return project.addRasterLayer(title, raster->info().dataset);
}

QString resolveRasterPath(const QString &source, const QString &projectPath)
{
    // GPKG:path:table and other GDAL names with a prefix are used as they are.
    if (source.startsWith(QStringLiteral("GPKG:")) || QFileInfo::exists(source))
        return source;
    const QString beside
        = QFileInfo(projectPath).absoluteDir().filePath(QFileInfo(source).fileName());
    return QFileInfo::exists(beside) ? beside : source;
}

} // namespace geisep
