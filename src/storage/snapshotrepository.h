#pragma once

#include "metrics/evaluationsnapshot.h"
#include "result.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QVector>

namespace valuedesk {

// Stored evaluations (evaluation_snapshots + snapshot_customers, schema step 6). A snapshot never
// changes after it is saved except for its label; earlier snapshots stay until removed.
class SnapshotRepository final
{
    Q_DECLARE_TR_FUNCTIONS(valuedesk::SnapshotRepository)

public:
    explicit SnapshotRepository(QSqlDatabase db);

    // Stores the snapshot in one transaction (or the caller's): the model as evaluated
    // (AhpModelJson::toJson), the options, the thresholds and counts from `snapshot.info` and one
    // row per customer (raw and normalised values as little-endian float64 BLOBs, NaN where
    // missing or excluded). Sets info.id, and info.createdAt to now (UTC, whole seconds) unless
    // it is already valid. Returns the id.
    Result<qint64> save(EvaluationSnapshot &snapshot);

    Result<QVector<EvaluationSnapshotInfo>> list() const; // newest first
    Result<EvaluationSnapshotInfo> info(qint64 id) const;

    // The whole snapshot with its result rebuilt (EvaluationSnapshot::restore), customers ordered
    // by code and joined with the customers table for code, name, industry, region, manager and
    // status; a customer deleted since is not there (info keeps the counts as evaluated).
    // Errors: unknown id; damaged model, options or value BLOB (naming snapshot and customer).
    Result<EvaluationSnapshot> load(qint64 id) const;

    Status remove(qint64 id); // its rows go with it; overrides that named it keep no link
    Status setLabel(qint64 id, const QString &label);

private:
    Result<QVector<EvaluationSnapshotInfo>> readInfos(const QString &where,
                                                      const QVariantList &values) const;

    QSqlDatabase m_db;
};

} // namespace valuedesk
