#include "gis/edit/featuretable.h"

#include "core/privacy.h"
#include "core/text/atlasfilter.h"
#include "core/text/fieldexpression.h"
#include "gis/map/style.h"
#include "gis/print/printwords.h"

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

} // namespace

FeatureTable::FeatureTable(Database &db, LayerInfo layer)
    : m_db(db)
    , m_layer(std::move(layer))
{}

int FeatureTable::columnOf(const QString &key) const
{
    for (std::size_t c = 0; c < m_columns.size(); ++c)
        if (m_columns[c].key == key)
            return int(c);
    return -1;
}

Result<std::vector<qint64>> FeatureTable::allFids() const
{
    const auto table = Identifier::make(m_layer.tableName);
    if (!table)
        return fail(tr("The layer \"%1\" has no table.").arg(m_layer.name));
    auto stmt = m_db.prepareWith("SELECT fid FROM %1 ORDER BY fid", {*table});
    if (!stmt)
        return std::unexpected(stmt.error());
    std::vector<qint64> fids;
    if (auto rows = stmt->forEachRow([&] { fids.push_back(stmt->int64(0)); }); !rows)
        return std::unexpected(rows.error());
    return fids;
}

Result<std::vector<qint64>> FeatureTable::filteredFids() const
{
    auto fids = allFids();
    if (!fids)
        return fids;
    auto filter = savedLayerFilter(m_db, m_layer.id);
    if (!filter)
        return std::unexpected(filter.error());
    if (auto ok = keepMatching(*filter, *fids); !ok)
        return fail(tr("The filter of the layer \"%1\" (%2) cannot be applied: %3")
                        .arg(m_layer.name, *filter, ok.error().message),
                    m_db.path(), tr("Change or clear the filter in the layers panel (Filter…)."));
    return fids;
}

Result<std::optional<std::vector<qint64>>> layerFilterFids(Database &db, qint64 layerId)
{
    auto filter = savedLayerFilter(db, layerId);
    if (!filter)
        return std::unexpected(filter.error());
    if (filter->trimmed().isEmpty())
        return std::nullopt;
    auto stmt = db.prepare("SELECT table_name, name, role FROM geisep_layers WHERE id = ?");
    if (!stmt)
        return std::unexpected(stmt.error());
    stmt->bind(1, layerId);
    auto found = stmt->step();
    if (!found)
        return std::unexpected(found.error());
    if (!*found)
        return std::nullopt;
    LayerInfo layer;
    layer.id = layerId;
    layer.tableName = stmt->text(0);
    layer.name = stmt->text(1);
    layer.role = storedRole(stmt->text(2));
    FeatureTable table(db, std::move(layer));
    if (auto ok = table.readColumns(); !ok)
        return std::unexpected(ok.error());
    auto fids = table.filteredFids();
    if (!fids)
        return std::unexpected(fids.error());
    return std::move(*fids);
}

Result<void> FeatureTable::readColumns()
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
    // A migrant area: the mahalle it lies in, with the share of its area in each.
    if (m_layer.role == LayerRole::MigrantArea)
        m_columns.push_back({Kind::Area, QStringLiteral("area.mahalle"),
                             words.fieldTitle(QStringLiteral("area.mahalle")),
                             QStringLiteral("mahalle"), 0, false});
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

namespace {

using Column = FeatureTable::Column;

// What FeatureTable::values reads: the layer, its columns, the columns wanted, and the
// features (every one, or those in `list`, a JSON list of fids).
struct ValueQuery
{
    Database &db;
    const LayerInfo &layer;
    const std::vector<Column> &known;
    const QList<int> &wanted;
    bool all;
    QString list;

    const Column &column(qsizetype k) const { return known[std::size_t(wanted[k])]; }
};

// The values read, by fid: one per wanted column.
struct ValueRows
{
    QHash<qint64, QVariantList> rows;
    qsizetype width = 0;

