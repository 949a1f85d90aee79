#pragma once

// Small helpers shared by the model tests: a Document in a temporary directory, a demo portfolio
// written into it, and a snapshot of everything a customer file holds so undo/redo can be checked
// to restore it exactly.

#include "demogenerator.h"
#include "document.h"
#include "portfoliowriter.h"
#include "verify.h"

#include <QTemporaryDir>
#include <QtTest>

#include <memory>

namespace valuedesk::test {

// A new customer file in `dir`; null (with a warning) if it could not be created.
std::unique_ptr<Document> createDocument(const QTemporaryDir &dir,
                                         const QString &name = QStringLiteral("test.vdb"));

// Writes `customers` demo customers (with all their records) into the document's file, outside
// the undo stack, and tells the document about the bulk change.
Status writeDemo(Document &document, int customers, quint32 seed = 1);

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

FileSnapshot snapshot(const Document &document);

} // namespace valuedesk::test
