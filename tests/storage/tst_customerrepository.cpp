#include "customerrepository.h"
#include "database.h"
#include "recordrepository.h"
#include "storagetestutil.h"

#include <QTemporaryDir>
#include <QtTest>

#include <algorithm>

using namespace valuedesk;
using namespace valuedesk::test;

Q_DECLARE_METATYPE(valuedesk::CustomerSortKey)

namespace {

Customer makeCustomer(const QString &code, const QString &name)
{
    Customer c;
    c.code = code;
    c.name = name;
    return c;
}

Customer fullCustomer()
{
    Customer c;
    c.code = QStringLiteral("C001");
    c.name = QStringLiteral("华信科技（北京）有限公司");
    c.industry = QStringLiteral("软件和信息技术服务业");
    c.region = QStringLiteral("华北·北京");
    c.manager = QStringLiteral("王晓明");
    c.contact = QStringLiteral("李女士 138-0000-0000");
    c.tenureStart = QDate(2018, 2, 28);
    c.status = CustomerStatus::Prospect;
    c.notes = QStringLiteral("多行备注\n第二行 \"引号\" 'single' ; DROP TABLE customers; --");
    c.attributes.insert(QStringLiteral("客户等级"), QStringLiteral("A"));
    c.attributes.insert(QStringLiteral("来源"), QStringLiteral("展会 2019"));
    c.attributes.insert(QStringLiteral("empty"), QString());
    return c;
}

QString sortText(const Customer &c, CustomerSortKey key)
{
    switch (key) {
    case CustomerSortKey::Code:
        return c.code;
    case CustomerSortKey::Name:
        return c.name;
    case CustomerSortKey::Industry:
        return c.industry;
    case CustomerSortKey::Region:
        return c.region;
    case CustomerSortKey::Manager:
        return c.manager;
    case CustomerSortKey::Contact:
        return c.contact;
    case CustomerSortKey::TenureStart:
        return c.tenureStart.isValid() ? c.tenureStart.toString(Qt::ISODate) : QString();
    case CustomerSortKey::Status:
        return statusId(c.status);
    }
    return {};
}

// The order SQLite's BINARY collation gives (UTF-8 bytes), then code; descending reverses both.
QStringList expectedOrder(QVector<Customer> customers, CustomerSortKey key, bool descending)
{
    std::sort(customers.begin(), customers.end(), [key](const Customer &a, const Customer &b) {
        const QByteArray ka = sortText(a, key).toUtf8();
        const QByteArray kb = sortText(b, key).toUtf8();
        if (ka != kb)
            return ka < kb;
        return a.code.toUtf8() < b.code.toUtf8();
    });
    if (descending)
        std::reverse(customers.begin(), customers.end());
    QStringList codes;
    for (const Customer &c : customers)
        codes << c.code;
    return codes;
}

QStringList codesOf(const QVector<Customer> &customers)
{
    QStringList codes;
    for (const Customer &c : customers)
        codes << c.code;
    return codes;
}

// A list with ties on every sort key, empty values and missing tenure dates.
QVector<Customer> sortingFixture()
{
    const QStringList names = {QStringLiteral("华信科技"),  QStringLiteral("明远贸易"),
                               QStringLiteral("Acme Corp"), QStringLiteral("acme corp"),
                               QStringLiteral("天河餐饮"),  QStringLiteral("")};
    const QStringList industries = {QStringLiteral("软件"), QStringLiteral("零售"),
                                    QStringLiteral("餐饮"), QString()};
    const QStringList regions = {QStringLiteral("华北"), QStringLiteral("华东"),
                                 QStringLiteral("华南"), QStringLiteral("East")};
    const QStringList managers = {QStringLiteral("王经理"), QStringLiteral("李经理"),
                                  QStringLiteral("Zhang"), QString(), QStringLiteral("张三")};
    QVector<Customer> customers;
    for (int i = 0; i < 57; ++i) {
        // Codes are inserted out of order so insertion order is not the answer.
        Customer c = makeCustomer(QStringLiteral("K%1").arg((i * 37) % 57, 3, 10, QLatin1Char('0')),
                                  names.at(i % names.size()));
        c.industry = industries.at(i % industries.size());
        c.region = regions.at((i / 2) % regions.size());
        c.manager = managers.at(i % managers.size());
        c.contact = i % 3 == 0 ? QString() : QStringLiteral("联系人%1").arg(i % 7);
        if (i % 4 != 0)
            c.tenureStart = QDate(2015 + i % 5, 1 + i % 12, 1 + i % 27);
        c.status = static_cast<CustomerStatus>(i % 3);
        customers.append(c);
    }
    return customers;
}

} // namespace

