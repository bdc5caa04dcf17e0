#include "app/layoutdesigner.h"

#include "app/filedialogs.h"
#include "app/messages.h"

#include "app/commands.h"
#include "app/paperprint.h"
#include "app/session.h"
#include "app/worker.h"
#include "core/findlayer.h"
#include "core/plan.h"
#include "core/turkish.h"

#include <QBuffer>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QDoubleSpinBox>
#include <QFile>
#include <QFileInfo>
#include <QFormLayout>
#include <QGraphicsPixmapItem>
#include <QGraphicsRectItem>
#include <QGraphicsScene>
#include <QGraphicsSceneMouseEvent>
#include <QGraphicsView>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPainter>
#include <QPlainTextEdit>
#include <QPrintDialog>
#include <QPrintPreviewDialog>
#include <QPrintPreviewWidget>
#include <QPrinter>
#include <QPushButton>
#include <QScrollArea>
#include <QSignalBlocker>
#include <QSpinBox>
#include <QSplitter>
#include <QStyleOptionGraphicsItem>
#include <QToolBar>
#include <QToolButton>
#include <QUndoStack>
#include <QVBoxLayout>
#include <QWheelEvent>

#include <algorithm>
#include <atomic>
#include <cmath>

namespace geisep {

namespace {

constexpr double kPreviewPxPerMm = 4; // the page preview: about 100 dpi
constexpr double kHandleMm = 3;

QString kindTitle(LayoutItem::Kind kind)
{
    using K = LayoutItem::Kind;
    switch (kind) {
    case K::Title:
        return LayoutDesigner::tr("Title");
    case K::Subtitle:
        return LayoutDesigner::tr("Subtitle");
    case K::Map:
        return LayoutDesigner::tr("Map");
    case K::Legend:
        return LayoutDesigner::tr("Legend");
    case K::ScaleBar:
        return LayoutDesigner::tr("Scale bar");
    case K::NorthArrow:
        return LayoutDesigner::tr("North arrow");
    case K::Date:
        return LayoutDesigner::tr("Date");
    case K::Sources:
        return LayoutDesigner::tr("Sources and attribution");
    case K::Logo:
        return LayoutDesigner::tr("Logo");
    case K::Text:
        return LayoutDesigner::tr("Text");
    case K::Overview:
        return LayoutDesigner::tr("Overview inset");
    case K::PlanTable:
        return LayoutDesigner::tr("Goals, actions and indicators");
    case K::Figures:
        return LayoutDesigner::tr("Area figures");
    case K::Chart:
        return LayoutDesigner::tr("Chart");
    }
    return {};
}

QString chartKindTitle(LayoutItem::ChartKind k)
{
    using C = LayoutItem::ChartKind;
    switch (k) {
    case C::Trend:
        return LayoutDesigner::tr("An indicator over the years");
    case C::MigrantShare:
        return LayoutDesigner::tr("Migrants' share by district");
    case C::Pressure:
        return LayoutDesigner::tr("Migration pressure of the top areas");
    case C::Coverage:
        return LayoutDesigner::tr("Population within reach of each service");
    case C::Projection:
        return LayoutDesigner::tr("Population projection");
    }
    return {};
}

bool hasText(LayoutItem::Kind k)
{
    using K = LayoutItem::Kind;
    return k == K::Title || k == K::Subtitle || k == K::Date || k == K::Sources || k == K::Text
           || k == K::Legend || k == K::Figures || k == K::PlanTable;
}

double snap(double mm)
{
    return std::round(mm * 2) / 2; // half millimetres
}

} // namespace

// An item on the page, in millimetres: dragged to move, dragged by its lower right corner to
// resize; the designer is told when the mouse lets go.
// The page as the designer shows it: fitted to the view whenever the view gets a size (at
// first showing it has none, and fitting then left a 17-pixel thumbnail) until the planner
// zooms with Ctrl and the wheel; "Fit page" fits it again.
class PageView : public QGraphicsView
{
public:
    using QGraphicsView::QGraphicsView;
    void fitPage()
    {
        m_zoomed = false;
        if (scene())
            fitInView(sceneRect(), Qt::KeepAspectRatio);
    }

protected:
    void resizeEvent(QResizeEvent *event) override
    {
        QGraphicsView::resizeEvent(event);
        if (!m_zoomed)
            fitPage();
    }
    void showEvent(QShowEvent *event) override
    {
        QGraphicsView::showEvent(event);
        if (!m_zoomed)
            fitPage();
    }
    void wheelEvent(QWheelEvent *event) override
    {
        if (!(event->modifiers() & Qt::ControlModifier)) {
            QGraphicsView::wheelEvent(event);
            return;
        }
        m_zoomed = true;
        const double factor = std::pow(1.0015, event->angleDelta().y());
        setTransformationAnchor(QGraphicsView::AnchorUnderMouse);
        scale(factor, factor);
        event->accept();
    }

private:
    bool m_zoomed = false;
};

class LayoutItemFrame : public QGraphicsRectItem
{
public:
    LayoutItemFrame(LayoutDesigner *designer, QString id, const QRectF &rectMm)
        : m_designer(designer)
        , m_id(std::move(id))
    {
        setRect(QRectF(QPointF(0, 0), rectMm.size()));
        setPos(rectMm.topLeft());
        setFlags(ItemIsMovable | ItemIsSelectable);
        setAcceptHoverEvents(true);
        setZValue(1);
    }
    const QString &id() const { return m_id; }

