#pragma once

#include "clv/purchasehistory.h"
#include "importsource.h"
#include "result.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QVector>

namespace valuedesk {

// Per-customer purchase days (the input of the CLV models) from a customer file or from a plain
// transactions CSV/.xlsx. Either way several transactions of one customer on one day are one
// purchase day whose amount, cost and quantity are their sums.
class PurchaseHistoryReader final
{
    Q_DECLARE_TR_FUNCTIONS(valuedesk::PurchaseHistoryReader)

public:
    // One grouped statement over transactions (customer_id, date), driven by its index; customers
    // ordered by id, labelled with their codes; customers without transactions are left out.
    static Result<QVector<CustomerPurchases>> read(const QSqlDatabase &db);

    // A transactions table with a header row; the columns are found as the importer finds them
    // (客户编号/customer id, 日期/date, 金额/amount; optional 成本/cost and 数量/quantity). Any
    // unreadable date or amount fails with the row's line number.
    static Result<QVector<CustomerPurchases>> readTable(const QString &path,
                                                        const ImportSourceOptions &options = {});
};

} // namespace valuedesk
