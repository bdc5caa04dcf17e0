// Import's reading: every feature read, its coordinates checked, transformed to the project's
// CRS and, for areas, repaired, with its field values kept raw until the encoding is known.
#include "gis/io/importer_p.h"

#include <cpl_error.h>

#include <cmath>

namespace geisep::importer {

namespace {

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

// GDAL (and so QGIS) refuses to read a geometry nested 32 collections deep.
constexpr int kMaxNesting = 31;

bool coordinatesSane(const OGREnvelope &env)
{
    for (double v : {env.MinX, env.MinY, env.MaxX, env.MaxY})
        if (!std::isfinite(v) || std::fabs(v) > 1e9)
            return false;
    return true;
}

} // namespace

namespace {

// A geometry checked for nesting and sane coordinates, flattened to 2D and transformed to the
// project's CRS.
Result<void> placeGeometry(OGRGeometry &geometry, qint64 fid,
                           OGRCoordinateTransformation *transform, const ImportOptions &options,
                           const ImportReport &report)
{
    if (nestingDepth(&geometry) > kMaxNesting)
        return fail(Text::tr("Feature %1 nests geometry collections more than %2 deep; GDAL and "
                             "QGIS could not read it back.")
                        .arg(QString::number(fid), QString::number(kMaxNesting)),
                    options.path,
                    Text::tr("Fix or delete that feature in the program that made the file. "
                             "Nothing was imported."));
    geometry.flattenTo2D();
    OGREnvelope env;
    geometry.getEnvelope(&env);
    if (!coordinatesSane(env) || (transform && geometry.transform(transform) != OGRERR_NONE))
        return fail(Text::tr("Feature %1 has coordinates that cannot be right (%2, %3) for %4.")
                        .arg(fid)
                        .arg(env.MinX, 0, 'g', 6)
                        .arg(env.MinY, 0, 'g', 6)
                        .arg(report.sourceCrs),
                    options.path,
                    Text::tr("Fix or delete that feature, or give the right CRS with "
                             "--source-crs. Nothing was imported."));
    geometry.getEnvelope(&env);
    if (!coordinatesSane(env))
        return fail(
            Text::tr("Feature %1 lands outside any sensible area in the project's CRS.").arg(fid),
            options.path, Text::tr("Check the file's CRS. Nothing was imported."));
    return {};
}

// GEOS validity and repair of an area, in the project CRS where areas are measured; false when
// nothing of it is an area (the feature is then skipped, with a note).
bool repairPolygon(OgrGeometryPtr &geometry, qint64 fid, ImportReport &report)
{
    QByteArray bytes(qsizetype(geometry->WkbSize()), '\0');
    geometry->exportToWkb(wkbNDR, reinterpret_cast<unsigned char *>(bytes.data()), wkbVariantIso);
    geos::GeometryPtr g = geos::fromWkb(bytes);
    if (g && GEOSisValid_r(geos::context(), g.get()) != 1) {
        geos::GeometryPtr valid = geos::makeValidPolygonal(g.get());
        if (!valid || GEOSisEmpty_r(geos::context(), valid.get())) {
            ++report.skipped;
            report.notes.append(
                Text::tr("feature %1: invalid and nothing of it is an area, skipped").arg(fid));
            return false;
        }
        const QByteArray fixed = geos::toWkb(valid.get());
        OGRGeometry *repaired = nullptr;
        OGRGeometryFactory::createFromWkb(fixed.constData(), nullptr, &repaired, fixed.size(),
                                          wkbVariantIso);
        geometry.reset(repaired);
        ++report.repaired;
    }
    return true;
}

// A feature's field values: numbers as numbers, text as raw bytes (also added to the sample the
// encoding is read from).
QList<QVariant> rawValues(OGRFeature &feature, OGRFeatureDefn *defn, QByteArray &textSample)
{
    const int fieldCount = defn->GetFieldCount();
    QList<QVariant> values;
    values.reserve(fieldCount);
    for (int i = 0; i < fieldCount; ++i) {
        if (!feature.IsFieldSetAndNotNull(i)) {
            values.append(QVariant());
            continue;
        }
        switch (defn->GetFieldDefn(i)->GetType()) {
        case OFTInteger:
        case OFTInteger64:
            values.append(QVariant(qint64(feature.GetFieldAsInteger64(i))));
            break;
        case OFTReal:
            values.append(QVariant(feature.GetFieldAsDouble(i)));
            break;
        default: {
            const QByteArray raw(feature.GetFieldAsString(i));
            if (textSample.size() < (1 << 20))
                textSample += raw + ' ';
            values.append(QVariant(raw));
            break;
        }
        }
    }
    return values;
}

} // namespace

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
    Features read;
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
        if (auto ok = placeGeometry(*geometry, fid, transform, options, report); !ok)
            return std::unexpected(ok.error());
        const Family f = familyOf(geometry->getGeometryType());
        if (f == Family::Polygon && !repairPolygon(geometry, fid, report))
            continue;
        if (read.family == Family::None)
            read.family = f;
        else if (read.family != f)
            read.family = Family::Mixed;
        const auto flat = wkbFlatten(geometry->getGeometryType());
        read.anyMulti = read.anyMulti || flat == wkbMultiPoint || flat == wkbMultiLineString
                        || flat == wkbMultiPolygon || flat == wkbGeometryCollection;

        Row row;
        row.sourceFid = fid;
        row.geometry = std::move(geometry);
        row.values = rawValues(*feature, defn, read.textSample);
        read.rows.push_back(std::move(row));
    }
    if (read.rows.empty())
        return fail(
            Text::tr("The layer has no features with a geometry (%1 read).").arg(report.read),
            options.path, Text::tr("Check that it is the layer you meant."));
    return read;
}

} // namespace geisep::importer
