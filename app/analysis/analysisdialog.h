#pragma once

#include "core/project.h"

#include <QDialog>
#include <QList>
#include <QMap>
#include <QStringList>

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QListWidget;
class QSlider;
class QSpinBox;
class QTableWidget;
class QVBoxLayout;

namespace geisep {

class Session;

// Analiz ▸ Kapsama / Göç baskısı / Projeksiyon: the parameters of one analysis, a Run button,
// and the results table of the run. Coverage runs on a worker thread behind a progress dialog
// with Cancel; every run is stored in the project (DESIGN.md, analyses) and its main result
// is put on the map as a style of the area layer (undoable like any style change).
class AnalysisDialog : public QDialog
{
    Q_OBJECT

public:
    enum class Kind { Coverage, Pressure, Projection };
    AnalysisDialog(Session *session, Kind kind, qint64 areaLayerId, QWidget *parent = nullptr);

    // Runs with the form's values and stores the run; false (after saying why) when refused,
    // failed or cancelled.
    bool run();
    qint64 lastRun() const { return m_lastRun; }
    QTableWidget *results() const { return m_results; }
    // The form, for tests and screenshots.
    void setAreaLayer(qint64 layerId);
    void setDistance(const QString &service, int metres);
    void setPreset(const QString &name);
    void setWeight(int component, double weight);
    void setHorizon(int year);
    void setTopCount(int n);
    // The last run's table: an Excel workbook when PATH ends in .xlsx (numbers as numbers,
    // suppressed cells as "<10" with the footnote), else CSV in the window's separator.
    Result<void> saveTableAs(const QString &path);

Q_SIGNALS:
    // A run was stored; `field` is what to colour the area layer by.
    void runStored(qint64 areaLayerId, const QString &field);

protected:
    void showEvent(QShowEvent *event) override;

private:
    // Reads the project's layers and builds the form from them, once: at the first show or
    // the first call that needs the form, never in the constructor.
    void load();
    void buildCoverage();
    void buildPressure();
    void buildProjection();
    bool runCoverage();
    bool runPressure();
    bool runProjection();
    void fillTable(const QList<QStringList> &rows);
    void saveTable();
    void presetChosen();
    void weightMoved();
    void refreshFinerFields();
    qint64 areaLayerId() const;
    void say(const QString &text);

    Session *m_session;
    Kind m_kind;
    qint64 m_initialAreaLayer;
    bool m_loaded = false;
    QList<LayerInfo> m_layers;
    QList<QStringList> m_table;
    qint64 m_lastRun = 0;

    QComboBox *m_areas = nullptr;
    QVBoxLayout *m_body = nullptr; // the analysis's own parameters, built by load()
    QTableWidget *m_results = nullptr;
    QLabel *m_status = nullptr;

    // Coverage
    QListWidget *m_facilities = nullptr;
    QMap<QString, QSpinBox *> m_distances;
    QComboBox *m_population = nullptr;
    QComboBox *m_finer = nullptr;
    QComboBox *m_finerField = nullptr;
    QCheckBox *m_gaps = nullptr;

    // Pressure
    QComboBox *m_preset = nullptr;
    QList<QSlider *> m_weights;
    QList<QLabel *> m_weightLabels;
    QSpinBox *m_classes = nullptr;
    QSpinBox *m_top = nullptr;
    bool m_settingPreset = false;

    // Projection
    QSpinBox *m_horizon = nullptr;
    QCheckBox *m_ownRates = nullptr;
    QList<QDoubleSpinBox *> m_rates;
    QMap<QString, QDoubleSpinBox *> m_standards;
    QComboBox *m_capacityLayer = nullptr;
};

// Analiz ▸ Çalışmalar: every stored run with its kind, time, status, parameters and gap layers;
// a run can be removed with its results and layers.
class AnalysisRunsDialog : public QDialog
{
    Q_OBJECT

public:
    explicit AnalysisRunsDialog(Session *session, QWidget *parent = nullptr);
    // The runs, read at the first show or the first call to this.
    QTableWidget *table();
    bool removeRun(qint64 runId);

protected:
    void showEvent(QShowEvent *event) override;

private:
    void refresh();
    bool m_loaded = false;
    Session *m_session;
    QTableWidget *m_table = nullptr;
};

} // namespace geisep
