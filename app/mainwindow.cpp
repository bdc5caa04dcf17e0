#include "app/mainwindow.h"

#include "app/actionsoverview.h"
#include "app/analysisdialog.h"
#include "app/attributetablewindow.h"
#include "app/chartsdock.h"
#include "app/commands.h"
#include "app/editingtools.h"
#include "app/featureform.h"
#include "app/figuresdialog.h"
#include "app/filedialogs.h"
#include "app/i18n.h"
#include "app/importdialog.h"
#include "app/indicatorsdialog.h"
#include "app/layerfilterdialog.h"
#include "app/layoutdesigner.h"
#include "app/legendwidget.h"
#include "app/mapcanvas.h"
#include "app/mapcontrols.h"
#include "app/messages.h"
#include "app/newprojectdialog.h"
#include "app/planitemdialog.h"
#include "app/roomyrows.h"
#include "app/screenshots.h"
#include "app/session.h"
#include "app/stakeholdersdialog.h"
#include "app/startpage.h"
#include "app/styledialog.h"
#include "app/worker.h"
#include "core/layerlistmodel.h"
#include "core/plantreemodel.h"
#include "core/planviews.h"
#include "core/privacy.h"
#include "core/progress.h"
#include "core/projectlock.h"
#include "gis/analysis.h"
#include "gis/attributetable.h"
#include "gis/crs.h"
#include "gis/exporter.h"
#include "gis/featureedit.h"
#include "gis/importer.h"
#include "gis/layerdata.h"
#include "gis/maplayer.h"
#include "gis/printwords.h"
#include "gis/raster.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCheckBox>
#include <QCloseEvent>
#include <QComboBox>
#include <QCommandLineParser>
#include <QCryptographicHash>
#include <QDialogButtonBox>
#include <QDockWidget>
#include <QFileInfo>
#include <QFormLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMenu>
#include <QMenuBar>
#include <QPrintPreviewDialog>
#include <QPushButton>
#include <QScreen>
#include <QSettings>
#include <QSpinBox>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTableView>
#include <QTemporaryDir>
#include <QTextBrowser>
#include <QTimer>
#include <QToolBar>
#include <QToolButton>
#include <QTreeView>
#include <QUndoGroup>
#include <QUrl>
#include <QVBoxLayout>

#include <map>
#include <set>

namespace geisep {

namespace {
constexpr int kMaxRecent = 8;
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

    m_layerModel = new LayerListModel(this);
    m_planModel = new PlanTreeModel(this);

    createActions();
    createMenus();
    createDocks();

    m_crsLabel = new QLabel(this);
    m_readOnlyLabel = new QLabel(this);
    m_readOnlyLabel->setObjectName(QStringLiteral("readOnlyLabel"));
    statusBar()->addPermanentWidget(m_readOnlyLabel);
    m_mapControls = new MapControls(m_canvas, this);
    addToolBar(Qt::TopToolBarArea, m_mapControls->toolBar());
    m_viewMenu->addSeparator();
    m_viewMenu->addActions(m_mapControls->toolActions());
    m_viewMenu->addSeparator();
    m_viewMenu->addActions(m_mapControls->navigationActions());
    statusBar()->addPermanentWidget(m_crsLabel);
    // Drawing and deleting features bring their own actions: the draw tool among the map's
    // tools, both in Düzen, the new layer in Katman.
    m_editing = new EditingTools(m_canvas, this);
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
    m_layerMenu->insertAction(m_addBasemapAction, m_editing->newLayerAction());
    connect(m_editing, &EditingTools::message, this,
            [this](const QString &text) { statusBar()->showMessage(text, 15000); });
    connect(m_editing, &EditingTools::layerCreated, this, [this](qint64 id) {
        m_layersView->setCurrentIndex(m_layerModel->indexOfLayer(id));
        m_canvas->setSelectionLayer(id);
    });
    connect(m_editing, &EditingTools::drawingStopped, this,
            [this] { m_mapControls->toolActions().first()->setChecked(true); });
    connect(m_canvas, &MapCanvas::clicked, this, &MainWindow::identifyAt);
    connect(m_mapControls, &MapControls::areaChosen, this, &MainWindow::identifyFeature);
    connect(m_mapControls->zoomToLayerAction(), &QAction::triggered, this, [this] {
        const QModelIndex current = m_layersView->currentIndex();
        const qint64 id = current.data(LayerListModel::LayerIdRole).toLongLong();
        if (const auto layer = m_canvas->layer(id))
            m_canvas->zoomToExtent(layer->geometry->extent);
    });
    connect(m_layerModel, &LayerListModel::visibilityRequested, this,
            [this](qint64 layerId, bool visible) {
                if (!m_session)
                    return;
                m_session->undoStack()->push(
                    setLayerVisibleCommand(m_session.get(), layerId, visible));
            });
    connect(
        m_layerModel, &LayerListModel::renameRequested, this,
        [this](qint64 layerId, const QString &name) {
            if (!m_session)
                return;
            const QString old = m_layerModel->indexOfLayer(layerId).data(Qt::EditRole).toString();
            m_session->undoStack()->push(renameLayerCommand(m_session.get(), layerId, old, name));
        });
    connect(m_layerModel, &LayerListModel::orderRequested, this,
            [this](const QList<qint64> &order) {
                if (!m_session || order.isEmpty())
                    return;
                const QModelIndex group = m_layerModel->indexOfLayer(order.front()).parent();
                QList<qint64> old;
                for (int row = 0; row < m_layerModel->rowCount(group); ++row)
                    old.append(m_layerModel->index(row, 0, group)
                                   .data(LayerListModel::LayerIdRole)
                                   .toLongLong());
                // Queued: the view is still inside its drop handling.
                QMetaObject::invokeMethod(
                    this,
                    [this, old, order] {
                        if (m_session)
                            m_session->undoStack()->push(
                                reorderLayersCommand(m_session.get(), old, order));
                    },
                    Qt::QueuedConnection);
            });
    connect(m_layersView->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this](const QModelIndex &current) {
                const qint64 id = current.data(LayerListModel::LayerIdRole).toLongLong();
                if (id > 0)
                    m_canvas->setSelectionLayer(id);
            });

    connect(m_startPage, &StartPage::newRequested, this, &MainWindow::newProjectDialog);
    connect(m_startPage, &StartPage::openRequested, this, &MainWindow::openProjectDialog);
    connect(m_startPage, &StartPage::recentChosen, this, &MainWindow::openProject);

    retranslateUi();
    refreshAll();
    resize(1280, 800);
}

MainWindow::~MainWindow() = default;

