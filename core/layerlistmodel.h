#pragma once

#include "core/project.h"

#include <QAbstractItemModel>
#include <QList>

class QMimeData;

namespace geisep {

// The project's layers grouped by role, as the map stacks them: the group drawn on top first
// (infrastructure, reference, muhtar districts, migrant areas, basemaps) and, within a group,
// the layer drawn on top first. Layers can be dragged up and down within their group, renamed
// in place and shown or hidden by their check box; each only asks (a signal), the window
// changes the project through an undo command and reloads the model.
class LayerListModel : public QAbstractItemModel
{
    Q_OBJECT

public:
    enum Roles {
        LayerIdRole = Qt::UserRole + 1,
        RoleCodeRole,
        FeatureCountRole,
        OpacityRole,
        IsRasterRole
    };

    explicit LayerListModel(QObject *parent = nullptr);

    void setLayers(const QList<LayerInfo> &layers);
    // The translated name of a role, e.g. "Muhtar districts" / "Muhtarlık sınırları".
    static QString roleTitle(LayerRole role);
    // Roles as the panel lists them: the group drawn on top first.
    static QList<LayerRole> panelOrder();

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QModelIndex indexOfLayer(qint64 layerId) const;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    void retranslate();

    Qt::DropActions supportedDropActions() const override { return Qt::MoveAction; }
    QStringList mimeTypes() const override;
    QMimeData *mimeData(const QModelIndexList &indexes) const override;
    bool canDropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                         const QModelIndex &parent) const override;
    // Never moves rows itself: asks with orderRequested and returns false.
    bool dropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                      const QModelIndex &parent) override;
    // The order of a group after moving `layerId` to `row` of it (top first); empty when the
    // move is not allowed (another group) or changes nothing.
    QList<qint64> orderAfterMove(qint64 layerId, const QModelIndex &group, int row) const;

Q_SIGNALS:
    void visibilityRequested(qint64 layerId, bool visible);
    void renameRequested(qint64 layerId, const QString &name);
    // The new order of one role group, top first.
    void orderRequested(const QList<qint64> &topFirst);

private:
    struct Group
    {
        LayerRole role;
        QList<LayerInfo> layers;
    };
    QList<Group> m_groups;
};

} // namespace geisep
