#include "portfoliowriter.h"

#include "customerrepository.h"
#include "database.h"
#include "recordrepository.h"

namespace valuedesk {

namespace {

// Records are buffered across customers and written in large multi-row batches: writing each
// customer's few records separately made a 100 000-customer demo file take 40 s.
constexpr int flushThreshold = 20000;

} // namespace

struct PortfolioWriter::Private
{
    explicit Private(QSqlDatabase db)
        : transaction(db), customers(db), transactions(db), interactions(db), surveys(db),
          balances(db)
    {}

    template <typename Record>
    static void append(QVector<Record> &buffer, const QVector<Record> &records, qint64 customerId)
    {
        for (Record r : records) {
            r.customerId = customerId;
            buffer.append(std::move(r));
        }
    }

    int buffered() const
    {
        return pendingTransactions.size() + pendingInteractions.size() + pendingSurveys.size()
               + pendingBalances.size();
    }

    Status flush()
    {
        Status s = transactions.insertMany(pendingTransactions);
        if (s)
            s = interactions.insertMany(pendingInteractions);
        if (s)
            s = surveys.insertMany(pendingSurveys);
        if (s)
            s = balances.insertMany(pendingBalances);
        pendingTransactions.clear();
        pendingInteractions.clear();
        pendingSurveys.clear();
        pendingBalances.clear();
        return s;
    }

    TransactionScope transaction;
    CustomerRepository customers;
    TransactionRepository transactions;
    InteractionRepository interactions;
    SurveyRepository surveys;
    BalanceRepository balances;
    QVector<Transaction> pendingTransactions;
    QVector<Interaction> pendingInteractions;
    QVector<SurveyScore> pendingSurveys;
    QVector<Balance> pendingBalances;
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
    Private::append(d->pendingTransactions, set.transactions, *id);
    Private::append(d->pendingInteractions, set.interactions, *id);
    Private::append(d->pendingSurveys, set.surveys, *id);
    Private::append(d->pendingBalances, set.balances, *id);
    if (d->buffered() >= flushThreshold)
        return d->flush();
    return Status::success();
}

Status PortfolioWriter::commit()
{
    if (auto flushed = d->flush(); !flushed)
        return flushed;
    return d->transaction.commit();
}

} // namespace valuedesk
