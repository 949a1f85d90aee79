#include "classification/rfmscheme.h"

#include <QtTest>

#include <cmath>
#include <limits>

using namespace valuedesk;
using namespace Qt::StringLiterals;

namespace {

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

QString segmentOf(const ClassificationResult &r, int customer)
{
    const int k = r.classOf.at(customer);
    return k < 0 ? QString() : r.classes.at(k).id;
}

double field(const ClassificationResult &r, const QString &id, int customer)
{
    return r.fields(customer, r.fieldIds.indexOf(id));
}

} // namespace

class TstRfmScheme : public QObject
{
    Q_OBJECT
private slots:
    // ⌊5 (r − 1) ÷ n⌋ + 1 with r the rank (worst first) of the first of the tie group.
    void quintilesDistinct()
    {
        QCOMPARE(RfmScheme::quintileScores({3, 1, 2, 4, 5, 6, 7, 8, 9, 10}, true),
                 (QVector<int>{2, 1, 1, 2, 3, 3, 4, 4, 5, 5}));
        QCOMPARE(RfmScheme::quintileScores({7}, true), (QVector<int>{1}));
        QVERIFY(RfmScheme::quintileScores({}, true).isEmpty());
    }

    void quintilesKeepTiesTogether()
    {
        // Three 1s share rank 1 → 1; 2 has rank 4 → ⌊15/10⌋+1 = 2; 3 rank 5 → 3; 4 rank 6 →
        // 3; 5 rank 7 → 4; 6 rank 8 → 4; 7 rank 9 → 5; 8 rank 10 → 5.
        QCOMPARE(RfmScheme::quintileScores({1, 1, 1, 2, 3, 4, 5, 6, 7, 8}, true),
                 (QVector<int>{1, 1, 1, 2, 3, 3, 4, 4, 5, 5}));
        // A tie at the top starts at rank 8: all three get ⌊35/10⌋+1 = 4 and nobody gets 5.
        QCOMPARE(RfmScheme::quintileScores({1, 2, 3, 4, 5, 6, 7, 9, 9, 9}, true),
                 (QVector<int>{1, 1, 2, 2, 3, 3, 4, 4, 4, 4}));
        // All equal: everybody 1.
        QCOMPARE(RfmScheme::quintileScores({4, 4, 4}, true), (QVector<int>{1, 1, 1}));
    }

    // Recency: fewer days is better; never bought (NaN) is worst.
    void quintilesRecency()
    {
        QCOMPARE(RfmScheme::quintileScores({kNaN, 100, 10, 50, 5}, false),
                 (QVector<int>{1, 2, 4, 3, 5}));
        QCOMPARE(RfmScheme::quintileScores({kNaN, kNaN, 3}, false), (QVector<int>{1, 1, 4}));
    }

    void thresholds()
    {
        QCOMPARE(RfmScheme::thresholdScores({1, 2, 5, 8, 9, 7}, {2, 4, 6, 8}, true),
                 (QVector<int>{1, 2, 3, 5, 5, 4}));
        QCOMPARE(
            RfmScheme::thresholdScores({10, 30, 31, 90, 100, 181, kNaN}, {30, 60, 90, 180}, false),
            (QVector<int>{5, 5, 4, 3, 2, 1, 1}));

        RfmOptions o;
        o.frequencyThresholds = {2, 4, 6, 8};
        auto r = RfmScheme::classifyValues({1, 2}, {1, 9}, {5, 6}, o);
        QVERIFY(r.ok());
        QCOMPARE(field(*r, u"f"_s, 0), 1.0);
        QCOMPARE(field(*r, u"f"_s, 1), 5.0);
        QCOMPARE(field(*r, u"r"_s, 0), 3.0); // recency by quintiles: 1 day is rank 2 of 2 → ⌊5/2⌋+1
        o.monetaryThresholds = {1, 2, 3};
        QVERIFY(!RfmScheme::classifyValues({1, 2}, {1, 9}, {5, 6}, o).ok());
        o.monetaryThresholds = {1, 3, 2, 4};
        QVERIFY(!RfmScheme::classifyValues({1, 2}, {1, 9}, {5, 6}, o).ok());
    }

    // Eight customers, one per combination; means 50 days, 5 orders, 50.
    void eightSegments()
    {
        const QVector<double> days{10, 10, 90, 90, 10, 10, 90, 90};
        const QVector<double> orders{9, 1, 9, 1, 9, 1, 9, 1};
        const QVector<double> money{90, 90, 90, 90, 10, 10, 10, 10};
        auto r = RfmScheme::classifyValues(days, orders, money, {});
        QVERIFY(r.ok());
        QCOMPARE(r->scheme, QStringLiteral("rfm"));
        const QStringList expected{u"important-value"_s,     u"important-development"_s,
                                   u"important-retention"_s, u"important-winback"_s,
                                   u"general-value"_s,       u"general-development"_s,
                                   u"general-retention"_s,   u"general-winback"_s};
        QCOMPARE(RfmScheme::segmentIds(), expected);
        for (int i = 0; i < 8; ++i)
            QCOMPARE(segmentOf(*r, i), expected.at(i));
        QCOMPARE(r->classes.size(), 8);
        QCOMPARE(r->classes.at(3).id, QStringLiteral("important-winback"));
    }

