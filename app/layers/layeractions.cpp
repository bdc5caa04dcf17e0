// The layers dock and the Layer menu: import, basemaps, figures, export and each layer's look.
#include "app/layers/layeractions.h"

#include "app/commands.h"
#include "app/edit/attributetablewindow.h"
#include "app/edit/editingtools.h"
#include "app/filedialogs.h"
#include "app/layers/figuresdialog.h"
#include "app/layers/importdialog.h"
#include "app/layers/layerfilterdialog.h"
#include "app/layers/styledialog.h"
#include "app/map/areainspector.h"
#include "app/map/mapcanvas.h"
#include "app/map/mapcontrols.h"
#include "app/messages.h"
#include "app/roomyrows.h"
#include "app/session.h"
#include "app/worker.h"
#include "core/layerlistmodel.h"
#include "gis/io/exporter.h"
#include "gis/io/importer.h"
#include "gis/io/raster.h"
#include "gis/map/layerdata.h"
#include "gis/map/maplayer.h"

#include <QAction>
#include <QDockWidget>
#include <QFileInfo>
#include <QInputDialog>
#include <QMainWindow>
#include <QMenu>
#include <QStatusBar>
#include <QTreeView>
#include <QUndoStack>

#include <set>

namespace geisep {

LayerActions::LayerActions(QMainWindow *window, MapCanvas *canvas, MapControls *controls,
                           EditingTools *editing, AreaInspector *inspector)
    : QObject(window)
    , m_window(window)
    , m_canvas(canvas)
    , m_controls(controls)
    , m_editing(editing)
    , m_inspector(inspector)
    , m_model(new LayerListModel(this))
{
    createActions();
    createDock();
    connectModel();
}

void LayerActions::createActions()
{
    // The window's children, so that messages find them by name (Error::action).
    auto action = [this](const char *name, auto slot) {
        auto *a = new QAction(m_window);
        a->setObjectName(QString::fromLatin1(name));
        connect(a, &QAction::triggered, this, slot);
        return a;
    };
    m_importAction = action("importAction", [this] { importDialog(); });
    m_figuresAction = action("figuresAction", [this] { figuresDialog(); });
    m_exportAction = action("exportAction", [this] { exportDialog(); });
    m_addBasemapAction = action("addBasemapAction", [this] { addBasemapDialog(); });
    m_addBasemapAction->setIcon(QIcon(QStringLiteral(":/icons/map-basemap-add.svg")));
    m_styleAction = action("styleAction", [this] { styleDialog(); });
    m_filterAction = action("filterAction", [this] { filterDialog(); });
    m_attributeTableAction
        = action("attributeTableAction", [this] { openAttributeTable(currentLayerId()); });
    m_attributeTableAction->setShortcut(QKeySequence(Qt::Key_F6));
    m_opacityAction = action("opacityAction", [this] { opacityDialog(); });
    m_renameAction = action("renameLayerAction", [this] {
        const QModelIndex index = m_view->currentIndex();
        if (index.isValid() && index.parent().isValid())
            m_view->edit(index);
    });
    m_renameAction->setShortcut(QKeySequence(Qt::Key_F2));
    m_renameAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_removeAction = action("removeLayerAction", [this] { removeLayer(currentLayerId()); });
    m_removeAction->setShortcut(QKeySequence::Delete);
    m_removeAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
}

void LayerActions::createDock()
{
    m_view = new QTreeView(m_window);
    m_view->setObjectName(QStringLiteral("layersView"));
    m_view->setModel(m_model);
    m_view->setHeaderHidden(true);
    useRoomyRows(m_view); // "Örnek": the dots of capitals whole
    m_view->setDragDropMode(QAbstractItemView::InternalMove);
    m_view->setDefaultDropAction(Qt::MoveAction);
    m_view->setDropIndicatorShown(true);
    m_view->setEditTriggers(QAbstractItemView::EditKeyPressed);
    m_view->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_view, &QWidget::customContextMenuRequested, this, &LayerActions::contextMenu);
    connect(m_view, &QAbstractItemView::doubleClicked, this, [this](const QModelIndex &index) {
        if (index.parent().isValid())
            styleDialog();
    });
    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this](const QModelIndex &current) {
                const qint64 id = current.data(LayerListModel::LayerIdRole).toLongLong();
                if (id > 0)
                    m_canvas->setSelectionLayer(id);
            });
    m_dock = new QDockWidget(m_window);
    m_dock->setObjectName(QStringLiteral("layersDock"));
    m_dock->setWidget(m_view);
    m_window->addDockWidget(Qt::LeftDockWidgetArea, m_dock);
}

