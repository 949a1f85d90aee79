#include "ahp/ahptemplates.h"
#include "ahp/hierarchy.h"
#include "ahp/lubricantjudgements.h"
#include "ahp/saatyscale.h"
#include "metrics/metriccatalog.h"

#include <QtTest>

#include <cmath>

using namespace valuedesk;

namespace {

bool isKnownMetric(const QString &metric)
{
    return MetricCatalog::isValid(metric);
}

AhpModel create(const QString &id, TemplateLanguage language = TemplateLanguage::English)
{
    Result<AhpModel> m = AhpTemplates::create(id, language);
    if (!m)
        qFatal("%s", qPrintable(m.error().message()));
    return *m;
}

template <typename F>
void forEachNode(const HierarchyNode &node, F f)
{
    f(node);
    for (const HierarchyNode &child : node.children())
        forEachNode(child, f);
}

// Empty when both trees have the same shape, bindings and judgements (names may differ).
QString diffStructure(const HierarchyNode &a, const HierarchyNode &b)
{
    if (a.children().size() != b.children().size() || a.metric() != b.metric() ||
        a.direction() != b.direction() || a.evaluators().size() != b.evaluators().size())
        return a.name() + QStringLiteral(" vs ") + b.name();
    for (int k = 0; k < a.evaluators().size(); ++k)
        if (a.evaluators().at(k).matrix.values() != b.evaluators().at(k).matrix.values())
            return a.name() + QStringLiteral(": judgements");
    for (std::size_t i = 0; i < a.children().size(); ++i)
        if (QString d = diffStructure(a.children()[i], b.children()[i]); !d.isEmpty())
            return d;
    return {};
}

const lubricant::NodeJudgements &lubricantNode(const QString &englishName)
{
    static const QHash<QString, QString> ids = {
        {QStringLiteral("Customer value"), QStringLiteral("value")},
        {QStringLiteral("Current value"), QStringLiteral("current")},
        {QStringLiteral("Potential value"), QStringLiteral("potential")},
        {QStringLiteral("Total profit"), QStringLiteral("profit")},
        {QStringLiteral("Sales volume"), QStringLiteral("sales")},
        {QStringLiteral("Loyalty"), QStringLiteral("loyalty")},
        {QStringLiteral("Trust"), QStringLiteral("trust")}};
    for (const auto &j : lubricant::judgements)
        if (QLatin1String(j.node) == ids.value(englishName))
            return j;
    qFatal("no lubricant node %s", qPrintable(englishName));
}

} // namespace

class TstAhpTemplates : public QObject
{
    Q_OBJECT
private slots:
    void listsFiveTemplates();
    void templatesAreConsistent_data();
    void templatesAreConsistent();
    void languagesShareStructure_data();
    void languagesShareStructure();
    void lubricantMatchesPaper();
    void lubricantPublishedWeightsAsDirectWeights();
    void unknownIdIsError();
};

void TstAhpTemplates::listsFiveTemplates()
{
    QStringList ids;
    for (const AhpTemplateInfo &info : AhpTemplates::list()) {
        ids.append(info.id);
        QVERIFY(!info.nameZh.isEmpty());
        QVERIFY(!info.nameEn.isEmpty());
        QVERIFY(!info.description.isEmpty());
    }
    QCOMPARE(ids, QStringList({QStringLiteral("retail"), QStringLiteral("lubricant"),
                               QStringLiteral("tobacco"), QStringLiteral("car-dealer"),
                               QStringLiteral("key-account")}));
}

void TstAhpTemplates::templatesAreConsistent_data()
{
    QTest::addColumn<QString>("id");
    for (const AhpTemplateInfo &info : AhpTemplates::list())
        QTest::newRow(qPrintable(info.id)) << info.id;
}

void TstAhpTemplates::templatesAreConsistent()
{
    // Every judgement matrix complete, on Saaty's scale, CR < 0.10; every leaf bound to a known
    // metric with a direction (lower for complaints and recency); globals sum to 1.
    QFETCH(QString, id);
    const AhpModel m = create(id);
    QCOMPARE(m.templateId, id);
    forEachNode(m.root, [](const HierarchyNode &node) {
        if (node.isLeaf()) {
            QVERIFY2(isKnownMetric(node.metric()), qPrintable(node.name()));
            const bool lower = node.metric() == QStringLiteral("complaints") ||
                               node.metric() == QStringLiteral("recency_days");
            if (lower)
                QCOMPARE(node.direction(), QStringLiteral("lower"));
            QVERIFY2(node.direction() == QStringLiteral("higher") ||
                         node.direction() == QStringLiteral("lower"),
                     qPrintable(node.name()));
            return;
        }
        QVERIFY2(!node.directWeights(), qPrintable(node.name()));
        QCOMPARE(node.evaluators().size(), 1);
        const PairwiseMatrix &matrix = node.evaluators().first().matrix;
        QCOMPARE(matrix.mode(), JudgementMode::SaatyScale);
        QVERIFY(matrix.isComplete());
        QCOMPARE(matrix.size(), static_cast<int>(node.children().size()));
        for (int i = 0; i < matrix.size(); ++i)
            for (int j = 0; j < matrix.size(); ++j)
                QVERIFY(SaatyScale::isOnScale(matrix.values()(i, j)));
    });

    Result<HierarchyResult> r = Hierarchy::evaluate(m.root, m.settings);
    QVERIFY(r.ok());
    QVERIFY(r->consistent);
    QVERIFY(r->hierarchicalCr < 0.10);
    for (const HierarchyNodeResult &node : r->nodes) {
        if (node.leaf)
            continue;
        QVERIFY(node.ahp.has_value());
        QVERIFY2(node.ahp->cr < 0.10, qPrintable(node.name));
    }
    double sum = 0;
    for (int leaf : r->leaves)
        sum += r->nodes[leaf].globalWeight;
    QVERIFY(std::abs(sum - 1) < 1e-12);
}

