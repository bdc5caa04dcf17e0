#include "core/figures.h"

#include "core/outputfile.h"
#include "core/text/turkish.h"
#include "core/text/xlsx.h"

#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QSet>

#include <algorithm>

namespace geisep {

namespace {

struct Area
{
    qint64 id = 0;
    QString name;
    QString key;      // folded province | district | name
    QString place;    // folded province | district
    QString compact;  // folded name without spaces, for the fuzzy step
    QString keyValue; // the key field's value (key mode)
};

QString joinKey(const QString &province, const QString &district, const QString &name)
{
    return foldTurkish(province) + u'|' + foldTurkish(district) + u'|' + foldTurkish(name);
}

QString compactName(const QString &name)
{
    return foldTurkish(name).remove(u' ');
}

class Words
{
    Q_DECLARE_TR_FUNCTIONS(FigureImporter)
};

// The table's columns a join reads: the key, or province, district and name; and the value
// columns with the variables they hold.
struct CsvColumns
{
    int key = -1, province = -1, district = -1, name = -1;
    QList<QPair<int, QString>> values;
};

// Step 1. The columns the options name, each checked against the table and every variable
// against the project's list.
Result<CsvColumns> csvColumns(Database &db, const CsvTable &table, const FigureOptions &options)
{
    const bool byKey = !options.keyColumn.isEmpty();
    auto needColumn = [&](const QString &name) -> Result<int> {
        const int c = table.column(name);
        if (c < 0)
            return fail(Words::tr("The table has no column \"%1\"; its columns are: %2.")
                            .arg(name, table.header.join(QStringLiteral(", "))),
                        options.csvPath);
        return c;
    };
    CsvColumns c;
    int &keyCol = c.key, &provinceCol = c.province, &districtCol = c.district, &nameCol = c.name;
    if (byKey) {
        auto column = needColumn(options.keyColumn);
        if (!column)
            return std::unexpected(column.error());
        keyCol = *column;
    } else {
        for (auto [name, out] : {std::pair{options.provinceColumn, &provinceCol},
                                 std::pair{options.districtColumn, &districtCol},
                                 std::pair{options.nameColumn, &nameCol}}) {
            if (name.isEmpty())
                continue;
            auto column = needColumn(name);
            if (!column)
                return std::unexpected(column.error());
            *out = *column;
        }
        if (nameCol < 0)
            return fail(
                Words::tr("Name the column with the area names (--match PROVINCE,DISTRICT,NAME)."),
                options.csvPath);
    }
    QList<QPair<int, QString>> &valueColumns = c.values;
    for (const auto &[column, variable] : options.map) {
        auto at = needColumn(column);
        if (!at)
            return std::unexpected(at.error());
        auto known = db.prepare("SELECT 1 FROM geisep_variables WHERE code = ?");
        if (!known)
            return std::unexpected(known.error());
        known->bind(1, variable);
        auto isKnown = known->step();
        if (!isKnown)
            return std::unexpected(isKnown.error());
        if (!*isKnown) {
            QStringList codes;
            // Only the hint's list of codes: the error below is returned either way.
            if (auto all = db.prepare("SELECT code FROM geisep_variables ORDER BY id"))
                (void)all->forEachRow([&] { codes.append(all->text(0)); });
            return fail(Words::tr("Unknown variable \"%1\".").arg(variable), options.csvPath,
                        Words::tr("Use one of: %1.").arg(codes.join(QStringLiteral(", "))));
        }
        valueColumns.append({*at, variable});
    }
    return c;
}

// The areas of the layer, and how many lack a province or a district name.
struct LayerAreas
{
    QList<Area> areas;
    int withoutProvince = 0, withoutDistrict = 0;
};

// Step 2. The areas of an area layer, with the key each row is matched by.
Result<LayerAreas> layerAreas(Project &project, const FigureOptions &options)
{
    Database &db = project.db();
    auto layerStmt = db.prepare("SELECT id, table_name FROM geisep_layers WHERE (name = ?1 OR "
                                "table_name = ?1) AND role IN ('muhtar_district', 'migrant_area') "
                                "AND removed = 0");
    if (!layerStmt)
        return std::unexpected(layerStmt.error());
    layerStmt->bind(1, options.layer);
    auto found = layerStmt->step();
    if (!found)
        return std::unexpected(found.error());
    if (!*found)
        return fail(
            Words::tr("The project has no area layer \"%1\".").arg(options.layer), project.path(),
            Words::tr("Import the mahalle boundaries as muhtar_district or migrant_area first."));
    const qint64 layerId = layerStmt->int64(0);
    const QString layerTable = layerStmt->text(1);
    layerStmt->reset();

    LayerAreas set;
    QList<Area> &areas = set.areas;
    int &withoutProvince = set.withoutProvince, &withoutDistrict = set.withoutDistrict;
    {
        Result<Statement> stmt = db.prepare("SELECT id, name, district, province, code, fid FROM "
                                            "geisep_areas WHERE layer_id = ? ORDER BY id");
        if (!stmt)
            return std::unexpected(stmt.error());
        stmt->bind(1, layerId);
        QHash<qint64, QString> layerValues;
        const QString field = foldTurkish(options.keyField);
        const bool areaField = field == u"code" || field == u"name" || field == u"id";
        if (!options.keyColumn.isEmpty() && !areaField) {
            const auto tableId = Identifier::make(layerTable);
            const auto column = Identifier::make(options.keyField);
            if (!tableId || !column)
                return fail(Words::tr("The layer has no field \"%1\".").arg(options.keyField),
                            project.path(),
                            Words::tr("Use code, name, id or a column of the layer."));
            auto values = db.prepareWith("SELECT fid, %2 FROM %1", {*tableId, *column});
            if (!values)
                return fail(Words::tr("The layer has no field \"%1\".").arg(options.keyField),
                            project.path(),
                            Words::tr("Use code, name, id or a column of the layer."));
            auto read = values->forEachRow(
                [&] { layerValues.insert(values->int64(0), values->text(1).trimmed()); });
            if (!read)
                return std::unexpected(read.error());
        }
        auto rows = stmt->forEachRow([&] {
            Area a;
            a.id = stmt->int64(0);
            a.name = stmt->text(1);
            a.key = joinKey(stmt->text(3), stmt->text(2), a.name);
            withoutProvince += stmt->text(3).trimmed().isEmpty();
            withoutDistrict += stmt->text(2).trimmed().isEmpty();
            a.place = foldTurkish(stmt->text(3)) + u'|' + foldTurkish(stmt->text(2));
            a.compact = compactName(a.name);
            if (field == u"code")
                a.keyValue = stmt->text(4).trimmed();
            else if (field == u"name")
                a.keyValue = a.name.trimmed();
            else if (field == u"id")
                a.keyValue = QString::number(a.id);
            else
                a.keyValue = layerValues.value(stmt->int64(5));
            areas.append(a);
        });
        if (!rows)
            return std::unexpected(rows.error());
    }
    if (areas.isEmpty())
        return fail(Words::tr("The layer \"%1\" has no areas.").arg(options.layer), project.path());
    return set;
}

// The hand-made pairs kept for a source file: folded province|district|name → area id.
Result<QHash<QString, qint64>> manualPairs(Database &db, const QString &source)
{
    QHash<QString, qint64> fixes;
    auto stmt = db.prepare("SELECT province_folded, district_folded, name_folded, area_id "
                           "FROM geisep_match_fixes WHERE source = ?");
    if (!stmt)
        return std::unexpected(stmt.error());
    stmt->bind(1, source);
    auto rows = stmt->forEachRow([&] {
        fixes.insert(stmt->text(0) + u'|' + stmt->text(1) + u'|' + stmt->text(2), stmt->int64(3));
    });
    if (!rows)
        return std::unexpected(rows.error());
    return fixes;
}

// The conservative fuzzy step: within the same province and district, an unmatched row and an
// unclaimed area that are each other's unique nearest name, within 2 edits (1 for short
// names), become a pair.
void pairNearNames(const QList<Area> &areas, bool byProvince, bool byDistrict,
                   QHash<int, int> &claimedBy, QList<RowMatch> &matches)
{
    QHash<QString, QList<int>> freeAreasByPlace;
    for (int i = 0; i < areas.size(); ++i)
        if (!claimedBy.contains(i))
            freeAreasByPlace[areas[i].place].append(i);
    QHash<QString, QList<int>> freeRowsByPlace;
    for (int r = 0; r < matches.size(); ++r)
        if (matches[r].kind == MatchKind::None) {
            const QString place = (byProvince ? foldTurkish(matches[r].province) : QString()) + u'|'
                                  + (byDistrict ? foldTurkish(matches[r].district) : QString());
            freeRowsByPlace[place].append(r);
        }
    auto limitFor = [](const QString &a, const QString &b) {
        return std::min(a.size(), b.size()) <= 5 ? 1 : 2;
    };
    for (auto it = freeRowsByPlace.cbegin(); it != freeRowsByPlace.cend(); ++it) {
        const QList<int> &freeAreas = freeAreasByPlace.value(it.key());
        for (int r : it.value()) {
            const QString name = compactName(matches[r].name);
            int best = -1, bestD = 1 << 20, ties = 0;
            for (int a : freeAreas) {
                const int d = levenshtein(name, areas[a].compact);
                if (d < bestD) {
                    bestD = d;
                    best = a;
                    ties = 0;
                } else if (d == bestD) {
                    ++ties;
                }
            }
            if (best < 0 || ties > 0 || bestD > limitFor(name, areas[best].compact))
                continue;
            // Mutual: no other free row of the place is as near to that area.
            bool mutual = true;
            for (int other : it.value())
                if (other != r
                    && levenshtein(compactName(matches[other].name), areas[best].compact) <= bestD)
                    mutual = false;
            if (!mutual || claimedBy.contains(best))
                continue;
            claimedBy.insert(best, r);
            matches[r].kind = MatchKind::Fuzzy;
            matches[r].areaId = areas[best].id;
            matches[r].areaName = areas[best].name;
            matches[r].note = Words::tr("%n edit(s) apart", nullptr, bestD);
        }
    }
}

// Step 3, the matcher: pure, over plain values. Each row of `table` is paired with at most one
// area and no area with two rows: a hand-made pair, then the same name (exactly or folded) in
// the same place, then (names only) the conservative fuzzy step. The report gets one RowMatch
// a row and the counts.
void matchRows(const CsvTable &table, const CsvColumns &columns, bool byKey, QList<Area> &areas,
               const QHash<QString, qint64> &fixes, FigureReport &report)
{
    const int keyCol = columns.key, provinceCol = columns.province, districtCol = columns.district,
              nameCol = columns.name;
    // Lookups. When names are used without province or district, those parts fold to "".
    QHash<QString, QList<int>> byJoinKey, byValue;
    for (int i = 0; i < areas.size(); ++i) {
        const Area &a = areas[i];
        QString key = a.key;
        if (!byKey) {
            const QStringList parts = a.key.split(u'|');
            key = (provinceCol >= 0 ? parts[0] : QString()) + u'|'
                  + (districtCol >= 0 ? parts[1] : QString()) + u'|' + parts[2];
            areas[i].key = key;
            areas[i].place = key.section(u'|', 0, 1);
        }
        byJoinKey[key].append(i);
        byValue[a.keyValue].append(i);
    }
    QHash<qint64, int> areaIndex;
    for (int i = 0; i < areas.size(); ++i)
        areaIndex.insert(areas[i].id, i);

    QHash<int, int> claimedBy; // area index → row index
    QList<RowMatch> &matches = report.matches;
    QList<QList<int>> rowCandidates;
    auto cell = [&](int row, int col) {
        return col >= 0 ? table.rows[row][col] : QString();
    };

    for (int r = 0; r < table.rows.size(); ++r) {
        RowMatch m;
        m.line = table.lines[r];
        m.province = cell(r, provinceCol);
        m.district = cell(r, districtCol);
        m.name = byKey ? cell(r, keyCol) : cell(r, nameCol);
        QList<int> candidates;
        if (byKey) {
            candidates = byValue.value(m.name.trimmed());
            if (!candidates.isEmpty())
                m.kind = MatchKind::Exact;
        } else {
            const QString key = (provinceCol >= 0 ? foldTurkish(m.province) : QString()) + u'|'
                                + (districtCol >= 0 ? foldTurkish(m.district) : QString()) + u'|'
                                + foldTurkish(m.name);
            const QString fixKey = foldTurkish(m.province) + u'|' + foldTurkish(m.district) + u'|'
                                   + foldTurkish(m.name);
            if (fixes.contains(fixKey) && areaIndex.contains(fixes.value(fixKey))) {
                candidates = {areaIndex.value(fixes.value(fixKey))};
                m.kind = MatchKind::Manual;
            } else {
                candidates = byJoinKey.value(key);
                if (candidates.size() == 1) {
                    const Area &a = areas[candidates.first()];
                    m.kind = a.name.trimmed() == m.name.trimmed() ? MatchKind::Exact
                                                                  : MatchKind::Folded;
                }
            }
        }
        matches.append(m);
        rowCandidates.append(candidates);
    }
    // Claims: hand-made pairs first, then the rest in file order; never one area, two rows.
    for (const bool manualRound : {true, false}) {
        for (int r = 0; r < matches.size(); ++r) {
            RowMatch &m = matches[r];
            const QList<int> &candidates = rowCandidates[r];
            if ((m.kind == MatchKind::Manual) != manualRound)
                continue;
            if (candidates.size() > 1) {
                m.kind = MatchKind::Ambiguous;
                QStringList ids;
                for (int c : candidates)
                    ids.append(QString::number(areas[c].id));
                m.note = Words::tr("%1 areas share this name: ids %2")
                             .arg(candidates.size())
                             .arg(ids.join(QStringLiteral(", ")));
            } else if (candidates.size() == 1) {
                const int c = candidates.first();
                if (claimedBy.contains(c)) {
                    // The second claim is held back for the planner to review.
                    m.kind = MatchKind::Ambiguous;
                    m.note = Words::tr("the same area as line %1")
                                 .arg(matches[claimedBy.value(c)].line);
                } else {
                    claimedBy.insert(c, r);
                    m.areaId = areas[c].id;
                    m.areaName = areas[c].name;
                }
            }
        }
    }

    if (!byKey)
        pairNearNames(areas, provinceCol >= 0, districtCol >= 0, claimedBy, matches);
    for (const RowMatch &m : matches) {
        switch (m.kind) {
        case MatchKind::Exact:
            ++report.exact;
            break;
        case MatchKind::Folded:
            ++report.folded;
            break;
        case MatchKind::Fuzzy:
            ++report.fuzzy;
            break;
        case MatchKind::Manual:
            ++report.manual;
            break;
        case MatchKind::Ambiguous:
            ++report.ambiguous;
            break;
        case MatchKind::None:
            ++report.unmatched;
            break;
        }
    }
    report.matched = report.exact + report.folded + report.fuzzy + report.manual;
    report.matched = report.exact + report.folded + report.fuzzy + report.manual;
}

// When nothing matched: why, and what to do.
QString noMatchAdvice(const FigureReport &report, const CsvColumns &columns, bool byKey,
                      const LayerAreas &set, const FigureOptions &options)
{
    if (report.rows == 0 || report.matched > 0 || byKey)
        return {};
    const bool noDistricts = columns.district >= 0 && set.withoutDistrict == set.areas.size();
    const bool noProvinces = columns.province >= 0 && set.withoutProvince == set.areas.size();
    if (noDistricts || noProvinces)
        return Words::tr("No row matched: the areas of \"%1\" have no %2, but the rows are matched "
                         "on it too. Import the areas again with a district layer (--districts, or "
                         "the district layer in the import dialog), or match on fewer columns (the "
                         "name alone, or province and name).")
            .arg(options.layer,
                 noDistricts ? Words::tr("district names") : Words::tr("province names"));
    return Words::tr("No row matched: the names in the file are not those of the areas of "
                     "\"%1\". Check that the file is for the same province and districts, and "
                     "the columns chosen to match on.")
        .arg(options.layer);
}

using Figure = std::tuple<qint64, QString, double>;

// Step 4. The values of the matched rows; every bad number is reported, and then none is kept.
Result<QList<Figure>> figureValues(const CsvTable &table, const CsvColumns &columns,
                                   const QList<RowMatch> &matches, const FigureOptions &options)
{
    QStringList bad;
    QList<Figure> figures;
    for (int r = 0; r < matches.size(); ++r) {
        if (!matches[r].areaId)
            continue;
        for (const auto &[col, variable] : columns.values) {
            const QString text = table.rows[r][col].trimmed();
            if (text.isEmpty() || text == u"-")
                continue;
            const auto value = parseNumber(text);
            if (!value) {
                bad.append(Words::tr("line %1, column \"%2\": \"%3\"")
                               .arg(matches[r].line)
                               .arg(table.header[col], text));
                continue;
            }
            figures.append({matches[r].areaId, variable, *value});
        }
    }
    if (!bad.isEmpty())
        return fail(Words::tr("%n value(s) are not numbers: %1", nullptr, int(bad.size()))
                        .arg(QStringList(bad.mid(0, 10)).join(QStringLiteral("; "))
                             + (bad.size() > 10 ? QStringLiteral("; …") : QString())),
                    options.csvPath, Words::tr("Correct those cells; nothing was imported."));
    return figures;
}

// Step 5. The figures written in one transaction (a figure already there for the area, period
// and variable is replaced).
Result<int> writeFigures(Database &db, const QList<Figure> &figures, int period,
                         const QString &source)
{
    int written = 0;
    return withTransaction(db, [&]() -> Result<int> {
        auto upsert = db.prepare(
            "INSERT INTO geisep_area_figures (area_id, period, variable, value, source) VALUES "
            "(?, ?, ?, ?, ?) ON CONFLICT (area_id, period, variable) DO UPDATE SET value = "
            "excluded.value, source = excluded.source");
        if (!upsert)
            return std::unexpected(upsert.error());
        for (const auto &[areaId, variable, value] : figures) {
            upsert->bind(1, areaId).bind(2, period).bind(3, variable).bind(4, value);
            upsert->bind(5, source);
            if (auto ok = upsert->exec(); !ok)
                return std::unexpected(ok.error());
            ++written;
        }
        return written;
    });
}

} // namespace

QString matchKindName(MatchKind kind)
{
    switch (kind) {
    case MatchKind::Exact:
        return QStringLiteral("exact");
    case MatchKind::Folded:
        return QStringLiteral("folded");
    case MatchKind::Fuzzy:
        return QStringLiteral("fuzzy");
    case MatchKind::Manual:
        return QStringLiteral("manual");
    case MatchKind::Ambiguous:
        return QStringLiteral("ambiguous");
    case MatchKind::None:
        return QStringLiteral("none");
    }
    return {};
}

QString matchKindTitle(MatchKind kind)
{
    switch (kind) {
    case MatchKind::Exact:
        return FigureImporter::tr("exact");
    case MatchKind::Folded:
        return FigureImporter::tr("spelling differs");
    case MatchKind::Fuzzy:
        return FigureImporter::tr("similar name");
    case MatchKind::Manual:
        return FigureImporter::tr("by hand");
    case MatchKind::Ambiguous:
        return FigureImporter::tr("ambiguous");
    case MatchKind::None:
        return FigureImporter::tr("no match");
    }
    return {};
}

int levenshtein(QStringView a, QStringView b)
{
    QList<int> prev(b.size() + 1), cur(b.size() + 1);
    for (qsizetype j = 0; j <= b.size(); ++j)
        prev[j] = int(j);
    for (qsizetype i = 1; i <= a.size(); ++i) {
        cur[0] = int(i);
        for (qsizetype j = 1; j <= b.size(); ++j)
            cur[j] = std::min(
                {prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1)});
        std::swap(prev, cur);
    }
    return prev[b.size()];
}

