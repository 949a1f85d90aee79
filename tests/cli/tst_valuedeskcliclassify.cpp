// valuedesk-cli classify on a demo file: the JSON contract of README "Classification schemes".
#include "clitestutil.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QSet>
#include <QTemporaryDir>
#include <QtTest>

#include <cmath>

using namespace valuedesk::test;

namespace {

QSet<QString> keySet(const QJsonObject &object)
{
    const QStringList keys = object.keys();
    return QSet<QString>(keys.cbegin(), keys.cend());
}

} // namespace

class TstValueDeskCliClassify final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void abcJson();
    void abcOptions();
    void rfmJson();
    void allHistory();
    void csvAndText();
    void errors();
    void save();
    void otherSchemes();
    void churnRiskTierOnPAlive();

private:
    QJsonObject classify(const QStringList &extra);

    QTemporaryDir m_dir;
    QString m_file;
    QString m_model;
    int m_customers = 200;
};

void TstValueDeskCliClassify::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_file = m_dir.filePath(QStringLiteral("demo.vdb"));
    VD_EXPECT_EXIT(cli({QStringLiteral("demo"), m_file, QStringLiteral("--customers"),
                        QString::number(m_customers)}),
                   exitSuccess);
    VD_EXPECT_EXIT(
        cli({QStringLiteral("model"), m_file, QStringLiteral("--import-template"),
             QStringLiteral("lubricant"), QStringLiteral("--language"), QStringLiteral("en")}),
        exitSuccess);
    const Run list =
        cli({QStringLiteral("model"), m_file, QStringLiteral("--list"), QStringLiteral("--json")});
    VD_EXPECT_EXIT(list, exitSuccess);
    m_model = list.json().array().at(0).toObject().value(QStringLiteral("name")).toString();
    QVERIFY(!m_model.isEmpty());
}

QJsonObject TstValueDeskCliClassify::classify(const QStringList &extra)
{
    const Run run =
        cli(QStringList{QStringLiteral("classify"), m_file, QStringLiteral("--json")} + extra);
    if (run.exitCode != exitSuccess)
        qWarning("%s", qPrintable(run.describe()));
    return run.json().object();
}

// Every customer's class follows the documented rule from its own fields.
void TstValueDeskCliClassify::abcJson()
{
    const QJsonObject json = classify({QStringLiteral("--scheme"), QStringLiteral("abc")});
    QCOMPARE(keySet(json), (QSet<QString>{QStringLiteral("scheme"), QStringLiteral("as_of"),
                                          QStringLiteral("window_months"),
                                          QStringLiteral("options"), QStringLiteral("measure"),
                                          QStringLiteral("classes"), QStringLiteral("customers"),
                                          QStringLiteral("summary"), QStringLiteral("gini")}));
    QCOMPARE(json.value(QStringLiteral("scheme")).toString(), QStringLiteral("abc"));
    QCOMPARE(json.value(QStringLiteral("measure")).toString(), QStringLiteral("revenue"));
    QCOMPARE(json.value(QStringLiteral("window_months")).toInt(), 12);
    const QJsonArray customers = json.value(QStringLiteral("customers")).toArray();
    QCOMPARE(customers.size(), m_customers);
    QHash<QString, int> counts;
    QSet<int> ranks;
    QString previousCode;
    for (const QJsonValue &v : customers) {
        const QJsonObject c = v.toObject();
        QCOMPARE(keySet(c),
                 (QSet<QString>{QStringLiteral("customer"), QStringLiteral("class"),
                                QStringLiteral("value"), QStringLiteral("rank"),
                                QStringLiteral("share"), QStringLiteral("cumulative_share")}));
        QVERIFY(c.value(QStringLiteral("customer")).toString() > previousCode); // by code
        previousCode = c.value(QStringLiteral("customer")).toString();
        const double value = c.value(QStringLiteral("value")).toDouble();
        const double above = c.value(QStringLiteral("cumulative_share")).toDouble() -
                             c.value(QStringLiteral("share")).toDouble();
        const QString expected = value <= 0            ? QStringLiteral("C")
                                 : above < 0.8 - 1e-9  ? QStringLiteral("A")
                                 : above < 0.95 - 1e-9 ? QStringLiteral("B")
                                                       : QStringLiteral("C");
        QCOMPARE(c.value(QStringLiteral("class")).toString(), expected);
        ++counts[expected];
        ranks.insert(c.value(QStringLiteral("rank")).toInt());
    }
    QCOMPARE(ranks.size(), m_customers);
    const QJsonArray summary = json.value(QStringLiteral("summary")).toArray();
    QCOMPARE(summary.size(), 3);
    double shares = 0;
    for (const QJsonValue &v : summary) {
        const QJsonObject s = v.toObject();
        QCOMPARE(keySet(s),
                 (QSet<QString>{QStringLiteral("class"), QStringLiteral("name"),
                                QStringLiteral("customers"), QStringLiteral("customer_share"),
                                QStringLiteral("measure_total"), QStringLiteral("measure_share")}));
        QCOMPARE(s.value(QStringLiteral("customers")).toInt(),
                 counts.value(s.value(QStringLiteral("class")).toString()));
        shares += s.value(QStringLiteral("measure_share")).toDouble();
    }
    QVERIFY(std::abs(shares - 1) < 1e-9);
    QVERIFY(summary.at(0).toObject().value(QStringLiteral("measure_share")).toDouble() >= 0.8);
    const double gini = json.value(QStringLiteral("gini")).toDouble();
    QVERIFY(gini > 0.3 && gini < 1);
}

