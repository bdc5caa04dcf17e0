#include "gis/layerdata.h"

#include <QCoreApplication>
#include <QtEndian>

#include <cstring>

namespace geisep {

namespace {

class Text
{
    Q_DECLARE_TR_FUNCTIONS(geisep::LayerGeometry)
};

// Appends the rings of a WKB geometry to the layer's arrays.
class RingReader
{
public:
    RingReader(const unsigned char *data, qsizetype size, LayerGeometry &out)
        : m_data(data)
        , m_size(size)
        , m_out(out)
    {}

    bool read(int depth = 0)
    {
        if (depth > 16 || m_pos + 5 > m_size)
            return false;
        m_little = m_data[m_pos] == 1;
        ++m_pos;
        quint32 type = u32();
        int dims = 2;
        if (type & 0x80000000u)
            ++dims;
        if (type & 0x40000000u)
            ++dims;
        type &= 0x0fffffffu;
        if (type / 1000 == 1 || type / 1000 == 2)
            dims = 3;
        else if (type / 1000 == 3)
            dims = 4;
        type %= 1000;
        switch (type) {
        case 1:
            return ring(1, dims);
        case 2: {
            if (m_pos + 4 > m_size)
                return false;
            return ring(u32(), dims);
        }
        case 3: {
            if (m_pos + 4 > m_size)
                return false;
            const quint32 rings = u32();
            for (quint32 r = 0; r < rings; ++r) {
                if (m_pos + 4 > m_size || !ring(u32(), dims))
                    return false;
            }
            return true;
        }
        case 4:
        case 5:
        case 6:
        case 7: {
            if (m_pos + 4 > m_size)
                return false;
            const quint32 parts = u32();
            for (quint32 p = 0; p < parts; ++p)
                if (!read(depth + 1))
                    return false;
            return true;
        }
        default:
            return false;
        }
    }

private:
    quint32 u32()
    {
        const quint32 v = m_little ? qFromLittleEndian<quint32>(m_data + m_pos)
                                   : qFromBigEndian<quint32>(m_data + m_pos);
        m_pos += 4;
        return v;
    }
    double f64()
    {
        const quint64 bits = m_little ? qFromLittleEndian<quint64>(m_data + m_pos)
                                      : qFromBigEndian<quint64>(m_data + m_pos);
        m_pos += 8;
        double d;
        std::memcpy(&d, &bits, sizeof d);
        return d;
    }
    bool ring(quint32 n, int dims)
    {
        if (qsizetype(n) * dims * 8 > m_size - m_pos)
            return false;
        m_out.ringStart.push_back(std::uint32_t(m_out.xy.size() / 2));
        for (quint32 i = 0; i < n; ++i) {
            const double x = f64(), y = f64();
            m_pos += 8 * (dims - 2);
            m_out.xy.push_back(x);
            m_out.xy.push_back(y);
        }
        return true;
    }

    const unsigned char *m_data;
    qsizetype m_size;
    qsizetype m_pos = 0;
    bool m_little = true;
    LayerGeometry &m_out;
};

} // namespace

Result<LayerGeometry> loadLayerGeometry(Database &db, const QString &table, qint64 layerId,
                                        const QString &role, const QString &categoryColumn)
{
    const auto id = Identifier::make(table);
    if (!id)
        return fail(Text::tr("The layer table name %1 is not one this program writes.").arg(table),
                    db.path());
    const auto category = Identifier::make(categoryColumn.isEmpty() ? QStringLiteral("fid")
                                                                    : categoryColumn);
    auto stmt = db.prepareWith("SELECT fid, geom, %2 FROM %1 ORDER BY fid", {*id, *category});
    if (!stmt)
        return std::unexpected(stmt.error());
    LayerGeometry out;
    out.layerId = layerId;
    out.role = role;
    auto typeStmt = db.prepare("SELECT geometry_type_name FROM gpkg_geometry_columns WHERE "
                               "table_name = ?");
    if (typeStmt) {
        typeStmt->bind(1, table);
        if (typeStmt->step().value_or(false)) {
            const QString type = typeStmt->text(0);
            out.kind = type.contains(QStringLiteral("POINT"))  ? LayerGeometry::Kind::Points
                       : type.contains(QStringLiteral("LINE")) ? LayerGeometry::Kind::Lines
                                                               : LayerGeometry::Kind::Polygons;
        }
    }
    while (true) {
        auto row = stmt->step();
        if (!row)
            return std::unexpected(row.error());
        if (!*row)
            break;
        const QByteArray blob = stmt->blob(1);
        const auto header = gpkg::decodeHeader(blob);
        if (!header || header->empty)
            continue;
        const std::size_t ringsBefore = out.ringStart.size();
        const std::size_t xyBefore = out.xy.size();
        RingReader reader(reinterpret_cast<const unsigned char *>(blob.constData())
                              + header->wkbOffset,
                          blob.size() - header->wkbOffset, out);
        if (!reader.read()) {
            out.ringStart.resize(ringsBefore);
            out.xy.resize(xyBefore);
            continue;
        }
        Envelope box;
        for (std::size_t i = xyBefore; i < out.xy.size(); i += 2)
            box.expand(out.xy[i], out.xy[i + 1]);
        out.featureStart.push_back(std::uint32_t(ringsBefore));
        out.boxes.push_back(box);
        out.fids.push_back(stmt->int64(0));
        out.category.push_back(categoryColumn.isEmpty() ? QString() : stmt->text(2));
        out.extent.expand(box);
    }
    out.ringStart.push_back(std::uint32_t(out.xy.size() / 2));
    out.featureStart.push_back(std::uint32_t(out.ringStart.size() - 1));
    return out;
}

} // namespace geisep
