#include "columnmapping.h"
#include "database.h"
#include "importmappingrepository.h"
#include "storagetestutil.h"

#include <QJsonDocument>
#include <QSet>
#include <QTemporaryDir>
#include <QtTest>

using namespace valuedesk;
using namespace valuedesk::test;

Q_DECLARE_METATYPE(valuedesk::ImportKind)

namespace {

using Targets = QMap<QString, int>; // target id -> column

Targets targetsOf(const ColumnMapping &mapping)
{
    Targets out;
    for (const QString &target : mapping.targets())
        out.insert(target, mapping.column(target));
    return out;
}

QJsonObject json(const char *text)
{
    return QJsonDocument::fromJson(QByteArray(text)).object();
}

QString targetsText(const Targets &targets)
{
    QStringList parts;
    for (auto it = targets.constBegin(); it != targets.constEnd(); ++it)
        parts << it.key() + QLatin1Char('=') + QString::number(it.value());
    return parts.join(QStringLiteral(", "));
}

} // namespace

class TstColumnMapping : public QObject
{
    Q_OBJECT
private slots:
    void guess_data();
    void guess();
    void guessUsesEachColumnOnce();
    void normaliseHeader_data();
    void normaliseHeader();
    void setColumnMovesAColumn();
    void missingRequiredFields();
    void attributeColumns();
    void fromJson();
    void fromJsonKeepsBase();
    void fromJsonErrors_data();
    void fromJsonErrors();
    void toJsonRoundTrip_data();
    void toJsonRoundTrip();
    void repositorySaveLoad();
};

