#include "purchasehistory.h"

#include <algorithm>
#include <utility>

namespace valuedesk {

void PurchaseHistoryBuilder::add(const QString &customer, const QDate &date, double amount,
                                 double cost, double quantity)
{
    auto it = m_index.constFind(customer);
    if (it == m_index.constEnd()) {
        it = m_index.insert(customer, static_cast<int>(m_customers.size()));
        m_customers.append(CustomerPurchases{customer, {}});
    }
    m_customers[*it].days.append(PurchaseDay{date, amount, cost, quantity});
    ++m_rows;
}

QVector<CustomerPurchases> PurchaseHistoryBuilder::take()
{
    for (CustomerPurchases &c : m_customers) {
        QVector<PurchaseDay> &days = c.days;
        std::stable_sort(days.begin(), days.end(), [](const PurchaseDay &l, const PurchaseDay &r) {
            return l.date < r.date;
        });
        qsizetype out = 0;
        for (qsizetype i = 0; i < days.size(); ++i) {
            if (out > 0 && days[out - 1].date == days[i].date) {
                days[out - 1].amount += days[i].amount;
                days[out - 1].cost += days[i].cost;
                days[out - 1].quantity += days[i].quantity;
            } else {
                days[out++] = days[i];
            }
        }
        days.resize(out);
    }
    m_index.clear();
    m_rows = 0;
    return std::exchange(m_customers, {});
}

} // namespace valuedesk