    void paint(QPainter *p, const QStyleOptionGraphicsItem *, QWidget *) override
    {
        const bool selected = isSelected();
        QPen pen(selected ? QColor(0x1f, 0x6f, 0xd0) : QColor(0x1f, 0x6f, 0xd0, 90), 0,
                 selected ? Qt::SolidLine : Qt::DashLine);
        pen.setCosmetic(true);
        pen.setWidthF(selected ? 2 : 1);
        p->setPen(pen);
        p->setBrush(selected ? QColor(0x1f, 0x6f, 0xd0, 18) : QColor(Qt::transparent));
        p->drawRect(rect());
        if (selected) {
            p->setBrush(QColor(0x1f, 0x6f, 0xd0));
            p->drawRect(QRectF(rect().bottomRight() - QPointF(kHandleMm / 2, kHandleMm / 2),
                               QSizeF(kHandleMm / 2, kHandleMm / 2)));
        }
    }

protected:
    bool onHandle(const QPointF &pos) const
    {
        const QPointF d = rect().bottomRight() - pos;
        return d.x() >= 0 && d.y() >= 0 && d.x() < kHandleMm && d.y() < kHandleMm;
    }
    void hoverMoveEvent(QGraphicsSceneHoverEvent *event) override
    {
        setCursor(onHandle(event->pos()) ? Qt::SizeFDiagCursor : Qt::SizeAllCursor);
    }
    void mousePressEvent(QGraphicsSceneMouseEvent *event) override
    {
        m_start = QRectF(pos(), rect().size());
        m_resizing = isSelected() && onHandle(event->pos());
        m_designer->frameClicked(m_id);
        if (!m_resizing)
            QGraphicsRectItem::mousePressEvent(event);
    }
    void mouseMoveEvent(QGraphicsSceneMouseEvent *event) override
    {
        if (m_resizing) {
            prepareGeometryChange();
            setRect(QRectF(0, 0, std::max(3.0, event->pos().x()), std::max(3.0, event->pos().y())));
            return;
        }
        QGraphicsRectItem::mouseMoveEvent(event);
    }
    void mouseReleaseEvent(QGraphicsSceneMouseEvent *event) override
    {
        if (!m_resizing)
            QGraphicsRectItem::mouseReleaseEvent(event);
        m_resizing = false;
        const QRectF now(snap(pos().x()), snap(pos().y()), snap(rect().width()),
                         snap(rect().height()));
        if (now != m_start)
            m_designer->frameMoved(m_id, now);
    }

private:
    LayoutDesigner *m_designer;
    QString m_id;
    QRectF m_start;
    bool m_resizing = false;
};

LayoutDesigner::~LayoutDesigner()
{
    // The scene is a child of this window, so QWidget's destructor deletes it after this
    // object's members are gone; deleting its items changes the selection, whose handler reads
    // those members. Cut the scene off first (it once corrupted the heap after a print).
    m_previewTimer.stop();
    if (m_scene) {
        m_scene->disconnect(this);
        m_view->setScene(nullptr);
        delete m_scene;
        m_scene = nullptr;
    }
}

LayoutDesigner::LayoutDesigner(Session *session, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
{
    setWindowTitle(tr("Layout designer"));
    setObjectName(QStringLiteral("layoutDesigner"));
    resize(1280, 820);
    m_previewTimer.setSingleShot(true);
    m_previewTimer.setInterval(120);
    connect(&m_previewTimer, &QTimer::timeout, this, &LayoutDesigner::renderPreview);
    buildUi();
    connect(session, &Session::layoutsChanged, this, &LayoutDesigner::reload);
    connect(session, &Session::layersChanged, this, &LayoutDesigner::schedulePreview);
    connect(session, &Session::planChanged, this, &LayoutDesigner::schedulePreview);
    reload();
}

void LayoutDesigner::buildUi()
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
    toolbar->addWidget(fromTemplate);
    toolbar->addAction(tr("Rename…"), this, [this] {
        if (!m_layout)
            return;
        auto *dialog = new QDialog(this);
        dialog->setWindowTitle(tr("Rename layout"));
        auto *name = new QLineEdit(m_layout->name, dialog);
        auto *buttons
            = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, dialog);
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
    });
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

