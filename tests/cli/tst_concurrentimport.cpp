// Two valuedesk-cli processes writing one customer file at once: two transaction imports started
// together, and a customers import started at several points of a running transactions import
// (at once, while it reads its CSV, and while it commits). Each import must either succeed (the
// writes are serialised) or fail cleanly: exit 1 with a one-line message that does not blame a
// data row. Never lost or doubled rows: the final counts are the counts before plus what the
// succeeded imports added, integrity_check is ok and the monthly roll-up matches transactions.
//
// VALUEDESK_CONCURRENT_ROUNDS (default 3) sets the rounds of each scenario.

#include <QElapsedTimer>
#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QThread>
#include <QtTest>

#include <memory>

#include "clitestutil.h"
#include "filesafetyutil.h"

namespace {

using namespace valuedesk::test;

struct Import
{
    QString label;
    QStringList arguments;
    qint64 customersAdded = 0;
    qint64 transactionsAdded = 0;
    std::unique_ptr<QProcess> process;
    QString errors = {}; // stderr, kept by checkEnding

    void start()
    {
        process = std::make_unique<QProcess>();
        process->setProgram(QStringLiteral(VALUEDESK_CLI_PATH));
        process->setArguments(arguments);
        process->start();
    }
    bool succeeded() const
    {
        return process->exitStatus() == QProcess::NormalExit && process->exitCode() == 0;
    }
};

// What is wrong with how one import ended, or an empty string: success, or a clean failure.
QString checkEnding(Import &import)
{
    QProcess &p = *import.process;
    if (p.state() != QProcess::NotRunning && !p.waitForFinished(300000))
        return import.label + QStringLiteral(" did not finish");
    const QString err = QString::fromUtf8(p.readAllStandardError());
    import.errors = err;
    const QString what = QStringLiteral("%1: exit status %2, exit %3, stderr: %4")
                             .arg(import.label)
                             .arg(p.exitStatus())
                             .arg(p.exitCode())
                             .arg(err);
    if (p.exitStatus() != QProcess::NormalExit)
        return QStringLiteral("crashed; ") + what;
    if (p.exitCode() == 0)
        return {};
    const QStringList lines = err.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    for (QString line : lines) {
        // "Line N, Field (column ...): reason" is how bad data rows are reported; a busy file
        // is not a row's fault (today: "valuedesk-cli: Line 2: Customer N00001 could not be
        // added. (database is locked ...)", until writes take the lock up front).
        if (line.startsWith(QLatin1String("valuedesk-cli: ")))
            line.remove(0, 15);
        if (line.startsWith(QLatin1String("Line ")))
            return QStringLiteral("a busy file is blamed on a data row; ") + what;
        if (looksLikeRawSql(line))
            return QStringLiteral("the message shows raw SQL; ") + what;
    }
    if (p.exitCode() != exitFailure)
        return QStringLiteral("failed with an exit code other than 1; ") + what;
    if (lines.size() != 1 || !lines.constFirst().startsWith(QLatin1String("valuedesk-cli: ")))
        return QStringLiteral("not one 'valuedesk-cli: ' line; ") + what;
    return {};
}

} // namespace

class TstConcurrentImport : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void twoTransactionImportsAtOnce();
    void customersImportDuringTransactionsImport_data();
    void customersImportDuringTransactionsImport();

private:
    // Runs the imports on a fresh copy (the second one started as `startSecond` says once the
    // first runs) and checks the outcome; returns a one-line description of the round.
    QString runRound(QVector<Import *> imports, const std::function<bool(qint64 ns)> &startSecond);

    QTemporaryDir m_dir;
    QString m_pristine;
    QString m_file;
    qint64 m_customersBefore = 0;
    qint64 m_transactionsBefore = 0;
    QString m_csvA;
    QString m_csvB;
    QString m_customersCsv;
    int m_rowsA = 30000;
    int m_rowsB = 50000;
    int m_newCustomers = 300;
    int m_rounds = 3;
    qint64 m_bDurationNs = 0;
};

