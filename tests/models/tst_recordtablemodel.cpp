#include "modeltestutil.h"
#include "recordtablemodel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QtTest>

using namespace valuedesk;

namespace {

constexpr int demoCustomers = 12;
constexpr Qt::Alignment right = Qt::AlignRight | Qt::AlignVCenter;
constexpr Qt::Alignment left = Qt::AlignLeft | Qt::AlignVCenter;

template <typename Record>
Result<QVector<Record>> recordsOf(const Document &document, qint64 customerId)
{
    return document.records<Record>().forCustomer(customerId);
}

template <typename Model>
Qt::Alignment alignmentOf(const Model &model, int row, int column)
{
    return model.data(model.index(row, column), Qt::TextAlignmentRole)
        .template value<Qt::Alignment>();
}

} // namespace

class TstRecordTableModel : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();

    void rowsMatchRepository();
    void transactionColumns();
    void interactionColumns();
    void surveyColumns();
    void balanceColumns();
    void sortRoleSortsThroughProxy();
    void noCustomerIsEmpty();
    void reloadsForOwnCustomerAndKindOnly();

private:
    template <typename Record>
    void checkRowsMatchRepository(qint64 customerId);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Document> m_document;
    qint64 m_customerId = 0; // hand-made records with known values
    qint64 m_otherId = 0;
    Transaction m_transaction;
    Transaction m_bareTransaction; // no cost or quantity
    Interaction m_interaction;
    SurveyScore m_survey;
    Balance m_balance;
};

void TstRecordTableModel::initTestCase()
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_document = test::createDocument(*m_dir);
    QVERIFY(m_document);
    VD_VERIFY_OK(test::writeDemo(*m_document, demoCustomers));

    Customer c;
    c.code = QStringLiteral("FMT");
    c.name = QStringLiteral("Formatting Ltd");
    auto id = m_document->customers().insert(c);
    VD_VERIFY_OK(id);
    m_customerId = *id;
    c.code = QStringLiteral("OTHER");
    id = m_document->customers().insert(c);
    VD_VERIFY_OK(id);
    m_otherId = *id;

    m_transaction.customerId = m_customerId;
    m_transaction.date = QDate(2025, 1, 10);
    m_transaction.amount = 123456789; // 1,234,567.89
    m_transaction.cost = 100000;
    m_transaction.quantity = 2.5;
    m_transaction.product = QStringLiteral("螺丝");
    m_transaction.category = QStringLiteral("Parts");
    m_transaction.channel = QStringLiteral("Online");
    auto tid = m_document->records<Transaction>().insert(m_transaction);
    VD_VERIFY_OK(tid);
    m_transaction.id = *tid;

    m_bareTransaction.customerId = m_customerId;
    m_bareTransaction.date = QDate(2024, 12, 31);
    m_bareTransaction.amount = -5000;
    tid = m_document->records<Transaction>().insert(m_bareTransaction);
    VD_VERIFY_OK(tid);
    m_bareTransaction.id = *tid;

    m_interaction.customerId = m_customerId;
    m_interaction.date = QDate(2025, 2, 3);
    m_interaction.kind = InteractionKind::Complaint;
    m_interaction.note = QStringLiteral("Late delivery");
    auto iid = m_document->records<Interaction>().insert(m_interaction);
    VD_VERIFY_OK(iid);
    m_interaction.id = *iid;

    m_survey.customerId = m_customerId;
    m_survey.date = QDate(2025, 3, 4);
    m_survey.satisfaction = 8.5;
    m_survey.loyalty = 7.0;
    m_survey.metricName = QStringLiteral("NPS");
    m_survey.metricValue = 40.0;
    auto sid = m_document->records<SurveyScore>().insert(m_survey);
    VD_VERIFY_OK(sid);
    m_survey.id = *sid;

    m_balance.customerId = m_customerId;
    m_balance.date = QDate(2025, 3, 31);
    m_balance.amount = 500000000; // 5,000,000.00
    auto bid = m_document->records<Balance>().insert(m_balance);
    VD_VERIFY_OK(bid);
    m_balance.id = *bid;
}

void TstRecordTableModel::cleanupTestCase()
{
    m_document.reset();
    m_dir.reset();
    QLocale::setDefault(QLocale::system());
}

