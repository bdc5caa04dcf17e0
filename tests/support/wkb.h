#pragma once

#include <QByteArray>
#include <QList>
#include <QPointF>
#include <QtEndian>

namespace geisep::test {

// A little-endian WKB polygon from one ring of x,y pairs (closed by the caller).
inline QByteArray wkbPolygon(const QList<QPointF> &ring)
{
    QByteArray wkb;
    char buf[8];
    auto u32 = [&](quint32 v) {
        qToLittleEndian<quint32>(v, buf);
        wkb.append(buf, 4);
    };
    auto f64 = [&](double v) {
        qToLittleEndian<double>(v, buf);
        wkb.append(buf, 8);
    };
    wkb.append(char(1));
    u32(3);
    u32(1);
    u32(quint32(ring.size()));
    for (const QPointF &p : ring) {
        f64(p.x());
        f64(p.y());
    }
    return wkb;
}

} // namespace geisep::test
