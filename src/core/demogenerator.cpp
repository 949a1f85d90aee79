#include "demogenerator.h"

#include "demonames.h"
#include "demorandom.h"

#include <QRandomGenerator>
#include <QSet>

#include <algorithm>
#include <cmath>

namespace valuedesk {

namespace {

using demo::clamp;
using demo::endOfMonth;
using demo::poissonDates;
using demo::randomDay;
using demo::Rng;
using demo::roundTo1;

// Salt so the customer streams differ from any other use of (seed, index) seeding.
constexpr quint32 kCustomerStream = 0x43555354u;

// Customers per 3-manager team. Teams are formed from consecutive codes so that customer k never
// depends on how many customers follow it, while a portfolio keeps ~50 customers per manager.
constexpr int kTeamSize = 150;
constexpr int kManagersPerTeam = 3;

// Relative order intensity per calendar month: Spring Festival dip in Jan/Feb, year-end stocking
// in Nov/Dec.
constexpr double kSeason[12] = {0.80, 0.62, 0.95, 1.00, 1.00, 1.05,
                                0.95, 0.93, 1.05, 1.00, 1.20, 1.45};

QString personName(Rng &rng)
{
    const QString &surname = rng.pickFrequent(demo::surnames());
    return surname + rng.pick(demo::givenNames());
}

QString managerName(quint32 seed, int manager)
{
    const QStringList &sur = demo::surnames();
    const QStringList &given = demo::givenNames();
    const int combos = sur.size() * given.size();
    // Stepping by a number coprime with `combos` visits every name once before any repeats.
    const qint64 idx =
        (static_cast<qint64>(manager) * 769 + seed % static_cast<quint32>(combos)) % combos;
    QString name =
        sur.at(static_cast<int>(idx % sur.size())) + given.at(static_cast<int>(idx / sur.size()));
    if (manager >= combos)
        name += QString::number(manager / combos + 1);
    return name;
}

// Managers cover regions in proportion to the region weights even when there are only a few of
// them: a golden-ratio sequence spreads them evenly over the cumulative weights, where random
// draws would leave, say, 东北 with three times its share.
int managerRegion(quint32 seed, int manager)
{
    const double phase = static_cast<double>(seed % 1024u) / 1024.0;
    double u = phase + 0.6180339887498949 * manager;
    u -= std::floor(u);
    const QVector<demo::Region> &regions = demo::regions();
    int total = 0;
    for (const demo::Region &r : regions)
        total += r.weight;
    double acc = 0.0;
    for (int i = 0; i < regions.size(); ++i) {
        acc += static_cast<double>(regions.at(i).weight) / total;
        if (u < acc)
            return i;
    }
    return static_cast<int>(regions.size()) - 1;
}

// Per-customer hidden traits that tie the record types together (big customers order more,
// get visited more, hold larger balances; unhappy customers complain and churn).
struct Profile
{
    double bigness = 0.0; // standard normal, drives size-related traits
    double scale = 0.0;   // median order size, yuan
    double ordersPerMonth = 0.0;
    double growth = 0.0; // annual log growth of order intensity
    double costRatio = 0.0;
    double discount = 1.0;
    double mood = 3.5; // latent satisfaction, 1..5
    QDate activeFrom;
    QDate activeTo;
};

class CustomerBuilder
{
public:
    CustomerBuilder(const DemoParams &p, QDate historyStart, QSet<QString> &usedNames)
        : m_p(p), m_start(historyStart), m_usedNames(usedNames)
    {}

    CustomerRecordSet build(int index);

private:
    QString companyName(Rng &rng, const demo::Region &region, const demo::Industry &industry);
    void addTransactions(Rng &rng, const demo::Industry &industry, const Profile &pr,
                         CustomerRecordSet &out) const;
    void addInteractions(Rng &rng, const Profile &pr, CustomerStatus status,
                         CustomerRecordSet &out) const;
    void addSurveys(Rng &rng, const Profile &pr, CustomerStatus status,
                    CustomerRecordSet &out) const;
    void addBalances(Rng &rng, const Profile &pr, CustomerRecordSet &out) const;

