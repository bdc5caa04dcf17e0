#include "app/analysis/chartsdock.h"

#include "app/filedialogs.h"
#include "app/session.h"
#include "core/outputfile.h"

#include <QBuffer>
#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QImage>
#include <QLabel>
#include <QPainter>
#include <QPushButton>
#include <QSvgGenerator>
#include <QVBoxLayout>

namespace geisep {

ChartView::ChartView(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("chartView"));
    setMinimumSize(240, 200);
    setAttribute(Qt::WA_OpaquePaintEvent);
}

void ChartView::setChart(const Chart &chart)
{
    m_chart = chart;
    update();
}

void ChartView::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.fillRect(rect(), Qt::white);
    drawChart(painter, QRectF(rect()), m_chart, PrintWords::inWindowLanguage(),
              font().pointSizeF() > 0 ? font().pointSizeF() : 9.0);
}

ChartsPanel::ChartsPanel(QWidget *parent)
    : QWidget(parent)
    , m_kind(new QComboBox(this))
    , m_indicator(new QComboBox(this))
    , m_message(new QLabel(this))
    , m_view(new ChartView(this))
    , m_png(new QPushButton(this))
    , m_svg(new QPushButton(this))
{
    setObjectName(QStringLiteral("chartsPanel"));
    m_kind->setObjectName(QStringLiteral("chartKind"));
    m_indicator->setObjectName(QStringLiteral("chartIndicator"));
    m_message->setObjectName(QStringLiteral("chartMessage"));
    m_message->setWordWrap(true);
    m_png->setObjectName(QStringLiteral("chartPng"));
    m_svg->setObjectName(QStringLiteral("chartSvg"));
    m_kind->addItem(QString(), int(Kind::MigrantShare));
    m_kind->addItem(QString(), int(Kind::IndicatorTrend));
    m_kind->addItem(QString(), int(Kind::Pressure));
    m_kind->addItem(QString(), int(Kind::Coverage));
    m_kind->addItem(QString(), int(Kind::Projection));
    auto *buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(m_png);
    buttons->addWidget(m_svg);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_kind);
    layout->addWidget(m_indicator);
    layout->addWidget(m_message);
    layout->addWidget(m_view, 1);
    layout->addLayout(buttons);
    connect(m_kind, &QComboBox::currentIndexChanged, this, &ChartsPanel::refresh);
    connect(m_indicator, &QComboBox::currentIndexChanged, this, &ChartsPanel::refresh);
    connect(m_png, &QPushButton::clicked, this, [this] { saveDialog(false); });
    connect(m_svg, &QPushButton::clicked, this, [this] { saveDialog(true); });
    retranslate();
}

void ChartsPanel::setSession(Session *session, qint64 areaLayerId)
{
    if (session != m_session)
        m_area = 0;
    m_session = session;
    m_areaLayer = areaLayerId;
    fillIndicators();
    refreshWhenShown();
}

void ChartsPanel::setAreaLayer(qint64 areaLayerId)
{
    if (areaLayerId == m_areaLayer)
        return;
    m_areaLayer = areaLayerId;
    refreshWhenShown();
}

void ChartsPanel::setArea(qint64 areaId)
{
    if (areaId == m_area)
        return;
    m_area = areaId;
    const Kind kind = Kind(m_kind->currentData().toInt());
    if (kind == Kind::IndicatorTrend || kind == Kind::Coverage || kind == Kind::Projection)
        refreshWhenShown();
}

void ChartsPanel::setKind(Kind kind)
{
    m_kind->setCurrentIndex(m_kind->findData(int(kind)));
    refresh();
}

void ChartsPanel::setIndicator(qint64 indicatorId)
{
    m_indicator->setCurrentIndex(m_indicator->findData(indicatorId));
    refresh();
}

void ChartsPanel::fillIndicators()
{
    const QSignalBlocker block(m_indicator);
    const qint64 current = m_indicator->currentData().toLongLong();
    m_indicator->clear();
    if (!m_session)
        return;
    const bool turkish = PrintWords::inWindowLanguage().turkish;
    for (const Indicator &indicator : m_session->plan().indicators().value_or(QList<Indicator>{}))
        m_indicator->addItem(turkish || indicator.nameEn.isEmpty() ? indicator.nameTr
                                                                   : indicator.nameEn,
                             indicator.id);
    const int again = m_indicator->findData(current);
    m_indicator->setCurrentIndex(again >= 0 ? again : 0);
}

void ChartsPanel::refreshWhenShown()
{
    m_stale = true;
    if (isVisible())
        refresh();
}

void ChartsPanel::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_stale)
        refresh();
}

