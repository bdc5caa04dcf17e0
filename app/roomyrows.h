#pragma once

#include <QStyledItemDelegate>

class QAbstractItemView;

namespace geisep {

// Item rows as tall as the font leaves them cut the dots of Turkish capitals: the diaeresis of
// "Ö" and "Ü" and the dot of "İ" sit at the very top of the font's ascent and lose a pixel row
// to the row above ("Ornek altyapı" in the layers panel). This delegate gives each row a few
// pixels more, so the marks are drawn whole; otherwise it paints as the style does.
class RoomyRowsDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;
    static constexpr int kExtraHeight = 4;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
};

// Installs a RoomyRowsDelegate on a view (owned by the view).
void useRoomyRows(QAbstractItemView *view);

} // namespace geisep
