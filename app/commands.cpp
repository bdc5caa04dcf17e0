#include "app/commands.h"

#include "gis/maplayer.h"

namespace geisep {

SetMetaCommand::SetMetaCommand(Session *session, const QString &key, const QString &value,
                               const QString &text)
    : QUndoCommand(text)
    , m_session(session)
    , m_key(key)
    , m_old(session->project().meta(key))
    , m_new(value)
{}

void SetMetaCommand::redo()
{
    apply(m_new);
}

void SetMetaCommand::undo()
{
    apply(m_old);
}

void SetMetaCommand::apply(const QString &value)
{
    if (auto ok = m_session->project().setMeta(m_key, value); !ok) {
        setObsolete(true);
        m_session->reportError(ok.error());
        return;
    }
    m_session->notifyMetaChanged();
}

LayerCommand::LayerCommand(Session *session, const QString &text, Change forward, Change back,
                           bool skipFirstRedo)
    : QUndoCommand(text)
    , m_session(session)
    , m_forward(std::move(forward))
    , m_back(std::move(back))
    , m_skipRedo(skipFirstRedo)
{}

void LayerCommand::redo()
{
    if (m_skipRedo) {
        m_skipRedo = false;
        m_session->notifyLayersChanged();
        return;
    }
    apply(m_forward);
}

void LayerCommand::undo()
{
    apply(m_back);
}

void LayerCommand::apply(const Change &change)
{
    if (auto ok = change(m_session->project()); !ok) {
        setObsolete(true);
        m_session->reportError(ok.error());
        return;
    }
    m_session->notifyLayersChanged();
}

QUndoCommand *setLayerVisibleCommand(Session *session, qint64 layerId, bool visible)
{
    return new LayerCommand(
        session, visible ? Session::tr("Show layer") : Session::tr("Hide layer"),
        [=](Project &p) { return p.setLayerVisible(layerId, visible); },
        [=](Project &p) { return p.setLayerVisible(layerId, !visible); });
}

QUndoCommand *setLayerOpacityCommand(Session *session, qint64 layerId, double oldOpacity,
                                     double newOpacity)
{
    return new LayerCommand(
        session, Session::tr("Layer opacity %1 %").arg(qRound(newOpacity * 100)),
        [=](Project &p) { return p.setLayerOpacity(layerId, newOpacity); },
        [=](Project &p) { return p.setLayerOpacity(layerId, oldOpacity); });
}

QUndoCommand *renameLayerCommand(Session *session, qint64 layerId, const QString &oldName,
                                 const QString &newName)
{
    return new LayerCommand(
        session, Session::tr("Rename layer to \"%1\"").arg(newName.trimmed()),
        [=](Project &p) { return p.renameLayer(layerId, newName); },
        [=](Project &p) { return p.renameLayer(layerId, oldName); });
}

QUndoCommand *reorderLayersCommand(Session *session, const QList<qint64> &oldTopFirst,
                                   const QList<qint64> &newTopFirst)
{
    return new LayerCommand(
        session, Session::tr("Move layer"),
        [=](Project &p) { return p.setLayerOrder(newTopFirst); },
        [=](Project &p) { return p.setLayerOrder(oldTopFirst); });
}

QUndoCommand *removeLayerCommand(Session *session, qint64 layerId, const QString &name)
{
    return new LayerCommand(
        session, Session::tr("Remove layer \"%1\"").arg(name),
        [=](Project &p) { return p.setLayerRemoved(layerId, true); },
        [=](Project &p) { return p.setLayerRemoved(layerId, false); });
}

QUndoCommand *addedBasemapCommand(Session *session, qint64 layerId, const QString &name)
{
    return new LayerCommand(
        session, Session::tr("Add basemap \"%1\"").arg(name),
        [=](Project &p) { return p.setLayerRemoved(layerId, false); },
        [=](Project &p) { return p.setLayerRemoved(layerId, true); }, true);
}

QUndoCommand *setLayerStyleCommand(Session *session, qint64 layerId, const LayerStyle &oldStyle,
                                   const LayerStyle &newStyle)
{
    auto save = [layerId](const LayerStyle &style) {
        return [layerId, style](Project &p) -> Result<void> {
            if (p.isReadOnly())
                return fail(Session::tr("The project is open read-only."), p.path(),
                            p.readOnlyReason());
            Transaction tx(p.db());
            if (!tx.begun())
                return tx.begun();
            if (auto ok = saveStyle(p.db(), layerId, style); !ok)
                return ok;
            return tx.commit();
        };
    };
    return new LayerCommand(session, Session::tr("Change layer style"), save(newStyle),
                            save(oldStyle));
}

} // namespace geisep
