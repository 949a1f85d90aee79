#include "evaluationdatareader.h"

#include "checkedmoney.h"
#include "monthlyrollup.h"
#include "rowreader.h"
#include "sqlerror.h"

#include <QHash>
#include <QSqlDatabase>

#include <algorithm>
#include <atomic>
#include <thread>
#include <type_traits>

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

// False when a sum would not fit in qint64 (in is then partly updated and must not be used).
[[nodiscard]] bool addMonth(MetricInputs &in, const MonthTotals &m)
{
    if (!addCents(in.revenue, m.revenue) || !addCents(in.costedRevenue, m.costedRevenue) ||
        !addCents(in.cost, m.cost))
        return false;
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
    return true;
}

// Runs `sql` forward-only and calls `row` for each result row. A `row` returning Status stops
// at the first error and returns it.
template <typename RowFn>
Status forEachRow(const QSqlDatabase &db, const QString &sql, const QVariantList &values, RowFn row)
{
    RowReader r(db);
    const QString message = QCoreApplication::translate(
        "valuedesk::EvaluationDataReader", "The customer data for the evaluation cannot be read.");
    if (Status s = r.exec(message, sql, values); !s)
        return s;
    while (r.next()) {
        if constexpr (std::is_same_v<decltype(row(r)), Status>) {
            if (Status s = row(r); !s)
                return s;
        } else {
            row(r);
        }
    }
    return r.status();
}

// A stored date column: invalid when NULL or empty (unknown), an error naming the column and
// the customer when it holds text that is no date.
Result<QDate> storedDate(const QSqlDatabase &db, const RowReader &r, int column,
                         const QString &tableColumn, qint64 customerId)
{
    if (r.isNull(column) || r.text(column).isEmpty())
        return QDate();
    const QDate date = r.date(column);
    if (!date.isValid())
        return invalidStoredDate(db, tableColumn, customerId);
    return date;
}

bool textIs(const QByteArray &text, const char *word)
{
    return text == word;
}

// parseInteractionKind without a QString for the stored English words.
std::optional<InteractionKind> interactionKind(const QByteArray &text)
{
    if (textIs(text, "call"))
        return InteractionKind::Call;
    if (textIs(text, "visit"))
        return InteractionKind::Visit;
    if (textIs(text, "complaint"))
        return InteractionKind::Complaint;
    if (textIs(text, "referral"))
        return InteractionKind::Referral;
    if (textIs(text, "training"))
        return InteractionKind::Training;
    if (textIs(text, "other"))
        return InteractionKind::Other;
    return parseInteractionKind(QString::fromUtf8(text));
}

// parseCustomerStatus without a QString for the stored English words.
std::optional<CustomerStatus> customerStatus(const QByteArray &text)
{
    if (textIs(text, "active"))
        return CustomerStatus::Active;
    if (textIs(text, "prospect"))
        return CustomerStatus::Prospect;
    if (textIs(text, "lost"))
        return CustomerStatus::Lost;
    return parseCustomerStatus(QString::fromUtf8(text));
}

// Customer id -> row of EvaluationData: a dense table when the ids are compact (the usual
// case: INTEGER PRIMARY KEY from 1), else a hash.
class RowIndex
{
public:
    void build(const QVector<EvaluationCustomer> &customers)
    {
        if (customers.isEmpty())
            return;
        qint64 low = customers.constFirst().id;
        qint64 high = low;
        for (const EvaluationCustomer &c : customers) {
            low = std::min(low, c.id);
            high = std::max(high, c.id);
        }
        if (high - low < 4 * qint64(customers.size()) + 1024) {
            m_low = low;
            m_dense.fill(-1, int(high - low + 1));
            for (int i = 0; i < customers.size(); ++i)
                m_dense[int(customers.at(i).id - low)] = i;
        } else {
            m_useHash = true;
            m_hash.reserve(customers.size());
            for (int i = 0; i < customers.size(); ++i)
                m_hash.insert(customers.at(i).id, i);
        }
    }
    int rowOf(qint64 id) const
    {
        if (m_useHash)
            return m_hash.value(id, -1);
        const qint64 slot = id - m_low;
        return slot >= 0 && slot < m_dense.size() ? m_dense.at(int(slot)) : -1;
    }

private:
    qint64 m_low = 0;
    QVector<int> m_dense;
    QHash<qint64, int> m_hash;
    bool m_useHash = false;
};

