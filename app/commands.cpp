#include "app/commands.h"

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

SetLayerVisibleCommand::SetLayerVisibleCommand(Session *session, qint64 layerId, bool visible,
                                               const QString &text)
    : QUndoCommand(text)
    , m_session(session)
    , m_layerId(layerId)
    , m_visible(visible)
{}

void SetLayerVisibleCommand::apply(bool visible)
{
    if (auto ok = m_session->project().setLayerVisible(m_layerId, visible); !ok) {
        setObsolete(true);
        m_session->reportError(ok.error());
        return;
    }
    m_session->notifyLayersChanged();
}

} // namespace geisep