void TstColumnMapping::guess_data()
{
    QTest::addColumn<ImportKind>("kind");
    QTest::addColumn<QStringList>("headers");
    QTest::addColumn<Targets>("expected"); // exactly these targets

    QTest::newRow("customers, Chinese")
        << ImportKind::Customers
        << QStringList{QStringLiteral("客户编号"), QStringLiteral("客户名称"),
                       QStringLiteral("行业"),     QStringLiteral("地区"),
                       QStringLiteral("客户经理"), QStringLiteral("联系电话"),
                       QStringLiteral("开户日期"), QStringLiteral("客户状态"),
                       QStringLiteral("备注"),     QStringLiteral("无关列")}
        << Targets{{QStringLiteral("code"), 0},         {QStringLiteral("name"), 1},
                   {QStringLiteral("industry"), 2},     {QStringLiteral("region"), 3},
                   {QStringLiteral("manager"), 4},      {QStringLiteral("contact"), 5},
                   {QStringLiteral("tenure_start"), 6}, {QStringLiteral("status"), 7},
                   {QStringLiteral("notes"), 8}};
    QTest::newRow("customers, English")
        << ImportKind::Customers
        << QStringList{QStringLiteral("Customer ID"),     QStringLiteral("Customer Name"),
                       QStringLiteral("Sector"),          QStringLiteral("City"),
                       QStringLiteral("Account Manager"), QStringLiteral("E-mail"),
                       QStringLiteral("Customer since"),  QStringLiteral("Status"),
                       QStringLiteral("Remarks")}
        << Targets{{QStringLiteral("code"), 0},         {QStringLiteral("name"), 1},
                   {QStringLiteral("industry"), 2},     {QStringLiteral("region"), 3},
                   {QStringLiteral("manager"), 4},      {QStringLiteral("status"), 7},
                   {QStringLiteral("tenure_start"), 6}, {QStringLiteral("notes"), 8}};
    QTest::newRow("customers, columns in another order")
        << ImportKind::Customers
        << QStringList{QStringLiteral("地区"), QStringLiteral("名称"), QStringLiteral("编号")}
        << Targets{{QStringLiteral("code"), 2},
                   {QStringLiteral("name"), 1},
                   {QStringLiteral("region"), 0}};
    QTest::newRow("transactions, Chinese with units")
        << ImportKind::Transactions
        << QStringList{QStringLiteral("客户编号"), QStringLiteral("客户名称"),
                       QStringLiteral("日期"),     QStringLiteral("交易金额（元）"),
                       QStringLiteral("成本(元)"), QStringLiteral("数量【件】"),
                       QStringLiteral("产品名称"), QStringLiteral("品类"),
                       QStringLiteral("销售渠道")}
        << Targets{{QStringLiteral("customer_code"), 0}, {QStringLiteral("customer_name"), 1},
                   {QStringLiteral("date"), 2},          {QStringLiteral("amount"), 3},
                   {QStringLiteral("cost"), 4},          {QStringLiteral("quantity"), 5},
                   {QStringLiteral("product"), 6},       {QStringLiteral("category"), 7},
                   {QStringLiteral("channel"), 8}};
    QTest::newRow("transactions, English")
        << ImportKind::Transactions
        << QStringList{QStringLiteral("Customer ID"),  QStringLiteral(" Order Date "),
                       QStringLiteral("Amount (CNY)"), QStringLiteral("Gross Margin"),
                       QStringLiteral("QTY"),          QStringLiteral("Product_Category")}
        << Targets{{QStringLiteral("customer_code"), 0}, {QStringLiteral("date"), 1},
                   {QStringLiteral("amount"), 2},        {QStringLiteral("margin"), 3},
                   {QStringLiteral("quantity"), 4},      {QStringLiteral("category"), 5}};
    QTest::newRow("transactions, header containing a synonym")
        << ImportKind::Transactions
        << QStringList{QStringLiteral("客户编号"), QStringLiteral("本月交易日期"),
                       QStringLiteral("本月交易金额")}
        << Targets{{QStringLiteral("customer_code"), 0},
                   {QStringLiteral("date"), 1},
                   {QStringLiteral("amount"), 2}};
    QTest::newRow("interactions") << ImportKind::Interactions
                                  << QStringList{QStringLiteral("客户编号"),
                                                 QStringLiteral("拜访日期"),
                                                 QStringLiteral("互动类型"), QStringLiteral("内容")}
                                  << Targets{{QStringLiteral("customer_code"), 0},
                                             {QStringLiteral("date"), 1},
                                             {QStringLiteral("kind"), 2},
                                             {QStringLiteral("note"), 3}};
    QTest::newRow("interactions, English")
        << ImportKind::Interactions
        << QStringList{QStringLiteral("customer_id"), QStringLiteral("Date"),
                       QStringLiteral("Type"), QStringLiteral("Notes")}
        << Targets{{QStringLiteral("customer_code"), 0},
                   {QStringLiteral("date"), 1},
                   {QStringLiteral("kind"), 2},
                   {QStringLiteral("note"), 3}};
    QTest::newRow("surveys") << ImportKind::Surveys
                             << QStringList{QStringLiteral("客户编号"), QStringLiteral("调查日期"),
                                            QStringLiteral("满意度"),   QStringLiteral("忠诚度"),
                                            QStringLiteral("信任度"),   QStringLiteral("指标名称"),
                                            QStringLiteral("指标值")}
                             << Targets{{QStringLiteral("customer_code"), 0},
                                        {QStringLiteral("date"), 1},
                                        {QStringLiteral("satisfaction"), 2},
                                        {QStringLiteral("loyalty"), 3},
                                        {QStringLiteral("trust"), 4},
                                        {QStringLiteral("metric_name"), 5},
                                        {QStringLiteral("metric_value"), 6}};
    QTest::newRow("surveys, English")
        << ImportKind::Surveys
        << QStringList{QStringLiteral("Customer Code"), QStringLiteral("Date"),
                       QStringLiteral("CSAT"), QStringLiteral("Score")}
        << Targets{{QStringLiteral("customer_code"), 0},
                   {QStringLiteral("date"), 1},
                   {QStringLiteral("satisfaction"), 2},
                   {QStringLiteral("metric_value"), 3}};
    QTest::newRow("balances") << ImportKind::Balances
                              << QStringList{QStringLiteral("客户编号"), QStringLiteral("日期"),
                                             QStringLiteral("存款余额（万元）")}
                              << Targets{{QStringLiteral("customer_code"), 0},
                                         {QStringLiteral("date"), 1},
                                         {QStringLiteral("amount"), 2}};
    QTest::newRow("balances, English")
        << ImportKind::Balances
        << QStringList{QStringLiteral("Account"), QStringLiteral("Date"),
                       QStringLiteral("Balance (CNY)")}
        << Targets{{QStringLiteral("customer_code"), 0},
                   {QStringLiteral("date"), 1},
                   {QStringLiteral("amount"), 2}};
    QTest::newRow("BOM on the first header")
        << ImportKind::Customers
        << QStringList{QStringLiteral("\uFEFF客户编号"), QStringLiteral("客户名称")}
        << Targets{{QStringLiteral("code"), 0}, {QStringLiteral("name"), 1}};
    QTest::newRow("nothing recognisable")
        << ImportKind::Transactions << QStringList{QStringLiteral("foo"), QStringLiteral("bar")}
        << Targets{};
    QTest::newRow("no headers") << ImportKind::Balances << QStringList{} << Targets{};
}

