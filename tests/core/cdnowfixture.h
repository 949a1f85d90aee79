#pragma once

#include "clv/calibrationsummary.h"
#include "clv/purchasehistory.h"

#include <QFile>
#include <QString>
#include <QVector>

namespace valuedesk::test {

// The CDNOW sample (2 357 customers, tests/data/cdnow/README.md) read with a plain comma split:
// core tests must not depend on the storage layer's importer. Empty when the file is missing.
inline QVector<CustomerPurchases> readCdnowSample()
{
    QFile file(QStringLiteral(VALUEDESK_TEST_DATA_DIR "/cdnow/cdnow_sample_tx.csv"));
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text))
        return {};
    PurchaseHistoryBuilder builder;
    file.readLine(); // header
    while (!file.atEnd()) {
        const QList<QByteArray> fields = file.readLine().trimmed().split(',');
        if (fields.size() != 3)
            continue;
        builder.add(QString::fromLatin1(fields.at(0)),
                    QDate::fromString(QString::fromLatin1(fields.at(1)), Qt::ISODate),
                    fields.at(2).toDouble());
    }
    return builder.take();
}

// The paper's set-up: 39-week calibration to 1997-09-30, holdout to 1998-06-30, weeks.
inline CalibrationOptions cdnowOptions()
{
    return CalibrationOptions{QDate(1997, 9, 30), ClvTimeUnit::Week, QDate(1998, 6, 30)};
}

} // namespace valuedesk::test
