#include "customerrepository.h"
#include "database.h"
#include "importreport.h"
#include "importsource.h"
#include "importvalidator.h"
#include "storagetestutil.h"

#include <QTemporaryDir>
#include <QtTest>

using namespace valuedesk;
using namespace valuedesk::test;

Q_DECLARE_METATYPE(valuedesk::ImportKind)

namespace {

QString problemText(const RowProblem &p)
{
    return QStringLiteral("%1|%2|%3").arg(p.line).arg(p.field, p.reason);
}

QString problemsText(const QVector<RowProblem> &problems)
{
    QStringList lines;
    for (const RowProblem &p : problems)
        lines << problemText(p);
    return lines.join(QLatin1Char('\n'));
}

} // namespace

class TstImportValidator : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();

    void badRows_data();
    void badRows();
    void problemsNameTheColumn();
    void goodRowsOfEachKind();
    void duplicatesAgainstFile();
    void duplicateActionDefault();
    void createMissingCustomers();
    void badRowNeverCreatesACustomer();
    void marginToCost_data();
    void marginToCost();
    void amounts_data();
    void amounts();
    void requiredMappingMissing();
    void progressAndCancel();
    void report();

private:
    Result<ImportPlan> validate(const QString &csv, ImportKind kind,
                                const ImportOptions &options = {});

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
    qint64 m_c001 = 0;
    qint64 m_c002 = 0;
    int m_fileNumber = 0;
};

void TstImportValidator::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    auto db =
        Database::open(m_dir->filePath(QStringLiteral("v.vdb")), Database::OpenMode::CreateNew);
    VD_VERIFY_OK(db);
    m_db = std::move(db).value();
    CustomerRepository customers(m_db->connection());
    Customer a;
    a.code = QStringLiteral("C001");
    a.name = QStringLiteral("华信科技");
    a.contact = QStringLiteral("王先生");
    auto idA = customers.insert(a);
    VD_VERIFY_OK(idA);
    m_c001 = *idA;
    Customer b;
    b.code = QStringLiteral("C002");
    b.name = QStringLiteral("明远贸易");
    b.contact = QStringLiteral("李女士 13800000000");
    auto idB = customers.insert(b);
    VD_VERIFY_OK(idB);
    m_c002 = *idB;
    Customer noContact;
    noContact.code = QStringLiteral("C003");
    noContact.name = QStringLiteral("天河餐饮");
    VD_VERIFY_OK(customers.insert(noContact));
}

void TstImportValidator::cleanup()
{
    m_db.reset();
    m_dir.reset();
}

Result<ImportPlan> TstImportValidator::validate(const QString &csv, ImportKind kind,
                                                const ImportOptions &options)
{
    const QString path = m_dir->filePath(QStringLiteral("input%1.csv").arg(++m_fileNumber));
    if (!writeFile(path, csv.toUtf8()))
        return Error(QStringLiteral("cannot write %1").arg(path));
    auto source = ImportSource::open(path);
    if (!source)
        return source.error();
    auto existing = ExistingCustomers::load(m_db->connection());
    if (!existing)
        return existing.error();
    const ColumnMapping mapping = ColumnMapping::guess(kind, source->headers());
    return ImportValidator(mapping, *existing, options).validate(*source);
}