void TstConcurrentImport::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_rounds = envInt("VALUEDESK_CONCURRENT_ROUNDS", m_rounds);
    m_pristine = m_dir.filePath(QStringLiteral("pristine.vdb"));
    m_file = m_dir.filePath(QStringLiteral("shared.vdb"));
    VD_EXPECT_EXIT(cli({QStringLiteral("demo"), m_pristine, QStringLiteral("--customers"),
                        QStringLiteral("500"), QStringLiteral("--seed"), QStringLiteral("5")}),
                   exitSuccess);
    QStringList codes;
    {
        RawDb db(m_pristine);
        QVERIFY2(db.isOpen(), qPrintable(db.lastError()));
        codes = db.customerCodes();
        m_customersBefore = db.count(QStringLiteral("customers"));
        m_transactionsBefore = db.count(QStringLiteral("transactions"));
    }
    QVERIFY(sidecarsOf(m_pristine).isEmpty());
    m_csvA = m_dir.filePath(QStringLiteral("a.csv"));
    m_csvB = m_dir.filePath(QStringLiteral("b.csv"));
    QVERIFY(writeFile(m_csvA,
                      transactionsCsv(codes, m_rowsA, 11, QDate(2022, 1, 1), QDate(2026, 6, 30))));
    QVERIFY(writeFile(m_csvB,
                      transactionsCsv(codes, m_rowsB, 12, QDate(2020, 1, 1), QDate(2026, 12, 31))));
    // New customers, and existing ones whose industry is updated.
    QByteArray customers("code,name,industry\n");
    for (int i = 1; i <= m_newCustomers; ++i)
        customers += "N" + QByteArray::number(i).rightJustified(5, '0') + ",New customer " +
                     QByteArray::number(i) + ",Chemicals\n";
    for (int i = 0; i < 100; ++i)
        customers += codes.at(i).toUtf8() + ",Renamed customer " + QByteArray::number(i) +
                     ",Updated industry\n";
    m_customersCsv = m_dir.filePath(QStringLiteral("customers.csv"));
    QVERIFY(writeFile(m_customersCsv, customers));

    // How long the transactions import B takes alone (to place the customers import in it).
    QVERIFY(copyPristine(m_pristine, m_file));
    QElapsedTimer timer;
    timer.start();
    VD_EXPECT_EXIT(
        cli({QStringLiteral("import"), m_file, QStringLiteral("--transactions"), m_csvB}),
        exitSuccess);
    m_bDurationNs = timer.nsecsElapsed();
    qInfo("import of %d rows alone: %.0f ms", m_rowsB, double(m_bDurationNs) / 1e6);
}

QString TstConcurrentImport::runRound(QVector<Import *> imports,
                                      const std::function<bool(qint64 ns)> &startSecond)
{
    if (!copyPristine(m_pristine, m_file))
        return QStringLiteral("FAIL: cannot copy the pristine file");
    QElapsedTimer timer;
    timer.start();
    imports.at(0)->start();
    bool secondStarted = false;
    while (!secondStarted) {
        if (startSecond(timer.nsecsElapsed()) ||
            imports.at(0)->process->state() == QProcess::NotRunning ||
            imports.at(0)->process->waitForFinished(0)) {
            imports.at(1)->start();
            secondStarted = true;
        } else {
            QThread::usleep(250);
        }
    }
    const qint64 secondAt = timer.nsecsElapsed();
    QStringList problems;
    qint64 customers = m_customersBefore;
    qint64 transactions = m_transactionsBefore;
    QStringList endings;
    for (Import *import : imports) {
        if (const QString problem = checkEnding(*import); !problem.isEmpty())
            problems.append(problem);
        if (import->succeeded()) {
            customers += import->customersAdded;
            transactions += import->transactionsAdded;
            endings.append(import->label + QStringLiteral(" ok"));
        } else {
            endings.append(import->label + QStringLiteral(" failed (exit %1: %2)")
                                               .arg(import->process->exitCode())
                                               .arg(import->errors.trimmed()));
        }
    }
    {
        RawDb db(m_file);
        if (const QString problem = db.consistencyProblem(); !problem.isEmpty())
            problems.append(problem);
        if (db.count(QStringLiteral("customers")) != customers)
            problems.append(QStringLiteral("%1 customers, expected %2")
                                .arg(db.count(QStringLiteral("customers")))
                                .arg(customers));
        if (db.count(QStringLiteral("transactions")) != transactions)
            problems.append(QStringLiteral("%1 transactions, expected %2")
                                .arg(db.count(QStringLiteral("transactions")))
                                .arg(transactions));
    }
    const QString line = QStringLiteral("second started at %1 ms: %2")
                             .arg(double(secondAt) / 1e6, 0, 'f', 0)
                             .arg(endings.join(QLatin1String(", ")));
    qInfo("%s", qPrintable(line));
    if (!problems.isEmpty())
        return QStringLiteral("FAIL: ") + line + QLatin1Char('\n') +
               problems.join(QLatin1Char('\n'));
    return line;
}

