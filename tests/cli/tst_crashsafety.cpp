// Crash safety of the customer file, with real processes: valuedesk-cli is SIGKILLed at seeded
// random points of an import, an `evaluate --save` and a `classify --save` (from the start up to
// and through the commit and the WAL checkpoint), or runs out of disk (RLIMIT_FSIZE on the child;
// a small tmpfs when this machine lets us mount one). Every outcome must be all-or-nothing: PRAGMA
// integrity_check is ok, the row count is exactly the count before or before + everything, the
// monthly roll-up equals a GROUP BY over transactions, and valuedesk-cli opens the file again.
//
// Environment (defaults in brackets; the bench_crashsafety ctest entry runs the full version):
//   VALUEDESK_CRASH_ROWS         rows of the imported CSV [200000]
//   VALUEDESK_CRASH_TRIALS       kill trials of the import [10; fewer if a run is slow]
//   VALUEDESK_CRASH_SAVE_TRIALS  kill trials of evaluate --save and of classify --save [8 each]
//   VALUEDESK_CRASH_SEED         seed of the CSV and of the kill times [20261203]

#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>
#include <QProcess>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QThread>
#include <QtTest>

#include <algorithm>
#include <csignal>
#include <functional>
#include <random>

#include <sys/resource.h>

#include "clitestutil.h"
#include "filesafetyutil.h"

namespace {

using namespace valuedesk::test;

qint64 fileSize(const QString &path)
{
    const QFileInfo info(path);
    return info.exists() ? info.size() : -1;
}

// When to SIGKILL a watched run: never, at a time after the start, or a delay after the run's
// -wal file first grows (the write transaction has started writing pages; the commit and the
// checkpoint follow within milliseconds).
struct KillRule
{
    enum class Mode { Never, AtTime, AfterWalGrows };
    Mode mode = Mode::Never;
    qint64 ns = 0;
};

struct Watched
{
    bool started = false;
    bool killSent = false;
    bool crashed = false; // ended by a signal (our SIGKILL, or SIGXFSZ)
    int exitCode = -1;
    qint64 killAtNs = -1;
    qint64 walAtKill = -1;
    qint64 walGrowNs = -1; // first time the -wal was seen larger than 0 bytes
    qint64 walMax = 0;
    qint64 endNs = 0;
    QByteArray err;

