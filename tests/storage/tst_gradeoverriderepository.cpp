#include "gradeoverriderepository.h"
#include "snapshotrepository.h"
#include "snapshottestutil.h"
#include "storagetestutil.h"

#include <QTemporaryDir>
#include <QtTest>

using namespace valuedesk;
using namespace valuedesk::test;

class TstGradeOverrideRepository final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void overrideAndWithdraw();
    void currentIsLatestPerCustomer();
    void historyMergesByDate();
    void emptyReasonRejected_data();
    void emptyReasonRejected();
    void badGradeRejected_data();
    void badGradeRejected();
    void unknownCustomerOrSnapshot();
    void withdrawWithoutOverride();
    void snapshotRemovedKeepsOverride();

private:
    QSqlDatabase db() const { return m_db->connection(); }
    qint64 customerId(int row) const { return m_ids.at(row); }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
    QVector<qint64> m_ids;
    const QString quadrant = quadrantGradeScheme();
};

void TstGradeOverrideRepository::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_db = createDemoFile(m_dir->filePath(QStringLiteral("demo.vdb")), 12);
    QVERIFY(m_db);
    m_ids.clear();
    QSqlQuery q(db());
    QVERIFY(q.exec(QStringLiteral("SELECT id FROM customers ORDER BY code")));
    while (q.next())
        m_ids.append(q.value(0).toLongLong());
    QCOMPARE(m_ids.size(), 12);
}

void TstGradeOverrideRepository::cleanup()
{
    m_db.reset();
    m_dir.reset();
}

void TstGradeOverrideRepository::overrideAndWithdraw()
{
    GradeOverrideRepository repository(db());
    const QDateTime at(QDate(2026, 7, 2), QTime(10, 30), Qt::UTC);
    auto added = repository.addOverride(customerId(0), quadrant, QStringLiteral("high-high"),
                                        QStringLiteral("  Signed a 3-year contract "),
                                        QStringLiteral("王经理"), std::nullopt, at);
    VD_VERIFY_OK(added);
    QVERIFY(added->id > 0);
    QCOMPARE(added->reason, QStringLiteral("Signed a 3-year contract"));
    QCOMPARE(added->createdAt, at);

    auto inForce = repository.current(quadrant);
    VD_VERIFY_OK(inForce);
    QCOMPARE(inForce->size(), 1);
    const GradeOverride row = inForce->value(customerId(0));
    QCOMPARE(row.id, added->id);
    QCOMPARE(row.grade, std::optional<QString>(QStringLiteral("high-high")));
    QCOMPARE(row.author, QStringLiteral("王经理"));
    QCOMPARE(row.reason, QStringLiteral("Signed a 3-year contract"));
    QCOMPARE(row.createdAt, at);
    QVERIFY(!row.snapshotId);
    // Another scheme is independent.
    auto other = repository.current(QStringLiteral("abc"));
    VD_VERIFY_OK(other);
    QVERIFY(other->isEmpty());

    auto withdrawn =
        repository.withdraw(customerId(0), quadrant, QStringLiteral("Contract cancelled"),
                            QStringLiteral("李主管"), at.addDays(1));
    VD_VERIFY_OK(withdrawn);
    QVERIFY(!withdrawn->grade);
    inForce = repository.current(quadrant);
    VD_VERIFY_OK(inForce);
    QVERIFY(inForce->isEmpty());

    auto rows = repository.overrides(customerId(0));
    VD_VERIFY_OK(rows);
    QCOMPARE(rows->size(), 2);
    QVERIFY(!rows->at(1).grade);
    QCOMPARE(rows->at(1).author, QStringLiteral("李主管"));
    QCOMPARE(rowCount(db(), QStringLiteral("grade_overrides")), 2);
}

