#pragma once

#include "core/plan/plan.h"

#include <QAbstractItemModel>
#include <QList>

namespace geisep {

// The plan as a tree: sector → goal → objective → action. A snapshot of PlanStore, rebuilt by
// reload() after each change. Shows Turkish or English titles (English falls back to Turkish).
class PlanTreeModel : public QAbstractItemModel
{
    Q_OBJECT

public:
    enum class Kind { Sector, Goal, Objective, Action };
    // InstitutionRole: the institution of an item pulled from the shared plan; empty for the
    // project's own.
    enum Roles { KindRole = Qt::UserRole + 1, IdRole, CodeRole, InstitutionRole };

    explicit PlanTreeModel(QObject *parent = nullptr);

    // Reads the plan from the store; a null store empties the model.
    void reload(PlanStore *store);
    void setEnglish(bool english);

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    // The index of a plan item, or an invalid index.
    QModelIndex find(Kind kind, qint64 id) const;

    // Map features dragged onto a goal, objective or action: the MIME type the map canvas
    // writes (JSON {"layer": id, "fids": [...]}) and its encoding.
    static QString featuresMimeType();
    static QByteArray encodeFeatures(qint64 layerId, const QList<qint64> &fids);
    static bool decodeFeatures(const QByteArray &data, qint64 &layerId, QList<qint64> &fids);

    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QStringList mimeTypes() const override;
    Qt::DropActions supportedDropActions() const override;
    bool canDropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                         const QModelIndex &parent) const override;
    // Accepts features dropped on a goal, objective or action and emits featuresDropped; the
    // window asks for priority and note and links them.
    bool dropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                      const QModelIndex &parent) override;

Q_SIGNALS:
    void featuresDropped(int kind, qint64 id, qint64 layerId, const QList<qint64> &fids);

private:
    struct Node
    {
        Kind kind;
        qint64 id;
        QString code;
        QString titleTr;
        QString titleEn;
        int parent; // index into m_nodes, -1 for top level
        int row;
        QList<int> children;
        QString institution; // pulled from the shared plan: whose it is
    };
    const Node *node(const QModelIndex &index) const;

    QList<Node> m_nodes;
    QList<int> m_top;
    bool m_english = false;
};

} // namespace geisep