// What the two halves of EvaluationDataReader::read share: the window, the customer id -> row
// index and the rows' MetricInputs. Each half writes its own members of MetricInputs (distinct
// memory locations), so they can run on two threads without locks.
struct ReadContext
{
    EvaluationWindow window;
    QDate start;
    QDate asOf;
    QVariant startText;
    QVariant asOfText;
    const RowIndex *index = nullptr;
    MetricInputs *inputs = nullptr; // data.inputs.data(): never reallocated while reading

    MetricInputs *inputsOf(qint64 customerId) const
    {
        const int row = index->rowOf(customerId);
        return row < 0 ? nullptr : inputs + row;
    }
};

// The first and last transaction of each customer in the partial as-of month (firstEver and
// lastEver are completed with them once both halves are done).
using MonthSpans = QHash<qint64, QPair<QDate, QDate>>;

// Attributes and manual ratings: MetricInputs::attributes, ratings.
Status readAttributes(const QSqlDatabase &db, const ReadContext &ctx)
{
    const QString ratingPrefix = QStringLiteral("rating:");
    Status s =
        forEachRow(db, QStringLiteral("SELECT customer_id, name, value FROM customer_attributes"),
                   {}, [&](const RowReader &r) {
                       MetricInputs *in = ctx.inputsOf(r.int64(0));
                       if (!in)
                           return;
                       const std::optional<double> v = numericAttribute(r.string(2));
                       if (!v)
                           return;
                       const QString name = r.string(1);
                       if (name.startsWith(ratingPrefix))
                           in->ratings.insert(name.mid(ratingPrefix.size()), *v);
                       else
                           in->attributes.insert(name, *v);
                   });
    if (!s)
        return s;
    return s;
}

// One row of the partial-month statement (customer id, sums, count, quantity, first and last
// date, count of costs), checked: sums its rows cannot add up to and dates that are no dates are
// errors naming the customer.
Result<MonthTotals> partialMonth(const QSqlDatabase &db, const RowReader &r)
{
    const qint64 id = r.int64(0);
    MonthTotals m{r.int64(1), r.int64(2), r.int64(3), r.int64(4), r.real(5), 0, 0};
    if (!isPossibleSum(m.revenue, m.orders) || !isPossibleSum(m.costedRevenue, r.int64(8)))
        return impossibleStoredAmount(db, QStringLiteral("transactions/amount_cents"), id);
    if (!isPossibleSum(m.cost, r.int64(8)))
        return impossibleStoredAmount(db, QStringLiteral("transactions/cost_cents"), id);
    const QDate first = r.date(6);
    const QDate last = r.date(7);
    if (!first.isValid() || !last.isValid())
        return invalidStoredDate(db, QStringLiteral("transactions/date"), id);
    m.firstDay = first.toJulianDay();
    m.lastDay = last.toJulianDay();
    return m;
}

