#include "classification/abcscheme.h"
#include "classification/rfmscheme.h"
#include "classificationrepository.h"
#include "customerrepository.h"
#include "migrations.h"
#include "snapshotrepository.h"
#include "snapshottestutil.h"
#include "storagetestutil.h"

#include <QTemporaryDir>
#include <QtTest>

#include <cmath>

using namespace valuedesk;
using namespace valuedesk::test;

namespace {

const EvaluationWindow window{QDate(2026, 6, 30), 12};

// Equal with NaN equal to NaN.
bool sameValues(const Eigen::MatrixXd &a, const Eigen::MatrixXd &b)
{
    if (a.rows() != b.rows() || a.cols() != b.cols())
        return false;
    for (Eigen::Index i = 0; i < a.rows(); ++i)
        for (Eigen::Index j = 0; j < a.cols(); ++j)
            if (!(a(i, j) == b(i, j) || (std::isnan(a(i, j)) && std::isnan(b(i, j)))))
                return false;
    return true;
}

} // namespace

class TstClassificationRepository final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void roundTrip();
    void replaces();
    void errors();
    void cascades();
    void migrationFrom6();

private:
    QSqlDatabase db() const { return m_db->connection(); }
    QVector<qint64> ids() const
    {
        QVector<qint64> list;
        for (const EvaluatedCustomer &c : m_input.customers)
            list << c.id;
        return list;
    }

    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    qint64 m_snapshot = 0;
    ClassificationInput m_input;
};

void TstClassificationRepository::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_db = createDemoFile(m_dir.filePath(QStringLiteral("c.vdb")), 80);
    QVERIFY(m_db);
    auto model = storeLubricantModel(db());
    VD_VERIFY_OK(model);
    EvaluationOptions options;
    options.window = window;
    auto snapshot = evaluateSnapshot(db(), *model, options);
    VD_VERIFY_OK(snapshot);
    auto saved = SnapshotRepository(db()).save(*snapshot);
    VD_VERIFY_OK(saved);
    m_snapshot = *saved;

    auto data = EvaluationDataReader(db()).read(window);
    VD_VERIFY_OK(data);
    m_input.window = window;
    m_input.customers = data->customers;
    m_input.inputs = data->inputs;
}

void TstClassificationRepository::roundTrip()
{
    auto rfm = RfmScheme::classify(m_input, {});
    VD_VERIFY_OK(rfm);
    auto abc = AbcScheme::classify(m_input, {});
    VD_VERIFY_OK(abc);
    // Some customers never bought (NaN recency) in the demo portfolio.
    const Eigen::Index recency = rfm->fieldIds.indexOf(QStringLiteral("recency_days"));
    QVERIFY(rfm->fields.col(recency).hasNaN());
    // One unclassified customer survives the trip as -1.
    abc->classOf[3] = -1;

    ClassificationRepository repo(db());
    VD_VERIFY_OK(repo.save(m_snapshot, *rfm, ids()));
    VD_VERIFY_OK(repo.save(m_snapshot, *abc, ids()));
    auto schemes = repo.schemes(m_snapshot);
    VD_VERIFY_OK(schemes);
    QCOMPARE(*schemes, (QStringList{QStringLiteral("abc"), QStringLiteral("rfm")}));

    for (const ClassificationResult *expected : {&*rfm, &*abc}) {
        auto loaded = repo.load(m_snapshot, expected->scheme);
        VD_VERIFY_OK(loaded);
        const ClassificationResult &r = loaded->result;
        QCOMPARE(loaded->snapshotId, m_snapshot);
        QVERIFY(loaded->createdAt.isValid());
        QCOMPARE(loaded->customerIds, ids()); // both ordered by code
        QCOMPARE(loaded->customerCodes.constFirst(), m_input.customers.constFirst().code);
        QCOMPARE(r.scheme, expected->scheme);
        QCOMPARE(r.options, expected->options);
        QCOMPARE(r.classes.size(), expected->classes.size());
        for (int k = 0; k < r.classes.size(); ++k) {
            QCOMPARE(r.classes.at(k).id, expected->classes.at(k).id);
            QCOMPARE(r.classes.at(k).name, expected->classes.at(k).name);
        }
        QCOMPARE(r.classOf, expected->classOf);
        QCOMPARE(r.measureId, expected->measureId);
        QVERIFY(
            sameValues(Eigen::Map<const Eigen::VectorXd>(r.measure.constData(), r.measure.size()),
                       Eigen::Map<const Eigen::VectorXd>(expected->measure.constData(),
                                                         expected->measure.size())));
        QCOMPARE(r.fieldIds, expected->fieldIds);
        QVERIFY(sameValues(r.fields, expected->fields));
        QCOMPARE(r.textFieldIds, expected->textFieldIds);
        QCOMPARE(r.textFields, expected->textFields);
    }
}

