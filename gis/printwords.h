#pragma once

#include "core/progress.h"

#include <QDate>
#include <QString>

namespace geisep {

// The words a printed page or an exported table writes by itself (row headings, units, badges,
// service names, the date), in the layout's or table's language rather than the window's: a
// planner working in English still prints a Turkish fact sheet for a Turkish council. Like the
// templates' texts they are content of the print, so both languages are kept side by side here
// (docs/architecture.md, Printing).
struct PrintWords
{
    bool turkish = true;

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
    // What a layer is coloured by, for the legend.
    QString fieldTitle(const QString &field) const;
};

} // namespace geisep
