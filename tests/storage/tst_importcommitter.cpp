#include "customerrepository.h"
#include "database.h"
#include "filestatistics.h"
#include "importcommitter.h"
#include "importsource.h"
#include "importvalidator.h"
#include "recordrepository.h"
#include "storagetestutil.h"

#include <QTemporaryDir>
#include <QtTest>

using namespace valuedesk;
using namespace valuedesk::test;

namespace {

QString fixture(const char *name)
{
    return QStringLiteral(VALUEDESK_TEST_DATA_DIR "/import/") + QLatin1String(name);
}

struct Snapshot
{
    qint64 customers = 0;
    qint64 transactions = 0;
    qint64 interactions = 0;
    qint64 surveys = 0;
    qint64 balances = 0;
    qint64 attributes = 0;
    QByteArray checksum;

    static Snapshot of(const QSqlDatabase &db)
    {
        Snapshot s;
        s.customers = rowCount(db, QStringLiteral("customers"));
        s.transactions = rowCount(db, QStringLiteral("transactions"));
        s.interactions = rowCount(db, QStringLiteral("interactions"));
        s.surveys = rowCount(db, QStringLiteral("survey_scores"));
        s.balances = rowCount(db, QStringLiteral("balances"));
        s.attributes = rowCount(db, QStringLiteral("customer_attributes"));
        s.checksum = contentChecksum(db);
        return s;
    }
    bool operator==(const Snapshot &o) const
    {
        return customers == o.customers && transactions == o.transactions &&
               interactions == o.interactions && surveys == o.surveys && balances == o.balances &&
               attributes == o.attributes && checksum == o.checksum;
    }
};

Customer makeCustomer(const QString &code, const QString &name)
{
    Customer c;
    c.code = code;
    c.name = name;
    return c;
}

Transaction makeTransaction(qint64 customerId, Cents amount)
{
    Transaction t;
    t.customerId = customerId;
    t.date = QDate(2024, 1, 1);
    t.amount = amount;
    return t;
}

} // namespace

class TstImportCommitter : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();

    void commitsEverything();
    void failureMidwayLeavesFileUnchanged_data();
    void failureMidwayLeavesFileUnchanged();
    void cancelLeavesNothing_data();
    void cancelLeavesNothing();
    void duplicateUpdate();
    void duplicateUpdateWithEmptyStatusCell();
    void duplicateSkip();
    void duplicateImportAsNew();
    void duplicateActionsPerRow();
    void merged();
    void createMissingCustomersPipeline();
    void fixturesGiveIdenticalCustomers_data();
    void fixturesGiveIdenticalCustomers();

private:
    Result<ImportPlan> planFor(const QString &csv, ImportKind kind, const ImportOptions &options,
                               const std::function<void(ColumnMapping &)> &adjust = {});
    QSqlDatabase db() const { return m_db->connection(); }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
    qint64 m_c001 = 0;
    int m_fileNumber = 0;
};

void TstImportCommitter::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    auto opened =
        Database::open(m_dir->filePath(QStringLiteral("c.vdb")), Database::OpenMode::CreateNew);
    VD_VERIFY_OK(opened);
    m_db = std::move(opened).value();

    Customer c001 = makeCustomer(QStringLiteral("C001"), QStringLiteral("华信科技"));
    c001.industry = QStringLiteral("软件");
    c001.region = QStringLiteral("华北");
    c001.manager = QStringLiteral("王经理");
    c001.contact = QStringLiteral("王先生");
    c001.tenureStart = QDate(2019, 1, 1);
    c001.status = CustomerStatus::Prospect;
    c001.notes = QStringLiteral("老备注");
    c001.attributes.insert(QStringLiteral("等级"), QStringLiteral("A"));
    c001.attributes.insert(QStringLiteral("来源"), QStringLiteral("展会"));
    auto id = CustomerRepository(db()).insert(c001);
    VD_VERIFY_OK(id);
    m_c001 = *id;
    VD_VERIFY_OK(TransactionRepository(db()).insert(makeTransaction(m_c001, 12345)));
}

