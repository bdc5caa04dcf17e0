#include "app/messages.h"

#include <QAction>
#include <QCoreApplication>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>

#include <cstdio>

namespace geisep {

namespace {

class Text
{
    Q_DECLARE_TR_FUNCTIONS(Messages)
};

// The default: a message box, modal to the window that speaks.
class MessageBoxSink final : public MessageSink
{
public:
    bool deliver(QWidget *parent, const Message &message) override
    {
        using Kind = Message::Kind;
        const QMessageBox::Icon icon = message.kind == Kind::Error      ? QMessageBox::Critical
                                       : message.kind == Kind::Warning  ? QMessageBox::Warning
                                       : message.kind == Kind::Question ? QMessageBox::Question
                                                                        : QMessageBox::Information;
        const auto buttons
            = message.kind == Kind::Question ? QMessageBox::Yes | QMessageBox::No : QMessageBox::Ok;
        QMessageBox box(icon, message.title, message.text, buttons, parent);
        QString details;
        if (!message.file.isEmpty())
            details = Text::tr("File: %1").arg(message.file);
        if (!message.hint.isEmpty())
            details += (details.isEmpty() ? QString() : QStringLiteral("\n\n")) + message.hint;
        if (!details.isEmpty())
            box.setInformativeText(details);
        if (!message.more.isEmpty())
            box.setDetailedText(message.more);
        if (message.kind == Kind::Question)
            box.setDefaultButton(QMessageBox::No);
        return box.exec() == QMessageBox::Yes;
    }
};

class PrintingSink final : public MessageSink
{
public:
    bool deliver(QWidget *, const Message &message) override
    {
        QString line = message.title + QStringLiteral(": ");
        if (!message.file.isEmpty())
            line += message.file + QStringLiteral(": ");
        line += message.text;
        if (!message.hint.isEmpty())
            line += QLatin1Char(' ') + message.hint;
        std::fprintf(stderr, "%s\n", line.toLocal8Bit().constData());
        return false;
    }
};

MessageSink &defaultSink()
{
    static MessageBoxSink boxes;
    return boxes;
}

MessageSink *&current()
{
    static MessageSink *sink = &defaultSink();
    return sink;
}

} // namespace

namespace messages {

void inform(QWidget *parent, const QString &title, const QString &text, const QString &more)
{
    current()->deliver(parent, Message{Message::Kind::Information, title, text, {}, {}, more});
}

void warn(QWidget *parent, const QString &title, const QString &text)
{
    current()->deliver(parent, Message{Message::Kind::Warning, title, text, {}, {}, {}});
}

namespace {

// The titles from the menu bar down to `action`; empty when no menu of the bar holds it (a
// context menu or a toolbar alone does not count).
QStringList pathFromMenuBar(const QAction *action, int depth)
{
    if (depth > 8)
        return {};
    QString text = action->text();
    text.replace(QStringLiteral("&&"), QStringLiteral("\x01")).remove(u'&').replace(u'\x01', u'&');
    for (QObject *o : action->associatedObjects()) {
        if (qobject_cast<const QMenuBar *>(o))
            return {text};
        const auto *menu = qobject_cast<const QMenu *>(o);
        if (!menu || menu->title().isEmpty())
            continue;
        QStringList above = pathFromMenuBar(menu->menuAction(), depth + 1);
        if (!above.isEmpty())
            return above << text;
    }
    return {};
}

} // namespace

QString menuPath(const QAction *action)
{
    const QStringList path = action ? pathFromMenuBar(action, 0) : QStringList();
    return path.size() > 1 ? path.join(QStringLiteral(" ▸ ")) : QString();
}

QString undoMenuPath(const QWidget *context)
{
    const QWidget *top = context;
    while (top && top->parentWidget())
        top = top->parentWidget();
    const auto *edit = top ? top->findChild<QMenu *>(QStringLiteral("editMenu")) : nullptr;
    const QString undo = QCoreApplication::translate("MainWindow", "&Undo");
    return edit ? QString(edit->title()).remove(u'&') + QStringLiteral(" ▸ ")
                      + QString(undo).remove(u'&')
                : QString(undo).remove(u'&');
}

Error withMenu(QWidget *context, const Error &error)
{
    Error out = error;
    if (error.action.isEmpty() || !context)
        return out;
    // The main window holds the actions: the top of the widgets above the one that speaks.
    const QWidget *top = context;
    while (top->parentWidget())
        top = top->parentWidget();
    if (const auto *action = top->findChild<QAction *>(error.action))
        if (const QString path = menuPath(action); !path.isEmpty())
            out.hint += (out.hint.isEmpty() ? QString() : QStringLiteral(" "))
                        + Text::tr("(%1)").arg(path);
    return out;
}

void error(QWidget *parent, const Error &error)
{
    const Error shown = withMenu(parent, error);
    current()->deliver(parent, Message{Message::Kind::Error,
                                       Text::tr("GEİSEP Workbench"),
                                       shown.message,
                                       shown.file,
                                       shown.hint,
                                       {}});
}

bool ask(QWidget *parent, const QString &title, const QString &question)
{
    return current()->deliver(parent,
                              Message{Message::Kind::Question, title, question, {}, {}, {}});
}

MessageSink *setSink(MessageSink *sink)
{
    MessageSink *previous = current();
    current() = sink ? sink : &defaultSink();
    return previous;
}

MessageSink *printingSink()
{
    static PrintingSink printing;
    return &printing;
}

} // namespace messages
} // namespace geisep
