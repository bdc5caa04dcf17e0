#include "app/plan/stakeholdersdialog.h"

#include "app/messages.h"

#include "app/commands.h"
#include "app/session.h"
#include "core/plan/planviews.h"

#include <QCheckBox>
#include <QCollator>
#include <QComboBox>
#include <QCompleter>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QUndoStack>
#include <QVBoxLayout>

namespace geisep {

StakeholderForm::StakeholderForm(const QList<AreaEntry> &areas, const Stakeholder &stakeholder,
                                 QWidget *parent)
    : QDialog(parent)
    , m_stakeholder(stakeholder)
{
    setObjectName(QStringLiteral("stakeholderForm"));
    setWindowTitle(stakeholder.id ? tr("Stakeholder") : tr("New stakeholder"));
    m_kind = new QComboBox(this);
    m_kind->setObjectName(QStringLiteral("kind"));
    for (const QString &kind : Stakeholder::kinds())
        m_kind->addItem(StakeholdersDialog::kindTitle(kind), kind);
    m_kind->setCurrentIndex(std::max(0, m_kind->findData(stakeholder.kind)));
    m_person = new QCheckBox(tr("A person (not an institution)"), this);
    m_person->setObjectName(QStringLiteral("isPerson"));
    m_person->setChecked(stakeholder.isPerson);
    auto line = [this](const QString &text, const char *name) {
        auto *edit = new QLineEdit(text, this);
        edit->setObjectName(QString::fromLatin1(name));
        return edit;
    };
    m_name = line(stakeholder.name, "name");
    m_organisation = line(stakeholder.organisation, "organisation");
    m_title = line(stakeholder.title, "title");
    m_phone = line(stakeholder.phone, "phone");
    m_email = line(stakeholder.email, "email");
    m_address = line(stakeholder.address, "address");
    m_area = new QComboBox(this);
    m_area->setObjectName(QStringLiteral("area"));
    m_area->setEditable(true);
    m_area->setInsertPolicy(QComboBox::NoInsert);
    m_area->addItem(tr("None"), qint64(0));
    for (const AreaEntry &area : areas)
        m_area->addItem(areaLabel(area.name, area.district), area.id);
    m_area->completer()->setFilterMode(Qt::MatchContains);
    m_area->completer()->setCompletionMode(QCompleter::PopupCompletion);
    m_area->setCurrentIndex(std::max(0, m_area->findData(stakeholder.areaId)));
    m_note = new QPlainTextEdit(stakeholder.note, this);
    m_note->setObjectName(QStringLiteral("note"));
    m_note->setMaximumHeight(70);

    auto *form = new QFormLayout;
    form->addRow(tr("Kind"), m_kind);
    form->addRow(QString(), m_person);
    form->addRow(tr("Name"), m_name);
    form->addRow(tr("Organisation"), m_organisation);
    form->addRow(tr("Title or role"), m_title);
    form->addRow(tr("Phone"), m_phone);
    form->addRow(tr("E-mail"), m_email);
    form->addRow(tr("Address"), m_address);
    form->addRow(tr("Mahalle (muhtar)"), m_area);
    form->addRow(tr("Note"), m_note);
    auto *privacy = new QLabel(tr("Phone, e-mail and address, and the names of people, are "
                                  "personal data: they stay out of exports and prints unless "
                                  "you ask for them."),
                               this);
    privacy->setWordWrap(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto validate = [this, buttons] {
        buttons->button(QDialogButtonBox::Ok)->setEnabled(!m_name->text().trimmed().isEmpty());
    };
    connect(m_name, &QLineEdit::textChanged, this, validate);
    auto muhtar = [this] {
        const bool isMuhtar = m_kind->currentData().toString() == u"muhtar";
        m_area->setEnabled(isMuhtar);
        if (isMuhtar)
            m_person->setChecked(true);
    };
    connect(m_kind, &QComboBox::currentIndexChanged, this, muhtar);
    validate();
    m_area->setEnabled(stakeholder.kind == u"muhtar");
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(privacy);
    layout->addWidget(buttons);
}

Stakeholder StakeholderForm::stakeholder() const
{
    Stakeholder s = m_stakeholder;
    s.kind = m_kind->currentData().toString();
    s.isPerson = m_person->isChecked();
    s.name = m_name->text().trimmed();
    s.organisation = m_organisation->text().trimmed();
    s.title = m_title->text().trimmed();
    s.phone = m_phone->text().trimmed();
    s.email = m_email->text().trimmed();
    s.address = m_address->text().trimmed();
    s.areaId = s.kind == u"muhtar" ? m_area->currentData().toLongLong() : 0;
    s.note = m_note->toPlainText().trimmed();
    return s;
}

QString StakeholdersDialog::kindTitle(const QString &kind)
{
    if (kind == u"valilik")
        return tr("Governorship (valilik)");
    if (kind == u"belediye")
        return tr("Municipality (belediye)");
    if (kind == u"ministry")
        return tr("Ministry or central body");
    if (kind == u"university")
        return tr("University");
    if (kind == u"chamber")
        return tr("Chamber of commerce or industry");
    if (kind == u"professional")
        return tr("Professional body");
    if (kind == u"union")
        return tr("Trade or employers' union");
    if (kind == u"ngo")
        return tr("NGO");
    if (kind == u"kent_konseyi")
        return tr("City council (kent konseyi)");
    if (kind == u"muhtar")
        return tr("Muhtar");
    if (kind == u"other")
        return tr("Other");
    return kind;
}

StakeholdersDialog::StakeholdersDialog(Session *session, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
{
    setObjectName(QStringLiteral("stakeholdersDialog"));
    setWindowTitle(tr("Stakeholder register"));
    m_table = new QTableWidget(0, ColumnCount, this);
    m_table->setObjectName(QStringLiteral("stakeholderTable"));
    m_table->setHorizontalHeaderLabels({tr("Name"), tr("Kind"), tr("Organisation"),
                                        tr("Title or role"), tr("Phone"), tr("E-mail"),
                                        tr("Mahalle")});
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    auto *add = new QPushButton(tr("&Add…"), this);
    add->setObjectName(QStringLiteral("addStakeholder"));
    m_edit = new QPushButton(tr("&Edit…"), this);
    m_edit->setObjectName(QStringLiteral("editStakeholder"));
    m_remove = new QPushButton(tr("&Remove"), this);
    m_remove->setObjectName(QStringLiteral("removeStakeholder"));
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(add);
    buttons->addWidget(m_edit);
    buttons->addWidget(m_remove);
    buttons->addStretch(1);
    auto *close = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(close, &QDialogButtonBox::rejected, this, &QDialog::reject);
    buttons->addWidget(close);
    auto *privacy = new QLabel(tr("Contact details are personal data (KVKK): they stay in this "
                                  "project and out of exports and prints unless you ask."),
                               this);
    privacy->setWordWrap(true);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_table, 1);
    layout->addWidget(privacy);
    layout->addLayout(buttons);
    resize(1000, 480);

    connect(add, &QPushButton::clicked, this, [this] {
        StakeholderForm form(muhtarAreas(m_session->project().db()).value_or(QList<AreaEntry>()),
                             Stakeholder{}, this);
        if (form.exec() == QDialog::Accepted)
            addStakeholder(form.stakeholder());
    });
    connect(m_edit, &QPushButton::clicked, this, [this] {
        auto current = m_session->plan().stakeholder(currentId());
        if (!current || !*current)
            return;
        StakeholderForm form(muhtarAreas(m_session->project().db()).value_or(QList<AreaEntry>()),
                             **current, this);
        if (form.exec() == QDialog::Accepted)
            editStakeholder(form.stakeholder());
    });
    connect(m_remove, &QPushButton::clicked, this, [this] {
        const qint64 id = currentId();
        if (id > 0
            && messages::ask(this, windowTitle(),
                             tr("Remove \"%1\" from the register?")
                                 .arg(m_table->item(m_table->currentRow(), NameColumn)->text())))
            removeStakeholder(id);
    });
    connect(m_table, &QTableWidget::cellDoubleClicked, m_edit, &QPushButton::click);
    connect(m_table, &QTableWidget::currentCellChanged, this, [this] {
        const bool writable = !m_session->project().isReadOnly();
        m_edit->setEnabled(writable && currentId() > 0);
        m_remove->setEnabled(writable && currentId() > 0);
    });
    add->setEnabled(!session->project().isReadOnly());
    connect(session, &Session::planChanged, this, &StakeholdersDialog::reload);
}

void StakeholdersDialog::showEvent(QShowEvent *event)
{
    // The project is read at the first show, not in the constructor.
    if (!m_loaded)
        reload();
    QDialog::showEvent(event);
}

void StakeholdersDialog::reload()
{
    m_loaded = true;
    const qint64 current = currentId();
    // In Turkish alphabetical order (Ç after C, Ö after O, Ş after S), not by code point.
    QList<Stakeholder> all = m_session->plan().stakeholders().value_or(QList<Stakeholder>{});
    QCollator collator{QLocale(QLocale::Turkish, QLocale::Turkey)};
    collator.setCaseSensitivity(Qt::CaseInsensitive);
    collator.setNumericMode(true);
    std::stable_sort(all.begin(), all.end(), [&](const Stakeholder &a, const Stakeholder &b) {
        return collator.compare(a.name, b.name) < 0;
    });
    m_table->setRowCount(int(all.size()));
    QList<qint64> areaIds;
    for (const Stakeholder &s : all)
        if (s.areaId > 0)
            areaIds << s.areaId;
    const QHash<qint64, QString> areas = areaLabels(m_session->project().db(), areaIds);
    int currentRow = -1;
    for (int r = 0; r < int(all.size()); ++r) {
        const Stakeholder &s = all[r];
        const QStringList cells{s.name,  kindTitle(s.kind), s.organisation,       s.title,
                                s.phone, s.email,           areas.value(s.areaId)};
        for (int c = 0; c < ColumnCount; ++c) {
            auto *cell = new QTableWidgetItem(cells[c]);
            cell->setData(Qt::UserRole, s.id);
            m_table->setItem(r, c, cell);
        }
        if (s.id == current)
            currentRow = r;
    }
    m_table->resizeColumnsToContents();
    if (currentRow >= 0)
        m_table->selectRow(currentRow);
    const bool writable = !m_session->project().isReadOnly();
    m_edit->setEnabled(writable && currentId() > 0);
    m_remove->setEnabled(writable && currentId() > 0);
}

qint64 StakeholdersDialog::currentId() const
{
    const int row = m_table->currentRow();
    const QTableWidgetItem *item = row >= 0 ? m_table->item(row, NameColumn) : nullptr;
    return item ? item->data(Qt::UserRole).toLongLong() : 0;
}

bool StakeholdersDialog::push(const QString &text, qint64 id,
                              const std::optional<Stakeholder> &after, qint64 *created)
{
    QUndoStack *stack = m_session->undoStack();
    const int count = stack->count();
    stack->push(stakeholderCommand(m_session, text, id, after, created));
    return stack->count() > count;
}

qint64 StakeholdersDialog::addStakeholder(const Stakeholder &stakeholder)
{
    qint64 id = 0;
    push(tr("Add \"%1\" to the register").arg(stakeholder.name), 0, stakeholder, &id);
    return id;
}

bool StakeholdersDialog::editStakeholder(const Stakeholder &stakeholder)
{
    return push(tr("Edit \"%1\"").arg(stakeholder.name), stakeholder.id, stakeholder);
}

bool StakeholdersDialog::removeStakeholder(qint64 id)
{
    return push(tr("Remove from the register"), id, std::nullopt);
}

} // namespace geisep
