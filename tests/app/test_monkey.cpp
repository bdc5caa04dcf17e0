// A long random GUI run (issue 17): a seeded "monkey" drives the real main window offscreen as a
// restless planner would — menu items, docks, the dialogs they open, the layout designer, clicks,
// drags and wheel turns on the map, keys, rows of the layers and plan panels, undo and redo,
// closing, creating and reopening projects — with random but valid input: 500 events here
// (GEISEP_MONKEY_EVENTS), or for GEISEP_MONKEY_SECONDS (tests/bench/monkey.sh: half an hour under
// the sanitizers). It proves that nothing a person can do in any order crashes the workbench,
// trips a sanitizer, hangs it or leaves a dialog waiting, and that the project it worked on
// still opens, draws and passes validate afterwards.
//
// Modal dialogs are worked by a "hand" on a timer: a few random inputs, then the dialog's own
// OK button or Escape (file and printer dialogs always Escape), all within a fraction of a
// second, so the guards' 15 s watchdog only fires when a dialog really will not close. Messages
// are recorded (a MessageCapture lives for the whole run) and questions answered at random.
//
// Besides crashes and hangs it watches for what a person would call broken: a project of the run
// that comes up read-only (nothing else holds it), the sample that no longer opens, a shortcut
// Qt finds ambiguous (so it does nothing), and at the end validate's findings. The run keeps
// its settings (recent projects, language) and the files it makes in a temporary folder.
//
// The run is seeded (GEISEP_MONKEY_SEED, default below; "random" picks one) and every event is
// logged. On a failed check, a crash, a sanitizer report or no progress for
// GEISEP_MONKEY_HANG_SECONDS (default 300) the seed and the whole log are printed, and
// GEISEP_MONKEY_SEED=… replays the run: the same events, as far as timing does not change what
// the window shows (a status message timing out, a frame not yet drawn). GEISEP_MONKEY_LOG=FILE
// also writes the log as it goes.
#define CATCH_CONFIG_EXTERNAL_INTERFACES // the listener below prints the log on a failure

#include "app/i18n.h"
#include "app/mainwindow.h"
#include "app/map/mapcanvas.h"
#include "app/messages.h"
#include "app/print/layoutdesigner.h"
#include "app/session.h"
#include "core/layout.h"
#include "core/project.h"
#include "core/sqlite.h"
#include "core/text/atlasfilter.h"
#include "core/validate.h"
#include "gis/crs.h"
#include "gis/io/sample.h"
#include "tests/app/guards.h"
#include "tests/support/support.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAbstractPrintDialog>
#include <QAbstractSlider>
#include <QAbstractSpinBox>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QDir>
#include <QDockWidget>
#include <QElapsedTimer>
#include <QFileDialog>
#include <QFileInfo>
#include <QGraphicsItem>
#include <QGraphicsScene>
#include <QGraphicsView>
#include <QKeyEvent>
#include <QLineEdit>
#include <QMainWindow>
#include <QMenu>
#include <QMenuBar>
#include <QMouseEvent>
#include <QPageSetupDialog>
#include <QPlainTextEdit>
#include <QPointer>
#include <QProgressDialog>
#include <QScrollBar>
#include <QSettings>
#include <QStandardPaths>
#include <QTabBar>
#include <QTest>
#include <QTextEdit>
#include <QTimer>
#include <QToolBar>
#include <QToolButton>
#include <QTreeView>
#include <QUndoStack>
#include <QWheelEvent>
#include <QWidgetAction>

#include <catch2/catch.hpp>

#if defined(__SANITIZE_ADDRESS__)
#include <sanitizer/common_interface_defs.h>
#endif

#include <algorithm>
#include <atomic>
#include <chrono>
#include <condition_variable>
#include <cstdio>
#include <functional>
#include <iterator>
#include <limits>
#include <map>
#include <mutex>
#include <optional>
#include <random>
#include <set>
#include <string>
#include <thread>
#include <vector>

using namespace geisep;

namespace {

constexpr unsigned kDefaultSeed = 1717; // CI runs the same events every time
constexpr int kDefaultEvents = 500;

using Rng = std::mt19937;

int below(Rng &rng, int n)
{
    return n <= 1 ? 0 : std::uniform_int_distribution<int>(0, n - 1)(rng);
}

bool chance(Rng &rng, double p)
{
    return std::bernoulli_distribution(p)(rng);
}

double between(Rng &rng, double from, double to)
{
    return std::uniform_real_distribution<double>(from, to)(rng);
}

qint64 steadyMs()
{
    return std::chrono::duration_cast<std::chrono::milliseconds>(
               std::chrono::steady_clock::now().time_since_epoch())
        .count();
}

// ---- The log -------------------------------------------------------------------------------

// Every event and what the hand did, kept for the report of a failure; written to
// GEISEP_MONKEY_LOG as it goes. Lines may come from worker threads (Qt's warnings).
class EventLog
{
public:
    void start(const std::string &header, const QString &file)
    {
        std::lock_guard lock(m_mutex);
        m_header = header;
        m_lines.clear();
        m_qtSeen.clear();
        m_dumped = false;
        m_lastProgress = steadyMs();
        if (!file.isEmpty())
            m_file = std::fopen(QFile::encodeName(file).constData(), "w");
        if (m_file)
            std::fprintf(m_file, "%s\n", header.c_str());
        m_active = true;
    }
    void finish()
    {
        std::lock_guard lock(m_mutex);
        m_active = false;
        if (m_file)
            std::fclose(m_file);
        m_file = nullptr;
    }
    bool active() const { return m_active; }

    // An event or a step of the hand: progress, for the hang watch.
    void add(const QString &line)
    {
        append(line.toStdString());
        m_lastProgress = steadyMs();
    }
    // Qt's warnings, each text once (the first 200): context for a failure, not progress.
    void qtMessage(const QString &text)
    {
        const std::string line = "    qt: " + text.left(300).toStdString();
        {
            std::lock_guard lock(m_mutex);
            if (m_qtSeen.size() >= 200 || !m_qtSeen.insert(line).second)
                return;
        }
        append(line);
    }
    int qtMessages() const
    {
        std::lock_guard lock(m_mutex);
        return int(m_qtSeen.size());
    }
    qint64 msSinceProgress() const { return steadyMs() - m_lastProgress; }

    // The seed and every line, once, to stderr. May run in a crash handler or while the GUI
    // thread holds the lock (a hang): then it reads without it.
    void dump(const char *why)
    {
        if (m_dumped.exchange(true))
            return;
        std::unique_lock lock(m_mutex, std::defer_lock);
        for (int i = 0; i < 50 && !lock.try_lock(); ++i)
            std::this_thread::sleep_for(std::chrono::milliseconds(10));
        std::fprintf(stderr, "\n==== Monkey: %s. %s\n==== The events so far:\n", why,
                     m_header.c_str());
        for (const std::string &line : m_lines)
            std::fprintf(stderr, "%s\n", line.c_str());
        std::fprintf(stderr, "==== End of the monkey's log (%zu lines). %s\n", m_lines.size(),
                     m_header.c_str());
        std::fflush(stderr);
    }

private:
    void append(const std::string &line)
    {
        std::lock_guard lock(m_mutex);
        m_lines.push_back(line);
        if (m_file) {
            std::fprintf(m_file, "%s\n", line.c_str());
            std::fflush(m_file);
        }
    }

    mutable std::mutex m_mutex;
    std::string m_header;
    std::vector<std::string> m_lines;
    std::set<std::string> m_qtSeen;
    std::FILE *m_file = nullptr;
    std::atomic<bool> m_active = false;
    std::atomic<bool> m_dumped = false;
    std::atomic<qint64> m_lastProgress = 0;
};

EventLog &eventLog()
{
    static EventLog log; // outlives the test: the listener and crash handlers read it
    return log;
}

// Prints the log when the monkey's test case ends with a failed check (or an exception), or
// Catch reports a fatal signal.
class MonkeyListener : public Catch::TestEventListenerBase
{
public:
    using TestEventListenerBase::TestEventListenerBase;

