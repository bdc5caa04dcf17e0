#include "app/layers/figuresdialog.h"

#include "app/filedialogs.h"
#include "app/session.h"
#include "core/areas.h"
#include "core/text/turkish.h"
#include "gis/io/spreadsheet.h"
#include "gis/map/style.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>

namespace geisep {

namespace {
const char *const kVariables[]
    = {"population", "migrant_population", "households", "migrant_households"};
}

FiguresDialog::FiguresDialog(Session *session, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_path(new QLineEdit(this))
    , m_encoding(new QComboBox(this))
    , m_sheet(new QComboBox(this))
    , m_layer(new QComboBox(this))
    , m_period(new QSpinBox(this))
    , m_byNames(new QRadioButton(this))
    , m_byKey(new QRadioButton(this))
    , m_province(new QComboBox(this))
    , m_district(new QComboBox(this))
    , m_name(new QComboBox(this))
    , m_keyColumn(new QComboBox(this))
    , m_keyField(new QComboBox(this))
    , m_columns(new QTableWidget(this))
    , m_filter(new QComboBox(this))
    , m_review(new QTableWidget(this))
    , m_summary(new QLabel(this))
    , m_matchButton(new QPushButton(this))
    , m_importButton(new QPushButton(this))
{
    setWindowTitle(tr("Figures per area"));
    setObjectName(QStringLiteral("figuresDialog"));
    m_encoding->addItem(tr("Detect"), QString());
    for (const char *e : {"UTF-8", "CP1254", "ISO-8859-9"})
        m_encoding->addItem(QString::fromLatin1(e), QString::fromLatin1(e));
    m_sheet->setObjectName(QStringLiteral("sheet"));
    m_sheet->setEnabled(false);
    m_period->setRange(1990, 2100);
    m_period->setValue(2023);
    m_byNames->setText(tr("By province, district and name"));
    m_byKey->setText(tr("By a key column"));
    m_byNames->setChecked(true);
    m_keyField->addItem(tr("Mahalle code"), QStringLiteral("code"));
    m_keyField->addItem(tr("Name"), QStringLiteral("name"));
    m_keyField->addItem(tr("Area id"), QStringLiteral("id"));
    m_columns->setObjectName(QStringLiteral("columns"));
    m_columns->setColumnCount(2);
    m_columns->setHorizontalHeaderLabels({tr("Column"), tr("Variable")});
    m_columns->horizontalHeader()->setStretchLastSection(true);
    m_columns->setMaximumHeight(140);
    m_filter->addItem(tr("Rows to review (unmatched, ambiguous, fuzzy)"));
    m_filter->addItem(tr("All rows"));
    m_review->setObjectName(QStringLiteral("review"));
    m_review->setColumnCount(6);
    m_review->setHorizontalHeaderLabels(
        {tr("Line"), tr("Province"), tr("District"), tr("Name"), tr("Matched area"), tr("How")});
    m_review->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_review->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_review->horizontalHeader()->setStretchLastSection(true);
    m_review->setToolTip(tr("Double-click a row to pair it with an area by hand."));
    m_summary->setWordWrap(true);
    m_matchButton->setText(tr("Match"));
    m_importButton->setText(tr("Import figures"));
    m_importButton->setEnabled(false);

    auto *browseButton = new QPushButton(tr("Browse…"), this);
    auto *pathRow = new QHBoxLayout;
    pathRow->addWidget(m_path);
    pathRow->addWidget(browseButton);
    auto *form = new QFormLayout;
    form->addRow(tr("Table (CSV, Excel, ODS):"), pathRow);
    form->addRow(tr("Text encoding:"), m_encoding);
    form->addRow(tr("Sheet:"), m_sheet);
    form->addRow(tr("Area layer:"), m_layer);
    form->addRow(tr("Year:"), m_period);
    auto *joinBox = new QGroupBox(tr("Join"), this);
    auto *join = new QFormLayout(joinBox);
    join->addRow(m_byNames);
    join->addRow(tr("Province column:"), m_province);
    join->addRow(tr("District column:"), m_district);
    join->addRow(tr("Name column:"), m_name);
    join->addRow(m_byKey);
    join->addRow(tr("Key column:"), m_keyColumn);
    join->addRow(tr("Area field:"), m_keyField);
    auto *top = new QHBoxLayout;
    auto *left = new QVBoxLayout;
    left->addLayout(form);
    left->addWidget(m_columns);
    top->addLayout(left, 1);
    top->addWidget(joinBox, 1);
    auto *actions = new QHBoxLayout;
    actions->addWidget(m_filter);
    actions->addStretch();
    actions->addWidget(m_matchButton);
    actions->addWidget(m_importButton);
    auto *close = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addLayout(actions);
    layout->addWidget(m_summary);
    layout->addWidget(m_review, 1);
    layout->addWidget(close);
    resize(980, 720);

    connect(browseButton, &QPushButton::clicked, this, &FiguresDialog::browse);
    connect(m_path, &QLineEdit::editingFinished, this, &FiguresDialog::loadHeader);
    connect(m_encoding, &QComboBox::currentIndexChanged, this, &FiguresDialog::loadHeader);
    connect(m_sheet, &QComboBox::activated, this, &FiguresDialog::loadHeader);
    connect(m_matchButton, &QPushButton::clicked, this, &FiguresDialog::match);
    connect(m_importButton, &QPushButton::clicked, this, &FiguresDialog::importFigures);
    connect(m_filter, &QComboBox::currentIndexChanged, this, &FiguresDialog::fillReview);
    connect(m_review, &QTableWidget::cellDoubleClicked, this,
            [this](int row, int) { reviewActivated(row); });
    connect(close, &QDialogButtonBox::rejected, this, &QDialog::accept);
    // The project's area layers are listed when the dialog first shows, not here.
}

Project &FiguresDialog::project() const
{
    return m_session->project();
}

void FiguresDialog::showEvent(QShowEvent *event)
{
    QDialog::showEvent(event);
    load();
}

void FiguresDialog::load()
{
    if (m_loaded)
        return;
    m_loaded = true;
    for (const LayerInfo &layer : project().layers())
        if (isAreaRole(layer.role))
            m_layer->addItem(layer.name);
}

void FiguresDialog::browse()
{
    const QString path
        = files::openFile(this, tr("Table of figures"), QString(),
                          tr("Tables of figures (*.csv *.txt *.xlsx *.ods);;CSV tables (*.csv "
                             "*.txt);;Workbooks (*.xlsx *.ods)"));
    if (!path.isEmpty())
        setCsv(path);
}

void FiguresDialog::setCsv(const QString &path)
{
    load();
    m_path->setText(path);
    loadHeader();
}

void FiguresDialog::setSheet(const QString &sheet)
{
    m_sheet->setCurrentIndex(m_sheet->findText(sheet));
    loadHeader();
}

void FiguresDialog::loadHeader()
{
    const QString path = m_path->text().trimmed();
    const bool workbook = Spreadsheet::isSpreadsheet(path);
    m_sheetTable.reset();
    m_encoding->setEnabled(!workbook);
    m_sheet->setEnabled(workbook);
    if (!workbook) {
        m_sheet->clear();
    } else if (m_sheet->property("workbook").toString() != path) {
        // A new workbook: its sheets offered, the first chosen.
        m_sheet->setProperty("workbook", path);
        m_sheet->clear();
        auto sheets = Spreadsheet::sheets(path);
        if (!sheets) {
            showError(sheets.error());
            return;
        }
        m_sheet->addItems(*sheets);
    }
    auto table
        = workbook ? Spreadsheet::readSheet(path, m_sheet->currentText())
                   : CsvReader::read(path, encodingFromName(m_encoding->currentData().toString()));
    if (!table) {
        showError(table.error());
        return;
    }
    if (workbook)
        m_sheetTable = *table;
    const QStringList header = table->header;
    for (QComboBox *box : {m_province, m_district, m_name, m_keyColumn}) {
        box->clear();
        if (box == m_province || box == m_district)
            box->addItem(tr("(none)"), QString());
        for (const QString &h : header)
            box->addItem(h, h);
    }
    auto pick = [&](QComboBox *box, const QStringList &names) {
        for (const QString &n : names) {
            const int c = table->column(n);
            if (c >= 0) {
                box->setCurrentIndex(box->findData(header[c]));
                return;
            }
        }
    };
    pick(m_province, {QStringLiteral("il"), QStringLiteral("province")});
    pick(m_district, {QStringLiteral("ilçe"), QStringLiteral("district")});
    pick(m_name, {QStringLiteral("mahalle"), QStringLiteral("mahalle adı"), QStringLiteral("ad")});
    m_columns->setRowCount(int(header.size()));
    for (int i = 0; i < header.size(); ++i) {
        m_columns->setItem(i, 0, new QTableWidgetItem(header[i]));
        auto *variable = new QComboBox(m_columns);
        variable->addItem(tr("(skip)"), QString());
        for (const char *v : kVariables)
            variable->addItem(LayerStyle::fieldTitle(QStringLiteral("figure.") + QLatin1String(v)),
                              QString::fromLatin1(v));
        const QString folded = foldTurkish(header[i]);
        if (folded.contains(QStringLiteral("gocmen")))
            variable->setCurrentIndex(variable->findData(QStringLiteral("migrant_population")));
        else if (folded.contains(QStringLiteral("nufus")) || folded == u"population")
            variable->setCurrentIndex(variable->findData(QStringLiteral("population")));
        m_columns->setCellWidget(i, 1, variable);
    }
    if (workbook)
        m_summary->setText(
            tr("%Ln row(s) under the header, sheet \"%1\".", nullptr, int(table->rows.size()))
                .arg(m_sheet->currentText()));
    else
        m_summary->setText(
            tr("%n row(s), separator \"%1\", encoding %2 (%3).", nullptr, int(table->rows.size()))
                .arg(table->separator == u'\t' ? QStringLiteral("tab") : QString(table->separator))
                .arg(encodingName(table->encoding), table->encodingReason));
}

FigureOptions FiguresDialog::options() const
{
    FigureOptions o;
    o.csvPath = m_path->text().trimmed();
    o.layer = m_layer->currentText();
    o.period = m_period->value();
    o.encoding = encodingFromName(m_encoding->currentData().toString());
    if (m_sheetTable) {
        o.table = m_sheetTable;
        o.sheet = m_sheet->currentText();
    }
    for (int i = 0; i < m_columns->rowCount(); ++i) {
        auto *variable = qobject_cast<QComboBox *>(m_columns->cellWidget(i, 1));
        if (variable && !variable->currentData().toString().isEmpty())
            o.map.append({m_columns->item(i, 0)->text(), variable->currentData().toString()});
    }
    if (m_byKey->isChecked()) {
        o.keyColumn = m_keyColumn->currentData().toString();
        o.keyField = m_keyField->currentData().toString();
    } else {
        o.provinceColumn = m_province->currentData().toString();
        o.districtColumn = m_district->currentData().toString();
        o.nameColumn = m_name->currentData().toString();
    }
    return o;
}

void FiguresDialog::showError(const Error &error)
{
    m_summary->setText(QStringLiteral("<span style='color:#a00000'>%1<br>%2</span>")
                           .arg(error.toString().toHtmlEscaped(), error.hint.toHtmlEscaped()));
}

bool FiguresDialog::match()
{
    auto report = FigureImporter::run(project(), options(), true);
    if (!report) {
        showError(report.error());
        m_importButton->setEnabled(false);
        return false;
    }
    m_report = *report;
    m_summary->setText(tr("Matched %1 of %2 rows: exact %3, folded %4, fuzzy %5, by hand %6. "
                          "Ambiguous %7, unmatched %8 (these are not imported).")
                           .arg(report->matched)
                           .arg(report->rows)
                           .arg(report->exact)
                           .arg(report->folded)
                           .arg(report->fuzzy)
                           .arg(report->manual)
                           .arg(report->ambiguous)
                           .arg(report->unmatched));
    m_importButton->setEnabled(report->matched > 0 && !project().isReadOnly());
    fillReview();
    return true;
}

void FiguresDialog::fillReview()
{
    m_review->setRowCount(0);
    if (!m_report)
        return;
    const bool all = m_filter->currentIndex() == 1;
    for (const RowMatch &m : m_report->matches) {
        if (!all && m.kind != MatchKind::None && m.kind != MatchKind::Ambiguous
            && m.kind != MatchKind::Fuzzy)
            continue;
        const int row = m_review->rowCount();
        m_review->insertRow(row);
        const QStringList cells = {QString::number(m.line),
                                   m.province,
                                   m.district,
                                   m.name,
                                   m.areaName.isEmpty() ? m.note : m.areaName,
                                   matchKindTitle(m.kind)};
        for (int c = 0; c < cells.size(); ++c) {
            auto *item = new QTableWidgetItem(cells[c]);
            if (c == 0)
                item->setData(Qt::UserRole, m.line);
            m_review->setItem(row, c, item);
        }
    }
    m_review->resizeColumnsToContents();
}

bool FiguresDialog::pairByHand(int line, qint64 areaId)
{
    if (!m_report)
        return false;
    for (const RowMatch &m : m_report->matches) {
        if (m.line != line)
            continue;
        auto ok = FigureImporter::saveManualMatch(project(), QFileInfo(m_path->text()).fileName(),
                                                  m.province, m.district, m.name, areaId);
        if (!ok) {
            showError(ok.error());
            return false;
        }
        return match();
    }
    return false;
}

void FiguresDialog::reviewActivated(int row)
{
    if (!m_report || project().isReadOnly())
        return;
    const int line = m_review->item(row, 0)->data(Qt::UserRole).toInt();
    const QString district = m_review->item(row, 2)->text();
    // The areas of the same district (or all, when the table has no district).
    QStringList labels;
    QList<qint64> ids;
    const auto areas = areasOfLayer(project().db(), m_layer->currentText());
    if (!areas)
        return;
    for (const AreaEntry &area : *areas) {
        if (!district.isEmpty() && foldTurkish(area.district) != foldTurkish(district))
            continue;
        ids.append(area.id);
        labels.append(area.name + QStringLiteral(" — ") + area.district);
    }
    bool ok = false;
    const QString chosen = QInputDialog::getItem(
        this, tr("Pair by hand"),
        tr("Line %1 (%2): which area is it?").arg(line).arg(m_review->item(row, 3)->text()), labels,
        0, false, &ok);
    if (ok && !chosen.isEmpty())
        pairByHand(line, ids.value(labels.indexOf(chosen)));
}

bool FiguresDialog::importFigures()
{
    auto report = FigureImporter::run(project(), options(), false);
    if (!report) {
        showError(report.error());
        return false;
    }
    m_report = *report;
    m_summary->setText(report->toText());
    fillReview();
    return true;
}

} // namespace geisep
