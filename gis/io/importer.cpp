// Import: the public steps (run, preview, field values, filters) and the report.
#include "gis/io/importer.h"
#include "gis/io/importer_p.h"

#include "core/text/turkish.h"

#include <QCollator>
#include <QFileInfo>
#include <QJsonArray>
#include <QLocale>
#include <QSet>

#include <algorithm>

namespace geisep {

using namespace importer;

AreaColumns areaColumnsOf(const QStringList &columnNames)
{
    QStringList folded;
    for (const QString &name : columnNames)
        folded.append(foldTurkish(name));
    return {findField(folded, kNameFields), findField(folded, kCodeFields),
            findField(folded, kDistrictFields), findField(folded, kProvinceFields),
            findField(folded, kPlateFields)};
}

QList<LayerRole> LayerImporter::roles()
{
    return {LayerRole::MuhtarDistrict, LayerRole::MigrantArea, LayerRole::Infrastructure,
            LayerRole::Reference};
}

Error LayerImporter::unknownRole(const QString &name, const QString &path)
{
    return {tr("Unknown role \"%1\"; use one of: %2.")
                .arg(name, roleNames(roles()).join(QStringLiteral(", "))),
            path, QString()};
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
        return std::unexpected(unknownRole(roleName(options.role), options.path));
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
