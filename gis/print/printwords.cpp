#include "gis/print/printwords.h"

#include "gis/analysis/analysis.h"

#include <QLocale>

#include <cmath>

namespace geisep {

namespace {

QLocale localeOf(bool turkish)
{
    return QLocale(turkish ? QLocale::Turkish : QLocale::English,
                   turkish ? QLocale::Turkey : QLocale::UnitedKingdom);
}

} // namespace

PrintWords PrintWords::inWindowLanguage()
{
    return PrintWords{QLocale().language() == QLocale::Turkish};
}

QString PrintWords::text(const char *en, const char *tr) const
{
    return QString::fromUtf8(turkish ? tr : en);
}

QString PrintWords::text(const char *en, const char *tr, int n) const
{
    return text(en, tr).replace(QStringLiteral("%n"), localeOf(turkish).toString(n));
}

QString PrintWords::number(double value, int decimals) const
{
    if (!std::isfinite(value))
        return QStringLiteral("–");
    return localeOf(turkish).toString(value, 'f', decimals);
}

QString PrintWords::percent(double value, int decimals) const
{
    if (!std::isfinite(value))
        return QStringLiteral("–");
    const QString n = number(value, decimals);
    return turkish ? u'%' + n : n + u'%';
}

QString PrintWords::distance(double metres) const
{
    if (!std::isfinite(metres))
        return QStringLiteral("–");
    if (metres >= 1000)
        return number(metres / 1000, metres >= 10000 ? 0 : 1) + QStringLiteral(" km");
    return number(std::round(metres / 10) * 10, 0) + QStringLiteral(" m");
}

QString PrintWords::date(const QDate &date) const
{
    return localeOf(turkish).toString(date, QStringLiteral("d MMMM yyyy"));
}

QString PrintWords::service(const QString &code) const
{
    if (code == u"school")
        return text("School", "Okul");
    if (code == u"health")
        return text("Health centre", "Sağlık merkezi");
    if (code == u"water")
        return text("Water point", "Su noktası");
    if (code == u"transit")
        return text("Transit stop", "Toplu taşıma durağı");
    return code;
}

QString PrintWords::priority(const QString &p) const
{
    if (p == u"high")
        return text("high", "yüksek");
    if (p == u"low")
        return text("low", "düşük");
    return text("medium", "orta");
}

QString PrintWords::status(const QString &s) const
{
    if (s == u"in_progress")
        return text("in progress", "sürüyor");
    if (s == u"done")
        return text("done", "tamamlandı");
    if (s == u"dropped")
        return text("dropped", "bırakıldı");
    return text("planned", "planlandı");
}

QString PrintWords::progress(ProgressStatus status) const
{
    switch (status) {
    case ProgressStatus::Achieved:
        return text("Target achieved", "Hedefe ulaşıldı");
    case ProgressStatus::OnTrack:
        return text("On track", "Hedef yolunda");
    case ProgressStatus::NeedsAcceleration:
        return text("Needs acceleration", "Hızlanmalı");
    case ProgressStatus::Limited:
        return text("Limited progress", "Sınırlı ilerleme");
    case ProgressStatus::MovingAway:
        return text("Moving away", "Hedeften uzaklaşıyor");
    case ProgressStatus::Unknown:
        break;
    }
    return text("Not assessed", "Değerlendirilmedi");
}

QString PrintWords::fieldTitle(const QString &field) const
{
    struct Title
    {
        const char *field, *en, *tr;
    };
    static constexpr Title titles[] = {
        {"area.name", "Name", "Ad"},
        {"area.district", "District", "İlçe"},
        {"area.code", "Mahalle code", "Mahalle kodu"},
        {"area.mahalle", "Mahalle (share of the area)", "Mahalle (alandaki payı)"},
        {"figure.population", "Population", "Nüfus"},
        {"figure.migrant_population", "Migrant population", "Göçmen nüfusu"},
        {"figure.households", "Households", "Hane sayısı"},
        {"figure.migrant_households", "Migrant households", "Göçmen hane sayısı"},
        {"derived.migrant_share", "Migrant share (%)", "Göçmen oranı (%)"},
        {"derived.migrants_per_1000", "Migrants per 1,000 residents", "1.000 kişide göçmen"},
        {"derived.density", "Population per km²", "km² başına nüfus"},
        {"field.service", "Service", "Hizmet"},
        {"field.name", "Name", "Ad"},
        {"field.households", "Households (estimated)", "Hane sayısı (tahmini)"},
        {"field.persons", "Persons (estimated)", "Kişi sayısı (tahmini)"},
        {"field.source", "Source", "Kaynak"},
        {"field.survey_date", "Survey date", "Anket tarihi"},
        {"field.note", "Note", "Not"},
        {"field.capacity", "Capacity", "Kapasite"},
        {"field.code", "Code", "Kod"},
        {"field.district", "District", "İlçe"},
        {"field.province", "Province", "İl"},
        {"field.area", "Area", "Alan"},
        {"field.area_id", "Area number", "Alan numarası"},
        {"field.gap_m2", "Uncovered area (m²)", "Kapsanmayan alan (m²)"},
        {"field.gap_share", "Uncovered share", "Kapsanmayan pay"},
        {"plan.goals", "Goals reaching the area", "Alana ulaşan hedefler"},
        {"analysis.pressure.score", "Migration pressure (0–100)", "Göç baskısı (0–100)"},
        {"analysis.pressure.rank", "Migration pressure rank", "Göç baskısı sırası"},
    };
    for (const Title &t : titles)
        if (field == QLatin1String(t.field))
            return text(t.en, t.tr);
    if (field.startsWith(u"plan.goals."))
        return text("Goals of sector %1 reaching the area", "%1 sektörünün alana ulaşan hedefleri")
            .arg(field.mid(11));
    if (field.startsWith(u"plan.unplanned."))
        return (turkish ? QStringLiteral("Planlanmamış alanlar (göçmen payı ≥ %%1)")
                        : QStringLiteral("Unplanned areas (migrant share ≥ %1 %)"))
            .arg(field.mid(15));
    const QStringList parts = field.split(u'.');
    const QString variable = parts.value(2), category = parts.value(3);
    if (parts.value(0) == u"analysis" && parts.value(1) == u"coverage") {
        const QString s = service(category);
        if (variable == u"covered_share")
            return text("%1: area covered (%)", "%1: kapsanan alan (%)").arg(s);
        if (variable == u"covered_population_share")
            return text("%1: population covered (%)", "%1: kapsanan nüfus (%)").arg(s);
        if (variable == u"covered_population")
            return text("%1: people covered", "%1: kapsanan kişi").arg(s);
        if (variable == u"nearest_m")
            return text("%1: nearest (m)", "%1: en yakın tesis (m)").arg(s);
        if (variable == u"area_m2")
            return text("%1: area (m²)", "%1: alan (m²)").arg(s);
        if (variable == u"covered_m2")
            return text("%1: area covered (m²)", "%1: kapsanan alan (m²)").arg(s);
    }
    if (parts.value(0) == u"analysis" && parts.value(1) == u"pressure") {
        if (variable == u"class")
            return text("Migration pressure class", "Göç baskısı sınıfı");
        const bool scaled = variable.startsWith(u"n_");
        for (int c = 0; c < kPressureComponents; ++c)
            if ((scaled ? variable.mid(2) : variable)
                == pressureComponentKey(PressureComponent(c))) {
                const auto [en, tr] = pressureComponentWords(PressureComponent(c));
                return scaled ? text("%1, scaled 0–1", "%1, 0–1 ölçeğinde").arg(text(en, tr))
                              : text(en, tr);
            }
    }
    if (parts.value(0) == u"analysis" && parts.value(1) == u"projection") {
        if (variable == u"base_population")
            return text("Population in the base year", "Başlangıç yılı nüfusu");
        if (variable == u"school_capacity")
            return text("School places today", "Bugünkü okul kapasitesi");
        const QString scenario = category == u"low"    ? text("low growth", "düşük büyüme")
                                 : category == u"high" ? text("high growth", "yüksek büyüme")
                                                       : text("medium growth", "orta büyüme");
        struct Need
        {
            const char *key, *en, *tr;
        };
        static constexpr Need needs[] = {
            {"population", "Projected population (%1)", "Öngörülen nüfus (%1)"},
            {"school_shortfall", "School places short (%1)", "Okul yeri açığı (%1)"},
            {"school_places", "School places needed (%1)", "Gereken okul yeri (%1)"},
            {"education_m2", "Education floor space needed, m² (%1)",
             "Gereken eğitim alanı, m² (%1)"},
            {"health_m2", "Health floor space needed, m² (%1)", "Gereken sağlık alanı, m² (%1)"},
            {"water_m3_day", "Water needed, m³ a day (%1)", "Gereken su, günde m³ (%1)"},
            {"green_m2", "Green space needed, m² (%1)", "Gereken yeşil alan, m² (%1)"},
        };
        for (const Need &n : needs)
            if (variable == QLatin1String(n.key))
                return text(n.en, n.tr).arg(scenario);
    }
    if (parts.value(0) == u"field")
        return parts.mid(1).join(u'.');
    return parts.size() > 1 ? parts.mid(1).join(u' ') : field;
}

} // namespace geisep
