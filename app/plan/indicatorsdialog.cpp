#include "app/plan/indicatorsdialog.h"

#include "app/messages.h"

#include "app/commands.h"
#include "app/session.h"
#include "core/plan/planviews.h"
#include "core/plan/progress.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QUndoStack>
#include <QVBoxLayout>

#include <set>

namespace geisep {

namespace {

const char *const kValueKinds[] = {"baseline", "target", "actual"};

QString number(double v)
{
    return QLocale().toString(v, 'g', 12);
}

std::optional<double> parseNumber(const QString &text, bool *ok)
{
    *ok = true;
    const QString t = text.trimmed();
    if (t.isEmpty())
        return std::nullopt;
    double v = QLocale().toDouble(t, ok);
    if (!*ok) {
        QString c = t;
        v = c.replace(QLatin1Char(','), QLatin1Char('.')).toDouble(ok);
    }
    return *ok ? std::optional<double>(v) : std::nullopt;
}

} // namespace

QString progressText(const Progress &progress)
{
    QString text = ProgressText::title(progress.status);
    if (progress.ratio)
        text += QStringLiteral(" · R = %1").arg(QLocale().toString(*progress.ratio, 'f', 2));
    if (progress.status != ProgressStatus::Unknown && progress.method == ProgressMethod::Linear)
        text += QStringLiteral(" (%1)").arg(ProgressText::methodTitle(progress.method));
    return text;
}

QString progressToolTip(const Progress &progress)
{
    QString text;
    if (progress.status == ProgressStatus::Unknown)
        text = progress.reason;
    else if (progress.method == ProgressMethod::Linear)
        text = IndicatorsDialog::tr("Assessed by the change per year (linear method): a value is "
                                    "zero or below, so a growth rate cannot be computed. R is the "
                                    "change per year so far over the change per year the target "
                                    "needs.");
    else
        text = IndicatorsDialog::tr("Assessed by the growth rate (Open SDG method): R is the "
                                    "yearly growth so far over the yearly growth the target "
                                    "needs.");
    // Rich text, so a long reason wraps instead of running off the screen.
    return QStringLiteral("<p>%1</p>").arg(text.toHtmlEscaped());
}

QString progressBadge(const Progress &progress)
{
    const QString text = progressText(progress);
    return QStringLiteral("<span style=\"color:%1\">●</span> %2")
        .arg(QLatin1String(ProgressText::color(progress.status)), text.toHtmlEscaped());
}

IndicatorForm::IndicatorForm(const Indicator &indicator, QWidget *parent)
    : QDialog(parent)
    , m_indicator(indicator)
{
    setObjectName(QStringLiteral("indicatorForm"));
    setWindowTitle(indicator.id ? tr("Indicator") : tr("New indicator"));
    m_code = new QLineEdit(indicator.code, this);
    m_code->setObjectName(QStringLiteral("code"));
    m_nameTr = new QLineEdit(indicator.nameTr, this);
    m_nameTr->setObjectName(QStringLiteral("nameTr"));
    m_nameEn = new QLineEdit(indicator.nameEn, this);
    m_nameEn->setObjectName(QStringLiteral("nameEn"));
    m_unit = new QLineEdit(indicator.unit, this);
    m_unit->setObjectName(QStringLiteral("unit"));
    m_unit->setPlaceholderText(tr("e.g. %, children, m²"));
    auto combo = [this](const char *name, std::initializer_list<const char *> values,
                        QString (*title)(const QString &), const QString &current) {
        auto *box = new QComboBox(this);
        box->setObjectName(QString::fromLatin1(name));
        for (const char *v : values)
            box->addItem(title(QString::fromLatin1(v)), QString::fromLatin1(v));
        box->setCurrentIndex(std::max(0, box->findData(current)));
        return box;
    };
    m_direction = combo("direction", {"up", "down"}, &directionTitle, indicator.direction);
    m_type = combo("type", {"count", "percent", "ratio"}, &typeTitle, indicator.type);
    m_aggregation
        = combo("aggregation", {"sum", "mean", "max"}, &aggregationTitle, indicator.aggregation);
    auto *form = new QFormLayout;
    form->addRow(tr("Code"), m_code);
    form->addRow(tr("Name (Turkish)"), m_nameTr);
    form->addRow(tr("Name (English)"), m_nameEn);
    form->addRow(tr("Unit"), m_unit);
    form->addRow(tr("Better when it"), m_direction);
    form->addRow(tr("Type"), m_type);
    form->addRow(tr("Plan-wide value"), m_aggregation);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto validate = [this, buttons] {
        buttons->button(QDialogButtonBox::Ok)->setEnabled(!m_nameTr->text().trimmed().isEmpty());
    };
    connect(m_nameTr, &QLineEdit::textChanged, this, validate);
    validate();
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(buttons);
}

Indicator IndicatorForm::indicator() const
{
    Indicator i = m_indicator;
    i.code = m_code->text().trimmed();
    i.nameTr = m_nameTr->text().trimmed();
    i.nameEn = m_nameEn->text().trimmed();
    i.unit = m_unit->text().trimmed();
    i.direction = m_direction->currentData().toString();
    i.type = m_type->currentData().toString();
    i.aggregation = m_aggregation->currentData().toString();
    return i;
}

QString IndicatorForm::typeTitle(const QString &type)
{
    if (type == u"count")
        return tr("Count");
    if (type == u"percent")
        return tr("Percent");
    if (type == u"ratio")
        return tr("Ratio");
    return type;
}

QString IndicatorForm::aggregationTitle(const QString &aggregation)
{
    if (aggregation == u"sum")
        return tr("Sum of the areas");
    if (aggregation == u"mean")
        return tr("Mean of the areas");
    if (aggregation == u"max")
        return tr("Largest of the areas");
    return aggregation;
}

QString IndicatorForm::directionTitle(const QString &direction)
{
    return direction == u"down" ? tr("goes down") : tr("goes up");
}

IndicatorsDialog::IndicatorsDialog(Session *session, PlanKind ownerKind, qint64 ownerId,
                                   QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_ownerKind(ownerKind)
    , m_ownerId(ownerId)
{
    setObjectName(QStringLiteral("indicatorsDialog"));
    const auto item = session->plan().item(ownerKind, ownerId);
    const QString title
        = item ? (item->code.isEmpty() ? item->titleTr
                                       : item->code + QStringLiteral(" ") + item->titleTr)
               : QString();
    setWindowTitle(tr("Indicators of %1").arg(title));

    m_list = new QListWidget(this);
    m_list->setObjectName(QStringLiteral("indicatorList"));
    m_list->setWordWrap(true);
    auto *add = new QPushButton(tr("&Add…"), this);
    add->setObjectName(QStringLiteral("addIndicator"));
    m_edit = new QPushButton(tr("&Edit…"), this);
    m_edit->setObjectName(QStringLiteral("editIndicator"));
    m_remove = new QPushButton(tr("&Remove"), this);
    m_remove->setObjectName(QStringLiteral("removeIndicator"));
    auto *listButtons = new QHBoxLayout;
    listButtons->addWidget(add);
    listButtons->addWidget(m_edit);
    listButtons->addWidget(m_remove);
    auto *left = new QVBoxLayout;
    left->addWidget(new QLabel(tr("Indicators"), this));
    left->addWidget(m_list, 1);
    left->addLayout(listButtons);

    m_whole = new QLabel(this);
    m_whole->setObjectName(QStringLiteral("wholePlanProgress"));
    m_whole->setTextFormat(Qt::RichText);
    m_grid = new QTableWidget(0, ColumnCount, this);
    m_grid->setObjectName(QStringLiteral("valueGrid"));
    m_grid->setHorizontalHeaderLabels(
        {tr("Area"), tr("Year"), tr("Baseline"), tr("Target"), tr("Actual"), tr("Progress")});
    m_grid->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_grid->horizontalHeader()->setSectionResizeMode(AreaColumn, QHeaderView::Stretch);
    m_grid->setWordWrap(false);
    m_grid->verticalHeader()->hide();
    m_area = new QComboBox(this);
    m_area->setObjectName(QStringLiteral("areaChoice"));
    m_year = new QSpinBox(this);
    m_year->setObjectName(QStringLiteral("yearChoice"));
    m_year->setRange(1990, 2100);
    m_year->setValue(QDate::currentDate().year());
    m_addRow = new QPushButton(tr("Add a &row"), this);
    m_addRow->setObjectName(QStringLiteral("addRow"));
    auto *rowTools = new QHBoxLayout;
    rowTools->addWidget(new QLabel(tr("Area"), this));
    rowTools->addWidget(m_area, 1);
    rowTools->addWidget(new QLabel(tr("Year"), this));
    rowTools->addWidget(m_year);
    rowTools->addWidget(m_addRow);
    auto *right = new QVBoxLayout;
    right->addWidget(m_whole);
    right->addWidget(m_grid, 1);
    right->addLayout(rowTools);
    auto *hint = new QLabel(tr("Type a value into a cell; clear it to remove the value. Progress "
                               "compares the earliest baseline, the latest target and the "
                               "latest actual value (Open SDG method)."),
                            this);
    hint->setWordWrap(true);
    right->addWidget(hint);

    auto *close = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(close, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *columns = new QHBoxLayout;
    columns->addLayout(left, 1);
    columns->addLayout(right, 3);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(columns, 1);
    layout->addWidget(close);
    resize(980, 520);

    connect(add, &QPushButton::clicked, this, [this] {
        Indicator i;
        i.ownerKind = m_ownerKind;
        i.ownerId = m_ownerId;
        IndicatorForm form(i, this);
        if (form.exec() == QDialog::Accepted)
            addIndicator(form.indicator());
    });
    connect(m_edit, &QPushButton::clicked, this, [this] {
        for (const Indicator &i :
             m_session->plan().indicators(m_ownerId, m_ownerKind).value_or(QList<Indicator>{}))
            if (i.id == currentIndicator()) {
                IndicatorForm form(i, this);
                if (form.exec() == QDialog::Accepted)
                    editIndicator(form.indicator());
                return;
            }
    });
    connect(m_remove, &QPushButton::clicked, this, [this] {
        const qint64 id = currentIndicator();
        if (id > 0
            && messages::ask(this, windowTitle(),
                             tr("Remove the indicator \"%1\" with all its values?")
                                 .arg(m_list->currentItem()->text())))
            removeIndicator(id);
    });
    connect(m_list, &QListWidget::currentRowChanged, this, [this] {
        m_pendingRows.clear();
        reloadGrid();
    });
    connect(m_list, &QListWidget::itemDoubleClicked, m_edit, &QPushButton::click);
    connect(m_grid, &QTableWidget::cellChanged, this, &IndicatorsDialog::cellEdited);
    connect(m_addRow, &QPushButton::clicked, this, &IndicatorsDialog::addRow);
    connect(session, &Session::planChanged, this, &IndicatorsDialog::reload);
}

void IndicatorsDialog::showEvent(QShowEvent *event)
{
    // The project is read at the first show, not in the constructor.
    if (!m_loaded)
        reload();
    QDialog::showEvent(event);
}

void IndicatorsDialog::reload()
{
    m_loaded = true;
    const qint64 current = currentIndicator();
    m_loading = true;
    m_list->clear();
    const QList<Indicator> list
        = m_session->plan().indicators(m_ownerId, m_ownerKind).value_or(QList<Indicator>{});
    for (const Indicator &i : list) {
        QString text = i.code.isEmpty() ? i.nameTr : i.code + QStringLiteral("  ") + i.nameTr;
        if (!i.unit.isEmpty())
            text += QStringLiteral(" (%1)").arg(i.unit);
        auto *row = new QListWidgetItem(text, m_list);
        row->setData(Qt::UserRole, i.id);
        if (i.id == current)
            m_list->setCurrentItem(row);
    }
    if (!m_list->currentItem() && m_list->count() > 0)
        m_list->setCurrentRow(0);
    m_loading = false;

    // The areas a value may be given for: the plan as a whole, the item's linked areas (and,
    // for an objective, its actions' areas), and any area that already has a value.
    m_areaNames.clear();
    m_areaNames.insert(0, tr("Whole plan"));
    QList<qint64> areas
        = m_session->plan().areasOfItem(m_ownerKind, m_ownerId).value_or(QList<qint64>{});
    for (const Indicator &i : list)
        for (const IndicatorValue &v :
             m_session->plan().indicatorValues(i.id).value_or(QList<IndicatorValue>{}))
            if (v.areaId > 0)
                areas << v.areaId;
    const QHash<qint64, QString> labels = areaLabels(m_session->project().db(), areas);
    for (auto it = labels.cbegin(); it != labels.cend(); ++it)
        m_areaNames.insert(it.key(), it.value());
    const QVariant chosen = m_area->currentData();
    m_area->clear();
    for (auto it = m_areaNames.cbegin(); it != m_areaNames.cend(); ++it)
        m_area->addItem(it.value(), it.key());
    m_area->setCurrentIndex(std::max(0, m_area->findData(chosen)));
    reloadGrid();
}

void IndicatorsDialog::reloadGrid()
{
    const qint64 id = currentIndicator();
    const bool writable = !m_session->project().isReadOnly();
    m_edit->setEnabled(writable && id > 0);
    m_remove->setEnabled(writable && id > 0);
    m_addRow->setEnabled(writable && id > 0);
    m_loading = true;
    m_grid->setRowCount(0);
    m_whole->clear();
    m_wholeText.clear();
    if (id <= 0) {
        m_loading = false;
        return;
    }
    const QList<IndicatorValue> values
        = m_session->plan().indicatorValues(id).value_or(QList<IndicatorValue>{});
    const QList<IndicatorValue> whole
        = m_session->plan().planWideValues(id).value_or(QList<IndicatorValue>{});
    QString aggregation;
    for (const Indicator &i :
         m_session->plan().indicators(m_ownerId, m_ownerKind).value_or(QList<Indicator>{}))
        if (i.id == id)
            aggregation = i.aggregation;
    const Progress wholeProgress = progressOf(whole, 0);
    m_whole->setText(tr("Whole plan: %1").arg(progressBadge(wholeProgress)));
    m_wholeText = progressText(wholeProgress);

    // Rows: every (area, year) with a value or asked for; the plan as a whole first, then the
    // areas by name, each by year.
    std::set<std::pair<qint64, int>> keys;
    for (const IndicatorValue &v : values)
        keys.insert({v.areaId, v.period});
    for (const IndicatorValue &v : whole)
        keys.insert({0, v.period});
    for (const auto &pending : m_pendingRows)
        keys.insert(pending);
    std::vector<std::pair<qint64, int>> rows(keys.begin(), keys.end());
    std::stable_sort(rows.begin(), rows.end(), [this](const auto &a, const auto &b) {
        if (a.first != b.first) {
            if (a.first == 0 || b.first == 0)
                return a.first == 0;
            return m_areaNames.value(a.first) < m_areaNames.value(b.first);
        }
        return a.second < b.second;
    });
    m_grid->setRowCount(int(rows.size()));
    qint64 previousArea = -1;
    for (int r = 0; r < int(rows.size()); ++r) {
        const auto [area, year] = rows[std::size_t(r)];
        auto readOnly = [](const QString &text) {
            auto *cell = new QTableWidgetItem(text);
            cell->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
            return cell;
        };
        auto *areaCell = readOnly(m_areaNames.value(area, tr("Area %1").arg(area)));
        areaCell->setData(Qt::UserRole, area);
        m_grid->setItem(r, AreaColumn, areaCell);
        auto *yearCell = readOnly(QString::number(year));
        yearCell->setData(Qt::UserRole, year);
        m_grid->setItem(r, YearColumn, yearCell);
        for (int k = 0; k < 3; ++k) {
            QString text;
            bool given = area != 0;
            const QList<IndicatorValue> &source = area == 0 ? whole : values;
            for (const IndicatorValue &v : source)
                if (v.areaId == area && v.period == year && v.kind == QLatin1String(kValueKinds[k]))
                    text = number(v.value);
            if (area == 0)
                for (const IndicatorValue &v : values)
                    given = given
                            || (v.areaId == 0 && v.period == year
                                && v.kind == QLatin1String(kValueKinds[k]));
            auto *cell = new QTableWidgetItem(text);
            if (!given && !text.isEmpty()) {
                // Combined from the areas; typing a value gives the plan its own.
                QFont italic = cell->font();
                italic.setItalic(true);
                cell->setFont(italic);
                cell->setToolTip(tr("Combined from the areas' values (%1)")
                                     .arg(IndicatorForm::aggregationTitle(aggregation)));
            }
            cell->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            if (!writable)
                cell->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
            m_grid->setItem(r, BaselineColumn + k, cell);
        }
        // The area's progress on its first row.
        if (area != previousArea) {
            const Progress p = progressOf(area == 0 ? whole : values, area);
            auto *cell = readOnly(progressText(p));
            cell->setForeground(QColor(QLatin1String(ProgressText::color(p.status))));
            cell->setToolTip(progressToolTip(p));
            m_grid->setItem(r, ProgressColumn, cell);
            auto *badge = new QLabel(progressBadge(p), m_grid);
            badge->setTextFormat(Qt::RichText);
            badge->setToolTip(progressToolTip(p));
            badge->setAutoFillBackground(true);
            m_grid->setCellWidget(r, ProgressColumn, badge);
        }
        previousArea = area;
    }
    m_loading = false;
}

void IndicatorsDialog::cellEdited(int row, int column)
{
    if (m_loading || column < BaselineColumn || column > ActualColumn)
        return;
    const qint64 area = m_grid->item(row, AreaColumn)->data(Qt::UserRole).toLongLong();
    const int year = m_grid->item(row, YearColumn)->data(Qt::UserRole).toInt();
    const QString text = m_grid->item(row, column)->text();
    const QString kind = QString::fromLatin1(kValueKinds[column - BaselineColumn]);
    // Later: writing reloads the grid, which must not delete the item still emitting.
    QMetaObject::invokeMethod(
        this,
        [=, this] {
            bool ok = false;
            const std::optional<double> value = parseNumber(text, &ok);
            if (!ok) {
                m_session->reportError(Error{tr("\"%1\" is not a number.").arg(text),
                                             {},
                                             tr("Type digits, with a decimal comma if needed.")});
                reloadGrid();
                return;
            }
            setValue(area, year, kind, value);
        },
        Qt::QueuedConnection);
}

void IndicatorsDialog::addRow()
{
    m_pendingRows.append({m_area->currentData().toLongLong(), m_year->value()});
    reloadGrid();
}

bool IndicatorsDialog::push(const QString &text, qint64 id,
                            std::function<Result<qint64>(PlanStore &)> edit)
{
    QUndoStack *stack = m_session->undoStack();
    const int count = stack->count();
    stack->push(indicatorCommand(m_session, text, id, std::move(edit)));
    return stack->count() > count;
}

qint64 IndicatorsDialog::addIndicator(const Indicator &indicator)
{
    auto created = std::make_shared<qint64>(0);
    push(tr("Add indicator \"%1\"").arg(indicator.nameTr), 0,
         [indicator, created](PlanStore &plan) -> Result<qint64> {
             auto id = plan.addIndicator(indicator);
             if (id)
                 *created = *id;
             return id;
         });
    if (*created > 0)
        selectIndicator(*created);
    return *created;
}

bool IndicatorsDialog::editIndicator(const Indicator &indicator)
{
    return push(tr("Edit indicator \"%1\"").arg(indicator.nameTr), indicator.id,
                [indicator](PlanStore &plan) -> Result<qint64> {
                    if (auto ok = plan.updateIndicator(indicator); !ok)
                        return std::unexpected(ok.error());
                    return indicator.id;
                });
}

bool IndicatorsDialog::removeIndicator(qint64 id)
{
    return push(tr("Remove indicator"), id, [id](PlanStore &plan) -> Result<qint64> {
        if (auto removed = plan.removeIndicator(id); !removed)
            return std::unexpected(removed.error());
        return id;
    });
}

bool IndicatorsDialog::setValue(qint64 areaId, int year, const QString &kind,
                                std::optional<double> value)
{
    const qint64 id = currentIndicator();
    if (id <= 0)
        return false;
    m_pendingRows.removeAll(std::pair{areaId, year});
    if (value)
        m_pendingRows.append({areaId, year}); // keeps the row when a later value clears it
    const QString kindTitle = kind == u"baseline" ? tr("Baseline")
                              : kind == u"target" ? tr("Target")
                                                  : tr("Actual");
    const QString text
        = value ? tr("Set %1 %2 of %3").arg(kindTitle).arg(year).arg(m_areaNames.value(areaId))
                : tr("Clear %1 %2 of %3").arg(kindTitle).arg(year).arg(m_areaNames.value(areaId));
    const bool done = push(text, id, [=](PlanStore &plan) -> Result<qint64> {
        Result<void> ok = value ? plan.setIndicatorValue(id, {areaId, year, kind, *value, {}})
                                : plan.clearIndicatorValue(id, areaId, year, kind);
        if (!ok)
            return std::unexpected(ok.error());
        return id;
    });
    if (!done)
        reloadGrid();
    return done;
}

void IndicatorsDialog::selectIndicator(qint64 id)
{
    for (int r = 0; r < m_list->count(); ++r)
        if (m_list->item(r)->data(Qt::UserRole).toLongLong() == id)
            m_list->setCurrentRow(r);
}

qint64 IndicatorsDialog::currentIndicator() const
{
    const QListWidgetItem *item = m_list->currentItem();
    return item ? item->data(Qt::UserRole).toLongLong() : 0;
}

QString IndicatorsDialog::wholePlanProgress() const
{
    return m_wholeText;
}

} // namespace geisep
