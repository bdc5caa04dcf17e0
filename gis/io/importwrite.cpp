// Import's writing: the table's geometry type and columns, then the table, its layer row and one
// area row per feature, in one transaction.
#include "gis/io/importer_p.h"

#include "core/provinces.h"
#include "core/text/turkish.h"
#include "gis/edit/featureedit.h"
#include "gis/io/qgisstyle.h"

#include <QFileInfo>
#include <QJsonDocument>
#include <QSet>

namespace geisep::importer {

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
    if (options.role == LayerRole::Infrastructure) {
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

namespace {

// The layer's row in geisep_layers; returns its id.
Result<qint64> insertLayerRow(Database &db, const ImportOptions &options, const Target &target,
                              const ImportReport &report)
{
    auto layerRow = db.prepare(
        "INSERT INTO geisep_layers (table_name, name, role, source_path, source_layer, "
        "source_encoding, source_crs, service_field, service_type, is_sample, position) VALUES "
        "(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, (SELECT coalesce(max(position), 0) + 1 FROM "
        "geisep_layers))");
    if (!layerRow)
        return std::unexpected(layerRow.error());
    layerRow->bind(1, target.tableName).bind(2, target.layerName).bind(3, roleName(options.role));
    layerRow->bind(4, QFileInfo(options.path).absoluteFilePath()).bind(5, report.sourceLayer);
    layerRow->bind(6, report.encoding).bind(7, report.sourceCrs);
    layerRow->bindNullable(8, options.serviceField).bindNullable(9, options.serviceType);
    layerRow->bind(10, options.sample ? 1 : 0);
    if (auto ok = layerRow->exec(); !ok)
        return std::unexpected(ok.error());
    return db.lastInsertRowId();
}

// A row's geometry made the table's type (Multi* where the table is) and bound as GeoPackage
// geometry; returns its WKB.
QByteArray bindGeometry(Statement &insert, Row &row, const Target &target)
{
    if (target.geometryType == "MULTIPOLYGON")
        row.geometry.reset(OGRGeometryFactory::forceToMultiPolygon(row.geometry.release()));
    else if (target.geometryType == "MULTILINESTRING")
        row.geometry.reset(OGRGeometryFactory::forceToMultiLineString(row.geometry.release()));
    else if (target.geometryType == "MULTIPOINT")
        row.geometry.reset(OGRGeometryFactory::forceToMultiPoint(row.geometry.release()));
    QByteArray wkb(qsizetype(row.geometry->WkbSize()), '\0');
    row.geometry->exportToWkb(wkbNDR, reinterpret_cast<unsigned char *>(wkb.data()), wkbVariantIso);
    OGREnvelope env;
    row.geometry->getEnvelope(&env);
    insert.bindBlob(
        1, gpkg::encodeGeometry(target.srs, wkb, Envelope{env.MinX, env.MinY, env.MaxX, env.MaxY}));
    return wkb;
}

// A row's field values bound, text decoded, and for infrastructure its service; returns the
// decoded text per field (empty where the value is not text).
QStringList bindValues(Statement &insert, const Row &row, const Columns &columns, int fieldCount,
                       TextEncoding encoding, const ImportOptions &options)
{
    QStringList text(fieldCount);
    for (int i = 0; i < fieldCount; ++i) {
        const QVariant &v = row.values[i];
        if (v.typeId() == QMetaType::QByteArray) {
            text[i] = decode(v.toByteArray(), encoding);
            insert.bind(i + 2, text[i]);
        } else {
            insert.bind(i + 2, v);
        }
    }
    if (options.role == LayerRole::Infrastructure) {
        const QString service = columns.serviceSource >= 0
                                    ? (text[columns.serviceSource].isEmpty()
                                           ? row.values[columns.serviceSource].toString()
                                           : text[columns.serviceSource])
                                    : options.serviceType;
        insert.bind(fieldCount + 2, service.trimmed().toLower());
    }
    return text;
}

// Writes one geisep_areas row per feature of an area layer: its name, code, district (from the
// district polygons where the file has none) and province.
class AreaWriter
{
public:
    AreaWriter(Statement stmt, const Columns &columns, const std::vector<District> &districts)
        : m_stmt(std::move(stmt))
        , m_districts(districts)
        , m_name(findField(columns.folded, kNameFields))
        , m_code(findField(columns.folded, kCodeFields))
        , m_district(findField(columns.folded, kDistrictFields))
        , m_province(findField(columns.folded, kProvinceFields))
        , m_plate(findField(columns.folded, kPlateFields))
    {}

    Result<void> write(qint64 layerId, qint64 fid, const Row &row, const QStringList &text,
                       const QByteArray &wkb)
    {
        auto value = [&](int field) {
            return field < 0 ? QString()
                             : (text[field].isEmpty() ? row.values[field].toString() : text[field]);
        };
        const QString name = value(m_name);
        QString district = value(m_district);
        QString province = value(m_province);
        if (province.isEmpty() && m_plate >= 0)
            province = provinceByPlate(row.values[m_plate].toInt());
        if (!m_districts.empty() && district.isEmpty()) {
            district = districtOf(wkb, m_districts, province);
            if (district.isEmpty())
                ++m_withoutDistrict;
        }
        m_stmt.bind(1, layerId).bind(2, fid);
        m_stmt.bindNullable(3, value(m_code)).bindNullable(4, name);
        m_stmt.bindNullable(5, district).bindNullable(6, province);
        m_stmt.bind(7, foldTurkish(name));
        return m_stmt.exec();
    }

    qint64 withoutDistrict() const { return m_withoutDistrict; }

private:
    Statement m_stmt;
    const std::vector<District> &m_districts;
    const int m_name, m_code, m_district, m_province, m_plate;
    qint64 m_withoutDistrict = 0;
};

// After the features: the layer's extent, its stored report, a migrant area's mahalle shares
// and the role's default style for QGIS.
Result<void> finishLayer(Project &project, const ImportOptions &options, const Target &target,
                         const ImportReport &report)
{
    Database &db = project.db();
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
    if (options.role == LayerRole::MigrantArea)
        if (auto shares = FeatureEditor(project).refreshMahalleShares(report.layerId); !shares)
            return std::unexpected(shares.error());
    // The role's default style for QGIS too (a style chosen later replaces it).
    if (auto ok = writeQgisStyle(db, report.layerId); !ok)
        return std::unexpected(ok.error());
    return {};
}

} // namespace

// Step 7. Writes the table, its layer row, one area row per feature of an area layer (with its
// district from `districts` where the file has none) and the report, in one transaction:
// leaving without commit (an error, a cancel) rolls everything back.
Result<void> writeLayer(Project &project, const ImportOptions &options, const Target &target,
                        std::vector<Row> &rows, const Columns &columns, int fieldCount,
                        TextEncoding encoding, const std::vector<District> &districts,
                        const ProgressFn &progress, qint64 total, ImportReport &report)
{
    Database &db = project.db();
    return withTransaction(db, [&]() -> Result<void> {
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
        auto layerId = insertLayerRow(db, options, target, report);
        if (!layerId)
            return std::unexpected(layerId.error());
        report.layerId = *layerId;

        const bool areas = isAreaRole(options.role);
        auto areaRow = db.prepare("INSERT INTO geisep_areas (layer_id, fid, code, name, district, "
                                  "province, name_folded) VALUES (?, ?, ?, ?, ?, ?, ?)");
        if (!areaRow)
            return std::unexpected(areaRow.error());
        AreaWriter areaWriter(std::move(*areaRow), columns, districts);

        qint64 done = 0;
        for (Row &row : rows) {
            const QByteArray wkb = bindGeometry(*insert, row, target);
            const QStringList text
                = bindValues(*insert, row, columns, fieldCount, encoding, options);
            if (auto ok = insert->exec(); !ok)
                // Where the write failed (the project) and what to do come from the database.
                return fail(Text::tr("Feature %1 of %2 could not be written: %3")
                                .arg(row.sourceFid)
                                .arg(QFileInfo(options.path).fileName(), ok.error().message),
                            ok.error().file.isEmpty() ? options.path : ok.error().file,
                            ok.error().hint);
            const qint64 fid = db.lastInsertRowId();
            ++report.written;
            if (areas)
                if (auto ok = areaWriter.write(report.layerId, fid, row, text, wkb); !ok)
                    return std::unexpected(ok.error());
            ++done;
            if (progress && done % 64 == 0 && !progress(total + done, total * 2))
                return fail(Text::tr("The import was cancelled; the project is unchanged."),
                            options.path, Text::tr("Start it again when you are ready."));
        }
        if (areaWriter.withoutDistrict() > 0)
            report.notes.append(Text::tr("%1 areas lie in no district of \"%2\".")
                                    .arg(areaWriter.withoutDistrict())
                                    .arg(options.districtsLayer));
        return finishLayer(project, options, target, report);
    });
}

} // namespace geisep::importer
