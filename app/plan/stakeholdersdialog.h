#pragma once

#include "core/areas.h"
#include "core/plan/plan.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QTableWidget;

namespace geisep {

class Session;

// The form of one stakeholder: kind, institution or person, name, organisation, title,
// contact details, and for a muhtar the mahalle (one of `areas`, as muhtarAreas lists them).
class StakeholderForm : public QDialog
{
    Q_OBJECT

public:
    StakeholderForm(const QList<AreaEntry> &areas, const Stakeholder &stakeholder,
                    QWidget *parent = nullptr);
    Stakeholder stakeholder() const;

private:
    Stakeholder m_stakeholder;
    QComboBox *m_kind;
    QCheckBox *m_person;
    QLineEdit *m_name;
    QLineEdit *m_organisation;
    QLineEdit *m_title;
    QLineEdit *m_phone;
    QLineEdit *m_email;
    QLineEdit *m_address;
    QComboBox *m_area;
    QPlainTextEdit *m_note;
};

// Plan ▸ Stakeholder register: institutions and people with their kind and contact details
// (personal data, kept out of exports and prints unless asked for), muhtar linked to their
// mahalle. Every change is one undo step.
class StakeholdersDialog : public QDialog
{
    Q_OBJECT

public:
    explicit StakeholdersDialog(Session *session, QWidget *parent = nullptr);

    // Without their forms (the buttons and tests call these); 0 / false when refused.
    qint64 addStakeholder(const Stakeholder &stakeholder);
    bool editStakeholder(const Stakeholder &stakeholder);
    bool removeStakeholder(qint64 id);

    QTableWidget *table() const { return m_table; }
    static QString kindTitle(const QString &kind);

    enum Column {
        NameColumn,
        KindColumn,
        OrganisationColumn,
        TitleColumn,
        PhoneColumn,
        EmailColumn,
        AreaColumn,
        ColumnCount
    };

protected:
    void showEvent(QShowEvent *event) override;

private:
    void reload();
    bool m_loaded = false;
    qint64 currentId() const;
    bool push(const QString &text, qint64 id, const std::optional<Stakeholder> &after,
              qint64 *created = nullptr);

    Session *m_session;
    QTableWidget *m_table;
    QPushButton *m_edit;
    QPushButton *m_remove;
};

} // namespace geisep
