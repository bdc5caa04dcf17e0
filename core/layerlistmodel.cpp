#include "core/layerlistmodel.h"

namespace geisep {

// internalId: 0 for a group, (group + 1) for a layer under that group.

LayerListModel::LayerListModel(QObject *parent)
    : QAbstractItemModel(parent)
{}

QStringList LayerListModel::roleOrder()
{
    return {QStringLiteral("muhtar_district"), QStringLiteral("migrant_area"),
            QStringLiteral("infrastructure"), QStringLiteral("reference"),
            QStringLiteral("basemap")};
}

QString LayerListModel::roleTitle(const QString &role)
{
    if (role == u"muhtar_district")
        return tr("Muhtar districts");
    if (role == u"migrant_area")
        return tr("Migrant-settled areas");
    if (role == u"infrastructure")
        return tr("Infrastructure");
    if (role == u"reference")
        return tr("Reference");
    if (role == u"basemap")
        return tr("Basemaps");
    return role;
}

void LayerListModel::setLayers(const QList<LayerInfo> &layers)
{
    beginResetModel();
    m_groups.clear();
    for (const QString &role : roleOrder()) {
        Group group{role, {}};
        for (const LayerInfo &layer : layers)
            if (layer.role == role)
                group.layers.append(layer);
        if (!group.layers.isEmpty())
            m_groups.append(group);
    }
    endResetModel();
}

void LayerListModel::retranslate()
{
    if (!m_groups.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(int(m_groups.size()) - 1, 0));
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, 0);
}

QModelIndex LayerListModel::index(int row, int column, const QModelIndex &parent) const
{
    if (column != 0 || row < 0)
        return {};
    if (!parent.isValid())
        return row < m_groups.size() ? createIndex(row, 0, quintptr(0)) : QModelIndex();
    if (parent.internalId() != 0)
        return {};
    if (row >= m_groups[parent.row()].layers.size())
        return {};
    return createIndex(row, 0, quintptr(parent.row() + 1));
}

QModelIndex LayerListModel::parent(const QModelIndex &child) const
{
    if (!child.isValid() || child.internalId() == 0)
        return {};
    return createIndex(int(child.internalId() - 1), 0, quintptr(0));
}

int LayerListModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return int(m_groups.size());
    if (parent.column() > 0 || parent.internalId() != 0)
        return 0;
    return int(m_groups[parent.row()].layers.size());
}

int LayerListModel::columnCount(const QModelIndex &) const
{
    return 1;
}

QVariant LayerListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return {};
    if (index.internalId() == 0) {
        const Group &group = m_groups[index.row()];
        if (role == Qt::DisplayRole)
            return roleTitle(group.role);
        if (role == RoleCodeRole)
            return group.role;
        return {};
    }
    const LayerInfo &layer = m_groups[int(index.internalId() - 1)].layers[index.row()];
    switch (role) {
    case Qt::DisplayRole:
        return layer.name;
    case Qt::ToolTipRole:
        return tr("%1 · %2 features · table %3")
            .arg(layer.geometryType)
            .arg(layer.featureCount)
            .arg(layer.tableName);
    case Qt::CheckStateRole:
        return layer.visible ? Qt::Checked : Qt::Unchecked;
    case LayerIdRole:
        return layer.id;
    case RoleCodeRole:
        return layer.role;
    case FeatureCountRole:
        return layer.featureCount;
    default:
        return {};
    }
}

bool LayerListModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!index.isValid() || index.internalId() == 0 || role != Qt::CheckStateRole)
        return false;
    const LayerInfo &layer = m_groups[int(index.internalId() - 1)].layers[index.row()];
    const bool visible = value.toInt() == Qt::Checked;
    if (visible != layer.visible)
        Q_EMIT visibilityRequested(layer.id, visible);
    return true;
}

Qt::ItemFlags LayerListModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    if (index.internalId() == 0)
        return Qt::ItemIsEnabled;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable;
}

QModelIndex LayerListModel::indexOfLayer(qint64 layerId) const
{
    for (int g = 0; g < m_groups.size(); ++g)
        for (int l = 0; l < m_groups[g].layers.size(); ++l)
            if (m_groups[g].layers[l].id == layerId)
                return createIndex(l, 0, quintptr(g + 1));
    return {};
}

QVariant LayerListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (section == 0 && orientation == Qt::Horizontal && role == Qt::DisplayRole)
        return tr("Layers");
    return {};
}

} // namespace geisep