void TstValueDeskCliClassify::abcOptions()
{
    const QJsonObject abcd = classify({QStringLiteral("--scheme"), QStringLiteral("abc"),
                                       QStringLiteral("--cutoffs"), QStringLiteral("80,95,99")});
    QCOMPARE(abcd.value(QStringLiteral("classes")).toArray().size(), 4);
    QCOMPARE(abcd.value(QStringLiteral("options")).toObject().value(QStringLiteral("cutoffs")),
             QJsonValue(QJsonArray{80, 95, 99}));

    const QJsonObject byCount =
        classify({QStringLiteral("--scheme"), QStringLiteral("abc"), QStringLiteral("--by"),
                  QStringLiteral("gross_profit"), QStringLiteral("--count-shares"),
                  QStringLiteral("20,70,10")});
    QCOMPARE(byCount.value(QStringLiteral("measure")).toString(), QStringLiteral("gross_profit"));
    const QJsonObject a = byCount.value(QStringLiteral("summary")).toArray().at(0).toObject();
    QCOMPARE(a.value(QStringLiteral("customers")).toInt(), m_customers / 5);

    const QJsonObject byScore =
        classify({QStringLiteral("--scheme"), QStringLiteral("abc"), QStringLiteral("--by"),
                  QStringLiteral("score"), QStringLiteral("--model"), m_model});
    QCOMPARE(byScore.value(QStringLiteral("measure")).toString(), QStringLiteral("score"));
    QCOMPARE(byScore.value(QStringLiteral("customers")).toArray().size(), m_customers);
}

