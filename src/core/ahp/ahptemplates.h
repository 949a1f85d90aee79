#pragma once

#include "ahpmodel.h"
#include "result.h"

#include <QCoreApplication>
#include <QVector>

namespace valuedesk {

enum class TemplateLanguage { Chinese, English };

struct AhpTemplateInfo
{
    QString id;        // retail, lubricant, tobacco, car-dealer, key-account
    QString nameZh;    // 零售企业客户价值 …
    QString nameEn;    // Retail customer value …
    QString description; // one sentence, English: where the model comes from
};

// The built-in models a user copies and edits. Every judgement matrix is on Saaty's scale with
// CR < 0.10 (tests check it); leaves are bound to metric ids of the evaluation layer
// (revenue, gross_profit, frequency_per_month, recency_days, satisfaction, rating:<name> …).
class AhpTemplates final
{
    Q_DECLARE_TR_FUNCTIONS(valuedesk::AhpTemplates)

public:
    static QVector<AhpTemplateInfo> list();
    // Node and model names in the chosen language.
    static Result<AhpModel> create(const QString &id, TemplateLanguage language);
};

} // namespace valuedesk
