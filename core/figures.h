#pragma once

#include "core/error.h"
#include "core/project.h"
#include "core/text/csv.h"

#include <QCoreApplication>
#include <QList>
#include <QPair>
#include <QString>

namespace geisep {

// Per-area figures from a table (population, migrant population, …), joined to the areas of a
// layer by a key column or by province, district and name through foldTurkish.
struct FigureOptions
{
    QString csvPath;
    QString layer;                      // the area layer's name or table
    int period = 0;                     // the year the figures are for
    QList<QPair<QString, QString>> map; // CSV column → variable code
    // Either a key …
    QString keyColumn;
    QString keyField; // an area field: code, name, id, or a column of the layer's table
    // … or names.
    QString provinceColumn;
    QString districtColumn;
    QString nameColumn;
    std::optional<TextEncoding> encoding;
    // A workbook's sheet already read (gis/io/spreadsheet.h) instead of the CSV at csvPath, which
    // then names the workbook; `sheet` names the sheet in the report.
    std::optional<CsvTable> table;
    QString sheet;
};

enum class MatchKind { Exact, Folded, Fuzzy, Manual, Ambiguous, None };
QString matchKindName(MatchKind kind);  // exact, folded, fuzzy, manual, ambiguous, none
QString matchKindTitle(MatchKind kind); // the same in the planner's language, for the window

struct RowMatch
{
    int line = 0;
    QString province;
    QString district;
    QString name;
    qint64 areaId = 0;
    QString areaName;
    MatchKind kind = MatchKind::None;
    QString note; // for ambiguous rows: the candidates or the competing line
};

struct FigureReport
{
    QString file;
    QString encoding;
    int rows = 0;
    int matched = 0;
    int ambiguous = 0;
    int unmatched = 0;
    int exact = 0;
    int folded = 0;
    int fuzzy = 0;
    int manual = 0;
    qint64 figuresWritten = 0;
    QList<RowMatch> matches; // one per input row, in file order
    // When no row matched: why, and what to do (empty otherwise).
    QString advice;

    QString toText() const;
    // line, province, district, name, area_id, area_name, match, note (UTF-8 with BOM).
    Result<void> writeCsv(const QString &path) const;
    // The same as an Excel sheet, headed and with the match in the planner's language, and the
    // summary under it.
    Result<void> writeXlsx(const QString &path) const;
};

class FigureImporter
{
    Q_DECLARE_TR_FUNCTIONS(FigureImporter)

public:
    // Reads, matches and (unless dryRun) writes the figures in one transaction.
    static Result<FigureReport> run(Project &project, const FigureOptions &options,
                                    bool dryRun = false);
    // A hand-made pair, kept for the next import of the same source (file name).
    static Result<void> saveManualMatch(Project &project, const QString &source,
                                        const QString &province, const QString &district,
                                        const QString &name, qint64 areaId);
};

// Edit distance, for the fuzzy step.
int levenshtein(QStringView a, QStringView b);

} // namespace geisep