void TstConcurrentImport::twoTransactionImportsAtOnce()
{
    QStringList failures;
    for (int round = 0; round < m_rounds; ++round) {
        Import a{QStringLiteral("transactions A"),
                 {QStringLiteral("import"), m_file, QStringLiteral("--transactions"), m_csvA},
                 0,
                 m_rowsA,
                 {}};
        Import b{QStringLiteral("transactions B"),
                 {QStringLiteral("import"), m_file, QStringLiteral("--transactions"), m_csvB},
                 0,
                 m_rowsB,
                 {}};
        // Started back to back: both read and check their CSV at the same time.
        const QString result = runRound({&a, &b}, [](qint64) { return true; });
        if (result.startsWith(QLatin1String("FAIL")))
            failures.append(QStringLiteral("round %1: ").arg(round) + result);
    }
    QVERIFY2(failures.isEmpty(), qPrintable(failures.join(QLatin1Char('\n'))));
}

void TstConcurrentImport::customersImportDuringTransactionsImport_data()
{
    QTest::addColumn<QString>("when");
    QTest::newRow("at once") << QStringLiteral("0");
    QTest::newRow("while it reads") << QStringLiteral("0.5");
    QTest::newRow("while it commits") << QStringLiteral("commit");
}

void TstConcurrentImport::customersImportDuringTransactionsImport()
{
    QFETCH(QString, when);
    const QString wal = m_file + QStringLiteral("-wal");
    const qint64 bDuration = m_bDurationNs;
    const std::function<bool(qint64)> startSecond = [when, wal, bDuration](qint64 ns) {
        if (when == QLatin1String("commit")) // the -wal grows: the transaction writes pages
            return QFileInfo(wal).exists() && QFileInfo(wal).size() > 0;
        return double(ns) >= when.toDouble() * double(bDuration);
    };
    QStringList failures;
    for (int round = 0; round < m_rounds; ++round) {
        Import tx{QStringLiteral("transactions B"),
                  {QStringLiteral("import"), m_file, QStringLiteral("--transactions"), m_csvB},
                  0,
                  m_rowsB,
                  {}};
        Import customers{
            QStringLiteral("customers"),
            {QStringLiteral("import"), m_file, QStringLiteral("--customers"), m_customersCsv},
            m_newCustomers,
            0,
            {}};
        const QString result = runRound({&tx, &customers}, startSecond);
        if (result.startsWith(QLatin1String("FAIL")))
            failures.append(QStringLiteral("round %1: ").arg(round) + result);
    }
    QVERIFY2(failures.isEmpty(), qPrintable(failures.join(QLatin1Char('\n'))));
}

QTEST_GUILESS_MAIN(TstConcurrentImport)
#include "tst_concurrentimport.moc"
