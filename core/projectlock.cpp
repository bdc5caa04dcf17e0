#include "core/projectlock.h"

#include <QByteArray>

#include <fcntl.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <unistd.h>

namespace geisep {

QString ProjectLock::lockPathFor(const QString &projectPath)
{
    return projectPath + QStringLiteral(".lock");
}

qint64 ProjectLock::holderOf(const QString &projectPath)
{
    const QByteArray path = lockPathFor(projectPath).toLocal8Bit();
    const int fd = ::open(path.constData(), O_RDONLY | O_CLOEXEC);
    if (fd < 0)
        return 0;
    qint64 pid = 0;
    if (::flock(fd, LOCK_SH | LOCK_NB) != 0) {
        char buf[32] = {};
        const ssize_t n = ::pread(fd, buf, sizeof buf - 1, 0);
        pid = n > 0 ? QByteArray(buf, int(n)).trimmed().toLongLong() : -1;
    }
    ::close(fd); // also drops the shared lock if we got it
    return pid;
}

ProjectLock::~ProjectLock()
{
    release();
}

ProjectLock::ProjectLock(ProjectLock &&other) noexcept
    : m_fd(std::exchange(other.m_fd, -1))
    , m_lockPath(std::move(other.m_lockPath))
    , m_holderPid(other.m_holderPid)
{}

ProjectLock &ProjectLock::operator=(ProjectLock &&other) noexcept
{
    if (this != &other) {
        release();
        m_fd = std::exchange(other.m_fd, -1);
        m_lockPath = std::move(other.m_lockPath);
        m_holderPid = other.m_holderPid;
    }
    return *this;
}

ProjectLock::Outcome ProjectLock::tryLock(const QString &projectPath)
{
    release();
    const QByteArray path = lockPathFor(projectPath).toLocal8Bit();
    for (int attempt = 0; attempt < 3; ++attempt) {
        const int fd = ::open(path.constData(), O_RDWR | O_CREAT | O_CLOEXEC, 0644);
        if (fd < 0)
            return Outcome::CannotCreate;
        if (::flock(fd, LOCK_EX | LOCK_NB) != 0) {
            char buf[32] = {};
            const ssize_t n = ::pread(fd, buf, sizeof buf - 1, 0);
            m_holderPid = n > 0 ? QByteArray(buf, int(n)).trimmed().toLongLong() : 0;
            ::close(fd);
            return Outcome::HeldByOther;
        }
        // The previous holder may have removed the file between our open and flock; then we
        // hold a lock on a name nobody else sees. Only a lock on the current file counts.
        struct stat held{}, current{};
        if (::fstat(fd, &held) == 0 && ::stat(path.constData(), &current) == 0
            && held.st_ino == current.st_ino && held.st_dev == current.st_dev) {
            const QByteArray pid = QByteArray::number(qint64(::getpid())) + '\n';
            if (::ftruncate(fd, 0) == 0)
                (void) !::pwrite(fd, pid.constData(), size_t(pid.size()), 0);
            m_fd = fd;
            m_lockPath = QString::fromLocal8Bit(path);
            m_holderPid = ::getpid();
            return Outcome::Acquired;
        }
        ::close(fd);
    }
    return Outcome::HeldByOther;
}

void ProjectLock::release()
{
    if (m_fd >= 0) {
        ::unlink(m_lockPath.toLocal8Bit().constData());
        ::close(m_fd);
        m_fd = -1;
    }
}

} // namespace geisep
