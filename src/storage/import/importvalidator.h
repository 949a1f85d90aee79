#pragma once

#include "columnmapping.h"
#include "importplan.h"
#include "importsource.h"

#include <QCoreApplication>
#include <QHash>
#include <QSqlDatabase>

namespace valuedesk {

struct ImportOptions
{
    bool createMissingCustomers = false; // records imports: unknown codes create customers
    DuplicateAction duplicateAction = DuplicateAction::Update; // customers imports: default for all
};

// The customers already in the file, as far as matching input rows needs them.
struct ExistingCustomers
{
    QHash<QString, qint64> idsByCode;
    QHash<QString, qint64> idsByNameAndContact; // key: name + '\x1f' + contact, both non-empty
    QHash<qint64, QPair<QString, QString>> codeAndNameById;

    static Result<ExistingCustomers> load(const QSqlDatabase &db);
};

// Turns input rows into an ImportPlan: parses every mapped field, names each bad row's line,
// field and reason, and finds duplicates. Writes nothing.
class ImportValidator final
{
    Q_DECLARE_TR_FUNCTIONS(valuedesk::ImportValidator)

public:
    ImportValidator(ColumnMapping mapping, ExistingCustomers existing, ImportOptions options = {});

    Result<ImportPlan> validate(const ImportSource &source,
                                const ProgressCallback &progress = {}) const;

    // One row; exposed for tests and the preview.
    void addRow(ImportPlan &plan, const QStringList &fields, int line) const;

private:
    struct RowContext;
    void addCustomer(ImportPlan &plan, RowContext &row) const;
    void addRecord(ImportPlan &plan, RowContext &row) const;
    // The row's customer id (negative for one the import creates), or 0 when it has none: an
    // unknown code adds a problem; a row with problems already creates no customer.
    qint64 resolveCustomer(ImportPlan &plan, RowContext &row, const QDate &date) const;

    ColumnMapping m_mapping;
    ExistingCustomers m_existing;
    ImportOptions m_options;
};

} // namespace valuedesk
