// Printing: the layout, the layers (small cells masked), each area's plan, and the files written.
#include "gis/print/print.h"
#include "gis/print/print_p.h"

#include "core/outputfile.h"

#include "core/findlayer.h"
#include "core/plan/plan.h"
#include "core/plan/planviews.h"
#include "core/privacy.h"
#include "core/text/atlasfilter.h"
#include "core/text/turkish.h"
#include "gis/analysis/analysis.h"
#include "gis/print/printwords.h"

#include <QCollator>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QImage>
#include <QPdfWriter>
#include <QSvgGenerator>

#include <algorithm>
#include <cmath>
#include <map>
#include <memory>

namespace geisep {

namespace print {

Result<QHash<qint64, QHash<QString, Figure>>> latestFigures(Database &db, qint64 layerId)
{
    auto stmt = db.prepare("SELECT f.area_id, f.variable, f.period, f.value FROM "
                           "geisep_area_figures f JOIN geisep_areas a ON a.id = f.area_id WHERE "
                           "a.layer_id = ? AND f.value IS NOT NULL ORDER BY f.period");
    if (!stmt)
        return std::unexpected(stmt.error());
    stmt->bind(1, layerId);
    QHash<qint64, QHash<QString, Figure>> out;
    auto rows = stmt->forEachRow([&] {
        out[stmt->int64(0)][stmt->text(1)] = Figure{stmt->real(3), int(stmt->int64(2))};
    });
    if (!rows)
        return std::unexpected(rows.error());
    return out;
}

} // namespace print

using print::Figure;
using print::latestFigures;
using print::pageScope;
using print::paginate;
using print::prepareCharts;
using print::PrintText;
using print::readAreas;
using print::selectPages;
using print::suppressCounts;

namespace {

std::shared_ptr<const MapLayer> findLayer(const std::vector<std::shared_ptr<MapLayer>> &layers,
                                          const QString &name)
{
    const auto found = findByName(
        layers, name, [](const auto &l) { return l->name; },
        [](const auto &l) { return l->table; });
    return found ? *found : nullptr;
}

QString layerNames(const std::vector<std::shared_ptr<MapLayer>> &layers)
{
    QStringList names;
    for (const auto &l : layers)
        if (l->role == LayerRole::MuhtarDistrict || l->role == LayerRole::MigrantArea)
            names << l->name;
    return names.join(QStringLiteral(", "));
}

QString yearsOf(const QDate &start, const QDate &end)
{
    if (!start.isValid() && !end.isValid())
        return {};
    if (!end.isValid() || start.year() == end.year())
        return QString::number(start.isValid() ? start.year() : end.year());
    if (!start.isValid())
        return QStringLiteral("– %1").arg(end.year());
    return QStringLiteral("%1–%2").arg(start.year()).arg(end.year());
}

// The plan lines and indicators of every area, read once.
struct PlanData
{
    QHash<qint64, ActionRow> actions;
    QHash<qint64, Stakeholder> stakeholders;
    QList<Indicator> indicators;
    QHash<qint64, QList<IndicatorValue>> values; // by indicator
    QMultiHash<qint64, qint64> objectivesOfGoal;
    QHash<qint64, qint64> objectiveOfAction;
};

Result<PlanData> readPlan(Database &db)
{
    PlanData d;
    PlanStore plan(db);
    auto actions = actionRows(db);
    if (!actions)
        return std::unexpected(actions.error());
    for (const ActionRow &a : *actions)
        d.actions.insert(a.id, a);
    auto people = plan.stakeholders();
    if (!people)
        return std::unexpected(people.error());
    for (const Stakeholder &s : *people)
        d.stakeholders.insert(s.id, s);
    auto objectives = plan.objectives();
    if (!objectives)
        return std::unexpected(objectives.error());
    for (const Objective &o : *objectives)
        d.objectivesOfGoal.insert(o.goalId, o.id);
    auto allActions = plan.actions();
    if (!allActions)
        return std::unexpected(allActions.error());
    for (const Action &a : *allActions)
        d.objectiveOfAction.insert(a.id, a.objectiveId);
    auto indicators = plan.indicators();
    if (!indicators)
        return std::unexpected(indicators.error());
    d.indicators = *indicators;
    for (const Indicator &i : d.indicators) {
        auto values = plan.indicatorValues(i.id);
        if (!values)
            return std::unexpected(values.error());
        d.values.insert(i.id, *values);
    }
    return d;
}

// A stakeholder as print may name it: a person by their title and organisation unless the
// planner chose to print personal data.
QString stakeholderName(const Stakeholder &s, bool personalData, const PrintWords &w)
{
    if (!s.isPerson || personalData)
        return s.name;
    QStringList role;
    for (const QString &part : {s.title, s.organisation})
        if (!part.trimmed().isEmpty())
            role << part;
    return role.isEmpty() ? w.text("a person (name not printed)", "bir kişi (adı yazdırılmadı)")
                          : role.join(QStringLiteral(", "));
}

QString numberText(double v, int decimals, bool turkish)
{
    return QLocale(turkish ? QLocale::Turkish : QLocale::English).toString(v, 'f', decimals);
}

Result<void> fillPlan(Database &db, const PlanData &data, PrintArea &area, bool personalData,
                      const PrintWords &w)
{
    PlanStore plan(db);
    auto links = plan.linksOfArea(area.areaId);
    if (!links)
        return std::unexpected(links.error());
    QSet<QPair<int, qint64>> owners; // (kind, id) of the objectives and actions measured here
    for (const AreaLinkView &l : *links) {
        PrintArea::PlanLine line;
        line.kind = l.kind == PlanKind::Goal        ? w.text("Goal", "Hedef")
                    : l.kind == PlanKind::Objective ? w.text("Objective", "Amaç")
                                                    : w.text("Action", "Eylem");
        line.sector = w.turkish || l.sectorEn.isEmpty() ? l.sectorTr : l.sectorEn;
        line.code = l.itemCode;
        line.title = w.turkish || l.itemEn.isEmpty() ? l.itemTr : l.itemEn;
        line.priority = w.priority(l.priority);
        if (l.kind == PlanKind::Action) {
            const auto a = data.actions.constFind(l.itemId);
            if (a != data.actions.cend()) {
                const auto who = data.stakeholders.constFind(a->responsibleId);
                line.responsible = who != data.stakeholders.cend()
                                       ? stakeholderName(*who, personalData, w)
                                       : a->responsible;
                line.status = w.status(a->status);
                line.years = yearsOf(a->start, a->end);
            }
            // An action measures by its own indicators and its objective's.
            owners.insert({int(PlanKind::Action), l.itemId});
            owners.insert({int(PlanKind::Objective), data.objectiveOfAction.value(l.itemId)});
        } else if (l.kind == PlanKind::Objective) {
            owners.insert({int(PlanKind::Objective), l.itemId});
        } else {
            for (const qint64 o : data.objectivesOfGoal.values(l.itemId))
                owners.insert({int(PlanKind::Objective), o});
        }
        area.plan.push_back(std::move(line));
    }
    for (const Indicator &i : data.indicators) {
        if (!owners.contains({int(i.ownerKind), i.ownerId}))
            continue;
        const QList<IndicatorValue> values = data.values.value(i.id);
        // The area's own values, else the plan-wide ones.
        const bool own = std::any_of(values.begin(), values.end(), [&](const IndicatorValue &v) {
            return v.areaId == area.areaId;
        });
        const qint64 at = own ? area.areaId : 0;
        PrintArea::IndicatorLine line;
        line.name = w.turkish || i.nameEn.isEmpty() ? i.nameTr : i.nameEn;
        if (!i.unit.isEmpty())
            line.name += QStringLiteral(" (%1)").arg(i.unit);
        const Progress progress = progressOf(values, at);
        line.status = progress.status;
        const IndicatorValue *baseline = nullptr, *target = nullptr, *actual = nullptr;
        for (const IndicatorValue &v : values) {
            if (v.areaId != at)
                continue;
            if (v.kind == u"baseline" && (!baseline || v.period < baseline->period))
                baseline = &v;
            if (v.kind == u"target" && (!target || v.period > target->period))
                target = &v;
            if (v.kind == u"actual" && (!actual || v.period > actual->period))
                actual = &v;
        }
        QStringList parts;
        auto fmt = [&](const IndicatorValue *v) {
            return QStringLiteral("%1 (%2)")
                .arg(numberText(v->value, v->value == std::round(v->value) ? 0 : 1, w.turkish))
                .arg(v->period);
        };
        if (baseline && target)
            parts << QStringLiteral("%1 → %2").arg(fmt(baseline), fmt(target));
        if (actual)
            parts << w.text("now %1", "şimdi %1").arg(fmt(actual));
        if (!own)
            parts << w.text("plan-wide", "plan geneli");
        // The reader is told when progress is read linearly (a value at or below zero).
        if (progress.status != ProgressStatus::Unknown && progress.method == ProgressMethod::Linear)
            parts << w.text("assessed linearly", "doğrusal yöntemle değerlendirildi");
        line.values = parts.join(QStringLiteral("; "));
        area.indicators.push_back(std::move(line));
    }
    auto muhtars = plan.muhtarsOf(area.areaId);
    if (!muhtars)
        return std::unexpected(muhtars.error());
    for (const Stakeholder &m : *muhtars) {
        if (!personalData) {
            area.muhtars << w.text("Muhtar (name and contact not printed)",
                                   "Muhtar (adı ve iletişim bilgisi yazdırılmadı)");
            continue;
        }
        QStringList parts{m.name};
        for (const QString &c : {m.phone, m.email})
            if (!c.isEmpty())
                parts << c;
        area.muhtars << parts.join(QStringLiteral(", "));
    }
    return {};
}

// A style field that shows a sensitive figure or a rate or score derived from one.
bool sensitiveField(const QString &field, const QSet<QString> &sensitive)
{
    if (field.startsWith(u"figure."))
        return sensitive.contains(field.mid(7));
    return field == u"derived.migrant_share" || field == u"derived.migrants_per_1000"
           || field.startsWith(u"analysis.pressure.");
}

// The print's copy of an area layer coloured or labelled by a sensitive field: hidden areas
// drawn as "no data" with classes worked out from the other areas alone (a class bound is a
// data value, so it must not be a hidden one), hidden labels as "<10".
Result<std::shared_ptr<const MapLayer>> maskedLayer(Database &db, const MapLayer &layer,
                                                    const QSet<qint64> &hiddenAreas, int threshold,
                                                    const QSet<QString> &sensitive, bool *anyHidden)
{
    const bool styled = layer.style.kind != LayerStyle::Kind::Single
                        && sensitiveField(layer.style.field, sensitive);
    const bool labelled = sensitiveField(layer.style.labelField, sensitive);
    if (!styled && !labelled)
        return nullptr;
    auto figures = latestFigures(db, layer.id);
    if (!figures)
        return std::unexpected(figures.error());
    auto stmt = db.prepare("SELECT id, fid FROM geisep_areas WHERE layer_id = ?");
    if (!stmt)
        return std::unexpected(stmt.error());
    stmt->bind(1, layer.id);
    std::vector<bool> hidden(layer.geometry->featureCount(), false);
    auto rows = stmt->forEachRow([&] {
        const auto f = layer.geometry->indexOfFid(stmt->int64(1));
        if (!f)
            return;
        const double migrants
            = figures->value(stmt->int64(0)).value(QStringLiteral("migrant_population")).value;
        hidden[*f] = hiddenAreas.contains(stmt->int64(0))
                     || (std::isfinite(migrants) && migrants < threshold);
    });
    if (!rows)
        return std::unexpected(rows.error());
    if (std::find(hidden.begin(), hidden.end(), true) != hidden.end())
        *anyHidden = true;
    auto copy = std::make_shared<MapLayer>(layer);
    if (styled) {
        for (std::size_t f = 0; f < hidden.size(); ++f)
            if (hidden[f]) {
                if (f < copy->values.size())
                    copy->values[f] = PrintArea::kUnknown;
                if (f < copy->klass.size())
                    copy->klass[f] = -1;
            }
        if (copy->style.kind == LayerStyle::Kind::Graduated)
            classifyGraduated(*copy);
    }
    if (labelled)
        for (std::size_t f = 0; f < hidden.size() && f < copy->labels.size(); ++f)
            if (hidden[f])
                copy->labels[f] = QStringLiteral("<%1").arg(threshold);
    return std::shared_ptr<const MapLayer>(copy);
}

} // namespace

int PrintJob::pageCount() const
{
    return atlasLayer ? coverPages + contentsPages + int(areas.size()) : 1;
}

PrintJob::PageKind PrintJob::pageKind(int index) const
{
    if (!atlasLayer)
        return PageKind::Single;
    if (index < coverPages)
        return PageKind::Cover;
    if (index < coverPages + contentsPages)
        return PageKind::Contents;
    return PageKind::Area;
}

const PrintArea *PrintJob::areaOfPage(int index) const
{
    const int i = index - coverPages - contentsPages;
    return atlasLayer && i >= 0 && i < int(areas.size()) ? &areas[std::size_t(i)] : nullptr;
}

std::optional<PrintOutput::Format> PrintOutput::formatOf(const QString &path)
{
    return formatNamed(QFileInfo(path).suffix());
}

std::optional<PrintOutput::Format> PrintOutput::formatNamed(const QString &name)
{
    const QString suffix = name.toLower();
    if (suffix == u"pdf")
        return Format::Pdf;
    if (suffix == u"png")
        return Format::Png;
    if (suffix == u"svg")
        return Format::Svg;
    return std::nullopt;
}
namespace {
// Step 1. The layout to print: the one given, the project's of that name, or a template; with
// the request's atlas overrides.
Result<Layout> chosenLayout(Database &db, const QString &projectPath, const PrintRequest &request)
{
    Layout layout;
    if (request.layout) {
        layout = *request.layout;
    } else {
        LayoutStore store(db);
        auto found = store.find(request.layoutName);
        if (!found)
            return std::unexpected(found.error());
        if (found->has_value()) {
            layout = **found;
        } else if (auto t = LayoutTemplates::byName(request.layoutName, true)) {
            layout = *t;
        } else {
            QStringList names;
            if (auto all = store.layouts())
                for (const Layout &l : *all)
                    names << l.name;
            names << LayoutTemplates::names();
            return fail(PrintText::tr("The project has no layout \"%1\".").arg(request.layoutName),
                        projectPath,
                        PrintText::tr("Layouts: %1.").arg(names.join(QStringLiteral(", "))));
        }
    }
    if (request.atlasLayer) {
        layout.atlas.enabled = !request.atlasLayer->isEmpty();
        layout.atlas.layer = *request.atlasLayer;
    }
    if (request.filter)
        layout.atlas.filter = *request.filter;
    if (request.topN)
        layout.atlas.topN = *request.topN;
    if (request.coverAndContents)
        layout.atlas.cover = layout.atlas.contents = *request.coverAndContents;
    return layout;
}

// Step 2. The atlas's layer: the one the layout names, else the first layer of areas; null when
// the layout is no atlas.
Result<std::shared_ptr<const MapLayer>>
atlasLayerOf(const std::vector<std::shared_ptr<MapLayer>> &loaded, Layout &layout,
             const QString &projectPath)
{
    std::shared_ptr<const MapLayer> atlas;
    if (layout.atlas.enabled) {
        if (layout.atlas.layer.isEmpty()) {
            for (const LayerRole role : {LayerRole::MuhtarDistrict, LayerRole::MigrantArea})
                for (const auto &l : loaded)
                    if (!atlas && l->role == role && l->geometry
                        && l->geometry->kind == LayerGeometry::Kind::Polygons)
                        atlas = l;
            if (!atlas)
                return fail(
                    PrintText::tr("An atlas needs a layer of areas, and the project has none."),
                    projectPath, PrintText::tr("Import the mahalle boundaries first."));
        } else {
            atlas = findLayer(loaded, layout.atlas.layer);
            if (!atlas || !atlas->geometry
                || atlas->geometry->kind != LayerGeometry::Kind::Polygons)
                return fail(
                    PrintText::tr("The project has no area layer \"%1\" to make an atlas of.")
                        .arg(layout.atlas.layer),
                    projectPath,
                    layerNames(loaded).isEmpty()
                        ? PrintText::tr("The project has no layer of areas yet: import the mahalle "
                                        "boundaries first.")
                        : PrintText::tr("Area layers: %1.").arg(layerNames(loaded)));
        }
        layout.atlas.layer = atlas->name;
    }
    return atlas;
}

// Hides small cells on the map: each area layer coloured or labelled by a sensitive field
// (and, on the atlas layer, the areas whose counts the pages hide).
Result<void> maskLayers(Database &db, PrintJob &job, const QSet<qint64> &hiddenAreas,
                        const QSet<QString> &sensitive)
{
    for (auto &layer : job.layers) {
        if (layer->role != LayerRole::MuhtarDistrict && layer->role != LayerRole::MigrantArea)
            continue;
        auto masked
            = maskedLayer(db, *layer, layer == job.atlasLayer ? hiddenAreas : QSet<qint64>(),
                          job.threshold, sensitive, &job.anyHidden);
        if (!masked)
            return std::unexpected(masked.error());
        if (*masked) {
            if (layer == job.atlasLayer)
                job.atlasLayer = *masked;
            layer = *masked;
        }
    }
    return {};
}

} // namespace

Result<PrintJob> Printer::prepare(Project &project, const PrintRequest &request)
{
    Database &db = project.db();
    PrintJob job;
    auto layout = chosenLayout(db, project.path(), request);
    if (!layout)
        return std::unexpected(layout.error());
    job.layout = std::move(*layout);
    const PrintWords w{job.layout.turkish};
    job.projectName = project.meta(QStringLiteral("name"));
    job.province = project.meta(QStringLiteral("province"));
    job.date = request.date.isValid() ? request.date : QDate::currentDate();
    job.personalData = request.personalData;
    job.naive = request.naive;
    job.threshold = Privacy::threshold(db);

    auto loaded = loadMapLayers(db);
    if (!loaded)
        return std::unexpected(loaded.error());
    auto atlasLayer = atlasLayerOf(*loaded, job.layout, project.path());
    if (!atlasLayer)
        return std::unexpected(atlasLayer.error());
    const std::shared_ptr<const MapLayer> atlas = *atlasLayer;
    for (const auto &l : *loaded)
        if (l->geometry && l->source.isEmpty() && (l->visible || l == atlas))
            job.layers.push_back(l);
    // The whole: the atlas layer, else the area layers, else everything drawn.
    for (const auto &l : job.layers)
        if (atlas ? l == atlas
                  : l->role == LayerRole::MuhtarDistrict || l->role == LayerRole::MigrantArea)
            job.fullExtent.expand(l->geometry->extent);
    if (job.fullExtent.isEmpty())
        for (const auto &l : job.layers)
            job.fullExtent.expand(l->geometry->extent);
    const QSet<QString> sensitive = Privacy::sensitiveVariables(db);
    if (!atlas) {
        if (auto ok = maskLayers(db, job, {}, sensitive); !ok)
            return std::unexpected(ok.error());
        if (auto ok = pageScope(db, job, request, w, project.path()); !ok)
            return std::unexpected(ok.error());
        std::vector<PrintArea> none;
        if (auto ok = prepareCharts(db, job, none, w); !ok)
            return std::unexpected(ok.error());
        return job;
    }
    job.atlasLayer = atlas;

    auto read = readAreas(db, *atlas, w, project.path());
    if (!read)
        return std::unexpected(read.error());
    std::vector<PrintArea> &areas = read->areas;
    auto chosen
        = selectPages(areas, read->havePressure, job.layout, request, *atlas, w, project.path());
    if (!chosen)
        return std::unexpected(chosen.error());
    job.selectionText = *chosen;
    if (auto ok = maskLayers(db, job, suppressCounts(job, areas, w), sensitive); !ok)
        return std::unexpected(ok.error());

    auto plan = readPlan(db);
    if (!plan)
        return std::unexpected(plan.error());
    for (PrintArea &a : areas)
        if (auto ok = fillPlan(db, *plan, a, job.personalData, w); !ok)
            return std::unexpected(ok.error());
    if (auto ok = prepareCharts(db, job, areas, w); !ok)
        return std::unexpected(ok.error());
    paginate(job, std::move(areas));
    return job;
}

QString Printer::safeFileName(const QString &name)
{
    QString out;
    for (const QChar c : name.normalized(QString::NormalizationForm_C)) {
        if (c.unicode() < 0x20 || QStringView(u"\\/:*?\"<>|").contains(c))
            out += u'_';
        else
            out += c;
    }
    out = out.simplified();
    if (out.size() > 100)
        out.truncate(100);
    while (out.endsWith(u'.') || out.endsWith(u' '))
        out.chop(1);
    static const QStringList reserved{QStringLiteral("CON"), QStringLiteral("PRN"),
                                      QStringLiteral("AUX"), QStringLiteral("NUL")};
    const QString stem = out.section(u'.', 0, 0).toUpper();
    if (reserved.contains(stem)
        || (stem.size() == 4 && (stem.startsWith(u"COM") || stem.startsWith(u"LPT"))
            && stem[3].isDigit()))
        out.prepend(u'_');
    return out.isEmpty() ? QStringLiteral("_") : out;
}

namespace {

// Draws `pages` of the job into `file`: one PDF with all of them, or one PNG or SVG page.
// `pageDone` is called after each page. The caller commits the file.
Result<void> writeFile(const PrintJob &job, const PrintOutput &output,
                       const std::vector<int> &pages, OutputFile &file,
                       const std::function<void()> &pageDone, const std::atomic_bool *cancel)
{
    if (auto opened = file.open(); !opened)
        return opened;
    auto cannotWrite = [&] {
        return fail(Printer::tr("Cannot write \"%1\".").arg(file.path()), file.path(),
                    Printer::tr("Check that the folder exists and is writable."));
    };
    auto cancelled = [&] {
        return cancel && cancel->load();
    };
    const QSizeF pageMm = job.layout.page.sizeMm();
    if (output.format == PrintOutput::Format::Pdf) {
        constexpr int kPdfDpi = 300;
        QPdfWriter writer(&file);
        writer.setResolution(kPdfDpi);
        writer.setPageSize(QPageSize(pageMm, QPageSize::Millimeter));
        writer.setPageMargins(QMarginsF(0, 0, 0, 0));
        writer.setTitle(job.layout.name);
        writer.setCreator(QStringLiteral("GEİSEP Workbench"));
        QPainter painter;
        if (!painter.begin(&writer))
            return cannotWrite();
        for (std::size_t k = 0; k < pages.size(); ++k) {
            // A full disk stops the print at once rather than after every page is drawn.
            if (cancelled() || file.failed())
                break;
            if (k > 0)
                writer.newPage();
            Printer::paintPage(painter, job, pages[k], kPdfDpi);
            pageDone();
        }
        painter.end(); // writes the rest of the PDF into the file
        if (cancelled())
            return fail(Printer::tr("Cancelled."));
        return {};
    }
    if (cancelled())
        return fail(Printer::tr("Cancelled."));
    const double dpi = std::clamp(output.dpi, 36, 1200);
    const QSize px(int(std::lround(pageMm.width() / 25.4 * dpi)),
                   int(std::lround(pageMm.height() / 25.4 * dpi)));
    if (output.format == PrintOutput::Format::Png) {
        QImage image(px, QImage::Format_RGB32);
        if (image.isNull())
            return fail(Printer::tr("A page of %1 × %2 pixels does not fit in memory.")
                            .arg(px.width())
                            .arg(px.height()),
                        file.path(), Printer::tr("Choose a lower resolution."));
        image.setDotsPerMeterX(int(std::lround(dpi / 0.0254)));
        image.setDotsPerMeterY(int(std::lround(dpi / 0.0254)));
        image.fill(Qt::white);
        {
            QPainter painter(&image);
            Printer::paintPage(painter, job, pages.front(), dpi);
        }
        if (!image.save(&file, "PNG") && !file.failed())
            return cannotWrite();
    } else {
        QSvgGenerator svg;
        svg.setOutputDevice(&file);
        svg.setSize(px);
        svg.setViewBox(QRect(QPoint(0, 0), px));
        svg.setResolution(int(dpi));
        svg.setTitle(job.layout.name);
        svg.setDescription(QStringLiteral("GEİSEP Workbench"));
        QPainter painter;
        if (!painter.begin(&svg))
            return cannotWrite();
        Printer::paintPage(painter, job, pages.front(), dpi);
        painter.end();
    }
    pageDone();
    return {};
}

} // namespace

Result<PrintOutcome> Printer::write(const PrintJob &job, const PrintOutput &output,
                                    const ProgressFn &progress, const std::atomic_bool *cancel)
{
    PrintOutcome outcome;
    outcome.anyHidden = job.anyHidden;
    const int pages = job.pageCount();
    QStringList written; // final names
    // The page indexes each file holds and its name.
    struct File
    {
        QString path;
        std::vector<int> pages;
    };
    std::vector<File> files;
    const QString suffix = output.format == PrintOutput::Format::Pdf   ? QStringLiteral("pdf")
                           : output.format == PrintOutput::Format::Png ? QStringLiteral("png")
                                                                       : QStringLiteral("svg");
    if (output.perArea && job.atlasLayer) {
        if (!QDir().mkpath(output.path))
            return fail(tr("Cannot make the folder \"%1\".").arg(output.path), output.path);
        QSet<QString> used;
        for (int i = 0; i < pages; ++i)
            if (const PrintArea *a = job.areaOfPage(i)) {
                QString base = safeFileName(a->label);
                for (int n = 2; used.contains(foldTurkish(base)); ++n)
                    base = safeFileName(a->label) + QStringLiteral(" (%1)").arg(n);
                used.insert(foldTurkish(base));
                files.push_back({QDir(output.path).filePath(base + u'.' + suffix), {i}});
            }
    } else if (output.format == PrintOutput::Format::Pdf || pages == 1) {
        File f{output.path, {}};
        for (int i = 0; i < pages; ++i)
            f.pages.push_back(i);
        files.push_back(f);
    } else {
        // Several pages to PNG or SVG: NAME-001.png, NAME-002.png, …
        const QFileInfo info(output.path);
        for (int i = 0; i < pages; ++i)
            files.push_back(
                {info.dir().filePath(
                     QStringLiteral("%1-%2.%3")
                         .arg(info.completeBaseName(),
                              QStringLiteral("%1").arg(i + 1, 3, 10, QLatin1Char('0')), suffix)),
                 {i}});
    }

    int done = 0;
    auto pageDone = [&] {
        ++done;
        if (progress)
            progress(done, pages);
    };
    // Every file is written whole first; only then do they replace what was there, so a
    // failure or a cancel half way leaves the earlier prints of these names untouched.
    std::vector<std::unique_ptr<OutputFile>> parts; // each discards its part unless committed
    for (const File &file : files) {
        auto out = std::make_unique<OutputFile>(file.path);
        auto ok = writeFile(job, output, file.pages, *out, pageDone, cancel);
        if (ok)
            ok = out->finish();
        if (!ok)
            return std::unexpected(ok.error());
        parts.push_back(std::move(out));
    }
    for (const auto &out : parts) {
        if (auto ok = out->commit(); !ok)
            return std::unexpected(ok.error()); // a rename within one folder: next to never
        written << out->path();
    }
    outcome.pages = done;
    outcome.files = written;
    return outcome;
}

} // namespace geisep
