#include "evaluationdatareader.h"

#include "monthlyrollup.h"
#include "sqlerror.h"

#include <QHash>
#include <QSqlQuery>

#include <algorithm>

namespace valuedesk {

namespace {

QDate lastDayOfMonth(const QDate &date)
{
    return QDate(date.year(), date.month(), date.daysInMonth());
}

// A date range split into whole calendar months [firstMonth, lastMonth] (empty when
// firstMonth > lastMonth) and at most two partial months, each inside one calendar month.
struct WindowParts
{
    int firstMonth = 0;
    int lastMonth = -1;
    QVector<QPair<QDate, QDate>> partial;
};

WindowParts split(const QDate &from, const QDate &to)
{
    WindowParts parts;
    int first = MonthlyRollup::monthIndex(from);
    int last = MonthlyRollup::monthIndex(to);
    if (first == last) {
        if (from.day() == 1 && to == lastDayOfMonth(to)) {
            parts.firstMonth = parts.lastMonth = first;
        } else {
            parts.partial.append({from, to});
            parts.firstMonth = 0;
            parts.lastMonth = -1;
        }
        return parts;
    }
    if (from.day() != 1) {
        parts.partial.append({from, lastDayOfMonth(from)});
        ++first;
    }
    if (to != lastDayOfMonth(to)) {
        parts.partial.append({QDate(to.year(), to.month(), 1), to});
        --last;
    }
    parts.firstMonth = first;
    parts.lastMonth = last;
    return parts;
}

// One customer's transactions in one calendar month (or part of it).
struct MonthTotals
{
    qint64 revenue = 0;
    qint64 costedRevenue = 0;
    qint64 cost = 0;
    qint64 orders = 0;
    double quantity = 0;
    qint64 firstDay = 0;
    qint64 lastDay = 0;
};

void addMonth(MetricInputs &in, const MonthTotals &m)
{
    in.revenue += m.revenue;
    in.costedRevenue += m.costedRevenue;
    in.cost += m.cost;
    in.orders += m.orders;
    in.quantity += m.quantity;
    if (m.orders > 0)
        ++in.activeMonths;
    const QDate first = QDate::fromJulianDay(m.firstDay);
    const QDate last = QDate::fromJulianDay(m.lastDay);
    if (!in.firstInWindow.isValid() || first < in.firstInWindow)
        in.firstInWindow = first;
    if (!in.lastInWindow.isValid() || last > in.lastInWindow)
        in.lastInWindow = last;
}

Error readError(const QSqlQuery &q)
{
    return sqlError(QCoreApplication::translate("valuedesk::EvaluationDataReader",
                                                "The customer data for the evaluation cannot be "
                                                "read."),
                    q);
}

// Runs `sql` forward-only and calls `row` for each result row.
template <typename RowFn>
Status forEachRow(const QSqlDatabase &db, const QString &sql, const QVariantList &values, RowFn row)
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!q.prepare(sql))
        return readError(q);
    for (int i = 0; i < values.size(); ++i)
        q.bindValue(i, values.at(i));
    if (!q.exec())
        return readError(q);
    while (q.next())
        row(q);
    if (q.lastError().isValid())
        return readError(q);
    return {};
}

} // namespace

EvaluationDataReader::EvaluationDataReader(QSqlDatabase db) : m_db(std::move(db)) {}

Result<QDate> EvaluationDataReader::lastTransactionDate() const
{
    // customer_months is much smaller than transactions and has the same last date.
    QDate last;
    Status s = forEachRow(
        m_db, QStringLiteral("SELECT max(last_day) FROM customer_months"), {},
        [&](const QSqlQuery &q) { last = QDate::fromString(q.value(0).toString(), Qt::ISODate); });
    if (!s)
        return s.error();
    return last;
}