    void testCaseEnded(const Catch::TestCaseStats &stats) override
    {
        if (eventLog().active()) {
            if (stats.totals.assertions.failed > 0)
                eventLog().dump("a check failed");
            eventLog().finish();
        }
        TestEventListenerBase::testCaseEnded(stats);
    }
    void fatalErrorEncountered(Catch::StringRef signal) override
    {
        if (eventLog().active())
            eventLog().dump(("fatal error " + std::string(signal)).c_str());
    }
};

#if defined(__SANITIZE_ADDRESS__)
void onSanitizerDeath()
{
    if (eventLog().active())
        eventLog().dump("a sanitizer reported an error (above)");
}
#endif

QtMessageHandler g_previousHandler = nullptr;
std::atomic<int> g_ambiguousKeys = 0; // "Ambiguous shortcut overload": a key that does nothing

void recordQtMessage(QtMsgType type, const QMessageLogContext &context, const QString &text)
{
    // The offscreen platform's excuses, hundreds of them in a long run, say nothing.
    if (eventLog().active() && text.startsWith(QStringLiteral("This plugin does not support")))
        return;
    if ((type == QtWarningMsg || type == QtCriticalMsg) && eventLog().active()) {
        if (text.contains(QStringLiteral("Ambiguous shortcut"))) {
            ++g_ambiguousKeys;
            eventLog().add(QStringLiteral("    DEFECT: ") + text);
        }
        eventLog().qtMessage(text);
    }
    if (g_previousHandler)
        g_previousHandler(type, context, text);
}

// While alive: Qt's warnings go into the log, a sanitizer's report prints it, and the
// workbench's language is put back afterwards.
class Hooks
{
public:
    Hooks()
        : m_language(i18n::current())
    {
        g_previousHandler = qInstallMessageHandler(recordQtMessage);
#if defined(__SANITIZE_ADDRESS__)
        __sanitizer_set_death_callback(onSanitizerDeath);
#endif
    }
    ~Hooks()
    {
#if defined(__SANITIZE_ADDRESS__)
        __sanitizer_set_death_callback(nullptr);
#endif
        qInstallMessageHandler(g_previousHandler);
        i18n::install(m_language);
    }
    Hooks(const Hooks &) = delete;
    Hooks &operator=(const Hooks &) = delete;

private:
    QString m_language;
};

// Aborts with the log when neither the monkey nor its hand has done anything for a while: a
// hang no timer of the GUI thread can break (the ctest timeout would print nothing useful).
class HangWatch
{
public:
    explicit HangWatch(int seconds)
        : m_thread([this, seconds] {
            std::unique_lock lock(m_mutex);
            while (!m_wake.wait_for(lock, std::chrono::seconds(1), [this] { return m_stop; }))
                if (eventLog().msSinceProgress() > qint64(seconds) * 1000) {
                    const std::string why
                        = "no progress for " + std::to_string(seconds) + " s (a hang)";
                    eventLog().dump(why.c_str());
                    std::abort();
                }
        })
    {}
    ~HangWatch()
    {
        {
            std::lock_guard lock(m_mutex);
            m_stop = true;
        }
        m_wake.notify_all();
        m_thread.join();
    }
    HangWatch(const HangWatch &) = delete;
    HangWatch &operator=(const HangWatch &) = delete;

private:
    std::mutex m_mutex;
    std::condition_variable m_wake;
    bool m_stop = false;
    std::thread m_thread; // last: starts once the members above exist
};

// ---- Input as a person gives it ---------------------------------------------------------------

QString describe(const QWidget *w)
{
    if (!w)
        return QStringLiteral("(gone)");
    QString text = QString::fromLatin1(w->metaObject()->className());
    if (!w->objectName().isEmpty() && !w->objectName().startsWith(u"qt_"))
        text += u'#' + w->objectName();
    QString label;
    if (const auto *b = qobject_cast<const QAbstractButton *>(w))
        label = b->text();
    else if (w->isWindow())
        label = w->windowTitle();
    label.remove(u'&');
    if (!label.isEmpty())
        text += QStringLiteral(" \"%1\"").arg(label.left(50));
    return text;
}

QString shown(const QString &text)
{
    QString out = text.left(60);
    if (text.size() > 60)
        out += QStringLiteral("…(%1 chars)").arg(text.size());
    return u'"' + out + u'"';
}

QString actionLabel(const QAction *action)
{
    QString label = messages::menuPath(action);
    if (label.isEmpty())
        label = QString(action->text()).remove(u'&');
    if (label.isEmpty())
        label = action->objectName();
    return label;
}

QString keyName(Qt::Key key, Qt::KeyboardModifiers modifiers = {})
{
    return QKeySequence(QKeyCombination(modifiers, key)).toString();
}

// Text a planner might type, or paste: names with Turkish letters, atlas filters right and
// wrong, placeholders, markup, numbers out of range, and now and then a real data file.
QString randomText(Rng &rng, const QStringList &files)
{
    static const QStringList words{
        QStringLiteral("Şahinbey"),
        QStringLiteral("İnönü"),
        QStringLiteral("Şehitkamil"),
        QStringLiteral("ığüşöçİĞÜŞÖÇ"),
        QStringLiteral("ad = Şahintepe"),
        QStringLiteral("ilçe IN (Şahinbey, Şehitkamil)"),
        QStringLiteral("nüfus >= 5000 AND"),
        QStringLiteral("ad LIKE 'Yeni%'"),
        QStringLiteral("sıra <= 3"),
        QStringLiteral("{ilçe} {area} {nüfus}"),
        QStringLiteral("%1 %2 %n"),
        QStringLiteral("<b>kalın</b> & \"tırnak\""),
        QStringLiteral("1:5000"),
        QStringLiteral("0"),
        QStringLiteral("-1"),
        QStringLiteral("1e308"),
        QStringLiteral("99999999999"),
        QStringLiteral("NaN"),
        QStringLiteral("   "),
        QStringLiteral("'; DROP TABLE geisep_layers; --"),
        QStringLiteral("🙂 göç"),
        QStringLiteral("x").repeated(300),
        QStringLiteral("Okul"),
        QStringLiteral("su"),
        QStringLiteral("Yeni"),
    };
    if (!files.isEmpty() && chance(rng, 0.08))
        return files[below(rng, int(files.size()))];
    if (chance(rng, 0.05))
        return {};
    QStringList parts;
    const int n = 1 + below(rng, 3);
    for (int i = 0; i < n; ++i)
        parts << words[below(rng, int(words.size()))];
    return parts.join(u' ');
}

// Types text into a widget key by key, with the text in each event (QTest::keyClicks only
// knows Latin-1, and Turkish needs ş, ğ and ı).
void typeText(QWidget *widget, const QString &text)
{
    const QPointer<QWidget> guard(widget);
    for (qsizetype i = 0; i < text.size() && guard; ++i) {
        QString unit(text[i]);
        if (text[i].isHighSurrogate() && i + 1 < text.size())
            unit += text[++i];
        const auto key = Qt::Key(unit.size() == 1 ? unit[0].toUpper().unicode() : 0);
        QKeyEvent press(QEvent::KeyPress, key, Qt::NoModifier, unit);
        QCoreApplication::sendEvent(guard, &press);
        if (!guard)
            return;
        QKeyEvent release(QEvent::KeyRelease, key, Qt::NoModifier, unit);
        QCoreApplication::sendEvent(guard, &release);
    }
}

void keyClick(QWidget *widget, Qt::Key key, Qt::KeyboardModifiers modifiers = {})
{
    if (widget)
        QTest::keyClick(widget, key, modifiers);
}

void mouse(QWidget *widget, QEvent::Type type, QPointF at, Qt::MouseButton button,
           Qt::MouseButtons buttons, Qt::KeyboardModifiers modifiers)
{
    if (!widget)
        return;
    QMouseEvent event(type, at, widget->mapToGlobal(at), button, buttons, modifiers);
    QCoreApplication::sendEvent(widget, &event);
}

// A press, a few moves and a release, as a hand drags.
void drag(QWidget *widget, QPointF from, QPointF to, Qt::MouseButton button,
          Qt::KeyboardModifiers modifiers, int steps)
{
    const QPointer<QWidget> guard(widget);
    mouse(guard, QEvent::MouseButtonPress, from, button, button, modifiers);
    for (int i = 1; i <= steps && guard; ++i)
        mouse(guard, QEvent::MouseMove, from + (to - from) * i / double(steps), Qt::NoButton,
              button, modifiers);
    mouse(guard, QEvent::MouseButtonRelease, to, button, Qt::NoButton, modifiers);
}

void wheel(QWidget *widget, QPointF at, int notches, Qt::KeyboardModifiers modifiers)
{
    if (!widget)
        return;
    QWheelEvent event(at, widget->mapToGlobal(at), QPoint(), QPoint(0, 120 * notches), Qt::NoButton,
                      modifiers, Qt::NoScrollPhase, false);
    QCoreApplication::sendEvent(widget, &event);
}

Qt::KeyboardModifiers randomModifiers(Rng &rng)
{
    const int r = below(rng, 20);
    return r < 14   ? Qt::NoModifier
           : r < 17 ? Qt::ShiftModifier
           : r < 19 ? Qt::ControlModifier
                    : Qt::ShiftModifier | Qt::ControlModifier;
}

QString modifierText(Qt::KeyboardModifiers modifiers)
{
    QString out;
    if (modifiers & Qt::ControlModifier)
        out += QStringLiteral("Ctrl+");
    if (modifiers & Qt::ShiftModifier)
        out += QStringLiteral("Shift+");
    return out;
}

QString at(QPointF p)
{
    return QStringLiteral("%1,%2").arg(qRound(p.x())).arg(qRound(p.y()));
}

QPointF randomPoint(Rng &rng, const QRect &rect)
{
    return QPointF(between(rng, rect.left(), rect.right()),
                   between(rng, rect.top(), rect.bottom()));
}

// The rows of a model, depth first (trees a few levels deep).
QList<QModelIndex> rowsOf(const QAbstractItemModel *model, const QModelIndex &parent = {},
                          int depth = 0)
{
    QList<QModelIndex> rows;
    if (!model || depth > 4)
        return rows;
    for (int r = 0; r < model->rowCount(parent); ++r) {
        const QModelIndex index = model->index(r, 0, parent);
        rows << index;
        rows << rowsOf(model, index, depth + 1);
    }
    return rows;
}

// One input, drawn now and given later (at once by the monkey, queued by the hand).
struct Poke
{
    QString what;
    std::function<void()> act;
};

// A click, double click or edit on a row of an item view.
Poke pokeView(QAbstractItemView *view, Rng &rng, const QStringList &files)
{
    const QList<QModelIndex> rows = rowsOf(view->model());
    if (rows.isEmpty())
        return {describe(view) + QStringLiteral(": no rows"), [] {
                }};
    QModelIndex index = rows[below(rng, int(rows.size()))];
    if (const int columns = view->model()->columnCount(index.parent()); columns > 1)
        index = index.siblingAtColumn(below(rng, columns));
    const QPersistentModelIndex row(index);
    const QPointer<QAbstractItemView> guard(view);
    const double dx = between(rng, 0, 1);
    const int how = below(rng, 10);
    const QString text = randomText(rng, files);
    const QString name
        = describe(view) + QStringLiteral(" row ") + shown(index.data().toString().left(40));
    auto place = [guard, row, dx]() -> std::optional<QPoint> {
        if (!guard || !row.isValid())
            return std::nullopt;
        guard->scrollTo(row);
        const QRect rect = guard->visualRect(row);
        if (rect.isEmpty())
            return std::nullopt;
        return QPoint(rect.left() + int(dx * (rect.width() - 1)), rect.center().y());
    };
    if (how < 6)
        return {QStringLiteral("click ") + name, [guard, place] {
                    if (const auto p = place())
                        QTest::mouseClick(guard->viewport(), Qt::LeftButton, {}, *p);
                }};
    if (how < 8)
        return {QStringLiteral("double-click ") + name, [guard, place] {
                    if (const auto p = place())
                        QTest::mouseDClick(guard->viewport(), Qt::LeftButton, {}, *p);
                }};
    return {QStringLiteral("edit ") + name + QStringLiteral(": F2, ") + shown(text)
                + QStringLiteral(", Enter"),
            [guard, place, text] {
                const auto p = place();
                if (!p)
                    return;
                QTest::mouseClick(guard->viewport(), Qt::LeftButton, {}, *p);
                keyClick(guard, Qt::Key_F2);
                QWidget *editor = QApplication::focusWidget();
                if (!editor)
                    return;
                const QPointer<QWidget> edit(editor);
                typeText(edit, text);
                keyClick(edit, Qt::Key_Return);
            }};
}

// One random, valid input to a widget a person can use.
Poke pokeWidget(QWidget *w, Rng &rng, const QStringList &files)
{
    const QPointer<QWidget> guard(w);
    const QString name = describe(w);
    if (auto *combo = qobject_cast<QComboBox *>(w)) {
        if (combo->isEditable() && combo->lineEdit() && chance(rng, 0.3)) {
            const QString text = randomText(rng, files);
            return {QStringLiteral("type %1, Enter in %2").arg(shown(text), name), [guard, text] {
                        auto *c = qobject_cast<QComboBox *>(guard.data());
                        if (!c || !c->lineEdit())
                            return;
                        const QPointer<QLineEdit> edit(c->lineEdit());
                        edit->selectAll();
                        typeText(edit, text);
                        keyClick(edit, Qt::Key_Return);
                    }};
        }
        static const Qt::Key keys[]
            = {Qt::Key_Down, Qt::Key_Up, Qt::Key_PageDown, Qt::Key_Home, Qt::Key_End};
        const Qt::Key key = keys[below(rng, 5)];
        const int times = 1 + below(rng, 3);
        return {QStringLiteral("%1 ×%2 in %3").arg(keyName(key)).arg(times).arg(name),
                [guard, key, times] {
                    for (int i = 0; i < times && guard; ++i)
                        keyClick(guard, key);
                }};
    }
    if (qobject_cast<QAbstractSpinBox *>(w)) {
        if (chance(rng, 0.2)) {
            static const QStringList numbers{QStringLiteral("0"),   QStringLiteral("-5"),
                                             QStringLiteral("12"),  QStringLiteral("1000000"),
                                             QStringLiteral("3,5"), QStringLiteral("1e9")};
            const QString number = numbers[below(rng, int(numbers.size()))];
            const bool enter = chance(rng, 0.3);
            return {QStringLiteral("type %1%2 in %3")
                        .arg(shown(number), enter ? QStringLiteral(", Enter") : QString(), name),
                    [guard, number, enter] {
                        keyClick(guard, Qt::Key_A, Qt::ControlModifier);
                        typeText(guard, number);
                        if (enter)
                            keyClick(guard, Qt::Key_Return);
                    }};
        }
        static const Qt::Key keys[] = {Qt::Key_Up, Qt::Key_Down, Qt::Key_PageUp, Qt::Key_PageDown};
        const Qt::Key key = keys[below(rng, 4)];
        const int times = 1 + below(rng, 4);
        return {QStringLiteral("%1 ×%2 in %3").arg(keyName(key)).arg(times).arg(name),
                [guard, key, times] {
                    for (int i = 0; i < times && guard; ++i)
                        keyClick(guard, key);
                }};
    }
    if (qobject_cast<QAbstractSlider *>(w)) {
        static const Qt::Key keys[] = {Qt::Key_Left,     Qt::Key_Right, Qt::Key_PageUp,
                                       Qt::Key_PageDown, Qt::Key_Home,  Qt::Key_End};
        const Qt::Key key = keys[below(rng, 6)];
        const int times = 1 + below(rng, 3);
        return {QStringLiteral("%1 ×%2 in %3").arg(keyName(key)).arg(times).arg(name),
                [guard, key, times] {
                    for (int i = 0; i < times && guard; ++i)
                        keyClick(guard, key);
                }};
    }
    if (auto *tabs = qobject_cast<QTabBar *>(w)) {
        const int tab = below(rng, tabs->count());
        return {QStringLiteral("tab %1 of %2").arg(tab).arg(name), [guard, tab] {
                    auto *t = qobject_cast<QTabBar *>(guard.data());
                    if (t && tab < t->count())
                        QTest::mouseClick(t, Qt::LeftButton, {}, t->tabRect(tab).center());
                }};
    }
    if (qobject_cast<QAbstractButton *>(w))
        return {QStringLiteral("click ") + name, [guard] {
                    if (guard)
                        QTest::mouseClick(guard, Qt::LeftButton, {}, guard->rect().center());
                }};
    if (qobject_cast<QLineEdit *>(w)) {
        // A file's path field gets a real file half the time, as a planner pastes one.
        const QString window = w->window()->objectName();
        const bool path
            = w->objectName() == u"path" || window == u"importDialog" || window == u"figuresDialog";
        const QString text = path && !files.isEmpty() && chance(rng, 0.5)
                                 ? files[below(rng, int(files.size()))]
                                 : randomText(rng, files);
        const bool replace = chance(rng, 0.6);
        const bool enter = chance(rng, 0.4);
        return {QStringLiteral("type %1%2 in %3")
                    .arg(shown(text), enter ? QStringLiteral(", Enter") : QString(), name),
                [guard, text, replace, enter] {
                    if (!guard)
                        return;
                    guard->setFocus(Qt::OtherFocusReason);
                    if (replace)
                        qobject_cast<QLineEdit *>(guard.data())->selectAll();
                    typeText(guard, text);
                    if (enter)
                        keyClick(guard, Qt::Key_Return);
                }};
    }
    if (qobject_cast<QPlainTextEdit *>(w) || qobject_cast<QTextEdit *>(w)) {
        const QString text = randomText(rng, files);
        return {QStringLiteral("type %1 in %2").arg(shown(text), name), [guard, text] {
                    if (!guard)
                        return;
                    guard->setFocus(Qt::OtherFocusReason);
                    typeText(guard, text);
                }};
    }
    if (auto *view = qobject_cast<QAbstractItemView *>(w))
        return pokeView(view, rng, files);
    if (auto *graphics = qobject_cast<QGraphicsView *>(w)) {
        const QPointF p = randomPoint(rng, graphics->viewport()->rect());
        return {QStringLiteral("click %1 at %2").arg(name, at(p)), [guard, p] {
                    if (auto *g = qobject_cast<QGraphicsView *>(guard.data()))
                        QTest::mouseClick(g->viewport(), Qt::LeftButton, {}, p.toPoint());
                }};
    }
    return {QStringLiteral("look at ") + name, [] {
            }};
}

// What a person could use in a window: visible, enabled inputs of that window (not of its
// popups or other windows). In a dialog, its OK and Cancel buttons are left to the hand.
QList<QWidget *> inputsOf(QWidget *top, bool dialog)
{
    QList<QWidget *> out;
    for (QWidget *w : top->findChildren<QWidget *>()) {
        if (!w->isVisible() || !w->isEnabled() || w->window() != top)
            continue;
        if (qobject_cast<QMenuBar *>(w) || qobject_cast<QMenu *>(w) || qobject_cast<QScrollBar *>(w)
            || qobject_cast<MapCanvas *>(w))
            continue;
        if (auto *button = qobject_cast<QAbstractButton *>(w)) {
            if (auto *box = qobject_cast<QDialogButtonBox *>(button->parentWidget()); box && dialog)
                if (const auto role = box->buttonRole(button);
                    role == QDialogButtonBox::AcceptRole || role == QDialogButtonBox::RejectRole
                    || role == QDialogButtonBox::YesRole || role == QDialogButtonBox::NoRole)
                    continue;
            out << w;
        } else if (auto *edit = qobject_cast<QLineEdit *>(w)) {
            if (!edit->isReadOnly() && !qobject_cast<QAbstractSpinBox *>(w->parentWidget())
                && !qobject_cast<QComboBox *>(w->parentWidget()))
                out << w;
        } else if (auto *plain = qobject_cast<QPlainTextEdit *>(w)) {
            if (!plain->isReadOnly())
                out << w;
        } else if (auto *rich = qobject_cast<QTextEdit *>(w)) {
            if (!rich->isReadOnly())
                out << w;
        } else if (auto *view = qobject_cast<QAbstractItemView *>(w)) {
            if (view->model() && view->model()->rowCount() > 0)
                out << w;
        } else if (qobject_cast<QComboBox *>(w) || qobject_cast<QAbstractSpinBox *>(w)
                   || qobject_cast<QAbstractSlider *>(w) || qobject_cast<QTabBar *>(w)
                   || qobject_cast<QGraphicsView *>(w)) {
            out << w;
        }
    }
    return out;
}

// Dialogs that reach outside the test (files, printers): always Escape, nothing else.
bool onlyEscape(const QWidget *dialog)
{
    return qobject_cast<const QFileDialog *>(dialog)
           || qobject_cast<const QAbstractPrintDialog *>(dialog)
           || qobject_cast<const QPageSetupDialog *>(dialog);
}

QAbstractButton *acceptButton(QWidget *dialog)
{
    for (auto *box : dialog->findChildren<QDialogButtonBox *>())
        if (box->window() == dialog && box->isVisible())
            for (QAbstractButton *b : box->buttons()) {
                const auto role = box->buttonRole(b);
                if ((role == QDialogButtonBox::AcceptRole || role == QDialogButtonBox::YesRole)
                    && b->isVisible() && b->isEnabled())
                    return b;
            }
    return nullptr;
}

// ---- The hand: works whatever modal dialog or popup is open ---------------------------------

// Every 25 ms: a popup menu gets an item chosen or is closed; a progress dialog is left to its
// work or cancelled; any other modal dialog gets a few random inputs and is then accepted with
// its own OK button or rejected (Escape), rejected again and closed if it stays. Inputs are
// queued, never given inside the timer: one may open a dialog of its own, whose exec() must not
// stop this timer. A dialog's state lives in its properties, so a dialog under a nested one
// carries on where it was.
class DialogHand : public QObject
{
public:
    DialogHand(unsigned seed, QStringList files)
        : m_rng(seed)
        , m_files(std::move(files))
    {
        m_timer.setInterval(25);
        connect(&m_timer, &QTimer::timeout, this, [this] { tick(); });
        m_timer.start();
    }
    int dialogs() const { return m_dialogs; }

protected:
    // A dialog or menu shown again (a menu of a tool button, say) starts afresh.
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Hide)
            for (const char *name : {"monkeyPlan", "monkeyPokes", "monkeyClosing", "monkeyTicks"})
                watched->setProperty(name, QVariant());
        return false;
    }

