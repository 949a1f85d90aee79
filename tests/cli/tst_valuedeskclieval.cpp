// valuedesk-cli evaluate on a demo file with the lubricant template.
#include "clitestutil.h"

#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

#include <cmath>

using namespace valuedesk::test;

namespace {

// (metric, global weight) of every leaf below `node` of an exported model.
void collectLeaves(const QJsonObject &node, QVector<QPair<QString, double>> &leaves)
{
    const QJsonArray children = node.value(QStringLiteral("children")).toArray();
    if (children.isEmpty()) {
        leaves.append({node.value(QStringLiteral("metric")).toString(),
                       node.value(QStringLiteral("global_weight")).toDouble()});
        return;
    }
    for (const QJsonValue &child : children)
        collectLeaves(child.toObject(), leaves);
}

} // namespace

class TstValueDeskCliEval final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void json();
    void explicitSplit();
    void csv();
    void summary();
    void errors();
    void saveAndListSnapshots();
    void damagedFile_data();
    void damagedFile();

private:
    QString path(const QString &name) const { return m_dir.filePath(name); }
    QJsonObject evaluateJson(const QStringList &extra);

    QTemporaryDir m_dir;
    QString m_file;
    QString m_model;
    int m_customers = 300;
};

void TstValueDeskCliEval::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_file = path(QStringLiteral("demo.vdb"));
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

QJsonObject TstValueDeskCliEval::evaluateJson(const QStringList &extra)
{
    const Run run = cli(QStringList{QStringLiteral("evaluate"), m_file, QStringLiteral("--model"),
                                    m_model, QStringLiteral("--json")} +
                        extra);
    if (run.exitCode != exitSuccess)
        qWarning("%s", qPrintable(run.describe()));
    return run.json().object();
}

