#pragma once

// Helpers shared by the print's source files (print.cpp: the layout, layers, plan and files;
// printatlas.cpp: the atlas's areas, which of them get pages, small cells and page numbers;
// printcharts.cpp: the charts and what a page that is no atlas page is about).

#include "core/error.h"
#include "core/sqlite.h"
#include "gis/print/print.h"
#include "gis/print/printwords.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>
#include <QString>

#include <vector>

namespace geisep::print {

class PrintText
{
    Q_DECLARE_TR_FUNCTIONS(Printer)
};

// The latest value of each variable per area of a layer.
struct Figure
{
    double value = PrintArea::kUnknown;
    int period = 0;
};

Result<QHash<qint64, QHash<QString, Figure>>> latestFigures(Database &db, qint64 layerId);

// ---- printatlas.cpp -----------------------------------------------------------------------

// The atlas's areas, each with its attributes, latest figures and analysis results.
struct AtlasAreas
{
    std::vector<PrintArea> areas;
    bool havePressure = false; // a migration pressure run gave ranks
};

Result<AtlasAreas> readAreas(Database &db, const MapLayer &atlas, const PrintWords &w,
                             const QString &projectPath);
Result<QString> selectPages(std::vector<PrintArea> &areas, bool havePressure, const Layout &layout,
                            const PrintRequest &request, const MapLayer &atlas, const PrintWords &w,
                            const QString &projectPath);
QSet<qint64> suppressCounts(PrintJob &job, std::vector<PrintArea> &areas, const PrintWords &w);
void paginate(PrintJob &job, std::vector<PrintArea> &&areas);

// ---- printcharts.cpp ----------------------------------------------------------------------

Result<void> pageScope(Database &db, PrintJob &job, const PrintRequest &request,
                       const PrintWords &w, const QString &projectPath);
Result<void> prepareCharts(Database &db, PrintJob &job, std::vector<PrintArea> &areas,
                           const PrintWords &w);

} // namespace geisep::print
