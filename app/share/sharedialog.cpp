// Proje ▸ Paylaş…: connect, publish, pull and resolve conflicts with the province's shared plan.
#include "app/share/sharedialog.h"

#include "app/messages.h"
#include "app/session.h"
#include "app/worker.h"
#include "core/server/pg.h"
#include "core/server/publish.h"
#include "core/server/serverschema.h"

#include <QComboBox>
#include <QDateTime>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>

#include <atomic>

namespace geisep {

namespace {

const QString kServerKey = QStringLiteral("shared_server");

QString kindTitle(PlanKind kind)
{
    return kind == PlanKind::Goal        ? ShareDialog::tr("Goal")
           : kind == PlanKind::Objective ? ShareDialog::tr("Objective")
                                         : ShareDialog::tr("Action");
}

QString when(const QString &iso)
{
    const QDateTime at = QDateTime::fromString(iso, Qt::ISODate);
    return at.isValid() ? QLocale().toString(at.toLocalTime(), QLocale::ShortFormat)
                        : ShareDialog::tr("never");
}

} // namespace

ShareDialog::ShareDialog(Session *session, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
{
    setWindowTitle(tr("Share with the province's plan"));
    auto named = [this](auto *widget, const char *name) {
        widget->setObjectName(QString::fromLatin1(name));
        return widget;
    };
    m_host = named(new QLineEdit(this), "host");
    m_host->setPlaceholderText(tr("e.g. plan.gaziantep.gov.tr"));
    m_port = named(new QSpinBox(this), "port");
    m_port->setRange(1, 65535);
    m_port->setValue(5432);
    m_database = named(new QLineEdit(this), "database");
    m_user = named(new QLineEdit(this), "user");
    m_user->setPlaceholderText(tr("your institution's role"));
    m_password = named(new QLineEdit(this), "password");
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setPlaceholderText(tr("from ~/.pgpass when empty"));
    m_password->setToolTip(tr("Used for this connection only; the project never keeps it."));
    m_sslMode = named(new QComboBox(this), "sslMode");
    m_sslMode->addItem(tr("Prefer encryption"), QStringLiteral("prefer"));
    m_sslMode->addItem(tr("Require encryption"), QStringLiteral("require"));
    m_sslMode->addItem(tr("Require and verify the server"), QStringLiteral("verify-full"));
    m_sslMode->addItem(tr("No encryption"), QStringLiteral("disable"));
    m_schema = named(new QLineEdit(QStringLiteral("geisep"), this), "schema");

    auto *serverBox = new QGroupBox(tr("Server"), this);
    auto *form = new QFormLayout(serverBox);
    auto *hostRow = new QHBoxLayout;
    hostRow->addWidget(m_host, 1);
    hostRow->addWidget(new QLabel(tr("Port:"), this));
    hostRow->addWidget(m_port);
    form->addRow(tr("Address:"), hostRow);
    form->addRow(tr("Database:"), m_database);
    form->addRow(tr("Province schema:"), m_schema);
    form->addRow(tr("Role:"), m_user);
    form->addRow(tr("Password:"), m_password);
    form->addRow(tr("Encryption:"), m_sslMode);

    m_connectButton = named(new QPushButton(tr("&Connect"), this), "connectButton");
    m_publishButton = named(new QPushButton(tr("&Publish"), this), "publishButton");
    m_publishButton->setToolTip(tr("Send this project's areas, plan and figures to the server, "
                                   "all or nothing."));
    m_pullButton = named(new QPushButton(tr("P&ull"), this), "pullButton");
    m_pullButton->setToolTip(tr("Bring the other institutions' plan items into this project."));
    auto *actions = new QHBoxLayout;
    actions->addWidget(m_connectButton);
    actions->addWidget(m_publishButton);
    actions->addWidget(m_pullButton);
    actions->addStretch(1);
    m_status = named(new QLabel(this), "status");
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *conflictBox = new QGroupBox(tr("Conflicts"), this);
    m_conflictList = named(new QListWidget(conflictBox), "conflicts");
    m_fields = named(new QTableWidget(0, 4, conflictBox), "conflictFields");
    m_fields->verticalHeader()->hide();
    m_fields->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_fields->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed
                              | QAbstractItemView::AnyKeyPressed);
    m_takeTheirs = named(new QPushButton(tr("Take the &server's"), conflictBox), "takeTheirs");
    m_keepMine = named(new QPushButton(tr("Keep this &project's"), conflictBox), "keepMine");
    m_keepEdited = named(new QPushButton(tr("Keep my &edit"), conflictBox), "keepEdited");
    m_keepEdited->setToolTip(tr("Change the values in the \"In this project\" column, then keep "
                                "them; the next publish sends them."));
    auto *resolveRow = new QHBoxLayout;
    resolveRow->addWidget(m_takeTheirs);
    resolveRow->addWidget(m_keepMine);
    resolveRow->addWidget(m_keepEdited);
    resolveRow->addStretch(1);
    auto *conflictLayout = new QVBoxLayout(conflictBox);
    m_conflictHelp = named(new QLabel(conflictBox), "conflictHelp");
    m_conflictHelp->setWordWrap(true);
    conflictLayout->addWidget(m_conflictHelp);
    auto *split = new QHBoxLayout;
    split->addWidget(m_conflictList, 2);
    split->addWidget(m_fields, 5);
    conflictLayout->addLayout(split, 1);
    conflictLayout->addLayout(resolveRow);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(serverBox);
    layout->addLayout(actions);
    layout->addWidget(m_status);
    layout->addWidget(conflictBox, 1);
    layout->addWidget(buttons);
    resize(900, 640);

    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_connectButton, &QPushButton::clicked, this, [this] { connectToServer(); });
    connect(m_publishButton, &QPushButton::clicked, this, [this] { publish(); });
    connect(m_pullButton, &QPushButton::clicked, this, [this] { pull(); });
    connect(m_conflictList, &QListWidget::currentRowChanged, this, [this] { showConflict(); });
    connect(m_takeTheirs, &QPushButton::clicked, this,
            [this] { resolveSelected(server::Resolution::TakeTheirs); });
    connect(m_keepMine, &QPushButton::clicked, this,
            [this] { resolveSelected(server::Resolution::KeepMine); });
    connect(m_keepEdited, &QPushButton::clicked, this,
            [this] { resolveSelected(server::Resolution::Edited); });
}

