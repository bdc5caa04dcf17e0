#pragma once

#include "core/plan/plan.h"

#include <QObject>
#include <QPointer>

#include <memory>

class QAction;
class QDockWidget;
class QMainWindow;
class QMenu;
class QTreeView;

namespace geisep {

class ActionsOverviewDialog;
class AreaInspector;
class MapCanvas;
class PlanTreeModel;
class Session;
struct MapLayer;

// The plan dock and the Plan menu: the tree of sectors, goals, objectives and actions, its
// edits (each one undo step), links between the map's selected areas and the plan, the plan's
// map views and the windows that open from it. Registers its own actions and dock on the window.
class PlanActions : public QObject
{
    Q_OBJECT

public:
    PlanActions(QMainWindow *window, MapCanvas *canvas, AreaInspector *inspector);

    void setSession(Session *session);
    // Fills the Plan menu (the window made it, in its place on the menu bar).
    void populateMenu(QMenu *menu);
    QDockWidget *dock() const { return m_dock; }
    QTreeView *view() const { return m_view; }
    PlanTreeModel *model() const { return m_model; }
    void retranslate();
    // Reloads the tree, keeping the chosen item, and shows the inspected area again.
    void refresh();

    // The edits without their dialogs (the dialogs and tests call these); addItem returns the
    // new id, 0 when refused.
    qint64 addItem(const PlanItem &item);
    bool editItem(const PlanItem &item);
    bool removeItem(PlanKind kind, qint64 id);
    // Links the map's selected areas to a plan item.
    bool linkSelection(PlanKind kind, qint64 id, const QString &priority, const QString &note);
    // Selects on the map the areas linked to a plan item (and below it); their count.
    int showItemAreas(PlanKind kind, qint64 id);
    // Map features dropped onto a plan item: they become the selection and the link dialog
    // opens for that item.
    void featuresDropped(PlanKind kind, qint64 id, qint64 layerId, const QList<qint64> &fids);
    // The two plan map views, as an undoable style of the area layer (planViewLayer()).
    bool showGoalsView(const QString &sectorCode);
    bool showUnplannedView(double threshold);
    // The layer the plan views colour: the selection layer when it holds areas, else the first
    // area layer; 0 when none.
    qint64 planViewLayer() const;
    // Plan ▸ Actions overview (one window, kept until closed).
    ActionsOverviewDialog *showActionsOverview();
    // Closes the windows that read the session (before it goes).
    void closeWindows();

private:
    void createActions();
    void createDock();
    void refreshActions();
    // The plan item chosen in the dock: kind and id; kind Sector with id 0 when none.
    std::pair<PlanKind, qint64> currentItem() const;
    // The project takes part in the shared plan as the governorship (it may edit others' items).
    bool governorship() const;
    // True (and tells the planner) when the item is another institution's, pulled from the
    // shared plan, and this project may not `edit` it (or move or delete it, when false).
    bool refusePulled(PlanKind kind, qint64 id, bool edit);
    // The layer the plan views colour, or nothing after telling the user why.
    std::shared_ptr<const MapLayer> planViewLayerOrSay();
    QList<qint64> selectedAreaIds() const;
    // The stakeholders an item's form offers (an action's actor and partners).
    QList<Stakeholder> stakeholdersFor(const PlanItem &item);
    void addItemDialog();
    void editItemDialog();
    void moveItem(int delta);
    void linkDialog();
    void goalsViewDialog();
    void unplannedViewDialog();

    QMainWindow *m_window;
    MapCanvas *m_canvas;
    AreaInspector *m_inspector;
    Session *m_session = nullptr;
    PlanTreeModel *m_model;
    QTreeView *m_view = nullptr;
    QDockWidget *m_dock = nullptr;
    QMenu *m_mapMenu = nullptr;
    QPointer<ActionsOverviewDialog> m_actionsOverview;

    QAction *m_addAction = nullptr;
    QAction *m_editAction = nullptr;
    QAction *m_deleteAction = nullptr;
    QAction *m_moveUpAction = nullptr;
    QAction *m_moveDownAction = nullptr;
    QAction *m_linkAction = nullptr;
    QAction *m_showAreasAction = nullptr;
    QAction *m_indicatorsAction = nullptr;
    QAction *m_stakeholdersAction = nullptr;
    QAction *m_actionsOverviewAction = nullptr;
    QAction *m_goalsViewAction = nullptr;
    QAction *m_unplannedViewAction = nullptr;
};

} // namespace geisep
