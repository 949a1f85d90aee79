#pragma once

#include "ahp/ahpmodel.h"
#include "result.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QVector>

#include <optional>

namespace valuedesk {

struct AhpModelSummary
{
    qint64 id = 0;
    QString name;
    int version = 0;     // latest
    QDateTime savedAt;   // of the latest version (UTC)
    QString templateId;
};

// Named AHP models in the customer file. Each save appends a new version (the JSON definition of
// AhpModelJson::toJson), so a version once saved never changes: evaluation snapshots refer to
// (model id, version).
class AhpModelRepository final
{
    Q_DECLARE_TR_FUNCTIONS(valuedesk::AhpModelRepository)

public:
    explicit AhpModelRepository(QSqlDatabase db);

    Result<QVector<AhpModelSummary>> list() const; // by name
    // The latest version, or a given one.
    Result<AhpModel> load(qint64 id, std::optional<int> version = std::nullopt) const;
    Result<std::optional<AhpModel>> findByName(const QString &name) const;
    // A new model (id 0): its name must be unused (error otherwise) → version 1. An existing
    // model (id > 0): appends version + 1 (renaming allowed if the new name is unused).
    // Returns the stored model with id, version and savedAt set.
    Result<AhpModel> save(const AhpModel &model);
    Status remove(qint64 id); // all versions
    // A name not used yet: "name", else "name (2)", "name (3)" …
    Result<QString> uniqueName(const QString &name) const;

private:
    QSqlDatabase m_db;
};

} // namespace valuedesk
