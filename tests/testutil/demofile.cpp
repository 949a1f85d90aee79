#include "demofile.h"

#include "demogenerator.h"
#include "portfoliowriter.h"

namespace valuedesk::test {

std::unique_ptr<Database> createDemoFile(const QString &path, int customers, quint32 seed,
                                         QString *error)
{
    auto fail = [error](const QString &message) -> std::unique_ptr<Database> {
        if (error)
            *error = message;
        return nullptr;
    };
    auto db = Database::open(path, Database::OpenMode::CreateNew);
    if (!db)
        return fail(db.error().toString());
    PortfolioWriter writer((*db)->connection());
    if (auto begun = writer.begin(); !begun)
        return fail(begun.error().toString());
    DemoParams params;
    params.customers = customers;
    params.seed = seed;
    Status added;
    DemoGenerator(params).generate([&](const CustomerRecordSet &set) {
        added = writer.add(set);
        return added.ok();
    });
    if (!added)
        return fail(added.error().toString());
    if (auto committed = writer.commit(); !committed)
        return fail(committed.error().toString());
    return std::move(db).value();
}

} // namespace valuedesk::test