void TstImportValidator::badRows_data()
{
    QTest::addColumn<ImportKind>("kind");
    QTest::addColumn<QString>("csv");
    QTest::addColumn<QStringList>("expected"); // "line|field|part of the reason"
    QTest::addColumn<int>("goodRows");

    const auto tx = ImportKind::Transactions;
    const QString txHeader = QStringLiteral("客户编号,日期,金额,数量\n");
    QTest::newRow("bad date") << tx
                              << txHeader +
                                     QStringLiteral("C001,2024-05-25,100,\nC001,2024-13-01,100,\n")
                              << QStringList{QStringLiteral("3|Date|not a date")} << 1;
    QTest::newRow("impossible date") << tx << txHeader + QStringLiteral("C001,2023-02-29,1,\n")
                                     << QStringList{QStringLiteral("2|Date|not a date")} << 0;
    QTest::newRow("non-numeric amount")
        << tx << txHeader + QStringLiteral("C001,2024-05-25,abc,\nC002,2024/5/26,\"12,3a\",\n")
        << QStringList{QStringLiteral("2|Amount|not an amount"),
                       QStringLiteral("3|Amount|not an amount")}
        << 0;
    QTest::newRow("unknown customer code")
        << tx << txHeader + QStringLiteral("C001,2024-05-25,1,\nC999,2024-05-25,1,\n")
        << QStringList{QStringLiteral("3|Customer code|unknown customer code")} << 1;
    QTest::newRow("codes are matched exactly")
        << tx << txHeader + QStringLiteral("c001,2024-05-25,1,\n")
        << QStringList{QStringLiteral("2|Customer code|unknown customer code")} << 0;
    QTest::newRow("missing required values")
        << tx << txHeader + QStringLiteral(",2024-05-25,1,\nC001,,1,\nC001,2024-05-25,  ,\n")
        << QStringList{QStringLiteral("2|Customer code|missing value"),
                       QStringLiteral("3|Date|missing value"),
                       QStringLiteral("4|Amount|missing value")}
        << 0;
    QTest::newRow("short row: missing trailing cells")
        << tx << txHeader + QStringLiteral("C001,2024-05-25\n")
        << QStringList{QStringLiteral("2|Amount|missing value")} << 0;
    QTest::newRow("bad and negative quantity")
        << tx << txHeader + QStringLiteral("C001,2024-05-25,1,x\nC001,2024-05-25,1,-2\n")
        << QStringList{QStringLiteral("2|Quantity|not a number"),
                       QStringLiteral("3|Quantity|negative quantity")}
        << 0;
    QTest::newRow("multiple problems in one row")
        << tx << txHeader + QStringLiteral("C999,2024-02-30,abc,-1\nC001,2024-01-01,5,1\n")
        << QStringList{QStringLiteral("2|Date|not a date"),
                       QStringLiteral("2|Amount|not an amount"),
                       QStringLiteral("2|Quantity|negative quantity"),
                       QStringLiteral("2|Customer code|unknown customer code")}
        << 1;
    QTest::newRow("quoted newlines shift line numbers")
        << tx
        << QStringLiteral("客户编号,日期,金额,产品\n"
                          "C001,2024-01-01,1,a\n"
                          "C001,2024-01-02,2,\"多行\n产品\"\n"
                          "C001,bad,3,c\n"
                          "C001,2024-01-04,x,\"另一个\r\n多行\"\n"
                          "C999,2024-01-05,5,e\n")
        << QStringList{QStringLiteral("5|Date|not a date"),
                       QStringLiteral("6|Amount|not an amount"),
                       QStringLiteral("8|Customer code|unknown customer code")}
        << 2;
    QTest::newRow("blank lines count as lines")
        << tx << txHeader + QStringLiteral("\nC001,2024-01-01,1,\n\n\nC001,x,1,\n")
        << QStringList{QStringLiteral("6|Date|not a date")} << 1;

    const auto cu = ImportKind::Customers;
    QTest::newRow("duplicate code within the file")
        << cu << QStringLiteral("客户编号,客户名称\nC100,甲\nC101,乙\nC100,丙\nC101,丁\nC100,戊\n")
        << QStringList{QStringLiteral("4|Customer code|also on line 2 of this file"),
                       QStringLiteral("5|Customer code|also on line 3 of this file"),
                       QStringLiteral("6|Customer code|also on line 2 of this file")}
        << 2;
    QTest::newRow("unknown status")
        << cu << QStringLiteral("客户编号,客户名称,状态\nC100,甲,休眠\nC101,乙,流失\nC102,丙,\n")
        << QStringList{QStringLiteral("2|Status|unknown status")} << 2;
    QTest::newRow("customer row with several problems")
        << cu << QStringLiteral("客户编号,客户名称,状态,开户日期\nC100,,zombie,yesterday\n")
        << QStringList{QStringLiteral("2|Name|missing value"),
                       QStringLiteral("2|Customer since|not a date"),
                       QStringLiteral("2|Status|unknown status")}
        << 0;
    QTest::newRow("bad row does not claim its code")
        << cu << QStringLiteral("客户编号,客户名称\nC100,\nC100,乙\n")
        << QStringList{QStringLiteral("2|Name|missing value")} << 1;

    QTest::newRow("unknown interaction kind")
        << ImportKind::Interactions
        << QStringLiteral("客户编号,日期,类型,备注\nC001,2024-01-01,吃饭,x\nC001,2024-01-02,拜访,"
                          "\nC002,2024-01-03,,\n")
        << QStringList{QStringLiteral("2|Kind|unknown interaction kind"),
                       QStringLiteral("4|Kind|missing value")}
        << 1;

    const QString surveyHeader = QStringLiteral("客户编号,日期,满意度,忠诚度,指标值\n");
    QTest::newRow("survey score out of range")
        << ImportKind::Surveys
        << surveyHeader + QStringLiteral("C001,2024-01-01,11,,\nC001,2024-01-01,4,-1,\n"
                                         "C001,2024-01-01,10,0,\n")
        << QStringList{QStringLiteral("2|Satisfaction|score outside 0–10"),
                       QStringLiteral("3|Loyalty|score outside 0–10")}
        << 1;
    QTest::newRow("survey row with no score")
        << ImportKind::Surveys
        << surveyHeader + QStringLiteral("C001,2024-01-01,,,\nC001,2024-01-01,,,42\n")
        << QStringList{QStringLiteral("2|Satisfaction|the row has no score")} << 1;
    QTest::newRow("survey score not a number")
        << ImportKind::Surveys << surveyHeader + QStringLiteral("C001,2024-01-01,good,,\n")
        << QStringList{QStringLiteral("2|Satisfaction|not a number")} << 0;

    // ±10 000 000 000.00 per amount (README, Money): sums over millions of rows stay exact.
    const QString costHeader = QStringLiteral("客户编号,日期,金额,成本,毛利\n");
    QTest::newRow("amount beyond the limit")
        << tx
        << txHeader + QStringLiteral("C001,2024-05-25,500000000000000,\n"
                                     "C001,2024-05-25,-10000000000.01,\n"
                                     "C001,2024-05-25,10000000000,\n"
                                     "C001,2024-05-25,-10000000000,\n"
                                     "C001,2024-05-25,2000000万,\n")
        << QStringList{QStringLiteral("2|Amount|beyond ±10,000,000,000"),
                       QStringLiteral("3|Amount|beyond ±10,000,000,000"),
                       QStringLiteral("6|Amount|beyond ±10,000,000,000")}
        << 2;
    QTest::newRow("more digits than int64")
        << tx << txHeader + QStringLiteral("C001,2024-05-25,99999999999999999999999,\n")
        << QStringList{QStringLiteral("2|Amount|")} << 0;
    QTest::newRow("cost beyond the limit")
        << tx << costHeader + QStringLiteral("C001,2024-05-25,1,50000000000000000,\n")
        << QStringList{QStringLiteral("2|Cost|beyond ±10,000,000,000")} << 0;
    QTest::newRow("margin beyond the limit")
        << tx << costHeader + QStringLiteral("C001,2024-05-25,1,,-50000000000000000\n")
        << QStringList{QStringLiteral("2|Gross margin|beyond ±10,000,000,000")} << 0;
    QTest::newRow("margin gives a cost beyond the limit")
        << tx << costHeader + QStringLiteral("C001,2024-05-25,-9000000000,,9000000000\n")
        << QStringList{QStringLiteral("2|Gross margin|beyond ±10,000,000,000")} << 0;
    QTest::newRow("balance beyond the limit")
        << ImportKind::Balances
        << QStringLiteral("客户编号,日期,余额\nC001,2024-03-31,20000000000\n")
        << QStringList{QStringLiteral("2|Balance|beyond ±10,000,000,000")} << 0;
    QTest::newRow("balance without amount")
        << ImportKind::Balances
        << QStringLiteral("客户编号,日期,余额\nC001,2024-03-31,\nC001,2024-03-31,1万\n")
        << QStringList{QStringLiteral("2|Balance|missing value")} << 1;
}

