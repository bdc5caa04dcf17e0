#include "gis/crs.h"

#include "core/text/turkish.h"
#include "gis/handles.h"

#include <QRegularExpression>

#include <cmath>
#include <utility>

namespace geisep {

using handles::PjPtr;
using handles::projContext;

std::optional<int> Crs::parseEpsg(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral("^\\s*(?:EPSG:)?(\\d{4,6})\\s*$"),
                                            QRegularExpression::CaseInsensitiveOption);
    const auto match = pattern.match(text);
    if (!match.hasMatch())
        return std::nullopt;
    return match.captured(1).toInt();
}

Result<SpatialRefSys> Crs::fromEpsg(int code)
{
    PJ_CONTEXT *ctx = projContext();
    PjPtr crs(proj_create_from_database(ctx, "EPSG", QByteArray::number(code).constData(),
                                        PJ_CATEGORY_CRS, false, nullptr));
    if (!crs)
        return fail(tr("EPSG:%1 is not a coordinate reference system that PROJ knows.").arg(code),
                    {}, tr("Use a code such as EPSG:5256 (TUREF / TM36) or EPSG:4326 (WGS 84)."));
    const char *const options[] = {"MULTILINE=NO", nullptr};
    const char *wkt = proj_as_wkt(ctx, crs.get(), PJ_WKT1_GDAL, options);
    if (!wkt)
        return fail(tr("PROJ cannot write EPSG:%1 as WKT 1.").arg(code));
    SpatialRefSys srs;
    srs.srsId = code;
    srs.name = QString::fromUtf8(proj_get_name(crs.get()));
    srs.organization = QStringLiteral("EPSG");
    srs.organizationCoordsysId = code;
    srs.definition = QString::fromUtf8(wkt);
    return srs;
}

QList<Crs::Named> Crs::turkishSystems()
{
    QList<Named> out;
    for (int zone = 27, epsg = 5253; zone <= 45; zone += 3, ++epsg)
        out.append({epsg, QStringLiteral("TUREF / TM%1").arg(zone)});
    for (int zone = 35; zone <= 38; ++zone)
        out.append({23000 + zone, QStringLiteral("ED50 / UTM zone %1N").arg(zone)});
    return out;
}

std::optional<int> Crs::defaultEpsgForProvince(const QString &province)
{
    // Longitude of each province's centroid (from the OSM province boundaries in data/),
    // enough to choose its 3° TM zone.
    struct Province
    {
        const char16_t *name;
        double lon;
    };
    static const Province provinces[]
        = {{u"Adana", 35.59},     {u"Adıyaman", 38.34},   {u"Afyon", 30.66},
           {u"Ağrı", 43.27},      {u"Aksaray", 33.84},    {u"Amasya", 35.72},
           {u"Ankara", 32.62},    {u"Antalya", 30.92},    {u"Ardahan", 42.76},
           {u"Artvin", 41.82},    {u"Aydın", 28.02},      {u"Balıkesir", 27.87},
           {u"Bartın", 32.47},    {u"Batman", 41.41},     {u"Bayburt", 40.23},
           {u"Bilecik", 30.12},   {u"Bingöl", 40.72},     {u"Bitlis", 42.40},
           {u"Bolu", 31.67},      {u"Burdur", 30.09},     {u"Bursa", 29.03},
           {u"Çanakkale", 26.75}, {u"Çankırı", 33.43},    {u"Çorum", 34.66},
           {u"Denizli", 29.26},   {u"Diyarbakır", 40.35}, {u"Düzce", 31.27},
           {u"Edirne", 26.60},    {u"Elazığ", 39.43},     {u"Erzincan", 39.32},
           {u"Erzurum", 41.56},   {u"Eskişehir", 31.08},  {u"Gaziantep", 37.34},
           {u"Giresun", 38.59},   {u"Gümüşhane", 39.41},  {u"Hakkari", 44.11},
           {u"Hatay", 36.26},     {u"Iğdır", 43.96},      {u"Isparta", 30.95},
           {u"İstanbul", 28.85},  {u"İzmir", 27.31},      {u"Kahramanmaraş", 36.99},
           {u"Karabük", 32.63},   {u"Karaman", 33.19},    {u"Kars", 43.07},
           {u"Kastamonu", 33.67}, {u"Kayseri", 35.86},    {u"Kilis", 37.14},
           {u"Kırıkkale", 33.70}, {u"Kırklareli", 27.44}, {u"Kırşehir", 34.17},
           {u"Kocaeli", 29.90},   {u"Konya", 32.64},      {u"Kütahya", 29.59},
           {u"Malatya", 38.12},   {u"Manisa", 28.15},     {u"Mardin", 40.90},
           {u"Mersin", 33.83},    {u"Muğla", 28.47},      {u"Muş", 41.88},
           {u"Nevşehir", 34.69},  {u"Niğde", 34.74},      {u"Ordu", 37.54},
           {u"Osmaniye", 36.25},  {u"Rize", 40.87},       {u"Sakarya", 30.54},
           {u"Samsun", 36.02},    {u"Şanlıurfa", 39.10},  {u"Siirt", 42.19},
           {u"Sinop", 34.88},     {u"Şırnak", 42.62},     {u"Sivas", 37.32},
           {u"Tekirdağ", 27.45},  {u"Tokat", 36.61},      {u"Trabzon", 39.82},
           {u"Tunceli", 39.51},   {u"Uşak", 29.36},       {u"Van", 43.64},
           {u"Yalova", 29.12},    {u"Yozgat", 35.25},     {u"Zonguldak", 31.84}};
    const QString key = foldTurkish(province);
    for (const Province &p : provinces) {
        if (foldTurkish(QStringView(p.name)) != key)
            continue;
        const int zone = std::clamp(27 + 3 * int(std::lround((p.lon - 27.0) / 3.0)), 27, 45);
        return 5253 + (zone - 27) / 3;
    }
    return std::nullopt;
}

