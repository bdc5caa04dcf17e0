#include "app/mainwindow.h"

#include "app/analysis/chartsdock.h"
#include "app/edit/editingtools.h"
#include "app/i18n.h"
#include "app/map/areainspector.h"
#include "app/map/legendwidget.h"
#include "app/map/mapcanvas.h"
#include "app/map/mapcontrols.h"
#include "app/messages.h"
#include "app/print/layoutdesigner.h"
#include "app/screenshots.h"
#include "app/session.h"
#include "app/startpage.h"
#include "core/layerlistmodel.h"
#include "gis/map/layerdata.h"
#include "gis/map/maplayer.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QCommandLineParser>
#include <QDockWidget>
#include <QFileInfo>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QSettings>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QToolBar>
#include <QToolButton>
#include <QTreeView>
#include <QUndoGroup>
#include <QVBoxLayout>

namespace geisep {

namespace {
QUndoGroup *undoGroup(QObject *owner)
{
    auto *group
        = owner->findChild<QUndoGroup *>(QStringLiteral("undoGroup"), Qt::FindDirectChildrenOnly);
    if (!group) {
        group = new QUndoGroup(owner);
        group->setObjectName(QStringLiteral("undoGroup"));
    }
    return group;
}
} // namespace

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/geisep.svg")));

    m_banner = new QLabel(this);
    m_banner->setObjectName(QStringLiteral("banner"));
    m_banner->setWordWrap(true);
    m_banner->setVisible(false);
    m_banner->setContentsMargins(10, 6, 10, 6);

    m_stack = new QStackedWidget(this);
    m_startPage = new StartPage(m_stack);
    m_canvas = new MapCanvas(m_stack);
    m_canvas->setObjectName(QStringLiteral("mapCanvas"));
    m_stack->addWidget(m_startPage);
    m_stack->addWidget(m_canvas);

    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_banner);
    layout->addWidget(m_stack, 1);
    setCentralWidget(central);

    // The status bar: read-only, then the map's selection, coordinates and scale, then the CRS.
    m_readOnlyLabel = new QLabel(this);
    m_readOnlyLabel->setObjectName(QStringLiteral("readOnlyLabel"));
    statusBar()->addPermanentWidget(m_readOnlyLabel);

    // The parts, each with its own actions: the map's tools, drawing and editing, the
    // inspector, the project's life, the layers and the plan.
    m_mapControls = new MapControls(m_canvas, this);
    m_editing = new EditingTools(m_canvas, this);
    m_charts = new ChartsPanel(this);
    m_inspector = new AreaInspector(m_canvas, m_charts, m_editing, this);
    m_projects = new ProjectController(this, m_canvas);
    m_layers = new LayerActions(this, m_canvas, m_mapControls, m_editing, m_inspector);
    m_plan = new PlanActions(this, m_canvas, m_inspector);

    createActions();
    createMenus();
    createDocks();
    connectParts();
    m_crsLabel = new QLabel(this);
    statusBar()->addPermanentWidget(m_crsLabel);

    retranslateUi();
    refreshAll();
    resize(1280, 800);
}

MainWindow::~MainWindow()
{
    // The session goes before the widgets that show it, as it did when the window held it.
    delete m_projects;
}