void TstGradeOverrideRepository::currentIsLatestPerCustomer()
{
    GradeOverrideRepository repository(db());
    const QString r = QStringLiteral("reason");
    const QString a = QStringLiteral("me");
    VD_VERIFY_OK(repository.addOverride(customerId(1), quadrant, QStringLiteral("low-low"), r, a));
    VD_VERIFY_OK(repository.addOverride(customerId(1), quadrant, QStringLiteral("high-low"), r, a));
    VD_VERIFY_OK(repository.addOverride(customerId(2), quadrant, QStringLiteral("low-high"), r, a));
    VD_VERIFY_OK(repository.addOverride(customerId(3), quadrant, QStringLiteral("low-high"), r, a));
    VD_VERIFY_OK(repository.withdraw(customerId(3), quadrant, r, a));
    VD_VERIFY_OK(
        repository.addOverride(customerId(4), QStringLiteral("abc"), QStringLiteral("A"), r, a));
    auto inForce = repository.current(quadrant);
    VD_VERIFY_OK(inForce);
    QCOMPARE(inForce->size(), 2);
    QCOMPARE(*inForce->value(customerId(1)).grade, QStringLiteral("high-low"));
    QCOMPARE(*inForce->value(customerId(2)).grade, QStringLiteral("low-high"));
    QVERIFY(!inForce->contains(customerId(3)));
    auto abc = repository.current(QStringLiteral("abc"));
    VD_VERIFY_OK(abc);
    QCOMPARE(*abc->value(customerId(4)).grade, QStringLiteral("A"));
}

void TstGradeOverrideRepository::historyMergesByDate()
{
    auto model = storeLubricantModel(db());
    VD_VERIFY_OK(model);
    EvaluationOptions options;
    options.window = EvaluationWindow{QDate(2026, 6, 30), 12};
    SnapshotRepository snapshots(db());
    const QDateTime t0(QDate(2026, 7, 1), QTime(8, 0), Qt::UTC);
    QVector<EvaluationSnapshot> saved;
    for (int day : {0, 10}) {
        auto snapshot = evaluateSnapshot(db(), *model, options);
        VD_VERIFY_OK(snapshot);
        snapshot->info.createdAt = t0.addDays(day);
        snapshot->info.author = QStringLiteral("analyst");
        VD_VERIFY_OK(snapshots.save(*snapshot));
        saved.append(*snapshot);
    }
    const qint64 customer = customerId(0);
    const QString evaluated = ValueScorer::quadrantId(saved.at(0).result.scores.quadrants.at(0));
    const QString other = evaluated == QLatin1String("high-high") ? QStringLiteral("low-low")
                                                                  : QStringLiteral("high-high");
    GradeOverrideRepository repository(db());
    // Written out of time order: the history orders by date.
    VD_VERIFY_OK(repository.addOverride(customer, quadrant, other, QStringLiteral("strategic"),
                                        QStringLiteral("王"), saved.at(0).info.id, t0.addDays(3)));
    VD_VERIFY_OK(repository.withdraw(customer, quadrant, QStringLiteral("back to the model"),
                                     QStringLiteral("李"), t0.addDays(12)));
    VD_VERIFY_OK(repository.addOverride(customer, quadrant, other, QStringLiteral("same day"),
                                        QStringLiteral("王"), std::nullopt, t0.addDays(10)));

    auto history = repository.history(customer);
    VD_VERIFY_OK(history);
    using Kind = GradeHistoryEntry::Kind;
    QCOMPARE(history->size(), 5);
    const QVector<Kind> kinds{Kind::Evaluation, Kind::Override, Kind::Evaluation, Kind::Override,
                              Kind::Withdrawal};
    const QVector<QDateTime> times{t0, t0.addDays(3), t0.addDays(10), t0.addDays(10),
                                   t0.addDays(12)};
    for (int i = 0; i < history->size(); ++i) {
        QCOMPARE(history->at(i).kind, kinds.at(i));
        QCOMPARE(history->at(i).at, times.at(i));
        QCOMPARE(history->at(i).scheme, quadrant);
    }
    const GradeHistoryEntry &evaluation = history->at(0);
    QCOMPARE(evaluation.grade, evaluated);
    QCOMPARE(evaluation.modelName, model->name);
    QCOMPARE(evaluation.modelVersion, 1);
    QCOMPARE(evaluation.author, QStringLiteral("analyst"));
    QCOMPARE(evaluation.snapshotId, std::optional<qint64>(saved.at(0).info.id));
    QCOMPARE(history->at(1).grade, other);
    QCOMPARE(history->at(1).reason, QStringLiteral("strategic"));
    QCOMPARE(history->at(1).author, QStringLiteral("王"));
    QCOMPARE(history->at(1).snapshotId, std::optional<qint64>(saved.at(0).info.id));
    QCOMPARE(history->at(2).snapshotId, std::optional<qint64>(saved.at(1).info.id));
    QCOMPARE(history->at(3).reason, QStringLiteral("same day"));
    QVERIFY(history->at(4).grade.isEmpty());
    QCOMPARE(history->at(4).reason, QStringLiteral("back to the model"));

    // Another customer's history has only its evaluations.
    auto second = repository.history(customerId(1));
    VD_VERIFY_OK(second);
    QCOMPARE(second->size(), 2);
}

