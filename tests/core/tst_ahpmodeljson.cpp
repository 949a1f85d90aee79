#include "ahp/ahpmodeljson.h"
#include "ahp/ahptemplates.h"
#include "ahpmodelcompare.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTimeZone>
#include <QtTest>

#include <cmath>

using namespace valuedesk;
using valuedesk::test::diffModel;

namespace {

QJsonObject parseText(const QByteArray &text)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(text, &error);
    if (error.error != QJsonParseError::NoError)
        qFatal("bad test JSON: %s", qPrintable(error.errorString()));
    return doc.object();
}

// Through text, as files and the database hold it.
QJsonObject viaText(const QJsonObject &json)
{
    return parseText(QJsonDocument(json).toJson(QJsonDocument::Indented));
}

AhpModel parseModel(const QByteArray &text)
{
    Result<AhpModel> m = AhpModelJson::fromJson(parseText(text));
    if (!m)
        qFatal("%s", qPrintable(m.error().message()));
    return *m;
}

const QJsonObject &child(const QJsonObject &node, int i, QJsonObject *storage)
{
    *storage = node.value(QStringLiteral("children")).toArray().at(i).toObject();
    return *storage;
}

bool near(const QJsonValue &v, double expected, double tolerance = 1e-4)
{
    return v.isDouble() && std::abs(v.toDouble() - expected) <= tolerance;
}

// A 2-level model checked by hand: goal [[1,3],[1/3,1]] → 0.75/0.25; A [[1,4],[1/4,1]] →
// 0.8/0.2; B the textbook matrix [[1,3,5],[1/3,1,3],[1/5,1/3,1]] → 0.6370, 0.2583, 0.1047 with
// λmax 3.0385, CI 0.0193, CR 0.0332 (Saaty RI 0.58).
const char handModel[] = R"({"name": "Hand", "root": {"name": "Goal",
  "matrix": [[1, 3], [0.3333333, 1]], "children": [
    {"name": "A", "matrix": [[1, 4], [0.25, 1]], "children": [
        {"name": "A1", "metric": "revenue", "direction": "higher"},
        {"name": "A2", "metric": "complaints", "direction": "lower"}]},
    {"name": "B", "matrix": [[1, 3, 5], [null, 1, 3], [null, null, 1]], "children": [
        {"name": "B1"}, {"name": "B2"}, {"name": "B3"}]}]}})";

} // namespace

class TstAhpModelJson : public QObject
{
    Q_OBJECT
private slots:
    void parsesIssueExample();
    void templatesRoundTrip_data();
    void templatesRoundTrip();
    void judgementsKeepFullPrecision();
    void rejects_data();
    void rejects();
    void missingJudgementsAreInferred();
    void groupNodeRoundTripAndResults();
    void aipGroupHasNoGroupCr();
    void directWeightsHaveNullCr();
    void computedKeysByHand();
    void importIgnoresComputedKeys();
    void singleChildNeedsNoJudgement();
    void methodAndRiIds();
};

