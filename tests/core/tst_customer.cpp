#include "customer.h"

#include <QtTest>

using namespace valuedesk;

// The customer record's vocabulary (src/core/customer.h): the stable ids written to files, JSON
// and the database, and the words an import accepts for them — the glossary of
// /work/shared/domain.md ("People and things": 拜访 visit, 电话 call, 投诉 complaint, 推荐
// referral, 培训 training) plus the status words account managers use (活跃 active, 潜在客户
// prospect, 流失 lost). Record-level checks (a code and a name are required, codes are unique) live
// in Document::validateCustomer (src/models), which needs the open file.
class TstCustomer : public QObject
{
    Q_OBJECT
private slots:
    void statusIdsRoundTrip();
    void statusWords_data();
    void statusWords();
    void statusRejects_data();
    void statusRejects();
    void interactionIdsRoundTrip();
    void interactionWords_data();
    void interactionWords();
    void interactionRejects();
    void displayNames();
    void margin();
    void equality();
};

void TstCustomer::statusIdsRoundTrip()
{
    QCOMPARE(statusId(CustomerStatus::Active), QStringLiteral("active"));
    QCOMPARE(statusId(CustomerStatus::Prospect), QStringLiteral("prospect"));
    QCOMPARE(statusId(CustomerStatus::Lost), QStringLiteral("lost"));
    for (CustomerStatus s :
         {CustomerStatus::Active, CustomerStatus::Prospect, CustomerStatus::Lost})
        QCOMPARE(parseCustomerStatus(statusId(s)), std::optional<CustomerStatus>(s));
    QCOMPARE(Customer().status, CustomerStatus::Active); // a new customer is active
}

void TstCustomer::statusWords_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<CustomerStatus>("status");
    QTest::newRow("活跃") << QStringLiteral("活跃") << CustomerStatus::Active;
    QTest::newRow("活跃客户") << QStringLiteral("活跃客户") << CustomerStatus::Active;
    QTest::newRow("正常") << QStringLiteral("正常") << CustomerStatus::Active;
    QTest::newRow("有效") << QStringLiteral("有效") << CustomerStatus::Active;
    QTest::newRow("现有客户") << QStringLiteral("现有客户") << CustomerStatus::Active;
    QTest::newRow("Active, any case") << QStringLiteral("ACTIVE") << CustomerStatus::Active;
    QTest::newRow("padded") << QStringLiteral("  active\t") << CustomerStatus::Active;
    QTest::newRow("潜在") << QStringLiteral("潜在") << CustomerStatus::Prospect;
    QTest::newRow("潜在客户") << QStringLiteral("潜在客户") << CustomerStatus::Prospect;
    QTest::newRow("意向客户") << QStringLiteral("意向客户") << CustomerStatus::Prospect;
    QTest::newRow("Lead") << QStringLiteral("Lead") << CustomerStatus::Prospect;
    QTest::newRow("流失") << QStringLiteral("流失") << CustomerStatus::Lost;
    QTest::newRow("已流失") << QStringLiteral("已流失") << CustomerStatus::Lost;
    QTest::newRow("churned") << QStringLiteral("churned") << CustomerStatus::Lost;
    QTest::newRow("Inactive") << QStringLiteral("Inactive") << CustomerStatus::Lost;
}

void TstCustomer::statusWords()
{
    QFETCH(QString, text);
    QFETCH(CustomerStatus, status);
    QCOMPARE(parseCustomerStatus(text), std::optional<CustomerStatus>(status));
}

void TstCustomer::statusRejects_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("empty") << QString();
    QTest::newRow("blank") << QStringLiteral("   ");
    QTest::newRow("unknown word") << QStringLiteral("vip");
    QTest::newRow("a grade, not a status") << QStringLiteral("重要价值客户");
    QTest::newRow("near miss") << QStringLiteral("活跃的");
    QTest::newRow("inner space") << QStringLiteral("act ive");
}

void TstCustomer::statusRejects()
{
    QFETCH(QString, text);
    QVERIFY(!parseCustomerStatus(text).has_value());
}

void TstCustomer::interactionIdsRoundTrip()
{
    const QStringList ids{QStringLiteral("visit"),     QStringLiteral("call"),
                          QStringLiteral("complaint"), QStringLiteral("referral"),
                          QStringLiteral("training"),  QStringLiteral("other")};
    const InteractionKind kinds[] = {InteractionKind::Visit,     InteractionKind::Call,
                                     InteractionKind::Complaint, InteractionKind::Referral,
                                     InteractionKind::Training,  InteractionKind::Other};
    for (int i = 0; i < 6; ++i) {
        QCOMPARE(interactionKindId(kinds[i]), ids.at(i));
        QCOMPARE(parseInteractionKind(ids.at(i)), std::optional<InteractionKind>(kinds[i]));
    }
}