void TstValueDeskCliEval::json()
{
    const QJsonObject result = evaluateJson({});
    QVERIFY(!result.isEmpty());
    QCOMPARE(result.value(QStringLiteral("model")).toString(), m_model);
    QCOMPARE(result.value(QStringLiteral("model_version")).toInt(), 1);
    QCOMPARE(result.value(QStringLiteral("as_of")).toString(), QStringLiteral("2026-06-30"));
    QCOMPARE(result.value(QStringLiteral("window_months")).toInt(), 12);
    QCOMPARE(result.value(QStringLiteral("normalise")).toString(), QStringLiteral("zscore"));
    QCOMPARE(result.value(QStringLiteral("split")).toString(), QStringLiteral("mean"));
    const QJsonObject thresholds = result.value(QStringLiteral("thresholds")).toObject();
    const double currentThreshold = thresholds.value(QStringLiteral("current")).toDouble();
    const double potentialThreshold = thresholds.value(QStringLiteral("potential")).toDouble();

    // The model's global weights per top-level criterion, from its export.
    const QString exported = path(QStringLiteral("model.json"));
    VD_EXPECT_EXIT(cli({QStringLiteral("model"), m_file, QStringLiteral("--name"), m_model,
                        QStringLiteral("--export"), exported}),
                   exitSuccess);
    QFile file(exported);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QJsonArray criteria = QJsonDocument::fromJson(file.readAll())
                                    .object()
                                    .value(QStringLiteral("root"))
                                    .toObject()
                                    .value(QStringLiteral("children"))
                                    .toArray();
    QCOMPARE(criteria.size(), 2);
    QVector<QPair<QString, double>> currentLeaves;
    QVector<QPair<QString, double>> potentialLeaves;
    collectLeaves(criteria.at(0).toObject(), currentLeaves);
    collectLeaves(criteria.at(1).toObject(), potentialLeaves);
    QCOMPARE(currentLeaves.size() + potentialLeaves.size(), 12);

    const QJsonArray customers = result.value(QStringLiteral("customers")).toArray();
    QCOMPARE(customers.size(), m_customers);
    QHash<QString, int> quadrants;
    QSet<QString> codes;
    int complete = 0;
    double currentSum = 0;
    for (const QJsonValue &value : customers) {
        const QJsonObject c = value.toObject();
        codes.insert(c.value(QStringLiteral("customer")).toString());
        const QString quadrant = c.value(QStringLiteral("quadrant")).toString();
        quadrants[quadrant] += 1;
        const double current = c.value(QStringLiteral("current")).toDouble();
        const double potential = c.value(QStringLiteral("potential")).toDouble();
        const double total = c.value(QStringLiteral("total")).toDouble();
        currentSum += current;
        QVERIFY(std::abs(total - current - potential) < 1e-9);
        const QString expectedQuadrant =
            QLatin1String(current > currentThreshold ? "high-" : "low-") +
            QLatin1String(potential > potentialThreshold ? "high" : "low");
        QCOMPARE(quadrant, expectedQuadrant);
        const QJsonObject metrics = c.value(QStringLiteral("metrics")).toObject();
        const QJsonObject normalised = c.value(QStringLiteral("normalised")).toObject();
        QCOMPARE(metrics.size(), 12);
        QCOMPARE(normalised.size(), 12);
        const double completeness = c.value(QStringLiteral("completeness")).toDouble();
        QVERIFY(completeness >= 0 && completeness <= 1);
        bool allIncluded = true;
        for (const QJsonValue &v : normalised)
            allIncluded = allIncluded && !v.isNull();
        if (!allIncluded)
            continue; // weights re-normalised for this customer (missing rule "exclude")
        ++complete;
        double expectedCurrent = 0;
        double expectedPotential = 0;
        for (const auto &leaf : currentLeaves)
            expectedCurrent += leaf.second * normalised.value(leaf.first).toDouble();
        for (const auto &leaf : potentialLeaves)
            expectedPotential += leaf.second * normalised.value(leaf.first).toDouble();
        QVERIFY2(std::abs(current - expectedCurrent) < 1e-9,
                 qPrintable(QStringLiteral("%1 vs %2").arg(current).arg(expectedCurrent)));
        QVERIFY(std::abs(potential - expectedPotential) < 1e-9);
    }
    QCOMPARE(codes.size(), m_customers);
    QVERIFY2(complete > m_customers / 3, qPrintable(QString::number(complete)));
    int counted = 0;
    for (auto it = quadrants.cbegin(); it != quadrants.cend(); ++it) {
        QVERIFY(QStringList({QStringLiteral("high-high"), QStringLiteral("high-low"),
                             QStringLiteral("low-high"), QStringLiteral("low-low")})
                    .contains(it.key()));
        counted += it.value();
    }
    QCOMPARE(counted, m_customers);
    QVERIFY(std::abs(currentThreshold - currentSum / m_customers) < 1e-9);
}

void TstValueDeskCliEval::explicitSplit()
{
    const QJsonObject result =
        evaluateJson({QStringLiteral("--split"), QStringLiteral("0,0"), QStringLiteral("--as-of"),
                      QStringLiteral("2026-03-15"), QStringLiteral("--window-months"),
                      QStringLiteral("6"), QStringLiteral("--normalise"), QStringLiteral("rank")});
    QVERIFY(!result.isEmpty());
    const QJsonObject thresholds = result.value(QStringLiteral("thresholds")).toObject();
    QCOMPARE(thresholds.value(QStringLiteral("current")).toDouble(), 0.0);
    QCOMPARE(thresholds.value(QStringLiteral("potential")).toDouble(), 0.0);
    QCOMPARE(result.value(QStringLiteral("as_of")).toString(), QStringLiteral("2026-03-15"));
    QCOMPARE(result.value(QStringLiteral("window_months")).toInt(), 6);
    QCOMPARE(result.value(QStringLiteral("normalise")).toString(), QStringLiteral("rank"));
    // Percentile ranks are ≥ 0, so every score is above a 0 threshold unless all its values are 0.
    int highHigh = 0;
    for (const QJsonValue &v : result.value(QStringLiteral("customers")).toArray())
        highHigh +=
            v.toObject().value(QStringLiteral("quadrant")).toString() == QLatin1String("high-high")
                ? 1
                : 0;
    QVERIFY(highHigh > m_customers / 2);
}