void TstAhpModelJson::parsesIssueExample()
{
    // The shape of the issue's "Model file format", "…" filled in.
    const AhpModel m = parseModel(R"({"name": "Demo", "method": "geomean", "ri": "alonso",
      "cr_threshold": 0.1,
      "root": {"name": "Customer value", "children": [
        {"name": "Current value", "children": [
            {"name": "Total profit", "metric": "gross_profit", "direction": "higher"},
            {"name": "Sales volume", "metric": "revenue", "direction": "higher"}],
         "matrix": [[1, 3], [0.3333333, 1]]},
        {"name": "Potential value", "children": [
            {"name": "Loyalty", "metric": "loyalty"}, {"name": "Trust", "metric": "trust"}],
         "weights": [0.8, 0.2]}],
       "matrix": [[1, 2], [0.5, 1]],
       "evaluators": {"Wang": [[1, 2], [0.5, 1]], "Li": [[1, 3], [0.3333333, 1]]}}})");
    QCOMPARE(m.name, QStringLiteral("Demo"));
    QCOMPARE(m.settings.method, PriorityMethod::GeometricMean);
    QCOMPARE(m.settings.randomIndex, RandomIndexTable::AlonsoLamata2006);
    QCOMPARE(m.settings.crThreshold, 0.1);
    QCOMPARE(m.root.name(), QStringLiteral("Customer value"));
    QCOMPARE(m.root.evaluators().size(), 2);
    QCOMPARE(m.root.evaluators().at(0).name, QStringLiteral("Li")); // no evaluator_order: by name
    const HierarchyNode &current = m.root.children()[0];
    QCOMPARE(current.evaluators().size(), 1);
    QCOMPARE(current.evaluators().first().matrix.values()(1, 0), 1.0 / 3); // snapped exactly
    QCOMPARE(current.evaluators().first().matrix.criteria(),
             QStringList({QStringLiteral("Total profit"), QStringLiteral("Sales volume")}));
    QCOMPARE(current.children()[0].metric(), QStringLiteral("gross_profit"));
    QCOMPARE(current.children()[0].direction(), QStringLiteral("higher"));
    const HierarchyNode &potential = m.root.children()[1];
    QVERIFY(potential.directWeights());
    QCOMPARE(potential.weights(), QVector<double>({0.8, 0.2}));
    QCOMPARE(potential.children()[0].direction(), QString());
    QVERIFY(Hierarchy::evaluate(m.root, m.settings).ok());
}

void TstAhpModelJson::templatesRoundTrip_data()
{
    QTest::addColumn<QString>("id");
    QTest::addColumn<TemplateLanguage>("language");
    for (const AhpTemplateInfo &info : AhpTemplates::list()) {
        QTest::newRow(qPrintable(info.id + QStringLiteral(" zh")))
            << info.id << TemplateLanguage::Chinese;
        QTest::newRow(qPrintable(info.id + QStringLiteral(" en")))
            << info.id << TemplateLanguage::English;
    }
}

void TstAhpModelJson::templatesRoundTrip()
{
    QFETCH(QString, id);
    QFETCH(TemplateLanguage, language);
    Result<AhpModel> m = AhpTemplates::create(id, language);
    QVERIFY(m.ok());
    m->settings.method = PriorityMethod::ArithmeticMean; // non-default settings travel too
    m->settings.randomIndex = RandomIndexTable::DoneganDodd1991;
    m->settings.crThreshold = 0.08;
    const QJsonObject json = AhpModelJson::toJson(*m);
    Result<AhpModel> back = AhpModelJson::fromJson(viaText(json));
    QVERIFY2(back.ok(), qPrintable(back ? QString() : back.error().message()));
    const QString diff = diffModel(*m, *back);
    QVERIFY2(diff.isEmpty(), qPrintable(diff));
    QCOMPARE(AhpModelJson::toJson(*back), json);
    QVector<Evaluator> changed = back->root.evaluators(); // the comparison does see judgements
    QVERIFY(changed[0].matrix.setJudgement(0, 1, 9).ok());
    back->root.setEvaluators(changed);
    QVERIFY(!diffModel(*m, *back).isEmpty());
    QCOMPARE(json.value(QStringLiteral("template")).toString(), id);
}

void TstAhpModelJson::judgementsKeepFullPrecision()
{
    AhpModel m = parseModel(R"({"name": "P", "root": {"name": "G", "exact_ratios": true,
      "matrix": [[1, 0.3333333, 2.5], [3, 1, 0.1428571], [0.4, 7, 1]],
      "children": [{"name": "a"}, {"name": "b"}, {"name": "c"}]}})");
    // Exact-ratio mode keeps typed values; export must still round-trip them bit for bit.
    const PairwiseMatrix &exact = m.root.evaluators().first().matrix;
    QCOMPARE(exact.mode(), JudgementMode::ExactRatio);
    QCOMPARE(exact.values()(0, 2), 2.5);
    Result<AhpModel> back = AhpModelJson::fromJson(viaText(AhpModelJson::toJson(m)));
    QVERIFY(back.ok());
    QVERIFY(diffModel(m, *back).isEmpty());

    // On Saaty's scale 0.3333333 is 1/3, written with all its digits.
    m = parseModel(R"({"name": "P", "root": {"name": "G", "matrix": [[1, 0.3333333], [3, 1]],
      "children": [{"name": "a"}, {"name": "b"}]}})");
    const QByteArray text = QJsonDocument(AhpModelJson::toJson(m)).toJson();
    QVERIFY2(text.contains("0.3333333333333333"), text.constData());
    QVERIFY(!text.contains("exact_ratios"));
}

