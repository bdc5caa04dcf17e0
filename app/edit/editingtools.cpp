#include "app/edit/editingtools.h"

#include "app/edit/editcommands.h"
#include "app/edit/featureform.h"
#include "app/map/mapcanvas.h"
#include "app/map/maptools.h"
#include "app/messages.h"
#include "app/session.h"
#include "gis/edit/featureedit.h"
#include "gis/map/layerdata.h"
#include "gis/print/printwords.h"

#include <QAction>
#include <QDialog>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QUndoStack>

namespace geisep {

namespace {

QIcon icon(const char *name)
{
    return QIcon(QStringLiteral(":/icons/%1.svg").arg(QLatin1String(name)));
}

DrawTool::Kind kindOf(const QString &geometryType)
{
    const QString t = geometryType.toUpper();
    if (t.endsWith(u"POLYGON"))
        return DrawTool::Kind::Polygon;
    if (t.endsWith(u"LINESTRING"))
        return DrawTool::Kind::Line;
    return DrawTool::Kind::Point;
}

} // namespace

EditingTools::EditingTools(MapCanvas *canvas, QWidget *window)
    : QObject(window)
    , m_canvas(canvas)
    , m_window(window)
{
    m_newLayer = new QAction(icon("edit-new-layer"), QString(), this);
    m_newLayer->setObjectName(QStringLiteral("newLayerAction"));
    connect(m_newLayer, &QAction::triggered, this, &EditingTools::newLayerDialog);

    m_draw = new QAction(icon("edit-add-polygon"), QString(), this);
    m_draw->setObjectName(QStringLiteral("drawAction"));
    m_draw->setCheckable(true);
    m_draw->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Period));
    connect(m_draw, &QAction::triggered, this, [this](bool checked) {
        if (checked)
            startDrawing();
    });

    m_vertex = new QAction(icon("edit-vertex"), QString(), this);
    m_vertex->setObjectName(QStringLiteral("vertexAction"));
    m_vertex->setCheckable(true);
    connect(m_vertex, &QAction::triggered, this, [this](bool checked) {
        if (checked)
            startVertexTool();
    });

    m_delete = new QAction(icon("edit-delete"), QString(), this);
    m_delete->setObjectName(QStringLiteral("deleteFeaturesAction"));
    // Delete on the map, as in QGIS; elsewhere the key keeps its own meaning.
    m_delete->setShortcut(QKeySequence::Delete);
    m_delete->setShortcutContext(Qt::WidgetShortcut);
    m_canvas->addAction(m_delete);
    connect(m_delete, &QAction::triggered, this, &EditingTools::deleteSelected);

    m_merge = new QAction(icon("edit-merge"), QString(), this);
    m_merge->setObjectName(QStringLiteral("mergeFeaturesAction"));
    connect(m_merge, &QAction::triggered, this, &EditingTools::mergeSelected);

    m_split = new QAction(icon("edit-split"), QString(), this);
    m_split->setObjectName(QStringLiteral("splitAction"));
    m_split->setCheckable(true);
    connect(m_split, &QAction::triggered, this, [this](bool checked) {
        if (checked)
            startSplitTool();
    });

    m_move = new QAction(icon("edit-move"), QString(), this);
    m_move->setObjectName(QStringLiteral("moveFeatureAction"));
    m_move->setCheckable(true);
    connect(m_move, &QAction::triggered, this, [this](bool checked) {
        if (checked)
            startMoveTool();
    });

    m_avoidOverlaps = new QAction(icon("edit-avoid-overlaps"), QString(), this);
    m_avoidOverlaps->setObjectName(QStringLiteral("avoidOverlapsAction"));
    m_avoidOverlaps->setCheckable(true);
    m_clip = new QAction(icon("edit-clip"), QString(), this);
    m_clip->setObjectName(QStringLiteral("clipToMahalleAction"));
    m_clip->setCheckable(true);

    m_snap = new QAction(icon("edit-snap"), QString(), this);
    m_snap->setObjectName(QStringLiteral("snapAction"));
    m_snap->setCheckable(true);
    m_snap->setChecked(true);
    m_snap->setShortcut(QKeySequence(Qt::Key_S));
    m_snap->setShortcutContext(Qt::WidgetShortcut);
    m_canvas->addAction(m_snap);
    // Which layers to snap to, chosen from the action's menu (all visible ones by default).
    auto *snapMenu = new QMenu(m_window);
    snapMenu->setObjectName(QStringLiteral("snapLayersMenu"));
    m_snapLayersAction = new QAction(icon("edit-snap-layers"), QString(), this);
    m_snapLayersAction->setObjectName(QStringLiteral("snapLayersAction"));
    m_snapLayersAction->setMenu(snapMenu);
    connect(snapMenu, &QMenu::aboutToShow, this, [this, snapMenu] {
        snapMenu->clear();
        QAction *all = snapMenu->addAction(tr("All visible layers"));
        all->setCheckable(true);
        all->setChecked(m_snapLayers.isEmpty());
        connect(all, &QAction::triggered, this, [this] { setSnapLayers({}); });
        snapMenu->addSeparator();
        for (auto it = m_canvas->layers().rbegin(); it != m_canvas->layers().rend(); ++it) {
            const MapLayer &layer = **it;
            if (layer.raster || !layer.geometry)
                continue;
            QAction *one = snapMenu->addAction(layer.name);
            one->setCheckable(true);
            one->setChecked(m_snapLayers.contains(layer.id));
            const qint64 id = layer.id;
            connect(one, &QAction::triggered, this, [this, id](bool on) {
                QSet<qint64> chosen = m_snapLayers;
                if (on)
                    chosen.insert(id);
                else
                    chosen.remove(id);
                setSnapLayers(chosen);
            });
        }
    });

    connect(m_canvas, &MapCanvas::selectionLayerChanged, this, &EditingTools::currentLayerChanged);
    connect(m_canvas, &MapCanvas::selectionChanged, this, &EditingTools::updateActions);
    retranslate();
    updateActions();
}

