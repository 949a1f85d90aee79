#pragma once

#include <QDateTime>
#include <QString>
#include <QVector>

#include <optional>

namespace valuedesk {

// The grading scheme of the evaluation's value/potential quadrants; grades are the quadrant ids
// of ValueScorer::quadrantId (high-high, high-low, low-high, low-low). Later issues add "abc",
// "rfm" ….
inline QString quadrantGradeScheme()
{
    return QStringLiteral("quadrant");
}

// An account manager's manual grade for a customer (a row of grade_overrides): the customer is
// put in `grade` of `scheme` instead of what the evaluation said, for the written `reason`. A row
// without grade withdraws the previous override (the evaluation's grade applies again).
struct GradeOverride
{
    qint64 id = 0;
    qint64 customerId = 0;
    QString scheme;
    std::optional<QString> grade; // nullopt: the override was withdrawn
    QString reason;
    QString author;
    QDateTime createdAt;              // UTC
    std::optional<qint64> snapshotId; // the evaluation it corrects, if given
};

// One line of a customer's grade history, oldest first: an evaluation snapshot that graded the
// customer, or an override or its withdrawal.
struct GradeHistoryEntry
{
    enum class Kind { Evaluation, Override, Withdrawal };

    Kind kind = Kind::Evaluation;
    QDateTime at; // UTC
    QString scheme;
    QString grade;  // empty for a withdrawal
    QString author; // who ran the evaluation / wrote the override
    QString reason; // overrides and withdrawals
    std::optional<qint64> snapshotId;
    QString modelName; // evaluations: the model and version evaluated
    int modelVersion = 0;
    qint64 overrideId = 0; // overrides and withdrawals: the grade_overrides row
};

} // namespace valuedesk
