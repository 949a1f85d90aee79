#pragma once

#include "customer.h"
#include "result.h"

#include <QCoreApplication>
#include <QHash>
#include <QSqlDatabase>
#include <QVector>

#include <optional>

namespace valuedesk {

// Columns a customer list can be sorted by.
enum class CustomerSortKey { Code, Name, Industry, Region, Manager, Contact, TenureStart, Status };

struct CustomerQuery
{
    QString searchText; // matches code, name, industry, region or manager (case-insensitive)
    CustomerSortKey sortKey = CustomerSortKey::Code;
    bool descending = false;
};

// Reads and writes customers. Lists are paged so a 100 000-customer file shows its first screen
// without reading everything.
class CustomerRepository final
{
    Q_DECLARE_TR_FUNCTIONS(valuedesk::CustomerRepository)

public:
    explicit CustomerRepository(QSqlDatabase db);

    Result<int> count(const CustomerQuery &query = {}) const;
    // Customers without attributes (the list does not show them), ordered by the query's sort key
    // and then by code so pages are stable.
    Result<QVector<Customer>> page(const CustomerQuery &query, int offset, int limit) const;
    // The 0-based row of a customer in page()'s order, or -1 when the search hides it.
    Result<int> position(const CustomerQuery &query, qint64 id) const;
    Result<QVector<Customer>> all() const; // with attributes, ordered by code
    Result<Customer> byId(qint64 id) const; // with attributes
    Result<std::optional<Customer>> byCode(const QString &code) const;
    Result<QHash<QString, qint64>> idsByCode() const;

    // Insert/update/remove are single statements or run in one transaction with the attributes;
    // callers batching many rows wrap them in their own TransactionScope.
    Result<qint64> insert(const Customer &customer);
    Status update(const Customer &customer);
    Status remove(qint64 id); // cascades to the customer's records

private:
    Status writeAttributes(qint64 id, const QMap<QString, QString> &attributes);
    Result<QMap<QString, QString>> attributes(qint64 id) const;

    QSqlDatabase m_db;
};

} // namespace valuedesk