Result<schema::NewProject> Crs::newProject(const QString &name, const QString &province, int epsg)
{
    auto crs = fromEpsg(epsg);
    if (!crs)
        return std::unexpected(crs.error());
    auto wgs84 = fromEpsg(4326);
    if (!wgs84)
        return std::unexpected(wgs84.error());
    wgs84->name = QStringLiteral("WGS 84 geodetic");
    schema::NewProject project;
    project.name = name;
    project.province = province;
    project.crs = *crs;
    project.wgs84 = *wgs84;
    return project;
}

Result<CoordinateTransform> CoordinateTransform::create(int fromEpsg, int toEpsg)
{
    PJ_CONTEXT *ctx = projContext();
    const QByteArray from = "EPSG:" + QByteArray::number(fromEpsg);
    const QByteArray to = "EPSG:" + QByteArray::number(toEpsg);
    PjPtr raw(proj_create_crs_to_crs(ctx, from.constData(), to.constData(), nullptr));
    if (!raw)
        return fail(
            Crs::tr("EPSG:%1 is not a coordinate reference system that PROJ knows.").arg(fromEpsg));
    PjPtr normalised(proj_normalize_for_visualization(ctx, raw.get()));
    CoordinateTransform t;
    t.m_pj = normalised ? normalised.release() : raw.release();
    return t;
}

CoordinateTransform::CoordinateTransform(CoordinateTransform &&other) noexcept
    : m_pj(std::exchange(other.m_pj, nullptr))
{}

CoordinateTransform &CoordinateTransform::operator=(CoordinateTransform &&other) noexcept
{
    if (this != &other) {
        if (m_pj)
            proj_destroy(static_cast<PJ *>(m_pj));
        m_pj = std::exchange(other.m_pj, nullptr);
    }
    return *this;
}

CoordinateTransform::~CoordinateTransform()
{
    if (m_pj)
        proj_destroy(static_cast<PJ *>(m_pj));
}

std::optional<QPointF> CoordinateTransform::apply(QPointF point) const
{
    if (!m_pj)
        return std::nullopt;
    PJ_COORD c = proj_coord(point.x(), point.y(), 0, 0);
    c = proj_trans(static_cast<PJ *>(m_pj), PJ_FWD, c);
    if (!std::isfinite(c.xy.x) || !std::isfinite(c.xy.y) || c.xy.x == HUGE_VAL)
        return std::nullopt;
    return QPointF(c.xy.x, c.xy.y);
}

} // namespace geisep
