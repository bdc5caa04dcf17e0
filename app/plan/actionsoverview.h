#pragma once

#include "core/plan/planviews.h"

#include <QAbstractTableModel>
#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QSpinBox;
class QTableView;

namespace geisep {

class Session;

// Every action of the plan as a table row, filtered (ActionFilter): code, title, sector,
// responsible, status, start, end, budget, linked areas.
class ActionOverviewModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        CodeColumn,
        TitleColumn,
        SectorColumn,
        ResponsibleColumn,
        StatusColumn,
        StartColumn,
        EndColumn,
        BudgetColumn,
        AreasColumn,
        ColumnCount
    };
    enum Roles { IdRole = Qt::UserRole + 1 };

    explicit ActionOverviewModel(QObject *parent = nullptr);

    void setRows(QList<ActionRow> rows);
    void setFilter(const ActionFilter &filter);
    void setEnglish(bool english);
    int totalCount() const { return int(m_all.size()); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    void refilter();

    QList<ActionRow> m_all;
    QList<int> m_shown; // indexes into m_all
    ActionFilter m_filter;
    bool m_english = false;
};

// Plan ▸ Actions overview: the table with its filters (sector, actor, status, year, area).
// Double-clicking an action chooses it in the plan dock.
class ActionsOverviewDialog : public QDialog
{
    Q_OBJECT

public:
    explicit ActionsOverviewDialog(Session *session, bool english, QWidget *parent = nullptr);

    ActionOverviewModel *model() const { return m_model; }
    void setFilter(const ActionFilter &filter); // sets the filter widgets too
    QString countText() const;

Q_SIGNALS:
    void actionActivated(qint64 id);

protected:
    void showEvent(QShowEvent *event) override;

private:
    void reload();
    bool m_loaded = false;
    void applyFilter();

    Session *m_session;
    ActionOverviewModel *m_model;
    QTableView *m_view;
    QComboBox *m_sector;
    QComboBox *m_actor;
    QComboBox *m_status;
    QSpinBox *m_year;
    QLineEdit *m_area;
    QLabel *m_count;
    bool m_settingFilter = false;
};

} // namespace geisep
