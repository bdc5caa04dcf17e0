#pragma once

#include "core/error.h"
#include "core/project.h"
#include "core/text/atlasfilter.h"
#include "core/text/xlsx.h"

#include <QCoreApplication>
#include <QHash>
#include <QString>
#include <QVariant>

#include <optional>
#include <vector>

namespace geisep {

// A layer's features as rows of values by column, as the attribute table shows them and a
// filter reads them: the feature number, the layer's own fields and, for a layer of areas, the
// area's name, district and code and each figure per period ("Nüfus (2023)"). Every query is
// fixed text with the layer's table as an identifier and the values bound.
class FeatureTable
{
    Q_DECLARE_TR_FUNCTIONS(FeatureTable)

public:
    struct Column
    {
        enum class Kind { Fid, Field, Area, Figure };
        Kind kind = Kind::Fid;
        QString key;    // "fid", "field.<column>", "area.name", "figure.<variable>.<period>"
        QString title;  // in the window's language
        QString name;   // Field: the table's column; Area: name, district or code;
                        // Figure: the variable
        int period = 0; // Figure
        bool numeric = false;
    };

    FeatureTable(Database &db, LayerInfo layer);

    const LayerInfo &layer() const { return m_layer; }
    // Reads the columns (again, after a field or a figure was added).
    Result<void> readColumns();
    const std::vector<Column> &columns() const { return m_columns; }
    int columnOf(const QString &key) const; // -1 when there is none

    // Every feature's number, ascending.
    Result<std::vector<qint64>> allFids() const;
    // The features the layer's saved filter (as QGIS's subset string) keeps, ascending; all
    // when it has none. A filter that no longer reads (its field removed since) is refused
    // naming the layer and the filter.
    Result<std::vector<qint64>> filteredFids() const;
    // The values of `fids` (all features when empty), a list per feature in the order of
    // `columns`.
    Result<QHash<qint64, QVariantList>> values(const std::vector<qint64> &fids,
                                               const QList<int> &columns) const;
    // Keeps in `fids` the features `expression` (the atlas filter's language over the columns,
    // by their titles in either language, their keys or a field's own name, a figure's
    // variable meaning its latest period) accepts. An empty expression keeps all; a bad one is
    // refused with where and why, and `fids` is left as it was.
    Result<void> keepMatching(const QString &expression, std::vector<qint64> &fids) const;

    // The value of `expression` (FieldExpression, over the same names as keepMatching) for each
    // of `fids`; a bad expression is refused with where and why.
    Result<QHash<qint64, QVariant>> calculate(const QString &expression,
                                              const std::vector<qint64> &fids) const;

    // `fids` (in that order) as a workbook sheet named after the layer: every column, typed
    // (whole numbers, decimals, text), titled in the window's language; a facility's service by
    // its name. Counts of a sensitive variable below the project's threshold are written "<10"
    // and the sheet says so under the table, as print does.
    Result<SheetTable> sheet(const std::vector<qint64> &fids) const;

private:
    // The names an expression may use for each column.
    std::vector<AtlasFilter::Field> expressionFields() const;

    Database &m_db;
    LayerInfo m_layer;
    std::vector<Column> m_columns;
};

// The features a layer's saved filter keeps, for readers of its geometry; nullopt when the
// layer has no filter.
Result<std::optional<std::vector<qint64>>> layerFilterFids(Database &db, qint64 layerId);

} // namespace geisep