    QString describe() const
    {
        return QStringLiteral("started %1, kill %2 at %3 ms (wal %4 B), crashed %5, exit %6, "
                              "wal grew at %7 ms, end %8 ms, stderr: %9")
            .arg(started)
            .arg(killSent)
            .arg(double(killAtNs) / 1e6, 0, 'f', 1)
            .arg(walAtKill)
            .arg(crashed)
            .arg(exitCode)
            .arg(double(walGrowNs) / 1e6, 0, 'f', 1)
            .arg(double(endNs) / 1e6, 0, 'f', 1)
            .arg(QString::fromUtf8(err.left(600)));
    }
};

// Runs valuedesk-cli on `file`, watching its -wal (stat only; never opening the database) and
// killing it as `rule` says. `modifier` runs in the child before exec (resource limits).
Watched runWatched(const QStringList &arguments, const QString &file, const KillRule &rule,
                   const std::function<void()> &modifier = {})
{
    Watched w;
    QProcess process;
    process.setProgram(QStringLiteral(VALUEDESK_CLI_PATH));
    process.setArguments(arguments);
    if (modifier)
        process.setChildProcessModifier(modifier);
    QElapsedTimer timer;
    timer.start();
    process.start();
    w.started = process.waitForStarted(30000);
    if (!w.started)
        return w;
    const QString wal = file + QStringLiteral("-wal");
    for (;;) {
        const qint64 now = timer.nsecsElapsed();
        const qint64 walSize = fileSize(wal);
        if (walSize > 0 && w.walGrowNs < 0)
            w.walGrowNs = now;
        w.walMax = std::max(w.walMax, walSize);
        const bool due = (rule.mode == KillRule::Mode::AtTime && now >= rule.ns) ||
                         (rule.mode == KillRule::Mode::AfterWalGrows && w.walGrowNs >= 0 &&
                          now - w.walGrowNs >= rule.ns);
        if (due) {
            process.kill(); // SIGKILL
            w.killSent = true;
            w.killAtNs = now;
            w.walAtKill = walSize;
            process.waitForFinished(60000);
            break;
        }
        if (process.waitForFinished(0) || process.state() == QProcess::NotRunning)
            break;
        if (now > qint64(600) * 1000 * 1000 * 1000) { // a hung run: fail, don't hang the suite
            process.kill();
            process.waitForFinished(60000);
            w.err = "valuedesk-cli did not finish within 600 s";
            w.endNs = timer.nsecsElapsed();
            return w;
        }
        QThread::usleep(250);
    }
    w.endNs = timer.nsecsElapsed();
    w.crashed = process.exitStatus() == QProcess::CrashExit;
    w.exitCode = process.exitCode();
    w.err += process.readAllStandardError();
    return w;
}

// What a kill harness runs: the command on a fresh copy of `pristine`, the count that must be
// either `before` or `before + added`, and checks that go with it.
struct Subject
{
    QString name;
    QString pristine;
    std::function<QStringList(const QString &file)> arguments;
    QString countSql;
    qint64 added = 0;
    // Extra all-or-nothing checks on the file after a run; an empty string when fine.
    std::function<QString(const QString &file, RawDb &db)> extraCheck;
};

// A transactions CSV to import and what its uncut import did (see calibrateImport).
struct ImportSetup
{
    QString name;
    QString csv;
    int rows = 0;
    Watched full;
    qint64 finalSize = -1;
};

enum class Outcome { Before, After };

struct Trial
{
    int index = 0;
    QString mode;
    Watched watched;
    qint64 count = -1;
    Outcome outcome = Outcome::Before;
};

// Checks a file after a (killed or finished) run; returns what is wrong, or an empty string.
QString checkAllOrNothing(const Subject &subject, const QString &file, qint64 before, qint64 *count)
{
    {
        RawDb db(file);
        if (!db.isOpen())
            return QStringLiteral("cannot open: ") + db.lastError();
        if (const QString problem = db.consistencyProblem(); !problem.isEmpty())
            return problem;
        const QVariant value = db.scalar(subject.countSql);
        if (!value.isValid())
            return QStringLiteral("count failed: ") + db.lastError();
        *count = value.toLongLong();
        if (*count != before && *count != before + subject.added) {
            return QStringLiteral("count %1 is neither %2 (before) nor %3 (after)")
                .arg(*count)
                .arg(before)
                .arg(before + subject.added);
        }
        if (subject.extraCheck) {
            if (const QString problem = subject.extraCheck(file, db); !problem.isEmpty())
                return problem;
        }
    }
    const Run info = cli({QStringLiteral("info"), file, QStringLiteral("--json")});
    if (!info.finished || info.exitCode != exitSuccess)
        return QStringLiteral("valuedesk-cli info fails on the file: ") + info.describe();
    return {};
}

} // namespace

class TstCrashSafety : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void importKilledAtRandomPoints();
    void evaluateSaveKilledAtRandomPoints();
    void classifySaveKilledAtRandomPoints();
    void importHitsFileSizeLimit_data();
    void importHitsFileSizeLimit();
    void importFillsSmallTmpfs_data();
    void importFillsSmallTmpfs();
    void cleanupTestCase();

private:
    void runKillTrials(const Subject &subject, int trials, const Watched *calibrated = nullptr);
    void calibrateImport(ImportSetup &setup);
    Subject importSubject(const ImportSetup &setup) const;
    void unmount();
    QString path(const QString &name) const { return m_dir.filePath(name); }

    QTemporaryDir m_dir;
    quint32 m_seed = 20261203;
    QString m_importPristine;
    QString m_evalPristine;
    QString m_model;
    qint64 m_importBefore = -1;
    ImportSetup m_big;   // the kill trials
    ImportSetup m_small; // the full-disk runs: 60 000 rows are enough to fill a limit
    QString m_mountPoint;
};

