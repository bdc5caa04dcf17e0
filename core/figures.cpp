#include "core/figures.h"

#include "core/outputfile.h"

#include "core/turkish.h"

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
    Transaction tx(project.db());
    if (!tx.begun())
        return tx.begun();
    auto stmt = project.db().prepare(
        "INSERT INTO geisep_match_fixes (source, province_folded, district_folded, name_folded, "
        "area_id) VALUES (?, ?, ?, ?, ?) ON CONFLICT (source, province_folded, district_folded, "
        "name_folded) DO UPDATE SET area_id = excluded.area_id");
    if (!stmt)
        return std::unexpected(stmt.error());
    stmt->bind(1, source).bind(2, foldTurkish(province)).bind(3, foldTurkish(district));
    stmt->bind(4, foldTurkish(name)).bind(5, areaId);
    if (auto ok = stmt->exec(); !ok)
        return ok;
    return tx.commit();
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
    auto csv = CsvReader::read(options.csvPath, options.encoding);
    if (!csv)
        return std::unexpected(csv.error());
    const CsvTable &table = *csv;

    auto needColumn = [&](const QString &name) -> Result<int> {
        const int c = table.column(name);
        if (c < 0)
            return fail(tr("The table has no column \"%1\"; its columns are: %2.")
                            .arg(name, table.header.join(QStringLiteral(", "))),
                        options.csvPath);
        return c;
    };
    int keyCol = -1, provinceCol = -1, districtCol = -1, nameCol = -1;
    if (byKey) {
        auto c = needColumn(options.keyColumn);
        if (!c)
            return std::unexpected(c.error());
        keyCol = *c;
    } else {
        for (auto [name, out] : {std::pair{options.provinceColumn, &provinceCol},
                                 std::pair{options.districtColumn, &districtCol},
                                 std::pair{options.nameColumn, &nameCol}}) {
            if (name.isEmpty())
                continue;
            auto c = needColumn(name);
            if (!c)
                return std::unexpected(c.error());
            *out = *c;
        }
        if (nameCol < 0)
            return fail(tr("Name the column with the area names (--match PROVINCE,DISTRICT,NAME)."),
                        options.csvPath);
    }
    QList<QPair<int, QString>> valueColumns;
    Database &db = project.db();
    for (const auto &[column, variable] : options.map) {
        auto c = needColumn(column);
        if (!c)
            return std::unexpected(c.error());
        auto known = db.prepare("SELECT 1 FROM geisep_variables WHERE code = ?");
        if (!known)
            return std::unexpected(known.error());
        known->bind(1, variable);
        if (!known->step().value_or(false)) {
            QStringList codes;
            if (auto all = db.prepare("SELECT code FROM geisep_variables ORDER BY id"))
                while (all->step().value_or(false))
                    codes.append(all->text(0));
            return fail(tr("Unknown variable \"%1\".").arg(variable), options.csvPath,
                        tr("Use one of: %1.").arg(codes.join(QStringLiteral(", "))));
        }
        valueColumns.append({*c, variable});
    }

    // The areas of the layer.
    auto layerStmt = db.prepare("SELECT id, table_name FROM geisep_layers WHERE (name = ?1 OR "
                                "table_name = ?1) AND role IN ('muhtar_district', 'migrant_area') "
                                "AND removed = 0");
    if (!layerStmt)
        return std::unexpected(layerStmt.error());
    layerStmt->bind(1, options.layer);
    if (!layerStmt->step().value_or(false))
        return fail(tr("The project has no area layer \"%1\".").arg(options.layer), project.path(),
                    tr("Import the mahalle boundaries as muhtar_district or migrant_area first."));
    const qint64 layerId = layerStmt->int64(0);
    const QString layerTable = layerStmt->text(1);
    layerStmt->reset();

    QList<Area> areas;
    int withoutProvince = 0, withoutDistrict = 0; // areas the layer gives no such name
    {
        Result<Statement> stmt = db.prepare("SELECT id, name, district, province, code, fid FROM "
                                            "geisep_areas WHERE layer_id = ? ORDER BY id");
        if (!stmt)
            return std::unexpected(stmt.error());
        stmt->bind(1, layerId);
        QHash<qint64, QString> layerValues;
        const QString field = foldTurkish(options.keyField);
        const bool areaField = field == u"code" || field == u"name" || field == u"id";
        if (byKey && !areaField) {
            const auto tableId = Identifier::make(layerTable);
            const auto column = Identifier::make(options.keyField);
            if (!tableId || !column)
                return fail(tr("The layer has no field \"%1\".").arg(options.keyField),
                            project.path(), tr("Use code, name, id or a column of the layer."));
            auto values = db.prepareWith("SELECT fid, %2 FROM %1", {*tableId, *column});
            if (!values)
                return fail(tr("The layer has no field \"%1\".").arg(options.keyField),
                            project.path(), tr("Use code, name, id or a column of the layer."));
            while (values->step().value_or(false))
                layerValues.insert(values->int64(0), values->text(1).trimmed());
        }
        while (stmt->step().value_or(false)) {
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
        }
    }
    if (areas.isEmpty())
        return fail(tr("The layer \"%1\" has no areas.").arg(options.layer), project.path());

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
    const QString source = QFileInfo(options.csvPath).fileName();
    QHash<QString, qint64> fixes;
    if (auto stmt = db.prepare("SELECT province_folded, district_folded, name_folded, area_id "
                               "FROM geisep_match_fixes WHERE source = ?")) {
        stmt->bind(1, source);
        while (stmt->step().value_or(false))
            fixes.insert(stmt->text(0) + u'|' + stmt->text(1) + u'|' + stmt->text(2),
                         stmt->int64(3));
    }
    QHash<qint64, int> areaIndex;
    for (int i = 0; i < areas.size(); ++i)
        areaIndex.insert(areas[i].id, i);

    FigureReport report;
    report.file = source;
    report.encoding = encodingName(table.encoding);
    report.rows = int(table.rows.size());
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
                m.note = tr("%1 areas share this name: ids %2")
                             .arg(candidates.size())
                             .arg(ids.join(QStringLiteral(", ")));
            } else if (candidates.size() == 1) {
                const int c = candidates.first();
                if (claimedBy.contains(c)) {
                    // The second claim is held back for the planner to review.
                    m.kind = MatchKind::Ambiguous;
                    m.note = tr("the same area as line %1").arg(matches[claimedBy.value(c)].line);
                } else {
                    claimedBy.insert(c, r);
                    m.areaId = areas[c].id;
                    m.areaName = areas[c].name;
                }
            }
        }
    }

    // The conservative fuzzy step: within the same province and district, an unmatched row and
    // an unclaimed area that are each other's unique nearest name, within 2 edits (1 for short
    // names), become a pair.
    if (!byKey) {
        QHash<QString, QList<int>> freeAreasByPlace;
        for (int i = 0; i < areas.size(); ++i)
            if (!claimedBy.contains(i))
                freeAreasByPlace[areas[i].place].append(i);
        QHash<QString, QList<int>> freeRowsByPlace;
        for (int r = 0; r < matches.size(); ++r)
            if (matches[r].kind == MatchKind::None) {
                const QString place
                    = (provinceCol >= 0 ? foldTurkish(matches[r].province) : QString()) + u'|'
                      + (districtCol >= 0 ? foldTurkish(matches[r].district) : QString());
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
                        && levenshtein(compactName(matches[other].name), areas[best].compact)
                               <= bestD)
                        mutual = false;
                if (!mutual || claimedBy.contains(best))
                    continue;
                claimedBy.insert(best, r);
                matches[r].kind = MatchKind::Fuzzy;
                matches[r].areaId = areas[best].id;
                matches[r].areaName = areas[best].name;
                matches[r].note = tr("%n edit(s) apart", nullptr, bestD);
            }
        }
    }
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
    // Nothing matched: say why when the layer lacks a part the rows are matched on.
    if (report.rows > 0 && report.matched == 0 && !byKey) {
        const bool noDistricts = districtCol >= 0 && withoutDistrict == areas.size();
        const bool noProvinces = provinceCol >= 0 && withoutProvince == areas.size();
        if (noDistricts || noProvinces)
            report.advice
                = tr("No row matched: the areas of \"%1\" have no %2, but the rows are matched "
                     "on it too. Import the areas again with a district layer (--districts, or "
                     "the district layer in the import dialog), or match on fewer columns (the "
                     "name alone, or province and name).")
                      .arg(options.layer,
                           noDistricts ? tr("district names") : tr("province names"));
        else
            report.advice = tr("No row matched: the names in the file are not those of the "
                               "areas of \"%1\". Check that the file is for the same province "
                               "and districts, and the columns chosen to match on.")
                                .arg(options.layer);
    }

    // Values: every bad number is reported, and then nothing is written.
    QStringList bad;
    QList<std::tuple<qint64, QString, double>> figures;
    for (int r = 0; r < matches.size(); ++r) {
        if (!matches[r].areaId)
            continue;
        for (const auto &[col, variable] : valueColumns) {
            const QString text = table.rows[r][col].trimmed();
            if (text.isEmpty() || text == u"-")
                continue;
            const auto value = parseNumber(text);
            if (!value) {
                bad.append(tr("line %1, column \"%2\": \"%3\"")
                               .arg(matches[r].line)
                               .arg(table.header[col], text));
                continue;
            }
            figures.append({matches[r].areaId, variable, *value});
        }
    }
    if (!bad.isEmpty())
        return fail(tr("%n value(s) are not numbers: %1", nullptr, int(bad.size()))
                        .arg(QStringList(bad.mid(0, 10)).join(QStringLiteral("; "))
                             + (bad.size() > 10 ? QStringLiteral("; …") : QString())),
                    options.csvPath, tr("Correct those cells; nothing was imported."));
    if (dryRun)
        return report;

    Transaction tx(db);
    if (!tx.begun())
        return std::unexpected(tx.begun().error());
    auto upsert = db.prepare(
        "INSERT INTO geisep_area_figures (area_id, period, variable, value, source) VALUES "
        "(?, ?, ?, ?, ?) ON CONFLICT (area_id, period, variable) DO UPDATE SET value = "
        "excluded.value, source = excluded.source");
    if (!upsert)
        return std::unexpected(upsert.error());
    for (const auto &[areaId, variable, value] : figures) {
        upsert->bind(1, areaId).bind(2, options.period).bind(3, variable).bind(4, value);
        upsert->bind(5, source);
        if (auto ok = upsert->exec(); !ok)
            return std::unexpected(ok.error());
        ++report.figuresWritten;
    }
    if (auto ok = tx.commit(); !ok)
        return std::unexpected(ok.error());
    return report;
}

} // namespace geisep
