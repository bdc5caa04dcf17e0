#pragma once

#include "core/layout.h"
#include "gis/print/print.h"

#include <QDialog>
#include <QHash>
#include <QImage>
#include <QSet>
#include <QTimer>

#include <functional>
#include <memory>
#include <optional>

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QFormLayout;
class QGraphicsPixmapItem;
class QGraphicsScene;
class QGraphicsView;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPrintPreviewDialog;
class QPrinter;
class QSpinBox;
class QToolBar;
class QToolButton;
class QWidget;

namespace geisep {

class Session;
class LayoutItemFrame;
class PreviewMaker;
struct LayoutPreview;
class PageView;

// Yazdır ▸ Sayfa düzeni / Print ▸ Layout designer: the project's layouts, one at a time on a
// page the planner sees as it will print (the page is drawn by Printer::paintPage, on an atlas
// area of their choice), its items moved and resized with the mouse or set exactly in the
// panel; the page, the atlas (layer, filter, top N, cover and contents) and each item's
// properties beside it. Every edit is one step of Düzen ▸ Geri al (a drag or a run of typing
// one step). Export prints to PDF, PNG or SVG on a worker thread, with progress and Cancel;
// Print sends the pages (a range of an atlas) to a printer the same way, and Print preview shows
// a range of pages as they will print. The project's layouts are read when it first shows.
class LayoutDesigner : public QDialog
{
    Q_OBJECT

public:
    explicit LayoutDesigner(Session *session, QWidget *parent = nullptr);
    ~LayoutDesigner() override;

    // The layout being edited, as saved; nullopt when the project has none.
    const std::optional<Layout> &layout() const { return m_layout; }
    bool selectLayout(const QString &name);
    // New from a template (fact-sheet, district-map) in Turkish or English; one undo step.
    bool addFromTemplate(const QString &templateName, bool turkish);
    bool removeCurrentLayout();
    // Edits as the panel and the mouse make them, each one undo step.
    void setItemRect(const QString &itemId, const QRectF &rectMm);
    void setItemText(const QString &itemId, const QString &text);
    void addItem(LayoutItem::Kind kind);
    void removeItem(const QString &itemId);
    void setAtlasFilter(const QString &filter);
    void setPreviewArea(const QString &name); // an area's name on the atlas pages
    void selectItem(const QString &itemId);
    QString selectedItem() const { return m_selected; }

    // What the preview shows, and the message under the atlas settings (drawn first if edits
    // are waiting for it).
    QImage preview();
    QString atlasStatus();
    int itemFrames() const { return int(m_frames.size()); }
    // Prints the current layout; false after saying why. The work runs behind a progress
    // dialog with Cancel. `selection`: only these fids of the atlas layer.
    bool exportTo(const PrintOutput &output, bool personalData = false,
                  const QList<qint64> &selection = {});
    // Paper: prints the current layout on a printer set up by paper::setUp (its page range, or
    // every page), behind a progress dialog with Cancel; false after saying why.
    bool printOnPaper(QPrinter &printer);
    // Opens (not modal) a print preview of pages [first, last], 0-based; it deletes itself
    // when closed. Printing from it prints on the printer chosen there.
    QPrintPreviewDialog *printPreview(int first, int last);
    // The areas selected on the map, as (layer id, fids), for "only the selected areas".
    using SelectionFn = std::function<std::pair<qint64, QList<qint64>>()>;
    void setSelectionProvider(SelectionFn provider) { m_selection = std::move(provider); }