void TstColumnMapping::guess()
{
    QFETCH(ImportKind, kind);
    QFETCH(QStringList, headers);
    QFETCH(Targets, expected);
    const ColumnMapping mapping = ColumnMapping::guess(kind, headers);
    QCOMPARE(mapping.kind(), kind);
    QVERIFY2(targetsOf(mapping) == expected,
             qPrintable(targetsText(targetsOf(mapping)) + QStringLiteral(" != ") +
                        targetsText(expected)));
    // No column feeds two fields.
    QSet<int> columns;
    for (const QString &target : mapping.targets()) {
        QVERIFY(!columns.contains(mapping.column(target)));
        columns.insert(mapping.column(target));
        QCOMPARE(mapping.targetOf(mapping.column(target)), target);
    }
}

void TstColumnMapping::guessUsesEachColumnOnce()
{
    // "成本金额" is the cost column; "金额" in it must not make it the amount column too.
    ColumnMapping m = ColumnMapping::guess(
        ImportKind::Transactions,
        {QStringLiteral("客户编号"), QStringLiteral("日期"), QStringLiteral("成本金额")});
    QCOMPARE(m.column(QStringLiteral("cost")), 2);
    QCOMPARE(m.column(QStringLiteral("amount")), -1);
    QCOMPARE(m.missingRequiredFields(), QStringList{QStringLiteral("Amount")});

    // With a real amount column next to it, each gets its own.
    m = ColumnMapping::guess(ImportKind::Transactions,
                             {QStringLiteral("客户编号"), QStringLiteral("日期"),
                              QStringLiteral("本月交易金额"), QStringLiteral("成本金额")});
    QCOMPARE(m.column(QStringLiteral("amount")), 2);
    QCOMPARE(m.column(QStringLiteral("cost")), 3);

    // A header containing two fields' words goes to one of them only.
    m = ColumnMapping::guess(ImportKind::Customers,
                             {QStringLiteral("客户编号"), QStringLiteral("客户名称及地区")});
    QCOMPARE(m.column(QStringLiteral("name")), 1);
    QCOMPARE(m.column(QStringLiteral("region")), -1);

    // Two columns with the same header: the first one is used, once.
    m = ColumnMapping::guess(ImportKind::Balances,
                             {QStringLiteral("日期"), QStringLiteral("日期"),
                              QStringLiteral("客户编号"), QStringLiteral("余额")});
    QCOMPARE(m.column(QStringLiteral("date")), 0);
    QCOMPARE(m.targetOf(1), QString());
    QCOMPARE(m.column(QStringLiteral("customer_code")), 2);
    QCOMPARE(m.column(QStringLiteral("amount")), 3);
}