void TstImportValidator::badRows()
{
    QFETCH(ImportKind, kind);
    QFETCH(QString, csv);
    QFETCH(QStringList, expected);
    QFETCH(int, goodRows);

    auto plan = validate(csv, kind);
    VD_VERIFY_OK(plan);
    QVERIFY2(plan->problems.size() == expected.size(), qPrintable(problemsText(plan->problems)));
    QSet<int> badLines;
    for (int i = 0; i < expected.size(); ++i) {
        const QStringList parts = expected.at(i).split(QLatin1Char('|'));
        const RowProblem &p = plan->problems.at(i);
        QVERIFY2(QString::number(p.line) == parts.at(0) && p.field == parts.at(1) &&
                     p.reason.contains(parts.at(2)),
                 qPrintable(problemText(p) + QStringLiteral("  expected  ") + expected.at(i)));
        badLines.insert(p.line);
    }
    QCOMPARE(plan->badLines, badLines);
    QCOMPARE(plan->goodRows(), qint64(goodRows));
    const qint64 planned = plan->customers.size() + plan->transactions.size() +
                           plan->interactions.size() + plan->surveys.size() + plan->balances.size();
    QCOMPARE(planned, qint64(goodRows));
    QVERIFY(plan->newCustomers.isEmpty());
    QVERIFY(!plan->cancelled);
}