void TstImportCommitter::cleanup()
{
    m_db.reset();
    m_dir.reset();
}

Result<ImportPlan> TstImportCommitter::planFor(const QString &csv, ImportKind kind,
                                               const ImportOptions &options,
                                               const std::function<void(ColumnMapping &)> &adjust)
{
    const QString path = m_dir->filePath(QStringLiteral("in%1.csv").arg(++m_fileNumber));
    if (!writeFile(path, csv.toUtf8()))
        return Error(QStringLiteral("cannot write the input"));
    auto source = ImportSource::open(path);
    if (!source)
        return source.error();
    ColumnMapping mapping = ColumnMapping::guess(kind, source->headers());
    if (adjust)
        adjust(mapping);
    auto existing = ExistingCustomers::load(db());
    if (!existing)
        return existing.error();
    return ImportValidator(mapping, *existing, options).validate(*source);
}

void TstImportCommitter::commitsEverything()
{
    ImportPlan plan;
    plan.kind = ImportKind::Transactions;
    plan.rowsRead = 4;
    plan.badLines = {3};
    Customer created = makeCustomer(QStringLiteral("N1"), QStringLiteral("新"));
    created.tenureStart = QDate(2024, 2, 2);
    plan.newCustomers = {created};
    plan.transactions = {makeTransaction(m_c001, 1), makeTransaction(-1, 2),
                         makeTransaction(-1, 3)};
    auto summary = ImportCommitter::commit(db(), plan);
    VD_VERIFY_OK(summary);
    QCOMPARE(summary->customersAdded, 1);
    QCOMPARE(summary->recordsAdded, qint64(3));
    QCOMPARE(summary->rowsRejected, 1);
    QVERIFY(!summary->cancelled);

    auto n1 = CustomerRepository(db()).byCode(QStringLiteral("N1"));
    VD_VERIFY_OK(n1);
    QVERIFY(n1->has_value());
    QCOMPARE((*n1)->tenureStart, QDate(2024, 2, 2));
    auto records = TransactionRepository(db()).forCustomer((*n1)->id);
    VD_VERIFY_OK(records);
    QCOMPARE(records->size(), 2);
    QCOMPARE(TransactionRepository(db()).forCustomer(m_c001)->size(), 2);
}

void TstImportCommitter::failureMidwayLeavesFileUnchanged_data()
{
    QTest::addColumn<QString>("failure");
    QTest::newRow("transaction of a missing customer") << QStringLiteral("transaction");
    QTest::newRow("balance after good records") << QStringLiteral("balance");
    QTest::newRow("customer code taken") << QStringLiteral("customer");
    QTest::newRow("many records, bad one in a later chunk") << QStringLiteral("late");
}