void TstColumnMapping::normaliseHeader_data()
{
    QTest::addColumn<QString>("header");
    QTest::addColumn<QString>("normalised");
    QTest::newRow("full-width unit")
        << QStringLiteral("交易金额（元）") << QStringLiteral("交易金额");
    QTest::newRow("ASCII unit") << QStringLiteral(" Amount (CNY) ") << QStringLiteral("amount");
    QTest::newRow("underscore") << QStringLiteral("Customer_ID") << QStringLiteral("customer id");
    QTest::newRow("brackets") << QStringLiteral("余额【万元】") << QStringLiteral("余额");
    QTest::newRow("square brackets") << QStringLiteral("Qty [pcs]") << QStringLiteral("qty");
    QTest::newRow("colon and star") << QStringLiteral("*客户编号：") << QStringLiteral("客户编号");
    QTest::newRow("BOM") << QStringLiteral("\uFEFFcode") << QStringLiteral("code");
    QTest::newRow("inner spaces") << QStringLiteral("Order   Date") << QStringLiteral("order date");
}

void TstColumnMapping::normaliseHeader()
{
    QFETCH(QString, header);
    QFETCH(QString, normalised);
    QCOMPARE(ColumnMapping::normaliseHeader(header), normalised);
}

void TstColumnMapping::setColumnMovesAColumn()
{
    ColumnMapping m(ImportKind::Transactions);
    m.setColumn(QStringLiteral("amount"), 3);
    m.setColumn(QStringLiteral("cost"), 3); // moves column 3 from amount to cost
    QCOMPARE(m.column(QStringLiteral("amount")), -1);
    QCOMPARE(m.column(QStringLiteral("cost")), 3);
    QCOMPARE(m.targetOf(3), QStringLiteral("cost"));
    m.setColumn(QStringLiteral("cost"), 4);
    QCOMPARE(m.targetOf(3), QString());
    m.setColumn(QStringLiteral("cost"), -1);
    QCOMPARE(m.column(QStringLiteral("cost")), -1);
    QVERIFY(m.targets().isEmpty());
}

void TstColumnMapping::missingRequiredFields()
{
    ColumnMapping m(ImportKind::Transactions);
    QCOMPARE(m.missingRequiredFields(),
             (QStringList{QStringLiteral("Customer code"), QStringLiteral("Date"),
                          QStringLiteral("Amount")}));
    m.setColumn(QStringLiteral("date"), 0);
    m.setColumn(QStringLiteral("customer_code"), 1);
    m.setColumn(QStringLiteral("amount"), 2);
    QVERIFY(m.missingRequiredFields().isEmpty());

    for (ImportKind kind : {ImportKind::Customers, ImportKind::Interactions, ImportKind::Surveys,
                            ImportKind::Balances}) {
        QVERIFY(!ColumnMapping(kind).missingRequiredFields().isEmpty());
    }
}

void TstColumnMapping::attributeColumns()
{
    ColumnMapping m(ImportKind::Customers);
    m.setColumn(QStringLiteral("code"), 0);
    m.setColumn(ImportSchema::attributePrefix + QStringLiteral("来源"), 4);
    m.setColumn(ImportSchema::attributePrefix + QStringLiteral("等级"), 2);
    const auto attributes = m.attributeColumns();
    QCOMPARE(attributes.size(), 2);
    QCOMPARE(attributes.at(0), qMakePair(QStringLiteral("等级"), 2));
    QCOMPARE(attributes.at(1), qMakePair(QStringLiteral("来源"), 4));
}

