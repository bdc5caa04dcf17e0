#include "app/edit/fielddialogs.h"

#include "gis/print/printwords.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace geisep {

namespace {

// The field as the window names it: a known field's title, else its own name.
QString fieldTitle(const QString &name)
{
    return PrintWords::inWindowLanguage().fieldTitle(QStringLiteral("field.") + name);
}

QString shown(const QVariant &value)
{
    if (value.isNull())
        return AddFieldDialog::tr("(empty)");
    if (value.typeId() == QMetaType::Double)
        return QLocale().toString(value.toDouble(), 'g', 12);
    return value.toString();
}

} // namespace

AddFieldDialog::AddFieldDialog(const QList<EditField> &existing, QWidget *parent)
    : QDialog(parent)
    , m_existing(existing)
{
    setWindowTitle(tr("Add a field"));
    auto *form = new QFormLayout;
    m_name = new QLineEdit(this);
    m_name->setObjectName(QStringLiteral("fieldName"));
    m_name->setPlaceholderText(tr("e.g. Okul sayısı"));
    m_column = new QLabel(this);
    m_column->setObjectName(QStringLiteral("fieldColumn"));
    m_type = new QComboBox(this);
    m_type->setObjectName(QStringLiteral("fieldType"));
    using Type = EditField::Type;
    m_type->addItem(tr("Whole number"), int(Type::Integer));
    m_type->addItem(tr("Decimal number"), int(Type::Real));
    m_type->addItem(tr("Text"), int(Type::Text));
    m_type->addItem(tr("Date"), int(Type::Date));
    m_type->addItem(tr("Yes / no"), int(Type::Boolean));
    m_length = new QSpinBox(this);
    m_length->setObjectName(QStringLiteral("fieldLength"));
    m_length->setRange(0, 100000);
    m_length->setValue(100);
    m_length->setSpecialValueText(tr("any length"));
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("Column in the file:"), m_column);
    form->addRow(tr("&Type:"), m_type);
    form->addRow(tr("&Length (characters):"), m_length);
    m_problem = new QLabel(this);
    m_problem->setStyleSheet(QStringLiteral("color: #b00020"));
    m_problem->setWordWrap(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_problem);
    layout->addWidget(buttons);
    connect(m_name, &QLineEdit::textChanged, this, &AddFieldDialog::update);
    connect(m_type, &QComboBox::currentIndexChanged, this, &AddFieldDialog::update);
    m_type->setCurrentIndex(0);
    update();
}

EditField AddFieldDialog::field() const
{
    EditField f;
    f.name = FeatureEditor::columnNameFor(m_name->text());
    f.type = EditField::Type(m_type->currentData().toInt());
    f.maxLength = f.type == EditField::Type::Text ? m_length->value() : 0;
    return f;
}

void AddFieldDialog::setName(const QString &typed)
{
    m_name->setText(typed);
}

void AddFieldDialog::update()
{
    const EditField f = field();
    m_length->setEnabled(f.type == EditField::Type::Text);
    m_column->setText(f.name.isEmpty() ? QStringLiteral("—") : f.name);
    QString problem;
    if (!m_name->text().trimmed().isEmpty() && f.name.isEmpty())
        problem = tr("Use letters or digits in the name.");
    else if (f.name == u"fid" || f.name == u"geom")
        problem = tr("fid and geom are taken by the layer itself.");
    for (const EditField &e : std::as_const(m_existing))
        if (e.name.compare(f.name, Qt::CaseInsensitive) == 0)
            problem = tr("The layer already has the field %1.").arg(e.name);
    m_problem->setText(problem);
    m_problem->setVisible(!problem.isEmpty());
    m_ok->setEnabled(!f.name.isEmpty() && problem.isEmpty());
}

