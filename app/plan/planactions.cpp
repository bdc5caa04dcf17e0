// The plan dock and the Plan menu: the plan's tree, its edits, links to areas and map views.
#include "app/plan/planactions.h"

#include "app/commands.h"
#include "app/i18n.h"
#include "app/map/areainspector.h"
#include "app/map/mapcanvas.h"
#include "app/messages.h"
#include "app/plan/actionsoverview.h"
#include "app/plan/indicatorsdialog.h"
#include "app/plan/linkareasdialog.h"
#include "app/plan/planitemdialog.h"
#include "app/plan/stakeholdersdialog.h"
#include "app/roomyrows.h"
#include "app/session.h"
#include "core/plan/plantreemodel.h"
#include "core/plan/planviews.h"
#include "gis/analysis/areasummary.h"
#include "gis/map/maplayer.h"

#include <QAction>
#include <QDockWidget>
#include <QInputDialog>
#include <QLocale>
#include <QMainWindow>
#include <QMenu>
#include <QStatusBar>
#include <QToolBar>
#include <QTreeView>
#include <QUndoStack>
#include <QVBoxLayout>

#include <set>

namespace geisep {

PlanActions::PlanActions(QMainWindow *window, MapCanvas *canvas, AreaInspector *inspector)
    : QObject(window)
    , m_window(window)
    , m_canvas(canvas)
    , m_inspector(inspector)
    , m_model(new PlanTreeModel(this))
{
    createActions();
    createDock();
}

void PlanActions::createActions()
{
    auto planAction = [this](const char *name, const char *icon, auto slot) {
        // The window's child, so that messages find it by name (Error::action).
        auto *action = new QAction(m_window);
        action->setObjectName(QString::fromLatin1(name));
        if (icon)
            action->setIcon(QIcon(QStringLiteral(":/icons/%1.svg").arg(QString::fromLatin1(icon))));
        connect(action, &QAction::triggered, this, slot);
        return action;
    };
    m_addAction = planAction("addPlanItemAction", "plan-add", [this] { addItemDialog(); });
    m_addAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N));
    m_editAction = planAction("editPlanItemAction", "plan-edit", [this] { editItemDialog(); });
    m_deleteAction = planAction("deletePlanItemAction", "plan-delete", [this] {
        const auto [kind, id] = currentItem();
        removeItem(kind, id);
    });
    m_moveUpAction = planAction("movePlanUpAction", "plan-up", [this] { moveItem(-1); });
    m_moveDownAction = planAction("movePlanDownAction", "plan-down", [this] { moveItem(+1); });
    m_linkAction = planAction("linkAction", "plan-link", [this] { linkDialog(); });
    m_showAreasAction = planAction("showAreasAction", "map-zoom-selection", [this] {
        const auto [kind, id] = currentItem();
        if (showItemAreas(kind, id) > 0)
            m_canvas->zoomToExtent(m_canvas->selectionExtent());
    });
    m_indicatorsAction = planAction("indicatorsAction", nullptr, [this] {
        const auto [kind, id] = currentItem();
        if (!m_session || id <= 0)
            return;
        IndicatorsDialog dialog(m_session, kind, id, m_window);
        dialog.exec();
    });
    m_stakeholdersAction = planAction("stakeholdersAction", nullptr, [this] {
        if (!m_session)
            return;
        StakeholdersDialog dialog(m_session, m_window);
        dialog.exec();
        refresh(); // the inspector shows muhtar
    });
    m_actionsOverviewAction
        = planAction("actionsOverviewAction", nullptr, [this] { showActionsOverview(); });
    m_goalsViewAction = planAction("goalsViewAction", nullptr, [this] { goalsViewDialog(); });
    m_unplannedViewAction
        = planAction("unplannedViewAction", nullptr, [this] { unplannedViewDialog(); });
}

