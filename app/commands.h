#pragma once

#include "app/session.h"
#include "core/layout.h"
#include "gis/map/style.h"

#include <QUndoCommand>

#include <functional>

namespace geisep {

struct MapLayer;

// Sets one project property (geisep_meta row): name, province, municipality, plan period.
// The constructor captures the old value; redo() writes the new one, undo() the old one, each
// in its own transaction. A failed write marks the command obsolete and reports the error.
class SetMetaCommand : public QUndoCommand
{
public:
    SetMetaCommand(Session *session, const QString &key, const QString &value, const QString &text);
    void redo() override;
    void undo() override;

private:
    void apply(const QString &value);

    Session *m_session;
    QString m_key;
    QString m_old;
    QString m_new;
};

// A change to the project's layers as two writes, forward and back, each in its own
// transaction; the views reload after either. A failed write marks the command obsolete and
// reports the error. `skipFirstRedo` is for a change already made when the command is pushed
// (a basemap just added).
class LayerCommand : public QUndoCommand
{
public:
    using Change = std::function<Result<void>(Project &)>;
    LayerCommand(Session *session, const QString &text, Change forward, Change back,
                 bool skipFirstRedo = false);
    void redo() override;
    void undo() override;
    // The change alters which features of this layer there are (its filter): the map reads
    // its geometry again and its attribute table refreshes.
    void setChangesFeaturesOf(qint64 layerId) { m_featuresOf = layerId; }

private:
    void apply(const Change &change);

    Session *m_session;
    Change m_forward;
    Change m_back;
    bool m_skipRedo;
    qint64 m_featuresOf = 0;
};

// The undoable layer panel actions.
QUndoCommand *setLayerVisibleCommand(Session *session, qint64 layerId, bool visible);
QUndoCommand *setLayerOpacityCommand(Session *session, qint64 layerId, double oldOpacity,
                                     double newOpacity);
QUndoCommand *renameLayerCommand(Session *session, qint64 layerId, const QString &oldName,
                                 const QString &newName);
QUndoCommand *reorderLayersCommand(Session *session, const QList<qint64> &oldTopFirst,
                                   const QList<qint64> &newTopFirst);
QUndoCommand *removeLayerCommand(Session *session, qint64 layerId, const QString &name);
QUndoCommand *addedBasemapCommand(Session *session, qint64 layerId, const QString &name);
// Saves a layer's filter (checked by the caller) with the old one kept for undo.
QUndoCommand *setLayerFilterCommand(Session *session, qint64 layerId, const QString &oldFilter,
                                    const QString &newFilter);
// Saves a layer's style (geisep_styles) with the old one kept for undo.
QUndoCommand *setLayerStyleCommand(Session *session, qint64 layerId, const LayerStyle &oldStyle,
                                   const LayerStyle &newStyle);
// Gives a layer of the map a new style as one undo step; nothing when it already has it.
void pushLayerStyle(Session *session, const MapLayer &layer, const LayerStyle &style);

// A change to the plan as two writes, forward and back, each one transaction of PlanStore;
// the plan views reload after either. Like LayerCommand, a failed write makes the command
// obsolete (so a refused first redo never enters the stack) and reports the error.
class PlanCommand : public QUndoCommand
{
public:
    using Change = std::function<Result<void>(PlanStore &)>;
    PlanCommand(Session *session, const QString &text, Change forward, Change back);
    void redo() override { apply(m_forward); }
    void undo() override { apply(m_back); }

private:
    void apply(const Change &change);

    Session *m_session;
    Change m_forward;
    Change m_back;
};

// The plan dock's edits, each one undo step. `createdId`, when given, receives the new item's
// id once the command has run.
QUndoCommand *addPlanItemCommand(Session *session, const PlanItem &item,
                                 qint64 *createdId = nullptr);
QUndoCommand *editPlanItemCommand(Session *session, const PlanItem &before, const PlanItem &after);
QUndoCommand *removePlanItemCommand(Session *session, PlanKind kind, qint64 id,
                                    const QString &title);
QUndoCommand *movePlanItemCommand(Session *session, PlanKind kind, qint64 id, int delta);
QUndoCommand *linkAreasCommand(Session *session, const QList<qint64> &areaIds, PlanKind kind,
                               qint64 itemId, const QString &priority, const QString &note);

// An indicator edit (add, change, values, remove) as one undo step: `edit` runs once and
// returns the indicator's id (the new one when adding); undo and redo put back the indicator
// and all its values as they were before and after it.
QUndoCommand *indicatorCommand(Session *session, const QString &text, qint64 indicatorId,
                               std::function<Result<qint64>(PlanStore &)> edit);
// Adds (id 0), changes or (with no state) removes a stakeholder, as one undo step.
// `createdId`, when given, receives the new stakeholder's id.
QUndoCommand *stakeholderCommand(Session *session, const QString &text, qint64 id,
                                 const std::optional<Stakeholder> &after,
                                 qint64 *createdId = nullptr);

// A print layout added (no `before`), changed, or removed (no `after`), as one undo step: each
// direction writes the whole layout in one transaction. Consecutive changes with the same
// non-empty `mergeKey` (a drag, typing in one field) fold into one step.
class LayoutCommand : public QUndoCommand
{
public:
    LayoutCommand(Session *session, const QString &text, std::optional<Layout> before,
                  std::optional<Layout> after, QString mergeKey = {});
    void redo() override { apply(m_after, m_before); }
    void undo() override { apply(m_before, m_after); }
    int id() const override { return m_mergeKey.isEmpty() ? -1 : 0x4c61; }
    bool mergeWith(const QUndoCommand *other) override;
    // The layout's id once the command has run (a new layout gets one on its first redo).
    qint64 layoutId() const;

private:
    void apply(std::optional<Layout> &state, std::optional<Layout> &other);

    Session *m_session;
    std::optional<Layout> m_before;
    std::optional<Layout> m_after;
    QString m_mergeKey;
};

} // namespace geisep
