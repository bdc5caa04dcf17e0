#pragma once

// Helpers shared by the analyses' source files (analysis.cpp: runs and these helpers;
// analysiscoverage.cpp, analysispressure.cpp, analysisprojection.cpp: one analysis each).

#include "core/error.h"
#include "core/project.h"
#include "core/sqlite.h"
#include "gis/map/layerdata.h"

#include <QDateTime>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>
#include <QVariant>

#include <cmath>
#include <limits>
#include <optional>
#include <vector>

namespace geisep::analysis {

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

// A vector layer by name or table, or a message listing the project's layers.
Result<LayerInfo> vectorLayer(Project &project, const QString &name);

// The areas of a layer aligned to its geometry: id and "Name (District)" per feature.
Result<void> areaRows(Database &db, const LayerInfo &layer, const LayerGeometry &geometry,
                      std::vector<qint64> &ids, std::vector<QString> &labels);

// Periods of a variable on a layer's areas, ascending.
Result<QList<int>> figurePeriods(Database &db, qint64 layerId, const QString &variable);

// A variable's figures of one period by area id.
Result<QHash<qint64, double>> figures(Database &db, qint64 layerId, const QString &variable,
                                      int period);

// The text of a column for every feature (by fid), or nullopt when the table has no such column.
std::optional<QHash<qint64, QVariant>> columnValues(Database &db, const QString &table,
                                                    const QString &column);

// The columns of a layer table but fid and geom.
QStringList layerColumns(Database &db, const QString &table);

// The column of a table whose folded name is one of `names`, or empty.
QString findColumn(Database &db, const QString &table, const QStringList &names);

// Inserts the run row; returns its id.
Result<qint64> insertRun(Database &db, const QString &kind, const QJsonObject &parameters,
                         const QStringList &inputs, const QDateTime &started, const QString &status,
                         const QString &note);

// Writes results through one prepared statement.
class ResultWriter
{
public:
    static Result<ResultWriter> make(Database &db, qint64 runId)
    {
        auto stmt = db.prepare("INSERT INTO geisep_analysis_results (run_id, area_id, category, "
                               "variable, value) VALUES (?, ?, ?, ?, ?)");
        if (!stmt)
            return std::unexpected(stmt.error());
        return ResultWriter(std::move(*stmt), runId);
    }
    Result<void> add(qint64 areaId, const QString &category, const QString &variable, double value)
    {
        if (!std::isfinite(value) || areaId <= 0)
            return {};
        m_stmt.reset();
        m_stmt.bind(1, m_run).bind(2, areaId).bindNullable(3, category);
        m_stmt.bind(4, variable).bind(5, value);
        return m_stmt.exec();
    }

private:
    ResultWriter(Statement stmt, qint64 run)
        : m_stmt(std::move(stmt))
        , m_run(run)
    {}
    Statement m_stmt;
    qint64 m_run;
};

} // namespace geisep::analysis
