#include "clitestutil.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTemporaryDir>

#include <cmath>

using namespace valuedesk::test;

namespace {

const QString cdnow = QStringLiteral(VALUEDESK_TEST_DATA_DIR "/cdnow/cdnow_sample_tx.csv");

// Within half a unit of the last digit the source publishes (`halfUnit`): 0.243 → ± 0.0005.
bool near(double value, double published, double halfUnit)
{
    return std::abs(value - published) <= halfUnit;
}

} // namespace

class TstValueDeskCliClv final : public QObject
{
    Q_OBJECT

private slots:
    void bgnbdOnTransactionsCsv();
    void lifetimesConvention();
    void refundsAreReported();
    void customerFileMatchesCsv();
    void simpleAndNpv();
    void degenerateData();
    void usageErrors();

private:
    QTemporaryDir m_dir;
};

void TstValueDeskCliClv::bgnbdOnTransactionsCsv()
{
    const Run run = cli(
        {QStringLiteral("clv"), QStringLiteral("--transactions"), cdnow, QStringLiteral("--model"),
         QStringLiteral("bgnbd"), QStringLiteral("--calibration-end"), QStringLiteral("1997-09-30"),
         QStringLiteral("--horizon"), QStringLiteral("39"), QStringLiteral("--json")});
    VD_EXPECT_EXIT(run, exitSuccess);
    const QJsonObject json = run.json().object();
    QCOMPARE(json.value(QStringLiteral("model")).toString(), QStringLiteral("bgnbd"));
    QCOMPARE(json.value(QStringLiteral("time_unit")).toString(), QStringLiteral("week"));
    // Fader, Hardie & Lee (2005): r = 0.243, α = 4.414, a = 0.793, b = 2.426, LL = −9 582.4;
    // Fader & Hardie (2013): p = 6.25, q = 3.74, γ = 15.44 — each to its published digits.
    const QJsonObject params = json.value(QStringLiteral("params")).toObject();
    QVERIFY(near(params.value(QStringLiteral("r")).toDouble(), 0.243, 0.0005));
    QVERIFY(near(params.value(QStringLiteral("alpha")).toDouble(), 4.414, 0.0005));
    QVERIFY(near(params.value(QStringLiteral("a")).toDouble(), 0.793, 0.0005));
    QVERIFY(near(params.value(QStringLiteral("b")).toDouble(), 2.426, 0.0005));
    QVERIFY(near(json.value(QStringLiteral("log_likelihood")).toDouble(), -9582.4, 0.1));
    const QJsonObject gg = json.value(QStringLiteral("gamma_gamma")).toObject();
    QVERIFY(near(gg.value(QStringLiteral("p")).toDouble(), 6.25, 0.005));
    QVERIFY(near(gg.value(QStringLiteral("q")).toDouble(), 3.74, 0.005));
    QVERIFY(near(gg.value(QStringLiteral("gamma")).toDouble(), 15.44, 0.005));
    const QJsonArray customers = json.value(QStringLiteral("customers")).toArray();
    QCOMPARE(customers.size(), 2357);
    const QJsonObject first = customers.at(0).toObject();
    QCOMPARE(first.value(QStringLiteral("customer")).toString(), QStringLiteral("0001"));
    QCOMPARE(first.value(QStringLiteral("frequency")).toDouble(), 2.0);
    for (const char *key :
         {"recency", "T", "p_alive", "expected_purchases", "expected_spend", "clv"})
        QVERIFY2(first.value(QString::fromLatin1(key)).isDouble(), key);
    // cdnow_customers_summary_with_transactions.csv: t_x = 30.43, T = 38.86 (two decimals).
    QVERIFY(near(first.value(QStringLiteral("recency")).toDouble(), 30.43, 0.005));
    QVERIFY(near(first.value(QStringLiteral("T")).toDouble(), 38.86, 0.005));
    // Holdout totals: 1 882 actual, Σ E[Y(39)] = 1 653.4 ± 1 (tst_bgnbdmodel, reference script).
    double actual = 0;
    double predicted = 0;
    for (const QJsonValue &g : json.value(QStringLiteral("holdout"))
                                   .toObject()
                                   .value(QStringLiteral("groups"))
                                   .toArray()) {
        const QJsonObject o = g.toObject();
        const double n = o.value(QStringLiteral("customers")).toDouble();
        actual += n * o.value(QStringLiteral("actual")).toDouble();
        predicted += n * o.value(QStringLiteral("predicted")).toDouble();
    }
    QCOMPARE(std::lround(actual), 1882L);
    QVERIFY2(near(predicted, 1653.4, 1.0), qPrintable(QString::number(predicted)));
    // The holdout series (calibration end before the last purchase day): 8 groups.
    const QJsonArray groups =
        json.value(QStringLiteral("holdout")).toObject().value(QStringLiteral("groups")).toArray();
    QCOMPARE(groups.size(), 8);
    QCOMPARE(groups.at(7).toObject().value(QStringLiteral("and_more")).toBool(), true);
}

