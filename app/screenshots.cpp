#include "app/screenshots.h"

#include "app/analysis/analysisdialog.h"
#include "app/analysis/chartsdock.h"
#include "app/edit/attributetablewindow.h"
#include "app/edit/editingtools.h"
#include "app/edit/featureform.h"
#include "app/i18n.h"
#include "app/layers/figuresdialog.h"
#include "app/layers/layerfilterdialog.h"
#include "app/layers/styledialog.h"
#include "app/mainwindow.h"
#include "app/map/mapcanvas.h"
#include "app/plan/actionsoverview.h"
#include "app/plan/indicatorsdialog.h"
#include "app/plan/planitemdialog.h"
#include "app/plan/stakeholdersdialog.h"
#include "app/print/layoutdesigner.h"
#include "app/session.h"
#include "app/share/sharedialog.h"
#include "core/areasearch.h"
#include "core/plan/plantreemodel.h"
#include "core/text/turkish.h"
#include "core/text/xlsx.h"
#include "gis/analysis/areasummary.h"
#include "gis/edit/attributetable.h"
#include "gis/map/layerdata.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QDir>
#include <QDockWidget>
#include <QKeyEvent>
#include <QListWidget>
#include <QMouseEvent>
#include <QPainter>
#include <QPrintPreviewDialog>
#include <QSpinBox>
#include <QTableView>
#include <QTimer>
#include <QTreeView>

#include <algorithm>
#include <cmath>
#include <memory>
#include <optional>