void TstCrashSafety::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_big.name = QStringLiteral("import");
    m_big.rows = envInt("VALUEDESK_CRASH_ROWS", 200000);
    m_small.name = QStringLiteral("import-small");
    m_small.rows = std::min(60000, m_big.rows);
    m_seed = static_cast<quint32>(envInt("VALUEDESK_CRASH_SEED", static_cast<int>(m_seed)));
    qInfo("rows %d, seed %u", m_big.rows, m_seed);

    // The import target: 500 demo customers with their history.
    m_importPristine = path(QStringLiteral("import-pristine.vdb"));
    VD_EXPECT_EXIT(cli({QStringLiteral("demo"), m_importPristine, QStringLiteral("--customers"),
                        QStringLiteral("500"), QStringLiteral("--seed"), QStringLiteral("7")}),
                   exitSuccess);
    QStringList codes;
    {
        RawDb db(m_importPristine);
        QVERIFY2(db.isOpen(), qPrintable(db.lastError()));
        codes = db.customerCodes();
        m_importBefore = db.count(QStringLiteral("transactions"));
    }
    QCOMPARE(codes.size(), 500);
    QVERIFY(m_importBefore > 0);
    QVERIFY2(sidecarsOf(m_importPristine).isEmpty(), "the pristine file must be checkpointed");

    for (ImportSetup *setup : {&m_big, &m_small}) {
        setup->csv = path(setup->name + QStringLiteral(".csv"));
        QVERIFY(writeFile(setup->csv, transactionsCsv(codes, setup->rows, m_seed, QDate(2021, 1, 1),
                                                      QDate(2026, 12, 31))));
    }

    // The evaluate/classify target: 2 000 customers, a model and one snapshot (classify --save
    // stores with the newest snapshot).
    m_evalPristine = path(QStringLiteral("eval-pristine.vdb"));
    VD_EXPECT_EXIT(cli({QStringLiteral("demo"), m_evalPristine, QStringLiteral("--customers"),
                        QStringLiteral("2000"), QStringLiteral("--seed"), QStringLiteral("3")}),
                   exitSuccess);
    VD_EXPECT_EXIT(
        cli({QStringLiteral("model"), m_evalPristine, QStringLiteral("--import-template"),
             QStringLiteral("lubricant"), QStringLiteral("--language"), QStringLiteral("en")}),
        exitSuccess);
    const Run list = cli({QStringLiteral("model"), m_evalPristine, QStringLiteral("--list"),
                          QStringLiteral("--json")});
    VD_EXPECT_EXIT(list, exitSuccess);
    m_model = list.json().array().at(0).toObject().value(QStringLiteral("name")).toString();
    QVERIFY(!m_model.isEmpty());
    VD_EXPECT_EXIT(cli({QStringLiteral("evaluate"), m_evalPristine, QStringLiteral("--model"),
                        m_model, QStringLiteral("--save")}),
                   exitSuccess);
    QVERIFY(sidecarsOf(m_evalPristine).isEmpty());
}

Subject TstCrashSafety::importSubject(const ImportSetup &setup) const
{
    Subject subject;
    subject.name = setup.name;
    subject.pristine = m_importPristine;
    const QString csv = setup.csv;
    subject.arguments = [csv](const QString &file) {
        return QStringList{QStringLiteral("import"), file, QStringLiteral("--transactions"), csv};
    };
    subject.countSql = QStringLiteral("SELECT count(*) FROM transactions");
    subject.added = setup.rows;
    return subject;
}

// One uncut import: the reference run (it must succeed and add every row), its duration and
// when its write started, for placing the kills and the size limits.
void TstCrashSafety::calibrateImport(ImportSetup &setup)
{
    if (setup.full.started)
        return;
    const Subject subject = importSubject(setup);
    const QString file = path(setup.name + QStringLiteral("-calibration.vdb"));
    QVERIFY(copyPristine(subject.pristine, file));
    const Watched full = runWatched(subject.arguments(file), file, KillRule());
    QVERIFY2(!full.crashed && full.exitCode == exitSuccess, qPrintable(full.describe()));
    qint64 count = -1;
    const QString problem = checkAllOrNothing(subject, file, m_importBefore, &count);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    QCOMPARE(count, m_importBefore + setup.rows);
    setup.full = full;
    setup.finalSize = fileSize(file);
    qInfo("uncut import of %d rows: %.0f ms, write from %.0f ms, largest -wal %lld B, file %lld -> "
          "%lld B",
          setup.rows, double(full.endNs) / 1e6, double(full.walGrowNs) / 1e6, full.walMax,
          fileSize(m_importPristine), setup.finalSize);
}