EditingTools::~EditingTools() = default;

FeatureFormDialog *EditingTools::form() const
{
    return m_form;
}

QMessageBox *EditingTools::question() const
{
    return m_question;
}

QWidget *EditingTools::layerDialog() const
{
    return m_layerDialog;
}

void EditingTools::setSession(Session *session)
{
    if (m_form)
        m_form->reject();
    if (m_question)
        m_question->reject();
    if (m_layerDialog)
        m_layerDialog->close();
    m_session = session;
    if (m_session) {
        connect(m_session, &Session::layersChanged, this, &EditingTools::currentLayerChanged);
        // An undo or redo changes the shape the vertex tool shows.
        connect(m_session, &Session::featuresChanged, this, [this] {
            if (auto *tool = qobject_cast<VertexTool *>(m_canvas->mapTool()))
                tool->reload();
        });
    }
    currentLayerChanged();
}

void EditingTools::retranslate()
{
    m_newLayer->setText(tr("&New layer…"));
    m_newLayer->setToolTip(tr("An empty layer to draw into: migrant settlement areas, "
                              "facilities, networks"));
    switch (kindOf(m_layer.geometryType)) {
    case DrawTool::Kind::Polygon:
        m_draw->setText(tr("Add &polygon"));
        m_draw->setIcon(icon("edit-add-polygon"));
        break;
    case DrawTool::Kind::Line:
        m_draw->setText(tr("Add &line"));
        m_draw->setIcon(icon("edit-add-line"));
        break;
    case DrawTool::Kind::Point:
        m_draw->setText(tr("Add p&oint"));
        m_draw->setIcon(icon("edit-add-point"));
        break;
    }
    m_draw->setToolTip(
        m_layer.id > 0
            ? tr("%1 to \"%2\": click the corners; Backspace takes the last back, Esc drops it, "
                 "Enter or a double click finishes")
                  .arg(m_draw->text().remove(u'&'), m_layer.name)
            : tr("Choose a layer in the layers panel to draw into"));
    m_snap->setText(tr("S&napping"));
    m_snap->setToolTip(
        m_snapLayers.isEmpty()
            ? tr("While drawing, a click near a corner or an edge of a visible layer lands "
                 "exactly on it (S)")
            : tr("While drawing, a click near a corner or an edge of %n chosen layer(s) lands "
                 "exactly on it (S)",
                 nullptr, int(m_snapLayers.size())));
    m_snapLayersAction->setText(tr("Snap to &layers"));
    m_snapLayersAction->setToolTip(tr("The layers whose corners and edges drawing snaps to"));
    m_vertex->setText(tr("&Vertex tool"));
    m_vertex->setToolTip(tr("Click a feature of the current layer, then drag a corner to move it, "
                            "double-click an edge to add one, Delete removes the corner last "
                            "touched"));
    m_merge->setText(tr("&Merge selected areas"));
    m_merge->setToolTip(tr("Makes the areas selected on the map one: the first keeps its "
                           "fields; Undo separates them again"));
    m_avoidOverlaps->setText(tr("&Avoid overlaps"));
    m_avoidOverlaps->setToolTip(tr("A new area is kept off the layer's other areas: where it "
                                   "overlaps them, it is trimmed"));
    m_clip->setText(tr("&Clip to the mahalle"));
    m_clip->setToolTip(tr("A new area is cut to the mahalle it mostly lies in"));
    m_split->setText(tr("S&plit areas"));
    m_split->setToolTip(tr("Draw a line across areas of the current layer (the selected ones, "
                           "if any); each is cut along it, the largest piece keeping its links"));
    m_move->setText(tr("M&ove feature"));
    m_move->setToolTip(tr("Drag a feature of the current layer to move it whole"));
    m_delete->setText(tr("&Delete selected features"));
    m_delete->setToolTip(tr("Deletes the features selected on the map from the current layer; "
                            "Undo brings them back"));
}