namespace geisep::screenshots {

namespace {

PlanTreeModel *planModel(MainWindow &window)
{
    return qobject_cast<PlanTreeModel *>(window.planView()->model());
}

// Karagöz Mahallesi of the sample, where the pictures of a neighbourhood are taken: in a given
// layer, or in any when `layerId` is 0.
std::optional<AreaMatch> findKaragoz(MainWindow &window, qint64 layerId)
{
    const auto found = searchAreas(window.session()->project().db(), QStringLiteral("karagöz"), 20);
    for (const AreaMatch &match : found.value_or(std::vector<AreaMatch>{}))
        if (!match.isDistrict && (layerId == 0 || match.layerId == layerId))
            return match;
    return std::nullopt;
}

// Offsets from a point, in screen pixels: a block of streets and a second one beside it.
const QPointF kFirst[] = {{-150, -60}, {-40, -110}, {30, -20}, {-60, 50}, {-140, 20}};
const QPointF kSecond[] = {{60, 10}, {170, -30}, {210, 70}, {120, 120}};

QPixmap drawMigrantAreas(MainWindow &window)
{
    EditingTools *editing = window.editingTools();
    MapCanvas *canvas = window.canvas();
    editing->newLayerAction()->trigger();
    if (auto *dialog = qobject_cast<QDialog *>(editing->layerDialog()))
        dialog->accept();
    QApplication::processEvents();
    if (const auto karagoz = findKaragoz(window, 0))
        if (const auto layer = canvas->layer(karagoz->layerId))
            if (const auto f = layer->geometry->indexOfFid(karagoz->fid)) {
                const QPointF p = interiorPoint(*layer->geometry, *f);
                canvas->zoomToExtent(Envelope{p.x() - 500, p.y() - 350, p.x() + 500, p.y() + 350});
            }
    const Viewport &viewport = canvas->viewport();
    const QPointF centre(viewport.size().width() / 2.0, viewport.size().height() / 2.0);
    editing->drawAction()->trigger();
    QPolygonF first;
    for (const QPointF &d : kFirst)
        first << viewport.toMap(centre + d);
    editing->shapeDrawn(first);
    if (FeatureFormDialog *form = editing->form()) {
        form->setText(QStringLiteral("name"), QStringLiteral("Karagöz konteyner kent"));
        form->setText(QStringLiteral("households"), QStringLiteral("240"));
        form->accept();
    }
    QApplication::processEvents();
    auto send
        = [&](QEvent::Type type, QPointF at, Qt::MouseButton button, Qt::MouseButtons buttons) {
              QMouseEvent event(type, at, canvas->mapToGlobal(at), button, buttons, Qt::NoModifier);
              QCoreApplication::sendEvent(canvas, &event);
          };
    for (const QPointF &d : kSecond) {
        send(QEvent::MouseButtonPress, centre + d, Qt::LeftButton, Qt::LeftButton);
        send(QEvent::MouseButtonRelease, centre + d, Qt::LeftButton, Qt::NoButton);
    }
    QKeyEvent enter(QEvent::KeyPress, Qt::Key_Return, Qt::NoModifier);
    QCoreApplication::sendEvent(canvas, &enter);
    canvas->waitForFrame(20000);
    FeatureFormDialog *form = editing->form();
    if (form) {
        form->setText(QStringLiteral("name"), QStringLiteral("Düztepe çadır alanı"));
        form->setText(QStringLiteral("households"), QStringLiteral("85"));
        form->setText(QStringLiteral("persons"), QStringLiteral("410"));
        form->setText(QStringLiteral("source"), QStringLiteral("Muhtarla saha taraması"));
        form->setText(QStringLiteral("survey_date"), QStringLiteral("14.11.2026"));
        form->adjustSize();
    }
    QApplication::processEvents();
    // The form is a window of its own: drawn over the map where it opens, at the right.
    return form ? withDialog(window, *form, QPoint(295, 95)) : window.grab();
}

} // namespace

QPixmap withDialog(QWidget &window, QWidget &dialog, QPoint inset)
{
    QPixmap picture = window.grab();
    QPainter painter(&picture);
    const QPoint at(picture.width() - dialog.width() - inset.x(), inset.y());
    const int titleHeight = dialog.fontMetrics().height() + 10;
    const QRect title(at.x(), at.y() - titleHeight, dialog.width(), titleHeight);
    painter.fillRect(QRect(title.topLeft(), QSize(dialog.width(), titleHeight + dialog.height()))
                         .adjusted(-1, -1, 1, 1),
                     QColor(0, 0, 0, 90));
    painter.fillRect(title, QColor(0xe8, 0xea, 0xed));
    painter.setPen(QColor(0x20, 0x20, 0x20));
    painter.setFont(dialog.font());
    painter.drawText(title.adjusted(10, 0, -10, 0), Qt::AlignVCenter | Qt::AlignLeft,
                     dialog.windowTitle());
    painter.drawPixmap(at, dialog.grab());
    return picture;
}

namespace {

// What a part leaves to be saved: a dialog kept alive until it is grabbed, another widget, or a
// picture already composed; none of them: the window.
struct Shot
{
    std::unique_ptr<QDialog> dialog;
    QWidget *widget = nullptr;
    QPixmap picture;
};

Shot styleDialog(MainWindow &window)
{
    // The first area layer's style, as a planner opens it from the layers panel.
    Shot shot;
    for (const auto &layer : window.canvas()->layers())
        if (isAreaRole(layer->role)) {
            shot.dialog = std::make_unique<StyleDialog>(window.session(), *layer, &window);
            break;
        }
    return shot;
}

Shot filterDialog(MainWindow &window)
{
    // The mahalle's filter, written with the district picked from its values.
    Shot shot;
    for (const LayerInfo &layer : window.session()->project().layers())
        if (isAreaRole(layer.role)) {
            auto filter = std::make_unique<LayerFilterDialog>(window.session(), layer, &window);
            filter->setFilter(QStringLiteral("ilçe = Şehitkamil AND nüfus >= 5000"));
            if (auto *fields = filter->findChild<QListWidget *>())
                for (int i = 0; i < fields->count(); ++i)
                    if (fields->item(i)->text() == u"District"
                        || fields->item(i)->text() == u"İlçe")
                        fields->setCurrentRow(i);
            shot.dialog = std::move(filter);
            break;
        }
    return shot;
}

// The population figures of the first area layer as a survey's rows: province, district, name,
// period and count, newest period first, then by name.
struct SurveyRow
{
    QString province, district, name;
    int period = 0;
    double people = 0;
};

QList<SurveyRow> populationRows(MainWindow &window, int limit)
{
    QList<SurveyRow> rows;
    Database &db = window.session()->project().db();
    for (const auto &layer : window.canvas()->layers()) {
        if (!isAreaRole(layer->role))
            continue;
        for (const qint64 fid : layer->geometry->fids) {
            const auto area = AreaSummary::read(db, layer->id, fid);
            if (!area || !*area)
                continue;
            for (const AreaSummary::Figure &figure : (*area)->figures)
                if (figure.variable == u"population")
                    rows.append({(*area)->province, (*area)->district, (*area)->name, figure.period,
                                 figure.value});
        }
        break;
    }
    std::stable_sort(rows.begin(), rows.end(), [](const SurveyRow &a, const SurveyRow &b) {
        return a.period != b.period ? a.period > b.period : a.name < b.name;
    });
    return rows.mid(0, limit);
}

Shot figuresFromExcel(MainWindow &window)
{
    // Katman ▸ Alan verileri with an Excel workbook: a notes sheet first, the counts on the
    // second, chosen in the Sayfa list and matched.
    Shot shot;
    const QString book = QDir::temp().filePath(QStringLiteral("mahalle-nufus-2024.xlsx"));
    SheetTable notes{QStringLiteral("Açıklama"),
                     {{QStringLiteral("Açıklama"), SheetTable::Column::Kind::Text, 0}},
                     {{QStringLiteral("İl göç idaresi, Kasım 2024")}},
                     {}};
    SheetTable counts{QStringLiteral("Mahalle nüfusu 2024"),
                      {{QStringLiteral("İl"), SheetTable::Column::Kind::Text, 0},
                       {QStringLiteral("İlçe"), SheetTable::Column::Kind::Text, 0},
                       {QStringLiteral("Mahalle"), SheetTable::Column::Kind::Text, 0},
                       {QStringLiteral("Nüfus 2024"), SheetTable::Column::Kind::Integer, 0},
                       {QStringLiteral("Göçmen 2024"), SheetTable::Column::Kind::Integer, 0}},
                      {},
                      {}};
    for (const SurveyRow &row : populationRows(window, 120)) {
        // Names as a survey writes them: upper case, "MAHALLESİ" spelt out.
        QString name = turkishUpper(row.name);
        name.replace(QStringLiteral(" MH."), QStringLiteral(" MAHALLESİ"));
        name.replace(QStringLiteral(" MAH."), QStringLiteral(" MAHALLESİ"));
        const double people = std::round(row.people * 1.021);
        counts.rows.append({row.province, row.district, name, people, std::round(people * 0.14)});
    }
    // One misspelt and one the project does not know: what the review shows.
    if (counts.rows.size() > 2) {
        counts.rows[0][2] = counts.rows[0][2].toString().replace(2, 1, QString());
        counts.rows[1][2] = QStringLiteral("YENİ YERLEŞİM MAHALLESİ");
    }
    if (XlsxWriter::write(book, {notes, counts})) {
        auto figures = std::make_unique<FiguresDialog>(window.session(), &window);
        figures->setCsv(book);
        figures->setSheet(counts.name);
        if (auto *year = figures->findChild<QSpinBox *>())
            year->setValue(2024);
        figures->match();
        figures->resize(980, 720);
        shot.dialog = std::move(figures);
    }
    return shot;
}

Shot planOnMap(MainWindow &window, bool withAction)
{
    // The sample's first action: its areas on the map, one of them inspected.
    Shot shot;
    auto actions = window.session()->plan().actions();
    if (!actions || actions->isEmpty())
        return shot;
    const qint64 id = actions->front().id;
    window.planView()->setCurrentIndex(planModel(window)->find(PlanTreeModel::Kind::Action, id));
    if (window.showItemAreas(PlanKind::Action, id) > 0) {
        window.canvas()->zoomToExtent(window.canvas()->selectionExtent());
        const auto layer = window.canvas()->layer(window.canvas()->selectionLayer());
        window.identifyFeature(layer->id,
                               layer->geometry->fids[*window.canvas()->selection().begin()]);
        window.canvas()->waitForFrame(20000);
    }
    if (withAction)
        shot.dialog = std::make_unique<PlanItemDialog>(
            window.session()->plan().stakeholders().value_or(QList<Stakeholder>()),
            window.session()->plan().item(PlanKind::Action, id).value_or(PlanItem{}), &window);
    return shot;
}

Shot indicators(MainWindow &window)
{
    // The sample objective's indicator with its grid and badges.
    Shot shot;
    const auto all = window.session()->plan().indicators().value_or(QList<Indicator>{});
    if (!all.isEmpty()) {
        auto d = std::make_unique<IndicatorsDialog>(window.session(), all.front().ownerKind,
                                                    all.front().ownerId, &window);
        d->selectIndicator(all.front().id);
        shot.dialog = std::move(d);
    }
    return shot;
}

Shot analysis(MainWindow &window, const QString &part)
{
    // Runs on the project given (setup.sh passes a copy of the sample).
    Shot shot;
    const AnalysisDialog::Kind kind = part.startsWith(u"coverage") ? AnalysisDialog::Kind::Coverage
                                      : part.startsWith(u"pressure")
                                          ? AnalysisDialog::Kind::Pressure
                                          : AnalysisDialog::Kind::Projection;
    if (kind == AnalysisDialog::Kind::Pressure) {
        // Pressure weighs the coverage deficit: a coverage run first.
        std::unique_ptr<AnalysisDialog> coverage(
            window.makeAnalysisDialog(AnalysisDialog::Kind::Coverage));
        coverage->show();
        coverage->findChild<QCheckBox *>(QStringLiteral("gaps"))->setChecked(false);
        coverage->run();
    }
    std::unique_ptr<AnalysisDialog> d(window.makeAnalysisDialog(kind));
    if (kind == AnalysisDialog::Kind::Projection)
        d->setHorizon(2030);
    d->run();
    if (!part.endsWith(u"-map")) {
        shot.dialog = std::move(d);
        return shot;
    }
    // Central Şahinbey, the inspector on one mahalle.
    if (const auto layer = window.canvas()->layer(window.planViewLayer()))
        if (const auto karagoz = findKaragoz(window, layer->id))
            if (const auto f = layer->geometry->indexOfFid(karagoz->fid)) {
                const Envelope box = layer->geometry->boxes[*f];
                const double pad = 3500;
                window.canvas()->zoomToExtent(
                    Envelope{box.minX - pad, box.minY - pad, box.maxX + pad, box.maxY + pad});
                window.identifyFeature(layer->id, karagoz->fid);
            }
    window.canvas()->waitForFrame(20000);
    return shot;
}

Shot designer(MainWindow &window, const QString &part)
{
    // layout: the sample's fact sheet on Şahintepe (goals and an indicator linked), its map
    // chosen; designer: as it opens; print-preview: an atlas's first area pages.
    Shot shot;
    LayoutDesigner *designer = window.showLayoutDesigner();
    if (!designer)
        return shot;
    designer->resize(1280, 820);
    shot.widget = designer;
    if (part == u"layout") {
        designer->selectLayout(QStringLiteral("Mahalle bilgi kartı"));
        designer->setPreviewArea(QStringLiteral("Şahintepe Mh."));
        designer->selectItem(QStringLiteral("map"));
    } else if (part == u"print-preview") {
        QApplication::processEvents();
        designer->selectLayout(QStringLiteral("Mahalle bilgi kartı"));
        shot.widget = designer->printPreview(3, 4);
    } else {
        QApplication::processEvents();
        (void)designer->preview(); // as it shows 120 ms after opening
    }
    QApplication::processEvents();
    return shot;
}

Shot planView(MainWindow &window, const QString &part)
{
    if (part == u"unplanned")
        window.showUnplannedView(15);
    else
        window.showPlanGoalsView(QStringLiteral("EDU_HEALTH"));
    if (const auto layer = window.canvas()->layer(window.planViewLayer()))
        window.canvas()->zoomToExtent(layer->geometry->extent);
    window.canvas()->waitForFrame(20000);
    return {};
}

Shot charts(MainWindow &window, const QString &part)
{
    // Görünüm ▸ Grafikler, widened: the migrants' share by district, the sample's indicator
    // over the years, or the areas of highest pressure.
    window.chartsDock()->show();
    window.chartsDock()->raise();
    window.resizeDocks({window.chartsDock()}, {520}, Qt::Horizontal);
    window.charts()->setKind(part == u"charts"        ? ChartsPanel::Kind::MigrantShare
                             : part == u"chart-trend" ? ChartsPanel::Kind::IndicatorTrend
                                                      : ChartsPanel::Kind::Pressure);
    QApplication::processEvents();
    return {};
}

Shot attributes(MainWindow &window)
{
    // The mahalle's attribute table sorted by population, ten areas selected.
    Shot shot;
    for (const auto &layer : window.canvas()->layers())
        if (isAreaRole(layer->role)) {
            AttributeTableWindow *table = window.openAttributeTable(layer->id);
            for (int c = 0; c < table->model()->columnCount(); ++c)
                if (table->model()->columnKey(c).startsWith(u"figure.population"))
                    table->view()->sortByColumn(c, Qt::DescendingOrder);
            window.canvas()->setSelectionLayer(layer->id);
            std::set<std::size_t> top;
            for (int r = 0; r < 10; ++r)
                if (const auto f = layer->geometry->indexOfFid(table->model()->fidAt(r)))
                    top.insert(*f);
            window.canvas()->setSelection(top);
            QApplication::processEvents();
            shot.widget = table;
            break;
        }
    return shot;
}

Shot drawMigrantAreasShot(MainWindow &window)
{
    // A migrant settlement drawn in Karagöz: a new layer, one area stored, a second finished
    // with its attribute form open over the map.
    Shot shot;
    shot.picture = drawMigrantAreas(window);
    return shot;
}

// The part named on the command line; the window alone when it names none or needs a project
// that is not open.
Shot part(MainWindow &window, const QString &name)
{
    if (!window.session())
        return {};
    if (name == u"style")
        return styleDialog(window);
    if (name == u"filter")
        return filterDialog(window);
    if (name == u"figures-xlsx")
        return figuresFromExcel(window);
    if (name == u"plan" || name == u"action")
        return planOnMap(window, name == u"action");
    if (name == u"indicators")
        return indicators(window);
    if (name == u"stakeholders") {
        Shot shot;
        shot.dialog = std::make_unique<StakeholdersDialog>(window.session(), &window);
        return shot;
    }
    if (name == u"overview") {
        Shot shot;
        shot.dialog = std::make_unique<ActionsOverviewDialog>(window.session(),
                                                              i18n::current() != u"tr", &window);
        return shot;
    }
    if (name == u"coverage" || name == u"pressure" || name == u"projection"
        || name == u"coverage-map" || name == u"pressure-map")
        return analysis(window, name);
    if (name == u"layout" || name == u"designer" || name == u"print-preview")
        return designer(window, name);
    if (name == u"unplanned" || name == u"goals")
        return planView(window, name);
    if (name == u"draw")
        return drawMigrantAreasShot(window);
    if (name == u"charts" || name == u"chart-trend" || name == u"chart-pressure")
        return charts(window, name);
    if (name == u"attributes")
        return attributes(window);
    if (name == u"share") {
        Shot shot;
        shot.dialog = std::make_unique<ShareDialog>(window.session(), &window);
        return shot;
    }
    return {};
}

} // namespace

void take(MainWindow &window, const QString &part, const QString &file)
{
    QTimer::singleShot(300, &window, [&window, file, part] {
        window.canvas()->waitForFrame(20000);
        Shot shot = screenshots::part(window, part);
        QPixmap picture = shot.picture;
        if (picture.isNull()) {
            QWidget *widget = shot.widget ? shot.widget : &window;
            if (shot.dialog) {
                shot.dialog->show();
                QApplication::processEvents();
                widget = shot.dialog.get();
            }
            picture = widget ? widget->grab() : QPixmap();
        }
        QApplication::exit(!picture.isNull() && picture.save(file) ? 0 : 1);
    });
}

} // namespace geisep::screenshots