void PlanActions::createDock()
{
    m_view = new QTreeView(m_window);
    m_view->setObjectName(QStringLiteral("planView"));
    m_view->setModel(m_model);
    m_view->setHeaderHidden(true);
    m_view->setWordWrap(true);
    useRoomyRows(m_view);
    m_view->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_view->addActions({m_addAction, m_editAction, m_deleteAction, m_moveUpAction, m_moveDownAction,
                        m_linkAction, m_showAreasAction, m_indicatorsAction});
    // Areas selected on the map can be dragged onto a goal, objective or action.
    m_view->setDragDropMode(QAbstractItemView::DropOnly);
    m_view->setAcceptDrops(true);
    m_view->setDropIndicatorShown(true);
    m_view->setDefaultDropAction(Qt::LinkAction);
    connect(m_model, &PlanTreeModel::featuresDropped, this,
            [this](int kind, qint64 id, qint64 layerId, const QList<qint64> &fids) {
                featuresDropped(PlanKind(kind), id, layerId, fids);
            });
    connect(m_view, &QAbstractItemView::doubleClicked, this, [this](const QModelIndex &index) {
        if (index.parent().isValid())
            editItemDialog();
    });
    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &PlanActions::refreshActions);
    auto *tools = new QToolBar(m_window);
    tools->setObjectName(QStringLiteral("planToolBar"));
    tools->setIconSize(QSize(18, 18));
    tools->addActions({m_addAction, m_editAction, m_deleteAction});
    tools->addSeparator();
    tools->addActions({m_moveUpAction, m_moveDownAction});
    tools->addSeparator();
    tools->addActions({m_linkAction, m_showAreasAction});
    tools->addSeparator();
    tools->addAction(m_indicatorsAction);
    auto *panel = new QWidget(m_window);
    auto *layout = new QVBoxLayout(panel);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(tools);
    layout->addWidget(m_view, 1);
    m_dock = new QDockWidget(m_window);
    m_dock->setObjectName(QStringLiteral("planDock"));
    m_dock->setWidget(panel);
    m_window->addDockWidget(Qt::LeftDockWidgetArea, m_dock);
}

void PlanActions::populateMenu(QMenu *menu)
{
    menu->addActions({m_addAction, m_editAction, m_deleteAction});
    menu->addSeparator();
    menu->addActions({m_moveUpAction, m_moveDownAction});
    menu->addSeparator();
    menu->addActions({m_linkAction, m_showAreasAction});
    menu->addSeparator();
    menu->addActions({m_indicatorsAction, m_stakeholdersAction, m_actionsOverviewAction});
    m_mapMenu = menu->addMenu(QString());
    m_mapMenu->setObjectName(QStringLiteral("planMapMenu"));
    m_mapMenu->addActions({m_goalsViewAction, m_unplannedViewAction});
    menu->addSeparator();
    menu->addAction(m_dock->toggleViewAction());
}

void PlanActions::retranslate()
{
    m_addAction->setText(tr("&Add below…"));
    m_addAction->setToolTip(tr("Add a goal to the sector, an objective to the goal or an action "
                               "to the objective"));
    m_editAction->setText(tr("&Edit…"));
    m_deleteAction->setText(tr("&Delete"));
    m_moveUpAction->setText(tr("Move &up"));
    m_moveDownAction->setText(tr("Move do&wn"));
    m_linkAction->setText(tr("&Link selected areas…"));
    m_linkAction->setToolTip(tr("Link the areas selected on the map to this goal, objective or "
                                "action"));
    m_showAreasAction->setText(tr("&Show its areas on the map"));
    m_indicatorsAction->setText(tr("&Indicators…"));
    m_indicatorsAction->setToolTip(tr("Indicators of this objective or action, their values per "
                                      "area and year and their progress"));
    m_stakeholdersAction->setText(tr("&Stakeholder register…"));
    m_actionsOverviewAction->setText(tr("Actions &overview…"));
    if (m_mapMenu)
        m_mapMenu->setTitle(tr("Plan on the &map"));
    m_goalsViewAction->setText(tr("Areas by &goals of a sector…"));
    m_unplannedViewAction->setText(tr("&Unplanned areas…"));
    m_unplannedViewAction->setToolTip(tr("Areas with a high migrant share and no linked action"));
    m_dock->setWindowTitle(tr("Plan"));
    m_model->setEnglish(i18n::current() != u"tr");
}

void PlanActions::setSession(Session *session)
{
    m_session = session;
    refresh();
}

void PlanActions::closeWindows()
{
    delete m_actionsOverview; // it reads the session
}

void PlanActions::refresh()
{
    const auto [kind, id] = currentItem();
    m_model->reload(m_session ? &m_session->plan() : nullptr);
    m_view->expandAll();
    if (id > 0 || kind == PlanKind::Sector)
        m_view->setCurrentIndex(m_model->find(PlanTreeModel::Kind(int(kind)), id));
    m_inspector->refresh();
    refreshActions();
}

std::pair<PlanKind, qint64> PlanActions::currentItem() const
{
    const QModelIndex index = m_view->currentIndex();
    if (!index.isValid())
        return {PlanKind::Sector, 0};
    return {PlanKind(index.data(PlanTreeModel::KindRole).toInt()),
            index.data(PlanTreeModel::IdRole).toLongLong()};
}

