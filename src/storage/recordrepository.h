#pragma once

#include "customer.h"
#include "result.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QVector>

namespace valuedesk {

// CRUD for a customer's dated records (Transaction, Interaction, SurveyScore, Balance). The SQL
// shape of each record type is in recordrepository.cpp; the four share one implementation.
template <typename Record>
class RecordRepository final
{
    Q_DECLARE_TR_FUNCTIONS(valuedesk::RecordRepository)

public:
    explicit RecordRepository(QSqlDatabase db) : m_db(std::move(db)) {}

    Result<QVector<Record>> forCustomer(qint64 customerId) const; // by date, then id
    Result<Record> byId(qint64 id) const;
    // A record with id > 0 is inserted under that id (undo of a delete); otherwise a new id.
    Result<qint64> insert(const Record &record);
    // Many rows in one transaction (or inside the caller's); all or nothing.
    Status insertMany(const QVector<Record> &records);
    Status update(const Record &record);
    Status remove(qint64 id);

private:
    QSqlDatabase m_db;
};

using TransactionRepository = RecordRepository<Transaction>;
using InteractionRepository = RecordRepository<Interaction>;
using SurveyRepository = RecordRepository<SurveyScore>;
using BalanceRepository = RecordRepository<Balance>;

extern template class RecordRepository<Transaction>;
extern template class RecordRepository<Interaction>;
extern template class RecordRepository<SurveyScore>;
extern template class RecordRepository<Balance>;

} // namespace valuedesk