void TstImportValidator::problemsNameTheColumn()
{
    auto plan = validate(QStringLiteral("交易日期,客户编号,交易金额（元）\n2024-13-01,C001,x\n"),
                         ImportKind::Transactions);
    VD_VERIFY_OK(plan);
    QCOMPARE(plan->problems.size(), 2);
    QCOMPARE(plan->problems.at(0).column, QStringLiteral("交易日期"));
    QCOMPARE(plan->problems.at(0).value, QStringLiteral("2024-13-01"));
    QCOMPARE(plan->problems.at(1).column, QStringLiteral("交易金额（元）"));
    QCOMPARE(plan->problems.at(1).value, QStringLiteral("x"));
}

void TstImportValidator::goodRowsOfEachKind()
{
    auto customers =
        validate(QStringLiteral(
                     "客户编号,客户名称,行业,地区,客户经理,联系人,开户日期,状态,备注\n"
                     " C100 , 新客户 ,软件,华北,王经理,张三,2020年3月5日,潜在,\"备注, 含逗号\"\n"),
                 ImportKind::Customers);
    VD_VERIFY_OK(customers);
    QCOMPARE(customers->problems.size(), 0);
    QCOMPARE(customers->customers.size(), 1);
    const Customer &c = customers->customers.first();
    QCOMPARE(c.code, QStringLiteral("C100")); // trimmed
    QCOMPARE(c.name, QStringLiteral("新客户"));
    QCOMPARE(c.industry, QStringLiteral("软件"));
    QCOMPARE(c.manager, QStringLiteral("王经理"));
    QCOMPARE(c.contact, QStringLiteral("张三"));
    QCOMPARE(c.tenureStart, QDate(2020, 3, 5));
    QCOMPARE(c.status, CustomerStatus::Prospect);
    QCOMPARE(c.notes, QStringLiteral("备注, 含逗号"));
    QCOMPARE(customers->customerLines, QVector<int>{2});
    QVERIFY(customers->duplicates.isEmpty());

    auto interactions = validate(
        QStringLiteral("客户编号,日期,类型,内容\nC001,2024/5/6,投诉,太慢\nC002,20240507,Call,\n"),
        ImportKind::Interactions);
    VD_VERIFY_OK(interactions);
    QCOMPARE(interactions->problems.size(), 0);
    QCOMPARE(interactions->interactions.size(), 2);
    QCOMPARE(interactions->interactions.at(0).customerId, m_c001);
    QCOMPARE(interactions->interactions.at(0).kind, InteractionKind::Complaint);
    QCOMPARE(interactions->interactions.at(0).note, QStringLiteral("太慢"));
    QCOMPARE(interactions->interactions.at(1).customerId, m_c002);
    QCOMPARE(interactions->interactions.at(1).kind, InteractionKind::Call);
    QCOMPARE(interactions->interactions.at(1).date, QDate(2024, 5, 7));

    auto surveys = validate(QStringLiteral("客户编号,日期,满意度,信任度,指标名称,指标值\n"
                                           "C001,2024-06-30,4.5,,,\nC002,2024-06-30,,7,,-20\n"),
                            ImportKind::Surveys);
    VD_VERIFY_OK(surveys);
    QCOMPARE(surveys->problems.size(), 0);
    QCOMPARE(surveys->surveys.size(), 2);
    QCOMPARE(surveys->surveys.at(0).satisfaction, std::optional<double>(4.5));
    QVERIFY(!surveys->surveys.at(0).trust);
    QVERIFY(!surveys->surveys.at(0).metricValue);
    QCOMPARE(surveys->surveys.at(1).trust, std::optional<double>(7));
    QCOMPARE(surveys->surveys.at(1).metricValue, std::optional<double>(-20));
    QCOMPARE(surveys->surveys.at(1).metricName, QStringLiteral("score"));

    auto balances = validate(QStringLiteral("客户编号,日期,余额\nC002,2024-03-31,\"¥12,345.67\"\n"),
                             ImportKind::Balances);
    VD_VERIFY_OK(balances);
    QCOMPARE(balances->balances.size(), 1);
    QCOMPARE(balances->balances.first().amount, Cents(1234567));
    QCOMPARE(balances->balances.first().customerId, m_c002);
}