void TstAhpModelJson::rejects_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("expected"); // a fragment of the message: path and problem

    // The "Current value" node is replaced per row.
    const auto model = [](const QByteArray &current) -> QByteArray {
        return QByteArray(R"({"name": "M", "root": {"name": "Customer value",
          "weights": [0.6, 0.4], "children": [)") +
               current + R"(, {"name": "Potential value", "metric": "loyalty"}]}})";
    };
    const char *two = R"("children": [{"name": "P"}, {"name": "S"}])";
    const auto node = [&](const char *keys, const char *children = nullptr) -> QByteArray {
        return model(QByteArray(R"({"name": "Current value", )") + (children ? children : two) +
                     ", " + keys + "}");
    };
    const auto here = [](const QString &problem) -> QString {
        return QStringLiteral("Customer value › Current value: ") + problem;
    };

    QTest::newRow("matrix size") << node(R"("matrix": [[1, 2, 3], [1, 1, 1], [1, 1, 1]])")
                                 << here(QStringLiteral("the matrix has 3 rows, but there are 2"));
    QTest::newRow("row length") << node(R"("matrix": [[1, 2], [0.5]])")
                                << here(QStringLiteral("row 2 of the matrix must be a list of 2"));
    QTest::newRow("matrix and weights")
        << node(R"("matrix": [[1, 2], [0.5, 1]], "weights": [1, 1])")
        << here(QStringLiteral("give either “matrix” or “weights”, not both"));
    QTest::newRow("evaluators and weights")
        << node(R"("evaluators": {"W": [[1, 2], [0.5, 1]]}, "weights": [1, 1])")
        << here(QStringLiteral("give either “evaluators” or “weights”, not both"));
    QTest::newRow("neither") << node(R"("metric": "revenue")")
                             << here(QStringLiteral("it has 2 sub-items but neither"));
    QTest::newRow("text entry") << node(R"("matrix": [[1, "3"], [null, 1]])")
                                << here(QStringLiteral("row “P”, column “S” of the matrix is not "
                                                       "a number: \"3\""));
    QTest::newRow("object entry") << node(R"("matrix": [[1, {}], [null, 1]])")
                                  << here(QStringLiteral(
                                         "row “P”, column “S” of the matrix is not a number: {}"));
    QTest::newRow("matrix not a list")
        << node(R"("matrix": 3)")
        << here(QStringLiteral("the matrix must be a list of rows, not 3"));
    QTest::newRow("off scale")
        << node(R"("matrix": [[1, 2.5], [0.4, 1]])")
        << here(QStringLiteral("row “P”, column “S” is 2.5, which is not on Saaty's 1–9 scale"));
    QTest::newRow("zero") << node(R"("matrix": [[1, 0], [null, 1]])")
                          << here(QStringLiteral("row “P”, column “S” is 0"));
    QTest::newRow("negative") << node(R"("matrix": [[1, -3], [null, 1]])")
                              << here(QStringLiteral("row “P”, column “S” is negative (-3)"));
    QTest::newRow("not reciprocal")
        << node(R"("matrix": [[1, 3], [3, 1]])")
        << here(QStringLiteral("row “P”, column “S” is 3 and row “S”, column “P” is 3, but they "
                               "must be reciprocals"));
    QTest::newRow("weights count") << node(R"("weights": [1, 2, 3])")
                                   << here(QStringLiteral("there are 3 weights for 2 sub-items"));
    QTest::newRow("weight negative")
        << node(R"("weights": [1, -2])") << here(QStringLiteral("weight 2 (-2) must be zero"));
    QTest::newRow("weight text") << node(R"("weights": [1, "a"])")
                                 << here(QStringLiteral("weight 2 is not a number"));
    QTest::newRow("weights zero") << node(R"("weights": [0, 0])")
                                  << here(QStringLiteral("the weights are all zero"));
    QTest::newRow("aggregate") << node(R"("matrix": [[1, 2], [0.5, 1]], "aggregate": "mean")")
                               << here(QStringLiteral("“aggregate” must be “aij” or “aip”"));
    QTest::newRow("exact_ratios") << node(R"("matrix": [[1, 2], [0.5, 1]], "exact_ratios": 1)")
                                  << here(QStringLiteral("“exact_ratios” must be true or false"));
    // Issue 10: ratios near 1e±300 were accepted with exact ratios.
    QTest::newRow("exact ratio beyond the range")
        << node(R"("matrix": [[1, null], [1e300, 1]], "exact_ratios": true)")
        << here(QStringLiteral("row “S”, column “P” is 1e+300; exact ratios must lie between "
                               "1/1000 and 1000"));
    QTest::newRow("evaluator exact ratio beyond the range")
        << node(R"("evaluators": {"Wang": [[1, 0.0001], [null, 1]]}, "exact_ratios": true)")
        << here(QStringLiteral("Wang: row “P”, column “S” is 0.0001; exact ratios must lie"));
    QTest::newRow("evaluator matrix")
        << node(R"("evaluators": {"Wang": [[1, 2], [0.5, 1]], "Li": [[1, 0], [1, 1]]})")
        << here(QStringLiteral("Li: row “P”, column “S” is 0"));
    QTest::newRow("evaluator weight name")
        << node(R"("evaluators": {"Wang": [[1, 2], [0.5, 1]]}, "evaluator_weights": {"Li": 1})")
        << here(QStringLiteral("“evaluator_weights” names “Li”, who is not among the evaluators"));
    QTest::newRow("evaluator weight value")
        << node(R"("evaluators": {"Wang": [[1, 2], [0.5, 1]]}, "evaluator_weights": {"Wang": 0})")
        << here(QStringLiteral("the voting weight of “Wang” must be a positive number"));
    QTest::newRow("evaluator weights alone")
        << node(R"("matrix": [[1, 2], [0.5, 1]], "evaluator_weights": {"Wang": 1})")
        << here(QStringLiteral("“evaluator_weights” needs “evaluators”"));
    QTest::newRow("evaluator order")
        << node(R"("evaluators": {"Wang": [[1, 2], [0.5, 1]]}, "evaluator_order": ["Li"])")
        << here(QStringLiteral("“evaluator_order” must list each evaluator exactly once"));
    QTest::newRow("empty evaluators")
        << node(R"("evaluators": {})") << here(QStringLiteral("“evaluators” must map"));
    QTest::newRow("direction") << model(R"({"name": "Current value", "direction": "up"})")
                               << here(QStringLiteral("“direction” must be “higher” or “lower”"));
    QTest::newRow("metric") << model(R"({"name": "Current value", "metric": 3})")
                            << here(QStringLiteral("“metric” must be text"));
    QTest::newRow("duplicate children")
        << node(R"("weights": [1, 1])", R"("children": [{"name": "P"}, {"name": "P"}])")
        << here(QStringLiteral("two sub-items are named “P”"));
    QTest::newRow("child without name")
        << node(R"("weights": [1, 1])", R"("children": [{"name": "P"}, {"metric": "x"}])")
        << QStringLiteral("Customer value › Current value › sub-item 2: the name is missing");
    QTest::newRow("child not an object")
        << node(R"("weights": [1, 1])", R"("children": [{"name": "P"}, 3])")
        << here(QStringLiteral("sub-item 2 must be an object"));
    QTest::newRow("children not a list") << model(R"({"name": "Current value", "children": {}})")
                                         << here(QStringLiteral("“children” must be a list"));
    QTest::newRow("matrix on a leaf")
        << model(R"({"name": "Current value", "matrix": [[1]]})")
        << here(QStringLiteral("it has no sub-items, so it cannot have “matrix”"));
    QTest::newRow("deep path")
        << node(R"("weights": [1, 1])",
                R"("children": [{"name": "P", "children": [{"name": "x"}, {"name": "y"}]},
                                {"name": "S"}])")
        << QStringLiteral("Customer value › Current value › P: it has 2 sub-items but neither");

    const QByteArray root = R"("root": {"name": "G"})";
    QTest::newRow("method") << QByteArray(QByteArray(R"({"name": "M", "method": "power", )") +
                                          root + "}")
                            << QStringLiteral("Unknown weighting method “power”");
    QTest::newRow("ri") << QByteArray(QByteArray(R"({"name": "M", "ri": "random", )") + root + "}")
                        << QStringLiteral("Unknown random index table “random”");
    for (const char *t : {"0", "1", "1.5", "-0.1", "\"0.1\"", "null"})
        QTest::newRow(qPrintable(QStringLiteral("cr_threshold %1").arg(QLatin1String(t))))
            << QByteArray(QByteArray(R"({"name": "M", "cr_threshold": )") + t + ", " + root + "}")
            << QStringLiteral("“cr_threshold” must be a number between 0 and 1");
    QTest::newRow("no name") << QByteArray(QByteArray("{") + root + "}")
                             << QStringLiteral("The model has no name.");
    QTest::newRow("no root") << QByteArray(R"({"name": "M"})")
                             << QStringLiteral("The model has no “root” object");
    QTest::newRow("root without name") << QByteArray(R"({"name": "M", "root": {"children": []}})")
                                       << QStringLiteral("root: the name is missing or empty");
}