bool EditingTools::canDraw() const
{
    return m_session && !m_session->project().isReadOnly() && m_layer.id > 0 && !m_layer.isRaster
           && m_layer.featureCount >= 0;
}

void EditingTools::currentLayerChanged()
{
    m_layer = LayerInfo{};
    if (m_session)
        for (const LayerInfo &l : m_session->project().layers())
            if (l.id == m_canvas->selectionLayer())
                m_layer = l;
    if (qobject_cast<VertexTool *>(m_canvas->mapTool())) {
        if (!canDraw()) {
            m_canvas->setTool(MapCanvas::Tool::Pan);
            Q_EMIT drawingStopped();
        } else {
            startVertexTool();
        }
    }
    if (qobject_cast<MoveTool *>(m_canvas->mapTool())) {
        if (!canDraw()) {
            m_canvas->setTool(MapCanvas::Tool::Pan);
            Q_EMIT drawingStopped();
        } else {
            startMoveTool();
        }
    }
    if (m_split->isChecked() && qobject_cast<DrawTool *>(m_canvas->mapTool())) {
        if (!canDraw() || !m_layer.geometryType.toUpper().endsWith(u"POLYGON")) {
            m_canvas->setTool(MapCanvas::Tool::Pan);
            Q_EMIT drawingStopped();
        }
    } else if (auto *tool = qobject_cast<DrawTool *>(m_canvas->mapTool())) {
        if (!canDraw()) {
            m_canvas->setTool(MapCanvas::Tool::Pan);
            Q_EMIT drawingStopped();
        } else if (tool->kind() != kindOf(m_layer.geometryType)) {
            startDrawing();
        }
    }
    retranslate();
    updateActions();
}

void EditingTools::updateActions()
{
    const bool writable = m_session && !m_session->project().isReadOnly();
    m_newLayer->setEnabled(writable);
    m_draw->setEnabled(canDraw());
    if (!m_draw->isEnabled())
        m_draw->setChecked(false);
    m_vertex->setEnabled(canDraw());
    if (!m_vertex->isEnabled())
        m_vertex->setChecked(false);
    m_move->setEnabled(canDraw());
    if (!m_move->isEnabled())
        m_move->setChecked(false);
    m_split->setEnabled(canDraw() && m_layer.geometryType.toUpper().endsWith(u"POLYGON"));
    m_avoidOverlaps->setEnabled(canDraw() && m_layer.geometryType.toUpper().endsWith(u"POLYGON"));
    m_clip->setEnabled(m_avoidOverlaps->isEnabled());
    if (!m_split->isEnabled())
        m_split->setChecked(false);
    m_delete->setEnabled(canDraw() && !m_canvas->selection().empty());
    m_merge->setEnabled(canDraw() && m_canvas->selection().size() >= 2
                        && m_layer.geometryType.toUpper().endsWith(u"POLYGON"));
}

