#include "gis/io/exporter.h"
#include "gis/gdalinit.h"

#include "core/findlayer.h"
#include "core/outputfile.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <atomic>
#include <memory>
#include <vector>

#include <cpl_error.h>
#include <cpl_string.h>
#include <cpl_vsi.h>
#include <gdal_priv.h>
#include <gdal_utils.h>
#include <ogrsf_frmts.h>

namespace geisep {

namespace {
struct TranslateOptionsDeleter
{
    void operator()(GDALVectorTranslateOptions *o) const { GDALVectorTranslateOptionsFree(o); }
};
} // namespace

Result<LayerExporter::Outcome> LayerExporter::run(Project &project, const QString &layerName,
                                                  const QString &outPath)
{
    const QList<LayerInfo> layers = project.layers();
    const LayerInfo *layer = findByName(
        layers, layerName, [](const LayerInfo &l) { return l.name; },
        [](const LayerInfo &l) { return l.tableName; });
    if (!layer) {
        QStringList names;
        for (const LayerInfo &l : layers)
            names.append(l.name);
        return fail(tr("The project has no layer \"%1\".").arg(layerName), project.path(),
                    names.isEmpty()
                        ? tr("It has no layers yet.")
                        : tr("Its layers are: %1.").arg(names.join(QStringLiteral(", "))));
    }
    const QFileInfo out(outPath);
    if (out.exists())
        return fail(tr("The output file already exists."), outPath,
                    tr("Choose another name or remove it first."));
    const QString suffix = out.suffix().toLower();
    CPLStringList args;
    Outcome outcome;
    if (suffix == u"gpkg") {
        outcome.format = QStringLiteral("GPKG");
    } else if (suffix == u"geojson" || suffix == u"json") {
        outcome.format = QStringLiteral("GeoJSON");
        args.AddString("-lco");
        args.AddString("RFC7946=YES"); // WGS 84 longitude/latitude, as the standard asks
        args.AddString("-t_srs");
        args.AddString("EPSG:4326");
    } else if (suffix == u"shp") {
        outcome.format = QStringLiteral("ESRI Shapefile");
        args.AddString("-lco");
        args.AddString("ENCODING=UTF-8"); // writes the .cpg
    } else if (suffix == u"csv") {
        outcome.format = QStringLiteral("CSV");
        args.AddString("-lco");
        args.AddString("GEOMETRY=AS_WKT");
        args.AddString("-lco");
        args.AddString("WRITE_BOM=YES");
    } else {
        return fail(tr("Cannot export to .%1 files.").arg(out.suffix()), outPath,
                    tr("Use .gpkg, .geojson, .shp or .csv."));
    }
    args.AddString("-f");
    args.AddString(outcome.format.toUtf8().constData());
    args.AddString("-nln");
    args.AddString(out.completeBaseName().toUtf8().constData());
    args.AddString(layer->tableName.toUtf8().constData());

    ensureGdal();
    CPLErrorHandlerPusher quiet(CPLQuietErrorHandler);
    CPLErrorReset();
    const char *const drivers[] = {"GPKG", nullptr};
    GDALDatasetUniquePtr source(GDALDataset::Open(project.path().toUtf8().constData(),
                                                  GDAL_OF_VECTOR | GDAL_OF_READONLY, drivers));
    if (!source)
        return fail(
            tr("GDAL cannot read the project: %1").arg(QString::fromUtf8(CPLGetLastErrorMsg())),
            project.path());
    std::unique_ptr<GDALVectorTranslateOptions, TranslateOptionsDeleter> options(
        GDALVectorTranslateOptionsNew(args.List(), nullptr));
    if (!options)
        return fail(tr("Bad export options: %1").arg(QString::fromUtf8(CPLGetLastErrorMsg())));
    // GDAL writes into memory first; every file it made (a shapefile is several) is then
    // written to disk through OutputFile, whose errors are checked, and renamed into place only
    // when all are whole. GDAL 3.6's GDALClose reports no write error, so writing its output to
    // the disk directly could leave a truncated file behind a success.
    static std::atomic<int> exports{0};
    const QString folder = QStringLiteral("/vsimem/geisep-export-%1-%2")
                               .arg(QCoreApplication::applicationPid())
                               .arg(++exports);
    struct RemoveFolder
    {
        QByteArray path;
        ~RemoveFolder() { VSIRmdirRecursive(path.constData()); }
    } removeFolder{folder.toUtf8()};
    VSIMkdir(folder.toUtf8().constData(), 0755); // the CSV driver needs the folder to exist
    const QString memoryPath = folder + u'/' + out.fileName();
    GDALDatasetH sourceHandle = GDALDataset::ToHandle(source.get());
    int usageError = FALSE;
    GDALDatasetH written = GDALVectorTranslate(memoryPath.toUtf8().constData(), nullptr, 1,
                                               &sourceHandle, options.get(), &usageError);
    if (!written)
        return fail(tr("Writing failed: %1").arg(QString::fromUtf8(CPLGetLastErrorMsg())), outPath,
                    tr("Check that you may write to the folder."));
    GDALClose(written); // flushes; some drivers count features only once written
    const CPLStringList made(VSIReadDir(folder.toUtf8().constData()));
    std::vector<std::unique_ptr<OutputFile>> files;
    for (int i = 0; i < made.size(); ++i) {
        const QString name = QString::fromUtf8(made[i]);
        vsi_l_offset size = 0;
        GByte *bytes
            = VSIGetMemFileBuffer((folder + u'/' + name).toUtf8().constData(), &size, FALSE);
        if (!bytes)
            continue;
        auto file = std::make_unique<OutputFile>(
            name == out.fileName() ? outPath : QDir::cleanPath(out.dir().filePath(name)));
        if (auto ok = file->open(); !ok)
            return std::unexpected(ok.error());
        file->write(reinterpret_cast<const char *>(bytes), qint64(size));
        files.push_back(std::move(file));
    }
    // All of a shapefile's files reach the disk before any replaces its namesake.
    for (const auto &file : files)
        if (auto ok = file->finish(); !ok)
            return std::unexpected(ok.error());
    for (const auto &file : files)
        if (auto ok = file->commit(); !ok)
            return std::unexpected(ok.error());
    outcome.features = layer->featureCount;
    return outcome;
}

} // namespace geisep
