#include "app/commands.h"

#include "gis/map/maplayer.h"

#include <memory>
#include <optional>
#include <utility>

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
    if (m_featuresOf > 0)
        m_session->notifyFeaturesChanged(m_featuresOf);
    else
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

QUndoCommand *setLayerFilterCommand(Session *session, qint64 layerId, const QString &oldFilter,
                                    const QString &newFilter)
{
    auto *command = new LayerCommand(
        session,
        newFilter.trimmed().isEmpty() ? Session::tr("Clear layer filter")
                                      : Session::tr("Filter layer: %1").arg(newFilter.trimmed()),
        [=](Project &p) { return p.setLayerFilter(layerId, newFilter); },
        [=](Project &p) { return p.setLayerFilter(layerId, oldFilter); });
    command->setChangesFeaturesOf(layerId);
    return command;
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

void pushLayerStyle(Session *session, const MapLayer &layer, const LayerStyle &style)
{
    if (session && !(layer.style == style))
        session->undoStack()->push(setLayerStyleCommand(session, layer.id, layer.style, style));
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

PlanCommand::PlanCommand(Session *session, const QString &text, Change forward, Change back)
    : QUndoCommand(text)
    , m_session(session)
    , m_forward(std::move(forward))
    , m_back(std::move(back))
{}

void PlanCommand::apply(const Change &change)
{
    if (m_session->project().isReadOnly()) {
        setObsolete(true);
        m_session->reportError(Error{Session::tr("The project is open read-only."),
                                     m_session->project().path(),
                                     m_session->project().readOnlyReason()});
        return;
    }
    if (auto ok = change(m_session->plan()); !ok) {
        setObsolete(true);
        m_session->reportError(ok.error());
        return;
    }
    m_session->notifyPlanChanged();
}

namespace {

// What an add or remove took out, to put back the same rows (same ids) on the next redo/undo.
struct Removed
{
    qint64 id = 0;
    std::optional<PlanSnapshot> snapshot;
    QList<qint64> linkIds;
};

} // namespace

QUndoCommand *addPlanItemCommand(Session *session, const PlanItem &item, qint64 *createdId)
{
    auto state = std::make_shared<Removed>();
    return new PlanCommand(
        session, Session::tr("Add \"%1\"").arg(item.titleTr.trimmed()),
        [=](PlanStore &plan) -> Result<void> {
            if (state->snapshot) // redo after undo: the same row, same id
                return plan.restore(*std::exchange(state->snapshot, std::nullopt));
            auto id = plan.addItem(item);
            if (!id)
                return std::unexpected(id.error());
            state->id = *id;
            if (createdId)
                *createdId = *id;
            return {};
        },
        [=](PlanStore &plan) -> Result<void> {
            auto removed = plan.removeItem(item.kind, state->id);
            if (!removed)
                return std::unexpected(removed.error());
            state->snapshot = std::move(*removed);
            return {};
        });
}

QUndoCommand *editPlanItemCommand(Session *session, const PlanItem &before, const PlanItem &after)
{
    return new PlanCommand(
        session, Session::tr("Edit \"%1\"").arg(after.titleTr.trimmed()),
        [=](PlanStore &plan) { return plan.updateItem(after); },
        [=](PlanStore &plan) { return plan.updateItem(before); });
}

QUndoCommand *removePlanItemCommand(Session *session, PlanKind kind, qint64 id,
                                    const QString &title)
{
    auto state = std::make_shared<Removed>();
    return new PlanCommand(
        session, Session::tr("Delete \"%1\"").arg(title),
        [=](PlanStore &plan) -> Result<void> {
            auto removed = plan.removeItem(kind, id);
            if (!removed)
                return std::unexpected(removed.error());
            state->snapshot = std::move(*removed);
            return {};
        },
        [=](PlanStore &plan) -> Result<void> {
            if (!state->snapshot)
                return {};
            return plan.restore(*state->snapshot);
        });
}

QUndoCommand *movePlanItemCommand(Session *session, PlanKind kind, qint64 id, int delta)
{
    auto move = [kind, id](int d) {
        return [kind, id, d](PlanStore &plan) -> Result<void> {
            auto moved = plan.moveItem(kind, id, d);
            if (!moved)
                return std::unexpected(moved.error());
            return {};
        };
    };
    return new PlanCommand(session, delta < 0 ? Session::tr("Move up") : Session::tr("Move down"),
                           move(delta), move(-delta));
}

QUndoCommand *linkAreasCommand(Session *session, const QList<qint64> &areaIds, PlanKind kind,
                               qint64 itemId, const QString &priority, const QString &note)
{
    auto state = std::make_shared<Removed>();
    return new PlanCommand(
        session, Session::tr("Link %n area(s)", nullptr, int(areaIds.size())),
        [=](PlanStore &plan) -> Result<void> {
            if (state->snapshot)
                return plan.restore(*std::exchange(state->snapshot, std::nullopt));
            auto ids = plan.linkAreas(areaIds, kind, itemId, priority, note);
            if (!ids)
                return std::unexpected(ids.error());
            state->linkIds = *ids;
            return {};
        },
        [=](PlanStore &plan) -> Result<void> {
            auto removed = plan.removeLinks(state->linkIds);
            if (!removed)
                return std::unexpected(removed.error());
            state->snapshot = std::move(*removed);
            return {};
        });
}

QUndoCommand *indicatorCommand(Session *session, const QString &text, qint64 indicatorId,
                               std::function<Result<qint64>(PlanStore &)> edit)
{
    struct State
    {
        qint64 id = 0;
        bool done = false;
        PlanSnapshot before;
        PlanSnapshot after;
    };
    auto state = std::make_shared<State>();
    state->id = indicatorId;
    return new PlanCommand(
        session, text,
        [=](PlanStore &plan) -> Result<void> {
            if (state->done)
                return plan.replaceIndicator(state->id, state->after);
            if (state->id > 0) {
                auto before = plan.indicatorSnapshot(state->id);
                if (!before)
                    return std::unexpected(before.error());
                state->before = std::move(*before);
            }
            auto id = edit(plan);
            if (!id)
                return std::unexpected(id.error());
            state->id = *id;
            auto after = plan.indicatorSnapshot(state->id);
            if (!after)
                return std::unexpected(after.error());
            state->after = std::move(*after);
            state->done = true;
            return {};
        },
        [=](PlanStore &plan) { return plan.replaceIndicator(state->id, state->before); });
}

QUndoCommand *stakeholderCommand(Session *session, const QString &text, qint64 id,
                                 const std::optional<Stakeholder> &after, qint64 *createdId)
{
    struct State
    {
        qint64 id = 0;
        bool done = false;
        std::optional<Stakeholder> before;
    };
    auto state = std::make_shared<State>();
    state->id = id;
    return new PlanCommand(
        session, text,
        [=](PlanStore &plan) -> Result<void> {
            if (!state->done) {
                state->done = true;
                if (state->id == 0) {
                    auto added = plan.addStakeholder(*after);
                    if (!added)
                        return std::unexpected(added.error());
                    state->id = *added;
                    if (createdId)
                        *createdId = *added;
                    return {};
                }
                auto before = plan.stakeholder(state->id);
                if (!before)
                    return std::unexpected(before.error());
                state->before = *before;
            }
            return plan.replaceStakeholder(state->id, after);
        },
        [=](PlanStore &plan) { return plan.replaceStakeholder(state->id, state->before); });
}

LayoutCommand::LayoutCommand(Session *session, const QString &text, std::optional<Layout> before,
                             std::optional<Layout> after, QString mergeKey)
    : QUndoCommand(text)
    , m_session(session)
    , m_before(std::move(before))
    , m_after(std::move(after))
    , m_mergeKey(std::move(mergeKey))
{}

qint64 LayoutCommand::layoutId() const
{
    return m_after ? m_after->id : m_before ? m_before->id : 0;
}

bool LayoutCommand::mergeWith(const QUndoCommand *other)
{
    const auto *o = dynamic_cast<const LayoutCommand *>(other);
    if (!o || o->m_mergeKey != m_mergeKey || !m_after || !o->m_after || !o->m_before
        || o->m_before->id != m_after->id)
        return false;
    m_after = o->m_after;
    return true;
}

void LayoutCommand::apply(std::optional<Layout> &state, std::optional<Layout> &other)
{
    LayoutStore store(m_session->project().db());
    Result<void> ok;
    if (state) {
        if (state->id == 0) { // a new layout's first save gives it its id
            auto id = store.save(*state);
            if (id) {
                state->id = *id;
                if (other)
                    other->id = *id;
            } else {
                ok = std::unexpected(id.error());
            }
        } else {
            ok = store.restore(*state);
        }
    } else if (other) {
        ok = store.remove(other->id);
    }
    if (!ok) {
        setObsolete(true);
        m_session->reportError(ok.error());
        return;
    }
    m_session->notifyLayoutsChanged();
}

} // namespace geisep
