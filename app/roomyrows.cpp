#include "app/roomyrows.h"

#include <QAbstractItemView>

namespace geisep {

QSize RoomyRowsDelegate::sizeHint(const QStyleOptionViewItem &option,
                                  const QModelIndex &index) const
{
    QSize size = QStyledItemDelegate::sizeHint(option, index);
    size.rheight() += kExtraHeight;
    return size;
}

void useRoomyRows(QAbstractItemView *view)
{
    view->setItemDelegate(new RoomyRowsDelegate(view));
}

} // namespace geisep
