#include "core/projectlock.h"

#include <QDir>
#include <QFileInfo>

#include <fcntl.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <unistd.h>

#include <utility>

namespace geisep {

namespace {

QByteArray encoded(const QString &path)
{
    return QFile::encodeName(path);
}

// The pid written in a lock file, 0 if none can be read.
qint64 pidIn(int fd)
{
    char buf[32] = {};
    const ssize_t n = ::pread(fd, buf, sizeof buf - 1, 0);
    return n > 0 ? QByteArray(buf, int(n)).trimmed().toLongLong() : 0;
}

// The holder of one lock file without taking it: its pid, -1 if held but unnamed, 0 if free.
qint64 holderOfFile(const QByteArray &path)
{
    const int fd = ::open(path.constData(), O_RDONLY | O_CLOEXEC | O_NOFOLLOW);
    if (fd < 0)
        return 0;
    qint64 pid = 0;
    if (::flock(fd, LOCK_SH | LOCK_NB) != 0) {
        pid = pidIn(fd);
        if (pid == 0)
            pid = -1;
    }
    ::close(fd); // also drops the shared lock if we got it
    return pid;
}

QString lockFolder()
{
    const QString set = qEnvironmentVariable("GEISEP_LOCK_DIR");
    if (!set.isEmpty())
        return set;
    if (::access("/run/lock", W_OK | X_OK) == 0)
        return QStringLiteral("/run/lock");
    return QDir::tempPath();
}

} // namespace

QString ProjectLock::lockPathFor(const QString &projectPath)
{
    const QString real = QFileInfo(projectPath).canonicalFilePath();
    return (real.isEmpty() ? projectPath : real) + QStringLiteral(".lock");
}

QString ProjectLock::identityLockPathFor(const QString &projectPath)
{
    struct stat st
    {
    };
    if (::stat(encoded(projectPath).constData(), &st) != 0)
        return {};
    return QDir(lockFolder())
        .filePath(QStringLiteral("geisep-%1-%2.lock")
                      .arg(quint64(st.st_dev), 0, 16)
                      .arg(quint64(st.st_ino)));
}

qint64 ProjectLock::holderOf(const QString &projectPath)
{
    const QString identity = identityLockPathFor(projectPath);
    qint64 pid = identity.isEmpty() ? 0 : holderOfFile(encoded(identity));
    if (pid == 0)
        pid = holderOfFile(encoded(lockPathFor(projectPath)));
    return pid;
}

ProjectLock::~ProjectLock()
{
    release();
}

ProjectLock::ProjectLock(ProjectLock &&other) noexcept
    : m_pathLock(std::exchange(other.m_pathLock, File{}))
    , m_identityLock(std::exchange(other.m_identityLock, File{}))
    , m_holderPid(other.m_holderPid)
{}

ProjectLock &ProjectLock::operator=(ProjectLock &&other) noexcept
{
    if (this != &other) {
        release();
        m_pathLock = std::exchange(other.m_pathLock, File{});
        m_identityLock = std::exchange(other.m_identityLock, File{});
        m_holderPid = other.m_holderPid;
    }
    return *this;
}

ProjectLock::Outcome ProjectLock::tryLock(const QString &projectPath)
{
    release();
    const QString identity = identityLockPathFor(projectPath);
    if (identity.isEmpty())
        return Outcome::CannotCreate;
    // The identity first: it is what two names of one file share.
    Outcome outcome = lockFile(encoded(identity), &m_identityLock);
    if (outcome == Outcome::Acquired)
        outcome = lockFile(encoded(lockPathFor(projectPath)), &m_pathLock);
    if (outcome != Outcome::Acquired) {
        const qint64 holder = m_holderPid;
        release();
        m_holderPid = holder;
        return outcome;
    }
    m_holderPid = ::getpid();
    return Outcome::Acquired;
}

ProjectLock::Outcome ProjectLock::lockFile(const QByteArray &path, File *out)
{
    for (int attempt = 0; attempt < 3; ++attempt) {
        // Readable and writable by everyone: another user's program must be able to take the
        // lock of a shared project after this one ends.
        // Never through a symlink, and only a plain file: the lock folder is shared by every
        // user of the machine.
        int fd = ::open(path.constData(), O_RDWR | O_CREAT | O_CLOEXEC | O_NOFOLLOW, 0666);
        if (fd < 0 && errno == EACCES)
            fd = ::open(path.constData(), O_RDONLY | O_CLOEXEC | O_NOFOLLOW);
        if (fd < 0)
            return Outcome::CannotCreate;
        struct stat opened
        {
        };
        if (::fstat(fd, &opened) != 0 || !S_ISREG(opened.st_mode)) {
            ::close(fd);
            return Outcome::CannotCreate;
        }
        if (::flock(fd, LOCK_EX | LOCK_NB) != 0) {
            m_holderPid = pidIn(fd);
            ::close(fd);
            return Outcome::HeldByOther;
        }
        // The previous holder may have removed the file between our open and flock; then we
        // hold a lock on a name nobody else sees. Only a lock on the current file counts.
        struct stat held
        {
        }, current{};
        if (::fstat(fd, &held) == 0 && ::stat(path.constData(), &current) == 0
            && held.st_ino == current.st_ino && held.st_dev == current.st_dev) {
            if (held.st_uid == ::geteuid())
                (void)::fchmod(fd, 0666); // whatever the umask
            const QByteArray pid = QByteArray::number(qint64(::getpid())) + '\n';
            if (::ftruncate(fd, 0) == 0)
                (void)!::pwrite(fd, pid.constData(), size_t(pid.size()), 0);
            out->fd = fd;
            out->path = path;
            return Outcome::Acquired;
        }
        ::close(fd);
    }
    return Outcome::HeldByOther;
}

void ProjectLock::releaseFile(File *file)
{
    if (file->fd >= 0) {
        ::unlink(file->path.constData());
        ::close(file->fd);
    }
    *file = File{};
}

void ProjectLock::release()
{
    releaseFile(&m_pathLock);
    releaseFile(&m_identityLock);
}

} // namespace geisep