void EditingTools::startDrawing()
{
    if (!canDraw()) {
        m_draw->setChecked(false);
        return;
    }
    m_draw->setChecked(true);
    m_canvas->setMapTool(std::make_unique<DrawTool>(
        m_canvas, kindOf(m_layer.geometryType),
        [this](const QPolygonF &points) { shapeDrawn(points); },
        [this](QPointF at) { return snap(at); }));
    m_canvas->setFocus();
}

std::optional<SnapMatch> EditingTools::snap(QPointF at) const
{
    if (!m_snap->isChecked())
        return std::nullopt;
    std::vector<const LayerGeometry *> layers;
    for (const auto &layer : m_canvas->layers())
        if (layer->visible && layer->geometry && !layer->raster
            && (m_snapLayers.isEmpty() || m_snapLayers.contains(layer->id)))
            layers.push_back(layer->geometry.get());
    return snapPoint(layers, at, 10 * m_canvas->viewport().unitsPerPixel());
}

void EditingTools::setSnapLayers(const QSet<qint64> &layerIds)
{
    m_snapLayers = layerIds;
    retranslate();
}

VertexTool::Pick EditingTools::picker(qint64 layerId) const
{
    return [this, layerId](QPointF at, double tolerance) -> std::optional<qint64> {
        const auto layer = m_canvas->layer(layerId);
        if (!layer || !layer->geometry)
            return std::nullopt;
        const auto f = featureAt(*layer->geometry, at.x(), at.y(), tolerance);
        return f ? std::optional<qint64>(layer->geometry->fids[*f]) : std::nullopt;
    };
}

VertexTool::Load EditingTools::loader(qint64 layerId) const
{
    return [this, layerId](qint64 fid) -> std::optional<EditableShape> {
        if (!m_session)
            return std::nullopt;
        auto wkb = FeatureEditor(m_session->project()).geometry(layerId, fid);
        return wkb ? EditableShape::fromWkb(*wkb) : std::nullopt;
    };
}

void EditingTools::startVertexTool()
{
    if (!canDraw()) {
        m_vertex->setChecked(false);
        return;
    }
    m_vertex->setChecked(true);
    const qint64 layerId = m_layer.id;
    const VertexTool::Pick pick = picker(layerId);
    const VertexTool::Load load = loader(layerId);
    auto changed = [this, layerId](qint64 fid, const EditableShape &shape) {
        if (!m_session)
            return false;
        auto old = FeatureEditor(m_session->project()).geometry(layerId, fid);
        if (!old) {
            m_session->reportError(old.error());
            return false;
        }
        auto *command = setGeometryCommand(m_session, layerId, fid, *old, shape.toWkb());
        QUndoStack *stack = m_session->undoStack();
        stack->push(command);
        // A refused change (a ring that crosses itself) is obsolete and gone from the stack.
        return stack->index() > 0 && stack->command(stack->index() - 1) == command;
    };
    m_canvas->setMapTool(std::make_unique<VertexTool>(m_canvas, pick, load, changed,
                                                      [this](QPointF at) { return snap(at); }));
    m_canvas->setFocus();
}

void EditingTools::startSplitTool()
{
    if (!canDraw() || !m_layer.geometryType.toUpper().endsWith(u"POLYGON")) {
        m_split->setChecked(false);
        return;
    }
    m_draw->setChecked(false);
    m_split->setChecked(true);
    m_canvas->setMapTool(std::make_unique<DrawTool>(
        m_canvas, DrawTool::Kind::Line, [this](const QPolygonF &points) { splitLineDrawn(points); },
        [this](QPointF at) { return snap(at); }));
    m_canvas->setFocus();
}

