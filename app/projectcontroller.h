#pragma once

#include "core/error.h"

#include <QObject>

#include <memory>

class QMainWindow;
class QMenu;

namespace geisep {

class MapCanvas;
class Session;
struct ReconciledLayer;

// The project's life in the window: new, open, save as, close, the recent projects and each
// project's own window layout and map extent. Owns the open project's Session; the window and
// its docks follow it through sessionOpened and sessionClosing.
class ProjectController : public QObject
{
    Q_OBJECT

public:
    ProjectController(QMainWindow *window, MapCanvas *canvas);
    ~ProjectController() override;

    Session *session() const { return m_session.get(); }
    bool openProject(const QString &path);
    bool createProject(const QString &path, const QString &name, const QString &province, int epsg);
    void closeProject();
    // The window's size, docks and map extent, kept per project in the settings: saved when
    // the project closes, restored when it opens again.
    void saveProjectView();
    void restoreProjectView();

    // Existing recent projects, newest first.
    QStringList recentProjects() const;
    // Proje ▸ Son projeler: one item a recent project.
    void fillRecentMenu(QMenu *menu);

    void newProjectDialog();
    void openProjectDialog();
    void saveAsDialog();
    void propertiesDialog();
    // Proje ▸ Paylaş…: publish to and pull from the province's shared plan.
    void shareDialog();

Q_SIGNALS:
    // A project was opened or created; the window attaches its views.
    void sessionOpened(geisep::Session *session);
    // The project is about to close: views drop what they hold of it.
    void sessionClosing();
    void sessionClosed();
    // Words for the window's banner about what happened on open (upgrades, reconciled areas).
    void notice(const QString &text);
    void recentChanged();

private:
    void attach(std::unique_ptr<Session> session);
    void addRecent(const QString &path);
    // The banner's words for what reconcileAreas brought in step on open.
    static QString reconcileMessage(const QList<ReconciledLayer> &layers);

    QMainWindow *m_window;
    MapCanvas *m_canvas;
    std::unique_ptr<Session> m_session;
};

} // namespace geisep