QString FigureReport::toText() const
{
    QString text
        = FigureImporter::tr("%1: %2 rows (%3). Matched %4 (exact %5, folded %6, fuzzy "
                             "%7, manual %8), ambiguous %9, unmatched %10.")
              .arg(file, QString::number(rows), encoding, QString::number(matched),
                   QString::number(exact), QString::number(folded), QString::number(fuzzy),
                   QString::number(manual), QString::number(ambiguous), QString::number(unmatched));
    text += u'\n' + FigureImporter::tr("%1 figures written.").arg(figuresWritten);
    if (!advice.isEmpty())
        text += u'\n' + advice;
    return text;
}

Result<void> FigureReport::writeXlsx(const QString &path) const
{
    SheetTable table;
    table.name = FigureImporter::tr("Matches");
    using Kind = SheetTable::Column::Kind;
    table.columns = {{FigureImporter::tr("Line"), Kind::Integer},
                     {FigureImporter::tr("Province"), Kind::Text},
                     {FigureImporter::tr("District"), Kind::Text},
                     {FigureImporter::tr("Name"), Kind::Text},
                     {FigureImporter::tr("Area id"), Kind::Integer},
                     {FigureImporter::tr("Matched area"), Kind::Text},
                     {FigureImporter::tr("Match"), Kind::Text},
                     {FigureImporter::tr("Note"), Kind::Text}};
    for (const RowMatch &m : matches)
        table.rows << QVariantList{m.line,
                                   m.province,
                                   m.district,
                                   m.name,
                                   m.areaId ? QVariant(m.areaId) : QVariant(),
                                   m.areaName,
                                   matchKindTitle(m.kind),
                                   m.note};
    table.notes << toText().split(u'\n');
    return XlsxWriter::write(path, {table});
}