void PlanActions::refreshActions()
{
    const bool writable = m_session && !m_session->project().isReadOnly();
    const auto [kind, id] = currentItem();
    const bool item = id > 0 && kind != PlanKind::Sector;
    m_addAction->setEnabled(writable && id > 0);
    // Another institution's item, pulled from the shared plan: only the governorship edits it
    // here (its publish sends the edit); nobody deletes or moves it (a pull brings it back).
    const bool pulled
        = !m_view->currentIndex().data(PlanTreeModel::InstitutionRole).toString().isEmpty();
    m_editAction->setEnabled(writable && item && (!pulled || governorship()));
    for (QAction *action : {m_deleteAction, m_moveUpAction, m_moveDownAction})
        action->setEnabled(writable && item && !pulled);
    m_linkAction->setEnabled(writable && item);
    m_showAreasAction->setEnabled(m_session && id > 0);
    m_indicatorsAction->setEnabled(m_session && id > 0
                                   && (kind == PlanKind::Objective || kind == PlanKind::Action));
    for (QAction *action :
         {m_stakeholdersAction, m_actionsOverviewAction, m_goalsViewAction, m_unplannedViewAction})
        action->setEnabled(bool(m_session));
}

QList<qint64> PlanActions::selectedAreaIds() const
{
    const auto layer = m_canvas->layer(m_canvas->selectionLayer());
    if (!m_session || !layer)
        return {};
    QList<qint64> fids;
    for (const std::size_t f : m_canvas->selection())
        fids << layer->geometry->fids[f];
    return areaIdsOfFeatures(m_session->project().db(), layer->id, fids).value_or(QList<qint64>());
}

qint64 PlanActions::addItem(const PlanItem &item)
{
    if (!m_session)
        return 0;
    qint64 id = 0;
    m_session->undoStack()->push(addPlanItemCommand(m_session, item, &id));
    if (id > 0)
        m_view->setCurrentIndex(m_model->find(PlanTreeModel::Kind(int(item.kind)), id));
    return id;
}

bool PlanActions::governorship() const
{
    return m_session && m_session->project().meta(QStringLiteral("shared_kind")) == u"valilik";
}

bool PlanActions::refusePulled(PlanKind kind, qint64 id, bool edit)
{
    const QModelIndex index = m_model->find(PlanTreeModel::Kind(int(kind)), id);
    const QString owner = index.data(PlanTreeModel::InstitutionRole).toString();
    if (owner.isEmpty() || (edit && governorship()))
        return false;
    auto item = m_session->plan().item(kind, id);
    const QString name = item ? (item->code + u' ' + item->titleTr).trimmed() : QString();
    messages::inform(m_window, tr("Shared plan"),
                     tr("\"%1\" is %2's, pulled from the province's shared plan: only %2 and the "
                        "governorship change it. Add an item of your own under it, or ask them.")
                         .arg(name, owner));
    return true;
}

bool PlanActions::editItem(const PlanItem &item)
{
    if (!m_session || refusePulled(item.kind, item.id, true))
        return false;
    auto before = m_session->plan().item(item.kind, item.id);
    if (!before) {
        messages::error(m_window, before.error());
        return false;
    }
    if (*before == item)
        return true;
    const int count = m_session->undoStack()->count();
    m_session->undoStack()->push(editPlanItemCommand(m_session, *before, item));
    return m_session->undoStack()->count() > count;
}

bool PlanActions::removeItem(PlanKind kind, qint64 id)
{
    if (!m_session || id <= 0 || kind == PlanKind::Sector || refusePulled(kind, id, false))
        return false;
    auto item = m_session->plan().item(kind, id);
    auto dependents = m_session->plan().dependents(kind, id);
    if (!item || !dependents) {
        messages::error(m_window, !item ? item.error() : dependents.error());
        return false;
    }
    if (dependents->any()) {
        QStringList parts;
        if (dependents->objectives)
            parts << tr("%n objective(s)", nullptr, dependents->objectives);
        if (dependents->actions)
            parts << tr("%n action(s)", nullptr, dependents->actions);
        if (dependents->indicators)
            parts << tr("%n indicator(s) with their values", nullptr, dependents->indicators);
        if (dependents->links)
            parts << tr("%n area link(s)", nullptr, dependents->links);
        const QString question
            = tr("Deleting \"%1\" also deletes %2. Delete them all?\n\n%3 brings everything "
                 "back.")
                  .arg(item->titleTr, QLocale().createSeparatedList(parts),
                       messages::undoMenuPath(m_window));
        if (!messages::ask(m_window, tr("Delete"), question))
            return false;
    }
    const int count = m_session->undoStack()->count();
    m_session->undoStack()->push(removePlanItemCommand(m_session, kind, id, item->titleTr));
    return m_session->undoStack()->count() > count;
}

