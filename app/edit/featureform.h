#pragma once

#include "gis/edit/featureedit.h"

#include <QDialog>
#include <QHash>
#include <QVariantMap>

class QLabel;
class QWidget;

namespace geisep {

// The attributes of a feature just drawn, as QGIS's feature form: one row per field of the
// layer, labelled in the window's language, with what each takes shown in it (a whole number,
// 31.12.2026, at most 120 characters). Every value is read as typed (FeatureEditor::parseValue);
// the form stays open and names the field until all are right. A facility's service is chosen
// from the services the analyses know, or typed.
class FeatureFormDialog : public QDialog
{
    Q_OBJECT

public:
    FeatureFormDialog(const QString &layerName, LayerRole role, const QList<EditField> &fields,
                      QWidget *parent = nullptr);

    // The values read, by field name; fields left empty are not in it.
    const QVariantMap &values() const { return m_values; }
    // For tests and scripts: what a person types into a field.
    void setText(const QString &field, const QString &text);
    // A feature's stored values shown as one would type them (31.12.2026, 12,5, a service by
    // its name), to edit an existing feature.
    void setValues(const QVariantMap &stored);
    // A stored value as typed into the form: "" for none.
    static QString typedText(const EditField &field, const QVariant &stored);
    QWidget *editorFor(const QString &field) const { return m_editors.value(field); }
    QString errorText() const;

    void accept() override;

private:
    QString textOf(const EditField &field) const;

    QList<EditField> m_fields;
    QHash<QString, QWidget *> m_editors;
    QLabel *m_error = nullptr;
    QVariantMap m_values;
};

} // namespace geisep
