#pragma once

#include "core/error.h"

#include <QCoreApplication>
#include <QIODevice>
#include <QString>

namespace geisep {

// An output file (a print, an export, a CSV) written whole or not at all. Bytes go to a part
// file of its own beside the final name ("NAME.XXXXXX.part", created new, keeping the mode of
// the file it replaces); commit() flushes them, syncs them to disk and renames the part into
// place only if every write succeeded. Several files that belong together (a shapefile, an
// atlas of one file per area) finish() each first and commit() only when all are whole, so a
// failure on the last leaves every earlier file as it was. A full disk, a write error, a cancel or
// a crash therefore never leaves a truncated file under the final name, and the error names the
// file and the system's reason ("No space left on device").
//
// Every writer of output files goes through this class. For tests it honours
// GEISEP_FAULT_WRITE_LIMIT=N: the process's output files may hold N bytes in all, and the next
// write fails as a full disk does (ENOSPC), deterministically and without root.
class OutputFile final : public QIODevice
{
    Q_OBJECT

public:
    explicit OutputFile(QString path, QObject *parent = nullptr);
    ~OutputFile() override; // discards an uncommitted part

    // Creates the part file and opens this device for writing.
    Result<void> open();
    // Everything written is on the disk in the part file, or an error (and no part file).
    Result<void> finish();
    // Finishes if not done, then renames the part into place: everything written reaches the
    // disk under the final name, or nothing does.
    Result<void> commit();
    void discard();

    QString path() const { return m_path; }
    bool failed() const { return m_errno != 0; }

    bool isSequential() const override { return true; }

    // Writes `bytes` to `path` through an OutputFile.
    static Result<void> writeAll(const QString &path, const QByteArray &bytes);

protected:
    qint64 readData(char *, qint64) override { return -1; }
    qint64 writeData(const char *data, qint64 size) override;

private:
    bool flushBuffer();
    enum class Failure { Create, Write };
    Error failure(Failure kind) const;

    QString m_path;
    QString m_part; // the part file, while there is one
    bool m_finished = false;
    int m_fd = -1;
    int m_errno = 0;
    QByteArray m_buffer;
};

} // namespace geisep