void TstColumnMapping::fromJson()
{
    const QStringList headers = {QStringLiteral("日期"), QStringLiteral("Kunde"),
                                 QStringLiteral("金额 (元)"), QStringLiteral("备注")};
    // Header text (exact or normalised) and column numbers.
    auto m = ColumnMapping::fromJson(json(R"({"kind": "transactions",
                 "columns": {"date": 0, "customer_code": "Kunde", "amount": "金额",
                             "product": "备注"}})"),
                                     headers, ColumnMapping(ImportKind::Transactions));
    VD_VERIFY_OK(m);
    QCOMPARE(m->kind(), ImportKind::Transactions);
    QCOMPARE(m->column(QStringLiteral("date")), 0);
    QCOMPARE(m->column(QStringLiteral("customer_code")), 1);
    QCOMPARE(m->column(QStringLiteral("amount")), 2);
    QCOMPARE(m->column(QStringLiteral("product")), 3);
    QVERIFY(m->missingRequiredFields().isEmpty());

    // "kind" may be left out; attributes for customers.
    auto customers = ColumnMapping::fromJson(
        json(R"({"columns": {"code": 1, "name": "日期", "attribute:备注": "备注"}})"), headers,
        ColumnMapping(ImportKind::Customers));
    VD_VERIFY_OK(customers);
    QCOMPARE(customers->column(QStringLiteral("attribute:备注")), 3);
    QCOMPARE(customers->attributeColumns().size(), 1);
}

void TstColumnMapping::fromJsonKeepsBase()
{
    const QStringList headers = {QStringLiteral("客户编号"), QStringLiteral("日期"),
                                 QStringLiteral("金额"), QStringLiteral("实收")};
    const ColumnMapping base = ColumnMapping::guess(ImportKind::Transactions, headers);
    QCOMPARE(base.column(QStringLiteral("amount")), 2);
    // The file moves amount to "实收" and unmaps nothing else; null unmaps the date.
    auto m = ColumnMapping::fromJson(json(R"({"columns": {"amount": "实收"}})"), headers, base);
    VD_VERIFY_OK(m);
    QCOMPARE(m->column(QStringLiteral("amount")), 3);
    QCOMPARE(m->column(QStringLiteral("customer_code")), 0);
    QCOMPARE(m->column(QStringLiteral("date")), 1);
    QCOMPARE(m->targetOf(2), QString());

    auto unmapped = ColumnMapping::fromJson(json(R"({"columns": {"date": null}})"), headers, base);
    VD_VERIFY_OK(unmapped);
    QCOMPARE(unmapped->column(QStringLiteral("date")), -1);
    QCOMPARE(unmapped->missingRequiredFields(), QStringList{QStringLiteral("Date")});
}

void TstColumnMapping::fromJsonErrors_data()
{
    QTest::addColumn<ImportKind>("kind");
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QStringList>("messageParts");

    QTest::newRow("unknown field")
        << ImportKind::Transactions << QByteArray(R"({"columns": {"amonut": "金额"}})")
        << QStringList{QStringLiteral("unknown field"), QStringLiteral("amonut"),
                       QStringLiteral("amount")};
    QTest::newRow("missing header")
        << ImportKind::Transactions << QByteArray(R"({"columns": {"amount": "交易额"}})")
        << QStringList{QStringLiteral("交易额"), QStringLiteral("amount"),
                       QStringLiteral("does not have")};
    QTest::newRow("column out of range")
        << ImportKind::Transactions << QByteArray(R"({"columns": {"amount": 7}})")
        << QStringList{QStringLiteral("column 7"), QStringLiteral("3 columns")};
    QTest::newRow("negative column")
        << ImportKind::Transactions << QByteArray(R"({"columns": {"amount": -1}})")
        << QStringList{QStringLiteral("amount")};
    QTest::newRow("wrong kind") << ImportKind::Balances
                                << QByteArray(R"({"kind": "customers", "columns": {}})")
                                << QStringList{QStringLiteral("customers"),
                                               QStringLiteral("balances")};
    QTest::newRow("no columns object")
        << ImportKind::Customers << QByteArray(R"({"kind": "customers"})")
        << QStringList{QStringLiteral("columns")};
    QTest::newRow("columns is an array")
        << ImportKind::Customers << QByteArray(R"({"columns": ["code"]})")
        << QStringList{QStringLiteral("columns")};
    QTest::newRow("value is a bool")
        << ImportKind::Customers << QByteArray(R"({"columns": {"code": true}})")
        << QStringList{QStringLiteral("code"), QStringLiteral("column number")};
    QTest::newRow("attribute outside customers")
        << ImportKind::Transactions << QByteArray(R"({"columns": {"attribute:x": 0}})")
        << QStringList{QStringLiteral("attribute:x")};
    QTest::newRow("attribute without a name")
        << ImportKind::Customers << QByteArray(R"({"columns": {"attribute:": 0}})")
        << QStringList{QStringLiteral("unknown field")};
}