void TstAhpModelJson::rejects()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, expected);
    Result<AhpModel> m = AhpModelJson::fromJson(parseText(json));
    QVERIFY(!m.ok());
    QVERIFY2(m.error().message().contains(expected),
             qPrintable(QStringLiteral("got: ") + m.error().message()));
}

void TstAhpModelJson::missingJudgementsAreInferred()
{
    // a13 missing; a12 = 2 and a23 = 3 make 6 the λmax-optimal (consistent) completion.
    const AhpModel m = parseModel(R"({"name": "I", "root": {"name": "G",
      "matrix": [[1, 2, null], [0.5, 1, 3], [null, 0.3333333, 1]],
      "children": [{"name": "a"}, {"name": "b"}, {"name": "c"}]}})");
    const PairwiseMatrix &matrix = m.root.evaluators().first().matrix;
    QVERIFY(!matrix.isKnown(0, 2));
    QVERIFY(!matrix.isKnown(2, 0));
    QCOMPARE(matrix.missingCount(), 1);

    const QJsonObject definition = AhpModelJson::toJson(m);
    const QJsonArray rows = definition.value(QStringLiteral("root"))
                                .toObject()
                                .value(QStringLiteral("matrix"))
                                .toArray();
    QVERIFY(rows.at(0).toArray().at(2).isNull());
    QVERIFY(rows.at(2).toArray().at(0).isNull());

    Result<QJsonObject> json = AhpModelJson::toJsonWithResults(m);
    QVERIFY(json.ok());
    const QJsonObject root = json->value(QStringLiteral("root")).toObject();
    const QJsonArray inferred = root.value(QStringLiteral("inferred")).toArray();
    QCOMPARE(inferred.size(), 1);
    const QJsonObject cell = inferred.at(0).toObject();
    QCOMPARE(cell.value(QStringLiteral("row")).toInt(), 0);
    QCOMPARE(cell.value(QStringLiteral("column")).toInt(), 2);
    QVERIFY(near(cell.value(QStringLiteral("value")), 6.0, 1e-3));
    QVERIFY(near(root.value(QStringLiteral("cr")), 0.0, 1e-6));
    QVERIFY(diffModel(m, *AhpModelJson::fromJson(viaText(*json))).isEmpty());
}

