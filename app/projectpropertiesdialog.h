#pragma once

#include <QDialog>

class QLineEdit;
class QSpinBox;

namespace geisep {

class Session;

// Proje ▸ Özellikler…: the project's name, province, municipality and small-cell threshold.
// Accepting it applies each change as its own undo step.
class ProjectPropertiesDialog : public QDialog
{
    Q_OBJECT

public:
    explicit ProjectPropertiesDialog(Session *session, QWidget *parent = nullptr);
    // Pushes the changed values onto the session's undo stack.
    void apply();

private:
    Session *m_session;
    QLineEdit *m_name;
    QLineEdit *m_province;
    QLineEdit *m_municipality;
    QSpinBox *m_threshold;
};

} // namespace geisep
