#include "app/layers/layerfilterdialog.h"

#include "app/session.h"

#include <QCollator>
#include <QDialogButtonBox>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSet>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

namespace geisep {

namespace {

constexpr int kValuesShown = 1000;

// How a name or a value is written in an expression: one plain word as it is, else quoted.
QString written(const QString &text, QChar quote)
{
    static const QString special = QStringLiteral(" ()<>=!,'\"");
    bool plain = !text.isEmpty();
    for (const QChar c : text)
        plain = plain && !special.contains(c);
    const QString upper = text.toUpper();
    for (const char *keyword : {"AND", "OR", "NOT", "IN", "LIKE", "VE", "VEYA", "DEĞİL"})
        plain = plain && upper != QString::fromUtf8(keyword);
    return plain ? text : quote + text + quote;
}

} // namespace

LayerFilterDialog::LayerFilterDialog(Session *session, const LayerInfo &layer, QWidget *parent)
    : QDialog(parent)
    , m_table(session->project().db(), layer)
    , m_initialFilter(layer.filter)
{
    setWindowTitle(tr("Filter of %1").arg(layer.name));
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("Only the features this expression keeps are drawn, listed in "
                                "the attribute table, analysed and printed. Pick a field and a "
                                "value to write it, e.g. ilçe = Eyyübiye AND nüfus >= 5000."),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    auto *grid = new QGridLayout;
    grid->addWidget(new QLabel(tr("&Fields"), this), 0, 0);
    grid->addWidget(new QLabel(tr("&Values of the field"), this), 0, 1);
    m_fields = new QListWidget(this);
    m_fields->setObjectName(QStringLiteral("filterFields"));
    m_values = new QListWidget(this);
    m_values->setObjectName(QStringLiteral("filterValues"));
    qobject_cast<QLabel *>(grid->itemAtPosition(0, 0)->widget())->setBuddy(m_fields);
    qobject_cast<QLabel *>(grid->itemAtPosition(0, 1)->widget())->setBuddy(m_values);
    grid->addWidget(m_fields, 1, 0);
    grid->addWidget(m_values, 1, 1);
    layout->addLayout(grid);

    auto *operators = new QHBoxLayout;
    for (const char *op :
         {"=", "!=", "<", "<=", ">", ">=", "LIKE", "IN", "AND", "OR", "NOT", "(", ")"}) {
        auto *button = new QToolButton(this);
        const QString text = QString::fromLatin1(op);
        button->setText(text);
        connect(button, &QToolButton::clicked, this, [this, text] { insertText(text); });
        operators->addWidget(button);
    }
    operators->addStretch();
    layout->addLayout(operators);

    auto *expressionLabel = new QLabel(tr("&Expression"), this);
    m_expression = new QPlainTextEdit(this);
    m_expression->setObjectName(QStringLiteral("filterExpression"));
    m_expression->setTabChangesFocus(true);
    m_expression->setMaximumHeight(m_expression->fontMetrics().lineSpacing() * 5);
    expressionLabel->setBuddy(m_expression);
    layout->addWidget(expressionLabel);
    layout->addWidget(m_expression);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("filterStatus"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_status);

    m_buttons = new QDialogButtonBox(
        QDialogButtonBox::Ok | QDialogButtonBox::Cancel | QDialogButtonBox::Reset, this);
    m_buttons->button(QDialogButtonBox::Reset)->setText(tr("&Clear"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_buttons->button(QDialogButtonBox::Reset), &QPushButton::clicked, this,
            [this] { setFilter({}); });
    layout->addWidget(m_buttons);

    connect(m_fields, &QListWidget::currentRowChanged, this, &LayerFilterDialog::showValues);
    connect(m_fields, &QListWidget::itemDoubleClicked, this,
            [this](QListWidgetItem *item) { insertText(written(item->text(), u'"')); });
    connect(m_values, &QListWidget::itemDoubleClicked, this, [this](QListWidgetItem *item) {
        const bool number = item->data(Qt::UserRole).toBool();
        insertText(number ? item->text() : written(item->text(), u'\''));
    });

    m_checkTimer = new QTimer(this);
    m_checkTimer->setSingleShot(true);
    m_checkTimer->setInterval(250);
    connect(m_checkTimer, &QTimer::timeout, this, &LayerFilterDialog::check);
    connect(m_expression, &QPlainTextEdit::textChanged, m_checkTimer, qOverload<>(&QTimer::start));
    resize(640, 520);
    // The layer's columns and features are read when the dialog first shows, not here.
}

void LayerFilterDialog::showEvent(QShowEvent *event)
{
    QDialog::showEvent(event);
    if (!m_loaded)
        setFilter(m_initialFilter);
}

void LayerFilterDialog::load()
{
    m_loaded = true;
    if (auto ok = m_table.readColumns(); ok) {
        for (std::size_t c = 0; c < m_table.columns().size(); ++c) {
            const FeatureTable::Column &column = m_table.columns()[c];
            auto *item = new QListWidgetItem(column.title, m_fields);
            item->setData(Qt::UserRole, int(c));
        }
        if (auto all = m_table.allFids())
            m_all = std::move(*all);
    } else {
        m_status->setText(ok.error().message);
    }
}

QString LayerFilterDialog::filter() const
{
    return m_expression->toPlainText().trimmed();
}

void LayerFilterDialog::setFilter(const QString &filter)
{
    if (!m_loaded)
        load();
    m_expression->setPlainText(filter);
    m_checkTimer->stop();
    check();
}

void LayerFilterDialog::showValues()
{
    m_values->clear();
    const QListWidgetItem *item = m_fields->currentItem();
    if (!item)
        return;
    const int column = item->data(Qt::UserRole).toInt();
    auto values = m_table.values({}, {column});
    if (!values)
        return;
    // Distinct values, numbers by value and text in Turkish alphabetical order.
    QSet<QString> seen;
    QList<QVariant> distinct;
    for (const QVariantList &row : std::as_const(*values)) {
        const QVariant v = row.value(0);
        if (v.isNull() || v.toString().isEmpty())
            continue;
        const QString key = v.toString();
        if (!seen.contains(key)) {
            seen.insert(key);
            distinct.append(v);
        }
    }
    QCollator collator(QLocale(QLocale::Turkish, QLocale::Turkey));
    collator.setNumericMode(true);
    std::sort(distinct.begin(), distinct.end(), [&](const QVariant &a, const QVariant &b) {
        const bool an = a.typeId() != QMetaType::QString, bn = b.typeId() != QMetaType::QString;
        if (an && bn)
            return a.toDouble() < b.toDouble();
        if (an != bn)
            return an;
        return collator.compare(a.toString(), b.toString()) < 0;
    });
    for (qsizetype i = 0; i < distinct.size() && i < kValuesShown; ++i) {
        const QVariant &v = distinct[i];
        const bool number = v.typeId() != QMetaType::QString;
        auto *value = new QListWidgetItem(
            number ? QLocale::c().toString(v.toDouble(), 'g', 12) : v.toString(), m_values);
        value->setData(Qt::UserRole, number);
    }
    if (distinct.size() > kValuesShown) {
        auto *more = new QListWidgetItem(tr("… and %L1 more").arg(distinct.size() - kValuesShown),
                                         m_values);
        more->setFlags(Qt::NoItemFlags);
    }
}

void LayerFilterDialog::insertText(const QString &text)
{
    QTextCursor cursor = m_expression->textCursor();
    const QString before = m_expression->toPlainText().left(cursor.position());
    const bool space = !before.isEmpty() && !before.back().isSpace() && before.back() != u'(';
    cursor.insertText((space ? QStringLiteral(" ") : QString()) + text + u' ');
    m_expression->setTextCursor(cursor);
    m_expression->setFocus();
}

void LayerFilterDialog::check()
{
    std::vector<qint64> kept = m_all;
    const QString expression = filter();
    if (auto ok = m_table.keepMatching(expression, kept); !ok) {
        m_matching = -1;
        m_status->setStyleSheet(QStringLiteral("color: #b02020"));
        m_status->setText(ok.error().message
                          + (ok.error().hint.isEmpty() ? QString() : u' ' + ok.error().hint));
    } else {
        m_matching = qint64(kept.size());
        m_status->setStyleSheet({});
        m_status->setText(
            expression.isEmpty()
                ? tr("No filter: all %L1 features.").arg(qint64(m_all.size()))
                : tr("%L1 of %L2 features match.").arg(m_matching).arg(qint64(m_all.size())));
    }
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(m_matching >= 0);
}

} // namespace geisep
