#include "core/plan/plantreemodel.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMimeData>

namespace geisep {

PlanTreeModel::PlanTreeModel(QObject *parent)
    : QAbstractItemModel(parent)
{}

void PlanTreeModel::setEnglish(bool english)
{
    if (m_english == english)
        return;
    m_english = english;
    if (!m_nodes.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, 0)); // top level; views refresh
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, 0);
}

void PlanTreeModel::reload(PlanStore *store)
{
    beginResetModel();
    m_nodes.clear();
    m_top.clear();
    if (store) {
        QHash<qint64, int> sectorNode, goalNode, objectiveNode;
        // Another institution's items, pulled from the shared plan, say whose they are.
        const QHash<QString, SharedRow> shared
            = store->sharedRows().value_or(QHash<QString, SharedRow>{});
        auto addNode = [&](Kind kind, qint64 id, const QString &code, const QString &tr,
                           const QString &en, int parent) {
            const int n = int(m_nodes.size());
            QList<int> &siblings = parent < 0 ? m_top : m_nodes[parent].children;
            const QString institution = kind == Kind::Sector
                                            ? QString()
                                            : shared
                                                  .value(PlanStore::kindName(PlanKind(int(kind)))
                                                         + u'/' + QString::number(id))
                                                  .institution;
            m_nodes.append(
                Node{kind, id, code, tr, en, parent, int(siblings.size()), {}, institution});
            (parent < 0 ? m_top : m_nodes[parent].children).append(n);
            return n;
        };
        for (const Sector &s : store->sectors().value_or(QList<Sector>{}))
            sectorNode.insert(s.id, addNode(Kind::Sector, s.id, s.code, s.nameTr, s.nameEn, -1));
        for (const Goal &g : store->goals().value_or(QList<Goal>{}))
            if (sectorNode.contains(g.sectorId))
                goalNode.insert(g.id, addNode(Kind::Goal, g.id, g.code, g.titleTr, g.titleEn,
                                              sectorNode.value(g.sectorId)));
        for (const Objective &o : store->objectives().value_or(QList<Objective>{}))
            if (goalNode.contains(o.goalId))
                objectiveNode.insert(o.id, addNode(Kind::Objective, o.id, o.code, o.titleTr,
                                                   o.titleEn, goalNode.value(o.goalId)));
        for (const Action &a : store->actions().value_or(QList<Action>{}))
            if (objectiveNode.contains(a.objectiveId))
                addNode(Kind::Action, a.id, a.code, a.titleTr, a.titleEn,
                        objectiveNode.value(a.objectiveId));
    }
    endResetModel();
}

const PlanTreeModel::Node *PlanTreeModel::node(const QModelIndex &index) const
{
    if (!index.isValid())
        return nullptr;
    const auto n = qsizetype(index.internalId());
    return n < m_nodes.size() ? &m_nodes[n] : nullptr;
}

QModelIndex PlanTreeModel::index(int row, int column, const QModelIndex &parent) const
{
    if (column != 0 || row < 0)
        return {};
    const QList<int> &siblings = parent.isValid() ? node(parent)->children : m_top;
    if (row >= siblings.size())
        return {};
    return createIndex(row, column, quintptr(siblings[row]));
}

QModelIndex PlanTreeModel::parent(const QModelIndex &child) const
{
    const Node *n = node(child);
    if (!n || n->parent < 0)
        return {};
    return createIndex(m_nodes[n->parent].row, 0, quintptr(n->parent));
}

int PlanTreeModel::rowCount(const QModelIndex &parent) const
{
    if (parent.column() > 0)
        return 0;
    return int(parent.isValid() ? node(parent)->children.size() : m_top.size());
}

int PlanTreeModel::columnCount(const QModelIndex &) const
{
    return 1;
}

QVariant PlanTreeModel::data(const QModelIndex &index, int role) const
{
    const Node *n = node(index);
    if (!n)
        return {};
    switch (role) {
    case Qt::DisplayRole: {
        const QString title = m_english && !n->titleEn.isEmpty() ? n->titleEn : n->titleTr;
        const QString text = n->kind == Kind::Sector || n->code.isEmpty()
                                 ? title
                                 : n->code + QStringLiteral("  ") + title;
        return n->institution.isEmpty() ? text : text + QStringLiteral("  · ") + n->institution;
    }
    case Qt::ToolTipRole: {
        const QString title = m_english && !n->titleEn.isEmpty() ? n->titleEn : n->titleTr;
        return n->institution.isEmpty()
                   ? title
                   : title + u'\n' + tr("From the shared plan, written by %1").arg(n->institution);
    }
    case InstitutionRole:
        return n->institution;
    case KindRole:
        return int(n->kind);
    case IdRole:
        return n->id;
    case CodeRole:
        return n->code;
    default:
        return {};
    }
}

QVariant PlanTreeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (section == 0 && orientation == Qt::Horizontal && role == Qt::DisplayRole)
        return tr("Plan");
    return {};
}

QModelIndex PlanTreeModel::find(Kind kind, qint64 id) const
{
    for (qsizetype i = 0; i < m_nodes.size(); ++i)
        if (m_nodes[i].kind == kind && m_nodes[i].id == id)
            return createIndex(m_nodes[i].row, 0, quintptr(i));
    return {};
}

QString PlanTreeModel::featuresMimeType()
{
    return QStringLiteral("application/x-geisep-features");
}

QByteArray PlanTreeModel::encodeFeatures(qint64 layerId, const QList<qint64> &fids)
{
    QJsonArray array;
    for (const qint64 fid : fids)
        array.append(fid);
    return QJsonDocument(
               QJsonObject{{QStringLiteral("layer"), layerId}, {QStringLiteral("fids"), array}})
        .toJson(QJsonDocument::Compact);
}

bool PlanTreeModel::decodeFeatures(const QByteArray &data, qint64 &layerId, QList<qint64> &fids)
{
    const QJsonDocument doc = QJsonDocument::fromJson(data);
    if (!doc.isObject())
        return false;
    layerId = doc.object().value(QStringLiteral("layer")).toInteger();
    fids.clear();
    for (const QJsonValue &v : doc.object().value(QStringLiteral("fids")).toArray())
        fids << v.toInteger();
    return layerId > 0 && !fids.isEmpty();
}

Qt::ItemFlags PlanTreeModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags f = QAbstractItemModel::flags(index);
    if (const Node *n = node(index); n && n->kind != Kind::Sector)
        f |= Qt::ItemIsDropEnabled;
    return f;
}

QStringList PlanTreeModel::mimeTypes() const
{
    return {featuresMimeType()};
}

Qt::DropActions PlanTreeModel::supportedDropActions() const
{
    return Qt::CopyAction | Qt::LinkAction;
}

bool PlanTreeModel::canDropMimeData(const QMimeData *data, Qt::DropAction, int row, int,
                                    const QModelIndex &parent) const
{
    // Onto an item, not between items.
    const Node *n = node(parent);
    return data && data->hasFormat(featuresMimeType()) && row < 0 && n && n->kind != Kind::Sector;
}

bool PlanTreeModel::dropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                                 const QModelIndex &parent)
{
    if (!canDropMimeData(data, action, row, column, parent))
        return false;
    qint64 layer = 0;
    QList<qint64> fids;
    if (!decodeFeatures(data->data(featuresMimeType()), layer, fids))
        return false;
    const Node *n = node(parent);
    Q_EMIT featuresDropped(int(n->kind), n->id, layer, fids);
    return true;
}

} // namespace geisep
