#pragma once

// A small demo customer file with the lubricant model saved in it, and evaluation snapshots of
// it, for the snapshot and grade override tests.

#include "ahp/ahptemplates.h"
#include "ahpmodelrepository.h"
#include "database.h"
#include "demofile.h"
#include "demogenerator.h"
#include "evaluationdatareader.h"
#include "metrics/evaluationsnapshot.h"
#include "portfoliowriter.h"

#include <QSqlDatabase>

namespace valuedesk::test {

// The lubricant template stored in the file (version 1).
Result<AhpModel> storeLubricantModel(const QSqlDatabase &db);

// Evaluates every customer of the file as the CLI does and wraps it as a snapshot.
Result<EvaluationSnapshot> evaluateSnapshot(const QSqlDatabase &db, const AhpModel &model,
                                            const EvaluationOptions &options);

} // namespace valuedesk::test
