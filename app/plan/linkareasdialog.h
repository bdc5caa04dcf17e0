#pragma once

#include <QDialog>

class QComboBox;
class QLineEdit;

namespace geisep {

// Plan ▸ Link selected areas…: the priority and note of the link between the areas selected
// on the map and a goal, objective or action.
class LinkAreasDialog : public QDialog
{
    Q_OBJECT

public:
    // `count` areas are selected; `itemTitle` is the plan item's title as the dock shows it.
    LinkAreasDialog(int count, const QString &itemTitle, QWidget *parent = nullptr);

    QString priority() const; // high, medium, low
    QString note() const;

private:
    QComboBox *m_priority;
    QLineEdit *m_note;
};

} // namespace geisep