private:
    void say(const QString &line) { eventLog().add(QStringLiteral("    ") + line); }
    void watch(QWidget *widget)
    {
        widget->removeEventFilter(this);
        widget->installEventFilter(this);
    }
    void later(QWidget *context, std::function<void()> fn)
    {
        QTimer::singleShot(0, context, std::move(fn));
    }

    void tick()
    {
        if (QWidget *popup = QApplication::activePopupWidget()) {
            popupTick(popup);
            return;
        }
        QWidget *modal = QApplication::activeModalWidget();
        if (!modal)
            return;
        if (auto *progress = qobject_cast<QProgressDialog *>(modal)) {
            progressTick(progress);
            return;
        }
        const QPointer<QWidget> guard(modal);
        const QVariant plan = modal->property("monkeyPlan");
        if (!plan.isValid()) { // first seen: let it lay out; decide how many inputs it gets
            ++m_dialogs;
            watch(modal);
            modal->setProperty("monkeyPlan", onlyEscape(modal) ? 0 : below(m_rng, 5));
            say(QStringLiteral("dialog ") + describe(modal));
            return;
        }
        const int pokes = modal->property("monkeyPokes").toInt();
        if (pokes < plan.toInt()) {
            modal->setProperty("monkeyPokes", pokes + 1);
            const QList<QWidget *> inputs = inputsOf(modal, true);
            if (inputs.isEmpty())
                return;
            Poke poke = pokeWidget(inputs[below(m_rng, int(inputs.size()))], m_rng, m_files);
            say(poke.what);
            later(modal, std::move(poke.act));
            return;
        }
        const int closing = modal->property("monkeyClosing").toInt() + 1;
        modal->setProperty("monkeyClosing", closing);
        if (closing == 1) {
            QAbstractButton *ok = onlyEscape(modal) ? nullptr : acceptButton(modal);
            if (ok && chance(m_rng, 0.45)) {
                say(QStringLiteral("accept: ") + describe(ok));
                const QPointer<QAbstractButton> button(ok);
                later(modal, [button] {
                    if (button && button->isEnabled())
                        QTest::mouseClick(button, Qt::LeftButton, {}, button->rect().center());
                });
            } else {
                say(QStringLiteral("Escape"));
                later(modal, [guard] { keyClick(guard, Qt::Key_Escape); });
            }
        } else if (closing == 8) {
            say(QStringLiteral("still open: reject ") + describe(modal));
            later(modal, [guard] {
                if (auto *dialog = qobject_cast<QDialog *>(guard.data()))
                    dialog->reject();
            });
        } else if (closing == 16) {
            say(QStringLiteral("still open: close ") + describe(modal));
            later(modal, [guard] {
                if (guard)
                    guard->close();
            });
        }
    }

    void popupTick(QWidget *popup)
    {
        const int ticks = popup->property("monkeyTicks").toInt() + 1;
        popup->setProperty("monkeyTicks", ticks);
        if (ticks == 1) {
            watch(popup);
            return; // let it show
        }
        const QPointer<QWidget> guard(popup);
        if (ticks > 6) {
            say(QStringLiteral("popup still open: close ") + describe(popup));
            popup->close();
            return;
        }
        if (ticks > 2)
            return; // the choice below is on its way
        if (auto *menu = qobject_cast<QMenu *>(popup)) {
            QList<QAction *> items;
            for (QAction *a : menu->actions())
                if (a->isVisible() && a->isEnabled() && !a->isSeparator() && !a->menu()
                    && !qobject_cast<QWidgetAction *>(a))
                    items << a;
            if (!items.isEmpty() && chance(m_rng, 0.6)) {
                QAction *item = items[below(m_rng, int(items.size()))];
                say(QStringLiteral("menu item ") + shown(QString(item->text()).remove(u'&')));
                const QPointer<QAction> action(item);
                later(menu, [guard, action] {
                    auto *m = qobject_cast<QMenu *>(guard.data());
                    if (!m || !action)
                        return;
                    m->setActiveAction(action);
                    keyClick(m, Qt::Key_Return);
                });
                return;
            }
        } else if (auto *view = qobject_cast<QAbstractItemView *>(popup);
                   view && chance(m_rng, 0.5)) {
            Poke poke = pokeView(view, m_rng, m_files);
            say(QStringLiteral("popup: ") + poke.what);
            later(popup, std::move(poke.act));
            return;
        }
        say(QStringLiteral("popup: Escape ") + describe(popup));
        later(popup, [guard] { keyClick(guard, Qt::Key_Escape); });
    }

    void progressTick(QProgressDialog *progress)
    {
        const int ticks = progress->property("monkeyTicks").toInt() + 1;
        progress->setProperty("monkeyTicks", ticks);
        if (ticks == 1) {
            watch(progress);
            say(QStringLiteral("progress ") + shown(progress->labelText()));
        }
        if (ticks == 4 && chance(m_rng, 0.25)) {
            say(QStringLiteral("progress: Cancel"));
            const QPointer<QProgressDialog> guard(progress);
            later(progress, [guard] {
                if (guard)
                    guard->cancel();
            });
        }
    }

    Rng m_rng;
    QStringList m_files;
    QTimer m_timer;
    int m_dialogs = 0;
};