void TstImportValidator::duplicatesAgainstFile()
{
    auto plan =
        validate(QStringLiteral("客户编号,客户名称,联系人\n"
                                "C001,华信科技（新名）,\n"              // same code
                                "C777,  明远贸易 ,李女士 13800000000\n" // same name + contact
                                "C778,天河餐饮,\n"                      // same name, no contact
                                "C779,明远贸易,另一个人\n"              // same name, other contact
                                "C780,全新客户,王先生\n"),              // same contact only
                 ImportKind::Customers);
    VD_VERIFY_OK(plan);
    QCOMPARE(plan->problems.size(), 0);
    QCOMPARE(plan->customers.size(), 5);
    QCOMPARE(plan->duplicates.size(), 2);

    const DuplicateCustomer &byCode = plan->duplicates.at(0);
    QCOMPARE(byCode.line, 2);
    QCOMPARE(byCode.rowIndex, 0);
    QCOMPARE(byCode.existingId, m_c001);
    QCOMPARE(byCode.existingCode, QStringLiteral("C001"));
    QCOMPARE(byCode.existingName, QStringLiteral("华信科技"));
    QCOMPARE(byCode.match, DuplicateCustomer::Match::SameCode);

    const DuplicateCustomer &byName = plan->duplicates.at(1);
    QCOMPARE(byName.line, 3);
    QCOMPARE(byName.rowIndex, 1);
    QCOMPARE(byName.existingId, m_c002);
    QCOMPARE(byName.existingCode, QStringLiteral("C002"));
    QCOMPARE(byName.match, DuplicateCustomer::Match::SameNameAndContact);
}

