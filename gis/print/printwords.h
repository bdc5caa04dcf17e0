#pragma once

#include "core/plan/progress.h"

#include <QDate>
#include <QString>

namespace geisep {

// The words a printed page or an exported table writes by itself (row headings, units, badges,
// service names, the date), in the layout's or table's language rather than the window's: a
// planner working in English still prints a Turkish fact sheet for a Turkish council. Like the
// templates' texts they are content of the print, so both languages are kept side by side here
// (docs/architecture.md, Printing).
//
// It is also the one registry of what a field, a service or an analysis result is called: the
// window asks it in the window's language (`inWindowLanguage`), so a label reads the same on the
// screen, in the legend and on paper, and no raw code (`school_shortfall`) reaches any of them.
struct PrintWords
{
    bool turkish = true;

    // The words in the language the window shows (QLocale(), set with the translation).
    static PrintWords inWindowLanguage();

    // `en` and `tr` are UTF-8; %n becomes `n` in the locale's digits.
    QString text(const char *en, const char *tr) const;
    QString text(const char *en, const char *tr, int n) const;

    QString number(double value, int decimals) const;
    QString count(double value) const { return number(value, 0); }
    // "%78" in Turkish, "78%" in English.
    QString percent(double value, int decimals = 0) const;
    QString distance(double metres) const; // "850 m", "1,2 km"
    QString date(const QDate &date) const; // "2 Aralık 2026", "2 December 2026"

    QString service(const QString &code) const;
    QString priority(const QString &priority) const;
    QString status(const QString &status) const;
    QString progress(ProgressStatus status) const;
    // What a layer is coloured by, or a column holds: "figure.population", "derived.density",
    // "analysis.coverage.covered_share.school", "plan.goals.2", "field.gap_m2" …
    QString fieldTitle(const QString &field) const;
};

} // namespace geisep
