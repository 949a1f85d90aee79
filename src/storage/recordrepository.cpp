#include "recordrepository.h"

#include "database.h"
#include "sqlerror.h"

#include <QCoreApplication>
#include <QSqlQuery>

namespace valuedesk {

namespace {

// ISO yyyy-MM-dd by hand: QDate::toString is a measurable share of a million-row import.
QVariant dateValue(const QDate &date)
{
    int year = 0;
    int month = 0;
    int day = 0;
    date.getDate(&year, &month, &day);
    if (!date.isValid() || year < 0 || year > 9999)
        return date.toString(Qt::ISODate);
    const char16_t text[10] = {char16_t(u'0' + year / 1000),    char16_t(u'0' + year / 100 % 10),
                               char16_t(u'0' + year / 10 % 10), char16_t(u'0' + year % 10),
                               u'-',                            char16_t(u'0' + month / 10),
                               char16_t(u'0' + month % 10),     u'-',
                               char16_t(u'0' + day / 10),       char16_t(u'0' + day % 10)};
    return QString::fromUtf16(text, 10);
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
// so later undo steps that name it still find it. `rows` > 1 makes a multi-row INSERT.
template <typename Record>
QString insertSql(bool withId = false, int rows = 1)
{
    using T = RecordTable<Record>;
    const QStringList columns = T::columns();
    const QStringList marks(columns.size() + (withId ? 2 : 1), QStringLiteral("?"));
    const QString tuple = QLatin1Char('(') + marks.join(QStringLiteral(", ")) + QLatin1Char(')');
    QStringList tuples(rows, tuple);
    return QStringLiteral("INSERT INTO ") + T::table() +
           (withId ? QStringLiteral(" (id, customer_id, ") : QStringLiteral(" (customer_id, ")) +
           columns.join(QStringLiteral(", ")) + QStringLiteral(") VALUES ") +
           tuples.join(QStringLiteral(", "));
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
    const bool withId = record.id > 0;
    QVariantList values =
        withId ? QVariantList{record.id, record.customerId} : QVariantList{record.customerId};
    auto q =
        runQuery(m_db, insertSql<Record>(withId), values + RecordTable<Record>::values(record));
    if (!q)
        return q.error();
    return q->lastInsertId().toLongLong();
}

template <typename Record>
Status RecordRepository<Record>::insertMany(const QVector<Record> &records)
{
    // Many rows per INSERT statement: Qt Sql's per-exec overhead, not SQLite, dominated a
    // million-row import with one row per statement (133 000 rows/s; see tests/bench).
    constexpr int rowsPerStatement = 64;
    const auto saveError = [](const QSqlQuery &q) {
        return sqlError(QCoreApplication::translate("valuedesk::RecordRepository",
                                                    "The records could not be saved."),
                        q);
    };
    TransactionScope transaction(m_db);
    const bool own = transaction.begin().ok(); // inside a caller's transaction otherwise
    const int columns = RecordTable<Record>::columns().size() + 1;
    QSqlQuery full(m_db);
    bool fullPrepared = false;
    QSqlQuery *q = nullptr;
    QSqlQuery tail(m_db);
    for (int start = 0; start < records.size(); start += rowsPerStatement) {
        const int count = std::min<int>(rowsPerStatement, records.size() - start);
        if (count == rowsPerStatement) {
            if (!fullPrepared) {
                if (!full.prepare(insertSql<Record>(false, rowsPerStatement)))
                    return saveError(full);
                fullPrepared = true;
            }
            q = &full;
        } else {
            if (!tail.prepare(insertSql<Record>(false, count)))
                return saveError(tail);
            q = &tail;
        }
        int position = 0;
        for (int i = start; i < start + count; ++i) {
            const Record &record = records.at(i);
            q->bindValue(position++, record.customerId);
            for (const QVariant &value : RecordTable<Record>::values(record))
                q->bindValue(position++, value);
        }
        Q_ASSERT(position == count * columns);
        if (!q->exec())
            return saveError(*q);
    }
    return own ? transaction.commit() : Status::success();
}

template <typename Record>
Status RecordRepository<Record>::update(const Record &record)
{
    using T = RecordTable<Record>;
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
    return Status::success();
}

template <typename Record>
Status RecordRepository<Record>::remove(qint64 id)
{
    auto q = runQuery(m_db,
                      QStringLiteral("DELETE FROM ") + RecordTable<Record>::table() +
                          QStringLiteral(" WHERE id = ?"),
                      {id});
    if (!q)
        return q.error();
    return Status::success();
}

template class RecordRepository<Transaction>;
template class RecordRepository<Interaction>;
template class RecordRepository<SurveyScore>;
template class RecordRepository<Balance>;

} // namespace valuedesk
