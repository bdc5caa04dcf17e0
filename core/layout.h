#pragma once

#include "core/error.h"
#include "core/gpkg.h"
#include "core/sqlite.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QHash>
#include <QJsonObject>
#include <QRectF>
#include <QString>

#include <optional>
#include <vector>

namespace geisep {

// A print layout (DESIGN.md, printing; issue 7): a page and the items a planner places on it.
// Plain data, saved as JSON in geisep_layouts; gis/print/print.h draws it, the designer edits it.
// Positions are millimetres from the page's top-left corner.
struct LayoutItem
{
    enum class Kind {
        Title,
        Subtitle,
        Map,
        Legend,
        ScaleBar,
        NorthArrow,
        Date,
        Sources,
        Logo,
        Text,
        Overview,  // an inset of the whole atlas layer marking the map's extent
        PlanTable, // the area's linked goals, objectives and actions, and indicators with badges
        Figures,   // the area's figures: population, migrants (suppressed), coverage, pressure
        Chart,     // a chart (gis/analysis/chart.h) of the kind in `chart`
    };
    // What a chart item shows. On an atlas page the trend, coverage and projection follow the
    // page's area; elsewhere they show the whole plan or layer.
    enum class ChartKind {
        Trend,        // an indicator's values by year with its target
        MigrantShare, // the migrants' share of the population by district
        Pressure,     // the top areas' migration pressure as stacked components
        Coverage,     // the population within reach of each service
        Projection,   // the population projected low, medium and high to the horizon
    };
    enum class Extent { Atlas, Full, Fixed };

    QString id; // unique in its layout, e.g. "map", "title"
    Kind kind = Kind::Text;
    QRectF rectMm;
    // Title, subtitle, text, sources, date: the text, with {area}, {district}, {province},
    // {project}, {date}, {page} and {pages} replaced as the page is drawn.
    QString text;
    double fontPt = 10;
    bool bold = false;
    Qt::Alignment align = Qt::AlignLeft | Qt::AlignTop;
    bool frame = false; // a thin frame round the item

    // Map: fitted to the atlas area (with `marginShare` of room round it), to the whole
    // atlas layer, or a fixed extent; the atlas layer's other areas muted.
    Extent extent = Extent::Atlas;
    Envelope fixedExtent;
    double marginShare = 0.12;
    bool muteNeighbours = true;
    // The layers analyses made (coverage gaps) are drawn only when the layout asks for them:
    // on paper they would hide the areas' colours.
    bool analysisLayers = false;
    // Legend, scale bar, north arrow, overview: the map item they describe (empty: the first).
    QString mapId;
    // Logo: the image itself (PNG, JPEG or SVG bytes), so the layout needs no other file.
    QByteArray image;
    // Plan table: contact details of the people named are printed only when chosen (KVKK).
    bool contacts = false;
    // Chart: what it shows; for a trend, the indicator by name (any language, Turkish folding),
    // empty for the first with values; for pressure, how many areas.
    ChartKind chart = ChartKind::Trend;
    QString indicator;
    int topN = 10;

    static QString kindName(Kind kind);
    static std::optional<Kind> kindFromName(const QString &name);
    static QString chartKindName(ChartKind kind); // trend, migrant-share, pressure, …
    static std::optional<ChartKind> chartKindFromName(const QString &name);
    bool operator==(const LayoutItem &) const = default;
};

struct LayoutPage
{
    QString size = QStringLiteral("A4"); // A4 or A3
    bool landscape = false;
    double marginMm = 10;
    QSizeF sizeMm() const;
    bool operator==(const LayoutPage &) const = default;
};

// One page per area of a layer: all of them, those a filter accepts (core/text/atlasfilter.h), or
// the top N by migration pressure; with a cover page and a contents page listing them.
struct AtlasSettings
{
    bool enabled = false;
    QString layer;  // the area layer's name
    QString filter; // e.g. "ilçe = Şahinbey"
    int topN = 0;   // 0: no limit; else the N with the highest migration pressure score
    bool cover = true;
    bool contents = true;
    bool operator==(const AtlasSettings &) const = default;
};

struct Layout
{
    Q_DECLARE_TR_FUNCTIONS(Layout)

public:
    static constexpr int kFormatVersion = 1;

    qint64 id = 0; // geisep_layouts.id; 0 before it is saved
    QString name;
    bool turkish = true; // the language the layout prints its own words in
    LayoutPage page;
    std::vector<LayoutItem> items; // drawn in order: later items on top
    AtlasSettings atlas;

    const LayoutItem *item(const QString &id) const;
    LayoutItem *item(const QString &id);
    // The map an item follows: its mapId, else the first map; nullptr when there is none.
    const LayoutItem *mapFor(const LayoutItem &item) const;
    // An id not yet used, from the kind's name: "map", "map2", …
    QString newItemId(LayoutItem::Kind kind) const;

    QJsonObject toJson() const;
    // Refuses a layout written by a newer program and items it does not know, naming them.
    static Result<Layout> fromJson(const QJsonObject &json);
    bool operator==(const Layout &) const = default;
};

// The layouts a new project can start from, in Turkish or English: a district map (A3
// landscape: one map with legend, scale bar, north arrow, overview, sources) and a mahalle fact
// sheet (A4 portrait: an atlas page with the map, figures and the plan's goals and actions),
// and a district fact sheet (A4 portrait: the map, the migrants' share by district, an
// indicator's trend and the pressure chart on one page).
// The fields a layout's text may hold, filled in on each page. Each has an English and a Turkish
// name, and both work in any layout: "{district} ilçesi" and "{ilçe} ilçesi" print the same.
struct Placeholder
{
    const char *english; // "district"
    const char *turkish; // "ilçe" (UTF-8)
    const char *title;   // what it is, for the designer's pick list (translated there)
};
const std::vector<Placeholder> &placeholders();
// `text` with each {name} or {ad} replaced by its value from `values`, keyed by English name.
QString fillPlaceholders(QString text, const QHash<QString, QString> &values);

namespace LayoutTemplates {
Layout districtMap(bool turkish);
Layout factSheet(bool turkish);
Layout districtSheet(bool turkish);
// "district-map", "fact-sheet" or "district-sheet"
std::optional<Layout> byName(const QString &name, bool turkish);
QStringList names();
} // namespace LayoutTemplates

// Reads and writes geisep_layouts. Each write is one transaction.
class LayoutStore
{
    Q_DECLARE_TR_FUNCTIONS(LayoutStore)

public:
    explicit LayoutStore(Database &db)
        : m_db(db)
    {}
    // The layouts that can be read, by name. A damaged one does not hide the others: it is
    // left out and named in broken().
    Result<std::vector<Layout>> layouts();
    // The layouts the last layouts() or find() could not read: each one's error names it.
    const QList<Error> &broken() const { return m_broken; }
    // By exact name, else by name through the Turkish folding function; nullopt when none. A
    // damaged layout of that name is its error.
    Result<std::optional<Layout>> find(const QString &name);
    Result<std::optional<Layout>> byId(qint64 id);
    // Inserts (id 0; the new id is returned) or replaces the layout with its id. A name used by
    // another layout is refused with a message.
    Result<qint64> save(const Layout &layout);
    // Puts a removed layout back with the same id (undo).
    Result<void> restore(const Layout &layout);
    Result<void> remove(qint64 id);

private:
    Database &m_db;
    QList<Error> m_broken;
    QStringList m_brokenNames;
};

} // namespace geisep
