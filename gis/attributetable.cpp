#include "gis/attributetable.h"

#include "core/atlasfilter.h"
#include "gis/printwords.h"

#include <QCollator>
#include <QCollatorSortKey>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>
#include <QSet>

#include <algorithm>
#include <cmath>

namespace geisep {

namespace {

bool isNumericType(const QString &type)
{
    const QString t = type.toUpper();
    return t.contains(u"INT") || t.contains(u"REAL") || t.contains(u"FLOA") || t.contains(u"DOUB")
           || t.contains(u"NUMERIC");
}

// Feature numbers as a JSON array, for `fid IN (SELECT value FROM json_each(?))`.
QString jsonList(const std::vector<qint64> &fids)
{
    QJsonArray array;
    for (const qint64 fid : fids)
        array.append(fid);
    return QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact));
}

} // namespace

AttributeTableModel::AttributeTableModel(Database &db, LayerInfo layer, QObject *parent)
    : QAbstractTableModel(parent)
    , m_db(db)
    , m_layer(std::move(layer))
{}

Result<void> AttributeTableModel::reload()
{
    beginResetModel();
    m_pages.clear();
    m_pageOrder.clear();
    auto ok = readColumns();
    if (ok)
        ok = readFids();
    if (!ok) {
        m_fids.clear();
        m_rowOfFid.clear();
    }
    endResetModel();
    return ok;
}

Result<void> AttributeTableModel::readColumns()
{
    using Kind = Column::Kind;
    const PrintWords words = PrintWords::inWindowLanguage();
    m_columns.clear();
    m_columns.push_back({Kind::Fid, QStringLiteral("fid"), words.text("No.", "No."), {}, 0, true});
    auto geometryColumn
        = m_db.prepare("SELECT column_name FROM gpkg_geometry_columns WHERE table_name = ?");
    if (!geometryColumn)
        return std::unexpected(geometryColumn.error());
    geometryColumn->bind(1, m_layer.tableName);
    QString geometry = QStringLiteral("geom");
    if (auto found = geometryColumn->step(); found && *found)
        geometry = geometryColumn->text(0);
    auto info = m_db.prepare("SELECT name, type FROM pragma_table_info(?)");
    if (!info)
        return std::unexpected(info.error());
    info->bind(1, m_layer.tableName);
    auto fields = info->forEachRow([&] {
        const QString name = info->text(0);
        if (name == u"fid" || name == geometry || !Identifier::make(name))
            return;
        const QString key = QStringLiteral("field.") + name;
        // Known fields in the window's language; the planner's own under their own names.
        const QString title = words.fieldTitle(key);
        m_columns.push_back({Kind::Field, key, title, name, 0, isNumericType(info->text(1))});
    });
    if (!fields)
        return std::unexpected(fields.error());
    if (!isAreaRole(m_layer.role))
        return {};
    for (const char *area : {"name", "district", "code"}) {
        const QString field = QString::fromLatin1(area);
        m_columns.push_back({Kind::Area, QStringLiteral("area.") + field,
                             words.fieldTitle(QStringLiteral("area.") + field), field, 0, false});
    }
    auto figures = m_db.prepare(
        "SELECT DISTINCT f.variable, f.period FROM geisep_area_figures f JOIN geisep_areas a ON "
        "a.id = f.area_id WHERE a.layer_id = ? ORDER BY f.variable, f.period");
    if (!figures)
        return std::unexpected(figures.error());
    figures->bind(1, m_layer.id);
    return figures->forEachRow([&] {
        const QString variable = figures->text(0);
        const int period = int(figures->int64(1));
        m_columns.push_back(
            {Kind::Figure, QStringLiteral("figure.%1.%2").arg(variable).arg(period),
             QStringLiteral("%1 (%2)").arg(words.fieldTitle(QStringLiteral("figure.") + variable),
                                           QString::number(period)),
             variable, period, true});
    });
}

