#include "core/privacy.h"

#include <QLocale>

#include <algorithm>
#include <cmath>
#include <map>

namespace geisep {

int Privacy::threshold(Database &db)
{
    auto text = db.queryText("SELECT value FROM geisep_meta WHERE key = 'privacy_threshold'");
    bool ok = false;
    const int value = text ? text->toInt(&ok) : 0;
    if (!ok)
        return kDefaultThreshold;
    return std::max(value, kMinimumThreshold);
}

Result<void> Privacy::setThreshold(Database &db, int threshold)
{
    if (threshold < kMinimumThreshold)
        return fail(tr("The privacy threshold cannot be below %1: counts of fewer people than "
                       "that would show in print.")
                        .arg(kMinimumThreshold),
                    db.path(), tr("Choose %1 or more; 10 is the default.").arg(kMinimumThreshold));
    return withTransaction(db, [&]() -> Result<void> {
        auto stmt
            = db.prepare("INSERT INTO geisep_meta (key, value) VALUES ('privacy_threshold', ?) "
                         "ON CONFLICT (key) DO UPDATE SET value = excluded.value");
        if (!stmt)
            return std::unexpected(stmt.error());
        stmt->bind(1, QString::number(threshold));
        return stmt->exec();
    });
}

QSet<QString> Privacy::sensitiveVariables(Database &db)
{
    QSet<QString> out;
    if (auto stmt = db.prepare("SELECT code FROM geisep_variables WHERE sensitive"))
        (void)stmt->forEachRow([&] { out.insert(stmt->text(0)); });
    // Whatever the table says, migrant counts are never printed in small cells.
    out << QStringLiteral("migrant_population") << QStringLiteral("migrant_households");
    return out;
}

QString Privacy::count(double value, bool hidden, int threshold, bool turkish)
{
    if (hidden)
        return QStringLiteral("<%1").arg(threshold);
    if (!std::isfinite(value))
        return QStringLiteral("–");
    const QLocale locale(turkish ? QLocale::Turkish : QLocale::English);
    return locale.toString(value, 'f', 0);
}

QString Privacy::footnote(int threshold, bool turkish)
{
    // Both languages whatever the message language: a Turkish print says it in Turkish.
    return turkish ? QStringLiteral("<%1: kişisel verilerin korunması için %1 kişiden az olan "
                                    "sayılar ve bunlardan hesaplanan oranlar gösterilmez; "
                                    "toplamdan hesaplanamaması için bir hücre daha gizlenebilir.")
                         .arg(threshold)
                   : QStringLiteral("<%1: to protect personal data, counts of fewer than %1 "
                                    "people and the rates computed from them are not shown; one "
                                    "more cell may be withheld so they cannot be worked out from "
                                    "a total.")
                         .arg(threshold);
}

bool SuppressionResult::any() const
{
    return std::find(primary.begin(), primary.end(), true) != primary.end()
           || std::find(secondary.begin(), secondary.end(), true) != secondary.end()
           || std::find(totalHidden.begin(), totalHidden.end(), true) != totalHidden.end();
}

bool SuppressionResult::totalHiddenOf(int group) const
{
    const auto it = std::lower_bound(groupIds.begin(), groupIds.end(), group);
    return it != groupIds.end() && *it == group && totalHidden[std::size_t(it - groupIds.begin())];
}

SuppressionResult suppressSmallCells(const SuppressionInput &input)
{
    const std::size_t n = input.values.size();
    const int threshold = std::max(input.threshold, Privacy::kMinimumThreshold);
    SuppressionResult out;
    out.primary.assign(n, false);
    out.secondary.assign(n, false);
    std::map<int, std::vector<std::size_t>> cells; // group → its cells, in order
    for (std::size_t i = 0; i < n; ++i) {
        const double v = input.values[i];
        out.primary[i] = std::isfinite(v) && v < threshold;
        cells[i < input.groups.size() ? input.groups[i] : 0].push_back(i);
    }
    for (const auto &[group, members] : cells) {
        double total = 0;
        bool known = false;
        for (std::size_t i : members)
            if (std::isfinite(input.values[i])) {
                total += input.values[i];
                known = true;
            }
        out.groupIds.push_back(group);
        out.totalHidden.push_back(input.totalsPublished && known && total < threshold);
        if (!input.totalsPublished)
            continue;
        const auto hiddenCount = std::count_if(members.begin(), members.end(),
                                               [&](std::size_t i) { return out.primary[i]; });
        if (hiddenCount != 1)
            continue;
        // The smallest shown, known cell of the group, if there is one.
        std::size_t best = n;
        for (std::size_t i : members)
            if (!out.primary[i] && std::isfinite(input.values[i])
                && (best == n || input.values[i] < input.values[best]))
                best = i;
        if (best < n)
            out.secondary[best] = true;
        else
            out.totalHidden.back() = true; // the total would give the hidden cell itself
    }
    return out;
}

} // namespace geisep