void MainWindow::createActions()
{
    auto action = [this](const char *name, auto slot) {
        auto *a = new QAction(this);
        if (name)
            a->setObjectName(QString::fromLatin1(name));
        connect(a, &QAction::triggered, this, slot);
        return a;
    };
    m_newAction = action("newProjectAction", [this] { m_projects->newProjectDialog(); });
    m_newAction->setShortcut(QKeySequence::New);
    m_openAction = action(nullptr, [this] { m_projects->openProjectDialog(); });
    m_openAction->setShortcut(QKeySequence::Open);
    m_saveAsAction = action(nullptr, [this] { m_projects->saveAsDialog(); });
    m_saveAsAction->setShortcut(QKeySequence::SaveAs);
    m_propertiesAction = action(nullptr, [this] { m_projects->propertiesDialog(); });
    m_shareAction = action("shareAction", [this] { m_projects->shareDialog(); });
    m_closeAction = action(nullptr, [this] { m_projects->closeProject(); });
    m_closeAction->setShortcut(QKeySequence::Close);
    m_quitAction = action(nullptr, [this] { close(); });
    m_quitAction->setShortcut(QKeySequence::Quit);
    m_quitAction->setMenuRole(QAction::QuitRole);

    QUndoGroup *group = undoGroup(this);
    m_undoAction = group->createUndoAction(this);
    m_undoAction->setShortcut(QKeySequence::Undo);
    m_undoAction->setObjectName(QStringLiteral("undoAction"));
    m_redoAction = group->createRedoAction(this);
    // The platform's redo keys and Ctrl+Y, each once. Where the platform's list begins with
    // Ctrl+Y (Linux), naming it again made it ambiguous to Qt, which then ignores it, and
    // Ctrl+Shift+Z was left out.
    QList<QKeySequence> redoKeys = QKeySequence::keyBindings(QKeySequence::Redo);
    if (!redoKeys.contains(QKeySequence(Qt::CTRL | Qt::Key_Y)))
        redoKeys.append(QKeySequence(Qt::CTRL | Qt::Key_Y));
    m_redoAction->setShortcuts(redoKeys);
    m_redoAction->setObjectName(QStringLiteral("redoAction"));

    m_languageGroup = new QActionGroup(this);
    m_turkishAction = new QAction(this);
    m_turkishAction->setCheckable(true);
    m_turkishAction->setData(QStringLiteral("tr"));
    m_englishAction = new QAction(this);
    m_englishAction->setCheckable(true);
    m_englishAction->setData(QStringLiteral("en"));
    m_languageGroup->addAction(m_turkishAction);
    m_languageGroup->addAction(m_englishAction);
    connect(m_languageGroup, &QActionGroup::triggered, this, [this](QAction *chosen) {
        const QString language = chosen->data().toString();
        i18n::savePreferredLanguage(language);
        setLanguage(language);
    });

    m_coverageAction
        = action("coverageAction", [this] { analysisDialog(AnalysisDialog::Kind::Coverage); });
    m_pressureAction
        = action("pressureAction", [this] { analysisDialog(AnalysisDialog::Kind::Pressure); });
    m_projectionAction
        = action("projectionAction", [this] { analysisDialog(AnalysisDialog::Kind::Projection); });
    m_analysisRunsAction = action("analysisRunsAction", [this] {
        if (!session())
            return;
        AnalysisRunsDialog dialog(session(), this);
        dialog.exec();
    });
    m_layoutAction = action("layoutAction", [this] { showLayoutDesigner(); });
    // Paper: the designer's own Print and Print preview, on the layout it shows.
    auto designerAction = [this](const char *name) {
        if (LayoutDesigner *designer = showLayoutDesigner())
            if (QAction *found = designer->findChild<QAction *>(QLatin1String(name)))
                found->trigger();
    };
    m_paperAction = action("paperAction", [designerAction] { designerAction("print"); });
    m_paperAction->setShortcut(QKeySequence::Print);
    m_paperPreviewAction
        = action("paperPreviewAction", [designerAction] { designerAction("printPreview"); });

    m_aboutAction = action(nullptr, [this] { aboutDialog(); });
    m_aboutAction->setMenuRole(QAction::AboutRole);
    m_aboutQtAction = new QAction(this);
    m_aboutQtAction->setMenuRole(QAction::AboutQtRole);
    connect(m_aboutQtAction, &QAction::triggered, qApp, &QApplication::aboutQt);
}