void EditingTools::splitLineDrawn(const QPolygonF &points)
{
    if (!m_session || !canDraw())
        return;
    const QByteArray line = FeatureEditor::shapeWkb(points, QStringLiteral("LINESTRING"));
    if (line.isEmpty())
        return;
    const QList<qint64> selected
        = m_canvas->selectionLayer() == m_layer.id ? m_canvas->selectedFids() : QList<qint64>();
    auto *command = splitFeaturesCommand(
        m_session, m_layer.id, m_layer.name, line, selected,
        [this](const FeatureEditor::Split &split) {
            Q_EMIT message(tr("Split %n area(s); ", nullptr, int(split.oldShapes.size()))
                           + tr("%n new piece(s), named as the area they came from.", nullptr,
                                int(split.added.size())));
        });
    m_session->undoStack()->push(command);
    clearDrawing();
}

void EditingTools::startMoveTool()
{
    if (!canDraw()) {
        m_move->setChecked(false);
        return;
    }
    m_move->setChecked(true);
    const qint64 layerId = m_layer.id;
    const VertexTool::Pick pick = picker(layerId);
    const VertexTool::Load load = loader(layerId);
    auto moved = [this, layerId](qint64 fid, const EditableShape &shape) {
        if (!m_session)
            return;
        auto old = FeatureEditor(m_session->project()).geometry(layerId, fid);
        if (!old) {
            m_session->reportError(old.error());
            return;
        }
        m_session->undoStack()->push(
            setGeometryCommand(m_session, layerId, fid, *old, shape.toWkb()));
    };
    m_canvas->setMapTool(std::make_unique<MoveTool>(m_canvas, pick, load, moved));
    m_canvas->setFocus();
}

void EditingTools::clearDrawing()
{
    if (auto *tool = qobject_cast<DrawTool *>(m_canvas->mapTool()))
        tool->deactivate();
}

void EditingTools::shapeDrawn(const QPolygonF &points)
{
    if (!canDraw() || m_form || m_question)
        return;
    const QString type = m_layer.geometryType;
    const QByteArray wkb = FeatureEditor::shapeWkb(points, type);
    if (wkb.isEmpty()) {
        Q_EMIT message(kindOf(type) == DrawTool::Kind::Polygon
                           ? tr("An area needs at least three corners.")
                           : tr("A line needs at least two points."));
        clearDrawing();
        return;
    }
    QByteArray shape = wkb;
    m_fitNote.clear();
    if (kindOf(type) == DrawTool::Kind::Polygon
        && (m_avoidOverlaps->isChecked() || m_clip->isChecked())) {
        QStringList notes;
        auto fitted = FeatureEditor(m_session->project())
                          .fitShape(m_layer.id, wkb, m_avoidOverlaps->isChecked(),
                                    m_clip->isChecked(), &notes);
        if (!fitted) {
            Q_EMIT message(fitted.error().message + u' ' + fitted.error().hint);
            clearDrawing();
            return;
        }
        shape = *fitted;
        m_fitNote = notes.isEmpty()
                        ? QString()
                        : tr("The new area was %1.").arg(notes.join(QStringLiteral("; ")));
    }
    auto checked = FeatureEditor::checkedGeometry(shape, type, false);
    if (checked) {
        openForm(*checked);
        return;
    }
    // A shape that crosses itself: say where, and offer GEOS's repair or drawing again.
    auto *box = new QMessageBox(QMessageBox::Warning, tr("The shape is not valid"),
                                checked.error().message, QMessageBox::NoButton, m_window);
    box->setObjectName(QStringLiteral("invalidShape"));
    box->setInformativeText(checked.error().hint);
    QPushButton *repair = box->addButton(tr("Repair"), QMessageBox::AcceptRole);
    repair->setObjectName(QStringLiteral("repair"));
    box->addButton(tr("Draw again"), QMessageBox::RejectRole);
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::finished, this, [this, box, repair, wkb = shape, type] {
        const bool repairing = box->clickedButton() == repair;
        m_question = nullptr;
        if (!repairing) {
            clearDrawing();
            return;
        }
        auto fixed = FeatureEditor::checkedGeometry(wkb, type, true);
        if (!fixed) {
            clearDrawing();
            m_session->reportError(fixed.error());
            return;
        }
        openForm(*fixed);
    });
    m_question = box;
    box->open();
}