void TstAhpModelJson::groupNodeRoundTripAndResults()
{
    // Wang says 3, Li says 1/3, Wang's vote counts twice: AIJ gives a12 = (3²·⅓)^(1/3) = 3^(1/3),
    // so the group weights are 3^(1/3)/(1 + 3^(1/3)) = 0.5906 and 0.4094. Each evaluator is
    // 0.75/0.25 or 0.25/0.75: Wang is 0.1594 and Li 0.3406 away from the group.
    const AhpModel m = parseModel(R"({"name": "G", "root": {"name": "Goal",
      "children": [{"name": "x"}, {"name": "y"}],
      "evaluators": {"Wang": [[1, 3], [null, 1]], "Li": [[1, 0.3333333], [null, 1]]},
      "evaluator_order": ["Wang", "Li"], "evaluator_weights": {"Wang": 2}, "aggregate": "aij"}})");
    const QVector<Evaluator> &evaluators = m.root.evaluators();
    QCOMPARE(evaluators.size(), 2);
    QCOMPARE(evaluators.at(0).name, QStringLiteral("Wang"));
    QCOMPARE(evaluators.at(0).votingWeight, 2.0);
    QCOMPARE(evaluators.at(1).votingWeight, 1.0);
    QCOMPARE(m.root.aggregation(), GroupAggregation::Judgements);

    const QJsonObject definition = AhpModelJson::toJson(m);
    Result<AhpModel> back = AhpModelJson::fromJson(viaText(definition));
    QVERIFY(back.ok());
    QVERIFY2(diffModel(m, *back).isEmpty(), qPrintable(diffModel(m, *back)));

    Result<QJsonObject> json = AhpModelJson::toJsonWithResults(m);
    QVERIFY(json.ok());
    const QJsonObject root = json->value(QStringLiteral("root")).toObject();
    const double g = std::cbrt(3.0) / (1 + std::cbrt(3.0));
    QJsonObject x;
    QVERIFY(near(child(root, 0, &x).value(QStringLiteral("local_weight")), g));
    QVERIFY(near(root.value(QStringLiteral("lambda_max")), 2.0));
    QVERIFY(near(root.value(QStringLiteral("cr")), 0.0));
    const QJsonObject results = root.value(QStringLiteral("evaluator_results")).toObject();
    QCOMPARE(results.keys(), QStringList({QStringLiteral("Li"), QStringLiteral("Wang")}));
    const QJsonObject wang = results.value(QStringLiteral("Wang")).toObject();
    QVERIFY(near(wang.value(QStringLiteral("weights")).toArray().at(0), 0.75));
    QVERIFY(near(wang.value(QStringLiteral("cr")), 0.0));
    QVERIFY(near(wang.value(QStringLiteral("distance")), 0.75 - g));
    QVERIFY(near(results.value(QStringLiteral("Li")).toObject().value(QStringLiteral("distance")),
                 g - 0.25));
    const QJsonValue consensus = root.value(QStringLiteral("consensus"));
    QVERIFY(consensus.isDouble());
    QVERIFY(consensus.toDouble() > 0 && consensus.toDouble() < 1); // 3 vs 1/3: far from agreement
}

