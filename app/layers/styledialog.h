#pragma once

#include "gis/map/maplayer.h"

#include <QDialog>

#include <utility>
#include <vector>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QDoubleSpinBox;
class QHBoxLayout;
class QLabel;
class QSpinBox;
class QToolButton;
class QTreeWidget;

namespace geisep {

class Database;
class Session;

// Layer ▸ Style: how a vector layer is drawn and labelled. Single symbol, categories of a
// field, or classes of a number (equal interval, quantile, Jenks; 3–9 classes; a colour ramp),
// labels from a field, and the scales it shows at. The classes are previewed with their counts
// as they would be drawn. Apply and OK hand the style to the window, which saves it through an
// undo command; the dialog itself writes nothing.
class StyleDialog : public QDialog
{
    Q_OBJECT

public:
    // Reads nothing until it first shows or is given a style.
    StyleDialog(Session *session, const MapLayer &layer, QWidget *parent = nullptr);

    LayerStyle style() const;
    void setStyle(const LayerStyle &style);

Q_SIGNALS:
    void applyRequested(const geisep::LayerStyle &style);

protected:
    void showEvent(QShowEvent *event) override;

private:
    // The steps of building the dialog, in the order its widgets are made (the tab order).
    void createSymbolFields();
    void load(); // the layer's fields, read once
    Database &db() const;
    void createLabelFields();
    void createPreview();
    QHBoxLayout *arrangeFields(bool points);
    void connectFields();
    // The field chooser for the kind chosen, `keep` selected if it is offered.
    void fillFields(const QString &keep);
    void updateEnabled();
    void updatePreview();
    void pickColor(QToolButton *button);

    Session *m_session = nullptr;
    bool m_loaded = false;
    MapLayer m_layer; // a copy sharing the geometry, restyled for the preview
    LayerStyle m_style;

    QComboBox *m_kind = nullptr;
    QComboBox *m_field = nullptr;
    std::vector<std::pair<QString, bool>> m_fields; // every style field, and whether numeric
    QComboBox *m_method = nullptr;
    QSpinBox *m_classes = nullptr;
    QComboBox *m_ramp = nullptr;
    QToolButton *m_fill = nullptr;
    QToolButton *m_stroke = nullptr;
    QDoubleSpinBox *m_strokeWidth = nullptr;
    QSpinBox *m_fillOpacity = nullptr;
    QDoubleSpinBox *m_pointSize = nullptr;
    QComboBox *m_labelField = nullptr;
    QDoubleSpinBox *m_labelSize = nullptr;
    QSpinBox *m_minScale = nullptr;
    QSpinBox *m_maxScale = nullptr;
    QTreeWidget *m_preview = nullptr;
    QLabel *m_message = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace geisep
