#include "tests/support/support.h"

#include "gis/crs.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QPointF>
#include <QProcess>
#include <QtEndian>

#include <catch2/catch.hpp>

namespace geisep::test {

QString sharedData(const QString &name)
{
    return QDir(QStringLiteral(GEISEP_SHARED_DATA)).filePath(name);
}

QString testData(const QString &name)
{
    return QDir(QStringLiteral(GEISEP_SOURCE_DIR "/tests/data")).filePath(name);
}

TempDir::TempDir()
{
    REQUIRE(m_dir.isValid());
}

QString TempDir::path(const QString &name) const
{
    return m_dir.filePath(name);
}

std::unique_ptr<Project> newProject(const QString &path, const QString &name)
{
    auto options = Crs::newProject(name, QStringLiteral("Gaziantep"), 5256);
    REQUIRE(options.has_value());
    auto project = Project::create(path, *options);
    if (!project)
        FAIL(project.error().toString().toStdString());
    return std::move(*project);
}

ProcessResult run(const QString &program, const QStringList &args, int timeoutMs)
{
    QProcess process;
    process.start(program, args);
    ProcessResult result;
    if (!process.waitForStarted(30000)) {
        result.err = QStringLiteral("could not start ") + program;
        return result;
    }
    process.closeWriteChannel();
    if (!process.waitForFinished(timeoutMs)) {
        process.kill();
        process.waitForFinished();
        result.err = QStringLiteral("timed out: ") + program;
        return result;
    }
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    result.out = QString::fromUtf8(process.readAllStandardOutput());
    result.err = QString::fromUtf8(process.readAllStandardError());
    return result;
}

ProcessResult runCli(const QStringList &args)
{
    return run(QStringLiteral(GEISEP_CLI), args);
}

QString gdalValidate(const QStringList &files)
{
    const auto result =
        run(QStringLiteral(GEISEP_SYSTEM_PYTHON),
            QStringList{QStringLiteral(GEISEP_SOURCE_DIR "/tests/support/validate_gpkg_many.py")}
                + files,
            600000);
    if (result.exitCode == 0)
        return {};
    return result.out + result.err + QStringLiteral(" (exit %1)").arg(result.exitCode);
}

QByteArray fileHash(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256).toHex();
}

} // namespace geisep::test
