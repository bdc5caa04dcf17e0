#include "app/edit/attributetablewindow.h"

#include "app/edit/editcommands.h"
#include "app/edit/fielddialogs.h"
#include "app/filedialogs.h"
#include "app/roomyrows.h"
#include "app/session.h"
#include "gis/edit/attributetable.h"
#include "gis/print/printwords.h"

#include <QCheckBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QToolBar>
#include <QVBoxLayout>

namespace geisep {

namespace {

// Cells are edited as text in the window's language ("12,5", "31.12.2026") and read back by
// the layer's field types (FeatureEditor::parseValue), never through a spin box bound to C.
class CellEditDelegate : public RoomyRowsDelegate
{
public:
    using RoomyRowsDelegate::RoomyRowsDelegate;
    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &,
                          const QModelIndex &) const override
    {
        auto *line = new QLineEdit(parent);
        line->setObjectName(QStringLiteral("cellEditor"));
        return line;
    }
    void setEditorData(QWidget *editor, const QModelIndex &index) const override
    {
        static_cast<QLineEdit *>(editor)->setText(
            index.data(AttributeTableModel::EditTextRole).toString());
    }
    void setModelData(QWidget *editor, QAbstractItemModel *model,
                      const QModelIndex &index) const override
    {
        model->setData(index, static_cast<QLineEdit *>(editor)->text(), Qt::EditRole);
    }
};

} // namespace

AttributeTableWindow::AttributeTableWindow(Session *session, const LayerInfo &layer,
                                           QWidget *parent)
    : QWidget(parent, Qt::Window)
    , m_layerId(layer.id)
    , m_layerName(layer.name)
    , m_model(new AttributeTableModel(session->project().db(), layer, this))
    , m_view(new QTableView(this))
    , m_filter(new QLineEdit(this))
    , m_filterError(new QLabel(this))
    , m_onlySelected(new QCheckBox(this))
    , m_count(new QLabel(this))
    , m_editError(new QLabel(this))
    , m_tools(new QToolBar(this))
    , m_export(new QPushButton(this))
{
    setObjectName(QStringLiteral("attributeTable"));
    resize(900, 520);
    m_filter->setObjectName(QStringLiteral("attributeFilter"));
    m_filter->setClearButtonEnabled(true);
    m_filterError->setObjectName(QStringLiteral("attributeFilterError"));
    m_filterError->setWordWrap(true);
    m_filterError->setStyleSheet(QStringLiteral("color: #b00020"));
    m_filterError->hide();
    m_onlySelected->setObjectName(QStringLiteral("onlySelected"));
    m_count->setObjectName(QStringLiteral("attributeCount"));

    m_view->setModel(m_model);
    m_view->setSortingEnabled(true);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setItemDelegate(new CellEditDelegate(m_view));
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 10);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setSortIndicator(0, Qt::AscendingOrder);

    m_editError->setObjectName(QStringLiteral("attributeEditError"));
    m_editError->setWordWrap(true);
    m_editError->setStyleSheet(QStringLiteral("color: #b00020"));
    m_editError->hide();
    m_tools->setObjectName(QStringLiteral("attributeTools"));
    m_tools->setIconSize(QSize(18, 18));
    m_tools->hide();
    auto *top = new QHBoxLayout;
    top->addWidget(m_tools);
    top->addWidget(m_filter, 1);
    top->addWidget(m_onlySelected);
    m_export->setObjectName(QStringLiteral("exportXlsx"));
    top->addWidget(m_export);
    connect(m_export, &QPushButton::clicked, this, &AttributeTableWindow::exportDialog);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_filterError);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_editError);
    layout->addWidget(m_count);

    connect(m_filter, &QLineEdit::returnPressed, this, [this] { applyFilter(m_filter->text()); });
    connect(m_filter, &QLineEdit::textChanged, this, [this](const QString &text) {
        if (text.isEmpty())
            applyFilter(QString());
    });
    connect(m_onlySelected, &QCheckBox::toggled, this, [this](bool on) {
        m_model->setOnlyFeatures(on ? m_mapSelection : QList<qint64>());
        setSelectedFeatures(m_mapSelection);
        updateCount();
    });
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this, [this] {
        updateCount();
        if (!m_syncing)
            Q_EMIT featuresSelected(m_layerId, selectedFeatures());
    });
    connect(m_view, &QTableView::doubleClicked, this, [this](const QModelIndex &index) {
        if (const qint64 fid = m_model->fidAt(index.row()))
            Q_EMIT zoomToFeature(m_layerId, fid);
    });
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        setSelectedFeatures(m_mapSelection);
        updateCount();
    });
    m_session = session;
    retranslate();
    // The rows are read when the window first shows, not here.
}

