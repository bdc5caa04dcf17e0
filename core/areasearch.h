#pragma once

#include "core/error.h"
#include "core/sqlite.h"

#include <QString>

#include <vector>

namespace geisep {

struct AreaMatch
{
    qint64 areaId = 0;
    qint64 layerId = 0;
    qint64 fid = 0;
    QString name;
    QString district;
    QString province;
    // A district as a whole (name is the district's): the features of its areas in the layer.
    bool isDistrict = false;
    std::vector<qint64> fids;
};

// Finds areas by part of their name in any spelling: the query and the names go through
// foldTurkish, so "inonu", "İNÖNÜ" and "Inönü Mh" find İnönü Mahallesi. Several words must
// all appear in the name or the district ("inonu sahinbey"). A district whose name is or
// starts with the query is offered as a whole too, before the areas of the same rank
// ("haliliye": the district Haliliye first). Exact names first, then names that start with the
// query, then the rest; alphabetical within each.
Result<std::vector<AreaMatch>> searchAreas(Database &db, const QString &query, int limit = 20);

} // namespace geisep