// ---- The monkey: one random event at a time on the window ------------------------------------

class Monkey
{
public:
    Monkey(MainWindow &window, const QString &sample, QString pristine, const test::TempDir &dir,
           unsigned seed, QStringList files)
        : samples{sample}
        , m_window(window)
        , m_pristine(std::move(pristine))
        , m_dir(dir)
        , m_rng(seed)
        , m_files(std::move(files))
    {}

    QStringList samples;         // the sample, and fresh copies of it when it stopped opening
    QStringList createdProjects; // by the window, as Proje ▸ Yeni does
    int sampleFailures = 0;      // times the sample did not open

    // One event, logged before it is given (a crash shows it last).
    void step(int number)
    {
        m_number = number;
        enum Kind {
            Action,
            MapClick,
            MapDrag,
            MapWheel,
            MapDoubleClick,
            Key,
            Dock,
            LayersRow,
            PlanRow,
            Designer,
            UndoRedo,
            ProjectEvent,
            PokeWindow,
            Resize,
            Idle,
            Kinds
        };
        static const std::vector<double> weights{20, 8, 7, 5, 2, 8, 3, 6, 6, 10, 6, 3, 8, 1, 3};
        static_assert(Kinds == 15);
        std::discrete_distribution<int> kinds(weights.begin(), weights.end());
        int kind = kinds(m_rng);
        // Without a project most of the window is the start page: get one back soon.
        if (!m_window.session() && chance(m_rng, 0.5))
            kind = ProjectEvent;
        switch (Kind(kind)) {
        case Action:
            return action();
        case MapClick:
        case MapDrag:
        case MapWheel:
        case MapDoubleClick:
            return map(Kind(kind) - MapClick);
        case Key:
            return key();
        case Dock:
            return dock();
        case LayersRow:
            return row(m_window.layersView());
        case PlanRow:
            return row(m_window.planView());
        case Designer:
            return designer();
        case UndoRedo:
            return undoRedo();
        case ProjectEvent:
            return project();
        case PokeWindow:
            return pokeWindow();
        case Resize:
            return resize();
        case Idle:
            return idle();
        case Kinds:
            break;
        }
    }

private:
    void say(const QString &what)
    {
        eventLog().add(QStringLiteral("#%1 %2").arg(m_number).arg(what));
    }

