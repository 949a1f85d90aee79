#pragma once

#include "customer.h"
#include "importschema.h"
#include "taskcontext.h"

#include <QHash>
#include <QSet>
#include <QString>
#include <QVector>

#include <functional>

namespace valuedesk {

// Why one input row cannot be imported; a row may have several.
struct RowProblem
{
    int line = 0;
    QString field;  // the target field's display name
    QString column; // the input header it came from
    QString value;
    QString reason; // translated, e.g. "not a date"
};

enum class DuplicateAction { Update, Skip, ImportAsNew };

// A customer row that matches a customer already in the file.
struct DuplicateCustomer
{
    enum class Match { SameCode, SameNameAndContact };

    int line = 0;
    int rowIndex = 0; // index into ImportPlan::customers
    qint64 existingId = 0;
    QString existingCode;
    QString existingName;
    Match match = Match::SameCode;
    DuplicateAction action = DuplicateAction::Update;
};

// Everything an import would write, worked out before anything is written. Records of customers
// created by the import itself (--create-missing-customers) carry customerId = -(index + 1) into
// newCustomers until committed.
struct ImportPlan
{
    ImportKind kind = ImportKind::Customers;
    qint64 rowsRead = 0;
    QVector<RowProblem> problems;
    QSet<int> badLines;

    // Customers import: the good rows (fields the file left empty are empty here) and which
    // fields the file mapped, so updating a duplicate only overwrites those.
    QVector<Customer> customers;
    QVector<int> customerLines;
    QSet<QString> mappedCustomerFields;
    // Rows (indexes into customers) whose mapped status cell was empty: their status is the
    // default, so updating a duplicate keeps the existing customer's status.
    QSet<int> customersWithoutStatus;
    QVector<DuplicateCustomer> duplicates;

    QVector<Customer> newCustomers; // created for unknown codes in a records import
    QVector<Transaction> transactions;
    QVector<Interaction> interactions;
    QVector<SurveyScore> surveys;
    QVector<Balance> balances;

    // Lookup state across rows: customer codes seen in this file (-> first line) and codes of
    // customers the import creates (-> index into newCustomers).
    QHash<QString, int> codeLines;
    QHash<QString, int> newCustomerIndex;

    qint64 goodRows() const { return rowsRead - badLines.size(); }
    bool cancelled = false;
};

struct ImportSummary
{
    int customersAdded = 0;
    int customersUpdated = 0;
    int customersSkipped = 0;
    qint64 recordsAdded = 0;
    int rowsRejected = 0;
    bool cancelled = false;
};

} // namespace valuedesk