void TstAhpModelJson::aipGroupHasNoGroupCr()
{
    const AhpModel m = parseModel(R"({"name": "G", "root": {"name": "Goal", "aggregate": "aip",
      "children": [{"name": "x"}, {"name": "y"}, {"name": "z"}],
      "evaluators": {"Wang": [[1, 3, 5], [null, 1, 3], [null, null, 1]],
                     "Li": [[1, 2, 4], [null, 1, 2], [null, null, 1]]}}})");
    QCOMPARE(m.root.aggregation(), GroupAggregation::Priorities);
    QVERIFY(diffModel(m, *AhpModelJson::fromJson(AhpModelJson::toJson(m))).isEmpty());
    Result<QJsonObject> json = AhpModelJson::toJsonWithResults(m);
    QVERIFY(json.ok());
    const QJsonObject root = json->value(QStringLiteral("root")).toObject();
    for (const char *key : {"lambda_max", "ci", "ri", "cr", "consistent"})
        QVERIFY2(root.value(QLatin1String(key)).isNull(), key);
    const QJsonObject results = root.value(QStringLiteral("evaluator_results")).toObject();
    QVERIFY(
        near(results.value(QStringLiteral("Wang")).toObject().value(QStringLiteral("cr")), 0.0332));
    QVERIFY(near(results.value(QStringLiteral("Li")).toObject().value(QStringLiteral("cr")), 0.0));
    QVERIFY(root.value(QStringLiteral("consensus")).isDouble());
}

