#pragma once

#include <QObject>
#include <QString>

#include <atomic>
#include <functional>

class QProgressDialog;
class QWidget;

namespace geisep {

// Runs long work off the GUI thread behind a modal progress dialog with a Cancel button; the
// window keeps painting. The work gets a progress function (done, total) that returns false
// once the user has cancelled. Returns when the work has finished.
class BackgroundTask
{
public:
    using Work = std::function<void(const std::function<bool(qint64, qint64)> &progress)>;
    static void run(QWidget *parent, const QString &label, const Work &work);
};

} // namespace geisep
