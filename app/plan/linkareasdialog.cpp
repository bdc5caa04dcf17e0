// Plan ▸ Link selected areas…: priority and note of a link between areas and a plan item.
#include "app/plan/linkareasdialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

namespace geisep {

LinkAreasDialog::LinkAreasDialog(int count, const QString &itemTitle, QWidget *parent)
    : QDialog(parent)
    , m_priority(new QComboBox(this))
    , m_note(new QLineEdit(this))
{
    setObjectName(QStringLiteral("linkDialog"));
    setWindowTitle(tr("Link to…"));
    m_priority->addItem(tr("High"), QStringLiteral("high"));
    m_priority->addItem(tr("Medium"), QStringLiteral("medium"));
    m_priority->addItem(tr("Low"), QStringLiteral("low"));
    m_priority->setCurrentIndex(1);
    auto *form = new QFormLayout(this);
    form->addRow(
        new QLabel(tr("Link %n selected area(s) to “%1”.", nullptr, count).arg(itemTitle), this));
    form->addRow(tr("Priority"), m_priority);
    form->addRow(tr("Note"), m_note);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setEnabled(count > 0);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    form->addRow(buttons);
    if (count == 0)
        form->addRow(new QLabel(tr("Select areas on the map first."), this));
}

QString LinkAreasDialog::priority() const
{
    return m_priority->currentData().toString();
}

QString LinkAreasDialog::note() const
{
    return m_note->text().trimmed();
}

} // namespace geisep