void EditingTools::openForm(const QByteArray &wkb)
{
    auto fields = FeatureEditor(m_session->project()).fields(m_layer.id);
    if (!fields) {
        clearDrawing();
        m_session->reportError(fields.error());
        return;
    }
    auto *form = new FeatureFormDialog(m_layer.name, m_layer.role, *fields, m_window);
    form->setAttribute(Qt::WA_DeleteOnClose);
    const qint64 layerId = m_layer.id;
    const QString layerName = m_layer.name;
    connect(form, &QDialog::accepted, this, [this, form, wkb, layerId, layerName] {
        if (!m_session)
            return;
        qint64 added = 0;
        auto *command = addFeatureCommand(m_session, layerId, layerName, wkb, form->values(),
                                          [&added](qint64 fid) { added = fid; });
        m_session->undoStack()->push(command);
        clearDrawing();
        if (added > 0) {
            Q_EMIT message(tr("Added feature %1 to \"%2\".").arg(added).arg(layerName)
                           + (m_fitNote.isEmpty() ? QString() : u' ' + m_fitNote));
            Q_EMIT featureAdded(layerId, added);
        }
    });
    connect(form, &QDialog::rejected, this, &EditingTools::clearDrawing);
    m_form = form;
    form->open();
}

bool EditingTools::confirmDependents(
    const QList<qint64> &fids, const QString &title,
    const std::function<QString(qint64 links, qint64 figures, qint64 values)> &question)
{
    auto dependents = FeatureEditor(m_session->project()).dependents(m_layer.id, fids);
    if (!dependents) {
        m_session->reportError(dependents.error());
        return false;
    }
    const qint64 links = dependents->value(QStringLiteral("geisep_area_links"));
    const qint64 figures = dependents->value(QStringLiteral("geisep_area_figures"));
    const qint64 values = dependents->value(QStringLiteral("geisep_indicator_values"));
    return links + figures + values == 0
           || messages::ask(m_window, title, question(links, figures, values));
}

void EditingTools::deleteSelected()
{
    const QList<qint64> fids = m_canvas->selectedFids();
    if (!canDraw() || fids.isEmpty())
        return;
    const QString name = m_layer.name;
    // Areas that plan links, figures or indicator values name: asked first, naming them.
    if (!confirmDependents(
            fids, tr("Delete areas"), [&](qint64 links, qint64 figures, qint64 values) {
                return tr("%n area(s) of \"%1\" are named by %2 plan links, %3 figures and "
                          "%4 indicator values, which go with them. Undo brings all of it "
                          "back. Delete?",
                          nullptr, int(fids.size()))
                    .arg(name)
                    .arg(links)
                    .arg(figures)
                    .arg(values);
            }))
        return;
    QString done;
    auto *command = deleteFeaturesCommand(
        m_session, m_layer.id, name, fids, [&done, name, this](const RemovedRows &removed) {
            done = tr("Deleted %n feature(s) from \"%1\"", nullptr, int(removed.fids.size()))
                       .arg(name);
            const qsizetype linksGone = removed.count(QStringLiteral("geisep_area_links"));
            const qsizetype figuresGone = removed.count(QStringLiteral("geisep_area_figures"));
            if (linksGone > 0 || figuresGone > 0)
                done += u' '
                        + tr("with %1 plan links and %2 figures").arg(linksGone).arg(figuresGone);
            done += QStringLiteral(". ") + tr("Edit ▸ Undo brings them back.");
        });
    m_canvas->clearSelection();
    m_session->undoStack()->push(command);
    if (!done.isEmpty())
        Q_EMIT message(done);
}

void EditingTools::mergeSelected()
{
    const QList<qint64> fids = m_canvas->selectedFids(); // ascending: the first is kept
    if (!canDraw() || fids.size() < 2)
        return;
    // What names the areas merged away goes with them: asked first, as a deletion is.
    if (!confirmDependents(
            fids.mid(1), tr("Merge areas"), [&](qint64 links, qint64 figures, qint64 values) {
                return tr("The areas merged into \"%1\" are named by %2 plan links, %3 "
                          "figures and %4 indicator values, which go with them. Undo brings "
                          "all of it back. Merge?")
                    .arg(m_layer.name)
                    .arg(links)
                    .arg(figures)
                    .arg(values);
            }))
        return;
    m_canvas->clearSelection();
    m_session->undoStack()->push(mergeFeaturesCommand(m_session, m_layer.id, m_layer.name, fids));
    if (const auto merged = m_canvas->layer(m_layer.id))
        if (const auto f = merged->geometry->indexOfFid(fids.first()))
            m_canvas->setSelection({*f});
}

