#include "classification/tierscheme.h"
#include "schemefixture.h"

#include <QJsonArray>
#include <QtTest>

using namespace valuedesk;
using namespace valuedesk::test;

class TstTierScheme : public QObject
{
    Q_OBJECT
private slots:
    void bankDepositsWithInclusiveLowerBounds()
    {
        Spec below, quality, exactKey, key, exactVip, vip, none;
        below.balance = 99999.99;
        quality.balance = 100000; // exactly on the first bound: quality
        exactKey.balance = 200000;
        key.balance = 299999.99;
        exactVip.balance = 300000;
        vip.balance = 5e6;
        const ClassificationInput input =
            makeInput({below, quality, exactKey, key, exactVip, vip, none});
        const auto r = TierScheme::classify(input, TierScheme::Options());
        QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error().toString()));
        QCOMPARE(r->scheme, QStringLiteral("tiers"));
        QCOMPARE(r->classes.size(), 3);
        QCOMPARE(r->classes.at(0).id, QStringLiteral("vip")); // highest tier first
        QCOMPARE(r->classes.at(2).id, QStringLiteral("quality"));
        QCOMPARE(classIds(*r), ids({"", "quality", "key", "key", "vip", "vip", ""}));
        QCOMPARE(r->measureId, QStringLiteral("balance_latest"));
        QCOMPARE(r->measure.at(1), 100000.0);
        QVERIFY(std::isnan(r->fields(6, 0)));
    }

    void namedBaseTierAndCustomMetric()
    {
        TierScheme::Options o;
        o.metric = MetricId{MetricKind::Revenue, {}};
        o.tiers = {{QStringLiteral("silver"), QStringLiteral("Silver"), 10},
                   {{}, {}, 20},
                   {QStringLiteral("gold"), {}, 30},
                   {QStringLiteral("platinum"), {}, 40}};
        o.base = TierScheme::Tier{QStringLiteral("base"), {}, 0};
        QVector<Spec> specs(6);
        const double revenues[] = {-5, 9.99, 10, 25, 30, 40};
        for (int i = 0; i < 6; ++i)
            specs[i].revenue = revenues[i];
        const auto r = TierScheme::classify(makeInput(specs), o);
        QVERIFY(r.ok());
        QCOMPARE(r->classes.size(), 5);
        QCOMPARE(r->classes.at(2).id, QStringLiteral("tier-2")); // generated id
        QCOMPARE(r->classes.at(3).name, QStringLiteral("Silver"));
        QCOMPARE(r->classes.at(4).name, TierScheme::defaultName(QStringLiteral("base")));
        QCOMPARE(classIds(*r), ids({"base", "base", "silver", "tier-2", "gold", "platinum"}));
    }

    void emptyOneAndAllEqual()
    {
        const auto empty = TierScheme::classify(makeInput({}), TierScheme::Options());
        QVERIFY(empty.ok());
        QVERIFY(empty->classOf.isEmpty());
        QCOMPARE(empty->fields.rows(), 0);
        Spec s;
        s.balance = 250000;
        const auto one = TierScheme::classify(makeInput({s}), TierScheme::Options());
        QCOMPARE(classIds(*one), ids({"key"}));
        const auto same = TierScheme::classify(makeInput({s, s, s}), TierScheme::Options());
        QCOMPARE(classIds(*same), ids({"key", "key", "key"}));
    }

    void invalidTiers()
    {
        TierScheme::Options o;
        o.tiers = {{QStringLiteral("a"), {}, 10}, {QStringLiteral("b"), {}, 10}};
        auto r = TierScheme::classify(makeInput({}), o);
        QVERIFY(!r.ok());
        QVERIFY(r.error().message().contains(QStringLiteral("tiers[1].from")));
        o.tiers = {{QStringLiteral("a"), {}, 10}, {QStringLiteral("a"), {}, 20}};
        r = TierScheme::classify(makeInput({}), o);
        QVERIFY(r.error().message().contains(QStringLiteral("tiers[1].id")));
        o.tiers.clear();
        QVERIFY(!TierScheme::classify(makeInput({}), o).ok());
    }

    void jsonRoundTripAndErrors()
    {
        TierScheme::Options o;
        o.metric = MetricId{MetricKind::Attribute, QStringLiteral("deposits")};
        o.base = TierScheme::Tier{QStringLiteral("normal"), QStringLiteral("Normal"), 0};
        const auto back = TierScheme::fromJson(TierScheme::toJson(o));
        QVERIFY(back.ok());
        QCOMPARE(TierScheme::toJson(*back), TierScheme::toJson(o));
        QVERIFY(back->base.has_value());
        QCOMPARE(back->tiers.at(1).lowerBound, 200000.0);

        QJsonObject bad = TierScheme::toJson(o);
        QJsonArray tiers = bad.value(QLatin1String("tiers")).toArray();
        QJsonObject t = tiers.at(1).toObject();
        t.insert(QStringLiteral("from"), QStringLiteral("lots"));
        tiers.replace(1, t);
        bad.insert(QStringLiteral("tiers"), tiers);
        auto r = TierScheme::fromJson(bad);
        QVERIFY(!r.ok());
        QVERIFY(r.error().message().contains(QStringLiteral("tiers[1].from")));
        r = TierScheme::fromJson(QJsonObject{{QStringLiteral("metric"), QStringLiteral("nope")}});
        QVERIFY(r.error().message().contains(QStringLiteral("\"metric\"")));
        r = TierScheme::fromJson(QJsonObject{{QStringLiteral("tier"), 1}});
        QVERIFY(r.error().message().contains(QStringLiteral("\"tier\"")));
    }
};

QTEST_GUILESS_MAIN(TstTierScheme)
#include "tst_tierscheme.moc"
