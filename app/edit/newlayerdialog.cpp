// Katman ▸ Yeni katman…: the dialog that asks for an empty layer's name, role and kind, and
// EditingTools::newLayerDialog, which opens it and makes the layer as one undo step.
#include "app/edit/editcommands.h"
#include "app/edit/editingtools.h"
#include "app/session.h"
#include "core/layerlistmodel.h"
#include "gis/edit/featureedit.h"
#include "gis/io/importer.h"
#include "gis/print/printwords.h"

#include <QAction>
#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QUndoStack>
#include <QVBoxLayout>

namespace geisep {

namespace {

// The empty layer to make: a name, a role and what it holds.
class NewLayerDialog : public QDialog
{
public:
    explicit NewLayerDialog(QWidget *parent)
        : QDialog(parent)
        , m_name(new QLineEdit(this))
        , m_role(new QComboBox(this))
        , m_kind(new QComboBox(this))
    {
        setObjectName(QStringLiteral("newLayerDialog"));
        setWindowTitle(EditingTools::tr("New layer"));
        m_name->setObjectName(QStringLiteral("name"));
        m_role->setObjectName(QStringLiteral("role"));
        m_kind->setObjectName(QStringLiteral("kind"));
        for (const LayerRole role : LayerImporter::roles())
            m_role->addItem(LayerListModel::roleTitle(role), roleName(role));
        m_role->setCurrentIndex(m_role->findData(roleName(LayerRole::MigrantArea)));
        m_name->setText(EditingTools::tr("Migrant settlement areas"));
        m_name->selectAll();
        auto *form = new QFormLayout;
        form->addRow(EditingTools::tr("Name:"), m_name);
        form->addRow(EditingTools::tr("Role:"), m_role);
        form->addRow(EditingTools::tr("Holds:"), m_kind);
        m_fields = new QLabel(this);
        m_fields->setObjectName(QStringLiteral("fields"));
        m_fields->setWordWrap(true);
        form->addRow(EditingTools::tr("Fields:"), m_fields);
        auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
        connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
        connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
        auto *layout = new QVBoxLayout(this);
        layout->addLayout(form);
        layout->addWidget(buttons);
        connect(m_role, &QComboBox::currentIndexChanged, this, [this] { roleChanged(); });
        roleChanged();
    }

    NewLayerSpec spec() const
    {
        return {m_name->text().trimmed(), currentRole(), m_kind->currentData().toByteArray(), {}};
    }

private:
    LayerRole currentRole() const
    {
        return roleFromName(m_role->currentData().toString()).value_or(LayerRole::Reference);
    }

    void roleChanged()
    {
        const LayerRole role = currentRole();
        m_kind->clear();
        m_kind->addItem(EditingTools::tr("Areas (polygons)"), QByteArray("MULTIPOLYGON"));
        if (!isAreaRole(role)) {
            m_kind->addItem(EditingTools::tr("Points"), QByteArray("POINT"));
            m_kind->addItem(EditingTools::tr("Lines (networks)"), QByteArray("MULTILINESTRING"));
        }
        if (role == LayerRole::Infrastructure)
            m_kind->setCurrentIndex(1); // facilities are points first
        const PrintWords words = PrintWords::inWindowLanguage();
        QStringList titles;
        for (const EditField &f : FeatureEditor::fieldTemplate(role))
            titles << words.fieldTitle(QStringLiteral("field.") + f.name);
        m_fields->setText(titles.join(QStringLiteral(", ")));
    }

    QLineEdit *m_name;
    QComboBox *m_role;
    QComboBox *m_kind;
    QLabel *m_fields = nullptr;
};

} // namespace

void EditingTools::newLayerDialog()
{
    if (!m_session || m_session->project().isReadOnly() || m_layerDialog)
        return;
    auto *dialog = new NewLayerDialog(m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        if (!m_session)
            return;
        qint64 made = 0;
        m_session->undoStack()->push(
            newLayerCommand(m_session, dialog->spec(), [&made](qint64 id) { made = id; }));
        if (made > 0) {
            Q_EMIT layerCreated(made);
            Q_EMIT message(tr("Made the layer \"%1\"; draw into it with %2.")
                               .arg(dialog->spec().name, m_draw->text().remove(u'&')));
        }
    });
    m_layerDialog = dialog;
    dialog->open();
}

} // namespace geisep