template <typename Record>
void TstRecordTableModel::checkRowsMatchRepository(qint64 customerId)
{
    RecordTableModel<Record> model(m_document.get());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setCustomer(customerId);
    QCOMPARE(model.customerId(), customerId);
    auto expected = recordsOf<Record>(*m_document, customerId);
    VD_VERIFY_OK(expected);
    QCOMPARE(model.rowCount(), expected->size());
    for (int row = 0; row < expected->size(); ++row) {
        const Record &r = expected->at(row);
        QCOMPARE(model.recordAt(row), r);
        QCOMPARE(
            model.data(model.index(row, 0), RecordTableModel<Record>::RecordIdRole).toLongLong(),
            r.id);
        QCOMPARE(model.rowOf(r.id), row);
        QCOMPARE(model.data(model.index(row, 0)).toString(),
                 QLocale().toString(r.date, QLocale::ShortFormat));
        QCOMPARE(model.data(model.index(row, 0), RecordTableModel<Record>::SortRole).toDate(),
                 r.date);
        for (int c = 0; c < model.columnCount(); ++c)
            QVERIFY(!model.data(model.index(row, c), Qt::DecorationRole).isValid());
    }
    QCOMPARE(model.rowOf(-1), -1);
}

void TstRecordTableModel::rowsMatchRepository()
{
    auto customers = m_document->customers().all();
    VD_VERIFY_OK(customers);
    int withTransactions = 0;
    for (const Customer &c : std::as_const(*customers)) {
        checkRowsMatchRepository<Transaction>(c.id);
        checkRowsMatchRepository<Interaction>(c.id);
        checkRowsMatchRepository<SurveyScore>(c.id);
        checkRowsMatchRepository<Balance>(c.id);
        if (QTest::currentTestFailed())
            return;
        withTransactions += recordsOf<Transaction>(*m_document, c.id)->isEmpty() ? 0 : 1;
    }
    QVERIFY(withTransactions > 0); // the demo portfolio really exercised the models
}

void TstRecordTableModel::transactionColumns()
{
    TransactionTableModel model(m_document.get());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setCustomer(m_customerId);
    QCOMPARE(model.columnCount(), 8);
    QCOMPARE(model.rowCount(), 2);
    const QStringList headers = {QStringLiteral("Date"),     QStringLiteral("Amount"),
                                 QStringLiteral("Cost"),     QStringLiteral("Gross margin"),
                                 QStringLiteral("Quantity"), QStringLiteral("Product"),
                                 QStringLiteral("Category"), QStringLiteral("Channel")};
    for (int c = 0; c < headers.size(); ++c)
        QCOMPARE(model.headerData(c, Qt::Horizontal).toString(), headers.at(c));
    QCOMPARE(model.headerData(0, Qt::Vertical).toInt(), 1); // row numbers from the base class

    // Ordered by date: the bare 2024 transaction first.
    const int row = model.rowOf(m_transaction.id);
    QCOMPARE(row, 1);
    QCOMPARE(model.rowOf(m_bareTransaction.id), 0);
    auto display = [&](int r, int c) {
        return model.data(model.index(r, c));
    };
    auto sortValue = [&](int r, int c) {
        return model.data(model.index(r, c), TransactionTableModel::SortRole);
    };
    QCOMPARE(display(row, 0).toString(), QStringLiteral("1/10/25"));
    QCOMPARE(display(row, 1).toString(), QStringLiteral("1,234,567.89"));
    QCOMPARE(display(row, 2).toString(), QStringLiteral("1,000.00"));
    QCOMPARE(display(row, 3).toString(), QStringLiteral("1,233,567.89"));
    QCOMPARE(display(row, 4).toString(), QStringLiteral("2.50"));
    QCOMPARE(display(row, 5).toString(), QStringLiteral("螺丝"));
    QCOMPARE(display(row, 6).toString(), QStringLiteral("Parts"));
    QCOMPARE(display(row, 7).toString(), QStringLiteral("Online"));

    QCOMPARE(sortValue(row, 0).toDate(), m_transaction.date);
    QCOMPARE(sortValue(row, 1).toLongLong(), Cents(123456789));
    QCOMPARE(sortValue(row, 2).toLongLong(), Cents(100000));
    QCOMPARE(sortValue(row, 3).toLongLong(), Cents(123356789));
    QCOMPARE(sortValue(row, 4).toDouble(), 2.5);
    QCOMPARE(sortValue(row, 5).toString(), QStringLiteral("螺丝"));

    QCOMPARE(display(0, 1).toString(), QStringLiteral("-50.00"));
    QCOMPARE(sortValue(0, 1).toLongLong(), Cents(-5000));
    for (int c : {2, 3, 4}) { // no cost, margin or quantity: empty, not "0.00"
        QVERIFY(!display(0, c).isValid());
        QVERIFY(!sortValue(0, c).isValid());
    }
    QCOMPARE(display(0, 5).toString(), QString());

    for (int c = 0; c < model.columnCount(); ++c)
        QCOMPARE(alignmentOf(model, row, c), (c >= 1 && c <= 4) ? right : left);
}