Result<EvaluationData> EvaluationDataReader::read(const EvaluationWindow &window) const
{
    if (!window.isValid())
        return Error(tr("The evaluation window is not valid."));
    EvaluationData data;
    QHash<qint64, int> rowOf;
    const QDate start = window.start();
    const QDate asOf = window.asOf;
    const QVariant startText = isoDateText(start);
    const QVariant asOfText = isoDateText(asOf);

    // Customers.
    Status s = forEachRow(
        m_db,
        QStringLiteral("SELECT id, code, name, status, tenure_start FROM customers ORDER BY code"),
        {}, [&](const QSqlQuery &q) {
            EvaluationCustomer c;
            c.id = q.value(0).toLongLong();
            c.code = q.value(1).toString();
            c.name = q.value(2).toString();
            c.status = parseCustomerStatus(q.value(3).toString()).value_or(CustomerStatus::Active);
            MetricInputs in;
            in.tenureStart = QDate::fromString(q.value(4).toString(), Qt::ISODate);
            rowOf.insert(c.id, data.customers.size());
            data.customers.append(c);
            data.inputs.append(in);
        });
    if (!s)
        return s.error();
    auto inputsOf = [&](qint64 customerId) -> MetricInputs * {
        const auto it = rowOf.constFind(customerId);
        return it == rowOf.constEnd() ? nullptr : &data.inputs[*it];
    };

    // Attributes and manual ratings.
    const QString ratingPrefix = QStringLiteral("rating:");
    s = forEachRow(m_db, QStringLiteral("SELECT customer_id, name, value FROM customer_attributes"),
                   {}, [&](const QSqlQuery &q) {
                       MetricInputs *in = inputsOf(q.value(0).toLongLong());
                       if (!in)
                           return;
                       const std::optional<double> v = numericAttribute(q.value(2).toString());
                       if (!v)
                           return;
                       const QString name = q.value(1).toString();
                       if (name.startsWith(ratingPrefix))
                           in->ratings.insert(name.mid(ratingPrefix.size()), *v);
                       else
                           in->attributes.insert(name, *v);
                   });
    if (!s)
        return s.error();

    // Transactions: whole months from the roll-ups, partial months from transactions.
    const EvaluationWindow previous = window.previous();
    const WindowParts current = split(start, asOf);
    const WindowParts before = split(previous.start(), previous.asOf);
    const bool anyWhole =
        current.firstMonth <= current.lastMonth || before.firstMonth <= before.lastMonth;
    if (anyWhole) {
        const int from =
            before.firstMonth <= before.lastMonth ? before.firstMonth : current.firstMonth;
        const int to =
            current.firstMonth <= current.lastMonth ? current.lastMonth : before.lastMonth;
        auto rows = MonthlyRollup::read(m_db, from, to);
        if (!rows)
            return rows.error();
        const MonthlyRollupRows &r = *rows;
        qint64 lastCustomer = -1;
        MetricInputs *in = nullptr;
        for (int i = 0; i < r.size(); ++i) {
            if (r.customerIds.at(i) != lastCustomer) {
                lastCustomer = r.customerIds.at(i);
                in = inputsOf(lastCustomer);
            }
            if (!in)
                continue;
            const int month = r.months.at(i);
            if (month >= current.firstMonth && month <= current.lastMonth) {
                addMonth(*in, MonthTotals{r.revenue.at(i), r.costedRevenue.at(i), r.cost.at(i),
                                          r.orders.at(i), r.quantity.at(i), r.firstDay.at(i),
                                          r.lastDay.at(i)});
            } else if (month >= before.firstMonth && month <= before.lastMonth) {
                in->previousRevenue += r.revenue.at(i);
            }
        }
    }

    // A partial month: driven by customers (CROSS JOIN keeps it the outer loop) so each
    // customer costs one seek into transactions_by_customer instead of a full table scan.
    const QString partialSql = QStringLiteral(
        "SELECT c.id, sum(t.amount_cents),"
        " coalesce(sum(CASE WHEN t.cost_cents IS NOT NULL THEN t.amount_cents END), 0),"
        " coalesce(sum(t.cost_cents), 0), count(*), total(t.quantity),"
        " CAST(julianday(min(t.date)) + 0.5 AS INTEGER),"
        " CAST(julianday(max(t.date)) + 0.5 AS INTEGER)"
        " FROM customers AS c CROSS JOIN transactions AS t"
        " ON t.customer_id = c.id AND t.date >= ? AND t.date <= ?"
        " GROUP BY c.id");
    // The first and last transaction of the partial month of the as-of date, for firstEver and
    // lastEver.
    QHash<qint64, QPair<QDate, QDate>> asOfMonthSpan;
    for (const auto &range : current.partial) {
        const bool asOfMonth = range.second == asOf;
        s = forEachRow(m_db, partialSql, {isoDateText(range.first), isoDateText(range.second)},
                       [&](const QSqlQuery &q) {
                           const qint64 id = q.value(0).toLongLong();
                           MetricInputs *in = inputsOf(id);
                           if (!in)
                               return;
                           const MonthTotals m{q.value(1).toLongLong(), q.value(2).toLongLong(),
                                               q.value(3).toLongLong(), q.value(4).toLongLong(),
                                               q.value(5).toDouble(),   q.value(6).toLongLong(),
                                               q.value(7).toLongLong()};
                           addMonth(*in, m);
                           if (asOfMonth)
                               asOfMonthSpan.insert(id, {QDate::fromJulianDay(m.firstDay),
                                                         QDate::fromJulianDay(m.lastDay)});
                       });
        if (!s)
            return s.error();
    }
    for (const auto &range : before.partial) {
        s = forEachRow(m_db, partialSql, {isoDateText(range.first), isoDateText(range.second)},
                       [&](const QSqlQuery &q) {
                           if (MetricInputs *in = inputsOf(q.value(0).toLongLong()))
                               in->previousRevenue += q.value(1).toLongLong();
                       });
        if (!s)
            return s.error();
    }

    // First and last transaction on or before the as-of date: the roll-up months up to the last
    // whole month, then the partial as-of month read above.
    const int lastWholeMonth = asOf == lastDayOfMonth(asOf) ? MonthlyRollup::monthIndex(asOf)
                                                            : MonthlyRollup::monthIndex(asOf) - 1;
    s = forEachRow(
        m_db,
        QStringLiteral(
            "SELECT c.id,"
            " (SELECT m.first_day FROM customer_months AS m"
            "   WHERE m.customer_id = c.id AND m.month <= ? ORDER BY m.month LIMIT 1),"
            " (SELECT m.last_day FROM customer_months AS m"
            "   WHERE m.customer_id = c.id AND m.month <= ? ORDER BY m.month DESC LIMIT 1)"
            " FROM customers AS c"),
        {lastWholeMonth, lastWholeMonth}, [&](const QSqlQuery &q) {
            if (MetricInputs *in = inputsOf(q.value(0).toLongLong())) {
                in->firstEver = QDate::fromString(q.value(1).toString(), Qt::ISODate);
                in->lastEver = QDate::fromString(q.value(2).toString(), Qt::ISODate);
            }
        });
    if (!s)
        return s.error();
    for (auto it = asOfMonthSpan.cbegin(); it != asOfMonthSpan.cend(); ++it) {
        MetricInputs *in = inputsOf(it.key());
        if (!in->firstEver.isValid())
            in->firstEver = it.value().first;
        in->lastEver = it.value().second;
    }

    // Interactions per kind in the window.
    s = forEachRow(m_db,
                   QStringLiteral("SELECT c.id, i.kind, count(*)"
                                  " FROM customers AS c CROSS JOIN interactions AS i"
                                  " ON i.customer_id = c.id AND i.date >= ? AND i.date <= ?"
                                  " GROUP BY c.id, i.kind"),
                   {startText, asOfText}, [&](const QSqlQuery &q) {
                       MetricInputs *in = inputsOf(q.value(0).toLongLong());
                       const std::optional<InteractionKind> kind =
                           parseInteractionKind(q.value(1).toString());
                       if (!in || !kind)
                           return;
                       const int n = q.value(2).toInt();
                       switch (*kind) {
                       case InteractionKind::Referral:
                           in->referrals += n;
                           break;
                       case InteractionKind::Complaint:
                           in->complaints += n;
                           break;
                       case InteractionKind::Visit:
                           in->visits += n;
                           break;
                       case InteractionKind::Training:
                           in->trainings += n;
                           break;
                       case InteractionKind::Call:
                       case InteractionKind::Other:
                           break;
                       }
                   });
    if (!s)
        return s.error();

    // Survey sums and counts in the window.
    s = forEachRow(
        m_db,
        QStringLiteral("SELECT c.id, total(s.satisfaction), count(s.satisfaction),"
                       " total(s.loyalty), count(s.loyalty), total(s.trust), count(s.trust)"
                       " FROM customers AS c CROSS JOIN survey_scores AS s"
                       " ON s.customer_id = c.id AND s.date >= ? AND s.date <= ?"
                       " GROUP BY c.id"),
        {startText, asOfText}, [&](const QSqlQuery &q) {
            if (MetricInputs *in = inputsOf(q.value(0).toLongLong())) {
                in->satisfaction = ScoreSum{q.value(1).toDouble(), q.value(2).toInt()};
                in->loyalty = ScoreSum{q.value(3).toDouble(), q.value(4).toInt()};
                in->trust = ScoreSum{q.value(5).toDouble(), q.value(6).toInt()};
            }
        });
    if (!s)
        return s.error();

    // Balances: sum and count in the window, and the latest on or before the as-of date (the
    // later row of one day wins).
    s = forEachRow(m_db,
                   QStringLiteral("SELECT c.id,"
                                  " (SELECT b.amount_cents FROM balances AS b"
                                  "   WHERE b.customer_id = c.id AND b.date <= ?"
                                  "   ORDER BY b.date DESC, b.id DESC LIMIT 1),"
                                  " (SELECT coalesce(sum(b.amount_cents), 0) FROM balances AS b"
                                  "   WHERE b.customer_id = c.id AND b.date >= ? AND b.date <= ?),"
                                  " (SELECT count(*) FROM balances AS b"
                                  "   WHERE b.customer_id = c.id AND b.date >= ? AND b.date <= ?)"
                                  " FROM customers AS c"),
                   {asOfText, startText, asOfText, startText, asOfText}, [&](const QSqlQuery &q) {
                       MetricInputs *in = inputsOf(q.value(0).toLongLong());
                       if (!in)
                           return;
                       if (!q.value(1).isNull())
                           in->latestBalance = q.value(1).toLongLong();
                       in->balanceSum = q.value(2).toLongLong();
                       in->balanceCount = q.value(3).toInt();
                   });
    if (!s)
        return s.error();
    return data;
}

} // namespace valuedesk
