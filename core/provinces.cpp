#include "core/provinces.h"

namespace geisep {

QString provinceByPlate(int plate)
{
    static const char16_t *const names[] = {
        u"Adana",     u"Adıyaman",  u"Afyonkarahisar", u"Ağrı",          u"Amasya",    u"Ankara",
        u"Antalya",   u"Artvin",    u"Aydın",          u"Balıkesir",     u"Bilecik",   u"Bingöl",
        u"Bitlis",    u"Bolu",      u"Burdur",         u"Bursa",         u"Çanakkale", u"Çankırı",
        u"Çorum",     u"Denizli",   u"Diyarbakır",     u"Edirne",        u"Elazığ",    u"Erzincan",
        u"Erzurum",   u"Eskişehir", u"Gaziantep",      u"Giresun",       u"Gümüşhane", u"Hakkari",
        u"Hatay",     u"Isparta",   u"Mersin",         u"İstanbul",      u"İzmir",     u"Kars",
        u"Kastamonu", u"Kayseri",   u"Kırklareli",     u"Kırşehir",      u"Kocaeli",   u"Konya",
        u"Kütahya",   u"Malatya",   u"Manisa",         u"Kahramanmaraş", u"Mardin",    u"Muğla",
        u"Muş",       u"Nevşehir",  u"Niğde",          u"Ordu",          u"Rize",      u"Sakarya",
        u"Samsun",    u"Siirt",     u"Sinop",          u"Sivas",         u"Tekirdağ",  u"Tokat",
        u"Trabzon",   u"Tunceli",   u"Şanlıurfa",      u"Uşak",          u"Van",       u"Yozgat",
        u"Zonguldak", u"Aksaray",   u"Bayburt",        u"Karaman",       u"Kırıkkale", u"Batman",
        u"Şırnak",    u"Bartın",    u"Ardahan",        u"Iğdır",         u"Yalova",    u"Karabük",
        u"Kilis",     u"Osmaniye",  u"Düzce"};
    if (plate < 1 || plate > 81)
        return {};
    return QString::fromUtf16(names[plate - 1]);
}

} // namespace geisep
