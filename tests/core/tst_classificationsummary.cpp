#include "classification/classificationsummary.h"

#include <QtTest>

#include <cmath>
#include <limits>

using namespace valuedesk;
using namespace Qt::StringLiterals;

namespace {

ClassificationResult result(const QStringList &ids, QVector<int> classOf, QVector<double> measure)
{
    ClassificationResult r;
    for (const QString &id : ids)
        r.classes.append({id, id.toLower()});
    r.classOf = std::move(classOf);
    r.measureId = QStringLiteral("revenue");
    r.measure = std::move(measure);
    return r;
}

} // namespace

class TstClassificationSummary : public QObject
{
    Q_OBJECT
private slots:
    void perClass()
    {
        const double kNaN = std::numeric_limits<double>::quiet_NaN();
        const auto s = ClassificationSummary::of(
            result({u"A"_s, u"B"_s, u"C"_s}, {0, 1, 0, 2, -1}, {60, 30, 20, kNaN, 5}));
        QCOMPARE(s.customers, 5);
        QCOMPARE(s.unclassified, 1);
        QCOMPARE(s.measureTotal, 110.0);
        QCOMPARE(s.classes.size(), 3);
        QCOMPARE(s.classes.at(0).customers, 2);
        QCOMPARE(s.classes.at(0).customerShare, 0.4);
        QCOMPARE(s.classes.at(0).measureTotal, 80.0);
        QCOMPARE(s.classes.at(0).measureShare, 80.0 / 110.0);
        QCOMPARE(s.classes.at(2).customers, 1);
        QCOMPARE(s.classes.at(2).measureTotal, 0.0);
        QCOMPARE(s.classes.at(1).definition.name, QStringLiteral("b"));

        const auto none = ClassificationSummary::of(result({u"A"_s}, {0}, {0}));
        QVERIFY(std::isnan(none.classes.at(0).measureShare));
        const auto empty = ClassificationSummary::of(result({u"A"_s}, {}, {}));
        QCOMPARE(empty.classes.at(0).customerShare, 0.0);
    }

    void crossTab()
    {
        const auto abc = result({u"A"_s, u"B"_s, u"C"_s}, {0, 0, 1, 2, 2}, {});
        const auto rfm = result({u"x"_s, u"y"_s}, {1, 0, 1, 1, -1}, {});
        auto t = ClassificationCrossTab::of(abc, rfm, {10, 20, 30, 40, 50});
        QVERIFY(t.ok());
        QCOMPARE(t->rows.size(), 3);
        QCOMPARE(t->columns.size(), 2);
        QCOMPARE(t->counts.at(0), (QVector<int>{1, 1}));
        QCOMPARE(t->counts.at(1), (QVector<int>{0, 1}));
        QCOMPARE(t->counts.at(2), (QVector<int>{0, 1})); // the unclassified one is left out
        QCOMPARE(t->revenue.at(0), (QVector<double>{20, 10}));
        QCOMPARE(t->revenue.at(2), (QVector<double>{0, 40}));
        QVERIFY(!ClassificationCrossTab::of(abc, rfm, {1, 2}).ok());
    }
};

QTEST_GUILESS_MAIN(TstClassificationSummary)
#include "tst_classificationsummary.moc"