void TstValueDeskCliClassify::rfmJson()
{
    const QJsonObject json = classify({QStringLiteral("--scheme"), QStringLiteral("rfm"),
                                       QStringLiteral("--monetary"), QStringLiteral("margin")});
    QCOMPARE(json.value(QStringLiteral("measure")).toString(), QStringLiteral("gross_profit"));
    QVERIFY(!json.contains(QStringLiteral("gini")));
    const QStringList segments{
        QStringLiteral("important-value"),     QStringLiteral("important-development"),
        QStringLiteral("important-retention"), QStringLiteral("important-winback"),
        QStringLiteral("general-value"),       QStringLiteral("general-development"),
        QStringLiteral("general-retention"),   QStringLiteral("general-winback")};
    const QJsonArray classes = json.value(QStringLiteral("classes")).toArray();
    QCOMPARE(classes.size(), 8);
    for (int k = 0; k < 8; ++k)
        QCOMPARE(classes.at(k).toObject().value(QStringLiteral("id")).toString(), segments.at(k));
    bool sawNoPurchase = false;
    for (const QJsonValue &v : json.value(QStringLiteral("customers")).toArray()) {
        const QJsonObject c = v.toObject();
        QCOMPARE(
            keySet(c),
            (QSet<QString>{QStringLiteral("customer"), QStringLiteral("class"),
                           QStringLiteral("recency_days"), QStringLiteral("frequency"),
                           QStringLiteral("monetary"), QStringLiteral("r"), QStringLiteral("f"),
                           QStringLiteral("m"), QStringLiteral("total"), QStringLiteral("code")}));
        QVERIFY(segments.contains(c.value(QStringLiteral("class")).toString()));
        const int r = c.value(QStringLiteral("r")).toInt();
        const int f = c.value(QStringLiteral("f")).toInt();
        const int m = c.value(QStringLiteral("m")).toInt();
        QVERIFY(r >= 1 && r <= 5 && f >= 1 && f <= 5 && m >= 1 && m <= 5);
        QCOMPARE(c.value(QStringLiteral("code")).toString(),
                 QStringLiteral("%1%2%3").arg(r).arg(f).arg(m));
        QCOMPARE(c.value(QStringLiteral("total")).toInt(), r + f + m);
        if (c.value(QStringLiteral("recency_days")).isNull()) {
            sawNoPurchase = true;
            QCOMPARE(r, 1);
            QVERIFY(
                c.value(QStringLiteral("class")).toString().endsWith(QStringLiteral("winback")));
        }
    }
    QVERIFY(sawNoPurchase); // the demo has prospects who never bought

    const QJsonObject thresholds = classify(
        {QStringLiteral("--scheme"), QStringLiteral("rfm"), QStringLiteral("--thresholds"),
         QStringLiteral("30,90,180,365::"), QStringLiteral("--compare"), QStringLiteral("scores")});
    QCOMPARE(
        thresholds.value(QStringLiteral("options")).toObject().value(QStringLiteral("compare")),
        QJsonValue(QStringLiteral("scores")));
    for (const QJsonValue &v : thresholds.value(QStringLiteral("customers")).toArray()) {
        const QJsonObject c = v.toObject();
        const QJsonValue days = c.value(QStringLiteral("recency_days"));
        const int expected = days.isNull()            ? 1
                             : days.toDouble() <= 30  ? 5
                             : days.toDouble() <= 90  ? 4
                             : days.toDouble() <= 180 ? 3
                             : days.toDouble() <= 365 ? 2
                                                      : 1;
        QCOMPARE(c.value(QStringLiteral("r")).toInt(), expected);
    }
}

void TstValueDeskCliClassify::allHistory()
{
    const QJsonObject twelve = classify({QStringLiteral("--scheme"), QStringLiteral("abc")});
    const QJsonObject all = classify({QStringLiteral("--scheme"), QStringLiteral("abc"),
                                      QStringLiteral("--window-months"), QStringLiteral("0")});
    QVERIFY(all.value(QStringLiteral("window_months")).toInt() > 12);
    QCOMPARE(all.value(QStringLiteral("as_of")), twelve.value(QStringLiteral("as_of")));
    double sum12 = 0;
    double sumAll = 0;
    for (const QJsonValue &v : twelve.value(QStringLiteral("summary")).toArray())
        sum12 += v.toObject().value(QStringLiteral("measure_total")).toDouble();
    for (const QJsonValue &v : all.value(QStringLiteral("summary")).toArray())
        sumAll += v.toObject().value(QStringLiteral("measure_total")).toDouble();
    QVERIFY(sumAll > sum12);
}

void TstValueDeskCliClassify::csvAndText()
{
    const QString out = m_dir.filePath(QStringLiteral("rfm.csv"));
    const Run run = cli({QStringLiteral("classify"), m_file, QStringLiteral("--scheme"),
                         QStringLiteral("rfm"), QStringLiteral("--csv"), out});
    VD_EXPECT_EXIT(run, exitSuccess);
    QFile file(out);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray header = file.readLine().trimmed();
    QVERIFY2(header.endsWith("code,name,class,recency_days,frequency,monetary,r,f,m,total,code"),
             header.constData());
    const Run text = cli(
        {QStringLiteral("classify"), m_file, QStringLiteral("--scheme"), QStringLiteral("abc")});
    VD_EXPECT_EXIT(text, exitSuccess);
    QVERIFY(text.stdOut().contains(QStringLiteral("of customers make")));
    QVERIFY(text.stdOut().contains(QStringLiteral("Gini coefficient: 0.")));
}

