#pragma once

#include <QString>

namespace geisep {

// Marks one process as the writer of a project. An advisory lock (flock) on "PROJECT.gpkg.lock"
// beside the file: the kernel drops it when the process dies, even by SIGKILL, so a crash never
// leaves a project locked. It is a separate file because closing any descriptor of the .gpkg
// itself would drop SQLite's own POSIX locks.
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

    bool isHeld() const { return m_fd >= 0; }
    qint64 holderPid() const { return m_holderPid; }
    static QString lockPathFor(const QString &projectPath);
    // The process that holds the project's lock, 0 if none; takes no lock itself.
    static qint64 holderOf(const QString &projectPath);

private:
    int m_fd = -1;
    QString m_lockPath;
    qint64 m_holderPid = 0;
};

} // namespace geisep
