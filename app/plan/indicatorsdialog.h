#pragma once

#include "core/plan/plan.h"

#include <QDialog>
#include <QMap>

#include <functional>

#include <optional>

class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QSpinBox;
class QTableWidget;

namespace geisep {

class Session;

// The form of one indicator: code, name in Turkish (required) and English, unit, direction,
// type and how its area values combine for the plan as a whole.
class IndicatorForm : public QDialog
{
    Q_OBJECT

public:
    IndicatorForm(const Indicator &indicator, QWidget *parent = nullptr);
    Indicator indicator() const;

    static QString typeTitle(const QString &type);
    static QString aggregationTitle(const QString &aggregation);
    static QString directionTitle(const QString &direction);

private:
    Indicator m_indicator;
    QLineEdit *m_code;
    QLineEdit *m_nameTr;
    QLineEdit *m_nameEn;
    QLineEdit *m_unit;
    QComboBox *m_direction;
    QComboBox *m_type;
    QComboBox *m_aggregation;
};

// The indicators of an objective or an action: the list, and for the chosen one a grid of
// baseline, target and actual values per area and year (the plan as a whole first), each
// area's progress by the Open SDG method as a coloured badge with its R value, and the plan's
// own above the grid. Every change is one undo step on the session's stack.
class IndicatorsDialog : public QDialog
{
    Q_OBJECT

public:
    IndicatorsDialog(Session *session, PlanKind ownerKind, qint64 ownerId,
                     QWidget *parent = nullptr);

    // The edits without their forms (the buttons and tests call these); 0 / false when refused.
    qint64 addIndicator(const Indicator &indicator);
    bool editIndicator(const Indicator &indicator);
    bool removeIndicator(qint64 id);
    // Sets (or, with no value, clears) one cell of the current indicator.
    bool setValue(qint64 areaId, int year, const QString &kind, std::optional<double> value);

    void selectIndicator(qint64 id);
    qint64 currentIndicator() const;
    QTableWidget *grid() const { return m_grid; }
    QString wholePlanProgress() const; // the badge's text

    // Grid columns.
    enum Column {
        AreaColumn,
        YearColumn,
        BaselineColumn,
        TargetColumn,
        ActualColumn,
        ProgressColumn,
        ColumnCount
    };

protected:
    void showEvent(QShowEvent *event) override;

private:
    void reload();
    bool m_loaded = false;
    void reloadGrid();
    void cellEdited(int row, int column);
    void addRow();
    bool push(const QString &text, qint64 id, std::function<Result<qint64>(PlanStore &)> edit);

    Session *m_session;
    PlanKind m_ownerKind;
    qint64 m_ownerId;
    QMap<qint64, QString> m_areaNames; // linked areas, and those with values; 0 = whole plan
    QList<std::pair<qint64, int>> m_pendingRows;
    bool m_loading = false;
    QString m_wholeText;

    QListWidget *m_list;
    QPushButton *m_edit;
    QPushButton *m_remove;
    QLabel *m_whole;
    QTableWidget *m_grid;
    QComboBox *m_area;
    QSpinBox *m_year;
    QPushButton *m_addRow;
};

// A progress status with its R ("On track · R = 1.22", "(linear)" when the linear method was
// used), and as HTML behind a coloured dot; the tooltip says how it was assessed or why not.
QString progressText(const Progress &progress);
QString progressBadge(const Progress &progress);
QString progressToolTip(const Progress &progress);

} // namespace geisep
