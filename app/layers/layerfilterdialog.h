#pragma once

#include "core/project.h"
#include "gis/edit/featuretable.h"

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QListWidget;
class QPlainTextEdit;
class QTimer;

namespace geisep {

class Session;

// Layer ▸ Filter…: which features of a layer the map, the attribute table, analyses and print
// use (as QGIS's query builder for a subset string). The planner writes an expression in the
// atlas filter's language (`ilçe = Eyyübiye AND nüfus >= 5000`), picking fields and their
// values from lists; the dialog says at once how many features it keeps, or where and why it
// does not read, and offers OK only for one that reads. It writes nothing itself: the window
// saves the filter through an undo command.
class LayerFilterDialog : public QDialog
{
    Q_OBJECT

public:
    // Reads nothing until it first shows or is given a filter.
    LayerFilterDialog(Session *session, const LayerInfo &layer, QWidget *parent = nullptr);

    QString filter() const;
    void setFilter(const QString &filter);
    // The number of features the expression as typed keeps, or -1 when it does not read.
    qint64 matchCount() const { return m_matching; }

protected:
    void showEvent(QShowEvent *event) override;

private:
    void load(); // the layer's columns and features, read once
    void showValues();
    void insertText(const QString &text);
    void check();

    FeatureTable m_table;
    QString m_initialFilter;
    bool m_loaded = false;
    std::vector<qint64> m_all;
    qint64 m_matching = -1;
    QListWidget *m_fields = nullptr;
    QListWidget *m_values = nullptr;
    QPlainTextEdit *m_expression = nullptr;
    QLabel *m_status = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    QTimer *m_checkTimer = nullptr;
};

} // namespace geisep
