#include "classification/abcscheme.h"
#include "classification/classificationschemes.h"

#include <QJsonArray>
#include <QtTest>

using namespace valuedesk;

class TstClassificationSchemes final : public QObject
{
    Q_OBJECT

private slots:
    void everySchemeHasDefaultsThatReadBack()
    {
        QCOMPARE(ClassificationSchemes::ids().size(), 8);
        for (const QString &id : ClassificationSchemes::ids()) {
            auto defaults = ClassificationSchemes::defaultOptions(id);
            QVERIFY2(defaults.ok(), qPrintable(id));
            auto read = ClassificationSchemes::validate(id, *defaults);
            QVERIFY2(
                read.ok(),
                qPrintable(read.ok() ? id : id + QStringLiteral(": ") + read.error().message()));
            // Reading back what was read back changes nothing.
            auto again = ClassificationSchemes::validate(id, *read);
            QVERIFY2(again.ok() && *again == *read, qPrintable(id));
            QVERIFY(ClassificationSchemes::displayName(id) != id);
            // An unknown key is named in the error.
            QJsonObject bad = *defaults;
            bad.insert(QStringLiteral("no_such_key"), 1);
            auto refused = ClassificationSchemes::validate(id, bad);
            QVERIFY2(!refused.ok(), qPrintable(id));
            QVERIFY(refused.error().message().contains(QStringLiteral("no_such_key")));
        }
        QVERIFY(!ClassificationSchemes::defaultOptions(QStringLiteral("nope")).ok());
    }

    void whichNeedAnEvaluation()
    {
        const auto needs = [](const QString &id, const QJsonObject &options) {
            auto r = ClassificationSchemes::needsEvaluation(id, options);
            return r.ok() && *r;
        };
        QVERIFY(!needs(QStringLiteral("abc"), {}));
        QVERIFY(
            needs(QStringLiteral("abc"), {{QStringLiteral("measure"), QStringLiteral("score")}}));
        QVERIFY(needs(QStringLiteral("pyramid"), {}));
        QVERIFY(!needs(QStringLiteral("pyramid"),
                       {{QStringLiteral("value"), QStringLiteral("revenue")}}));
        QVERIFY(needs(QStringLiteral("loyalty-value"), {}));
        QVERIFY(needs(QStringLiteral("kmeans"), {}));
        QVERIFY(!needs(QStringLiteral("kmeans"),
                       {{QStringLiteral("metrics"), QJsonArray{QStringLiteral("revenue")}}}));
        QVERIFY(!needs(QStringLiteral("rfm"), {}));
        QVERIFY(!needs(QStringLiteral("tiers"), {}));
        QVERIFY(!ClassificationSchemes::needsEvaluation(QStringLiteral("nope"), {}).ok());
    }

    void clvMetricsAreNoticed()
    {
        QVERIFY(ClassificationSchemes::usesClvMetrics({{QStringLiteral("metric"), QStringLiteral("p_alive")}}));
        QVERIFY(ClassificationSchemes::usesClvMetrics(
            {{QStringLiteral("metrics"), QJsonArray{QStringLiteral("revenue"), QStringLiteral("clv")}}}));
        QVERIFY(!ClassificationSchemes::usesClvMetrics({{QStringLiteral("metric"), QStringLiteral("revenue")}}));
        QVERIFY(!ClassificationSchemes::usesClvMetrics(
            {{QStringLiteral("applied"), QJsonObject{{QStringLiteral("x"), QStringLiteral("clv")}}}}));
    }

    // The registry gives exactly what the scheme gives for the same options.
    void dispatchesToTheScheme()
    {
        ClassificationInput input;
        input.window = EvaluationWindow{QDate(2024, 12, 31), 12};
        const double revenue[] = {500, 300, 120, 50, 30};
        for (int i = 0; i < 5; ++i) {
            EvaluatedCustomer c;
            c.id = i + 1;
            c.code = QStringLiteral("C%1").arg(i);
            input.customers.append(c);
            MetricInputs in;
            in.revenue = Cents(revenue[i] * 100);
            in.orders = 1;
            input.inputs.append(in);
        }
        AbcOptions direct;
        direct.cutoffs = {60, 90};
        auto expected = AbcScheme::classify(input, direct);
        QVERIFY(expected.ok());
        auto viaRegistry = ClassificationSchemes::classify(
            QStringLiteral("abc"), input, {{QStringLiteral("cutoffs"), QJsonArray{60, 90}}});
        QVERIFY(viaRegistry.ok());
        QCOMPARE(viaRegistry->classOf, expected->classOf);
        QCOMPARE(viaRegistry->classOf, (QVector<int>{0, 0, 1, 2, 2})); // 500+300 crosses 60 %
        auto refused = ClassificationSchemes::classify(
            QStringLiteral("abc"), input, {{QStringLiteral("method"), QStringLiteral("sideways")}});
        QVERIFY(!refused.ok());
        QVERIFY(refused.error().message().contains(QStringLiteral("method")));
    }
};

QTEST_GUILESS_MAIN(TstClassificationSchemes)
#include "tst_classificationschemes.moc"
