#include "app/layers/styledialog.h"

#include "app/session.h"

#include <QColorDialog>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPainter>
#include <QPushButton>
#include <QSpinBox>
#include <QToolButton>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace geisep {

namespace {

QIcon colorIcon(const QColor &color)
{
    QPixmap pixmap(28, 16);
    pixmap.fill(color);
    QPainter p(&pixmap);
    p.setPen(QColor(0x55, 0x55, 0x55));
    p.drawRect(pixmap.rect().adjusted(0, 0, -1, -1));
    return QIcon(pixmap);
}

QIcon rampIcon(const QString &ramp)
{
    QPixmap pixmap(90, 16);
    QPainter p(&pixmap);
    const std::vector<QColor> colors = rampColors(ramp, 7);
    for (std::size_t i = 0; i < colors.size(); ++i)
        p.fillRect(QRectF(i * 90.0 / colors.size(), 0, 90.0 / colors.size() + 1, 16), colors[i]);
    return QIcon(pixmap);
}

QColor buttonColor(const QToolButton *button)
{
    return button->property("color").value<QColor>();
}

void setButtonColor(QToolButton *button, const QColor &color)
{
    button->setProperty("color", color);
    button->setIcon(colorIcon(color));
    button->setText(color.name());
}

} // namespace

StyleDialog::StyleDialog(Session *session, const MapLayer &layer, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_layer(layer)
    , m_style(layer.style)
{
    setObjectName(QStringLiteral("styleDialog"));
    setWindowTitle(tr("Style of %1").arg(layer.name));
    const bool points = layer.geometry && layer.geometry->kind == LayerGeometry::Kind::Points;

    createSymbolFields();
    createLabelFields();
    createPreview();
    QHBoxLayout *columns = arrangeFields(points);

    m_buttons = new QDialogButtonBox(
        QDialogButtonBox::Ok | QDialogButtonBox::Apply | QDialogButtonBox::Cancel, this);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_buttons->button(QDialogButtonBox::Apply), &QPushButton::clicked, this,
            [this] { Q_EMIT applyRequested(style()); });
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(columns, 1);
    layout->addWidget(m_buttons);

    connectFields();
    resize(760, 520);
    // The layer's fields are read when the dialog first shows (or is first set), not here.
}

Database &StyleDialog::db() const
{
    return m_session->project().db();
}

void StyleDialog::showEvent(QShowEvent *event)
{
    QDialog::showEvent(event);
    if (!m_loaded)
        setStyle(m_style);
}

void StyleDialog::load()
{
    m_loaded = true;
    for (const QString &field : styleFields(db(), m_layer.table, m_layer.id)) {
        m_fields.push_back({field, styleFieldIsNumeric(db(), m_layer.table, field)});
        m_labelField->addItem(LayerStyle::fieldTitle(field), field);
    }
}

