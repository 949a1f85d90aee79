#include "modeltestutil.h"

namespace valuedesk::test {

std::unique_ptr<Document> createDocument(const QTemporaryDir &dir, const QString &name)
{
    auto opened = Document::open(dir.filePath(name), Database::OpenMode::CreateNew);
    if (!opened) {
        qWarning("cannot create document: %s", qPrintable(opened.error().toString()));
        return nullptr;
    }
    return std::move(*opened);
}

Status writeDemo(Document &document, int customers, quint32 seed)
{
    DemoParams params;
    params.customers = customers;
    params.seed = seed;
    PortfolioWriter writer(document.database().connection());
    if (auto begun = writer.begin(); !begun)
        return begun;
    Status status;
    DemoGenerator(params).generate([&](const CustomerRecordSet &set) {
        status = writer.add(set);
        return status.ok();
    });
    if (!status)
        return status;
    if (auto committed = writer.commit(); !committed)
        return committed;
    document.notifyBulkChange();
    return Status::success();
}

FileSnapshot snapshot(const Document &document)
{
    FileSnapshot s;
    auto customers = document.customers().all();
    if (!customers)
        return s;
    s.customers = *customers;
    for (const Customer &c : std::as_const(s.customers)) {
        auto t = document.records<Transaction>().forCustomer(c.id);
        auto i = document.records<Interaction>().forCustomer(c.id);
        auto v = document.records<SurveyScore>().forCustomer(c.id);
        auto b = document.records<Balance>().forCustomer(c.id);
        if (!t || !i || !v || !b)
            return s;
        s.transactions += *t;
        s.interactions += *i;
        s.surveys += *v;
        s.balances += *b;
    }
    s.valid = true;
    return s;
}

} // namespace valuedesk::test
