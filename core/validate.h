#pragma once

#include "core/error.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace geisep {

// One thing wrong with a project file, in words a planner or a support person can act on.
struct Problem
{
    enum class Kind { Integrity, GeoPackage, Plan };
    Kind kind;
    QString message;
};

// Checks a project file without changing it: SQLite integrity, the GeoPackage structure our
// files rely on, and the references between plan tables. Opens the file read-only itself, so
// it also works on files that Project::open refuses.
class ProjectValidator
{
    Q_DECLARE_TR_FUNCTIONS(ProjectValidator)

public:
    static Result<QList<Problem>> check(const QString &path);
};

} // namespace geisep
