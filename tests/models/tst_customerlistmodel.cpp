#include "customerlistmodel.h"
#include "database.h"
#include "modeltestutil.h"

#include <QAbstractItemModelTester>
#include <QRegularExpression>
#include <QSet>
#include <QSignalSpy>
#include <QtTest>

#include <algorithm>

using namespace valuedesk;

namespace {

constexpr int demoCustomers = 1000;

// The repository's sort key for a list column, written out independently of the model.
CustomerSortKey keyOf(int column)
{
    switch (column) {
    case CustomerListModel::Code:
        return CustomerSortKey::Code;
    case CustomerListModel::Name:
        return CustomerSortKey::Name;
    case CustomerListModel::Industry:
        return CustomerSortKey::Industry;
    case CustomerListModel::Region:
        return CustomerSortKey::Region;
    case CustomerListModel::Manager:
        return CustomerSortKey::Manager;
    case CustomerListModel::Contact:
        return CustomerSortKey::Contact;
    case CustomerListModel::CustomerSince:
        return CustomerSortKey::TenureStart;
    default:
        return CustomerSortKey::Status;
    }
}

bool matchesSearch(const Customer &c, const QString &text)
{
    const QString t = text.trimmed();
    for (const QString *field : {&c.code, &c.name, &c.industry, &c.region, &c.manager}) {
        if (field->contains(t, Qt::CaseInsensitive))
            return true;
    }
    return false;
}

// The value a column is sorted by, as text that compares like SQLite's BINARY collation does for
// the BMP text of the demo portfolio.
QString sortText(const QAbstractItemModel &model, int row, int column)
{
    const QModelIndex index = model.index(row, column);
    if (column == CustomerListModel::CustomerSince) {
        const QDate date = model.data(index, CustomerListModel::SortRole).toDate();
        return date.isValid() ? date.toString(Qt::ISODate) : QString();
    }
    if (column == CustomerListModel::Status)
        return model.data(index, CustomerListModel::SortRole).toString();
    return model.data(index).toString();
}

} // namespace

class TstCustomerListModel : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanupTestCase();

    void headers();
    void rowCountIsCustomerCount();
    void dataMatchesRepository_data();
    void dataMatchesRepository();
    void invalidIndexesGiveNothing();
    void sortMatchesRepository_data();
    void sortMatchesRepository();
    void searchFilters_data();
    void searchFilters();
    void emptySearchRestoresAll();
    void rowOfUnderSortAndSearch();
    void pageCacheIsBounded();
    void reloadsAfterDocumentEdits();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Document> m_document;
    CustomerListModel *m_model = nullptr;
    QVector<Customer> m_all; // every customer, ordered by code
};

void TstCustomerListModel::initTestCase()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_document = test::createDocument(*m_dir);
    QVERIFY(m_document);
    m_model = new CustomerListModel(m_document.get(), this);
    new QAbstractItemModelTester(m_model, QAbstractItemModelTester::FailureReportingMode::QtTest,
                                 m_model);
    QCOMPARE(m_model->rowCount(), 0);
    QSignalSpy counts(m_model, &CustomerListModel::countsChanged);
    VD_VERIFY_OK(test::writeDemo(*m_document, demoCustomers)); // notifyBulkChange reloads
    QCOMPARE(counts.count(), 1);
    QCOMPARE(counts.at(0).at(0).toInt(), demoCustomers);
    QCOMPARE(counts.at(0).at(1).toInt(), demoCustomers);
    auto all = m_document->customers().all();
    VD_VERIFY_OK(all);
    m_all = *all;
    QCOMPARE(m_all.size(), demoCustomers);
}

void TstCustomerListModel::init()
{
    m_model->setSearchText(QString());
    m_model->sort(CustomerListModel::Code, Qt::AscendingOrder);
}

void TstCustomerListModel::cleanupTestCase()
{
    delete m_model;
    m_model = nullptr;
    m_document.reset();
    m_dir.reset();
}