    // The panel: page and atlas, then the chosen item.
    auto *panel = new QWidget(this);
    auto *panelLayout = new QVBoxLayout(panel);
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
    panelLayout->addWidget(pageBox);

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
    panelLayout->addWidget(atlasBox);

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
    itemForm->addRow(QString(), m_insertField);
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
    m_contacts = new QCheckBox(tr("Print contact details (personal data)"), itemBox);
    itemForm->addRow(m_contacts);
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
    m_logo = new QToolButton(itemBox);
    m_logo->setText(tr("Choose image…"));
    connect(m_logo, &QToolButton::clicked, this, &LayoutDesigner::chooseLogo);
    itemForm->addRow(tr("Image:"), m_logo);
    panelLayout->addWidget(itemBox);
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

void LayoutDesigner::reload()
{
    {
        const QSignalBlocker block(m_indicator); // filled again when a chart is chosen
        m_indicator->clear();
    }
    LayoutStore store(m_session->project().db());
    auto all = store.layouts();
    if (!all) {
        m_session->reportError(all.error());
        return;
    }
    // A damaged layout is named once; the others stay usable.
    for (const Error &broken : store.broken())
        if (!m_reportedBroken.contains(broken.message)) {
            m_reportedBroken.insert(broken.message);
            m_session->reportError(broken);
        }
    m_layouts = std::move(*all);
    const qint64 keep = m_layout ? m_layout->id : 0;
    m_layout.reset();
    for (const Layout &l : m_layouts)
        if (l.id == keep)
            m_layout = l;
    if (!m_layout && !m_layouts.empty())
        m_layout = m_layouts.front();
    m_updating = true;
    m_layoutBox->clear();
    for (const Layout &l : m_layouts)
        m_layoutBox->addItem(l.name, l.id);
    if (m_layout)
        m_layoutBox->setCurrentIndex(m_layoutBox->findData(m_layout->id));
    m_updating = false;
    showLayout();
}

bool LayoutDesigner::selectLayout(const QString &name)
{
    const Layout *found = findByName(
        m_layouts, name, [](const Layout &l) { return l.name; },
        [](const Layout &) { return QString(); });
    if (!found)
        return false;
    m_layout = *found;
    m_selected.clear();
    m_updating = true;
    m_layoutBox->setCurrentIndex(m_layoutBox->findData(m_layout->id));
    m_updating = false;
    showLayout();
    return true;
}

void LayoutDesigner::showLayout()
{
    m_updating = true;
    m_scene->clear();
    m_frames.clear();
    m_page = nullptr;
    if (m_layout) {
        const QSizeF size = m_layout->page.sizeMm();
        m_scene->setSceneRect(QRectF(QPointF(-8, -8), size + QSizeF(16, 16)));
        m_scene->addRect(QRectF(QPointF(1.2, 1.2), size), Qt::NoPen, QColor(0, 0, 0, 70)); // shadow
        m_page = m_scene->addPixmap(QPixmap());
        m_page->setScale(1 / kPreviewPxPerMm);
        m_page->setTransformationMode(Qt::SmoothTransformation);
        for (const LayoutItem &item : m_layout->items) {
            auto *frame = new LayoutItemFrame(this, item.id, item.rectMm);
            frame->setToolTip(kindTitle(item.kind));
            m_scene->addItem(frame);
            m_frames.insert(item.id, frame);
            if (item.id == m_selected)
                frame->setSelected(true);
        }
        if (!m_layout->item(m_selected))
            m_selected.clear();
        m_view->fitPage();
    }
    m_updating = false;
    refreshPanel();
    // Edits come a keystroke at a time: the page is drawn again once they pause (or when asked).
    schedulePreview();
}

LayoutItem *LayoutDesigner::current()
{
    return m_layout ? m_layout->item(m_selected) : nullptr;
}

void LayoutDesigner::refreshPanel()
{
    m_updating = true;
    const bool have = m_layout.has_value();
    for (QWidget *w :
         std::initializer_list<QWidget *>{m_pageSize, m_orientation, m_margin, m_atlas,
                                          m_atlasLayer, m_filter, m_top, m_cover, m_previewBox})
        w->setEnabled(have);
    if (have) {
        const Layout &l = *m_layout;
        m_pageSize->setCurrentIndex(l.page.size == u"A3" ? 1 : 0);
        m_orientation->setCurrentIndex(l.page.landscape ? 1 : 0);
        m_margin->setValue(l.page.marginMm);
        m_atlas->setChecked(l.atlas.enabled);
        m_atlasLayer->clear();
        m_atlasLayer->addItem(tr("(the first mahalle layer)"), QString());
        for (const LayerInfo &info : m_session->project().layers())
            if (info.role == u"muhtar_district" || info.role == u"migrant_area")
                m_atlasLayer->addItem(info.name, info.name);
        m_atlasLayer->setCurrentIndex(std::max(0, m_atlasLayer->findData(l.atlas.layer)));
        if (m_filter->text() != l.atlas.filter)
            m_filter->setText(l.atlas.filter);
        m_top->setValue(l.atlas.topN);
        m_cover->setChecked(l.atlas.cover);
        // The layer and filter narrow a single page too (a district's fact sheet).
        for (QWidget *w : std::initializer_list<QWidget *>{m_top, m_cover, m_previewBox})
            w->setEnabled(l.atlas.enabled);
    }
    const LayoutItem *item = current();
    m_itemBox->setEnabled(item != nullptr);
    if (item) {
        using K = LayoutItem::Kind;
        m_itemKind->setText(QStringLiteral("<b>%1</b>").arg(kindTitle(item->kind)));
        m_x->setValue(item->rectMm.x());
        m_y->setValue(item->rectMm.y());
        m_w->setValue(item->rectMm.width());
        m_h->setValue(item->rectMm.height());
        if (m_text->toPlainText() != item->text)
            m_text->setPlainText(item->text);
        m_text->setEnabled(hasText(item->kind));
        m_insertField->setEnabled(hasText(item->kind));
        m_font->setValue(item->fontPt);
        m_bold->setChecked(item->bold);
        m_align->setCurrentIndex(item->align & Qt::AlignHCenter ? 1
                                 : item->align & Qt::AlignRight ? 2
                                                                : 0);
        m_frame->setChecked(item->frame);
        const bool map = item->kind == K::Map;
        m_extent->setEnabled(map);
        m_extent->setCurrentIndex(item->extent == LayoutItem::Extent::Atlas ? 0 : 1);
        m_marginShare->setEnabled(map);
        m_marginShare->setValue(int(std::lround(item->marginShare * 100)));
        m_mute->setEnabled(map);
        m_mute->setChecked(item->muteNeighbours);
        m_analysisLayers->setEnabled(map);
        m_analysisLayers->setChecked(item->analysisLayers);
        m_contacts->setEnabled(item->kind == K::PlanTable || item->kind == K::Figures);
        m_contacts->setChecked(item->contacts);
        m_logo->setEnabled(item->kind == K::Logo);
        const bool chart = item->kind == K::Chart;
        m_chartKind->setEnabled(chart);
        m_chartKind->setCurrentIndex(std::max(0, m_chartKind->findData(int(item->chart))));
        m_indicator->setEnabled(chart && item->chart == LayoutItem::ChartKind::Trend);
        if (chart && m_indicator->count() == 0) {
            // The plan's indicators, read when a chart is first chosen, not when the designer
            // opens.
            m_indicator->addItem(QString());
            PlanStore plan(m_session->project().db());
            if (auto all = plan.indicators())
                for (const Indicator &i : std::as_const(*all))
                    m_indicator->addItem(i.nameTr);
        }
        if (m_indicator->currentText() != item->indicator)
            m_indicator->setCurrentText(item->indicator);
        m_chartTop->setEnabled(chart && item->chart == LayoutItem::ChartKind::Pressure);
        m_chartTop->setValue(item->topN);
    } else {
        m_itemKind->setText(tr("Click an item on the page to change it."));
    }
    m_updating = false;
}

void LayoutDesigner::schedulePreview()
{
    m_previewTimer.start();
}

void LayoutDesigner::flushPreview()
{
    if (m_previewTimer.isActive())
        renderPreview();
}

QImage LayoutDesigner::preview()
{
    flushPreview();
    return m_preview;
}

void LayoutDesigner::renderPreview()
{
    m_previewTimer.stop();
    m_job.reset();
    m_jobError.reset();
    m_preview = QImage();
    if (!m_layout) {
        if (m_page)
            m_page->setPixmap(QPixmap());
        m_atlasStatus->setText(QString());
        return;
    }
    PrintRequest request;
    request.layout = *m_layout;
    auto job = Printer::prepare(m_session->project(), request);
    int page = 0;
    if (job) {
        m_job = std::make_shared<const PrintJob>(std::move(*job));
        if (m_job->atlasLayer) {
            m_updating = true;
            m_previewBox->clear();
            for (const PrintArea &a : m_job->areas)
                m_previewBox->addItem(a.label, a.name);
            int chosen = m_previewBox->findData(m_previewArea);
            if (chosen < 0)
                chosen = 0;
            m_previewBox->setCurrentIndex(chosen);
            m_updating = false;
            page = m_job->areas[std::size_t(chosen)].page - 1;
            m_atlasStatus->setText(
                tr("%n page(s): %1 area(s)", nullptr, m_job->pageCount()).arg(m_job->areas.size())
                + (m_job->coverPages
                       ? tr(", a cover and %n contents page(s)", nullptr, m_job->contentsPages)
                       : QString())
                + (m_job->anyHidden
                       ? tr(". Counts below %1 print as \"<%1\".").arg(m_job->threshold)
                       : QStringLiteral(".")));
        } else {
            m_atlasStatus->setText(m_layout->atlas.enabled ? QString() : tr("One page."));
        }
    } else {
        m_jobError = job.error();
        m_atlasStatus->setText(
            QStringLiteral("<span style='color:#b02020'>%1</span> %2")
                .arg(job.error().message.toHtmlEscaped(), job.error().hint.toHtmlEscaped()));
        // Still show the page: without the atlas.
        request.layout->atlas.enabled = false;
        if (auto plain = Printer::prepare(m_session->project(), request))
            m_job = std::make_shared<const PrintJob>(std::move(*plain));
    }
    if (!m_job)
        return;
    const QSizeF mm = m_layout->page.sizeMm();
    QImage image(QSize(int(mm.width() * kPreviewPxPerMm), int(mm.height() * kPreviewPxPerMm)),
                 QImage::Format_RGB32);
    image.fill(Qt::white);
    {
        QPainter painter(&image);
        painter.setRenderHint(QPainter::Antialiasing);
        Printer::paintPage(painter, *m_job, page, kPreviewPxPerMm * 25.4);
    }
    m_preview = image;
    if (m_page)
        m_page->setPixmap(QPixmap::fromImage(image));
}

QString LayoutDesigner::atlasStatus()
{
    flushPreview();
    return m_atlasStatus->text();
}

void LayoutDesigner::edit(const QString &text, const Layout &after, const QString &mergeKey)
{
    if (!m_layout || after == *m_layout)
        return;
    m_session->layoutUndoStack()->push(
        new LayoutCommand(m_session, text, *m_layout, after, mergeKey));
}

bool LayoutDesigner::addFromTemplate(const QString &templateName, bool turkish)
{
    auto layout = LayoutTemplates::byName(templateName, turkish);
    if (!layout)
        return false;
    // A name not yet taken: "Mahalle bilgi kartı 2", …
    const QString base = layout->name;
    for (int n = 2; std::any_of(m_layouts.begin(), m_layouts.end(),
                                [&](const Layout &l) { return l.name == layout->name; });
         ++n)
        layout->name = QStringLiteral("%1 %2").arg(base, QString::number(n));
    auto *command = new LayoutCommand(m_session, tr("New layout \"%1\"").arg(layout->name),
                                      std::nullopt, *layout);
    m_session->layoutUndoStack()->push(command);
    const qint64 id = command->layoutId();
    if (id == 0)
        return false;
    for (const Layout &l : m_layouts)
        if (l.id == id)
            return selectLayout(l.name);
    return false;
}

bool LayoutDesigner::removeCurrentLayout()
{
    if (!m_layout)
        return false;
    m_session->layoutUndoStack()->push(new LayoutCommand(
        m_session, tr("Delete layout \"%1\"").arg(m_layout->name), *m_layout, std::nullopt));
    return true;
}

void LayoutDesigner::setItemRect(const QString &itemId, const QRectF &rectMm)
{
    if (!m_layout || !m_layout->item(itemId))
        return;
    Layout after = *m_layout;
    after.item(itemId)->rectMm = rectMm;
    edit(tr("Move %1").arg(turkishLower(kindTitle(after.item(itemId)->kind))), after,
         QStringLiteral("rect:") + itemId);
}

void LayoutDesigner::setItemText(const QString &itemId, const QString &text)
{
    if (!m_layout || !m_layout->item(itemId))
        return;
    Layout after = *m_layout;
    after.item(itemId)->text = text;
    edit(tr("Edit text"), after, QStringLiteral("text:") + itemId);
}

void LayoutDesigner::addItem(LayoutItem::Kind kind)
{
    if (!m_layout)
        return;
    using K = LayoutItem::Kind;
    Layout after = *m_layout;
    LayoutItem item;
    item.kind = kind;
    item.id = after.newItemId(kind);
    const QSizeF page = after.page.sizeMm();
    const QSizeF size = kind == K::Map                            ? QSizeF(120, 90)
                        : kind == K::NorthArrow                   ? QSizeF(10, 14)
                        : kind == K::ScaleBar                     ? QSizeF(60, 9)
                        : kind == K::Overview                     ? QSizeF(40, 40)
                        : kind == K::Legend || kind == K::Figures ? QSizeF(70, 50)
                        : kind == K::PlanTable                    ? QSizeF(page.width() - 20, 40)
                        : kind == K::Chart                        ? QSizeF(90, 65)
                                                                  : QSizeF(80, 10);
    item.rectMm = QRectF(
        QPointF((page.width() - size.width()) / 2, (page.height() - size.height()) / 2), size);
    item.fontPt = kind == K::Title ? 18 : kind == K::Subtitle ? 11 : 9;
    item.bold = kind == K::Title;
    if (kind == K::Text)
        item.text = after.turkish ? QStringLiteral("Metin") : QStringLiteral("Text");
    if (kind == K::Title)
        item.text = QStringLiteral("{area}");
    if (kind == K::Date)
        item.text = QStringLiteral("{date}");
    if (kind == K::Legend)
        item.text = after.turkish ? QStringLiteral("Lejant") : QStringLiteral("Legend");
    if (kind == K::Map || kind == K::Chart)
        item.frame = true;
    if (kind == K::Chart)
        item.fontPt = 7.5;
    after.items.push_back(item);
    m_selected = item.id;
    edit(tr("Add %1").arg(turkishLower(kindTitle(kind))), after);
}

void LayoutDesigner::removeItem(const QString &itemId)
{
    if (!m_layout || !m_layout->item(itemId))
        return;
    Layout after = *m_layout;
    const QString title = turkishLower(kindTitle(after.item(itemId)->kind));
    std::erase_if(after.items, [&](const LayoutItem &i) { return i.id == itemId; });
    m_selected.clear();
    edit(tr("Remove %1").arg(title), after);
}

void LayoutDesigner::setAtlasFilter(const QString &filter)
{
    if (!m_layout)
        return;
    Layout after = *m_layout;
    after.atlas.filter = filter;
    edit(tr("Atlas filter"), after, QStringLiteral("filter"));
}

void LayoutDesigner::setPreviewArea(const QString &name)
{
    m_previewArea = name;
    renderPreview();
}

void LayoutDesigner::selectItem(const QString &itemId)
{
    m_selected = itemId;
    m_updating = true;
    for (LayoutItemFrame *f : std::as_const(m_frames))
        f->setSelected(f->id() == itemId);
    m_updating = false;
    refreshPanel();
}

void LayoutDesigner::frameMoved(const QString &itemId, const QRectF &rectMm)
{
    setItemRect(itemId, rectMm);
}

void LayoutDesigner::frameClicked(const QString &itemId)
{
    if (m_selected != itemId)
        selectItem(itemId);
}

void LayoutDesigner::panelEdited()
{
    if (m_updating || !m_layout)
        return;
    LayoutItem *item = current();
    if (!item)
        return;
    Layout after = *m_layout;
    LayoutItem &i = *after.item(m_selected);
    i.rectMm = QRectF(m_x->value(), m_y->value(), std::max(1.0, m_w->value()),
                      std::max(1.0, m_h->value()));
    if (hasText(i.kind))
        i.text = m_text->toPlainText();
    i.fontPt = m_font->value();
    i.bold = m_bold->isChecked();
    const Qt::Alignment v = i.align & Qt::AlignVertical_Mask;
    i.align = v
              | (m_align->currentIndex() == 1   ? Qt::AlignHCenter
                 : m_align->currentIndex() == 2 ? Qt::AlignRight
                                                : Qt::AlignLeft);
    i.frame = m_frame->isChecked();
    if (i.kind == LayoutItem::Kind::Map) {
        i.extent
            = m_extent->currentIndex() == 0 ? LayoutItem::Extent::Atlas : LayoutItem::Extent::Full;
        i.marginShare = m_marginShare->value() / 100.0;
        i.muteNeighbours = m_mute->isChecked();
        i.analysisLayers = m_analysisLayers->isChecked();
    }
    i.contacts = m_contacts->isChecked();
    if (i.kind == LayoutItem::Kind::Chart) {
        i.chart = LayoutItem::ChartKind(m_chartKind->currentData().toInt());
        i.indicator = m_indicator->currentText().trimmed();
        i.topN = m_chartTop->value();
    }
    const bool typing = sender() == m_text;
    edit(typing ? tr("Edit text") : tr("Change %1").arg(turkishLower(kindTitle(i.kind))), after,
         (typing ? QStringLiteral("text:") : QStringLiteral("item:")) + m_selected);
}

void LayoutDesigner::pageEdited()
{
    if (m_updating || !m_layout)
        return;
    Layout after = *m_layout;
    after.page.size = m_pageSize->currentIndex() == 1 ? QStringLiteral("A3") : QStringLiteral("A4");
    after.page.landscape = m_orientation->currentIndex() == 1;
    after.page.marginMm = m_margin->value();
    after.atlas.enabled = m_atlas->isChecked();
    after.atlas.layer = m_atlasLayer->currentData().toString();
    after.atlas.filter = m_filter->text();
    after.atlas.topN = m_top->value();
    after.atlas.cover = after.atlas.contents = m_cover->isChecked();
    const bool typing = sender() == m_filter;
    edit(typing ? tr("Atlas filter") : tr("Page and atlas"), after,
         typing ? QStringLiteral("filter") : QStringLiteral("page"));
}

void LayoutDesigner::chooseLogo()
{
    LayoutItem *item = current();
    if (!item)
        return;
    const QString path
        = files::openFile(this, tr("Logo"), QString(), tr("Images (*.png *.jpg *.jpeg *.svg)"));
    if (path.isEmpty())
        return;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly) || file.size() > 4 * 1024 * 1024) {
        messages::warn(this, tr("Logo"),
                       tr("Cannot use \"%1\": it cannot be read, or it is over 4 MB.").arg(path));
        return;
    }
    Layout after = *m_layout;
    after.item(m_selected)->image = file.readAll();
    edit(tr("Logo image"), after);
}

