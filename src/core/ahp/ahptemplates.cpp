#include "ahptemplates.h"

#include "ahptemplatedata.h"

namespace valuedesk {

QVector<AhpTemplateInfo> AhpTemplates::list()
{
    return {
        {QStringLiteral("retail"), QStringLiteral("零售企业客户价值模型"),
         QStringLiteral("Retail customer value"),
         tr("Retail customers by current, potential and relationship value, the structure common "
            "in Chinese retail customer-value studies.")},
        {QStringLiteral("lubricant"), QStringLiteral("润滑油公司客户价值模型"),
         QStringLiteral("Lubricant company customer value"),
         tr("The lubricant company example of the paper 基于客户价值评价的客户细分, with "
            "judgements "
            "that reproduce its published weights.")},
        {QStringLiteral("tobacco"), QStringLiteral("卷烟零售客户价值模型"),
         QStringLiteral("Tobacco retail customer value"),
         tr("Licensed tobacco retailers by contribution, support for the supplier's programmes "
            "and credit, as tobacco companies grade their retail customers.")},
        {QStringLiteral("car-dealer"), QStringLiteral("汽车4S店客户价值模型"),
         QStringLiteral("Car dealer customer value"),
         tr("Customers of a car dealership (4S store) by current value, potential value and "
            "loyalty.")},
        {QStringLiteral("key-account"), QStringLiteral("大客户价值模型"),
         QStringLiteral("Key account value"),
         tr("Key accounts by customer value, depth of cooperation and growth potential.")},
    };
}

Result<AhpModel> AhpTemplates::create(const QString &id, TemplateLanguage language)
{
    using Builder = Result<HierarchyNode> (*)(TemplateLanguage);
    static const std::pair<const char *, Builder> builders[] = {
        {"retail", &templatedata::retail},          {"lubricant", &templatedata::lubricant},
        {"tobacco", &templatedata::tobacco},        {"car-dealer", &templatedata::carDealer},
        {"key-account", &templatedata::keyAccount},
    };
    QStringList ids;
    for (const AhpTemplateInfo &info : list()) {
        ids.append(info.id);
        if (info.id != id)
            continue;
        for (const auto &[builderId, build] : builders) {
            if (QLatin1String(builderId) != id)
                continue;
            Result<HierarchyNode> root = build(language);
            if (!root)
                return root.error();
            AhpModel model;
            model.name = language == TemplateLanguage::Chinese ? info.nameZh : info.nameEn;
            model.templateId = info.id;
            model.root = std::move(root).value();
            return model;
        }
    }
    return Error(tr("There is no built-in template “%1”; the templates are %2.")
                     .arg(id, ids.join(QStringLiteral(", "))));
}

} // namespace valuedesk
