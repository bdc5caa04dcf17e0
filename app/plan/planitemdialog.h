#pragma once

#include "core/plan/plan.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QDialogButtonBox;
class QDoubleSpinBox;
class QFormLayout;
class QGroupBox;
class QHBoxLayout;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;

namespace geisep {

// The form of a goal, objective or action: code, Turkish title (required), English title,
// description; for an action also the responsible actor and partners from the stakeholder
// register, start and end, budget with currency, funding, status and the method step. OK stays
// disabled until the form is valid, and says why.
class PlanItemDialog : public QDialog
{
    Q_OBJECT

public:
    // For an action, the responsible actor and partners are chosen from `stakeholders`.
    PlanItemDialog(const QList<Stakeholder> &stakeholders, const PlanItem &item,
                   QWidget *parent = nullptr);

    PlanItem item() const;
    // Why the form cannot be saved yet; empty when it can.
    QString problem() const;

    static QString statusTitle(const QString &status);
    static QString stepTitle(int step);
    static QString kindTitle(PlanKind kind);

private:
    // The steps of building the form, in the order its widgets are made (the tab order).
    QFormLayout *textFields();
    QGroupBox *actionBox(const QList<Stakeholder> &stakeholders);
    void stakeholderFields(const QList<Stakeholder> &stakeholders);
    QHBoxLayout *dateRow(QCheckBox *&has, QDateEdit *&edit, const QDate &value,
                         const QString &name);
    QHBoxLayout *budgetRow();
    void validate();

    PlanItem m_item;
    QLineEdit *m_code = nullptr;
    QLineEdit *m_titleTr = nullptr;
    QLineEdit *m_titleEn = nullptr;
    QPlainTextEdit *m_description = nullptr;
    QComboBox *m_responsible = nullptr;
    QListWidget *m_partners = nullptr;
    QCheckBox *m_hasStart = nullptr;
    QDateEdit *m_start = nullptr;
    QCheckBox *m_hasEnd = nullptr;
    QDateEdit *m_end = nullptr;
    QCheckBox *m_hasBudget = nullptr;
    QDoubleSpinBox *m_budget = nullptr;
    QComboBox *m_currency = nullptr;
    QComboBox *m_fundingKind = nullptr;
    QLineEdit *m_fundingSource = nullptr;
    QComboBox *m_status = nullptr;
    QComboBox *m_step = nullptr;
    QLabel *m_problem = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace geisep