class TstCustomerRepository : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();

    void roundTrip();
    void nullAndEmptyStrings();
    void update();
    void updateErrors();
    void uniqueCodeViolation();
    void uniqueCodeViolationInsideOuterTransaction();
    void removeCascades();
    void search_data();
    void search();
    void sorting_data();
    void sorting();
    void stablePaging_data();
    void stablePaging();
    void position();
    void insertWithExplicitId();
    void idsByCode();

private:
    bool insertAll(const QVector<Customer> &customers);
    QSqlDatabase db() const { return m_db->connection(); }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
};

void TstCustomerRepository::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    auto db = Database::open(m_dir->filePath(QStringLiteral("customers.vdb")),
                             Database::OpenMode::CreateNew);
    VD_VERIFY_OK(db);
    m_db = std::move(db).value();
}

void TstCustomerRepository::cleanup()
{
    m_db.reset();
    m_dir.reset();
}

bool TstCustomerRepository::insertAll(const QVector<Customer> &customers)
{
    CustomerRepository repository(db());
    for (const Customer &c : customers) {
        auto id = repository.insert(c);
        if (!id) {
            qWarning("insert failed: %s", qPrintable(id.error().toString()));
            return false;
        }
    }
    return true;
}

void TstCustomerRepository::roundTrip()
{
    CustomerRepository repository(db());
    const Customer original = fullCustomer();
    auto id = repository.insert(original);
    VD_VERIFY_OK(id);
    QVERIFY(*id > 0);

    Customer expected = original;
    expected.id = *id;
    auto byId = repository.byId(*id);
    VD_VERIFY_OK(byId);
    QCOMPARE(byId->name, expected.name);
    QCOMPARE(byId->notes, expected.notes);
    QCOMPARE(byId->attributes, expected.attributes);
    QVERIFY(*byId == expected);

    auto byCode = repository.byCode(QStringLiteral("C001"));
    VD_VERIFY_OK(byCode);
    QVERIFY(byCode->has_value());
    QVERIFY(**byCode == expected);

    auto missing = repository.byCode(QStringLiteral("c001")); // codes are case-sensitive keys
    VD_VERIFY_OK(missing);
    QVERIFY(!missing->has_value());

    auto gone = repository.byId(*id + 100);
    QVERIFY(!gone);
    QVERIFY(!gone.error().message().isEmpty());

    auto all = repository.all();
    VD_VERIFY_OK(all);
    QCOMPARE(all->size(), 1);
    QVERIFY(all->first() == expected);

    // The list page leaves attributes out.
    auto page = repository.page({}, 0, 10);
    VD_VERIFY_OK(page);
    QCOMPARE(page->size(), 1);
    QVERIFY(page->first().attributes.isEmpty());
    QCOMPARE(page->first().name, expected.name);
}

