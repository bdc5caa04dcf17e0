#include "tests/app/guards.h"

#include <QApplication>
#include <QDialog>
#include <QElapsedTimer>
#include <QPointer>
#include <QProgressDialog>
#include <QTimer>

#include <catch2/catch.hpp>

namespace geisep::test {

namespace {

MessageCapture *g_capture = nullptr;

std::string describe(const Message &m)
{
    static const char *const kinds[] = {"information", "warning", "error", "question"};
    QString text = m.title + QStringLiteral(": ") + m.text;
    if (!m.file.isEmpty())
        text += QStringLiteral(" [file: ") + m.file + QLatin1Char(']');
    if (!m.hint.isEmpty())
        text += QStringLiteral(" (") + m.hint + QLatin1Char(')');
    return std::string(kinds[int(m.kind)]) + " \"" + text.toStdString() + '"';
}

std::string describe(const QWidget *w)
{
    return std::string(w->metaObject()->className()) + " \"" + w->windowTitle().toStdString()
           + "\" (objectName \"" + w->objectName().toStdString() + "\")";
}

void closeModal(QWidget *w)
{
    if (auto *dialog = qobject_cast<QDialog *>(w))
        dialog->reject();
    else
        w->close();
}

// Rejects a modal dialog that stays open: a test must never wait on a person.
class ModalWatchdog : public QObject
{
public:
    ModalWatchdog(int limitMs, QObject *parent)
        : QObject(parent)
        , m_limitMs(limitMs)
    {
        auto *timer = new QTimer(this);
        timer->setInterval(250);
        QObject::connect(timer, &QTimer::timeout, this, [this] { check(); });
        timer->start();
    }

private:
    void check()
    {
        QWidget *modal = QApplication::activeModalWidget();
        // A progress dialog ends by itself when its work does.
        if (!modal || qobject_cast<QProgressDialog *>(modal)) {
            m_modal = nullptr;
            return;
        }
        if (modal != m_modal) {
            m_modal = modal;
            m_since.start();
            return;
        }
        if (m_since.elapsed() < m_limitMs)
            return;
        FAIL_CHECK("A modal dialog waited " << m_since.elapsed() << " ms for a person: "
                                            << describe(modal) << "; rejected it.");
        m_modal = nullptr;
        closeModal(modal);
    }

    const int m_limitMs;
    QPointer<QWidget> m_modal;
    QElapsedTimer m_since;
};

} // namespace

class GuardSink final : public MessageSink
{
public:
    bool deliver(QWidget *, const Message &message) override
    {
        if (g_capture) {
            g_capture->messages.append(message);
            return g_capture->answer(message);
        }
        FAIL_CHECK("The workbench showed a message nobody expected: " << describe(message));
        return false;
    }
};

void installGuards()
{
    static GuardSink sink;
    messages::setSink(&sink);
    const int limit = qEnvironmentVariableIsSet("GEISEP_TEST_MODAL_LIMIT_MS")
                          ? qEnvironmentVariableIntValue("GEISEP_TEST_MODAL_LIMIT_MS")
                          : 15000;
    new ModalWatchdog(limit, QCoreApplication::instance()); // lives as long as the application
}

MessageCapture::MessageCapture()
    : m_outer(g_capture)
{
    g_capture = this;
}

MessageCapture::~MessageCapture()
{
    g_capture = m_outer;
}

QList<Error> MessageCapture::errors() const
{
    QList<Error> out;
    for (const Message &m : messages)
        if (m.kind == Message::Kind::Error)
            out.append(Error{m.text, m.file, m.hint});
    return out;
}

QList<Message> MessageCapture::ofKind(Message::Kind kind) const
{
    QList<Message> out;
    for (const Message &m : messages)
        if (m.kind == kind)
            out.append(m);
    return out;
}

ExpectModal::ExpectModal(std::function<void(QWidget *dialog)> fn, int timeoutMs)
    : m_timer(new QTimer)
{
    // The next dialog: one already open when the test starts waiting is not it.
    const QPointer<QWidget> already(QApplication::activeModalWidget());
    auto clock = std::make_shared<QElapsedTimer>();
    clock->start();
    m_timer->setInterval(5);
    QTimer *timer = m_timer;
    QObject::connect(timer, &QTimer::timeout, timer,
                     [timer, clock, already, handled = m_handled, fn = std::move(fn), timeoutMs] {
                         QWidget *modal = QApplication::activeModalWidget();
                         if (!modal || qobject_cast<QProgressDialog *>(modal) || modal == already) {
                             if (clock->elapsed() > timeoutMs) {
                                 FAIL_CHECK("No dialog opened within " << timeoutMs << " ms.");
                                 timer->stop();
                             }
                             return;
                         }
                         timer->stop();
                         *handled = true;
                         const QPointer<QWidget> guard(modal);
                         try {
                             fn(modal);
                         } catch (...) {
                             // A failed REQUIRE is recorded; close the dialog so the test goes on.
                         }
                         if (guard && QApplication::activeModalWidget() == guard)
                             closeModal(guard);
                     });
    m_timer->start();
}

ExpectModal::~ExpectModal()
{
    if (!*m_handled && m_timer->isActive())
        FAIL_CHECK("The dialog the test waited for never opened.");
    delete m_timer;
}

} // namespace geisep::test