void TstAhpTemplates::languagesShareStructure_data()
{
    templatesAreConsistent_data();
}

void TstAhpTemplates::languagesShareStructure()
{
    QFETCH(QString, id);
    const AhpModel zh = create(id, TemplateLanguage::Chinese);
    const AhpModel en = create(id, TemplateLanguage::English);
    const QString diff = diffStructure(zh.root, en.root);
    QVERIFY2(diff.isEmpty(), qPrintable(diff));
    for (const AhpTemplateInfo &info : AhpTemplates::list()) {
        if (info.id == id) {
            QCOMPARE(zh.name, info.nameZh);
            QCOMPARE(en.name, info.nameEn);
        }
    }
    // Chinese names are Chinese, English names ASCII; matrices name their criteria.
    forEachNode(zh.root, [](const HierarchyNode &node) {
        bool cjk = false;
        for (QChar c : node.name())
            cjk = cjk || (c.unicode() >= 0x4e00 && c.unicode() <= 0x9fff);
        QVERIFY2(cjk, qPrintable(node.name()));
    });
    forEachNode(en.root, [](const HierarchyNode &node) {
        for (QChar c : node.name())
            QVERIFY2(c.unicode() < 0x80, qPrintable(node.name()));
        if (!node.isLeaf())
            QCOMPARE(node.evaluators().first().matrix.criteria().first(),
                     node.children().front().name());
    });
}

void TstAhpTemplates::lubricantMatchesPaper()
{
    // Structure and order as published: value → current [profit (4), sales (3)], potential
    // [loyalty (2), trust (3)]; local weights within 0.003 of the paper's, the 12 global
    // weights within 0.003 of its globals.
    const AhpModel m = create(QStringLiteral("lubricant"));
    Result<HierarchyResult> r = Hierarchy::evaluate(m.root, m.settings);
    QVERIFY(r.ok());
    QStringList parents;
    for (const HierarchyNodeResult &node : r->nodes) {
        if (node.leaf)
            continue;
        parents.append(node.name);
        const lubricant::NodeJudgements &j = lubricantNode(node.name);
        QCOMPARE(static_cast<int>(node.ahp->weights.size()), j.size);
        for (int k = 0; k < j.size; ++k)
            QVERIFY2(std::abs(node.ahp->weights(k) - j.published[static_cast<std::size_t>(k)]) <=
                         0.003,
                     qPrintable(QStringLiteral("%1 w%2 = %3")
                                    .arg(node.name)
                                    .arg(k + 1)
                                    .arg(node.ahp->weights(k))));
    }
    QCOMPARE(parents,
             QStringList({QStringLiteral("Customer value"), QStringLiteral("Current value"),
                          QStringLiteral("Total profit"), QStringLiteral("Sales volume"),
                          QStringLiteral("Potential value"), QStringLiteral("Loyalty"),
                          QStringLiteral("Trust")}));
    QCOMPARE(r->leaves.size(), 12);
    for (int k = 0; k < 12; ++k) {
        const HierarchyNodeResult &leaf = r->nodes[r->leaves[k]];
        QVERIFY2(std::abs(leaf.globalWeight -
                          lubricant::publishedGlobalWeights[static_cast<std::size_t>(k)]) <= 0.003,
                 qPrintable(leaf.name));
    }
    // Root judgement [[1, 2], [1/2, 1]]: exactly 2/3, 1/3.
    QVERIFY(std::abs(r->nodes[0].ahp->weights(0) - 2.0 / 3) < 1e-12);
    QCOMPARE(r->nodes[r->leaves[0]].metric, QStringLiteral("gross_profit"));
    QCOMPARE(r->nodes[r->leaves[11]].direction, QStringLiteral("lower"));
}

void TstAhpTemplates::lubricantPublishedWeightsAsDirectWeights()
{
    // The test: with the published local weights typed as direct weights (the top level
    // as 2/3, 1/3, which the printed 0.6667/0.3333 round), the template's globals match the
    // published ones to 4 decimals.
    AhpModel m = create(QStringLiteral("lubricant"));
    std::function<void(HierarchyNode &)> retype = [&](HierarchyNode &node) {
        if (node.isLeaf())
            return;
        const lubricant::NodeJudgements &j = lubricantNode(node.name());
        node.setDirectWeights(QVector<double>(j.published.begin(), j.published.begin() + j.size));
        for (HierarchyNode &child : node.children())
            retype(child);
    };
    retype(m.root);
    m.root.setDirectWeights({2.0 / 3, 1.0 / 3});
    Result<HierarchyResult> r = Hierarchy::evaluate(m.root, m.settings);
    QVERIFY(r.ok());
    for (int k = 0; k < 12; ++k)
        QVERIFY(std::abs(r->nodes[r->leaves[k]].globalWeight -
                         lubricant::publishedGlobalWeights[static_cast<std::size_t>(k)]) <=
                0.00005 + 1e-12);
}

void TstAhpTemplates::unknownIdIsError()
{
    Result<AhpModel> m = AhpTemplates::create(QStringLiteral("bank"), TemplateLanguage::Chinese);
    QVERIFY(!m.ok());
    QVERIFY(m.error().message().contains(QStringLiteral("“bank”")));
    for (const AhpTemplateInfo &info : AhpTemplates::list())
        QVERIFY2(m.error().message().contains(info.id), qPrintable(m.error().message()));
}

QTEST_GUILESS_MAIN(TstAhpTemplates)
#include "tst_ahptemplates.moc"