bool LayoutDesigner::exportTo(const PrintOutput &output, bool personalData,
                              const QList<qint64> &selection)
{
    if (!m_layout)
        return false;
    PrintRequest request;
    request.layout = *m_layout;
    request.personalData = personalData;
    request.selection = selection;
    auto job = Printer::prepare(m_session->project(), request);
    if (!job) {
        m_session->reportError(job.error());
        return false;
    }
    Result<PrintOutcome> result = PrintOutcome{};
    std::atomic_bool cancel = false;
    const PrintJob &prepared = *job;
    BackgroundTask::run(this, tr("Printing %1…").arg(m_layout->name),
                        [&](const std::function<bool(qint64, qint64)> &progress) {
                            result = Printer::write(
                                prepared, output,
                                [&](int done, int total) {
                                    if (!progress(done, total))
                                        cancel = true;
                                },
                                &cancel);
                        });
    if (!result) {
        if (!cancel) // a cancel needs no message: nothing was written
            m_session->reportError(result.error());
        return false;
    }
    m_atlasStatus->setText(tr("Printed %n page(s) to %1.", nullptr, result->pages)
                               .arg(result->files.size() == 1
                                        ? result->files.front()
                                        : QFileInfo(result->files.front()).absolutePath()));
    return true;
}

std::shared_ptr<const PrintJob> LayoutDesigner::paperJob()
{
    // Paper prints what the preview shows: the job it prepared (no personal data), not another.
    flushPreview();
    if (!m_layout)
        return nullptr;
    if (m_jobError) {
        m_session->reportError(*m_jobError);
        return nullptr;
    }
    return m_job;
}