    const DemoParams &m_p;
    QDate m_start;
    QSet<QString> &m_usedNames;
};

QString CustomerBuilder::companyName(Rng &rng, const demo::Region &region,
                                     const demo::Industry &industry)
{
    const QString &city = rng.pick(region.cities);
    QString suffix = rng.pick(demo::companySuffixes());
    if (suffix == QStringLiteral("贸易商行") && industry.name != QStringLiteral("批发零售"))
        suffix = QStringLiteral("有限公司");
    const QString &brand = rng.pick(demo::brandWords());
    QString base = city + brand + rng.pick(industry.nameWords) + suffix;
    if (!m_usedNames.contains(base))
        return base;
    // Real portfolios hold several branches of one firm, so a clash becomes a branch office.
    const int offset = rng.below(region.cities.size());
    for (int i = 0; i < region.cities.size(); ++i) {
        const QString &branchCity = region.cities.at((offset + i) % region.cities.size());
        if (branchCity == city)
            continue;
        QString name = base + QStringLiteral("（") + branchCity + QStringLiteral("分公司）");
        if (!m_usedNames.contains(name))
            return name;
    }
    for (int n = 2;; ++n) {
        QString name = base + QStringLiteral("（") + QString::number(n) + QStringLiteral("）");
        if (!m_usedNames.contains(name))
            return name;
    }
}

CustomerRecordSet CustomerBuilder::build(int index)
{
    Rng rng(m_p.seed, kCustomerStream, static_cast<quint32>(index));
    CustomerRecordSet out;
    Customer &c = out.customer;
    const QDate end = m_p.endDate;
    const qint64 span = m_start.daysTo(end);

    c.code = QStringLiteral("C%1").arg(index, 6, 10, QLatin1Char('0'));

    const int manager = ((index - 1) / kTeamSize) * kManagersPerTeam + rng.below(kManagersPerTeam);
    c.manager = managerName(m_p.seed, manager);
    const int homeRegion = managerRegion(m_p.seed, manager);
    const int regionIdx = rng.chance(0.8) ? homeRegion : rng.weighted(demo::regions());
    const demo::Region &region = demo::regions().at(regionIdx);
    const demo::Industry &industry = demo::industries().at(rng.weighted(demo::industries()));
    c.region = region.name;
    c.industry = industry.name;
    c.name = companyName(rng, region, industry);
    m_usedNames.insert(c.name);
    const QString person = personName(rng);
    const QString &prefix = rng.pick(demo::mobilePrefixes());
    const int middle = 1000 + rng.below(9000);
    const int last = rng.below(10000);
    c.contact = person + QLatin1Char(' ') + prefix + QLatin1Char('-') + QString::number(middle) +
                QLatin1Char('-') + QStringLiteral("%1").arg(last, 4, 10, QLatin1Char('0'));

    const double u = rng.uniform();
    c.status = u < 0.08   ? CustomerStatus::Prospect
               : u < 0.20 ? CustomerStatus::Lost
                          : CustomerStatus::Active;

    Profile pr;
    pr.bigness = rng.normal();
    // Log-normal order size; together with the correlated order rate below this puts ~80 % of
    // revenue on the top 20 % of customers.
    pr.scale = industry.scaleFactor * std::exp(std::log(5000.0) + 1.05 * pr.bigness);
    pr.ordersPerMonth =
        clamp(std::exp(std::log(0.55) + 0.45 * pr.bigness + 0.5 * rng.normal()), 0.08, 8.0);
    pr.growth = rng.normal(0.03, 0.22);
    pr.costRatio = clamp(0.72 + 0.03 * pr.bigness + rng.normal(0.0, 0.04), 0.62, 0.83);
    pr.discount = clamp(0.97 - 0.03 * pr.bigness + rng.normal(0.0, 0.015), 0.85, 1.0);
    pr.mood = c.status == CustomerStatus::Lost ? rng.normal(2.9, 0.5)
                                               : rng.normal(3.9 + 0.1 * pr.bigness, 0.45);

    if (c.status == CustomerStatus::Prospect) {
        // A prospect's "tenure" is its first contact; most leads are recent.
        pr.activeFrom = end.addDays(-rng.below(static_cast<int>(std::min<qint64>(365, span)) + 1));
        pr.activeTo = end;
        c.tenureStart = pr.activeFrom;
    } else {
        pr.activeTo = end;
        if (c.status == CustomerStatus::Lost) {
            // Churn leaves at least three quiet months before endDate and some history before.
            const qint64 lo = std::min<qint64>(60, span / 3);
            const qint64 hi = std::max<qint64>(lo, span - 91);
            pr.activeTo = m_start.addDays(lo + rng.below(static_cast<int>(hi - lo + 1)));
        }
        const qint64 window = m_start.daysTo(pr.activeTo);
        if (rng.chance(0.35) && window > 60) {
            c.tenureStart = m_start.addDays(rng.below(static_cast<int>(window - 30)));
        } else {
            c.tenureStart = m_start.addDays(-1 - rng.below(8 * 365));
        }
        pr.activeFrom = std::max(m_start, c.tenureStart);
    }

    addTransactions(rng, industry, pr, out);
    addInteractions(rng, pr, c.status, out);
    addSurveys(rng, pr, c.status, out);
    addBalances(rng, pr, out);

    if (rng.chance(0.65)) {
        const double size = pr.bigness + rng.normal(0.0, 0.3);
        c.attributes.insert(QStringLiteral("企业规模"), size > 1.0    ? QStringLiteral("大型")
                                                        : size > -0.3 ? QStringLiteral("中型")
                                                                      : QStringLiteral("小型"));
    }
    if (c.status != CustomerStatus::Prospect && rng.chance(0.4)) {
        const double credit = 0.6 * pr.bigness + 0.5 * (pr.mood - 3.5) + rng.normal(0.0, 0.5);
        c.attributes.insert(QStringLiteral("信用等级"), credit > 1.2    ? QStringLiteral("AAA")
                                                        : credit > 0.3  ? QStringLiteral("AA")
                                                        : credit > -0.6 ? QStringLiteral("A")
                                                                        : QStringLiteral("BBB"));
    }
    switch (c.status) {
    case CustomerStatus::Active:
        if (rng.chance(0.15))
            c.notes = rng.pick(demo::customerNotes());
        break;
    case CustomerStatus::Lost:
        if (rng.chance(0.6))
            c.notes = rng.pick(demo::lostCustomerNotes());
        break;
    case CustomerStatus::Prospect:
        if (rng.chance(0.3))
            c.notes = rng.pick(demo::prospectNotes());
        break;
    }
    return out;
}

void CustomerBuilder::addTransactions(Rng &rng, const demo::Industry &industry, const Profile &pr,
                                      CustomerRecordSet &out) const
{
    if (out.customer.status == CustomerStatus::Prospect)
        return;

    // A customer buys a few of its industry's products, mostly ones that fit its order size.
    QVector<int> catalogue;
    for (int i = 0; i < industry.products.size(); ++i) {
        if (industry.products.at(i).unitPrice <= 3.0 * pr.scale)
            catalogue.append(i);
    }
    if (catalogue.isEmpty())
        catalogue.append(0);
    for (int i = catalogue.size() - 1; i > 0; --i)
        std::swap(catalogue[i], catalogue[rng.below(i + 1)]);
    const int breadth = static_cast<int>(
        clamp(std::round(1.5 + 0.8 * pr.bigness + rng.normal(0.0, 0.7)), 1, catalogue.size()));
    catalogue.resize(breadth);

    const QStringList &channels = demo::channels();
    const int mainChannel =
        pr.bigness > 0.8 && rng.chance(0.7) ? channels.size() - 1 : rng.below(channels.size());

    const double spanYears = m_start.daysTo(m_p.endDate) / 365.25;
    // Lost customers fade out over their last nine months.
    const qint64 fadeDays = out.customer.status == CustomerStatus::Lost ? 270 : 0;

    auto addOrder = [&](QDate date) {
        // The first product is the customer's staple; the rest are occasional cross-sales.
        const int pi = rng.chance(0.6) ? catalogue.first() : catalogue.at(rng.below(breadth));
        const demo::Product &product = industry.products.at(pi);
        const double target = pr.scale * rng.logNormal(0.0, 0.5);
        const double quantity = std::max(1.0, std::round(target / product.unitPrice));
        Transaction t;
        t.date = date;
        // List prices rise ~3 % a year and each order gets its own small negotiated discount.
        const double price = product.unitPrice * (1.0 + 0.03 * m_start.daysTo(date) / 365.25) *
                             pr.discount * (1.0 - 0.04 * rng.uniform());
        t.amount = std::llround(quantity * price * centsPerUnit);
        t.cost = std::llround(static_cast<double>(t.amount) *
                              clamp(pr.costRatio + rng.normal(0.0, 0.015), 0.60, 0.85));
        t.quantity = quantity;
        t.product = product.name;
        t.category = product.category;
        t.channel = rng.chance(0.75) ? channels.at(mainChannel) : rng.pick(channels);
        out.transactions.append(t);
    };

    for (QDate month(pr.activeFrom.year(), pr.activeFrom.month(), 1); month <= pr.activeTo;
         month = month.addMonths(1)) {
        const QDate from = std::max(month, pr.activeFrom);
        const QDate to = std::min(endOfMonth(month), pr.activeTo);
        const int days = static_cast<int>(from.daysTo(to)) + 1;
        const double years = m_start.daysTo(from) / 365.25;
        double lambda = pr.ordersPerMonth * kSeason[month.month() - 1] *
                        std::exp(pr.growth * (years - spanYears / 2.0)) * days /
                        month.daysInMonth();
        if (fadeDays > 0) {
            const double left = static_cast<double>(from.daysTo(pr.activeTo));
            lambda *= clamp(0.3 + 0.7 * left / static_cast<double>(fadeDays), 0.3, 1.0);
        }
        const int n = rng.poisson(lambda);
        QVector<QDate> dates;
        dates.reserve(n);
        for (int i = 0; i < n; ++i)
            dates.append(from.addDays(rng.below(days)));
        std::sort(dates.begin(), dates.end());
        for (const QDate &d : dates)
            addOrder(d);
    }
    // Every customer that is not a prospect has bought at least once.
    if (out.transactions.isEmpty())
        addOrder(randomDay(rng, pr.activeFrom, pr.activeTo));
}

void CustomerBuilder::addInteractions(Rng &rng, const Profile &pr, CustomerStatus status,
                                      CustomerRecordSet &out) const
{
    auto add = [&](QDate date, InteractionKind kind) {
        Interaction i;
        i.date = date;
        i.kind = kind;
        i.note = rng.pick(demo::interactionNotes(static_cast<int>(kind)));
        out.interactions.append(i);
    };

    if (status == CustomerStatus::Prospect) {
        // First contact on tenureStart, then a few follow-ups while the lead is worked.
        const int n = rng.below(4);
        for (int k = 0; k < n; ++k) {
            const QDate d = k == 0 ? pr.activeFrom : randomDay(rng, pr.activeFrom, pr.activeTo);
            add(d, rng.chance(0.5) ? InteractionKind::Visit : InteractionKind::Call);
        }
    } else {
        const double big = std::max(0.0, pr.bigness);
        const double unhappy = std::exp(-(pr.mood - 3.5));
        const struct
        {
            InteractionKind kind;
            double perYear;
        } rates[] = {
            {InteractionKind::Visit, clamp(1.5 + 1.5 * pr.bigness, 0.3, 8.0)},
            {InteractionKind::Call, clamp(3.0 + 1.2 * rng.normal(), 0.5, 10.0)},
            {InteractionKind::Complaint, 0.2 * unhappy},
            {InteractionKind::Referral, 0.05 + 0.4 * big * clamp(pr.mood - 3.0, 0.0, 2.0)},
            {InteractionKind::Training, 0.1 + 0.3 * big},
            {InteractionKind::Other, 0.2},
        };
        for (const auto &r : rates) {
            for (const QDate &d : poissonDates(rng, pr.activeFrom, pr.activeTo, r.perYear))
                add(d, r.kind);
        }
        if (status == CustomerStatus::Lost) {
            // Complaints pile up in the year before a customer walks away.
            const QDate from = std::max(pr.activeFrom, pr.activeTo.addDays(-365));
            for (const QDate &d : poissonDates(rng, from, pr.activeTo, 1.5))
                add(d, InteractionKind::Complaint);
        }
    }
    std::stable_sort(out.interactions.begin(), out.interactions.end(),
                     [](const Interaction &a, const Interaction &b) { return a.date < b.date; });
}

void CustomerBuilder::addSurveys(Rng &rng, const Profile &pr, CustomerStatus status,
                                 CustomerRecordSet &out) const
{
    if (status == CustomerStatus::Prospect)
        return;
    if (!rng.chance(status == CustomerStatus::Active ? 0.7 : 0.55))
        return;
    const bool twiceYearly = rng.chance(0.3);
    const int half = rng.below(2);
    const bool withNps = rng.chance(0.15);
    for (QDate h(pr.activeFrom.year(), pr.activeFrom.month() <= 6 ? 1 : 7, 1); h <= pr.activeTo;
         h = h.addMonths(6)) {
        if (!twiceYearly && (h.month() == 1) != (half == 0))
            continue;
        const QDate from = std::max(h, pr.activeFrom);
        const QDate to = std::min(h.addMonths(6).addDays(-1), pr.activeTo);
        if (from > to)
            continue;
        SurveyScore s;
        s.date = randomDay(rng, from, to);
        double mood = pr.mood;
        if (status == CustomerStatus::Lost)
            mood -= 0.6 * clamp(1.0 - s.date.daysTo(pr.activeTo) / 365.0, 0.0, 1.0);
        const double sat = rng.normal(mood, 0.3);
        s.satisfaction = roundTo1(clamp(sat, 1.0, 5.0));
        s.loyalty = roundTo1(clamp(mood - 0.1 + 0.6 * (sat - mood) + rng.normal(0.0, 0.3), 1, 5));
        // Some respondents skip the trust question, as real survey forms show.
        if (rng.chance(0.97))
            s.trust = roundTo1(clamp(mood + 0.1 + 0.5 * (sat - mood) + rng.normal(0.0, 0.3), 1, 5));
        if (withNps) {
            s.metricName = QStringLiteral("NPS");
            s.metricValue =
                clamp(std::round((mood - 3.6) * 60.0 + rng.normal(0.0, 25.0)), -100, 100);
        }
        out.surveys.append(s);
    }
}

void CustomerBuilder::addBalances(Rng &rng, const Profile &pr, CustomerRecordSet &out) const
{
    if (out.transactions.isEmpty())
        return;
    // Roughly a couple of months of purchases on deposit, drifting with the customer's trend.
    double balance = pr.scale * pr.ordersPerMonth * rng.logNormal(std::log(2.0), 0.6);
    const QDate first = pr.activeFrom;
    QDate q = endOfMonth(QDate(first.year(), ((first.month() - 1) / 3) * 3 + 3, 1));
    for (; q <= pr.activeTo; q = endOfMonth(q.addDays(1).addMonths(2))) {
        Balance b;
        b.date = q;
        b.amount = std::llround(balance * centsPerUnit);
        out.balances.append(b);
        balance *= rng.logNormal(pr.growth / 4.0, 0.12);
    }
}

} // namespace

DemoGenerator::DemoGenerator(DemoParams params) : m_params(params) {}

bool DemoGenerator::generate(const std::function<bool(const CustomerRecordSet &)> &sink) const
{
    DemoParams p = m_params;
    p.months = std::max(1, p.months);
    if (!p.endDate.isValid())
        p.endDate = DemoParams().endDate;
    const QDate historyStart = p.endDate.addMonths(-p.months).addDays(1);
    QSet<QString> usedNames;
    usedNames.reserve(std::max(0, p.customers));
    CustomerBuilder builder(p, historyStart, usedNames);
    for (int i = 1; i <= p.customers; ++i) {
        if (!sink(builder.build(i)))
            return false;
    }
    return true;
}

} // namespace valuedesk