Result<void> EditingTools::setValue(qint64 layerId, qint64 fid, const QString &field,
                                    const QVariant &typed)
{
    if (!m_session)
        return fail(tr("No project is open."));
    FeatureEditor editor(m_session->project());
    if (auto ok = m_session->project().checkWritable(); !ok)
        return ok;
    QVariant value = typed;
    if (!field.startsWith(u"area.")) {
        auto fields = editor.fields(layerId);
        if (!fields)
            return std::unexpected(fields.error());
        const auto f = std::find_if(fields->begin(), fields->end(),
                                    [&](const EditField &e) { return e.name == field; });
        if (f == fields->end())
            return fail(tr("This column cannot be edited."));
        auto parsed = FeatureEditor::parseValue(*f, typed);
        if (!parsed)
            return std::unexpected(parsed.error());
        value = *parsed;
    }
    auto old = editor.value(layerId, fid, field);
    if (!old)
        return std::unexpected(old.error());
    if (*old == value || (old->isNull() && value.isNull()))
        return {};
    const QString title = PrintWords::inWindowLanguage().fieldTitle(
        field.startsWith(u"area.") ? field : QStringLiteral("field.") + field);
    auto *command = setFeatureValueCommand(m_session, layerId, fid, field, title, *old, value);
    m_session->undoStack()->push(command);
    return {};
}

void EditingTools::editAttributes(qint64 layerId, qint64 fid)
{
    if (!m_session || m_form || m_session->project().isReadOnly())
        return;
    const auto layers = m_session->project().layers();
    const auto layer = std::find_if(layers.begin(), layers.end(),
                                    [&](const LayerInfo &l) { return l.id == layerId; });
    if (layer == layers.end())
        return;
    FeatureEditor editor(m_session->project());
    auto fields = editor.fields(layerId);
    if (!fields) {
        m_session->reportError(fields.error());
        return;
    }
    auto values = editor.fieldValues(layerId, fid);
    if (!values) {
        m_session->reportError(values.error());
        return;
    }
    const QVariantMap stored = *values;
    auto *form = new FeatureFormDialog(layer->name, layer->role, *fields, m_window);
    form->setAttribute(Qt::WA_DeleteOnClose);
    form->setWindowTitle(tr("Feature %1 of \"%2\"").arg(fid).arg(layer->name));
    form->setValues(stored);
    const QString layerName = layer->name;
    const QList<EditField> editable = *fields;
    connect(form, &QDialog::accepted, this,
            [this, form, layerId, fid, layerName, editable, stored] {
                if (!m_session)
                    return;
                // The fields whose value changed, each one command; together one undo step.
                const PrintWords words = PrintWords::inWindowLanguage();
                QList<QUndoCommand *> changes;
                for (const EditField &f : editable) {
                    if (f.type == EditField::Type::Blob)
                        continue;
                    const QVariant before = stored.value(f.name);
                    const QVariant after = form->values().value(f.name);
                    const bool wasEmpty = before.isNull() || !before.isValid();
                    const bool isEmpty = after.isNull() || !after.isValid();
                    if (wasEmpty && isEmpty)
                        continue;
                    if (!wasEmpty && !isEmpty && before.toString() == after.toString())
                        continue;
                    changes << setFeatureValueCommand(
                        m_session, layerId, fid, f.name,
                        words.fieldTitle(QStringLiteral("field.") + f.name), before,
                        isEmpty ? QVariant() : after);
                }
                if (changes.isEmpty())
                    return;
                QUndoStack *stack = m_session->undoStack();
                if (changes.size() > 1)
                    stack->beginMacro(tr("Edit feature %1 of \"%2\"").arg(fid).arg(layerName));
                for (QUndoCommand *change : std::as_const(changes))
                    stack->push(change);
                if (changes.size() > 1)
                    stack->endMacro();
                Q_EMIT message(
                    tr("Changed %n field(s) of feature %1 of \"%2\".", nullptr, int(changes.size()))
                        .arg(fid)
                        .arg(layerName));
            });
    m_form = form;
    form->open();
}

} // namespace geisep