bool LayoutDesigner::printOnPaper(QPrinter &printer)
{
    const auto job = paperJob();
    if (!job)
        return false;
    const auto [first, last] = paper::pageRange(printer, *job);
    Result<int> result = 0;
    std::atomic_bool cancel = false;
    BackgroundTask::run(this, tr("Printing %1…").arg(m_layout->name),
                        [&](const std::function<bool(qint64, qint64)> &progress) {
                            result = paper::print(
                                printer, *job, first, last,
                                [&](int done, int total) {
                                    if (!progress(done, total))
                                        cancel = true;
                                },
                                &cancel);
                        });
    if (!result) {
        if (!cancel)
            m_session->reportError(result.error());
        return false;
    }
    m_atlasStatus->setText(tr("Sent %n page(s) to %1.", nullptr, *result)
                               .arg(printer.outputFileName().isEmpty() ? printer.printerName()
                                                                       : printer.outputFileName()));
    return true;
}

void LayoutDesigner::printDialog()
{
    const auto job = paperJob();
    if (!job)
        return;
    QPrinter printer(QPrinter::HighResolution);
    paper::setUp(printer, *job);
    QPrintDialog dialog(&printer, this);
    dialog.setWindowTitle(tr("Print \"%1\"").arg(m_layout->name));
    dialog.setOption(QAbstractPrintDialog::PrintPageRange);
    dialog.setMinMax(1, job->pageCount());
    if (dialog.exec() != QDialog::Accepted)
        return;
    printOnPaper(printer);
}

