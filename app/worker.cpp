#include "app/worker.h"

#include <QEventLoop>
#include <QPointer>
#include <QProgressDialog>
#include <QThread>

namespace geisep {

void BackgroundTask::run(QWidget *parent, const QString &label, const Work &work)
{
    QProgressDialog dialog(label, QProgressDialog::tr("Cancel"), 0, 1000, parent);
    dialog.setWindowModality(Qt::WindowModal);
    dialog.setMinimumDuration(300);
    dialog.setAutoClose(false);
    dialog.setAutoReset(false);
    dialog.setValue(0);
    std::atomic<bool> cancelled = false;
    QObject::connect(&dialog, &QProgressDialog::canceled, &dialog, [&] { cancelled = true; });
    QPointer<QProgressDialog> guard(&dialog);
    auto progress = [&cancelled, guard](qint64 done, qint64 total) {
        const int value = total > 0 ? int(1000 * done / total) : 0;
        QMetaObject::invokeMethod(
            guard.data(),
            [guard, value] {
                if (guard)
                    guard->setValue(value);
            },
            Qt::QueuedConnection);
        return !cancelled.load();
    };
    QEventLoop loop;
    QThread *thread = QThread::create([&] { work(progress); });
    QObject::connect(thread, &QThread::finished, &loop, &QEventLoop::quit);
    thread->start();
    loop.exec();
    thread->wait();
    delete thread;
}

} // namespace geisep
