#pragma once

// A small demo customer file for the service tests, and the lubricant model to evaluate it with.

#include "storagetestutil.h"
#include "ahp/ahptemplates.h"
#include "database.h"
#include "demogenerator.h"
#include "portfoliowriter.h"

#include <QString>

#include <memory>

namespace valuedesk::test {

// `customers` demo customers (seed 5) in a new file at `path`.
inline Result<std::unique_ptr<Database>> createDemoFile(const QString &path, int customers = 120)
{
    auto opened = Database::open(path, Database::OpenMode::CreateNew);
    if (!opened)
        return opened.error();
    PortfolioWriter writer((*opened)->connection());
    if (Status begun = writer.begin(); !begun)
        return begun.error();
    DemoParams params;
    params.customers = customers;
    params.seed = 5;
    Status status;
    DemoGenerator(params).generate([&](const CustomerRecordSet &set) {
        status = writer.add(set);
        return status.ok();
    });
    if (!status)
        return status.error();
    if (Status committed = writer.commit(); !committed)
        return committed.error();
    return opened;
}

inline Result<AhpModel> lubricantModel()
{
    auto model = AhpTemplates::create(QStringLiteral("lubricant"), TemplateLanguage::English);
    if (!model)
        return model;
    model->id = 7;
    model->version = 3;
    return model;
}

} // namespace valuedesk::test
