#pragma once

#include <QPixmap>
#include <QPoint>
#include <QString>

class QWidget;

namespace geisep {

class MainWindow;

// The pictures of docs/screenshots/ (setup.sh screenshots): `geisep --screenshot FILE
// [--show PART] PROJECT` opens PART of the window on the project once its first frame is
// drawn, saves a PNG of it and quits. Parts: style, plan, action, indicators, stakeholders,
// overview, coverage, pressure, projection, coverage-map, pressure-map, layout, designer,
// print-preview, unplanned, goals, attributes, draw, charts, chart-trend, chart-pressure,
// figures-xlsx; none: the window. Only the window's public API is used, as a planner's clicks
// would.
namespace screenshots {

void take(MainWindow &window, const QString &part, const QString &file);

// A picture of `window` with `dialog` drawn over it where it opens, `inset` from the window's
// top right corner, with a title bar and a shadow as a window manager would draw them (offscreen
// there is none). The walkthrough test uses it too.
QPixmap withDialog(QWidget &window, QWidget &dialog, QPoint inset);

} // namespace screenshots
} // namespace geisep
