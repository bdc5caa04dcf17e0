#pragma once

#include "core/error.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>
#include <QVariant>

#include <functional>
#include <memory>

namespace geisep {

// Which areas an atlas prints, as a planner writes it: `ilçe = Şahinbey`,
// `district = 'Şehitkamil' AND population >= 5000`, `ad IN ('Akyol', 'Karagöz')`,
// `NOT (ilçe = Şahinbey OR name LIKE 'Yeni%')`. Fields are named by the caller (with their
// Turkish and English names); text compares through the Turkish folding function, so
// `ilce = sahinbey` and `İLÇE = ŞAHİNBEY` find the same areas; numbers compare as numbers.
// Values are numbers, 'quoted' or "quoted" text, or bare words (one word, or several words
// before AND / OR / a closing bracket).
class AtlasFilter
{
    Q_DECLARE_TR_FUNCTIONS(AtlasFilter)

public:
    struct Field
    {
        QString key;       // what the caller's lookup receives, e.g. "district"
        QStringList names; // what a planner may write, e.g. {"district", "ilçe"}
    };
    using Lookup = std::function<QVariant(const QString &key)>;

    AtlasFilter();
    ~AtlasFilter();
    AtlasFilter(AtlasFilter &&) noexcept;
    AtlasFilter &operator=(AtlasFilter &&) noexcept;

    // An empty text accepts every area. A field not among `fields`, a missing value or a stray
    // word is refused with the character position and the fields one may use.
    static Result<AtlasFilter> parse(const QString &text, const std::vector<Field> &fields);
    // The fields an atlas filter may name about an area (name/ad/mahalle, district/ilçe,
    // province/il, code/kod, population/nüfus, pressure/baskı, rank/sıra).
    static const std::vector<Field> &areaFields();

    bool accepts(const Lookup &value) const;
    bool isEmpty() const { return !m_root; }

    struct Node;

private:
    std::unique_ptr<Node> m_root;
};

} // namespace geisep
