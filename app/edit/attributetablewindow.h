#pragma once

#include "core/project.h"
#include "gis/edit/attributetable.h"

#include <QHash>
#include <QList>
#include <QWidget>

class QAction;
class QCheckBox;
class QPushButton;
class QLabel;
class QLineEdit;
class QTableView;
class QToolBar;

namespace geisep {

class Session;

// A layer's attribute table (Katman ▸ Öznitelik tablosu, F6), a window beside the map as in
// QGIS: sort by a column's header, filter in the atlas filter's language, show only the map's
// selection. Selecting rows selects the features on the map and the map's selection selects the
// rows; a double click zooms the map to the feature.
class AttributeTableWindow : public QWidget
{
    Q_OBJECT

public:
    // Reads nothing until it first shows.
    AttributeTableWindow(Session *session, const LayerInfo &layer, QWidget *parent = nullptr);
    ~AttributeTableWindow() override;

    qint64 layerId() const { return m_layerId; }
    AttributeTableModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    // The map's selection (feature numbers of this layer); rows follow it.
    void setSelectedFeatures(const QList<qint64> &fids);
    QList<qint64> selectedFeatures() const;
    // The filter as typed; false (with the reason shown under it) when it is refused.
    bool applyFilter(const QString &expression);
    // Makes the table editable (a writable project): a cell typed into goes to `edit`, a
    // refused value is shown under the table with the reason; `actions` (delete selected) go
    // on a toolbar above it.
    void setEditor(AttributeTableModel::EditFn edit, const QList<QAction *> &actions);
    // Adds Alan ekle…, Alanı kaldır… and Alan hesapla… to the toolbar (a writable project), each
    // change one step of the session's undo stack.
    void enableFieldEditing();
    QAction *addFieldAction() const { return m_addField; }
    QAction *removeFieldAction() const { return m_removeField; }
    QAction *calculateAction() const { return m_calculate; }
    // Sets `field` of these features (the calculator's values) as one undo step; false when
    // refused (the session reports why).
    bool calculateField(const QString &field, const QHash<qint64, QVariant> &values);
    // The rows shown (filtered, sorted, only the selected when asked) as an Excel workbook; the
    // number of rows, or the error (also shown under the table).
    Result<int> exportXlsx(const QString &path);
    // After the layer was edited: values read again, the view kept where it is.
    void refresh();
    QString editError() const;

Q_SIGNALS:
    void featuresSelected(qint64 layerId, const QList<qint64> &fids);
    void zoomToFeature(qint64 layerId, qint64 fid);

protected:
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    void retranslate();
    void updateCount();
    void exportDialog();

    qint64 m_layerId = 0;
    QString m_layerName;
    AttributeTableModel *m_model = nullptr;
    QTableView *m_view = nullptr;
    QLineEdit *m_filter = nullptr;
    QLabel *m_filterError = nullptr;
    QCheckBox *m_onlySelected = nullptr;
    QLabel *m_count = nullptr;
    QLabel *m_editError = nullptr;
    QToolBar *m_tools = nullptr;
    QPushButton *m_export = nullptr;
    QList<qint64> m_mapSelection;
    Session *m_session = nullptr;
    QAction *m_addField = nullptr;
    QAction *m_removeField = nullptr;
    QAction *m_calculate = nullptr;
    bool m_syncing = false;
    bool m_loaded = false; // the rows read (at the first show)
};

} // namespace geisep
