#include "customerrepository.h"

#include "database.h"
#include "sqlerror.h"

#include <QSqlQuery>

#include <algorithm>

namespace valuedesk {

namespace {

const QString selectColumns = QStringLiteral(
    "SELECT id, code, name, industry, region, manager, contact, tenure_start, status, notes "
    "FROM customers");

QString orderColumn(CustomerSortKey key)
{
    switch (key) {
    case CustomerSortKey::Code:
        return QStringLiteral("code");
    case CustomerSortKey::Name:
        return QStringLiteral("name");
    case CustomerSortKey::Industry:
        return QStringLiteral("industry");
    case CustomerSortKey::Region:
        return QStringLiteral("region");
    case CustomerSortKey::Manager:
        return QStringLiteral("manager");
    case CustomerSortKey::Contact:
        return QStringLiteral("contact");
    case CustomerSortKey::TenureStart:
        return QStringLiteral("IFNULL(tenure_start, '')"); // never NULL, so position() can compare
    case CustomerSortKey::Status:
        return QStringLiteral("status");
    }
    return QStringLiteral("code");
}

// LIKE with the user's text taken literally (%, _ and the escape char escaped).
QString likePattern(const QString &text)
{
    QString escaped = text;
    escaped.replace(QLatin1Char('\\'), QStringLiteral("\\\\"));
    escaped.replace(QLatin1Char('%'), QStringLiteral("\\%"));
    escaped.replace(QLatin1Char('_'), QStringLiteral("\\_"));
    return QLatin1Char('%') + escaped + QLatin1Char('%');
}

struct WhereClause
{
    QString sql;
    QVariantList values;
};

WhereClause whereFor(const CustomerQuery &query)
{
    const QString text = query.searchText.trimmed();
    if (text.isEmpty())
        return {};
    const QString pattern = likePattern(text);
    WhereClause where;
    where.sql = QStringLiteral(" WHERE code LIKE ? ESCAPE '\\' OR name LIKE ? ESCAPE '\\'"
                               " OR industry LIKE ? ESCAPE '\\' OR region LIKE ? ESCAPE '\\'"
                               " OR manager LIKE ? ESCAPE '\\'");
    where.values = {pattern, pattern, pattern, pattern, pattern};
    return where;
}

Customer readCustomer(const QSqlQuery &q)
{
    Customer c;
    c.id = q.value(0).toLongLong();
    c.code = q.value(1).toString();
    c.name = q.value(2).toString();
    c.industry = q.value(3).toString();
    c.region = q.value(4).toString();
    c.manager = q.value(5).toString();
    c.contact = q.value(6).toString();
    if (!q.value(7).isNull())
        c.tenureStart = QDate::fromString(q.value(7).toString(), Qt::ISODate);
    c.status = parseCustomerStatus(q.value(8).toString()).value_or(CustomerStatus::Active);
    c.notes = q.value(9).toString();
    return c;
}

QVariant dateValue(const QDate &date)
{
    return date.isValid() ? QVariant(date.toString(Qt::ISODate)) : QVariant();
}

} // namespace

CustomerRepository::CustomerRepository(QSqlDatabase db) : m_db(std::move(db)) {}

Result<int> CustomerRepository::count(const CustomerQuery &query) const
{
    const WhereClause where = whereFor(query);
    auto q =
        runQuery(m_db, QStringLiteral("SELECT count(*) FROM customers") + where.sql, where.values);
    if (!q)
        return q.error();
    return q->next() ? q->value(0).toInt() : 0;
}

Result<QVector<Customer>> CustomerRepository::page(const CustomerQuery &query, int offset,
                                                   int limit) const
{
    const WhereClause where = whereFor(query);
    const QString direction = query.descending ? QStringLiteral(" DESC") : QStringLiteral(" ASC");
    QVariantList values = where.values;
    values << limit << offset;
    auto q = runQuery(m_db,
                      selectColumns + where.sql + QStringLiteral(" ORDER BY ") +
                          orderColumn(query.sortKey) + direction + QStringLiteral(", code") +
                          direction + QStringLiteral(" LIMIT ? OFFSET ?"),
                      values);
    if (!q)
        return q.error();
    QVector<Customer> customers;
    // `limit` may mean "all" (ClvService passes INT_MAX): reserving that asked malloc for 400 GB,
    // which AddressSanitizer aborts on and a plain build silently ignores.
    customers.reserve(std::min(limit, 4096));
    while (q->next())
        customers.append(readCustomer(*q));
    return customers;
}

Result<int> CustomerRepository::position(const CustomerQuery &query, qint64 id) const
{
    const QString key = orderColumn(query.sortKey);
    auto target = runQuery(m_db,
                           QStringLiteral("SELECT ") + key +
                               QStringLiteral(", code FROM customers WHERE id = ?"),
                           {id});
    if (!target)
        return target.error();
    if (!target->next())
        return -1;
    const QVariant keyValue = target->value(0);
    const QVariant code = target->value(1);
    const WhereClause where = whereFor(query);
    // Rows before it in ORDER BY key, code (both ascending or both descending).
    const QString before = query.descending ? QStringLiteral(" > ") : QStringLiteral(" < ");
    const QString condition = QStringLiteral("(") + key + before + QStringLiteral("? OR (") + key +
                              QStringLiteral(" = ? AND code") + before + QStringLiteral("?))");
    const QString filter =
        where.sql.isEmpty()
            ? QString()
            : QString(QLatin1Char('(') + where.sql.mid(7) + QStringLiteral(") AND "));
    const QString sql =
        QStringLiteral("SELECT count(*) FROM customers WHERE ") + filter + condition;
    auto q = runQuery(m_db, sql, where.values + QVariantList{keyValue, keyValue, code});
    if (!q)
        return q.error();
    if (!q->next())
        return -1;
    // A customer hidden by the search has no row.
    if (!where.sql.isEmpty()) {
        auto visible =
            runQuery(m_db,
                     QStringLiteral("SELECT count(*) FROM customers WHERE id = ? AND (") +
                         where.sql.mid(7) + QLatin1Char(')'),
                     QVariantList{id} + where.values);
        if (!visible)
            return visible.error();
        if (!visible->next() || visible->value(0).toInt() == 0)
            return -1;
    }
    return q->value(0).toInt();
}

Result<QVector<Customer>> CustomerRepository::all() const
{
    auto q = runQuery(m_db, selectColumns + QStringLiteral(" ORDER BY code"));
    if (!q)
        return q.error();
    QVector<Customer> customers;
    QHash<qint64, int> indexById;
    while (q->next()) {
        indexById.insert(q->value(0).toLongLong(), customers.size());
        customers.append(readCustomer(*q));
    }
    auto attrs = runQuery(m_db, QStringLiteral("SELECT customer_id, name, value FROM "
                                               "customer_attributes ORDER BY customer_id, name"));
    if (!attrs)
        return attrs.error();
    while (attrs->next()) {
        const auto it = indexById.constFind(attrs->value(0).toLongLong());
        if (it != indexById.constEnd())
            customers[*it].attributes.insert(attrs->value(1).toString(),
                                             attrs->value(2).toString());
    }
    return customers;
}

Result<Customer> CustomerRepository::byId(qint64 id) const
{
    auto q = runQuery(m_db, selectColumns + QStringLiteral(" WHERE id = ?"), {id});
    if (!q)
        return q.error();
    if (!q->next())
        return Error(tr("The customer no longer exists in this file."));
    Customer customer = readCustomer(*q);
    auto attrs = attributes(id);
    if (!attrs)
        return attrs.error();
    customer.attributes = *attrs;
    return customer;
}

Result<std::optional<Customer>> CustomerRepository::byCode(const QString &code) const
{
    auto q = runQuery(m_db, QStringLiteral("SELECT id FROM customers WHERE code = ?"), {code});
    if (!q)
        return q.error();
    if (!q->next())
        return std::optional<Customer>();
    auto customer = byId(q->value(0).toLongLong());
    if (!customer)
        return customer.error();
    return std::optional<Customer>(*customer);
}

Result<QHash<QString, qint64>> CustomerRepository::idsByCode() const
{
    auto q = runQuery(m_db, QStringLiteral("SELECT code, id FROM customers"));
    if (!q)
        return q.error();
    QHash<QString, qint64> ids;
    while (q->next())
        ids.insert(q->value(0).toString(), q->value(1).toLongLong());
    return ids;
}

Result<qint64> CustomerRepository::insert(const Customer &c)
{
    TransactionScope transaction(m_db);
    const auto began = transaction.beginOrJoin(); // see update()
    if (!began)
        return began.error();
    const bool own = *began;
    // An id > 0 restores a deleted customer under its old id (undo).
    auto q = runQuery(m_db,
                      QStringLiteral("INSERT INTO customers (id, code, name, industry, region, "
                                     "manager, contact, tenure_start, status, notes) "
                                     "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                      {c.id > 0 ? QVariant(c.id) : QVariant(), textValue(c.code), textValue(c.name),
                       textValue(c.industry), textValue(c.region), textValue(c.manager),
                       textValue(c.contact), dateValue(c.tenureStart), statusId(c.status),
                       textValue(c.notes)});
    if (!q)
        return reworded(q.error(), tr("Customer %1 could not be added.").arg(c.code));
    const qint64 id = q->lastInsertId().toLongLong();
    if (!c.attributes.isEmpty()) {
        if (auto written = writeAttributes(id, c.attributes); !written)
            return written.error();
    }
    if (own) {
        if (auto committed = transaction.commit(); !committed)
            return committed.error();
    }
    return id;
}

Status CustomerRepository::update(const Customer &c)
{
    TransactionScope transaction(m_db);
    // Nested use inside a caller's transaction is fine: it then runs inside the outer one.
    const auto began = transaction.beginOrJoin();
    if (!began)
        return began.error();
    const bool own = *began;
    auto q = runQuery(m_db,
                      QStringLiteral("UPDATE customers SET code = ?, name = ?, industry = ?, "
                                     "region = ?, manager = ?, contact = ?, tenure_start = ?, "
                                     "status = ?, notes = ? WHERE id = ?"),
                      {textValue(c.code), textValue(c.name), textValue(c.industry),
                       textValue(c.region), textValue(c.manager), textValue(c.contact),
                       dateValue(c.tenureStart), statusId(c.status), textValue(c.notes), c.id});
    if (!q)
        return reworded(q.error(), tr("Customer %1 could not be saved.").arg(c.code));
    if (q->numRowsAffected() != 1)
        return Error(tr("The customer no longer exists in this file."));
    if (auto cleared = runQuery(
            m_db, QStringLiteral("DELETE FROM customer_attributes WHERE customer_id = ?"), {c.id});
        !cleared)
        return cleared.error();
    if (auto written = writeAttributes(c.id, c.attributes); !written)
        return written;
    return own ? transaction.commit() : Status::success();
}

Status CustomerRepository::remove(qint64 id)
{
    auto q = runQuery(m_db, QStringLiteral("DELETE FROM customers WHERE id = ?"), {id});
    if (!q)
        return q.error();
    return Status::success();
}

Status CustomerRepository::writeAttributes(qint64 id, const QMap<QString, QString> &attributes)
{
    for (auto it = attributes.constBegin(); it != attributes.constEnd(); ++it) {
        auto q = runQuery(m_db,
                          QStringLiteral("INSERT INTO customer_attributes (customer_id, name, "
                                         "value) VALUES (?, ?, ?)"),
                          {id, it.key(), textValue(it.value())});
        if (!q)
            return q.error();
    }
    return Status::success();
}

Result<QMap<QString, QString>> CustomerRepository::attributes(qint64 id) const
{
    auto q = runQuery(m_db,
                      QStringLiteral("SELECT name, value FROM customer_attributes WHERE "
                                     "customer_id = ? ORDER BY name"),
                      {id});
    if (!q)
        return q.error();
    QMap<QString, QString> result;
    while (q->next())
        result.insert(q->value(0).toString(), q->value(1).toString());
    return result;
}

} // namespace valuedesk
