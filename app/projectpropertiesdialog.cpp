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
    Project &project = session->project();
    setWindowTitle(tr("Project properties"));
    m_name = new QLineEdit(project.meta(QStringLiteral("name")), this);
    m_province = new QLineEdit(project.meta(QStringLiteral("province")), this);
    m_municipality = new QLineEdit(project.meta(QStringLiteral("municipality")), this);
    m_threshold = new QSpinBox(this);
    m_threshold->setObjectName(QStringLiteral("privacyThreshold"));
    m_threshold->setRange(Privacy::kMinimumThreshold, 1000);
    m_threshold->setValue(Privacy::threshold(project.db()));
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

void ProjectPropertiesDialog::apply()
{
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
