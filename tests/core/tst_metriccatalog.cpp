#include "ahp/ahptemplates.h"
#include "metrics/metriccatalog.h"

#include <QSet>
#include <QtTest>

using namespace valuedesk;

namespace {

template <typename F>
void forEachLeaf(const HierarchyNode &node, F f)
{
    if (node.isLeaf())
        f(node);
    for (const HierarchyNode &child : node.children())
        forEachLeaf(child, f);
}

} // namespace

class TstMetricCatalog : public QObject
{
    Q_OBJECT
private slots:
    void fixedIdsRoundTrip()
    {
        const QStringList ids = MetricCatalog::fixedIds();
        QCOMPARE(ids.size(), 21);
        QSet<QString> names;
        for (const QString &id : ids) {
            Result<MetricId> m = MetricCatalog::parse(id);
            QVERIFY2(m.ok(), qPrintable(id));
            QCOMPARE(MetricCatalog::id(*m), id);
            QVERIFY(m->argument.isEmpty());
            QVERIFY(!MetricCatalog::displayName(*m).isEmpty());
            QVERIFY(!MetricCatalog::definition(*m).isEmpty());
            names.insert(MetricCatalog::displayName(*m));
        }
        QCOMPARE(names.size(), ids.size()); // display names are distinct
    }

    void prefixedIds_data()
    {
        QTest::addColumn<QString>("id");
        QTest::addColumn<bool>("ok");
        QTest::addColumn<int>("kind");
        QTest::addColumn<QString>("argument");
        QTest::newRow("attribute")
            << QStringLiteral("attribute:stock_to_sales_ratio") << true
            << int(MetricKind::Attribute) << QStringLiteral("stock_to_sales_ratio");
        QTest::newRow("rating") << QStringLiteral("rating:credit") << true
                                << int(MetricKind::Rating) << QStringLiteral("credit");
        QTest::newRow("chinese name") << QStringLiteral("rating:定制化需求") << true
                                      << int(MetricKind::Rating) << QStringLiteral("定制化需求");
        QTest::newRow("blanks around")
            << QStringLiteral("  revenue ") << true << int(MetricKind::Revenue) << QString();
        QTest::newRow("empty attribute") << QStringLiteral("attribute:") << false << 0 << QString();
        QTest::newRow("blank rating") << QStringLiteral("rating:  ") << false << 0 << QString();
        QTest::newRow("unknown") << QStringLiteral("turnover") << false << 0 << QString();
        QTest::newRow("case matters") << QStringLiteral("Revenue") << false << 0 << QString();
        QTest::newRow("empty") << QString() << false << 0 << QString();
    }
    void prefixedIds()
    {
        QFETCH(QString, id);
        QFETCH(bool, ok);
        QFETCH(int, kind);
        QFETCH(QString, argument);
        Result<MetricId> m = MetricCatalog::parse(id);
        QCOMPARE(m.ok(), ok);
        QCOMPARE(MetricCatalog::isValid(id), ok);
        if (!ok) {
            QVERIFY(!m.error().message().isEmpty());
            return;
        }
        QCOMPARE(int(m->kind), kind);
        QCOMPARE(m->argument, argument);
        QCOMPARE(MetricCatalog::id(*m), id.trimmed());
        QVERIFY(MetricCatalog::displayName(*m).contains(argument));
        QVERIFY(MetricCatalog::definition(*m).contains(argument));
    }

    void directions()
    {
        for (const QString &id : MetricCatalog::fixedIds()) {
            const MetricKind kind = MetricCatalog::parse(id)->kind;
            const bool lower =
                id == QLatin1String("recency_days") || id == QLatin1String("complaints");
            QCOMPARE(MetricCatalog::defaultDirection(kind),
                     lower ? MetricDirection::Lower : MetricDirection::Higher);
        }
        QCOMPARE(MetricCatalog::defaultDirection(MetricKind::Rating), MetricDirection::Higher);

        QCOMPARE(*MetricCatalog::parseDirection(QString(), MetricKind::Complaints),
                 MetricDirection::Lower);
        QCOMPARE(*MetricCatalog::parseDirection(QString(), MetricKind::Revenue),
                 MetricDirection::Higher);
        QCOMPARE(*MetricCatalog::parseDirection(QStringLiteral("Lower"), MetricKind::Revenue),
                 MetricDirection::Lower);
        QCOMPARE(*MetricCatalog::parseDirection(QStringLiteral("higher"), MetricKind::Complaints),
                 MetricDirection::Higher);
        QVERIFY(!MetricCatalog::parseDirection(QStringLiteral("up"), MetricKind::Revenue).ok());
        QCOMPARE(MetricCatalog::directionId(MetricDirection::Lower), QStringLiteral("lower"));
        QCOMPARE(MetricCatalog::directionId(MetricDirection::Higher), QStringLiteral("higher"));
    }

    // Every leaf of every built-in template binds to a valid metric and direction.
    void templatesBindValidMetrics()
    {
        for (const AhpTemplateInfo &info : AhpTemplates::list()) {
            Result<AhpModel> model = AhpTemplates::create(info.id, TemplateLanguage::English);
            QVERIFY2(model.ok(), qPrintable(info.id));
            forEachLeaf(model->root, [&](const HierarchyNode &leaf) {
                Result<MetricId> m = MetricCatalog::parse(leaf.metric());
                QVERIFY2(m.ok(), qPrintable(info.id + QLatin1Char(' ') + leaf.metric()));
                QVERIFY(MetricCatalog::parseDirection(leaf.direction(), m->kind).ok());
            });
        }
    }
};

QTEST_GUILESS_MAIN(TstMetricCatalog)
#include "tst_metriccatalog.moc"
