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

} // namespace geisep
