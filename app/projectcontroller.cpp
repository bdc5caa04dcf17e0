// The project's life in the window: new, open, save as, close, recent projects, saved views.
#include "app/projectcontroller.h"

#include "app/filedialogs.h"
#include "app/map/mapcanvas.h"
#include "app/messages.h"
#include "app/newprojectdialog.h"
#include "app/projectpropertiesdialog.h"
#include "app/session.h"
#include "app/share/sharedialog.h"
#include "core/projectlock.h"
#include "gis/crs.h"
#include "gis/edit/featureedit.h"

#include <QCryptographicHash>
#include <QFileInfo>
#include <QLayout>
#include <QMainWindow>
#include <QMenu>
#include <QSettings>

namespace geisep {

namespace {

constexpr int kMaxRecent = 8;

// Where a project's own view is kept in the settings: by its path, hashed (a key holds no '/').
QString projectViewKey(const QString &path)
{
    const QByteArray canonical = QFileInfo(path).absoluteFilePath().toUtf8();
    return QStringLiteral("projectViews/")
           + QString::fromLatin1(
               QCryptographicHash::hash(canonical, QCryptographicHash::Sha1).toHex().left(16));
}

} // namespace

ProjectController::ProjectController(QMainWindow *window, MapCanvas *canvas)
    : QObject(window)
    , m_window(window)
    , m_canvas(canvas)
{}

ProjectController::~ProjectController() = default;

void ProjectController::saveProjectView()
{
    if (!m_session)
        return;
    QSettings settings;
    settings.beginGroup(projectViewKey(m_session->project().path()));
    settings.setValue(QStringLiteral("geometry"), m_window->saveGeometry());
    settings.setValue(QStringLiteral("state"), m_window->saveState());
    const Viewport &vp = m_canvas->viewport();
    if (vp.isValid() && !m_canvas->layers().empty())
        settings.setValue(QStringLiteral("view"),
                          QVariantList{vp.centerX(), vp.centerY(), vp.unitsPerPixel()});
    settings.endGroup();
}

void ProjectController::restoreProjectView()
{
    if (!m_session)
        return;
    // Window size and docks as they were with this project, and its map where it was left.
    QSettings settings;
    settings.beginGroup(projectViewKey(m_session->project().path()));
    if (const QByteArray geometry = settings.value(QStringLiteral("geometry")).toByteArray();
        !geometry.isEmpty())
        m_window->restoreGeometry(geometry);
    if (const QByteArray state = settings.value(QStringLiteral("state")).toByteArray();
        !state.isEmpty()) {
        // Qt 6.4's restoreState shows each dock tab bar while iterating the set of them; a
        // show lays the window out again, which replaces that set mid-loop (a crash when a
        // project reopened with other docks shown). With its layout disabled the window is
        // laid out once, after.
        QLayout *layout = m_window->layout();
        layout->setEnabled(false);
        m_window->restoreState(state);
        layout->setEnabled(true);
        layout->invalidate();
        layout->activate();
    }
    const QVariantList view = settings.value(QStringLiteral("view")).toList();
    if (view.size() == 3 && view[2].toDouble() > 0 && !m_canvas->layers().empty())
        m_canvas->setViewport(
            Viewport(view[0].toDouble(), view[1].toDouble(), view[2].toDouble(), m_canvas->size()));
    settings.endGroup();
}

void ProjectController::attach(std::unique_ptr<Session> session)
{
    closeProject();
    m_session = std::move(session);
    addRecent(m_session->project().path());
    Q_EMIT sessionOpened(m_session.get());
    restoreProjectView();
}

bool ProjectController::openProject(const QString &path)
{
    // The open project chosen again (Recent projects, Open…, the start page), by this name or
    // another: it is closed first and opened afresh. Opened beside itself, it met its own lock
    // and came up read-only, "open in another program" — this one.
    if (m_session) {
        const QString identity = ProjectLock::identityLockPathFor(path);
        if (!identity.isEmpty()
            && identity == ProjectLock::identityLockPathFor(m_session->project().path()))
            closeProject();
    }
    auto project = Project::open(path);
    if (!project) {
        messages::error(m_window, project.error());
        return false;
    }
    // Areas drawn, deleted or renamed in another program (QGIS) since it was last open here.
    auto reconciled = FeatureEditor(**project).reconcileAreas();
    attach(std::make_unique<Session>(std::move(*project)));
    if (!reconciled)
        messages::error(m_window, reconciled.error());
    else if (!reconciled->isEmpty())
        Q_EMIT notice(reconcileMessage(*reconciled));
    return true;
}

QString ProjectController::reconcileMessage(const QList<ReconciledLayer> &layers)
{
    QStringList parts;
    for (const ReconciledLayer &l : layers) {
        QStringList what;
        if (!l.added.isEmpty())
            what << tr("%n added (%1)", nullptr, int(l.added.size()))
                        .arg(l.added.mid(0, 5).join(QStringLiteral(", ")));
        if (!l.removed.isEmpty()) {
            QString removed = tr("%n deleted (%1)", nullptr, int(l.removed.size()))
                                  .arg(l.removed.mid(0, 5).join(QStringLiteral(", ")));
            const qint64 links = l.removedRows.value(QStringLiteral("geisep_area_links"));
            const qint64 figures = l.removedRows.value(QStringLiteral("geisep_area_figures"));
            if (links + figures > 0)
                removed += QStringLiteral(", ")
                           + tr("%1 plan link(s) and %2 figure(s) that named them went too")
                                 .arg(links)
                                 .arg(figures);
            what << removed;
        }
        if (l.renamed > 0)
            what << tr("%n renamed", nullptr, int(l.renamed));
        parts << tr("%1: %2").arg(l.layer, what.join(QStringLiteral("; ")));
    }
    return tr("Another program changed areas of this project since it was last open here; their "
              "area rows were brought in step. %1.")
        .arg(parts.join(QStringLiteral(". ")));
}

bool ProjectController::createProject(const QString &path, const QString &name,
                                      const QString &province, int epsg)
{
    auto options = Crs::newProject(name, province, epsg);
    if (!options) {
        messages::error(m_window, options.error());
        return false;
    }
    auto project = Project::create(path, *options);
    if (!project) {
        messages::error(m_window, project.error());
        return false;
    }
    attach(std::make_unique<Session>(std::move(*project)));
    return true;
}

void ProjectController::closeProject()
{
    if (!m_session)
        return;
    saveProjectView();
    Q_EMIT sessionClosing();
    m_session.reset();
    Q_EMIT sessionClosed();
}

QStringList ProjectController::recentProjects() const
{
    QStringList paths;
    for (const QString &path : QSettings().value(QStringLiteral("recentProjects")).toStringList())
        if (QFileInfo::exists(path))
            paths.append(path);
    return paths;
}

void ProjectController::addRecent(const QString &path)
{
    QStringList paths = recentProjects();
    const QString absolute = QFileInfo(path).absoluteFilePath();
    paths.removeAll(absolute);
    paths.prepend(absolute);
    while (paths.size() > kMaxRecent)
        paths.removeLast();
    QSettings().setValue(QStringLiteral("recentProjects"), paths);
    Q_EMIT recentChanged();
}

void ProjectController::fillRecentMenu(QMenu *menu)
{
    menu->clear();
    const QStringList paths = recentProjects();
    for (const QString &path : paths) {
        QAction *action = menu->addAction(QFileInfo(path).fileName());
        action->setToolTip(path);
        action->setStatusTip(path);
        connect(action, &QAction::triggered, this, [this, path] { openProject(path); });
    }
    menu->setEnabled(!paths.isEmpty());
}

void ProjectController::newProjectDialog()
{
    NewProjectDialog dialog(m_window);
    if (dialog.exec() != QDialog::Accepted)
        return;
    QString path = dialog.filePath();
    if (!path.endsWith(QStringLiteral(".gpkg"), Qt::CaseInsensitive))
        path += QStringLiteral(".gpkg");
    createProject(path, dialog.projectName(), dialog.province(), dialog.epsg());
}

void ProjectController::openProjectDialog()
{
    const QString path = files::openFile(m_window, tr("Open project"), QString(),
                                         tr("GEİSEP projects (*.gpkg);;All files (*)"));
    if (!path.isEmpty())
        openProject(path);
}

void ProjectController::saveAsDialog()
{
    if (!m_session)
        return;
    QString path = files::saveFile(m_window, tr("Save project as"), QString(),
                                   tr("GEİSEP projects (*.gpkg)"));
    if (path.isEmpty())
        return;
    if (!path.endsWith(QStringLiteral(".gpkg"), Qt::CaseInsensitive))
        path += QStringLiteral(".gpkg");
    if (QFileInfo::exists(path) && !QFile::remove(path)) {
        messages::error(m_window,
                        Error{tr("Cannot replace the file."), path, tr("Choose another name.")});
        return;
    }
    if (auto ok = m_session->project().copyTo(path); !ok) {
        messages::error(m_window, ok.error());
        return;
    }
    openProject(path);
}

void ProjectController::propertiesDialog()
{
    if (!m_session)
        return;
    ProjectPropertiesDialog dialog(m_session.get(), m_window);
    if (dialog.exec() == QDialog::Accepted)
        dialog.apply();
}

void ProjectController::shareDialog()
{
    if (!m_session)
        return;
    ShareDialog dialog(m_session.get(), m_window);
    dialog.exec();
}

} // namespace geisep
