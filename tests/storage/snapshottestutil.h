#pragma once

// A small demo customer file with the lubricant model saved in it, and evaluation snapshots of
// it, for the snapshot and grade override tests.

#include "ahp/ahptemplates.h"
#include "ahpmodelrepository.h"
#include "database.h"
#include "demogenerator.h"
#include "evaluationdatareader.h"
#include "metrics/evaluationsnapshot.h"
#include "portfoliowriter.h"

#include <memory>

namespace valuedesk::test {

inline std::unique_ptr<Database> createDemoFile(const QString &path, int customers)
{
    auto db = Database::open(path, Database::OpenMode::CreateNew);
    if (!db)
        return nullptr;
    PortfolioWriter writer((*db)->connection());
    if (!writer.begin())
        return nullptr;
    DemoParams params;
    params.customers = customers;
    params.seed = 7;
    bool ok = true;
    DemoGenerator(params).generate([&](const CustomerRecordSet &set) {
        ok = writer.add(set).ok();
        return ok;
    });
    if (!ok || !writer.commit())
        return nullptr;
    return std::move(db).value();
}

// The lubricant template stored in the file (version 1).
inline Result<AhpModel> storeLubricantModel(const QSqlDatabase &db)
{
    auto model = AhpTemplates::create(QStringLiteral("lubricant"), TemplateLanguage::English);
    if (!model)
        return model.error();
    return AhpModelRepository(db).save(*model);
}

// Evaluates every customer of the file as the CLI does and wraps it as a snapshot.
inline Result<EvaluationSnapshot> evaluateSnapshot(const QSqlDatabase &db, const AhpModel &model,
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