void TstAhpModelJson::directWeightsHaveNullCr()
{
    const AhpModel m = parseModel(R"({"name": "D", "root": {"name": "Goal", "weights": [60, 40],
      "children": [{"name": "x"}, {"name": "y"}]}})");
    QVERIFY(m.root.directWeights());
    Result<QJsonObject> json = AhpModelJson::toJsonWithResults(m);
    QVERIFY(json.ok());
    const QJsonObject root = json->value(QStringLiteral("root")).toObject();
    for (const char *key : {"lambda_max", "ci", "ri", "cr"})
        QVERIFY2(root.value(QLatin1String(key)).isNull(), key);
    QCOMPARE(root.value(QStringLiteral("inferred")).toArray().size(), 0);
    QCOMPARE(root.value(QStringLiteral("weights")).toArray(), QJsonArray({60, 40}));
    QJsonObject y;
    QVERIFY(near(child(root, 1, &y).value(QStringLiteral("local_weight")), 0.4, 1e-12));
    QVERIFY(near(json->value(QStringLiteral("hierarchical_cr")), 0.0, 0));
}

void TstAhpModelJson::computedKeysByHand()
{
    AhpModel m = parseModel(handModel);
    m.version = 7;
    m.savedAt = QDateTime(QDate(2024, 3, 1), QTime(16, 30), QTimeZone(8 * 3600));
    Result<QJsonObject> json = AhpModelJson::toJsonWithResults(m);
    QVERIFY(json.ok());
    QCOMPARE(json->value(QStringLiteral("version")).toInt(), 7);
    QCOMPARE(json->value(QStringLiteral("saved_at")).toString(),
             QStringLiteral("2024-03-01T08:30:00Z"));
    QVERIFY(near(json->value(QStringLiteral("hierarchical_cr")), 0.0332));
    QCOMPARE(json->value(QStringLiteral("consistent")), QJsonValue(true));

    const QJsonObject goal = json->value(QStringLiteral("root")).toObject();
    QVERIFY(near(goal.value(QStringLiteral("local_weight")), 1, 0));
    QVERIFY(near(goal.value(QStringLiteral("global_weight")), 1, 0));
    QVERIFY(near(goal.value(QStringLiteral("lambda_max")), 2));
    QVERIFY(near(goal.value(QStringLiteral("ri")), 0));
    QVERIFY(near(goal.value(QStringLiteral("cr")), 0));
    QJsonObject a, b, leaf;
    QVERIFY(near(child(goal, 0, &a).value(QStringLiteral("local_weight")), 0.75, 1e-9));
    QVERIFY(near(child(goal, 1, &b).value(QStringLiteral("global_weight")), 0.25, 1e-9));
    QVERIFY(near(child(a, 0, &leaf).value(QStringLiteral("local_weight")), 0.8, 1e-9));
    QVERIFY(near(leaf.value(QStringLiteral("global_weight")), 0.6, 1e-9));
    QVERIFY(!leaf.contains(QStringLiteral("cr"))); // leaves carry weights only
    QVERIFY(near(child(a, 1, &leaf).value(QStringLiteral("global_weight")), 0.15, 1e-9));
    QCOMPARE(leaf.value(QStringLiteral("direction")).toString(), QStringLiteral("lower"));
    QVERIFY(near(b.value(QStringLiteral("lambda_max")), 3.0385));
    QVERIFY(near(b.value(QStringLiteral("ci")), 0.0193));
    QVERIFY(near(b.value(QStringLiteral("ri")), 0.58, 1e-12));
    QVERIFY(near(b.value(QStringLiteral("cr")), 0.0332));
    QCOMPARE(b.value(QStringLiteral("consistent")), QJsonValue(true));
    const double bLocal[3] = {0.6370, 0.2583, 0.1047};
    for (int i = 0; i < 3; ++i) {
        QVERIFY(near(child(b, i, &leaf).value(QStringLiteral("local_weight")), bLocal[i]));
        QVERIFY(near(leaf.value(QStringLiteral("global_weight")), 0.25 * bLocal[i]));
    }

    m.savedAt = {};
    QVERIFY(AhpModelJson::toJsonWithResults(m)->value(QStringLiteral("saved_at")).isNull());
}

