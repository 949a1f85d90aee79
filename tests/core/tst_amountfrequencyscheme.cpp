#include "classification/amountfrequencyscheme.h"
#include "schemefixture.h"

#include <QtTest>

using namespace valuedesk;
using namespace valuedesk::test;

namespace {

Spec spec(double revenue, qint64 orders, CustomerStatus status = CustomerStatus::Active)
{
    Spec s;
    s.revenue = revenue;
    s.orders = orders;
    s.status = status;
    return s;
}

} // namespace

class TstAmountFrequencyScheme : public QObject
{
    Q_OBJECT
private slots:
    void quadrantsAtTheMean()
    {
        // Mean revenue (100+100+20+20+60)/5 = 60, mean orders (10+1+10+1+6)/5 = 5.6.
        // The fifth customer sits exactly on the revenue mean: low amount.
        const ClassificationInput input =
            makeInput({spec(100, 10), spec(100, 1), spec(20, 10), spec(20, 1), spec(60, 6),
                       spec(0, 0, CustomerStatus::Prospect)});
        const auto r = AmountFrequencyScheme::classify(input, AmountFrequencyScheme::Options());
        QVERIFY(r.ok());
        QCOMPARE(classIds(*r),
                 ids({"high-value", "one-off", "potential", "lapsing", "potential", ""}));
        const QJsonObject applied = r->options.value(QLatin1String("applied")).toObject();
        QCOMPARE(applied.value(QLatin1String("amount_threshold")).toDouble(), 60.0);
        QCOMPARE(applied.value(QLatin1String("frequency_threshold")).toDouble(), 5.6);
        QCOMPARE(r->measureId, QStringLiteral("revenue"));
        QCOMPARE(r->fields(2, 1), 10.0);
    }

    void medianAndThresholds()
    {
        AmountFrequencyScheme::Options o;
        o.amountSplit.method = AxisSplit::Method::Median;       // median of 10,20,30,40 = 25
        o.frequencySplit.method = AxisSplit::Method::Threshold; // 2: exactly 2 is low
        o.frequencySplit.threshold = 2;
        o.excludeProspects = false;
        const auto r =
            AmountFrequencyScheme::classify(makeInput({spec(10, 3), spec(20, 2), spec(30, 2),
                                                       spec(40, 5, CustomerStatus::Prospect)}),
                                            o);
        QVERIFY(r.ok());
        QCOMPARE(classIds(*r), ids({"potential", "lapsing", "one-off", "high-value"}));
    }

    void emptyOneAndAllEqual()
    {
        const AmountFrequencyScheme::Options o;
        const auto empty = AmountFrequencyScheme::classify(makeInput({}), o);
        QVERIFY(empty.ok());
        QVERIFY(empty->classOf.isEmpty());
        QVERIFY(empty->options.value(QLatin1String("applied"))
                    .toObject()
                    .value(QLatin1String("amount_threshold"))
                    .isNull());
        // One customer equals its own mean: low/low.
        QCOMPARE(classIds(*AmountFrequencyScheme::classify(makeInput({spec(50, 3)}), o)),
                 ids({"lapsing"}));
        QCOMPARE(
            classIds(*AmountFrequencyScheme::classify(makeInput({spec(50, 3), spec(50, 3)}), o)),
            ids({"lapsing", "lapsing"}));
    }

    void json()
    {
        AmountFrequencyScheme::Options o;
        o.amount = MetricId{MetricKind::GrossProfit, {}};
        o.frequencySplit = AxisSplit{AxisSplit::Method::Threshold, 4};
        o.amountSplit.method = AxisSplit::Method::Median;
        const auto back = AmountFrequencyScheme::fromJson(AmountFrequencyScheme::toJson(o));
        QVERIFY(back.ok());
        QCOMPARE(back->amount, o.amount);
        QVERIFY(back->frequencySplit == o.frequencySplit);
        QVERIFY(back->amountSplit == o.amountSplit);
        auto r = AmountFrequencyScheme::fromJson(
            QJsonObject{{QStringLiteral("frequency_split"), QStringLiteral("mode")}});
        QVERIFY(!r.ok());
        QVERIFY(r.error().message().contains(QStringLiteral("frequency_split")));
        r = AmountFrequencyScheme::fromJson(QJsonObject{{QStringLiteral("exclude_prospects"), 1}});
        QVERIFY(r.error().message().contains(QStringLiteral("exclude_prospects")));
    }
};

QTEST_GUILESS_MAIN(TstAmountFrequencyScheme)
#include "tst_amountfrequencyscheme.moc"
