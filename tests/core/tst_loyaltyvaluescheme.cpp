#include "classification/loyaltyvaluescheme.h"
#include "schemefixture.h"

#include <QtTest>

using namespace valuedesk;
using namespace valuedesk::test;

namespace {

Spec spec(double loyalty, qint64 orders = 3, CustomerStatus status = CustomerStatus::Active)
{
    Spec s;
    s.revenue = 100;
    s.orders = orders;
    s.loyalty = loyalty;
    s.status = status;
    return s;
}

} // namespace

class TstLoyaltyValueScheme : public QObject
{
    Q_OBJECT
private slots:
    void gridWithInactiveAndProspects()
    {
        // Active customers 0–4: scores 2, 2, -1, -1, 0 (mean 0.4), loyalty 5, 1, 5, 1, 3
        // (mean 3: customer 4 sits exactly on it, low). 5: no order in the window → E;
        // 6: lost → E; 7: prospect → F (even with orders); 8: no loyalty survey → unclassified.
        ClassificationInput input =
            makeInput({spec(5), spec(1), spec(5), spec(1), spec(3), spec(5, 0),
                       spec(5, 4, CustomerStatus::Lost), spec(5, 2, CustomerStatus::Prospect),
                       spec(std::nan(""))});
        const EvaluationResult e = totalsOnly({2, 2, -1, -1, 0, 9, 9, 9, 9});
        input.evaluation = &e;
        const auto r = LoyaltyValueScheme::classify(input, LoyaltyValueScheme::Options());
        QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error().toString()));
        QCOMPARE(r->classes.size(), 6);
        QCOMPARE(classIds(*r), ids({"A", "B", "C", "D", "D", "E", "E", "F", ""}));
        const QJsonObject applied = r->options.value(QLatin1String("applied")).toObject();
        QCOMPARE(applied.value(QLatin1String("value_threshold")).toDouble(), 0.4);
        QCOMPARE(applied.value(QLatin1String("loyalty_threshold")).toDouble(), 3.0);
        QCOMPARE(r->fields(0, 0), 2.0);
        QCOMPARE(r->fields(1, 1), 1.0);
        QCOMPARE(r->measure.at(0), 100.0);
    }

    void lostCanStayActiveAndValueByMetric()
    {
        LoyaltyValueScheme::Options o;
        o.value = MetricId{MetricKind::Revenue, {}};
        o.loyaltySplit = AxisSplit{AxisSplit::Method::Threshold, 3};
        o.valueSplit.method = AxisSplit::Method::Median;
        o.lostIsInactive = false;
        QVector<Spec> specs{spec(4), spec(3), spec(4, 3, CustomerStatus::Lost)};
        specs[0].revenue = 10;
        specs[1].revenue = 20;
        specs[2].revenue = 30; // median 20: customer 1 exactly on it, low
        const auto r = LoyaltyValueScheme::classify(makeInput(specs), o);
        QVERIFY(r.ok());
        QCOMPARE(classIds(*r), ids({"C", "D", "A"}));
    }

    void needsAnEvaluationForScores()
    {
        const auto r =
            LoyaltyValueScheme::classify(makeInput({spec(3)}), LoyaltyValueScheme::Options());
        QVERIFY(!r.ok());
        QVERIFY(r.error().message().contains(QStringLiteral("\"value\"")));
    }

    void emptyOneAndAllEqual()
    {
        ClassificationInput empty = makeInput({});
        const EvaluationResult none = totalsOnly({});
        empty.evaluation = &none;
        const auto r0 = LoyaltyValueScheme::classify(empty, LoyaltyValueScheme::Options());
        QVERIFY(r0.ok());
        QVERIFY(r0->classOf.isEmpty());

        ClassificationInput one = makeInput({spec(4)});
        const EvaluationResult e1 = totalsOnly({1});
        one.evaluation = &e1;
        QCOMPARE(classIds(*LoyaltyValueScheme::classify(one, LoyaltyValueScheme::Options())),
                 ids({"D"}));

        ClassificationInput same = makeInput({spec(4), spec(4), spec(4)});
        const EvaluationResult e3 = totalsOnly({1, 1, 1});
        same.evaluation = &e3;
        QCOMPARE(classIds(*LoyaltyValueScheme::classify(same, LoyaltyValueScheme::Options())),
                 ids({"D", "D", "D"}));
    }

    void json()
    {
        LoyaltyValueScheme::Options o;
        o.loyalty = MetricId{MetricKind::TenureDays, {}};
        o.value = MetricId{MetricKind::GrossProfit, {}};
        o.valueSplit = AxisSplit{AxisSplit::Method::Threshold, 1000};
        const QJsonObject json = LoyaltyValueScheme::toJson(o);
        const auto back = LoyaltyValueScheme::fromJson(json);
        QVERIFY(back.ok());
        QCOMPARE(LoyaltyValueScheme::toJson(*back), json);
        QCOMPARE(LoyaltyValueScheme::toJson(LoyaltyValueScheme::Options())
                     .value(QLatin1String("value"))
                     .toString(),
                 QStringLiteral("score"));
        const auto bad = LoyaltyValueScheme::fromJson(
            QJsonObject{{QStringLiteral("loyalty"), QStringLiteral("attribute:")}});
        QVERIFY(!bad.ok());
        QVERIFY(bad.error().message().contains(QStringLiteral("\"loyalty\"")));
        // Stored options carry "applied" figures; they are accepted and ignored.
        QJsonObject stored = json;
        stored.insert(QStringLiteral("applied"), QJsonObject{});
        QVERIFY(LoyaltyValueScheme::fromJson(stored).ok());
    }
};

QTEST_GUILESS_MAIN(TstLoyaltyValueScheme)
#include "tst_loyaltyvaluescheme.moc"