void StyleDialog::createSymbolFields()
{
    m_kind = new QComboBox(this);
    m_kind->setObjectName(QStringLiteral("kind"));
    m_kind->addItem(tr("Single symbol"), int(LayerStyle::Kind::Single));
    m_kind->addItem(tr("Categorized by a field"), int(LayerStyle::Kind::Categorized));
    m_kind->addItem(tr("Graduated by a number"), int(LayerStyle::Kind::Graduated));

    m_field = new QComboBox(this);
    m_field->setObjectName(QStringLiteral("field"));
    m_labelField = new QComboBox(this);
    m_labelField->setObjectName(QStringLiteral("labelField"));
    m_labelField->addItem(tr("No labels"), QString());

    m_method = new QComboBox(this);
    m_method->setObjectName(QStringLiteral("method"));
    for (auto method : {LayerStyle::Method::Jenks, LayerStyle::Method::Quantile,
                        LayerStyle::Method::EqualInterval})
        m_method->addItem(LayerStyle::methodName(method), int(method));
    m_classes = new QSpinBox(this);
    m_classes->setObjectName(QStringLiteral("classes"));
    m_classes->setRange(3, 9);
    m_ramp = new QComboBox(this);
    m_ramp->setObjectName(QStringLiteral("ramp"));
    m_ramp->setIconSize(QSize(90, 16));
    for (const QString &ramp : rampNames())
        m_ramp->addItem(rampIcon(ramp), ramp, ramp);

    m_fill = new QToolButton(this);
    m_fill->setObjectName(QStringLiteral("fill"));
    m_stroke = new QToolButton(this);
    m_stroke->setObjectName(QStringLiteral("stroke"));
    for (QToolButton *b : {m_fill, m_stroke}) {
        b->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
        b->setIconSize(QSize(28, 16));
        connect(b, &QToolButton::clicked, this, [this, b] { pickColor(b); });
    }
    m_strokeWidth = new QDoubleSpinBox(this);
    m_strokeWidth->setRange(0, 8);
    m_strokeWidth->setSingleStep(0.2);
    m_strokeWidth->setSuffix(tr(" px"));
    m_fillOpacity = new QSpinBox(this);
    m_fillOpacity->setObjectName(QStringLiteral("fillOpacity"));
    m_fillOpacity->setRange(0, 100);
    m_fillOpacity->setSuffix(QStringLiteral(" %"));
    m_pointSize = new QDoubleSpinBox(this);
    m_pointSize->setRange(2, 30);
    m_pointSize->setSuffix(tr(" px"));
}

void StyleDialog::createLabelFields()
{
    m_labelSize = new QDoubleSpinBox(this);
    m_labelSize->setRange(5, 24);
    m_labelSize->setSuffix(tr(" pt"));
    m_minScale = new QSpinBox(this);
    m_maxScale = new QSpinBox(this);
    for (QSpinBox *box : {m_minScale, m_maxScale}) {
        box->setRange(0, 10000000);
        box->setSingleStep(5000);
        box->setPrefix(QStringLiteral("1:"));
        box->setSpecialValueText(tr("no limit"));
        box->setGroupSeparatorShown(true);
    }
    m_minScale->setObjectName(QStringLiteral("minScale"));
    m_maxScale->setObjectName(QStringLiteral("maxScale"));
}

void StyleDialog::createPreview()
{
    m_preview = new QTreeWidget(this);
    m_preview->setObjectName(QStringLiteral("preview"));
    m_preview->setRootIsDecorated(false);
    m_preview->setHeaderLabels({tr("Class"), tr("Features")});
    m_preview->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_preview->setMinimumHeight(160);
    m_message = new QLabel(this);
    m_message->setWordWrap(true);
}

QHBoxLayout *StyleDialog::arrangeFields(bool points)
{
    auto *symbol = new QGroupBox(tr("Symbol"), this);
    auto *symbolForm = new QFormLayout(symbol);
    symbolForm->addRow(tr("Draw"), m_kind);
    symbolForm->addRow(tr("Field"), m_field);
    symbolForm->addRow(tr("Classes by"), m_method);
    symbolForm->addRow(tr("Number of classes"), m_classes);
    symbolForm->addRow(tr("Colour ramp"), m_ramp);
    symbolForm->addRow(points ? tr("Colour") : tr("Fill"), m_fill);
    symbolForm->addRow(tr("Outline"), m_stroke);
    symbolForm->addRow(tr("Outline width"), m_strokeWidth);
    if (points)
        symbolForm->addRow(tr("Symbol size"), m_pointSize);
    else
        symbolForm->addRow(tr("Fill opacity"), m_fillOpacity);
    m_pointSize->setVisible(points);
    m_fillOpacity->setVisible(!points);

    auto *labels = new QGroupBox(tr("Labels and scale"), this);
    auto *labelForm = new QFormLayout(labels);
    labelForm->addRow(tr("Label with"), m_labelField);
    labelForm->addRow(tr("Label size"), m_labelSize);
    labelForm->addRow(tr("Hide when zoomed out beyond"), m_maxScale);
    labelForm->addRow(tr("Hide when zoomed in beyond"), m_minScale);

    auto *left = new QVBoxLayout;
    left->addWidget(symbol);
    left->addWidget(labels);
    left->addStretch(1);
    auto *right = new QVBoxLayout;
    right->addWidget(new QLabel(tr("Legend preview"), this));
    right->addWidget(m_preview, 1);
    right->addWidget(m_message);
    auto *columns = new QHBoxLayout;
    columns->addLayout(left);
    columns->addLayout(right, 1);
    return columns;
}

