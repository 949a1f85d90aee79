#pragma once

#include "connectionfactory.h"
#include "importplan.h"
#include "importsource.h"
#include "importvalidator.h"
#include "result.h"
#include "taskcontext.h"

namespace valuedesk {

// What an import of one input file is asked to do once its columns are mapped.
struct ImportRequest
{
    ColumnMapping mapping;
    ImportOptions options;
};

// The import pipeline behind File ▸ Import… and `valuedesk-cli import`: read the input
// (ImportSource), check every row against the mapping and the file's customers, then write the
// good rows in one transaction. The GUI shows the check's review in between; the CLI goes straight
// on. Both steps take connections from the factory (never a path to reopen) and report progress;
// when the TaskContext stops them, the plan or summary comes back with `cancelled` set and
// nothing is written.
class ImportService final
{
public:
    // The kind of data a file with these headers most likely holds: the kind whose required
    // fields all map and that uses the most columns; ties go to the earlier kind (a customer
    // list before transactions).
    static ImportKind likelyKind(const QStringList &headers);
    // Reads the input file (encoding, separator and sheet from `options`).
    static Result<ImportSource> open(const QString &path, const ImportSourceOptions &options);
    // Checks every row of `source`; nothing is written.
    static Result<ImportPlan> check(const ImportSource &source, const ImportRequest &request,
                                    const ConnectionFactory &connections, TaskContext &context);
    // Writes a checked plan's good rows in one transaction.
    static Result<ImportSummary> commit(const ImportPlan &plan,
                                        const ConnectionFactory &connections, TaskContext &context);
};

} // namespace valuedesk