void LayerActions::connectModel()
{
    connect(m_controls->zoomToLayerAction(), &QAction::triggered, this, [this] {
        if (const auto layer = m_canvas->layer(currentLayerId()))
            m_canvas->zoomToExtent(layer->geometry->extent);
    });
    connect(
        m_model, &LayerListModel::visibilityRequested, this, [this](qint64 layerId, bool visible) {
            if (m_session)
                m_session->undoStack()->push(setLayerVisibleCommand(m_session, layerId, visible));
        });
    connect(m_model, &LayerListModel::renameRequested, this,
            [this](qint64 layerId, const QString &name) {
                if (!m_session)
                    return;
                const QString old = m_model->indexOfLayer(layerId).data(Qt::EditRole).toString();
                m_session->undoStack()->push(renameLayerCommand(m_session, layerId, old, name));
            });
    connect(m_model, &LayerListModel::orderRequested, this, [this](const QList<qint64> &order) {
        if (!m_session || order.isEmpty())
            return;
        const QModelIndex group = m_model->indexOfLayer(order.front()).parent();
        QList<qint64> old;
        for (int row = 0; row < m_model->rowCount(group); ++row)
            old.append(
                m_model->index(row, 0, group).data(LayerListModel::LayerIdRole).toLongLong());
        // Queued: the view is still inside its drop handling.
        QMetaObject::invokeMethod(
            this,
            [this, old, order] {
                if (m_session)
                    m_session->undoStack()->push(reorderLayersCommand(m_session, old, order));
            },
            Qt::QueuedConnection);
    });
}

void LayerActions::populateMenu(QMenu *menu)
{
    menu->addAction(m_importAction);
    menu->addAction(m_addBasemapAction);
    menu->addAction(m_figuresAction);
    menu->addAction(m_exportAction);
    menu->addSeparator();
    menu->addActions({m_attributeTableAction, m_styleAction, m_filterAction, m_opacityAction,
                      m_renameAction, m_removeAction});
}

void LayerActions::retranslate()
{
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
    m_renameAction->setText(tr("Re&name"));
    m_removeAction->setText(tr("&Remove layer"));
    m_dock->setWindowTitle(tr("Layers"));
    m_model->retranslate();
}

void LayerActions::setSession(Session *session)
{
    m_session = session;
    const bool open = session;
    const bool writable = open && !session->project().isReadOnly();
    m_exportAction->setEnabled(open);
    m_figuresAction->setEnabled(open);
    m_attributeTableAction->setEnabled(open);
    for (QAction *action : {m_importAction, m_addBasemapAction, m_styleAction, m_filterAction,
                            m_opacityAction, m_renameAction, m_removeAction})
        action->setEnabled(writable);
}

void LayerActions::showLayers(const QList<LayerInfo> &layers, qint64 current)
{
    m_model->setLayers(layers);
    m_view->expandAll();
    if (current > 0)
        setCurrentLayer(current);
}

void LayerActions::setCurrentLayer(qint64 layerId)
{
    m_view->setCurrentIndex(m_model->indexOfLayer(layerId));
}

qint64 LayerActions::currentLayerId() const
{
    return m_view->currentIndex().data(LayerListModel::LayerIdRole).toLongLong();
}