    // Every enabled item of the window's menus, submenus included, but Quit (it ends the run;
    // the test closes the window at the end) and recent projects of other tests.
    QList<QAction *> menuItems() const
    {
        QList<QAction *> items;
        std::function<void(QMenu *)> collect = [&](QMenu *menu) {
            for (QAction *a : menu->actions()) {
                if (a->isSeparator() || !a->isVisible() || !a->isEnabled())
                    continue;
                if (a->menu()) {
                    collect(a->menu());
                    continue;
                }
                if (a->menuRole() == QAction::QuitRole)
                    continue;
                const QString tip = a->statusTip();
                if (tip.endsWith(QStringLiteral(".gpkg"))
                    && !tip.startsWith(QFileInfo(m_pristine).absolutePath()))
                    continue;
                items << a;
            }
        };
        for (QAction *top : m_window.menuBar()->actions())
            if (top->menu() && top->isEnabled())
                collect(top->menu());
        return items;
    }

    void action()
    {
        const QList<QAction *> items = menuItems();
        if (items.isEmpty()) {
            say(QStringLiteral("action: none enabled"));
            return;
        }
        QAction *item = items[below(m_rng, int(items.size()))];
        QMenu *menu = nullptr;
        for (QObject *o : item->associatedObjects())
            if (auto *m = qobject_cast<QMenu *>(o))
                menu = m;
        // Mostly as a shortcut or toolbar would; now and then from its menu, opened.
        if (menu && chance(m_rng, 0.25)) {
            say(QStringLiteral("menu %1 (opened, Enter)").arg(actionLabel(item)));
            const QPointer<QMenu> open(menu);
            const QPointer<QAction> chosen(item);
            menu->popup(m_window.mapToGlobal(QPoint(60, 40)));
            QCoreApplication::processEvents();
            if (open && chosen && open->isVisible()) {
                open->setActiveAction(chosen);
                keyClick(open, Qt::Key_Return);
            }
            if (open && open->isVisible())
                open->close();
            return;
        }
        say(QStringLiteral("action ") + actionLabel(item));
        item->trigger();
    }

