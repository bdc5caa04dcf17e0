#pragma once

#include <QCoreApplication>
#include <QString>

#include <optional>

namespace geisep {

// Progress of an indicator toward its target by the Open SDG method (DESIGN.md): the observed
// compound annual growth rate since the baseline divided by the rate that reaches the target in
// time, R = CAGR_observed / CAGR_required. R ≥ 0.95 on track; 0.60–0.95 needs acceleration;
// 0–0.60 limited progress; below 0 moving away. A target already reached is achieved.
//
// A growth rate needs values above zero, so an indicator that starts at zero (a count of new
// community centres: 0 in 2025, 8 in 2026, target 20 in 2028) is assessed by the linear method
// of the same family (UN SDG progress assessment for values at or below zero): the change per
// year observed since the baseline divided by the change per year that reaches the target in
// time, R = ((actual − baseline) / years so far) / ((target − baseline) / years planned), read
// against the same thresholds. For 0 → 8 in one year against 0 → 20 in three, R = 8 / 6.67 =
// 1.2: on track. Progress::method says which was used; the grid and print say so too.
struct ProgressInput
{
    double baseline = 0;
    int baselineYear = 0;
    double target = 0;
    int targetYear = 0;
    double current = 0;
    int currentYear = 0;
};

enum class ProgressMethod { Growth, Linear };

enum class ProgressStatus { Achieved, OnTrack, NeedsAcceleration, Limited, MovingAway, Unknown };

struct Progress
{
    ProgressStatus status = ProgressStatus::Unknown;
    std::optional<double> ratio; // R, when it can be computed
    ProgressMethod method = ProgressMethod::Growth;
    QString reason; // why the status is Unknown
};

class ProgressText
{
    Q_DECLARE_TR_FUNCTIONS(Progress)

public:
    static QString title(ProgressStatus status);
    // "linear": said beside R when the linear method was used (a value at or below zero).
    static QString methodTitle(ProgressMethod method);
    // A colour for the badge, readable in grey print and by colour-blind readers.
    static const char *color(ProgressStatus status);
};

Progress assessProgress(const ProgressInput &in);

} // namespace geisep
