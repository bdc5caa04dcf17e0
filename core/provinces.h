#pragma once

#include <QString>

namespace geisep {

// The 81 provinces by licence-plate code (il plaka kodu), which Turkish data sets use as the
// province id (the boundary files' cityId, TÜİK's il_kodu). Empty for an unknown code.
QString provinceByPlate(int plate);

} // namespace geisep