void TstImportCommitter::failureMidwayLeavesFileUnchanged()
{
    QFETCH(QString, failure);
    const Snapshot before = Snapshot::of(db());
    QCOMPARE(before.customers, 1);

    ImportPlan plan;
    plan.kind = ImportKind::Transactions;
    plan.newCustomers = {makeCustomer(QStringLiteral("N1"), QStringLiteral("新一")),
                         makeCustomer(QStringLiteral("N2"), QStringLiteral("新二"))};
    plan.transactions = {makeTransaction(m_c001, 10), makeTransaction(-1, 20),
                         makeTransaction(-2, 30)};
    if (failure == QLatin1String("transaction")) {
        plan.transactions.append(makeTransaction(987654, 40));
        plan.transactions.append(makeTransaction(m_c001, 50));
    } else if (failure == QLatin1String("balance")) {
        Interaction i;
        i.customerId = -1;
        i.date = QDate(2024, 1, 1);
        plan.interactions = {i};
        Balance good;
        good.customerId = -2;
        good.date = QDate(2024, 1, 1);
        Balance bad = good;
        bad.customerId = 555555;
        plan.balances = {good, bad};
    } else if (failure == QLatin1String("customer")) {
        // A customers plan whose second row takes a code already in the file without being
        // marked as a duplicate (e.g. the file changed since validation).
        plan.kind = ImportKind::Customers;
        plan.newCustomers.clear();
        plan.transactions.clear();
        plan.customers = {makeCustomer(QStringLiteral("X1"), QStringLiteral("甲")),
                          makeCustomer(QStringLiteral("C001"), QStringLiteral("冲突"))};
        plan.customerLines = {2, 3};
    } else if (failure == QLatin1String("late")) {
        for (int i = 0; i < 45000; ++i)
            plan.transactions.append(makeTransaction(i % 2 ? m_c001 : -1, i));
        plan.transactions.append(makeTransaction(424242, 1));
    }

    auto summary = ImportCommitter::commit(db(), plan);
    QVERIFY(!summary);
    QVERIFY(!summary.error().message().isEmpty());
    if (failure == QLatin1String("customer"))
        QVERIFY2(summary.error().message().startsWith(QLatin1String("Line 3")),
                 qPrintable(summary.error().message()));
    QVERIFY(Snapshot::of(db()) == before);

    // The connection is fine afterwards: a good plan still commits.
    ImportPlan good;
    good.kind = ImportKind::Transactions;
    good.transactions = {makeTransaction(m_c001, 1)};
    VD_VERIFY_OK(ImportCommitter::commit(db(), good));
    QCOMPARE(rowCount(db(), QStringLiteral("transactions")), before.transactions + 1);
}

void TstImportCommitter::cancelLeavesNothing_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<int>("cancelAtCall"); // 1-based progress call that returns false
    QTest::newRow("records, first report") << QStringLiteral("records") << 1;
    QTest::newRow("records, in a later chunk") << QStringLiteral("records") << 2;
    QTest::newRow("customers") << QStringLiteral("customers") << 1;
    QTest::newRow("new customers") << QStringLiteral("new customers") << 1;
}

void TstImportCommitter::cancelLeavesNothing()
{
    QFETCH(QString, kind);
    QFETCH(int, cancelAtCall);
    const Snapshot before = Snapshot::of(db());

    ImportPlan plan;
    if (kind == QLatin1String("records")) {
        plan.kind = ImportKind::Transactions;
        plan.newCustomers = {makeCustomer(QStringLiteral("N1"), QStringLiteral("新"))};
        for (int i = 0; i < 50000; ++i)
            plan.transactions.append(makeTransaction(i % 3 ? m_c001 : -1, i));
        Balance b;
        b.customerId = m_c001;
        b.date = QDate(2024, 1, 1);
        plan.balances = {b};
    } else if (kind == QLatin1String("customers")) {
        plan.kind = ImportKind::Customers;
        for (int i = 0; i < 2000; ++i) {
            plan.customers.append(makeCustomer(QStringLiteral("K%1").arg(i), QStringLiteral("客")));
            plan.customerLines.append(i + 2);
        }
    } else {
        plan.kind = ImportKind::Balances;
        for (int i = 0; i < 1500; ++i)
            plan.newCustomers.append(
                makeCustomer(QStringLiteral("N%1").arg(i), QStringLiteral("新")));
    }

    int calls = 0;
    auto summary = ImportCommitter::commit(db(), plan, [&](qint64 done, qint64 total) {
        Q_UNUSED(done);
        Q_UNUSED(total);
        return ++calls < cancelAtCall;
    });
    VD_VERIFY_OK(summary);
    QVERIFY(summary->cancelled);
    QCOMPARE(calls, cancelAtCall);
    QVERIFY(Snapshot::of(db()) == before);
}

