#pragma once

#include "core/project.h"

#include <QAbstractItemModel>
#include <QList>

namespace geisep {

// The project's layers grouped by role (muhtar districts, migrant areas, infrastructure,
// reference, basemaps): role groups at the top, layers under them in drawing order.
class LayerListModel : public QAbstractItemModel
{
    Q_OBJECT

public:
    enum Roles { LayerIdRole = Qt::UserRole + 1, RoleCodeRole, FeatureCountRole };

    explicit LayerListModel(QObject *parent = nullptr);

    void setLayers(const QList<LayerInfo> &layers);
    // The translated name of a role, e.g. "Muhtar districts" / "Muhtarlık sınırları".
    static QString roleTitle(const QString &role);
    static QStringList roleOrder();

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    // Layers have a check box for their visibility; checking it only asks (visibilityRequested),
    // the window changes the project through an undo command and reloads the model.
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QModelIndex indexOfLayer(qint64 layerId) const;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    void retranslate();

Q_SIGNALS:
    void visibilityRequested(qint64 layerId, bool visible);

private:
    struct Group
    {
        QString role;
        QList<LayerInfo> layers;
    };
    QList<Group> m_groups;
};

} // namespace geisep