void MainWindow::createMenus()
{
    auto menu = [this](const char *name) {
        QMenu *m = menuBar()->addMenu(QString());
        m->setObjectName(QString::fromLatin1(name));
        return m;
    };
    m_projectMenu = menu("projectMenu");
    m_projectMenu->addAction(m_newAction);
    m_projectMenu->addAction(m_openAction);
    m_recentMenu = m_projectMenu->addMenu(QString());
    m_projectMenu->addSeparator();
    m_projectMenu->addAction(m_saveAsAction);
    m_projectMenu->addAction(m_propertiesAction);
    m_projectMenu->addAction(m_shareAction);
    m_projectMenu->addSeparator();
    m_projectMenu->addAction(m_closeAction);
    m_projectMenu->addAction(m_quitAction);

    m_editMenu = menu("editMenu");
    m_editMenu->addAction(m_undoAction);
    m_editMenu->addAction(m_redoAction);
    m_viewMenu = menu("viewMenu");
    m_layerMenu = menu("layerMenu");
    m_layers->populateMenu(m_layerMenu);
    m_planMenu = menu("planMenu");
    m_plan->populateMenu(m_planMenu);

    m_analysisMenu = menu("analysisMenu");
    m_analysisMenu->addActions({m_coverageAction, m_pressureAction, m_projectionAction});
    m_analysisMenu->addSeparator();
    m_analysisMenu->addAction(m_analysisRunsAction);

    m_printMenu = menu("printMenu");
    m_printMenu->addAction(m_layoutAction);
    m_printMenu->addSeparator();
    m_printMenu->addAction(m_paperAction);
    m_printMenu->addAction(m_paperPreviewAction);

    m_helpMenu = menu("helpMenu");
    m_helpMenu->addAction(m_aboutAction);
    m_helpMenu->addAction(m_aboutQtAction);

    // The map's tools; drawing and deleting features bring their own actions: the draw tool
    // among the map's tools, both in Düzen, the new layer in Katman.
    addToolBar(Qt::TopToolBarArea, m_mapControls->toolBar());
    m_mapControls->addTool(m_editing->drawAction());
    m_mapControls->addTool(m_editing->vertexAction());
    m_mapControls->addTool(m_editing->moveAction());
    m_mapControls->addTool(m_editing->splitAction(),
                           {m_editing->snapAction(), m_editing->snapLayersAction(),
                            m_editing->avoidOverlapsAction(), m_editing->clipAction(),
                            m_editing->mergeAction(), m_editing->deleteAction()});
    if (auto *button = qobject_cast<QToolButton *>(
            m_mapControls->toolBar()->widgetForAction(m_editing->snapLayersAction())))
        button->setPopupMode(QToolButton::InstantPopup);
    m_editMenu->addSeparator();
    m_editMenu->addActions({m_editing->drawAction(), m_editing->vertexAction(),
                            m_editing->moveAction(), m_editing->splitAction(),
                            m_editing->snapAction(), m_editing->snapLayersAction(),
                            m_editing->avoidOverlapsAction(), m_editing->clipAction(),
                            m_editing->mergeAction(), m_editing->deleteAction()});
    m_layerMenu->insertAction(m_layers->addBasemapAction(), m_editing->newLayerAction());
}

void MainWindow::createDocks()
{
    m_legend = new LegendWidget(this);
    m_legend->setObjectName(QStringLiteral("legend"));
    m_legendDock = new QDockWidget(this);
    m_legendDock->setObjectName(QStringLiteral("legendDock"));
    m_legendDock->setWidget(m_legend);
    addDockWidget(Qt::RightDockWidgetArea, m_legendDock);
    m_chartsDock = new QDockWidget(this);
    m_chartsDock->setObjectName(QStringLiteral("chartsDock"));
    m_chartsDock->setWidget(m_charts);
    addDockWidget(Qt::RightDockWidgetArea, m_chartsDock);

    m_inspectorDock = new QDockWidget(this);
    m_inspectorDock->setObjectName(QStringLiteral("inspectorDock"));
    m_inspectorDock->setWidget(m_inspector);
    addDockWidget(Qt::RightDockWidgetArea, m_inspectorDock);
    splitDockWidget(m_inspectorDock, m_legendDock, Qt::Vertical);
    tabifyDockWidget(m_legendDock, m_chartsDock);
    m_legendDock->raise();
    resizeDocks({m_layers->dock(), m_inspectorDock}, {300, 280}, Qt::Horizontal);

    m_viewMenu->addAction(m_layers->dock()->toggleViewAction());
    m_viewMenu->addAction(m_plan->dock()->toggleViewAction());
    m_viewMenu->addAction(m_inspectorDock->toggleViewAction());
    m_viewMenu->addAction(m_legendDock->toggleViewAction());
    m_viewMenu->addAction(m_chartsDock->toggleViewAction());
    m_viewMenu->addSeparator();
    m_languageMenu = m_viewMenu->addMenu(QString());
    m_languageMenu->addAction(m_turkishAction);
    m_languageMenu->addAction(m_englishAction);
    m_viewMenu->addSeparator();
    m_viewMenu->addActions(m_mapControls->toolActions());
    m_viewMenu->addSeparator();
    m_viewMenu->addActions(m_mapControls->navigationActions());
}

