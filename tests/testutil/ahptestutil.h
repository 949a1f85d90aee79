#pragma once

// Shared by the AHP model tests: a session over the lubricant template stored in a new customer
// file (version 1).

#include "ahp/ahpmodelsession.h"
#include "ahp/ahptemplates.h"
#include "ahpmodelrepository.h"
#include "modeltestutil.h"

#include <memory>

namespace valuedesk::test {

std::unique_ptr<AhpModelSession> lubricantSession(Document &document);

double localWeight(const AhpModelSession &session, const NodePath &path);

std::optional<double> judgementOf(const AhpModelSession &session, const NodePath &path, int row,
                                  int column, int evaluator = 0);

} // namespace valuedesk::test