FieldCalculatorDialog::FieldCalculatorDialog(const FeatureTable &table,
                                             const QList<EditField> &fields,
                                             std::vector<qint64> all, std::vector<qint64> selected,
                                             QWidget *parent)
    : QDialog(parent)
    , m_table(table)
    , m_fields(fields)
    , m_all(std::move(all))
    , m_selected(std::move(selected))
{
    setWindowTitle(tr("Field calculator: %1").arg(table.layer().name));
    m_field = new QComboBox(this);
    m_field->setObjectName(QStringLiteral("calculatorField"));
    for (const EditField &f : std::as_const(m_fields))
        if (f.type != EditField::Type::Blob)
            m_field->addItem(fieldTitle(f.name) == f.name
                                 ? f.name
                                 : QStringLiteral("%1 (%2)").arg(fieldTitle(f.name), f.name),
                             f.name);
    m_onlySelected = new QCheckBox(
        tr("Only the %n selected feature(s)", nullptr, int(m_selected.size())), this);
    m_onlySelected->setObjectName(QStringLiteral("calculatorOnlySelected"));
    m_onlySelected->setEnabled(!m_selected.empty());
    m_onlySelected->setChecked(!m_selected.empty());
    m_names = new QListWidget(this);
    m_names->setObjectName(QStringLiteral("calculatorNames"));
    for (const FeatureTable::Column &c : table.columns())
        m_names->addItem(c.title);
    m_expression = new QPlainTextEdit(this);
    m_expression->setObjectName(QStringLiteral("calculatorExpression"));
    m_expression->setTabChangesFocus(true);
    m_expression->setMaximumHeight(m_expression->fontMetrics().lineSpacing() * 4);
    m_preview = new QLabel(this);
    m_preview->setObjectName(QStringLiteral("calculatorPreview"));
    m_preview->setWordWrap(true);

    auto *form = new QFormLayout;
    form->addRow(tr("&Set the field:"), m_field);
    form->addRow(QString(), m_onlySelected);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    auto *hint = new QLabel(tr("To a value or an expression of other fields: numbers with a dot "
                               "(12.5), 'text' in single quotes, fields by name (double-click "
                               "one; \"Nüfus (2023)\" in double quotes), + - * / ( ), || "
                               "to join text, round(x, digits), abs(x), coalesce(a, b)."),
                            this);
    hint->setWordWrap(true);
    layout->addWidget(hint);
    layout->addWidget(m_names);
    layout->addWidget(m_expression);
    layout->addWidget(m_preview);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);

    connect(m_names, &QListWidget::itemDoubleClicked, this, [this](QListWidgetItem *item) {
        const QString name = item->text();
        const bool plain = std::all_of(name.begin(), name.end(),
                                       [](QChar c) { return c.isLetterOrNumber() || c == u'_'; });
        m_expression->insertPlainText(plain ? name : u'"' + name + u'"');
        m_expression->setFocus();
    });
    connect(m_expression, &QPlainTextEdit::textChanged, this, &FieldCalculatorDialog::calculate);
    connect(m_field, &QComboBox::currentIndexChanged, this, &FieldCalculatorDialog::calculate);
    connect(m_onlySelected, &QCheckBox::toggled, this, &FieldCalculatorDialog::calculate);
    calculate();
    resize(560, 520);
}

QString FieldCalculatorDialog::field() const
{
    return m_field->currentData().toString();
}

void FieldCalculatorDialog::setField(const QString &name)
{
    m_field->setCurrentIndex(m_field->findData(name));
}

void FieldCalculatorDialog::setExpression(const QString &expression)
{
    m_expression->setPlainText(expression);
}

void FieldCalculatorDialog::setOnlySelected(bool only)
{
    m_onlySelected->setChecked(only);
}

QString FieldCalculatorDialog::problem() const
{
    return m_ok->isEnabled() ? QString() : m_preview->text();
}

void FieldCalculatorDialog::calculate()
{
    m_values.clear();
    m_ok->setEnabled(false);
    m_preview->setStyleSheet(QStringLiteral("color: #b00020"));
    const auto target = std::find_if(m_fields.begin(), m_fields.end(),
                                     [&](const EditField &f) { return f.name == field(); });
    const QString text = m_expression->toPlainText().trimmed();
    if (target == m_fields.end() || text.isEmpty()) {
        m_preview->clear();
        return;
    }
    const std::vector<qint64> &fids = m_onlySelected->isChecked() ? m_selected : m_all;
    auto values = m_table.calculate(text, fids);
    if (!values) {
        m_preview->setText(
            values.error().message
            + (values.error().hint.isEmpty() ? QString() : u' ' + values.error().hint));
        return;
    }
    // Each value as the field will hold it; the first that does not fit is named.
    QStringList examples;
    for (const qint64 fid : fids) {
        auto parsed = FeatureEditor::parseValue(*target, values->value(fid));
        if (!parsed) {
            m_values.clear();
            m_preview->setText(tr("Feature %1: %2").arg(fid).arg(parsed.error().message) + u' '
                               + (target->type == EditField::Type::Integer
                                      ? tr("Use round(…) for a whole number.")
                                      : QString()));
            return;
        }
        m_values.insert(fid, *parsed);
        if (examples.size() < 3)
            examples << tr("no. %1 → %2").arg(fid).arg(shown(*parsed));
    }
    m_preview->setStyleSheet({});
    m_preview->setText(tr("%n feature(s) will be set; ", nullptr, int(fids.size()))
                       + examples.join(QStringLiteral(", ")));
    m_ok->setEnabled(!fids.empty());
}

} // namespace geisep