void MainWindow::connectParts()
{
    connect(m_projects, &ProjectController::sessionOpened, this, &MainWindow::sessionOpened);
    connect(m_projects, &ProjectController::sessionClosing, this, &MainWindow::sessionClosing);
    connect(m_projects, &ProjectController::sessionClosed, this, [this] {
        setBanner({}, false);
        refreshAll();
    });
    connect(m_projects, &ProjectController::notice, this, [this](const QString &text) {
        setBanner(m_banner->text().isEmpty() ? text : m_banner->text() + u'\n' + text, false);
    });
    connect(m_projects, &ProjectController::recentChanged, this,
            [this] { m_projects->fillRecentMenu(m_recentMenu); });
    connect(m_editing, &EditingTools::message, this,
            [this](const QString &text) { statusBar()->showMessage(text, 15000); });
    connect(m_editing, &EditingTools::layerCreated, this, [this](qint64 id) {
        m_layers->setCurrentLayer(id);
        m_canvas->setSelectionLayer(id);
    });
    connect(m_editing, &EditingTools::drawingStopped, this,
            [this] { m_mapControls->toolActions().first()->setChecked(true); });
    connect(m_canvas, &MapCanvas::clicked, this, &MainWindow::identifyAt);
    connect(m_mapControls, &MapControls::areaChosen, this, &MainWindow::identifyFeature);
    connect(m_startPage, &StartPage::newRequested, m_projects,
            &ProjectController::newProjectDialog);
    connect(m_startPage, &StartPage::openRequested, m_projects,
            &ProjectController::openProjectDialog);
    connect(m_startPage, &StartPage::recentChosen, m_projects, &ProjectController::openProject);
}

void MainWindow::retranslateUi()
{
    m_projectMenu->setTitle(tr("&Project"));
    m_recentMenu->setTitle(tr("&Recent projects"));
    m_editMenu->setTitle(tr("&Edit"));
    m_editing->retranslate();
    m_viewMenu->setTitle(tr("&View"));
    m_languageMenu->setTitle(tr("&Language"));
    m_layerMenu->setTitle(tr("&Layer"));
    m_planMenu->setTitle(tr("P&lan"));
    m_analysisMenu->setTitle(tr("&Analysis"));
    m_printMenu->setTitle(tr("P&rint"));
    m_helpMenu->setTitle(tr("&Help"));

    m_newAction->setText(tr("&New…"));
    m_openAction->setText(tr("&Open…"));
    m_saveAsAction->setText(tr("Save &As…"));
    m_propertiesAction->setText(tr("P&roperties…"));
    m_shareAction->setText(tr("S&hare…"));
    m_shareAction->setStatusTip(
        tr("Publish to and pull from the province's shared plan on its server."));
    m_closeAction->setText(tr("&Close"));
    m_quitAction->setText(tr("&Quit"));
    m_undoAction->setText(tr("&Undo"));
    m_redoAction->setText(tr("&Redo"));
    m_turkishAction->setText(tr("Türkçe"));
    m_englishAction->setText(tr("English"));
    m_coverageAction->setText(tr("Infrastructure &coverage…"));
    m_pressureAction->setText(tr("Migration &pressure…"));
    m_projectionAction->setText(tr("Population p&rojection…"));
    m_analysisRunsAction->setText(tr("Analysis &runs…"));
    m_layoutAction->setText(tr("&Layout designer…"));
    m_paperAction->setText(tr("&Print on paper…"));
    m_paperPreviewAction->setText(tr("Print pre&view…"));
    m_aboutAction->setText(tr("&About GEİSEP Workbench"));
    m_aboutQtAction->setText(tr("About &Qt"));

    m_inspectorDock->setWindowTitle(tr("Area inspector"));
    m_legendDock->setWindowTitle(tr("Legend"));
    m_chartsDock->setWindowTitle(tr("Charts"));
    m_layers->retranslate();
    m_plan->retranslate();
    m_mapControls->retranslate();
    m_inspector->retranslate();
    m_startPage->retranslate();
    (i18n::current() == u"tr" ? m_turkishAction : m_englishAction)->setChecked(true);
    refreshTitle();
    m_projects->fillRecentMenu(m_recentMenu);
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QMainWindow::changeEvent(event);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    closeProject();
    QSettings().setValue(QStringLiteral("windowState"), saveState());
    event->accept();
}