// Transactions in the window and the previous window: revenue, cost, orders, quantity,
// activeMonths, firstInWindow, lastInWindow, previousRevenue.
Status readTransactions(const QSqlDatabase &db, const ReadContext &ctx, MonthSpans &asOfMonthSpan)
{
    // Transactions: whole months from the roll-ups, partial months from transactions.
    const EvaluationWindow previous = ctx.window.previous();
    const WindowParts current = split(ctx.start, ctx.asOf);
    const WindowParts before = split(previous.start(), previous.asOf);
    const bool anyWhole =
        current.firstMonth <= current.lastMonth || before.firstMonth <= before.lastMonth;
    if (anyWhole) {
        const int from =
            before.firstMonth <= before.lastMonth ? before.firstMonth : current.firstMonth;
        const int to =
            current.firstMonth <= current.lastMonth ? current.lastMonth : before.lastMonth;
        auto rows = MonthlyRollup::read(db, from, to);
        if (!rows)
            return rows.error();
        const MonthlyRollupRows &r = *rows;
        qint64 lastCustomer = -1;
        MetricInputs *in = nullptr;
        for (int i = 0; i < r.size(); ++i) {
            if (r.customerIds.at(i) != lastCustomer) {
                lastCustomer = r.customerIds.at(i);
                in = ctx.inputsOf(lastCustomer);
            }
            if (!in)
                continue;
            const int month = r.months.at(i);
            if (month >= current.firstMonth && month <= current.lastMonth) {
                if (!addMonth(*in, MonthTotals{r.revenue.at(i), r.costedRevenue.at(i), r.cost.at(i),
                                               r.orders.at(i), r.quantity.at(i), r.firstDay.at(i),
                                               r.lastDay.at(i)}))
                    return sumTooLarge(db, lastCustomer);
            } else if (month >= before.firstMonth && month <= before.lastMonth) {
                if (!addCents(in->previousRevenue, r.revenue.at(i)))
                    return sumTooLarge(db, lastCustomer);
            }
        }
    }

    // A partial month: driven by customers (CROSS JOIN keeps it the outer loop) so each
    // customer costs one seek into transactions_by_customer instead of a full table scan.
    const QString partialSql = QStringLiteral(
        "SELECT c.id, sum(t.amount_cents),"
        " coalesce(sum(CASE WHEN t.cost_cents IS NOT NULL THEN t.amount_cents END), 0),"
        " coalesce(sum(t.cost_cents), 0), count(*), total(t.quantity), min(t.date), max(t.date),"
        " count(t.cost_cents)"
        " FROM customers AS c CROSS JOIN transactions AS t"
        " ON t.customer_id = c.id AND t.date >= ? AND t.date <= ?"
        " GROUP BY c.id");
    // The first and last transaction of the partial month of the as-of date, for firstEver and
    // lastEver.
    for (const auto &range : current.partial) {
        const bool asOfMonth = range.second == ctx.asOf;
        Status s = forEachRow(db, partialSql, {isoDateText(range.first), isoDateText(range.second)},
                              [&](const RowReader &r) -> Status {
                                  const qint64 id = r.int64(0);
                                  MetricInputs *in = ctx.inputsOf(id);
                                  if (!in)
                                      return Status::success();
                                  auto m = partialMonth(db, r);
                                  if (!m)
                                      return m.error();
                                  if (!addMonth(*in, *m))
                                      return sumTooLarge(db, id);
                                  if (asOfMonth)
                                      asOfMonthSpan.insert(id, {QDate::fromJulianDay(m->firstDay),
                                                                QDate::fromJulianDay(m->lastDay)});
                                  return Status::success();
                              });
        if (!s)
            return s;
    }
    for (const auto &range : before.partial) {
        Status s = forEachRow(db, partialSql, {isoDateText(range.first), isoDateText(range.second)},
                              [&](const RowReader &r) -> Status {
                                  const qint64 id = r.int64(0);
                                  MetricInputs *in = ctx.inputsOf(id);
                                  if (!in)
                                      return Status::success();
                                  auto m = partialMonth(db, r);
                                  if (!m)
                                      return m.error();
                                  if (!addCents(in->previousRevenue, m->revenue))
                                      return sumTooLarge(db, id);
                                  return Status::success();
                              });
        if (!s)
            return s;
    }

    return Status::success();
}

