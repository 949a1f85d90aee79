#pragma once

#include "customer.h"
#include "result.h"

#include <QSqlDatabase>

namespace valuedesk {

// Writes whole customers with their records (the demo generator's output) in one transaction.
class PortfolioWriter final
{
public:
    explicit PortfolioWriter(QSqlDatabase db);
    ~PortfolioWriter();
    Q_DISABLE_COPY_MOVE(PortfolioWriter)

    Status begin();
    Status add(const CustomerRecordSet &set);
    Status commit(); // without it, the destructor rolls everything back

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace valuedesk
