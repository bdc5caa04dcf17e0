#pragma once

#include "core/project.h"
#include "gis/io/importer.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QTableWidget;

namespace geisep {

// Katman ▸ İçe aktar: file, layer, role, encoding (with a live preview of the first rows),
// CRS, service field, districts, and a filter (a field and its values, chosen from the file's
// own, with the count it keeps) so a project of one province need not take four. Reads only the
// preview; the window runs the import.
class ImportDialog : public QDialog
{
    Q_OBJECT

public:
    ImportDialog(const QList<LayerInfo> &projectLayers, QWidget *parent = nullptr);
    void setFile(const QString &path);
    // Only the features whose `field` is one of `values` (separated by , or ;), as chosen in
    // the filter row; an empty field imports every feature.
    void setFilter(const QString &field, const QString &values);
    // Offers "only within the map's view": the view's rectangle in the project's CRS.
    void setMapView(const Envelope &view, int epsg);
    void setOnlyInView(bool only);
    ImportOptions options() const;

private:
    void browse();
    void refreshPreview();
    LayerRole currentRole() const;
    void roleChanged();
    void filterFieldChanged();

    QLineEdit *m_path;
    QComboBox *m_layer;
    QLineEdit *m_name;
    QComboBox *m_role;
    QComboBox *m_encoding;
    QComboBox *m_crs;
    QComboBox *m_serviceField;
    QComboBox *m_districts;
    QComboBox *m_filterField;
    QComboBox *m_filterValue;
    QCheckBox *m_inView;
    Envelope m_view;
    int m_viewEpsg = 0;
    QList<bool> m_numericFields;
    QLabel *m_summary;
    QTableWidget *m_preview;
    QDialogButtonBox *m_buttons;
    bool m_refreshing = false;
};

} // namespace geisep
