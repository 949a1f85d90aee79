#include "evaluationdatareader.h"

#include "evaluationreadsteps.h"
#include "sqlerror.h"

#include <QSqlDatabase>

#include <atomic>
#include <thread>

namespace valuedesk {

using namespace evaluationread;

namespace {

// `aggregate` ("min" or "max") of a customer_months day column, checked as a stored date. The
// bare customer_id is that of the row with the extreme (SQLite's min/max rule), for the message.
Result<QDate> storedExtremeDay(const QSqlDatabase &db, const QString &aggregate,
                               const QString &column)
{
    QDate day;
    Status s = forEachRow(db,
                          QStringLiteral("SELECT ") + aggregate + QLatin1Char('(') + column +
                              QStringLiteral("), customer_id FROM customer_months"),
                          {}, [&](const RowReader &r) -> Status {
                              auto date =
                                  storedDate(db, r, 0, QStringLiteral("customer_months/") + column,
                                             r.int64(1));
                              if (!date)
                                  return date.error();
                              day = *date;
                              return Status::success();
                          });
    if (!s)
        return s.error();
    return day;
}

} // namespace

EvaluationDataReader::EvaluationDataReader(QSqlDatabase db) : m_db(std::move(db)) {}

Result<QDate> EvaluationDataReader::lastTransactionDate() const
{
    // customer_months is much smaller than transactions and has the same last date.
    return storedExtremeDay(m_db, QStringLiteral("max"), QStringLiteral("last_day"));
}

Result<QDate> EvaluationDataReader::firstTransactionDate() const
{
    return storedExtremeDay(m_db, QStringLiteral("min"), QStringLiteral("first_day"));
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
