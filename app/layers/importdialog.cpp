#include "app/layers/importdialog.h"

#include "app/filedialogs.h"
#include "core/layerlistmodel.h"
#include "gis/crs.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QRegularExpression>
#include <QSignalBlocker>
#include <QTableWidget>
#include <QVBoxLayout>

namespace geisep {

ImportDialog::ImportDialog(const QList<LayerInfo> &projectLayers, QWidget *parent)
    : QDialog(parent)
    , m_path(new QLineEdit(this))
    , m_layer(new QComboBox(this))
    , m_name(new QLineEdit(this))
    , m_role(new QComboBox(this))
    , m_encoding(new QComboBox(this))
    , m_crs(new QComboBox(this))
    , m_serviceField(new QComboBox(this))
    , m_districts(new QComboBox(this))
    , m_filterField(new QComboBox(this))
    , m_filterValue(new QComboBox(this))
    , m_inView(new QCheckBox(this))
    , m_summary(new QLabel(this))
    , m_preview(new QTableWidget(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(tr("Import a layer"));
    setObjectName(QStringLiteral("importDialog"));
    m_path->setObjectName(QStringLiteral("path"));
    m_role->setObjectName(QStringLiteral("role"));
    m_name->setObjectName(QStringLiteral("name"));
    m_districts->setObjectName(QStringLiteral("districts"));
    m_encoding->setObjectName(QStringLiteral("encoding"));
    m_preview->setObjectName(QStringLiteral("preview"));
    for (const LayerRole role : LayerImporter::roles())
        m_role->addItem(LayerListModel::roleTitle(role), roleName(role));
    m_encoding->addItem(tr("Detect"), QString());
    for (const char *e : {"UTF-8", "CP1254", "ISO-8859-9", "ISO-8859-1"})
        m_encoding->addItem(QString::fromLatin1(e), QString::fromLatin1(e));
    m_crs->addItem(tr("As the file says"), 0);
    m_crs->addItem(QStringLiteral("WGS 84 (EPSG:4326)"), 4326);
    for (const Crs::Named &named : Crs::turkishSystems())
        m_crs->addItem(QStringLiteral("%1 (EPSG:%2)").arg(named.name).arg(named.epsg), named.epsg);
    m_districts->addItem(tr("None"), QString());
    for (const LayerInfo &layer : projectLayers)
        if (layer.geometryType.contains(QStringLiteral("POLYGON")))
            m_districts->addItem(layer.name, layer.name);
    m_filterField->setObjectName(QStringLiteral("filterField"));
    m_filterValue->setObjectName(QStringLiteral("filterValue"));
    m_filterValue->setEditable(true);
    m_filterValue->setInsertPolicy(QComboBox::NoInsert);
    m_filterValue->lineEdit()->setPlaceholderText(
        tr("a value from the list, or several: Şanlıurfa, Gaziantep"));
    m_filterField->addItem(tr("All features"), QString());
    m_summary->setObjectName(QStringLiteral("summary"));
    m_summary->setWordWrap(true);
    m_preview->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_preview->horizontalHeader()->setStretchLastSection(true);
    m_preview->setMinimumHeight(220);

    auto *browseButton = new QPushButton(tr("Browse…"), this);
    auto *pathRow = new QHBoxLayout;
    pathRow->addWidget(m_path);
    pathRow->addWidget(browseButton);
    auto *form = new QFormLayout;
    form->addRow(tr("File:"), pathRow);
    form->addRow(tr("Layer in the file:"), m_layer);
    form->addRow(tr("Name in the project:"), m_name);
    form->addRow(tr("Role:"), m_role);
    form->addRow(tr("Text encoding:"), m_encoding);
    form->addRow(tr("Coordinate system of the file:"), m_crs);
    form->addRow(tr("Service type field:"), m_serviceField);
    form->addRow(tr("Districts from layer:"), m_districts);
    auto *filterRow = new QHBoxLayout;
    filterRow->addWidget(m_filterField);
    filterRow->addWidget(new QLabel(QStringLiteral("="), this));
    filterRow->addWidget(m_filterValue, 1);
    form->addRow(tr("Only features where:"), filterRow);
    m_inView->setObjectName(QStringLiteral("onlyInView"));
    m_inView->setText(tr("Only features within the map's current view"));
    m_inView->setEnabled(false);
    form->addRow(QString(), m_inView);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_summary);
    layout->addWidget(m_preview, 1);
    layout->addWidget(m_buttons);
    resize(760, 620);

    connect(browseButton, &QPushButton::clicked, this, &ImportDialog::browse);
    connect(m_path, &QLineEdit::editingFinished, this, &ImportDialog::refreshPreview);
    connect(m_layer, &QComboBox::currentIndexChanged, this, &ImportDialog::refreshPreview);
    connect(m_encoding, &QComboBox::currentIndexChanged, this, &ImportDialog::refreshPreview);
    connect(m_inView, &QCheckBox::toggled, this, &ImportDialog::refreshPreview);
    connect(m_role, &QComboBox::currentIndexChanged, this, &ImportDialog::roleChanged);
    connect(m_filterField, &QComboBox::currentIndexChanged, this,
            &ImportDialog::filterFieldChanged);
    connect(m_filterValue, &QComboBox::currentIndexChanged, this, &ImportDialog::refreshPreview);
    connect(m_filterValue->lineEdit(), &QLineEdit::editingFinished, this,
            &ImportDialog::refreshPreview);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    roleChanged();
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(false);
}

void ImportDialog::browse()
{
    const QString path = files::openFile(
        this, tr("Import a layer"), QString(),
        tr("GIS layers (*.gpkg *.shp *.zip *.geojson *.json *.kml *.fgb *.csv);;All files (*)"));
    if (!path.isEmpty())
        setFile(path);
}

void ImportDialog::setFile(const QString &path)
{
    m_path->setText(path);
    m_layer->blockSignals(true);
    m_layer->clear();
    m_layer->blockSignals(false);
    {
        // Each file is detected afresh: an encoding chosen for the last one is not this one's.
        const QSignalBlocker quiet(m_encoding);
        m_encoding->setCurrentIndex(0);
    }
    refreshPreview();
}

void ImportDialog::setFilter(const QString &field, const QString &values)
{
    {
        const QSignalBlocker quiet(m_filterField);
        m_filterField->setCurrentIndex(std::max(0, m_filterField->findData(field)));
    }
    filterFieldChanged();
    const QSignalBlocker quiet(m_filterValue);
    m_filterValue->setEditText(values);
    refreshPreview();
}

void ImportDialog::filterFieldChanged()
{
    const QString field = m_filterField->currentData().toString();
    {
        const QSignalBlocker quiet(m_filterValue);
        m_filterValue->clear();
        m_filterValue->setEnabled(!field.isEmpty());
        if (!field.isEmpty()) {
            ImportOptions o = options();
            if (auto values = LayerImporter::fieldValues(o, field))
                m_filterValue->addItems(*values);
            m_filterValue->setCurrentIndex(-1);
            m_filterValue->setEditText(QString());
        }
    }
    refreshPreview();
}

LayerRole ImportDialog::currentRole() const
{
    return roleFromName(m_role->currentData().toString()).value_or(LayerRole::Reference);
}

void ImportDialog::roleChanged()
{
    const LayerRole role = currentRole();
    m_serviceField->setEnabled(role == LayerRole::Infrastructure);
    m_districts->setEnabled(isAreaRole(role));
}

ImportOptions ImportDialog::options() const
{
    ImportOptions o;
    o.path = m_path->text().trimmed();
    o.sourceLayer = m_layer->currentText();
    o.name = m_name->text().trimmed();
    o.role = currentRole();
    o.encoding = m_encoding->currentData().toString();
    if (const int epsg = m_crs->currentData().toInt(); epsg > 0)
        o.sourceEpsg = epsg;
    if (o.role == LayerRole::Infrastructure)
        o.serviceField = m_serviceField->currentText();
    if (m_districts->isEnabled())
        o.districtsLayer = m_districts->currentData().toString();
    if (const QString field = m_filterField->currentData().toString(); !field.isEmpty()) {
        static const QRegularExpression separators(QStringLiteral("[,;]"));
        const qsizetype index = m_filterField->currentIndex() - 1;
        o.where = LayerImporter::filterFor(field, m_filterValue->currentText().split(separators),
                                           m_numericFields.value(index));
    }
    if (m_inView->isChecked() && !m_view.isEmpty()) {
        o.extent = m_view;
        o.extentEpsg = m_viewEpsg;
    }
    return o;
}

void ImportDialog::setMapView(const Envelope &view, int epsg)
{
    m_view = view;
    m_viewEpsg = epsg;
    m_inView->setEnabled(!view.isEmpty() && epsg > 0);
}

void ImportDialog::setOnlyInView(bool only)
{
    m_inView->setChecked(only && m_inView->isEnabled());
}

void ImportDialog::refreshPreview()
{
    if (m_refreshing)
        return;
    m_refreshing = true;
    ImportOptions o = options();
    auto preview = LayerImporter::preview(o, 10);
    m_preview->clear();
    if (!preview) {
        m_summary->setText(QStringLiteral("<span style='color:#a00000'>%1<br>%2</span>")
                               .arg(preview.error().message.toHtmlEscaped(),
                                    preview.error().hint.toHtmlEscaped()));
        m_preview->setRowCount(0);
        m_preview->setColumnCount(0);
        m_buttons->button(QDialogButtonBox::Ok)->setEnabled(false);
        m_refreshing = false;
        return;
    }
    if (m_layer->count() == 0) {
        m_layer->addItems(preview->layers);
        m_layer->setCurrentText(preview->layer);
    }
    if (m_name->text().isEmpty())
        m_name->setText(QFileInfo(o.path).completeBaseName());
    const QString field = m_serviceField->currentText();
    m_serviceField->clear();
    m_serviceField->addItems(preview->fields);
    m_serviceField->setCurrentText(field);
    if (m_filterField->count() != preview->fields.size() + 1) {
        const QSignalBlocker quiet(m_filterField);
        m_filterField->clear();
        m_filterField->addItem(tr("All features"), QString());
        for (const QString &f : preview->fields)
            m_filterField->addItem(f, f);
        m_filterValue->clear();
        m_filterValue->setEnabled(false);
    }
    m_numericFields = preview->numeric;
    m_summary->setText(
        tr("%1 · %2 features · %3 · CRS: %4 · encoding %5 (%6)")
            .arg(preview->driver)
            .arg(QLocale().toString(preview->featureCount))
            .arg(preview->geometryType,
                 preview->crs.isEmpty() ? tr("none — choose one below") : preview->crs,
                 preview->encoding, preview->encodingReason));
    if (!preview->whereError.isEmpty())
        m_summary->setText(m_summary->text() + QStringLiteral(" · ") + preview->whereError);
    else if (preview->matching >= 0)
        m_summary->setText(m_summary->text() + QStringLiteral(" · ")
                           + tr("%Ln of them kept by the filter", nullptr, int(preview->matching)));
    if (preview->conflict) {
        // The file's declaration does not fit its text: the import will use what the text
        // reads as (chosen here, so the planner sees and can change it), and the summary says so.
        if (const int i = m_encoding->findData(preview->encoding); i >= 0) {
            const QSignalBlocker quiet(m_encoding);
            m_encoding->setCurrentIndex(i);
        }
        m_summary->setText(QStringLiteral("<span style='color:#a05a00'>%1</span>")
                               .arg(m_summary->text().toHtmlEscaped()));
    }
    m_preview->setColumnCount(int(preview->fields.size()));
    m_preview->setHorizontalHeaderLabels(preview->fields);
    m_preview->setRowCount(int(preview->rows.size()));
    for (int r = 0; r < preview->rows.size(); ++r)
        for (int c = 0; c < preview->rows[r].size(); ++c)
            m_preview->setItem(r, c, new QTableWidgetItem(preview->rows[r][c]));
    m_preview->resizeColumnsToContents();
    // A filter that keeps nothing, or cannot be used, imports nothing.
    m_buttons->button(QDialogButtonBox::Ok)
        ->setEnabled(preview->matching != 0 && preview->whereError.isEmpty());
    m_refreshing = false;
}

} // namespace geisep