void TstCustomerRepository::nullAndEmptyStrings()
{
    CustomerRepository repository(db());
    Customer nulls;
    nulls.code = QStringLiteral("N1");
    nulls.name = QStringLiteral("空值");
    QVERIFY(nulls.industry.isNull() && nulls.notes.isNull());
    Customer empties = makeCustomer(QStringLiteral("E1"), QStringLiteral("空串"));
    empties.industry = QStringLiteral("");
    empties.region = QStringLiteral("");
    empties.manager = QStringLiteral("");
    empties.contact = QStringLiteral("");
    empties.notes = QStringLiteral("");
    empties.attributes.insert(QStringLiteral("a"), QStringLiteral(""));
    empties.attributes.insert(QStringLiteral("b"), QString());

    auto nullId = repository.insert(nulls);
    VD_VERIFY_OK(nullId);
    auto emptyId = repository.insert(empties);
    VD_VERIFY_OK(emptyId);

    // Text columns hold '' (never NULL); a missing date is NULL.
    for (const char *column : {"industry", "region", "manager", "contact", "notes"}) {
        QCOMPARE(RawConnection::scalarOf(db(), QStringLiteral("SELECT count(*) FROM customers "
                                                              "WHERE %1 IS NULL")
                                                   .arg(QLatin1String(column)))
                     .toInt(),
                 0);
    }
    QCOMPARE(RawConnection::scalarOf(
                 db(), QStringLiteral("SELECT count(*) FROM customers WHERE tenure_start IS NULL"))
                 .toInt(),
             2);
    QCOMPARE(RawConnection::scalarOf(
                 db(), QStringLiteral("SELECT count(*) FROM customer_attributes WHERE value = ''"))
                 .toInt(),
             2);

    auto readNulls = repository.byId(*nullId);
    VD_VERIFY_OK(readNulls);
    QVERIFY(readNulls->industry.isEmpty());
    QVERIFY(readNulls->notes.isEmpty());
    QVERIFY(!readNulls->tenureStart.isValid());
    QCOMPARE(readNulls->status, CustomerStatus::Active);
    QVERIFY(readNulls->attributes.isEmpty());

    auto readEmpties = repository.byId(*emptyId);
    VD_VERIFY_OK(readEmpties);
    QCOMPARE(readEmpties->attributes.size(), 2);
    QVERIFY(readEmpties->attributes.value(QStringLiteral("b")).isEmpty());

    // An empty search matches everything; whitespace-only too.
    QCOMPARE(*repository.count({QStringLiteral("   "), CustomerSortKey::Code, false}), 2);
}

void TstCustomerRepository::update()
{
    CustomerRepository repository(db());
    auto id = repository.insert(fullCustomer());
    VD_VERIFY_OK(id);
    auto other = repository.insert(makeCustomer(QStringLiteral("C002"), QStringLiteral("别的")));
    VD_VERIFY_OK(other);

    Customer changed = *repository.byId(*id);
    changed.code = QStringLiteral("C001-新");
    changed.name = QStringLiteral("华信科技集团");
    changed.industry = QString();
    changed.region = QStringLiteral("华东");
    changed.contact = QString();
    changed.tenureStart = QDate();
    changed.status = CustomerStatus::Lost;
    changed.notes = QStringLiteral("已流失");
    changed.attributes.remove(QStringLiteral("来源"));
    changed.attributes.insert(QStringLiteral("客户等级"), QStringLiteral("C"));
    changed.attributes.insert(QStringLiteral("新属性"), QStringLiteral("值"));
    VD_VERIFY_OK(repository.update(changed));

    auto read = repository.byId(*id);
    VD_VERIFY_OK(read);
    QVERIFY(*read == changed);
    QVERIFY(!read->tenureStart.isValid());
    QVERIFY(!repository.byCode(QStringLiteral("C001"))->has_value());
    // The other customer is untouched.
    QCOMPARE(repository.byId(*other)->name, QStringLiteral("别的"));

    // Removing all attributes.
    changed.attributes.clear();
    VD_VERIFY_OK(repository.update(changed));
    QVERIFY(repository.byId(*id)->attributes.isEmpty());
    QCOMPARE(rowCount(db(), QStringLiteral("customer_attributes")), 0);
}

