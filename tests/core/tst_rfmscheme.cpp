#include "cdnowmasterfixture.h"
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
    // Real data: the CDNOW master (tests/data/cdnow, 23 570 customers) over all history as of
    // 1998-06-30 with the documented rules (README "RFM"): R = days since the last transaction,
    // F = transactions (rows), M = revenue; quintile score ⌊5 (r − 1) ÷ n⌋ + 1 with r the
    // worst-first rank of the first of the tie group; segments by raw value against the mean.
    // Derivation, re-done independently by tests/data/cdnow/reference/abcrfm.py (stdlib Python):
    //  - F: 11 908 customers bought once and share rank 1 → F = 1; the 4 079 two-order customers
    //    start at rank 11 909, ⌊5·11 908 ÷ 23 570⌋ + 1 = 3, so nobody has F = 2; three orders
    //    start at 15 988 → 4, four at 18 205 → 4, five at 19 646 → 5;
    //  - R and M: the boundaries fall inside tie groups (e.g. 512 days at rank 4 715, US$ 59.92 /
    //    59.93 at rank 14 143), so the groups are 4 735 / 4 712 / 4 702 / 4 720 / 4 701 (R 1…5)
    //    and 4 817 / 4 615 / 4 710 / 4 715 / 4 713 (M 1…5) rather than 4 714 each;
    //  - means: recency 367.2216 days, frequency 2.9554, monetary US$ 106.0804; 8 391 customers
    //    are more recent than the mean, 7 583 above the mean frequency, 5 913 above the mean
    //    monetary; the 2 × 2 × 2 split of those gives the counts below.
    void cdnowMaster()
    {
        const ClassificationInput input = test::readCdnowMaster();
        QCOMPARE(input.customers.size(), 23570);
        auto r = RfmScheme::classify(input, {});
        QVERIFY2(r.ok(), r.ok() ? "" : qPrintable(r.error().toString()));
        int scoreCounts[3][6] = {};
        int high[3] = {};
        double sums[3] = {};
        for (int i = 0; i < 23570; ++i) {
            for (int d = 0; d < 3; ++d) {
                scoreCounts[d][int(field(*r, QStringList{u"r"_s, u"f"_s, u"m"_s}.at(d), i))] += 1;
                sums[d] += field(
                    *r, QStringList{u"recency_days"_s, u"frequency"_s, u"monetary"_s}.at(d), i);
            }
        }
        const int expectedScores[3][6] = {{0, 4735, 4712, 4702, 4720, 4701},
                                          {0, 11908, 0, 4079, 3658, 3925},
                                          {0, 4817, 4615, 4710, 4715, 4713}};
        for (int d = 0; d < 3; ++d)
            for (int k = 1; k <= 5; ++k)
                QCOMPARE(scoreCounts[d][k], expectedScores[d][k]);
        const double meanR = sums[0] / 23570;
        const double meanF = sums[1] / 23570;
        const double meanM = sums[2] / 23570;
        QVERIFY(std::abs(meanR - 367.2216) < 0.00005);
        QVERIFY(std::abs(meanF - 2.9554) < 0.00005);
        QVERIFY(std::abs(meanM - 106.0804) < 0.00005);
        for (int i = 0; i < 23570; ++i) {
            high[0] += field(*r, u"recency_days"_s, i) < meanR ? 1 : 0;
            high[1] += field(*r, u"frequency"_s, i) > meanF ? 1 : 0;
            high[2] += field(*r, u"monetary"_s, i) > meanM ? 1 : 0;
        }
        QCOMPARE(high[0], 8391);
        QCOMPARE(high[1], 7583);
        QCOMPARE(high[2], 5913);

        const QHash<QString, int> counts = test::classCounts(*r);
        QCOMPARE(counts.value(u"important-value"_s), 4617);
        QCOMPARE(counts.value(u"important-development"_s), 268);
        QCOMPARE(counts.value(u"important-retention"_s), 449);
        QCOMPARE(counts.value(u"important-winback"_s), 579);
        QCOMPARE(counts.value(u"general-value"_s), 1974);
        QCOMPARE(counts.value(u"general-development"_s), 1532);
        QCOMPARE(counts.value(u"general-retention"_s), 543);
        QCOMPARE(counts.value(u"general-winback"_s), 13608);

        // compare = scores: the 1–5 scores against their means (R 2.9975, F 2.4778, M 2.9954).
        RfmOptions byScores;
        byScores.compare = RfmCompare::Scores;
        auto s = RfmScheme::classify(input, byScores);
        QVERIFY(s.ok());
        const QHash<QString, int> scored = test::classCounts(*s);
        QCOMPARE(scored.value(u"important-value"_s), 9932);
        QCOMPARE(scored.value(u"important-development"_s), 937);
        QCOMPARE(scored.value(u"important-retention"_s), 689);
        QCOMPARE(scored.value(u"important-winback"_s), 2580);
        QCOMPARE(scored.value(u"general-value"_s), 852);
        QCOMPARE(scored.value(u"general-development"_s), 2402);
        QCOMPARE(scored.value(u"general-retention"_s), 189);
        QCOMPARE(scored.value(u"general-winback"_s), 5989);
    }

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
