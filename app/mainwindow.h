#pragma once

#include "app/analysis/analysisdialog.h"
#include "app/layers/layeractions.h"
#include "app/plan/planactions.h"
#include "app/projectcontroller.h"
#include "core/error.h"

#include <QMainWindow>
#include <QPointer>
#include <QSet>

class QAction;
class QActionGroup;
class QApplication;
class QDockWidget;
class QLabel;
class QMenu;
class QStackedWidget;

namespace geisep {

class AreaInspector;
class ChartsPanel;
class EditingTools;
class LegendWidget;
class LayoutDesigner;
class MapControls;
class MapCanvas;
class StartPage;

// The workbench window: the map in the middle, the menus, and docks for layers, plan, legend,
// charts and the area inspector. It composes the parts that each own a capability and register
// their own actions — the project's life (ProjectController), the layers (LayerActions), the
// plan (PlanActions), the inspector (AreaInspector), the map's tools (MapControls,
// EditingTools) — and keeps them in step when a project opens, changes or closes.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    // Sets up language and settings, parses the command line (PROJECT.gpkg, --lang, --screenshot
    // FILE) and runs the event loop. Used by main.cpp.
    static int runApplication(QApplication &app);

    ProjectController *projects() const { return m_projects; }
    LayerActions *layerActions() const { return m_layers; }
    PlanActions *planActions() const { return m_plan; }
    AreaInspector *inspector() const { return m_inspector; }

    void setLanguage(const QString &language);
    QString bannerText() const;

    // The window's parts as tests and the screenshot script reach them.
    Session *session() const { return m_projects->session(); }
    bool openProject(const QString &path) { return m_projects->openProject(path); }
    bool createProject(const QString &path, const QString &name, const QString &province, int epsg)
    {
        return m_projects->createProject(path, name, province, epsg);
    }
    void closeProject() { m_projects->closeProject(); }
    MapCanvas *canvas() const { return m_canvas; }
    MapControls *mapControls() const { return m_mapControls; }
    EditingTools *editingTools() const { return m_editing; }
    LegendWidget *legend() const { return m_legend; }
    // Görünüm ▸ Grafikler.
    ChartsPanel *charts() const { return m_charts; }
    QDockWidget *chartsDock() const { return m_chartsDock; }

    // Fills the area inspector with what lies at a map point; false when nothing is there.
    bool identifyAt(double x, double y, double tolerance);
    // Shows one feature in the inspector as a click on it would.
    bool identifyFeature(qint64 layerId, qint64 fid);
    QString inspectorText() const;

    bool importLayer(const ImportOptions &options) { return m_layers->importLayer(options); }
    bool addBasemap(const QString &path) { return m_layers->addBasemap(path); }
    qint64 currentLayerId() const { return m_layers->currentLayerId(); }
    AttributeTableWindow *openAttributeTable(qint64 layerId)
    {
        return m_layers->openAttributeTable(layerId);
    }
    AttributeTableWindow *attributeTable(qint64 layerId) const
    {
        return m_layers->attributeTable(layerId);
    }
    void setLayerStyle(qint64 layerId, const LayerStyle &style)
    {
        m_layers->setLayerStyle(layerId, style);
    }
    void setLayerOpacity(qint64 layerId, double opacity)
    {
        m_layers->setLayerOpacity(layerId, opacity);
    }
    void removeLayer(qint64 layerId) { m_layers->removeLayer(layerId); }
    QTreeView *layersView() const { return m_layers->view(); }
    QAction *styleAction() const { return m_layers->styleAction(); }
    QAction *filterAction() const { return m_layers->filterAction(); }