void MainWindow::createActions()
{
    m_newAction = new QAction(this);
    m_newAction->setObjectName(QStringLiteral("newProjectAction"));
    m_newAction->setShortcut(QKeySequence::New);
    connect(m_newAction, &QAction::triggered, this, &MainWindow::newProjectDialog);
    m_openAction = new QAction(this);
    m_openAction->setShortcut(QKeySequence::Open);
    connect(m_openAction, &QAction::triggered, this, &MainWindow::openProjectDialog);
    m_saveAsAction = new QAction(this);
    m_saveAsAction->setShortcut(QKeySequence::SaveAs);
    connect(m_saveAsAction, &QAction::triggered, this, &MainWindow::saveAsDialog);
    m_propertiesAction = new QAction(this);
    connect(m_propertiesAction, &QAction::triggered, this, &MainWindow::propertiesDialog);
    m_closeAction = new QAction(this);
    m_closeAction->setShortcut(QKeySequence::Close);
    connect(m_closeAction, &QAction::triggered, this, &MainWindow::closeProject);
    m_quitAction = new QAction(this);
    m_quitAction->setShortcut(QKeySequence::Quit);
    m_quitAction->setMenuRole(QAction::QuitRole);
    connect(m_quitAction, &QAction::triggered, this, &QWidget::close);

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
    connect(m_languageGroup, &QActionGroup::triggered, this, [this](QAction *action) {
        const QString language = action->data().toString();
        i18n::savePreferredLanguage(language);
        setLanguage(language);
    });

    m_importAction = new QAction(this);
    m_importAction->setObjectName(QStringLiteral("importAction"));
    connect(m_importAction, &QAction::triggered, this, &MainWindow::importDialog);
    m_figuresAction = new QAction(this);
    m_figuresAction->setObjectName(QStringLiteral("figuresAction"));
    connect(m_figuresAction, &QAction::triggered, this, &MainWindow::figuresDialog);
    m_exportAction = new QAction(this);
    m_exportAction->setObjectName(QStringLiteral("exportAction"));
    connect(m_exportAction, &QAction::triggered, this, &MainWindow::exportDialog);
    m_addBasemapAction
        = new QAction(QIcon(QStringLiteral(":/icons/map-basemap-add.svg")), QString(), this);
    m_addBasemapAction->setObjectName(QStringLiteral("addBasemapAction"));
    connect(m_addBasemapAction, &QAction::triggered, this, &MainWindow::addBasemapDialog);
    m_styleAction = new QAction(this);
    m_styleAction->setObjectName(QStringLiteral("styleAction"));
    connect(m_styleAction, &QAction::triggered, this, &MainWindow::styleDialog);
    m_filterAction = new QAction(this);
    m_filterAction->setObjectName(QStringLiteral("filterAction"));
    connect(m_filterAction, &QAction::triggered, this, &MainWindow::filterDialog);
    m_attributeTableAction = new QAction(this);
    m_attributeTableAction->setObjectName(QStringLiteral("attributeTableAction"));
    m_attributeTableAction->setShortcut(QKeySequence(Qt::Key_F6));
    connect(m_attributeTableAction, &QAction::triggered, this,
            [this] { openAttributeTable(currentLayerId()); });
    m_opacityAction = new QAction(this);
    m_opacityAction->setObjectName(QStringLiteral("opacityAction"));
    connect(m_opacityAction, &QAction::triggered, this, &MainWindow::opacityDialog);
    m_renameLayerAction = new QAction(this);
    m_renameLayerAction->setObjectName(QStringLiteral("renameLayerAction"));
    m_renameLayerAction->setShortcut(QKeySequence(Qt::Key_F2));
    m_renameLayerAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(m_renameLayerAction, &QAction::triggered, this, [this] {
        const QModelIndex index = m_layersView->currentIndex();
        if (index.isValid() && index.parent().isValid())
            m_layersView->edit(index);
    });
    m_removeLayerAction = new QAction(this);
    m_removeLayerAction->setObjectName(QStringLiteral("removeLayerAction"));
    m_removeLayerAction->setShortcut(QKeySequence::Delete);
    m_removeLayerAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(m_removeLayerAction, &QAction::triggered, this,
            [this] { removeLayer(currentLayerId()); });
    auto planAction = [this](const char *name, const char *icon, auto slot) {
        auto *action = new QAction(this);
        action->setObjectName(QString::fromLatin1(name));
        if (icon)
            action->setIcon(QIcon(QStringLiteral(":/icons/%1.svg").arg(QString::fromLatin1(icon))));
        connect(action, &QAction::triggered, this, slot);
        return action;
    };
    m_addPlanItemAction
        = planAction("addPlanItemAction", "plan-add", [this] { addPlanItemDialog(); });
    m_addPlanItemAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N));
    m_editPlanItemAction
        = planAction("editPlanItemAction", "plan-edit", [this] { editPlanItemDialog(); });
    m_deletePlanItemAction
        = planAction("deletePlanItemAction", "plan-delete", [this] { deletePlanItem(); });
    m_movePlanUpAction = planAction("movePlanUpAction", "plan-up", [this] { movePlanItem(-1); });
    m_movePlanDownAction
        = planAction("movePlanDownAction", "plan-down", [this] { movePlanItem(+1); });
    m_linkAction = planAction("linkAction", "plan-link", [this] { linkDialog(); });
    m_showAreasAction = planAction("showAreasAction", "map-zoom-selection", [this] {
        const auto [kind, id] = currentPlanItem();
        if (showItemAreas(kind, id) > 0)
            m_canvas->zoomToExtent(m_canvas->selectionExtent());
    });
    m_indicatorsAction = planAction("indicatorsAction", nullptr, [this] {
        const auto [kind, id] = currentPlanItem();
        if (!m_session || id <= 0)
            return;
        IndicatorsDialog dialog(m_session.get(), kind, id, this);
        dialog.exec();
    });
    m_stakeholdersAction = planAction("stakeholdersAction", nullptr, [this] {
        if (!m_session)
            return;
        StakeholdersDialog dialog(m_session.get(), this);
        dialog.exec();
        refreshPlan(); // the inspector shows muhtar
    });
    m_actionsOverviewAction
        = planAction("actionsOverviewAction", nullptr, [this] { showActionsOverview(); });
    m_goalsViewAction = planAction("goalsViewAction", nullptr, [this] { goalsViewDialog(); });
    m_unplannedViewAction
        = planAction("unplannedViewAction", nullptr, [this] { unplannedViewDialog(); });
    m_coverageAction = planAction("coverageAction", nullptr,
                                  [this] { analysisDialog(AnalysisDialog::Kind::Coverage); });
    m_pressureAction = planAction("pressureAction", nullptr,
                                  [this] { analysisDialog(AnalysisDialog::Kind::Pressure); });
    m_projectionAction = planAction("projectionAction", nullptr,
                                    [this] { analysisDialog(AnalysisDialog::Kind::Projection); });
    m_analysisRunsAction = planAction("analysisRunsAction", nullptr, [this] {
        if (!m_session)
            return;
        AnalysisRunsDialog dialog(m_session.get(), this);
        dialog.exec();
    });
    m_layoutAction = planAction("layoutAction", nullptr, [this] { showLayoutDesigner(); });
    // Paper: the designer's own Print and Print preview, on the layout it shows.
    auto designerAction = [this](const char *name) {
        if (LayoutDesigner *designer = showLayoutDesigner())
            if (QAction *action = designer->findChild<QAction *>(QLatin1String(name)))
                action->trigger();
    };
    m_paperAction
        = planAction("paperAction", nullptr, [designerAction] { designerAction("print"); });
    m_paperAction->setShortcut(QKeySequence::Print);
    m_paperPreviewAction = planAction("paperPreviewAction", nullptr,
                                      [designerAction] { designerAction("printPreview"); });

    m_aboutAction = new QAction(this);
    m_aboutAction->setMenuRole(QAction::AboutRole);
    connect(m_aboutAction, &QAction::triggered, this, &MainWindow::aboutDialog);
    m_aboutQtAction = new QAction(this);
    m_aboutQtAction->setMenuRole(QAction::AboutQtRole);
    connect(m_aboutQtAction, &QAction::triggered, qApp, &QApplication::aboutQt);
}

void MainWindow::createMenus()
{
    m_projectMenu = menuBar()->addMenu(QString());
    m_projectMenu->setObjectName(QStringLiteral("projectMenu"));
    m_projectMenu->addAction(m_newAction);
    m_projectMenu->addAction(m_openAction);
    m_recentMenu = m_projectMenu->addMenu(QString());
    m_projectMenu->addSeparator();
    m_projectMenu->addAction(m_saveAsAction);
    m_projectMenu->addAction(m_propertiesAction);
    m_projectMenu->addSeparator();
    m_projectMenu->addAction(m_closeAction);
    m_projectMenu->addAction(m_quitAction);

    m_editMenu = menuBar()->addMenu(QString());
    m_editMenu->setObjectName(QStringLiteral("editMenu"));
    m_editMenu->addAction(m_undoAction);
    m_editMenu->addAction(m_redoAction);

    m_viewMenu = menuBar()->addMenu(QString());
    m_viewMenu->setObjectName(QStringLiteral("viewMenu"));

    m_layerMenu = menuBar()->addMenu(QString());
    m_layerMenu->setObjectName(QStringLiteral("layerMenu"));
    m_layerMenu->addAction(m_importAction);
    m_layerMenu->addAction(m_addBasemapAction);
    m_layerMenu->addAction(m_figuresAction);
    m_layerMenu->addAction(m_exportAction);
    m_layerMenu->addSeparator();
    m_layerMenu->addAction(m_attributeTableAction);
    m_layerMenu->addAction(m_styleAction);
    m_layerMenu->addAction(m_filterAction);
    m_layerMenu->addAction(m_opacityAction);
    m_layerMenu->addAction(m_renameLayerAction);
    m_layerMenu->addAction(m_removeLayerAction);

    m_planMenu = menuBar()->addMenu(QString());
    m_planMenu->setObjectName(QStringLiteral("planMenu"));

    m_analysisMenu = menuBar()->addMenu(QString());
    m_analysisMenu->setObjectName(QStringLiteral("analysisMenu"));
    m_analysisMenu->addActions({m_coverageAction, m_pressureAction, m_projectionAction});
    m_analysisMenu->addSeparator();
    m_analysisMenu->addAction(m_analysisRunsAction);

    m_printMenu = menuBar()->addMenu(QString());
    m_printMenu->setObjectName(QStringLiteral("printMenu"));
    m_printMenu->addAction(m_layoutAction);
    m_printMenu->addSeparator();
    m_printMenu->addAction(m_paperAction);
    m_printMenu->addAction(m_paperPreviewAction);

    m_helpMenu = menuBar()->addMenu(QString());
    m_helpMenu->setObjectName(QStringLiteral("helpMenu"));
    m_helpMenu->addAction(m_aboutAction);
    m_helpMenu->addAction(m_aboutQtAction);
}