void TstValueDeskCliClv::lifetimesConvention()
{
    // The `lifetimes` library's GammaGammaFitter.customer_lifetime_value (time = 12 months,
    // discount_rate = 0.01, freq "W": a month of 4.345 weeks; BG/NBD and Gamma-Gamma fitted in
    // weeks to 1997-09-30) on the CDNOW sample: 36.27 (0001), 283.56 (0006), 972.05 (1516), issue
    // 10; checked to those two decimals. The default convention (30.4375-day months, 52 weeks)
    // gives 36.2011, 283.0162, 970.3068 (README; stdlib-Python reference
    // tests/data/cdnow/reference/clv.py).
    const QStringList common{QStringLiteral("clv"),
                             QStringLiteral("--transactions"),
                             cdnow,
                             QStringLiteral("--model"),
                             QStringLiteral("bgnbd"),
                             QStringLiteral("--calibration-end"),
                             QStringLiteral("1997-09-30"),
                             QStringLiteral("--json")};
    const Run run =
        cli(common + QStringList{QStringLiteral("--convention"), QStringLiteral("lifetimes")});
    VD_EXPECT_EXIT(run, exitSuccess);
    const QJsonObject json = run.json().object();
    QCOMPARE(json.value(QStringLiteral("convention")).toString(), QStringLiteral("lifetimes"));
    QCOMPARE(json.value(QStringLiteral("horizon")).toDouble(), 12 * 4.345);
    const QJsonArray customers = json.value(QStringLiteral("customers")).toArray();
    QCOMPARE(customers.size(), 2357);
    const struct
    {
        int index;
        const char *customer;
        double lifetimes;
        double valuedesk;
    } expected[] = {{0, "0001", 36.27, 36.2011},
                    {5, "0006", 283.56, 283.0162},
                    {1515, "1516", 972.05, 970.3068}};
    for (const auto &e : expected) {
        const QJsonObject c = customers.at(e.index).toObject();
        QCOMPARE(c.value(QStringLiteral("customer")).toString(), QString::fromLatin1(e.customer));
        const double clv = c.value(QStringLiteral("clv")).toDouble();
        QVERIFY2(
            std::abs(clv - e.lifetimes) <= 0.005,
            qPrintable(QStringLiteral("%1: %2").arg(QString::fromLatin1(e.customer)).arg(clv)));
    }

    const Run byDefault = cli(common);
    VD_EXPECT_EXIT(byDefault, exitSuccess);
    const QJsonObject ours = byDefault.json().object();
    QVERIFY(!ours.contains(QStringLiteral("convention"))); // the default output is unchanged
    QCOMPARE(ours.value(QStringLiteral("horizon")).toDouble(), 52.0);
    const QJsonArray ourCustomers = ours.value(QStringLiteral("customers")).toArray();
    for (const auto &e : expected) {
        const double clv =
            ourCustomers.at(e.index).toObject().value(QStringLiteral("clv")).toDouble();
        QVERIFY2(
            std::abs(clv - e.valuedesk) <= 0.0005,
            qPrintable(QStringLiteral("%1: %2").arg(QString::fromLatin1(e.customer)).arg(clv)));
    }
    const Run explicitDefault =
        cli(common + QStringList{QStringLiteral("--convention"), QStringLiteral("valuedesk")});
    VD_EXPECT_EXIT(explicitDefault, exitSuccess);
    QCOMPARE(explicitDefault.out, byDefault.out);
}