Result<QHash<qint64, QVariantList>> AttributeTableModel::readValues(const std::vector<qint64> &fids,
                                                                    const QList<int> &columns) const
{
    using Kind = Column::Kind;
    const bool all = fids.empty();
    const QString list = jsonList(fids);
    QHash<qint64, QVariantList> out;
    const auto table = Identifier::make(m_layer.tableName);
    if (!table)
        return fail(tr("The layer \"%1\" has no table.").arg(m_layer.name));
    auto slot = [&](qint64 fid) -> QVariantList & {
        QVariantList &values = out[fid];
        if (values.isEmpty())
            values.resize(columns.size());
        return values;
    };
    bool wantsFields = false, wantsAreas = false, wantsFigures = false;
    for (const int c : columns) {
        const Kind kind = m_columns[std::size_t(c)].kind;
        wantsFields |= kind == Kind::Field || kind == Kind::Fid;
        wantsAreas |= kind == Kind::Area;
        wantsFigures |= kind == Kind::Figure;
    }
    if (wantsFields) {
        auto stmt = all ? m_db.prepareWith("SELECT * FROM %1", {*table})
                        : m_db.prepareWith("SELECT * FROM %1 WHERE fid IN (SELECT value FROM "
                                           "json_each(?))",
                                           {*table});
        if (!stmt)
            return std::unexpected(stmt.error());
        if (!all)
            stmt->bind(1, list);
        QList<int> at(columns.size(), -1); // the statement's column of each wanted field
        int fidAt = -1;
        for (int i = 0; i < stmt->columnCount(); ++i) {
            const QString name = stmt->columnName(i);
            if (name == u"fid")
                fidAt = i;
            for (qsizetype k = 0; k < columns.size(); ++k) {
                const Column &c = m_columns[std::size_t(columns[k])];
                if ((c.kind == Kind::Field && c.name == name)
                    || (c.kind == Kind::Fid && name == u"fid"))
                    at[k] = i;
            }
        }
        if (fidAt < 0)
            return fail(tr("The layer \"%1\" has no feature numbers.").arg(m_layer.name));
        auto rows = stmt->forEachRow([&] {
            QVariantList &values = slot(stmt->int64(fidAt));
            for (qsizetype k = 0; k < columns.size(); ++k)
                if (at[k] >= 0)
                    values[k] = stmt->value(at[k]);
        });
        if (!rows)
            return std::unexpected(rows.error());
    }
    if (wantsAreas) {
        auto stmt = m_db.prepare("SELECT fid, name, district, code FROM geisep_areas WHERE "
                                 "layer_id = ?1 AND (?2 IS NULL OR fid IN (SELECT value FROM "
                                 "json_each(?2)))");
        if (!stmt)
            return std::unexpected(stmt.error());
        stmt->bind(1, m_layer.id);
        if (!all)
            stmt->bind(2, list);
        auto rows = stmt->forEachRow([&] {
            QVariantList &values = slot(stmt->int64(0));
            for (qsizetype k = 0; k < columns.size(); ++k) {
                const Column &c = m_columns[std::size_t(columns[k])];
                if (c.kind == Kind::Area)
                    values[k] = stmt->value(c.name == u"name" ? 1 : c.name == u"district" ? 2 : 3);
            }
        });
        if (!rows)
            return std::unexpected(rows.error());
    }
    if (wantsFigures) {
        auto stmt = m_db.prepare(
            "SELECT a.fid, f.variable, f.period, f.value FROM geisep_area_figures f JOIN "
            "geisep_areas a ON a.id = f.area_id WHERE a.layer_id = ?1 AND (?2 IS NULL OR a.fid "
            "IN (SELECT value FROM json_each(?2)))");
        if (!stmt)
            return std::unexpected(stmt.error());
        stmt->bind(1, m_layer.id);
        if (!all)
            stmt->bind(2, list);
        QHash<QString, int> figureAt; // "variable|period" → wanted column
        for (qsizetype k = 0; k < columns.size(); ++k) {
            const Column &c = m_columns[std::size_t(columns[k])];
            if (c.kind == Kind::Figure)
                figureAt.insert(c.name + u'|' + QString::number(c.period), int(k));
        }
        auto rows = stmt->forEachRow([&] {
            const int k
                = figureAt.value(stmt->text(1) + u'|' + QString::number(stmt->int64(2)), -1);
            if (k >= 0)
                slot(stmt->int64(0))[k] = stmt->value(3);
        });
        if (!rows)
            return std::unexpected(rows.error());
    }
    return out;
}