void TstClassificationRepository::replaces()
{
    AbcOptions options;
    options.cutoffs = {50, 80, 95};
    auto abcd = AbcScheme::classify(m_input, options);
    VD_VERIFY_OK(abcd);
    ClassificationRepository repo(db());
    VD_VERIFY_OK(repo.save(m_snapshot, *abcd, ids()));
    auto loaded = repo.load(m_snapshot, QStringLiteral("abc"));
    VD_VERIFY_OK(loaded);
    QCOMPARE(loaded->result.classes.size(), 4);
    QCOMPARE(loaded->result.classOf, abcd->classOf);
    QCOMPARE(rowCount(db(), QStringLiteral("snapshot_customer_classes WHERE scheme = 'abc'")),
             qint64(m_input.customers.size()));
}

void TstClassificationRepository::errors()
{
    ClassificationRepository repo(db());
    auto rfm = RfmScheme::classify(m_input, {});
    VD_VERIFY_OK(rfm);
    QVERIFY(!repo.save(m_snapshot + 100, *rfm, ids()).ok());
    QVERIFY(!repo.save(m_snapshot, *rfm, ids().mid(1)).ok());
    QVERIFY(!repo.load(m_snapshot, QStringLiteral("kmeans")).ok());
    QVERIFY(!repo.remove(m_snapshot, QStringLiteral("kmeans")).ok());

    // A damaged BLOB names the customer.
    VD_VERIFY_OK(repo.save(m_snapshot, *rfm, ids()));
    QVERIFY(RawConnection::scalarOf(db(), QStringLiteral("SELECT 1")).isValid());
    QSqlQuery q(db());
    QVERIFY(q.exec(QStringLiteral("UPDATE snapshot_customer_classes SET fields = x'00' WHERE "
                                  "scheme = 'rfm' AND customer_id = %1")
                       .arg(m_input.customers.at(5).id)));
    auto damaged = repo.load(m_snapshot, QStringLiteral("rfm"));
    QVERIFY(!damaged.ok());
    QVERIFY2(damaged.error().detail().contains(m_input.customers.at(5).code),
             qPrintable(damaged.error().toString()));
    VD_VERIFY_OK(repo.save(m_snapshot, *rfm, ids())); // repaired by replacing
    VD_VERIFY_OK(repo.load(m_snapshot, QStringLiteral("rfm")));
}

void TstClassificationRepository::cascades()
{
    ClassificationRepository repo(db());
    // Deleting a customer deletes its rows.
    const qint64 before = rowCount(db(), QStringLiteral("snapshot_customer_classes"));
    VD_VERIFY_OK(CustomerRepository(db()).remove(m_input.customers.constLast().id));
    auto schemes = repo.schemes(m_snapshot);
    VD_VERIFY_OK(schemes);
    QCOMPARE(rowCount(db(), QStringLiteral("snapshot_customer_classes")), before - schemes->size());
    auto loaded = repo.load(m_snapshot, QStringLiteral("rfm"));
    VD_VERIFY_OK(loaded);
    QCOMPARE(loaded->customerIds.size(), m_input.customers.size() - 1);

    VD_VERIFY_OK(repo.remove(m_snapshot, QStringLiteral("rfm")));
    VD_VERIFY_OK(repo.schemes(m_snapshot));
    QCOMPARE(*repo.schemes(m_snapshot), QStringList{QStringLiteral("abc")});
    QCOMPARE(rowCount(db(), QStringLiteral("snapshot_customer_classes WHERE scheme = 'rfm'")),
             qint64(0));
    // Deleting the snapshot deletes the rest.
    VD_VERIFY_OK(SnapshotRepository(db()).remove(m_snapshot));
    QCOMPARE(rowCount(db(), QStringLiteral("snapshot_classifications")), qint64(0));
    QCOMPARE(rowCount(db(), QStringLiteral("snapshot_customer_classes")), qint64(0));
}

// A version 6 file (evaluation snapshots, no classifications) gains the two tables in step 7.
void TstClassificationRepository::migrationFrom6()
{
    QCOMPARE(Migrations::latestVersion(), 7);
    const QString path = m_dir.filePath(QStringLiteral("v6.vdb"));
    {
        RawConnection raw(path);
        QVERIFY(raw.isOpen());
        QSqlDatabase c = raw.db();
        VD_VERIFY_OK(Migrations::migrate(c, 6));
        QCOMPARE(raw.scalar(QStringLiteral("SELECT count(*) FROM sqlite_master WHERE name = "
                                           "'snapshot_classifications'"))
                     .toInt(),
                 0);
        VD_VERIFY_OK(Migrations::migrate(c, 7));
        QCOMPARE(raw.scalar(QStringLiteral("PRAGMA user_version")).toInt(), 7);
        QCOMPARE(raw.scalar(QStringLiteral("SELECT count(*) FROM sqlite_master WHERE name IN "
                                           "('snapshot_classifications', "
                                           "'snapshot_customer_classes')"))
                     .toInt(),
                 2);
    }
    auto opened = Database::open(path, Database::OpenMode::OpenExisting);
    VD_VERIFY_OK(opened);
    auto schemes = ClassificationRepository((*opened)->connection()).schemes(1);
    VD_VERIFY_OK(schemes);
    QVERIFY(schemes->isEmpty());
}

QTEST_GUILESS_MAIN(TstClassificationRepository)
#include "tst_classificationrepository.moc"
