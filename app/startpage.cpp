#include "app/startpage.h"

#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace geisep {

StartPage::StartPage(QWidget *parent)
    : QWidget(parent)
    , m_title(new QLabel(this))
    , m_subtitle(new QLabel(this))
    , m_new(new QPushButton(this))
    , m_open(new QPushButton(this))
    , m_recentLabel(new QLabel(this))
    , m_recent(new QListWidget(this))
{
    setObjectName(QStringLiteral("startPage"));
    QFont titleFont = font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 2.0);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_subtitle->setWordWrap(true);
    m_new->setObjectName(QStringLiteral("startNew"));
    m_open->setObjectName(QStringLiteral("startOpen"));
    m_recent->setObjectName(QStringLiteral("startRecent"));
    m_recent->setMaximumHeight(220);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_new);
    buttons->addWidget(m_open);
    buttons->addStretch();

    auto *column = new QVBoxLayout;
    column->addStretch(2);
    column->addWidget(m_title);
    column->addWidget(m_subtitle);
    column->addSpacing(16);
    column->addLayout(buttons);
    column->addSpacing(24);
    column->addWidget(m_recentLabel);
    column->addWidget(m_recent);
    column->addStretch(3);

    auto *outer = new QHBoxLayout(this);
    outer->addStretch(1);
    outer->addLayout(column, 3);
    outer->addStretch(1);

    connect(m_new, &QPushButton::clicked, this, &StartPage::newRequested);
    connect(m_open, &QPushButton::clicked, this, &StartPage::openRequested);
    connect(m_recent, &QListWidget::itemActivated, this, [this](QListWidgetItem *item) {
        Q_EMIT recentChosen(item->data(Qt::UserRole).toString());
    });
    retranslate();
}

void StartPage::setRecentProjects(const QStringList &paths)
{
    m_recent->clear();
    for (const QString &path : paths) {
        auto *item = new QListWidgetItem(QFileInfo(path).fileName() + QStringLiteral("  —  ")
                                         + QFileInfo(path).absolutePath());
        item->setData(Qt::UserRole, path);
        item->setToolTip(path);
        m_recent->addItem(item);
    }
    m_recentLabel->setVisible(!paths.isEmpty());
    m_recent->setVisible(!paths.isEmpty());
}

void StartPage::retranslate()
{
    m_title->setText(tr("GEİSEP Workbench"));
    m_subtitle->setText(tr("Map where migrants have settled, what infrastructure reaches them and "
                           "which muhtar district each area belongs to; link areas to the goals "
                           "of the Strategic Action Plan for the Integration of Migration; print "
                           "district maps and atlases."));
    m_new->setText(tr("New project…"));
    m_open->setText(tr("Open project…"));
    m_recentLabel->setText(tr("Recent projects"));
}

} // namespace geisep
