#include "app/plan/planitemdialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace geisep {

QString PlanItemDialog::statusTitle(const QString &status)
{
    if (status == u"planned")
        return tr("Planned");
    if (status == u"in_progress")
        return tr("In progress");
    if (status == u"done")
        return tr("Done");
    if (status == u"dropped")
        return tr("Dropped");
    return status;
}

QString PlanItemDialog::stepTitle(int step)
{
    switch (step) {
    case 1:
        return tr("1 · Strategy planning group");
    case 2:
        return tr("2 · Situation analysis");
    case 3:
        return tr("3 · Projected population and services");
    case 4:
        return tr("4 · Goals, objectives, activities and projects");
    case 5:
        return tr("5 · Projects in detail, with funding");
    default:
        return tr("Not set");
    }
}

QString PlanItemDialog::kindTitle(PlanKind kind)
{
    switch (kind) {
    case PlanKind::Sector:
        return tr("Sector");
    case PlanKind::Goal:
        return tr("Goal");
    case PlanKind::Objective:
        return tr("Objective");
    case PlanKind::Action:
        return tr("Action");
    }
    return {};
}

PlanItemDialog::PlanItemDialog(const QList<Stakeholder> &stakeholders, const PlanItem &item,
                               QWidget *parent)
    : QDialog(parent)
    , m_item(item)
{
    setObjectName(QStringLiteral("planItemDialog"));
    setWindowTitle(item.id > 0 ? tr("Edit %1").arg(kindTitle(item.kind).toLower())
                               : tr("New %1").arg(kindTitle(item.kind).toLower()));
    QFormLayout *form = textFields();
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    if (item.kind == PlanKind::Action)
        layout->addWidget(actionBox(stakeholders));

    m_problem = new QLabel(this);
    m_problem->setObjectName(QStringLiteral("problem"));
    m_problem->setStyleSheet(QStringLiteral("color: #b02020"));
    m_problem->setWordWrap(true);
    layout->addWidget(m_problem);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(m_buttons);
    connect(m_titleTr, &QLineEdit::textChanged, this, &PlanItemDialog::validate);
    validate();
    resize(item.kind == PlanKind::Action ? 560 : 480, sizeHint().height());
}

QFormLayout *PlanItemDialog::textFields()
{
    m_code = new QLineEdit(m_item.code, this);
    m_code->setObjectName(QStringLiteral("code"));
    m_code->setPlaceholderText(tr("e.g. H3.1"));
    m_titleTr = new QLineEdit(m_item.titleTr, this);
    m_titleTr->setObjectName(QStringLiteral("titleTr"));
    m_titleEn = new QLineEdit(m_item.titleEn, this);
    m_titleEn->setObjectName(QStringLiteral("titleEn"));
    m_titleEn->setPlaceholderText(tr("optional"));
    m_description = new QPlainTextEdit(m_item.description, this);
    m_description->setObjectName(QStringLiteral("description"));
    m_description->setTabChangesFocus(true);
    m_description->setMinimumHeight(60);
    m_description->setMaximumHeight(m_item.kind == PlanKind::Action ? 90 : 160);

    auto *form = new QFormLayout;
    form->addRow(tr("Code"), m_code);
    form->addRow(tr("Title (Turkish)"), m_titleTr);
    form->addRow(tr("Title (English)"), m_titleEn);
    form->addRow(tr("Description"), m_description);
    return form;
}

void PlanItemDialog::stakeholderFields(const QList<Stakeholder> &stakeholders)
{
    m_responsible = new QComboBox(this);
    m_responsible->setObjectName(QStringLiteral("responsible"));
    m_responsible->addItem(tr("Not chosen"), qint64(0));
    m_partners = new QListWidget(this);
    m_partners->setObjectName(QStringLiteral("partners"));
    m_partners->setMaximumHeight(110);
    for (const Stakeholder &stakeholder : stakeholders) {
        m_responsible->addItem(stakeholder.name, stakeholder.id);
        auto *partner = new QListWidgetItem(stakeholder.name, m_partners);
        partner->setData(Qt::UserRole, stakeholder.id);
        partner->setFlags(partner->flags() | Qt::ItemIsUserCheckable);
        partner->setCheckState(m_item.partnerIds.contains(stakeholder.id) ? Qt::Checked
                                                                          : Qt::Unchecked);
    }
    m_responsible->setCurrentIndex(std::max(0, m_responsible->findData(m_item.responsibleId)));
    if (m_partners->count() == 0)
        new QListWidgetItem(tr("The stakeholder register is empty."), m_partners);
}

QHBoxLayout *PlanItemDialog::dateRow(QCheckBox *&has, QDateEdit *&edit, const QDate &value,
                                     const QString &name)
{
    has = new QCheckBox(this);
    edit = new QDateEdit(value.isValid() ? value : QDate::currentDate(), this);
    edit->setObjectName(name);
    edit->setCalendarPopup(true);
    edit->setDisplayFormat(QStringLiteral("dd.MM.yyyy"));
    has->setChecked(value.isValid());
    edit->setEnabled(value.isValid());
    connect(has, &QCheckBox::toggled, edit, &QWidget::setEnabled);
    connect(has, &QCheckBox::toggled, this, &PlanItemDialog::validate);
    connect(edit, &QDateEdit::dateChanged, this, &PlanItemDialog::validate);
    auto *row = new QHBoxLayout;
    row->addWidget(has);
    row->addWidget(edit, 1);
    return row;
}

