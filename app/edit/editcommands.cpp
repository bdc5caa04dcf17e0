#include "app/edit/editcommands.h"

#include "app/commands.h"

#include <memory>
#include <optional>
#include <utility>

namespace geisep {

FeatureCommand::FeatureCommand(Session *session, qint64 layerId, const QString &text,
                               Change forward, Change back)
    : QUndoCommand(text)
    , m_session(session)
    , m_layerId(layerId)
    , m_forward(std::move(forward))
    , m_back(std::move(back))
{}

void FeatureCommand::apply(const Change &change)
{
    FeatureEditor editor(m_session->project());
    auto ok = change(editor);
    m_succeeded = bool(ok);
    if (!ok) {
        setObsolete(true);
        m_session->reportError(ok.error());
        return;
    }
    m_session->notifyFeaturesChanged(m_layerId);
}

FeatureCommand *addFeatureCommand(Session *session, qint64 layerId, const QString &layerName,
                                  const QByteArray &wkb, const QVariantMap &values,
                                  std::function<void(qint64 fid)> added)
{
    struct State
    {
        qint64 fid = 0;
        std::optional<RemovedRows> removed;
    };
    auto state = std::make_shared<State>();
    auto forward = [=](FeatureEditor &editor) -> Result<void> {
        if (state->removed) {
            auto ok = editor.restore(*state->removed);
            if (ok)
                state->removed.reset();
            return ok;
        }
        auto fid = editor.addFeature(layerId, wkb, values);
        if (!fid)
            return std::unexpected(fid.error());
        state->fid = *fid;
        if (added)
            added(*fid);
        return {};
    };
    auto back = [=](FeatureEditor &editor) -> Result<void> {
        auto removed = editor.deleteFeatures(layerId, {state->fid});
        if (!removed)
            return std::unexpected(removed.error());
        state->removed = std::move(*removed);
        return {};
    };
    return new FeatureCommand(
        session, layerId,
        QCoreApplication::translate("geisep::FeatureCommand", "Add a feature to \"%1\"")
            .arg(layerName),
        forward, back);
}

FeatureCommand *setFeatureValueCommand(Session *session, qint64 layerId, qint64 fid,
                                       const QString &field, const QString &fieldTitle,
                                       const QVariant &oldValue, const QVariant &newValue)
{
    auto set = [=](const QVariant &value) {
        return [=](FeatureEditor &editor) {
            return editor.setValue(layerId, fid, field, value);
        };
    };
    return new FeatureCommand(
        session, layerId,
        QCoreApplication::translate("geisep::FeatureCommand", "Set %1 of feature %2")
            .arg(fieldTitle)
            .arg(fid),
        set(newValue), set(oldValue));
}

FeatureCommand *setGeometryCommand(Session *session, qint64 layerId, qint64 fid,
                                   const QByteArray &oldWkb, const QByteArray &newWkb)
{
    auto set = [=](const QByteArray &wkb) {
        return [=](FeatureEditor &editor) {
            return editor.setGeometry(layerId, fid, wkb);
        };
    };
    return new FeatureCommand(
        session, layerId,
        QCoreApplication::translate("geisep::FeatureCommand", "Change the shape of feature %1")
            .arg(fid),
        set(newWkb), set(oldWkb));
}

FeatureCommand *deleteFeaturesCommand(Session *session, qint64 layerId, const QString &layerName,
                                      const QList<qint64> &fids,
                                      std::function<void(const RemovedRows &)> removed)
{
    auto taken = std::make_shared<std::optional<RemovedRows>>();
    auto first = std::make_shared<bool>(true);
    auto forward = [=](FeatureEditor &editor) -> Result<void> {
        auto rows = editor.deleteFeatures(layerId, fids);
        if (!rows)
            return std::unexpected(rows.error());
        *taken = std::move(*rows);
        if (*first && removed)
            removed(**taken);
        *first = false;
        return {};
    };
    auto back = [=](FeatureEditor &editor) -> Result<void> {
        if (!*taken)
            return {};
        return editor.restore(**taken);
    };
    return new FeatureCommand(session, layerId,
                              QCoreApplication::translate("geisep::FeatureCommand",
                                                          "Delete %n feature(s) of \"%1\"", nullptr,
                                                          int(fids.size()))
                                  .arg(layerName),
                              forward, back);
}

FeatureCommand *setFeatureValuesCommand(Session *session, qint64 layerId, const QString &field,
                                        const QString &fieldTitle,
                                        const QHash<qint64, QVariant> &oldValues,
                                        const QHash<qint64, QVariant> &newValues)
{
    return new FeatureCommand(
        session, layerId,
        QCoreApplication::translate("geisep::FeatureCommand", "Calculate %1 for %n feature(s)",
                                    nullptr, int(newValues.size()))
            .arg(fieldTitle),
        [=](FeatureEditor &editor) { return editor.setValues(layerId, field, newValues); },
        [=](FeatureEditor &editor) { return editor.setValues(layerId, field, oldValues, false); });
}

FeatureCommand *splitFeaturesCommand(Session *session, qint64 layerId, const QString &layerName,
                                     const QByteArray &line, const QList<qint64> &fids,
                                     std::function<void(const FeatureEditor::Split &)> split)
{
    auto done = std::make_shared<std::optional<FeatureEditor::Split>>();
    auto first = std::make_shared<bool>(true);
    return new FeatureCommand(
        session, layerId,
        QCoreApplication::translate("geisep::FeatureCommand", "Split areas of \"%1\"")
            .arg(layerName),
        [=](FeatureEditor &editor) -> Result<void> {
            auto result = editor.splitFeatures(layerId, line, fids);
            if (!result)
                return std::unexpected(result.error());
            *done = std::move(*result);
            if (*first && split)
                split(**done);
            *first = false;
            return {};
        },
        [=](FeatureEditor &editor) -> Result<void> {
            if (!*done)
                return {};
            return editor.unsplit(layerId, **done);
        });
}

FeatureCommand *addFieldCommand(Session *session, qint64 layerId, const QString &layerName,
                                const EditField &field)
{
    return new FeatureCommand(
        session, layerId,
        QCoreApplication::translate("geisep::FeatureCommand", "Add the field %1 to \"%2\"")
            .arg(field.name, layerName),
        [=](FeatureEditor &editor) { return editor.addField(layerId, field); },
        [=](FeatureEditor &editor) -> Result<void> {
            auto removed = editor.removeField(layerId, field.name);
            if (!removed)
                return std::unexpected(removed.error());
            return {};
        });
}

FeatureCommand *removeFieldCommand(Session *session, qint64 layerId, const QString &layerName,
                                   const QString &field)
{
    auto taken = std::make_shared<std::optional<RemovedField>>();
    return new FeatureCommand(
        session, layerId,
        QCoreApplication::translate("geisep::FeatureCommand", "Remove the field %1 of \"%2\"")
            .arg(field, layerName),
        [=](FeatureEditor &editor) -> Result<void> {
            auto removed = editor.removeField(layerId, field);
            if (!removed)
                return std::unexpected(removed.error());
            *taken = std::move(*removed);
            return {};
        },
        [=](FeatureEditor &editor) -> Result<void> {
            if (!*taken)
                return {};
            return editor.restoreField(**taken);
        });
}

FeatureCommand *mergeFeaturesCommand(Session *session, qint64 layerId, const QString &layerName,
                                     const QList<qint64> &fids)
{
    auto last = std::make_shared<std::optional<FeatureEditor::Merged>>();
    auto forward = [=](FeatureEditor &editor) -> Result<void> {
        auto merged = editor.mergeFeatures(layerId, fids);
        if (!merged)
            return std::unexpected(merged.error());
        *last = std::move(*merged);
        return {};
    };
    auto back = [=](FeatureEditor &editor) -> Result<void> {
        if (!*last)
            return {};
        if (auto ok = editor.restore((*last)->removed); !ok)
            return ok;
        return editor.setGeometry(layerId, (*last)->kept, (*last)->oldShape);
    };
    return new FeatureCommand(session, layerId,
                              QCoreApplication::translate("geisep::FeatureCommand",
                                                          "Merge %n feature(s) of \"%1\"", nullptr,
                                                          int(fids.size()))
                                  .arg(layerName),
                              forward, back);
}

QUndoCommand *newLayerCommand(Session *session, const NewLayerSpec &spec,
                              std::function<void(qint64 layerId)> created)
{
    auto id = std::make_shared<qint64>(0);
    auto forward = [=](Project &project) -> Result<void> {
        if (*id > 0)
            return project.setLayerRemoved(*id, false);
        auto made = FeatureEditor(project).createLayer(spec);
        if (!made)
            return std::unexpected(made.error());
        *id = *made;
        if (created)
            created(*made);
        return {};
    };
    auto back = [=](Project &project) {
        return project.setLayerRemoved(*id, true);
    };
    return new LayerCommand(
        session,
        QCoreApplication::translate("geisep::FeatureCommand", "New layer \"%1\"").arg(spec.name),
        forward, back);
}

} // namespace geisep