void MainWindow::createDocks()
{
    m_layersView = new QTreeView(this);
    m_layersView->setObjectName(QStringLiteral("layersView"));
    m_layersView->setModel(m_layerModel);
    m_layersView->setHeaderHidden(true);
    useRoomyRows(m_layersView); // "Örnek": the dots of capitals whole
    m_layersView->setDragDropMode(QAbstractItemView::InternalMove);
    m_layersView->setDefaultDropAction(Qt::MoveAction);
    m_layersView->setDropIndicatorShown(true);
    m_layersView->setEditTriggers(QAbstractItemView::EditKeyPressed);
    m_layersView->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_layersView, &QWidget::customContextMenuRequested, this,
            &MainWindow::layersContextMenu);
    connect(m_layersView, &QAbstractItemView::doubleClicked, this,
            [this](const QModelIndex &index) {
                if (index.parent().isValid())
                    styleDialog();
            });
    m_layersDock = new QDockWidget(this);
    m_layersDock->setObjectName(QStringLiteral("layersDock"));
    m_layersDock->setWidget(m_layersView);
    addDockWidget(Qt::LeftDockWidgetArea, m_layersDock);

    m_planView = new QTreeView(this);
    m_planView->setObjectName(QStringLiteral("planView"));
    m_planView->setModel(m_planModel);
    m_planView->setHeaderHidden(true);
    m_planView->setWordWrap(true);
    useRoomyRows(m_planView);
    m_planView->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_planView->addActions({m_addPlanItemAction, m_editPlanItemAction, m_deletePlanItemAction,
                            m_movePlanUpAction, m_movePlanDownAction, m_linkAction,
                            m_showAreasAction, m_indicatorsAction});
    // Areas selected on the map can be dragged onto a goal, objective or action.
    m_planView->setDragDropMode(QAbstractItemView::DropOnly);
    m_planView->setAcceptDrops(true);
    m_planView->setDropIndicatorShown(true);
    m_planView->setDefaultDropAction(Qt::LinkAction);
    connect(m_planModel, &PlanTreeModel::featuresDropped, this,
            [this](int kind, qint64 id, qint64 layerId, const QList<qint64> &fids) {
                featuresDroppedOnPlan(PlanKind(kind), id, layerId, fids);
            });
    connect(m_planView, &QAbstractItemView::doubleClicked, this, [this](const QModelIndex &index) {
        if (index.parent().isValid())
            editPlanItemDialog();
    });
    auto *planTools = new QToolBar(this);
    planTools->setObjectName(QStringLiteral("planToolBar"));
    planTools->setIconSize(QSize(18, 18));
    planTools->addActions({m_addPlanItemAction, m_editPlanItemAction, m_deletePlanItemAction});
    planTools->addSeparator();
    planTools->addActions({m_movePlanUpAction, m_movePlanDownAction});
    planTools->addSeparator();
    planTools->addActions({m_linkAction, m_showAreasAction});
    planTools->addSeparator();
    planTools->addAction(m_indicatorsAction);
    auto *planPanel = new QWidget(this);
    auto *planLayout = new QVBoxLayout(planPanel);
    planLayout->setContentsMargins(0, 0, 0, 0);
    planLayout->setSpacing(0);
    planLayout->addWidget(planTools);
    planLayout->addWidget(m_planView, 1);
    m_planDock = new QDockWidget(this);
    m_planDock->setObjectName(QStringLiteral("planDock"));
    m_planDock->setWidget(planPanel);
    addDockWidget(Qt::LeftDockWidgetArea, m_planDock);

    m_legend = new LegendWidget(this);
    m_legend->setObjectName(QStringLiteral("legend"));
    m_legendDock = new QDockWidget(this);
    m_legendDock->setObjectName(QStringLiteral("legendDock"));
    m_legendDock->setWidget(m_legend);
    addDockWidget(Qt::RightDockWidgetArea, m_legendDock);
    m_charts = new ChartsPanel(this);
    m_chartsDock = new QDockWidget(this);
    m_chartsDock->setObjectName(QStringLiteral("chartsDock"));
    m_chartsDock->setWidget(m_charts);
    addDockWidget(Qt::RightDockWidgetArea, m_chartsDock);

    m_inspector = new QTextBrowser(this);
    m_inspector->setObjectName(QStringLiteral("inspector"));
    m_inspector->setOpenLinks(false);
    connect(m_inspector, &QTextBrowser::anchorClicked, this, [this](const QUrl &url) {
        if (url.toString() == u"geisep:edit-attributes" && m_inspectedLayer > 0)
            m_editing->editAttributes(m_inspectedLayer, m_inspectedFid);
    });
    m_inspectorDock = new QDockWidget(this);
    m_inspectorDock->setObjectName(QStringLiteral("inspectorDock"));
    m_inspectorDock->setWidget(m_inspector);
    addDockWidget(Qt::RightDockWidgetArea, m_inspectorDock);
    splitDockWidget(m_inspectorDock, m_legendDock, Qt::Vertical);
    tabifyDockWidget(m_legendDock, m_chartsDock);
    m_legendDock->raise();
    resizeDocks({m_layersDock, m_inspectorDock}, {300, 280}, Qt::Horizontal);

    m_viewMenu->addAction(m_layersDock->toggleViewAction());
    m_viewMenu->addAction(m_planDock->toggleViewAction());
    m_viewMenu->addAction(m_inspectorDock->toggleViewAction());
    m_viewMenu->addAction(m_legendDock->toggleViewAction());
    m_viewMenu->addAction(m_chartsDock->toggleViewAction());
    m_viewMenu->addSeparator();
    m_languageMenu = m_viewMenu->addMenu(QString());
    m_languageMenu->addAction(m_turkishAction);
    m_languageMenu->addAction(m_englishAction);
    m_planMenu->addActions({m_addPlanItemAction, m_editPlanItemAction, m_deletePlanItemAction});
    m_planMenu->addSeparator();
    m_planMenu->addActions({m_movePlanUpAction, m_movePlanDownAction});
    m_planMenu->addSeparator();
    m_planMenu->addActions({m_linkAction, m_showAreasAction});
    m_planMenu->addSeparator();
    m_planMenu->addActions({m_indicatorsAction, m_stakeholdersAction, m_actionsOverviewAction});
    m_planMapMenu = m_planMenu->addMenu(QString());
    m_planMapMenu->setObjectName(QStringLiteral("planMapMenu"));
    m_planMapMenu->addActions({m_goalsViewAction, m_unplannedViewAction});
    m_planMenu->addSeparator();
    m_planMenu->addAction(m_planDock->toggleViewAction());
    connect(m_planView->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &MainWindow::refreshPlanActions);
}

