#include "core/plan/progress.h"

#include <cmath>

namespace geisep {

Progress assessProgress(const ProgressInput &in)
{
    Progress p;
    if (in.targetYear <= in.baselineYear || in.currentYear <= in.baselineYear) {
        p.reason = ProgressText::tr("The target and the latest value must come after the "
                                    "baseline year.");
        return p;
    }
    if (in.target == in.baseline) {
        p.reason = ProgressText::tr("The target equals the baseline.");
        return p;
    }
    const double yearsSoFar = in.currentYear - in.baselineYear;
    const double yearsPlanned = in.targetYear - in.baselineYear;
    // Compound growth where every value is above zero, else the change per year.
    const bool growth = in.baseline > 0 && in.target > 0 && in.current > 0;
    p.method = growth ? ProgressMethod::Growth : ProgressMethod::Linear;
    const double observed = growth ? std::pow(in.current / in.baseline, 1.0 / yearsSoFar) - 1
                                   : (in.current - in.baseline) / yearsSoFar;
    const double required = growth ? std::pow(in.target / in.baseline, 1.0 / yearsPlanned) - 1
                                   : (in.target - in.baseline) / yearsPlanned;
    const double r = observed / required;
    p.ratio = r;
    const bool up = in.target > in.baseline;
    if (up ? in.current >= in.target : in.current <= in.target) {
        p.status = ProgressStatus::Achieved;
        return p;
    }
    if (r >= 0.95)
        p.status = ProgressStatus::OnTrack;
    else if (r >= 0.60)
        p.status = ProgressStatus::NeedsAcceleration;
    else if (r >= 0)
        p.status = ProgressStatus::Limited;
    else
        p.status = ProgressStatus::MovingAway;
    return p;
}

QString ProgressText::title(ProgressStatus status)
{
    switch (status) {
    case ProgressStatus::Achieved:
        return tr("Target achieved");
    case ProgressStatus::OnTrack:
        return tr("On track");
    case ProgressStatus::NeedsAcceleration:
        return tr("Needs acceleration");
    case ProgressStatus::Limited:
        return tr("Limited progress");
    case ProgressStatus::MovingAway:
        return tr("Moving away");
    case ProgressStatus::Unknown:
        break;
    }
    return tr("Not assessed");
}

QString ProgressText::methodTitle(ProgressMethod method)
{
    return method == ProgressMethod::Linear ? tr("linear") : tr("growth rate");
}

const char *ProgressText::color(ProgressStatus status)
{
    // A sequential blue–orange scheme (light to dark by how well it goes), not red/green.
    switch (status) {
    case ProgressStatus::Achieved:
        return "#08519c";
    case ProgressStatus::OnTrack:
        return "#3182bd";
    case ProgressStatus::NeedsAcceleration:
        return "#fdae6b";
    case ProgressStatus::Limited:
        return "#e6550d";
    case ProgressStatus::MovingAway:
        return "#a63603";
    case ProgressStatus::Unknown:
        break;
    }
    return "#bdbdbd";
}

} // namespace geisep