// The kill harness. A third of the trials kill at a uniform time over the uncut run's duration
// (mostly while the CSV is read and checked); the rest kill a uniform delay after the -wal
// starts to grow, over 1.3 × the uncut run's write-to-exit time, so the kills land in the page
// writes, on the commit, in the checkpoint and after the end. Prints every trial on failure and
// the distribution always; requires at least one kill that left the "before" state after pages
// had been written, and at least one run that ended in the "after" state.
void TstCrashSafety::runKillTrials(const Subject &subject, int trials, const Watched *calibrated)
{
    const QString file = path(subject.name + QStringLiteral("-trial.vdb"));
    QVERIFY(copyPristine(subject.pristine, file));
    qint64 before = -1;
    {
        RawDb db(file);
        before = db.scalar(subject.countSql).toLongLong();
    }
    QVERIFY(copyPristine(subject.pristine, file));

    Watched full;
    if (calibrated) {
        full = *calibrated;
    } else {
        full = runWatched(subject.arguments(file), file, KillRule());
        QVERIFY2(!full.crashed && full.exitCode == exitSuccess, qPrintable(full.describe()));
        qint64 count = -1;
        const QString problem = checkAllOrNothing(subject, file, before, &count);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        QCOMPARE(count, before + subject.added);
    }
    QVERIFY2(full.walGrowNs >= 0, qPrintable(QStringLiteral("the uncut run's write was not "
                                                            "seen: ") +
                                             full.describe()));
    const qint64 writeToEnd = std::max<qint64>(full.endNs - full.walGrowNs, 1000000);

    QRandomGenerator random(m_seed ^ qHash(subject.name));
    // Commit-phase delays are stratified (one per equal slice of [0, 1)) and squared, so the
    // short delays that land in the page writes themselves are always drawn; the first slice
    // kills as soon as the -wal grows. If no kill landed in the page writes after all (a small
    // write can be done between two looks at the -wal), up to 4 more trials kill at once.
    const int commitTrials = trials - (trials + 2) / 3;
    QVector<double> slices;
    for (int j = 0; j < commitTrials; ++j)
        slices.append(j == 0 ? 0.0 : (j + random.generateDouble()) / commitTrials);
    std::shuffle(slices.begin(), slices.end(), std::mt19937(m_seed));
    QVector<Trial> done;
    int killedBefore = 0;
    int killedMidWrite = 0; // killed with pages in the -wal and the file back at "before"
    int killedAfter = 0;    // killed after the commit (in the checkpoint), file at "after"
    int finishedAfter = 0;
    QString failure;
    for (int i = 0; failure.isEmpty(); ++i) {
        const bool extra = i >= trials;
        if (extra && (killedMidWrite > 0 || i >= trials + 4))
            break;
        Trial trial;
        trial.index = i;
        KillRule rule;
        if (extra) {
            rule.mode = KillRule::Mode::AfterWalGrows;
            trial.mode = QStringLiteral("extra: write + 0 ms");
        } else if (i % 3 == 0) {
            rule.mode = KillRule::Mode::AtTime;
            rule.ns = static_cast<qint64>(random.generateDouble() * double(full.endNs));
            trial.mode = QStringLiteral("at %1 ms").arg(double(rule.ns) / 1e6, 0, 'f', 1);
        } else {
            rule.mode = KillRule::Mode::AfterWalGrows;
            const double u = slices.takeLast();
            rule.ns = static_cast<qint64>(u * u * 1.3 * double(writeToEnd));
            trial.mode = QStringLiteral("write + %1 ms").arg(double(rule.ns) / 1e6, 0, 'f', 2);
        }
        QVERIFY(copyPristine(subject.pristine, file));
        trial.watched = runWatched(subject.arguments(file), file, rule);
        const Watched &w = trial.watched;
        if (!w.started) {
            failure = QStringLiteral("valuedesk-cli did not start");
        } else if (!w.crashed && w.exitCode != exitSuccess) {
            failure = QStringLiteral("the run failed by itself: ") + w.describe();
        } else {
            failure = checkAllOrNothing(subject, file, before, &trial.count);
        }
        trial.outcome = trial.count == before ? Outcome::Before : Outcome::After;
        if (failure.isEmpty()) {
            if (w.crashed && trial.outcome == Outcome::Before) {
                ++killedBefore;
                if (w.walAtKill > 0)
                    ++killedMidWrite;
            } else if (w.crashed) {
                ++killedAfter;
            } else {
                ++finishedAfter;
                if (trial.outcome != Outcome::After)
                    failure = QStringLiteral("a run that exited 0 left the 'before' count");
            }
        }
        done.append(trial);
    }

    QStringList lines;
    for (const Trial &trial : std::as_const(done)) {
        lines.append(QStringLiteral("  trial %1 (%2): count %3 (%4); %5")
                         .arg(trial.index)
                         .arg(trial.mode)
                         .arg(trial.count)
                         .arg(trial.outcome == Outcome::Before ? QStringLiteral("before")
                                                               : QStringLiteral("after"))
                         .arg(trial.watched.describe()));
    }
    const QString summary =
        QStringLiteral("%1: %2 trials (seed %3), uncut run %4 ms, write-to-exit %5 ms; killed "
                       "before the commit %6 (of them with pages in the -wal: %7), killed after "
                       "the commit %8, finished %9")
            .arg(subject.name)
            .arg(done.size())
            .arg(m_seed)
            .arg(double(full.endNs) / 1e6, 0, 'f', 0)
            .arg(double(writeToEnd) / 1e6, 0, 'f', 1)
            .arg(killedBefore)
            .arg(killedMidWrite)
            .arg(killedAfter)
            .arg(finishedAfter);
    qInfo("%s", qPrintable(summary));
    const QString report = summary + QLatin1Char('\n') + lines.join(QLatin1Char('\n'));
    QVERIFY2(failure.isEmpty(), qPrintable(failure + QLatin1Char('\n') + report));
    // Not vacuous: kills did land while pages were being written (and were rolled back), and
    // some runs reached the end state.
    QVERIFY2(killedBefore > 0 && killedMidWrite > 0, qPrintable(report));
    QVERIFY2(killedAfter + finishedAfter > 0, qPrintable(report));
}

