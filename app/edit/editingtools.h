#pragma once

#include "app/map/maptools.h"
#include "core/project.h"
#include "gis/edit/snapping.h"

#include <QObject>
#include <QPointer>
#include <QPolygonF>
#include <QSet>

#include <functional>

class QAction;
class QMessageBox;
class QWidget;

namespace geisep {

class FeatureFormDialog;
class MapCanvas;
class Session;

// Drawing and deleting features, a feature of the window with its own actions (as QGIS's
// digitising toolbar): Katman ▸ Yeni katman… makes an empty layer of a role; the draw action
// (Poligon ekle / Çizgi ekle / Nokta ekle after the current layer's kind) draws into the
// current layer of the layers panel and asks for the new feature's attributes; Seçilenleri sil
// deletes the map's selection. Every edit is one undo step on the session's stack. The window
// places the actions and shows `message`s in its status bar.
class EditingTools : public QObject
{
    Q_OBJECT

public:
    EditingTools(MapCanvas *canvas, QWidget *window);
    ~EditingTools() override;

    // The open project, or nullptr when none.
    void setSession(Session *session);

    QAction *newLayerAction() const { return m_newLayer; }
    QAction *drawAction() const { return m_draw; }
    // The vertex tool on the current layer (Köşe düzenleme).
    QAction *vertexAction() const { return m_vertex; }
    QAction *deleteAction() const { return m_delete; }
    // Merges the map's selected polygons into one (Seçilenleri birleştir).
    QAction *mergeAction() const { return m_merge; }
    // Splits the current layer's polygons with a drawn line (the selected ones when any).
    QAction *splitAction() const { return m_split; }
    // Moves a whole feature of the current layer by dragging it.
    QAction *moveAction() const { return m_move; }
    // The line the split tool hands over when finished, in map units (public for tests).
    void splitLineDrawn(const QPolygonF &points);
    // Snapping to the visible layers' vertices and edges within 10 pixels while drawing (on
    // by default; S toggles it on the map).
    QAction *snapAction() const { return m_snap; }
    // The layers snapped to (their ids); empty: every visible layer. The snap action's menu
    // lists the layers to choose from.
    void setSnapLayers(const QSet<qint64> &layerIds);
    const QSet<qint64> &snapLayers() const { return m_snapLayers; }
    QAction *snapLayersAction() const { return m_snapLayersAction; }
    // Drawing options for areas (off by default): a new area kept off the layer's other areas,
    // and cut to the mahalle it mostly lies in.
    QAction *avoidOverlapsAction() const { return m_avoidOverlaps; }
    QAction *clipAction() const { return m_clip; }
    void retranslate();

    // The shape the draw tool hands over when finished, in map units (public for tests).
    void shapeDrawn(const QPolygonF &points);
    // Deletes the features selected on the map (Seçilenleri sil).
    void deleteSelected();
    void mergeSelected();
    // Sets a field of a feature as a person typed it (the attribute table's cells): checked
    // against the field's type, then one undo step. Refused with the reason.
    Result<void> setValue(qint64 layerId, qint64 fid, const QString &field, const QVariant &typed);
    // The inspector's "Edit attributes…": the feature's form filled with its stored values;
    // what the planner changes is one undo step. The form is form() while open.
    void editAttributes(qint64 layerId, qint64 fid);
    // Opens the new-layer dialog.
    void newLayerDialog();

    // What is open, for tests: the attribute form, the question about an invalid shape, the
    // new-layer dialog.
    FeatureFormDialog *form() const;
    QMessageBox *question() const;
    QWidget *layerDialog() const;

Q_SIGNALS:
    void message(const QString &text);
    void layerCreated(qint64 layerId);
    void featureAdded(qint64 layerId, qint64 fid);
    // The draw tool was put down (the current layer cannot be drawn into): the window checks
    // its pan tool again.
    void drawingStopped();

private:
    void currentLayerChanged();
    void updateActions();
    void startDrawing();
    void startVertexTool();
    void startSplitTool();
    // The feature of layer `layerId` under a map point, and its stored shape: what the vertex
    // and move tools pick and show.
    VertexTool::Pick picker(qint64 layerId) const;
    VertexTool::Load loader(qint64 layerId) const;
    void startMoveTool();
    std::optional<SnapMatch> snap(QPointF at) const;
    void clearDrawing();
    void openForm(const QByteArray &wkb);
    bool canDraw() const;
    // True when no plan link, figure or indicator value names the areas of `fids`, or the
    // planner says yes to `question` (given their counts) about losing them.
    bool confirmDependents(
        const QList<qint64> &fids, const QString &title,
        const std::function<QString(qint64 links, qint64 figures, qint64 values)> &question);

    MapCanvas *m_canvas;
    QWidget *m_window;
    Session *m_session = nullptr;
    LayerInfo m_layer; // the current layer; id 0 when none
    QAction *m_newLayer = nullptr;
    QAction *m_draw = nullptr;
    QAction *m_vertex = nullptr;
    QAction *m_delete = nullptr;
    QAction *m_merge = nullptr;
    QAction *m_split = nullptr;
    QAction *m_move = nullptr;
    QAction *m_snap = nullptr;
    QAction *m_avoidOverlaps = nullptr;
    QAction *m_clip = nullptr;
    QString m_fitNote;
    QSet<qint64> m_snapLayers;
    QAction *m_snapLayersAction
        = nullptr; // what avoiding overlaps and clipping did to the area being added
    QPointer<FeatureFormDialog> m_form;
    QPointer<QMessageBox> m_question;
    QPointer<QWidget> m_layerDialog;
};

} // namespace geisep