void ShareDialog::showEvent(QShowEvent *event)
{
    load();
    QDialog::showEvent(event);
}

void ShareDialog::load()
{
    if (m_loaded)
        return;
    m_loaded = true;
    const QJsonObject saved
        = QJsonDocument::fromJson(m_session->project().meta(kServerKey).toUtf8()).object();
    if (!saved.isEmpty()) {
        m_host->setText(saved.value(QStringLiteral("host")).toString());
        m_port->setValue(saved.value(QStringLiteral("port")).toInt(5432));
        m_database->setText(saved.value(QStringLiteral("dbname")).toString());
        m_user->setText(saved.value(QStringLiteral("user")).toString());
        m_schema->setText(saved.value(QStringLiteral("schema")).toString(QStringLiteral("geisep")));
        const int ssl = m_sslMode->findData(saved.value(QStringLiteral("sslmode")).toString());
        m_sslMode->setCurrentIndex(ssl >= 0 ? ssl : 0);
    }
    const bool writable = !m_session->project().isReadOnly();
    m_publishButton->setEnabled(writable);
    m_pullButton->setEnabled(writable);
    reloadConflicts();
    updateStatus(writable ? QString()
                          : tr("The project is open read-only: it can be neither published nor "
                               "pulled into."));
}

void ShareDialog::setServer(const QString &host, int port, const QString &database,
                            const QString &user, const QString &schema)
{
    load();
    m_host->setText(host);
    m_port->setValue(port);
    m_database->setText(database);
    m_user->setText(user);
    m_schema->setText(schema);
}

QString ShareDialog::dsn() const
{
    return pg::conninfo({{QStringLiteral("host"), m_host->text().trimmed()},
                         {QStringLiteral("port"), QString::number(m_port->value())},
                         {QStringLiteral("dbname"), m_database->text().trimmed()},
                         {QStringLiteral("user"), m_user->text().trimmed()},
                         {QStringLiteral("password"), m_password->text()},
                         {QStringLiteral("sslmode"), m_sslMode->currentData().toString()},
                         {QStringLiteral("connect_timeout"), QStringLiteral("15")},
                         {QStringLiteral("application_name"), QStringLiteral("GEİSEP")}});
}

QString ShareDialog::status() const
{
    return m_status->text();
}

int ShareDialog::conflictCount() const
{
    return int(m_conflicts.size());
}

void ShareDialog::saveServer()
{
    if (m_session->project().isReadOnly())
        return;
    const QJsonObject server{{QStringLiteral("host"), m_host->text().trimmed()},
                             {QStringLiteral("port"), m_port->value()},
                             {QStringLiteral("dbname"), m_database->text().trimmed()},
                             {QStringLiteral("user"), m_user->text().trimmed()},
                             {QStringLiteral("schema"), m_schema->text().trimmed()},
                             {QStringLiteral("sslmode"), m_sslMode->currentData().toString()}};
    const QString text = QString::fromUtf8(QJsonDocument(server).toJson(QJsonDocument::Compact));
    if (text != m_session->project().meta(kServerKey))
        if (auto ok = m_session->project().setMeta(kServerKey, text); !ok)
            messages::error(this, ok.error());
}

