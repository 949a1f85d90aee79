#include "classification/costcontributionscheme.h"
#include "schemefixture.h"

#include <QtTest>

using namespace valuedesk;
using namespace valuedesk::test;

namespace {

Spec spec(double revenue, double cost, double marketing, qint64 orders = 2)
{
    Spec s;
    s.revenue = revenue;
    s.cost = cost;
    s.orders = orders;
    if (!std::isnan(marketing))
        s.attributes.insert(QStringLiteral("marketing_cost"), marketing);
    return s;
}

// Firm margin Σ profit ÷ Σ revenue = (400 + 200 + 100 + 100) ÷ 4000 = 0.2.
ClassificationInput firm()
{
    Spec prospect;
    prospect.status = CustomerStatus::Prospect;
    prospect.attributes.insert(QStringLiteral("marketing_cost"), 100);
    Spec noCostField;
    noCostField.revenue = 500; // no transaction cost: outside the margin, profit 0
    noCostField.orders = 1;
    return makeInput({spec(1000, 600, 1000), // ratio 0.4 = 2 × 0.2: exactly gold
                      spec(1000, 800, 1000), // 0.2 = 1 ×: exactly silver
                      spec(1000, 900, 1000), // 0.1 = 0.5 ×: exactly ordinary
                      spec(1000, 900, 2000), // 0.05 = 0.25 ×: eliminate
                      prospect, noCostField});
}

} // namespace

class TstCostContributionScheme : public QObject
{
    Q_OBJECT
private slots:
    void costFieldAgainstTheAverageMargin()
    {
        const ClassificationInput input = firm();
        QCOMPARE(CostContributionScheme::averageMargin(input), 0.2);
        const auto r = CostContributionScheme::classify(input, CostContributionScheme::Options());
        QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error().toString()));
        QCOMPARE(classIds(*r), ids({"gold", "silver", "ordinary", "eliminate", "", ""}));
        QCOMPARE(r->fieldIds, ids({"profit", "cost", "ratio", "ratio_to_average"}));
        QCOMPARE(r->fields(0, 0), 400.0);
        QCOMPARE(r->fields(0, 1), 1000.0);
        QCOMPARE(r->fields(3, 2), 0.05);
        QCOMPARE(r->fields(3, 3), 0.25);
        QVERIFY(std::isnan(r->fields(5, 1)));
        QCOMPARE(r->options.value(QLatin1String("applied"))
                     .toObject()
                     .value(QLatin1String("average_margin"))
                     .toDouble(),
                 0.2);
    }

    void allocationRules()
    {
        const ClassificationInput input = firm();
        CostContributionScheme::Options o;
        o.costRule = CostContributionScheme::CostRule::PerCustomer;
        o.costRate = 500; // ratios 0.8, 0.4, 0.2, 0.2 → 4, 2, 1, 1 × 0.2
        auto r = CostContributionScheme::classify(input, o);
        QCOMPARE(classIds(*r), ids({"gold", "gold", "silver", "silver", "", "eliminate"}));
        o.costRule = CostContributionScheme::CostRule::RevenueShare;
        o.costRate = 0.5; // cost 500 each as well; the last: profit 0 / 250 → eliminate
        r = CostContributionScheme::classify(input, o);
        QCOMPARE(classIds(*r), ids({"gold", "gold", "silver", "silver", "", "eliminate"}));
        o.costRule = CostContributionScheme::CostRule::PerOrder;
        o.costRate = 1000; // 2 orders → cost 2000: 0.2, 0.1, 0.05, 0.05 → 1, 0.5, 0.25, 0.25
        r = CostContributionScheme::classify(input, o);
        QCOMPARE(classIds(*r),
                 ids({"silver", "ordinary", "eliminate", "eliminate", "", "eliminate"}));
        o.costRate = 0; // no allocated cost: no ratio
        r = CostContributionScheme::classify(input, o);
        QCOMPARE(classIds(*r), ids({"", "", "", "", "", ""}));
    }

    void givenMarginAndMultiples()
    {
        CostContributionScheme::Options o;
        o.averageMargin = 0.4; // ratios 0.4, 0.2, 0.1, 0.05 → 1, 0.5, 0.25, 0.125
        o.goldMultiple = 1;
        o.silverMultiple = 0.5;
        o.ordinaryMultiple = 0.125;
        const auto r = CostContributionScheme::classify(firm(), o);
        QCOMPARE(classIds(*r), ids({"gold", "silver", "ordinary", "ordinary", "", ""}));
        o.silverMultiple = 2;
        QVERIFY(!CostContributionScheme::classify(firm(), o).ok());
    }

    void lossMakersAndNoPositiveMargin()
    {
        // The firm as a whole loses money: nothing to compare with.
        const ClassificationInput losing = makeInput({spec(100, 150, 10), spec(100, 90, 10)});
        const auto r = CostContributionScheme::classify(losing, CostContributionScheme::Options());
        QVERIFY(!r.ok());
        CostContributionScheme::Options o;
        o.averageMargin = 0.1;
        QCOMPARE(classIds(*CostContributionScheme::classify(losing, o)),
                 ids({"eliminate", "gold"})); // -5 and +1 per unit of cost (10 × 0.1)
    }

    void emptyOneAndAllEqual()
    {
        const CostContributionScheme::Options o;
        QVERIFY(CostContributionScheme::classify(makeInput({}), o)->classOf.isEmpty());
        // One customer: its margin is the firm's; profit 200 / cost 1000 = 0.2 = 1 × margin.
        QCOMPARE(classIds(*CostContributionScheme::classify(makeInput({spec(1000, 800, 1000)}), o)),
                 ids({"silver"}));
        QCOMPARE(classIds(*CostContributionScheme::classify(
                     makeInput({spec(1000, 800, 1000), spec(1000, 800, 1000)}), o)),
                 ids({"silver", "silver"}));
    }

    void json()
    {
        CostContributionScheme::Options o;
        o.costRule = CostContributionScheme::CostRule::PerOrder;
        o.costRate = 12.5;
        o.averageMargin = 0.15;
        const QJsonObject json = CostContributionScheme::toJson(o);
        QCOMPARE(json.value(QLatin1String("cost")).toString(), QStringLiteral("per-order"));
        const auto back = CostContributionScheme::fromJson(json);
        QVERIFY(back.ok());
        QCOMPARE(CostContributionScheme::toJson(*back), json);
        const QJsonObject defaults = CostContributionScheme::toJson({});
        QCOMPARE(defaults.value(QLatin1String("cost")).toString(),
                 QStringLiteral("attribute:marketing_cost"));
        QVERIFY(defaults.value(QLatin1String("average_margin")).isNull());
        QVERIFY(!CostContributionScheme::fromJson(defaults)->averageMargin.has_value());
        auto bad = CostContributionScheme::fromJson(
            QJsonObject{{QStringLiteral("gold_multiple"), QStringLiteral("two")}});
        QVERIFY(bad.error().message().contains(QStringLiteral("gold_multiple")));
        bad = CostContributionScheme::fromJson(
            QJsonObject{{QStringLiteral("cost"), QStringLiteral("per-visit")}});
        QVERIFY(bad.error().message().contains(QStringLiteral("\"cost\"")));
        bad = CostContributionScheme::fromJson(QJsonObject{{QStringLiteral("average_margin"), 0}});
        QVERIFY(bad.error().message().contains(QStringLiteral("average_margin")));
    }
};

QTEST_GUILESS_MAIN(TstCostContributionScheme)
#include "tst_costcontributionscheme.moc"
