// The designer's preview, made off the GUI thread.
#include "app/print/layoutpreview.h"

#include "core/project.h"
#include "gis/print/print.h"

#include <QCoreApplication>
#include <QPainter>
#include <QPointer>

namespace geisep {

LayoutPreview LayoutPreview::make(Project &project, const Layout &layout, const QString &areaName,
                                  double pxPerMm)
{
    LayoutPreview preview;
    PrintRequest request;
    request.layout = layout;
    int page = 0;
    if (auto job = Printer::prepare(project, request)) {
        preview.job = std::make_shared<const PrintJob>(std::move(*job));
        if (preview.job->atlasLayer && !preview.job->areas.empty()) {
            preview.area = 0;
            for (std::size_t i = 0; i < preview.job->areas.size(); ++i)
                if (preview.job->areas[i].name == areaName)
                    preview.area = int(i);
            page = preview.job->areas[std::size_t(preview.area)].page - 1;
        }
    } else {
        preview.error = job.error();
        // Still show the page: without the atlas.
        request.layout->atlas.enabled = false;
        if (auto plain = Printer::prepare(project, request))
            preview.job = std::make_shared<const PrintJob>(std::move(*plain));
    }
    if (!preview.job)
        return preview;
    const QSizeF mm = layout.page.sizeMm();
    QImage image(QSize(int(mm.width() * pxPerMm), int(mm.height() * pxPerMm)),
                 QImage::Format_RGB32);
    image.fill(Qt::white);
    {
        QPainter painter(&image);
        painter.setRenderHint(QPainter::Antialiasing);
        Printer::paintPage(painter, *preview.job, page, pxPerMm * 25.4);
    }
    preview.image = std::move(image);
    return preview;
}

PreviewMaker::PreviewMaker(QString projectPath, QObject *parent)
    : QObject(parent)
    , m_path(std::move(projectPath))
{}

PreviewMaker::~PreviewMaker()
{
    if (m_task.valid())
        m_task.wait();
}

bool PreviewMaker::request(const Layout &layout, const QString &areaName, double pxPerMm)
{
    if (!m_reader) {
        auto opened = Project::open(m_path, Project::Access::ReadOnly);
        if (!opened)
            return false;
        m_reader = std::move(*opened);
    }
    Request request{layout, areaName, pxPerMm};
    if (m_running)
        m_next = std::move(request);
    else
        start(std::move(request));
    return true;
}

void PreviewMaker::discard()
{
    m_next.reset();
    ++m_generation; // what runs now finishes unseen
}

void PreviewMaker::start(Request request)
{
    m_running = true;
    const quint64 generation = ++m_generation;
    if (m_task.valid())
        m_task.wait(); // the last one has posted its result and is returning
    QPointer<PreviewMaker> self(this);
    m_task = std::async(
        std::launch::async, [self, reader = m_reader, request = std::move(request), generation] {
            LayoutPreview preview
                = LayoutPreview::make(*reader, request.layout, request.areaName, request.pxPerMm);
            QMetaObject::invokeMethod(
                QCoreApplication::instance(),
                [self, generation, preview = std::move(preview)]() mutable {
                    if (self)
                        self->finished(generation, std::move(preview));
                },
                Qt::QueuedConnection);
        });
}

void PreviewMaker::finished(quint64 generation, LayoutPreview preview)
{
    m_running = false;
    // Shown even when a newer request waits: edits in quick succession still show each step
    // the maker caught up with.
    const bool current = generation == m_generation;
    if (m_next) {
        Request next = std::move(*m_next);
        m_next.reset();
        start(std::move(next));
    }
    if (current)
        Q_EMIT ready(preview);
}

} // namespace geisep