void ChartsPanel::refresh()
{
    m_stale = false;
    const Kind kind = Kind(m_kind->currentData().toInt());
    m_indicator->setVisible(kind == Kind::IndicatorTrend);
    m_message->clear();
    if (!m_session) {
        m_view->setChart({});
        m_message->setText(tr("Open a project to see its charts."));
        return;
    }
    const PrintWords words = PrintWords::inWindowLanguage();
    Database &db = m_session->project().db();
    Result<Chart> chart = Chart{};
    if (kind != Kind::IndicatorTrend && m_areaLayer <= 0) {
        m_view->setChart({});
        m_message->setText(tr("Import mahalle boundaries first."));
        return;
    }
    if (kind == Kind::MigrantShare) {
        chart = Charts::migrantShareByDistrict(db, m_areaLayer, words);
    } else if (kind == Kind::Pressure) {
        chart = Charts::pressureTop(db, m_areaLayer, 10, words);
    } else if (kind == Kind::Coverage || kind == Kind::Projection) {
        // The chosen area's, when it has results, else the whole layer's.
        const auto of = [&](const QList<qint64> &areas) {
            return kind == Kind::Coverage ? Charts::coverageByService(db, m_areaLayer, areas, words)
                                          : Charts::projection(db, m_areaLayer, areas, words);
        };
        chart = m_area > 0 ? of({m_area}) : Result<Chart>(Chart{});
        if (!chart || chart->empty())
            chart = of({});
        else
            m_message->setText(tr("Values of the area chosen on the map."));
    } else {
        if (m_indicator->count() == 0) {
            m_view->setChart({});
            m_message->setText(tr("The plan has no indicators yet (Plan ▸ Göstergeler)."));
            return;
        }
        const qint64 indicator = m_indicator->currentData().toLongLong();
        // The chosen area's own values when it has any, else the whole plan's.
        chart = m_area > 0 ? Charts::indicatorTrend(db, indicator, m_area, words) : chart;
        if (!chart || chart->empty())
            chart = Charts::indicatorTrend(db, indicator, 0, words);
        else
            m_message->setText(tr("Values of the area chosen on the map."));
    }
    if (!chart) {
        m_view->setChart({});
        m_message->setText(chart.error().toString());
        return;
    }
    if (chart->empty() && m_message->text().isEmpty())
        m_message->setText(tr("No values to draw yet."));
    m_view->setChart(*chart);
}

Result<void> ChartsPanel::savePng(const QString &path, QSize size) const
{
    QImage image(size, QImage::Format_ARGB32);
    image.setDotsPerMeterX(11811); // 300 dpi
    image.setDotsPerMeterY(11811);
    image.fill(Qt::white);
    {
        QPainter painter(&image);
        drawChart(painter, QRectF(QPointF(0, 0), QSizeF(size)), chart(),
                  PrintWords::inWindowLanguage(), 9.0);
    }
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    if (!image.save(&buffer, "PNG"))
        return fail(tr("The chart could not be drawn as PNG."), path);
    return OutputFile::writeAll(path, bytes);
}

Result<void> ChartsPanel::saveSvg(const QString &path, QSize size) const
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    QSvgGenerator svg;
    svg.setOutputDevice(&buffer);
    svg.setSize(size);
    svg.setViewBox(QRect(QPoint(0, 0), size));
    svg.setResolution(96);
    svg.setTitle(chart().title);
    {
        QPainter painter(&svg);
        drawChart(painter, QRectF(QPointF(0, 0), QSizeF(size)), chart(),
                  PrintWords::inWindowLanguage(), 9.0);
    }
    return OutputFile::writeAll(path, bytes);
}

void ChartsPanel::saveDialog(bool svg)
{
    const QString suffix = svg ? QStringLiteral(".svg") : QStringLiteral(".png");
    QString path = files::saveFile(this, tr("Save the chart"), chart().title + suffix,
                                   svg ? tr("SVG pictures (*.svg)") : tr("PNG pictures (*.png)"));
    if (path.isEmpty())
        return;
    if (!path.endsWith(suffix, Qt::CaseInsensitive))
        path += suffix;
    const auto ok = svg ? saveSvg(path) : savePng(path);
    m_message->setText(ok ? tr("Saved %1.").arg(path) : ok.error().toString());
}

void ChartsPanel::retranslate()
{
    m_kind->setItemText(0, tr("Migrants' share by district"));
    m_kind->setItemText(1, tr("An indicator over the years"));
    m_kind->setItemText(2, tr("Migration pressure: the ten highest areas"));
    m_kind->setItemText(3, tr("Population within reach of each service"));
    m_kind->setItemText(4, tr("Population projection"));
    m_png->setText(tr("Save as PNG…"));
    m_svg->setText(tr("Save as SVG…"));
    fillIndicators();
    refreshWhenShown();
}

void ChartsPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

} // namespace geisep
