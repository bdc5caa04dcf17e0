#include "core/areasearch.h"

#include "core/text/turkish.h"

#include <QCollator>

#include <algorithm>
#include <map>

namespace geisep {

Result<std::vector<AreaMatch>> searchAreas(Database &db, const QString &query, int limit)
{
    std::vector<AreaMatch> out;
    const QString folded = foldTurkish(query);
    if (folded.isEmpty())
        return out;
    const QStringList words = folded.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    auto stmt
        = db.prepare("SELECT id, layer_id, fid, name, district, province, name_folded "
                     "FROM geisep_areas WHERE layer_id IN (SELECT id FROM geisep_layers WHERE "
                     "removed = 0)");
    if (!stmt)
        return std::unexpected(stmt.error());
    struct Ranked
    {
        int rank;
        AreaMatch match;
    };
    std::vector<Ranked> found;
    // Districts by layer and folded name: a district ranks just before areas of its rank.
    std::map<std::pair<qint64, QString>, Ranked> districts;
    auto rows = stmt->forEachRow([&] {
        const QString name = stmt->isNull(6) ? foldTurkish(stmt->text(3)) : stmt->text(6);
        const QString district = foldTurkish(stmt->text(4));
        if (!district.isEmpty() && district.startsWith(folded)) {
            Ranked &d = districts[{stmt->int64(1), district}];
            if (d.match.fids.empty()) {
                d.rank = district == folded ? 0 : 2;
                d.match = {0, stmt->int64(1), 0, stmt->text(4), {}, stmt->text(5), true, {}};
            }
            d.match.fids.push_back(stmt->int64(2));
        }
        int rank = -1;
        if (name == folded)
            rank = 1;
        else if (name.startsWith(folded))
            rank = 3;
        else if (name.contains(folded))
            rank = 4;
        else if (words.size() > 1 && std::all_of(words.begin(), words.end(), [&](const QString &w) {
                     return name.contains(w) || district.contains(w);
                 }))
            rank = 5;
        if (rank < 0)
            return;
        found.push_back({rank,
                         {stmt->int64(0),
                          stmt->int64(1),
                          stmt->int64(2),
                          stmt->text(3),
                          stmt->text(4),
                          stmt->text(5),
                          false,
                          {}}});
    });
    if (!rows)
        return std::unexpected(rows.error());
    for (auto &[key, d] : districts)
        found.push_back(std::move(d));
    QCollator collator{QLocale(QLocale::Turkish, QLocale::Turkey)};
    std::sort(found.begin(), found.end(), [&](const Ranked &a, const Ranked &b) {
        if (a.rank != b.rank)
            return a.rank < b.rank;
        const int c = collator.compare(a.match.name, b.match.name);
        return c != 0 ? c < 0 : collator.compare(a.match.district, b.match.district) < 0;
    });
    for (const Ranked &r : found) {
        if (int(out.size()) >= limit)
            break;
        out.push_back(r.match);
    }
    return out;
}

} // namespace geisep
