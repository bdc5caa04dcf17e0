#include "app/screenshots.h"

#include "app/actionsoverview.h"
#include "app/analysisdialog.h"
#include "app/attributetablewindow.h"
#include "app/chartsdock.h"
#include "app/editingtools.h"
#include "app/featureform.h"
#include "app/figuresdialog.h"
#include "app/i18n.h"
#include "app/indicatorsdialog.h"
#include "app/layerfilterdialog.h"
#include "app/layoutdesigner.h"
#include "app/mainwindow.h"
#include "app/mapcanvas.h"
#include "app/planitemdialog.h"
#include "app/session.h"
#include "app/stakeholdersdialog.h"
#include "app/styledialog.h"
#include "core/plantreemodel.h"
#include "core/turkish.h"
#include "core/xlsx.h"
#include "gis/attributetable.h"
#include "gis/layerdata.h"

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

#include <cmath>
#include <memory>

namespace geisep::screenshots {

namespace {

PlanTreeModel *planModel(MainWindow &window)
{
    return qobject_cast<PlanTreeModel *>(window.planView()->model());
}

// Offsets from a point, in screen pixels: a block of streets and a second one beside it.
const QPointF kFirst[] = {{-150, -60}, {-40, -110}, {30, -20}, {-60, 50}, {-140, 20}};
const QPointF kSecond[] = {{60, 10}, {170, -30}, {210, 70}, {120, 120}};

void drawMigrantAreas(MainWindow &window, const QString &file)
{
    EditingTools *editing = window.editingTools();
    MapCanvas *canvas = window.canvas();
    editing->newLayerAction()->trigger();
    if (auto *dialog = qobject_cast<QDialog *>(editing->layerDialog()))
        dialog->accept();
    QApplication::processEvents();
    auto stmt = window.session()->project().db().prepare(
        "SELECT layer_id, fid FROM geisep_areas WHERE name_folded LIKE 'karagoz%' LIMIT 1");
    if (stmt && stmt->step().value_or(false))
        if (const auto layer = canvas->layer(stmt->int64(0)))
            if (const auto f = layer->geometry->indexOfFid(stmt->int64(1))) {
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
    const QPixmap picture = form ? withDialog(window, *form, QPoint(295, 95)) : window.grab();
    QApplication::exit(picture.save(file) ? 0 : 1);
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

void take(MainWindow &window, const QString &part, const QString &file)
{
    QTimer::singleShot(300, &window, [&window, file, part] {
        window.canvas()->waitForFrame(20000);
        QWidget *shot = &window;
        std::unique_ptr<QDialog> dialog;
        if (part == u"style" && window.session()) {
            // The first area layer's style, as a planner opens it from the layers panel.
            for (const auto &layer : window.canvas()->layers())
                if (isAreaRole(layer->role)) {
                    dialog = std::make_unique<StyleDialog>(window.session()->project().db(), *layer,
                                                           &window);
                    break;
                }
        }
        if (part == u"filter" && window.session()) {
            // The mahalle's filter, written with the district picked from its values.
            for (const LayerInfo &layer : window.session()->project().layers())
                if (isAreaRole(layer.role)) {
                    auto filter = std::make_unique<LayerFilterDialog>(
                        window.session()->project().db(), layer, &window);
                    filter->setFilter(QStringLiteral("ilçe = Şehitkamil AND nüfus >= 5000"));
                    if (auto *fields = filter->findChild<QListWidget *>())
                        for (int i = 0; i < fields->count(); ++i)
                            if (fields->item(i)->text() == u"District"
                                || fields->item(i)->text() == u"İlçe")
                                fields->setCurrentRow(i);
                    dialog = std::move(filter);
                    break;
                }
        }
        if (part == u"figures-xlsx" && window.session()) {
            // Katman ▸ Alan verileri with an Excel workbook: a notes sheet first, the counts on
            // the second, chosen in the Sayfa list and matched.
            const QString book = QDir::temp().filePath(QStringLiteral("mahalle-nufus-2024.xlsx"));
            SheetTable notes{QStringLiteral("Açıklama"),
                             {{QStringLiteral("Açıklama"), SheetTable::Column::Kind::Text, 0}},
                             {{QStringLiteral("İl göç idaresi, Kasım 2024")}},
                             {}};
            SheetTable counts{
                QStringLiteral("Mahalle nüfusu 2024"),
                {{QStringLiteral("İl"), SheetTable::Column::Kind::Text, 0},
                 {QStringLiteral("İlçe"), SheetTable::Column::Kind::Text, 0},
                 {QStringLiteral("Mahalle"), SheetTable::Column::Kind::Text, 0},
                 {QStringLiteral("Nüfus 2024"), SheetTable::Column::Kind::Integer, 0},
                 {QStringLiteral("Göçmen 2024"), SheetTable::Column::Kind::Integer, 0}},
                {},
                {}};
            auto rows = window.session()->project().db().prepare(
                "SELECT a.province, a.district, a.name, f.value FROM geisep_areas a JOIN "
                "geisep_area_figures f ON f.area_id = a.id AND f.variable = 'population' "
                "ORDER BY f.period DESC, a.name LIMIT 120");
            if (rows)
                (void)rows->forEachRow([&] {
                    // Names as a survey writes them: upper case, "MAHALLESİ" spelt out.
                    QString name = turkishUpper(rows->text(2));
                    name.replace(QStringLiteral(" MH."), QStringLiteral(" MAHALLESİ"));
                    name.replace(QStringLiteral(" MAH."), QStringLiteral(" MAHALLESİ"));
                    const double people = std::round(rows->real(3) * 1.021);
                    counts.rows.append(
                        {rows->text(0), rows->text(1), name, people, std::round(people * 0.14)});
                });
            // One misspelt and one the project does not know: what the review shows.
            if (counts.rows.size() > 2) {
                counts.rows[0][2] = counts.rows[0][2].toString().replace(2, 1, QString());
                counts.rows[1][2] = QStringLiteral("YENİ YERLEŞİM MAHALLESİ");
            }
            if (XlsxWriter::write(book, {notes, counts})) {
                auto figures
                    = std::make_unique<FiguresDialog>(window.session()->project(), &window);
                figures->setCsv(book);
                figures->setSheet(counts.name);
                if (auto *year = figures->findChild<QSpinBox *>())
                    year->setValue(2024);
                figures->match();
                figures->resize(980, 720);
                dialog = std::move(figures);
            }
        }
        if ((part == u"plan" || part == u"action") && window.session()) {
            // The sample's first action: its areas on the map, one of them inspected.
            auto actions = window.session()->plan().actions();
            if (actions && !actions->isEmpty()) {
                const qint64 id = actions->front().id;
                window.planView()->setCurrentIndex(
                    planModel(window)->find(PlanTreeModel::Kind::Action, id));
                if (window.showItemAreas(PlanKind::Action, id) > 0) {
                    window.canvas()->zoomToExtent(window.canvas()->selectionExtent());
                    const auto layer = window.canvas()->layer(window.canvas()->selectionLayer());
                    window.identifyFeature(
                        layer->id, layer->geometry->fids[*window.canvas()->selection().begin()]);
                    window.canvas()->waitForFrame(20000);
                }
                if (part == u"action")
                    dialog = std::make_unique<PlanItemDialog>(
                        window.session()->project().db(),
                        window.session()->plan().item(PlanKind::Action, id).value_or(PlanItem{}),
                        &window);
            }
        }
        if (window.session()) {
            PlanStore &plan = window.session()->plan();
            if (part == u"indicators") {
                // The sample objective's indicator with its grid and badges.
                const auto indicators = plan.indicators().value_or(QList<Indicator>{});
                if (!indicators.isEmpty()) {
                    auto d = std::make_unique<IndicatorsDialog>(
                        window.session(), indicators.front().ownerKind, indicators.front().ownerId,
                        &window);
                    d->selectIndicator(indicators.front().id);
                    dialog = std::move(d);
                }
            } else if (part == u"stakeholders") {
                dialog = std::make_unique<StakeholdersDialog>(window.session(), &window);
            } else if (part == u"overview") {
                dialog = std::make_unique<ActionsOverviewDialog>(window.session(),
                                                                 i18n::current() != u"tr", &window);
            } else if (part == u"coverage" || part == u"pressure" || part == u"projection"
                       || part == u"coverage-map" || part == u"pressure-map") {
                // Runs on the project given (setup.sh passes a copy of the sample).
                const bool map = part.endsWith(u"-map");
                const AnalysisDialog::Kind kind
                    = part.startsWith(u"coverage")   ? AnalysisDialog::Kind::Coverage
                      : part.startsWith(u"pressure") ? AnalysisDialog::Kind::Pressure
                                                     : AnalysisDialog::Kind::Projection;
                if (kind == AnalysisDialog::Kind::Pressure) {
                    // Pressure weighs the coverage deficit: a coverage run first.
                    std::unique_ptr<AnalysisDialog> coverage(
                        window.makeAnalysisDialog(AnalysisDialog::Kind::Coverage));
                    coverage->findChild<QCheckBox *>(QStringLiteral("gaps"))->setChecked(false);
                    coverage->run();
                }
                std::unique_ptr<AnalysisDialog> d(window.makeAnalysisDialog(kind));
                if (kind == AnalysisDialog::Kind::Projection)
                    d->setHorizon(2030);
                d->run();
                if (map) {
                    // Central Şahinbey, the inspector on one mahalle.
                    if (const auto layer = window.canvas()->layer(window.planViewLayer())) {
                        const LayerGeometry &g = *layer->geometry;
                        auto stmt = window.session()->project().db().prepare(
                            "SELECT fid FROM geisep_areas WHERE layer_id = ? AND name_folded "
                            "LIKE 'karagoz%'");
                        stmt->bind(1, layer->id);
                        if (stmt->step().value_or(false)) {
                            const qint64 fid = stmt->int64(0);
                            const auto f = g.indexOfFid(fid);
                            Envelope box = g.boxes[*f];
                            const double pad = 3500;
                            window.canvas()->zoomToExtent(Envelope{box.minX - pad, box.minY - pad,
                                                                   box.maxX + pad, box.maxY + pad});
                            window.identifyFeature(layer->id, fid);
                        }
                    }
                    window.canvas()->waitForFrame(20000);
                } else {
                    dialog = std::move(d);
                }
            } else if (part == u"layout") {
                // The sample's fact sheet on Şahintepe (goals and an indicator linked), its map
                // chosen.
                if (LayoutDesigner *designer = window.showLayoutDesigner()) {
                    designer->resize(1280, 820);
                    designer->selectLayout(QStringLiteral("Mahalle bilgi kartı"));
                    designer->setPreviewArea(QStringLiteral("Şahintepe Mh."));
                    designer->selectItem(QStringLiteral("map"));
                    QApplication::processEvents();
                    const bool ok = designer->grab().save(file);
                    QApplication::exit(ok ? 0 : 1);
                    return;
                }
            } else if (part == u"designer" || part == u"print-preview") {
                // The designer as it opens; a print preview of an atlas's first area pages.
                if (LayoutDesigner *designer = window.showLayoutDesigner()) {
                    designer->resize(1280, 820);
                    QApplication::processEvents();
                    QWidget *target = designer;
                    if (part == u"print-preview") {
                        designer->selectLayout(QStringLiteral("Mahalle bilgi kartı"));
                        target = designer->printPreview(3, 4);
                    } else {
                        (void)designer->preview(); // as it shows 120 ms after opening
                    }
                    QApplication::processEvents();
                    const bool ok = target && target->grab().save(file);
                    QApplication::exit(ok ? 0 : 1);
                    return;
                }
            } else if (part == u"unplanned" || part == u"goals") {
                if (part == u"unplanned")
                    window.showUnplannedView(15);
                else
                    window.showPlanGoalsView(QStringLiteral("EDU_HEALTH"));
                if (const auto layer = window.canvas()->layer(window.planViewLayer()))
                    window.canvas()->zoomToExtent(layer->geometry->extent);
                window.canvas()->waitForFrame(20000);
            }
        }
        if (part == u"draw" && window.session()) {
            // A migrant settlement drawn in Karagöz: a new layer, one area stored, a second
            // finished with its attribute form open over the map.
            drawMigrantAreas(window, file);
            return;
        }
        if ((part == u"charts" || part == u"chart-trend" || part == u"chart-pressure")
            && window.session()) {
            // Görünüm ▸ Grafikler, widened: the migrants' share by district, or the sample's
            // indicator over the years.
            window.chartsDock()->show();
            window.chartsDock()->raise();
            window.resizeDocks({window.chartsDock()}, {520}, Qt::Horizontal);
            window.charts()->setKind(part == u"charts"        ? ChartsPanel::Kind::MigrantShare
                                     : part == u"chart-trend" ? ChartsPanel::Kind::IndicatorTrend
                                                              : ChartsPanel::Kind::Pressure);
            QApplication::processEvents();
        }
        if (part == u"attributes" && window.session()) {
            // The mahalle's attribute table sorted by population, ten areas selected.
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
                    shot = table;
                    break;
                }
        }
        if (dialog) {
            dialog->show();
            QApplication::processEvents();
            shot = dialog.get();
        }
        const bool ok = shot->grab().save(file);
        QApplication::exit(ok ? 0 : 1);
    });
}

} // namespace geisep::screenshots
