// Import's areas: the field names that give an area's name, code, district and province, and
// the district polygons each area is looked up in.
#include "gis/io/importer_p.h"

#include "core/findlayer.h"
#include "core/provinces.h"
#include "core/text/turkish.h"

namespace geisep::importer {

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
    auto read = rows->forEachRow([&] {
        const QByteArray blob = rows->blob(geomCol);
        auto header = gpkg::decodeHeader(blob);
        if (!header || header->empty)
            return;
        District d;
        d.name = rows->text(nameCol);
        if (provinceCol >= 0)
            d.province = rows->text(provinceCol);
        else if (plateCol >= 0)
            d.province = provinceByPlate(int(rows->int64(plateCol)));
        d.geometry = geos::fromWkb(blob.mid(header->wkbOffset));
        if (!d.geometry)
            return;
        const auto env = gpkg::wkbEnvelope(blob.constData() + header->wkbOffset,
                                           blob.size() - header->wkbOffset);
        d.box = env.value_or(Envelope{});
        d.prepared.reset(GEOSPrepare_r(geos::context(), d.geometry.get()));
        out.push_back(std::move(d));
    });
    if (!read)
        return std::unexpected(read.error());
    return out;
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

} // namespace geisep::importer