void TstCustomerListModel::headers()
{
    QCOMPARE(m_model->columnCount(), int(CustomerListModel::ColumnCount));
    QCOMPARE(m_model->headerData(CustomerListModel::Code, Qt::Horizontal).toString(),
             QStringLiteral("Code"));
    QCOMPARE(m_model->headerData(CustomerListModel::Manager, Qt::Horizontal).toString(),
             QStringLiteral("Account manager"));
    for (int c = 0; c < CustomerListModel::ColumnCount; ++c)
        QVERIFY(!m_model->headerData(c, Qt::Horizontal).toString().isEmpty());
}

void TstCustomerListModel::rowCountIsCustomerCount()
{
    QCOMPARE(m_model->rowCount(), demoCustomers);
    QCOMPARE(m_model->totalCount(), demoCustomers);
    QCOMPARE(m_model->rowCount(m_model->index(0, 0)), 0); // a table: no children
    auto count = m_document->customers().count();
    VD_VERIFY_OK(count);
    QCOMPARE(m_model->rowCount(), *count);
}

void TstCustomerListModel::dataMatchesRepository_data()
{
    QTest::addColumn<int>("row");
    QTest::newRow("first") << 0;
    QTest::newRow("second") << 1;
    QTest::newRow("last of first page") << CustomerListModel::pageSize - 1;
    QTest::newRow("first of second page") << CustomerListModel::pageSize;
    QTest::newRow("row 600") << 600;
    QTest::newRow("last") << demoCustomers - 1;
}

void TstCustomerListModel::dataMatchesRepository()
{
    QFETCH(int, row);
    // Sorted by code, row r is the r-th customer in code order.
    const Customer &expected = m_all.at(row);
    auto page = m_document->customers().page(CustomerQuery(), row, 1);
    VD_VERIFY_OK(page);
    QCOMPARE(page->size(), 1);
    QCOMPARE(page->at(0).id, expected.id);

    QCOMPARE(m_model->customerIdAt(row), expected.id);
    for (int c = 0; c < CustomerListModel::ColumnCount; ++c) {
        QCOMPARE(
            m_model->data(m_model->index(row, c), CustomerListModel::CustomerIdRole).toLongLong(),
            expected.id);
    }
    auto text = [&](int column, int role = Qt::DisplayRole) {
        return m_model->data(m_model->index(row, column), role);
    };
    QCOMPARE(text(CustomerListModel::Code).toString(), expected.code);
    QCOMPARE(text(CustomerListModel::Name).toString(), expected.name);
    QCOMPARE(text(CustomerListModel::Industry).toString(), expected.industry);
    QCOMPARE(text(CustomerListModel::Region).toString(), expected.region);
    QCOMPARE(text(CustomerListModel::Manager).toString(), expected.manager);
    QCOMPARE(text(CustomerListModel::Contact).toString(), expected.contact);
    QCOMPARE(text(CustomerListModel::Name, Qt::ToolTipRole).toString(), expected.name);
    QCOMPARE(text(CustomerListModel::CustomerSince).toString(),
             expected.tenureStart.isValid()
                 ? QLocale().toString(expected.tenureStart, QLocale::ShortFormat)
                 : QString());
    QCOMPARE(text(CustomerListModel::CustomerSince, CustomerListModel::SortRole).toDate(),
             expected.tenureStart);
    QCOMPARE(text(CustomerListModel::Status).toString(), statusDisplayName(expected.status));
    QCOMPARE(text(CustomerListModel::Status, CustomerListModel::SortRole).toString(),
             statusId(expected.status));
    QVERIFY(!text(CustomerListModel::Code, Qt::DecorationRole).isValid());
}

void TstCustomerListModel::invalidIndexesGiveNothing()
{
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("is not valid")));
    QVERIFY(!m_model->data(QModelIndex()).isValid());
    QVERIFY(!m_model->index(demoCustomers, 0).isValid());
    QVERIFY(!m_model->index(0, CustomerListModel::ColumnCount).isValid());
    QCOMPARE(m_model->customerIdAt(-1), 0);
    QCOMPARE(m_model->customerIdAt(demoCustomers), 0);
    QCOMPARE(m_model->rowOf(0), -1);
    QCOMPARE(m_model->rowOf(9999999), -1);
}

