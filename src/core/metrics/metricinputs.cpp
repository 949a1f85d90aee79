#include "metricinputs.h"

#include "valueparsers.h"

#include <QSet>

namespace valuedesk {

std::optional<double> numericAttribute(const QString &text)
{
    if (text.trimmed().isEmpty())
        return std::nullopt;
    return parseNumber(text);
}

namespace {

void addScore(ScoreSum &sum, const std::optional<double> &score)
{
    if (!score)
        return;
    sum.sum += *score;
    ++sum.count;
}

} // namespace

MetricInputs metricInputsFromRecords(const CustomerRecordSet &records,
                                     const EvaluationWindow &window,
                                     const QHash<QString, double> &ratings)
{
    MetricInputs in;
    const QDate start = window.start();
    const QDate asOf = window.asOf;
    const EvaluationWindow previous = window.previous();
    const QDate previousStart = previous.start();

    QSet<int> months; // year * 12 + month - 1
    for (const Transaction &t : records.transactions) {
        if (!t.date.isValid() || t.date > asOf)
            continue;
        if (!in.firstEver.isValid() || t.date < in.firstEver)
            in.firstEver = t.date;
        if (!in.lastEver.isValid() || t.date > in.lastEver)
            in.lastEver = t.date;
        if (t.date >= previousStart && t.date < start)
            in.previousRevenue += t.amount;
        if (t.date < start)
            continue;
        in.revenue += t.amount;
        if (t.cost) {
            in.costedRevenue += t.amount;
            in.cost += *t.cost;
        }
        ++in.orders;
        if (t.quantity)
            in.quantity += *t.quantity;
        months.insert(t.date.year() * 12 + t.date.month() - 1);
        if (!in.firstInWindow.isValid() || t.date < in.firstInWindow)
            in.firstInWindow = t.date;
        if (!in.lastInWindow.isValid() || t.date > in.lastInWindow)
            in.lastInWindow = t.date;
    }
    in.activeMonths = static_cast<int>(months.size());

    QDate latestBalanceDate;
    for (const Balance &b : records.balances) {
        if (!b.date.isValid() || b.date > asOf)
            continue;
        // Several balances on the same day: the later row wins.
        if (!latestBalanceDate.isValid() || b.date >= latestBalanceDate) {
            latestBalanceDate = b.date;
            in.latestBalance = b.amount;
        }
        if (b.date >= start) {
            in.balanceSum += b.amount;
            ++in.balanceCount;
        }
    }

    for (const Interaction &i : records.interactions) {
        if (!window.contains(i.date))
            continue;
        switch (i.kind) {
        case InteractionKind::Referral:
            ++in.referrals;
            break;
        case InteractionKind::Complaint:
            ++in.complaints;
            break;
        case InteractionKind::Visit:
            ++in.visits;
            break;
        case InteractionKind::Training:
            ++in.trainings;
            break;
        case InteractionKind::Call:
        case InteractionKind::Other:
            break;
        }
    }

    for (const SurveyScore &s : records.surveys) {
        if (!window.contains(s.date))
            continue;
        addScore(in.satisfaction, s.satisfaction);
        addScore(in.loyalty, s.loyalty);
        addScore(in.trust, s.trust);
    }

    in.tenureStart = records.customer.tenureStart;
    // Manual ratings are stored as attributes named "rating:<name>"; `ratings` overrides them.
    const QString ratingPrefix = QStringLiteral("rating:");
    for (auto it = records.customer.attributes.cbegin(); it != records.customer.attributes.cend();
         ++it) {
        const std::optional<double> v = numericAttribute(it.value());
        if (!v)
            continue;
        if (it.key().startsWith(ratingPrefix))
            in.ratings.insert(it.key().mid(ratingPrefix.size()), *v);
        else
            in.attributes.insert(it.key(), *v);
    }
    for (auto it = ratings.cbegin(); it != ratings.cend(); ++it)
        in.ratings.insert(it.key(), it.value());
    return in;
}

} // namespace valuedesk