void TstImportValidator::duplicateActionDefault()
{
    for (DuplicateAction action :
         {DuplicateAction::Update, DuplicateAction::Skip, DuplicateAction::ImportAsNew}) {
        ImportOptions options;
        options.duplicateAction = action;
        auto plan =
            validate(QStringLiteral("客户编号,客户名称\nC002,x\n"), ImportKind::Customers, options);
        VD_VERIFY_OK(plan);
        QCOMPARE(plan->duplicates.size(), 1);
        QCOMPARE(plan->duplicates.first().action, action);
    }
}

void TstImportValidator::createMissingCustomers()
{
    ImportOptions options;
    options.createMissingCustomers = true;
    auto plan = validate(QStringLiteral("客户编号,客户名称,日期,金额\n"
                                        "C900,新客户甲,2024-03-01,100\n"
                                        "C901,,2024-02-01,200\n"
                                        "C900,别的名字,2024-01-15,300\n"
                                        "C001,,2023-12-01,400\n"
                                        "C901,,2024-05-01,500\n"),
                         ImportKind::Transactions, options);
    VD_VERIFY_OK(plan);
    QCOMPARE(plan->problems.size(), 0);
    QCOMPARE(plan->newCustomers.size(), 2);
    const Customer &first = plan->newCustomers.at(0);
    QCOMPARE(first.code, QStringLiteral("C900"));
    QCOMPARE(first.name, QStringLiteral("新客户甲")); // from the customer_name column
    QCOMPARE(first.tenureStart, QDate(2024, 1, 15));  // earliest date, not the first row's
    QCOMPARE(first.status, CustomerStatus::Active);
    const Customer &second = plan->newCustomers.at(1);
    QCOMPARE(second.code, QStringLiteral("C901"));
    QCOMPARE(second.name, QStringLiteral("C901")); // no name given: the code stands in
    QCOMPARE(second.tenureStart, QDate(2024, 2, 1));

    QCOMPARE(plan->transactions.size(), 5);
    const QVector<qint64> owners = {-1, -2, -1, m_c001, -2};
    for (int i = 0; i < owners.size(); ++i)
        QCOMPARE(plan->transactions.at(i).customerId, owners.at(i));

    // Existing customers are never re-created, and without the option unknown codes are bad.
    auto strict = validate(QStringLiteral("客户编号,日期,金额\nC900,2024-03-01,100\n"),
                           ImportKind::Transactions);
    VD_VERIFY_OK(strict);
    QCOMPARE(strict->problems.size(), 1);
    QVERIFY(strict->newCustomers.isEmpty());

    // Works for every records kind.
    auto interactions = validate(QStringLiteral("客户编号,日期,类型\nN1,2024-01-01,拜访\n"),
                                 ImportKind::Interactions, options);
    VD_VERIFY_OK(interactions);
    QCOMPARE(interactions->newCustomers.size(), 1);
    QCOMPARE(interactions->interactions.first().customerId, -1);
    auto balances = validate(QStringLiteral("客户编号,日期,余额\nN2,2024-01-01,5\n"),
                             ImportKind::Balances, options);
    VD_VERIFY_OK(balances);
    QCOMPARE(balances->newCustomers.size(), 1);
    QCOMPARE(balances->newCustomers.first().tenureStart, QDate(2024, 1, 1));
}

void TstImportValidator::badRowNeverCreatesACustomer()
{
    ImportOptions options;
    options.createMissingCustomers = true;
    auto plan = validate(QStringLiteral("客户编号,日期,金额\n"
                                        "C950,2024-01-01,abc\n" // bad: no customer
                                        "C951,2024-01-01,1\n"
                                        "C951,2023-01-01,x\n"), // bad: does not move tenure
                         ImportKind::Transactions, options);
    VD_VERIFY_OK(plan);
    QCOMPARE(plan->problems.size(), 2);
    QCOMPARE(plan->newCustomers.size(), 1);
    QCOMPARE(plan->newCustomers.first().code, QStringLiteral("C951"));
    QCOMPARE(plan->newCustomers.first().tenureStart, QDate(2024, 1, 1));
    // An unknown code is not a problem when customers are created.
    for (const RowProblem &p : plan->problems)
        QVERIFY2(!p.reason.contains(QLatin1String("unknown")), qPrintable(problemText(p)));
}

