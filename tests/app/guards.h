#pragma once

// No window test waits on a person. catch_main installs two guards for the window tests:
// every message the workbench would show (app/messages.h) fails the running test at once, unless
// a MessageCapture is recording; and a watchdog rejects any modal dialog left open longer than
// a few seconds, failing the test and naming the dialog.

#include "app/messages.h"
#include "core/error.h"

#include <QList>

#include <functional>
#include <memory>

class QTimer;
class QWidget;

namespace geisep::test {

void installGuards();

// While alive, the workbench's messages are recorded here instead of failing the test, and
// questions get `answer`'s reply (no, unless the test says otherwise).
class MessageCapture
{
public:
    MessageCapture();
    ~MessageCapture();
    MessageCapture(const MessageCapture &) = delete;
    MessageCapture &operator=(const MessageCapture &) = delete;

    QList<Message> messages;
    std::function<bool(const Message &)> answer = [](const Message &) {
        return false;
    };

    QList<Error> errors() const;
    QList<Message> ofKind(Message::Kind kind) const;
    void clear() { messages.clear(); }

private:
    MessageCapture *m_outer = nullptr;
    friend class GuardSink;
};

// Runs `fn` on the next modal dialog once it is open, while this object lives. Checks inside
// `fn` are recorded as usual; if `fn` throws (a failed REQUIRE) or leaves the dialog open, the
// dialog is rejected, so the test goes on. If no modal dialog opened by the time this object
// goes, or within `timeoutMs`, the test fails.
class ExpectModal
{
public:
    explicit ExpectModal(std::function<void(QWidget *dialog)> fn, int timeoutMs = 10000);
    ~ExpectModal();
    ExpectModal(const ExpectModal &) = delete;
    ExpectModal &operator=(const ExpectModal &) = delete;
    bool handled() const { return *m_handled; }

private:
    QTimer *m_timer = nullptr;
    std::shared_ptr<bool> m_handled = std::make_shared<bool>(false);
};

} // namespace geisep::test
