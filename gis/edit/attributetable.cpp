#include "gis/edit/attributetable.h"

#include "gis/map/style.h"

#include <QCollator>
#include <QCollatorSortKey>
#include <QLocale>
#include <QSet>

#include <algorithm>
#include <cmath>

namespace geisep {

AttributeTableModel::AttributeTableModel(Database &db, LayerInfo layer, QObject *parent)
    : QAbstractTableModel(parent)
    , m_db(db)
    , m_table(db, std::move(layer))
{}

Result<void> AttributeTableModel::reload()
{
    beginResetModel();
    m_pages.clear();
    m_pageOrder.clear();
    auto ok = m_table.readColumns();
    if (ok)
        ok = readFids();
    if (!ok) {
        m_fids.clear();
        m_rowOfFid.clear();
    }
    endResetModel();
    return ok;
}

Result<void> AttributeTableModel::readFids()
{
    // The layer's own filter first (what the map draws), then the table's.
    auto all = m_table.filteredFids();
    if (!all)
        return std::unexpected(all.error());
    std::vector<qint64> fids = std::move(*all);
    if (auto ok = m_table.keepMatching(m_filter, fids); !ok)
        return ok;
    if (!m_only.isEmpty()) {
        const QSet<qint64> only(m_only.begin(), m_only.end());
        std::erase_if(fids, [&](qint64 fid) { return !only.contains(fid); });
    }

    // The order: numbers by value, text in Turkish order; empty values first; then by number.
    const int by = std::clamp(m_sortColumn, 0, int(m_table.columns().size()) - 1);
    if (by > 0) {
        auto values = m_table.values({}, {by});
        if (!values)
            return std::unexpected(values.error());
        const FeatureTable::Column &column = m_table.columns()[std::size_t(by)];
        struct Key
        {
            qint64 fid;
            bool null;
            double number;
            std::optional<QCollatorSortKey> text;
        };
        QCollator collator(QLocale(QLocale::Turkish, QLocale::Turkey));
        collator.setNumericMode(true);
        collator.setCaseSensitivity(Qt::CaseInsensitive);
        std::vector<Key> keys;
        keys.reserve(fids.size());
        for (const qint64 fid : fids) {
            const QVariant v = values->value(fid).value(0);
            Key k{fid, v.isNull(), 0, std::nullopt};
            if (!k.null) {
                if (column.numeric)
                    k.number = v.toDouble();
                else
                    k.text = collator.sortKey(v.toString());
            }
            keys.push_back(std::move(k));
        }
        const bool descending = m_sortOrder == Qt::DescendingOrder;
        std::stable_sort(keys.begin(), keys.end(), [&](const Key &a, const Key &b) {
            if (a.null != b.null)
                return descending ? b.null : a.null;
            if (a.null)
                return false;
            const int c = column.numeric ? (a.number < b.number ? -1 : a.number > b.number)
                                         : a.text->compare(*b.text);
            return descending ? c > 0 : c < 0;
        });
        for (std::size_t i = 0; i < keys.size(); ++i)
            fids[i] = keys[i].fid;
    } else if (m_sortOrder == Qt::DescendingOrder) {
        std::sort(fids.begin(), fids.end(), std::greater<>());
    } else {
        std::sort(fids.begin(), fids.end());
    }
    m_fids = std::move(fids);
    m_rowOfFid.clear();
    m_rowOfFid.reserve(qsizetype(m_fids.size()));
    for (std::size_t i = 0; i < m_fids.size(); ++i)
        m_rowOfFid.insert(m_fids[i], int(i));
    return {};
}

Result<void> AttributeTableModel::setFilter(const QString &expression)
{
    const QString before = m_filter;
    m_filter = expression;
    auto ok = reload();
    if (!ok) {
        m_filter = before;
        (void)reload();
    }
    return ok;
}

void AttributeTableModel::setOnlyFeatures(const QList<qint64> &fids)
{
    m_only = fids;
    (void)reload();
}

qint64 AttributeTableModel::fidAt(int row) const
{
    return row >= 0 && row < int(m_fids.size()) ? m_fids[std::size_t(row)] : 0;
}

int AttributeTableModel::rowOfFid(qint64 fid) const
{
    return m_rowOfFid.value(fid, -1);
}

QString AttributeTableModel::columnKey(int column) const
{
    return column >= 0 && column < int(m_table.columns().size())
               ? m_table.columns()[std::size_t(column)].key
               : QString();
}

int AttributeTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_fids.size());
}

int AttributeTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_table.columns().size());
}

