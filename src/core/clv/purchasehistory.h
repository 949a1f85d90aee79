#pragma once

#include <QDate>
#include <QHash>
#include <QString>
#include <QVector>

namespace valuedesk {

// One purchase day of a customer: every transaction of that customer on that date summed, as the
// BG/NBD literature counts them (several rows of one customer on one day are one transaction).
struct PurchaseDay
{
    QDate date;
    double amount = 0;   // revenue, currency units
    double cost = 0;     // cost of the rows whose cost is known, currency units
    double quantity = 0; // quantity of the rows whose quantity is known
};

// A customer's purchase days in ascending date order, one entry per date.
struct CustomerPurchases
{
    QString customer; // the customer code (or the CSV's customer id)
    QVector<PurchaseDay> days;
};

// Collects transaction rows in any order and hands back one CustomerPurchases per customer, days
// merged per date and sorted; customers in order of first appearance.
class PurchaseHistoryBuilder final
{
public:
    void add(const QString &customer, const QDate &date, double amount, double cost = 0,
             double quantity = 0);
    qsizetype rowCount() const { return m_rows; }
    QVector<CustomerPurchases> take();

private:
    QHash<QString, int> m_index;
    QVector<CustomerPurchases> m_customers;
    qsizetype m_rows = 0;
};

} // namespace valuedesk