void StyleDialog::connectFields()
{
    // A graduated style offers only the fields that hold numbers; the field chosen stays when
    // it still fits.
    connect(m_kind, &QComboBox::currentIndexChanged, this, [this] {
        const QSignalBlocker blocker(m_field);
        fillFields(m_field->currentData().toString());
    });
    for (QComboBox *box : {m_kind, m_field, m_method, m_ramp, m_labelField})
        connect(box, &QComboBox::currentIndexChanged, this, [this] {
            updateEnabled();
            updatePreview();
        });
    connect(m_classes, &QSpinBox::valueChanged, this, &StyleDialog::updatePreview);
}

void StyleDialog::setStyle(const LayerStyle &style)
{
    m_style = style;
    if (!m_loaded) {
        const QSignalBlocker blocker(m_labelField);
        load();
    }
    const QSignalBlocker blockers[]
        = {QSignalBlocker(m_kind), QSignalBlocker(m_field),      QSignalBlocker(m_method),
           QSignalBlocker(m_ramp), QSignalBlocker(m_labelField), QSignalBlocker(m_classes)};
    m_kind->setCurrentIndex(m_kind->findData(int(style.kind)));
    fillFields(style.field);
    m_method->setCurrentIndex(m_method->findData(int(style.method)));
    m_classes->setValue(style.classes);
    const int ramp = m_ramp->findData(style.ramp);
    m_ramp->setCurrentIndex(ramp >= 0 ? ramp : 0);
    setButtonColor(m_fill, style.fill);
    setButtonColor(m_stroke, style.stroke);
    m_strokeWidth->setValue(style.strokeWidth);
    m_fillOpacity->setValue(qRound(style.fillOpacity * 100));
    m_pointSize->setValue(style.pointSize);
    const int label = m_labelField->findData(style.labelField);
    m_labelField->setCurrentIndex(label >= 0 ? label : 0);
    m_labelSize->setValue(style.labelSizePt);
    m_minScale->setValue(int(style.minScale));
    m_maxScale->setValue(int(style.maxScale));
    updateEnabled();
    updatePreview();
}

LayerStyle StyleDialog::style() const
{
    LayerStyle s = m_style;
    s.kind = LayerStyle::Kind(m_kind->currentData().toInt());
    s.field = s.kind == LayerStyle::Kind::Single ? QString() : m_field->currentData().toString();
    s.method = LayerStyle::Method(m_method->currentData().toInt());
    s.classes = m_classes->value();
    s.ramp = m_ramp->currentData().toString();
    s.fill = buttonColor(m_fill);
    s.stroke = buttonColor(m_stroke);
    s.strokeWidth = m_strokeWidth->value();
    s.fillOpacity = m_fillOpacity->value() / 100.0;
    s.pointSize = m_pointSize->value();
    s.labelField = m_labelField->currentData().toString();
    s.labelSizePt = m_labelSize->value();
    s.minScale = m_minScale->value();
    s.maxScale = m_maxScale->value();
    if (s.kind == LayerStyle::Kind::Categorized) {
        // Keep the colours of categories already chosen; new values get their own.
        if (s.field != m_style.field || m_style.kind != LayerStyle::Kind::Categorized
            || s.categories.empty()) {
            if (auto values
                = loadFieldValues(db(), m_layer.table, m_layer.id, *m_layer.geometry, s.field))
                s.categories = categoriesFor(values->texts, s.field);
        }
    } else {
        s.categories.clear();
    }
    return s;
}