    // A value equal to the mean counts as low; so does a customer who never bought.
    void equalToMeanIsLow()
    {
        // Recency mean over buyers (10 + 30 + 20) / 3 = 20; orders mean 2; money mean 150.
        auto r =
            RfmScheme::classifyValues({10, 30, kNaN, 20}, {4, 2, 0, 2}, {100, 300, 0, 200}, {});
        QVERIFY(r.ok());
        QCOMPARE(segmentOf(*r, 0), QStringLiteral("general-value"));     // R↑ F↑ M↓
        QCOMPARE(segmentOf(*r, 1), QStringLiteral("important-winback")); // R↓ F= M↑
        QCOMPARE(segmentOf(*r, 2), QStringLiteral("general-winback"));   // never bought
        QCOMPARE(segmentOf(*r, 3), QStringLiteral("important-winback")); // R= F= M↑
        // Decimal means that do not add up exactly in binary: 0.2 is the mean of 0.1, 0.2, 0.3.
        auto decimals = RfmScheme::classifyValues({1, 1, 1}, {1, 1, 1}, {0.1, 0.2, 0.3}, {});
        QCOMPARE(segmentOf(*decimals, 1), QStringLiteral("general-winback"));
        QCOMPARE(segmentOf(*decimals, 2), QStringLiteral("important-winback"));
    }

    void noPurchase()
    {
        auto r = RfmScheme::classifyValues({kNaN, 5, 40}, {0, 3, 1}, {0, 300, 20}, {});
        QVERIFY(r.ok());
        QVERIFY(std::isnan(field(*r, u"recency_days"_s, 0)));
        QCOMPARE(field(*r, u"r"_s, 0), 1.0);
        QCOMPARE(r->textFields.at(0), QStringList{QStringLiteral("111")});
        QCOMPARE(segmentOf(*r, 0), QStringLiteral("general-winback"));
        // Ranks worst first: r 1, 2, 3 of 3 → ⌊0⌋+1, ⌊5/3⌋+1, ⌊10/3⌋+1 = 1, 2, 4.
        QCOMPARE(r->textFields.at(1), QStringList{QStringLiteral("444")});
        QCOMPARE(field(*r, u"total"_s, 1), 12.0);
        QCOMPARE(r->textFields.at(2), QStringList{QStringLiteral("222")});
        QCOMPARE(segmentOf(*r, 1), QStringLiteral("important-value"));
    }

    // Raw: 4 is below the mean 22 of 1, 2, 3, 4, 100; scores 1 … 5: m = 4 is above the mean 3.
    void compareScores()
    {
        const QVector<double> days{5, 4, 3, 2, 1};
        const QVector<double> orders{1, 1, 1, 1, 1};
        const QVector<double> money{1, 2, 3, 4, 100};
        auto raw = RfmScheme::classifyValues(days, orders, money, {});
        QCOMPARE(segmentOf(*raw, 3), QStringLiteral("general-development")); // 2 days < 3
        RfmOptions o;
        o.compare = RfmCompare::Scores;
        auto scores = RfmScheme::classifyValues(days, orders, money, o);
        QCOMPARE(segmentOf(*scores, 3), QStringLiteral("important-development"));
        QCOMPARE(scores->options.value(u"compare"_s).toString(), QStringLiteral("scores"));
    }

    void editedNames()
    {
        RfmOptions o;
        o.segmentNames =
            QStringList{u"a"_s, u"b"_s, u"c"_s, u"d"_s, u"e"_s, u"f"_s, u"g"_s, u"h"_s};
        auto r = RfmScheme::classifyValues({1}, {1}, {1}, o);
        QVERIFY(r.ok());
        QCOMPARE(r->classes.at(7).name, QStringLiteral("h"));
        QCOMPARE(r->classes.at(7).id, QStringLiteral("general-winback"));
        o.segmentNames.removeLast();
        QVERIFY(!RfmScheme::classifyValues({1}, {1}, {1}, o).ok());
    }

    void fromInputs()
    {
        ClassificationInput input;
        input.window = EvaluationWindow{QDate(2024, 12, 31), 12};
        const QDate last[] = {QDate(2024, 12, 21), QDate(), QDate(2023, 12, 31)};
        for (int i = 0; i < 3; ++i) {
            EvaluatedCustomer c;
            c.code = QStringLiteral("C%1").arg(i);
            input.customers << c;
            MetricInputs in;
            in.lastEver = last[i];
            in.orders = i == 0 ? 4 : 0;
            in.revenue = i == 0 ? 50000 : 0;
            in.costedRevenue = in.revenue;
            in.cost = in.revenue / 5;
            input.inputs << in;
        }
        RfmOptions o;
        o.monetary = RfmMonetary::Margin;
        auto r = RfmScheme::classify(input, o);
        QVERIFY2(r.ok(), r.ok() ? "" : qPrintable(r.error().toString()));
        QCOMPARE(r->fieldIds, (QStringList{u"recency_days"_s, u"frequency"_s, u"monetary"_s, u"r"_s,
                                           u"f"_s, u"m"_s, u"total"_s}));
        QCOMPARE(r->textFieldIds, QStringList{u"code"_s});
        QCOMPARE(field(*r, u"recency_days"_s, 0), 10.0);
        QCOMPARE(field(*r, u"recency_days"_s, 2), 366.0);
        QVERIFY(std::isnan(field(*r, u"recency_days"_s, 1)));
        QCOMPARE(field(*r, u"frequency"_s, 0), 4.0);
        QCOMPARE(field(*r, u"monetary"_s, 0), 400.0);
        QCOMPARE(r->measureId, QStringLiteral("gross_profit"));
        QCOMPARE(segmentOf(*r, 0), QStringLiteral("important-value"));
        QCOMPARE(segmentOf(*r, 2), QStringLiteral("general-winback"));
    }
};

QTEST_GUILESS_MAIN(TstRfmScheme)
#include "tst_rfmscheme.moc"
