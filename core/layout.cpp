#include "core/layout.h"

#include "core/findlayer.h"
#include "core/text/turkish.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <algorithm>
#include <cmath>

namespace geisep {

namespace {

struct KindName
{
    LayoutItem::Kind kind;
    const char *name;
};

constexpr KindName kKinds[] = {
    {LayoutItem::Kind::Title, "title"},       {LayoutItem::Kind::Subtitle, "subtitle"},
    {LayoutItem::Kind::Map, "map"},           {LayoutItem::Kind::Legend, "legend"},
    {LayoutItem::Kind::ScaleBar, "scalebar"}, {LayoutItem::Kind::NorthArrow, "north"},
    {LayoutItem::Kind::Date, "date"},         {LayoutItem::Kind::Sources, "sources"},
    {LayoutItem::Kind::Logo, "logo"},         {LayoutItem::Kind::Text, "text"},
    {LayoutItem::Kind::Overview, "overview"}, {LayoutItem::Kind::PlanTable, "plan"},
    {LayoutItem::Kind::Figures, "figures"},   {LayoutItem::Kind::Chart, "chart"},
};

struct ChartKindName
{
    LayoutItem::ChartKind kind;
    const char *name;
};

constexpr ChartKindName kChartKinds[] = {
    {LayoutItem::ChartKind::Trend, "trend"},
    {LayoutItem::ChartKind::MigrantShare, "migrant-share"},
    {LayoutItem::ChartKind::Pressure, "pressure"},
    {LayoutItem::ChartKind::Coverage, "coverage"},
    {LayoutItem::ChartKind::Projection, "projection"},
};

QJsonArray rectJson(const QRectF &r)
{
    return {r.x(), r.y(), r.width(), r.height()};
}

QString alignName(Qt::Alignment a)
{
    const QString h = a & Qt::AlignHCenter ? QStringLiteral("center")
                      : a & Qt::AlignRight ? QStringLiteral("right")
                                           : QStringLiteral("left");
    const QString v = a & Qt::AlignVCenter  ? QStringLiteral("middle")
                      : a & Qt::AlignBottom ? QStringLiteral("bottom")
                                            : QStringLiteral("top");
    return h + u' ' + v;
}

Qt::Alignment alignFromName(const QString &name)
{
    Qt::Alignment a;
    a |= name.contains(u"center")  ? Qt::AlignHCenter
         : name.contains(u"right") ? Qt::AlignRight
                                   : Qt::AlignLeft;
    a |= name.contains(u"middle")   ? Qt::AlignVCenter
         : name.contains(u"bottom") ? Qt::AlignBottom
                                    : Qt::AlignTop;
    return a;
}

LayoutItem item(const QString &id, LayoutItem::Kind kind, QRectF rect, QString text = {},
                double fontPt = 10, bool bold = false,
                Qt::Alignment align = Qt::AlignLeft | Qt::AlignTop)
{
    LayoutItem i;
    i.id = id;
    i.kind = kind;
    i.rectMm = rect;
    i.text = std::move(text);
    i.fontPt = fontPt;
    i.bold = bold;
    i.align = align;
    return i;
}

QString sourcesText(bool turkish)
{
    return turkish ? QStringLiteral("Sınırlar: TurkeyGeoJSON (MIT; resmî değildir), "
                                    "© OpenStreetMap katkıcıları. Nüfus: TÜİK ADNKS 2023. "
                                    "Göçmen rakamları ve altyapı bu örnekte uydurmadır.")
                   : QStringLiteral("Boundaries: TurkeyGeoJSON (MIT; not official), "
                                    "© OpenStreetMap contributors. Population: TÜİK ADNKS 2023. "
                                    "Migrant figures and infrastructure are made up in this "
                                    "sample.");
}

} // namespace

QString LayoutItem::kindName(Kind kind)
{
    for (const KindName &k : kKinds)
        if (k.kind == kind)
            return QString::fromLatin1(k.name);
    return {};
}

std::optional<LayoutItem::Kind> LayoutItem::kindFromName(const QString &name)
{
    for (const KindName &k : kKinds)
        if (name == QLatin1String(k.name))
            return k.kind;
    return std::nullopt;
}

QString LayoutItem::chartKindName(ChartKind kind)
{
    for (const ChartKindName &k : kChartKinds)
        if (k.kind == kind)
            return QString::fromLatin1(k.name);
    return {};
}

std::optional<LayoutItem::ChartKind> LayoutItem::chartKindFromName(const QString &name)
{
    for (const ChartKindName &k : kChartKinds)
        if (name == QLatin1String(k.name))
            return k.kind;
    return std::nullopt;
}

QSizeF LayoutPage::sizeMm() const
{
    const QSizeF portrait = size == u"A3" ? QSizeF(297, 420) : QSizeF(210, 297);
    return landscape ? portrait.transposed() : portrait;
}

const LayoutItem *Layout::item(const QString &id) const
{
    for (const LayoutItem &i : items)
        if (i.id == id)
            return &i;
    return nullptr;
}

LayoutItem *Layout::item(const QString &id)
{
    for (LayoutItem &i : items)
        if (i.id == id)
            return &i;
    return nullptr;
}

const LayoutItem *Layout::mapFor(const LayoutItem &of) const
{
    if (!of.mapId.isEmpty())
        if (const LayoutItem *m = item(of.mapId); m && m->kind == LayoutItem::Kind::Map)
            return m;
    for (const LayoutItem &i : items)
        if (i.kind == LayoutItem::Kind::Map)
            return &i;
    return nullptr;
}

QString Layout::newItemId(LayoutItem::Kind kind) const
{
    const QString base = LayoutItem::kindName(kind);
    if (!item(base))
        return base;
    for (int n = 2;; ++n)
        if (const QString id = base + QString::number(n); !item(id))
            return id;
}

QJsonObject Layout::toJson() const
{
    QJsonArray list;
    for (const LayoutItem &i : items) {
        QJsonObject o{{QStringLiteral("id"), i.id},
                      {QStringLiteral("kind"), LayoutItem::kindName(i.kind)},
                      {QStringLiteral("rect"), rectJson(i.rectMm)}};
        if (!i.text.isEmpty())
            o[QStringLiteral("text")] = i.text;
        o[QStringLiteral("font_pt")] = i.fontPt;
        if (i.bold)
            o[QStringLiteral("bold")] = true;
        o[QStringLiteral("align")] = alignName(i.align);
        if (i.frame)
            o[QStringLiteral("frame")] = true;
        if (i.kind == LayoutItem::Kind::Map) {
            o[QStringLiteral("extent")]
                = i.extent == LayoutItem::Extent::Atlas  ? QStringLiteral("atlas")
                  : i.extent == LayoutItem::Extent::Full ? QStringLiteral("full")
                                                         : QStringLiteral("fixed");
            if (i.extent == LayoutItem::Extent::Fixed)
                o[QStringLiteral("fixed_extent")] = QJsonArray{
                    i.fixedExtent.minX, i.fixedExtent.minY, i.fixedExtent.maxX, i.fixedExtent.maxY};
            o[QStringLiteral("margin_share")] = i.marginShare;
            o[QStringLiteral("mute_neighbours")] = i.muteNeighbours;
            o[QStringLiteral("analysis_layers")] = i.analysisLayers;
        }
        if (!i.mapId.isEmpty())
            o[QStringLiteral("map")] = i.mapId;
        if (!i.image.isEmpty())
            o[QStringLiteral("image")] = QString::fromLatin1(i.image.toBase64());
        if (i.contacts)
            o[QStringLiteral("contacts")] = true;
        if (i.kind == LayoutItem::Kind::Chart) {
            o[QStringLiteral("chart")] = LayoutItem::chartKindName(i.chart);
            if (!i.indicator.isEmpty())
                o[QStringLiteral("indicator")] = i.indicator;
            o[QStringLiteral("top")] = i.topN;
        }
        list.append(o);
    }
    return {{QStringLiteral("version"), kFormatVersion},
            {QStringLiteral("language"), turkish ? QStringLiteral("tr") : QStringLiteral("en")},
            {QStringLiteral("page"), QJsonObject{{QStringLiteral("size"), page.size},
                                                 {QStringLiteral("orientation"),
                                                  page.landscape ? QStringLiteral("landscape")
                                                                 : QStringLiteral("portrait")},
                                                 {QStringLiteral("margin_mm"), page.marginMm}}},
            {QStringLiteral("atlas"), QJsonObject{{QStringLiteral("enabled"), atlas.enabled},
                                                  {QStringLiteral("layer"), atlas.layer},
                                                  {QStringLiteral("filter"), atlas.filter},
                                                  {QStringLiteral("top"), atlas.topN},
                                                  {QStringLiteral("cover"), atlas.cover},
                                                  {QStringLiteral("contents"), atlas.contents}}},
            {QStringLiteral("items"), list}};
}

Result<Layout> Layout::fromJson(const QJsonObject &json)
{
    Layout out;
    const int version = json[QStringLiteral("version")].toInt(0);
    if (version > kFormatVersion)
        return fail(tr("The layout was saved by a newer GEİSEP Workbench (layout format %1; this "
                       "program reads up to %2).")
                        .arg(version)
                        .arg(kFormatVersion),
                    {}, tr("Open the project with the newer program, or update this one."));
    out.turkish = json[QStringLiteral("language")].toString() != u"en";
    const QJsonObject page = json[QStringLiteral("page")].toObject();
    out.page.size = page[QStringLiteral("size")].toString(QStringLiteral("A4")) == u"A3"
                        ? QStringLiteral("A3")
                        : QStringLiteral("A4");
    out.page.landscape = page[QStringLiteral("orientation")].toString() == u"landscape";
    out.page.marginMm = std::clamp(page[QStringLiteral("margin_mm")].toDouble(10), 0.0, 50.0);
    const QJsonObject atlas = json[QStringLiteral("atlas")].toObject();
    out.atlas.enabled = atlas[QStringLiteral("enabled")].toBool();
    out.atlas.layer = atlas[QStringLiteral("layer")].toString();
    out.atlas.filter = atlas[QStringLiteral("filter")].toString();
    out.atlas.topN = std::max(0, atlas[QStringLiteral("top")].toInt());
    out.atlas.cover = atlas[QStringLiteral("cover")].toBool(true);
    out.atlas.contents = atlas[QStringLiteral("contents")].toBool(true);
    for (const QJsonValue &v : json[QStringLiteral("items")].toArray()) {
        const QJsonObject o = v.toObject();
        const auto kind = LayoutItem::kindFromName(o[QStringLiteral("kind")].toString());
        if (!kind)
            return fail(tr("The layout has an item of a kind this program does not know: \"%1\".")
                            .arg(o[QStringLiteral("kind")].toString()),
                        {}, tr("Open the project with the program that made the layout."));
        LayoutItem i;
        i.kind = *kind;
        i.id = o[QStringLiteral("id")].toString();
        if (i.id.isEmpty() || out.item(i.id))
            i.id = out.newItemId(i.kind);
        // On the page, whatever the file says: an item of a kilometre once asked the renderer
        // for a 90,000-pixel map.
        const QJsonArray r = o[QStringLiteral("rect")].toArray();
        const QSizeF pageMm = out.page.sizeMm();
        auto number = [&](int k, double fallback) {
            const double n = r.at(k).toDouble(fallback);
            return std::isfinite(n) ? n : fallback;
        };
        const double w = std::clamp(number(2, 10), 1.0, pageMm.width());
        const double h = std::clamp(number(3, 10), 1.0, pageMm.height());
        i.rectMm = QRectF(std::clamp(number(0, 0), 0.0, pageMm.width() - w),
                          std::clamp(number(1, 0), 0.0, pageMm.height() - h), w, h);
        i.text = o[QStringLiteral("text")].toString();
        i.fontPt = std::clamp(o[QStringLiteral("font_pt")].toDouble(10), 4.0, 96.0);
        i.bold = o[QStringLiteral("bold")].toBool();
        i.align = alignFromName(o[QStringLiteral("align")].toString());
        i.frame = o[QStringLiteral("frame")].toBool();
        const QString extent = o[QStringLiteral("extent")].toString();
        i.extent = extent == u"full"    ? LayoutItem::Extent::Full
                   : extent == u"fixed" ? LayoutItem::Extent::Fixed
                                        : LayoutItem::Extent::Atlas;
        const QJsonArray e = o[QStringLiteral("fixed_extent")].toArray();
        if (e.size() == 4)
            i.fixedExtent
                = Envelope{e[0].toDouble(), e[1].toDouble(), e[2].toDouble(), e[3].toDouble()};
        if (i.extent == LayoutItem::Extent::Fixed && i.fixedExtent.isEmpty())
            i.extent = LayoutItem::Extent::Full;
        i.marginShare = std::clamp(o[QStringLiteral("margin_share")].toDouble(0.12), 0.0, 2.0);
        i.muteNeighbours = o[QStringLiteral("mute_neighbours")].toBool(true);
        i.analysisLayers = o[QStringLiteral("analysis_layers")].toBool(false);
        i.mapId = o[QStringLiteral("map")].toString();
        i.image = QByteArray::fromBase64(o[QStringLiteral("image")].toString().toLatin1());
        i.contacts = o[QStringLiteral("contacts")].toBool();
        if (i.kind == LayoutItem::Kind::Chart) {
            const QString chart = o[QStringLiteral("chart")].toString();
            const auto chartKind = LayoutItem::chartKindFromName(chart);
            if (!chartKind)
                return fail(tr("The layout has a chart of a kind this program does not know: "
                               "\"%1\".")
                                .arg(chart),
                            {}, tr("Open the project with the program that made the layout."));
            i.chart = *chartKind;
            i.indicator = o[QStringLiteral("indicator")].toString();
            i.topN = std::clamp(o[QStringLiteral("top")].toInt(10), 1, 50);
        }
        out.items.push_back(std::move(i));
    }
    return out;
}

const std::vector<Placeholder> &placeholders()
{
    static const std::vector<Placeholder> all = {
        {"area", "alan", QT_TRANSLATE_NOOP("Layout", "Area name")},
        {"district", "ilçe", QT_TRANSLATE_NOOP("Layout", "District")},
        {"province", "il", QT_TRANSLATE_NOOP("Layout", "Province")},
        {"project", "proje", QT_TRANSLATE_NOOP("Layout", "Project name")},
        {"date", "tarih", QT_TRANSLATE_NOOP("Layout", "Date of printing")},
        {"page", "sayfa", QT_TRANSLATE_NOOP("Layout", "Page number")},
        {"pages", "sayfalar", QT_TRANSLATE_NOOP("Layout", "Number of pages")},
    };
    return all;
}

QString fillPlaceholders(QString text, const QHash<QString, QString> &values)
{
    for (const Placeholder &p : placeholders()) {
        const QString value = values.value(QString::fromLatin1(p.english));
        text.replace(u'{' + QString::fromLatin1(p.english) + u'}', value);
        text.replace(u'{' + QString::fromUtf8(p.turkish) + u'}', value);
    }
    return text;
}

namespace LayoutTemplates {

Layout factSheet(bool turkish)
{
    using K = LayoutItem::Kind;
    Layout l;
    l.name = turkish ? QStringLiteral("Mahalle bilgi kartı") : QStringLiteral("Mahalle fact sheet");
    l.turkish = turkish;
    l.atlas.enabled = true;
    const auto right = Qt::AlignRight | Qt::AlignTop;
    l.items.push_back(item(QStringLiteral("title"), K::Title, {10, 10, 190, 11},
                           QStringLiteral("{area}"), 20, true));
    l.items.push_back(item(QStringLiteral("subtitle"), K::Subtitle, {10, 21, 190, 7},
                           turkish ? QStringLiteral("{district} ilçesi, {province} — {project}")
                                   : QStringLiteral("{district} district, {province} — {project}"),
                           10));
    LayoutItem map = item(QStringLiteral("map"), K::Map, {10, 30, 190, 132});
    map.frame = true;
    l.items.push_back(map);
    LayoutItem overview = item(QStringLiteral("overview"), K::Overview, {160, 32, 38, 38});
    overview.frame = true;
    l.items.push_back(overview);
    l.items.push_back(item(QStringLiteral("north"), K::NorthArrow, {12, 32, 9, 13}));
    l.items.push_back(item(QStringLiteral("scalebar"), K::ScaleBar, {12, 151, 64, 9}, {}, 7));
    l.items.push_back(item(QStringLiteral("legend"), K::Legend, {10, 166, 78, 64},
                           turkish ? QStringLiteral("Lejant") : QStringLiteral("Legend"), 7.5));
    l.items.push_back(
        item(QStringLiteral("figures"), K::Figures, {92, 166, 108, 64},
             turkish ? QStringLiteral("Alan bilgileri") : QStringLiteral("Area figures"), 8));
    l.items.push_back(
        item(QStringLiteral("plan"), K::PlanTable, {10, 233, 190, 46},
             turkish ? QStringLiteral("Eylem planı: bu alana bağlı hedef ve eylemler")
                     : QStringLiteral("Action plan: goals and actions linked to this area"),
             7.5));
    l.items.push_back(
        item(QStringLiteral("sources"), K::Sources, {10, 281, 150, 8}, sourcesText(turkish), 6));
    l.items.push_back(item(QStringLiteral("date"), K::Date, {160, 281, 40, 4},
                           QStringLiteral("{date}"), 7, false, right));
    l.items.push_back(item(QStringLiteral("page"), K::Text, {160, 285, 40, 4},
                           turkish ? QStringLiteral("Sayfa {page} / {pages}")
                                   : QStringLiteral("Page {page} of {pages}"),
                           7, false, right));
    return l;
}

Layout districtSheet(bool turkish)
{
    using K = LayoutItem::Kind;
    using C = LayoutItem::ChartKind;
    Layout l;
    l.name = turkish ? QStringLiteral("İlçe bilgi kartı") : QStringLiteral("District fact sheet");
    l.turkish = turkish;
    // One district with the filter "ilçe = Şahinbey"; without one, every district of the
    // project's mahalle on one page.
    l.items.push_back(item(QStringLiteral("title"), K::Title, {10, 10, 190, 11},
                           QStringLiteral("{district}"), 20, true));
    l.items.push_back(item(QStringLiteral("subtitle"), K::Subtitle, {10, 21, 190, 7},
                           turkish ? QStringLiteral("İlçe bilgi kartı, {province} — {project}")
                                   : QStringLiteral("District fact sheet, {province} — {project}"),
                           10));
    LayoutItem map = item(QStringLiteral("map"), K::Map, {10, 30, 120, 100});
    map.extent = LayoutItem::Extent::Full;
    map.marginShare = 0.03;
    map.muteNeighbours = false;
    map.frame = true;
    l.items.push_back(map);
    l.items.push_back(item(QStringLiteral("north"), K::NorthArrow, {12, 32, 8, 12}));
    l.items.push_back(item(QStringLiteral("scalebar"), K::ScaleBar, {12, 120, 50, 8}, {}, 6.5));
    l.items.push_back(item(QStringLiteral("legend"), K::Legend, {134, 30, 66, 100},
                           turkish ? QStringLiteral("Lejant") : QStringLiteral("Legend"), 7));
    auto chart = [&](const QString &id, C kind, QRectF rect) {
        LayoutItem c = item(id, K::Chart, rect, {}, 7.5);
        c.chart = kind;
        c.frame = true;
        l.items.push_back(c);
    };
    chart(QStringLiteral("share"), C::MigrantShare, {10, 134, 93, 70});
    chart(QStringLiteral("trend"), C::Trend, {107, 134, 93, 70});
    chart(QStringLiteral("pressure"), C::Pressure, {10, 208, 93, 70});
    chart(QStringLiteral("projection"), C::Projection, {107, 208, 93, 70});
    l.items.push_back(
        item(QStringLiteral("sources"), K::Sources, {10, 281, 150, 8}, sourcesText(turkish), 6));
    l.items.push_back(item(QStringLiteral("date"), K::Date, {160, 281, 40, 4},
                           QStringLiteral("{date}"), 7, false, Qt::AlignRight | Qt::AlignTop));
    return l;
}

Layout districtMap(bool turkish)
{
    using K = LayoutItem::Kind;
    Layout l;
    l.name = turkish ? QStringLiteral("İlçe haritası") : QStringLiteral("District map");
    l.turkish = turkish;
    l.page.size = QStringLiteral("A3");
    l.page.landscape = true;
    l.page.marginMm = 12;
    l.items.push_back(item(QStringLiteral("title"), K::Title, {12, 12, 396, 13},
                           QStringLiteral("{project}"), 22, true));
    l.items.push_back(item(QStringLiteral("subtitle"), K::Subtitle, {12, 25, 396, 7},
                           turkish
                               ? QStringLiteral("Mahalleler, göçmen nüfusu ve hizmetler")
                               : QStringLiteral("Neighbourhoods, migrant population and services"),
                           11));
    LayoutItem map = item(QStringLiteral("map"), K::Map, {12, 34, 300, 251});
    map.extent = LayoutItem::Extent::Full;
    map.marginShare = 0.02;
    map.muteNeighbours = false;
    map.frame = true;
    l.items.push_back(map);
    l.items.push_back(item(QStringLiteral("legend"), K::Legend, {318, 34, 90, 150},
                           turkish ? QStringLiteral("Lejant") : QStringLiteral("Legend"), 9));
    LayoutItem overview = item(QStringLiteral("overview"), K::Overview, {318, 188, 56, 56});
    overview.frame = true;
    l.items.push_back(overview);
    l.items.push_back(item(QStringLiteral("north"), K::NorthArrow, {384, 190, 14, 20}));
    l.items.push_back(item(QStringLiteral("scalebar"), K::ScaleBar, {318, 248, 90, 11}, {}, 8));
    l.items.push_back(
        item(QStringLiteral("sources"), K::Sources, {318, 262, 90, 16}, sourcesText(turkish), 7));
    l.items.push_back(item(QStringLiteral("date"), K::Date, {318, 279, 90, 5},
                           QStringLiteral("{date}"), 8, false, Qt::AlignRight | Qt::AlignTop));
    return l;
}

std::optional<Layout> byName(const QString &name, bool turkish)
{
    if (name == u"fact-sheet")
        return factSheet(turkish);
    if (name == u"district-map")
        return districtMap(turkish);
    if (name == u"district-sheet")
        return districtSheet(turkish);
    return std::nullopt;
}

QStringList names()
{
    return {QStringLiteral("fact-sheet"), QStringLiteral("district-map"),
            QStringLiteral("district-sheet")};
}

} // namespace LayoutTemplates

namespace {

Result<Layout> layoutFromRow(Statement &stmt, const QString &path)
{
    const QJsonDocument doc = QJsonDocument::fromJson(stmt.text(2).toUtf8());
    if (!doc.isObject())
        return fail(LayoutStore::tr("The layout \"%1\" is damaged: its definition is not JSON.")
                        .arg(stmt.text(1)),
                    path, LayoutStore::tr("Remove it and make it again from a template."));
    auto layout = Layout::fromJson(doc.object());
    if (!layout) {
        Error e = layout.error();
        e.message = LayoutStore::tr("Layout \"%1\": %2").arg(stmt.text(1), e.message);
        e.file = path;
        return std::unexpected(e);
    }
    layout->id = stmt.int64(0);
    layout->name = stmt.text(1);
    return layout;
}

} // namespace

Result<std::vector<Layout>> LayoutStore::layouts()
{
    auto stmt = m_db.prepare("SELECT id, name, definition FROM geisep_layouts ORDER BY name");
    if (!stmt)
        return std::unexpected(stmt.error());
    std::vector<Layout> out;
    m_broken.clear();
    m_brokenNames.clear();
    auto rows = stmt->forEachRow([&] {
        auto layout = layoutFromRow(*stmt, m_db.path());
        if (layout) {
            out.push_back(std::move(*layout));
        } else {
            m_broken.append(layout.error());
            m_brokenNames.append(stmt->text(1));
        }
    });
    if (!rows)
        return std::unexpected(rows.error());
    return out;
}

Result<std::optional<Layout>> LayoutStore::find(const QString &name)
{
    auto all = layouts();
    if (!all)
        return std::unexpected(all.error());
    if (const Layout *found = findByName(
            *all, name, [](const Layout &l) { return l.name; },
            [](const Layout &) { return QString(); }))
        return *found;
    const QString folded = foldTurkish(name);
    for (qsizetype k = 0; k < m_brokenNames.size(); ++k)
        if (m_brokenNames[k] == name || foldTurkish(m_brokenNames[k]) == folded)
            return std::unexpected(m_broken[k]);
    return std::optional<Layout>();
}

Result<std::optional<Layout>> LayoutStore::byId(qint64 id)
{
    auto stmt = m_db.prepare("SELECT id, name, definition FROM geisep_layouts WHERE id = ?");
    if (!stmt)
        return std::unexpected(stmt.error());
    stmt->bind(1, id);
    auto row = stmt->step();
    if (!row)
        return std::unexpected(row.error());
    if (!*row)
        return std::optional<Layout>();
    auto layout = layoutFromRow(*stmt, m_db.path());
    if (!layout)
        return std::unexpected(layout.error());
    return std::optional<Layout>(std::move(*layout));
}

Result<qint64> LayoutStore::save(const Layout &layout)
{
    const QString name = layout.name.trimmed();
    if (name.isEmpty())
        return fail(tr("A layout needs a name."), m_db.path());
    return withTransaction(m_db, [&]() -> Result<qint64> {
        auto clash = m_db.prepare("SELECT id FROM geisep_layouts WHERE name = ? AND id != ?");
        if (!clash)
            return std::unexpected(clash.error());
        clash->bind(1, name).bind(2, layout.id);
        auto taken = clash->step();
        if (!taken)
            return std::unexpected(taken.error());
        if (*taken)
            return fail(tr("There is already a layout named \"%1\".").arg(name), m_db.path(),
                        tr("Choose another name."));
        const QString definition
            = QString::fromUtf8(QJsonDocument(layout.toJson()).toJson(QJsonDocument::Compact));
        qint64 id = layout.id;
        if (id == 0) {
            auto insert
                = m_db.prepare("INSERT INTO geisep_layouts (name, definition) VALUES (?, ?)");
            if (!insert)
                return std::unexpected(insert.error());
            insert->bind(1, name).bind(2, definition);
            if (auto ok = insert->exec(); !ok)
                return std::unexpected(ok.error());
            id = m_db.lastInsertRowId();
        } else {
            auto update = m_db.prepare(
                "INSERT INTO geisep_layouts (id, name, definition) VALUES (?, ?, ?) ON CONFLICT "
                "(id) DO UPDATE SET name = excluded.name, definition = excluded.definition, "
                "modified = strftime('%Y-%m-%dT%H:%M:%fZ','now')");
            if (!update)
                return std::unexpected(update.error());
            update->bind(1, id).bind(2, name).bind(3, definition);
            if (auto ok = update->exec(); !ok)
                return std::unexpected(ok.error());
        }
        return id;
    });
}

Result<void> LayoutStore::restore(const Layout &layout)
{
    if (layout.id == 0)
        return fail(tr("Cannot restore a layout that was never saved."), m_db.path());
    auto id = save(layout);
    if (!id)
        return std::unexpected(id.error());
    return {};
}

Result<void> LayoutStore::remove(qint64 id)
{
    return withTransaction(m_db, [&]() -> Result<void> {
        auto stmt = m_db.prepare("DELETE FROM geisep_layouts WHERE id = ?");
        if (!stmt)
            return std::unexpected(stmt.error());
        stmt->bind(1, id);
        return stmt->exec();
    });
}

} // namespace geisep
