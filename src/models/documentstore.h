#pragma once

#include "ahpmodelrepository.h"
#include "classificationrepository.h"
#include "gradeoverriderepository.h"
#include "import/importmappingrepository.h"
#include "result.h"
#include "snapshotrepository.h"

#include <QCoreApplication>

#include <optional>

namespace valuedesk {

class Document;

// The analyses stored in an open customer file, read and written through its Document: AHP
// models, evaluation snapshots, classifications, grade overrides and remembered import
// mappings. Owned by the Document (Document::store()); the app constructs no repository itself.
//
// Every write checks that the file is writable, writes, and then announces what changed through
// Document::announce() (modelsChanged, snapshotsChanged, classificationsChanged,
// gradeOverridesChanged, importMappingsChanged and changed()). A failed write changes nothing and
// announces nothing. Grade overrides are undo commands; the other writes are file-level saves
// outside the undo stack (see "Undo" in document.h).
class DocumentStore final
{
    Q_DECLARE_TR_FUNCTIONS(valuedesk::DocumentStore)
    Q_DISABLE_COPY_MOVE(DocumentStore)

public:
    explicit DocumentStore(Document &document);

    // AHP models (AhpModelRepository): each save appends a version.
    Result<QVector<AhpModelSummary>> models() const;
    Result<AhpModel> loadModel(qint64 id, std::optional<int> version = std::nullopt) const;
    Result<std::optional<AhpModel>> findModel(const QString &name) const;
    Result<QString> uniqueModelName(const QString &name) const;
    Result<AhpModel> saveModel(const AhpModel &model); // modelsChanged(id)
    Status removeModel(qint64 id);                     // modelsChanged(id)

    // Evaluation snapshots (SnapshotRepository).
    Result<QVector<EvaluationSnapshotInfo>> snapshots() const; // newest first
    Result<EvaluationSnapshotInfo> snapshotInfo(qint64 id) const;
    Result<EvaluationSnapshot> loadSnapshot(qint64 id) const;
    Result<qint64> saveSnapshot(EvaluationSnapshot &snapshot); // snapshotsChanged(id)
    // snapshotsChanged(id), then classificationsChanged(id, "") for the results that went with it.
    Status removeSnapshot(qint64 id);
    Status setSnapshotLabel(qint64 id, const QString &label); // snapshotsChanged(id)

    // Classification results stored with snapshots (ClassificationRepository).
    Result<QStringList> classificationSchemes(qint64 snapshotId) const;
    Result<StoredClassification> loadClassification(qint64 snapshotId, const QString &scheme) const;
    // classificationsChanged(snapshotId, result.scheme)
    Status saveClassification(qint64 snapshotId, const ClassificationResult &result,
                              const QVector<qint64> &customerIds);
    Status removeClassification(qint64 snapshotId, const QString &scheme);

    // Manual grades (GradeOverrideRepository). Setting and withdrawing are one undo step each
    // and announce gradeOverridesChanged(customerId, scheme).
    Result<QHash<qint64, GradeOverride>> currentOverrides(const QString &scheme) const;
    Result<QVector<GradeOverride>> overrides(qint64 customerId) const;
    Result<QVector<GradeHistoryEntry>> gradeHistory(qint64 customerId) const;
    Result<GradeOverride> setGradeOverride(qint64 customerId, const QString &scheme,
                                           const QString &grade, const QString &reason,
                                           const QString &author,
                                           std::optional<qint64> snapshotId = std::nullopt);
    Result<GradeOverride> withdrawGradeOverride(qint64 customerId, const QString &scheme,
                                                const QString &reason, const QString &author);

    // Column mappings remembered per import kind and header row (ImportMappingRepository).
    Result<std::optional<ColumnMapping>> importMapping(ImportKind kind,
                                                       const QStringList &headers) const;
    Status saveImportMapping(const ColumnMapping &mapping,
                             const QStringList &headers); // importMappingsChanged()

    // Mutator used by the grade override commands: appends `row` (an override when it has a
    // grade, a withdrawal otherwise) and announces it; reports a failure through
    // Document::commandFailed.
    Result<GradeOverride> writeGradeOverride(const GradeOverride &row);

private:
    Status checkWritable() const;
    Result<GradeOverride> appendOverride(const GradeOverride &row);
    QSqlDatabase connection() const;

    Document &m_document;
};

} // namespace valuedesk