bool PlanActions::linkSelection(PlanKind kind, qint64 id, const QString &priority,
                                const QString &note)
{
    if (!m_session)
        return false;
    const QList<qint64> areas = selectedAreaIds();
    if (areas.isEmpty()) {
        messages::error(m_window,
                        Error{tr("Select areas on the map first (the select tool, or "
                                 "Shift+click)."),
                              {},
                              tr("Only areas of a muhtar district or migrant area layer can be "
                                 "linked.")});
        return false;
    }
    const int count = m_session->undoStack()->count();
    m_session->undoStack()->push(linkAreasCommand(m_session, areas, kind, id, priority, note));
    if (m_session->undoStack()->count() == count)
        return false;
    m_window->statusBar()->showMessage(tr("Linked %n area(s).", nullptr, int(areas.size())), 8000);
    return true;
}

void PlanActions::featuresDropped(PlanKind kind, qint64 id, qint64 layerId,
                                  const QList<qint64> &fids)
{
    const auto layer = m_canvas->layer(layerId);
    if (!m_session || !layer)
        return;
    // The dropped areas become the selection (they are it when dragged from this map).
    std::set<std::size_t> features;
    for (const qint64 fid : fids)
        if (const auto f = layer->geometry->indexOfFid(fid))
            features.insert(*f);
    if (m_canvas->selectionLayer() != layerId)
        m_canvas->setSelectionLayer(layerId);
    if (m_canvas->selection() != features)
        m_canvas->setSelection(std::move(features));
    m_view->setCurrentIndex(m_model->find(PlanTreeModel::Kind(int(kind)), id));
    linkDialog();
}

qint64 PlanActions::planViewLayer() const
{
    if (const auto layer = m_canvas->layer(m_canvas->selectionLayer());
        layer && isAreaRole(layer->role))
        return layer->id;
    for (const auto &layer : m_canvas->layers())
        if (isAreaRole(layer->role))
            return layer->id;
    return 0;
}

std::shared_ptr<const MapLayer> PlanActions::planViewLayerOrSay()
{
    const auto layer = m_session ? m_canvas->layer(planViewLayer()) : nullptr;
    if (!layer)
        messages::error(m_window, Error{tr("There is no area layer to colour."),
                                        {},
                                        tr("Import mahalle boundaries first."),
                                        QStringLiteral("importAction")});
    return layer;
}

bool PlanActions::showGoalsView(const QString &sectorCode)
{
    const auto layer = planViewLayerOrSay();
    if (!layer)
        return false;
    auto counts = goalsPerArea(m_session->project().db(), sectorCode);
    if (!counts) {
        messages::error(m_window, counts.error());
        return false;
    }
    int most = 1;
    for (const int c : *counts)
        most = std::max(most, c);
    pushLayerStyle(m_session, *layer, planGoalsStyle(layer->style, sectorCode, most));
    return true;
}

bool PlanActions::showUnplannedView(double threshold)
{
    const auto layer = planViewLayerOrSay();
    if (!layer)
        return false;
    pushLayerStyle(m_session, *layer, unplannedStyle(layer->style, threshold));
    return true;
}

void PlanActions::goalsViewDialog()
{
    if (!m_session)
        return;
    const bool turkish = i18n::current() == u"tr";
    QStringList names{tr("All sectors")};
    QStringList codes{QString()};
    for (const Sector &s : m_session->plan().sectors().value_or(QList<Sector>{})) {
        names << (turkish || s.nameEn.isEmpty() ? s.nameTr : s.nameEn);
        codes << s.code;
    }
    // The sector chosen in the dock, if any, is offered first.
    int current = 0;
    const auto [kind, id] = currentItem();
    if (kind == PlanKind::Sector && id > 0)
        current
            = int(codes.indexOf(m_view->currentIndex().data(PlanTreeModel::CodeRole).toString()));
    bool ok = false;
    const QString chosen = QInputDialog::getItem(m_window, tr("Areas by goals of a sector"),
                                                 tr("Colour the areas by how many goals of this "
                                                    "sector reach them:"),
                                                 names, std::max(0, current), false, &ok);
    if (ok)
        showGoalsView(codes.value(names.indexOf(chosen)));
}