void TstCustomerListModel::sortMatchesRepository_data()
{
    QTest::addColumn<int>("column");
    QTest::addColumn<bool>("descending");
    for (int c = 0; c < CustomerListModel::ColumnCount; ++c) {
        const QByteArray name = m_model->headerData(c, Qt::Horizontal).toString().toUtf8();
        QTest::addRow("%s asc", name.constData()) << c << false;
        QTest::addRow("%s desc", name.constData()) << c << true;
    }
}

void TstCustomerListModel::sortMatchesRepository()
{
    QFETCH(int, column);
    QFETCH(bool, descending);
    QSignalSpy reset(m_model, &QAbstractItemModel::modelReset);
    m_model->sort(column, descending ? Qt::DescendingOrder : Qt::AscendingOrder);
    QCOMPARE(reset.count(), 1);
    QCOMPARE(m_model->rowCount(), demoCustomers);

    CustomerQuery query;
    query.sortKey = keyOf(column);
    query.descending = descending;
    auto expected = m_document->customers().page(query, 0, demoCustomers + 10);
    VD_VERIFY_OK(expected);
    QCOMPARE(expected->size(), demoCustomers);

    QSet<qint64> seen;
    for (int row = 0; row < demoCustomers; ++row) {
        const qint64 id = m_model->customerIdAt(row);
        QCOMPARE(id, expected->at(row).id);
        seen.insert(id);
        if (row > 0) {
            // A valid sort of what is shown: by the column, then by code, both in one direction.
            int cmp = QString::compare(sortText(*m_model, row - 1, column),
                                       sortText(*m_model, row, column));
            if (cmp == 0) {
                cmp = QString::compare(sortText(*m_model, row - 1, CustomerListModel::Code),
                                       sortText(*m_model, row, CustomerListModel::Code));
                QVERIFY2(cmp != 0, "codes are unique");
            }
            QVERIFY2(
                descending ? cmp > 0 : cmp < 0,
                qPrintable(QStringLiteral("rows %1 and %2 out of order").arg(row - 1).arg(row)));
        }
    }
    QCOMPARE(seen.size(), demoCustomers);

    // rowOf agrees with the order, including rows that tie on the sort column.
    for (int row = 0; row < demoCustomers; row += 37)
        QCOMPARE(m_model->rowOf(m_model->customerIdAt(row)), row);
    QCOMPARE(m_model->rowOf(m_model->customerIdAt(demoCustomers - 1)), demoCustomers - 1);
}

void TstCustomerListModel::searchFilters_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("expectHits");
    QTest::newRow("industry") << m_all.at(0).industry << true;
    QTest::newRow("region") << m_all.at(3).region << true;
    QTest::newRow("manager") << m_all.at(7).manager << true;
    QTest::newRow("name part") << m_all.at(11).name.left(3) << true;
    QTest::newRow("code, lower case") << QStringLiteral("c0001") << true;
    QTest::newRow("exact code") << m_all.at(42).code << true;
    QTest::newRow("padded") << QString(QStringLiteral("  ") + m_all.at(0).region + QLatin1Char(' '))
                            << true;
    QTest::newRow("percent is literal") << QStringLiteral("%") << false;
    QTest::newRow("underscore is literal") << QStringLiteral("_") << false;
    QTest::newRow("no match") << QStringLiteral("no such customer") << false;
}