bool ShareDialog::runRemote(const QString &label, const RemoteWork &work)
{
    load();
    saveServer();
    const QString connection = dsn();
    Result<QString> result = fail(QString());
    BackgroundTask::run(this, label, [&](const std::function<bool(qint64, qint64)> &progress) {
        auto server = pg::Connection::open(connection);
        if (!server) {
            result = std::unexpected(server.error());
            return;
        }
        result = work(**server, progress);
    });
    if (!result) {
        updateStatus(result.error().message);
        messages::error(this, result.error());
        return false;
    }
    updateStatus(*result);
    return true;
}

bool ShareDialog::connectToServer()
{
    const QString schema = m_schema->text().trimmed();
    return runRemote(tr("Connecting…"), [schema](pg::Connection &server, const auto &) {
        auto institution = server::ServerSchema(server, schema).requireMember();
        if (!institution)
            return Result<QString>(std::unexpected(institution.error()));
        return Result<QString>(
            tr("Connected as %1 to the plan in schema %2.").arg(institution->institution, schema));
    });
}

bool ShareDialog::publish()
{
    const QString schema = m_schema->text().trimmed();
    Project &project = m_session->project();
    return runRemote(tr("Publishing…"), [&project, schema](pg::Connection &server,
                                                           const auto &progress) {
        std::atomic_bool cancel = false;
        auto report = server::Publisher::publishWhole(
            project, server, schema,
            [&](int done, int total) {
                if (!progress(done, total))
                    cancel = true;
            },
            &cancel);
        if (!report)
            return Result<QString>(std::unexpected(report.error()));
        QString text = tr("Published for %1: %2 plan items, %3 areas in %4 layer(s), %5 "
                          "links, %6 figures.")
                           .arg(report->institution)
                           .arg(report->planItems)
                           .arg(report->areas)
                           .arg(report->layers)
                           .arg(report->links)
                           .arg(report->figures);
        if (report->conflicted > 0)
            text += u' '
                    + tr("%n row(s) with an open conflict were left out.", nullptr,
                         report->conflicted);
        if (report->merged > 0)
            text += u' '
                    + tr("%n edit(s) of other institutions' items sent as the governorship's.",
                         nullptr, report->merged);
        if (report->notYours > 0)
            text += u' ' + server::Publisher::notYoursText(report->notYours);
        if (report->removed > 0 || report->keptForOthers > 0)
            text += u' ' + server::Publisher::removedText(report->removed, report->keptForOthers);
        return Result<QString>(text);
    });
}

bool ShareDialog::pull()
{
    const QString schema = m_schema->text().trimmed();
    Project &project = m_session->project();
    server::PullReport report;
    const bool ok = runRemote(tr("Pulling…"), [&](pg::Connection &server, const auto &progress) {
        std::atomic_bool cancel = false;
        auto pulled = server::Puller::pull(
            project, server, schema,
            [&](int done, int total) {
                if (!progress(done, total))
                    cancel = true;
            },
            &cancel);
        if (!pulled)
            return Result<QString>(std::unexpected(pulled.error()));
        report = *pulled;
        QString text = tr("Pulled from %1: %2 new, %3 changed, %4 as before.")
                           .arg(report.institutions.isEmpty() ? tr("no other institution")
                                                              : report.institutions.join(u", "))
                           .arg(report.added)
                           .arg(report.updated)
                           .arg(report.unchanged);
        if (report.conflicts > 0)
            text += u' '
                    + tr("%n row(s) changed both here and on the server: choose below.", nullptr,
                         report.conflicts);
        if (report.removed > 0 || report.keptHere > 0)
            text += u' ' + server::Puller::removedText(report.removed, report.keptHere);
        if (report.orphans > 0)
            text += u' '
                    + tr("%n item(s) left out: what they belong to is not in the shared plan.",
                         nullptr, report.orphans);
        return Result<QString>(text);
    });
    if (ok && (report.added > 0 || report.updated > 0 || report.conflicts > 0))
        planChanged();
    reloadConflicts();
    if (ok)
        updateStatus(m_status->text().section(u'\n', 0, 0));
    return ok;
}

void ShareDialog::planChanged()
{
    // The plan changed under the undo history: its steps would take back the server's rows.
    m_session->undoStack()->clear();
    m_session->notifyPlanChanged();
}