    // Called by the page's item frames as the mouse lets go.
    void frameMoved(const QString &itemId, const QRectF &rectMm);
    void frameClicked(const QString &itemId);

protected:
    void showEvent(QShowEvent *event) override;

private:
    // The window, built in steps (app/print/layoutdesignerui.cpp) in the order its widgets are
    // made.
    void buildUi();
    QToolBar *buildToolbar();
    QToolButton *templateButton(); // New from template, with its menu
    void buildPageView(QToolBar *toolbar);
    QWidget *buildPageBox(QWidget *panel);
    QWidget *buildAtlasBox(QWidget *panel);
    QWidget *buildItemBox(QWidget *panel);
    QToolButton *insertFieldButton(QWidget *itemBox);
    void addMapFields(QFormLayout *itemForm, QWidget *itemBox);
    void addChartFields(QFormLayout *itemForm, QWidget *itemBox);
    void connectPanel(); // every field's edits into the layout
    void renameDialog();
    void reload();     // layouts from the project, keeping the current one
    void showLayout(); // scene, panel and preview for m_layout
    void refreshPanel();
    void schedulePreview();
    void flushPreview();  // draws now if a redraw is waiting
    void renderPreview(); // asks the maker for the page (off the GUI thread)
    void applyPreview(const LayoutPreview &preview);
    void edit(const QString &text, const Layout &after, const QString &mergeKey = {});
    void panelEdited(); // the item panel's values into the layout
    void pageEdited();  // the page and atlas panel's values into the layout
    void exportDialog();
    void printDialog();   // QPrintDialog with the page range, then printOnPaper
    void previewDialog(); // asks a long atlas for its range, then printPreview
    // The current layout prepared for paper (no personal data); null after saying why.
    std::shared_ptr<const PrintJob> paperJob();
    void chooseLogo();
    LayoutItem *current();

    Session *m_session;
    std::vector<Layout> m_layouts;
    QSet<QString> m_reportedBroken; // damaged layouts already named to the planner
    std::optional<Layout> m_layout;
    QString m_selected;
    QString m_previewArea;
    // The last prepared print of the layout, shared with paper printing and print previews;
    // when the layout cannot be printed as it is, its plain page and the reason.
    std::shared_ptr<const PrintJob> m_job;
    std::optional<Error> m_jobError;
    QImage m_preview;
    bool m_updating = false;
    bool m_loaded = false; // the layouts read (at the first show)
    QTimer m_previewTimer;
    PreviewMaker *m_maker = nullptr;
    SelectionFn m_selection;

    QComboBox *m_layoutBox = nullptr;
    PageView *m_view = nullptr;
    QGraphicsScene *m_scene = nullptr;
    QGraphicsPixmapItem *m_page = nullptr;
    QHash<QString, LayoutItemFrame *> m_frames;

    // Page and atlas
    QComboBox *m_pageSize = nullptr;
    QComboBox *m_orientation = nullptr;
    QDoubleSpinBox *m_margin = nullptr;
    QCheckBox *m_atlas = nullptr;
    QComboBox *m_atlasLayer = nullptr;
    QLineEdit *m_filter = nullptr;
    QSpinBox *m_top = nullptr;
    QCheckBox *m_cover = nullptr;
    QComboBox *m_previewBox = nullptr;
    QLabel *m_atlasStatus = nullptr;

    // Item
    QWidget *m_itemBox = nullptr;
    QLabel *m_itemKind = nullptr;
    QDoubleSpinBox *m_x = nullptr, *m_y = nullptr, *m_w = nullptr, *m_h = nullptr;
    QPlainTextEdit *m_text = nullptr;
    QDoubleSpinBox *m_font = nullptr;
    QCheckBox *m_bold = nullptr;
    QComboBox *m_align = nullptr;
    QCheckBox *m_frame = nullptr;
    QComboBox *m_extent = nullptr;
    QSpinBox *m_marginShare = nullptr;
    QCheckBox *m_mute = nullptr;
    QCheckBox *m_analysisLayers = nullptr;
    QToolButton *m_insertField = nullptr;
    QCheckBox *m_contacts = nullptr;
    QComboBox *m_chartKind = nullptr;
    QComboBox *m_indicator = nullptr; // editable: an indicator's name, empty for the first
    QSpinBox *m_chartTop = nullptr;
    QToolButton *m_logo = nullptr;
};

} // namespace geisep
