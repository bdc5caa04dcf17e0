#pragma once

#include "gis/edit/featureedit.h"
#include "gis/edit/featuretable.h"

#include <QDialog>
#include <QHash>

class QComboBox;
class QCheckBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QSpinBox;

namespace geisep {

// The attribute table's Alan ekle…: a field's name as the planner types it ("Okul sayısı"),
// the column name it becomes (okul_sayisi), its type and, for text, its length.
class AddFieldDialog : public QDialog
{
    Q_OBJECT

public:
    AddFieldDialog(const QList<EditField> &existing, QWidget *parent = nullptr);
    EditField field() const;
    void setName(const QString &typed);

private:
    void update();

    QList<EditField> m_existing;
    QLineEdit *m_name = nullptr;
    QLabel *m_column = nullptr;
    QComboBox *m_type = nullptr;
    QSpinBox *m_length = nullptr;
    QLabel *m_problem = nullptr;
    QPushButton *m_ok = nullptr;
};

// The attribute table's Alan hesapla…, as QGIS's field calculator: a field of the layer set, for
// every feature the table lists or only the selected ones, to a value or an expression of other
// fields (FieldExpression: `persons / households`, `round(nüfus * 0.12, 0)`). The first values
// are previewed as one types; a value the field cannot hold (a fraction for a whole number)
// is refused naming the feature. OK hands the values to the window, which stores them as one
// undo step.
class FieldCalculatorDialog : public QDialog
{
    Q_OBJECT

public:
    FieldCalculatorDialog(const FeatureTable &table, const QList<EditField> &fields,
                          std::vector<qint64> all, std::vector<qint64> selected,
                          QWidget *parent = nullptr);

    QString field() const;
    void setField(const QString &name);
    void setExpression(const QString &expression);
    void setOnlySelected(bool only);
    // The values to store, by feature, once the dialog is accepted (or after setExpression:
    // empty when the expression does not read or a value does not fit).
    const QHash<qint64, QVariant> &values() const { return m_values; }
    QString problem() const;

private:
    void calculate();

    const FeatureTable &m_table;
    QList<EditField> m_fields;
    std::vector<qint64> m_all;
    std::vector<qint64> m_selected;
    QHash<qint64, QVariant> m_values;
    QComboBox *m_field = nullptr;
    QCheckBox *m_onlySelected = nullptr;
    QListWidget *m_names = nullptr;
    QPlainTextEdit *m_expression = nullptr;
    QLabel *m_preview = nullptr;
    QPushButton *m_ok = nullptr;
};

} // namespace geisep
