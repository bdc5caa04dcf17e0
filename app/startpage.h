#pragma once

#include <QWidget>

class QLabel;
class QListWidget;
class QPushButton;

namespace geisep {

// What the window shows with no project open: new, open, the sample, and recent projects.
class StartPage : public QWidget
{
    Q_OBJECT

public:
    explicit StartPage(QWidget *parent = nullptr);
    void setRecentProjects(const QStringList &paths);
    void retranslate();

Q_SIGNALS:
    void newRequested();
    void openRequested();
    void recentChosen(const QString &path);

private:
    QLabel *m_title;
    QLabel *m_subtitle;
    QPushButton *m_new;
    QPushButton *m_open;
    QLabel *m_recentLabel;
    QListWidget *m_recent;
};

} // namespace geisep
