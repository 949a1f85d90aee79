#include "gradeoverriderepository.h"

#include "metrics/valuescorer.h"
#include "sqlerror.h"

#include <QSqlQuery>

namespace valuedesk {

namespace {

QString isoText(const QDateTime &time)
{
    return time.toUTC().toString(Qt::ISODate);
}

QDateTime parseIso(const QString &text)
{
    return QDateTime::fromString(text, Qt::ISODate).toUTC();
}

QDateTime nowUtc()
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    return now.addMSecs(-now.time().msec());
}

const char overrideColumns[] =
    "SELECT id, customer_id, scheme, grade, reason, author, created_at, snapshot_id "
    "FROM grade_overrides";

GradeOverride readOverride(const QSqlQuery &q)
{
    GradeOverride row;
    row.id = q.value(0).toLongLong();
    row.customerId = q.value(1).toLongLong();
    row.scheme = q.value(2).toString();
    if (!q.value(3).isNull())
        row.grade = q.value(3).toString();
    row.reason = q.value(4).toString();
    row.author = q.value(5).toString();
    row.createdAt = parseIso(q.value(6).toString());
    if (!q.value(7).isNull())
        row.snapshotId = q.value(7).toLongLong();
    return row;
}

} // namespace

GradeOverrideRepository::GradeOverrideRepository(QSqlDatabase db) : m_db(std::move(db)) {}

bool GradeOverrideRepository::isValidGrade(const QString &scheme, const QString &grade)
{
    if (scheme == quadrantGradeScheme())
        return ValueScorer::parseQuadrant(grade).has_value() &&
               grade == ValueScorer::quadrantId(*ValueScorer::parseQuadrant(grade));
    return !grade.trimmed().isEmpty();
}

Result<GradeOverride>
GradeOverrideRepository::addOverride(qint64 customerId, const QString &scheme, const QString &grade,
                                     const QString &reason, const QString &author,
                                     std::optional<qint64> snapshotId, const QDateTime &at)
{
    if (!isValidGrade(scheme, grade)) {
        if (scheme == quadrantGradeScheme())
            return Error(tr("“%1” is not a quadrant; use high-high, high-low, low-high or "
                            "low-low.")
                             .arg(grade));
        return Error(tr("Give the grade to put the customer in."));
    }
    GradeOverride row;
    row.customerId = customerId;
    row.scheme = scheme;
    row.grade = grade;
    row.reason = reason;
    row.author = author;
    row.createdAt = at;
    row.snapshotId = snapshotId;
    return append(std::move(row));
}

Result<GradeOverride> GradeOverrideRepository::withdraw(qint64 customerId, const QString &scheme,
                                                        const QString &reason,
                                                        const QString &author, const QDateTime &at)
{
    auto inForce = current(scheme);
    if (!inForce)
        return inForce.error();
    if (!inForce->contains(customerId))
        return Error(tr("This customer has no manual grade to withdraw."));
    GradeOverride row;
    row.customerId = customerId;
    row.scheme = scheme;
    row.reason = reason;
    row.author = author;
    row.createdAt = at;
    return append(std::move(row));
}

Result<GradeOverride> GradeOverrideRepository::append(GradeOverride row)
{
    row.reason = row.reason.trimmed();
    if (row.reason.isEmpty())
        return Error(tr("Write the reason for the manual grade."));
    if (row.scheme.trimmed().isEmpty())
        return Error(tr("The grading scheme is missing."));
    if (!row.createdAt.isValid())
        row.createdAt = nowUtc();
    const auto failed = [](const Error &error) {
        return Error(tr("The manual grade could not be saved."), error.toString());
    };
    auto customer =
        runQuery(m_db, QStringLiteral("SELECT 1 FROM customers WHERE id = ?"), {row.customerId});
    if (!customer)
        return failed(customer.error());
    if (!customer->next())
        return Error(tr("The customer no longer exists in this file."));
    if (row.snapshotId) {
        auto snapshot =
            runQuery(m_db, QStringLiteral("SELECT 1 FROM evaluation_snapshots WHERE id = ?"),
                     {*row.snapshotId});
        if (!snapshot)
            return failed(snapshot.error());
        if (!snapshot->next())
            return Error(
                tr("There is no evaluation snapshot %1 in this file.").arg(*row.snapshotId));
    }
    auto q = runQuery(m_db,
                      QStringLiteral("INSERT INTO grade_overrides (customer_id, scheme, grade, "
                                     "reason, author, created_at, snapshot_id) VALUES (?, ?, ?, "
                                     "?, ?, ?, ?)"),
                      {row.customerId, row.scheme, row.grade ? QVariant(*row.grade) : QVariant(),
                       row.reason, textValue(row.author), isoText(row.createdAt),
                       row.snapshotId ? QVariant(*row.snapshotId) : QVariant()});
    if (!q)
        return failed(q.error());
    row.id = q->lastInsertId().toLongLong();
    return row;
}

