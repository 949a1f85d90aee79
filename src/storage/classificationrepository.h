#pragma once

#include "classification/classification.h"
#include "result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QSqlDatabase>
#include <QStringList>
#include <QVector>

namespace valuedesk {

// A classification result as stored with an evaluation snapshot, its rows ordered by customer
// code and joined with the customers table (a customer deleted since is not there).
struct StoredClassification
{
    qint64 snapshotId = 0;
    QDateTime createdAt;         // UTC
    QVector<qint64> customerIds; // row i of result
    QStringList customerCodes;   // row i of result
    ClassificationResult result;
};

// Classification results stored with evaluation snapshots (snapshot_classifications +
// snapshot_customer_classes, schema step 7; README "Evaluation snapshots"), one per snapshot and
// scheme, for retention plans and migration tracking.
class ClassificationRepository final
{
    Q_DECLARE_TR_FUNCTIONS(valuedesk::ClassificationRepository)

public:
    explicit ClassificationRepository(QSqlDatabase db);

    // Stores `result` with snapshot `snapshotId`, replacing an earlier result of the same scheme,
    // in one transaction (or the caller's). customerIds[i] is the customer of row i. Errors:
    // no such snapshot; rows that do not match; the write failed (nothing is changed).
    Status save(qint64 snapshotId, const ClassificationResult &result,
                const QVector<qint64> &customerIds);

    // Errors: no such result; damaged JSON, class id or value BLOB (naming the customer).
    Result<StoredClassification> load(qint64 snapshotId, const QString &scheme) const;

    // The schemes stored with a snapshot, by id.
    Result<QStringList> schemes(qint64 snapshotId) const;

    Status remove(qint64 snapshotId, const QString &scheme);

private:
    QSqlDatabase m_db;
};

} // namespace valuedesk
