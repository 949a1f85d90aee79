#include "documentstore.h"

#include "document.h"
#include "gradeoverridecommands.h"

namespace valuedesk {

namespace {

// An override when `row` has a grade, a withdrawal otherwise.
Result<GradeOverride> appendRow(QSqlDatabase db, const GradeOverride &row)
{
    GradeOverrideRepository repository(std::move(db));
    return row.grade ? repository.addOverride(row.customerId, row.scheme, *row.grade, row.reason,
                                              row.author, row.snapshotId, row.createdAt)
                     : repository.withdraw(row.customerId, row.scheme, row.reason, row.author,
                                           row.createdAt);
}

} // namespace

DocumentStore::DocumentStore(Document &document) : m_document(document) {}

QSqlDatabase DocumentStore::connection() const
{
    return m_document.database().connection();
}

Status DocumentStore::checkWritable() const
{
    // The message SQLite's read-only refusal gets (sqlError), so the user reads the same words
    // whichever write hit it; checked first so that nothing is attempted.
    if (m_document.isReadOnly())
        return Error(
            QCoreApplication::translate("valuedesk::Database",
                                        "The customer file is read-only; nothing was changed."),
            {}, Error::Code::FileReadOnly);
    return Status::success();
}

// ---- AHP models

Result<QVector<AhpModelSummary>> DocumentStore::models() const
{
    return AhpModelRepository(connection()).list();
}

Result<AhpModel> DocumentStore::loadModel(qint64 id, std::optional<int> version) const
{
    return AhpModelRepository(connection()).load(id, version);
}

Result<std::optional<AhpModel>> DocumentStore::findModel(const QString &name) const
{
    return AhpModelRepository(connection()).findByName(name);
}

Result<QString> DocumentStore::uniqueModelName(const QString &name) const
{
    return AhpModelRepository(connection()).uniqueName(name);
}

Result<AhpModel> DocumentStore::saveModel(const AhpModel &model)
{
    if (Status writable = checkWritable(); !writable)
        return writable.error();
    auto stored = AhpModelRepository(connection()).save(model);
    if (stored)
        m_document.announce(DocumentChange::models(stored->id));
    return stored;
}

Status DocumentStore::removeModel(qint64 id)
{
    if (Status writable = checkWritable(); !writable)
        return writable;
    Status removed = AhpModelRepository(connection()).remove(id);
    if (removed)
        m_document.announce(DocumentChange::models(id));
    return removed;
}

// ---- Evaluation snapshots

Result<QVector<EvaluationSnapshotInfo>> DocumentStore::snapshots() const
{
    return SnapshotRepository(connection()).list();
}

Result<EvaluationSnapshotInfo> DocumentStore::snapshotInfo(qint64 id) const
{
    return SnapshotRepository(connection()).info(id);
}

Result<EvaluationSnapshot> DocumentStore::loadSnapshot(qint64 id) const
{
    return SnapshotRepository(connection()).load(id);
}

Result<qint64> DocumentStore::saveSnapshot(EvaluationSnapshot &snapshot)
{
    if (Status writable = checkWritable(); !writable)
        return writable.error();
    auto id = SnapshotRepository(connection()).save(snapshot);
    if (id)
        m_document.announce(DocumentChange::snapshots(*id));
    return id;
}

Status DocumentStore::removeSnapshot(qint64 id)
{
    if (Status writable = checkWritable(); !writable)
        return writable;
    Status removed = SnapshotRepository(connection()).remove(id);
    if (removed) {
        m_document.announce(DocumentChange::snapshots(id));
        m_document.announce(DocumentChange::classifications(id));
    }
    return removed;
}

Status DocumentStore::setSnapshotLabel(qint64 id, const QString &label)
{
    if (Status writable = checkWritable(); !writable)
        return writable;
    Status written = SnapshotRepository(connection()).setLabel(id, label);
    if (written)
        m_document.announce(DocumentChange::snapshots(id));
    return written;
}

// ---- Classifications

Result<QStringList> DocumentStore::classificationSchemes(qint64 snapshotId) const
{
    return ClassificationRepository(connection()).schemes(snapshotId);
}

Result<StoredClassification> DocumentStore::loadClassification(qint64 snapshotId,
                                                               const QString &scheme) const
{
    return ClassificationRepository(connection()).load(snapshotId, scheme);
}

Status DocumentStore::saveClassification(qint64 snapshotId, const ClassificationResult &result,
                                         const QVector<qint64> &customerIds)
{
    if (Status writable = checkWritable(); !writable)
        return writable;
    Status saved = ClassificationRepository(connection()).save(snapshotId, result, customerIds);
    if (saved)
        m_document.announce(DocumentChange::classifications(snapshotId, result.scheme));
    return saved;
}

Status DocumentStore::removeClassification(qint64 snapshotId, const QString &scheme)
{
    if (Status writable = checkWritable(); !writable)
        return writable;
    Status removed = ClassificationRepository(connection()).remove(snapshotId, scheme);
    if (removed)
        m_document.announce(DocumentChange::classifications(snapshotId, scheme));
    return removed;
}

// ---- Grade overrides

Result<QHash<qint64, GradeOverride>> DocumentStore::currentOverrides(const QString &scheme) const
{
    return GradeOverrideRepository(connection()).current(scheme);
}

Result<QVector<GradeOverride>> DocumentStore::overrides(qint64 customerId) const
{
    return GradeOverrideRepository(connection()).overrides(customerId);
}

Result<QVector<GradeHistoryEntry>> DocumentStore::gradeHistory(qint64 customerId) const
{
    return GradeOverrideRepository(connection()).history(customerId);
}

Result<GradeOverride> DocumentStore::setGradeOverride(qint64 customerId, const QString &scheme,
                                                      const QString &grade, const QString &reason,
                                                      const QString &author,
                                                      std::optional<qint64> snapshotId)
{
    GradeOverride row;
    row.customerId = customerId;
    row.scheme = scheme;
    row.grade = grade;
    row.reason = reason;
    row.author = author;
    row.snapshotId = snapshotId;
    return appendOverride(row);
}

Result<GradeOverride> DocumentStore::withdrawGradeOverride(qint64 customerId, const QString &scheme,
                                                           const QString &reason,
                                                           const QString &author)
{
    GradeOverride row;
    row.customerId = customerId;
    row.scheme = scheme;
    row.reason = reason;
    row.author = author;
    return appendOverride(row);
}

Result<GradeOverride> DocumentStore::appendOverride(const GradeOverride &row)
{
    if (Status writable = checkWritable(); !writable)
        return writable.error();
    auto current = currentOverrides(row.scheme);
    if (!current)
        return current.error();
    std::optional<GradeOverride> before;
    if (auto found = current->constFind(row.customerId); found != current->cend())
        before = *found;
    auto written = appendRow(connection(), row);
    if (!written)
        return written;
    m_document.announce(DocumentChange::gradeOverrides(row.customerId, row.scheme));
    m_document.undoStack()->push(new SetGradeOverride(&m_document, std::move(before), *written));
    return written;
}

Result<GradeOverride> DocumentStore::writeGradeOverride(const GradeOverride &row)
{
    Status writable = checkWritable();
    auto written =
        writable ? appendRow(connection(), row) : Result<GradeOverride>(writable.error());
    if (!written) {
        emit m_document.commandFailed(written.error().message());
        return written;
    }
    m_document.announce(DocumentChange::gradeOverrides(row.customerId, row.scheme));
    return written;
}

// ---- Import mappings

Result<std::optional<ColumnMapping>> DocumentStore::importMapping(ImportKind kind,
                                                                  const QStringList &headers) const
{
    return ImportMappingRepository(connection()).load(kind, headers);
}

Status DocumentStore::saveImportMapping(const ColumnMapping &mapping, const QStringList &headers)
{
    if (Status writable = checkWritable(); !writable)
        return writable;
    Status saved = ImportMappingRepository(connection()).save(mapping, headers);
    if (saved)
        m_document.announce(DocumentChange::importMappings());
    return saved;
}

} // namespace valuedesk
