#pragma once

#include "gradehistory.h"
#include "result.h"

#include <QCoreApplication>
#include <QHash>
#include <QSqlDatabase>
#include <QVector>

#include <optional>

namespace valuedesk {

// Manual grade overrides (grade_overrides, schema step 6) and the customer's grade history.
// Rows are only ever appended: a withdrawal is a row without grade, so the history keeps who
// changed what, when and why.
class GradeOverrideRepository final
{
    Q_DECLARE_TR_FUNCTIONS(valuedesk::GradeOverrideRepository)

public:
    explicit GradeOverrideRepository(QSqlDatabase db);

    // Puts the customer in `grade` of `scheme`. Errors (nothing written): the reason is empty
    // after trimming; the grade is not one of the scheme's ids (for "quadrant": high-high,
    // high-low, low-high, low-low; other schemes take any non-empty id); unknown customer or
    // snapshot. `at` (UTC) defaults to now. Returns the stored row.
    Result<GradeOverride> addOverride(qint64 customerId, const QString &scheme,
                                      const QString &grade, const QString &reason,
                                      const QString &author,
                                      std::optional<qint64> snapshotId = std::nullopt,
                                      const QDateTime &at = {});
    // Withdraws the override in force (a row with grade NULL): the evaluation's grade applies
    // again. Same reason rule; error when no override is in force.
    Result<GradeOverride> withdraw(qint64 customerId, const QString &scheme, const QString &reason,
                                   const QString &author, const QDateTime &at = {});

    // The overrides in force for `scheme`, by customer id: each customer's latest row, when it
    // is not a withdrawal.
    Result<QHash<qint64, GradeOverride>> current(const QString &scheme) const;
    // Every row of one customer, oldest first.
    Result<QVector<GradeOverride>> overrides(qint64 customerId) const;

    // The customer's grade history, oldest first: one Evaluation entry per stored snapshot that
    // graded the customer (its date, author, model and version, quadrant) merged with the
    // customer's overrides and withdrawals of every scheme. Ties in time: evaluations first,
    // then rows in the order they were written.
    Result<QVector<GradeHistoryEntry>> history(qint64 customerId) const;

    // Whether `grade` is valid for `scheme` (see addOverride).
    static bool isValidGrade(const QString &scheme, const QString &grade);

private:
    Result<GradeOverride> append(GradeOverride row);

    QSqlDatabase m_db;
};

} // namespace valuedesk
