#include "ahptestutil.h"

namespace valuedesk::test {

std::unique_ptr<AhpModelSession> lubricantSession(Document &document)
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
double localWeight(const AhpModelSession &session, const NodePath &path)
{
    const HierarchyNodeResult *r = session.nodeResult(path);
    return r ? r->localWeight : -1.0;
}
std::optional<double> judgementOf(const AhpModelSession &session, const NodePath &path, int row,
                                  int column, int evaluator)
{
    return session.judgement(JudgementKey{path, evaluator, row, column});
}

} // namespace valuedesk::test