void StyleDialog::fillFields(const QString &keep)
{
    const bool graduated
        = LayerStyle::Kind(m_kind->currentData().toInt()) == LayerStyle::Kind::Graduated;
    m_field->clear();
    // Numbers first in any case: most styles colour by a figure, not by a name.
    for (const bool numeric : {true, false})
        for (const auto &[field, isNumeric] : m_fields)
            if (isNumeric == numeric && (isNumeric || !graduated))
                m_field->addItem(LayerStyle::fieldTitle(field), field);
    int index = m_field->findData(keep);
    if (index < 0)
        index = m_field->findData(QStringLiteral("derived.migrant_share"));
    m_field->setCurrentIndex(std::max(index, 0));
}

void StyleDialog::updateEnabled()
{
    const auto kind = LayerStyle::Kind(m_kind->currentData().toInt());
    const bool graduated = kind == LayerStyle::Kind::Graduated;
    m_field->setEnabled(kind != LayerStyle::Kind::Single);
    m_method->setEnabled(graduated);
    m_classes->setEnabled(graduated);
    m_ramp->setEnabled(graduated);
    m_fill->setEnabled(kind == LayerStyle::Kind::Single);
    m_labelSize->setEnabled(!m_labelField->currentData().toString().isEmpty());
}

void StyleDialog::updatePreview()
{
    m_preview->clear();
    m_message->clear();
    const LayerStyle s = style();
    if (auto ok = applyStyle(db(), m_layer, s); !ok) {
        m_message->setText(ok.error().message);
        return;
    }
    std::vector<std::size_t> counts(m_layer.classColors.size() + 1, 0);
    for (const std::int16_t k : m_layer.klass)
        ++counts[k >= 0 && std::size_t(k) < m_layer.classColors.size() ? std::size_t(k) + 1 : 0];
    const QLocale locale;
    auto add = [&](const QString &text, const QColor &color, std::size_t count) {
        auto *item = new QTreeWidgetItem(m_preview, {text, locale.toString(qulonglong(count))});
        item->setIcon(0, colorIcon(color));
        item->setTextAlignment(1, Qt::AlignRight | Qt::AlignVCenter);
    };
    switch (s.kind) {
    case LayerStyle::Kind::Single:
        add(m_layer.name, s.fill, m_layer.geometry ? m_layer.geometry->featureCount() : 0);
        return;
    case LayerStyle::Kind::Categorized:
        for (std::size_t k = 0; k < s.categories.size(); ++k) {
            const auto &c = s.categories[k];
            add(s.field == u"field.service" ? serviceTitle(c.value) : c.value, c.color,
                counts[k + 1]);
        }
        break;
    case LayerStyle::Kind::Graduated:
        for (std::size_t k = 0; k + 1 < m_layer.breaks.size() && k < m_layer.classColors.size();
             ++k)
            add(QStringLiteral("%1 – %2").arg(locale.toString(m_layer.breaks[k], 'f', 1),
                                              locale.toString(m_layer.breaks[k + 1], 'f', 1)),
                m_layer.classColors[k], counts[k + 1]);
        if (m_layer.breaks.size() < 2)
            m_message->setText(tr("This field has no numbers for this layer's features."));
        break;
    }
    if (counts[0] > 0)
        add(tr("No data"), QColor(0xc8, 0xc8, 0xc8), counts[0]);
}

void StyleDialog::pickColor(QToolButton *button)
{
    const QColor color = QColorDialog::getColor(buttonColor(button), this, tr("Choose a colour"));
    if (!color.isValid())
        return;
    setButtonColor(button, color);
    updatePreview();
}

} // namespace geisep
