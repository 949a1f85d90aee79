#pragma once

// Shared by the AHP model tests: a session over the lubricant template stored in a new customer
// file (version 1).

#include "ahp/ahpmodelsession.h"
#include "ahp/ahptemplates.h"
#include "ahpmodelrepository.h"
#include "modeltestutil.h"

#include <memory>

namespace valuedesk::test {

inline std::unique_ptr<AhpModelSession> lubricantSession(Document &document)
{
    auto model = AhpTemplates::create(QStringLiteral("lubricant"), TemplateLanguage::English);
    if (!model) {
        qWarning("template: %s", qPrintable(model.error().toString()));
        return nullptr;
    }
    AhpModelRepository repository(document.database().connection());
    auto name = repository.uniqueName(model->name);
    if (!name)
        return nullptr;
    model->name = *name;
    auto stored = repository.save(*model);
    if (!stored) {
        qWarning("save: %s", qPrintable(stored.error().toString()));
        return nullptr;
    }
    return std::make_unique<AhpModelSession>(document.database().connection(), *stored);
}

inline double localWeight(const AhpModelSession &session, const NodePath &path)
{
    const HierarchyNodeResult *r = session.nodeResult(path);
    return r ? r->localWeight : -1.0;
}

inline std::optional<double> judgementOf(const AhpModelSession &session, const NodePath &path,
                                         int row, int column, int evaluator = 0)
{
    return session.judgement(JudgementKey{path, evaluator, row, column});
}

} // namespace valuedesk::test