bool LayerActions::importLayer(const ImportOptions &options)
{
    if (!m_session)
        return false;
    if (isRasterFile(options.path) || options.role == LayerRole::Basemap)
        return addBasemap(options.path);
    Project &project = m_session->project();
    Result<ImportReport> result = fail(QString());
    BackgroundTask::run(m_window, tr("Importing %1…").arg(QFileInfo(options.path).fileName()),
                        [&](const std::function<bool(qint64, qint64)> &progress) {
                            result = LayerImporter::run(project, options, progress);
                        });
    m_session->notifyLayersChanged();
    if (!result) {
        messages::error(m_window, result.error());
        return false;
    }
    m_window->statusBar()->showMessage(
        tr("Imported %1: %2 features, %3 repaired, %4 skipped.")
            .arg(options.name.isEmpty() ? result->table : options.name,
                 QString::number(result->written), QString::number(result->repaired),
                 QString::number(result->skipped)),
        15000);
    const QString report = result->toText();
    messages::inform(m_window, tr("Import report"), report.section(u'\n', 0, 1), report);
    return true;
}

void LayerActions::importDialog()
{
    if (!m_session)
        return;
    ImportDialog dialog(m_session->project().layers(), m_window);
    if (m_canvas->layers().size() > 0)
        dialog.setMapView(m_canvas->viewport().visibleExtent(),
                          m_session->project().meta(QStringLiteral("srs_id")).toInt());
    if (dialog.exec() != QDialog::Accepted)
        return;
    importLayer(dialog.options());
}

void LayerActions::figuresDialog()
{
    if (!m_session)
        return;
    FiguresDialog dialog(m_session, m_window);
    dialog.exec();
    m_session->notifyLayersChanged();
}

bool LayerActions::addBasemap(const QString &path)
{
    if (!m_session)
        return false;
    auto id = geisep::addBasemap(m_session->project(), path);
    if (!id) {
        messages::error(m_window, id.error());
        return false;
    }
    QString name = QFileInfo(path).completeBaseName();
    for (const LayerInfo &layer : m_session->project().layers())
        if (layer.id == *id)
            name = layer.name;
    m_session->undoStack()->push(addedBasemapCommand(m_session, *id, name));
    if (const auto layer = m_canvas->layer(*id); layer && !layer->problem.isEmpty())
        m_window->statusBar()->showMessage(layer->problem, 15000);
    return true;
}

void LayerActions::addBasemapDialog()
{
    if (!m_session)
        return;
    const QString path = files::openFile(
        m_window, tr("Add a basemap"), QString(),
        tr("Raster maps (*.tif *.tiff *.mbtiles *.gpkg *.jp2 *.vrt);;All files (*)"));
    if (!path.isEmpty())
        addBasemap(path);
}

void LayerActions::setLayerStyle(qint64 layerId, const LayerStyle &style)
{
    if (const auto layer = m_canvas->layer(layerId))
        pushLayerStyle(m_session, *layer, style);
}

void LayerActions::setLayerOpacity(qint64 layerId, double opacity)
{
    const auto layer = m_canvas->layer(layerId);
    if (!m_session || !layer || qFuzzyCompare(layer->opacity, opacity))
        return;
    m_session->undoStack()->push(
        setLayerOpacityCommand(m_session, layerId, layer->opacity, opacity));
}

void LayerActions::removeLayer(qint64 layerId)
{
    if (!m_session || layerId <= 0)
        return;
    const QString name = m_model->indexOfLayer(layerId).data(Qt::EditRole).toString();
    m_session->undoStack()->push(removeLayerCommand(m_session, layerId, name));
    m_window->statusBar()->showMessage(tr("Removed the layer \"%1\". %2 brings it back until the "
                                          "project is closed.")
                                           .arg(name, messages::undoMenuPath(m_window)),
                                       15000);
}

