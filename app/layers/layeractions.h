#pragma once

#include <QHash>
#include <QObject>
#include <QPointer>

class QAction;
class QDockWidget;
class QMainWindow;
class QMenu;
class QPoint;
class QTreeView;

namespace geisep {

class AreaInspector;
class AttributeTableWindow;
class EditingTools;
class LayerListModel;
class MapCanvas;
class MapControls;
class Session;
struct ImportOptions;
struct LayerInfo;
struct LayerStyle;

// The layers dock and the Layer menu: import, basemaps, figures, export, each layer's style,
// filter, opacity, name, order, visibility and attribute table. Every change is one undo step.
// Registers its own actions and dock on the window.
class LayerActions : public QObject
{
    Q_OBJECT

public:
    LayerActions(QMainWindow *window, MapCanvas *canvas, MapControls *controls,
                 EditingTools *editing, AreaInspector *inspector);

    void setSession(Session *session);
    void populateMenu(QMenu *menu);
    void retranslate();
    QDockWidget *dock() const { return m_dock; }
    QTreeView *view() const { return m_view; }
    QAction *addBasemapAction() const { return m_addBasemapAction; }
    QAction *importAction() const { return m_importAction; }
    QAction *exportAction() const { return m_exportAction; }
    QAction *styleAction() const { return m_styleAction; }
    QAction *filterAction() const { return m_filterAction; }
    // The project's layers in the panel, `current` chosen when above 0.
    void showLayers(const QList<LayerInfo> &layers, qint64 current);
    // Chooses a layer in the panel.
    void setCurrentLayer(qint64 layerId);
    // The layer chosen in the layers panel; 0 when none.
    qint64 currentLayerId() const;

    // Layer ▸ Import without the dialog (the dialog and tests call it): runs in the background
    // with progress and cancel, then shows the report.
    bool importLayer(const ImportOptions &options);
    // Layer ▸ Add basemap without the file dialog: links a raster, undoably.
    bool addBasemap(const QString &path);
    // Katman ▸ Öznitelik tablosu (F6): the layer's attribute table window, opened or raised;
    // null for a basemap. The window follows the map's selection and selects on it.
    AttributeTableWindow *openAttributeTable(qint64 layerId);
    AttributeTableWindow *attributeTable(qint64 layerId) const;
    void setLayerStyle(qint64 layerId, const LayerStyle &style);
    void setLayerOpacity(qint64 layerId, double opacity);
    void removeLayer(qint64 layerId);
    // A layer's features were edited: its table shows them again.
    void featuresEdited(qint64 layerId);
    // Closes the windows that read the session (before it goes).
    void closeWindows();

private:
    void createActions();
    void createDock();
    void connectModel();
    void importDialog();
    void figuresDialog();
    void exportDialog();
    void addBasemapDialog();
    void styleDialog();
    void filterDialog();
    void opacityDialog();
    void contextMenu(const QPoint &pos);

    QMainWindow *m_window;
    MapCanvas *m_canvas;
    MapControls *m_controls;
    EditingTools *m_editing;
    AreaInspector *m_inspector;
    Session *m_session = nullptr;
    LayerListModel *m_model;
    QTreeView *m_view = nullptr;
    QDockWidget *m_dock = nullptr;
    QHash<qint64, QPointer<AttributeTableWindow>> m_tables;

    QAction *m_importAction = nullptr;
    QAction *m_figuresAction = nullptr;
    QAction *m_exportAction = nullptr;
    QAction *m_addBasemapAction = nullptr;
    QAction *m_styleAction = nullptr;
    QAction *m_filterAction = nullptr;
    QAction *m_attributeTableAction = nullptr;
    QAction *m_opacityAction = nullptr;
    QAction *m_renameAction = nullptr;
    QAction *m_removeAction = nullptr;
};

} // namespace geisep
