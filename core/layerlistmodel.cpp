#include "core/layerlistmodel.h"

#include <QMimeData>

#include <algorithm>

namespace geisep {

// internalId: 0 for a group, (group + 1) for a layer under that group.

LayerListModel::LayerListModel(QObject *parent)
    : QAbstractItemModel(parent)
{}

QList<LayerRole> LayerListModel::panelOrder()
{
    return {LayerRole::Infrastructure, LayerRole::Reference, LayerRole::MigrantArea,
            LayerRole::MuhtarDistrict, LayerRole::Basemap};
}

QString LayerListModel::roleTitle(LayerRole role)
{
    switch (role) {
    case LayerRole::MuhtarDistrict:
        return tr("Muhtar districts");
    case LayerRole::MigrantArea:
        return tr("Migrant-settled areas");
    case LayerRole::Infrastructure:
        return tr("Infrastructure");
    case LayerRole::Reference:
        return tr("Reference");
    case LayerRole::Basemap:
        return tr("Basemaps");
    }
    return roleName(role);
}

void LayerListModel::setLayers(const QList<LayerInfo> &layers)
{
    beginResetModel();
    m_groups.clear();
    for (const LayerRole role : panelOrder()) {
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
            return roleName(group.role);
        return {};
    }
    const LayerInfo &layer = m_groups[int(index.internalId() - 1)].layers[index.row()];
    switch (role) {
    case Qt::DisplayRole: {
        QString shown = layer.name;
        if (layer.opacity < 0.999)
            shown = tr("%1 (%2 %)").arg(layer.name, QString::number(qRound(layer.opacity * 100)));
        // As QGIS marks a layer with a subset string: the map shows only part of it.
        return layer.filter.isEmpty() ? shown : tr("%1 · filtered").arg(shown);
    }
    case Qt::EditRole:
        return layer.name;
    case Qt::ToolTipRole:
        if (layer.isRaster)
            return tr("Raster basemap · %1").arg(layer.source);
        if (!layer.filter.isEmpty())
            return tr("%1 · %2 features · table %3 · filter: %4")
                .arg(layer.geometryType)
                .arg(layer.featureCount)
                .arg(layer.tableName, layer.filter);
        return tr("%1 · %2 features · table %3")
            .arg(layer.geometryType)
            .arg(layer.featureCount)
            .arg(layer.tableName);
    case OpacityRole:
        return layer.opacity;
    case IsRasterRole:
        return layer.isRaster;
    case Qt::CheckStateRole:
        return layer.visible ? Qt::Checked : Qt::Unchecked;
    case LayerIdRole:
        return layer.id;
    case RoleCodeRole:
        return roleName(layer.role);
    case FeatureCountRole:
        return layer.featureCount;
    default:
        return {};
    }
}

bool LayerListModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!index.isValid() || index.internalId() == 0)
        return false;
    const LayerInfo &layer = m_groups[int(index.internalId() - 1)].layers[index.row()];
    if (role == Qt::EditRole) {
        const QString name = value.toString().trimmed();
        if (name.isEmpty() || name == layer.name)
            return false;
        Q_EMIT renameRequested(layer.id, name);
        return true;
    }
    if (role != Qt::CheckStateRole)
        return false;
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
        return Qt::ItemIsEnabled | Qt::ItemIsDropEnabled;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable | Qt::ItemIsEditable
           | Qt::ItemIsDragEnabled;
}

namespace {
const QString kLayerMime = QStringLiteral("application/x-geisep-layer-id");
}

QStringList LayerListModel::mimeTypes() const
{
    return {kLayerMime};
}

QMimeData *LayerListModel::mimeData(const QModelIndexList &indexes) const
{
    for (const QModelIndex &index : indexes) {
        const qint64 id = data(index, LayerIdRole).toLongLong();
        if (id <= 0)
            continue;
        auto *mime = new QMimeData;
        mime->setData(kLayerMime, QByteArray::number(id));
        return mime;
    }
    return nullptr;
}

QList<qint64> LayerListModel::orderAfterMove(qint64 layerId, const QModelIndex &target,
                                             int row) const
{
    // Dropped onto a layer: take its place. Onto a group: at `row`, or at the end.
    QModelIndex group = target;
    bool ontoLayer = false;
    if (group.isValid() && group.internalId() != 0) {
        row = group.row();
        group = group.parent();
        ontoLayer = true;
    }
    if (!group.isValid() || group.internalId() != 0)
        return {};
    const QList<LayerInfo> &layers = m_groups[group.row()].layers;
    QList<qint64> order;
    qsizetype from = -1;
    for (qsizetype i = 0; i < layers.size(); ++i) {
        order.append(layers[i].id);
        if (layers[i].id == layerId)
            from = i;
    }
    if (from < 0)
        return {};
    if (row < 0 || row > order.size())
        row = int(order.size());
    order.removeAt(from);
    if (row > from && !ontoLayer) // a gap below the layer's old place
        --row;
    row = std::min<int>(row, int(order.size()));
    order.insert(row, layerId);
    for (qsizetype i = 0; i < layers.size(); ++i)
        if (order[i] != layers[i].id)
            return order;
    return {};
}

bool LayerListModel::canDropMimeData(const QMimeData *data, Qt::DropAction action, int row, int,
                                     const QModelIndex &parent) const
{
    if (action != Qt::MoveAction || !data || !data->hasFormat(kLayerMime))
        return false;
    const qint64 id = data->data(kLayerMime).toLongLong();
    // The same group only: a layer's role is not changed by dragging.
    QModelIndex group = parent.isValid() && parent.internalId() != 0 ? parent.parent() : parent;
    const QModelIndex source = indexOfLayer(id);
    return group.isValid() && source.isValid() && source.parent() == group
           && (row >= 0 || parent.isValid());
}

bool LayerListModel::dropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                                  const QModelIndex &parent)
{
    if (!canDropMimeData(data, action, row, column, parent))
        return false;
    const QList<qint64> order = orderAfterMove(data->data(kLayerMime).toLongLong(), parent, row);
    if (!order.isEmpty())
        Q_EMIT orderRequested(order);
    return false;
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
