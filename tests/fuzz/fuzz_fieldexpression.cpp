// The field calculator's expression a planner types: `round(nüfus / 1000)`, `ad || ' Mh.'`.
#include "core/text/fieldexpression.h"
#include "tests/fuzz/fuzz.h"

#include <QVariant>

#include <cmath>

using namespace geisep;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QString text = QString::fromUtf8(fuzz::bytes(data, std::min<std::size_t>(size, 2048)));
    const std::vector<AtlasFilter::Field> fields = {
        {QStringLiteral("persons"), {QStringLiteral("persons"), QStringLiteral("kişi")}},
        {QStringLiteral("households"), {QStringLiteral("hane")}},
        {QStringLiteral("name"), {QStringLiteral("ad"), QStringLiteral("Nüfus (2023)")}},
    };
    const auto expression = FieldExpression::parse(text, fields);
    if (!expression) {
        FUZZ_CHECK(!expression.error().message.isEmpty());
        return 0;
    }
    const auto row = [](const QString &key) -> QVariant {
        if (key == u"persons")
            return qint64(37);
        if (key == u"households")
            return QStringLiteral("0");
        if (key == u"name")
            return QStringLiteral("İnönü");
        return {};
    };
    // A number or text or nothing, never NaN or infinity, and the same twice.
    const QVariant once = expression->evaluate(row);
    if (once.typeId() == QMetaType::Double)
        FUZZ_CHECK(std::isfinite(once.toDouble()));
    FUZZ_CHECK(once == expression->evaluate(row));
    (void)expression->evaluate([](const QString &) { return QVariant(); });
    return 0;
}