void TstGradeOverrideRepository::emptyReasonRejected_data()
{
    QTest::addColumn<QString>("reason");
    QTest::newRow("empty") << QString();
    QTest::newRow("blank") << QStringLiteral("   ");
    QTest::newRow("tabs and newlines") << QStringLiteral("\t\n ");
}

void TstGradeOverrideRepository::emptyReasonRejected()
{
    QFETCH(QString, reason);
    GradeOverrideRepository repository(db());
    const QByteArray before = contentChecksum(db());
    auto added = repository.addOverride(customerId(0), quadrant, QStringLiteral("high-high"),
                                        reason, QStringLiteral("me"));
    QVERIFY(!added.ok());
    QVERIFY(!added.error().message().isEmpty());
    QCOMPARE(contentChecksum(db()), before);

    VD_VERIFY_OK(repository.addOverride(customerId(0), quadrant, QStringLiteral("high-high"),
                                        QStringLiteral("ok"), QStringLiteral("me")));
    const QByteArray withOverride = contentChecksum(db());
    QVERIFY(!repository.withdraw(customerId(0), quadrant, reason, QStringLiteral("me")).ok());
    QCOMPARE(contentChecksum(db()), withOverride);
}

void TstGradeOverrideRepository::badGradeRejected_data()
{
    QTest::addColumn<QString>("grade");
    QTest::newRow("empty") << QString();
    QTest::newRow("unknown") << QStringLiteral("medium");
    QTest::newRow("upper case") << QStringLiteral("HIGH-HIGH");
    QTest::newRow("padded") << QStringLiteral(" high-low");
    QTest::newRow("abc grade") << QStringLiteral("A");
}

void TstGradeOverrideRepository::badGradeRejected()
{
    QFETCH(QString, grade);
    GradeOverrideRepository repository(db());
    const QByteArray before = contentChecksum(db());
    auto added = repository.addOverride(customerId(0), quadrant, grade, QStringLiteral("reason"),
                                        QStringLiteral("me"));
    QVERIFY(!added.ok());
    QCOMPARE(contentChecksum(db()), before);
    QVERIFY(!GradeOverrideRepository::isValidGrade(quadrant, grade));
}

void TstGradeOverrideRepository::unknownCustomerOrSnapshot()
{
    GradeOverrideRepository repository(db());
    const QByteArray before = contentChecksum(db());
    QVERIFY(!repository
                 .addOverride(999999, quadrant, QStringLiteral("low-low"), QStringLiteral("r"),
                              QStringLiteral("me"))
                 .ok());
    QVERIFY(!repository
                 .addOverride(customerId(0), quadrant, QStringLiteral("low-low"),
                              QStringLiteral("r"), QStringLiteral("me"), 77)
                 .ok());
    QCOMPARE(contentChecksum(db()), before);
}

void TstGradeOverrideRepository::withdrawWithoutOverride()
{
    GradeOverrideRepository repository(db());
    const QByteArray before = contentChecksum(db());
    QVERIFY(!repository.withdraw(customerId(0), quadrant, QStringLiteral("r"), QStringLiteral("me"))
                 .ok());
    QCOMPARE(contentChecksum(db()), before);
}

void TstGradeOverrideRepository::snapshotRemovedKeepsOverride()
{
    auto model = storeLubricantModel(db());
    VD_VERIFY_OK(model);
    EvaluationOptions options;
    options.window = EvaluationWindow{QDate(2026, 6, 30), 12};
    auto snapshot = evaluateSnapshot(db(), *model, options);
    VD_VERIFY_OK(snapshot);
    SnapshotRepository snapshots(db());
    VD_VERIFY_OK(snapshots.save(*snapshot));
    GradeOverrideRepository repository(db());
    VD_VERIFY_OK(repository.addOverride(customerId(0), quadrant, QStringLiteral("low-low"),
                                        QStringLiteral("r"), QStringLiteral("me"),
                                        snapshot->info.id));
    VD_VERIFY_OK(snapshots.remove(snapshot->info.id));
    auto inForce = repository.current(quadrant);
    VD_VERIFY_OK(inForce);
    QCOMPARE(inForce->size(), 1);
    QVERIFY(!inForce->value(customerId(0)).snapshotId);
}

QTEST_GUILESS_MAIN(TstGradeOverrideRepository)
#include "tst_gradeoverriderepository.moc"
