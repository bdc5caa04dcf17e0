#pragma once

#include "core/error.h"

#include <QString>

class QAction;
class QWidget;

namespace geisep {

// Something the workbench tells a planner, or a yes/no question it asks.
struct Message
{
    enum class Kind { Information, Warning, Error, Question };
    Kind kind = Kind::Information;
    QString title;
    QString text;
    QString file; // the file concerned, if any
    QString hint; // what to do
    QString more; // a long report behind "Show details…"
};

// Where messages go. The window and its dialogs never open a message box themselves: they call
// the functions below, which hand the message to the one sink. The default sink shows a
// QMessageBox; a program that must not wait on a person (the tests, --screenshot) installs its
// own, which records, prints or answers instead.
class MessageSink
{
public:
    virtual ~MessageSink() = default;
    // Shows the message; for a question, returns the answer (true = yes).
    virtual bool deliver(QWidget *parent, const Message &message) = 0;
};

namespace messages {

void inform(QWidget *parent, const QString &title, const QString &text, const QString &more = {});
void warn(QWidget *parent, const QString &title, const QString &text);
void error(QWidget *parent, const Error &error);
bool ask(QWidget *parent, const QString &title, const QString &question);
// Replaces the sink and returns the one that was there; nullptr restores the message boxes.
// The caller keeps ownership.
MessageSink *setSink(MessageSink *sink);
// "Katman ▸ Alan verileri…": the menus that hold an action, as they read now; empty when no
// menu holds it. Messages that send a planner to a menu item name it this way, never by hand.
QString menuPath(const QAction *action);
// "Düzen ▸ Geri al" as the window holding `context` reads it: where a message says a step can
// be taken back. (The undo action's own text names the step, so menuPath would not do.)
QString undoMenuPath(const QWidget *context);
// The error with the menu path of its action (Error::action) added to its hint, as the menus
// of the window holding `context` read.
Error withMenu(QWidget *context, const Error &error);

// A sink for runs without a person (--screenshot): each message goes to stderr as one line, and
// every question is answered no.
MessageSink *printingSink();

} // namespace messages
} // namespace geisep