void TstRecordTableModel::interactionColumns()
{
    InteractionTableModel model(m_document.get());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setCustomer(m_customerId);
    QCOMPARE(model.columnCount(), 3);
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(model.headerData(1, Qt::Horizontal).toString(), QStringLiteral("Kind"));
    QCOMPARE(model.data(model.index(0, 0)).toString(), QStringLiteral("2/3/25"));
    QCOMPARE(model.data(model.index(0, 1)).toString(), QStringLiteral("Complaint"));
    QCOMPARE(model.data(model.index(0, 1), InteractionTableModel::SortRole).toString(),
             QStringLiteral("Complaint"));
    QCOMPARE(model.data(model.index(0, 2)).toString(), QStringLiteral("Late delivery"));
    QCOMPARE(model.data(model.index(0, 0), InteractionTableModel::SortRole).toDate(),
             m_interaction.date);
    for (int c = 0; c < model.columnCount(); ++c)
        QCOMPARE(alignmentOf(model, 0, c), left);
}

void TstRecordTableModel::surveyColumns()
{
    SurveyTableModel model(m_document.get());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setCustomer(m_customerId);
    QCOMPARE(model.columnCount(), 6);
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(model.headerData(1, Qt::Horizontal).toString(), QStringLiteral("Satisfaction"));
    QCOMPARE(model.headerData(4, Qt::Horizontal).toString(), QStringLiteral("Other metric"));
    auto display = [&](int c) {
        return model.data(model.index(0, c));
    };
    auto sortValue = [&](int c) {
        return model.data(model.index(0, c), SurveyTableModel::SortRole);
    };
    QCOMPARE(display(0).toString(), QStringLiteral("3/4/25"));
    QCOMPARE(display(1).toString(), QStringLiteral("8.5"));
    QCOMPARE(display(2).toString(), QStringLiteral("7.0"));
    QVERIFY(!display(3).isValid()); // no trust score
    QCOMPARE(display(4).toString(), QStringLiteral("NPS"));
    QCOMPARE(display(5).toString(), QStringLiteral("40.0"));
    QCOMPARE(sortValue(1).toDouble(), 8.5);
    QCOMPARE(sortValue(2).toDouble(), 7.0);
    QVERIFY(!sortValue(3).isValid());
    QCOMPARE(sortValue(5).toDouble(), 40.0);
    for (int c = 0; c < model.columnCount(); ++c)
        QCOMPARE(alignmentOf(model, 0, c), (c == 0 || c == 4) ? left : right);
}

void TstRecordTableModel::balanceColumns()
{
    BalanceTableModel model(m_document.get());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setCustomer(m_customerId);
    QCOMPARE(model.columnCount(), 2);
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(model.headerData(1, Qt::Horizontal).toString(), QStringLiteral("Balance"));
    QCOMPARE(model.data(model.index(0, 0)).toString(), QStringLiteral("3/31/25"));
    QCOMPARE(model.data(model.index(0, 1)).toString(), QStringLiteral("5,000,000.00"));
    QCOMPARE(model.data(model.index(0, 1), BalanceTableModel::SortRole).toLongLong(),
             Cents(500000000));
    QCOMPARE(alignmentOf(model, 0, 0), left);
    QCOMPARE(alignmentOf(model, 0, 1), right);
}

