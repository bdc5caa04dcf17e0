#pragma once

#include "core/error.h"
#include "core/plan/plan.h"
#include "core/project.h"

#include <QObject>
#include <QUndoStack>

#include <memory>

namespace geisep {

// One open project in the window: the file, its plan store and its undo stack. Undo commands
// call back into it; views listen to its signals to refresh.
class Session : public QObject
{
    Q_OBJECT

public:
    explicit Session(std::unique_ptr<Project> project, QObject *parent = nullptr);
    ~Session() override;

    Project &project() { return *m_project; }
    PlanStore &plan() { return m_plan; }
    QUndoStack *undoStack() { return &m_undo; }
    // Print layouts have their own undo history, as a layout designer has in QGIS: the
    // designer's Undo never takes back a map style, and Düzen ▸ Geri al no layout edit.
    QUndoStack *layoutUndoStack() { return &m_layoutUndo; }

    // Called by undo commands after they changed the file.
    void notifyMetaChanged() { Q_EMIT metaChanged(); }
    void notifyPlanChanged() { Q_EMIT planChanged(); }
    void notifyLayersChanged() { Q_EMIT layersChanged(); }
    void notifyLayoutsChanged() { Q_EMIT layoutsChanged(); }
    void notifyFeaturesChanged(qint64 layerId) { Q_EMIT featuresChanged(layerId); }
    void reportError(const Error &error) { Q_EMIT errorOccurred(error); }

Q_SIGNALS:
    void metaChanged();
    void planChanged();
    void layersChanged();
    void layoutsChanged();
    // A layer's features or their attributes were edited (app/edit/editcommands.h).
    void featuresChanged(qint64 layerId);
    void errorOccurred(const geisep::Error &error);

private:
    std::unique_ptr<Project> m_project;
    PlanStore m_plan;
    QUndoStack m_undo;
    QUndoStack m_layoutUndo;
};

} // namespace geisep