void TstCustomerRepository::updateErrors()
{
    CustomerRepository repository(db());
    auto id = repository.insert(fullCustomer());
    VD_VERIFY_OK(id);
    auto other = repository.insert(makeCustomer(QStringLiteral("C002"), QStringLiteral("别的")));
    VD_VERIFY_OK(other);
    const Customer before = *repository.byId(*id);

    Customer missing = before;
    missing.id = *other + 1000;
    const Status notThere = repository.update(missing);
    QVERIFY(!notThere);
    QVERIFY(!notThere.error().message().isEmpty());

    // Taking another customer's code fails and changes nothing (attributes included).
    Customer clash = before;
    clash.code = QStringLiteral("C002");
    clash.name = QStringLiteral("改名");
    clash.attributes.clear();
    const Status clashed = repository.update(clash);
    QVERIFY(!clashed);
    QVERIFY2(clashed.error().message().contains(QLatin1String("C002")),
             qPrintable(clashed.error().toString()));
    QVERIFY(*repository.byId(*id) == before);
}

void TstCustomerRepository::uniqueCodeViolation()
{
    CustomerRepository repository(db());
    VD_VERIFY_OK(repository.insert(makeCustomer(QStringLiteral("C001"), QStringLiteral("第一"))));
    Customer again = makeCustomer(QStringLiteral("C001"), QStringLiteral("第二"));
    again.attributes.insert(QStringLiteral("x"), QStringLiteral("y"));
    auto id = repository.insert(again);
    QVERIFY(!id);
    QVERIFY2(id.error().message().contains(QLatin1String("C001")),
             qPrintable(id.error().toString()));
    QVERIFY(!id.error().detail().isEmpty());
    QCOMPARE(*repository.count(), 1);
    QCOMPARE(repository.byCode(QStringLiteral("C001"))->value().name, QStringLiteral("第一"));
    QCOMPARE(rowCount(db(), QStringLiteral("customer_attributes")), 0);

    // The connection is still usable afterwards.
    VD_VERIFY_OK(repository.insert(makeCustomer(QStringLiteral("C002"), QStringLiteral("第三"))));
    QCOMPARE(*repository.count(), 2);
}

void TstCustomerRepository::uniqueCodeViolationInsideOuterTransaction()
{
    CustomerRepository repository(db());
    {
        TransactionScope scope(db());
        VD_VERIFY_OK(scope.begin());
        VD_VERIFY_OK(
            repository.insert(makeCustomer(QStringLiteral("C001"), QStringLiteral("第一"))));
        QVERIFY(!repository.insert(makeCustomer(QStringLiteral("C001"), QStringLiteral("重复"))));
        // The failed statement does not end the caller's transaction.
        VD_VERIFY_OK(
            repository.insert(makeCustomer(QStringLiteral("C002"), QStringLiteral("第二"))));
        VD_VERIFY_OK(scope.commit());
    }
    QCOMPARE(*repository.count(), 2);
}

void TstCustomerRepository::removeCascades()
{
    CustomerRepository repository(db());
    Customer doomed = fullCustomer();
    auto id = repository.insert(doomed);
    VD_VERIFY_OK(id);
    auto keptId = repository.insert(makeCustomer(QStringLiteral("K1"), QStringLiteral("保留")));
    VD_VERIFY_OK(keptId);

    for (qint64 owner : {*id, *keptId}) {
        Transaction t;
        t.customerId = owner;
        t.date = QDate(2024, 1, 2);
        t.amount = 100;
        VD_VERIFY_OK(TransactionRepository(db()).insert(t));
        Interaction i;
        i.customerId = owner;
        i.date = QDate(2024, 1, 3);
        i.kind = InteractionKind::Visit;
        VD_VERIFY_OK(InteractionRepository(db()).insert(i));
        SurveyScore s;
        s.customerId = owner;
        s.date = QDate(2024, 1, 4);
        s.satisfaction = 4;
        VD_VERIFY_OK(SurveyRepository(db()).insert(s));
        Balance b;
        b.customerId = owner;
        b.date = QDate(2024, 1, 5);
        b.amount = 5000;
        VD_VERIFY_OK(BalanceRepository(db()).insert(b));
    }
    Customer kept = *repository.byId(*keptId);
    kept.attributes.insert(QStringLiteral("k"), QStringLiteral("v"));
    VD_VERIFY_OK(repository.update(kept));

    VD_VERIFY_OK(repository.remove(*id));
    QVERIFY(!repository.byId(*id));
    for (const char *table :
         {"transactions", "interactions", "survey_scores", "balances", "customer_attributes"}) {
        QCOMPARE(RawConnection::scalarOf(db(), QStringLiteral("SELECT count(*) FROM %1 WHERE "
                                                              "customer_id = %2")
                                                   .arg(QLatin1String(table))
                                                   .arg(*id))
                     .toInt(),
                 0);
        QCOMPARE(RawConnection::scalarOf(db(), QStringLiteral("SELECT count(*) FROM %1 WHERE "
                                                              "customer_id = %2")
                                                   .arg(QLatin1String(table))
                                                   .arg(*keptId))
                     .toInt(),
                 1);
    }
    // Removing an id that does not exist is harmless.
    VD_VERIFY_OK(repository.remove(*id));
    QCOMPARE(*repository.count(), 1);
}

