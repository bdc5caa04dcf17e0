#pragma once

#include "core/figures.h"
#include "core/project.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QRadioButton;
class QSpinBox;
class QTableWidget;

namespace geisep {

class Session;

// Katman ▸ Alan verileri: per-area figures from a CSV table. The planner picks the columns,
// matches, reviews what did not match cleanly, pairs rows by hand (kept for the next import of
// the same file), then imports.
class FiguresDialog : public QDialog
{
    Q_OBJECT

public:
    // Reads nothing until it first shows or is given a table.
    explicit FiguresDialog(Session *session, QWidget *parent = nullptr);
    // The table: a CSV, or an Excel or LibreOffice workbook (its first sheet, until another is
    // chosen in the Sheet list).
    void setCsv(const QString &path);
    void setSheet(const QString &sheet);
    FigureOptions options() const;
    // Runs the match without writing and fills the review table; false on an error.
    bool match();
    // Writes the figures; false on an error (shown in the dialog).
    bool importFigures();
    const std::optional<FigureReport> &lastReport() const { return m_report; }
    // Pairs the review row's input line with an area by hand and matches again.
    bool pairByHand(int line, qint64 areaId);

protected:
    void showEvent(QShowEvent *event) override;

private:
    void load(); // the project's area layers, listed once
    Project &project() const;
    void browse();
    void loadHeader();
    void fillReview();
    void reviewActivated(int row);
    void showError(const Error &error);

    Session *m_session = nullptr;
    bool m_loaded = false;
    QLineEdit *m_path;
    QComboBox *m_encoding;
    QComboBox *m_sheet;
    std::optional<CsvTable> m_sheetTable; // the chosen sheet, read
    QComboBox *m_layer;
    QSpinBox *m_period;
    QRadioButton *m_byNames;
    QRadioButton *m_byKey;
    QComboBox *m_province;
    QComboBox *m_district;
    QComboBox *m_name;
    QComboBox *m_keyColumn;
    QComboBox *m_keyField;
    QTableWidget *m_columns;
    QComboBox *m_filter;
    QTableWidget *m_review;
    QLabel *m_summary;
    QPushButton *m_matchButton;
    QPushButton *m_importButton;
    std::optional<FigureReport> m_report;
};

} // namespace geisep
