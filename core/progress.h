#pragma once

#include <QCoreApplication>
#include <QString>

#include <optional>

namespace geisep {

// Progress of an indicator toward its target by the Open SDG method (DESIGN.md): the observed
// compound annual growth rate since the baseline divided by the rate that reaches the target in
// time, R = CAGR_observed / CAGR_required. R ≥ 0.95 on track; 0.60–0.95 needs acceleration;
// 0–0.60 limited progress; below 0 moving away. A target already reached is achieved.
struct ProgressInput
{
    double baseline = 0;
    int baselineYear = 0;
    double target = 0;
    int targetYear = 0;
    double current = 0;
    int currentYear = 0;
};

enum class ProgressStatus { Achieved, OnTrack, NeedsAcceleration, Limited, MovingAway, Unknown };

struct Progress
{
    ProgressStatus status = ProgressStatus::Unknown;
    std::optional<double> ratio; // R, when it can be computed
    QString reason;              // why the status is Unknown
};

class ProgressText
{
    Q_DECLARE_TR_FUNCTIONS(Progress)

public:
    static QString title(ProgressStatus status);
    // A colour for the badge, readable in grey print and by colour-blind readers.
    static const char *color(ProgressStatus status);
};

Progress assessProgress(const ProgressInput &in);

} // namespace geisep