    // 0 click, 1 drag, 2 wheel, 3 double click, on the map at random places.
    void map(int what)
    {
        MapCanvas *canvas = m_window.canvas();
        if (!canvas->isVisible()) {
            pokeWindow();
            return;
        }
        const QRect area = canvas->rect();
        const QPointF p = randomPoint(m_rng, area);
        const Qt::KeyboardModifiers modifiers = randomModifiers(m_rng);
        const QString tool = QStringLiteral(" (tool %1)").arg(int(canvas->tool()));
        switch (what) {
        case 0: {
            const Qt::MouseButton button = chance(m_rng, 0.9) ? Qt::LeftButton : Qt::RightButton;
            say(QStringLiteral("%1%2 map %3%4")
                    .arg(modifierText(modifiers),
                         button == Qt::LeftButton ? QStringLiteral("click")
                                                  : QStringLiteral("right-click"),
                         at(p), tool));
            const QPointer<QWidget> guard(canvas);
            mouse(guard, QEvent::MouseButtonPress, p, button, button, modifiers);
            mouse(guard, QEvent::MouseButtonRelease, p, button, Qt::NoButton, modifiers);
            break;
        }
        case 1: {
            const QPointF to = randomPoint(m_rng, area);
            const int steps = 1 + below(m_rng, 6);
            say(QStringLiteral("%1drag map %2 → %3 in %4 moves%5")
                    .arg(modifierText(modifiers), at(p), at(to))
                    .arg(steps)
                    .arg(tool));
            drag(canvas, p, to, Qt::LeftButton, modifiers, steps);
            break;
        }
        case 2: {
            const int notches = (1 + below(m_rng, 3)) * (chance(m_rng, 0.5) ? 1 : -1);
            say(QStringLiteral("%1wheel map %2 at %3")
                    .arg(modifierText(modifiers))
                    .arg(notches)
                    .arg(at(p)));
            wheel(canvas, p, notches, modifiers);
            break;
        }
        default: {
            say(QStringLiteral("double-click map %1%2").arg(at(p), tool));
            const QPointer<QWidget> guard(canvas);
            mouse(guard, QEvent::MouseButtonPress, p, Qt::LeftButton, Qt::LeftButton, {});
            mouse(guard, QEvent::MouseButtonRelease, p, Qt::LeftButton, Qt::NoButton, {});
            mouse(guard, QEvent::MouseButtonDblClick, p, Qt::LeftButton, Qt::LeftButton, {});
            mouse(guard, QEvent::MouseButtonRelease, p, Qt::LeftButton, Qt::NoButton, {});
            break;
        }
        }
    }

    // A key to the widget with the focus, sometimes after moving the focus.
    void key()
    {
        struct Press
        {
            Qt::Key key;
            Qt::KeyboardModifiers modifiers;
        };
        static const Press presses[] = {
            {Qt::Key_Escape, {}},
            {Qt::Key_Z, Qt::ControlModifier},
            {Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier},
            {Qt::Key_Y, Qt::ControlModifier},
            {Qt::Key_Delete, {}},
            {Qt::Key_Left, {}},
            {Qt::Key_Right, {}},
            {Qt::Key_Up, {}},
            {Qt::Key_Down, {}},
            {Qt::Key_Plus, {}},
            {Qt::Key_Minus, {}},
            {Qt::Key_F2, {}},
            {Qt::Key_Return, {}},
            {Qt::Key_Tab, {}},
            {Qt::Key_PageDown, {}},
            {Qt::Key_Backspace, {}},
        };
        if (chance(m_rng, 0.3)) {
            QList<QWidget *> targets;
            for (QWidget *w : {static_cast<QWidget *>(m_window.canvas()),
                               static_cast<QWidget *>(m_window.layersView()),
                               static_cast<QWidget *>(m_window.planView())})
                if (w->isVisible())
                    targets << w;
            if (!targets.isEmpty()) {
                QWidget *w = targets[below(m_rng, int(targets.size()))];
                w->setFocus(Qt::OtherFocusReason);
            }
        }
        const Press press = presses[below(m_rng, int(std::size(presses)))];
        QWidget *target = QApplication::focusWidget();
        if (!target || !target->isVisible())
            target = m_window.canvas()->isVisible() ? static_cast<QWidget *>(m_window.canvas())
                                                    : &m_window;
        say(QStringLiteral("key %1 to %2")
                .arg(keyName(press.key, press.modifiers), describe(target)));
        keyClick(target, press.key, press.modifiers);
    }

    void dock()
    {
        const QList<QDockWidget *> docks = m_window.findChildren<QDockWidget *>();
        if (docks.isEmpty())
            return;
        QDockWidget *d = docks[below(m_rng, int(docks.size()))];
        if (d->isVisible() && chance(m_rng, 0.25)) {
            say(QStringLiteral("dock %1 %2")
                    .arg(describe(d),
                         d->isFloating() ? QStringLiteral("docked") : QStringLiteral("floated")));
            d->setFloating(!d->isFloating());
            return;
        }
        say(QStringLiteral("dock %1 toggled").arg(describe(d)));
        d->toggleViewAction()->trigger();
    }

    // A row of the layers or plan panel: clicked, double-clicked, edited, or its context menu.
    void row(QTreeView *view)
    {
        if (!view->isVisible() || !view->model() || view->model()->rowCount() == 0) {
            pokeWindow();
            return;
        }
        if (chance(m_rng, 0.12)) {
            const QList<QModelIndex> rows = rowsOf(view->model());
            const QModelIndex index = rows[below(m_rng, int(rows.size()))];
            view->scrollTo(index);
            const QRect rect = view->visualRect(index);
            const QPoint p = rect.isEmpty() ? view->viewport()->rect().center() : rect.center();
            say(QStringLiteral("context menu on %1 row %2")
                    .arg(describe(view), shown(index.data().toString())));
            QContextMenuEvent event(QContextMenuEvent::Mouse, p, view->viewport()->mapToGlobal(p));
            QCoreApplication::sendEvent(view->viewport(), &event);
            return;
        }
        Poke poke = pokeView(view, m_rng, m_files);
        say(poke.what);
        poke.act();
    }

    // The layout designer: opened, its page clicked and items dragged, its tools used, its
    // panel edited, closed with Escape.
    void designer()
    {
        if (!m_window.session()) {
            project();
            return;
        }
        QPointer<LayoutDesigner> d = m_window.findChild<LayoutDesigner *>();
        if (!d || !d->isVisible() || chance(m_rng, 0.05)) {
            say(QStringLiteral("designer: open"));
            m_window.showLayoutDesigner();
            return;
        }
        auto *view = d->findChild<QGraphicsView *>(QStringLiteral("page"));
        const int what = below(m_rng, 100);
        if (what < 25 && view) {
            const QPointF p = randomPoint(m_rng, view->viewport()->rect());
            const Qt::KeyboardModifiers modifiers = randomModifiers(m_rng);
            say(QStringLiteral("designer: %1click page at %2").arg(modifierText(modifiers), at(p)));
            QTest::mouseClick(view->viewport(), Qt::LeftButton, modifiers, p.toPoint());
        } else if (what < 45 && view && view->scene()) {
            QList<QGraphicsItem *> frames;
            for (QGraphicsItem *item : view->scene()->items())
                if (item->flags() & QGraphicsItem::ItemIsMovable)
                    frames << item;
            if (frames.isEmpty()) {
                say(QStringLiteral("designer: no items to drag"));
                return;
            }
            QGraphicsItem *frame = frames[below(m_rng, int(frames.size()))];
            const QRectF box = frame->sceneBoundingRect();
            // The middle (a move) or the lower right corner (a resize, once selected).
            const QPointF grip
                = chance(m_rng, 0.3) ? box.bottomRight() - QPointF(1, 1) : box.center();
            const QPointF from = view->mapFromScene(grip);
            const QPointF to = from + QPointF(between(m_rng, -250, 250), between(m_rng, -250, 250));
            const int steps = 1 + below(m_rng, 5);
            say(QStringLiteral("designer: drag item at %1 → %2").arg(at(from), at(to)));
            drag(view->viewport(), from, to, Qt::LeftButton, {}, steps);
        } else if (what < 65) {
            QList<QAction *> tools;
            for (auto *bar : d->findChildren<QToolBar *>())
                for (QAction *a : bar->actions())
                    if (!a->isSeparator() && a->isEnabled() && !qobject_cast<QWidgetAction *>(a))
                        tools << a;
            for (auto *button : d->findChildren<QToolButton *>())
                if (button->menu() && button->isEnabled())
                    for (QAction *a : button->menu()->actions())
                        if (!a->isSeparator() && a->isEnabled())
                            tools << a;
            if (tools.isEmpty())
                return;
            QAction *tool = tools[below(m_rng, int(tools.size()))];
            say(QStringLiteral("designer: ") + shown(QString(tool->text()).remove(u'&')));
            tool->trigger();
        } else if (what < 88) {
            const QList<QWidget *> inputs = inputsOf(d, false);
            if (inputs.isEmpty())
                return;
            Poke poke = pokeWidget(inputs[below(m_rng, int(inputs.size()))], m_rng, m_files);
            say(QStringLiteral("designer: ") + poke.what);
            poke.act();
        } else if (what < 92 && view) {
            const QPointF p = randomPoint(m_rng, view->viewport()->rect());
            const int notches = chance(m_rng, 0.5) ? 1 : -1;
            say(QStringLiteral("designer: Ctrl+wheel %1 at %2").arg(notches).arg(at(p)));
            wheel(view->viewport(), p, notches, Qt::ControlModifier);
        } else {
            static const Qt::Key keys[] = {Qt::Key_Escape, Qt::Key_Z, Qt::Key_Delete};
            const Qt::Key k = keys[below(m_rng, 3)];
            const Qt::KeyboardModifiers modifiers
                = k == Qt::Key_Z ? (chance(m_rng, 0.5) ? Qt::ControlModifier
                                                       : Qt::ControlModifier | Qt::ShiftModifier)
                                 : Qt::KeyboardModifiers();
            QWidget *target = QApplication::focusWidget();
            if (!target || target->window() != d)
                target = d;
            say(QStringLiteral("designer: key %1 to %2")
                    .arg(keyName(k, modifiers), describe(target)));
            keyClick(target, k, modifiers);
        }
    }

