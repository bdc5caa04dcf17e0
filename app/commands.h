#pragma once

#include "app/session.h"

#include <QUndoCommand>

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

// Shows or hides a layer on the map.
class SetLayerVisibleCommand : public QUndoCommand
{
public:
    SetLayerVisibleCommand(Session *session, qint64 layerId, bool visible, const QString &text);
    void redo() override { apply(m_visible); }
    void undo() override { apply(!m_visible); }

private:
    void apply(bool visible);

    Session *m_session;
    qint64 m_layerId;
    bool m_visible;
};

} // namespace geisep