QPrintPreviewDialog *LayoutDesigner::printPreview(int first, int last)
{
    const auto job = paperJob();
    if (!job)
        return nullptr;
    first = std::clamp(first, 0, job->pageCount() - 1);
    last = std::clamp(last, first, job->pageCount() - 1);
    auto printer = std::make_shared<QPrinter>(QPrinter::HighResolution);
    paper::setUp(*printer, *job);
    printer->setPrintRange(QPrinter::PageRange);
    printer->setFromTo(first + 1, last + 1);
    auto *dialog = new QPrintPreviewDialog(printer.get(), this);
    dialog->setObjectName(QStringLiteral("printPreview"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("Print preview: %1, pages %2–%3 of %4")
                               .arg(m_layout->name, QString::number(first + 1),
                                    QString::number(last + 1), QString::number(job->pageCount())));
    // The preview draws the range chosen; printing from it prints what the printer dialog
    // there asks for (that range unless changed). The job and printer live as long as the
    // dialog.
    connect(dialog, &QPrintPreviewDialog::paintRequested, dialog, [job, printer](QPrinter *target) {
        const auto [from, to] = paper::pageRange(*target, *job);
        (void)paper::print(*target, *job, from, to);
    });
    dialog->resize(900, 800);
    dialog->open();
    return dialog;
}

void LayoutDesigner::previewDialog()
{
    const auto job = paperJob();
    if (!job)
        return;
    const int pages = job->pageCount();
    int first = 0, last = pages - 1;
    // A long atlas is previewed a range at a time: every page is drawn before the preview
    // shows, a few seconds for a dozen.
    constexpr int kAtOnce = 12;
    if (pages > kAtOnce) {
        QDialog ask(this);
        ask.setWindowTitle(tr("Print preview"));
        auto *form = new QFormLayout(&ask);
        form->addRow(new QLabel(
            tr("The atlas has %n page(s). Which shall the preview show?", nullptr, pages), &ask));
        auto *from = new QSpinBox(&ask);
        from->setObjectName(QStringLiteral("fromPage"));
        from->setRange(1, pages);
        auto *to = new QSpinBox(&ask);
        to->setObjectName(QStringLiteral("toPage"));
        to->setRange(1, pages);
        to->setValue(kAtOnce);
        connect(from, &QSpinBox::valueChanged, to, [to](int v) {
            to->setMinimum(v);
            to->setMaximum(std::min(to->maximum(), v + 4 * kAtOnce - 1));
        });
        form->addRow(tr("From page:"), from);
        form->addRow(tr("To page:"), to);
        auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &ask);
        connect(buttons, &QDialogButtonBox::accepted, &ask, &QDialog::accept);
        connect(buttons, &QDialogButtonBox::rejected, &ask, &QDialog::reject);
        form->addRow(buttons);
        if (ask.exec() != QDialog::Accepted)
            return;
        first = from->value() - 1;
        last = to->value() - 1;
    }
    printPreview(first, last);
}

