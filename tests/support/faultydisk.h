#pragma once

// A disk that fills up, for the fault tests: while a FaultyDisk lives, every project database the
// workbench opens (Database::setVfs) writes through a VFS that passes bytes to the real one
// until the budget is spent, and then fails each write as a full disk does (SQLITE_FULL).
// Other libraries' SQLite (PROJ's proj.db) keep the default VFS: made the process default, the
// wrapper crashed PROJ's own VFS wrapper at exit. Deterministic and needs no root.

#include <cstdint>
#include <limits>

namespace geisep::test {

class FaultyDisk
{
public:
    FaultyDisk();
    ~FaultyDisk();
    FaultyDisk(const FaultyDisk &) = delete;
    FaultyDisk &operator=(const FaultyDisk &) = delete;

    // From now on, `bytes` more may be written; then the disk is full.
    void fillAfter(std::int64_t bytes);
    void unlimited() { fillAfter(std::numeric_limits<std::int64_t>::max()); }
    // Bytes written since the last fillAfter/unlimited, and writes refused.
    std::int64_t written() const;
    int refused() const;
};

} // namespace geisep::test