const QVariantList *AttributeTableModel::row(int row) const
{
    const int page = row / kPageRows;
    auto it = m_pages.find(page);
    if (it == m_pages.end()) {
        const int first = page * kPageRows;
        const int count = std::min(kPageRows, int(m_fids.size()) - first);
        const std::vector<qint64> fids(m_fids.begin() + first, m_fids.begin() + first + count);
        QList<int> columns;
        for (int c = 0; c < int(m_table.columns().size()); ++c)
            columns << c;
        std::vector<QVariantList> rows;
        rows.resize(std::size_t(count));
        if (auto values = m_table.values(fids, columns))
            for (int i = 0; i < count; ++i)
                rows[std::size_t(i)] = values->value(fids[std::size_t(i)]);
        ++m_pageReads;
        it = m_pages.insert(page, std::move(rows));
        m_pageOrder.push_back(page);
        while (int(m_pageOrder.size()) > kPagesKept) {
            m_pages.remove(m_pageOrder.front());
            m_pageOrder.pop_front();
        }
        it = m_pages.find(page);
    }
    const std::size_t r = std::size_t(row % kPageRows);
    return r < it->size() ? &(*it)[r] : nullptr;
}

QVariant AttributeTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= int(m_fids.size())
        || index.column() >= int(m_table.columns().size()))
        return {};
    const FeatureTable::Column &column = m_table.columns()[std::size_t(index.column())];
    if (role == Qt::TextAlignmentRole)
        return column.numeric ? QVariant(Qt::AlignRight | Qt::AlignVCenter)
                              : QVariant(Qt::AlignLeft | Qt::AlignVCenter);
    if (role != Qt::DisplayRole && role != Qt::EditRole && role != EditTextRole)
        return {};
    const QVariantList *values = row(index.row());
    if (!values || index.column() >= values->size())
        return {};
    const QVariant &v = (*values)[index.column()];
    if (role == EditTextRole) {
        if (v.isNull())
            return QString();
        if (v.typeId() == QMetaType::Double)
            return QLocale()
                .toString(v.toDouble(), 'g', QLocale::FloatingPointShortest)
                .remove(QLocale().groupSeparator());
        return v.toString();
    }
    if (role == Qt::EditRole || v.isNull() || column.kind == FeatureTable::Column::Kind::Fid)
        return v;
    if (v.typeId() == QMetaType::Double) {
        const double d = v.toDouble();
        return QLocale().toString(d, 'f', d == std::round(d) ? 0 : 2);
    }
    // A facility's service by its name in the window's language, not its code ("Okul", not
    // "school"); the code stays the edit value.
    if (column.kind == FeatureTable::Column::Kind::Field && column.name == u"service"
        && m_table.layer().role == LayerRole::Infrastructure)
        return serviceTitle(v.toString());
    // Whole numbers as they are (most are codes: no thousands marks in a mahalle code).
    return v;
}

QVariant AttributeTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole || section < 0
        || section >= int(m_table.columns().size()))
        return QAbstractTableModel::headerData(section, orientation, role);
    return m_table.columns()[std::size_t(section)].title;
}

Result<void> AttributeTableModel::refresh()
{
    // A field added or removed, or a figure joined: the columns are new.
    QStringList keys;
    for (const FeatureTable::Column &c : m_table.columns())
        keys << c.key;
    if (auto ok = m_table.readColumns(); !ok)
        return ok;
    QStringList now;
    for (const FeatureTable::Column &c : m_table.columns())
        now << c.key;
    if (now != keys)
        return reload();
    std::vector<qint64> shown = std::move(m_fids);
    QHash<qint64, int> rows = std::move(m_rowOfFid);
    auto ok = readFids();
    if (ok && m_fids == shown) {
        m_pages.clear();
        m_pageOrder.clear();
        if (!m_fids.empty())
            Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1));
        return {};
    }
    m_fids = std::move(shown);
    m_rowOfFid = std::move(rows);
    return reload();
}

bool AttributeTableModel::isEditable(const QModelIndex &index) const
{
    if (!m_edit || !index.isValid() || index.column() >= int(m_table.columns().size()))
        return false;
    const FeatureTable::Column &column = m_table.columns()[std::size_t(index.column())];
    // The mahalle shares follow the area's shape; they are not typed.
    return column.kind == FeatureTable::Column::Kind::Field
           || (column.kind == FeatureTable::Column::Kind::Area && column.name != u"mahalle");
}

Qt::ItemFlags AttributeTableModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags flags = QAbstractTableModel::flags(index);
    if (isEditable(index))
        flags |= Qt::ItemIsEditable;
    return flags;
}

bool AttributeTableModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole || !isEditable(index) || index.row() >= int(m_fids.size()))
        return false;
    const FeatureTable::Column &column = m_table.columns()[std::size_t(index.column())];
    const QString field = column.kind == FeatureTable::Column::Kind::Area
                              ? QStringLiteral("area.") + column.name
                              : column.name;
    if (auto ok = m_edit(m_fids[std::size_t(index.row())], field, value); !ok) {
        Q_EMIT editRefused(ok.error().message);
        return false;
    }
    return true;
}

void AttributeTableModel::sort(int column, Qt::SortOrder order)
{
    m_sortColumn = column;
    m_sortOrder = order;
    (void)reload();
}

} // namespace geisep