void TstValueDeskCliClassify::errors()
{
    const auto run = [this](const QStringList &extra) {
        return cli(QStringList{QStringLiteral("classify"), m_file} + extra);
    };
    VD_EXPECT_EXIT(run({}), exitUsage);
    VD_EXPECT_EXIT(run({QStringLiteral("--scheme"), QStringLiteral("nope")}), exitUsage);
    const Run bogus = run({QStringLiteral("--scheme"), QStringLiteral("cost"),
                           QStringLiteral("--options"), QStringLiteral("{\"bogus\": 1}")});
    VD_EXPECT_EXIT(bogus, exitUsage);
    QVERIFY(QString::fromUtf8(bogus.err).contains(QStringLiteral("bogus")));
    VD_EXPECT_EXIT(run({QStringLiteral("--scheme"), QStringLiteral("tiers"),
                        QStringLiteral("--options"), QStringLiteral("[1, 2]")}),
                   exitUsage);
    // Scored schemes need the model.
    VD_EXPECT_EXIT(run({QStringLiteral("--scheme"), QStringLiteral("pyramid")}), exitUsage);
    VD_EXPECT_EXIT(run({QStringLiteral("--scheme"), QStringLiteral("abc"),
                        QStringLiteral("--cutoffs"), QStringLiteral("95,80")}),
                   exitUsage);
    VD_EXPECT_EXIT(run({QStringLiteral("--scheme"), QStringLiteral("abc"), QStringLiteral("--by"),
                        QStringLiteral("score")}),
                   exitUsage);
    VD_EXPECT_EXIT(run({QStringLiteral("--scheme"), QStringLiteral("rfm"),
                        QStringLiteral("--thresholds"), QStringLiteral("1,2,3:4,5,6,7:")}),
                   exitUsage);
    VD_EXPECT_EXIT(run({QStringLiteral("--scheme"), QStringLiteral("rfm"),
                        QStringLiteral("--window-months"), QStringLiteral("-1")}),
                   exitUsage);
}

void TstValueDeskCliClassify::save()
{
    const Run none = cli({QStringLiteral("classify"), m_file, QStringLiteral("--scheme"),
                          QStringLiteral("rfm"), QStringLiteral("--save")});
    VD_EXPECT_EXIT(none, exitFailure);
    QVERIFY(QString::fromUtf8(none.err).contains(QStringLiteral("no evaluation snapshot")));
    VD_EXPECT_EXIT(cli({QStringLiteral("evaluate"), m_file, QStringLiteral("--model"), m_model,
                        QStringLiteral("--save")}),
                   exitSuccess);
    const QJsonObject saved =
        classify({QStringLiteral("--scheme"), QStringLiteral("rfm"), QStringLiteral("--save")});
    QVERIFY(saved.value(QStringLiteral("snapshot")).toInt() > 0);
    const Run text = cli({QStringLiteral("classify"), m_file, QStringLiteral("--scheme"),
                          QStringLiteral("abc"), QStringLiteral("--save")});
    VD_EXPECT_EXIT(text, exitSuccess);
    QVERIFY(text.stdOut().contains(QStringLiteral("Saved with snapshot")));
    VD_EXPECT_EXIT(
        cli({QStringLiteral("classify"), m_file, QStringLiteral("--scheme"), QStringLiteral("abc"),
             QStringLiteral("--save"), QStringLiteral("--window-months"), QStringLiteral("3")}),
        exitFailure);
}