Result<void> FigureReport::writeCsv(const QString &path) const
{
    auto quote = [](const QString &s) {
        QString q = s;
        q.replace(u'"', QStringLiteral("\"\""));
        return u'"' + q + u'"';
    };
    QByteArray out("\xEF\xBB\xBF");
    out += "line,province,district,name,area_id,area_name,match,note\n";
    for (const RowMatch &m : matches) {
        const QStringList fields = {QString::number(m.line),
                                    quote(m.province),
                                    quote(m.district),
                                    quote(m.name),
                                    m.areaId ? QString::number(m.areaId) : QString(),
                                    quote(m.areaName),
                                    matchKindName(m.kind),
                                    quote(m.note)};
        out += fields.join(u',').toUtf8() + '\n';
    }
    return OutputFile::writeAll(path, out);
}

Result<void> FigureImporter::saveManualMatch(Project &project, const QString &source,
                                             const QString &province, const QString &district,
                                             const QString &name, qint64 areaId)
{
    return withTransaction(project.db(), [&]() -> Result<void> {
        auto stmt = project.db().prepare(
            "INSERT INTO geisep_match_fixes (source, province_folded, district_folded, "
            "name_folded, area_id) VALUES (?, ?, ?, ?, ?) ON CONFLICT (source, province_folded, "
            "district_folded, name_folded) DO UPDATE SET area_id = excluded.area_id");
        if (!stmt)
            return std::unexpected(stmt.error());
        stmt->bind(1, source).bind(2, foldTurkish(province)).bind(3, foldTurkish(district));
        stmt->bind(4, foldTurkish(name)).bind(5, areaId);
        return stmt->exec();
    });
}