void TstRecordTableModel::sortRoleSortsThroughProxy()
{
    // The largest demo customer by number of transactions.
    auto customers = m_document->customers().all();
    VD_VERIFY_OK(customers);
    qint64 busiest = 0;
    int most = 0;
    for (const Customer &c : std::as_const(*customers)) {
        const int n = recordsOf<Transaction>(*m_document, c.id)->size();
        if (n > most) {
            most = n;
            busiest = c.id;
        }
    }
    QVERIFY(most > 10);

    TransactionTableModel model(m_document.get());
    model.setCustomer(busiest);
    QSortFilterProxyModel proxy;
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    proxy.setSourceModel(&model);
    proxy.setSortRole(TransactionTableModel::SortRole);
    for (int column : {0, 1, 3}) {
        for (Qt::SortOrder order : {Qt::AscendingOrder, Qt::DescendingOrder}) {
            proxy.sort(column, order);
            for (int row = 1; row < proxy.rowCount(); ++row) {
                const QVariant a =
                    proxy.index(row - 1, column).data(TransactionTableModel::SortRole);
                const QVariant b = proxy.index(row, column).data(TransactionTableModel::SortRole);
                if (!a.isValid() || !b.isValid())
                    continue;
                const auto cmp = QVariant::compare(a, b);
                QVERIFY(order == Qt::AscendingOrder ? cmp != QPartialOrdering::Greater
                                                    : cmp != QPartialOrdering::Less);
            }
        }
    }
}

void TstRecordTableModel::noCustomerIsEmpty()
{
    TransactionTableModel model(m_document.get());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.customerId(), 0);
    QCOMPARE(model.rowCount(), 0);
    model.setCustomer(m_customerId);
    QCOMPARE(model.rowCount(), 2);
    model.setCustomer(0);
    QCOMPARE(model.rowCount(), 0);
    model.setCustomer(987654); // no such customer
    QCOMPARE(model.rowCount(), 0);
}

void TstRecordTableModel::reloadsForOwnCustomerAndKindOnly()
{
    TransactionTableModel transactions(m_document.get());
    BalanceTableModel balances(m_document.get());
    QAbstractItemModelTester t1(&transactions,
                                QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester t2(&balances, QAbstractItemModelTester::FailureReportingMode::QtTest);
    transactions.setCustomer(m_customerId);
    balances.setCustomer(m_customerId);
    QSignalSpy transactionResets(&transactions, &QAbstractItemModel::modelReset);
    QSignalSpy balanceResets(&balances, &QAbstractItemModel::modelReset);

    // Another customer's transaction: neither model reloads.
    Transaction t = m_transaction;
    t.id = 0;
    t.customerId = m_otherId;
    auto otherId = m_document->addRecord(t);
    VD_VERIFY_OK(otherId);
    QCOMPARE(transactionResets.count(), 0);
    QCOMPARE(balanceResets.count(), 0);
    QCOMPARE(transactions.rowCount(), 2);
    QCOMPARE(transactions.rowOf(*otherId), -1);

    // The same customer's balance: only the balance model reloads.
    Balance b = m_balance;
    b.id = 0;
    b.date = QDate(2025, 6, 30);
    b.amount = 123;
    auto balanceId = m_document->addRecord(b);
    VD_VERIFY_OK(balanceId);
    QCOMPARE(transactionResets.count(), 0);
    QCOMPARE(balanceResets.count(), 1);
    QCOMPARE(balances.rowCount(), 2);
    QCOMPARE(balances.rowOf(*balanceId), 1);
    QCOMPARE(balances.data(balances.index(1, 1)).toString(), QStringLiteral("1.23"));

    // The same customer's transaction, edited and undone: the transaction model follows.
    Transaction changed = m_transaction;
    changed.amount = 1;
    VD_VERIFY_OK(m_document->editRecord(changed));
    QCOMPARE(transactionResets.count(), 1);
    QCOMPARE(transactions.data(transactions.index(transactions.rowOf(changed.id), 1)).toString(),
             QStringLiteral("0.01"));
    m_document->undoStack()->undo();
    QCOMPARE(transactionResets.count(), 2);
    QCOMPARE(transactions.recordAt(transactions.rowOf(changed.id)), m_transaction);
    QCOMPARE(balanceResets.count(), 1);

    // Deleting the customer empties the tables; undo brings the rows back.
    VD_VERIFY_OK(m_document->deleteCustomer(m_customerId));
    QCOMPARE(transactions.rowCount(), 0);
    QCOMPARE(balances.rowCount(), 0);
    m_document->undoStack()->undo();
    QCOMPARE(transactions.rowCount(), 2);
    QCOMPARE(balances.rowCount(), 2);
    QCOMPARE(transactions.recordAt(transactions.rowOf(m_transaction.id)), m_transaction);

    // Leave the file as initTestCase made it.
    while (m_document->undoStack()->canUndo())
        m_document->undoStack()->undo();
    QCOMPARE(balances.rowCount(), 1);
}

QTEST_GUILESS_MAIN(TstRecordTableModel)
#include "tst_recordtablemodel.moc"