// firstEver and lastEver up to the last whole month before the as-of date.
Status readFirstAndLast(const QSqlDatabase &db, const ReadContext &ctx)
{
    // First and last transaction on or before the as-of date: the roll-up months up to the last
    // whole month, then the partial as-of month read above.
    const int lastWholeMonth = ctx.asOf == lastDayOfMonth(ctx.asOf)
                                   ? MonthlyRollup::monthIndex(ctx.asOf)
                                   : MonthlyRollup::monthIndex(ctx.asOf) - 1;
    return forEachRow(
        db,
        QStringLiteral(
            "SELECT c.id,"
            " (SELECT m.first_day FROM customer_months AS m"
            "   WHERE m.customer_id = c.id AND m.month <= ? ORDER BY m.month LIMIT 1),"
            " (SELECT m.last_day FROM customer_months AS m"
            "   WHERE m.customer_id = c.id AND m.month <= ? ORDER BY m.month DESC LIMIT 1)"
            " FROM customers AS c"),
        {lastWholeMonth, lastWholeMonth}, [&](const RowReader &r) -> Status {
            const qint64 id = r.int64(0);
            MetricInputs *in = ctx.inputsOf(id);
            if (!in)
                return Status::success();
            auto first = storedDate(db, r, 1, QStringLiteral("customer_months/first_day"), id);
            if (!first)
                return first.error();
            auto last = storedDate(db, r, 2, QStringLiteral("customer_months/last_day"), id);
            if (!last)
                return last.error();
            in->firstEver = *first;
            in->lastEver = *last;
            return Status::success();
        });
}

// Interactions, surveys and balances: referrals … trainings, satisfaction, loyalty, trust,
// latestBalance, balanceSum, balanceCount.
Status readRelationship(const QSqlDatabase &db, const ReadContext &ctx)
{
    // Interactions per kind in the window: one scan of the table (there is no date index) counted
    // here; grouping per customer and kind in SQL cost a temporary B-tree, and a seek per
    // customer more than the scan.
    Status s = forEachRow(db,
                          QStringLiteral("SELECT customer_id, kind FROM interactions"
                                         " WHERE date >= ? AND date <= ?"),
                          {ctx.startText, ctx.asOfText}, [&](const RowReader &r) {
                              MetricInputs *in = ctx.inputsOf(r.int64(0));
                              if (!in)
                                  return;
                              const std::optional<InteractionKind> kind =
                                  interactionKind(r.text(1));
                              if (!kind)
                                  return;
                              switch (*kind) {
                              case InteractionKind::Referral:
                                  ++in->referrals;
                                  break;
                              case InteractionKind::Complaint:
                                  ++in->complaints;
                                  break;
                              case InteractionKind::Visit:
                                  ++in->visits;
                                  break;
                              case InteractionKind::Training:
                                  ++in->trainings;
                                  break;
                              case InteractionKind::Call:
                              case InteractionKind::Other:
                                  break;
                              }
                          });
    if (!s)
        return s;

    // Survey sums and counts in the window: one walk of the (customer_id, date) index, so each
    // customer's scores are added in date order as before (the sums are of doubles).
    s = forEachRow(db,
                   QStringLiteral("SELECT customer_id, total(satisfaction), count(satisfaction),"
                                  " total(loyalty), count(loyalty), total(trust), count(trust)"
                                  " FROM survey_scores INDEXED BY survey_scores_by_customer"
                                  " WHERE date >= ? AND date <= ?"
                                  " GROUP BY customer_id"),
                   {ctx.startText, ctx.asOfText}, [&](const RowReader &r) {
                       if (MetricInputs *in = ctx.inputsOf(r.int64(0))) {
                           in->satisfaction = ScoreSum{r.real(1), int(r.int64(2))};
                           in->loyalty = ScoreSum{r.real(3), int(r.int64(4))};
                           in->trust = ScoreSum{r.real(5), int(r.int64(6))};
                       }
                   });
    if (!s)
        return s;

    // Balances: sum and count in the window, and the latest on or before the as-of date (the
    // later row of one day wins). One walk of the (customer_id, date) index, whose order is
    // (customer_id, date, id): each customer's last row is its latest.
    s = forEachRow(db,
                   QStringLiteral("SELECT customer_id, date >= ?, amount_cents, date"
                                  " FROM balances INDEXED BY balances_by_customer"
                                  " WHERE date <= ? ORDER BY customer_id, date, id"),
                   {ctx.startText, ctx.asOfText}, [&](const RowReader &r) -> Status {
                       const qint64 id = r.int64(0);
                       MetricInputs *in = ctx.inputsOf(id);
                       if (!in)
                           return Status::success();
                       const qint64 amount = r.int64(2);
                       if (!r.isInteger(2) || !isRecordAmount(amount))
                           return impossibleStoredAmount(
                               db, QStringLiteral("balances/amount_cents"), id);
                       if (!r.date(3).isValid())
                           return invalidStoredDate(db, QStringLiteral("balances/date"), id);
                       in->latestBalance = amount;
                       if (r.int64(1) != 0) {
                           if (!addCents(in->balanceSum, amount))
                               return sumTooLarge(db, id);
                           ++in->balanceCount;
                       }
                       return Status::success();
                   });
    if (!s)
        return s;
    return Status::success();
}

} // namespace