// The six schemes configured by --options: every customer gets one of the scheme's class ids
// (or none), and the summary adds up.
void TstValueDeskCliClassify::otherSchemes()
{
    const QMap<QString, QStringList> classIds{
        {QStringLiteral("cost"), {QStringLiteral("gold"), QStringLiteral("silver"),
                                  QStringLiteral("ordinary"), QStringLiteral("eliminate")}},
        {QStringLiteral("loyalty-value"),
         {QStringLiteral("A"), QStringLiteral("B"), QStringLiteral("C"), QStringLiteral("D"),
          QStringLiteral("E"), QStringLiteral("F")}},
        {QStringLiteral("pyramid"),
         {QStringLiteral("top"), QStringLiteral("important"), QStringLiteral("ordinary"),
          QStringLiteral("small"), QStringLiteral("potential")}},
        {QStringLiteral("amount-frequency"),
         {QStringLiteral("high-value"), QStringLiteral("potential"), QStringLiteral("one-off"),
          QStringLiteral("lapsing")}},
        {QStringLiteral("tiers"), {QStringLiteral("low"), QStringLiteral("mid"), QStringLiteral("high")}},
        {QStringLiteral("kmeans"), {QStringLiteral("cluster-1"), QStringLiteral("cluster-2"),
                                    QStringLiteral("cluster-3")}},
    };
    const QMap<QString, QString> options{
        {QStringLiteral("cost"), QStringLiteral("{\"cost\": \"revenue-share\", \"cost_rate\": 0.5}")},
        {QStringLiteral("tiers"),
         QStringLiteral("{\"metric\": \"revenue\", \"tiers\": [{\"id\": \"mid\", \"from\": 10000},"
                        " {\"id\": \"high\", \"from\": 100000}], \"base\": {\"id\": \"low\","
                        " \"name\": \"Low\"}}")},
        {QStringLiteral("kmeans"), QStringLiteral("{\"k\": 3}")},
    };
    for (auto it = classIds.cbegin(); it != classIds.cend(); ++it) {
        QStringList args{QStringLiteral("--scheme"), it.key(), QStringLiteral("--model"), m_model};
        if (options.contains(it.key()))
            args << QStringLiteral("--options") << options.value(it.key());
        const QJsonObject json = classify(args);
        const QJsonArray customers = json.value(QStringLiteral("customers")).toArray();
        QVERIFY2(customers.size() == m_customers, qPrintable(it.key()));
        int classified = 0;
        QSet<QString> seen;
        for (const QJsonValue &c : customers) {
            const QJsonValue cls = c.toObject().value(QStringLiteral("class"));
            if (cls.isNull())
                continue;
            QVERIFY2(it.value().contains(cls.toString()),
                     qPrintable(it.key() + QStringLiteral(": ") + cls.toString()));
            seen.insert(cls.toString());
            ++classified;
        }
        QVERIFY2(seen.size() >= 2, qPrintable(it.key())); // the demo data spreads customers
        int summed = 0;
        for (const QJsonValue &row : json.value(QStringLiteral("summary")).toArray())
            summed += row.toObject().value(QStringLiteral("customers")).toInt();
        QVERIFY2(summed == classified || summed == m_customers, qPrintable(it.key()));
    }
}

// Issue 6: P(alive) as a classification input — a churn-risk tier below 0.3.
void TstValueDeskCliClassify::churnRiskTierOnPAlive()
{
    const QJsonObject json = classify(
        {QStringLiteral("--scheme"), QStringLiteral("tiers"), QStringLiteral("--options"),
         QStringLiteral("{\"metric\": \"p_alive\", \"tiers\": [{\"id\": \"safe\", \"from\": 0.3}],"
                        " \"base\": {\"id\": \"churn-risk\", \"name\": \"Churn risk\"}}")});
    int safe = 0;
    int risk = 0;
    for (const QJsonValue &c : json.value(QStringLiteral("customers")).toArray()) {
        const QString cls = c.toObject().value(QStringLiteral("class")).toString();
        safe += cls == QLatin1String("safe") ? 1 : 0;
        risk += cls == QLatin1String("churn-risk") ? 1 : 0;
    }
    // The BG/NBD fit gives every buyer a P(alive); the demo has both kinds.
    QVERIFY2(safe > 0 && risk > 0, qPrintable(QStringLiteral("%1 safe, %2 at risk").arg(safe).arg(risk)));
}

QTEST_GUILESS_MAIN(TstValueDeskCliClassify)
#include "tst_valuedeskcliclassify.moc"