void TstColumnMapping::fromJsonErrors()
{
    QFETCH(ImportKind, kind);
    QFETCH(QByteArray, json);
    QFETCH(QStringList, messageParts);
    const QStringList headers = {QStringLiteral("客户编号"), QStringLiteral("日期"),
                                 QStringLiteral("金额")};
    auto m = ColumnMapping::fromJson(QJsonDocument::fromJson(json).object(), headers,
                                     ColumnMapping::guess(kind, headers));
    QVERIFY(!m);
    for (const QString &part : messageParts)
        QVERIFY2(m.error().message().contains(part), qPrintable(m.error().message()));
}

void TstColumnMapping::toJsonRoundTrip_data()
{
    QTest::addColumn<ImportKind>("kind");
    QTest::addColumn<QStringList>("headers");
    QTest::addColumn<Targets>("targets");

    QTest::newRow("transactions") << ImportKind::Transactions
                                  << QStringList{QStringLiteral("客户编号"), QStringLiteral("日期"),
                                                 QStringLiteral("交易金额（元）"),
                                                 QStringLiteral("毛利")}
                                  << Targets{{QStringLiteral("customer_code"), 0},
                                             {QStringLiteral("date"), 1},
                                             {QStringLiteral("amount"), 2},
                                             {QStringLiteral("margin"), 3}};
    QTest::newRow("customers with attributes")
        << ImportKind::Customers
        << QStringList{QStringLiteral("编号"), QStringLiteral("名称"), QStringLiteral("等级")}
        << Targets{{QStringLiteral("code"), 0},
                   {QStringLiteral("name"), 1},
                   {QStringLiteral("attribute:等级"), 2}};
    QTest::newRow("empty header is written as a number")
        << ImportKind::Balances
        << QStringList{QStringLiteral("客户编号"), QString(), QStringLiteral("余额")}
        << Targets{{QStringLiteral("customer_code"), 0},
                   {QStringLiteral("date"), 1},
                   {QStringLiteral("amount"), 2}};
    QTest::newRow("repeated header")
        << ImportKind::Balances
        << QStringList{QStringLiteral("客户编号"), QStringLiteral("日期"), QStringLiteral("日期"),
                       QStringLiteral("余额")}
        << Targets{{QStringLiteral("customer_code"), 0},
                   {QStringLiteral("date"), 2},
                   {QStringLiteral("amount"), 3}};
    QTest::newRow("headers that normalise alike")
        << ImportKind::Balances
        << QStringList{QStringLiteral("客户编号"), QStringLiteral("余额(元)"),
                       QStringLiteral("余额（万元）"), QStringLiteral("日期")}
        << Targets{{QStringLiteral("customer_code"), 0},
                   {QStringLiteral("date"), 3},
                   {QStringLiteral("amount"), 2}};
}