void LayoutDesigner::exportDialog()
{
    if (!m_layout)
        return;
    flushPreview(); // the page count below
    QDialog dialog(this);
    dialog.setWindowTitle(tr("Print / export \"%1\"").arg(m_layout->name));
    auto *form = new QFormLayout(&dialog);
    auto *format = new QComboBox(&dialog);
    format->addItem(tr("PDF (vector, fonts embedded)"), QStringLiteral("pdf"));
    format->addItem(tr("PNG image"), QStringLiteral("png"));
    format->addItem(tr("SVG drawing"), QStringLiteral("svg"));
    auto *dpi = new QSpinBox(&dialog);
    dpi->setRange(36, 1200);
    dpi->setValue(300);
    dpi->setSuffix(tr(" dpi"));
    auto *perArea = new QCheckBox(tr("One file per area, named after it"), &dialog);
    perArea->setEnabled(m_layout->atlas.enabled);
    auto *personal
        = new QCheckBox(tr("Print names and contact details of people (personal data)"), &dialog);
    personal->setToolTip(tr("Muhtar and stakeholder contact details are personal data (KVKK): "
                            "print them only for those who may see them."));
    form->addRow(tr("Format:"), format);
    form->addRow(tr("Resolution (PNG, SVG):"), dpi);
    form->addRow(perArea);
    form->addRow(personal);
    // The areas selected on the map, when they are of the atlas layer.
    QList<qint64> selected;
    if (m_selection && m_job && m_job->atlasLayer) {
        const auto [layerId, fids] = m_selection();
        if (layerId == m_job->atlasLayer->id)
            selected = fids;
    }
    auto *onlySelected = new QCheckBox(
        tr("Only the %n area(s) selected on the map", nullptr, int(selected.size())), &dialog);
    onlySelected->setEnabled(!selected.isEmpty());
    form->addRow(onlySelected);
    if (m_job)
        form->addRow(new QLabel(tr("%n page(s).", nullptr, m_job->pageCount()), &dialog));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Choose file and print…"));
    form->addRow(buttons);
    connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const QString suffix = format->currentData().toString();
    PrintOutput output;
    output.format = *PrintOutput::formatNamed(suffix);
    output.dpi = dpi->value();
    output.perArea = perArea->isChecked();
    const QString suggested = QFileInfo(m_session->project().path())
                                  .dir()
                                  .filePath(Printer::safeFileName(m_layout->name)
                                            + (output.perArea ? QString() : u'.' + suffix));
    output.path = output.perArea
                      ? files::existingFolder(this, tr("Folder for the pages"),
                                              QFileInfo(suggested).absolutePath())
                      : files::saveFile(this, tr("Print to"), suggested,
                                        suffix.toUpper() + QStringLiteral(" (*.") + suffix + u')');
    if (output.path.isEmpty())
        return;
    if (!output.perArea && QFileInfo(output.path).suffix().isEmpty())
        output.path += u'.' + suffix;
    exportTo(output, personal->isChecked(), onlySelected->isChecked() ? selected : QList<qint64>());
}

} // namespace geisep
