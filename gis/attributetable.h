#pragma once

#include "core/error.h"
#include "core/project.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QString>
#include <QVariant>

#include <deque>
#include <vector>

namespace geisep {

// A layer's table as the attribute table shows it (as QGIS's, a model over the features that
// reads their values a page at a time): the feature number, the layer's own fields and, for a
// layer of areas, the area's name, district and code and each figure per period ("Nüfus
// (2023)"). Opening it reads only the features' numbers in the chosen order, so a
// 100,000-feature layer opens at once; the values of the rows a view asks for are read in pages
// of 256 and the last 64 pages kept.
//
// Sorting is by value for numbers and in Turkish alphabetical order for text (ICU sort keys of
// the tr_TR collation, numbers within text by value), empty values first; a filter takes the
// atlas filter's language over the columns, by their names or titles
// (`ilçe = Eyyübiye AND nüfus >= 5000`). Every query is fixed text with the layer's table as
// an identifier and the values bound: nothing a planner types becomes SQL.
class AttributeTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    static constexpr int kPageRows = 256;
    static constexpr int kPagesKept = 64;

    AttributeTableModel(Database &db, LayerInfo layer, QObject *parent = nullptr);

    // Reads the columns and the features' numbers again (after an edit elsewhere).
    Result<void> reload();
    // Only the features the expression accepts; empty: all. A bad expression is refused with
    // where and why, and the rows stay as they were.
    Result<void> setFilter(const QString &expression);
    const QString &filter() const { return m_filter; }
    // Only these features (the map's selection); empty: no such limit.
    void setOnlyFeatures(const QList<qint64> &fids);

    const LayerInfo &layer() const { return m_layer; }
    qint64 fidAt(int row) const;
    int rowOfFid(qint64 fid) const; // -1 when not shown
    // The column's key: "fid", "field.<column>", "area.name", "figure.<variable>.<period>".
    QString columnKey(int column) const;
    // How many page reads the model has made (for the tests and the benchmark).
    int pageReads() const { return m_pageReads; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

private:
    struct Column
    {
        enum class Kind { Fid, Field, Area, Figure };
        Kind kind = Kind::Fid;
        QString key;
        QString title;
        QString name;   // Field: the table's column; Area: name, district or code;
                        // Figure: the variable
        int period = 0; // Figure
        bool numeric = false;
    };
    Result<void> readColumns();
    Result<void> readFids();
    // The values of `fids` (all features when empty), a list per feature in column order.
    Result<QHash<qint64, QVariantList>> readValues(const std::vector<qint64> &fids,
                                                   const QList<int> &columns) const;
    const QVariantList *row(int row) const;

    Database &m_db;
    LayerInfo m_layer;
    std::vector<Column> m_columns;
    std::vector<qint64> m_fids;
    QHash<qint64, int> m_rowOfFid;
    int m_sortColumn = 0;
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;
    QString m_filter;
    QList<qint64> m_only;
    mutable QHash<int, std::vector<QVariantList>> m_pages;
    mutable std::deque<int> m_pageOrder;
    mutable int m_pageReads = 0;
};

} // namespace geisep