void TstImportCommitter::duplicateUpdate()
{
    // Mapped: code, name, region, status, attribute 等级. The region cell is empty.
    auto plan = planFor(QStringLiteral("客户编号,客户名称,地区,状态,等级,无关\n"
                                       "C001,华信科技集团,,流失,B,制造\n"),
                        ImportKind::Customers, {}, [](ColumnMapping &m) {
                            m.setColumn(ImportSchema::attributePrefix + QStringLiteral("等级"), 4);
                        });
    VD_VERIFY_OK(plan);
    QCOMPARE(plan->duplicates.size(), 1);
    QCOMPARE(plan->duplicates.first().action, DuplicateAction::Update);
    const Customer before = *CustomerRepository(db()).byId(m_c001);

    auto summary = ImportCommitter::commit(db(), *plan);
    VD_VERIFY_OK(summary);
    QCOMPARE(summary->customersUpdated, 1);
    QCOMPARE(summary->customersAdded, 0);

    Customer expected = before;
    expected.name = QStringLiteral("华信科技集团");
    expected.status = CustomerStatus::Lost;
    expected.attributes.insert(QStringLiteral("等级"), QStringLiteral("B"));
    const Customer after = *CustomerRepository(db()).byId(m_c001);
    QCOMPARE(after.region, QStringLiteral("华北"));   // empty cell: kept
    QCOMPARE(after.industry, QStringLiteral("软件")); // not mapped: kept
    QCOMPARE(after.attributes.value(QStringLiteral("来源")), QStringLiteral("展会")); // merged
    QVERIFY(after == expected);
    QCOMPARE(*CustomerRepository(db()).count(), 1);
    // Records stay attached.
    QCOMPARE(TransactionRepository(db()).forCustomer(m_c001)->size(), 1);
}

void TstImportCommitter::duplicateUpdateWithEmptyStatusCell()
{
    // The status column is mapped but this row leaves it empty: the customer keeps its status.
    auto plan = planFor(QStringLiteral("客户编号,客户名称,状态,开户日期\nC001,华信,,\nC500,新,,\n"),
                        ImportKind::Customers, {});
    VD_VERIFY_OK(plan);
    QCOMPARE(plan->problems.size(), 0);
    VD_VERIFY_OK(ImportCommitter::commit(db(), *plan));
    const Customer after = *CustomerRepository(db()).byId(m_c001);
    QCOMPARE(after.status, CustomerStatus::Prospect);
    QCOMPARE(after.tenureStart, QDate(2019, 1, 1));
    QCOMPARE(after.name, QStringLiteral("华信"));
    // A new customer with an empty status cell is active.
    QCOMPARE(CustomerRepository(db()).byCode(QStringLiteral("C500"))->value().status,
             CustomerStatus::Active);
}

void TstImportCommitter::duplicateSkip()
{
    ImportOptions options;
    options.duplicateAction = DuplicateAction::Skip;
    auto plan = planFor(QStringLiteral("客户编号,客户名称\nC001,新名字\nC600,新客户\n"),
                        ImportKind::Customers, options);
    VD_VERIFY_OK(plan);
    const Customer before = *CustomerRepository(db()).byId(m_c001);
    auto summary = ImportCommitter::commit(db(), *plan);
    VD_VERIFY_OK(summary);
    QCOMPARE(summary->customersSkipped, 1);
    QCOMPARE(summary->customersAdded, 1);
    QCOMPARE(summary->customersUpdated, 0);
    QVERIFY(*CustomerRepository(db()).byId(m_c001) == before);
    QCOMPARE(*CustomerRepository(db()).count(), 2);
}

