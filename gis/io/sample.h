#pragma once

#include "core/error.h"
#include "gis/io/importer.h"

#include <QCoreApplication>
#include <QDir>
#include <QString>
#include <QStringList>

namespace geisep {

// The bundled sample project, built from the real files the repository carries in data/ (and
// a package installs in share/geisep/data): the Gaziantep districts, the mahalle of Şahinbey and
// Şehitkamil with their 2023 populations joined, and a made-up infrastructure layer (schools,
// health centres, water points, transit stops) whose name and metadata say it is sample data.
class SampleProject
{
    Q_DECLARE_TR_FUNCTIONS(SampleProject)

public:
    // The data files the sample reads, in `dataDir`.
    static const QStringList &dataFiles();
    // Where the data is when no folder is given: beside an installed program
    // (../share/geisep/data), else the source tree this program was built from.
    static QString defaultDataDir();
    // What build needs before anything is written: the data files, and a free name at outPath.
    static Result<void> check(const QString &outPath, const QString &dataDir);
    // Builds into a temporary file beside outPath and renames it into place at the end, so an
    // interrupted build leaves no project under that name.
    static Result<QString> build(const QString &outPath, const QString &dataDir,
                                 const ProgressFn &progress = {});

private:
    static Result<void> buildInto(const QString &path, const QDir &data,
                                  const ProgressFn &progress);
};

} // namespace geisep