void TstValueDeskCliClv::refundsAreReported()
{
    // Refund days are not purchases, and the customers whose refunds outweigh their repeat
    // purchases are left out of the spend model — said on stderr, not silently.
    const QString tx = m_dir.filePath(QStringLiteral("refunds.csv"));
    QFile f(tx);
    QVERIFY(f.open(QIODevice::WriteOnly));
    QByteArray csv("customer_id,date,amount\n");
    const int spends[] = {12, 20, 35, 18, 50, 27, 44, 31, 22, 15, 60, 9};
    for (int i = 0; i < 12; ++i) {
        csv += QByteArray("C") + QByteArray::number(i) + ",2024-01-01,10\n";
        for (int k = 1; k <= 1 + i % 3; ++k)
            csv += QByteArray("C") + QByteArray::number(i) + ',' +
                   QDate(2024, 1, 1).addDays(7 * k + i).toString(Qt::ISODate).toLatin1() + ',' +
                   QByteArray::number(spends[i] + k) + '\n';
    }
    csv += "R,2024-01-01,10\nR,2024-01-11,20\nR,2024-01-21,-25\n";
    f.write(csv);
    f.close();
    const Run run = cli({QStringLiteral("clv"), QStringLiteral("--transactions"), tx,
                         QStringLiteral("--model"), QStringLiteral("bgnbd"),
                         QStringLiteral("--calibration-end"), QStringLiteral("2024-03-31")});
    VD_EXPECT_EXIT(run, exitSuccess);
    const QString err = QString::fromUtf8(run.err);
    QVERIFY2(err.contains(QStringLiteral("1 days with a net amount <= 0")), qPrintable(err));
    QVERIFY2(err.contains(QStringLiteral("left out 1 repeat customers")), qPrintable(err));
    QVERIFY2(QString::fromUtf8(run.out).contains(QStringLiteral("1 left out")),
             qPrintable(QString::fromUtf8(run.out)));
}

void TstValueDeskCliClv::customerFileMatchesCsv()
{
    const QString file = m_dir.filePath(QStringLiteral("cdnow.vdb"));
    VD_EXPECT_EXIT(cli({QStringLiteral("init"), file}), exitSuccess);
    VD_EXPECT_EXIT(cli({QStringLiteral("import"), file, QStringLiteral("--transactions"), cdnow,
                        QStringLiteral("--create-missing-customers")}),
                   exitSuccess);
    const QStringList options{QStringLiteral("--model"), QStringLiteral("bgnbd"),
                              QStringLiteral("--calibration-end"), QStringLiteral("1997-09-30"),
                              QStringLiteral("--json")};
    const Run fromFile = cli(QStringList{QStringLiteral("clv"), file} + options);
    const Run fromCsv =
        cli(QStringList{QStringLiteral("clv"), QStringLiteral("--transactions"), cdnow} + options);
    VD_EXPECT_EXIT(fromFile, exitSuccess);
    VD_EXPECT_EXIT(fromCsv, exitSuccess);
    const QJsonObject a = fromFile.json().object();
    const QJsonObject b = fromCsv.json().object();
    QCOMPARE(a.value(QStringLiteral("params")), b.value(QStringLiteral("params")));
    QCOMPARE(a.value(QStringLiteral("customers")).toArray().size(), 2357);
}

void TstValueDeskCliClv::simpleAndNpv()
{
    const QString tx = m_dir.filePath(QStringLiteral("two.csv"));
    QFile f(tx);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("customer_id,date,amount\nA,2023-06-01,100\nA,2024-06-01,200\nB,2024-06-01,50\n");
    f.close();
    const Run npv = cli(
        {QStringLiteral("clv"), QStringLiteral("--transactions"), tx, QStringLiteral("--model"),
         QStringLiteral("npv"), QStringLiteral("--calibration-end"), QStringLiteral("2024-12-31"),
         QStringLiteral("--horizon"), QStringLiteral("2"), QStringLiteral("--unit-margin"),
         QStringLiteral("0.5"), QStringLiteral("--retention-cost"), QStringLiteral("10"),
         QStringLiteral("--acquisition-cost"), QStringLiteral("20"), QStringLiteral("--json")});
    VD_EXPECT_EXIT(npv, exitSuccess);
    const QJsonArray rows = npv.json().object().value(QStringLiteral("customers")).toArray();
    QCOMPARE(rows.size(), 2);
    // A: 100 in year 2 (2023-06-01), 200 in year 1 (2024-06-01); mean 150.
    // NPV = (75 − 10)/1.1 + (75 − 10)/1.21 − 20.
    const double expected = 65 / 1.1 + 65 / 1.21 - 20;
    QVERIFY(std::abs(rows.at(0).toObject().value(QStringLiteral("npv")).toDouble() - expected) <
            1e-9);
    const Run simple =
        cli({QStringLiteral("clv"), QStringLiteral("--transactions"), tx, QStringLiteral("--model"),
             QStringLiteral("simple"), QStringLiteral("--calibration-end"),
             QStringLiteral("2024-12-31"), QStringLiteral("--horizon"), QStringLiteral("3"),
             QStringLiteral("--json")});
    VD_EXPECT_EXIT(simple, exitSuccess);
    const QJsonObject b =
        simple.json().object().value(QStringLiteral("customers")).toArray().at(1).toObject();
    QCOMPARE(b.value(QStringLiteral("customer")).toString(), QStringLiteral("B"));
    QCOMPARE(b.value(QStringLiteral("clv")).toDouble(), 150.0); // 50 a year (one year) × 3
}

