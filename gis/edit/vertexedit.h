#pragma once

#include <QByteArray>
#include <QPointF>
#include <QPolygonF>

#include <optional>
#include <vector>

namespace geisep {

// A feature's shape as parts and rings of vertices, for the vertex tool: read from WKB (through
// GEOS), changed a vertex at a time, written back. Polygon rings are kept open (the closing
// vertex is added back on writing); a line is one ring of one part; a point one vertex.
struct EditableShape
{
    enum class Kind { Point, Line, Polygon };
    struct Vertex
    {
        int part = 0;
        int ring = 0;
        int index = 0;
        bool operator==(const Vertex &) const = default;
    };

    Kind kind = Kind::Polygon;
    bool multi = false;
    std::vector<std::vector<QPolygonF>> parts;

    static std::optional<EditableShape> fromWkb(const QByteArray &wkb);
    QByteArray toWkb() const; // ISO WKB, 2D

    QPointF at(Vertex v) const { return parts[v.part][v.ring][v.index]; }
    int vertexCount() const;
    // The vertex nearest `p` within `tolerance`, if any.
    std::optional<Vertex> nearestVertex(QPointF p, double tolerance) const;
    // The nearest point of an edge within `tolerance`: the vertex it would follow, and where.
    std::optional<std::pair<Vertex, QPointF>> nearestEdge(QPointF p, double tolerance) const;
    void move(Vertex v, QPointF to) { parts[v.part][v.ring][v.index] = to; }
    // Inserts `p` after vertex `after`.
    void insertAfter(Vertex after, QPointF p);
    // Removes a vertex; false (and nothing changed) when its ring would be left too small (three
    // corners for a polygon ring, two points for a line, the point itself).
    bool remove(Vertex v);
};

} // namespace geisep
