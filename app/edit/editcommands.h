#pragma once

#include "app/session.h"
#include "gis/edit/featureedit.h"

#include <QUndoCommand>

#include <functional>

namespace geisep {

// A change to a layer's features as two edits, forward and back, each one transaction of
// FeatureEditor; the map, the attribute tables and the inspector reload after either
// (Session::featuresChanged). As with the other commands, a failed edit makes the command
// obsolete, so a refused first redo never enters the stack, and reports the error.
class FeatureCommand : public QUndoCommand
{
public:
    using Change = std::function<Result<void>(FeatureEditor &)>;
    FeatureCommand(Session *session, qint64 layerId, const QString &text, Change forward,
                   Change back);
    void redo() override { apply(m_forward); }
    void undo() override { apply(m_back); }
    // Whether the last redo or undo went through.
    bool succeeded() const { return m_succeeded; }

private:
    void apply(const Change &change);

    Session *m_session;
    qint64 m_layerId;
    Change m_forward;
    Change m_back;
    bool m_succeeded = false;
};

// A drawn feature with its attributes; undo deletes it (with anything linked to it since), redo
// puts the same feature back. `added` receives its feature number after the first redo.
FeatureCommand *addFeatureCommand(Session *session, qint64 layerId, const QString &layerName,
                                  const QByteArray &wkb, const QVariantMap &values,
                                  std::function<void(qint64 fid)> added = {});
// One field of one feature (a column of the layer's table, or an area's "area.name").
FeatureCommand *setFeatureValueCommand(Session *session, qint64 layerId, qint64 fid,
                                       const QString &field, const QString &fieldTitle,
                                       const QVariant &oldValue, const QVariant &newValue);
// A feature's new shape (the vertex tool); undo puts the old one back.
FeatureCommand *setGeometryCommand(Session *session, qint64 layerId, qint64 fid,
                                   const QByteArray &oldWkb, const QByteArray &newWkb);
// Features deleted with every row naming their areas; undo restores them all. `removed`
// receives what the first redo took, for the message the window shows.
FeatureCommand *deleteFeaturesCommand(Session *session, qint64 layerId, const QString &layerName,
                                      const QList<qint64> &fids,
                                      std::function<void(const RemovedRows &)> removed = {});
// Polygons merged into the lowest-numbered one (FeatureEditor::mergeFeatures); undo gives
// back every feature and what named it, and the kept one its shape.
FeatureCommand *mergeFeaturesCommand(Session *session, qint64 layerId, const QString &layerName,
                                     const QList<qint64> &fids);
// One field of many features set at once (the field calculator); undo puts each old value back.
FeatureCommand *setFeatureValuesCommand(Session *session, qint64 layerId, const QString &field,
                                        const QString &fieldTitle,
                                        const QHash<qint64, QVariant> &oldValues,
                                        const QHash<qint64, QVariant> &newValues);
// Areas split with a drawn line (FeatureEditor::splitFeatures); undo removes the new pieces and
// makes the areas whole. `split` receives what the first redo did, for the window's message.
FeatureCommand *splitFeaturesCommand(Session *session, qint64 layerId, const QString &layerName,
                                     const QByteArray &line, const QList<qint64> &fids,
                                     std::function<void(const FeatureEditor::Split &)> split = {});
// A new empty field of a layer; undo removes it.
FeatureCommand *addFieldCommand(Session *session, qint64 layerId, const QString &layerName,
                                const EditField &field);
// A field removed with its values; undo puts the field and every value back.
FeatureCommand *removeFieldCommand(Session *session, qint64 layerId, const QString &layerName,
                                   const QString &field);
// A new empty layer; undo removes it from the project as Katman ▸ Kaldır does, redo brings it
// back. `created` receives its id after the first redo.
QUndoCommand *newLayerCommand(Session *session, const NewLayerSpec &spec,
                              std::function<void(qint64 layerId)> created = {});

} // namespace geisep
