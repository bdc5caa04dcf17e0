#include "app/newprojectdialog.h"

#include "app/filedialogs.h"
#include "gis/crs.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QPushButton>

namespace geisep {

NewProjectDialog::NewProjectDialog(QWidget *parent)
    : QDialog(parent)
    , m_name(new QLineEdit(this))
    , m_province(new QComboBox(this))
    , m_municipality(new QLineEdit(this))
    , m_crs(new QComboBox(this))
    , m_path(new QLineEdit(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(tr("New project"));
    m_name->setObjectName(QStringLiteral("name"));
    m_province->setObjectName(QStringLiteral("province"));
    m_crs->setObjectName(QStringLiteral("crs"));
    m_path->setObjectName(QStringLiteral("path"));
    m_name->setPlaceholderText(tr("e.g. Gaziantep GEİSEP 2025–2028"));
    m_province->setEditable(true);
    m_province->addItems({QStringLiteral("Diyarbakır"), QStringLiteral("Erzurum"),
                          QStringLiteral("Gaziantep"), QStringLiteral("Şanlıurfa")});
    m_province->setCurrentIndex(-1);
    for (const Crs::Named &crs : Crs::turkishSystems())
        m_crs->addItem(QStringLiteral("%1 (EPSG:%2)").arg(crs.name).arg(crs.epsg), crs.epsg);
    m_crs->addItem(QStringLiteral("WGS 84 (EPSG:4326)"), 4326);
    m_crs->setCurrentIndex(m_crs->findData(5256));

    auto *browseButton = new QPushButton(tr("Browse…"), this);
    auto *pathRow = new QHBoxLayout;
    pathRow->addWidget(m_path);
    pathRow->addWidget(browseButton);

    auto *form = new QFormLayout;
    form->addRow(tr("Project name:"), m_name);
    form->addRow(tr("Province (il):"), m_province);
    form->addRow(tr("Municipality (belediye):"), m_municipality);
    form->addRow(tr("Coordinate system:"), m_crs);
    form->addRow(tr("File:"), pathRow);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_buttons);
    resize(560, sizeHint().height());

    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(browseButton, &QPushButton::clicked, this, &NewProjectDialog::browse);
    connect(m_province, &QComboBox::currentTextChanged, this, &NewProjectDialog::provinceChanged);
    connect(m_crs, &QComboBox::activated, this, [this] { m_crsTouched = true; });
    connect(m_name, &QLineEdit::textChanged, this, &NewProjectDialog::updateOk);
    connect(m_path, &QLineEdit::textChanged, this, &NewProjectDialog::updateOk);
    updateOk();
}

void NewProjectDialog::provinceChanged(const QString &province)
{
    if (m_crsTouched)
        return;
    if (const auto epsg = Crs::defaultEpsgForProvince(province))
        m_crs->setCurrentIndex(m_crs->findData(*epsg));
}

void NewProjectDialog::updateOk()
{
    m_buttons->button(QDialogButtonBox::Ok)
        ->setEnabled(!m_name->text().trimmed().isEmpty() && !m_path->text().trimmed().isEmpty());
}

void NewProjectDialog::browse()
{
    QString path = files::saveFile(this, tr("New project file"), QDir::homePath(),
                                   tr("GEİSEP projects (*.gpkg)"));
    if (path.isEmpty())
        return;
    if (!path.endsWith(QStringLiteral(".gpkg"), Qt::CaseInsensitive))
        path += QStringLiteral(".gpkg");
    m_path->setText(path);
}

QString NewProjectDialog::projectName() const
{
    return m_name->text().trimmed();
}

QString NewProjectDialog::province() const
{
    return m_province->currentText().trimmed();
}

QString NewProjectDialog::municipality() const
{
    return m_municipality->text().trimmed();
}

int NewProjectDialog::epsg() const
{
    return m_crs->currentData().toInt();
}

QString NewProjectDialog::filePath() const
{
    return m_path->text().trimmed();
}

} // namespace geisep