void TstValueDeskCliClv::degenerateData()
{
    const QString once = m_dir.filePath(QStringLiteral("once.csv"));
    QFile f(once);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("customer_id,date,amount\nA,2024-01-01,10\nB,2024-02-01,20\nB,2024-02-01,5\n");
    f.close();
    const Run noRepeat = cli({QStringLiteral("clv"), QStringLiteral("--transactions"), once,
                              QStringLiteral("--model"), QStringLiteral("bgnbd")});
    VD_EXPECT_EXIT(noRepeat, exitRejected);
    QVERIFY(QString::fromUtf8(noRepeat.err).contains(QStringLiteral("bought again")));
    const Run tooEarly = cli({QStringLiteral("clv"), QStringLiteral("--transactions"), cdnow,
                              QStringLiteral("--model"), QStringLiteral("bgnbd"),
                              QStringLiteral("--calibration-end"), QStringLiteral("1990-01-01")});
    VD_EXPECT_EXIT(tooEarly, exitRejected);
    QVERIFY(QString::fromUtf8(tooEarly.err).contains(QStringLiteral("1990-01-01")));
    const Run simpleEarly =
        cli({QStringLiteral("clv"), QStringLiteral("--transactions"), once,
             QStringLiteral("--model"), QStringLiteral("simple"),
             QStringLiteral("--calibration-end"), QStringLiteral("1990-01-01")});
    VD_EXPECT_EXIT(simpleEarly, exitRejected);
    // Never NaN in the JSON: every number is finite or null.
    const Run run =
        cli({QStringLiteral("clv"), QStringLiteral("--transactions"), cdnow,
             QStringLiteral("--model"), QStringLiteral("bgnbd"), QStringLiteral("--json")});
    VD_EXPECT_EXIT(run, exitSuccess);
    QVERIFY(!run.out.contains("nan") && !run.out.contains("inf"));
}

void TstValueDeskCliClv::usageErrors()
{
    VD_EXPECT_EXIT(cli({QStringLiteral("clv"), QStringLiteral("--transactions"), cdnow}),
                   exitUsage);
    VD_EXPECT_EXIT(cli({QStringLiteral("clv"), QStringLiteral("--transactions"), cdnow,
                        QStringLiteral("--model"), QStringLiteral("bgnbd"),
                        QStringLiteral("--time-unit"), QStringLiteral("year")}),
                   exitUsage);
    VD_EXPECT_EXIT(cli({QStringLiteral("clv"), QStringLiteral("--transactions"), cdnow,
                        QStringLiteral("--model"), QStringLiteral("bgnbd"),
                        QStringLiteral("--horizon"), QStringLiteral("-3")}),
                   exitUsage);
    VD_EXPECT_EXIT(cli({QStringLiteral("clv"), QStringLiteral("--model"), QStringLiteral("npv")}),
                   exitUsage);
    VD_EXPECT_EXIT(cli({QStringLiteral("clv"), QStringLiteral("--transactions"), cdnow,
                        QStringLiteral("--model"), QStringLiteral("bgnbd"),
                        QStringLiteral("--convention"), QStringLiteral("pandas")}),
                   exitUsage);
    VD_EXPECT_EXIT(cli({QStringLiteral("clv"), QStringLiteral("--transactions"), cdnow,
                        QStringLiteral("--model"), QStringLiteral("simple"),
                        QStringLiteral("--convention"), QStringLiteral("lifetimes")}),
                   exitUsage);
    VD_EXPECT_EXIT(cli({QStringLiteral("clv"), QStringLiteral("--help")}), exitSuccess);
}

QTEST_GUILESS_MAIN(TstValueDeskCliClv)
#include "tst_valuedeskcliclv.moc"
