#pragma once

#include "core/error.h"
#include "core/layout.h"
#include "core/plan/progress.h"
#include "core/project.h"
#include "gis/analysis/chart.h"
#include "gis/map/maplayer.h"

#include <QCoreApplication>
#include <QDate>
#include <QImage>
#include <QPainter>

#include <atomic>
#include <functional>
#include <limits>
#include <map>
#include <memory>
#include <mutex>
#include <optional>
#include <vector>

namespace geisep {

// Printing (DESIGN.md, printing and privacy; issue 7): a layout drawn as vectors onto any
// QPainter — a PDF page (fonts embedded, text selectable), a PNG at a chosen resolution, an
// SVG — once, or once per area of an atlas with a cover page and contents. Like the analyses,
// a print is prepared from the project on the calling thread (every figure, link and name read
// and every small cell suppressed before anything is drawn) and then drawn without the project,
// so the window can draw on a worker thread with progress and Cancel.

// One area of an atlas, with everything its page prints.
struct PrintArea
{
    static constexpr double kUnknown = std::numeric_limits<double>::quiet_NaN();

    qint64 areaId = 0;       // geisep_areas.id
    std::size_t feature = 0; // in the atlas layer's geometry
    QString name, district, province, code;
    QString label; // "Name (District)"
    int page = 0;  // 1-based page number in the whole print

    double population = kUnknown;
    int populationPeriod = 0;
    double migrants = kUnknown; // shown only when !migrantsHidden
    int migrantsPeriod = 0;
    bool migrantsHidden = false; // below the threshold, or withheld so a total cannot give it
    double areaKm2 = kUnknown;

    struct Coverage
    {
        QString service;                   // title in the layout's language
        double populationShare = kUnknown; // 0–100
        double nearestM = kUnknown;
    };
    std::vector<Coverage> coverage;
    double pressureScore = kUnknown;
    int pressureRank = 0;

    struct PlanLine
    {
        QString kind; // goal, objective, action
        QString sector;
        QString code;
        QString title;
        QString priority; // in the layout's language
        QString responsible;
        QString status;
        QString years;
    };
    std::vector<PlanLine> plan;
    struct IndicatorLine
    {
        QString name;
        QString values; // "12 → 40 (2023 → 2028), 18 in 2025"
        ProgressStatus status = ProgressStatus::Unknown;
    };
    std::vector<IndicatorLine> indicators;
    QStringList muhtars; // title only, or name and contact when personal data is chosen
    // The layout's charts that follow the page's area (trend, coverage, projection), by item id.
    QHash<QString, Chart> charts;
};

// A district's totals on the cover page.
struct PrintDistrict
{
    QString name;
    int areas = 0;
    double population = 0;
    double migrants = 0;
    bool migrantsHidden = false;
};

struct PrintRequest
{
    // The layout itself (the designer's, as edited), else one saved in the project by name,
    // else a template by its name (fact-sheet, district-map).
    std::optional<Layout> layout;
    QString layoutName;
    // Override the layout's atlas settings when set.
    std::optional<QString> atlasLayer;
    std::optional<QString> filter;
    std::optional<int> topN;
    QList<qint64> selection;              // atlas layer fids; empty: the layout's rule
    std::optional<bool> coverAndContents; // override the layout's cover and contents pages
    bool personalData = false;            // print muhtar and stakeholder names and contacts (KVKK)
    QDate date;                           // the date printed; today when null
    bool naive = false;                   // the benchmark's reference: every feature, no index
};

// Everything a print draws, read from the project once.
struct PrintJob
{
    Layout layout;
    QString projectName;
    QString province;
    QDate date;
    bool personalData = false;
    bool naive = false;
    int threshold = 10;
    std::vector<std::shared_ptr<const MapLayer>> layers; // visible vector layers, bottom first
    std::shared_ptr<const MapLayer> atlasLayer;          // null when the layout is no atlas
    std::vector<PrintArea> areas;                        // atlas pages in order
    std::vector<PrintDistrict> districts;                // cover totals
    PrintDistrict total;                                 // all districts
    QString selectionText; // what chose the areas, for the cover ("ilçe = Şahinbey")
    Envelope fullExtent;   // of the atlas layer, else of the visible layers
    bool anyHidden = false;
    // The layout's charts, by item id, as every page that does not follow an area draws them.
    QHash<QString, Chart> charts;
    // A page that is no atlas page: the districts of the areas it is about (all of the area
    // layer's, or those the layout's filter or the selection keeps), for {district}. With a
    // filter or selection the map's whole extent and the charts are of those areas alone: a
    // district fact sheet is the layout with "ilçe = Şahinbey".
    QStringList scopeDistricts;
    QList<qint64> scopeAreas; // geisep_areas ids; empty: the whole layer
    // Pictures that are the same on every page (an overview inset's layers), drawn once by the
    // first page that needs one; a PDF writes each once, however many pages show it. Shared by
    // copies of the job; pages drawn on several threads take the mutex.
    struct SharedPictures
    {
        std::mutex mutex;
        std::map<QString, QImage> images;
    };
    std::shared_ptr<SharedPictures> pictures = std::make_shared<SharedPictures>();

    int coverPages = 0;
    int contentsPages = 0;
    int contentsColumns = 3;
    int contentsRows = 0; // per column
    int pageCount() const;
    // What page `index` (0-based) is: the cover, a contents page or an area's page.
    enum class PageKind { Single, Cover, Contents, Area };
    PageKind pageKind(int index) const;
    const PrintArea *areaOfPage(int index) const;
};

struct PrintOutput
{
    enum class Format { Pdf, Png, Svg };
    QString path; // a file; for perArea, a folder
    Format format = Format::Pdf;
    bool perArea = false; // one file per area, named from the area (safe on Windows)
    int dpi = 300;        // PNG and SVG; a PDF is always 300 dpi vector

    // The format from the path's extension; nullopt when it is none of .pdf, .png, .svg.
    static std::optional<Format> formatOf(const QString &path);
    // The format named pdf, png or svg (any case).
    static std::optional<Format> formatNamed(const QString &name);
};

struct PrintOutcome
{
    int pages = 0;
    QStringList files;
    bool anyHidden = false;
};

class Printer
{
    Q_DECLARE_TR_FUNCTIONS(Printer)

public:
    // Reads what the layout needs. Refuses an unknown layout, atlas layer or filter field, a
    // top N without a pressure run, or a filter that leaves no area, each with a message.
    static Result<PrintJob> prepare(Project &project, const PrintRequest &request);

    // Draws page `index` onto a painter whose device has `dpi` dots per inch and the page's
    // size (its origin at the page's top-left corner).
    static void paintPage(QPainter &painter, const PrintJob &job, int index, double dpi);

    // Writes the job. A PDF (or one file of several) is written beside its name and moved in
    // place when whole; on cancel or error no output file is left behind.
    using ProgressFn = std::function<void(int done, int total)>;
    static Result<PrintOutcome> write(const PrintJob &job, const PrintOutput &output,
                                      const ProgressFn &progress = {},
                                      const std::atomic_bool *cancel = nullptr);

    // A file name for an area that every system accepts: Turkish letters kept; \ / : * ? " < >
    // | and control characters replaced; no trailing dot or space; no reserved device name
    // (CON, NUL, COM1 …); at most 100 characters.
    static QString safeFileName(const QString &name);
};

} // namespace geisep
