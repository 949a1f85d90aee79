#include "recordrepository.h"

#include "batchinserter.h"
#include "checkedmoney.h"
#include "database.h"
#include "monthlyrollup.h"
#include "sqlerror.h"

#include <QCoreApplication>
#include <QSqlQuery>

#include <type_traits>

namespace valuedesk {

namespace {

QVariant dateValue(const QDate &date)
{
    return isoDateText(date);
}

template <typename T>
QVariant optionalValue(const std::optional<T> &value)
{
    return value ? QVariant::fromValue(*value) : QVariant();
}

template <typename T>
std::optional<T> optionalFrom(const QVariant &value)
{
    return value.isNull() ? std::nullopt : std::optional<T>(value.value<T>());
}

// How each record type maps to its table. `columns` excludes id and customer_id, which come
// first in every table.
template <typename Record>
struct RecordTable;

template <>
struct RecordTable<Transaction>
{
    static QString table() { return QStringLiteral("transactions"); }
    static QStringList columns()
    {
        return {QStringLiteral("date"),       QStringLiteral("amount_cents"),
                QStringLiteral("cost_cents"), QStringLiteral("quantity"),
                QStringLiteral("product"),    QStringLiteral("category"),
                QStringLiteral("channel")};
    }
    static QVariantList values(const Transaction &t)
    {
        return {dateValue(t.date),     t.amount,
                optionalValue(t.cost), optionalValue(t.quantity),
                textValue(t.product),  textValue(t.category),
                textValue(t.channel)};
    }
    static void read(Transaction &t, const QSqlQuery &q, int first)
    {
        t.date = QDate::fromString(q.value(first).toString(), Qt::ISODate);
        t.amount = q.value(first + 1).toLongLong();
        t.cost = optionalFrom<qint64>(q.value(first + 2));
        t.quantity = optionalFrom<double>(q.value(first + 3));
        t.product = q.value(first + 4).toString();
        t.category = q.value(first + 5).toString();
        t.channel = q.value(first + 6).toString();
    }
};

template <>
struct RecordTable<Interaction>
{
    static QString table() { return QStringLiteral("interactions"); }
    static QStringList columns()
    {
        return {QStringLiteral("date"), QStringLiteral("kind"), QStringLiteral("note")};
    }
    static QVariantList values(const Interaction &i)
    {
        return {dateValue(i.date), interactionKindId(i.kind), textValue(i.note)};
    }
    static void read(Interaction &i, const QSqlQuery &q, int first)
    {
        i.date = QDate::fromString(q.value(first).toString(), Qt::ISODate);
        i.kind =
            parseInteractionKind(q.value(first + 1).toString()).value_or(InteractionKind::Other);
        i.note = q.value(first + 2).toString();
    }
};

template <>
struct RecordTable<SurveyScore>
{
    static QString table() { return QStringLiteral("survey_scores"); }
    static QStringList columns()
    {
        return {QStringLiteral("date"),        QStringLiteral("satisfaction"),
                QStringLiteral("loyalty"),     QStringLiteral("trust"),
                QStringLiteral("metric_name"), QStringLiteral("metric_value")};
    }
    static QVariantList values(const SurveyScore &s)
    {
        return {dateValue(s.date),        optionalValue(s.satisfaction),
                optionalValue(s.loyalty), optionalValue(s.trust),
                textValue(s.metricName),  optionalValue(s.metricValue)};
    }
    static void read(SurveyScore &s, const QSqlQuery &q, int first)
    {
        s.date = QDate::fromString(q.value(first).toString(), Qt::ISODate);
        s.satisfaction = optionalFrom<double>(q.value(first + 1));
        s.loyalty = optionalFrom<double>(q.value(first + 2));
        s.trust = optionalFrom<double>(q.value(first + 3));
        s.metricName = q.value(first + 4).toString();
        s.metricValue = optionalFrom<double>(q.value(first + 5));
    }
};

template <>
struct RecordTable<Balance>
{
    static QString table() { return QStringLiteral("balances"); }
    static QStringList columns()
    {
        return {QStringLiteral("date"), QStringLiteral("amount_cents")};
    }
    static QVariantList values(const Balance &b) { return {dateValue(b.date), b.amount}; }
    static void read(Balance &b, const QSqlQuery &q, int first)
    {
        b.date = QDate::fromString(q.value(first).toString(), Qt::ISODate);
        b.amount = q.value(first + 1).toLongLong();
    }
};

template <typename Record>
QString selectSql()
{
    using T = RecordTable<Record>;
    return QStringLiteral("SELECT id, customer_id, ") + T::columns().join(QStringLiteral(", ")) +
           QStringLiteral(" FROM ") + T::table();
}

template <typename Record>
Record readRecord(const QSqlQuery &q)
{
    Record r;
    r.id = q.value(0).toLongLong();
    r.customerId = q.value(1).toLongLong();
    RecordTable<Record>::read(r, q, 2);
    return r;
}

// With `withId`, the row id is given too: undoing a delete restores the record under its old id
// so later undo steps that name it still find it.
template <typename Record>
QString insertSql(bool withId = false)
{
    using T = RecordTable<Record>;
    const QStringList columns = T::columns();
    const QStringList marks(columns.size() + (withId ? 2 : 1), QStringLiteral("?"));
    return QStringLiteral("INSERT INTO ") + T::table() +
           (withId ? QStringLiteral(" (id, customer_id, ") : QStringLiteral(" (customer_id, ")) +
           columns.join(QStringLiteral(", ")) + QStringLiteral(") VALUES (") +
           marks.join(QStringLiteral(", ")) + QLatin1Char(')');
}

// Only transactions have derived data (customer_months); the other record types skip all of it.
template <typename Record>
constexpr bool hasMonthlyRollup = std::is_same_v<Record, Transaction>;

// The roll-up row a stored transaction counts into, if the transaction exists.
Result<std::optional<MonthlyRollup::Key>> rollupKeyOf(const QSqlDatabase &db, qint64 id)
{
    auto q = runQuery(db, QStringLiteral("SELECT customer_id, date FROM transactions WHERE id = ?"),
                      {id});
    if (!q)
        return q.error();
    if (!q->next())
        return std::optional<MonthlyRollup::Key>();
    const QDate date = QDate::fromString(q->value(1).toString(), Qt::ISODate);
    return std::optional<MonthlyRollup::Key>(
        MonthlyRollup::Key(q->value(0).toLongLong(), MonthlyRollup::monthIndex(date)));
}

Error amountBeyondLimit(const QString &field, Cents cents)
{
    return Error(QCoreApplication::translate("valuedesk::RecordRepository",
                                             "The %1 %2 is beyond ±%3; ValueDesk accepts at most "
                                             "±%3 per record.")
                     .arg(field, formatCentsPlain(cents), maxRecordAmountText()));
}

// Money within ±maxRecordCents (checkedmoney.h), so that no sum of a file's amounts can
// overflow. Import validation checks the same with the row and column; this guards every other
// way in (the record editor, undo, scripts through the models).
Status checkRecord(const Transaction &t)
{
    if (!isRecordAmount(t.amount))
        return amountBeyondLimit(
            QCoreApplication::translate("valuedesk::RecordRepository", "amount"), t.amount);
    if (t.cost && !isRecordAmount(*t.cost))
        return amountBeyondLimit(QCoreApplication::translate("valuedesk::RecordRepository", "cost"),
                                 *t.cost);
    return Status::success();
}

Status checkRecord(const Balance &b)
{
    if (!isRecordAmount(b.amount))
        return amountBeyondLimit(
            QCoreApplication::translate("valuedesk::RecordRepository", "balance"), b.amount);
    return Status::success();
}

Status checkRecord(const Interaction &)
{
    return Status::success();
}

Status checkRecord(const SurveyScore &)
{
    return Status::success();
}

} // namespace

template <typename Record>
Result<QVector<Record>> RecordRepository<Record>::forCustomer(qint64 customerId) const
{
    auto q = runQuery(
        m_db, selectSql<Record>() + QStringLiteral(" WHERE customer_id = ? ORDER BY date, id"),
        {customerId});
    if (!q)
        return q.error();
    QVector<Record> records;
    while (q->next())
        records.append(readRecord<Record>(*q));
    return records;
}

template <typename Record>
Result<Record> RecordRepository<Record>::byId(qint64 id) const
{
    auto q = runQuery(m_db, selectSql<Record>() + QStringLiteral(" WHERE id = ?"), {id});
    if (!q)
        return q.error();
    if (!q->next())
        return Error(QCoreApplication::translate("valuedesk::RecordRepository",
                                                 "The record no longer exists in this file."));
    return readRecord<Record>(*q);
}

template <typename Record>
Result<qint64> RecordRepository<Record>::insert(const Record &record)
{
    if (Status checked = checkRecord(record); !checked)
        return checked.error();
    const bool withId = record.id > 0;
    QVariantList values =
        withId ? QVariantList{record.id, record.customerId} : QVariantList{record.customerId};
    if constexpr (hasMonthlyRollup<Record>) {
        // The row and its roll-up change together, in our transaction or in the caller's.
        TransactionScope transaction(m_db);
        const auto began = transaction.beginOrJoin();
        if (!began)
            return began.error();
        const bool own = *began;
        auto q =
            runQuery(m_db, insertSql<Record>(withId), values + RecordTable<Record>::values(record));
        if (!q)
            return q.error();
        const qint64 id = q->lastInsertId().toLongLong();
        if (auto rolled = MonthlyRollup::applyInserted(m_db, {record}); !rolled)
            return rolled.error();
        if (own) {
            if (auto committed = transaction.commit(); !committed)
                return committed.error();
        }
        return id;
    } else {
        auto q =
            runQuery(m_db, insertSql<Record>(withId), values + RecordTable<Record>::values(record));
        if (!q)
            return q.error();
        return q->lastInsertId().toLongLong();
    }
}

template <typename Record>
Status RecordRepository<Record>::insertMany(const QVector<Record> &records)
{
    for (const Record &record : records) {
        if (Status checked = checkRecord(record); !checked)
            return checked;
    }
    TransactionScope transaction(m_db);
    const auto began = transaction.beginOrJoin(); // inside a caller's transaction otherwise
    if (!began)
        return began.error();
    const bool own = *began;
    BatchInserter batch(m_db, RecordTable<Record>::table(),
                        QStringList{QStringLiteral("customer_id")} + RecordTable<Record>::columns(),
                        records.size(),
                        QCoreApplication::translate("valuedesk::RecordRepository",
                                                    "The records could not be saved."));
    for (const Record &record : records) {
        batch.bind(record.customerId);
        for (const QVariant &value : RecordTable<Record>::values(record))
            batch.bind(value);
        if (Status added = batch.endRow(); !added)
            return added;
    }
    // After every row is in: a failed batch leaves the roll-ups untouched.
    if constexpr (hasMonthlyRollup<Record>) {
        if (auto rolled = MonthlyRollup::applyInserted(m_db, records); !rolled)
            return rolled;
    }
    return own ? transaction.commit() : Status::success();
}

template <typename Record>
Status RecordRepository<Record>::update(const Record &record)
{
    if (Status checked = checkRecord(record); !checked)
        return checked;
    using T = RecordTable<Record>;
    TransactionScope transaction(m_db);
    bool own = false;
    std::optional<MonthlyRollup::Key> before;
    if constexpr (hasMonthlyRollup<Record>) {
        const auto began = transaction.beginOrJoin();
        if (!began)
            return began.error();
        own = *began;
        auto key = rollupKeyOf(m_db, record.id);
        if (!key)
            return key.error();
        before = *key;
    }
    const QString assignments =
        T::columns().join(QStringLiteral(" = ?, ")) + QStringLiteral(" = ?");
    auto q =
        runQuery(m_db,
                 QStringLiteral("UPDATE ") + T::table() + QStringLiteral(" SET customer_id = ?, ") +
                     assignments + QStringLiteral(" WHERE id = ?"),
                 QVariantList{record.customerId} + T::values(record) + QVariantList{record.id});
    if (!q)
        return q.error();
    if (q->numRowsAffected() != 1)
        return Error(QCoreApplication::translate("valuedesk::RecordRepository",
                                                 "The record no longer exists in this file."));
    if constexpr (hasMonthlyRollup<Record>) {
        QVector<MonthlyRollup::Key> keys{
            MonthlyRollup::Key(record.customerId, MonthlyRollup::monthIndex(record.date))};
        if (before)
            keys.append(*before);
        if (auto rolled = MonthlyRollup::recompute(m_db, keys); !rolled)
            return rolled;
    }
    return own ? transaction.commit() : Status::success();
}

template <typename Record>
Status RecordRepository<Record>::remove(qint64 id)
{
    TransactionScope transaction(m_db);
    bool own = false;
    std::optional<MonthlyRollup::Key> before;
    if constexpr (hasMonthlyRollup<Record>) {
        const auto began = transaction.beginOrJoin();
        if (!began)
            return began.error();
        own = *began;
        auto key = rollupKeyOf(m_db, id);
        if (!key)
            return key.error();
        before = *key;
    }
    auto q = runQuery(m_db,
                      QStringLiteral("DELETE FROM ") + RecordTable<Record>::table() +
                          QStringLiteral(" WHERE id = ?"),
                      {id});
    if (!q)
        return q.error();
    if constexpr (hasMonthlyRollup<Record>) {
        if (before) {
            if (auto rolled = MonthlyRollup::recompute(m_db, {*before}); !rolled)
                return rolled;
        }
    }
    return own ? transaction.commit() : Status::success();
}

template class RecordRepository<Transaction>;
template class RecordRepository<Interaction>;
template class RecordRepository<SurveyScore>;
template class RecordRepository<Balance>;

} // namespace valuedesk