void LayerActions::styleDialog()
{
    const qint64 id = currentLayerId();
    const auto layer = m_canvas->layer(id);
    if (!m_session || !layer)
        return;
    if (layer->raster || !layer->source.isEmpty()) {
        opacityDialog(); // a basemap has no style but its opacity
        return;
    }
    StyleDialog dialog(m_session, *layer, m_window);
    connect(&dialog, &StyleDialog::applyRequested, this,
            [this, id](const LayerStyle &style) { setLayerStyle(id, style); });
    if (dialog.exec() == QDialog::Accepted)
        setLayerStyle(id, dialog.style());
}

void LayerActions::filterDialog()
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
    LayerFilterDialog dialog(m_session, *layer, m_window);
    if (dialog.exec() != QDialog::Accepted || dialog.filter() == layer->filter)
        return;
    m_session->undoStack()->push(
        setLayerFilterCommand(m_session, id, layer->filter, dialog.filter()));
}

void LayerActions::opacityDialog()
{
    const qint64 id = currentLayerId();
    const auto layer = m_canvas->layer(id);
    if (!m_session || !layer)
        return;
    bool ok = false;
    const int percent = QInputDialog::getInt(m_window, tr("Opacity of %1").arg(layer->name),
                                             tr("Opacity (0 % invisible, 100 % opaque):"),
                                             qRound(layer->opacity * 100), 0, 100, 5, &ok);
    if (ok)
        setLayerOpacity(id, percent / 100.0);
}

void LayerActions::exportDialog()
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
    const QString layer = QInputDialog::getItem(m_window, tr("Export a layer"), tr("Layer:"), names,
                                                current, false, &ok);
    if (!ok)
        return;
    const QString path = files::saveFile(
        m_window, tr("Export a layer"), layer,
        tr("GeoPackage (*.gpkg);;GeoJSON (*.geojson);;Shapefile (*.shp);;CSV with WKT (*.csv)"));
    if (path.isEmpty())
        return;
    auto outcome = LayerExporter::run(m_session->project(), layer, path);
    if (!outcome) {
        messages::error(m_window, outcome.error());
        return;
    }
    m_window->statusBar()->showMessage(
        tr("Exported %1 features to %2.").arg(QString::number(outcome->features), path), 15000);
}

void LayerActions::contextMenu(const QPoint &pos)
{
    const QModelIndex index = m_view->indexAt(pos);
    QMenu menu(m_window);
    if (index.isValid() && index.parent().isValid()) {
        m_view->setCurrentIndex(index);
        menu.addAction(m_controls->zoomToLayerAction());
        menu.addSeparator();
        if (!index.data(LayerListModel::IsRasterRole).toBool())
            menu.addActions({m_attributeTableAction, m_styleAction, m_filterAction});
        menu.addAction(m_opacityAction);
        menu.addAction(m_renameAction);
        menu.addSeparator();
        menu.addAction(m_removeAction);
    } else {
        menu.addAction(m_importAction);
        menu.addAction(m_addBasemapAction);
    }
    menu.exec(m_view->viewport()->mapToGlobal(pos));
}

AttributeTableWindow *LayerActions::attributeTable(qint64 layerId) const
{
    return m_tables.value(layerId).data();
}

AttributeTableWindow *LayerActions::openAttributeTable(qint64 layerId)
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
    auto *table = new AttributeTableWindow(m_session, *info, m_window);
    table->setAttribute(Qt::WA_DeleteOnClose);
    m_tables.insert(layerId, table);
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
        table->enableFieldEditing();
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
        m_inspector->identifyFeature(id, fid);
    });
    table->show();
    return table;
}

void LayerActions::featuresEdited(qint64 layerId)
{
    // The table is refreshed after the edit that its own cell started has finished.
    if (AttributeTableWindow *table = attributeTable(layerId))
        QMetaObject::invokeMethod(table, &AttributeTableWindow::refresh, Qt::QueuedConnection);
}

void LayerActions::closeWindows()
{
    for (const QPointer<AttributeTableWindow> &table : std::as_const(m_tables))
        delete table.data();
    m_tables.clear();
}

} // namespace geisep
