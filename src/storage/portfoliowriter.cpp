#include "portfoliowriter.h"

#include "customerrepository.h"
#include "database.h"
#include "recordrepository.h"

namespace valuedesk {

struct PortfolioWriter::Private
{
    explicit Private(QSqlDatabase db)
        : db(db), transaction(db), customers(db), transactions(db), interactions(db), surveys(db),
          balances(db)
    {}

    template <typename Record>
    static QVector<Record> owned(QVector<Record> records, qint64 customerId)
    {
        for (Record &r : records)
            r.customerId = customerId;
        return records;
    }

    QSqlDatabase db;
    TransactionScope transaction;
    CustomerRepository customers;
    TransactionRepository transactions;
    InteractionRepository interactions;
    SurveyRepository surveys;
    BalanceRepository balances;
};

PortfolioWriter::PortfolioWriter(QSqlDatabase db) : d(std::make_unique<Private>(db)) {}

PortfolioWriter::~PortfolioWriter() = default;

Status PortfolioWriter::begin()
{
    return d->transaction.begin();
}

Status PortfolioWriter::add(const CustomerRecordSet &set)
{
    auto id = d->customers.insert(set.customer);
    if (!id)
        return id.error();
    if (auto s = d->transactions.insertMany(Private::owned(set.transactions, *id)); !s)
        return s;
    if (auto s = d->interactions.insertMany(Private::owned(set.interactions, *id)); !s)
        return s;
    if (auto s = d->surveys.insertMany(Private::owned(set.surveys, *id)); !s)
        return s;
    return d->balances.insertMany(Private::owned(set.balances, *id));
}

Status PortfolioWriter::commit()
{
    return d->transaction.commit();
}

} // namespace valuedesk
