#include "core/outputfile.h"

#include <QFile>
#include <QFileInfo>

#include <atomic>
#include <cerrno>
#include <cstring>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace geisep {

namespace {

constexpr qsizetype kBufferSize = 256 * 1024;

// GEISEP_FAULT_WRITE_LIMIT: bytes the process's output files may hold before writes fail.
std::atomic<qint64> &faultBudget()
{
    static std::atomic<qint64> budget = [] {
        bool ok = false;
        const qint64 n = qEnvironmentVariable("GEISEP_FAULT_WRITE_LIMIT").toLongLong(&ok);
        return ok ? n : qint64(-1);
    }();
    return budget;
}

// write(2) until done; false with errno set on failure (a full disk, a quota, an I/O error).
bool writeFully(int fd, const char *data, qsizetype size)
{
    std::atomic<qint64> &budget = faultBudget();
    while (size > 0) {
        qsizetype chunk = size;
        if (budget.load() >= 0) {
            const qint64 left = budget.load();
            if (left <= 0) {
                errno = ENOSPC;
                return false;
            }
            chunk = qsizetype(std::min<qint64>(chunk, left));
        }
        const ssize_t n = ::write(fd, data, size_t(chunk));
        if (n < 0) {
            if (errno == EINTR)
                continue;
            return false;
        }
        if (budget.load() >= 0)
            budget -= n;
        data += n;
        size -= n;
    }
    return true;
}

} // namespace

OutputFile::OutputFile(QString path, QObject *parent)
    : QIODevice(parent)
    , m_path(std::move(path))
{}

OutputFile::~OutputFile()
{
    discard();
}

Result<void> OutputFile::open()
{
    discard();
    m_errno = 0;
    // A name of our own beside the target (NAME.XXXXXX.part), created new and never through a
    // symlink: two prints to one name, or a user's own NAME.part, are not overwritten.
    QByteArray pattern = QFile::encodeName(m_path) + ".XXXXXX.part";
    m_fd = ::mkostemps(pattern.data(), 5, O_CLOEXEC);
    if (m_fd < 0) {
        m_errno = errno;
        return std::unexpected(failure(Failure::Create));
    }
    m_part = QFile::decodeName(pattern);
    // The file it replaces keeps its permissions (an export of personal data may be 0600);
    // a new one gets the usual 0644.
    struct stat target
    {
    };
    const bool replaces = ::stat(QFile::encodeName(m_path).constData(), &target) == 0;
    (void)::fchmod(m_fd, replaces ? (target.st_mode & 07777) : 0644);
    QIODevice::open(QIODevice::WriteOnly | QIODevice::Unbuffered);
    return {};
}

qint64 OutputFile::writeData(const char *data, qint64 size)
{
    if (m_fd < 0 || m_errno != 0)
        return -1;
    if (m_buffer.isEmpty() && size >= kBufferSize) {
        // A large block goes straight to the file, without a copy.
        if (!writeFully(m_fd, data, qsizetype(size))) {
            m_errno = errno;
            setErrorString(QString::fromLocal8Bit(std::strerror(m_errno)));
            return -1;
        }
        return size;
    }
    m_buffer.append(data, qsizetype(size));
    if (m_buffer.size() >= kBufferSize && !flushBuffer())
        return -1;
    return size;
}

bool OutputFile::flushBuffer()
{
    if (m_errno != 0)
        return false;
    if (!writeFully(m_fd, m_buffer.constData(), m_buffer.size())) {
        m_errno = errno;
        setErrorString(QString::fromLocal8Bit(std::strerror(m_errno)));
        return false;
    }
    m_buffer.clear();
    return true;
}

Result<void> OutputFile::finish()
{
    if (m_finished)
        return {};
    if (m_fd < 0) {
        m_errno = m_errno ? m_errno : EBADF;
        return std::unexpected(failure(Failure::Write));
    }
    const bool written = flushBuffer();
    if (written && ::fsync(m_fd) != 0)
        m_errno = errno;
    if (::close(m_fd) != 0 && m_errno == 0)
        m_errno = errno;
    m_fd = -1;
    if (isOpen()) // a PDF or SVG writer may have closed the device already
        QIODevice::close();
    if (m_errno != 0) {
        ::unlink(QFile::encodeName(m_part).constData());
        m_part.clear();
        return std::unexpected(failure(Failure::Write));
    }
    m_finished = true;
    return {};
}

Result<void> OutputFile::commit()
{
    if (auto ok = finish(); !ok)
        return ok;
    const QByteArray part = QFile::encodeName(m_part);
    if (::rename(part.constData(), QFile::encodeName(m_path).constData()) != 0) {
        m_errno = errno;
        ::unlink(part.constData());
        m_part.clear();
        return std::unexpected(failure(Failure::Write));
    }
    m_part.clear();
    // The rename itself reaches the disk with its folder.
    const QByteArray folder = QFile::encodeName(QFileInfo(m_path).absolutePath());
    if (const int dir = ::open(folder.constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC); dir >= 0) {
        (void)::fsync(dir);
        ::close(dir);
    }
    return {};
}

void OutputFile::discard()
{
    if (m_fd >= 0) {
        ::close(m_fd);
        m_fd = -1;
    }
    if (!m_part.isEmpty()) {
        ::unlink(QFile::encodeName(m_part).constData());
        m_part.clear();
    }
    m_finished = false;
    m_buffer.clear();
    if (isOpen())
        QIODevice::close();
}

Error OutputFile::failure(Failure kind) const
{
    // The system's reason in the planner's language, for the errors a disk gives.
    QString reason;
    switch (m_errno) {
    case ENOSPC:
        reason = tr("No space left on device");
        break;
    case EDQUOT:
        reason = tr("Disk quota exceeded");
        break;
    case EFBIG:
        reason = tr("File too large");
        break;
    case EACCES:
    case EPERM:
        reason = tr("Permission denied");
        break;
    case ENOENT:
        reason = tr("No such file or directory");
        break;
    case EROFS:
        reason = tr("Read-only file system");
        break;
    case EIO:
        reason = tr("Input/output error");
        break;
    default:
        reason = QString::fromLocal8Bit(std::strerror(m_errno));
    }
    const QString name = QFileInfo(m_path).fileName();
    const bool full = m_errno == ENOSPC || m_errno == EDQUOT || m_errno == EFBIG;
    return Error{kind == Failure::Create ? tr("Cannot create %1: %2.").arg(name, reason)
                                         : tr("Cannot write %1: %2.").arg(name, reason),
                 m_path,
                 full ? tr("Free some disk space, or write to another disk; nothing was "
                           "written under this name.")
                      : tr("Check that the folder exists and that you may write to it; "
                           "nothing was written under this name.")};
}

Result<void> OutputFile::writeAll(const QString &path, const QByteArray &bytes)
{
    OutputFile file(path);
    if (auto ok = file.open(); !ok)
        return ok;
    file.write(bytes);
    return file.commit();
}

} // namespace geisep