    QVariantList &slot(qint64 fid)
    {
        QVariantList &values = rows[fid];
        if (values.isEmpty())
            values.resize(width);
        return values;
    }
};

// The layer table's own fields (and the fid).
Result<void> readFields(const ValueQuery &q, const Identifier &table, ValueRows &out)
{
    using Kind = Column::Kind;
    auto stmt = q.all ? q.db.prepareWith("SELECT * FROM %1", {table})
                      : q.db.prepareWith("SELECT * FROM %1 WHERE fid IN (SELECT value FROM "
                                         "json_each(?))",
                                         {table});
    if (!stmt)
        return std::unexpected(stmt.error());
    if (!q.all)
        stmt->bind(1, q.list);
    QList<int> at(q.wanted.size(), -1); // the statement's column of each wanted field
    int fidAt = -1;
    for (int i = 0; i < stmt->columnCount(); ++i) {
        const QString name = stmt->columnName(i);
        if (name == u"fid")
            fidAt = i;
        for (qsizetype k = 0; k < q.wanted.size(); ++k) {
            const Column &c = q.column(k);
            if ((c.kind == Kind::Field && c.name == name)
                || (c.kind == Kind::Fid && name == u"fid"))
                at[k] = i;
        }
    }
    if (fidAt < 0)
        return fail(FeatureTable::tr("The layer \"%1\" has no feature numbers.").arg(q.layer.name));
    return stmt->forEachRow([&] {
        QVariantList &values = out.slot(stmt->int64(fidAt));
        for (qsizetype k = 0; k < q.wanted.size(); ++k)
            if (at[k] >= 0)
                values[k] = stmt->value(at[k]);
    });
}

// "Karagöz Mh. (%60), İnönü Mh. (%40)" in column `mahalleAt`: the mahalle a migrant area lies
// in, largest share first.
Result<void> readMahalleShares(const ValueQuery &q, qsizetype mahalleAt, ValueRows &out)
{
    const PrintWords words = PrintWords::inWindowLanguage();
    auto parts = q.db.prepare(
        "SELECT a.fid, m.name, p.share FROM geisep_area_parts p JOIN geisep_areas a ON "
        "a.id = p.area_id JOIN geisep_areas m ON m.id = p.mahalle_id WHERE a.layer_id = "
        "?1 AND (?2 IS NULL OR a.fid IN (SELECT value FROM json_each(?2))) ORDER BY a.fid, "
        "p.share DESC, m.name");
    if (!parts)
        return std::unexpected(parts.error());
    parts->bind(1, q.layer.id);
    if (!q.all)
        parts->bind(2, q.list);
    QHash<qint64, QStringList> shares;
    auto read = parts->forEachRow([&] {
        shares[parts->int64(0)] << QStringLiteral("%1 (%2)").arg(
            parts->text(1), words.percent(parts->real(2) * 100));
    });
    if (!read)
        return std::unexpected(read.error());
    for (auto it = shares.begin(); it != shares.end(); ++it)
        out.slot(it.key())[mahalleAt] = it.value().join(QStringLiteral(", "));
    return {};
}

// The features' area rows: name, district, code and the mahalle they lie in.
Result<void> readAreas(const ValueQuery &q, ValueRows &out)
{
    using Kind = Column::Kind;
    auto stmt = q.db.prepare("SELECT fid, name, district, code FROM geisep_areas WHERE "
                             "layer_id = ?1 AND (?2 IS NULL OR fid IN (SELECT value FROM "
                             "json_each(?2)))");
    if (!stmt)
        return std::unexpected(stmt.error());
    stmt->bind(1, q.layer.id);
    if (!q.all)
        stmt->bind(2, q.list);
    auto rows = stmt->forEachRow([&] {
        QVariantList &values = out.slot(stmt->int64(0));
        for (qsizetype k = 0; k < q.wanted.size(); ++k) {
            const Column &c = q.column(k);
            if (c.kind == Kind::Area && c.name != u"mahalle")
                values[k] = stmt->value(c.name == u"name" ? 1 : c.name == u"district" ? 2 : 3);
        }
    });
    if (!rows)
        return std::unexpected(rows.error());
    qsizetype mahalleAt = -1;
    for (qsizetype k = 0; k < q.wanted.size(); ++k)
        if (q.column(k).key == u"area.mahalle")
            mahalleAt = k;
    if (mahalleAt >= 0)
        return readMahalleShares(q, mahalleAt, out);
    return {};
}

// The features' areas' figures, each wanted one of a variable and period.
Result<void> readFigures(const ValueQuery &q, ValueRows &out)
{
    auto stmt = q.db.prepare(
        "SELECT a.fid, f.variable, f.period, f.value FROM geisep_area_figures f JOIN "
        "geisep_areas a ON a.id = f.area_id WHERE a.layer_id = ?1 AND (?2 IS NULL OR a.fid "
        "IN (SELECT value FROM json_each(?2)))");
    if (!stmt)
        return std::unexpected(stmt.error());
    stmt->bind(1, q.layer.id);
    if (!q.all)
        stmt->bind(2, q.list);
    QHash<QString, int> figureAt; // "variable|period" → wanted column
    for (qsizetype k = 0; k < q.wanted.size(); ++k) {
        const Column &c = q.column(k);
        if (c.kind == Column::Kind::Figure)
            figureAt.insert(c.name + u'|' + QString::number(c.period), int(k));
    }
    return stmt->forEachRow([&] {
        const int k = figureAt.value(stmt->text(1) + u'|' + QString::number(stmt->int64(2)), -1);
        if (k >= 0)
            out.slot(stmt->int64(0))[k] = stmt->value(3);
    });
}

} // namespace

Result<QHash<qint64, QVariantList>> FeatureTable::values(const std::vector<qint64> &fids,
                                                         const QList<int> &columns) const
{
    using Kind = Column::Kind;
    const ValueQuery q{m_db, m_layer, m_columns, columns, fids.empty(), jsonIdList(fids)};
    ValueRows out;
    out.width = columns.size();
    const auto table = Identifier::make(m_layer.tableName);
    if (!table)
        return fail(tr("The layer \"%1\" has no table.").arg(m_layer.name));
    bool wantsFields = false, wantsAreas = false, wantsFigures = false;
    for (const int c : columns) {
        const Kind kind = m_columns[std::size_t(c)].kind;
        wantsFields |= kind == Kind::Field || kind == Kind::Fid;
        wantsAreas |= kind == Kind::Area;
        wantsFigures |= kind == Kind::Figure;
    }
    if (wantsFields)
        if (auto ok = readFields(q, *table, out); !ok)
            return std::unexpected(ok.error());
    if (wantsAreas)
        if (auto ok = readAreas(q, out); !ok)
            return std::unexpected(ok.error());
    if (wantsFigures)
        if (auto ok = readFigures(q, out); !ok)
            return std::unexpected(ok.error());
    return std::move(out.rows);
}

