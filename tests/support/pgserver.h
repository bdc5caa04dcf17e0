#pragma once

// A PostgreSQL + PostGIS server of the test's own: a new cluster in a temporary folder,
// listening on 127.0.0.1 only, on a free port, started by the constructor and stopped and
// removed by the destructor. As root (CI) it runs as the `postgres` user (initdb refuses root).
// Every step is bounded in time; a failure names the step and what the server said.
#include <QString>
#include <QStringList>
#include <QTemporaryDir>

namespace geisep::test {

class PostgresServer
{
public:
    PostgresServer();
    ~PostgresServer();
    PostgresServer(const PostgresServer &) = delete;
    PostgresServer &operator=(const PostgresServer &) = delete;

    // Empty when the server runs, else what went wrong.
    const QString &problem() const { return m_problem; }
    int port() const { return m_port; }
    // The path of one of the server's programs (psql, pg_ctl, …).
    QString program(const QString &tool) const { return m_bin + u'/' + tool; }
    // A connection string for `user` (trust authentication on loopback) to the test database.
    QString dsn(const QString &user = QStringLiteral("geisep_admin")) const;
    // Stops the server at once, as a crash or a pulled cable would (pg_ctl -m immediate), and
    // starts it again on the same port.
    bool stop();
    bool start();
    // psql as `user` running `sql`; its output (unaligned, tuples only) or the error.
    struct Psql
    {
        int exitCode = -1;
        QString out;
        QString err;
    };
    Psql psql(const QString &sql, const QString &user = QStringLiteral("geisep_admin")) const;

private:
    bool runTool(const QString &tool, const QStringList &args, int timeoutMs,
                 QString *output = nullptr) const;
    QString m_bin;
    QTemporaryDir m_dir;
    QString m_data;
    int m_port = 0;
    bool m_asPostgres = false;
    bool m_running = false;
    QString m_problem;
};

// Makes the province's shared plan on `server` (server init) with three institutions of
// Gaziantep's planning group: Şahinbey and Şehitkamil Belediyesi (roles sahinbey_belediyesi,
// sehitkamil_belediyesi) and Gaziantep Valiliği (gaziantep_valiligi). Empty when it worked,
// else what went wrong.
QString makeProvince(const PostgresServer &server);

} // namespace geisep::test
