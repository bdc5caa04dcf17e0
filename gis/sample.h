#pragma once

#include "core/error.h"
#include "gis/importer.h"

#include <QCoreApplication>
#include <QString>

namespace geisep {

// The bundled sample project, built from the real files of ../shared/data: the Gaziantep
// districts, the mahalle of Şahinbey and Şehitkamil with their 2023 populations joined, and a
// made-up infrastructure layer (schools, health centres, water points, transit stops) whose
// name and metadata say it is sample data.
class SampleProject
{
    Q_DECLARE_TR_FUNCTIONS(SampleProject)

public:
    static Result<QString> build(const QString &outPath, const QString &dataDir,
                                 const ProgressFn &progress = {});
};

} // namespace geisep