void TstCustomerRepository::search_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("codes"); // in code order

    QTest::newRow("everything") << QString()
                                << QStringList{QStringLiteral("A100"), QStringLiteral("AX01"),
                                               QStringLiteral("A_01"), QStringLiteral("B\\1"),
                                               QStringLiteral("C001"), QStringLiteral("C002"),
                                               QStringLiteral("C003")};
    QTest::newRow("code prefix") << QStringLiteral("C00")
                                 << QStringList{QStringLiteral("C001"), QStringLiteral("C002"),
                                                QStringLiteral("C003")};
    QTest::newRow("code, ASCII case-insensitive")
        << QStringLiteral("c002") << QStringList{QStringLiteral("C002")};
    QTest::newRow("name") << QStringLiteral("明远") << QStringList{QStringLiteral("C002")};
    QTest::newRow("name, ASCII case-insensitive")
        << QStringLiteral("ACME") << QStringList{QStringLiteral("AX01")};
    QTest::newRow("industry") << QStringLiteral("软件") << QStringList{QStringLiteral("C001")};
    QTest::newRow("region") << QStringLiteral("华东")
                            << QStringList{QStringLiteral("A100"), QStringLiteral("C002")};
    QTest::newRow("manager") << QStringLiteral("王")
                             << QStringList{QStringLiteral("A100"), QStringLiteral("C001")};
    QTest::newRow("trimmed") << QStringLiteral("  天河  ") << QStringList{QStringLiteral("C003")};
    QTest::newRow("contact is not searched") << QStringLiteral("13900001111") << QStringList{};
    QTest::newRow("notes are not searched") << QStringLiteral("秘密") << QStringList{};
    QTest::newRow("percent is literal")
        << QStringLiteral("%") << QStringList{QStringLiteral("A100")};
    QTest::newRow("percent inside")
        << QStringLiteral("0%纯") << QStringList{QStringLiteral("A100")};
    QTest::newRow("underscore is literal")
        << QStringLiteral("_") << QStringList{QStringLiteral("A_01")};
    QTest::newRow("underscore does not match one char")
        << QStringLiteral("A_0") << QStringList{QStringLiteral("A_01")};
    QTest::newRow("backslash is literal")
        << QStringLiteral("\\") << QStringList{QStringLiteral("B\\1")};
    QTest::newRow("quote") << QStringLiteral("O'Brien") << QStringList{QStringLiteral("AX01")};
    QTest::newRow("no match") << QStringLiteral("不存在") << QStringList{};
}