void MainWindow::retranslateUi()
{
    m_projectMenu->setTitle(tr("&Project"));
    m_recentMenu->setTitle(tr("&Recent projects"));
    m_editMenu->setTitle(tr("&Edit"));
    if (m_editing)
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
    m_closeAction->setText(tr("&Close"));
    m_quitAction->setText(tr("&Quit"));
    QUndoGroup *group = undoGroup(this);
    Q_UNUSED(group)
    m_undoAction->setText(tr("&Undo"));
    m_redoAction->setText(tr("&Redo"));
    m_turkishAction->setText(tr("Türkçe"));
    m_englishAction->setText(tr("English"));
    m_importAction->setText(tr("&Import…"));
    m_exportAction->setText(tr("&Export…"));
    m_figuresAction->setText(tr("&Figures per area…"));
    m_addBasemapAction->setText(tr("Add &basemap…"));
    m_addBasemapAction->setToolTip(tr("Link an offline raster map (GeoTIFF, MBTiles, GeoPackage "
                                      "tiles) under the layers"));
    m_styleAction->setText(tr("&Style…"));
    m_filterAction->setText(tr("&Filter…"));
    m_filterAction->setToolTip(tr("Show, list, analyse and print only the features that match "
                                  "an expression"));
    m_attributeTableAction->setText(tr("&Attribute table"));
    m_opacityAction->setText(tr("&Opacity…"));
    m_renameLayerAction->setText(tr("Re&name"));
    m_removeLayerAction->setText(tr("&Remove layer"));
    m_addPlanItemAction->setText(tr("&Add below…"));
    m_addPlanItemAction->setToolTip(tr("Add a goal to the sector, an objective to the goal or an "
                                       "action to the objective"));
    m_editPlanItemAction->setText(tr("&Edit…"));
    m_deletePlanItemAction->setText(tr("&Delete"));
    m_movePlanUpAction->setText(tr("Move &up"));
    m_movePlanDownAction->setText(tr("Move do&wn"));
    m_linkAction->setText(tr("&Link selected areas…"));
    m_linkAction->setToolTip(tr("Link the areas selected on the map to this goal, objective or "
                                "action"));
    m_showAreasAction->setText(tr("&Show its areas on the map"));
    m_indicatorsAction->setText(tr("&Indicators…"));
    m_indicatorsAction->setToolTip(tr("Indicators of this objective or action, their values per "
                                      "area and year and their progress"));
    m_stakeholdersAction->setText(tr("&Stakeholder register…"));
    m_actionsOverviewAction->setText(tr("Actions &overview…"));
    m_planMapMenu->setTitle(tr("Plan on the &map"));
    m_goalsViewAction->setText(tr("Areas by &goals of a sector…"));
    m_unplannedViewAction->setText(tr("&Unplanned areas…"));
    m_unplannedViewAction->setToolTip(tr("Areas with a high migrant share and no linked action"));
    m_coverageAction->setText(tr("Infrastructure &coverage…"));
    m_pressureAction->setText(tr("Migration &pressure…"));
    m_projectionAction->setText(tr("Population p&rojection…"));
    m_analysisRunsAction->setText(tr("Analysis &runs…"));
    m_layoutAction->setText(tr("&Layout designer…"));
    m_paperAction->setText(tr("&Print on paper…"));
    m_paperPreviewAction->setText(tr("Print pre&view…"));
    m_aboutAction->setText(tr("&About GEİSEP Workbench"));
    m_aboutQtAction->setText(tr("About &Qt"));

    m_layersDock->setWindowTitle(tr("Layers"));
    m_planDock->setWindowTitle(tr("Plan"));
    m_inspectorDock->setWindowTitle(tr("Area inspector"));
    m_legendDock->setWindowTitle(tr("Legend"));
    m_chartsDock->setWindowTitle(tr("Charts"));
    m_mapControls->retranslate();
    m_inspector->setPlaceholderText(tr("Click an area on the map to see its name, district, "
                                       "muhtar, population and linked goals."));
    m_startPage->retranslate();
    m_layerModel->retranslate();
    m_planModel->setEnglish(i18n::current() != u"tr");
    (i18n::current() == u"tr" ? m_turkishAction : m_englishAction)->setChecked(true);
    refreshTitle();
    refreshRecentMenu();
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

void MainWindow::showError(const Error &error)
{
    messages::error(this, error);
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

void MainWindow::attachSession(std::unique_ptr<Session> session)
{
    closeProject();
    m_session = std::move(session);
    QUndoGroup *group = undoGroup(this);
    group->addStack(m_session->undoStack());
    group->setActiveStack(m_session->undoStack());
    connect(m_session.get(), &Session::metaChanged, this, &MainWindow::refreshTitle);
    connect(m_session.get(), &Session::planChanged, this, &MainWindow::planChanged);
    connect(m_session.get(), &Session::layersChanged, this, &MainWindow::refreshAll);
    connect(m_session.get(), &Session::featuresChanged, this, &MainWindow::featuresEdited);
    connect(m_session.get(), &Session::errorOccurred, this, &MainWindow::showError);
    Project &project = m_session->project();
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
    addRecent(project.path());
    refreshAll();
    restoreProjectView();
    m_editing->setSession(m_session.get());
    m_charts->setSession(m_session.get(), planViewLayer());
}

namespace {

// Where a project's own view is kept in the settings: by its path, hashed (a key holds no '/').
QString projectViewKey(const QString &path)
{
    const QByteArray canonical = QFileInfo(path).absoluteFilePath().toUtf8();
    return QStringLiteral("projectViews/")
           + QString::fromLatin1(
               QCryptographicHash::hash(canonical, QCryptographicHash::Sha1).toHex().left(16));
}

} // namespace

void MainWindow::saveProjectView()
{
    if (!m_session)
        return;
    QSettings settings;
    settings.beginGroup(projectViewKey(m_session->project().path()));
    settings.setValue(QStringLiteral("geometry"), saveGeometry());
    settings.setValue(QStringLiteral("state"), saveState());
    const Viewport &vp = m_canvas->viewport();
    if (vp.isValid() && !m_canvas->layers().empty())
        settings.setValue(QStringLiteral("view"),
                          QVariantList{vp.centerX(), vp.centerY(), vp.unitsPerPixel()});
    settings.endGroup();
}

void MainWindow::restoreProjectView()
{
    if (!m_session)
        return;
    // Window size and docks as they were with this project, and its map where it was left.
    QSettings settings;
    settings.beginGroup(projectViewKey(m_session->project().path()));
    if (const QByteArray geometry = settings.value(QStringLiteral("geometry")).toByteArray();
        !geometry.isEmpty())
        restoreGeometry(geometry);
    if (const QByteArray state = settings.value(QStringLiteral("state")).toByteArray();
        !state.isEmpty())
        restoreState(state);
    const QVariantList view = settings.value(QStringLiteral("view")).toList();
    if (view.size() == 3 && view[2].toDouble() > 0 && !m_canvas->layers().empty())
        m_canvas->setViewport(
            Viewport(view[0].toDouble(), view[1].toDouble(), view[2].toDouble(), m_canvas->size()));
    settings.endGroup();
}

bool MainWindow::openProject(const QString &path)
{
    // The open project chosen again (Recent projects, Open…, the start page), by this name or
    // another: it is closed first and opened afresh. Opened beside itself, it met its own lock
    // and came up read-only, "open in another program" — this one.
    if (m_session) {
        const QString identity = ProjectLock::identityLockPathFor(path);
        if (!identity.isEmpty()
            && identity == ProjectLock::identityLockPathFor(m_session->project().path()))
            closeProject();
    }
    auto project = Project::open(path);
    if (!project) {
        showError(project.error());
        return false;
    }
    // Areas drawn, deleted or renamed in another program (QGIS) since it was last open here.
    auto reconciled = FeatureEditor(**project).reconcileAreas();
    attachSession(std::make_unique<Session>(std::move(*project)));
    if (!reconciled)
        showError(reconciled.error());
    else if (!reconciled->isEmpty())
        setBanner(m_banner->text().isEmpty()
                      ? reconcileMessage(*reconciled)
                      : m_banner->text() + u'\n' + reconcileMessage(*reconciled),
                  false);
    return true;
}

QString MainWindow::reconcileMessage(const QList<ReconciledLayer> &layers)
{
    QStringList parts;
    for (const ReconciledLayer &l : layers) {
        QStringList what;
        if (!l.added.isEmpty())
            what << tr("%n added (%1)", nullptr, int(l.added.size()))
                        .arg(l.added.mid(0, 5).join(QStringLiteral(", ")));
        if (!l.removed.isEmpty()) {
            QString removed = tr("%n deleted (%1)", nullptr, int(l.removed.size()))
                                  .arg(l.removed.mid(0, 5).join(QStringLiteral(", ")));
            const qint64 links = l.removedRows.value(QStringLiteral("geisep_area_links"));
            const qint64 figures = l.removedRows.value(QStringLiteral("geisep_area_figures"));
            if (links + figures > 0)
                removed += QStringLiteral(", ")
                           + tr("%1 plan link(s) and %2 figure(s) that named them went too")
                                 .arg(links)
                                 .arg(figures);
            what << removed;
        }
        if (l.renamed > 0)
            what << tr("%n renamed", nullptr, int(l.renamed));
        parts << tr("%1: %2").arg(l.layer, what.join(QStringLiteral("; ")));
    }
    return tr("Another program changed areas of this project since it was last open here; their "
              "area rows were brought in step. %1.")
        .arg(parts.join(QStringLiteral(". ")));
}

bool MainWindow::createProject(const QString &path, const QString &name, const QString &province,
                               int epsg)
{
    auto options = Crs::newProject(name, province, epsg);
    if (!options) {
        showError(options.error());
        return false;
    }
    auto project = Project::create(path, *options);
    if (!project) {
        showError(project.error());
        return false;
    }
    attachSession(std::make_unique<Session>(std::move(*project)));
    return true;
}

void MainWindow::closeProject()
{
    if (!m_session)
        return;
    saveProjectView();
    undoGroup(this)->removeStack(m_session->undoStack());
    delete m_actionsOverview; // they read the session
    delete m_layoutDesigner;
    for (const QPointer<AttributeTableWindow> &table : std::as_const(m_attributeTables))
        delete table.data();
    m_attributeTables.clear();
    // Nothing of this project may speak for the next one: the inspected area (its feature id
    // could name another area there), the highlight, the selection, the status bar, the view.
    m_inspectedLayer = m_inspectedFid = 0;
    m_inspector->clear();
    m_canvas->setHighlight(nullptr, 0);
    m_canvas->clearSelection();
    m_canvas->setSelectionLayer(0);
    statusBar()->clearMessage();
    m_canvasProject.clear();
    m_editing->setSession(nullptr);
    m_charts->setSession(nullptr, 0);
    m_session.reset();
    setBanner({}, false);
    refreshAll();
}

void MainWindow::refreshAll()
{
    const bool open = bool(m_session);
    m_stack->setCurrentWidget(open ? static_cast<QWidget *>(m_canvas) : m_startPage);
    if (open) {
        Project &project = m_session->project();
        const QList<LayerInfo> layers = project.layers();
        m_layerModel->setLayers(layers);
        m_layersView->expandAll();
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
            showError(loaded.error());
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
        if (selectionLayer > 0)
            m_layersView->setCurrentIndex(m_layerModel->indexOfLayer(selectionLayer));
        m_canvasProject = project.path();
        refreshPlan();
        m_charts->setAreaLayer(planViewLayer());
        m_charts->refreshWhenShown();
        const ProjectInfo info = project.info();
        m_crsLabel->setText(QStringLiteral("EPSG:%1 %2").arg(info.srsId).arg(info.crsName));
        m_mapControls->setProject(&project.db(), info.srsId);
        m_readOnlyLabel->setText(project.isReadOnly() ? tr("Read-only") : QString());
    } else {
        m_layerModel->setLayers({});
        m_canvas->setLayers({}, true);
        m_canvasProject.clear();
        m_planModel->reload(nullptr);
        m_crsLabel->clear();
        m_legend->setLayers({});
        m_mapControls->setProject(nullptr, 0);
        m_readOnlyLabel->clear();
        m_startPage->setRecentProjects(recentProjects());
    }
    for (QAction *action : {m_saveAsAction, m_propertiesAction, m_closeAction, m_exportAction})
        action->setEnabled(open);
    const bool writable = open && !m_session->project().isReadOnly();
    m_importAction->setEnabled(writable);
    m_addBasemapAction->setEnabled(writable);
    for (QAction *action :
         {m_styleAction, m_filterAction, m_opacityAction, m_renameLayerAction, m_removeLayerAction})
        action->setEnabled(writable);
    m_figuresAction->setEnabled(open);
    m_attributeTableAction->setEnabled(open);
    m_propertiesAction->setEnabled(open && !m_session->project().isReadOnly());
    refreshTitle();
}

void MainWindow::featuresEdited(qint64 layerId)
{
    m_staleLayers.insert(layerId);
    refreshAll();
    // The table is refreshed after the edit that its own cell started has finished.
    if (AttributeTableWindow *table = attributeTable(layerId))
        QMetaObject::invokeMethod(table, &AttributeTableWindow::refresh, Qt::QueuedConnection);
    if (m_inspectedLayer == layerId) {
        const auto layer = m_canvas->layer(layerId);
        if (layer && layer->geometry && layer->geometry->indexOfFid(m_inspectedFid))
            identifyFeature(layerId, m_inspectedFid);
        else {
            m_inspectedLayer = m_inspectedFid = 0;
            m_inspector->clear();
            m_canvas->setHighlight(nullptr, 0);
        }
    }
}

void MainWindow::refreshTitle()
{
    if (!m_session) {
        setWindowTitle(tr("GEİSEP Workbench"));
        return;
    }
    Project &project = m_session->project();
    QString title = project.meta(QStringLiteral("name"));
    if (title.isEmpty())
        title = QFileInfo(project.path()).completeBaseName();
    if (project.isReadOnly())
        title += QStringLiteral(" [") + tr("read-only") + QLatin1Char(']');
    setWindowTitle(title + QStringLiteral(" — ") + tr("GEİSEP Workbench"));
}

QStringList MainWindow::recentProjects() const
{
    QStringList paths;
    for (const QString &path : QSettings().value(QStringLiteral("recentProjects")).toStringList())
        if (QFileInfo::exists(path))
            paths.append(path);
    return paths;
}

void MainWindow::addRecent(const QString &path)
{
    QStringList paths = recentProjects();
    const QString absolute = QFileInfo(path).absoluteFilePath();
    paths.removeAll(absolute);
    paths.prepend(absolute);
    while (paths.size() > kMaxRecent)
        paths.removeLast();
    QSettings().setValue(QStringLiteral("recentProjects"), paths);
    refreshRecentMenu();
}

void MainWindow::refreshRecentMenu()
{
    m_recentMenu->clear();
    const QStringList paths = recentProjects();
    for (const QString &path : paths) {
        QAction *action = m_recentMenu->addAction(QFileInfo(path).fileName());
        action->setToolTip(path);
        action->setStatusTip(path);
        connect(action, &QAction::triggered, this, [this, path] { openProject(path); });
    }
    m_recentMenu->setEnabled(!paths.isEmpty());
}

void MainWindow::newProjectDialog()
{
    NewProjectDialog dialog(this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    QString path = dialog.filePath();
    if (!path.endsWith(QStringLiteral(".gpkg"), Qt::CaseInsensitive))
        path += QStringLiteral(".gpkg");
    createProject(path, dialog.projectName(), dialog.province(), dialog.epsg());
}

void MainWindow::openProjectDialog()
{
    const QString path = files::openFile(this, tr("Open project"), QString(),
                                         tr("GEİSEP projects (*.gpkg);;All files (*)"));
    if (!path.isEmpty())
        openProject(path);
}

void MainWindow::saveAsDialog()
{
    if (!m_session)
        return;
    QString path
        = files::saveFile(this, tr("Save project as"), QString(), tr("GEİSEP projects (*.gpkg)"));
    if (path.isEmpty())
        return;
    if (!path.endsWith(QStringLiteral(".gpkg"), Qt::CaseInsensitive))
        path += QStringLiteral(".gpkg");
    if (QFileInfo::exists(path) && !QFile::remove(path)) {
        showError(Error{tr("Cannot replace the file."), path, tr("Choose another name.")});
        return;
    }
    if (auto ok = m_session->project().copyTo(path); !ok) {
        showError(ok.error());
        return;
    }
    openProject(path);
}

void MainWindow::propertiesDialog()
{
    if (!m_session)
        return;
    Project &project = m_session->project();
    QDialog dialog(this);
    dialog.setWindowTitle(tr("Project properties"));
    auto *name = new QLineEdit(project.meta(QStringLiteral("name")), &dialog);
    auto *province = new QLineEdit(project.meta(QStringLiteral("province")), &dialog);
    auto *municipality = new QLineEdit(project.meta(QStringLiteral("municipality")), &dialog);
    auto *threshold = new QSpinBox(&dialog);
    threshold->setObjectName(QStringLiteral("privacyThreshold"));
    threshold->setRange(Privacy::kMinimumThreshold, 1000);
    threshold->setValue(Privacy::threshold(project.db()));
    threshold->setToolTip(tr("Counts of migrants below this print and export as \"<N\", the rates "
                             "from them are withheld (never below %1).")
                              .arg(Privacy::kMinimumThreshold));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    auto *form = new QFormLayout(&dialog);
    form->addRow(tr("Project name:"), name);
    form->addRow(tr("Province (il):"), province);
    form->addRow(tr("Municipality (belediye):"), municipality);
    form->addRow(tr("Small-cell threshold:"), threshold);
    form->addRow(buttons);
    connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    if (dialog.exec() != QDialog::Accepted)
        return;
    QUndoStack *stack = m_session->undoStack();
    const QList<std::tuple<QString, QString, QString>> edits = {
        {QStringLiteral("name"), name->text().trimmed(), tr("Rename project")},
        {QStringLiteral("province"), province->text().trimmed(), tr("Change province")},
        {QStringLiteral("municipality"), municipality->text().trimmed(), tr("Change municipality")},
        {QStringLiteral("privacy_threshold"), QString::number(threshold->value()),
         tr("Change the small-cell threshold")}};
    for (const auto &[key, value, text] : edits)
        if (project.meta(key) != value)
            stack->push(new SetMetaCommand(m_session.get(), key, value, text));
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

bool MainWindow::importLayer(const ImportOptions &options)
{
    if (!m_session)
        return false;
    if (isRasterFile(options.path) || options.role == u"basemap")
        return addBasemap(options.path);
    Project &project = m_session->project();
    Result<ImportReport> result = fail(QString());
    BackgroundTask::run(this, tr("Importing %1…").arg(QFileInfo(options.path).fileName()),
                        [&](const std::function<bool(qint64, qint64)> &progress) {
                            result = LayerImporter::run(project, options, progress);
                        });
    m_session->notifyLayersChanged();
    if (!result) {
        showError(result.error());
        return false;
    }
    statusBar()->showMessage(tr("Imported %1: %2 features, %3 repaired, %4 skipped.")
                                 .arg(options.name.isEmpty() ? result->table : options.name,
                                      QString::number(result->written),
                                      QString::number(result->repaired),
                                      QString::number(result->skipped)),
                             15000);
    const QString report = result->toText();
    messages::inform(this, tr("Import report"), report.section(u'\n', 0, 1), report);
    return true;
}

void MainWindow::importDialog()
{
    if (!m_session)
        return;
    ImportDialog dialog(m_session->project().layers(), this);
    if (m_canvas->layers().size() > 0)
        dialog.setMapView(m_canvas->viewport().visibleExtent(),
                          m_session->project().meta(QStringLiteral("srs_id")).toInt());
    if (dialog.exec() != QDialog::Accepted)
        return;
    importLayer(dialog.options());
}

void MainWindow::figuresDialog()
{
    if (!m_session)
        return;
    FiguresDialog dialog(m_session->project(), this);
    dialog.exec();
    m_session->notifyLayersChanged();
}

qint64 MainWindow::currentLayerId() const
{
    return m_layersView->currentIndex().data(LayerListModel::LayerIdRole).toLongLong();
}

bool MainWindow::addBasemap(const QString &path)
{
    if (!m_session)
        return false;
    auto id = geisep::addBasemap(m_session->project(), path);
    if (!id) {
        showError(id.error());
        return false;
    }
    QString name = QFileInfo(path).completeBaseName();
    for (const LayerInfo &layer : m_session->project().layers())
        if (layer.id == *id)
            name = layer.name;
    m_session->undoStack()->push(addedBasemapCommand(m_session.get(), *id, name));
    if (const auto layer = m_canvas->layer(*id); layer && !layer->problem.isEmpty())
        statusBar()->showMessage(layer->problem, 15000);
    return true;
}

void MainWindow::addBasemapDialog()
{
    if (!m_session)
        return;
    const QString path = files::openFile(
        this, tr("Add a basemap"), QString(),
        tr("Raster maps (*.tif *.tiff *.mbtiles *.gpkg *.jp2 *.vrt);;All files (*)"));
    if (!path.isEmpty())
        addBasemap(path);
}

void MainWindow::setLayerStyle(qint64 layerId, const LayerStyle &style)
{
    const auto layer = m_canvas->layer(layerId);
    if (!m_session || !layer || layer->style == style)
        return;
    m_session->undoStack()->push(
        setLayerStyleCommand(m_session.get(), layerId, layer->style, style));
}

void MainWindow::setLayerOpacity(qint64 layerId, double opacity)
{
    const auto layer = m_canvas->layer(layerId);
    if (!m_session || !layer || qFuzzyCompare(layer->opacity, opacity))
        return;
    m_session->undoStack()->push(
        setLayerOpacityCommand(m_session.get(), layerId, layer->opacity, opacity));
}

QString MainWindow::undoMenuPath() const
{
    // The undo action's text names the step it would undo; its menu item is the base text.
    return QString(m_editMenu->title()).remove(u'&') + QStringLiteral(" ▸ ")
           + tr("&Undo").remove(u'&');
}

void MainWindow::removeLayer(qint64 layerId)
{
    if (!m_session || layerId <= 0)
        return;
    const QString name = m_layerModel->indexOfLayer(layerId).data(Qt::EditRole).toString();
    m_session->undoStack()->push(removeLayerCommand(m_session.get(), layerId, name));
    statusBar()->showMessage(tr("Removed the layer \"%1\". %2 brings it back until the project "
                                "is closed.")
                                 .arg(name, undoMenuPath()),
                             15000);
}

void MainWindow::styleDialog()
{
    const qint64 id = currentLayerId();
    const auto layer = m_canvas->layer(id);
    if (!m_session || !layer)
        return;
    if (layer->raster || !layer->source.isEmpty()) {
        opacityDialog(); // a basemap has no style but its opacity
        return;
    }
    StyleDialog dialog(m_session->project().db(), *layer, this);
    connect(&dialog, &StyleDialog::applyRequested, this,
            [this, id](const LayerStyle &style) { setLayerStyle(id, style); });
    if (dialog.exec() == QDialog::Accepted)
        setLayerStyle(id, dialog.style());
}

void MainWindow::filterDialog()
{
    const qint64 id = currentLayerId();
    if (!m_session || id <= 0)
        return;
    std::optional<LayerInfo> layer;
    for (const LayerInfo &l : m_session->project().layers())
        if (l.id == id && !l.isRaster)
            layer = l;
    if (!layer)
        return;
    LayerFilterDialog dialog(m_session->project().db(), *layer, this);
    if (dialog.exec() != QDialog::Accepted || dialog.filter() == layer->filter)
        return;
    m_session->undoStack()->push(
        setLayerFilterCommand(m_session.get(), id, layer->filter, dialog.filter()));
}

AttributeTableWindow *MainWindow::attributeTable(qint64 layerId) const
{
    return m_attributeTables.value(layerId).data();
}

AttributeTableWindow *MainWindow::openAttributeTable(qint64 layerId)
{
    if (!m_session)
        return nullptr;
    if (AttributeTableWindow *open = attributeTable(layerId)) {
        open->show();
        open->raise();
        open->activateWindow();
        return open;
    }
    std::optional<LayerInfo> info;
    for (const LayerInfo &l : m_session->project().layers())
        if (l.id == layerId && !l.isRaster)
            info = l;
    if (!info)
        return nullptr;
    auto *table = new AttributeTableWindow(m_session->project().db(), *info, this);
    table->setAttribute(Qt::WA_DeleteOnClose);
    m_attributeTables.insert(layerId, table);
    // The map's selection of this layer ⇄ the table's selected rows.
    const auto fidsOnMap = [this, layerId] {
        return m_canvas->selectionLayer() == layerId ? m_canvas->selectedFids() : QList<qint64>();
    };
    if (!m_session->project().isReadOnly()) {
        table->setEditor(
            [this, layerId](qint64 fid, const QString &field, const QVariant &value) {
                return m_editing->setValue(layerId, fid, field, value);
            },
            {m_editing->deleteAction()});
        table->enableFieldEditing(m_session.get());
    }
    table->setSelectedFeatures(fidsOnMap());
    connect(m_canvas, &MapCanvas::selectionChanged, table,
            [table, fidsOnMap] { table->setSelectedFeatures(fidsOnMap()); });
    connect(table, &AttributeTableWindow::featuresSelected, this,
            [this](qint64 id, const QList<qint64> &fids) {
                const auto layer = m_canvas->layer(id);
                if (!layer || !layer->geometry)
                    return;
                m_canvas->setSelectionLayer(id);
                std::set<std::size_t> features;
                for (const qint64 fid : fids)
                    if (const auto f = layer->geometry->indexOfFid(fid))
                        features.insert(*f);
                m_canvas->setSelection(std::move(features));
            });
    connect(table, &AttributeTableWindow::zoomToFeature, this, [this](qint64 id, qint64 fid) {
        const auto layer = m_canvas->layer(id);
        if (!layer || !layer->geometry)
            return;
        if (const auto f = layer->geometry->indexOfFid(fid))
            m_canvas->zoomToExtent(layer->geometry->boxes[*f]);
        identifyFeature(id, fid);
    });
    table->show();
    return table;
}

void MainWindow::opacityDialog()
{
    const qint64 id = currentLayerId();
    const auto layer = m_canvas->layer(id);
    if (!m_session || !layer)
        return;
    bool ok = false;
    const int percent = QInputDialog::getInt(this, tr("Opacity of %1").arg(layer->name),
                                             tr("Opacity (0 % invisible, 100 % opaque):"),
                                             qRound(layer->opacity * 100), 0, 100, 5, &ok);
    if (ok)
        setLayerOpacity(id, percent / 100.0);
}

void MainWindow::layersContextMenu(const QPoint &pos)
{
    const QModelIndex index = m_layersView->indexAt(pos);
    QMenu menu(this);
    if (index.isValid() && index.parent().isValid()) {
        m_layersView->setCurrentIndex(index);
        menu.addAction(m_mapControls->zoomToLayerAction());
        menu.addSeparator();
        if (!index.data(LayerListModel::IsRasterRole).toBool()) {
            menu.addAction(m_attributeTableAction);
            menu.addAction(m_styleAction);
            menu.addAction(m_filterAction);
        }
        menu.addAction(m_opacityAction);
        menu.addAction(m_renameLayerAction);
        menu.addSeparator();
        menu.addAction(m_removeLayerAction);
    } else {
        menu.addAction(m_importAction);
        menu.addAction(m_addBasemapAction);
    }
    menu.exec(m_layersView->viewport()->mapToGlobal(pos));
}

void MainWindow::planChanged()
{
    // New indicators or values: the charts list and draw them again.
    m_charts->setSession(m_session.get(), planViewLayer());
    // A plan map view on a layer follows the plan: the layers reload (refreshAll refreshes the
    // plan too).
    for (const auto &layer : m_canvas->layers())
        if (layer->style.field.startsWith(u"plan.")) {
            refreshAll();
            return;
        }
    refreshPlan();
}

void MainWindow::refreshPlan()
{
    const auto [kind, id] = currentPlanItem();
    m_planModel->reload(m_session ? &m_session->plan() : nullptr);
    m_planView->expandAll();
    if (id > 0 || kind == PlanKind::Sector)
        m_planView->setCurrentIndex(m_planModel->find(PlanTreeModel::Kind(int(kind)), id));
    if (m_inspectedLayer > 0)
        identifyFeature(m_inspectedLayer, m_inspectedFid);
    refreshPlanActions();
}

std::pair<PlanKind, qint64> MainWindow::currentPlanItem() const
{
    const QModelIndex index = m_planView->currentIndex();
    if (!index.isValid())
        return {PlanKind::Sector, 0};
    return {PlanKind(index.data(PlanTreeModel::KindRole).toInt()),
            index.data(PlanTreeModel::IdRole).toLongLong()};
}

void MainWindow::refreshPlanActions()
{
    const bool writable = m_session && !m_session->project().isReadOnly();
    const auto [kind, id] = currentPlanItem();
    const bool item = id > 0 && kind != PlanKind::Sector;
    m_addPlanItemAction->setEnabled(writable && id > 0);
    m_editPlanItemAction->setEnabled(writable && item);
    m_deletePlanItemAction->setEnabled(writable && item);
    m_movePlanUpAction->setEnabled(writable && item);
    m_movePlanDownAction->setEnabled(writable && item);
    m_linkAction->setEnabled(writable && item);
    m_showAreasAction->setEnabled(m_session && id > 0);
    m_indicatorsAction->setEnabled(m_session && id > 0
                                   && (kind == PlanKind::Objective || kind == PlanKind::Action));
    for (QAction *action :
         {m_stakeholdersAction, m_actionsOverviewAction, m_goalsViewAction, m_unplannedViewAction,
          m_analysisRunsAction, m_layoutAction, m_paperAction, m_paperPreviewAction})
        action->setEnabled(bool(m_session));
    for (QAction *action : {m_coverageAction, m_pressureAction, m_projectionAction})
        action->setEnabled(writable);
}

LayoutDesigner *MainWindow::showLayoutDesigner()
{
    if (!m_session)
        return nullptr;
    if (!m_layoutDesigner) {
        m_layoutDesigner = new LayoutDesigner(m_session.get(), this);
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

QList<qint64> MainWindow::selectedAreaIds() const
{
    QList<qint64> ids;
    const auto layer = m_canvas->layer(m_canvas->selectionLayer());
    if (!m_session || !layer)
        return ids;
    auto stmt = m_session->project().db().prepare(
        "SELECT id FROM geisep_areas WHERE layer_id = ? AND fid = ?");
    if (!stmt)
        return ids;
    for (const std::size_t f : m_canvas->selection()) {
        stmt->reset();
        stmt->bind(1, layer->id).bind(2, layer->geometry->fids[f]);
        if (stmt->step().value_or(false))
            ids << stmt->int64(0);
    }
    return ids;
}

qint64 MainWindow::addPlanItem(const PlanItem &item)
{
    if (!m_session)
        return 0;
    qint64 id = 0;
    m_session->undoStack()->push(addPlanItemCommand(m_session.get(), item, &id));
    if (id > 0)
        m_planView->setCurrentIndex(m_planModel->find(PlanTreeModel::Kind(int(item.kind)), id));
    return id;
}

bool MainWindow::editPlanItem(const PlanItem &item)
{
    if (!m_session)
        return false;
    auto before = m_session->plan().item(item.kind, item.id);
    if (!before) {
        showError(before.error());
        return false;
    }
    if (*before == item)
        return true;
    const int count = m_session->undoStack()->count();
    m_session->undoStack()->push(editPlanItemCommand(m_session.get(), *before, item));
    return m_session->undoStack()->count() > count;
}

bool MainWindow::removePlanItem(PlanKind kind, qint64 id)
{
    if (!m_session || id <= 0 || kind == PlanKind::Sector)
        return false;
    auto item = m_session->plan().item(kind, id);
    auto dependents = m_session->plan().dependents(kind, id);
    if (!item || !dependents) {
        showError(!item ? item.error() : dependents.error());
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
                  .arg(item->titleTr, QLocale().createSeparatedList(parts), undoMenuPath());
        if (!messages::ask(this, tr("Delete"), question))
            return false;
    }
    const int count = m_session->undoStack()->count();
    m_session->undoStack()->push(removePlanItemCommand(m_session.get(), kind, id, item->titleTr));
    return m_session->undoStack()->count() > count;
}

bool MainWindow::linkSelection(PlanKind kind, qint64 id, const QString &priority,
                               const QString &note)
{
    if (!m_session)
        return false;
    const QList<qint64> areas = selectedAreaIds();
    if (areas.isEmpty()) {
        showError(Error{tr("Select areas on the map first (the select tool, or Shift+click)."),
                        {},
                        tr("Only areas of a muhtar district or migrant area layer can be "
                           "linked.")});
        return false;
    }
    const int count = m_session->undoStack()->count();
    m_session->undoStack()->push(
        linkAreasCommand(m_session.get(), areas, kind, id, priority, note));
    if (m_session->undoStack()->count() == count)
        return false;
    statusBar()->showMessage(tr("Linked %n area(s).", nullptr, int(areas.size())), 8000);
    return true;
}

void MainWindow::featuresDroppedOnPlan(PlanKind kind, qint64 id, qint64 layerId,
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
    m_planView->setCurrentIndex(m_planModel->find(PlanTreeModel::Kind(int(kind)), id));
    linkDialog();
}

qint64 MainWindow::planViewLayer() const
{
    // The selection layer when it holds areas, else the first area layer.
    if (const auto layer = m_canvas->layer(m_canvas->selectionLayer());
        layer && isAreaRole(layer->role))
        return layer->id;
    for (const auto &layer : m_canvas->layers())
        if (isAreaRole(layer->role))
            return layer->id;
    return 0;
}

AnalysisDialog *MainWindow::makeAnalysisDialog(AnalysisDialog::Kind kind)
{
    if (!m_session)
        return nullptr;
    auto *dialog = new AnalysisDialog(m_session.get(), kind, planViewLayer(), this);
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
    if (!m_session)
        return;
    m_session->notifyLayersChanged(); // new gap layers; styles on analysis fields recoloured
    if (const auto layer = m_canvas->layer(areaLayerId))
        setLayerStyle(areaLayerId, analysisStyle(layer->style, field));
    if (m_inspectedLayer != 0)
        identifyFeature(m_inspectedLayer, m_inspectedFid);
}

std::shared_ptr<const MapLayer> MainWindow::planViewLayerOrSay()
{
    const auto layer = m_session ? m_canvas->layer(planViewLayer()) : nullptr;
    if (!layer)
        showError(Error{tr("There is no area layer to colour."),
                        {},
                        tr("Import mahalle boundaries first."),
                        QStringLiteral("importAction")});
    return layer;
}

bool MainWindow::showPlanGoalsView(const QString &sectorCode)
{
    const auto layer = planViewLayerOrSay();
    if (!layer)
        return false;
    auto counts = goalsPerArea(m_session->project().db(), sectorCode);
    if (!counts) {
        showError(counts.error());
        return false;
    }
    int most = 1;
    for (const int c : *counts)
        most = std::max(most, c);
    setLayerStyle(layer->id, planGoalsStyle(layer->style, sectorCode, most));
    return true;
}

bool MainWindow::showUnplannedView(double threshold)
{
    const auto layer = planViewLayerOrSay();
    if (!layer)
        return false;
    setLayerStyle(layer->id, unplannedStyle(layer->style, threshold));
    return true;
}

void MainWindow::goalsViewDialog()
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
    const auto [kind, id] = currentPlanItem();
    if (kind == PlanKind::Sector && id > 0)
        current = int(
            codes.indexOf(m_planView->currentIndex().data(PlanTreeModel::CodeRole).toString()));
    bool ok = false;
    const QString chosen = QInputDialog::getItem(this, tr("Areas by goals of a sector"),
                                                 tr("Colour the areas by how many goals of this "
                                                    "sector reach them:"),
                                                 names, std::max(0, current), false, &ok);
    if (ok)
        showPlanGoalsView(codes.value(names.indexOf(chosen)));
}

void MainWindow::unplannedViewDialog()
{
    if (!m_session)
        return;
    bool ok = false;
    const double threshold = QInputDialog::getDouble(
        this, tr("Unplanned areas"),
        tr("Areas whose migrant share (%) is at least this, and that no action reaches:"), 10.0,
        0.0, 100.0, 1, &ok);
    if (ok)
        showUnplannedView(threshold);
}

ActionsOverviewDialog *MainWindow::showActionsOverview()
{
    if (!m_session)
        return nullptr;
    if (!m_actionsOverview) {
        m_actionsOverview
            = new ActionsOverviewDialog(m_session.get(), i18n::current() != u"tr", this);
        m_actionsOverview->setAttribute(Qt::WA_DeleteOnClose);
        connect(m_actionsOverview, &ActionsOverviewDialog::actionActivated, this,
                [this](qint64 id) {
                    m_planView->setCurrentIndex(m_planModel->find(PlanTreeModel::Kind::Action, id));
                    m_planDock->show();
                    showItemAreas(PlanKind::Action, id);
                });
    }
    m_actionsOverview->show();
    m_actionsOverview->raise();
    return m_actionsOverview;
}

int MainWindow::showItemAreas(PlanKind kind, qint64 id)
{
    if (!m_session)
        return 0;
    auto areas = m_session->plan().areasOfItem(kind, id);
    if (!areas)
        return 0;
    // The areas' features in the current area layer (or the first one holding any of them).
    Database &db = m_session->project().db();
    auto stmt = db.prepare("SELECT layer_id, fid FROM geisep_areas WHERE id = ?");
    if (!stmt) {
        showError(stmt.error());
        return 0;
    }
    std::map<qint64, std::set<qint64>> fids;
    for (qint64 area : *areas) {
        stmt->reset();
        stmt->bind(1, area);
        if (stmt->step().value_or(false))
            fids[stmt->int64(0)].insert(stmt->int64(1));
    }
    qint64 layerId = m_canvas->selectionLayer();
    if (!fids.count(layerId) && !fids.empty())
        layerId = fids.begin()->first;
    const auto layer = m_canvas->layer(layerId);
    if (!layer) {
        m_canvas->clearSelection();
        statusBar()->showMessage(tr("No area is linked to this item yet."), 8000);
        return 0;
    }
    std::set<std::size_t> features;
    for (qint64 fid : fids[layerId])
        if (const auto f = layer->geometry->indexOfFid(fid))
            features.insert(*f);
    m_canvas->setSelectionLayer(layerId);
    m_canvas->setSelection(features);
    return int(features.size());
}

void MainWindow::addPlanItemDialog()
{
    if (!m_session)
        return;
    const auto [kind, id] = currentPlanItem();
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
    PlanItemDialog dialog(m_session->project().db(), item, this);
    if (dialog.exec() == QDialog::Accepted)
        addPlanItem(dialog.item());
}

void MainWindow::editPlanItemDialog()
{
    if (!m_session)
        return;
    const auto [kind, id] = currentPlanItem();
    auto item = m_session->plan().item(kind, id);
    if (kind == PlanKind::Sector || !item)
        return;
    PlanItemDialog dialog(m_session->project().db(), *item, this);
    if (dialog.exec() == QDialog::Accepted)
        editPlanItem(dialog.item());
}

void MainWindow::deletePlanItem()
{
    const auto [kind, id] = currentPlanItem();
    removePlanItem(kind, id);
}

void MainWindow::movePlanItem(int delta)
{
    const auto [kind, id] = currentPlanItem();
    if (!m_session || id <= 0 || kind == PlanKind::Sector)
        return;
    m_session->undoStack()->push(movePlanItemCommand(m_session.get(), kind, id, delta));
}

void MainWindow::linkDialog()
{
    const auto [kind, id] = currentPlanItem();
    if (!m_session || id <= 0 || kind == PlanKind::Sector)
        return;
    const int count = int(m_canvas->selection().size());
    QDialog dialog(this);
    dialog.setObjectName(QStringLiteral("linkDialog"));
    dialog.setWindowTitle(tr("Link to…"));
    auto *priority = new QComboBox(&dialog);
    priority->addItem(tr("High"), QStringLiteral("high"));
    priority->addItem(tr("Medium"), QStringLiteral("medium"));
    priority->addItem(tr("Low"), QStringLiteral("low"));
    priority->setCurrentIndex(1);
    auto *note = new QLineEdit(&dialog);
    auto *form = new QFormLayout(&dialog);
    form->addRow(new QLabel(tr("Link %n selected area(s) to “%1”.", nullptr, count)
                                .arg(m_planView->currentIndex().data().toString()),
                            &dialog));
    form->addRow(tr("Priority"), priority);
    form->addRow(tr("Note"), note);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    buttons->button(QDialogButtonBox::Ok)->setEnabled(count > 0);
    connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    form->addRow(buttons);
    if (count == 0)
        form->addRow(new QLabel(tr("Select areas on the map first."), &dialog));
    if (dialog.exec() == QDialog::Accepted)
        linkSelection(kind, id, priority->currentData().toString(), note->text().trimmed());
}

void MainWindow::exportDialog()
{
    if (!m_session)
        return;
    // The layer chosen in the layers panel is offered first.
    QStringList names;
    int current = 0;
    for (const LayerInfo &layer : m_session->project().layers()) {
        if (layer.id == currentLayerId())
            current = int(names.size());
        names.append(layer.name);
    }
    if (names.isEmpty())
        return;
    bool ok = false;
    const QString layer = QInputDialog::getItem(this, tr("Export a layer"), tr("Layer:"), names,
                                                current, false, &ok);
    if (!ok)
        return;
    const QString path = files::saveFile(
        this, tr("Export a layer"), layer,
        tr("GeoPackage (*.gpkg);;GeoJSON (*.geojson);;Shapefile (*.shp);;CSV with WKT (*.csv)"));
    if (path.isEmpty())
        return;
    auto outcome = LayerExporter::run(m_session->project(), layer, path);
    if (!outcome) {
        showError(outcome.error());
        return;
    }
    statusBar()->showMessage(
        tr("Exported %1 features to %2.").arg(QString::number(outcome->features), path), 15000);
}

QString MainWindow::inspectorText() const
{
    return m_inspector->toPlainText();
}

bool MainWindow::identifyAt(double x, double y, double tolerance)
{
    if (!m_session)
        return false;
    // Facilities first, then areas, then the rest (reference outlines are not filled, so a
    // click inside a district means the mahalle under it); topmost first within each.
    std::vector<std::shared_ptr<const MapLayer>> layers;
    for (const QStringList &roles :
         {QStringList{QStringLiteral("infrastructure")},
          QStringList{QStringLiteral("migrant_area"), QStringLiteral("muhtar_district")},
          QStringList{QStringLiteral("reference"), QStringLiteral("basemap")}})
        for (auto it = m_canvas->layers().rbegin(); it != m_canvas->layers().rend(); ++it)
            if (roles.contains((*it)->role) && (*it)->visible)
                layers.push_back(*it);
    for (auto it = layers.begin(); it != layers.end(); ++it) {
        const auto hit = featureAt(*(*it)->geometry, x, y, tolerance);
        if (!hit)
            continue;
        const MapLayer &mapLayer = **it;
        const LayerGeometry &layer = *mapLayer.geometry;
        const qint64 fid = layer.fids[*hit];
        Database &db = m_session->project().db();
        QString html;
        auto area = db.prepare("SELECT id, name, district, province, code FROM geisep_areas "
                               "WHERE layer_id = ? AND fid = ?");
        if (area && area->bind(1, layer.layerId).bind(2, fid).step().value_or(false)) {
            const qint64 areaId = area->int64(0);
            m_charts->setArea(areaId);
            html += QStringLiteral("<h3>%1</h3>").arg(area->text(1).toHtmlEscaped());
            html += QStringLiteral("<table>");
            auto row = [&](const QString &label, const QString &value) {
                if (!value.isEmpty())
                    html += QStringLiteral("<tr><td><b>%1</b>&nbsp;</td><td>%2</td></tr>")
                                .arg(label.toHtmlEscaped(), value.toHtmlEscaped());
            };
            row(tr("District"), area->text(2));
            row(tr("Province"), area->text(3));
            row(tr("Mahalle code"), area->text(4));
            // A migrant settlement: the mahalle it lies in, with the share of its area in each.
            if (mapLayer.role == u"migrant_area") {
                auto shares = FeatureEditor(m_session->project()).mahalleShares(layer.layerId, fid);
                QStringList parts;
                const PrintWords words = PrintWords::inWindowLanguage();
                for (const FeatureEditor::MahalleShare &m :
                     shares.value_or(QList<FeatureEditor::MahalleShare>{}))
                    parts << QStringLiteral("%1 (%2)").arg(m.name, words.percent(m.share * 100));
                row(tr("Mahalle"), parts.join(QStringLiteral(", ")));
            }
            for (const Stakeholder &muhtar :
                 m_session->plan().muhtarsOf(areaId).value_or(QList<Stakeholder>{}))
                row(tr("Muhtar"), muhtar.phone.isEmpty()
                                      ? muhtar.name
                                      : QStringLiteral("%1 · %2").arg(muhtar.name, muhtar.phone));
            area->reset();
            auto figures = db.prepare(
                "SELECT v.name_tr, v.name_en, f.period, f.value FROM geisep_area_figures f JOIN "
                "geisep_variables v ON v.code = f.variable WHERE f.area_id = ? ORDER BY "
                "f.variable, f.period");
            if (figures) {
                figures->bind(1, areaId);
                const bool turkish = i18n::current() == u"tr";
                while (figures->step().value_or(false))
                    row(QStringLiteral("%1 %2").arg(turkish || figures->text(1).isEmpty()
                                                        ? figures->text(0)
                                                        : figures->text(1),
                                                    QString::number(figures->int64(2))),
                        QLocale().toString(figures->real(3), 'f', 0));
            }
            html += QStringLiteral("</table>");
            html += attributesHtml(mapLayer, fid, true);
            // The area's links to the plan, by sector.
            if (auto links = m_session->plan().linksOfArea(areaId)) {
                const bool turkish = i18n::current() == u"tr";
                html += QStringLiteral("<h4>%1</h4>").arg(tr("Plan links").toHtmlEscaped());
                if (links->isEmpty())
                    html += QStringLiteral("<p><i>%1</i></p>")
                                .arg(tr("No goal, objective or action is linked to this area "
                                        "yet.")
                                         .toHtmlEscaped());
                QString sector;
                for (const AreaLinkView &link : *links) {
                    const QString name
                        = turkish || link.sectorEn.isEmpty() ? link.sectorTr : link.sectorEn;
                    if (name != sector) {
                        if (!sector.isEmpty())
                            html += QStringLiteral("</ul>");
                        html += QStringLiteral("<p><b>%1</b></p><ul>").arg(name.toHtmlEscaped());
                        sector = name;
                    }
                    const QString title
                        = turkish || link.itemEn.isEmpty() ? link.itemTr : link.itemEn;
                    const QString priority = link.priority == u"high"  ? tr("high priority")
                                             : link.priority == u"low" ? tr("low priority")
                                                                       : tr("medium priority");
                    html += QStringLiteral("<li>%1 %2 <small>(%3, %4)</small>%5</li>")
                                .arg(link.itemCode.toHtmlEscaped(), title.toHtmlEscaped(),
                                     PlanItemDialog::kindTitle(link.kind).toLower(), priority,
                                     link.note.isEmpty() ? QString()
                                                         : QStringLiteral("<br/><small>%1</small>")
                                                               .arg(link.note.toHtmlEscaped()));
                }
                if (!sector.isEmpty())
                    html += QStringLiteral("</ul>");
            }
            html += analysisHtml(layer.layerId, areaId);
        } else {
            // A feature without an area row (facilities, references): its layer and id.
            const QString category
                = *hit < mapLayer.texts.size() ? mapLayer.texts[*hit] : QString();
            html = QStringLiteral("<h3>%1</h3><p>%2</p>")
                       .arg(mapLayer.name.toHtmlEscaped(),
                            tr("Feature %1").arg(fid)
                                + (category.isEmpty()
                                       ? QString()
                                       : QStringLiteral(" · ") + serviceTitle(category)));
            html += attributesHtml(mapLayer, fid, false);
        }
        m_inspector->setHtml(html);
        m_canvas->setHighlight(*it, *hit);
        m_inspectedLayer = layer.layerId;
        m_inspectedFid = fid;
        return true;
    }
    m_inspectedLayer = m_inspectedFid = 0;
    m_inspector->clear();
    m_canvas->setHighlight(nullptr, 0);
    return false;
}

QString MainWindow::attributesHtml(const MapLayer &layer, qint64 fid, bool nameShown)
{
    QString html;
    // The fields of the layers planners make themselves (settlements, facilities); a mahalle
    // file's many codes stay in the attribute table.
    if (layer.role == u"migrant_area" || layer.role == u"infrastructure") {
        FeatureEditor editor(m_session->project());
        const PrintWords words = PrintWords::inWindowLanguage();
        QString rows;
        const QVariantMap values = editor.fieldValues(layer.id, fid).value_or(QVariantMap());
        for (const EditField &f : editor.fields(layer.id).value_or(QList<EditField>{})) {
            if (f.type == EditField::Type::Blob || (nameShown && f.name == u"name"))
                continue;
            const QVariant stored = values.value(f.name);
            QString text = FeatureFormDialog::typedText(f, stored);
            if (text.isEmpty())
                continue;
            if (f.type == EditField::Type::Integer)
                text = QLocale().toString(stored.toLongLong());
            else if (f.type == EditField::Type::Boolean)
                text = stored.toBool() ? tr("Yes") : tr("No");
            else if (f.name == u"service" && layer.role == u"infrastructure")
                text = serviceTitle(text);
            rows += QStringLiteral("<tr><td><b>%1</b>&nbsp;</td><td>%2</td></tr>")
                        .arg(words.fieldTitle(QStringLiteral("field.") + f.name).toHtmlEscaped(),
                             text.toHtmlEscaped());
        }
        if (!rows.isEmpty())
            html += QStringLiteral("<h4>%1</h4><table>%2</table>")
                        .arg(tr("Attributes").toHtmlEscaped(), rows);
    }
    if (!m_session->project().isReadOnly())
        html += QStringLiteral("<p><a href=\"geisep:edit-attributes\">%1</a></p>")
                    .arg(tr("Edit attributes…").toHtmlEscaped());
    return html;
}

QString MainWindow::analysisHtml(qint64 layerId, qint64 areaId)
{
    Database &db = m_session->project().db();
    const QLocale locale;
    QStringList lines;
    // One run's results for this area, in the order stored: (variable, category) → value.
    struct Stored
    {
        QString variable, category;
        double value;
    };
    auto results = [&](qint64 run) {
        std::vector<Stored> out;
        auto stmt
            = db.prepare("SELECT variable, coalesce(category, ''), value FROM "
                         "geisep_analysis_results WHERE run_id = ? AND area_id = ? ORDER BY id");
        if (stmt) {
            stmt->bind(1, run).bind(2, areaId);
            (void)stmt->forEachRow([&] {
                out.push_back({stmt->text(0), stmt->text(1), stmt->real(2)});
            });
        }
        return out;
    };
    auto valueOf
        = [](const std::vector<Stored> &rs, const QString &variable, const QString &category = {}) {
              for (const Stored &r : rs)
                  if (r.variable == variable && r.category == category)
                      return r.value;
              return std::nan("");
          };
    auto countOf = [&](qint64 run, const QString &variable) {
        auto stmt = db.prepare("SELECT count(*) FROM geisep_analysis_results WHERE run_id = ? AND "
                               "variable = ?");
        if (!stmt)
            return 0;
        stmt->bind(1, run).bind(2, variable);
        return stmt->step().value_or(false) ? int(stmt->int64(0)) : 0;
    };
    if (const qint64 run
        = Analyses::latestRun(db, QStringLiteral("coverage"), layerId).value_or(0)) {
        QMap<QString, QMap<QString, double>> byService;
        QStringList order;
        for (const Stored &r : results(run)) {
            if (r.variable != u"covered_share" && r.variable != u"covered_population_share"
                && r.variable != u"nearest_m")
                continue;
            if (!order.contains(r.category))
                order << r.category;
            byService[r.category][r.variable] = r.value;
        }
        for (const QString &service : order) {
            const auto &v = byService[service];
            QString text
                = tr("%1 % of the area")
                      .arg(locale.toString(v.value(QStringLiteral("covered_share")) * 100, 'f', 0));
            if (v.contains(QStringLiteral("covered_population_share")))
                text += tr(", %1 % of the people")
                            .arg(locale.toString(
                                v.value(QStringLiteral("covered_population_share")) * 100, 'f', 0));
            if (v.contains(QStringLiteral("nearest_m")))
                text += tr("; nearest %1 m")
                            .arg(locale.toString(v.value(QStringLiteral("nearest_m")), 'f', 0));
            lines << QStringLiteral("<tr><td><b>%1</b>&nbsp;</td><td>%2</td></tr>")
                         .arg(serviceTitle(service).toHtmlEscaped(), text.toHtmlEscaped());
        }
        if (!order.isEmpty()) {
            lines.prepend(QStringLiteral("<p><b>%1</b> <small>(%2)</small></p><table>")
                              .arg(tr("Coverage").toHtmlEscaped(), tr("run %1").arg(run)));
            lines << QStringLiteral("</table>");
        }
    }
    if (const qint64 run
        = Analyses::latestRun(db, QStringLiteral("pressure"), layerId).value_or(0)) {
        const auto rs = results(run);
        const double score = valueOf(rs, QStringLiteral("score"));
        // The run's own number of classes (3–9), as its legend has them.
        int classes = 5;
        if (const auto all = Analyses::runs(db))
            for (const AnalysisRun &r : *all)
                if (r.id == run)
                    classes
                        = std::clamp(r.parameters.value(QStringLiteral("classes")).toInt(5), 3, 9);
        if (std::isfinite(score))
            lines << QStringLiteral("<p><b>%1</b> %2 · %3</p>")
                         .arg(tr("Migration pressure").toHtmlEscaped(),
                              locale.toString(score, 'f', 1),
                              tr("rank %1 of %2, %3")
                                  .arg(valueOf(rs, QStringLiteral("rank")))
                                  .arg(countOf(run, QStringLiteral("rank")))
                                  .arg(Pressure::classTitle(
                                      int(valueOf(rs, QStringLiteral("class"))), classes))
                                  .toHtmlEscaped());
    }
    if (const qint64 run
        = Analyses::latestRun(db, QStringLiteral("projection"), layerId).value_or(0)) {
        const auto rs = results(run);
        const double p = valueOf(rs, QStringLiteral("population"), QStringLiteral("medium"));
        int horizon = 0;
        if (auto stmt = db.prepare("SELECT parameters FROM geisep_analysis_runs WHERE id = ?")) {
            stmt->bind(1, run);
            if (stmt->step().value_or(false))
                horizon = QJsonDocument::fromJson(stmt->text(0).toUtf8())
                              .object()
                              .value(QStringLiteral("horizon"))
                              .toInt();
        }
        if (std::isfinite(p)) {
            QString text = tr("%1 people in %2 (medium growth), %3 school places needed")
                               .arg(locale.toString(p, 'f', 0))
                               .arg(horizon)
                               .arg(locale.toString(valueOf(rs, QStringLiteral("school_places"),
                                                            QStringLiteral("medium")),
                                                    'f', 0));
            const double short_
                = valueOf(rs, QStringLiteral("school_shortfall"), QStringLiteral("medium"));
            if (std::isfinite(short_))
                text += tr(", %1 short").arg(locale.toString(short_, 'f', 0));
            lines << QStringLiteral("<p><b>%1</b> %2</p>")
                         .arg(tr("Projection").toHtmlEscaped(), text.toHtmlEscaped());
        }
    }
    if (lines.isEmpty())
        return {};
    return QStringLiteral("<h4>%1</h4>").arg(tr("Analyses").toHtmlEscaped())
           + lines.join(QString());
}

bool MainWindow::identifyFeature(qint64 layerId, qint64 fid)
{
    const auto layer = m_canvas->layer(layerId);
    if (!layer)
        return false;
    const auto f = layer->geometry->indexOfFid(fid);
    if (!f)
        return false;
    const LayerGeometry &g = *layer->geometry;
    const QPointF at = g.kind == LayerGeometry::Kind::Polygons
                           ? g.labelPoints[*f]
                           : QPointF(g.xy[2 * g.ringStart[g.featureStart[*f]]],
                                     g.xy[2 * g.ringStart[g.featureStart[*f]] + 1]);
    return identifyAt(at.x(), at.y(), 0.0);
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
