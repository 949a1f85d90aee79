#include "database.h"
#include "purchasehistoryreader.h"
#include "storagetestutil.h"

#include <QTemporaryDir>
#include <QTest>

using namespace valuedesk;

class TstPurchaseHistoryReader final : public QObject
{
    Q_OBJECT

private slots:
    void customerFileGroupsDays();
    void csvGroupsDays();
    void cdnowSampleCsv();
    void csvWithoutAmountColumn();
    void csvBadDate();

private:
    QTemporaryDir m_dir;
};

void TstPurchaseHistoryReader::customerFileGroupsDays()
{
    const QString path = m_dir.filePath(QStringLiteral("h.vdb"));
    {
        auto db = Database::open(path, Database::OpenMode::CreateNew);
        VD_VERIFY_OK(db);
    }
    {
        test::RawConnection raw(path);
        QVERIFY(raw.exec(QStringLiteral(
            "INSERT INTO customers (id, code, name) VALUES (1, 'B', 'b'), (2, 'A', 'a'), "
            "(3, 'C', 'no transactions')")));
        QVERIFY(raw.exec(QStringLiteral(
            "INSERT INTO transactions (customer_id, date, amount_cents, cost_cents, quantity) "
            "VALUES (1, '2024-02-01', 1000, 600, 1), (1, '2024-01-05', 250, NULL, NULL),"
            " (1, '2024-02-01', 550, NULL, 2), (2, '2024-03-03', -100, 0, 1)")));
    }
    auto db = Database::open(path, Database::OpenMode::OpenExisting);
    VD_VERIFY_OK(db);
    auto histories = PurchaseHistoryReader::read((*db)->connection());
    VD_VERIFY_OK(histories);
    QCOMPARE(histories->size(), 2);
    const CustomerPurchases &b = histories->at(0);
    QCOMPARE(b.customer, QStringLiteral("B"));
    QCOMPARE(b.days.size(), 2);
    QCOMPARE(b.days.at(0).date, QDate(2024, 1, 5));
    QCOMPARE(b.days.at(0).amount, 2.5);
    QCOMPARE(b.days.at(1).amount, 15.5);
    QCOMPARE(b.days.at(1).cost, 6.0);
    QCOMPARE(b.days.at(1).quantity, 3.0);
    QCOMPARE(histories->at(1).customer, QStringLiteral("A"));
    QCOMPARE(histories->at(1).days.constFirst().amount, -1.0);
}

void TstPurchaseHistoryReader::csvGroupsDays()
{
    const QString path = m_dir.filePath(QStringLiteral("tx.csv"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("客户编号,日期,金额(元),数量\n"
               "K2,2024/3/1,\"1,000.50\",2\n"
               "K1,2024-01-02,10,\n"
               "K2,2024-02-01,5,1\n"
               "K2,2024-03-01,0.5,1\n");
    file.close();
    auto histories = PurchaseHistoryReader::readTable(path);
    VD_VERIFY_OK(histories);
    QCOMPARE(histories->size(), 2);
    const CustomerPurchases &k2 = histories->at(0);
    QCOMPARE(k2.customer, QStringLiteral("K2"));
    QCOMPARE(k2.days.size(), 2);
    QCOMPARE(k2.days.at(0).date, QDate(2024, 2, 1));
    QCOMPARE(k2.days.at(1).amount, 1001.0);
    QCOMPARE(k2.days.at(1).quantity, 3.0);
}

void TstPurchaseHistoryReader::cdnowSampleCsv()
{
    auto histories = PurchaseHistoryReader::readTable(
        QStringLiteral(VALUEDESK_TEST_DATA_DIR "/cdnow/cdnow_sample_tx.csv"));
    VD_VERIFY_OK(histories);
    QCOMPARE(histories->size(), 2357);
    qsizetype days = 0;
    for (const CustomerPurchases &h : *histories)
        days += h.days.size();
    QVERIFY(days < 6919); // same-day rows merged
    QCOMPARE(histories->constFirst().customer, QStringLiteral("0001"));
    QCOMPARE(histories->constFirst().days.size(), 4);
}

void TstPurchaseHistoryReader::csvWithoutAmountColumn()
{
    const QString path = m_dir.filePath(QStringLiteral("noamount.csv"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("customer id,date\nA,2024-01-01\n");
    file.close();
    auto histories = PurchaseHistoryReader::readTable(path);
    QVERIFY(!histories.ok());
    QVERIFY(histories.error().message().contains(QStringLiteral("Amount")));
}

void TstPurchaseHistoryReader::csvBadDate()
{
    const QString path = m_dir.filePath(QStringLiteral("baddate.csv"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("customer_id,date,amount\nA,2024-01-01,5\nA,yesterday,5\n");
    file.close();
    auto histories = PurchaseHistoryReader::readTable(path);
    QVERIFY(!histories.ok());
    QVERIFY(histories.error().message().contains(QStringLiteral("Line 3")));
}

QTEST_GUILESS_MAIN(TstPurchaseHistoryReader)
#include "tst_purchasehistoryreader.moc"