    qint64 addPlanItem(const PlanItem &item) { return m_plan->addItem(item); }
    bool editPlanItem(const PlanItem &item) { return m_plan->editItem(item); }
    bool removePlanItem(PlanKind kind, qint64 id) { return m_plan->removeItem(kind, id); }
    bool linkSelection(PlanKind kind, qint64 id, const QString &priority, const QString &note)
    {
        return m_plan->linkSelection(kind, id, priority, note);
    }
    int showItemAreas(PlanKind kind, qint64 id) { return m_plan->showItemAreas(kind, id); }
    QTreeView *planView() const { return m_plan->view(); }
    void featuresDroppedOnPlan(PlanKind kind, qint64 id, qint64 layerId, const QList<qint64> &fids)
    {
        m_plan->featuresDropped(kind, id, layerId, fids);
    }
    bool showPlanGoalsView(const QString &sectorCode) { return m_plan->showGoalsView(sectorCode); }
    bool showUnplannedView(double threshold) { return m_plan->showUnplannedView(threshold); }
    qint64 planViewLayer() const { return m_plan->planViewLayer(); }
    ActionsOverviewDialog *showActionsOverview() { return m_plan->showActionsOverview(); }

    // Analiz ▸ …: a dialog for one analysis on the plan views' area layer (the caller owns it;
    // the menu runs it modally). A stored run recolours the area layer by its result.
    AnalysisDialog *makeAnalysisDialog(AnalysisDialog::Kind kind);
    // Yazdır ▸ Sayfa düzeni: the designer, opened once and raised after.
    LayoutDesigner *showLayoutDesigner();
    void showAnalysisResult(qint64 areaLayerId, const QString &field);

protected:
    void changeEvent(QEvent *event) override;
    void closeEvent(QCloseEvent *event) override;

private:
    void createActions();
    void createMenus();
    void createDocks();
    void connectParts();
    void retranslateUi();
    void sessionOpened(Session *session);
    void sessionClosing();
    void refreshAll();
    void refreshActions();
    void featuresEdited(qint64 layerId);
    void planChanged();
    void refreshTitle();
    void setBanner(const QString &text, bool warning);
    void analysisDialog(AnalysisDialog::Kind kind);
    void aboutDialog();

    ProjectController *m_projects = nullptr;
    LayerActions *m_layers = nullptr;
    PlanActions *m_plan = nullptr;
    AreaInspector *m_inspector = nullptr;

    QStackedWidget *m_stack = nullptr;
    StartPage *m_startPage = nullptr;
    MapCanvas *m_canvas = nullptr;
    QLabel *m_banner = nullptr;
    QDockWidget *m_inspectorDock = nullptr;
    QDockWidget *m_chartsDock = nullptr;
    ChartsPanel *m_charts = nullptr;
    QLabel *m_crsLabel = nullptr;
    MapControls *m_mapControls = nullptr;
    EditingTools *m_editing = nullptr;
    QSet<qint64> m_staleLayers; // layers whose features were edited: their geometry is re-read
    LegendWidget *m_legend = nullptr;
    QDockWidget *m_legendDock = nullptr;
    QLabel *m_readOnlyLabel = nullptr;
    QString m_canvasProject; // the project the canvas was last fitted to
    QPointer<LayoutDesigner> m_layoutDesigner;

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
    QAction *m_shareAction = nullptr;
    QAction *m_closeAction = nullptr;
    QAction *m_quitAction = nullptr;
    QAction *m_undoAction = nullptr;
    QAction *m_redoAction = nullptr;
    QAction *m_turkishAction = nullptr;
    QAction *m_englishAction = nullptr;
    QActionGroup *m_languageGroup = nullptr;
    QAction *m_coverageAction = nullptr;
    QAction *m_pressureAction = nullptr;
    QAction *m_projectionAction = nullptr;
    QAction *m_analysisRunsAction = nullptr;
    QAction *m_layoutAction = nullptr;
    QAction *m_paperAction = nullptr;        // Print ▸ Print on paper…: the designer's Print
    QAction *m_paperPreviewAction = nullptr; // Print ▸ Print preview…
    QAction *m_aboutAction = nullptr;
    QAction *m_aboutQtAction = nullptr;
};

} // namespace geisep
