#include "gis/importer.h"

#include "gis/featureedit.h"
#include "gis/gdalinit.h"
#include "gis/qgisstyle.h"

#include "core/csv.h"
#include "core/findlayer.h"
#include "core/gpkg.h"
#include "core/provinces.h"
#include "core/turkish.h"
#include "gis/geos.h"

#include <QCollator>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>
#include <QSet>

#include <cpl_error.h>
#include <cpl_string.h>
#include <gdal_priv.h>
#include <ogr_geometry.h>
#include <ogr_spatialref.h>
#include <ogrsf_frmts.h>

#include <cmath>
#include <vector>

namespace geisep {

namespace {

struct FeatureDeleter
{
    void operator()(OGRFeature *f) const { OGRFeature::DestroyFeature(f); }
};
using FeaturePtr = std::unique_ptr<OGRFeature, FeatureDeleter>;

struct GeometryDeleter
{
    void operator()(OGRGeometry *g) const { OGRGeometryFactory::destroyGeometry(g); }
};
using OgrGeometryPtr = std::unique_ptr<OGRGeometry, GeometryDeleter>;

struct TransformDeleter
{
    void operator()(OGRCoordinateTransformation *t) const
    {
        OGRCoordinateTransformation::DestroyCT(t);
    }
};
using TransformPtr = std::unique_ptr<OGRCoordinateTransformation, TransformDeleter>;

// The formats import reads, each only through the driver its name promises: a VRT or any
// other driver that can reach beyond the file never opens.
const QStringList kReadable
    = {QStringLiteral("GPKG"),       QStringLiteral("ESRI Shapefile"), QStringLiteral("GeoJSON"),
       QStringLiteral("GeoJSONSeq"), QStringLiteral("ESRIJSON"),       QStringLiteral("TopoJSON"),
       QStringLiteral("KML"),        QStringLiteral("LIBKML"),         QStringLiteral("FlatGeobuf"),
       QStringLiteral("CSV")};

// Which GDAL drivers a file name promises.
QStringList driversForSuffix(const QString &suffix)
{
    const QString s = suffix.toLower();
    if (s == u"gpkg")
        return {QStringLiteral("GPKG")};
    if (s == u"shp" || s == u"dbf")
        return {QStringLiteral("ESRI Shapefile")};
    if (s == u"geojson" || s == u"json")
        return {QStringLiteral("GeoJSON"), QStringLiteral("GeoJSONSeq"), QStringLiteral("ESRIJSON"),
                QStringLiteral("TopoJSON")};
    if (s == u"kml")
        return {QStringLiteral("KML"), QStringLiteral("LIBKML")};
    if (s == u"fgb")
        return {QStringLiteral("FlatGeobuf")};
    if (s == u"csv" || s == u"txt")
        return {QStringLiteral("CSV")};
    return {};
}

QString formatName(const QString &driver)
{
    if (driver == u"ESRI Shapefile")
        return QStringLiteral("Shapefile");
    return driver;
}

struct Source
{
    GDALDatasetUniquePtr dataset;
    OGRLayer *layer = nullptr;
    QString driver;
    QString gdalPath;
    QStringList layers;
};

class Text
{
    Q_DECLARE_TR_FUNCTIONS(LayerImporter)
};

Result<Source> openSource(const ImportOptions &options)
{
    if (auto local = refuseRemote(options.path); !local)
        return std::unexpected(local.error());
    const QFileInfo fi(options.path);
    if (!fi.exists())
        return fail(Text::tr("The file does not exist."), options.path,
                    Text::tr("Check the path."));
    QString gdalPath = fi.absoluteFilePath();
    const bool zipped = fi.suffix().compare(QStringLiteral("zip"), Qt::CaseInsensitive) == 0;
    // One gzip'd file (mahalle.geojson.gz) is read as it is, through GDAL's /vsigzip/; its
    // format is promised by the name inside (geojson).
    const bool gzipped = fi.suffix().compare(QStringLiteral("gz"), Qt::CaseInsensitive) == 0;
    QString suffix = fi.suffix();
    if (zipped)
        gdalPath = QStringLiteral("/vsizip/") + gdalPath;
    if (gzipped) {
        gdalPath = QStringLiteral("/vsigzip/") + gdalPath;
        suffix = QFileInfo(fi.completeBaseName()).suffix();
    }

    ensureGdal();
    GdalErrors errors;
    const QByteArray path8 = gdalPath.toUtf8();
    const CPLStringList readableDrivers = driverList(kReadable);
    GDALDriverH identified
        = GDALIdentifyDriverEx(path8.constData(), GDAL_OF_VECTOR, readableDrivers.List(), nullptr);
    if (!identified)
        return fail(Text::tr("This file is not a GIS layer that can be read (GeoPackage, "
                             "Shapefile, GeoJSON, KML, FlatGeobuf or CSV)."),
                    options.path,
                    Text::tr("Check that the file is complete and is what its name says."));
    const QString driver = QString::fromUtf8(GDALGetDriverShortName(identified));
    const QStringList expected = driversForSuffix(suffix);
    if (!kReadable.contains(driver) || (!zipped && !fi.isDir() && expected.isEmpty()))
        return fail(Text::tr("Files of this kind (%1) cannot be imported.").arg(formatName(driver)),
                    options.path,
                    Text::tr("Use GeoPackage, Shapefile (also zipped), GeoJSON, KML, FlatGeobuf "
                             "or CSV."));
    if (!zipped && !fi.isDir() && !expected.contains(driver))
        return fail(
            Text::tr("The file is named .%1 but holds %2 data.").arg(suffix, formatName(driver)),
            options.path,
            Text::tr("Rename it to match its content, or export it again from the "
                     "program that made it."));

    CPLStringList openOptions;
    if (driver == u"ESRI Shapefile")
        openOptions.SetNameValue("ENCODING", ""); // raw bytes: we decide the encoding
    if (driver == u"CSV") {
        openOptions.SetNameValue("X_POSSIBLE_NAMES", "lon,long,longitude,boylam,x");
        openOptions.SetNameValue("Y_POSSIBLE_NAMES", "lat,latitude,enlem,y");
        openOptions.SetNameValue("GEOM_POSSIBLE_NAMES", "wkt,geom,geometry,wkt_geom,the_geom");
        openOptions.SetNameValue("KEEP_GEOM_COLUMNS", "NO");
        openOptions.SetNameValue("AUTODETECT_TYPE", "YES");
    }
    const char *const allowed[] = {GDALGetDriverShortName(identified), nullptr};
    Source source;
    source.dataset.reset(GDALDataset::Open(path8.constData(), GDAL_OF_VECTOR | GDAL_OF_READONLY,
                                           allowed, openOptions.List(), nullptr));
    if (!source.dataset)
        return fail(
            Text::tr("The file cannot be read as %1: %2").arg(formatName(driver), errors.last()),
            options.path, Text::tr("The file may be cut short or damaged; export it again."));
    source.driver = driver;
    source.gdalPath = gdalPath;
    for (int i = 0; i < source.dataset->GetLayerCount(); ++i)
        source.layers.append(QString::fromUtf8(source.dataset->GetLayer(i)->GetName()));
    if (source.layers.isEmpty())
        return fail(Text::tr("The file holds no layers."), options.path,
                    Text::tr("Check that it is the file you meant."));
    if (!options.sourceLayer.isEmpty()) {
        source.layer = source.dataset->GetLayerByName(options.sourceLayer.toUtf8().constData());
        if (!source.layer)
            return fail(Text::tr("The file has no layer \"%1\"; it has: %2.")
                            .arg(options.sourceLayer, source.layers.join(QStringLiteral(", "))),
                        options.path, Text::tr("Choose one of them with --layer."));
    } else if (source.layers.size() > 1) {
        return fail(Text::tr("The file holds %1 layers: %2.")
                        .arg(source.layers.size())
                        .arg(source.layers.join(QStringLiteral(", "))),
                    options.path, Text::tr("Choose one with --layer."));
    } else {
        source.layer = source.dataset->GetLayer(0);
    }
    return source;
}

// The code page a shapefile declares: its .cpg, else the DBF's language driver id.
struct DeclaredEncoding
{
    std::optional<TextEncoding> encoding;
    QString reason;
    bool ansi = false; // "the writing machine's ANSI code page": decided by detection
};

DeclaredEncoding shapefileEncoding(const Source &source)
{
    const QByteArray layerName = source.layer->GetName();
    // The .dbf/.cpg sit beside the .shp, in the folder, or inside the zip.
    QString base = source.gdalPath;
    if (base.endsWith(QStringLiteral(".shp"), Qt::CaseInsensitive)
        || base.endsWith(QStringLiteral(".dbf"), Qt::CaseInsensitive))
        base.chop(4);
    else
        base += QLatin1Char('/') + QString::fromUtf8(layerName);
    auto readVsi = [](const QString &path, qsizetype max) -> QByteArray {
        VSILFILE *f = VSIFOpenL(path.toUtf8().constData(), "rb");
        if (!f)
            return {};
        QByteArray data(max, '\0');
        const size_t n = VSIFReadL(data.data(), 1, size_t(max), f);
        VSIFCloseL(f);
        data.truncate(qsizetype(n));
        return data;
    };
    for (const char *ext : {".cpg", ".CPG"}) {
        const QByteArray cpg = readVsi(base + QString::fromLatin1(ext), 64).trimmed();
        if (cpg.isEmpty())
            continue;
        if (auto e = encodingFromName(QString::fromLatin1(cpg)))
            return {e, Text::tr(".cpg says %1").arg(QString::fromLatin1(cpg)), false};
        return {std::nullopt,
                Text::tr(".cpg says %1, not a known encoding").arg(QString::fromLatin1(cpg)),
                false};
    }
    for (const char *ext : {".dbf", ".DBF"}) {
        const QByteArray header = readVsi(base + QString::fromLatin1(ext), 32);
        if (header.size() < 32)
            continue;
        const auto ldid = static_cast<unsigned char>(header.at(29));
        switch (ldid) {
        case 0x00:
            return {std::nullopt, QString(), false};
        case 0xCA:
            return {TextEncoding::Cp1254, Text::tr("DBF code page mark 0xCA (Windows 1254)"),
                    false};
        case 0x03:
        case 0x57:
            return {std::nullopt,
                    Text::tr("DBF code page mark 0x%1 (the writer's ANSI code page)")
                        .arg(ldid, 2, 16, QLatin1Char('0')),
                    true};
        default:
            return {std::nullopt,
                    Text::tr("DBF code page mark 0x%1").arg(ldid, 2, 16, QLatin1Char('0')), false};
        }
    }
    return {};
}

struct Row
{
    qint64 sourceFid = 0;
    OgrGeometryPtr geometry;
    QList<QVariant> values; // strings still raw bytes (QByteArray) until decoded
};

enum class Family { None, Point, Line, Polygon, Mixed };

Family familyOf(OGRwkbGeometryType type)
{
    switch (wkbFlatten(type)) {
    case wkbPoint:
    case wkbMultiPoint:
        return Family::Point;
    case wkbLineString:
    case wkbMultiLineString:
        return Family::Line;
    case wkbPolygon:
    case wkbMultiPolygon:
        return Family::Polygon;
    default:
        return Family::Mixed;
    }
}

// How many collections (Multi* included) the deepest part of a geometry lies in: 0 for a
// polygon, 1 for the polygons of a multipolygon. Counted with an explicit stack so a hostile
// file cannot exhaust ours.
int nestingDepth(const OGRGeometry *root)
{
    int deepest = 0;
    std::vector<std::pair<const OGRGeometry *, int>> todo{{root, 0}};
    while (!todo.empty()) {
        const auto [g, depth] = todo.back();
        todo.pop_back();
        deepest = std::max(deepest, depth);
        // Multi* are collections too: GDAL counts every level.
        if (OGR_GT_IsSubClassOf(wkbFlatten(g->getGeometryType()), wkbGeometryCollection))
            for (const OGRGeometry *part : *g->toGeometryCollection())
                todo.emplace_back(part, depth + 1);
    }
    return deepest;
}

// A quoted field that took in whole rows: one of its later lines holds as many separators as a
// row has (a multi-line address with a comma in it does not).
bool swallowsRows(const QString &field, QChar separator, qsizetype columns)
{
    if (columns < 2 || !field.contains(u'\n'))
        return false;
    const QStringList lines = field.split(u'\n');
    return std::any_of(lines.begin() + 1, lines.end(),
                       [&](const QString &line) { return line.count(separator) >= columns - 1; });
}

// GDAL (and so QGIS) refuses to read a geometry nested 32 collections deep.
constexpr int kMaxNesting = 31;

// A declared encoding (a .cpg, a DBF code page mark) that the bytes do not bear out: UTF-8
// declared over 8-bit text, or an 8-bit code page declared over valid UTF-8. Carries the
// encoding the bytes read as and a word read both ways, for the message.
struct EncodingConflict
{
    TextEncoding detected = TextEncoding::Utf8;
    QString asDeclared, asDetected;
};

std::optional<EncodingConflict> encodingConflict(TextEncoding declared, const QByteArray &sample)
{
    auto high = [](char c) {
        return static_cast<unsigned char>(c) >= 0x80;
    };
    if (std::none_of(sample.begin(), sample.end(), high))
        return std::nullopt;
    const EncodingGuess guess = detectEncoding(sample);
    if ((declared == TextEncoding::Utf8) == (guess.encoding == TextEncoding::Utf8))
        return std::nullopt;
    EncodingConflict out;
    out.detected = guess.encoding;
    for (const QByteArray &word : sample.split(' '))
        if (std::any_of(word.begin(), word.end(), high)) {
            out.asDeclared = decode(word.left(40), declared);
            out.asDetected = decode(word.left(40), guess.encoding);
            break;
        }
    return out;
}

bool coordinatesSane(const OGREnvelope &env)
{
    for (double v : {env.MinX, env.MinY, env.MaxX, env.MaxY})
        if (!std::isfinite(v) || std::fabs(v) > 1e9)
            return false;
    return true;
}

// Field names people use for an area's name, code, district and province, folded.
const QStringList kNameFields
    = {QStringLiteral("name"),    QStringLiteral("ad"),          QStringLiteral("adi"),
       QStringLiteral("mahalle"), QStringLiteral("mahalle adi"), QStringLiteral("isim"),
       QStringLiteral("name tr")};
const QStringList kCodeFields = {QStringLiteral("quarterid"), QStringLiteral("mahalle kodu"),
                                 QStringLiteral("kod"),       QStringLiteral("code"),
                                 QStringLiteral("uavt"),      QStringLiteral("uavt kodu"),
                                 QStringLiteral("tuik id"),   QStringLiteral("id")};
const QStringList kDistrictFields
    = {QStringLiteral("ilce"), QStringLiteral("ilce adi"), QStringLiteral("district")};
const QStringList kProvinceFields = {QStringLiteral("il"), QStringLiteral("il adi"),
                                     QStringLiteral("province"), QStringLiteral("sehir")};
const QStringList kPlateFields
    = {QStringLiteral("cityid"), QStringLiteral("il kodu"), QStringLiteral("plaka")};
const QStringList kServiceFields = {QStringLiteral("service"), QStringLiteral("hizmet"),
                                    QStringLiteral("type"), QStringLiteral("tur")};

int findField(const QStringList &foldedNames, const QStringList &candidates)
{
    for (const QString &candidate : candidates) {
        const QString c = foldTurkish(candidate);
        const qsizetype at = foldedNames.indexOf(c);
        if (at >= 0)
            return int(at);
    }
    return -1;
}

// District polygons of a project layer, for assigning each area its ilçe.
struct District
{
    QString name;
    QString province;
    Envelope box;
    geos::GeometryPtr geometry;
    geos::PreparedPtr prepared;
};

Result<std::vector<District>> loadDistricts(Project &project, const QString &layerName)
{
    const QList<LayerInfo> layers = project.layers();
    const LayerInfo *layer = findByName(
        layers, layerName, [](const LayerInfo &l) { return l.name; },
        [](const LayerInfo &l) { return l.tableName; });
    if (!layer)
        return fail(
            Text::tr("The project has no layer \"%1\" to take districts from.").arg(layerName),
            project.path(), Text::tr("Import the district boundaries first."));
    const auto table = Identifier::make(layer->tableName);
    if (!table)
        return fail(Text::tr("The layer \"%1\" has a table name this program does not write "
                             "(%2).")
                        .arg(layerName, layer->tableName),
                    project.path(), Text::tr("Run geisep-cli validate on the project."));
    auto columns = project.db().prepareWith("SELECT * FROM %1 LIMIT 0", {*table});
    if (!columns)
        return std::unexpected(columns.error());
    QStringList folded;
    for (int i = 0; i < columns->columnCount(); ++i)
        folded.append(foldTurkish(columns->columnName(i)));
    const int nameCol = findField(folded, kNameFields);
    const int plateCol = findField(folded, kPlateFields);
    const int provinceCol = findField(folded, kProvinceFields);
    const int geomCol = int(folded.indexOf(QStringLiteral("geom")));
    if (nameCol < 0 || geomCol < 0)
        return fail(Text::tr("The layer \"%1\" has no name field to take district names from.")
                        .arg(layerName),
                    project.path());
    columns->reset();
    auto rows = project.db().prepareWith("SELECT * FROM %1", {*table});
    if (!rows)
        return std::unexpected(rows.error());
    std::vector<District> out;
    while (rows->step().value_or(false)) {
        const QByteArray blob = rows->blob(geomCol);
        auto header = gpkg::decodeHeader(blob);
        if (!header || header->empty)
            continue;
        District d;
        d.name = rows->text(nameCol);
        if (provinceCol >= 0)
            d.province = rows->text(provinceCol);
        else if (plateCol >= 0)
            d.province = provinceByPlate(int(rows->int64(plateCol)));
        d.geometry = geos::fromWkb(blob.mid(header->wkbOffset));
        if (!d.geometry)
            continue;
        const auto env = gpkg::wkbEnvelope(blob.constData() + header->wkbOffset,
                                           blob.size() - header->wkbOffset);
        d.box = env.value_or(Envelope{});
        d.prepared.reset(GEOSPrepare_r(geos::context(), d.geometry.get()));
        out.push_back(std::move(d));
    }
    return out;
}

// The filter applied to the source, written in the file's own encoding (the encoding given,
// else the one a shapefile declares, else UTF-8) so a Turkish value finds CP1254 text.
Result<void> applyWhere(Source &source, const ImportOptions &options, GdalErrors &quiet)
{
    if (options.where.isEmpty())
        return {};
    TextEncoding encoding = TextEncoding::Utf8;
    if (auto given = encodingFromName(options.encoding))
        encoding = *given;
    else if (const DeclaredEncoding declared
             = source.driver == u"ESRI Shapefile" ? shapefileEncoding(source) : DeclaredEncoding{};
             declared.encoding)
        encoding = *declared.encoding;
    else if (std::any_of(options.where.begin(), options.where.end(),
                         [](QChar c) { return c.unicode() >= 0x80; })) {
        // Turkish letters in the filter and nothing declared: the text's own encoding, read
        // from a sample as the import will.
        QByteArray sample;
        OGRFeatureDefn *defn = source.layer->GetLayerDefn();
        source.layer->ResetReading();
        for (int n = 0; n < 500 && sample.size() < (1 << 20); ++n) {
            FeaturePtr feature(source.layer->GetNextFeature());
            if (!feature)
                break;
            for (int i = 0; i < defn->GetFieldCount(); ++i)
                if (feature->IsFieldSetAndNotNull(i))
                    sample += QByteArray(feature->GetFieldAsString(i)) + ' ';
        }
        source.layer->ResetReading();
        encoding = detectEncoding(sample).encoding;
    }
    if (source.layer->SetAttributeFilter(encode(options.where, encoding).constData())
        != OGRERR_NONE)
        return fail(
            Text::tr("The filter \"%1\" cannot be used: %2").arg(options.where, quiet.last()),
            options.path, Text::tr("Write it as in SQL, e.g. \"townId IN (343, 344)\"."));
    return {};
}

// The spatial filter: the extent (in EPSG:extentEpsg) as a box in the file's CRS, from points
// along its edges so that a curved transformation still covers it.
Result<void> applyExtent(Source &source, const ImportOptions &options)
{
    if (!options.extent || options.extent->isEmpty())
        return {};
    OGRSpatialReference from;
    from.SetAxisMappingStrategy(OAMS_TRADITIONAL_GIS_ORDER);
    if (from.importFromEPSG(options.extentEpsg) != OGRERR_NONE)
        return fail(Text::tr("The map's CRS EPSG:%1 is unknown to PROJ.").arg(options.extentEpsg),
                    options.path);
    OGRSpatialReference to;
    to.SetAxisMappingStrategy(OAMS_TRADITIONAL_GIS_ORDER);
    if (options.sourceEpsg) {
        if (to.importFromEPSG(*options.sourceEpsg) != OGRERR_NONE)
            return fail(Text::tr("EPSG:%1 is unknown to PROJ.").arg(*options.sourceEpsg),
                        options.path);
    } else if (const OGRSpatialReference *own = source.layer->GetSpatialRef()) {
        to = *own;
        to.SetAxisMappingStrategy(OAMS_TRADITIONAL_GIS_ORDER);
    } else {
        return fail(Text::tr("The file has no coordinate system, so the map's view cannot be "
                             "found in it."),
                    options.path, Text::tr("Choose the file's coordinate system."));
    }
    std::unique_ptr<OGRCoordinateTransformation> transform(
        OGRCreateCoordinateTransformation(&from, &to));
    if (!transform)
        return fail(Text::tr("The map's view cannot be transformed to the file's coordinate "
                             "system."),
                    options.path);
    const Envelope &e = *options.extent;
    constexpr int kSteps = 16;
    std::vector<double> xs, ys;
    for (int i = 0; i <= kSteps; ++i) {
        const double t = double(i) / kSteps;
        const double x = e.minX + (e.maxX - e.minX) * t, y = e.minY + (e.maxY - e.minY) * t;
        xs.insert(xs.end(), {x, x, e.minX, e.maxX});
        ys.insert(ys.end(), {e.minY, e.maxY, y, y});
    }
    std::vector<int> ok(xs.size(), 0);
    transform->Transform(xs.size(), xs.data(), ys.data(), nullptr, ok.data());
    Envelope box;
    for (std::size_t i = 0; i < xs.size(); ++i)
        if (ok[i])
            box.expand(xs[i], ys[i]);
    if (box.isEmpty())
        return fail(Text::tr("The map's view lies outside the file's coordinate system."),
                    options.path);
    source.layer->SetSpatialFilterRect(box.minX, box.minY, box.maxX, box.maxY);
    return {};
}

// Step 1. The source's CRS (the file's, or the one the planner gives; never a guess) and the
// transformation to the project's; null when they are the same.
Result<TransformPtr> sourceTransform(int projectSrs, const QString &projectPath,
                                     const ImportOptions &options, OGRLayer *layer,
                                     ImportReport &report, const GdalErrors &quiet)
{
    OGRSpatialReference target;
    target.SetAxisMappingStrategy(OAMS_TRADITIONAL_GIS_ORDER);
    if (target.importFromEPSG(projectSrs) != OGRERR_NONE)
        return fail(Text::tr("The project's CRS EPSG:%1 is unknown to PROJ.").arg(projectSrs),
                    projectPath);
    OGRSpatialReference sourceSrs;
    sourceSrs.SetAxisMappingStrategy(OAMS_TRADITIONAL_GIS_ORDER);
    if (options.sourceEpsg) {
        if (sourceSrs.importFromEPSG(*options.sourceEpsg) != OGRERR_NONE)
            return fail(Text::tr("EPSG:%1 is not a coordinate reference system that PROJ knows.")
                            .arg(*options.sourceEpsg),
                        options.path);
        report.sourceCrs = QStringLiteral("EPSG:%1 %2 (given)")
                               .arg(*options.sourceEpsg)
                               .arg(QString::fromUtf8(sourceSrs.GetName()));
    } else if (const OGRSpatialReference *srs = layer->GetSpatialRef()) {
        sourceSrs = *srs;
        sourceSrs.SetAxisMappingStrategy(OAMS_TRADITIONAL_GIS_ORDER);
        const char *code = sourceSrs.GetAuthorityCode(nullptr);
        report.sourceCrs
            = (code ? QStringLiteral("EPSG:") + QString::fromLatin1(code) + u' ' : QString())
              + QString::fromUtf8(sourceSrs.GetName());
    } else {
        return fail(Text::tr("The file does not say which coordinate system its coordinates are in "
                             "(a shapefile without its .prj, for example)."),
                    options.path,
                    Text::tr("Give it with --source-crs, e.g. EPSG:4326 for longitude/latitude or "
                             "EPSG:5256 for TUREF / TM36."));
    }
    TransformPtr transform;
    if (!sourceSrs.IsSame(&target)) {
        transform.reset(OGRCreateCoordinateTransformation(&sourceSrs, &target));
        if (!transform)
            return fail(Text::tr("PROJ cannot transform from %1 to the project's CRS: %2")
                            .arg(report.sourceCrs, quiet.last()),
                        options.path);
    }
    return transform;
}

// Step 2. A CSV is also read by our own reader, which knows the line each row starts on: notes
// and errors then name the line a planner sees in the file, and rows that a quote left open
// swallowed are caught before they become one wrong feature.
Result<std::optional<CsvTable>> checkedCsv(const ImportOptions &options, const Source &source)
{
    std::optional<CsvTable> csv;
    if (source.driver == u"CSV" && !source.gdalPath.startsWith(QStringLiteral("/vsi"))) {
        auto table = CsvReader::read(options.path, std::nullopt, CsvReader::Mode::Quotes);
        if (!table) {
            Error e = table.error();
            e.hint += QLatin1Char(' ') + Text::tr("Nothing was imported.");
            return std::unexpected(e);
        }
        {
            csv = std::move(*table);
            for (qsizetype r = 0; r < csv->rows.size(); ++r)
                for (const QString &field : csv->rows[r])
                    if (swallowsRows(field, csv->separator, csv->header.size())) {
                        const int first = csv->lines[r];
                        const int last = first + int(field.count(u'\n'));
                        return fail(
                            Text::tr("Lines %1 to %2 are read as one row: a quote opened on "
                                     "line %1 is only closed on line %2.")
                                .arg(QString::number(first), QString::number(last)),
                            options.path,
                            Text::tr("Close the quote on line %1 (or remove it), then import "
                                     "again. Nothing was imported.")
                                .arg(first));
                    }
        }
    }
    return csv;
}

// The features as read, transformed and repaired, before anything is written.
struct Features
{
    std::vector<Row> rows;
    QByteArray textSample; // raw text of the fields, for the encoding
    Family family = Family::None;
    bool anyMulti = false;
};

// Step 3. Reads every feature first (the table's one geometry type depends on all of them):
// geometry checked for sane coordinates, transformed to the project's CRS and, for areas,
// repaired with GEOS where invalid; the field values kept raw until the encoding is known.
Result<Features> readFeatures(OGRLayer *layer, OGRCoordinateTransformation *transform,
                              const std::optional<CsvTable> &csv, const ImportOptions &options,
                              const ProgressFn &progress, qint64 total, ImportReport &report,
                              const GdalErrors &quiet)
{
    // "feature 12", or for a CSV "row 12 (line 13)".
    auto featureName = [&](qint64 fid) {
        if (csv && fid >= 1 && fid <= csv->lines.size())
            return Text::tr("row %1 (line %2)")
                .arg(QString::number(fid), QString::number(csv->lines[fid - 1]));
        return Text::tr("feature %1").arg(fid);
    };
    OGRFeatureDefn *defn = layer->GetLayerDefn();
    const int fieldCount = defn->GetFieldCount();
    Features read;
    std::vector<Row> &rows = read.rows;
    QByteArray &textSample = read.textSample;
    Family &family = read.family;
    bool &anyMulti = read.anyMulti;
    layer->ResetReading();
    for (;;) {
        CPLErrorReset(); // an error counts only if this very read raised it
        FeaturePtr feature(layer->GetNextFeature());
        if (!feature) {
            if (CPLGetLastErrorType() >= CE_Failure)
                return fail(Text::tr("Reading stopped after %1 features: %2")
                                .arg(report.read)
                                .arg(quiet.last()),
                            options.path, Text::tr("The file may be cut short or damaged."));
            break;
        }
        ++report.read;
        if (progress && report.read % 64 == 0 && !progress(report.read, total * 2))
            return fail(Text::tr("The import was cancelled; the project is unchanged."),
                        options.path, Text::tr("Start it again when you are ready."));
        const qint64 fid = feature->GetFID();
        OgrGeometryPtr geometry(feature->StealGeometry());
        if (!geometry || geometry->IsEmpty()) {
            ++report.skipped;
            const QString why = CPLGetLastErrorType() >= CE_Failure ? quiet.last() : QString();
            report.notes.append(why.isEmpty()
                                    ? Text::tr("%1: no geometry, skipped").arg(featureName(fid))
                                    : Text::tr("%1: the geometry cannot be read (%2), skipped")
                                          .arg(featureName(fid), why));
            continue;
        }
        if (nestingDepth(geometry.get()) > kMaxNesting)
            return fail(
                Text::tr("Feature %1 nests geometry collections more than %2 deep; GDAL and "
                         "QGIS could not read it back.")
                    .arg(QString::number(fid), QString::number(kMaxNesting)),
                options.path,
                Text::tr("Fix or delete that feature in the program that made the file. "
                         "Nothing was imported."));
        geometry->flattenTo2D();
        OGREnvelope env;
        geometry->getEnvelope(&env);
        if (!coordinatesSane(env) || (transform && geometry->transform(transform) != OGRERR_NONE))
            return fail(Text::tr("Feature %1 has coordinates that cannot be right (%2, %3) for %4.")
                            .arg(fid)
                            .arg(env.MinX, 0, 'g', 6)
                            .arg(env.MinY, 0, 'g', 6)
                            .arg(report.sourceCrs),
                        options.path,
                        Text::tr("Fix or delete that feature, or give the right CRS with "
                                 "--source-crs. Nothing was imported."));
        geometry->getEnvelope(&env);
        if (!coordinatesSane(env))
            return fail(Text::tr("Feature %1 lands outside any sensible area in the project's CRS.")
                            .arg(fid),
                        options.path, Text::tr("Check the file's CRS. Nothing was imported."));

        const Family f = familyOf(geometry->getGeometryType());
        if (f == Family::Polygon) {
            // GEOS validity and repair, in the project CRS where areas are measured.
            QByteArray bytes(qsizetype(geometry->WkbSize()), '\0');
            geometry->exportToWkb(wkbNDR, reinterpret_cast<unsigned char *>(bytes.data()),
                                  wkbVariantIso);
            geos::GeometryPtr g = geos::fromWkb(bytes);
            if (g && GEOSisValid_r(geos::context(), g.get()) != 1) {
                geos::GeometryPtr valid = geos::makeValidPolygonal(g.get());
                if (!valid || GEOSisEmpty_r(geos::context(), valid.get())) {
                    ++report.skipped;
                    report.notes.append(
                        Text::tr("feature %1: invalid and nothing of it is an area, skipped")
                            .arg(fid));
                    continue;
                }
                const QByteArray fixed = geos::toWkb(valid.get());
                OGRGeometry *repaired = nullptr;
                OGRGeometryFactory::createFromWkb(fixed.constData(), nullptr, &repaired,
                                                  fixed.size(), wkbVariantIso);
                geometry.reset(repaired);
                ++report.repaired;
            }
        }
        if (family == Family::None)
            family = f;
        else if (family != f)
            family = Family::Mixed;
        const auto flat = wkbFlatten(geometry->getGeometryType());
        anyMulti = anyMulti || flat == wkbMultiPoint || flat == wkbMultiLineString
                   || flat == wkbMultiPolygon || flat == wkbGeometryCollection;

        Row row;
        row.sourceFid = fid;
        row.geometry = std::move(geometry);
        row.values.reserve(fieldCount);
        for (int i = 0; i < fieldCount; ++i) {
            if (!feature->IsFieldSetAndNotNull(i)) {
                row.values.append(QVariant());
                continue;
            }
            switch (defn->GetFieldDefn(i)->GetType()) {
            case OFTInteger:
            case OFTInteger64:
                row.values.append(QVariant(qint64(feature->GetFieldAsInteger64(i))));
                break;
            case OFTReal:
                row.values.append(QVariant(feature->GetFieldAsDouble(i)));
                break;
            default: {
                const QByteArray raw(feature->GetFieldAsString(i));
                if (textSample.size() < (1 << 20))
                    textSample += raw + ' ';
                row.values.append(QVariant(raw));
                break;
            }
            }
        }
        rows.push_back(std::move(row));
    }
    if (rows.empty())
        return fail(
            Text::tr("The layer has no features with a geometry (%1 read).").arg(report.read),
            options.path, Text::tr("Check that it is the layer you meant."));
    return read;
}

// Step 4. The encoding of text fields and field names: the one given (checked), the file's own
// declaration (.cpg, the DBF mark; checked against the text), or detected.
Result<TextEncoding> textEncoding(const Source &source, OGRFeatureDefn *defn,
                                  const QByteArray &textSample, std::optional<TextEncoding> forced,
                                  const ImportOptions &options, ImportReport &report)
{
    QByteArray names;
    for (int i = 0; i < defn->GetFieldCount(); ++i)
        names += QByteArray(defn->GetFieldDefn(i)->GetNameRef()) + ' ';
    TextEncoding encoding = TextEncoding::Utf8;
    if (forced) {
        encoding = *forced;
        report.encodingReason = Text::tr("given");
        if (encoding == TextEncoding::Utf8
            && detectEncoding(names + textSample).encoding != TextEncoding::Utf8)
            return fail(Text::tr("The text in this file is not UTF-8, as --encoding says."),
                        options.path,
                        Text::tr("Leave --encoding out to detect it, or give CP1254 for files from "
                                 "Turkish Windows programs. Nothing was imported."));
    } else {
        DeclaredEncoding declared;
        if (source.driver == u"ESRI Shapefile")
            declared = shapefileEncoding(source);
        if (declared.encoding) {
            encoding = *declared.encoding;
            report.encodingReason = declared.reason;
            if (auto conflict = encodingConflict(encoding, names + textSample))
                return fail(
                    Text::tr("The file says its text is %1 (%2), but it is not: it reads as "
                             "%3 (\"%4\", not \"%5\").")
                        .arg(encodingName(encoding), declared.reason,
                             encodingName(conflict->detected), conflict->asDetected,
                             conflict->asDeclared),
                    options.path,
                    Text::tr("Import again with --encoding %1 (in the window: choose it in the "
                             "import dialog), or with --encoding %2 to keep what the file says. "
                             "Nothing was imported.")
                        .arg(encodingName(conflict->detected), encodingName(encoding)));
        } else {
            const EncodingGuess guess = detectEncoding(names + textSample);
            encoding = guess.encoding;
            report.encodingReason = declared.reason.isEmpty()
                                        ? Text::tr("detected: %1").arg(guess.reason)
                                        : declared.reason + QStringLiteral("; ")
                                              + Text::tr("detected: %1").arg(guess.reason);
        }
    }
    report.encoding = encodingName(encoding);
    return encoding;
}

// Step 5. The table's one declared geometry type.
QByteArray tableGeometryType(Family family, bool anyMulti)
{
    QByteArray geometryType = "GEOMETRY";
    switch (family) {
    case Family::Polygon:
        geometryType = "MULTIPOLYGON";
        break;
    case Family::Line:
        geometryType = anyMulti ? "MULTILINESTRING" : "LINESTRING";
        break;
    case Family::Point:
        geometryType = anyMulti ? "MULTIPOINT" : "POINT";
        break;
    default:
        break;
    }
    return geometryType;
}

// The table's columns: the source fields under checked names (the names as decoded and folded
// kept to find the name, code, district … fields), and for infrastructure the service column.
struct Columns
{
    QList<gpkg::FieldSpec> fields;
    QStringList decoded, folded;
    int serviceSource = -1; // the source field of each feature's service, or -1
};

// Step 6.
Result<Columns> tableColumns(OGRFeatureDefn *defn, TextEncoding encoding,
                             const ImportOptions &options)
{
    Columns columns;
    QList<gpkg::FieldSpec> &fields = columns.fields;
    QStringList &decodedNames = columns.decoded, &foldedNames = columns.folded;
    int &serviceSource = columns.serviceSource;
    QSet<QString> used = {QStringLiteral("fid"), QStringLiteral("geom")};
    for (int i = 0; i < defn->GetFieldCount(); ++i) {
        const QString original = decode(defn->GetFieldDefn(i)->GetNameRef(), encoding);
        decodedNames.append(original);
        foldedNames.append(foldTurkish(original));
        const QString column = uniqueSlug(original, QStringLiteral("field"),
                                          [&](const QString &c) { return used.contains(c); });
        used.insert(column);
        QByteArray type = "TEXT";
        switch (defn->GetFieldDefn(i)->GetType()) {
        case OFTInteger:
        case OFTInteger64:
            type = "INTEGER";
            break;
        case OFTReal:
            type = "REAL";
            break;
        default:
            break;
        }
        fields.append({*Identifier::make(column), type});
    }
    if (options.role == u"infrastructure") {
        if (!options.serviceField.isEmpty()) {
            serviceSource = int(foldedNames.indexOf(foldTurkish(options.serviceField)));
            if (serviceSource < 0)
                return fail(Text::tr("The layer has no field \"%1\"; its fields are: %2.")
                                .arg(options.serviceField, decodedNames.join(QStringLiteral(", "))),
                            options.path, Text::tr("Name the service field with --service-field."));
        } else if (options.serviceType.isEmpty()) {
            serviceSource = findField(foldedNames, kServiceFields);
            if (serviceSource < 0)
                return fail(
                    Text::tr("An infrastructure layer needs a service type for each feature."),
                    options.path,
                    Text::tr("Give the field that holds it with --service-field, or one type "
                             "for all with --service (school, health, water, transit)."));
        }
        if (!used.contains(QStringLiteral("service")))
            fields.append({*Identifier::make(QStringLiteral("service")), "TEXT"});
    }
    return columns;
}

// The district whose polygon holds a point inside the area (empty when none); fills in the
// province from it when the area has none.
QString districtOf(const QByteArray &wkb, const std::vector<District> &districts, QString &province)
{
    geos::GeometryPtr g = geos::fromWkb(wkb);
    geos::GeometryPtr inside(g ? GEOSPointOnSurface_r(geos::context(), g.get()) : nullptr);
    if (!inside)
        return {};
    double px = 0, py = 0;
    GEOSGeomGetX_r(geos::context(), inside.get(), &px);
    GEOSGeomGetY_r(geos::context(), inside.get(), &py);
    for (const District &d : districts) {
        if (px < d.box.minX || px > d.box.maxX || py < d.box.minY || py > d.box.maxY)
            continue;
        if (GEOSPreparedContains_r(geos::context(), d.prepared.get(), inside.get()) == 1) {
            if (province.isEmpty())
                province = d.province;
            return d.name;
        }
    }
    return {};
}

// Where the features go.
struct Target
{
    Identifier table;
    QString tableName, layerName;
    QByteArray geometryType;
    int srs = 0;
};

// Step 7. Writes the table, its layer row, one area row per feature of an area layer (with its
// district from `districts` where the file has none) and the report, in one transaction:
// leaving without commit (an error, a cancel) rolls everything back.
Result<void> writeLayer(Project &project, const ImportOptions &options, const Target &target,
                        std::vector<Row> &rows, const Columns &columns, int fieldCount,
                        TextEncoding encoding, const std::vector<District> &districts,
                        const ProgressFn &progress, qint64 total, ImportReport &report)
{
    Database &db = project.db();
    Transaction tx(db);
    if (!tx.begun())
        return std::unexpected(tx.begun().error());
    gpkg::FeatureTableSpec spec{
        target.table,        target.layerName, Text::tr("Imported from %1").arg(report.file),
        target.geometryType, target.srs,       columns.fields};
    if (auto ok = gpkg::createFeatureTable(db, spec); !ok)
        return std::unexpected(ok.error());

    QList<Identifier> names = {*Identifier::make(QStringLiteral("geom"))};
    for (const gpkg::FieldSpec &field : columns.fields)
        names.append(field.name);
    auto insert = db.prepareInsert(target.table, names);
    if (!insert)
        return std::unexpected(insert.error());

    auto layerRow = db.prepare(
        "INSERT INTO geisep_layers (table_name, name, role, source_path, source_layer, "
        "source_encoding, source_crs, service_field, service_type, is_sample, position) VALUES "
        "(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, (SELECT coalesce(max(position), 0) + 1 FROM "
        "geisep_layers))");
    if (!layerRow)
        return std::unexpected(layerRow.error());
    layerRow->bind(1, target.tableName).bind(2, target.layerName).bind(3, options.role);
    layerRow->bind(4, QFileInfo(options.path).absoluteFilePath()).bind(5, report.sourceLayer);
    layerRow->bind(6, report.encoding).bind(7, report.sourceCrs);
    layerRow->bindNullable(8, options.serviceField).bindNullable(9, options.serviceType);
    layerRow->bind(10, options.sample ? 1 : 0);
    if (auto ok = layerRow->exec(); !ok)
        return std::unexpected(ok.error());
    report.layerId = db.lastInsertRowId();

    const bool areas = isAreaRole(options.role);
    const int nameField = findField(columns.folded, kNameFields);
    const int codeField = findField(columns.folded, kCodeFields);
    const int districtField = findField(columns.folded, kDistrictFields);
    const int provinceField = findField(columns.folded, kProvinceFields);
    const int plateField = findField(columns.folded, kPlateFields);
    auto areaRow = db.prepare("INSERT INTO geisep_areas (layer_id, fid, code, name, district, "
                              "province, name_folded) VALUES (?, ?, ?, ?, ?, ?, ?)");
    if (!areaRow)
        return std::unexpected(areaRow.error());
    qint64 withoutDistrict = 0;

    qint64 done = 0;
    for (Row &row : rows) {
        if (target.geometryType == "MULTIPOLYGON")
            row.geometry.reset(OGRGeometryFactory::forceToMultiPolygon(row.geometry.release()));
        else if (target.geometryType == "MULTILINESTRING")
            row.geometry.reset(OGRGeometryFactory::forceToMultiLineString(row.geometry.release()));
        else if (target.geometryType == "MULTIPOINT")
            row.geometry.reset(OGRGeometryFactory::forceToMultiPoint(row.geometry.release()));
        QByteArray wkb(qsizetype(row.geometry->WkbSize()), '\0');
        row.geometry->exportToWkb(wkbNDR, reinterpret_cast<unsigned char *>(wkb.data()),
                                  wkbVariantIso);
        OGREnvelope env;
        row.geometry->getEnvelope(&env);
        insert->bindBlob(1, gpkg::encodeGeometry(target.srs, wkb,
                                                 Envelope{env.MinX, env.MinY, env.MaxX, env.MaxY}));
        QStringList text(fieldCount);
        for (int i = 0; i < fieldCount; ++i) {
            const QVariant &v = row.values[i];
            if (v.typeId() == QMetaType::QByteArray) {
                text[i] = decode(v.toByteArray(), encoding);
                insert->bind(i + 2, text[i]);
            } else {
                insert->bind(i + 2, v);
            }
        }
        if (options.role == u"infrastructure") {
            const QString service = columns.serviceSource >= 0
                                        ? (text[columns.serviceSource].isEmpty()
                                               ? row.values[columns.serviceSource].toString()
                                               : text[columns.serviceSource])
                                        : options.serviceType;
            insert->bind(fieldCount + 2, service.trimmed().toLower());
        }
        if (auto ok = insert->exec(); !ok)
            // Where the write failed (the project) and what to do come from the database.
            return fail(Text::tr("Feature %1 of %2 could not be written: %3")
                            .arg(row.sourceFid)
                            .arg(QFileInfo(options.path).fileName(), ok.error().message),
                        ok.error().file.isEmpty() ? options.path : ok.error().file,
                        ok.error().hint);
        const qint64 fid = db.lastInsertRowId();
        ++report.written;

        if (areas) {
            auto value = [&](int field) {
                return field < 0
                           ? QString()
                           : (text[field].isEmpty() ? row.values[field].toString() : text[field]);
            };
            const QString name = value(nameField);
            QString district = value(districtField);
            QString province = value(provinceField);
            if (province.isEmpty() && plateField >= 0)
                province = provinceByPlate(row.values[plateField].toInt());
            if (!districts.empty() && district.isEmpty()) {
                district = districtOf(wkb, districts, province);
                if (district.isEmpty())
                    ++withoutDistrict;
            }
            areaRow->bind(1, report.layerId).bind(2, fid);
            areaRow->bindNullable(3, value(codeField)).bindNullable(4, name);
            areaRow->bindNullable(5, district).bindNullable(6, province);
            areaRow->bind(7, foldTurkish(name));
            if (auto ok = areaRow->exec(); !ok)
                return std::unexpected(ok.error());
        }
        ++done;
        if (progress && done % 64 == 0 && !progress(total + done, total * 2))
            return fail(Text::tr("The import was cancelled; the project is unchanged."),
                        options.path, Text::tr("Start it again when you are ready."));
    }
    if (withoutDistrict > 0)
        report.notes.append(Text::tr("%1 areas lie in no district of \"%2\".")
                                .arg(withoutDistrict)
                                .arg(options.districtsLayer));
    if (auto ok = gpkg::refreshExtent(db, target.table); !ok)
        return std::unexpected(ok.error());
    auto store = db.prepare("UPDATE geisep_layers SET import_report = ? WHERE id = ?");
    if (!store)
        return std::unexpected(store.error());
    store->bind(1,
                QString::fromUtf8(QJsonDocument(report.toJson()).toJson(QJsonDocument::Compact)));
    store->bind(2, report.layerId);
    if (auto ok = store->exec(); !ok)
        return std::unexpected(ok.error());
    // A migrant area's mahalle and the share of its area in each.
    if (options.role == u"migrant_area")
        if (auto shares = FeatureEditor(project).refreshMahalleShares(report.layerId); !shares)
            return std::unexpected(shares.error());
    // The role's default style for QGIS too (a style chosen later replaces it).
    if (auto ok = writeQgisStyle(db, report.layerId); !ok)
        return std::unexpected(ok.error());
    return tx.commit();
}

} // namespace

AreaColumns areaColumnsOf(const QStringList &columnNames)
{
    QStringList folded;
    for (const QString &name : columnNames)
        folded.append(foldTurkish(name));
    return {findField(folded, kNameFields), findField(folded, kCodeFields),
            findField(folded, kDistrictFields), findField(folded, kProvinceFields),
            findField(folded, kPlateFields)};
}

QStringList LayerImporter::roles()
{
    return {QStringLiteral("muhtar_district"), QStringLiteral("migrant_area"),
            QStringLiteral("infrastructure"), QStringLiteral("reference")};
}

QJsonObject ImportReport::toJson() const
{
    return QJsonObject{{QStringLiteral("file"), file},
                       {QStringLiteral("source_layer"), sourceLayer},
                       {QStringLiteral("format"), driver},
                       {QStringLiteral("read"), read},
                       {QStringLiteral("written"), written},
                       {QStringLiteral("repaired"), repaired},
                       {QStringLiteral("skipped"), skipped},
                       {QStringLiteral("encoding"), encoding},
                       {QStringLiteral("encoding_reason"), encodingReason},
                       {QStringLiteral("source_crs"), sourceCrs},
                       {QStringLiteral("geometry_type"), geometryType},
                       {QStringLiteral("table"), table},
                       {QStringLiteral("notes"), QJsonArray::fromStringList(notes)}};
}

QString ImportReport::toText() const
{
    QString text = Text::tr("Imported %1 (layer %2, %3) as table %4.")
                       .arg(file, sourceLayer, formatName(driver), table)
                   + QLatin1Char('\n');
    text += Text::tr("Read %1, written %2, repaired %3, skipped %4.")
                .arg(read)
                .arg(written)
                .arg(repaired)
                .arg(skipped)
            + QLatin1Char('\n');
    text += Text::tr("Encoding: %1 (%2).").arg(encoding, encodingReason) + QLatin1Char('\n');
    text += Text::tr("Source CRS: %1. Geometry: %2.").arg(sourceCrs, geometryType);
    for (const QString &note : notes)
        text += QStringLiteral("\n  ") + note;
    return text;
}

Result<ImportPreview> LayerImporter::preview(const ImportOptions &options, int rows)
{
    auto source = openSource(options);
    if (!source)
        return std::unexpected(source.error());
    GdalErrors quiet;
    ImportPreview preview;
    preview.driver = source->driver;
    preview.layers = source->layers;
    preview.layer = QString::fromUtf8(source->layer->GetName());
    preview.featureCount = source->layer->GetFeatureCount(FALSE);
    preview.geometryType = QString::fromUtf8(OGRGeometryTypeToName(source->layer->GetGeomType()));
    if (const OGRSpatialReference *srs = source->layer->GetSpatialRef()) {
        const char *code = srs->GetAuthorityCode(nullptr);
        preview.crs
            = (code ? QStringLiteral("EPSG:") + QString::fromLatin1(code) + u' ' : QString())
              + QString::fromUtf8(srs->GetName());
    }
    OGRFeatureDefn *defn = source->layer->GetLayerDefn();
    for (int i = 0; i < defn->GetFieldCount(); ++i) {
        const OGRFieldType type = defn->GetFieldDefn(i)->GetType();
        preview.numeric.append(type == OFTInteger || type == OFTInteger64 || type == OFTReal);
    }
    // The rows shown and the count are the filter's; a filter that cannot be used is said.
    if (auto filtered = applyWhere(*source, options, quiet); !filtered)
        preview.whereError = filtered.error().message;
    else if (auto inView = applyExtent(*source, options); !inView)
        preview.whereError = inView.error().message;
    else if (!options.where.isEmpty() || options.extent)
        preview.matching = source->layer->GetFeatureCount(TRUE);
    QByteArray sample;
    QList<QList<QByteArray>> raw;
    source->layer->ResetReading();
    // More rows are read for the encoding than are shown, so the preview decides as the
    // import will on most files.
    constexpr int kSampleRows = 500;
    for (int n = 0; n < std::max(rows, kSampleRows) && sample.size() < (1 << 20); ++n) {
        FeaturePtr feature(source->layer->GetNextFeature());
        if (!feature)
            break;
        QList<QByteArray> values;
        for (int i = 0; i < defn->GetFieldCount(); ++i) {
            const QByteArray v = feature->IsFieldSetAndNotNull(i)
                                     ? QByteArray(feature->GetFieldAsString(i))
                                     : QByteArray();
            sample += v + ' ';
            values.append(v);
        }
        if (n < rows)
            raw.append(values);
    }
    QByteArray names;
    for (int i = 0; i < defn->GetFieldCount(); ++i)
        names += QByteArray(defn->GetFieldDefn(i)->GetNameRef()) + ' ';
    TextEncoding encoding = TextEncoding::Utf8;
    if (auto given = encodingFromName(options.encoding)) {
        encoding = *given;
        preview.encodingReason = tr("chosen");
    } else {
        DeclaredEncoding declared;
        if (source->driver == u"ESRI Shapefile")
            declared = shapefileEncoding(*source);
        if (declared.encoding) {
            encoding = *declared.encoding;
            preview.encodingReason = declared.reason;
            // The dialog offers what the bytes read as, and says why.
            if (auto conflict = encodingConflict(encoding, names + sample)) {
                preview.encodingReason = tr("%1, but the text is not %2: it reads as %3")
                                             .arg(declared.reason, encodingName(encoding),
                                                  encodingName(conflict->detected));
                encoding = conflict->detected;
                preview.conflict = true;
            }
        } else {
            const EncodingGuess guess = detectEncoding(names + sample);
            encoding = guess.encoding;
            preview.encodingReason = guess.reason;
        }
    }
    preview.encoding = encodingName(encoding);
    for (int i = 0; i < defn->GetFieldCount(); ++i)
        preview.fields.append(decode(defn->GetFieldDefn(i)->GetNameRef(), encoding));
    for (const auto &values : raw) {
        QStringList decoded;
        for (const QByteArray &v : values)
            decoded.append(decode(v, encoding));
        preview.rows.append(decoded);
    }
    return preview;
}

Result<QStringList> LayerImporter::fieldValues(const ImportOptions &options, const QString &field,
                                               int limit)
{
    ImportOptions all = options;
    all.where.clear();
    auto preview = LayerImporter::preview(all, 0);
    if (!preview)
        return std::unexpected(preview.error());
    const qsizetype index = preview->fields.indexOf(field);
    if (index < 0)
        return fail(tr("The file has no field \"%1\".").arg(field), options.path);
    auto source = openSource(all);
    if (!source)
        return std::unexpected(source.error());
    GdalErrors quiet;
    const TextEncoding encoding = encodingFromName(preview->encoding).value_or(TextEncoding::Utf8);
    // Only the field is read: geometry and the other fields are skipped.
    OGRFeatureDefn *defn = source->layer->GetLayerDefn();
    QList<QByteArray> ignoredNames;
    for (int i = 0; i < defn->GetFieldCount(); ++i)
        if (i != index)
            ignoredNames.append(defn->GetFieldDefn(i)->GetNameRef());
    ignoredNames.append("OGR_GEOMETRY");
    std::vector<const char *> ignored;
    for (const QByteArray &n : ignoredNames)
        ignored.push_back(n.constData());
    ignored.push_back(nullptr);
    source->layer->SetIgnoredFields(ignored.data());
    source->layer->ResetReading();
    QSet<QByteArray> seen;
    QStringList out;
    while (FeaturePtr feature{source->layer->GetNextFeature()}) {
        if (!feature->IsFieldSetAndNotNull(int(index)))
            continue;
        const QByteArray v(feature->GetFieldAsString(int(index)));
        if (seen.contains(v))
            continue;
        seen.insert(v);
        out.append(decode(v, encoding));
        if (out.size() >= limit)
            break;
    }
    QCollator collator(QLocale(QLocale::Turkish, QLocale::Turkey));
    collator.setNumericMode(true);
    std::sort(out.begin(), out.end(), collator);
    return out;
}

QString LayerImporter::filterFor(const QString &field, const QStringList &values, bool numeric)
{
    QStringList literals;
    for (const QString &raw : values) {
        const QString v = raw.trimmed();
        if (v.isEmpty())
            continue;
        bool isNumber = false;
        v.toDouble(&isNumber);
        literals.append(numeric && isNumber
                            ? v
                            : u'\'' + QString(v).replace(u'\'', QStringLiteral("''")) + u'\'');
    }
    if (literals.isEmpty())
        return {};
    const QString column = u'"' + QString(field).replace(u'"', QStringLiteral("\"\"")) + u'"';
    return literals.size() == 1
               ? column + QStringLiteral(" = ") + literals.first()
               : column + QStringLiteral(" IN (") + literals.join(QStringLiteral(", ")) + u')';
}

Result<ImportReport> LayerImporter::run(Project &project, const ImportOptions &options,
                                        const ProgressFn &progress)
{
    if (project.isReadOnly())
        return fail(tr("The project is open read-only."), project.path(), project.readOnlyReason());
    if (!roles().contains(options.role))
        return fail(tr("Unknown role \"%1\"; use one of: %2.")
                        .arg(options.role, roles().join(QStringLiteral(", "))),
                    options.path);
    std::optional<TextEncoding> forced;
    if (!options.encoding.isEmpty()) {
        forced = encodingFromName(options.encoding);
        if (!forced)
            return fail(tr("Unknown encoding \"%1\".").arg(options.encoding), options.path,
                        tr("Use UTF-8, CP1254, ISO-8859-9 or ISO-8859-1."));
    }
    auto opened = openSource(options);
    if (!opened)
        return std::unexpected(opened.error());
    Source &source = *opened;
    GdalErrors quiet;
    OGRLayer *layer = source.layer;

    ImportReport report;
    report.file = QFileInfo(options.path).fileName();
    report.sourceLayer = QString::fromUtf8(layer->GetName());
    report.driver = source.driver;

    const int projectSrs = project.meta(QStringLiteral("srs_id")).toInt();
    auto transform = sourceTransform(projectSrs, project.path(), options, layer, report, quiet);
    if (!transform)
        return std::unexpected(transform.error());
    if (auto filtered = applyWhere(source, options, quiet); !filtered)
        return std::unexpected(filtered.error());
    if (auto inView = applyExtent(source, options); !inView)
        return std::unexpected(inView.error());
    if (options.extent)
        report.notes.append(Text::tr("Only the features within the map's view were taken."));
    const auto csv = checkedCsv(options, source);
    if (!csv)
        return std::unexpected(csv.error());

    const qint64 total = layer->GetFeatureCount(TRUE);
    auto features
        = readFeatures(layer, transform->get(), *csv, options, progress, total, report, quiet);
    if (!features)
        return std::unexpected(features.error());
    OGRFeatureDefn *defn = layer->GetLayerDefn();
    const auto encoding = textEncoding(source, defn, features->textSample, forced, options, report);
    if (!encoding)
        return std::unexpected(encoding.error());
    const QByteArray geometryType = tableGeometryType(features->family, features->anyMulti);
    report.geometryType = QString::fromLatin1(geometryType);
    const auto columns = tableColumns(defn, *encoding, options);
    if (!columns)
        return std::unexpected(columns.error());

    const QString layerName
        = options.name.isEmpty() ? decode(layer->GetName(), *encoding) : options.name;
    const QString tableName = uniqueSlug(layerName, QStringLiteral("layer"), [&](const QString &t) {
        return project.db().tableExists(t);
    });
    report.table = tableName;
    std::vector<District> districts;
    if (!options.districtsLayer.isEmpty()) {
        auto loaded = loadDistricts(project, options.districtsLayer);
        if (!loaded)
            return std::unexpected(loaded.error());
        districts = std::move(*loaded);
    }

    const Target target{*Identifier::make(tableName), tableName, layerName, geometryType,
                        projectSrs};
    if (auto ok = writeLayer(project, options, target, features->rows, *columns,
                             defn->GetFieldCount(), *encoding, districts, progress, total, report);
        !ok)
        return std::unexpected(ok.error());
    if (progress)
        progress(total * 2, total * 2);
    return report;
}

} // namespace geisep
