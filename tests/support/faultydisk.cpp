#include "tests/support/faultydisk.h"

#include "core/sqlite.h"

#include <sqlite3.h>

#include <atomic>
#include <cstring>

namespace geisep::test {

namespace {

sqlite3_vfs *g_real = nullptr;
sqlite3_vfs g_faulty;
std::atomic<std::int64_t> g_left{std::numeric_limits<std::int64_t>::max()};
std::atomic<std::int64_t> g_written{0};
std::atomic<int> g_refused{0};

// Our file: the real file's object follows it in the same allocation.
struct File
{
    sqlite3_file base;
    sqlite3_file *real() { return reinterpret_cast<sqlite3_file *>(this + 1); }
};
File *self(sqlite3_file *f)
{
    return reinterpret_cast<File *>(f);
}
const sqlite3_io_methods *realMethods(sqlite3_file *f)
{
    return self(f)->real()->pMethods;
}

int xClose(sqlite3_file *f)
{
    return realMethods(f)->xClose(self(f)->real());
}
int xRead(sqlite3_file *f, void *b, int n, sqlite3_int64 o)
{
    return realMethods(f)->xRead(self(f)->real(), b, n, o);
}
int xWrite(sqlite3_file *f, const void *b, int n, sqlite3_int64 o)
{
    if (g_left.fetch_sub(n) < n) {
        g_left = -1;
        ++g_refused;
        return SQLITE_FULL;
    }
    g_written += n;
    return realMethods(f)->xWrite(self(f)->real(), b, n, o);
}
int xTruncate(sqlite3_file *f, sqlite3_int64 size)
{
    return realMethods(f)->xTruncate(self(f)->real(), size);
}
int xSync(sqlite3_file *f, int flags)
{
    return realMethods(f)->xSync(self(f)->real(), flags);
}
int xFileSize(sqlite3_file *f, sqlite3_int64 *size)
{
    return realMethods(f)->xFileSize(self(f)->real(), size);
}
int xLock(sqlite3_file *f, int l)
{
    return realMethods(f)->xLock(self(f)->real(), l);
}
int xUnlock(sqlite3_file *f, int l)
{
    return realMethods(f)->xUnlock(self(f)->real(), l);
}
int xCheckReservedLock(sqlite3_file *f, int *out)
{
    return realMethods(f)->xCheckReservedLock(self(f)->real(), out);
}
int xFileControl(sqlite3_file *f, int op, void *arg)
{
    return realMethods(f)->xFileControl(self(f)->real(), op, arg);
}
int xSectorSize(sqlite3_file *f)
{
    return realMethods(f)->xSectorSize(self(f)->real());
}
int xDeviceCharacteristics(sqlite3_file *f)
{
    return realMethods(f)->xDeviceCharacteristics(self(f)->real());
}
int xShmMap(sqlite3_file *f, int page, int size, int extend, void volatile **out)
{
    return realMethods(f)->xShmMap(self(f)->real(), page, size, extend, out);
}
int xShmLock(sqlite3_file *f, int offset, int n, int flags)
{
    return realMethods(f)->xShmLock(self(f)->real(), offset, n, flags);
}
void xShmBarrier(sqlite3_file *f)
{
    realMethods(f)->xShmBarrier(self(f)->real());
}
int xShmUnmap(sqlite3_file *f, int deleteFlag)
{
    return realMethods(f)->xShmUnmap(self(f)->real(), deleteFlag);
}
int xFetch(sqlite3_file *f, sqlite3_int64 o, int n, void **out)
{
    // No memory-mapped reads: every page goes through xRead/xWrite.
    (void)f, (void)o, (void)n;
    *out = nullptr;
    return SQLITE_OK;
}
int xUnfetch(sqlite3_file *f, sqlite3_int64 o, void *p)
{
    (void)f, (void)o, (void)p;
    return SQLITE_OK;
}

const sqlite3_io_methods kMethods = {3,
                                     xClose,
                                     xRead,
                                     xWrite,
                                     xTruncate,
                                     xSync,
                                     xFileSize,
                                     xLock,
                                     xUnlock,
                                     xCheckReservedLock,
                                     xFileControl,
                                     xSectorSize,
                                     xDeviceCharacteristics,
                                     xShmMap,
                                     xShmLock,
                                     xShmBarrier,
                                     xShmUnmap,
                                     xFetch,
                                     xUnfetch};

int xOpen(sqlite3_vfs *, sqlite3_filename name, sqlite3_file *f, int flags, int *outFlags)
{
    File *file = self(f);
    std::memset(file, 0, sizeof(File));
    const int rc = g_real->xOpen(g_real, name, file->real(), flags, outFlags);
    // On failure SQLite calls xClose only if pMethods is set; the real file sets its own.
    file->base.pMethods = file->real()->pMethods ? &kMethods : nullptr;
    return rc;
}

} // namespace

FaultyDisk::FaultyDisk()
{
    if (!g_real) {
        g_real = sqlite3_vfs_find(nullptr);
        g_faulty = *g_real;
        g_faulty.zName = "geisep-faulty-disk";
        g_faulty.szOsFile = int(sizeof(File)) + g_real->szOsFile;
        g_faulty.xOpen = xOpen;
        g_faulty.pNext = nullptr;
    }
    unlimited();
    sqlite3_vfs_register(&g_faulty, 0);
    Database::setVfs(g_faulty.zName);
}

FaultyDisk::~FaultyDisk()
{
    Database::setVfs({});
    unlimited();
}

void FaultyDisk::fillAfter(std::int64_t bytes)
{
    g_left = bytes;
    g_written = 0;
    g_refused = 0;
}

std::int64_t FaultyDisk::written() const
{
    return g_written;
}

int FaultyDisk::refused() const
{
    return g_refused;
}

} // namespace geisep::test
