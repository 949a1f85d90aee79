#include "classification/pyramidscheme.h"
#include "schemefixture.h"

#include <QJsonArray>
#include <QtTest>

using namespace valuedesk;
using namespace valuedesk::test;

namespace {

ClassificationInput byRevenue(const QVector<double> &revenues)
{
    QVector<Spec> specs;
    for (double r : revenues) {
        Spec s;
        s.revenue = r;
        s.orders = 1;
        specs.append(s);
    }
    return makeInput(specs);
}

PyramidScheme::Options revenueValue()
{
    PyramidScheme::Options o;
    o.value = MetricId{MetricKind::Revenue, {}};
    return o;
}

} // namespace

class TstPyramidScheme : public QObject
{
    Q_OBJECT
private slots:
    void hundredCustomersSplitOneFourFifteenEighty()
    {
        QVector<double> revenues;
        for (int i = 0; i < 100; ++i)
            revenues.append(1000 - i); // distinct, customer 0 best
        const auto r = PyramidScheme::classify(byRevenue(revenues), revenueValue());
        QVERIFY(r.ok());
        QVector<int> counts(5, 0);
        for (int c : r->classOf)
            ++counts[c];
        QCOMPARE(counts, (QVector<int>{1, 4, 15, 80, 0}));
        // Boundaries: rank 1 top, rank 2 (exactly 1 % above) important, rank 5 important,
        // rank 6 (5 % above) ordinary, rank 20 ordinary, rank 21 (20 % above) small.
        const QStringList got = classIds(*r);
        QCOMPARE(got.at(0), QStringLiteral("top"));
        QCOMPARE(got.at(1), QStringLiteral("important"));
        QCOMPARE(got.at(4), QStringLiteral("important"));
        QCOMPARE(got.at(5), QStringLiteral("ordinary"));
        QCOMPARE(got.at(19), QStringLiteral("ordinary"));
        QCOMPARE(got.at(20), QStringLiteral("small"));
        QCOMPARE(r->fields(20, 1), 21.0);
        QCOMPARE(r->fields(20, 2), 0.2);
    }

    void tiesShareAClassAndProspectsArePotential()
    {
        // Ten ranked customers (shares 10 %, 20 %, 30 %): limits 1, 3, 6 customers above.
        PyramidScheme::Options o = revenueValue();
        o.shares = {{0.1, 0.2, 0.3}};
        QVector<double> revenues{90, 90, 80, 70, 60, 60, 60, 50, 40, 30, 0, 100};
        ClassificationInput input = byRevenue(revenues);
        input.customers[11].status = CustomerStatus::Prospect; // a prospect with revenue
        const auto r = PyramidScheme::classify(input, o);
        QVERIFY(r.ok());
        // Two tied at the top: both top (0 above). 80: 2 above → important; 70: 3 above →
        // ordinary; 60 ×3: 4 above → ordinary; 50: 7 above → small; 0 revenue → potential.
        QCOMPARE(classIds(*r),
                 ids({"top", "top", "important", "ordinary", "ordinary", "ordinary", "ordinary",
                      "small", "small", "small", "potential", "potential"}));
        o.noRevenueIsPotential = false;
        const auto kept = PyramidScheme::classify(input, o);
        QCOMPARE(classIds(*kept).at(10), QStringLiteral("small"));
    }

    void scoreNeedsEvaluationAndUsesTotals()
    {
        ClassificationInput input = byRevenue({10, 20, 30});
        QVERIFY(!PyramidScheme::classify(input, PyramidScheme::Options()).ok());
        const EvaluationResult e = totalsOnly({3, 2, 1});
        input.evaluation = &e;
        const auto r = PyramidScheme::classify(input, PyramidScheme::Options());
        QVERIFY(r.ok());
        // Limits 0.03, 0.15, 0.6 customers above: the second (1 above) is already small.
        QCOMPARE(classIds(*r), ids({"top", "small", "small"}));
    }

    void emptyOneAndAllEqual()
    {
        QVERIFY(PyramidScheme::classify(byRevenue({}), revenueValue())->classOf.isEmpty());
        QCOMPARE(classIds(*PyramidScheme::classify(byRevenue({5}), revenueValue())), ids({"top"}));
        QCOMPARE(classIds(*PyramidScheme::classify(byRevenue({5, 5, 5}), revenueValue())),
                 ids({"top", "top", "top"}));
    }

    void jsonAndBadShares()
    {
        PyramidScheme::Options o = revenueValue();
        o.shares = {{0.02, 0.08, 0.2}};
        const auto back = PyramidScheme::fromJson(PyramidScheme::toJson(o));
        QVERIFY(back.ok());
        QCOMPARE(PyramidScheme::toJson(*back), PyramidScheme::toJson(o));
        auto r = PyramidScheme::fromJson(QJsonObject{{QStringLiteral("shares"), 0.1}});
        QVERIFY(r.error().message().contains(QStringLiteral("\"shares\"")));
        r = PyramidScheme::fromJson(
            QJsonObject{{QStringLiteral("shares"), QJsonArray{0.1, -0.1, 0.1}}});
        QVERIFY(r.error().message().contains(QStringLiteral("shares[1]")));
        o.shares = {{0.5, 0.4, 0.2}};
        QVERIFY(!PyramidScheme::classify(byRevenue({1}), o).ok());
    }
};

QTEST_GUILESS_MAIN(TstPyramidScheme)
#include "tst_pyramidscheme.moc"