void TstCustomer::interactionWords_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<InteractionKind>("kind");
    QTest::newRow("拜访") << QStringLiteral("拜访") << InteractionKind::Visit;
    QTest::newRow("上门拜访") << QStringLiteral("上门拜访") << InteractionKind::Visit;
    QTest::newRow("走访") << QStringLiteral("走访") << InteractionKind::Visit;
    QTest::newRow("电话") << QStringLiteral("电话") << InteractionKind::Call;
    QTest::newRow("Phone") << QStringLiteral("Phone") << InteractionKind::Call;
    QTest::newRow("投诉") << QStringLiteral("投诉") << InteractionKind::Complaint;
    QTest::newRow("推荐") << QStringLiteral("推荐") << InteractionKind::Referral;
    QTest::newRow("转介绍") << QStringLiteral("转介绍") << InteractionKind::Referral;
    QTest::newRow("培训") << QStringLiteral("培训") << InteractionKind::Training;
    QTest::newRow("其它") << QStringLiteral(" 其它 ") << InteractionKind::Other;
}

void TstCustomer::interactionWords()
{
    QFETCH(QString, text);
    QFETCH(InteractionKind, kind);
    QCOMPARE(parseInteractionKind(text), std::optional<InteractionKind>(kind));
}

void TstCustomer::interactionRejects()
{
    QVERIFY(!parseInteractionKind(QString()).has_value());
    QVERIFY(!parseInteractionKind(QStringLiteral("email")).has_value());
    QVERIFY(!parseInteractionKind(QStringLiteral("拜访了")).has_value());
}

void TstCustomer::displayNames()
{
    // Untranslated (no translator installed) the display names are the English words.
    QCOMPARE(statusDisplayName(CustomerStatus::Active), QStringLiteral("Active"));
    QCOMPARE(statusDisplayName(CustomerStatus::Prospect), QStringLiteral("Prospect"));
    QCOMPARE(statusDisplayName(CustomerStatus::Lost), QStringLiteral("Lost"));
    QCOMPARE(interactionKindDisplayName(InteractionKind::Complaint), QStringLiteral("Complaint"));
    QCOMPARE(interactionKindDisplayName(InteractionKind::Other), QStringLiteral("Other"));
    // Each display name reads back as its status.
    for (CustomerStatus s :
         {CustomerStatus::Active, CustomerStatus::Prospect, CustomerStatus::Lost})
        QCOMPARE(parseCustomerStatus(statusDisplayName(s)), std::optional<CustomerStatus>(s));
}

void TstCustomer::margin()
{
    Transaction t;
    t.amount = 12000;                 // 120.00
    QVERIFY(!t.margin().has_value()); // unknown cost: unknown margin, not the full amount
    t.cost = 9050;
    QCOMPARE(t.margin(), std::optional<Cents>(2950));
    t.cost = 15000; // sold below cost
    QCOMPARE(t.margin(), std::optional<Cents>(-3000));
    t.amount = -12000; // a refund with its cost returned
    t.cost = -9050;
    QCOMPARE(t.margin(), std::optional<Cents>(-2950));
    t.cost = 0;
    QCOMPARE(t.margin(), std::optional<Cents>(-12000));
}

void TstCustomer::equality()
{
    Customer a;
    a.id = 7;
    a.code = QStringLiteral("C007");
    a.name = QStringLiteral("华联超市");
    a.tenureStart = QDate(2020, 5, 1);
    a.attributes.insert(QStringLiteral("rating:service"), QStringLiteral("4"));
    Customer b = a;
    QVERIFY(a == b);
    QVERIFY(!(a != b));
    b.attributes.insert(QStringLiteral("rating:service"), QStringLiteral("5"));
    QVERIFY(a != b);
    b = a;
    b.status = CustomerStatus::Lost;
    QVERIFY(a != b);
    b = a;
    b.code = QStringLiteral("c007"); // codes are case-sensitive keys
    QVERIFY(a != b);
    b = a;
    b.tenureStart = QDate();
    QVERIFY(a != b);

    Transaction t;
    t.amount = 100;
    Transaction u = t;
    QVERIFY(t == u);
    u.cost = 0; // a known zero cost is not an unknown cost
    QVERIFY(!(t == u));
    u = t;
    u.quantity = 0.0;
    QVERIFY(!(t == u));
}

QTEST_GUILESS_MAIN(TstCustomer)
#include "tst_customer.moc"