void TstCrashSafety::importKilledAtRandomPoints()
{
    calibrateImport(m_big);
    // A trial lasts about one uncut run; keep CI near 20 s for this part unless told otherwise.
    int trials = envInt("VALUEDESK_CRASH_TRIALS", 0);
    if (trials == 0) {
        const double runSeconds = double(m_big.full.endNs) / 1e9;
        trials = std::clamp(static_cast<int>(20.0 / std::max(runSeconds, 0.1)), 4, 10);
    }
    runKillTrials(importSubject(m_big), trials, &m_big.full);
}

void TstCrashSafety::evaluateSaveKilledAtRandomPoints()
{
    Subject subject;
    subject.name = QStringLiteral("evaluate");
    subject.pristine = m_evalPristine;
    const QString model = m_model;
    subject.arguments = [model](const QString &file) {
        return QStringList{QStringLiteral("evaluate"), file, QStringLiteral("--model"), model,
                           QStringLiteral("--save")};
    };
    subject.countSql = QStringLiteral("SELECT count(*) FROM evaluation_snapshots");
    subject.added = 1;
    subject.extraCheck = [](const QString &file, RawDb &db) -> QString {
        // Every stored snapshot is complete: one row per evaluated customer.
        const QVariant partial = db.scalar(QStringLiteral(
            "SELECT count(*) FROM evaluation_snapshots s WHERE s.customer_count <>"
            " (SELECT count(*) FROM snapshot_customers c WHERE c.snapshot_id = s.id)"));
        if (!partial.isValid() || partial.toLongLong() != 0)
            return QStringLiteral("incomplete snapshots: ") + partial.toString() + db.lastError();
        const Run list = cli({QStringLiteral("snapshots"), file, QStringLiteral("--json")});
        const qint64 stored = db.count(QStringLiteral("evaluation_snapshots"));
        if (!list.finished || list.exitCode != exitSuccess ||
            list.json().object().value(QStringLiteral("snapshots")).toArray().size() != stored)
            return QStringLiteral("snapshots --json does not list the %1 snapshots: ").arg(stored) +
                   list.describe();
        return {};
    };
    runKillTrials(subject, envInt("VALUEDESK_CRASH_SAVE_TRIALS", 8));
}

