#pragma once

#include "core/error.h"
#include "core/project.h"
#include "gis/edit/featuretable.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QString>
#include <QVariant>

#include <deque>
#include <functional>
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

    // A cell's value as a person edits it: numbers in the window's language ("12,5"), empty for
    // none (Qt::EditRole keeps the stored value).
    static constexpr int EditTextRole = Qt::UserRole + 1;
    // Stores a cell's new value (checking it first); `field` is the table's column or an area's
    // "area.name", "area.code", "area.district".
    using EditFn
        = std::function<Result<void>(qint64 fid, const QString &field, const QVariant &value)>;

    AttributeTableModel(Database &db, LayerInfo layer, QObject *parent = nullptr);

    // Reads the columns and the features' numbers again (after an edit elsewhere).
    Result<void> reload();
    // After the layer was edited: the values read again in place when the same columns and
    // rows are shown in the same order (the view keeps its place), else reload().
    Result<void> refresh();
    // Makes the layer's own fields and its areas' name, code and district editable, each edit
    // going to `edit`; no editor (the default) keeps the table read-only.
    void setEditor(EditFn edit) { m_edit = std::move(edit); }
    bool isEditable(const QModelIndex &index) const;
    // Only the features the expression accepts; empty: all. A bad expression is refused with
    // where and why, and the rows stay as they were.
    Result<void> setFilter(const QString &expression);
    const QString &filter() const { return m_filter; }
    // Only these features (the map's selection); empty: no such limit.
    void setOnlyFeatures(const QList<qint64> &fids);

    const LayerInfo &layer() const { return m_table.layer(); }
    // The layer's columns and values (what a field calculator reads).
    const FeatureTable &table() const { return m_table; }
    // The features listed, in the order shown.
    const std::vector<qint64> &fids() const { return m_fids; }
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
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;

Q_SIGNALS:
    // An edit was refused; the message says why (a value of the wrong type, a read-only file).
    void editRefused(const QString &message);

private:
    Result<void> readFids();
    const QVariantList *row(int row) const;

    Database &m_db;
    FeatureTable m_table;
    std::vector<qint64> m_fids;
    QHash<qint64, int> m_rowOfFid;
    int m_sortColumn = 0;
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;
    QString m_filter;
    QList<qint64> m_only;
    mutable QHash<int, std::vector<QVariantList>> m_pages;
    mutable std::deque<int> m_pageOrder;
    mutable int m_pageReads = 0;
    EditFn m_edit;
};

} // namespace geisep