void MainWindow::setLanguage(const QString &language)
{
    i18n::install(language);
    // QEvent::LanguageChange arrives through changeEvent; do it now as well so callers (and
    // tests) see the new texts at once.
    retranslateUi();
}

QString MainWindow::bannerText() const
{
    return m_banner->isHidden() ? QString() : m_banner->text();
}

void MainWindow::setBanner(const QString &text, bool warning)
{
    m_banner->setText(text);
    m_banner->setStyleSheet(warning ? QStringLiteral("background:#fff3c4; color:#5a4500;")
                                    : QStringLiteral("background:#e3eefb; color:#17365d;"));
    m_banner->setVisible(!text.isEmpty());
}

void MainWindow::sessionOpened(Session *session)
{
    QUndoGroup *group = undoGroup(this);
    group->addStack(session->undoStack());
    group->setActiveStack(session->undoStack());
    connect(session, &Session::metaChanged, this, &MainWindow::refreshTitle);
    connect(session, &Session::planChanged, this, &MainWindow::planChanged);
    connect(session, &Session::layersChanged, this, &MainWindow::refreshAll);
    connect(session, &Session::featuresChanged, this, &MainWindow::featuresEdited);
    connect(session, &Session::errorOccurred, this,
            [this](const Error &error) { messages::error(this, error); });
    Project &project = session->project();
    if (project.isReadOnly())
        setBanner(project.readOnlyReason(), true);
    else if (const auto &migration = project.migration())
        setBanner(tr("This project was upgraded from schema version %1 to %2. The original is "
                     "kept as %3.")
                      .arg(migration->fromVersion)
                      .arg(migration->toVersion)
                      .arg(QFileInfo(migration->backupPath).fileName()),
                  false);
    else
        setBanner({}, false);
    m_inspector->setSession(session);
    refreshAll();
    m_editing->setSession(session);
    m_charts->setSession(session, planViewLayer());
}

void MainWindow::sessionClosing()
{
    undoGroup(this)->removeStack(session()->undoStack());
    // The windows that read the session go with it.
    m_plan->closeWindows();
    delete m_layoutDesigner;
    m_layers->closeWindows();
    // Nothing of this project may speak for the next one: the inspected area (its feature id
    // could name another area there), the highlight, the selection, the status bar, the view.
    m_inspector->setSession(nullptr);
    m_canvas->clearSelection();
    m_canvas->setSelectionLayer(0);
    statusBar()->clearMessage();
    m_canvasProject.clear();
    m_editing->setSession(nullptr);
    m_charts->setSession(nullptr, 0);
}

