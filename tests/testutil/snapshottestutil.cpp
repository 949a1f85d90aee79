#include "snapshottestutil.h"

#include "metrics/metriccalculator.h"

namespace valuedesk::test {

Result<AhpModel> storeLubricantModel(const QSqlDatabase &db)
{
    auto model = AhpTemplates::create(QStringLiteral("lubricant"), TemplateLanguage::English);
    if (!model)
        return model.error();
    return AhpModelRepository(db).save(*model);
}

Result<EvaluationSnapshot> evaluateSnapshot(const QSqlDatabase &db, const AhpModel &model,
                                            const EvaluationOptions &options)
{
    auto data = EvaluationDataReader(db).read(options.window);
    if (!data)
        return data.error();
    auto result = Evaluation::run(model, data->inputs, options);
    if (!result)
        return result.error();
    QVector<EvaluatedCustomer> customers;
    const MetricId revenue{MetricKind::Revenue, {}};
    for (int i = 0; i < data->customers.size(); ++i) {
        EvaluatedCustomer c;
        c.id = data->customers.at(i).id;
        c.code = data->customers.at(i).code;
        c.name = data->customers.at(i).name;
        c.status = data->customers.at(i).status;
        c.revenue =
            MetricCalculator::value(revenue, data->inputs.at(i), options.window).value_or(0);
        customers.append(c);
    }
    return EvaluationSnapshot::fromResult(model, options, customers, std::move(result).value());
}

} // namespace valuedesk::test
