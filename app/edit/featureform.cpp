#include "app/edit/featureform.h"

#include "gis/print/printwords.h"

#include <QComboBox>
#include <QDate>
#include <QDateTime>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QVBoxLayout>

namespace geisep {

namespace {

// The services coverage and the projection know, in the order a planner looks for them.
const char *const kServices[] = {"school", "health", "water", "transit"};

} // namespace

FeatureFormDialog::FeatureFormDialog(const QString &layerName, LayerRole role,
                                     const QList<EditField> &fields, QWidget *parent)
    : QDialog(parent)
    , m_fields(fields)
{
    setObjectName(QStringLiteral("featureForm"));
    setWindowTitle(tr("New feature in \"%1\"").arg(layerName));
    setMinimumWidth(440);
    const PrintWords words = PrintWords::inWindowLanguage();
    auto *form = new QFormLayout;
    for (const EditField &f : fields) {
        QWidget *editor = nullptr;
        if (f.name == u"service" && role == LayerRole::Infrastructure) {
            auto *box = new QComboBox(this);
            box->setEditable(true);
            for (const char *code : kServices)
                box->addItem(words.service(QString::fromLatin1(code)), QString::fromLatin1(code));
            box->setCurrentIndex(-1);
            editor = box;
        } else if (f.type == EditField::Type::Boolean) {
            auto *box = new QComboBox(this);
            box->addItem(QString(), QString());
            box->addItem(tr("Yes"), QStringLiteral("1"));
            box->addItem(tr("No"), QStringLiteral("0"));
            editor = box;
        } else {
            auto *line = new QLineEdit(this);
            switch (f.type) {
            case EditField::Type::Integer:
                line->setPlaceholderText(tr("a whole number, e.g. 1250"));
                break;
            case EditField::Type::Real:
                line->setPlaceholderText(tr("a number, e.g. 12,5"));
                break;
            case EditField::Type::Date:
                line->setPlaceholderText(tr("a date, e.g. 31.12.2026"));
                break;
            case EditField::Type::DateTime:
                line->setPlaceholderText(tr("a date and time, e.g. 31.12.2026 14:30"));
                break;
            default:
                if (f.maxLength > 0) {
                    line->setPlaceholderText(tr("at most %n character(s)", nullptr, f.maxLength));
                    line->setMaxLength(f.maxLength);
                }
                break;
            }
            editor = line;
        }
        editor->setObjectName(f.name);
        editor->setEnabled(f.type != EditField::Type::Blob);
        m_editors.insert(f.name, editor);
        form->addRow(words.fieldTitle(QStringLiteral("field.") + f.name), editor);
    }
    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("formError"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #b71c1c"));
    m_error->hide();
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &FeatureFormDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &FeatureFormDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    if (!fields.isEmpty())
        if (QWidget *first = m_editors.value(fields.first().name))
            first->setFocus();
}

QString FeatureFormDialog::textOf(const EditField &field) const
{
    QWidget *editor = m_editors.value(field.name);
    if (auto *line = qobject_cast<QLineEdit *>(editor))
        return line->text();
    if (auto *box = qobject_cast<QComboBox *>(editor)) {
        // A service chosen from the list is stored as its code; one typed, as typed.
        const int index = box->findText(box->currentText());
        if (index >= 0 && !box->itemData(index).toString().isEmpty())
            return box->itemData(index).toString();
        return box->currentText();
    }
    return {};
}

void FeatureFormDialog::setText(const QString &field, const QString &text)
{
    QWidget *editor = m_editors.value(field);
    if (auto *line = qobject_cast<QLineEdit *>(editor))
        line->setText(text);
    else if (auto *box = qobject_cast<QComboBox *>(editor))
        box->setCurrentText(text);
}

QString FeatureFormDialog::typedText(const EditField &field, const QVariant &stored)
{
    if (!stored.isValid() || stored.isNull())
        return {};
    switch (field.type) {
    case EditField::Type::Real:
        return QLocale()
            .toString(stored.toDouble(), 'g', QLocale::FloatingPointShortest)
            .remove(QLocale().groupSeparator());
    case EditField::Type::Date: {
        const QDate date = QDate::fromString(stored.toString().left(10), Qt::ISODate);
        return date.isValid() ? date.toString(QStringLiteral("dd.MM.yyyy")) : stored.toString();
    }
    case EditField::Type::DateTime: {
        const QDateTime at = QDateTime::fromString(stored.toString(), Qt::ISODate);
        return at.isValid() ? at.toString(QStringLiteral("dd.MM.yyyy HH:mm")) : stored.toString();
    }
    case EditField::Type::Boolean:
        return stored.toBool() ? QStringLiteral("1") : QStringLiteral("0");
    default:
        return stored.toString();
    }
}

void FeatureFormDialog::setValues(const QVariantMap &stored)
{
    for (const EditField &f : std::as_const(m_fields)) {
        const QString text = typedText(f, stored.value(f.name));
        QWidget *editor = m_editors.value(f.name);
        if (auto *line = qobject_cast<QLineEdit *>(editor)) {
            line->setText(text);
        } else if (auto *box = qobject_cast<QComboBox *>(editor)) {
            // A code from the list (a service, yes or no) by its name; anything else as is.
            const int index = text.isEmpty() ? -1 : box->findData(text);
            if (index >= 0)
                box->setCurrentIndex(index);
            else if (box->isEditable())
                box->setCurrentText(text);
            else
                box->setCurrentIndex(text.isEmpty() ? 0 : -1);
        }
    }
}

QString FeatureFormDialog::errorText() const
{
    return m_error->isVisible() ? m_error->text() : QString();
}

void FeatureFormDialog::accept()
{
    QVariantMap values;
    const PrintWords words = PrintWords::inWindowLanguage();
    for (const EditField &f : std::as_const(m_fields)) {
        if (f.type == EditField::Type::Blob)
            continue;
        auto parsed = FeatureEditor::parseValue(f, textOf(f));
        if (!parsed) {
            m_error->setText(words.fieldTitle(QStringLiteral("field.") + f.name)
                             + QStringLiteral(": ") + parsed.error().message);
            m_error->show();
            if (QWidget *editor = m_editors.value(f.name))
                editor->setFocus();
            return;
        }
        if (!parsed->isNull())
            values.insert(f.name, *parsed);
    }
    m_values = values;
    m_error->hide();
    QDialog::accept();
}

} // namespace geisep