    void undoRedo()
    {
        const bool undo = chance(m_rng, 0.6);
        auto *action = m_window.findChild<QAction *>(undo ? QStringLiteral("undoAction")
                                                          : QStringLiteral("redoAction"));
        const int times = 1 + below(m_rng, 4);
        say(QStringLiteral("%1 ×%2 (%3)")
                .arg(undo ? QStringLiteral("undo") : QStringLiteral("redo"))
                .arg(times)
                .arg(action ? shown(QString(action->text()).remove(u'&'))
                            : QStringLiteral("none")));
        for (int i = 0; i < times && action && action->isEnabled(); ++i)
            action->trigger();
    }

    // Close, reopen, create: through the window's own methods, as Proje ▸ … ends up calling.
    void project()
    {
        const int what = below(m_rng, 100);
        if (m_window.session() && what < 20) {
            say(QStringLiteral("project: close"));
            m_window.closeProject();
        } else if (what < 45) {
            static const QStringList provinces{
                QStringLiteral("Gaziantep"), QStringLiteral("Şanlıurfa"),
                QStringLiteral("Diyarbakır"), QStringLiteral("Erzurum")};
            const QString province = provinces[below(m_rng, int(provinces.size()))];
            const int epsg = Crs::defaultEpsgForProvince(province).value_or(5256);
            const QString path
                = m_dir.path(QStringLiteral("yeni-%1.gpkg").arg(createdProjects.size() + 1));
            say(QStringLiteral("project: new %1 (%2, EPSG:%3)")
                    .arg(QFileInfo(path).fileName(), province)
                    .arg(epsg));
            if (m_window.createProject(path, QStringLiteral("Yeni proje %1").arg(m_number),
                                       province, epsg))
                createdProjects << path;
        } else {
            const bool closeFirst = m_window.session() && chance(m_rng, 0.5);
            say(QStringLiteral("project: %1open the sample")
                    .arg(closeFirst ? QStringLiteral("close, ") : QString()));
            if (closeFirst)
                m_window.closeProject();
            openSample();
        }
    }

    // The sample in the window. Nothing but this window holds it and the monkey damages no
    // file: it must open. When it does not, that is a defect (counted, and the test fails); the
    // run goes on with a fresh copy, so the rest of it still has a project to work on.
    void openSample()
    {
        if (!m_window.openProject(samples.last())) {
            ++sampleFailures;
            const QString next
                = m_dir.path(QStringLiteral("ornek-%1.gpkg").arg(samples.size() + 1));
            eventLog().add(
                QStringLiteral("    DEFECT: %1 no longer opens; going on with a fresh "
                               "copy, %2")
                    .arg(QFileInfo(samples.last()).fileName(), QFileInfo(next).fileName()));
            if (!QFile::copy(m_pristine, next))
                return;
            samples << next;
            m_window.openProject(next);
        }
    }

    // A random input of a random window: the main window mostly, else the designer, the actions
    // overview or a floating dock.
    void pokeWindow()
    {
        QList<QWidget *> windows;
        for (QWidget *w : QApplication::topLevelWidgets())
            if (w->isVisible() && w != &m_window && !(w->windowType() == Qt::Popup) && !w->isModal()
                && w->windowType() != Qt::ToolTip)
                windows << w;
        QWidget *top = windows.isEmpty() || chance(m_rng, 0.7)
                           ? &m_window
                           : windows[below(m_rng, int(windows.size()))];
        const QList<QWidget *> inputs = inputsOf(top, false);
        if (inputs.isEmpty()) {
            say(QStringLiteral("nothing to use in ") + describe(top));
            return;
        }
        Poke poke = pokeWidget(inputs[below(m_rng, int(inputs.size()))], m_rng, m_files);
        say(poke.what);
        poke.act();
    }

    void resize()
    {
        const QSize size(800 + below(m_rng, 800), 560 + below(m_rng, 440));
        say(QStringLiteral("window size %1×%2").arg(size.width()).arg(size.height()));
        m_window.resize(size);
    }

    // A pause: frames, previews and queued work catch up.
    void idle()
    {
        const int ms = below(m_rng, 300);
        say(QStringLiteral("wait %1 ms").arg(ms));
        QTest::qWait(ms);
    }

    MainWindow &m_window;
    const QString m_pristine; // the sample as built, never opened
    const test::TempDir &m_dir;
    Rng m_rng;
    QStringList m_files;
    int m_number = 0;
};

// Runs the event loop until no dialog or popup is open (the hand closes them), at most
// `limitMs`; false if one stayed.
bool settle(int limitMs)
{
    QElapsedTimer clock;
    clock.start();
    QCoreApplication::processEvents();
    while (QApplication::activeModalWidget() || QApplication::activePopupWidget()) {
        if (clock.elapsed() > limitMs)
            return false;
        QTest::qWait(5);
    }
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    return true;
}

struct Settings
{
    unsigned seed = kDefaultSeed;
    int events = kDefaultEvents;
    double seconds = 0; // when set, the run goes on this long (GEISEP_MONKEY_EVENTS as a cap)
    int hangSeconds = 300;
    QString logFile;
};

Settings settingsFromEnvironment()
{
    Settings s;
    const QString seed = qEnvironmentVariable("GEISEP_MONKEY_SEED");
    if (seed == u"random")
        s.seed = std::random_device()();
    else if (!seed.isEmpty())
        s.seed = seed.toUInt();
    s.seconds = qEnvironmentVariable("GEISEP_MONKEY_SECONDS").toDouble();
    if (qEnvironmentVariableIsSet("GEISEP_MONKEY_EVENTS"))
        s.events = qEnvironmentVariableIntValue("GEISEP_MONKEY_EVENTS");
    else if (s.seconds > 0)
        s.events = std::numeric_limits<int>::max();
    if (qEnvironmentVariableIsSet("GEISEP_MONKEY_HANG_SECONDS"))
        s.hangSeconds = qEnvironmentVariableIntValue("GEISEP_MONKEY_HANG_SECONDS");
    s.logFile = qEnvironmentVariable("GEISEP_MONKEY_LOG");
    return s;
}

// The monkey's settings (recent projects, language, each project's view) in its own folder:
// other tests, running beside it, read theirs.
class OwnSettings
{
public:
    explicit OwnSettings(const QString &folder)
    {
        for (auto format : {QSettings::NativeFormat, QSettings::IniFormat})
            QSettings::setPath(format, QSettings::UserScope, folder);
    }
    ~OwnSettings()
    {
        const QString back
            = QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation);
        for (auto format : {QSettings::NativeFormat, QSettings::IniFormat})
            QSettings::setPath(format, QSettings::UserScope, back);
    }
    OwnSettings(const OwnSettings &) = delete;
    OwnSettings &operator=(const OwnSettings &) = delete;
};

// Relative paths typed into dialogs (a new project's file) land in the temporary folder.
class InFolder
{
public:
    explicit InFolder(const QString &folder)
        : m_previous(QDir::currentPath())
    {
        QDir().mkpath(folder);
        QDir::setCurrent(folder);
    }
    ~InFolder() { QDir::setCurrent(m_previous); }
    InFolder(const InFolder &) = delete;
    InFolder &operator=(const InFolder &) = delete;

private:
    QString m_previous;
};

