#pragma once

#include <QByteArray>
#include <QString>

namespace geisep {

// Marks one process as the writer of a project. Two advisory locks (flock), both needed:
// - on "PROJECT.gpkg.lock" beside the file (its real path, symlinks resolved), which also works
//   between machines sharing a folder;
// - on a lock file named after the file's identity (device and inode) in this machine's lock
//   folder (/run/lock, else the temporary folder; GEISEP_LOCK_DIR overrides), so any two names
//   of one file — hard links included — share it.
// The kernel drops a flock when its process dies, even by SIGKILL, so a crash never leaves a
// project locked. Neither is a lock on the .gpkg itself: closing any descriptor of the .gpkg
// would drop SQLite's own POSIX locks in this process.
class ProjectLock
{
public:
    ProjectLock() = default;
    ~ProjectLock();
    ProjectLock(ProjectLock &&other) noexcept;
    ProjectLock &operator=(ProjectLock &&other) noexcept;
    ProjectLock(const ProjectLock &) = delete;
    ProjectLock &operator=(const ProjectLock &) = delete;

    enum class Outcome { Acquired, HeldByOther, CannotCreate };
    // Tries once, without waiting. On HeldByOther, holderPid() tells who has it (0 if unknown).
    Outcome tryLock(const QString &projectPath);
    void release();

    bool isHeld() const { return m_pathLock.fd >= 0 && m_identityLock.fd >= 0; }
    qint64 holderPid() const { return m_holderPid; }
    static QString lockPathFor(const QString &projectPath);
    // The lock file for the file's identity; empty when the file cannot be looked at.
    static QString identityLockPathFor(const QString &projectPath);
    // The process that holds the project's lock, 0 if none; takes no lock itself.
    static qint64 holderOf(const QString &projectPath);

private:
    struct File
    {
        int fd = -1;
        QByteArray path;
    };
    Outcome lockFile(const QByteArray &path, File *out);
    static void releaseFile(File *file);

    File m_pathLock;
    File m_identityLock;
    qint64 m_holderPid = 0;
};

} // namespace geisep