Result<QHash<qint64, GradeOverride>> GradeOverrideRepository::current(const QString &scheme) const
{
    // The latest row per customer: written last (ids grow), whatever its stated time.
    auto q = runQuery(m_db,
                      QString::fromLatin1(overrideColumns) +
                          QStringLiteral(" WHERE id IN (SELECT max(id) FROM grade_overrides "
                                         "WHERE scheme = ? GROUP BY customer_id) AND grade IS "
                                         "NOT NULL"),
                      {scheme});
    if (!q)
        return reworded(q.error(), tr("The manual grades of this file cannot be read."));
    QHash<qint64, GradeOverride> inForce;
    while (q->next()) {
        GradeOverride row = readOverride(*q);
        inForce.insert(row.customerId, row);
    }
    return inForce;
}

Result<QVector<GradeOverride>> GradeOverrideRepository::overrides(qint64 customerId) const
{
    auto q = runQuery(m_db,
                      QString::fromLatin1(overrideColumns) +
                          QStringLiteral(" WHERE customer_id = ? ORDER BY created_at, id"),
                      {customerId});
    if (!q)
        return reworded(q.error(), tr("The manual grades of this file cannot be read."));
    QVector<GradeOverride> rows;
    while (q->next())
        rows.append(readOverride(*q));
    return rows;
}

Result<QVector<GradeHistoryEntry>> GradeOverrideRepository::history(qint64 customerId) const
{
    auto rows = overrides(customerId);
    if (!rows)
        return rows.error();
    auto q = runQuery(m_db,
                      QStringLiteral("SELECT e.id, e.created_at, e.author, e.model_name, "
                                     "e.model_version, s.quadrant FROM snapshot_customers s "
                                     "JOIN evaluation_snapshots e ON e.id = s.snapshot_id "
                                     "WHERE s.customer_id = ? ORDER BY e.created_at, e.id"),
                      {customerId});
    if (!q)
        return reworded(q.error(), tr("The grade history of this customer cannot be read."));
    QVector<GradeHistoryEntry> evaluations;
    while (q->next()) {
        GradeHistoryEntry e;
        e.kind = GradeHistoryEntry::Kind::Evaluation;
        e.snapshotId = q->value(0).toLongLong();
        e.at = parseIso(q->value(1).toString());
        e.author = q->value(2).toString();
        e.modelName = q->value(3).toString();
        e.modelVersion = q->value(4).toInt();
        e.scheme = quadrantGradeScheme();
        e.grade = q->value(5).toString();
        evaluations.append(e);
    }
    // Merge the two date-ordered lists; at equal times the evaluation comes first.
    QVector<GradeHistoryEntry> history;
    history.reserve(evaluations.size() + rows->size());
    int next = 0;
    for (const GradeOverride &row : std::as_const(*rows)) {
        while (next < evaluations.size() && evaluations.at(next).at <= row.createdAt)
            history.append(evaluations.at(next++));
        GradeHistoryEntry e;
        e.kind =
            row.grade ? GradeHistoryEntry::Kind::Override : GradeHistoryEntry::Kind::Withdrawal;
        e.at = row.createdAt;
        e.scheme = row.scheme;
        e.grade = row.grade.value_or(QString());
        e.author = row.author;
        e.reason = row.reason;
        e.snapshotId = row.snapshotId;
        e.overrideId = row.id;
        history.append(e);
    }
    while (next < evaluations.size())
        history.append(evaluations.at(next++));
    return history;
}

} // namespace valuedesk