void TstImportCommitter::duplicateImportAsNew()
{
    ImportOptions options;
    options.duplicateAction = DuplicateAction::ImportAsNew;
    // C001-2 is taken already, so the copy of C001 becomes C001-3. The second row matches an
    // existing customer by name and contact; its own code is free and kept.
    VD_VERIFY_OK(CustomerRepository(db()).insert(
        makeCustomer(QStringLiteral("C001-2"), QStringLiteral("占位"))));
    auto plan = planFor(QStringLiteral("客户编号,客户名称,联系人\n"
                                       "C001,华信科技（复制）,\n"
                                       "C700,华信科技,王先生\n"),
                        ImportKind::Customers, options);
    VD_VERIFY_OK(plan);
    QCOMPARE(plan->duplicates.size(), 2);
    QCOMPARE(plan->duplicates.at(1).match, DuplicateCustomer::Match::SameNameAndContact);
    const Customer before = *CustomerRepository(db()).byId(m_c001);
    auto summary = ImportCommitter::commit(db(), *plan);
    VD_VERIFY_OK(summary);
    QCOMPARE(summary->customersAdded, 2);
    QVERIFY(*CustomerRepository(db()).byId(m_c001) == before);
    auto copy = CustomerRepository(db()).byCode(QStringLiteral("C001-3"));
    VD_VERIFY_OK(copy);
    QVERIFY(copy->has_value());
    QCOMPARE((*copy)->name, QStringLiteral("华信科技（复制）"));
    QVERIFY(CustomerRepository(db()).byCode(QStringLiteral("C700"))->has_value());
    QCOMPARE(*CustomerRepository(db()).count(), 4);

    // Without C001-2 taken, the copy is C001-2.
    auto again =
        planFor(QStringLiteral("客户编号,客户名称\nC700,再来\n"), ImportKind::Customers, options);
    VD_VERIFY_OK(again);
    VD_VERIFY_OK(ImportCommitter::commit(db(), *again));
    QVERIFY(CustomerRepository(db()).byCode(QStringLiteral("C700-2"))->has_value());
}

void TstImportCommitter::duplicateActionsPerRow()
{
    VD_VERIFY_OK(CustomerRepository(db()).insert(
        makeCustomer(QStringLiteral("C002"), QStringLiteral("二"))));
    VD_VERIFY_OK(CustomerRepository(db()).insert(
        makeCustomer(QStringLiteral("C003"), QStringLiteral("三"))));
    auto plan = planFor(QStringLiteral("客户编号,客户名称\nC001,一改\nC002,二改\nC003,三改\n"),
                        ImportKind::Customers, {});
    VD_VERIFY_OK(plan);
    QCOMPARE(plan->duplicates.size(), 3);
    // The import dialog lets the user choose per row.
    plan->duplicates[0].action = DuplicateAction::Skip;
    plan->duplicates[1].action = DuplicateAction::Update;
    plan->duplicates[2].action = DuplicateAction::ImportAsNew;
    auto summary = ImportCommitter::commit(db(), *plan);
    VD_VERIFY_OK(summary);
    QCOMPARE(summary->customersSkipped, 1);
    QCOMPARE(summary->customersUpdated, 1);
    QCOMPARE(summary->customersAdded, 1);
    CustomerRepository customers(db());
    QCOMPARE(customers.byCode(QStringLiteral("C001"))->value().name, QStringLiteral("华信科技"));
    QCOMPARE(customers.byCode(QStringLiteral("C002"))->value().name, QStringLiteral("二改"));
    QCOMPARE(customers.byCode(QStringLiteral("C003"))->value().name, QStringLiteral("三"));
    QCOMPARE(customers.byCode(QStringLiteral("C003-2"))->value().name, QStringLiteral("三改"));
}

