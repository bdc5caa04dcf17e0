#pragma once

#include "app/analysisdialog.h"
#include "core/error.h"
#include "core/plan.h"

#include <QHash>
#include <QMainWindow>
#include <QPointer>
#include <QSet>

#include <functional>
#include <memory>

class QAction;
class QActionGroup;
class QApplication;
class QDockWidget;
class QLabel;
class QMenu;
class QStackedWidget;
class QTextBrowser;
class QTreeView;

namespace geisep {

class AttributeTableWindow;

struct ImportOptions;
struct LayerStyle;
class ActionsOverviewDialog;
struct MapLayer;
struct ReconciledLayer;
class ChartsPanel;
class EditingTools;
class LayerListModel;
class LegendWidget;
class LayoutDesigner;
class MapControls;
class MapCanvas;
class PlanTreeModel;
class Session;
class StartPage;

// The workbench window: menus, the map, docks for layers, plan and the area inspector, and the
// status bar. Holds at most one open project (a Session with its own undo stack).
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    // Sets up language and settings, parses the command line (PROJECT.gpkg, --lang, --screenshot
    // FILE) and runs the event loop. Used by main.cpp.
    static int runApplication(QApplication &app);

    bool openProject(const QString &path);
    bool createProject(const QString &path, const QString &name, const QString &province, int epsg);
    void closeProject();
    // The window's size, docks and map extent, kept per project in the settings: saved when
    // the project closes, restored when it opens again.
    void saveProjectView();
    void restoreProjectView();
    Session *session() const { return m_session.get(); }
    // Layer ▸ Import without the dialog (the dialog and tests call it): runs in the background
    // with progress and cancel, then shows the report.
    bool importLayer(const ImportOptions &options);

    void setLanguage(const QString &language);
    QString bannerText() const;

protected:
    void changeEvent(QEvent *event) override;
    void closeEvent(QCloseEvent *event) override;

private:
    void createActions();
    void createMenus();
    void createDocks();
    void retranslateUi();
    void refreshAll();
    void featuresEdited(qint64 layerId);
    void refreshTitle();
    void refreshRecentMenu();
    void addRecent(const QString &path);
    QStringList recentProjects() const;
    void showError(const Error &error);
    QString undoMenuPath() const; // "Düzen ▸ Geri al", as the menu reads
    void setBanner(const QString &text, bool warning);
    void attachSession(std::unique_ptr<Session> session);

    void newProjectDialog();
    void openProjectDialog();
    void saveAsDialog();
    void propertiesDialog();
    void aboutDialog();
    void importDialog();
    void figuresDialog();
    void exportDialog();
    void addBasemapDialog();
    void styleDialog();
    void filterDialog();
    // The banner's words for what reconcileAreas brought in step on open.
    static QString reconcileMessage(const QList<ReconciledLayer> &layers);
    void opacityDialog();
    void layersContextMenu(const QPoint &pos);
    void refreshPlan();
    void refreshPlanActions();
    void addPlanItemDialog();
    void editPlanItemDialog();
    void deletePlanItem();
    void movePlanItem(int delta);
    void linkDialog();
    void goalsViewDialog();
    void planChanged();
    // The layer the plan views colour, or nothing after telling the user why.
    std::shared_ptr<const MapLayer> planViewLayerOrSay();
    void unplannedViewDialog();
    void analysisDialog(AnalysisDialog::Kind kind);
    // The inspector's Attributes section for a feature of a layer planners make (the area's name
    // left out when the heading shows it), and the link that opens its form to edit them.
    QString attributesHtml(const MapLayer &layer, qint64 fid, bool nameShown);
    // The inspector's Analyses section for an area: the newest run of each kind on its layer.
    QString analysisHtml(qint64 layerId, qint64 areaId);
    // The plan item chosen in the dock: kind and id; kind Sector with id 0 when none.
    std::pair<PlanKind, qint64> currentPlanItem() const;
    QList<qint64> selectedAreaIds() const;

public:
    // Fills the area inspector with what lies at a map point; false when nothing is there.
    bool identifyAt(double x, double y, double tolerance);
    QString inspectorText() const;
    MapCanvas *canvas() const { return m_canvas; }
    MapControls *mapControls() const { return m_mapControls; }
    EditingTools *editingTools() const { return m_editing; }
    LegendWidget *legend() const { return m_legend; }
    // Görünüm ▸ Grafikler.
    ChartsPanel *charts() const { return m_charts; }
    QDockWidget *chartsDock() const { return m_chartsDock; }
    // Shows one feature in the inspector as a click on it would.
    bool identifyFeature(qint64 layerId, qint64 fid);

    // Layer ▸ Add basemap without the file dialog: links a raster, undoably.
    bool addBasemap(const QString &path);
    // The layer chosen in the layers panel; 0 when none.
    qint64 currentLayerId() const;
    // Katman ▸ Öznitelik tablosu (F6): the layer's attribute table window, opened or raised;
    // null for a basemap. The window follows the map's selection and selects on it.
    AttributeTableWindow *openAttributeTable(qint64 layerId);
    AttributeTableWindow *attributeTable(qint64 layerId) const;
    // The layer panel's changes, each one undo step.
    void setLayerStyle(qint64 layerId, const LayerStyle &style);
    void setLayerOpacity(qint64 layerId, double opacity);
    void removeLayer(qint64 layerId);
    QTreeView *layersView() const { return m_layersView; }

