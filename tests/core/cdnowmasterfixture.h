#pragma once

#include "classification/classification.h"
#include "metrics/evaluationwindow.h"
#include "metrics/metricinputs.h"
#include "valueparsers.h"

#include <QFile>
#include <QHash>
#include <QString>
#include <QVector>

namespace valuedesk::test {

// The CDNOW master (tests/data/cdnow/README.md): 23 570 customers, 69 659 transactions from
// 1997-01-01 to 1998-06-30, as a ClassificationInput over all history as of 1998-06-30, the
// metrics built by the core's own metricInputsFromRecords (revenue = Σ amount, orders = rows,
// recency from the last transaction). Customer codes are the master's ids ("1" … "23570"), in
// order of first appearance. Amounts are parsed exactly to cents. Empty when the file is missing.
inline ClassificationInput readCdnowMaster()
{
    ClassificationInput input;
    QFile file(QStringLiteral(VALUEDESK_TEST_DATA_DIR "/cdnow/cdnow_master_tx.csv"));
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text))
        return input;
    QVector<CustomerRecordSet> records;
    QHash<QString, int> index;
    file.readLine(); // header
    while (!file.atEnd()) {
        const QList<QByteArray> fields = file.readLine().trimmed().split(',');
        if (fields.size() != 3)
            return {};
        const QString code = QString::fromLatin1(fields.at(0));
        const QDate date = QDate::fromString(QString::fromLatin1(fields.at(1)), Qt::ISODate);
        const std::optional<Cents> amount = parseMoney(QString::fromLatin1(fields.at(2)));
        if (!date.isValid() || !amount)
            return {};
        auto it = index.constFind(code);
        if (it == index.constEnd()) {
            it = index.insert(code, static_cast<int>(records.size()));
            CustomerRecordSet set;
            set.customer.id = records.size() + 1;
            set.customer.code = code;
            set.customer.name = code;
            records.append(set);
        }
        Transaction t;
        t.customerId = records.at(*it).customer.id;
        t.date = date;
        t.amount = *amount;
        records[*it].transactions.append(t);
    }
    const QDate asOf(1998, 6, 30);
    input.window =
        EvaluationWindow{asOf, EvaluationWindow::monthsCovering(QDate(1997, 1, 1), asOf)};
    for (const CustomerRecordSet &set : records) {
        EvaluatedCustomer c;
        c.id = set.customer.id;
        c.code = set.customer.code;
        c.name = set.customer.name;
        input.customers.append(c);
        input.inputs.append(metricInputsFromRecords(set, input.window));
        input.customers.last().revenue = centsToUnits(input.inputs.last().revenue);
    }
    return input;
}

// Customers per class id of a result.
inline QHash<QString, int> classCounts(const ClassificationResult &result)
{
    QHash<QString, int> counts;
    for (int k : result.classOf)
        counts[k < 0 ? QStringLiteral("-") : result.classes.at(k).id] += 1;
    return counts;
}

} // namespace valuedesk::test