void TstCustomerRepository::search()
{
    QFETCH(QString, text);
    QFETCH(QStringList, codes);

    auto add = [](const char *code, const QString &name, const QString &industry,
                  const QString &region, const QString &manager) {
        Customer c = makeCustomer(QString::fromUtf8(code), name);
        c.industry = industry;
        c.region = region;
        c.manager = manager;
        c.contact = QStringLiteral("13900001111");
        c.notes = QStringLiteral("秘密备注");
        return c;
    };
    QVERIFY(insertAll({
        add("C001", QStringLiteral("华信科技"), QStringLiteral("软件"), QStringLiteral("华北"),
            QStringLiteral("王经理")),
        add("C002", QStringLiteral("明远贸易"), QStringLiteral("零售"), QStringLiteral("华东"),
            QStringLiteral("李经理")),
        add("C003", QStringLiteral("天河餐饮"), QStringLiteral("餐饮"), QStringLiteral("华南"),
            QStringLiteral("张三")),
        add("A100", QStringLiteral("100%纯净水"), QStringLiteral("食品"), QStringLiteral("华东"),
            QStringLiteral("王五")),
        add("A_01", QStringLiteral("ab_cd"), QStringLiteral("其他"), QStringLiteral("西北"),
            QStringLiteral("赵六")),
        add("AX01", QStringLiteral("Acme O'Brien Ltd"), QStringLiteral("制造"),
            QStringLiteral("东北"), QStringLiteral("钱七")),
        add("B\\1", QStringLiteral("反斜杠"), QStringLiteral("其他"), QStringLiteral("西南"),
            QStringLiteral("孙八")),
    }));

    CustomerRepository repository(db());
    const CustomerQuery query{text, CustomerSortKey::Code, false};
    auto count = repository.count(query);
    VD_VERIFY_OK(count);
    QCOMPARE(*count, codes.size());
    auto page = repository.page(query, 0, 100);
    VD_VERIFY_OK(page);
    QCOMPARE(codesOf(*page), codes);
}

void TstCustomerRepository::sorting_data()
{
    QTest::addColumn<CustomerSortKey>("key");
    QTest::addColumn<bool>("descending");
    const QVector<QPair<const char *, CustomerSortKey>> keys = {
        {"code", CustomerSortKey::Code},          {"name", CustomerSortKey::Name},
        {"industry", CustomerSortKey::Industry},  {"region", CustomerSortKey::Region},
        {"manager", CustomerSortKey::Manager},    {"contact", CustomerSortKey::Contact},
        {"tenure", CustomerSortKey::TenureStart}, {"status", CustomerSortKey::Status}};
    for (const auto &[name, key] : keys) {
        QTest::addRow("%s asc", name) << key << false;
        QTest::addRow("%s desc", name) << key << true;
    }
}

void TstCustomerRepository::sorting()
{
    QFETCH(CustomerSortKey, key);
    QFETCH(bool, descending);
    const QVector<Customer> fixture = sortingFixture();
    QVERIFY(insertAll(fixture));

    CustomerRepository repository(db());
    auto page = repository.page({QString(), key, descending}, 0, 1000);
    VD_VERIFY_OK(page);
    QCOMPARE(codesOf(*page), expectedOrder(fixture, key, descending));
}

void TstCustomerRepository::stablePaging_data()
{
    QTest::addColumn<CustomerSortKey>("key");
    QTest::addColumn<bool>("descending");
    QTest::addColumn<QString>("search");
    QTest::addColumn<int>("pageSize");
    QTest::newRow("name asc, 10") << CustomerSortKey::Name << false << QString() << 10;
    QTest::newRow("manager desc, 7") << CustomerSortKey::Manager << true << QString() << 7;
    QTest::newRow("status asc, 1") << CustomerSortKey::Status << false << QString() << 1;
    QTest::newRow("tenure desc, 4") << CustomerSortKey::TenureStart << true << QString() << 4;
    QTest::newRow("region asc, search 华, 3")
        << CustomerSortKey::Region << false << QStringLiteral("华") << 3;
    QTest::newRow("industry desc, search 经理, 5")
        << CustomerSortKey::Industry << true << QStringLiteral("经理") << 5;
}