void TstValueDeskCliEval::csv()
{
    const QString out = path(QStringLiteral("eval.csv"));
    const Run run = cli({QStringLiteral("evaluate"), m_file, QStringLiteral("--model"), m_model,
                         QStringLiteral("--csv"), out});
    VD_EXPECT_EXIT(run, exitSuccess);
    QFile file(out);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QString text = QString::fromUtf8(file.readAll());
    if (text.startsWith(QChar(0xFEFF)))
        text.remove(0, 1);
    const QStringList lines = text.split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), m_customers + 1);
    const QStringList header = lines.at(0).split(QLatin1Char(','));
    QCOMPARE(header.size(), 2 + 12 + 5);
    QCOMPARE(header.at(0), QStringLiteral("code"));
    QCOMPARE(header.at(1), QStringLiteral("name"));
    QVERIFY(header.contains(QStringLiteral("revenue")));
    QCOMPARE(header.mid(14), (QStringList{QStringLiteral("current"), QStringLiteral("potential"),
                                          QStringLiteral("total"), QStringLiteral("quadrant"),
                                          QStringLiteral("completeness")}));
    QVERIFY(lines.at(1).startsWith(QStringLiteral("C000001,")));
}

void TstValueDeskCliEval::summary()
{
    const Run run = cli({QStringLiteral("evaluate"), m_file, QStringLiteral("--model"), m_model});
    VD_EXPECT_EXIT(run, exitSuccess);
    const QString text = run.stdOut();
    QVERIFY2(text.contains(QStringLiteral("Evaluated %1 customers").arg(m_customers)),
             qPrintable(text));
    QVERIFY(text.contains(QStringLiteral("Thresholds:")));
    int counted = 0;
    for (const QString &line : text.split(QLatin1Char('\n'))) {
        const QStringList cells = line.split(QLatin1Char('\t'));
        if (cells.size() == 3 && cells.at(0).contains(QLatin1Char('-')))
            counted += cells.at(1).toInt();
    }
    QCOMPARE(counted, m_customers);
}

void TstValueDeskCliEval::errors()
{
    const QString evaluate = QStringLiteral("evaluate");
    const QString model = QStringLiteral("--model");
    const Run unknown = cli({evaluate, m_file, model, QStringLiteral("Nope")});
    VD_EXPECT_EXIT(unknown, exitFailure);
    QCOMPARE(unknown.errLines().size(), 1);
    QVERIFY(unknown.errLines().at(0).contains(QStringLiteral("Nope")));
    QVERIFY(unknown.out.isEmpty());

    for (const char *bad : {"2026-13-01", "yesterday", "2026-6-30"})
        VD_EXPECT_EXIT(cli({evaluate, m_file, model, m_model, QStringLiteral("--as-of"),
                            QString::fromLatin1(bad)}),
                       exitUsage);
    VD_EXPECT_EXIT(cli({evaluate, m_file, model, m_model, QStringLiteral("--window-months"),
                        QStringLiteral("0")}),
                   exitUsage);
    VD_EXPECT_EXIT(cli({evaluate, m_file, model, m_model, QStringLiteral("--normalise"),
                        QStringLiteral("l2")}),
                   exitUsage);
    VD_EXPECT_EXIT(
        cli({evaluate, m_file, model, m_model, QStringLiteral("--split"), QStringLiteral("1,x")}),
        exitUsage);
    VD_EXPECT_EXIT(cli({evaluate, m_file, model, m_model, QStringLiteral("--json"),
                        QStringLiteral("--csv"), path(QStringLiteral("x.csv"))}),
                   exitUsage);
    VD_EXPECT_EXIT(cli({evaluate, m_file}), exitUsage);
    VD_EXPECT_EXIT(cli({evaluate, path(QStringLiteral("missing.vdb")), model, m_model}),
                   exitFailure);
}