std::vector<AtlasFilter::Field> FeatureTable::expressionFields() const
{
    // Names a planner may write, in either language: a column's title and key, a field's own
    // name, and for a figure also its variable alone ("nüfus", "population"), which means its
    // latest period.
    const PrintWords turkish{true}, english{false};
    QHash<QString, int> latest; // variable → the column of its latest period
    for (int c = 0; c < int(m_columns.size()); ++c)
        if (m_columns[std::size_t(c)].kind == Column::Kind::Figure)
            latest.insert(m_columns[std::size_t(c)].name, c);
    std::vector<AtlasFilter::Field> fields;
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
    }
    return fields;
}

Result<QHash<qint64, QVariant>> FeatureTable::calculate(const QString &expression,
                                                        const std::vector<qint64> &fids) const
{
    auto parsed = FieldExpression::parse(expression, expressionFields());
    if (!parsed)
        return std::unexpected(parsed.error());
    if (fids.empty())
        return QHash<qint64, QVariant>();
    QList<int> everything;
    for (int c = 0; c < int(m_columns.size()); ++c)
        everything << c;
    auto rows = values(fids, everything);
    if (!rows)
        return std::unexpected(rows.error());
    QHash<qint64, QVariant> out;
    out.reserve(qsizetype(fids.size()));
    for (const qint64 fid : fids) {
        const QVariantList row = rows->value(fid);
        out.insert(fid, parsed->evaluate([&](const QString &key) -> QVariant {
            const int c = columnOf(key);
            return c >= 0 ? row.value(c) : QVariant();
        }));
    }
    return out;
}

Result<void> FeatureTable::keepMatching(const QString &expression, std::vector<qint64> &fids) const
{
    if (expression.trimmed().isEmpty())
        return {};
    const std::vector<AtlasFilter::Field> fields = expressionFields();
    QList<int> everything;
    for (int c = 0; c < int(m_columns.size()); ++c)
        everything << c;
    auto filter = AtlasFilter::parse(expression, fields);
    if (!filter)
        return std::unexpected(filter.error());
    auto rows = values({}, everything);
    if (!rows)
        return std::unexpected(rows.error());
    std::erase_if(fids, [&](qint64 fid) {
        const QVariantList row = rows->value(fid);
        return !filter->accepts([&](const QString &key) -> QVariant {
            const int c = columnOf(key);
            return c >= 0 ? row.value(c) : QVariant();
        });
    });
    return {};
}

Result<SheetTable> FeatureTable::sheet(const std::vector<qint64> &fids) const
{
    QList<int> all;
    for (int c = 0; c < int(m_columns.size()); ++c)
        all << c;
    auto values = this->values(fids, all);
    if (!values)
        return std::unexpected(values.error());
    const int threshold = Privacy::threshold(m_db);
    const QSet<QString> sensitive = Privacy::sensitiveVariables(m_db);
    const bool turkish = PrintWords::inWindowLanguage().turkish;
    SheetTable table;
    table.name = m_layer.name;
    for (const Column &column : m_columns) {
        SheetTable::Column out{column.title};
        if (column.kind == Column::Kind::Fid) {
            out.kind = SheetTable::Column::Kind::Integer;
        } else if (column.numeric) {
            // Whole numbers when every value is one, else two decimals.
            const int c = int(&column - m_columns.data());
            const bool whole = std::all_of(fids.begin(), fids.end(), [&](qint64 fid) {
                const QVariant v = values->value(fid).value(c);
                return v.isNull() || !v.isValid() || std::floor(v.toDouble()) == v.toDouble();
            });
            out.kind = whole ? SheetTable::Column::Kind::Integer : SheetTable::Column::Kind::Real;
        }
        table.columns << out;
    }
    bool hidden = false;
    for (const qint64 fid : fids) {
        QVariantList row = values->value(fid);
        for (int c = 0; c < int(m_columns.size()) && c < row.size(); ++c) {
            const Column &column = m_columns[std::size_t(c)];
            QVariant &value = row[c];
            if (value.isNull() || !value.isValid())
                continue;
            if (column.kind == Column::Kind::Figure && sensitive.contains(column.name)
                && value.toDouble() < threshold) {
                value = Privacy::count(value.toDouble(), true, threshold, turkish);
                hidden = true;
            } else if (column.kind == Column::Kind::Field && column.name == u"service"
                       && m_layer.role == LayerRole::Infrastructure) {
                value = serviceTitle(value.toString());
            }
        }
        table.rows << row;
    }
    if (hidden)
        table.notes << Privacy::footnote(threshold, turkish);
    return table;
}

} // namespace geisep
