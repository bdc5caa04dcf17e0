#pragma once

#include "core/error.h"
#include "core/layout.h"

#include <QImage>
#include <QObject>
#include <QString>

#include <future>
#include <memory>
#include <optional>

namespace geisep {

class Project;
struct PrintJob;

// What the designer's page shows: the layout prepared for print and one of its pages drawn.
struct LayoutPreview
{
    std::shared_ptr<const PrintJob> job; // null when not even the plain page prepares
    std::optional<Error> error;          // why the layout as it is does not print
    QImage image;                        // the page, null with no job
    int area = -1;                       // on an atlas, the area shown (index in job->areas)

    // Prepares `layout` from `project` and draws the page of the atlas area named `areaName`
    // (else the first page) at `pxPerMm`. When the layout does not print as it is, its plain
    // page (no atlas) with the reason.
    static LayoutPreview make(Project &project, const Layout &layout, const QString &areaName,
                              double pxPerMm);
};

// Makes previews off the GUI thread, from a read-only connection of its own to the project
// file (WAL: it reads what the window has saved while the window goes on writing). One runs at a
// time; of the requests made meanwhile only the newest is made next. `ready` comes on the GUI
// thread for each preview made, unless discarded.
class PreviewMaker : public QObject
{
    Q_OBJECT

public:
    explicit PreviewMaker(QString projectPath, QObject *parent = nullptr);
    // Waits for the preview being made (a fraction of a second) and closes the connection, so
    // the project closes as one file.
    ~PreviewMaker() override;

    // False when the project cannot be opened a second time (the caller makes it itself).
    bool request(const Layout &layout, const QString &areaName, double pxPerMm);
    // Whether a preview is being made or waits to be.
    bool busy() const { return m_running || m_next.has_value(); }
    // Drops what waits and what is being made: the caller made a newer one itself.
    void discard();

Q_SIGNALS:
    void ready(const geisep::LayoutPreview &preview);

private:
    struct Request
    {
        Layout layout;
        QString areaName;
        double pxPerMm = 0;
    };
    void start(Request request);
    void finished(quint64 generation, LayoutPreview preview);

    QString m_path;
    std::shared_ptr<Project> m_reader; // opened at the first request
    std::future<void> m_task;
    std::optional<Request> m_next;
    bool m_running = false;
    quint64 m_generation = 0;
};

} // namespace geisep
