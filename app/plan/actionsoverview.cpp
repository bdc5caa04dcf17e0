#include "app/plan/actionsoverview.h"

#include "app/plan/planitemdialog.h"
#include "app/session.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QSpinBox>
#include <QTableView>
#include <QVBoxLayout>

namespace geisep {

ActionOverviewModel::ActionOverviewModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void ActionOverviewModel::setRows(QList<ActionRow> rows)
{
    m_all = std::move(rows);
    refilter();
}

void ActionOverviewModel::setFilter(const ActionFilter &filter)
{
    m_filter = filter;
    refilter();
}

void ActionOverviewModel::refilter()
{
    beginResetModel();
    m_shown.clear();
    for (int i = 0; i < int(m_all.size()); ++i)
        if (m_filter.accepts(m_all[i]))
            m_shown << i;
    endResetModel();
}

void ActionOverviewModel::setEnglish(bool english)
{
    if (m_english == english)
        return;
    m_english = english;
    if (!m_shown.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

int ActionOverviewModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_shown.size());
}

int ActionOverviewModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ActionOverviewModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ActionRow &row = m_all[m_shown[index.row()]];
    if (role == IdRole)
        return row.id;
    if (role == Qt::TextAlignmentRole && index.column() == BudgetColumn)
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    const QLocale locale;
    switch (Column(index.column())) {
    case CodeColumn:
        return row.code;
    case TitleColumn:
        return m_english && !row.titleEn.isEmpty() ? row.titleEn : row.titleTr;
    case SectorColumn:
        return m_english && !row.sectorEn.isEmpty() ? row.sectorEn : row.sectorTr;
    case ResponsibleColumn:
        return row.responsible;
    case StatusColumn:
        return PlanItemDialog::statusTitle(row.status);
    case StartColumn:
        return row.start.isValid() ? locale.toString(row.start, QLocale::ShortFormat) : QString();
    case EndColumn:
        return row.end.isValid() ? locale.toString(row.end, QLocale::ShortFormat) : QString();
    case BudgetColumn:
        return row.budget
                   ? QStringLiteral("%1 %2").arg(locale.toString(*row.budget, 'f', 0), row.currency)
                   : QString();
    case AreasColumn:
        if (role == Qt::ToolTipRole)
            return row.areaNames.join(u'\n');
        return row.areaNames.size() <= 3
                   ? row.areaNames.join(QStringLiteral(", "))
                   : tr("%1 and %n more", nullptr, int(row.areaNames.size() - 2))
                         .arg(row.areaNames.mid(0, 2).join(QStringLiteral(", ")));
    case ColumnCount:
        break;
    }
    return {};
}

QVariant ActionOverviewModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case CodeColumn:
        return tr("Code");
    case TitleColumn:
        return tr("Action");
    case SectorColumn:
        return tr("Sector");
    case ResponsibleColumn:
        return tr("Responsible");
    case StatusColumn:
        return tr("Status");
    case StartColumn:
        return tr("Start");
    case EndColumn:
        return tr("End");
    case BudgetColumn:
        return tr("Budget");
    case AreasColumn:
        return tr("Areas");
    case ColumnCount:
        break;
    }
    return {};
}

