// The layout designer's window as it is built: the toolbar, the page view, and the panel of
// page, atlas and item fields with what each field's edits call.
#include "app/print/layoutdesigner.h"

#include "app/messages.h"
#include "app/print/layoutdesigner_p.h"
#include "app/print/layoutpage.h"
#include "app/session.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QGraphicsScene>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPlainTextEdit>
#include <QScrollArea>
#include <QSpinBox>
#include <QSplitter>
#include <QToolBar>
#include <QToolButton>
#include <QUndoStack>
#include <QVBoxLayout>

namespace geisep {

using designer::chartKindTitle;
using designer::kindTitle;

void LayoutDesigner::buildUi()
{
    QToolBar *toolbar = buildToolbar();
    buildPageView(toolbar);

    // The panel: page and atlas, then the chosen item.
    auto *panel = new QWidget(this);
    auto *panelLayout = new QVBoxLayout(panel);
    panelLayout->addWidget(buildPageBox(panel));
    panelLayout->addWidget(buildAtlasBox(panel));
    panelLayout->addWidget(buildItemBox(panel));
    panelLayout->addStretch(1);

    auto *scroll = new QScrollArea(this);
    scroll->setWidget(panel);
    scroll->setWidgetResizable(true);
    scroll->setMinimumWidth(360);
    auto *split = new QSplitter(this);
    split->addWidget(m_view);
    split->addWidget(scroll);
    split->setStretchFactor(0, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(toolbar);
    layout->addWidget(split, 1);
    connectPanel();
}

QToolBar *LayoutDesigner::buildToolbar()
{
    auto *toolbar = new QToolBar(this);
    toolbar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_layoutBox = new QComboBox(this);
    m_layoutBox->setMinimumWidth(220);
    m_layoutBox->setObjectName(QStringLiteral("layouts"));
    toolbar->addWidget(new QLabel(tr("Layout:") + u' ', this));
    toolbar->addWidget(m_layoutBox);
    connect(m_layoutBox, &QComboBox::activated, this, [this](int i) {
        if (i >= 0 && i < int(m_layouts.size())) {
            m_layout = m_layouts[std::size_t(i)];
            m_selected.clear();
            showLayout();
        }
    });
    toolbar->addWidget(templateButton());
    toolbar->addAction(tr("Rename…"), this, &LayoutDesigner::renameDialog);
    toolbar->addAction(tr("Delete layout"), this, [this] {
        if (m_layout
            && messages::ask(this, tr("Delete layout"),
                             tr("Delete the layout \"%1\"? Undo (Ctrl+Z) here brings it back.")
                                 .arg(m_layout->name)))
            removeCurrentLayout();
    });
    toolbar->addSeparator();
    auto *addButton = new QToolButton(this);
    addButton->setText(tr("Add item"));
    addButton->setPopupMode(QToolButton::InstantPopup);
    auto *kinds = new QMenu(addButton);
    using K = LayoutItem::Kind;
    for (K kind : {K::Title, K::Subtitle, K::Map, K::Legend, K::ScaleBar, K::NorthArrow, K::Date,
                   K::Sources, K::Logo, K::Text, K::Overview, K::PlanTable, K::Figures, K::Chart})
        kinds->addAction(kindTitle(kind), this, [this, kind] { addItem(kind); });
    addButton->setMenu(kinds);
    toolbar->addWidget(addButton);
    toolbar->addAction(tr("Remove item"), this, [this] {
        if (!m_selected.isEmpty())
            removeItem(m_selected);
    });
    toolbar->addSeparator();
    QAction *undo = m_session->layoutUndoStack()->createUndoAction(this, tr("Undo"));
    QAction *redo = m_session->layoutUndoStack()->createRedoAction(this, tr("Redo"));
    undo->setShortcut(QKeySequence::Undo);
    redo->setShortcut(QKeySequence::Redo);
    toolbar->addAction(undo);
    toolbar->addAction(redo);
    toolbar->addSeparator();
    QAction *exportAction
        = toolbar->addAction(tr("Print / export…"), this, &LayoutDesigner::exportDialog);
    exportAction->setObjectName(QStringLiteral("export"));
    QAction *printAction = toolbar->addAction(tr("Print…"), this, &LayoutDesigner::printDialog);
    printAction->setObjectName(QStringLiteral("print"));
    printAction->setShortcut(QKeySequence::Print);
    QAction *previewAction
        = toolbar->addAction(tr("Print preview…"), this, &LayoutDesigner::previewDialog);
    previewAction->setObjectName(QStringLiteral("printPreview"));
    return toolbar;
}

QToolButton *LayoutDesigner::templateButton()
{
    auto *fromTemplate = new QToolButton(this);
    fromTemplate->setText(tr("New from template"));
    fromTemplate->setPopupMode(QToolButton::InstantPopup);
    auto *templates = new QMenu(fromTemplate);
    templates->addAction(tr("Mahalle fact sheet (Turkish)"), this,
                         [this] { addFromTemplate(QStringLiteral("fact-sheet"), true); });
    templates->addAction(tr("District map (Turkish)"), this,
                         [this] { addFromTemplate(QStringLiteral("district-map"), true); });
    templates->addAction(tr("District fact sheet with charts (Turkish)"), this,
                         [this] { addFromTemplate(QStringLiteral("district-sheet"), true); });
    templates->addAction(tr("Mahalle fact sheet (English)"), this,
                         [this] { addFromTemplate(QStringLiteral("fact-sheet"), false); });
    templates->addAction(tr("District map (English)"), this,
                         [this] { addFromTemplate(QStringLiteral("district-map"), false); });
    templates->addAction(tr("District fact sheet with charts (English)"), this,
                         [this] { addFromTemplate(QStringLiteral("district-sheet"), false); });
    fromTemplate->setMenu(templates);
    return fromTemplate;
}

void LayoutDesigner::renameDialog()
{
    if (!m_layout)
        return;
    auto *dialog = new QDialog(this);
    dialog->setWindowTitle(tr("Rename layout"));
    auto *name = new QLineEdit(m_layout->name, dialog);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, dialog);
    auto *l = new QVBoxLayout(dialog);
    l->addWidget(name);
    l->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    if (dialog->exec() == QDialog::Accepted && !name->text().trimmed().isEmpty()) {
        Layout after = *m_layout;
        after.name = name->text().trimmed();
        edit(tr("Rename layout"), after);
    }
    dialog->deleteLater();
}

void LayoutDesigner::buildPageView(QToolBar *toolbar)
{
    m_scene = new QGraphicsScene(this);
    m_view = new PageView(m_scene, this);
    m_view->setObjectName(QStringLiteral("page"));
    QAction *fit = toolbar->addAction(tr("Fit page"), m_view, &PageView::fitPage);
    fit->setObjectName(QStringLiteral("fitPage"));
    m_view->setRenderHint(QPainter::SmoothPixmapTransform);
    m_view->setBackgroundBrush(QColor(0x8a, 0x8f, 0x96));
    m_view->setDragMode(QGraphicsView::NoDrag);
    connect(m_scene, &QGraphicsScene::selectionChanged, this, [this] {
        if (m_updating)
            return;
        const auto items = m_scene->selectedItems();
        m_selected
            = items.isEmpty() ? QString() : static_cast<LayoutItemFrame *>(items.front())->id();
        refreshPanel();
    });
}

QWidget *LayoutDesigner::buildPageBox(QWidget *panel)
{
    auto *pageBox = new QGroupBox(tr("Page"), panel);
    auto *pageForm = new QFormLayout(pageBox);
    m_pageSize = new QComboBox(pageBox);
    m_pageSize->addItems({QStringLiteral("A4"), QStringLiteral("A3")});
    m_orientation = new QComboBox(pageBox);
    m_orientation->addItems({tr("Portrait"), tr("Landscape")});
    m_margin = new QDoubleSpinBox(pageBox);
    m_margin->setRange(0, 40);
    m_margin->setSuffix(tr(" mm"));
    pageForm->addRow(tr("Size:"), m_pageSize);
    pageForm->addRow(tr("Orientation:"), m_orientation);
    pageForm->addRow(tr("Margins:"), m_margin);
    return pageBox;
}

QWidget *LayoutDesigner::buildAtlasBox(QWidget *panel)
{
    auto *atlasBox = new QGroupBox(tr("Atlas"), panel);
    auto *atlasForm = new QFormLayout(atlasBox);
    m_atlas = new QCheckBox(tr("One page per area"), atlasBox);
    m_atlasLayer = new QComboBox(atlasBox);
    m_filter = new QLineEdit(atlasBox);
    m_filter->setObjectName(QStringLiteral("filter"));
    m_filter->setPlaceholderText(tr("e.g. ilçe = Şahinbey"));
    m_filter->setToolTip(tr("Which areas: ilçe = Şahinbey, nüfus >= 5000 AND ilçe IN (Şahinbey, "
                            "Şehitkamil), ad LIKE 'Yeni%'. Fields: ad, ilçe, il, kod, nüfus, "
                            "baskı (migration pressure), sıra (its rank)."));
    m_top = new QSpinBox(atlasBox);
    m_top->setRange(0, 10000);
    m_top->setSpecialValueText(tr("all"));
    m_top->setToolTip(tr("Only the N areas with the highest migration pressure (the newest "
                         "migration pressure analysis of the atlas layer)."));
    m_cover = new QCheckBox(tr("Cover and contents pages"), atlasBox);
    m_previewBox = new QComboBox(atlasBox);
    m_previewBox->setObjectName(QStringLiteral("previewArea"));
    m_previewBox->setMaxVisibleItems(20);
    m_atlasStatus = new QLabel(atlasBox);
    m_atlasStatus->setWordWrap(true);
    m_atlasStatus->setObjectName(QStringLiteral("atlasStatus"));
    atlasForm->addRow(m_atlas);
    atlasForm->addRow(tr("Layer:"), m_atlasLayer);
    atlasForm->addRow(tr("Filter:"), m_filter);
    atlasForm->addRow(tr("Top by pressure:"), m_top);
    atlasForm->addRow(m_cover);
    atlasForm->addRow(tr("Preview:"), m_previewBox);
    atlasForm->addRow(m_atlasStatus);
    return atlasBox;
}

QWidget *LayoutDesigner::buildItemBox(QWidget *panel)
{
    auto *itemBox = new QGroupBox(tr("Item"), panel);
    m_itemBox = itemBox;
    auto *itemForm = new QFormLayout(itemBox);
    m_itemKind = new QLabel(itemBox);
    itemForm->addRow(m_itemKind);
    auto *geometry = new QHBoxLayout;
    for (QDoubleSpinBox **box : {&m_x, &m_y, &m_w, &m_h}) {
        *box = new QDoubleSpinBox(itemBox);
        (*box)->setRange(0, 420);
        (*box)->setDecimals(1);
        (*box)->setSingleStep(0.5);
        geometry->addWidget(*box);
    }
    m_x->setToolTip(tr("Left edge, mm from the page's left"));
    m_y->setToolTip(tr("Top edge, mm from the page's top"));
    m_w->setToolTip(tr("Width, mm"));
    m_h->setToolTip(tr("Height, mm"));
    itemForm->addRow(tr("x, y, w, h (mm):"), geometry);
    m_text = new QPlainTextEdit(itemBox);
    m_text->setMaximumHeight(70);
    m_text->setToolTip(tr("Fields in braces are filled in on each page: choose them from "
                          "\"Insert field\". Turkish and English names both work ({ilçe}, "
                          "{district})."));
    itemForm->addRow(tr("Text:"), m_text);
    itemForm->addRow(QString(), insertFieldButton(itemBox));
    m_font = new QDoubleSpinBox(itemBox);
    m_font->setRange(4, 96);
    m_font->setSuffix(tr(" pt"));
    m_bold = new QCheckBox(tr("Bold"), itemBox);
    auto *fontRow = new QHBoxLayout;
    fontRow->addWidget(m_font);
    fontRow->addWidget(m_bold);
    itemForm->addRow(tr("Font:"), fontRow);
    m_align = new QComboBox(itemBox);
    m_align->addItems({tr("Left"), tr("Centre"), tr("Right")});
    itemForm->addRow(tr("Alignment:"), m_align);
    m_frame = new QCheckBox(tr("Frame"), itemBox);
    itemForm->addRow(m_frame);
    addMapFields(itemForm, itemBox);
    m_contacts = new QCheckBox(tr("Print contact details (personal data)"), itemBox);
    itemForm->addRow(m_contacts);
    addChartFields(itemForm, itemBox);
    m_logo = new QToolButton(itemBox);
    m_logo->setText(tr("Choose image…"));
    connect(m_logo, &QToolButton::clicked, this, &LayoutDesigner::chooseLogo);
    itemForm->addRow(tr("Image:"), m_logo);
    return itemBox;
}

QToolButton *LayoutDesigner::insertFieldButton(QWidget *itemBox)
{
    // The fields, picked from a list rather than remembered; in the layout's language.
    m_insertField = new QToolButton(itemBox);
    m_insertField->setObjectName(QStringLiteral("insertField"));
    m_insertField->setText(tr("Insert field"));
    m_insertField->setPopupMode(QToolButton::InstantPopup);
    auto *fields = new QMenu(m_insertField);
    for (const Placeholder &p : placeholders()) {
        QAction *action = fields->addAction(QString());
        action->setData(QString::fromLatin1(p.english));
        connect(action, &QAction::triggered, this, [this, p] {
            const bool turkish = !m_layout || m_layout->turkish;
            m_text->insertPlainText(
                u'{' + (turkish ? QString::fromUtf8(p.turkish) : QString::fromLatin1(p.english))
                + u'}');
            m_text->setFocus();
        });
    }
    // Each entry names the field and shows what it inserts, as the layout's language has it.
    connect(fields, &QMenu::aboutToShow, this, [this, fields] {
        const bool turkish = !m_layout || m_layout->turkish;
        const auto list = fields->actions();
        for (std::size_t i = 0; i < placeholders().size() && i < std::size_t(list.size()); ++i) {
            const Placeholder &p = placeholders()[i];
            list[qsizetype(i)]->setText(
                QStringLiteral("%1  {%2}")
                    .arg(QCoreApplication::translate("Layout", p.title),
                         turkish ? QString::fromUtf8(p.turkish) : QString::fromLatin1(p.english)));
        }
    });
    m_insertField->setMenu(fields);
    return m_insertField;
}

void LayoutDesigner::addMapFields(QFormLayout *itemForm, QWidget *itemBox)
{
    m_extent = new QComboBox(itemBox);
    m_extent->addItems({tr("The atlas area"), tr("The whole layer")});
    itemForm->addRow(tr("Map shows:"), m_extent);
    m_marginShare = new QSpinBox(itemBox);
    m_marginShare->setRange(0, 200);
    m_marginShare->setSuffix(tr(" % round the area"));
    itemForm->addRow(tr("Room:"), m_marginShare);
    m_mute = new QCheckBox(tr("Neighbours muted"), itemBox);
    itemForm->addRow(m_mute);
    m_analysisLayers = new QCheckBox(tr("Analysis layers (coverage gaps)"), itemBox);
    m_analysisLayers->setObjectName(QStringLiteral("analysisLayers"));
    m_analysisLayers->setToolTip(tr("Draw the layers analyses made, such as coverage gaps. Off, "
                                    "they do not hide the areas' colours."));
    itemForm->addRow(m_analysisLayers);
}

void LayoutDesigner::addChartFields(QFormLayout *itemForm, QWidget *itemBox)
{
    m_chartKind = new QComboBox(itemBox);
    m_chartKind->setObjectName(QStringLiteral("chartKind"));
    for (auto k : {LayoutItem::ChartKind::Trend, LayoutItem::ChartKind::MigrantShare,
                   LayoutItem::ChartKind::Pressure, LayoutItem::ChartKind::Coverage,
                   LayoutItem::ChartKind::Projection})
        m_chartKind->addItem(chartKindTitle(k), int(k));
    itemForm->addRow(tr("Chart:"), m_chartKind);
    m_indicator = new QComboBox(itemBox);
    m_indicator->setObjectName(QStringLiteral("chartIndicator"));
    m_indicator->setEditable(true);
    m_indicator->setToolTip(tr("The indicator the chart follows, by name; empty: the first "
                               "indicator with values."));
    itemForm->addRow(tr("Indicator:"), m_indicator);
    m_chartTop = new QSpinBox(itemBox);
    m_chartTop->setRange(1, 50);
    m_chartTop->setSuffix(tr(" areas"));
    itemForm->addRow(tr("Top:"), m_chartTop);
}

void LayoutDesigner::connectPanel()
{
    // Every field writes back as it changes; typing in one field folds into one undo step.
    for (QDoubleSpinBox *b : {m_x, m_y, m_w, m_h, m_font})
        connect(b, &QDoubleSpinBox::valueChanged, this, &LayoutDesigner::panelEdited);
    connect(m_marginShare, &QSpinBox::valueChanged, this, &LayoutDesigner::panelEdited);
    connect(m_text, &QPlainTextEdit::textChanged, this, &LayoutDesigner::panelEdited);
    for (QCheckBox *c : {m_bold, m_frame, m_mute, m_analysisLayers, m_contacts})
        connect(c, &QCheckBox::toggled, this, &LayoutDesigner::panelEdited);
    for (QComboBox *c : {m_align, m_extent, m_chartKind})
        connect(c, &QComboBox::currentIndexChanged, this, &LayoutDesigner::panelEdited);
    connect(m_indicator, &QComboBox::currentTextChanged, this, &LayoutDesigner::panelEdited);
    connect(m_chartTop, &QSpinBox::valueChanged, this, &LayoutDesigner::panelEdited);
    for (QComboBox *c : {m_pageSize, m_orientation, m_atlasLayer})
        connect(c, &QComboBox::currentIndexChanged, this, &LayoutDesigner::pageEdited);
    connect(m_margin, &QDoubleSpinBox::valueChanged, this, &LayoutDesigner::pageEdited);
    connect(m_top, &QSpinBox::valueChanged, this, &LayoutDesigner::pageEdited);
    for (QCheckBox *c : {m_atlas, m_cover})
        connect(c, &QCheckBox::toggled, this, &LayoutDesigner::pageEdited);
    connect(m_filter, &QLineEdit::textEdited, this, &LayoutDesigner::pageEdited);
    connect(m_previewBox, &QComboBox::activated, this, [this] {
        m_previewArea = m_previewBox->currentData().toString();
        schedulePreview();
    });
}

} // namespace geisep
