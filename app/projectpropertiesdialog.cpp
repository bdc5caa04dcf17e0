// Proje ▸ Özellikler…: name, province, municipality and small-cell threshold, undoably.
#include "app/projectpropertiesdialog.h"

#include "app/commands.h"
#include "app/session.h"
#include "core/privacy.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QSpinBox>

namespace geisep {

ProjectPropertiesDialog::ProjectPropertiesDialog(Session *session, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
{
    setWindowTitle(tr("Project properties"));
    m_name = new QLineEdit(this);
    m_name->setObjectName(QStringLiteral("projectName"));
    m_province = new QLineEdit(this);
    m_province->setObjectName(QStringLiteral("province"));
    m_municipality = new QLineEdit(this);
    m_municipality->setObjectName(QStringLiteral("municipality"));
    m_threshold = new QSpinBox(this);
    m_threshold->setObjectName(QStringLiteral("privacyThreshold"));
    m_threshold->setRange(Privacy::kMinimumThreshold, 1000);
    m_threshold->setToolTip(tr("Counts of migrants below this print and export as \"<N\", the "
                               "rates from them are withheld (never below %1).")
                                .arg(Privacy::kMinimumThreshold));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    auto *form = new QFormLayout(this);
    form->addRow(tr("Project name:"), m_name);
    form->addRow(tr("Province (il):"), m_province);
    form->addRow(tr("Municipality (belediye):"), m_municipality);
    form->addRow(tr("Small-cell threshold:"), m_threshold);
    form->addRow(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

void ProjectPropertiesDialog::showEvent(QShowEvent *event)
{
    load();
    QDialog::showEvent(event);
}

void ProjectPropertiesDialog::load()
{
    if (m_loaded)
        return;
    m_loaded = true;
    Project &project = m_session->project();
    m_name->setText(project.meta(QStringLiteral("name")));
    m_province->setText(project.meta(QStringLiteral("province")));
    m_municipality->setText(project.meta(QStringLiteral("municipality")));
    m_threshold->setValue(Privacy::threshold(project.db()));
}

void ProjectPropertiesDialog::apply()
{
    // Never shown nor loaded: nothing was edited, the fields get the project's values and
    // nothing changes.
    load();
    Project &project = m_session->project();
    const QList<std::tuple<QString, QString, QString>> edits
        = {{QStringLiteral("name"), m_name->text().trimmed(), tr("Rename project")},
           {QStringLiteral("province"), m_province->text().trimmed(), tr("Change province")},
           {QStringLiteral("municipality"), m_municipality->text().trimmed(),
            tr("Change municipality")},
           {QStringLiteral("privacy_threshold"), QString::number(m_threshold->value()),
            tr("Change the small-cell threshold")}};
    for (const auto &[key, value, text] : edits)
        if (project.meta(key) != value)
            m_session->undoStack()->push(new SetMetaCommand(m_session, key, value, text));
}

} // namespace geisep
