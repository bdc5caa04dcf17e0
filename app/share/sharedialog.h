#pragma once

#include "core/error.h"
#include "core/server/pull.h"

#include <QDialog>
#include <QList>

#include <functional>

class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QSpinBox;
class QTableWidget;

namespace geisep {

class Session;

// Proje ▸ Paylaş…: the project and the province's shared plan on PostgreSQL/PostGIS
// (docs/architecture.md, "The shared plan"). Where the server is (kept in the project, never
// the password), connect as the institution's role, publish, pull — each off the GUI thread
// with progress and Cancel — and the conflicts a pull found, each shown side by side (the last
// shared version, theirs, mine) to take theirs, keep mine or keep an edit of mine.
class ShareDialog : public QDialog
{
    Q_OBJECT

public:
    explicit ShareDialog(Session *session, QWidget *parent = nullptr);

    // The form's server fields (a test or script fills them after load()).
    void setServer(const QString &host, int port, const QString &database, const QString &user,
                   const QString &schema = QStringLiteral("geisep"));
    // The connection string the form describes; with the password only when one was typed.
    QString dsn() const;
    // Bağlan, Yayınla, Çek: each true when it worked; the status line says what happened and a
    // failure goes to the planner as a message naming the server and what to do.
    bool connectToServer();
    bool publish();
    bool pull();
    QString status() const;

    // The open conflicts, as listed; one selected shows its fields side by side.
    int conflictCount() const;
    void selectConflict(int row);
    // The side-by-side table of the selected conflict: one row a field that differs.
    QTableWidget *fieldsTable() const { return m_fields; }
    // Resolves the selected conflict. Edited keeps the "mine" column as edited in the table.
    bool resolveSelected(server::Resolution resolution);

    // Reads the project's server settings and conflicts, once; the first show does it.
    void load();

protected:
    void showEvent(QShowEvent *event) override;

private:
    // Opens a connection and runs `work` on it off the GUI thread behind a progress dialog.
    using RemoteWork = std::function<Result<QString>(
        pg::Connection &, const std::function<bool(qint64, qint64)> &progress)>;
    bool runRemote(const QString &label, const RemoteWork &work);
    void saveServer();
    void reloadConflicts();
    void showConflict();
    void updateStatus(const QString &lead);
    void planChanged();

    bool m_loaded = false;
    Session *m_session;
    QLineEdit *m_host;
    QSpinBox *m_port;
    QLineEdit *m_database;
    QLineEdit *m_user;
    QLineEdit *m_password;
    QComboBox *m_sslMode;
    QLineEdit *m_schema;
    QPushButton *m_connectButton;
    QPushButton *m_publishButton;
    QPushButton *m_pullButton;
    QLabel *m_status;
    QLabel *m_conflictHelp; // what a conflict is, or that there is none
    QListWidget *m_conflictList;
    QTableWidget *m_fields;
    QPushButton *m_takeTheirs;
    QPushButton *m_keepMine;
    QPushButton *m_keepEdited;
    QList<server::SyncConflict> m_conflicts;
};

} // namespace geisep
