#pragma once

#include "ahptemplates.h"
#include "hierarchynode.h"
#include "result.h"

namespace valuedesk::templatedata {

// The hierarchies of the built-in templates (AhpTemplates::create adds name and settings).
// Errors only if a judgement matrix in the data is malformed, which tst_ahptemplates catches.
Result<HierarchyNode> retail(TemplateLanguage language);
Result<HierarchyNode> lubricant(TemplateLanguage language);
Result<HierarchyNode> tobacco(TemplateLanguage language);
Result<HierarchyNode> carDealer(TemplateLanguage language);
Result<HierarchyNode> keyAccount(TemplateLanguage language);

} // namespace valuedesk::templatedata