Result<FigureReport> FigureImporter::run(Project &project, const FigureOptions &options,
                                         bool dryRun)
{
    if (!dryRun && project.isReadOnly())
        return fail(tr("The project is open read-only."), project.path(), project.readOnlyReason());
    if (options.period < 1900 || options.period > 2100)
        return fail(tr("The period %1 is not a year.").arg(options.period), options.csvPath,
                    tr("Give the year the figures are for, e.g. --period 2023."));
    if (options.map.isEmpty())
        return fail(tr("Say which columns to take, e.g. --map \"Nüfus 2023=population\"."),
                    options.csvPath);
    const bool byKey = !options.keyColumn.isEmpty();
    Result<CsvTable> csv
        = options.table ? *options.table : CsvReader::read(options.csvPath, options.encoding);
    if (!csv)
        return std::unexpected(csv.error());
    const CsvTable &table = *csv;
    Database &db = project.db();
    const auto columns = csvColumns(db, table, options);
    if (!columns)
        return std::unexpected(columns.error());
    auto set = layerAreas(project, options);
    if (!set)
        return std::unexpected(set.error());

    FigureReport report;
    report.file = QFileInfo(options.csvPath).fileName();
    report.encoding = encodingName(table.encoding);
    if (options.table) {
        if (!options.sheet.isEmpty())
            report.file = tr("%1, sheet \"%2\"").arg(report.file, options.sheet);
        report.encoding = table.encodingReason;
    }
    report.rows = int(table.rows.size());
    const auto pairs = manualPairs(db, report.file);
    if (!pairs)
        return std::unexpected(pairs.error());
    matchRows(table, *columns, byKey, set->areas, *pairs, report);
    report.advice = noMatchAdvice(report, *columns, byKey, *set, options);

    const auto figures = figureValues(table, *columns, report.matches, options);
    if (!figures)
        return std::unexpected(figures.error());
    if (dryRun)
        return report;
    const auto written = writeFigures(db, *figures, options.period, report.file);
    if (!written)
        return std::unexpected(written.error());
    report.figuresWritten = *written;
    return report;
}

} // namespace geisep
