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
    // Reads the project's values into the fields, once; the first show does it, a test or
    // script that sets fields without showing calls it first.
    void load();

protected:
    void showEvent(QShowEvent *event) override;

private:
    bool m_loaded = false;
    Session *m_session;
    QLineEdit *m_name;
    QLineEdit *m_province;
    QLineEdit *m_municipality;
    QSpinBox *m_threshold;
};

} // namespace geisep