void TstImportCommitter::merged()
{
    Customer existing = makeCustomer(QStringLiteral("C1"), QStringLiteral("旧"));
    existing.id = 7;
    existing.industry = QStringLiteral("旧行业");
    existing.tenureStart = QDate(2000, 1, 1);
    existing.status = CustomerStatus::Lost;
    existing.attributes = {{QStringLiteral("a"), QStringLiteral("1")},
                           {QStringLiteral("b"), QStringLiteral("2")}};
    Customer update = makeCustomer(QStringLiteral("OTHER"), QStringLiteral("新"));
    update.industry = QStringLiteral("新行业");
    update.region = QStringLiteral("新地区");
    update.tenureStart = QDate(2010, 1, 1);
    update.status = CustomerStatus::Active;
    update.attributes = {{QStringLiteral("b"), QStringLiteral("20")},
                         {QStringLiteral("c"), QStringLiteral("30")}};

    const Customer onlyName = ImportCommitter::merged(existing, update, {QStringLiteral("name")});
    QCOMPARE(onlyName.id, qint64(7));
    QCOMPARE(onlyName.code, QStringLiteral("C1"));
    QCOMPARE(onlyName.name, QStringLiteral("新"));
    QCOMPARE(onlyName.industry, QStringLiteral("旧行业"));
    QCOMPARE(onlyName.region, QString());
    QCOMPARE(onlyName.tenureStart, QDate(2000, 1, 1));
    QCOMPARE(onlyName.status, CustomerStatus::Lost);
    QCOMPARE(onlyName.attributes.value(QStringLiteral("a")), QStringLiteral("1"));
    QCOMPARE(onlyName.attributes.value(QStringLiteral("b")), QStringLiteral("20"));
    QCOMPARE(onlyName.attributes.value(QStringLiteral("c")), QStringLiteral("30"));

    const Customer all = ImportCommitter::merged(
        existing, update,
        {QStringLiteral("code"), QStringLiteral("name"), QStringLiteral("industry"),
         QStringLiteral("region"), QStringLiteral("tenure_start"), QStringLiteral("status")});
    QCOMPARE(all.code, QStringLiteral("C1")); // the code is the match key, never changed
    QCOMPARE(all.industry, QStringLiteral("新行业"));
    QCOMPARE(all.region, QStringLiteral("新地区"));
    QCOMPARE(all.tenureStart, QDate(2010, 1, 1));
    QCOMPARE(all.status, CustomerStatus::Active);

    // Mapped but empty: nothing erased.
    Customer empty = makeCustomer(QStringLiteral("C1"), QString());
    const Customer kept = ImportCommitter::merged(
        existing, empty,
        {QStringLiteral("name"), QStringLiteral("industry"), QStringLiteral("tenure_start")});
    QCOMPARE(kept.name, QStringLiteral("旧"));
    QCOMPARE(kept.industry, QStringLiteral("旧行业"));
    QCOMPARE(kept.tenureStart, QDate(2000, 1, 1));
}

void TstImportCommitter::createMissingCustomersPipeline()
{
    ImportOptions options;
    options.createMissingCustomers = true;
    auto plan = planFor(QStringLiteral("客户编号,客户名称,日期,金额,毛利\n"
                                       "C900,新客户甲,2024-03-01,100,40\n"
                                       "C001,,2024-03-02,\"¥1,234.50\",\n"
                                       "C900,,2024-01-15,1.5万,\n"),
                        ImportKind::Transactions, options);
    VD_VERIFY_OK(plan);
    QCOMPARE(plan->problems.size(), 0);
    auto summary = ImportCommitter::commit(db(), *plan);
    VD_VERIFY_OK(summary);
    QCOMPARE(summary->customersAdded, 1);
    QCOMPARE(summary->recordsAdded, qint64(3));

    auto created = CustomerRepository(db()).byCode(QStringLiteral("C900"));
    VD_VERIFY_OK(created);
    QVERIFY(created->has_value());
    QCOMPARE((*created)->name, QStringLiteral("新客户甲"));
    QCOMPARE((*created)->tenureStart, QDate(2024, 1, 15));
    auto records = TransactionRepository(db()).forCustomer((*created)->id);
    VD_VERIFY_OK(records);
    QCOMPARE(records->size(), 2);
    QCOMPARE(records->at(0).amount, Cents(1500000));
    QCOMPARE(records->at(1).amount, Cents(10000));
    QCOMPARE(records->at(1).cost, std::optional<Cents>(6000));
    auto existing = TransactionRepository(db()).forCustomer(m_c001);
    QCOMPARE(existing->last().amount, Cents(123450));
}