void TstCustomerRepository::stablePaging()
{
    QFETCH(CustomerSortKey, key);
    QFETCH(bool, descending);
    QFETCH(QString, search);
    QFETCH(int, pageSize);
    QVERIFY(insertAll(sortingFixture()));

    CustomerRepository repository(db());
    const CustomerQuery query{search, key, descending};
    auto whole = repository.page(query, 0, 100000);
    VD_VERIFY_OK(whole);
    auto count = repository.count(query);
    VD_VERIFY_OK(count);
    QCOMPARE(whole->size(), *count);
    QVERIFY(*count > pageSize);

    QVector<Customer> concatenated;
    for (int offset = 0; offset < *count + pageSize; offset += pageSize) {
        auto page = repository.page(query, offset, pageSize);
        VD_VERIFY_OK(page);
        QVERIFY(page->size() <= pageSize);
        concatenated += *page;
    }
    QCOMPARE(codesOf(concatenated), codesOf(*whole));
    // Each page read twice gives the same rows.
    QCOMPARE(codesOf(*repository.page(query, pageSize, pageSize)),
             codesOf(*repository.page(query, pageSize, pageSize)));
}

void TstCustomerRepository::position()
{
    const QVector<Customer> fixture = sortingFixture();
    QVERIFY(insertAll(fixture));
    CustomerRepository repository(db());
    for (CustomerSortKey key : {CustomerSortKey::Code, CustomerSortKey::Name,
                                CustomerSortKey::TenureStart, CustomerSortKey::Status}) {
        for (bool descending : {false, true}) {
            for (const QString &search : {QString(), QStringLiteral("华")}) {
                const CustomerQuery query{search, key, descending};
                auto ordered = repository.page(query, 0, 1000);
                VD_VERIFY_OK(ordered);
                for (int row = 0; row < ordered->size(); ++row) {
                    auto position = repository.position(query, ordered->at(row).id);
                    VD_VERIFY_OK(position);
                    QCOMPARE(*position, row);
                }
                if (!search.isEmpty()) {
                    // A customer the search hides has no row.
                    auto hidden = repository.all();
                    for (const Customer &c : *hidden) {
                        const bool shown =
                            std::any_of(ordered->cbegin(), ordered->cend(),
                                        [&](const Customer &o) { return o.id == c.id; });
                        if (!shown)
                            QCOMPARE(*repository.position(query, c.id), -1);
                    }
                }
            }
        }
    }
    QCOMPARE(*repository.position({}, 999999), -1);
}

void TstCustomerRepository::insertWithExplicitId()
{
    CustomerRepository repository(db());
    VD_VERIFY_OK(repository.insert(makeCustomer(QStringLiteral("A"), QStringLiteral("甲"))));
    auto id = repository.insert(fullCustomer());
    VD_VERIFY_OK(id);
    VD_VERIFY_OK(repository.insert(makeCustomer(QStringLiteral("Z"), QStringLiteral("乙"))));
    const Customer original = *repository.byId(*id);

    // Undo of a delete: the customer comes back under its old id, attributes included.
    VD_VERIFY_OK(repository.remove(*id));
    QVERIFY(!repository.byId(*id));
    auto restored = repository.insert(original);
    VD_VERIFY_OK(restored);
    QCOMPARE(*restored, *id);
    QVERIFY(*repository.byId(*id) == original);

    // An id far beyond the others works too.
    Customer far = makeCustomer(QStringLiteral("FAR"), QStringLiteral("远"));
    far.id = 1000000;
    QCOMPARE(*repository.insert(far), qint64(1000000));

    // An id in use is an error, and nothing changes.
    Customer clash = makeCustomer(QStringLiteral("NEW"), QStringLiteral("新"));
    clash.id = *id;
    QVERIFY(!repository.insert(clash));
    QVERIFY(*repository.byId(*id) == original);
    QCOMPARE(*repository.count(), 4);
}

void TstCustomerRepository::idsByCode()
{
    QVERIFY(insertAll({makeCustomer(QStringLiteral("C1"), QStringLiteral("一")),
                       makeCustomer(QStringLiteral("客户2"), QStringLiteral("二"))}));
    auto ids = CustomerRepository(db()).idsByCode();
    VD_VERIFY_OK(ids);
    QCOMPARE(ids->size(), 2);
    QCOMPARE(CustomerRepository(db()).byId(ids->value(QStringLiteral("客户2")))->name,
             QStringLiteral("二"));
}

QTEST_GUILESS_MAIN(TstCustomerRepository)
#include "tst_customerrepository.moc"