QHBoxLayout *PlanItemDialog::budgetRow()
{
    m_hasBudget = new QCheckBox(this);
    m_budget = new QDoubleSpinBox(this);
    m_budget->setObjectName(QStringLiteral("budget"));
    m_budget->setRange(0, 1e12);
    m_budget->setDecimals(2);
    m_budget->setGroupSeparatorShown(true);
    m_budget->setValue(m_item.budget.value_or(0));
    m_hasBudget->setChecked(m_item.budget.has_value());
    m_budget->setEnabled(m_item.budget.has_value());
    connect(m_hasBudget, &QCheckBox::toggled, m_budget, &QWidget::setEnabled);
    m_currency = new QComboBox(this);
    m_currency->setObjectName(QStringLiteral("currency"));
    m_currency->addItems({QStringLiteral("TRY"), QStringLiteral("EUR"), QStringLiteral("USD")});
    m_currency->setEditable(true);
    m_currency->setCurrentText(m_item.currency);
    auto *row = new QHBoxLayout;
    row->addWidget(m_hasBudget);
    row->addWidget(m_budget, 1);
    row->addWidget(m_currency);
    return row;
}

QGroupBox *PlanItemDialog::actionBox(const QList<Stakeholder> &stakeholders)
{
    stakeholderFields(stakeholders);
    QHBoxLayout *startRow = dateRow(m_hasStart, m_start, m_item.start, QStringLiteral("start"));
    QHBoxLayout *endRow = dateRow(m_hasEnd, m_end, m_item.end, QStringLiteral("end"));
    QHBoxLayout *budget = budgetRow();

    m_fundingKind = new QComboBox(this);
    m_fundingKind->setObjectName(QStringLiteral("fundingKind"));
    m_fundingKind->addItem(tr("Not known"), QString());
    m_fundingKind->addItem(tr("Own budget"), QStringLiteral("own"));
    m_fundingKind->addItem(tr("National programme"), QStringLiteral("national"));
    m_fundingKind->addItem(tr("International donor"), QStringLiteral("international"));
    m_fundingKind->setCurrentIndex(std::max(0, m_fundingKind->findData(m_item.fundingKind)));
    m_fundingSource = new QLineEdit(m_item.fundingSource, this);
    m_fundingSource->setObjectName(QStringLiteral("fundingSource"));
    m_fundingSource->setPlaceholderText(tr("e.g. the programme or donor's name"));

    m_status = new QComboBox(this);
    m_status->setObjectName(QStringLiteral("status"));
    for (const char *s : {"planned", "in_progress", "done", "dropped"})
        m_status->addItem(statusTitle(QString::fromLatin1(s)), QString::fromLatin1(s));
    m_status->setCurrentIndex(std::max(0, m_status->findData(m_item.status)));
    m_step = new QComboBox(this);
    m_step->setObjectName(QStringLiteral("methodStep"));
    for (int step = 0; step <= 5; ++step)
        m_step->addItem(stepTitle(step), step);
    m_step->setCurrentIndex(std::max(0, m_step->findData(m_item.methodStep)));

    auto *action = new QGroupBox(tr("Action"), this);
    auto *actionForm = new QFormLayout(action);
    actionForm->addRow(tr("Responsible"), m_responsible);
    actionForm->addRow(tr("Partners"), m_partners);
    actionForm->addRow(tr("Starts"), startRow);
    actionForm->addRow(tr("Ends"), endRow);
    actionForm->addRow(tr("Budget"), budget);
    actionForm->addRow(tr("Funding"), m_fundingKind);
    actionForm->addRow(tr("Funding source"), m_fundingSource);
    actionForm->addRow(tr("Status"), m_status);
    actionForm->addRow(tr("Method step"), m_step);
    return action;
}

PlanItem PlanItemDialog::item() const
{
    PlanItem out = m_item;
    out.code = m_code->text().trimmed();
    out.titleTr = m_titleTr->text().trimmed();
    out.titleEn = m_titleEn->text().trimmed();
    out.description = m_description->toPlainText();
    if (out.kind != PlanKind::Action)
        return out;
    out.responsibleId = m_responsible->currentData().toLongLong();
    out.partnerIds.clear();
    for (int i = 0; i < m_partners->count(); ++i)
        if (m_partners->item(i)->checkState() == Qt::Checked)
            out.partnerIds << m_partners->item(i)->data(Qt::UserRole).toLongLong();
    out.start = m_hasStart->isChecked() ? m_start->date() : QDate();
    out.end = m_hasEnd->isChecked() ? m_end->date() : QDate();
    out.budget = m_hasBudget->isChecked() ? std::optional<double>(m_budget->value()) : std::nullopt;
    out.currency = m_currency->currentText().trimmed();
    out.fundingKind = m_fundingKind->currentData().toString();
    out.fundingSource = m_fundingSource->text().trimmed();
    out.status = m_status->currentData().toString();
    out.methodStep = m_step->currentData().toInt();
    return out;
}

QString PlanItemDialog::problem() const
{
    if (m_titleTr->text().trimmed().isEmpty())
        return tr("Type the title in Turkish.");
    if (m_hasStart && m_hasStart->isChecked() && m_hasEnd->isChecked()
        && m_end->date() < m_start->date())
        return tr("The action cannot end before it starts.");
    return {};
}

void PlanItemDialog::validate()
{
    const QString why = problem();
    m_problem->setText(why);
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(why.isEmpty());
}

} // namespace geisep