// What validate finds wrong with a project, less what a planner may leave there on purpose: an
// atlas filter typed half-way (the designer keeps what is typed, each run of typing one undo
// step; validate names such a filter, and printing refuses it in the same words). Empty when
// the project is sound.
QStringList unsound(const QString &path)
{
    auto problems = ProjectValidator::check(path);
    if (!problems)
        return {problems.error().message};
    QList<std::pair<QString, QString>> typed; // layout name, why its filter cannot be used
    if (auto db = Database::open(path, Database::Mode::ReadOnly)) {
        LayoutStore store(*db);
        for (const Layout &layout : store.layouts().value_or(std::vector<Layout>{}))
            if (auto filter = AtlasFilter::parse(layout.atlas.filter, AtlasFilter::areaFields());
                !filter)
                typed.append({layout.name, filter.error().message});
    }
    QStringList out;
    for (const Problem &problem : *problems) {
        const bool planners = problem.kind == Problem::Kind::Plan
                              && std::any_of(typed.begin(), typed.end(), [&](const auto &t) {
                                     return problem.message.contains(u'"' + t.first + u'"')
                                            && problem.message.contains(t.second);
                                 });
        if (!planners)
            out << problem.message;
    }
    return out;
}

} // namespace

CATCH_REGISTER_LISTENER(MonkeyListener)

TEST_CASE("Monkey: 500 seeded random events on the real window, no crash or hang", "[app][monkey]")
{
    const Settings settings = settingsFromEnvironment();
    const std::string replay
        = "Replay: GEISEP_MONKEY_SEED=" + std::to_string(settings.seed)
          + (settings.seconds > 0
                 ? " GEISEP_MONKEY_SECONDS=" + QString::number(settings.seconds).toStdString()
                 : " GEISEP_MONKEY_EVENTS=" + std::to_string(settings.events))
          + " QT_QPA_PLATFORM=offscreen tests/tests_app \"[monkey]\"";
    std::printf("Monkey: seed %u. %s\n", settings.seed, replay.c_str());
    std::fflush(stdout);

    test::TempDir dir;
    const OwnSettings ownSettings(dir.path(QStringLiteral("settings")));
    const Hooks hooks; // before the sample: it puts the language back
    // The sample as geisep-cli sample builds it: a Turkish municipality's, with Turkish names.
    i18n::install(QStringLiteral("tr"));
    const QString sample = dir.path(QStringLiteral("ornek.gpkg"));
    const QString pristine = dir.path(QStringLiteral("ornek-kopya.gpkg"));
    REQUIRE(SampleProject::build(pristine, test::dataDir()));
    REQUIRE(QFile::copy(pristine, sample));
    // Real files to type into path fields, copied: a path typed into Proje ▸ Yeni makes a
    // project beside it, which must not be in the repository's data/.
    QStringList files;
    QDir().mkpath(dir.path(QStringLiteral("veri")));
    for (const char *name : {"tr_ilce_nufus_2023.csv", "tr_il_81_osm_simplified.geojson.gz",
                             "tr_4prov_mahalle_nufus_2023.csv"}) {
        files << dir.path(QStringLiteral("veri/") + QLatin1String(name));
        REQUIRE(QFile::copy(test::dataFile(QLatin1String(name)), files.last()));
    }
    const InFolder here(dir.path(QStringLiteral("work")));

    eventLog().start("Seed " + std::to_string(settings.seed) + ". " + replay, settings.logFile);
    g_ambiguousKeys = 0;
    const HangWatch hangWatch(settings.hangSeconds);

    std::mt19937 answers(settings.seed + 2);
    std::map<Message::Kind, int> said;
    test::MessageCapture messages;
    messages.answer = [&](const Message &m) {
        ++said[m.kind];
        const bool yes = m.kind == Message::Kind::Question && chance(answers, 0.5);
        static const char *const kinds[] = {"information", "warning", "error", "question"};
        eventLog().add(QStringLiteral("    message (%1%2): %3: %4")
                           .arg(QLatin1String(kinds[int(m.kind)]),
                                m.kind == Message::Kind::Question
                                    ? (yes ? QStringLiteral(", answered yes")
                                           : QStringLiteral(", answered no"))
                                    : QString(),
                                m.title, (m.text + u' ' + m.hint).simplified().left(200)));
        return yes;
    };

    MainWindow window;
    window.setLanguage(QStringLiteral("tr"));
    window.resize(1280, 800);
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    window.activateWindow();
    REQUIRE(window.openProject(sample));
    REQUIRE(window.canvas()->waitForFrame(30000));

    DialogHand hand(settings.seed + 1, files);
    Monkey monkey(window, sample, pristine, dir, settings.seed, files);

    QElapsedTimer clock;
    clock.start();
    int done = 0;
    int slowFrames = 0;
    int openDialogs = 0;
    int readOnlyOpens = 0; // a project of the run came up read-only
    bool wasReadOnly = false;
    qint64 slowest = 0;
    int slowestEvent = 0;
    for (int n = 1; n <= settings.events; ++n) {
        if (settings.seconds > 0 && clock.elapsed() > settings.seconds * 1000)
            break;
        const qint64 before = clock.elapsed();
        monkey.step(n);
        if (!settle(30000)) {
            ++openDialogs;
            eventLog().add(QStringLiteral("    a dialog or popup is still open after 30 s: ")
                           + describe(QApplication::activeModalWidget()
                                          ? QApplication::activeModalWidget()
                                          : QApplication::activePopupWidget()));
        }
        // Now and then the map catches up, as it does while a person looks at it.
        if (n % 25 == 0 && window.canvas()->isVisible() && !window.canvas()->waitForFrame(10000))
            ++slowFrames;
        // Nothing but this window holds the projects, and nothing damages them: whatever
        // opens them (a recent project, Proje ▸ Aç…) opens them writable.
        const bool readOnly = window.session() && window.session()->project().isReadOnly();
        if (readOnly && !wasReadOnly) {
            ++readOnlyOpens;
            eventLog().add(QStringLiteral("    DEFECT: %1 is open read-only: %2")
                               .arg(QFileInfo(window.session()->project().path()).fileName(),
                                    window.session()->project().readOnlyReason()));
        }
        wasReadOnly = readOnly;
        messages.clear();
        ++done;
        if (const qint64 took = clock.elapsed() - before; took > slowest) {
            slowest = took;
            slowestEvent = n;
        }
    }
    const double seconds = clock.elapsed() / 1000.0;
    const int attempted = settings.seconds > 0 ? done : settings.events;
    std::printf("Monkey: seed %u: %d events in %.1f s (%.1f events/s), slowest #%d %.1f s; "
                "%d dialogs; messages: %d information, %d warnings, %d errors, %d questions; "
                "%d Qt warnings; %d slow frames\n",
                settings.seed, done, seconds, done / std::max(seconds, 0.001), slowestEvent,
                slowest / 1000.0, hand.dialogs(), said[Message::Kind::Information],
                said[Message::Kind::Warning], said[Message::Kind::Error],
                said[Message::Kind::Question], eventLog().qtMessages(), slowFrames);
    std::fflush(stdout);

    // Every event was given, nothing is left waiting on a person, the window is still there.
    CHECK(done == attempted);
    CHECK(openDialogs == 0);
    CHECK(readOnlyOpens == 0);
    CHECK(monkey.sampleFailures == 0);
    CHECK(g_ambiguousKeys == 0); // a key Qt finds ambiguous does nothing
    CHECK(settle(30000));
    CHECK(window.isVisible());

    // The projects it worked on are sound: validate finds nothing a planner did not type on
    // purpose, and each copy of the sample opens writable again and draws.
    window.closeProject();
    for (const QString &path : monkey.samples + monkey.createdProjects) {
        if (!QFileInfo::exists(path))
            continue;
        const QStringList problems = unsound(path);
        INFO(QFileInfo(path).fileName().toStdString()
             << ": " << problems.join(u'\n').toStdString());
        CHECK(problems.isEmpty());
    }
    for (const QString &path : monkey.samples) {
        INFO(QFileInfo(path).fileName().toStdString());
        const bool opened = window.openProject(path);
        CHECK(opened);
        if (!opened)
            continue;
        CHECK_FALSE(window.session()->project().isReadOnly());
        CHECK(window.canvas()->waitForFrame(30000));
    }

    // The last event: the window closed as a person closes it.
    window.close();
    CHECK(settle(30000));
    CHECK_FALSE(window.isVisible());
}