void TstValueDeskCliEval::saveAndListSnapshots()
{
    const QString snapshots = QStringLiteral("snapshots");
    const Run none = cli({snapshots, m_file, QStringLiteral("--json")});
    VD_EXPECT_EXIT(none, exitSuccess);
    QCOMPARE(none.json().object(), QJsonObject({{QStringLiteral("snapshots"), QJsonArray()}}));

    const Run saved = cli({QStringLiteral("evaluate"), m_file, QStringLiteral("--model"), m_model,
                           QStringLiteral("--save")});
    VD_EXPECT_EXIT(saved, exitSuccess);
    QVERIFY2(saved.stdOut().contains(QStringLiteral("\nSaved snapshot 1\n")),
             qPrintable(saved.describe()));

    const QJsonObject result = evaluateJson(
        {QStringLiteral("--save"), QStringLiteral("--split"), QStringLiteral("0.5,-0.25"),
         QStringLiteral("--normalise"), QStringLiteral("minmax"), QStringLiteral("--window-months"),
         QStringLiteral("6")});
    QCOMPARE(result.value(QStringLiteral("snapshot")).toInt(), 2);
    QHash<QString, int> quadrants;
    for (const QJsonValue &c : result.value(QStringLiteral("customers")).toArray())
        ++quadrants[c.toObject().value(QStringLiteral("quadrant")).toString()];
    // Without --save there is no "snapshot" key.
    QVERIFY(!evaluateJson({}).contains(QStringLiteral("snapshot")));

    const Run listed = cli({snapshots, m_file, QStringLiteral("--json")});
    VD_EXPECT_EXIT(listed, exitSuccess);
    const QJsonArray array = listed.json().object().value(QStringLiteral("snapshots")).toArray();
    QCOMPARE(array.size(), 2);
    const QJsonObject newest = array.at(0).toObject();
    QStringList keys = newest.keys();
    keys.sort();
    QCOMPARE(keys,
             (QStringList{QStringLiteral("as_of"), QStringLiteral("author"),
                          QStringLiteral("created_at"), QStringLiteral("customers"),
                          QStringLiteral("id"), QStringLiteral("label"), QStringLiteral("model"),
                          QStringLiteral("model_version"), QStringLiteral("normalise"),
                          QStringLiteral("quadrants"), QStringLiteral("split"),
                          QStringLiteral("thresholds"), QStringLiteral("window_months")}));
    QCOMPARE(newest.value(QStringLiteral("id")).toInt(), 2);
    QVERIFY(
        QDateTime::fromString(newest.value(QStringLiteral("created_at")).toString(), Qt::ISODate)
            .isValid());
    QVERIFY(!newest.value(QStringLiteral("author")).toString().isEmpty());
    QCOMPARE(newest.value(QStringLiteral("label")).toString(), QString());
    QCOMPARE(newest.value(QStringLiteral("model")).toString(), m_model);
    QCOMPARE(newest.value(QStringLiteral("model_version")).toInt(), 1);
    QCOMPARE(newest.value(QStringLiteral("as_of")).toString(), QStringLiteral("2026-06-30"));
    QCOMPARE(newest.value(QStringLiteral("window_months")).toInt(), 6);
    QCOMPARE(newest.value(QStringLiteral("normalise")).toString(), QStringLiteral("minmax"));
    QCOMPARE(newest.value(QStringLiteral("split")).toString(), QStringLiteral("0.5,-0.25"));
    QCOMPARE(newest.value(QStringLiteral("thresholds")).toObject(),
             QJsonObject({{QStringLiteral("current"), 0.5}, {QStringLiteral("potential"), -0.25}}));
    QCOMPARE(newest.value(QStringLiteral("customers")).toInt(), m_customers);
    const QJsonObject counts = newest.value(QStringLiteral("quadrants")).toObject();
    QCOMPARE(counts.size(), 4);
    for (const char *q : {"high-high", "high-low", "low-high", "low-low"})
        QCOMPARE(counts.value(QLatin1String(q)).toInt(), quadrants.value(QLatin1String(q)));

    const QJsonObject oldest = array.at(1).toObject();
    QCOMPARE(oldest.value(QStringLiteral("id")).toInt(), 1);
    QCOMPARE(oldest.value(QStringLiteral("split")).toString(), QStringLiteral("mean"));
    QCOMPARE(oldest.value(QStringLiteral("normalise")).toString(), QStringLiteral("zscore"));
    QCOMPARE(oldest.value(QStringLiteral("window_months")).toInt(), 12);

    const Run text = cli({snapshots, m_file});
    VD_EXPECT_EXIT(text, exitSuccess);
    const QStringList lines = text.stdOut().split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 3);
    QVERIFY(lines.at(0).startsWith(QStringLiteral("id\tcreated\tauthor\tmodel")));
    QVERIFY(lines.at(1).startsWith(QStringLiteral("2\t")));
    QVERIFY(lines.at(1).contains(
        QStringLiteral("\t%1 v1\t2026-06-30\t6\t%2\t").arg(m_model).arg(m_customers)));
    QVERIFY(lines.at(2).startsWith(QStringLiteral("1\t")));

    VD_EXPECT_EXIT(cli({snapshots}), exitUsage);
    VD_EXPECT_EXIT(cli({snapshots, path(QStringLiteral("missing.vdb"))}), exitFailure);
}