void MainWindow::refreshAll()
{
    Session *open = session();
    m_stack->setCurrentWidget(open ? static_cast<QWidget *>(m_canvas) : m_startPage);
    m_layers->setSession(open);
    if (open) {
        Project &project = open->project();
        const QList<LayerInfo> layers = project.layers();
        // Draw order: basemaps, areas, boundaries over them, facilities on top (loadMapLayers).
        std::vector<std::shared_ptr<const MapLayer>> mapLayers;
        const bool sameProject = m_canvasProject == project.path();
        std::vector<std::shared_ptr<const MapLayer>> previous;
        if (sameProject) {
            previous = m_canvas->layers(); // their geometry is reused, not read again
            // … unless their features were edited.
            std::erase_if(previous,
                          [this](const auto &l) { return m_staleLayers.contains(l->id); });
        }
        m_staleLayers.clear();
        if (auto loaded = loadMapLayers(project.db(), previous))
            mapLayers.assign(loaded->begin(), loaded->end());
        else
            messages::error(this, loaded.error());
        m_legend->setLayers(mapLayers);
        // A new project's first layer is zoomed to, as a project opened is.
        const bool wasEmpty
            = std::none_of(m_canvas->layers().begin(), m_canvas->layers().end(), [](const auto &l) {
                  return l && l->geometry && !l->geometry->extent.isEmpty();
              });
        m_canvas->setLayers(std::move(mapLayers), !sameProject || wasEmpty);
        // Selections go to the current layer of the panel; at first, the first area layer.
        qint64 selectionLayer = sameProject ? m_canvas->selectionLayer() : 0;
        if (!m_canvas->layer(selectionLayer)) {
            selectionLayer = 0;
            for (const LayerInfo &layer : layers)
                if (isAreaRole(layer.role)) {
                    selectionLayer = layer.id;
                    break;
                }
        }
        m_canvas->setSelectionLayer(selectionLayer);
        m_layers->showLayers(layers, selectionLayer);
        m_canvasProject = project.path();
        m_plan->setSession(open);
        m_charts->setAreaLayer(planViewLayer());
        m_charts->refreshWhenShown();
        const ProjectInfo info = project.info();
        m_crsLabel->setText(QStringLiteral("EPSG:%1 %2").arg(info.srsId).arg(info.crsName));
        m_mapControls->setProject(&project.db(), info.srsId);
        m_readOnlyLabel->setText(project.isReadOnly() ? tr("Read-only") : QString());
    } else {
        m_layers->showLayers({}, 0);
        m_canvas->setLayers({}, true);
        m_canvasProject.clear();
        m_plan->setSession(nullptr);
        m_crsLabel->clear();
        m_legend->setLayers({});
        m_mapControls->setProject(nullptr, 0);
        m_readOnlyLabel->clear();
        m_startPage->setRecentProjects(m_projects->recentProjects());
    }
    refreshActions();
    refreshTitle();
}

void MainWindow::refreshActions()
{
    const bool open = session();
    const bool writable = open && !session()->project().isReadOnly();
    for (QAction *action : {m_saveAsAction, m_closeAction, m_analysisRunsAction, m_layoutAction,
                            m_paperAction, m_paperPreviewAction, m_shareAction})
        action->setEnabled(open);
    m_propertiesAction->setEnabled(writable);
    for (QAction *action : {m_coverageAction, m_pressureAction, m_projectionAction})
        action->setEnabled(writable);
}

void MainWindow::featuresEdited(qint64 layerId)
{
    m_staleLayers.insert(layerId);
    refreshAll();
    m_layers->featuresEdited(layerId);
    m_inspector->featuresEdited(layerId);
}

void MainWindow::planChanged()
{
    // New indicators or values: the charts list and draw them again.
    m_charts->setSession(session(), planViewLayer());
    // A plan map view on a layer follows the plan: the layers reload (refreshAll refreshes the
    // plan too).
    for (const auto &layer : m_canvas->layers())
        if (layer->style.field.startsWith(u"plan.")) {
            refreshAll();
            return;
        }
    m_plan->refresh();
}

void MainWindow::refreshTitle()
{
    if (!session()) {
        setWindowTitle(tr("GEİSEP Workbench"));
        return;
    }
    Project &project = session()->project();
    QString title = project.meta(QStringLiteral("name"));
    if (title.isEmpty())
        title = QFileInfo(project.path()).completeBaseName();
    if (project.isReadOnly())
        title += QStringLiteral(" [") + tr("read-only") + QLatin1Char(']');
    setWindowTitle(title + QStringLiteral(" — ") + tr("GEİSEP Workbench"));
}

void MainWindow::aboutDialog()
{
    messages::inform(
        this, tr("About GEİSEP Workbench"),
        tr("<h3>GEİSEP Workbench %1</h3><p>A desktop GIS for the Strategic Action Plan for the "
           "Integration of Migration: migrant-settled neighbourhoods, infrastructure coverage and "
           "muhtar districts on one map, linked to the plan's goals, kept in one GeoPackage "
           "file.</p><p>Built on Qt, GDAL, PROJ, GEOS and SQLite.</p>")
            .arg(QStringLiteral(GEISEP_VERSION)));
}

