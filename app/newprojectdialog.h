#pragma once

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QLineEdit;

namespace geisep {

// Asks for a new project's name, province, CRS and file. Does no I/O: the window creates the
// file from what it returns.
class NewProjectDialog : public QDialog
{
    Q_OBJECT

public:
    explicit NewProjectDialog(QWidget *parent = nullptr);

    QString projectName() const;
    QString province() const;
    QString municipality() const;
    int epsg() const;
    QString filePath() const;

private:
    void provinceChanged(const QString &province);
    void updateOk();
    void browse();

    QLineEdit *m_name;
    QComboBox *m_province;
    QLineEdit *m_municipality;
    QComboBox *m_crs;
    QLineEdit *m_path;
    QDialogButtonBox *m_buttons;
    bool m_crsTouched = false;
};

} // namespace geisep