EvaluationDataReader::EvaluationDataReader(QSqlDatabase db) : m_db(std::move(db)) {}

Result<QDate> EvaluationDataReader::lastTransactionDate() const
{
    // customer_months is much smaller than transactions and has the same last date.
    // The bare customer_id is that of the row with the maximum (SQLite's min/max rule).
    QDate last;
    Status s =
        forEachRow(m_db, QStringLiteral("SELECT max(last_day), customer_id FROM customer_months"),
                   {}, [&](const RowReader &r) -> Status {
                       auto date = storedDate(
                           m_db, r, 0, QStringLiteral("customer_months/last_day"), r.int64(1));
                       if (!date)
                           return date.error();
                       last = *date;
                       return Status::success();
                   });
    if (!s)
        return s.error();
    return last;
}

Result<QDate> EvaluationDataReader::firstTransactionDate() const
{
    QDate first;
    Status s =
        forEachRow(m_db, QStringLiteral("SELECT min(first_day), customer_id FROM customer_months"),
                   {}, [&](const RowReader &r) -> Status {
                       auto date = storedDate(
                           m_db, r, 0, QStringLiteral("customer_months/first_day"), r.int64(1));
                       if (!date)
                           return date.error();
                       first = *date;
                       return Status::success();
                   });
    if (!s)
        return s.error();
    return first;
}

