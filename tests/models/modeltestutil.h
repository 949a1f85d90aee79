#pragma once

// Small helpers shared by the model tests: a Document in a temporary directory, a demo portfolio
// written into it, and a snapshot of everything a customer file holds so undo/redo can be checked
// to restore it exactly.

#include "demogenerator.h"
#include "document.h"
#include "portfoliowriter.h"

#include <QTemporaryDir>
#include <QtTest>

#include <memory>

// QVERIFY for a Result/Status (evaluated once), printing the error when it failed.
#define VD_VERIFY_OK(expression)                                                                   \
    do {                                                                                           \
        const auto &vdResult = (expression);                                                       \
        QVERIFY2(vdResult.ok(), vdResult.ok() ? "" : qPrintable(vdResult.error().toString()));     \
    } while (false)

namespace valuedesk::test {

// A new customer file in `dir`; null (with a warning) if it could not be created.
inline std::unique_ptr<Document> createDocument(const QTemporaryDir &dir,
                                                const QString &name = QStringLiteral("test.vdb"))
{
    auto opened = Document::open(dir.filePath(name), Database::OpenMode::CreateNew);
    if (!opened) {
        qWarning("cannot create document: %s", qPrintable(opened.error().toString()));
        return nullptr;
    }
    return std::move(*opened);
}

// Writes `customers` demo customers (with all their records) into the document's file, outside
// the undo stack, and tells the document about the bulk change.
inline Status writeDemo(Document &document, int customers, quint32 seed = 1)
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

// Everything in the file: every customer (with attributes) and all of its records, by id.
struct FileSnapshot
{
    QVector<Customer> customers;
    QVector<Transaction> transactions;
    QVector<Interaction> interactions;
    QVector<SurveyScore> surveys;
    QVector<Balance> balances;
    bool valid = false;

    bool operator==(const FileSnapshot &o) const
    {
        return valid && o.valid && customers == o.customers && transactions == o.transactions &&
               interactions == o.interactions && surveys == o.surveys && balances == o.balances;
    }
    bool operator!=(const FileSnapshot &o) const { return !(*this == o); }
};

inline FileSnapshot snapshot(const Document &document)
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