void TstCrashSafety::classifySaveKilledAtRandomPoints()
{
    Subject subject;
    subject.name = QStringLiteral("classify");
    subject.pristine = m_evalPristine;
    subject.arguments = [](const QString &file) {
        return QStringList{QStringLiteral("classify"), file, QStringLiteral("--scheme"),
                           QStringLiteral("rfm"), QStringLiteral("--save")};
    };
    subject.countSql = QStringLiteral("SELECT count(*) FROM snapshot_classifications");
    subject.added = 1;
    subject.extraCheck = [](const QString &file, RawDb &db) -> QString {
        // A stored classification has one row per customer of its snapshot.
        const QVariant partial = db.scalar(QStringLiteral(
            "SELECT count(*) FROM snapshot_classifications k"
            " JOIN evaluation_snapshots s ON s.id = k.snapshot_id WHERE s.customer_count <>"
            " (SELECT count(*) FROM snapshot_customer_classes c"
            "  WHERE c.snapshot_id = k.snapshot_id AND c.scheme = k.scheme)"));
        if (!partial.isValid() || partial.toLongLong() != 0)
            return QStringLiteral("incomplete classifications: ") + partial.toString() +
                   db.lastError();
        const Run list = cli({QStringLiteral("snapshots"), file, QStringLiteral("--json")});
        if (!list.finished || list.exitCode != exitSuccess)
            return QStringLiteral("snapshots --json fails: ") + list.describe();
        return {};
    };
    runKillTrials(subject, envInt("VALUEDESK_CRASH_SAVE_TRIALS", 8));
}

// RLIMIT_FSIZE on the child: a write past the limit raises SIGXFSZ (default: the process dies)
// or, with SIGXFSZ ignored, fails with EFBIG, which SQLite reports as an I/O error. Limits: the
// -wal cannot hold the import (small, or just above the file's size), or it can but the file
// cannot grow in the checkpoint.
void TstCrashSafety::importHitsFileSizeLimit_data()
{
    QTest::addColumn<QString>("limitKind");
    QTest::addColumn<bool>("ignoreSignal");
    for (const char *kind : {"wal-1MiB", "wal-file-size", "checkpoint"}) {
        QTest::addRow("%s, SIGXFSZ kills", kind) << QString::fromLatin1(kind) << false;
        QTest::addRow("%s, EFBIG", kind) << QString::fromLatin1(kind) << true;
    }
}

void TstCrashSafety::importHitsFileSizeLimit()
{
    QFETCH(QString, limitKind);
    QFETCH(bool, ignoreSignal);
    calibrateImport(m_small);
    const Watched &full = m_small.full;
    const qint64 pristineSize = fileSize(m_importPristine);
    rlim_t limit = 0;
    if (limitKind == QLatin1String("wal-1MiB")) {
        limit = 1 << 20;
    } else if (limitKind == QLatin1String("wal-file-size")) {
        limit = static_cast<rlim_t>(pristineSize + (1 << 20));
    } else {
        if (full.walMax >= m_small.finalSize)
            QSKIP("the -wal of this import is as large as the final file");
        limit = static_cast<rlim_t>((full.walMax + m_small.finalSize) / 2);
    }
    QVERIFY(limit < static_cast<rlim_t>(full.walMax) ||
            limit < static_cast<rlim_t>(m_small.finalSize));

    const Subject subject = importSubject(m_small);
    const QString file = path(QStringLiteral("fsize.vdb"));
    QVERIFY(copyPristine(subject.pristine, file));
    const Watched w =
        runWatched(subject.arguments(file), file, KillRule(), [limit, ignoreSignal]() {
            const rlimit fsize{limit, limit};
            setrlimit(RLIMIT_FSIZE, &fsize);
            if (ignoreSignal)
                std::signal(SIGXFSZ, SIG_IGN);
        });
    qInfo("limit %llu B: %s", static_cast<unsigned long long>(limit), qPrintable(w.describe()));
    QVERIFY(w.started);
    qint64 count = -1;
    const QString problem = checkAllOrNothing(subject, file, m_importBefore, &count);
    QVERIFY2(problem.isEmpty(), qPrintable(problem + QLatin1Char('\n') + w.describe()));
    if (w.crashed) {
        QVERIFY2(!ignoreSignal, qPrintable(w.describe()));
    } else if (w.exitCode == exitSuccess) {
        // Only a limit the -wal fits under can succeed (the checkpoint is retried later).
        QCOMPARE(limitKind, QStringLiteral("checkpoint"));
        QCOMPARE(count, m_importBefore + m_small.rows);
    } else {
        // A failure the user is told about left nothing behind, and says so cleanly.
        QCOMPARE(w.exitCode, exitFailure);
        QCOMPARE(count, m_importBefore);
        const QString message = QString::fromUtf8(w.err).trimmed();
        QVERIFY2(message.startsWith(QLatin1String("valuedesk-cli: ")) &&
                     !message.contains(QLatin1Char('\n')),
                 qPrintable(message));
        QVERIFY2(!looksLikeRawSql(message), qPrintable(message));
    }
    if (limitKind != QLatin1String("checkpoint"))
        QCOMPARE(count, m_importBefore);
}