Result<EvaluationData> EvaluationDataReader::read(const EvaluationWindow &window) const
{
    if (!window.isValid())
        return Error(tr("The evaluation window is not valid."));
    const QString changed =
        tr("The customer file changed while it was being read; evaluate again.");
    qint64 customerCount = 0;
    Status s = forEachRow(m_db, QStringLiteral("SELECT count(*) FROM customers"), {},
                          [&](const RowReader &r) { customerCount = r.int64(0); });
    if (!s)
        return s.error();

    EvaluationData data;
    data.customers.reserve(customerCount);
    data.inputs.resize(customerCount);
    ReadContext ctx;
    ctx.window = window;
    ctx.start = window.start();
    ctx.asOf = window.asOf;
    ctx.startText = isoDateText(ctx.start);
    ctx.asOfText = isoDateText(ctx.asOf);
    ctx.inputs = data.inputs.data();

    // Half of the statements run on a second connection to the same file on another thread
    // (both only read; SQLite's WAL lets readers run side by side), which nearly halves the
    // time on two cores: there the customers, their attributes, interactions, surveys and
    // balances; here, indexed from the customers' ids in the same order, everything read from
    // transactions and their monthly roll-ups (one thread per table keeps the two from competing
    // for the same pages). Should the second connection not open, its half runs here afterwards.
    RowIndex otherIndex;
    ReadContext otherCtx = ctx;
    otherCtx.index = &otherIndex;
    // A window with partial months reads those from transactions here, so the first/last-ever
    // seeks move to the other half to keep the two halves about even.
    const bool partialMonths = ctx.start.day() != 1 || ctx.asOf.day() != ctx.asOf.daysInMonth();
    const auto customersHalf = [&data, &otherIndex, &otherCtx, customerCount, changed,
                                partialMonths](const QSqlDatabase &db) -> Status {
        Status st = forEachRow(
            db,
            QStringLiteral("SELECT id, code, name, status, tenure_start, industry, region, manager"
                           " FROM customers ORDER BY code"),
            {}, [&](const RowReader &r) -> Status {
                if (data.customers.size() >= customerCount)
                    return Status::success();
                EvaluationCustomer c;
                c.id = r.int64(0);
                c.code = r.string(1);
                c.name = r.string(2);
                c.status = customerStatus(r.text(3)).value_or(CustomerStatus::Active);
                c.industry = r.string(5);
                c.region = r.string(6);
                c.manager = r.string(7);
                auto tenure = storedDate(db, r, 4, QStringLiteral("customers/tenure_start"), c.id);
                if (!tenure)
                    return tenure.error();
                otherCtx.inputs[data.customers.size()].tenureStart = *tenure;
                data.customers.append(c);
                return Status::success();
            });
        if (!st)
            return st;
        if (data.customers.size() != customerCount)
            return Error(changed);
        otherIndex.build(data.customers);
        if (st = readAttributes(db, otherCtx); !st)
            return st;
        if (partialMonths) {
            if (st = readFirstAndLast(db, otherCtx); !st)
                return st;
        }
        return readRelationship(db, otherCtx);
    };
    Status otherStatus;
    bool otherRan = false;
    std::thread other;
    if (customerCount > 0) {
        other = std::thread([&]() {
            static std::atomic<int> counter{0};
            const QString name = QStringLiteral("valuedesk-evaluation-%1").arg(++counter);
            {
                QSqlDatabase db = QSqlDatabase::cloneDatabase(m_db.connectionName(), name);
                if (db.open()) {
                    otherStatus = customersHalf(db);
                    otherRan = true;
                }
                db.close();
            }
            QSqlDatabase::removeDatabase(name);
        });
    }

    RowIndex index;
    ctx.index = &index;
    MonthSpans asOfMonthSpan;
    QVector<EvaluationCustomer> ids;
    s = [&]() -> Status {
        ids.reserve(customerCount);
        Status st = forEachRow(m_db, QStringLiteral("SELECT id FROM customers ORDER BY code"), {},
                               [&](const RowReader &r) {
                                   EvaluationCustomer c;
                                   c.id = r.int64(0);
                                   ids.append(c);
                               });
        if (!st)
            return st;
        if (ids.size() != customerCount)
            return Error(changed);
        index.build(ids);
        if (st = readTransactions(m_db, ctx, asOfMonthSpan); !st)
            return st;
        return partialMonths ? Status::success() : readFirstAndLast(m_db, ctx);
    }();
    if (other.joinable())
        other.join();
    if (!s)
        return s.error();
    if (customerCount > 0 && !otherRan)
        otherStatus = customersHalf(m_db);
    if (!otherStatus)
        return otherStatus.error();
    // Both halves indexed the same customers in the same order (else the file changed between).
    if (ids.size() != data.customers.size())
        return Error(changed);
    for (int i = 0; i < data.customers.size(); ++i)
        if (ids.at(i).id != data.customers.at(i).id)
            return Error(changed);

    for (auto it = asOfMonthSpan.cbegin(); it != asOfMonthSpan.cend(); ++it) {
        MetricInputs *in = ctx.inputsOf(it.key());
        if (!in->firstEver.isValid())
            in->firstEver = it.value().first;
        in->lastEver = it.value().second;
    }
    for (int i = 0; i < data.customers.size(); ++i)
        data.customers[i].revenue = centsToUnits(data.inputs.at(i).revenue);
    return data;
}

} // namespace valuedesk