void TstImportValidator::marginToCost_data()
{
    QTest::addColumn<QString>("csv");
    QTest::addColumn<std::optional<Cents>>("cost");
    QTest::newRow("margin gives cost")
        << QStringLiteral("客户编号,日期,金额,毛利\nC001,2024-01-01,1000,300\n")
        << std::optional<Cents>(70000);
    QTest::newRow("negative margin")
        << QStringLiteral("客户编号,日期,金额,毛利\nC001,2024-01-01,1000,-50.5\n")
        << std::optional<Cents>(105050);
    QTest::newRow("cost wins over margin")
        << QStringLiteral("客户编号,日期,金额,成本,毛利\nC001,2024-01-01,1000,600,300\n")
        << std::optional<Cents>(60000);
    QTest::newRow("empty margin: no cost")
        << QStringLiteral("客户编号,日期,金额,毛利\nC001,2024-01-01,1000,\n")
        << std::optional<Cents>();
    QTest::newRow("empty cost, margin given")
        << QStringLiteral("客户编号,日期,金额,成本,毛利\nC001,2024-01-01,1000,,0.01\n")
        << std::optional<Cents>(99999);
}

void TstImportValidator::marginToCost()
{
    QFETCH(QString, csv);
    QFETCH(std::optional<Cents>, cost);
    auto plan = validate(csv, ImportKind::Transactions);
    VD_VERIFY_OK(plan);
    QCOMPARE(plan->problems.size(), 0);
    QCOMPARE(plan->transactions.size(), 1);
    QCOMPARE(plan->transactions.first().amount, Cents(100000));
    QCOMPARE(plan->transactions.first().cost, cost);
}

void TstImportValidator::amounts_data()
{
    QTest::addColumn<QString>("cell"); // as written in the CSV (quoted where needed)
    QTest::addColumn<Cents>("cents");
    QTest::newRow("yen sign and thousands") << QStringLiteral("\"¥1,234.50\"") << Cents(123450);
    QTest::newRow("full-width yen") << QStringLiteral("\"￥2,000\"") << Cents(200000);
    QTest::newRow("wan") << QStringLiteral("1.5万") << Cents(1500000);
    QTest::newRow("yi") << QStringLiteral("2亿") << Cents(Q_INT64_C(20000000000));
    QTest::newRow("yuan suffix") << QStringLiteral("12元") << Cents(1200);
    QTest::newRow("RMB prefix") << QStringLiteral("RMB 10.05") << Cents(1005);
    QTest::newRow("accounting negative") << QStringLiteral("\"(1,234.00)\"") << Cents(-123400);
    QTest::newRow("minus") << QStringLiteral("-0.29") << Cents(-29);
    QTest::newRow("half away from zero") << QStringLiteral("1234.565") << Cents(123457);
    QTest::newRow("big and exact")
        << QStringLiteral("9876543210.98") << Cents(Q_INT64_C(987654321098));
    QTest::newRow("the limit") << QStringLiteral("-10000000000")
                               << Cents(Q_INT64_C(-1000000000000));
}

void TstImportValidator::amounts()
{
    QFETCH(QString, cell);
    QFETCH(Cents, cents);
    auto plan =
        validate(QStringLiteral("客户编号,日期,金额\nC001,2024-01-01,") + cell + QLatin1Char('\n'),
                 ImportKind::Transactions);
    VD_VERIFY_OK(plan);
    QVERIFY2(plan->problems.isEmpty(), qPrintable(problemsText(plan->problems)));
    QCOMPARE(plan->transactions.size(), 1);
    QCOMPARE(plan->transactions.first().amount, cents);
}

