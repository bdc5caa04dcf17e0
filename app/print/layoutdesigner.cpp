#include "app/print/layoutdesigner.h"

#include "app/filedialogs.h"
#include "app/messages.h"

#include "app/commands.h"
#include "app/print/layoutdesigner_p.h"
#include "app/print/layoutpage.h"
#include "app/print/layoutpreview.h"
#include "app/session.h"
#include "core/findlayer.h"
#include "core/plan/plan.h"
#include "core/text/turkish.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFile>
#include <QGraphicsPixmapItem>
#include <QGraphicsScene>
#include <QLabel>
#include <QLineEdit>
#include <QPainter>
#include <QPlainTextEdit>
#include <QShowEvent>
#include <QSignalBlocker>
#include <QSpinBox>
#include <QToolButton>
#include <QUndoStack>

#include <algorithm>
#include <cmath>

namespace geisep {

namespace designer {

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

} // namespace designer

using designer::hasText;
using designer::kindTitle;
using designer::kPreviewPxPerMm;

LayoutDesigner::~LayoutDesigner()
{
    // The scene is a child of this window, so QWidget's destructor deletes it after this
    // object's members are gone; deleting its items changes the selection, whose handler reads
    // those members. Cut the scene off first (it once corrupted the heap after a print).
    m_previewTimer.stop();
    delete m_maker; // waits for the page it is making and closes its connection
    m_maker = nullptr;
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
    m_maker = new PreviewMaker(session->project().path(), this);
    connect(m_maker, &PreviewMaker::ready, this, &LayoutDesigner::applyPreview);
    buildUi();
    connect(session, &Session::layoutsChanged, this, &LayoutDesigner::reload);
    connect(session, &Session::layersChanged, this, &LayoutDesigner::schedulePreview);
    connect(session, &Session::planChanged, this, &LayoutDesigner::schedulePreview);
    // The project's layouts are read when the designer first shows, not here.
}

void LayoutDesigner::showEvent(QShowEvent *event)
{
    QDialog::showEvent(event);
    if (!m_loaded)
        reload();
}

void LayoutDesigner::reload()
{
    m_loaded = true;
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
            if (info.role == LayerRole::MuhtarDistrict || info.role == LayerRole::MigrantArea)
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
    // Asked for now (a print, a test): made here, and what the maker is making is dropped.
    if (!m_previewTimer.isActive() && !m_maker->busy())
        return;
    m_previewTimer.stop();
    m_maker->discard();
    if (m_layout)
        applyPreview(
            LayoutPreview::make(m_session->project(), *m_layout, m_previewArea, kPreviewPxPerMm));
    else
        applyPreview({});
}

QImage LayoutDesigner::preview()
{
    flushPreview();
    return m_preview;
}

void LayoutDesigner::renderPreview()
{
    m_previewTimer.stop();
    if (!m_layout) {
        applyPreview({});
        return;
    }
    // Made off the GUI thread; the window stays with the last page until it is ready.
    if (!m_maker->request(*m_layout, m_previewArea, kPreviewPxPerMm))
        applyPreview(
            LayoutPreview::make(m_session->project(), *m_layout, m_previewArea, kPreviewPxPerMm));
}

void LayoutDesigner::applyPreview(const LayoutPreview &preview)
{
    if (!m_layout) {
        m_job.reset();
        m_jobError.reset();
        m_preview = QImage();
        if (m_page)
            m_page->setPixmap(QPixmap());
        m_atlasStatus->setText(QString());
        return;
    }
    m_job = preview.job;
    m_jobError = preview.error;
    m_preview = preview.image;
    if (preview.error) {
        m_atlasStatus->setText(
            QStringLiteral("<span style='color:#b02020'>%1</span> %2")
                .arg(preview.error->message.toHtmlEscaped(), preview.error->hint.toHtmlEscaped()));
    } else if (m_job && m_job->atlasLayer) {
        m_updating = true;
        m_previewBox->clear();
        for (const PrintArea &a : m_job->areas)
            m_previewBox->addItem(a.label, a.name);
        m_previewBox->setCurrentIndex(std::max(preview.area, 0));
        m_updating = false;
        m_atlasStatus->setText(
            tr("%n page(s): %1 area(s)", nullptr, m_job->pageCount()).arg(m_job->areas.size())
            + (m_job->coverPages
                   ? tr(", a cover and %n contents page(s)", nullptr, m_job->contentsPages)
                   : QString())
            + (m_job->anyHidden ? tr(". Counts below %1 print as \"<%1\".").arg(m_job->threshold)
                                : QStringLiteral(".")));
    } else if (m_job) {
        m_atlasStatus->setText(m_layout->atlas.enabled ? QString() : tr("One page."));
    }
    if (m_job && m_page)
        m_page->setPixmap(QPixmap::fromImage(m_preview));
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

} // namespace geisep