ActionsOverviewDialog::ActionsOverviewDialog(Session *session, bool english, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
{
    setObjectName(QStringLiteral("actionsOverview"));
    setWindowTitle(tr("Actions overview"));
    m_model = new ActionOverviewModel(this);
    m_model->setEnglish(english);
    m_view = new QTableView(this);
    m_view->setObjectName(QStringLiteral("actionsTable"));
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setSectionResizeMode(ActionOverviewModel::TitleColumn,
                                                     QHeaderView::Stretch);

    m_sector = new QComboBox(this);
    m_sector->setObjectName(QStringLiteral("sectorFilter"));
    m_sector->addItem(tr("All sectors"), qint64(0));
    for (const Sector &s : session->plan().sectors().value_or(QList<Sector>{}))
        m_sector->addItem(english && !s.nameEn.isEmpty() ? s.nameEn : s.nameTr, s.id);
    m_sector->setMaximumWidth(260);
    m_actor = new QComboBox(this);
    m_actor->setObjectName(QStringLiteral("actorFilter"));
    m_status = new QComboBox(this);
    m_status->setObjectName(QStringLiteral("statusFilter"));
    m_status->addItem(tr("Any status"), QString());
    for (const char *s : {"planned", "in_progress", "done", "dropped"})
        m_status->addItem(PlanItemDialog::statusTitle(QString::fromLatin1(s)),
                          QString::fromLatin1(s));
    m_year = new QSpinBox(this);
    m_year->setObjectName(QStringLiteral("yearFilter"));
    m_year->setRange(1999, 2100);
    m_year->setSpecialValueText(tr("Any year"));
    m_year->setValue(1999);
    m_area = new QLineEdit(this);
    m_area->setObjectName(QStringLiteral("areaFilter"));
    m_area->setPlaceholderText(tr("Mahalle or district…"));
    m_area->setClearButtonEnabled(true);
    m_count = new QLabel(this);
    m_count->setObjectName(QStringLiteral("count"));

    auto *filters = new QHBoxLayout;
    filters->addWidget(new QLabel(tr("Sector"), this));
    filters->addWidget(m_sector);
    filters->addWidget(new QLabel(tr("Actor"), this));
    filters->addWidget(m_actor);
    filters->addWidget(new QLabel(tr("Status"), this));
    filters->addWidget(m_status);
    filters->addWidget(new QLabel(tr("Runs in"), this));
    filters->addWidget(m_year);
    filters->addWidget(new QLabel(tr("Area"), this));
    filters->addWidget(m_area, 1);
    auto *close = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(close, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *bottom = new QHBoxLayout;
    bottom->addWidget(m_count, 1);
    bottom->addWidget(close);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(filters);
    layout->addWidget(m_view, 1);
    layout->addLayout(bottom);
    resize(1200, 520);

    for (QComboBox *box : {m_sector, m_actor, m_status})
        connect(box, &QComboBox::currentIndexChanged, this, &ActionsOverviewDialog::applyFilter);
    connect(m_year, &QSpinBox::valueChanged, this, &ActionsOverviewDialog::applyFilter);
    connect(m_area, &QLineEdit::textChanged, this, &ActionsOverviewDialog::applyFilter);
    connect(m_view, &QAbstractItemView::doubleClicked, this, [this](const QModelIndex &index) {
        Q_EMIT actionActivated(index.data(ActionOverviewModel::IdRole).toLongLong());
    });
    connect(session, &Session::planChanged, this, &ActionsOverviewDialog::reload);
}

void ActionsOverviewDialog::showEvent(QShowEvent *event)
{
    // The project is read at the first show, not in the constructor.
    if (!m_loaded)
        reload();
    QDialog::showEvent(event);
}

void ActionsOverviewDialog::reload()
{
    m_loaded = true;
    const QVariant actor = m_actor->currentData();
    m_settingFilter = true;
    m_actor->clear();
    m_actor->addItem(tr("Any actor"), qint64(0));
    for (const Stakeholder &s : m_session->plan().stakeholders().value_or(QList<Stakeholder>{}))
        m_actor->addItem(s.name, s.id);
    m_actor->setCurrentIndex(std::max(0, m_actor->findData(actor)));
    m_settingFilter = false;
    auto rows = actionRows(m_session->project().db());
    if (!rows)
        m_session->reportError(rows.error());
    m_model->setRows(rows.value_or(QList<ActionRow>{}));
    applyFilter();
}

void ActionsOverviewDialog::applyFilter()
{
    if (m_settingFilter)
        return;
    ActionFilter f;
    f.sectorId = m_sector->currentData().toLongLong();
    f.stakeholderId = m_actor->currentData().toLongLong();
    f.status = m_status->currentData().toString();
    f.year = m_year->value() == m_year->minimum() ? 0 : m_year->value();
    f.area = m_area->text();
    m_model->setFilter(f);
    m_view->resizeColumnsToContents();
    // Long area lists are in the tooltip; the title keeps the room.
    m_view->setColumnWidth(ActionOverviewModel::AreasColumn,
                           std::min(m_view->columnWidth(ActionOverviewModel::AreasColumn), 280));
    m_view->horizontalHeader()->setSectionResizeMode(ActionOverviewModel::TitleColumn,
                                                     QHeaderView::Stretch);
    m_count->setText(countText());
}

void ActionsOverviewDialog::setFilter(const ActionFilter &filter)
{
    m_settingFilter = true;
    m_sector->setCurrentIndex(std::max(0, m_sector->findData(filter.sectorId)));
    m_actor->setCurrentIndex(std::max(0, m_actor->findData(filter.stakeholderId)));
    m_status->setCurrentIndex(std::max(0, m_status->findData(filter.status)));
    m_year->setValue(filter.year == 0 ? m_year->minimum() : filter.year);
    m_area->setText(filter.area);
    m_settingFilter = false;
    applyFilter();
}

QString ActionsOverviewDialog::countText() const
{
    return tr("%1 of %n action(s)", nullptr, m_model->totalCount()).arg(m_model->rowCount());
}

} // namespace geisep