    // The plan dock's edits without their dialogs (the dialogs and tests call these); each is
    // one undo step. addPlanItem returns the new id, 0 when refused.
    qint64 addPlanItem(const PlanItem &item);
    bool editPlanItem(const PlanItem &item);
    bool removePlanItem(PlanKind kind, qint64 id);
    // Links the map's selected areas to a plan item.
    bool linkSelection(PlanKind kind, qint64 id, const QString &priority, const QString &note);
    // Selects on the map the areas linked to a plan item (and below it); their count.
    int showItemAreas(PlanKind kind, qint64 id);
    QTreeView *planView() const { return m_planView; }
    // Map features dropped onto a plan item: they become the selection and the link dialog
    // opens for that item.
    void featuresDroppedOnPlan(PlanKind kind, qint64 id, qint64 layerId, const QList<qint64> &fids);
    // The two plan map views, as an undoable style of the area layer (planViewLayer()).
    bool showPlanGoalsView(const QString &sectorCode);
    bool showUnplannedView(double threshold);
    qint64 planViewLayer() const;
    // Plan ▸ Actions overview (one window, kept until closed).
    ActionsOverviewDialog *showActionsOverview();
    QAction *styleAction() const { return m_styleAction; }
    QAction *filterAction() const { return m_filterAction; }
    // Analiz ▸ …: a dialog for one analysis on the plan views' area layer (the caller owns it;
    // the menu runs it modally). A stored run recolours the area layer by its result.
    AnalysisDialog *makeAnalysisDialog(AnalysisDialog::Kind kind);
    // Yazdır ▸ Sayfa düzeni: the designer, opened once and raised after.
    LayoutDesigner *showLayoutDesigner();
    void showAnalysisResult(qint64 areaLayerId, const QString &field);

private:
    std::unique_ptr<Session> m_session;
    qint64 m_inspectedLayer = 0;
    qint64 m_inspectedFid = 0;

    QStackedWidget *m_stack = nullptr;
    StartPage *m_startPage = nullptr;
    MapCanvas *m_canvas = nullptr;
    QLabel *m_banner = nullptr;
    QDockWidget *m_layersDock = nullptr;
    QDockWidget *m_planDock = nullptr;
    QDockWidget *m_inspectorDock = nullptr;
    QDockWidget *m_chartsDock = nullptr;
    ChartsPanel *m_charts = nullptr;
    QTreeView *m_layersView = nullptr;
    QTreeView *m_planView = nullptr;
    QTextBrowser *m_inspector = nullptr;
    LayerListModel *m_layerModel = nullptr;
    PlanTreeModel *m_planModel = nullptr;
    QLabel *m_crsLabel = nullptr;
    MapControls *m_mapControls = nullptr;
    EditingTools *m_editing = nullptr;
    QSet<qint64> m_staleLayers; // layers whose features were edited: their geometry is re-read
    LegendWidget *m_legend = nullptr;
    QDockWidget *m_legendDock = nullptr;
    QLabel *m_readOnlyLabel = nullptr;
    QString m_canvasProject; // the project the canvas was last fitted to

    QMenu *m_projectMenu = nullptr;
    QMenu *m_recentMenu = nullptr;
    QMenu *m_editMenu = nullptr;
    QMenu *m_viewMenu = nullptr;
    QMenu *m_languageMenu = nullptr;
    QMenu *m_layerMenu = nullptr;
    QMenu *m_planMenu = nullptr;
    QMenu *m_analysisMenu = nullptr;
    QMenu *m_printMenu = nullptr;
    QMenu *m_helpMenu = nullptr;

    QAction *m_newAction = nullptr;
    QAction *m_openAction = nullptr;
    QAction *m_saveAsAction = nullptr;
    QAction *m_propertiesAction = nullptr;
    QAction *m_closeAction = nullptr;
    QAction *m_quitAction = nullptr;
    QAction *m_undoAction = nullptr;
    QAction *m_redoAction = nullptr;
    QAction *m_turkishAction = nullptr;
    QAction *m_englishAction = nullptr;
    QAction *m_importAction = nullptr;
    QAction *m_exportAction = nullptr;
    QAction *m_addBasemapAction = nullptr;
    QAction *m_styleAction = nullptr;
    QAction *m_filterAction = nullptr;
    QAction *m_attributeTableAction = nullptr;
    QHash<qint64, QPointer<AttributeTableWindow>> m_attributeTables;
    QAction *m_opacityAction = nullptr;
    QAction *m_renameLayerAction = nullptr;
    QAction *m_removeLayerAction = nullptr;
    QAction *m_addPlanItemAction = nullptr;
    QAction *m_editPlanItemAction = nullptr;
    QAction *m_deletePlanItemAction = nullptr;
    QAction *m_movePlanUpAction = nullptr;
    QAction *m_movePlanDownAction = nullptr;
    QAction *m_linkAction = nullptr;
    QAction *m_showAreasAction = nullptr;
    QAction *m_indicatorsAction = nullptr;
    QAction *m_stakeholdersAction = nullptr;
    QAction *m_actionsOverviewAction = nullptr;
    QAction *m_goalsViewAction = nullptr;
    QAction *m_unplannedViewAction = nullptr;
    QMenu *m_planMapMenu = nullptr;
    QPointer<ActionsOverviewDialog> m_actionsOverview;
    QPointer<LayoutDesigner> m_layoutDesigner;
    QAction *m_figuresAction = nullptr;
    QAction *m_coverageAction = nullptr;
    QAction *m_pressureAction = nullptr;
    QAction *m_projectionAction = nullptr;
    QAction *m_analysisRunsAction = nullptr;
    QAction *m_layoutAction = nullptr;
    QAction *m_paperAction = nullptr;        // Print ▸ Print on paper…: the designer's Print
    QAction *m_paperPreviewAction = nullptr; // Print ▸ Print preview…
    QAction *m_aboutAction = nullptr;
    QAction *m_aboutQtAction = nullptr;
    QActionGroup *m_languageGroup = nullptr;
};

} // namespace geisep
