#pragma once

#include "core/error.h"
#include "core/sqlite.h"

#include <QCoreApplication>
#include <QSet>
#include <QString>

#include <vector>

namespace geisep {

// Small-cell suppression (DESIGN.md, Privacy): figures about migrants are sensitive and mahalle
// are small, so every printed or exported count of a sensitive variable below the project's
// threshold is shown as "<10", a rate derived from such a count is withheld, and a second cell
// is withheld where a hidden one could be worked out from a printed total.
class Privacy
{
    Q_DECLARE_TR_FUNCTIONS(Privacy)

public:
    static constexpr int kDefaultThreshold = 10;
    static constexpr int kMinimumThreshold = 5;

    // The project's threshold (geisep_meta privacy_threshold): 10 when unset or unreadable,
    // never below 5 whatever the file says.
    static int threshold(Database &db);
    // Refuses a threshold below 5 with a message; one transaction.
    static Result<void> setThreshold(Database &db, int threshold);
    // Codes of the sensitive variables (geisep_variables.sensitive), e.g. migrant_population.
    static QSet<QString> sensitiveVariables(Database &db);

    // "<10" for a hidden count, else the count in the locale's digits (1.234 in Turkish).
    static QString count(double value, bool hidden, int threshold, bool turkish);
    // The footnote a page or file with hidden cells carries, in Turkish or English.
    static QString footnote(int threshold, bool turkish);
};

// One published table of counts of a sensitive variable, its cells in groups (the mahalle of
// each district, say) whose totals may be published too.
struct SuppressionInput
{
    std::vector<double> values; // NaN: unknown (printed as unknown, never a hidden cell)
    std::vector<int> groups;    // a group per cell; empty: all cells in one group
    bool totalsPublished = true;
    int threshold = Privacy::kDefaultThreshold;
};

struct SuppressionResult
{
    std::vector<bool> primary;     // below the threshold
    std::vector<bool> secondary;   // withheld so that no primary cell follows from its total
    std::vector<int> groupIds;     // the distinct groups, ascending
    std::vector<bool> totalHidden; // per groupIds entry: the total itself is below the threshold

    bool hidden(std::size_t cell) const { return primary[cell] || secondary[cell]; }
    bool any() const;
    bool totalHiddenOf(int group) const;
};

// Primary suppression: every known count below the threshold (zero included: a zero is as
// telling about a small mahalle as a one). Secondary, where totals are published: a group with
// exactly one hidden cell also hides its smallest shown cell (ties: the first), so the total
// less the shown cells gives only the sum of two; a group total below the threshold is hidden.
SuppressionResult suppressSmallCells(const SuppressionInput &input);

} // namespace geisep
