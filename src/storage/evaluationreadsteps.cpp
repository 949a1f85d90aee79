#include "evaluationreadsteps.h"

namespace valuedesk::evaluationread {

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

// parseCustomerStatus without a QString for the stored English words.
std::optional<CustomerStatus> customerStatus(const QByteArray &text)
{
    if (text == "active")
        return CustomerStatus::Active;
    if (text == "prospect")
        return CustomerStatus::Prospect;
    if (text == "lost")
        return CustomerStatus::Lost;
    return parseCustomerStatus(QString::fromUtf8(text));
}

void RowIndex::build(const QVector<EvaluationCustomer> &customers)
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

} // namespace valuedesk::evaluationread