void TstAhpModelJson::importIgnoresComputedKeys()
{
    QVector<AhpModel> models{parseModel(handModel)};
    for (const AhpTemplateInfo &info : AhpTemplates::list())
        models.append(*AhpTemplates::create(info.id, TemplateLanguage::English));
    for (const AhpModel &m : std::as_const(models)) {
        Result<QJsonObject> json = AhpModelJson::toJsonWithResults(m);
        QVERIFY(json.ok());
        Result<AhpModel> back = AhpModelJson::fromJson(viaText(*json));
        QVERIFY2(back.ok(), qPrintable(back ? QString() : back.error().message()));
        QVERIFY2(diffModel(m, *back).isEmpty(), qPrintable(m.name + diffModel(m, *back)));
    }
}

void TstAhpModelJson::singleChildNeedsNoJudgement()
{
    const AhpModel m = parseModel(R"({"name": "S", "root": {"name": "Goal", "weights": [1, 3],
      "children": [{"name": "Only", "children": [{"name": "x", "metric": "revenue"}]},
                   {"name": "Other", "metric": "orders", "children": [{"name": "y"}]}]}})");
    Result<QJsonObject> json = AhpModelJson::toJsonWithResults(m);
    QVERIFY(json.ok());
    QJsonObject only, x;
    child(json->value(QStringLiteral("root")).toObject(), 0, &only);
    QVERIFY(near(child(only, 0, &x).value(QStringLiteral("local_weight")), 1, 0));
    QVERIFY(near(x.value(QStringLiteral("global_weight")), 0.25, 1e-12));
    QCOMPARE(m.root.children()[1].metric(), QStringLiteral("orders")); // kept on a non-leaf
    QVERIFY(diffModel(m, *AhpModelJson::fromJson(AhpModelJson::toJson(m))).isEmpty());
}

void TstAhpModelJson::methodAndRiIds()
{
    for (PriorityMethod method : {PriorityMethod::Eigenvector, PriorityMethod::GeometricMean,
                                  PriorityMethod::ArithmeticMean})
        QCOMPARE(*AhpModelJson::parseMethod(AhpModelJson::methodId(method)), method);
    for (RandomIndexTable table : {RandomIndexTable::Saaty1980, RandomIndexTable::AlonsoLamata2006,
                                   RandomIndexTable::DoneganDodd1991})
        QCOMPARE(*AhpModelJson::parseRi(AhpModelJson::riId(table)), table);
    QCOMPARE(AhpModelJson::riId(RandomIndexTable::DoneganDodd1991), QStringLiteral("donegan"));
    QCOMPARE(*AhpModelJson::parseRi(QStringLiteral("dd")), RandomIndexTable::DoneganDodd1991);
    QCOMPARE(AhpModelJson::methodId(PriorityMethod::GeometricMean), QStringLiteral("geomean"));
    QVERIFY(!AhpModelJson::parseMethod(QStringLiteral("Eigen")).ok());
    QVERIFY(!AhpModelJson::parseRi(QString()).ok());
}

QTEST_GUILESS_MAIN(TstAhpModelJson)
#include "tst_ahpmodeljson.moc"
