#pragma once

#include "app/session.h"
#include "gis/style.h"

#include <QUndoCommand>

#include <functional>

namespace geisep {

// Sets one project property (geisep_meta row): name, province, municipality, plan period.
// The constructor captures the old value; redo() writes the new one, undo() the old one, each
// in its own transaction. A failed write marks the command obsolete and reports the error.
class SetMetaCommand : public QUndoCommand
{
public:
    SetMetaCommand(Session *session, const QString &key, const QString &value,
                   const QString &text);
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

private:
    void apply(const Change &change);

    Session *m_session;
    Change m_forward;
    Change m_back;
    bool m_skipRedo;
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
// Saves a layer's style (geisep_styles) with the old one kept for undo.
QUndoCommand *setLayerStyleCommand(Session *session, qint64 layerId, const LayerStyle &oldStyle,
                                   const LayerStyle &newStyle);

} // namespace geisep