void ShareDialog::updateStatus(const QString &lead)
{
    Project &project = m_session->project();
    const QString institution = project.meta(QStringLiteral("shared_institution"));
    QStringList lines;
    if (!lead.isEmpty())
        lines << lead;
    if (institution.isEmpty())
        lines << tr("This project has not been shared yet.");
    else
        lines << tr("Shared as %1 · last publish: %2 · last pull: %3 · open conflicts: %4")
                     .arg(institution, when(project.meta(QStringLiteral("shared_published_at"))),
                          when(project.meta(QStringLiteral("shared_pulled_at"))))
                     .arg(m_conflicts.size());
    m_status->setText(lines.join(u'\n'));
}

void ShareDialog::reloadConflicts()
{
    auto open = server::conflicts(m_session->project().db());
    if (!open) {
        messages::error(this, open.error());
        return;
    }
    m_conflicts = *open;
    m_conflictList->clear();
    for (const server::SyncConflict &c : std::as_const(m_conflicts)) {
        const QString code = c.mine.value(QStringLiteral("code")).toString();
        const QString title = c.mine.value(QStringLiteral("title_tr")).toString();
        const QString text
            = tr("%1 %2 — %3")
                  .arg(kindTitle(c.kind), (code + u' ' + title).trimmed(), c.institution);
        auto *item = new QListWidgetItem(text, m_conflictList);
        item->setToolTip(text);
    }
    if (!m_conflicts.isEmpty())
        m_conflictList->setCurrentRow(0);
    m_conflictHelp->setText(
        m_conflicts.isEmpty()
            ? tr("No open conflicts.")
            : tr("A row changed both here and on the server since the last sync. Until you "
                 "choose, this project keeps yours and publishing leaves it out."));
    showConflict();
}

void ShareDialog::selectConflict(int row)
{
    load();
    m_conflictList->setCurrentRow(row);
    showConflict();
}

void ShareDialog::showConflict()
{
    const int row = m_conflictList->currentRow();
    const bool any = row >= 0 && row < m_conflicts.size();
    m_takeTheirs->setEnabled(any && !m_session->project().isReadOnly());
    m_keepMine->setEnabled(any && !m_session->project().isReadOnly());
    m_keepEdited->setEnabled(any && !m_session->project().isReadOnly());
    m_fields->clearContents();
    m_fields->setRowCount(0);
    m_fields->setHorizontalHeaderLabels(
        {tr("Field"), tr("Last shared"), tr("On the server"), tr("In this project")});
    if (!any)
        return;
    const server::SyncConflict &c = m_conflicts.at(row);
    const QStringList keys = server::changedFields(c);
    m_fields->setRowCount(int(keys.size()));
    for (int r = 0; r < keys.size(); ++r) {
        const QString &key = keys.at(r);
        const QString texts[]
            = {server::fieldTitle(key), server::fieldText(c.base.value(key)),
               server::fieldText(c.theirs.value(key)), server::fieldText(c.mine.value(key))};
        for (int col = 0; col < 4; ++col) {
            auto *cell = new QTableWidgetItem(texts[col]);
            if (col == 0)
                cell->setData(Qt::UserRole, key);
            if (col != 3)
                cell->setFlags(cell->flags() & ~Qt::ItemIsEditable);
            m_fields->setItem(r, col, cell);
        }
    }
}

bool ShareDialog::resolveSelected(server::Resolution resolution)
{
    load();
    const int row = m_conflictList->currentRow();
    if (row < 0 || row >= m_conflicts.size())
        return false;
    const server::SyncConflict c = m_conflicts.at(row);
    std::optional<PlanItem> edited;
    if (resolution == server::Resolution::Edited) {
        QJsonObject fields = c.mine;
        for (int r = 0; r < m_fields->rowCount(); ++r) {
            const QString key = m_fields->item(r, 0)->data(Qt::UserRole).toString();
            const QString text = m_fields->item(r, 3)->text().trimmed();
            const bool number = c.theirs.value(key).isDouble() || c.mine.value(key).isDouble();
            bool ok = false;
            double value = QLocale().toDouble(text, &ok);
            if (!ok)
                value = text.toDouble(&ok);
            if (text.isEmpty() || text == u"—")
                fields.remove(key);
            else if (number && ok)
                fields.insert(key, value);
            else if (number) {
                messages::error(
                    this,
                    Error{tr("%1 must be a number: \"%2\".").arg(server::fieldTitle(key), text),
                          {},
                          tr("Type the number without thousands separators, "
                             "or take theirs or keep mine.")});
                return false;
            } else
                fields.insert(key, text);
        }
        edited = server::itemOf(c.kind, fields);
    }
    if (auto ok = server::resolve(m_session->project(), c.uid, resolution, edited); !ok) {
        messages::error(this, ok.error());
        return false;
    }
    planChanged();
    reloadConflicts();
    updateStatus(resolution == server::Resolution::TakeTheirs
                     ? tr("Took the server's version; the project now holds it.")
                     : tr("Kept your version; the next publish sends it."));
    return true;
}

} // namespace geisep
