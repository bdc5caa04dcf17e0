#include "app/analysis/analysisdialog.h"

#include "app/filedialogs.h"
#include "app/messages.h"

#include "app/i18n.h"
#include "app/session.h"
#include "app/worker.h"
#include "core/text/csv.h"
#include "core/text/turkish.h"
#include "core/text/xlsx.h"
#include "gis/analysis/analysis.h"
#include "gis/map/style.h"
#include "gis/print/printwords.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHeaderView>
#include <QJsonDocument>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QSlider>
#include <QSpinBox>
#include <QSplitter>
#include <QTableWidget>
#include <QVBoxLayout>

#include <atomic>
#include <cmath>

namespace geisep {

namespace {

bool english()
{
    return i18n::current() != u"tr";
}

QChar separator()
{
    // Turkish readers get decimal commas, as the CSV for Turkish Excel has them.
    return english() ? u',' : u';';
}

QLabel *note(const QString &text)
{
    auto *label = new QLabel(text);
    label->setWordWrap(true);
    QFont f = label->font();
    f.setPointSizeF(f.pointSizeF() * 0.9);
    label->setFont(f);
    label->setStyleSheet(QStringLiteral("color: palette(mid)"));
    return label;
}

} // namespace

AnalysisDialog::AnalysisDialog(Session *session, Kind kind, qint64 areaLayerId, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_kind(kind)
    , m_initialAreaLayer(areaLayerId)
{
    setObjectName(QStringLiteral("analysisDialog"));
    auto *layout = new QVBoxLayout(this);
    auto *form = new QFormLayout;
    m_areas = new QComboBox;
    m_areas->setObjectName(QStringLiteral("areas"));
    form->addRow(tr("Areas:"), m_areas);
    layout->addLayout(form);
    m_body = new QVBoxLayout;
    layout->addLayout(m_body);
    switch (kind) {
    case Kind::Coverage:
        setWindowTitle(tr("Infrastructure coverage"));
        break;
    case Kind::Pressure:
        setWindowTitle(tr("Migration pressure"));
        break;
    case Kind::Projection:
        setWindowTitle(tr("Population projection and service need"));
        break;
    }

    m_results = new QTableWidget;
    m_results->setObjectName(QStringLiteral("results"));
    m_results->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_results->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_results->verticalHeader()->hide();
    m_results->setMinimumHeight(220);
    layout->addWidget(m_results, 1);
    m_status = new QLabel;
    m_status->setObjectName(QStringLiteral("status"));
    m_status->setWordWrap(true);
    layout->addWidget(m_status);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    QPushButton *runButton = buttons->addButton(tr("&Run"), QDialogButtonBox::ActionRole);
    runButton->setObjectName(QStringLiteral("run"));
    runButton->setDefault(true);
    QPushButton *save = buttons->addButton(tr("Save table…"), QDialogButtonBox::ActionRole);
    save->setObjectName(QStringLiteral("saveTable"));
    connect(runButton, &QPushButton::clicked, this, [this] { run(); });
    connect(save, &QPushButton::clicked, this, &AnalysisDialog::saveTable);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    resize(880, 720);
}

void AnalysisDialog::showEvent(QShowEvent *event)
{
    load();
    QDialog::showEvent(event);
}

void AnalysisDialog::load()
{
    if (m_loaded)
        return;
    m_loaded = true;
    m_layers = m_session->project().layers();
    for (const LayerInfo &l : m_layers)
        if (isAreaRole(l.role) && l.geometryType.contains(QStringLiteral("POLYGON")))
            m_areas->addItem(l.name, l.id);
    switch (m_kind) {
    case Kind::Coverage:
        buildCoverage();
        break;
    case Kind::Pressure:
        buildPressure();
        break;
    case Kind::Projection:
        buildProjection();
        break;
    }
    setAreaLayer(m_initialAreaLayer);
}

void AnalysisDialog::buildCoverage()
{
    QVBoxLayout *layout = m_body;
    auto *box = new QGroupBox(tr("Facilities, networks and coverage polygons"));
    auto *boxLayout = new QVBoxLayout(box);
    m_facilities = new QListWidget;
    m_facilities->setObjectName(QStringLiteral("facilities"));
    m_facilities->setMaximumHeight(90);
    QStringList services = {QStringLiteral("school"), QStringLiteral("health"),
                            QStringLiteral("water"), QStringLiteral("transit")};
    Database &db = m_session->project().db();
    for (const LayerInfo &l : m_layers) {
        if (l.role != LayerRole::Infrastructure || l.isRaster)
            continue;
        auto *item = new QListWidgetItem(l.name, m_facilities);
        item->setData(Qt::UserRole, l.id);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(Qt::Checked);
        // A layer whose services cannot be read offers the four of DESIGN.md.
        for (const QString &service : Analyses::services(db, l.tableName).value_or(QStringList()))
            if (!services.contains(service))
                services << service;
    }
    boxLayout->addWidget(m_facilities);
    auto *distances = new QFormLayout;
    for (const QString &service : services) {
        auto *spin = new QSpinBox;
        spin->setObjectName(QStringLiteral("distance_") + service);
        spin->setRange(10, 20000);
        spin->setSingleStep(50);
        spin->setSuffix(QStringLiteral(" m"));
        spin->setValue(int(defaultCatchment(service)));
        spin->setToolTip(catchmentSource(service));
        auto *row = new QHBoxLayout;
        row->addWidget(spin);
        row->addWidget(note(catchmentSource(service)), 1);
        distances->addRow(tr("%1 within:").arg(serviceTitle(service)), row);
        m_distances.insert(service, spin);
    }
    boxLayout->addLayout(distances);
    layout->addWidget(box);

    auto *people = new QFormLayout;
    m_population = new QComboBox;
    m_population->setObjectName(QStringLiteral("population"));
    m_population->addItem(LayerStyle::fieldTitle(QStringLiteral("figure.population")),
                          QStringLiteral("population"));
    m_population->addItem(LayerStyle::fieldTitle(QStringLiteral("figure.migrant_population")),
                          QStringLiteral("migrant_population"));
    m_population->addItem(tr("(none)"), QString());
    people->addRow(tr("Population:"), m_population);
    m_finer = new QComboBox;
    m_finer->setObjectName(QStringLiteral("finer"));
    m_finer->addItem(tr("(none: spread evenly over each area)"), 0);
    for (const LayerInfo &l : m_layers)
        if (!isAreaRole(l.role) && !l.isRaster && l.role != LayerRole::Infrastructure)
            m_finer->addItem(l.name, l.id);
    m_finerField = new QComboBox;
    m_finerField->setObjectName(QStringLiteral("finerField"));
    auto *finerRow = new QHBoxLayout;
    finerRow->addWidget(m_finer, 2);
    finerRow->addWidget(new QLabel(tr("counts in:")));
    finerRow->addWidget(m_finerField, 1);
    people->addRow(tr("Place people by:"), finerRow);
    connect(m_finer, &QComboBox::currentIndexChanged, this, &AnalysisDialog::refreshFinerFields);
    refreshFinerFields();
    m_gaps = new QCheckBox(tr("Add a layer of uncovered gaps for each service"));
    m_gaps->setObjectName(QStringLiteral("gaps"));
    m_gaps->setChecked(true);
    people->addRow(QString(), m_gaps);
    layout->addLayout(people);
}

void AnalysisDialog::refreshFinerFields()
{
    m_finerField->clear();
    m_finerField->addItem(tr("(each feature counts 1)"), QString());
    const qint64 id = m_finer->currentData().toLongLong();
    for (const LayerInfo &l : m_layers) {
        if (l.id != id)
            continue;
        for (const QString &column : Analyses::layerColumns(m_session->project().db(), l.tableName))
            m_finerField->addItem(column, column);
    }
    m_finerField->setEnabled(id != 0);
}

void AnalysisDialog::buildPressure()
{
    QVBoxLayout *layout = m_body;
    auto *box = new QGroupBox(tr("Weights"));
    auto *form = new QFormLayout(box);
    m_preset = new QComboBox;
    m_preset->setObjectName(QStringLiteral("preset"));
    for (const QString &name : PressureWeights::presetNames())
        m_preset->addItem(PressureWeights::presetTitle(name), name);
    m_preset->addItem(PressureWeights::presetTitle(QStringLiteral("custom")),
                      QStringLiteral("custom"));
    form->addRow(tr("Preset:"), m_preset);
    for (int c = 0; c < kPressureComponents; ++c) {
        auto *slider = new QSlider(Qt::Horizontal);
        slider->setObjectName(QStringLiteral("weight_")
                              + pressureComponentKey(PressureComponent(c)));
        slider->setRange(0, 10); // 0–5 in steps of 0.5
        auto *value = new QLabel;
        value->setMinimumWidth(40);
        auto *row = new QHBoxLayout;
        row->addWidget(slider, 1);
        row->addWidget(value);
        form->addRow(pressureComponentTitle(PressureComponent(c)), row);
        m_weights << slider;
        m_weightLabels << value;
        connect(slider, &QSlider::valueChanged, this, &AnalysisDialog::weightMoved);
    }
    form->addRow(note(tr("Each component is scaled to 0–1 over the areas (lowest 0, highest 1); "
                         "the score is their weighted mean × 100. Per 1,000 counts migrants "
                         "against the host residents; growth is the yearly rate between the two "
                         "latest periods of migrant figures; the deficit comes from the newest "
                         "coverage run.")));
    m_classes = new QSpinBox;
    m_classes->setObjectName(QStringLiteral("classes"));
    m_classes->setRange(3, 9);
    m_classes->setValue(5);
    form->addRow(tr("Classes:"), m_classes);
    m_top = new QSpinBox;
    m_top->setObjectName(QStringLiteral("top"));
    m_top->setRange(1, 10000);
    m_top->setValue(15);
    form->addRow(tr("List the top:"), m_top);
    layout->addWidget(box);
    connect(m_preset, &QComboBox::currentIndexChanged, this, &AnalysisDialog::presetChosen);
    presetChosen();
}

void AnalysisDialog::presetChosen()
{
    const auto weights = PressureWeights::preset(m_preset->currentData().toString());
    if (!weights)
        return;
    m_settingPreset = true;
    for (int c = 0; c < kPressureComponents; ++c)
        m_weights[c]->setValue(int(std::lround(weights->w[std::size_t(c)] * 2)));
    m_settingPreset = false;
    weightMoved();
}

void AnalysisDialog::weightMoved()
{
    for (int c = 0; c < kPressureComponents; ++c)
        m_weightLabels[c]->setText(QLocale().toString(m_weights[c]->value() / 2.0, 'f', 1));
    if (m_settingPreset)
        return;
    // A slider moved by hand: the weights are the planner's own unless they match a preset.
    QString matching = QStringLiteral("custom");
    for (const QString &name : PressureWeights::presetNames()) {
        const auto w = PressureWeights::preset(name);
        bool same = true;
        for (int c = 0; c < kPressureComponents; ++c)
            same = same && std::lround(w->w[std::size_t(c)] * 2) == m_weights[c]->value();
        if (same)
            matching = name;
    }
    const QSignalBlocker block(m_preset);
    m_preset->setCurrentIndex(m_preset->findData(matching));
}

void AnalysisDialog::buildProjection()
{
    QVBoxLayout *layout = m_body;
    auto *box = new QGroupBox(tr("Growth"));
    auto *form = new QFormLayout(box);
    m_horizon = new QSpinBox;
    m_horizon->setObjectName(QStringLiteral("horizon"));
    m_horizon->setRange(2000, 2100);
    m_horizon->setValue(QDate::currentDate().year() + 5);
    form->addRow(tr("Horizon year:"), m_horizon);
    m_ownRates = new QCheckBox(tr("Set the rates myself (otherwise taken from two observed "
                                  "periods of population)"));
    m_ownRates->setObjectName(QStringLiteral("ownRates"));
    form->addRow(QString(), m_ownRates);
    auto *rates = new QHBoxLayout;
    const double defaults[] = {0.5, 1.5, 3.0};
    for (int s = 0; s < 3; ++s) {
        auto *spin = new QDoubleSpinBox;
        spin->setObjectName(QStringLiteral("rate_") + Projection::scenarioKey(s));
        spin->setRange(-10, 20);
        spin->setDecimals(2);
        spin->setSingleStep(0.25);
        spin->setSuffix(QStringLiteral(" %"));
        spin->setValue(defaults[s]);
        spin->setEnabled(false);
        connect(m_ownRates, &QCheckBox::toggled, spin, &QWidget::setEnabled);
        rates->addWidget(new QLabel(Projection::scenarioTitle(s) + QLatin1Char(':')));
        rates->addWidget(spin);
        m_rates << spin;
    }
    form->addRow(tr("A year:"), rates);
    layout->addWidget(box);

    auto *standards = new QGroupBox(tr("Per-person standards"));
    auto *sform = new QFormLayout(standards);
    const ProjectionStandards st;
    struct Row
    {
        const char *key;
        QString label;
        double value;
        double max;
        QString suffix;
    };
    const Row rows[] = {{"school_age", tr("School-age share:"), st.schoolAgeShare, 1, QString()},
                        {"education", tr("Education land:"), st.educationM2, 50, tr(" m²/person")},
                        {"health", tr("Health land:"), st.healthM2, 50, tr(" m²/person")},
                        {"water", tr("Water:"), st.waterLitres, 1000, tr(" L/person/day")},
                        {"green", tr("Active green space:"), st.greenM2, 100, tr(" m²/person")}};
    for (const Row &r : rows) {
        auto *spin = new QDoubleSpinBox;
        spin->setObjectName(QStringLiteral("standard_") + QLatin1String(r.key));
        spin->setRange(0, r.max);
        spin->setDecimals(2);
        spin->setValue(r.value);
        spin->setSuffix(r.suffix);
        auto *row = new QHBoxLayout;
        row->addWidget(spin);
        row->addWidget(note(ProjectionStandards::source(QLatin1String(r.key))), 1);
        sform->addRow(r.label, row);
        m_standards.insert(QLatin1String(r.key), spin);
    }
    m_capacityLayer = new QComboBox;
    m_capacityLayer->setObjectName(QStringLiteral("capacityLayer"));
    m_capacityLayer->addItem(tr("(none)"), QString());
    for (const LayerInfo &l : m_layers) {
        if (l.role != LayerRole::Infrastructure
            || !l.geometryType.contains(QStringLiteral("POINT")))
            continue;
        m_capacityLayer->addItem(l.name, l.name);
        // Chosen at once when it has a column of places.
        if (!Analyses::capacityColumn(m_session->project().db(), l.tableName).isEmpty())
            m_capacityLayer->setCurrentIndex(m_capacityLayer->count() - 1);
    }
    sform->addRow(tr("Schools with places:"), m_capacityLayer);
    layout->addWidget(standards);
}

void AnalysisDialog::setAreaLayer(qint64 layerId)
{
    load();
    const int i = m_areas->findData(layerId);
    if (i >= 0)
        m_areas->setCurrentIndex(i);
}

void AnalysisDialog::setDistance(const QString &service, int metres)
{
    load();
    if (QSpinBox *spin = m_distances.value(service))
        spin->setValue(metres);
}

void AnalysisDialog::setPreset(const QString &name)
{
    load();
    if (m_preset)
        m_preset->setCurrentIndex(m_preset->findData(name));
}

void AnalysisDialog::setWeight(int component, double weight)
{
    load();
    if (component >= 0 && component < m_weights.size())
        m_weights[component]->setValue(int(std::lround(weight * 2)));
}

void AnalysisDialog::setHorizon(int year)
{
    load();
    if (m_horizon)
        m_horizon->setValue(year);
}

void AnalysisDialog::setTopCount(int n)
{
    load();
    if (m_top)
        m_top->setValue(n);
}

qint64 AnalysisDialog::areaLayerId() const
{
    return m_areas->currentData().toLongLong();
}

void AnalysisDialog::say(const QString &text)
{
    m_status->setText(text);
}

bool AnalysisDialog::run()
{
    load();
    if (m_areas->count() == 0) {
        say(tr("There is no layer of areas: import mahalle boundaries first."));
        return false;
    }
    switch (m_kind) {
    case Kind::Coverage:
        return runCoverage();
    case Kind::Pressure:
        return runPressure();
    case Kind::Projection:
        return runProjection();
    }
    return false;
}

bool AnalysisDialog::runCoverage()
{
    Project &project = m_session->project();
    CoverageRequest request;
    request.areas = m_areas->currentText();
    for (int i = 0; i < m_facilities->count(); ++i)
        if (m_facilities->item(i)->checkState() == Qt::Checked)
            request.facilities << m_facilities->item(i)->text();
    for (auto it = m_distances.cbegin(); it != m_distances.cend(); ++it)
        request.distances.insert(it.key(), (*it)->value());
    request.populationVariable = m_population->currentData().toString();
    if (m_finer->currentData().toLongLong() != 0) {
        request.finer = m_finer->currentText();
        request.finerField = m_finerField->currentData().toString();
    }
    request.gapLayers = m_gaps->isChecked();
    // The form has a distance for every service any layer holds; the chosen layers may hold
    // fewer, so the distances are set after the job knows its services.
    const QMap<QString, double> distances = request.distances;
    request.distances.clear();
    auto job = Coverage::prepare(project, request);
    if (job)
        Coverage::setDistances(*job, distances);
    if (!job) {
        say(messages::withMenu(this, job.error()).toString());
        return false;
    }
    std::atomic_bool cancel = false;
    job->options.cancel = &cancel;
    Result<std::vector<CoverageRow>> rows = fail(QString());
    BackgroundTask::run(
        this, tr("Computing coverage of %n area(s)…", nullptr, int(job->areas->featureCount())),
        [&](const std::function<bool(qint64, qint64)> &progress) {
            int shown = -1;
            job->options.progress = [&](int done, int total) {
                const int permille = total > 0 ? 1000 * done / total : 0;
                if (permille != shown) {
                    shown = permille;
                    if (!progress(done, total))
                        cancel = true;
                }
            };
            rows = Coverage::compute(*job);
        });
    if (!rows) {
        const QString status = cancel ? QStringLiteral("cancelled") : QStringLiteral("failed");
        (void)Analyses::recordUnfinished(project, QStringLiteral("coverage"), job->parameters,
                                         job->started, status, rows.error().message);
        say(cancel ? tr("Cancelled: nothing was added to the project.") : rows.error().toString());
        return false;
    }
    auto stored = Coverage::store(project, *job, *rows);
    if (!stored) {
        say(stored.error().toString());
        return false;
    }
    m_lastRun = stored->runId;
    fillTable(Coverage::table(*job, *rows, separator(), english()));
    QString said
        = tr("Run %1 stored: %n row(s); %2 gap layer(s) added.", nullptr, int(rows->size()))
              .arg(stored->runId)
              .arg(stored->gapLayers.size());
    if (stored->replacedLayers > 0)
        said += u' '
                + tr("They replace %n gap layer(s) of earlier runs.", nullptr,
                     stored->replacedLayers);
    say(said);
    Q_EMIT runStored(areaLayerId(), QStringLiteral("analysis.coverage.covered_share.")
                                        + job->services.front().name);
    return true;
}

bool AnalysisDialog::runPressure()
{
    Project &project = m_session->project();
    PressureRequest request;
    request.areas = m_areas->currentText();
    for (int c = 0; c < kPressureComponents; ++c)
        request.weights.w[std::size_t(c)] = m_weights[c]->value() / 2.0;
    request.preset = m_preset->currentData().toString();
    request.classes = m_classes->value();
    const QDateTime started = QDateTime::currentDateTimeUtc();
    // Read here, computed off the GUI thread, stored here: the database stays on this thread.
    auto job = Pressure::prepare(project, request);
    if (!job) {
        say(messages::withMenu(this, job.error()).toString());
        return false;
    }
    std::optional<PressureResult> result;
    BackgroundTask::run(
        this, tr("Ranking %n area(s) by migration pressure…", nullptr, int(job->ids.size())),
        [&](const auto &) { result = Pressure::compute(*job); });
    auto run = Pressure::store(project, *result, started);
    if (!run) {
        say(run.error().toString());
        return false;
    }
    m_lastRun = *run;
    QList<QStringList> table = Pressure::table(*result, separator(), english());
    // The top N with their components: what a planner explains to the council.
    const int keep = 1 + m_top->value();
    if (table.size() > keep)
        table = table.mid(0, keep);
    fillTable(table);
    QStringList text{tr("Run %1 stored: %2 areas ranked.").arg(*run).arg(result->rows.size())};
    text << result->notes;
    say(text.join(QLatin1Char(' ')));
    Q_EMIT runStored(areaLayerId(), QStringLiteral("analysis.pressure.score"));
    return true;
}

bool AnalysisDialog::runProjection()
{
    Project &project = m_session->project();
    ProjectionRequest request;
    request.areas = m_areas->currentText();
    request.horizon = m_horizon->value();
    if (m_ownRates->isChecked()) {
        request.low = m_rates[0]->value();
        request.medium = m_rates[1]->value();
        request.high = m_rates[2]->value();
    }
    ProjectionStandards &st = request.standards;
    st.schoolAgeShare = m_standards.value(QStringLiteral("school_age"))->value();
    st.educationM2 = m_standards.value(QStringLiteral("education"))->value();
    st.healthM2 = m_standards.value(QStringLiteral("health"))->value();
    st.waterLitres = m_standards.value(QStringLiteral("water"))->value();
    st.greenM2 = m_standards.value(QStringLiteral("green"))->value();
    request.facilities = m_capacityLayer->currentData().toString();
    const QDateTime started = QDateTime::currentDateTimeUtc();
    auto job = Projection::prepare(project, request);
    if (!job) {
        say(messages::withMenu(this, job.error()).toString());
        return false;
    }
    std::optional<ProjectionResult> result;
    BackgroundTask::run(
        this,
        tr("Projecting %n area(s) to %1…", nullptr, int(job->ids.size())).arg(request.horizon),
        [&](const auto &) { result = Projection::compute(*job); });
    auto run = Projection::store(project, *result, started);
    if (!run) {
        say(run.error().toString());
        return false;
    }
    m_lastRun = *run;
    if (!m_ownRates->isChecked())
        for (int s = 0; s < 3; ++s)
            m_rates[s]->setValue(result->rates[std::size_t(s)]);
    fillTable(Projection::table(*result, separator(), english()));
    say(tr("Run %1 stored.").arg(*run) + QLatin1Char(' ') + result->ratesFrom);
    Q_EMIT runStored(areaLayerId(),
                     request.facilities.isEmpty()
                         ? QStringLiteral("analysis.projection.population.medium")
                         : QStringLiteral("analysis.projection.school_shortfall.medium"));
    return true;
}

void AnalysisDialog::fillTable(const QList<QStringList> &rows)
{
    m_table = rows;
    m_results->clear();
    if (rows.isEmpty())
        return;
    m_results->setColumnCount(int(rows.first().size()));
    m_results->setHorizontalHeaderLabels(rows.first());
    m_results->setRowCount(int(rows.size()) - 1);
    for (int r = 1; r < rows.size(); ++r)
        for (int c = 0; c < rows[r].size(); ++c) {
            auto *item = new QTableWidgetItem(rows[r][c]);
            if (c > 0 && !rows[r][c].isEmpty()
                && (rows[r][c].front().isDigit() || rows[r][c].front() == u'-'))
                item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            m_results->setItem(r - 1, c, item);
        }
    m_results->resizeColumnsToContents();
}

Result<void> AnalysisDialog::saveTableAs(const QString &path)
{
    load();
    if (!path.endsWith(QStringLiteral(".xlsx"), Qt::CaseInsensitive))
        return CsvWriter::write(path, m_table, separator());
    const bool turkish = PrintWords::inWindowLanguage().turkish;
    return XlsxWriter::write(path, {sheetFromRows(windowTitle(), m_table, separator(), turkish)});
}

void AnalysisDialog::saveTable()
{
    if (m_table.isEmpty()) {
        say(tr("Run the analysis first."));
        return;
    }
    const QString path
        = files::saveFile(this, tr("Save the results table"), QString(),
                          tr("Excel workbooks (*.xlsx);;CSV for spreadsheets (*.csv)"));
    if (path.isEmpty())
        return;
    if (auto ok = saveTableAs(path); !ok)
        say(ok.error().toString());
    else
        say(tr("Saved %1.").arg(path));
}

// ---- Runs -----------------------------------------------------------------------------------

AnalysisRunsDialog::AnalysisRunsDialog(Session *session, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
{
    setObjectName(QStringLiteral("analysisRunsDialog"));
    setWindowTitle(tr("Analysis runs"));
    auto *layout = new QVBoxLayout(this);
    m_table = new QTableWidget;
    m_table->setObjectName(QStringLiteral("runs"));
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->verticalHeader()->hide();
    layout->addWidget(m_table);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    QPushButton *remove = buttons->addButton(tr("&Remove run"), QDialogButtonBox::ActionRole);
    remove->setObjectName(QStringLiteral("removeRun"));
    connect(remove, &QPushButton::clicked, this, [this] {
        const int row = m_table->currentRow();
        if (row < 0)
            return;
        const qint64 id = m_table->item(row, 0)->data(Qt::UserRole).toLongLong();
        if (messages::ask(this, tr("Remove run"),
                          tr("Remove run %1 with its results and gap layers?").arg(id)))
            removeRun(id);
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    resize(900, 420);
}

void AnalysisRunsDialog::showEvent(QShowEvent *event)
{
    table();
    QDialog::showEvent(event);
}

QTableWidget *AnalysisRunsDialog::table()
{
    if (!m_loaded)
        refresh();
    return m_table;
}

void AnalysisRunsDialog::refresh()
{
    m_loaded = true;
    auto runs = Analyses::runs(m_session->project().db());
    m_table->clear();
    m_table->setColumnCount(6);
    m_table->setHorizontalHeaderLabels({tr("Run"), tr("Analysis"), tr("Started"), tr("Status"),
                                        tr("Gap layers"), tr("Parameters")});
    m_table->setRowCount(runs ? int(runs->size()) : 0);
    if (!runs)
        return;
    for (int r = 0; r < runs->size(); ++r) {
        const AnalysisRun &run = runs->at(r);
        const QString status = run.status == u"done"        ? tr("done")
                               : run.status == u"cancelled" ? tr("cancelled")
                                                            : tr("failed");
        const QStringList cells{QString::number(run.id),
                                Analyses::kindTitle(run.kind),
                                QLocale().toString(run.started.toLocalTime(), QLocale::ShortFormat),
                                status,
                                QString::number(run.layers.size()),
                                Analyses::parametersText(run)};
        for (int c = 0; c < cells.size(); ++c) {
            auto *item = new QTableWidgetItem(cells[c]);
            if (c == 0)
                item->setData(Qt::UserRole, run.id);
            if (c == 5)
                item->setToolTip(cells[c]);
            m_table->setItem(r, c, item);
        }
    }
    m_table->resizeColumnsToContents();
}

bool AnalysisRunsDialog::removeRun(qint64 runId)
{
    auto ok = Analyses::removeRun(m_session->project(), runId);
    if (!ok) {
        m_session->reportError(ok.error());
        return false;
    }
    m_session->notifyLayersChanged();
    refresh();
    return true;
}

} // namespace geisep
