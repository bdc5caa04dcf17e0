#include "tests/support/pgserver.h"

#include "core/server/pg.h"
#include "core/server/serverschema.h"

#include <QDir>
#include <QFile>
#include <QHostAddress>
#include <QProcess>
#include <QTcpServer>

#include <unistd.h>

namespace geisep::test {

namespace {

// The newest PostgreSQL's programs (Debian keeps them per version).
QString postgresBin()
{
    QDir lib(QStringLiteral("/usr/lib/postgresql"));
    QStringList versions = lib.entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    std::sort(versions.begin(), versions.end(),
              [](const QString &a, const QString &b) { return a.toInt() > b.toInt(); });
    for (const QString &v : versions)
        if (QFile::exists(lib.filePath(v + QStringLiteral("/bin/initdb"))))
            return lib.filePath(v + QStringLiteral("/bin"));
    return {};
}

int freePort()
{
    QTcpServer probe;
    if (!probe.listen(QHostAddress::LocalHost, 0))
        return 0;
    return probe.serverPort();
}

} // namespace

PostgresServer::PostgresServer()
    : m_dir(QDir::tempPath() + QStringLiteral("/geisep-pg-XXXXXX"))
{
    m_bin = postgresBin();
    if (m_bin.isEmpty()) {
        m_problem = QStringLiteral("PostgreSQL is not installed (./setup.sh test installs "
                                   "postgresql-15 and postgresql-15-postgis-3)");
        return;
    }
    if (!m_dir.isValid()) {
        m_problem = QStringLiteral("no temporary folder for the cluster");
        return;
    }
    m_data = m_dir.path() + QStringLiteral("/data");
    m_asPostgres = ::geteuid() == 0;
    if (m_asPostgres) {
        // The cluster's folder belongs to the unprivileged user that runs it.
        QProcess::execute(QStringLiteral("chown"), {QStringLiteral("postgres:"), m_dir.path()});
        QFile::setPermissions(m_dir.path(), QFileDevice::ReadOwner | QFileDevice::WriteOwner
                                                | QFileDevice::ExeOwner | QFileDevice::ExeGroup
                                                | QFileDevice::ExeOther);
    }
    QString out;
    if (!runTool(QStringLiteral("initdb"),
                 {QStringLiteral("-D"), m_data, QStringLiteral("-U"),
                  QStringLiteral("geisep_admin"), QStringLiteral("--auth=trust"),
                  QStringLiteral("--encoding=UTF8"), QStringLiteral("--locale=C.UTF-8"),
                  QStringLiteral("--no-sync")},
                 120000, &out)) {
        m_problem = QStringLiteral("initdb failed: ") + out;
        return;
    }
    for (int attempt = 0; attempt < 3 && !m_running; ++attempt) {
        m_port = freePort();
        start();
    }
    if (!m_running)
        return;
    const Psql made = psql(QStringLiteral("CREATE DATABASE plan"));
    if (made.exitCode != 0)
        m_problem = QStringLiteral("CREATE DATABASE failed: ") + made.err;
}

PostgresServer::~PostgresServer()
{
    if (m_running)
        stop();
}

bool PostgresServer::runTool(const QString &tool, const QStringList &args, int timeoutMs,
                             QString *output) const
{
    QProcess p;
    p.setProcessChannelMode(QProcess::MergedChannels);
    const QString program = m_bin + u'/' + tool;
    if (m_asPostgres)
        p.start(QStringLiteral("runuser"),
                QStringList{QStringLiteral("-u"), QStringLiteral("postgres"), QStringLiteral("--"),
                            program}
                    + args);
    else
        p.start(program, args);
    const bool finished = p.waitForFinished(timeoutMs);
    if (!finished)
        p.kill();
    if (output)
        *output = QString::fromUtf8(p.readAll());
    return finished && p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0;
}

bool PostgresServer::start()
{
    // Loopback only, the socket in the cluster's own folder, no fsync (a test's data).
    const QString options
        = QStringLiteral("-c listen_addresses=127.0.0.1 -p %1 -c unix_socket_directories=%2 "
                         "-c fsync=off -c max_connections=60")
              .arg(m_port)
              .arg(m_dir.path());
    QString out;
    m_running = runTool(QStringLiteral("pg_ctl"),
                        {QStringLiteral("-D"), m_data, QStringLiteral("-o"), options,
                         QStringLiteral("-l"), m_dir.path() + QStringLiteral("/log"),
                         QStringLiteral("-w"), QStringLiteral("-t"), QStringLiteral("60"),
                         QStringLiteral("start")},
                        90000, &out);
    if (!m_running) {
        QFile log(m_dir.path() + QStringLiteral("/log"));
        const QString tail = log.open(QIODevice::ReadOnly)
                                 ? QString::fromUtf8(log.readAll().right(2000))
                                 : QString();
        m_problem = QStringLiteral("pg_ctl start failed: ") + out + tail;
    } else {
        m_problem.clear();
    }
    return m_running;
}

bool PostgresServer::stop()
{
    QString out;
    const bool stopped = runTool(
        QStringLiteral("pg_ctl"),
        {QStringLiteral("-D"), m_data, QStringLiteral("-m"), QStringLiteral("immediate"),
         QStringLiteral("-w"), QStringLiteral("-t"), QStringLiteral("60"), QStringLiteral("stop")},
        90000, &out);
    m_running = !stopped;
    return stopped;
}

QString PostgresServer::dsn(const QString &user) const
{
    return QStringLiteral("host=127.0.0.1 port=%1 dbname=plan user=%2 connect_timeout=10")
        .arg(m_port)
        .arg(user);
}

PostgresServer::Psql PostgresServer::psql(const QString &sql, const QString &user) const
{
    QProcess p;
    p.start(m_bin + QStringLiteral("/psql"),
            {QStringLiteral("-X"), QStringLiteral("-q"), QStringLiteral("-A"), QStringLiteral("-t"),
             QStringLiteral("-v"), QStringLiteral("ON_ERROR_STOP=1"), QStringLiteral("-h"),
             QStringLiteral("127.0.0.1"), QStringLiteral("-p"), QString::number(m_port),
             QStringLiteral("-U"), user, QStringLiteral("-d"),
             sql.startsWith(QLatin1String("CREATE DATABASE")) ? QStringLiteral("postgres")
                                                              : QStringLiteral("plan"),
             QStringLiteral("-c"), sql});
    Psql result;
    if (!p.waitForFinished(60000)) {
        p.kill();
        result.err = QStringLiteral("psql did not finish within 60 s");
        return result;
    }
    result.exitCode = p.exitCode();
    result.out = QString::fromUtf8(p.readAllStandardOutput()).trimmed();
    result.err = QString::fromUtf8(p.readAllStandardError()).trimmed();
    return result;
}

QString makeProvince(const PostgresServer &server)
{
    if (!server.problem().isEmpty())
        return server.problem();
    auto admin = pg::Connection::open(server.dsn());
    if (!admin)
        return admin.error().toString();
    server::ServerSchema shared(**admin);
    if (auto made = shared.init(); !made)
        return made.error().toString();
    for (const auto &[name, kind] :
         {std::pair{QStringLiteral("Şahinbey Belediyesi"), server::InstitutionKind::Belediye},
          std::pair{QStringLiteral("Şehitkamil Belediyesi"), server::InstitutionKind::Belediye},
          std::pair{QStringLiteral("Gaziantep Valiliği"), server::InstitutionKind::Valilik}})
        if (auto added = shared.addMember(name, kind); !added)
            return added.error().toString();
    return {};
}

} // namespace geisep::test
