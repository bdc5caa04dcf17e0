// An area's page's panels: its figures (population, migrants, pressure, coverage, muhtar) and
// the plan's goals, actions and indicators linked to it.
#include "gis/print/printpage_p.h"

#include "core/plan/progress.h"
#include "core/privacy.h"

namespace geisep::printpage {

namespace {

// Rows of label and value, with thin rules between them.
double paintRows(const Page &page, QRectF r, const std::vector<std::pair<QString, QString>> &rows,
                 double pt, double labelShare = 0.48)
{
    QPainter &p = page.p;
    const double pad = page.px(0.8);
    double y = r.top();
    for (const auto &[label, value] : rows) {
        const double lw = r.width() * labelShare - pad;
        const double h = std::max(page.textHeight(lw, label, pt),
                                  page.textHeight(r.width() - lw - 2 * pad, value, pt, true))
                         + 2 * pad;
        if (y + h > r.bottom())
            break;
        page.text(QRectF(r.left(), y + pad, lw, h), label, pt, false, Qt::AlignLeft | Qt::AlignTop,
                  kGreyInk);
        page.text(QRectF(r.left() + lw + pad, y + pad, r.width() - lw - pad, h), value, pt, true);
        y += h;
        p.setPen(QPen(kRule, page.px(0.15)));
        p.drawLine(QPointF(r.left(), y), QPointF(r.right(), y));
    }
    return y - r.top();
}

void badge(const Page &page, const QRectF &box, ProgressStatus status, double pt)
{
    QPainter &p = page.p;
    const QColor color(QString::fromLatin1(ProgressText::color(status)));
    p.save();
    p.setRenderHint(QPainter::Antialiasing);
    p.setPen(Qt::NoPen);
    p.setBrush(color);
    p.drawRoundedRect(box, box.height() / 2, box.height() / 2);
    const bool dark = color.lightness() < 140;
    page.text(box, page.w.progress(status), pt, true, Qt::AlignCenter,
              dark ? QColor(Qt::white) : kInk, false);
    p.restore();
}

} // namespace

void paintFigures(const Page &page, const LayoutItem &item)
{
    const PrintArea *a = page.area;
    const PrintWords &w = page.w;
    const QRectF r = page.rect(item.rectMm);
    QPainter &p = page.p;
    p.save();
    p.setClipRect(r);
    const double pt = item.fontPt > 0 ? item.fontPt : 8;
    double y = r.top();
    if (!item.text.isEmpty())
        y += page.text(QRectF(r.left(), y, r.width(), r.height()), page.fill(item.text), pt + 1.5,
                       true)
             + page.px(1);
    if (!a) {
        page.text(QRectF(r.left(), y, r.width(), r.bottom() - y),
                  w.text("Area figures appear on atlas pages.",
                         "Alan bilgileri atlas sayfalarında yer alır."),
                  pt, false, Qt::AlignLeft | Qt::AlignTop, kGreyInk);
        p.restore();
        return;
    }
    std::vector<std::pair<QString, QString>> rows;
    auto year = [](int period) {
        return period > 0 ? QStringLiteral(" (%1)").arg(period) : QString();
    };
    if (!a->code.isEmpty())
        rows.emplace_back(w.text("Mahalle code", "Mahalle kodu"), a->code);
    if (std::isfinite(a->areaKm2))
        rows.emplace_back(w.text("Area", "Yüzölçümü"),
                          w.number(a->areaKm2, a->areaKm2 < 10 ? 2 : 1) + QStringLiteral(" km²"));
    rows.emplace_back(w.text("Population", "Nüfus") + year(a->populationPeriod),
                      w.count(a->population));
    rows.emplace_back(
        w.text("Migrant population", "Göçmen nüfusu") + year(a->migrantsPeriod),
        Privacy::count(a->migrants, a->migrantsHidden, page.job.threshold, w.turkish));
    const bool shareKnown = !a->migrantsHidden && std::isfinite(a->migrants)
                            && std::isfinite(a->population) && a->population > 0;
    rows.emplace_back(w.text("Migrant share", "Göçmen oranı"),
                      shareKnown ? w.percent(a->migrants / a->population * 100, 1)
                                 : QStringLiteral("–"));
    if (std::isfinite(a->pressureScore) && !a->migrantsHidden)
        rows.emplace_back(w.text("Migration pressure (0–100)", "Göç baskısı (0–100)"),
                          w.number(a->pressureScore, 1)
                              + (a->pressureRank > 0
                                     ? w.text(", rank %n", ", %n. sıra", a->pressureRank)
                                     : QString()));
    for (const PrintArea::Coverage &c : a->coverage)
        rows.emplace_back(w.text("%1 within reach", "%1 erişimi").arg(c.service),
                          w.text("people %1 · nearest %2", "nüfus %1 · en yakın tesis %2")
                              .arg(w.percent(c.populationShare), w.distance(c.nearestM)));
    for (const QString &m : a->muhtars)
        rows.emplace_back(w.text("Muhtar", "Muhtar"), m);
    const bool footnote = a->migrantsHidden;
    const double noteH
        = footnote ? page.textHeight(r.width(), Privacy::footnote(page.job.threshold, w.turkish),
                                     pt * 0.8)
                         + page.px(1)
                   : 0;
    y += paintRows(page, QRectF(r.left(), y, r.width(), r.bottom() - y - noteH), rows, pt);
    if (footnote)
        page.text(QRectF(r.left(), r.bottom() - noteH + page.px(1), r.width(), noteH),
                  Privacy::footnote(page.job.threshold, w.turkish), pt * 0.8, false,
                  Qt::AlignLeft | Qt::AlignTop, kGreyInk);
    p.restore();
    paintFrame(page, item);
}

void paintPlan(const Page &page, const LayoutItem &item)
{
    const PrintArea *a = page.area;
    const PrintWords &w = page.w;
    const QRectF r = page.rect(item.rectMm);
    QPainter &p = page.p;
    p.save();
    p.setClipRect(r);
    const double pt = item.fontPt > 0 ? item.fontPt : 7.5;
    const double pad = page.px(0.7);
    double y = r.top();
    if (!item.text.isEmpty())
        y += page.text(QRectF(r.left(), y, r.width(), r.height()), page.fill(item.text), pt + 1.5,
                       true)
             + page.px(1);
    if (!a || (a->plan.empty() && a->indicators.empty())) {
        page.text(QRectF(r.left(), y, r.width(), r.bottom() - y),
                  a ? w.text("No goal, objective or action is linked to this area yet.",
                             "Bu alana henüz hedef, amaç veya eylem bağlanmadı.")
                    : w.text("The plan's links appear on atlas pages.",
                             "Planın bağlantıları atlas sayfalarında yer alır."),
                  pt, false, Qt::AlignLeft | Qt::AlignTop, kGreyInk);
        p.restore();
        paintFrame(page, item);
        return;
    }
    // Columns: kind, code, title, priority, responsible, status, years.
    const double shares[] = {0.08, 0.08, 0.40, 0.08, 0.20, 0.09, 0.07};
    const QString heads[] = {w.text("Item", "Tür"),
                             w.text("Code", "Kod"),
                             w.text("Title", "Başlık"),
                             w.text("Priority", "Öncelik"),
                             w.text("Responsible", "Sorumlu"),
                             w.text("Status", "Durum"),
                             w.text("Years", "Yıllar")};
    auto rowOf = [&](const QStringList &cells, bool bold, bool measure) {
        double h = 0, x = r.left();
        for (int c = 0; c < 7; ++c) {
            const double cw = r.width() * shares[c] - pad;
            if (measure)
                h = std::max(h, page.textHeight(cw, cells.value(c), pt, bold));
            else
                page.text(QRectF(x, y + pad, cw, 1e6), cells.value(c), pt, bold,
                          Qt::AlignLeft | Qt::AlignTop, bold ? kGreyInk : kInk);
            x += r.width() * shares[c];
        }
        return h + 2 * pad;
    };
    const QStringList headCells(std::begin(heads), std::end(heads));
    const double headH = rowOf(headCells, true, true);
    rowOf(headCells, true, false);
    y += headH;
    p.setPen(QPen(kGreyInk, page.px(0.2)));
    p.drawLine(QPointF(r.left(), y), QPointF(r.right(), y));
    int skipped = 0;
    QString sector;
    for (const PrintArea::PlanLine &l : a->plan) {
        const QStringList cells{l.kind,        l.code,   l.title, l.priority,
                                l.responsible, l.status, l.years};
        const double sectorH
            = l.sector != sector ? page.textHeight(r.width(), l.sector, pt, true) + 2 * pad : 0;
        const double h = rowOf(cells, false, true);
        if (y + sectorH + h > r.bottom() - page.px(5)) {
            ++skipped;
            continue;
        }
        if (sectorH > 0) {
            page.text(QRectF(r.left(), y + pad, r.width(), sectorH), l.sector, pt, true,
                      Qt::AlignLeft | Qt::AlignTop, QColor(0x2b, 0x4a, 0x6f));
            y += sectorH;
            sector = l.sector;
        }
        rowOf(cells, false, false);
        y += h;
        p.setPen(QPen(kRule, page.px(0.15)));
        p.drawLine(QPointF(r.left(), y), QPointF(r.right(), y));
    }
    if (!a->indicators.empty() && y < r.bottom() - page.px(6)) {
        y += page.px(1);
        y += page.text(QRectF(r.left(), y, r.width(), r.bottom() - y),
                       w.text("Indicators", "Göstergeler"), pt, true, Qt::AlignLeft | Qt::AlignTop,
                       kGreyInk);
        for (const PrintArea::IndicatorLine &i : a->indicators) {
            const double bw = page.px(26);
            const double h = std::max(page.textHeight(r.width() * 0.45, i.name, pt),
                                      page.textHeight(r.width() * 0.55 - bw - pad, i.values, pt))
                             + 2 * pad;
            if (y + h > r.bottom()) {
                ++skipped;
                continue;
            }
            page.text(QRectF(r.left(), y + pad, r.width() * 0.45 - pad, h), i.name, pt);
            page.text(QRectF(r.left() + r.width() * 0.45, y + pad, r.width() * 0.55 - bw - pad, h),
                      i.values, pt);
            badge(page, QRectF(r.right() - bw, y + pad, bw, std::min(h - 2 * pad, page.px(3.6))),
                  i.status, pt * 0.85);
            y += h;
        }
    }
    if (skipped > 0)
        page.text(QRectF(r.left(), r.bottom() - page.px(4), r.width(), page.px(4)),
                  w.text("… and %n more (see the plan export)",
                         "… ve %n satır daha (plan dışa aktarımına bakın)", skipped),
                  pt * 0.9, false, Qt::AlignLeft | Qt::AlignBottom, kGreyInk);
    p.restore();
    paintFrame(page, item);
}

} // namespace geisep::printpage