void AttributeTableWindow::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_loaded)
        return;
    m_loaded = true;
    if (auto ok = m_model->reload(); !ok) {
        m_filterError->setText(ok.error().toString());
        m_filterError->show();
    }
    m_view->resizeColumnsToContents();
}

AttributeTableWindow::~AttributeTableWindow() = default;

void AttributeTableWindow::setEditor(AttributeTableModel::EditFn edit,
                                     const QList<QAction *> &actions)
{
    m_model->setEditor(std::move(edit));
    // Typing or F2 edits the current cell; a double click still zooms to the feature.
    m_view->setEditTriggers(QAbstractItemView::EditKeyPressed | QAbstractItemView::AnyKeyPressed);
    connect(m_model, &AttributeTableModel::editRefused, this, [this](const QString &message) {
        m_editError->setText(message);
        m_editError->show();
    });
    m_tools->addActions(actions);
    m_tools->setVisible(!actions.isEmpty());
}

void AttributeTableWindow::enableFieldEditing()
{
    m_addField = new QAction(this);
    m_addField->setObjectName(QStringLiteral("addFieldAction"));
    m_removeField = new QAction(this);
    m_removeField->setObjectName(QStringLiteral("removeFieldAction"));
    m_calculate = new QAction(this);
    m_calculate->setObjectName(QStringLiteral("calculateAction"));
    m_tools->addSeparator();
    m_tools->addActions({m_addField, m_removeField, m_calculate});
    m_tools->setVisible(true);
    const auto fields = [this] {
        FeatureEditor editor(m_session->project());
        return editor.fields(m_layerId).value_or(QList<EditField>());
    };
    connect(m_addField, &QAction::triggered, this, [this, fields] {
        auto *dialog = new AddFieldDialog(fields(), this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(dialog, &QDialog::accepted, this, [this, dialog] {
            m_session->undoStack()->push(
                addFieldCommand(m_session, m_layerId, m_layerName, dialog->field()));
        });
        dialog->open();
    });
    connect(m_removeField, &QAction::triggered, this, [this, fields] {
        auto *dialog = new QInputDialog(this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->setObjectName(QStringLiteral("removeFieldDialog"));
        dialog->setWindowTitle(tr("Remove a field"));
        dialog->setLabelText(tr("The field to remove, with its values (Undo brings it back):"));
        QStringList names;
        for (const EditField &f : fields())
            names << f.name;
        dialog->setComboBoxItems(names);
        dialog->setComboBoxEditable(false);
        connect(dialog, &QInputDialog::textValueSelected, this, [this](const QString &name) {
            m_session->undoStack()->push(
                removeFieldCommand(m_session, m_layerId, m_layerName, name));
        });
        dialog->open();
    });
    connect(m_calculate, &QAction::triggered, this, [this, fields] {
        std::vector<qint64> selected;
        for (const qint64 fid : selectedFeatures())
            selected.push_back(fid);
        auto *dialog = new FieldCalculatorDialog(m_model->table(), fields(), m_model->fids(),
                                                 std::move(selected), this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(dialog, &QDialog::accepted, this,
                [this, dialog] { calculateField(dialog->field(), dialog->values()); });
        dialog->open();
    });
    retranslate();
}

bool AttributeTableWindow::calculateField(const QString &field,
                                          const QHash<qint64, QVariant> &values)
{
    if (!m_session || values.isEmpty())
        return false;
    FeatureEditor editor(m_session->project());
    auto old = editor.values(m_layerId, field, values.keys());
    if (!old) {
        m_session->reportError(old.error());
        return false;
    }
    auto *command = setFeatureValuesCommand(
        m_session, m_layerId, field,
        PrintWords::inWindowLanguage().fieldTitle(QStringLiteral("field.") + field), *old, values);
    m_session->undoStack()->push(command);
    return command->succeeded();
}

void AttributeTableWindow::refresh()
{
    m_editError->hide();
    if (auto ok = m_model->refresh(); !ok) {
        m_editError->setText(ok.error().message);
        m_editError->show();
    }
    setSelectedFeatures(m_mapSelection);
}

QString AttributeTableWindow::editError() const
{
    return m_editError->isVisible() ? m_editError->text() : QString();
}

bool AttributeTableWindow::applyFilter(const QString &expression)
{
    if (m_filter->text() != expression)
        m_filter->setText(expression);
    auto ok = m_model->setFilter(expression);
    m_filterError->setVisible(!ok);
    m_filterError->setText(ok ? QString() : ok.error().message);
    updateCount();
    return ok.has_value();
}

void AttributeTableWindow::setSelectedFeatures(const QList<qint64> &fids)
{
    m_mapSelection = fids;
    m_syncing = true;
    QItemSelection selection;
    const int last = m_model->columnCount() - 1;
    for (const qint64 fid : fids)
        if (const int row = m_model->rowOfFid(fid); row >= 0)
            selection.select(m_model->index(row, 0), m_model->index(row, last));
    m_view->selectionModel()->select(selection, QItemSelectionModel::ClearAndSelect);
    m_syncing = false;
    updateCount();
}

QList<qint64> AttributeTableWindow::selectedFeatures() const
{
    QList<qint64> fids;
    for (const QModelIndex &index : m_view->selectionModel()->selectedRows())
        fids << m_model->fidAt(index.row());
    std::sort(fids.begin(), fids.end());
    return fids;
}

void AttributeTableWindow::updateCount()
{
    m_count->setText(tr("%n feature(s) shown, %1 selected", nullptr, m_model->rowCount())
                         .arg(m_view->selectionModel()->selectedRows().size()));
}

void AttributeTableWindow::retranslate()
{
    setWindowTitle(tr("Attribute table — %1").arg(m_layerName));
    m_filter->setPlaceholderText(tr("Filter, e.g. ilçe = Eyyübiye AND nüfus >= 5000 (Enter)"));
    m_onlySelected->setText(tr("Only selected"));
    m_export->setText(tr("Export to Excel…"));
    m_export->setToolTip(tr("The rows shown, as an Excel workbook (.xlsx)"));
    if (m_addField) {
        m_addField->setText(tr("Add field…"));
        m_removeField->setText(tr("Remove field…"));
        m_calculate->setText(tr("Calculate field…"));
        m_calculate->setToolTip(tr("Set a field of all or the selected features to a value or "
                                   "an expression of other fields"));
    }
    updateCount();
}

Result<int> AttributeTableWindow::exportXlsx(const QString &path)
{
    auto sheet = m_model->table().sheet(m_model->fids());
    Result<void> written
        = sheet ? XlsxWriter::write(path, {*sheet}) : Result<void>(std::unexpected(sheet.error()));
    if (!written) {
        m_editError->setText(written.error().toString());
        m_editError->show();
        return std::unexpected(written.error());
    }
    m_editError->hide();
    const int rows = int(sheet->rows.size());
    m_count->setText(tr("%n row(s) written to %1.", nullptr, rows).arg(path));
    return rows;
}

void AttributeTableWindow::exportDialog()
{
    QString path
        = files::saveFile(this, tr("Export to Excel"), m_layerName + QStringLiteral(".xlsx"),
                          tr("Excel workbooks (*.xlsx)"));
    if (path.isEmpty())
        return;
    if (!path.endsWith(QStringLiteral(".xlsx"), Qt::CaseInsensitive))
        path += QStringLiteral(".xlsx");
    exportXlsx(path);
}

void AttributeTableWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

} // namespace geisep