void TstImportValidator::requiredMappingMissing()
{
    auto plan = validate(QStringLiteral("客户编号,说明\nC001,x\n"), ImportKind::Transactions);
    QVERIFY(!plan);
    QVERIFY2(plan.error().message().contains(QLatin1String("Date")) &&
                 plan.error().message().contains(QLatin1String("Amount")),
             qPrintable(plan.error().message()));
}

void TstImportValidator::progressAndCancel()
{
    QString csv = QStringLiteral("客户编号,日期,金额\n");
    for (int i = 0; i < 10000; ++i)
        csv += QStringLiteral("C001,2024-01-01,%1\n").arg(i);
    const QString path = m_dir->filePath(QStringLiteral("big.csv"));
    QVERIFY(writeFile(path, csv.toUtf8()));
    auto source = ImportSource::open(path);
    VD_VERIFY_OK(source);
    auto existing = ExistingCustomers::load(m_db->connection());
    VD_VERIFY_OK(existing);
    const ImportValidator validator(
        ColumnMapping::guess(ImportKind::Transactions, source->headers()), *existing);

    QVector<qint64> reported;
    auto all = validator.validate(*source, [&](qint64 done, qint64 total) {
        reported << done;
        return done <= total;
    });
    VD_VERIFY_OK(all);
    QCOMPARE(all->transactions.size(), 10000);
    QVERIFY(!all->cancelled);
    QVERIFY(reported.size() >= 2);
    QCOMPARE(reported.last(), qint64(10000));
    QVERIFY(std::is_sorted(reported.cbegin(), reported.cend()));

    auto cancelled = validator.validate(*source, [](qint64, qint64) { return false; });
    VD_VERIFY_OK(cancelled);
    QVERIFY(cancelled->cancelled);
    QVERIFY(cancelled->rowsRead < 10000);
}

void TstImportValidator::report()
{
    auto plan = validate(QStringLiteral("客户编号,交易日期,金额\nC001,2024-13-01,1\nC001,,1\n"),
                         ImportKind::Transactions);
    VD_VERIFY_OK(plan);
    QCOMPARE(ImportReport::headers(),
             (QStringList{QStringLiteral("Line"), QStringLiteral("Field"), QStringLiteral("Column"),
                          QStringLiteral("Value"), QStringLiteral("Reason")}));
    const auto rows = ImportReport::rows(*plan);
    QCOMPARE(rows.size(), 2);
    QCOMPARE(rows.at(0).mid(0, 4),
             (QStringList{QStringLiteral("2"), QStringLiteral("Date"), QStringLiteral("交易日期"),
                          QStringLiteral("2024-13-01")}));
    QCOMPARE(rows.at(1).at(0), QStringLiteral("3"));
    QCOMPARE(rows.at(1).at(3), QString());

    const QString first = ImportReport::describe(plan->problems.at(0));
    QVERIFY2(first.startsWith(QStringLiteral("Line 2, Date (column \"交易日期\"): not a date")),
             qPrintable(first));
    QVERIFY(first.endsWith(QLatin1String("\"2024-13-01\"")));
    QVERIFY(!first.contains(QLatin1Char('\n')));
    QCOMPARE(ImportReport::describe(plan->problems.at(1)),
             QStringLiteral("Line 3, Date (column \"交易日期\"): missing value"));

    ImportSummary summary;
    summary.customersAdded = 1;
    summary.recordsAdded = 5;
    summary.rowsRejected = 2;
    QVERIFY(ImportReport::summary(summary).contains(QLatin1String("5 records added")));
    summary.cancelled = true;
    QVERIFY(ImportReport::summary(summary).contains(QLatin1String("not changed")));
}

QTEST_GUILESS_MAIN(TstImportValidator)
#include "tst_importvalidator.moc"