void TstCustomerListModel::searchFilters()
{
    QFETCH(QString, text);
    QFETCH(bool, expectHits);
    QSignalSpy counts(m_model, &CustomerListModel::countsChanged);
    m_model->sort(CustomerListModel::Name, Qt::AscendingOrder);
    counts.clear();
    m_model->setSearchText(text);
    QCOMPARE(m_model->searchText(), text);

    int expected = 0;
    for (const Customer &c : std::as_const(m_all))
        expected += matchesSearch(c, text) ? 1 : 0;
    CustomerQuery query;
    query.searchText = text;
    auto repositoryCount = m_document->customers().count(query);
    VD_VERIFY_OK(repositoryCount);
    QCOMPARE(*repositoryCount, expected);
    QCOMPARE(m_model->rowCount(), expected);
    QCOMPARE(m_model->totalCount(), demoCustomers);
    QCOMPARE(expected > 0, expectHits);
    QVERIFY(expected < demoCustomers);
    QCOMPARE(counts.count(), 1);
    QCOMPARE(counts.at(0).at(0).toInt(), expected);
    QCOMPARE(counts.at(0).at(1).toInt(), demoCustomers);

    for (int row = 0; row < m_model->rowCount(); ++row) {
        Customer shown;
        shown.code = m_model->data(m_model->index(row, CustomerListModel::Code)).toString();
        shown.name = m_model->data(m_model->index(row, CustomerListModel::Name)).toString();
        shown.industry = m_model->data(m_model->index(row, CustomerListModel::Industry)).toString();
        shown.region = m_model->data(m_model->index(row, CustomerListModel::Region)).toString();
        shown.manager = m_model->data(m_model->index(row, CustomerListModel::Manager)).toString();
        QVERIFY2(matchesSearch(shown, text), qPrintable(shown.code));
        if (row > 0) {
            QVERIFY(QString::compare(
                        m_model->data(m_model->index(row - 1, CustomerListModel::Name)).toString(),
                        shown.name) <= 0);
        }
    }

    // The same text again changes nothing.
    counts.clear();
    m_model->setSearchText(text);
    QCOMPARE(counts.count(), 0);
}

void TstCustomerListModel::emptySearchRestoresAll()
{
    m_model->setSearchText(m_all.at(0).industry);
    QVERIFY(m_model->rowCount() < demoCustomers);
    QSignalSpy counts(m_model, &CustomerListModel::countsChanged);
    m_model->setSearchText(QString());
    QCOMPARE(m_model->rowCount(), demoCustomers);
    QCOMPARE(counts.count(), 1);
    QCOMPARE(counts.at(0).at(0).toInt(), demoCustomers);
    QCOMPARE(counts.at(0).at(1).toInt(), demoCustomers);
    m_model->setSearchText(QStringLiteral("   ")); // blank: no filter
    QCOMPARE(m_model->rowCount(), demoCustomers);
    for (int row : {0, 600, demoCustomers - 1})
        QCOMPARE(m_model->customerIdAt(row), m_all.at(row).id);
}

void TstCustomerListModel::rowOfUnderSortAndSearch()
{
    const QString text = m_all.at(0).industry;
    m_model->sort(CustomerListModel::Name, Qt::DescendingOrder);
    m_model->setSearchText(text);
    const int shown = m_model->rowCount();
    QVERIFY(shown > 0);
    for (int row = 0; row < shown; ++row)
        QCOMPARE(m_model->rowOf(m_model->customerIdAt(row)), row);

    const auto hidden = std::find_if(m_all.cbegin(), m_all.cend(),
                                     [&](const Customer &c) { return !matchesSearch(c, text); });
    QVERIFY(hidden != m_all.cend());
    QCOMPARE(m_model->rowOf(hidden->id), -1);

    m_model->sort(CustomerListModel::Status, Qt::AscendingOrder);
    for (int row = 0; row < shown; ++row)
        QCOMPARE(m_model->rowOf(m_model->customerIdAt(row)), row);
    QCOMPARE(m_model->rowOf(hidden->id), -1);

    m_model->setSearchText(QString());
    const int row = m_model->rowOf(hidden->id);
    QVERIFY(row >= 0);
    QCOMPARE(m_model->customerIdAt(row), hidden->id);
}