QString MainWindow::inspectorText() const
{
    return m_inspector->toPlainText();
}

bool MainWindow::identifyAt(double x, double y, double tolerance)
{
    return m_inspector->identifyAt(x, y, tolerance);
}

bool MainWindow::identifyFeature(qint64 layerId, qint64 fid)
{
    return m_inspector->identifyFeature(layerId, fid);
}

LayoutDesigner *MainWindow::showLayoutDesigner()
{
    if (!session())
        return nullptr;
    if (!m_layoutDesigner) {
        m_layoutDesigner = new LayoutDesigner(session(), this);
        m_layoutDesigner->setAttribute(Qt::WA_DeleteOnClose);
        m_layoutDesigner->setSelectionProvider([this] {
            QList<qint64> fids;
            const auto layer = m_canvas->layer(m_canvas->selectionLayer());
            if (layer)
                for (const std::size_t f : m_canvas->selection())
                    fids << layer->geometry->fids[f];
            return std::pair<qint64, QList<qint64>>(layer ? layer->id : 0, fids);
        });
    }
    m_layoutDesigner->show();
    m_layoutDesigner->raise();
    return m_layoutDesigner;
}

AnalysisDialog *MainWindow::makeAnalysisDialog(AnalysisDialog::Kind kind)
{
    if (!session())
        return nullptr;
    auto *dialog = new AnalysisDialog(session(), kind, planViewLayer(), this);
    connect(dialog, &AnalysisDialog::runStored, this, &MainWindow::showAnalysisResult);
    return dialog;
}

void MainWindow::analysisDialog(AnalysisDialog::Kind kind)
{
    std::unique_ptr<AnalysisDialog> dialog(makeAnalysisDialog(kind));
    if (dialog)
        dialog->exec();
}

void MainWindow::showAnalysisResult(qint64 areaLayerId, const QString &field)
{
    if (!session())
        return;
    session()->notifyLayersChanged(); // new gap layers; styles on analysis fields recoloured
    if (const auto layer = m_canvas->layer(areaLayerId))
        setLayerStyle(areaLayerId, analysisStyle(layer->style, field));
    m_inspector->refresh();
}

int MainWindow::runApplication(QApplication &app)
{
    QCoreApplication::setOrganizationName(QStringLiteral("GEISEP"));
    QCoreApplication::setApplicationName(QStringLiteral("GEISEP Workbench"));
    QCoreApplication::setApplicationVersion(QStringLiteral(GEISEP_VERSION));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/geisep.svg")));

    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(QStringLiteral("PROJECT.gpkg"),
                                 QStringLiteral("Project to open."));
    const QCommandLineOption lang(QStringLiteral("lang"),
                                  QStringLiteral("Interface language: tr or en."),
                                  QStringLiteral("LANG"));
    const QCommandLineOption screenshot(QStringLiteral("screenshot"),
                                        QStringLiteral("Save a PNG of the window and quit."),
                                        QStringLiteral("FILE"));
    const QCommandLineOption show(QStringLiteral("show"),
                                  QStringLiteral("With --screenshot: open this window part first "
                                                 "and save it instead (style, plan, action)."),
                                  QStringLiteral("PART"));
    parser.addOptions({lang, screenshot, show});
    parser.process(app);
    // Screenshots for the docs must not show this machine's recent projects or window layout:
    // settings go to an empty folder that is thrown away.
    QTemporaryDir screenshotSettings;
    if (parser.isSet(screenshot)) {
        // Nobody is there to close a message box: messages go to stderr.
        messages::setSink(messages::printingSink());
        QSettings::setDefaultFormat(QSettings::IniFormat);
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, screenshotSettings.path());
    }

    i18n::install(parser.isSet(lang) ? parser.value(lang) : i18n::preferredLanguage());
    MainWindow window;
    window.restoreState(QSettings().value(QStringLiteral("windowState")).toByteArray());
    if (!parser.positionalArguments().isEmpty())
        window.openProject(parser.positionalArguments().first());
    window.show();
    if (parser.isSet(screenshot)) {
        const QString file = parser.value(screenshot);
        const QString part = parser.value(show);
        screenshots::take(window, part, file);
    }
    return app.exec();
}

} // namespace geisep