void TstImportCommitter::fixturesGiveIdenticalCustomers_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("encoding");
    QTest::addColumn<QString>("encodingName");
    QTest::newRow("UTF-8") << fixture("customers_utf8.csv") << QStringLiteral("auto")
                           << QStringLiteral("UTF-8");
    QTest::newRow("UTF-8 with BOM") << fixture("customers_utf8_bom.csv") << QStringLiteral("auto")
                                    << QStringLiteral("UTF-8 (BOM)");
    QTest::newRow("GBK, detected")
        << fixture("customers_gbk.csv") << QStringLiteral("auto") << QStringLiteral("GB18030");
    QTest::newRow("GBK, given") << fixture("customers_gbk.csv") << QStringLiteral("gbk")
                                << QStringLiteral("GB18030");
}

void TstImportCommitter::fixturesGiveIdenticalCustomers()
{
    QFETCH(QString, file);
    QFETCH(QString, encoding);
    QFETCH(QString, encodingName);

    QTemporaryDir dir;
    auto db =
        Database::open(dir.filePath(QStringLiteral("fixture.vdb")), Database::OpenMode::CreateNew);
    VD_VERIFY_OK(db);
    const QSqlDatabase c = (*db)->connection();

    ImportSourceOptions sourceOptions;
    auto parsedEncoding = TextDecoder::parseEncodingName(encoding);
    VD_VERIFY_OK(parsedEncoding);
    sourceOptions.encoding = *parsedEncoding;
    auto source = ImportSource::open(file, sourceOptions);
    VD_VERIFY_OK(source);
    QCOMPARE(source->encodingName(), encodingName);
    QCOMPARE(source->headers(), (QStringList{QStringLiteral("客户编号"), QStringLiteral("客户名称"),
                                             QStringLiteral("行业"), QStringLiteral("地区")}));
    auto existing = ExistingCustomers::load(c);
    VD_VERIFY_OK(existing);
    const ColumnMapping mapping = ColumnMapping::guess(ImportKind::Customers, source->headers());
    auto plan = ImportValidator(mapping, *existing).validate(*source);
    VD_VERIFY_OK(plan);
    QCOMPARE(plan->problems.size(), 0);
    QCOMPARE(plan->customerLines, (QVector<int>{2, 3, 5}));
    auto summary = ImportCommitter::commit(c, *plan);
    VD_VERIFY_OK(summary);
    QCOMPARE(summary->customersAdded, 3);

    auto customers = CustomerRepository(c).all();
    VD_VERIFY_OK(customers);
    auto expect = [](qint64 id, const QString &code, const QString &name, const QString &industry,
                     const QString &region) {
        Customer e;
        e.id = id;
        e.code = code;
        e.name = name;
        e.industry = industry;
        e.region = region;
        return e;
    };
    const QVector<Customer> expected = {
        expect(1, QStringLiteral("C001"), QStringLiteral("华信科技,北京分公司"),
               QStringLiteral("软件"), QStringLiteral("华北")),
        expect(2, QStringLiteral("C002"), QStringLiteral("明远贸易\n（上海）"),
               QStringLiteral("零售"), QStringLiteral("华东")),
        expect(3, QStringLiteral("C003"), QStringLiteral("天河餐饮"), QStringLiteral("餐饮"),
               QStringLiteral("华南"))};
    QCOMPARE(customers->size(), expected.size());
    for (int i = 0; i < expected.size(); ++i) {
        QVERIFY2(customers->at(i) == expected.at(i),
                 qPrintable(customers->at(i).code + QLatin1Char(' ') + customers->at(i).name));
    }
}

QTEST_GUILESS_MAIN(TstImportCommitter)
#include "tst_importcommitter.moc"