void TstValueDeskCliEval::damagedFile_data()
{
    QTest::addColumn<QString>("sql"); // run on a copy of the demo file, as another program could
    QTest::addColumn<QString>("expected");
    // Issue 10: a wrapped month total made evaluate print revenue -0.04.
    QTest::newRow("wrapped month total")
        << QStringLiteral("UPDATE customer_months SET revenue_cents = -8446744073709551616"
                          " WHERE month = (SELECT max(month) - 1 FROM customer_months)")
        << QStringLiteral("customer_months/revenue_cents for customer ");
    // ... and an unreadable last day "has no transactions yet".
    QTest::newRow("last day") << QStringLiteral(
                                     "UPDATE customer_months SET last_day = '9999-99-99'"
                                     " WHERE month = (SELECT max(month) FROM customer_months)")
                              << QStringLiteral("invalid date in customer_months/last_day");
}

void TstValueDeskCliEval::damagedFile()
{
    QFETCH(QString, sql);
    QFETCH(QString, expected);
    const QString copy = path(QStringLiteral("damaged.vdb"));
    QFile::remove(copy);
    QVERIFY(QFile::copy(m_file, copy));
    {
        QSqlDatabase db =
            QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("damage"));
        db.setDatabaseName(copy);
        QVERIFY(db.open());
        QSqlQuery q(db);
        QVERIFY(q.exec(sql));
        QVERIFY(q.numRowsAffected() > 0);
        q.finish();
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("damage"));

    const Run run = cli({QStringLiteral("evaluate"), copy, QStringLiteral("--model"), m_model,
                         QStringLiteral("--json")});
    VD_EXPECT_EXIT(run, exitFailure);
    QVERIFY(run.out.isEmpty());
    QCOMPARE(run.errLines().size(), 1);
    QVERIFY2(run.errLines().at(0).contains(expected), qPrintable(run.describe()));
    QVERIFY2(!run.errLines().at(0).contains(QLatin1String("overflow")), qPrintable(run.describe()));
}

QTEST_GUILESS_MAIN(TstValueDeskCliEval)
#include "tst_valuedeskclieval.moc"
