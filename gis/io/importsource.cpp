// Import's source: the file opened through the driver its name promises, its attribute and
// spatial filters, its CRS and the transformation to the project's, a CSV checked by our own
// reader, and the encoding of its text.
#include "gis/io/importer_p.h"

#include "core/text/turkish.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <cpl_error.h>
#include <cpl_string.h>

#include <algorithm>

namespace geisep::importer {

namespace {

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

} // namespace

QString formatName(const QString &driver)
{
    if (driver == u"ESRI Shapefile")
        return QStringLiteral("Shapefile");
    return driver;
}

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

} // namespace geisep::importer