// A real full disk: a tmpfs just larger than the file (the -wal cannot hold the import), or
// large enough for the -wal but not for the checkpointed file. Needs root (CI runs as root);
// skipped with the reason where mounting is impossible, importHitsFileSizeLimit still runs.
void TstCrashSafety::importFillsSmallTmpfs_data()
{
    QTest::addColumn<QString>("limitKind");
    QTest::newRow("wal") << QStringLiteral("wal");
    QTest::newRow("checkpoint") << QStringLiteral("checkpoint");
}

void TstCrashSafety::importFillsSmallTmpfs()
{
    QFETCH(QString, limitKind);
    calibrateImport(m_small);
    const Watched &full = m_small.full;
    const qint64 pristineSize = fileSize(m_importPristine);
    const qint64 size = limitKind == QLatin1String("wal") ? pristineSize + (1 << 20)
                                                          : pristineSize + full.walMax + (1 << 20);
    if (limitKind == QLatin1String("checkpoint") && size >= m_small.finalSize + full.walMax)
        QSKIP("the checkpointed file would fit next to its -wal");

    m_mountPoint = path(QStringLiteral("tmpfs-") + limitKind);
    QVERIFY(QDir().mkpath(m_mountPoint));
    QProcess mount;
    mount.start(QStringLiteral("mount"),
                {QStringLiteral("-t"), QStringLiteral("tmpfs"), QStringLiteral("-o"),
                 QStringLiteral("size=%1k").arg((size + 1023) / 1024), QStringLiteral("tmpfs"),
                 m_mountPoint});
    if (!mount.waitForFinished(30000) || mount.exitStatus() != QProcess::NormalExit ||
        mount.exitCode() != 0) {
        const QString reason =
            QStringLiteral("cannot mount a tmpfs here (needs root or CAP_SYS_ADMIN): %1; the "
                           "RLIMIT_FSIZE variant (importHitsFileSizeLimit) covers a full disk")
                .arg(QString::fromLocal8Bit(mount.readAllStandardError()).trimmed());
        m_mountPoint.clear();
        QSKIP(qPrintable(reason));
    }
    const auto unmountLater = qScopeGuard([this] { unmount(); });

    const Subject subject = importSubject(m_small);
    const QString file = m_mountPoint + QStringLiteral("/full.vdb");
    QVERIFY(copyPristine(subject.pristine, file));
    const Watched w = runWatched(subject.arguments(file), file, KillRule());
    qInfo("tmpfs of %lld KiB: %s", (size + 1023) / 1024, qPrintable(w.describe()));
    QVERIFY(w.started && !w.crashed);
    qint64 count = -1;
    const QString problem = checkAllOrNothing(subject, file, m_importBefore, &count);
    QVERIFY2(problem.isEmpty(), qPrintable(problem + QLatin1Char('\n') + w.describe()));
    if (limitKind == QLatin1String("wal")) {
        QCOMPARE(w.exitCode, exitFailure);
        QCOMPARE(count, m_importBefore);
        const QString message = QString::fromUtf8(w.err).trimmed();
        QVERIFY2(message.startsWith(QLatin1String("valuedesk-cli: ")) &&
                     !message.contains(QLatin1Char('\n')),
                 qPrintable(message));
        QVERIFY2(!looksLikeRawSql(message), qPrintable(message));
    } else {
        // The commit fit in the -wal: the data is saved even though the checkpoint could not
        // grow the file; exit 0 must mean the rows are there, a failure that nothing is.
        QCOMPARE(count, w.exitCode == exitSuccess ? m_importBefore + m_small.rows : m_importBefore);
    }
}

void TstCrashSafety::cleanupTestCase()
{
    unmount();
}

void TstCrashSafety::unmount()
{
    if (m_mountPoint.isEmpty())
        return;
    QProcess umount;
    umount.start(QStringLiteral("umount"), {m_mountPoint});
    if (!umount.waitForFinished(30000) || umount.exitCode() != 0) {
        umount.start(QStringLiteral("umount"), {QStringLiteral("-l"), m_mountPoint});
        umount.waitForFinished(30000);
    }
    m_mountPoint.clear();
}

QTEST_GUILESS_MAIN(TstCrashSafety)
#include "tst_crashsafety.moc"