void TstColumnMapping::toJsonRoundTrip()
{
    QFETCH(ImportKind, kind);
    QFETCH(QStringList, headers);
    QFETCH(Targets, targets);
    ColumnMapping mapping(kind);
    for (auto it = targets.constBegin(); it != targets.constEnd(); ++it)
        mapping.setColumn(it.key(), it.value());

    const QJsonObject written = mapping.toJson(headers);
    QCOMPARE(written.value(QStringLiteral("kind")).toString(), ImportSchema::kindId(kind));
    // Through text, as a mapping file would be.
    const QJsonObject reread = QJsonDocument::fromJson(QJsonDocument(written).toJson()).object();
    auto back = ColumnMapping::fromJson(reread, headers, ColumnMapping(kind));
    VD_VERIFY_OK(back);
    QVERIFY2(targetsOf(*back) == targets,
             qPrintable(targetsText(targetsOf(*back)) + QStringLiteral(" from ") +
                        QString::fromUtf8(QJsonDocument(written).toJson(QJsonDocument::Compact))));
}

void TstColumnMapping::repositorySaveLoad()
{
    QTemporaryDir dir;
    auto db = Database::open(dir.filePath(QStringLiteral("m.vdb")), Database::OpenMode::CreateNew);
    VD_VERIFY_OK(db);
    ImportMappingRepository repository((*db)->connection());

    const QStringList headers = {QStringLiteral("编号"), QStringLiteral("日期"),
                                 QStringLiteral("实收金额"), QStringLiteral("门店")};
    auto nothing = repository.load(ImportKind::Transactions, headers);
    VD_VERIFY_OK(nothing);
    QVERIFY(!nothing->has_value());

    ColumnMapping mapping(ImportKind::Transactions);
    mapping.setColumn(QStringLiteral("customer_code"), 0);
    mapping.setColumn(QStringLiteral("date"), 1);
    mapping.setColumn(QStringLiteral("amount"), 2);
    mapping.setColumn(QStringLiteral("channel"), 3);
    VD_VERIFY_OK(repository.save(mapping, headers));

    auto loaded = repository.load(ImportKind::Transactions, headers);
    VD_VERIFY_OK(loaded);
    QVERIFY(loaded->has_value());
    QCOMPARE(targetsOf(**loaded), targetsOf(mapping));

    // The same export with cosmetic header differences finds it too.
    const QStringList cosmetic = {QStringLiteral(" 编号 "), QStringLiteral("日期"),
                                  QStringLiteral("实收金额（元）"), QStringLiteral("门店")};
    QCOMPARE(ImportMappingRepository::headerSignature(cosmetic),
             ImportMappingRepository::headerSignature(headers));
    auto cosmeticLoaded = repository.load(ImportKind::Transactions, cosmetic);
    VD_VERIFY_OK(cosmeticLoaded);
    QVERIFY(cosmeticLoaded->has_value());
    QCOMPARE(targetsOf(**cosmeticLoaded), targetsOf(mapping));

    // Other headers or another kind: nothing remembered.
    QVERIFY(!repository.load(ImportKind::Transactions, headers.mid(0, 3))->has_value());
    QVERIFY(!repository.load(ImportKind::Balances, headers)->has_value());

    // Saving again replaces the remembered mapping.
    mapping.setColumn(QStringLiteral("channel"), -1);
    mapping.setColumn(QStringLiteral("product"), 3);
    VD_VERIFY_OK(repository.save(mapping, headers));
    QCOMPARE(targetsOf(**repository.load(ImportKind::Transactions, headers)), targetsOf(mapping));
    QCOMPARE(rowCount((*db)->connection(), QStringLiteral("import_mappings")), 1);

    // A stored mapping that no longer parses is not offered (and is no error).
    QVERIFY(RawConnection::scalarOf((*db)->connection(),
                                    QStringLiteral("UPDATE import_mappings SET mapping = "
                                                   "'{\"columns\": {\"bogus\": 0}}' RETURNING 1"))
                .isValid());
    auto broken = repository.load(ImportKind::Transactions, headers);
    VD_VERIFY_OK(broken);
    QVERIFY(!broken->has_value());
}

QTEST_GUILESS_MAIN(TstColumnMapping)
#include "tst_columnmapping.moc"
