#pragma once

#include "core/error.h"
#include "gis/analysis/chart.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QPushButton;

namespace geisep {

class Session;

// The picture a chart makes, repainted at any size (the dock's view).
class ChartView : public QWidget
{
    Q_OBJECT

public:
    explicit ChartView(QWidget *parent = nullptr);
    void setChart(const Chart &chart);
    const Chart &chart() const { return m_chart; }
    QSize sizeHint() const override { return {360, 300}; }

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    Chart m_chart;
};

// Görünüm ▸ Grafikler: the chart a planner asks for, following what is chosen — the migrants'
// share by district on the plan views' area layer; an indicator over the years for the area
// chosen on the map (its own values when it has any, else the whole plan's); the ten areas of
// highest migration pressure as stacked components; the population within reach of each
// service and the population projection, of the area chosen on the map or else of the whole
// layer. Saved as PNG or SVG as shown.
class ChartsPanel : public QWidget
{
    Q_OBJECT

public:
    enum class Kind { MigrantShare, IndicatorTrend, Pressure, Coverage, Projection };
    explicit ChartsPanel(QWidget *parent = nullptr);

    // The open project (or none) and its area layer for the district chart.
    void setSession(Session *session, qint64 areaLayerId);
    void setAreaLayer(qint64 areaLayerId);
    // The area chosen on the map (0: none): the indicator chart follows it.
    void setArea(qint64 areaId);
    void setKind(Kind kind);
    void setIndicator(qint64 indicatorId);
    // Reads the numbers again (after the plan or the figures changed).
    void refresh();
    // The same when the panel is shown; else when it is next shown (edits do not pay for a
    // chart nobody looks at).
    void refreshWhenShown();

    const Chart &chart() const { return m_view->chart(); }
    ChartView *view() const { return m_view; }
    Result<void> savePng(const QString &path, QSize size = {1200, 900}) const;
    Result<void> saveSvg(const QString &path, QSize size = {600, 450}) const;
    void retranslate();

protected:
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    void fillIndicators();
    void saveDialog(bool svg);

    Session *m_session = nullptr;
    qint64 m_areaLayer = 0;
    qint64 m_area = 0;
    bool m_stale = false;
    QComboBox *m_kind;
    QComboBox *m_indicator;
    QLabel *m_message;
    ChartView *m_view;
    QPushButton *m_png;
    QPushButton *m_svg;
};

} // namespace geisep
