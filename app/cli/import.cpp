// geisep-cli import: a layer into a project.
#include "app/cli/context.h"

#include "gis/crs.h"
#include "gis/io/importer.h"
#include "gis/io/raster.h"

#include <QCommandLineParser>

#include <algorithm>
#include <array>
#include <optional>

namespace geisep::cli {

namespace {

// The basemap just linked: its size, bands and overviews, and a warning when a large one has
// none.
void describeBasemap(QTextStream &out, const QString &file, Project &project)
{
    auto raster
        = RasterSource::open(resolveRasterPath(file, project.path()), projectCrsWkt(project.db()));
    if (raster)
        out << Cli::tr("Linked basemap %1: %2, %3 × %4 pixels, %5 bands, %n overview(s), CRS %6.",
                       nullptr, raster->info().overviews)
                   .arg(raster->info().dataset, raster->info().driver,
                        QString::number(raster->info().width),
                        QString::number(raster->info().height),
                        QString::number(raster->info().bands), raster->info().crsName)
            << '\n';
    if (raster && raster->info().overviews == 0
        && std::max(raster->info().width, raster->info().height) > 4096)
        out << Cli::tr("Warning: the raster has no overviews, so zoomed-out maps read it whole. "
                       "Build them once with: gdaladdo -r average \"%1\"")
                   .arg(raster->info().dataset)
            << '\n';
}

// --extent MINX,MINY,MAXX,MAXY; nullopt (after saying why) when it is not one.
std::optional<Envelope> importExtent(const QString &value, QTextStream &err)
{
    const QStringList parts = value.split(u',');
    std::array<double, 4> v{};
    bool ok = parts.size() == 4;
    for (int i = 0; ok && i < 4; ++i)
        v[std::size_t(i)] = parts[i].trimmed().toDouble(&ok);
    if (!ok || v[0] >= v[2] || v[1] >= v[3]) {
        err << Cli::tr("Error: --extent is MINX,MINY,MAXX,MAXY in the project's CRS, with MINX < "
                       "MAXX and MINY < MAXY.")
            << '\n';
        return std::nullopt;
    }
    return Envelope{v[0], v[1], v[2], v[3]};
}

} // namespace

int Cli::cmdImport(const QStringList &args)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("PROJECT.gpkg"), tr("The project file."));
    parser.addPositionalArgument(QStringLiteral("FILE"), tr("The file to import."));
    const QCommandLineOption layer(QStringLiteral("layer"),
                                   tr("The layer to take, when the file holds several."),
                                   QStringLiteral("SOURCE_LAYER"));
    const QCommandLineOption as(QStringLiteral("as"), tr("The layer's name in the project."),
                                QStringLiteral("NAME"));
    const QCommandLineOption role(QStringLiteral("role"),
                                  tr("muhtar_district, migrant_area, infrastructure or reference "
                                     "for vector layers; basemap for a raster (GeoTIFF, MBTiles, "
                                     "GeoPackage tiles), which is linked, not copied."),
                                  QStringLiteral("ROLE"));
    const QCommandLineOption encoding(QStringLiteral("encoding"),
                                      tr("Text encoding of the file (UTF-8, CP1254, ISO-8859-9); "
                                         "default: from .cpg or the DBF mark, else detected."),
                                      QStringLiteral("ENC"));
    const QCommandLineOption sourceCrs(QStringLiteral("source-crs"),
                                       tr("The file's CRS, when it has none (or a wrong one)."),
                                       QStringLiteral("EPSG:N"));
    const QCommandLineOption serviceField(QStringLiteral("service-field"),
                                          tr("Infrastructure: the field with the service type."),
                                          QStringLiteral("FIELD"));
    const QCommandLineOption service(QStringLiteral("service"),
                                     tr("Infrastructure: one service type for all features "
                                        "(school, health, water, transit)."),
                                     QStringLiteral("TYPE"));
    const QCommandLineOption districts(QStringLiteral("districts"),
                                       tr("Areas: a project layer of district polygons that gives "
                                          "each area its district (ilçe)."),
                                       QStringLiteral("LAYER"));
    const QCommandLineOption where(QStringLiteral("where"),
                                   tr("Take only the features that match an attribute filter, "
                                      "e.g. \"townId IN (343, 344)\"."),
                                   QStringLiteral("FILTER"));
    const QCommandLineOption extent(
        QStringLiteral("extent"),
        tr("Take only the features within a rectangle of the project's CRS (metres), as the "
           "map's view: MINX,MINY,MAXX,MAXY."),
        QStringLiteral("MINX,MINY,MAXX,MAXY"));
    parser.addOptions(
        {layer, as, role, encoding, sourceCrs, serviceField, service, districts, where, extent});
    int code = Ok;
    m_positionalSyntax = QStringLiteral("PROJECT.gpkg FILE");
    if (!parse(parser, QStringLiteral("import"), commandSummary(QStringLiteral("import")), args, 2,
               &code))
        return code;
    const QString file = parser.positionalArguments().at(1);
    const std::optional<LayerRole> roleGiven = roleFromName(parser.value(role));
    if (roleGiven == LayerRole::Basemap || isRasterFile(file)) {
        auto project = openForWriting(parser.positionalArguments().at(0));
        if (!project)
            return error(project.error());
        auto id = addBasemap(**project, file, parser.value(as));
        if (!id)
            return error(id.error());
        describeBasemap(m_out, file, **project);
        return Ok;
    }
    if (!parser.isSet(role)) {
        m_err << tr("Error: give the layer's role with --role (%1).")
                     .arg(roleNames(LayerImporter::roles()).join(QStringLiteral(", ")))
              << '\n';
        return Usage;
    }
    if (parser.isSet(serviceField) && parser.isSet(service)) {
        m_err << tr("Error: give either --service-field or --service, not both.") << '\n';
        return Usage;
    }
    ImportOptions options;
    options.path = parser.positionalArguments().at(1);
    options.sourceLayer = parser.value(layer);
    options.name = parser.value(as);
    options.role = roleGiven.value_or(LayerRole::Reference);
    options.encoding = parser.value(encoding);
    options.serviceField = parser.value(serviceField);
    options.serviceType = parser.value(service);
    options.districtsLayer = parser.value(districts);
    options.where = parser.value(where);
    if (parser.isSet(extent)) {
        options.extent = importExtent(parser.value(extent), m_err);
        if (!options.extent)
            return Usage;
    }
    if (parser.isSet(sourceCrs)) {
        options.sourceEpsg = Crs::parseEpsg(parser.value(sourceCrs));
        if (!options.sourceEpsg) {
            m_err << tr("Error: \"%1\" is not a CRS code; write it as EPSG:4326.")
                         .arg(parser.value(sourceCrs))
                  << '\n';
            return Usage;
        }
    }
    auto project = openForWriting(parser.positionalArguments().at(0));
    if (!project)
        return error(project.error());
    if (!roleGiven) // where LayerImporter::run would say so: after opening the project
        return error(LayerImporter::unknownRole(parser.value(role), options.path));
    if (options.extent)
        options.extentEpsg = (*project)->meta(QStringLiteral("srs_id")).toInt();
    auto report = LayerImporter::run(**project, options);
    if (!report)
        return error(report.error());
    m_out << report->toText() << '\n';
    return Ok;
}

} // namespace geisep::cli