void PlanActions::unplannedViewDialog()
{
    if (!m_session)
        return;
    bool ok = false;
    const double threshold = QInputDialog::getDouble(
        m_window, tr("Unplanned areas"),
        tr("Areas whose migrant share (%) is at least this, and that no action reaches:"), 10.0,
        0.0, 100.0, 1, &ok);
    if (ok)
        showUnplannedView(threshold);
}

ActionsOverviewDialog *PlanActions::showActionsOverview()
{
    if (!m_session)
        return nullptr;
    if (!m_actionsOverview) {
        m_actionsOverview
            = new ActionsOverviewDialog(m_session, i18n::current() != u"tr", m_window);
        m_actionsOverview->setAttribute(Qt::WA_DeleteOnClose);
        connect(m_actionsOverview, &ActionsOverviewDialog::actionActivated, this,
                [this](qint64 id) {
                    m_view->setCurrentIndex(m_model->find(PlanTreeModel::Kind::Action, id));
                    m_dock->show();
                    showItemAreas(PlanKind::Action, id);
                });
    }
    m_actionsOverview->show();
    m_actionsOverview->raise();
    return m_actionsOverview;
}

int PlanActions::showItemAreas(PlanKind kind, qint64 id)
{
    if (!m_session)
        return 0;
    auto areas = m_session->plan().areasOfItem(kind, id);
    if (!areas)
        return 0;
    // The areas' features in the current area layer (or the first one holding any of them).
    auto fids = featuresOfAreas(m_session->project().db(), *areas);
    if (!fids) {
        messages::error(m_window, fids.error());
        return 0;
    }
    qint64 layerId = m_canvas->selectionLayer();
    if (!fids->count(layerId) && !fids->empty())
        layerId = fids->begin()->first;
    const auto layer = m_canvas->layer(layerId);
    if (!layer) {
        m_canvas->clearSelection();
        m_window->statusBar()->showMessage(tr("No area is linked to this item yet."), 8000);
        return 0;
    }
    std::set<std::size_t> features;
    for (qint64 fid : (*fids)[layerId])
        if (const auto f = layer->geometry->indexOfFid(fid))
            features.insert(*f);
    m_canvas->setSelectionLayer(layerId);
    m_canvas->setSelection(features);
    return int(features.size());
}

QList<Stakeholder> PlanActions::stakeholdersFor(const PlanItem &item)
{
    // An action's responsible actor and partners are chosen from the register.
    if (item.kind != PlanKind::Action)
        return {};
    auto all = m_session->plan().stakeholders();
    if (!all)
        messages::error(m_window, all.error());
    return all.value_or(QList<Stakeholder>());
}

void PlanActions::addItemDialog()
{
    if (!m_session)
        return;
    const auto [kind, id] = currentItem();
    if (id <= 0)
        return;
    PlanItem item;
    switch (kind) {
    case PlanKind::Sector:
        item.kind = PlanKind::Goal, item.parentId = id;
        break;
    case PlanKind::Goal:
        item.kind = PlanKind::Objective, item.parentId = id;
        break;
    case PlanKind::Objective:
        item.kind = PlanKind::Action, item.parentId = id;
        break;
    case PlanKind::Action: // a sibling
        item.kind = PlanKind::Action;
        item.parentId = m_session->plan().item(kind, id).value_or(PlanItem{}).parentId;
        break;
    }
    PlanItemDialog dialog(stakeholdersFor(item), item, m_window);
    if (dialog.exec() == QDialog::Accepted)
        addItem(dialog.item());
}

void PlanActions::editItemDialog()
{
    if (!m_session)
        return;
    const auto [kind, id] = currentItem();
    auto item = m_session->plan().item(kind, id);
    if (kind == PlanKind::Sector || !item || refusePulled(kind, id, true))
        return;
    PlanItemDialog dialog(stakeholdersFor(*item), *item, m_window);
    if (dialog.exec() == QDialog::Accepted)
        editItem(dialog.item());
}

void PlanActions::moveItem(int delta)
{
    const auto [kind, id] = currentItem();
    if (!m_session || id <= 0 || kind == PlanKind::Sector || refusePulled(kind, id, false))
        return;
    m_session->undoStack()->push(movePlanItemCommand(m_session, kind, id, delta));
}

void PlanActions::linkDialog()
{
    const auto [kind, id] = currentItem();
    if (!m_session || id <= 0 || kind == PlanKind::Sector)
        return;
    LinkAreasDialog dialog(int(m_canvas->selection().size()),
                           m_view->currentIndex().data().toString(), m_window);
    if (dialog.exec() == QDialog::Accepted)
        linkSelection(kind, id, dialog.priority(), dialog.note());
}

} // namespace geisep