Result<void> AttributeTableModel::readFids()
{
    const auto table = Identifier::make(m_layer.tableName);
    if (!table)
        return fail(tr("The layer \"%1\" has no table.").arg(m_layer.name));
    auto stmt = m_db.prepareWith("SELECT fid FROM %1", {*table});
    if (!stmt)
        return std::unexpected(stmt.error());
    std::vector<qint64> fids;
    if (auto rows = stmt->forEachRow([&] { fids.push_back(stmt->int64(0)); }); !rows)
        return std::unexpected(rows.error());

    // The filter: every row's values offered to the expression by the columns' keys.
    if (!m_filter.trimmed().isEmpty()) {
        // Names a planner may write, in either language: a column's title and key, a field's
        // own name, and for a figure also its variable alone ("nüfus", "population"), which
        // means its latest period.
        const PrintWords turkish{true}, english{false};
        QHash<QString, int> latest; // variable → the column of its latest period
        for (int c = 0; c < int(m_columns.size()); ++c)
            if (m_columns[std::size_t(c)].kind == Column::Kind::Figure)
                latest.insert(m_columns[std::size_t(c)].name, c);
        std::vector<AtlasFilter::Field> fields;
        QList<int> everything;
        for (int c = 0; c < int(m_columns.size()); ++c) {
            const Column &column = m_columns[std::size_t(c)];
            QStringList names{column.title, column.key};
            if (column.kind != Column::Kind::Figure) {
                names << turkish.fieldTitle(column.key) << english.fieldTitle(column.key);
                if (!column.name.isEmpty())
                    names << column.name;
            } else if (latest.value(column.name) == c) {
                const QString figure = QStringLiteral("figure.") + column.name;
                names << column.name << turkish.fieldTitle(figure) << english.fieldTitle(figure);
            }
            names.removeDuplicates();
            fields.push_back({column.key, names});
            everything << c;
        }
        auto filter = AtlasFilter::parse(m_filter, fields);
        if (!filter)
            return std::unexpected(filter.error());
        auto values = readValues({}, everything);
        if (!values)
            return std::unexpected(values.error());
        std::erase_if(fids, [&](qint64 fid) {
            const QVariantList row = values->value(fid);
            return !filter->accepts([&](const QString &key) -> QVariant {
                for (int c = 0; c < int(m_columns.size()); ++c)
                    if (m_columns[std::size_t(c)].key == key)
                        return row.value(c);
                return {};
            });
        });
    }
    if (!m_only.isEmpty()) {
        const QSet<qint64> only(m_only.begin(), m_only.end());
        std::erase_if(fids, [&](qint64 fid) { return !only.contains(fid); });
    }

    // The order: numbers by value, text in Turkish order; empty values first; then by number.
    const int by = std::clamp(m_sortColumn, 0, int(m_columns.size()) - 1);
    if (by > 0) {
        auto values = readValues({}, {by});
        if (!values)
            return std::unexpected(values.error());
        const Column &column = m_columns[std::size_t(by)];
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
    return column >= 0 && column < int(m_columns.size()) ? m_columns[std::size_t(column)].key
                                                         : QString();
}

int AttributeTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_fids.size());
}

int AttributeTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_columns.size());
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
        for (int c = 0; c < int(m_columns.size()); ++c)
            columns << c;
        std::vector<QVariantList> rows;
        rows.resize(std::size_t(count));
        if (auto values = readValues(fids, columns))
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
        || index.column() >= int(m_columns.size()))
        return {};
    const Column &column = m_columns[std::size_t(index.column())];
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
    if (role == Qt::EditRole || v.isNull() || column.kind == Column::Kind::Fid)
        return v;
    if (v.typeId() == QMetaType::Double) {
        const double d = v.toDouble();
        return QLocale().toString(d, 'f', d == std::round(d) ? 0 : 2);
    }
    // Whole numbers as they are (most are codes: no thousands marks in a mahalle code).
    return v;
}

QVariant AttributeTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole || section < 0
        || section >= int(m_columns.size()))
        return QAbstractTableModel::headerData(section, orientation, role);
    return m_columns[std::size_t(section)].title;
}

Result<void> AttributeTableModel::refresh()
{
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
    if (!m_edit || !index.isValid() || index.column() >= int(m_columns.size()))
        return false;
    const Column::Kind kind = m_columns[std::size_t(index.column())].kind;
    return kind == Column::Kind::Field || kind == Column::Kind::Area;
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
    const Column &column = m_columns[std::size_t(index.column())];
    const QString field
        = column.kind == Column::Kind::Area ? QStringLiteral("area.") + column.name : column.name;
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