void TstCustomerListModel::pageCacheIsBounded()
{
    // More pages than the model keeps: walking every row evicts early pages, which must load again.
    QTemporaryDir dir;
    auto document = test::createDocument(dir);
    QVERIFY(document);
    const int customers = 70 * CustomerListModel::pageSize + 17;
    {
        TransactionScope transaction(document->database().connection());
        VD_VERIFY_OK(transaction.begin());
        CustomerRepository repository = document->customers();
        for (int i = 0; i < customers; ++i) {
            Customer c;
            c.code = QStringLiteral("K%1").arg(i, 6, 10, QLatin1Char('0'));
            c.name = QStringLiteral("Customer %1").arg(i);
            VD_VERIFY_OK(repository.insert(c));
        }
        VD_VERIFY_OK(transaction.commit());
    }
    CustomerListModel model(document.get());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.rowCount(), customers);
    auto codeAt = [&](int row) {
        return model.data(model.index(row, CustomerListModel::Code));
    };
    for (int row = 0; row < customers; ++row)
        QCOMPARE(codeAt(row).toString(), QStringLiteral("K%1").arg(row, 6, 10, QLatin1Char('0')));
    QCOMPARE(codeAt(0).toString(), QStringLiteral("K000000"));
    QCOMPARE(codeAt(customers - 1).toString(),
             QStringLiteral("K%1").arg(customers - 1, 6, 10, QLatin1Char('0')));
    QCOMPARE(
        codeAt(CustomerListModel::pageSize * 3 + 5).toString(),
        QStringLiteral("K%1").arg(CustomerListModel::pageSize * 3 + 5, 6, 10, QLatin1Char('0')));
}

void TstCustomerListModel::reloadsAfterDocumentEdits()
{
    QSignalSpy counts(m_model, &CustomerListModel::countsChanged);
    QSignalSpy reset(m_model, &QAbstractItemModel::modelReset);

    // Edit: the row shows the new name; sorted by name it moves to where rowOf says.
    const int row = 10;
    Customer c = m_all.at(row);
    c.name = QStringLiteral("Zz renamed customer");
    VD_VERIFY_OK(m_document->editCustomer(c));
    QVERIFY(reset.count() >= 1);
    QVERIFY(counts.count() >= 1);
    QCOMPARE(counts.last().at(0).toInt(), demoCustomers);
    QCOMPARE(counts.last().at(1).toInt(), demoCustomers);
    QCOMPARE(m_model->data(m_model->index(row, CustomerListModel::Name)).toString(), c.name);
    m_model->sort(CustomerListModel::Name, Qt::AscendingOrder);
    const int moved = m_model->rowOf(c.id);
    QVERIFY(moved >= 0);
    QCOMPARE(m_model->data(m_model->index(moved, CustomerListModel::Name)).toString(), c.name);
    m_document->undoStack()->undo();
    QCOMPARE(
        m_model->data(m_model->index(m_model->rowOf(c.id), CustomerListModel::Name)).toString(),
        m_all.at(row).name);

    // Add and delete change the counts, also while a search is active.
    m_model->setSearchText(m_all.at(0).industry);
    const int shown = m_model->rowCount();
    counts.clear();
    Customer added;
    added.code = QStringLiteral("N000001");
    added.name = QStringLiteral("New customer");
    added.industry = QStringLiteral("Not in the demo");
    auto id = m_document->addCustomer(added);
    VD_VERIFY_OK(id);
    QVERIFY(counts.count() >= 1);
    QCOMPARE(counts.last().at(0).toInt(), shown);
    QCOMPARE(counts.last().at(1).toInt(), demoCustomers + 1);
    QCOMPARE(m_model->rowOf(*id), -1);
    m_model->setSearchText(QString());
    QCOMPARE(m_model->rowCount(), demoCustomers + 1);
    QCOMPARE(m_model->customerIdAt(m_model->rowOf(*id)), *id);

    counts.clear();
    m_document->undoStack()->undo();
    QCOMPARE(m_model->rowCount(), demoCustomers);
    QCOMPARE(counts.count(), 1);
    QCOMPARE(counts.last().at(0).toInt(), demoCustomers);

    VD_VERIFY_OK(m_document->deleteCustomer(m_all.at(0).id));
    QCOMPARE(m_model->rowCount(), demoCustomers - 1);
    QCOMPARE(m_model->totalCount(), demoCustomers - 1);
    QCOMPARE(m_model->rowOf(m_all.at(0).id), -1);
    m_document->undoStack()->undo();
    QCOMPARE(m_model->rowCount(), demoCustomers);
}

QTEST_GUILESS_MAIN(TstCustomerListModel)
#include "tst_customerlistmodel.moc"
