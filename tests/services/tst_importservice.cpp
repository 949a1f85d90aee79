#include "storagetestutil.h"
#include "connectionfactory.h"
#include "customerrepository.h"
#include "database.h"
#include "importservice.h"

#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

#include <limits>

using namespace valuedesk;

class TstImportService final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void checksAndCommits();
    void badRowsAreLeftOut();
    void cancels();

private:
    QString writeCsv(const QByteArray &text);
    Result<ImportPlan> check(const QString &csv, TaskContext &context);
    int customerCount() const;

    QTemporaryDir m_dir;
    int m_files = 0;
    std::unique_ptr<Database> m_db;
};

void TstImportService::init()
{
    QVERIFY(m_dir.isValid());
    auto opened = Database::open(m_dir.filePath(QStringLiteral("i%1.vdb").arg(++m_files)),
                                 Database::OpenMode::CreateNew);
    VD_VERIFY_OK(opened);
    m_db = std::move(opened).value();
}

void TstImportService::cleanup()
{
    m_db.reset();
}

QString TstImportService::writeCsv(const QByteArray &text)
{
    const QString path = m_dir.filePath(QStringLiteral("in%1.csv").arg(++m_files));
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(text) != text.size())
        return QString();
    return path;
}

Result<ImportPlan> TstImportService::check(const QString &csv, TaskContext &context)
{
    auto source = ImportService::open(csv, {});
    if (!source)
        return source.error();
    ImportRequest request;
    request.mapping = ColumnMapping::guess(ImportKind::Customers, source->headers());
    return ImportService::check(*source, request, SqliteConnectionFactory(*m_db), context);
}

int TstImportService::customerCount() const
{
    auto customers =
        CustomerRepository(m_db->connection()).page({}, 0, std::numeric_limits<int>::max());
    return customers ? static_cast<int>(customers->size()) : -1;
}

// Read, check and commit through connections of the factory: the rows land in the file.
void TstImportService::checksAndCommits()
{
    const QString csv = writeCsv("客户编号,客户名称,行业,地区,客户经理\r\n"
                                 "K001,华信科技,软件,华北,张伟\r\n"
                                 "K002,\"明远贸易,上海\",零售,华东,王芳\r\n");
    QVERIFY(!csv.isEmpty());
    QVector<qint64> seen;
    TaskContext context([&seen](qint64 done, qint64) {
        seen.append(done);
        return true;
    });
    auto plan = check(csv, context);
    VD_VERIFY_OK(plan);
    QVERIFY(!plan->cancelled);
    QCOMPARE(plan->goodRows(), qint64(2));
    QVERIFY(plan->problems.isEmpty());
    QCOMPARE(customerCount(), 0); // checking writes nothing

    auto summary = ImportService::commit(*plan, SqliteConnectionFactory(*m_db), context);
    VD_VERIFY_OK(summary);
    QVERIFY(!summary->cancelled);
    QCOMPARE(summary->customersAdded, 2);
    QCOMPARE(customerCount(), 2);
    auto k002 = CustomerRepository(m_db->connection()).byCode(QStringLiteral("K002"));
    VD_VERIFY_OK(k002);
    QVERIFY(k002->has_value());
    QCOMPARE((*k002)->name, QStringLiteral("明远贸易,上海"));
}

void TstImportService::badRowsAreLeftOut()
{
    const QString csv = writeCsv("客户编号,客户名称\r\n"
                                 "K001,华信科技\r\n"
                                 ",没有编号\r\n");
    TaskContext context;
    auto plan = check(csv, context);
    VD_VERIFY_OK(plan);
    QCOMPARE(plan->goodRows(), qint64(1));
    QCOMPARE(plan->badLines.size(), 1);
    auto summary = ImportService::commit(*plan, SqliteConnectionFactory(*m_db), context);
    VD_VERIFY_OK(summary);
    QCOMPARE(summary->customersAdded, 1);
    QCOMPARE(summary->rowsRejected, 1);
    QCOMPARE(customerCount(), 1);
}

// A stopped check or commit says so and writes nothing.
void TstImportService::cancels()
{
    QByteArray text("客户编号,客户名称\r\n");
    for (int i = 0; i < 5000; ++i) // progress is reported every 4096 rows
        text += QStringLiteral("C%1,客户%1\r\n").arg(i).toUtf8();
    const QString csv = writeCsv(text);
    TaskContext full;
    auto plan = check(csv, full);
    VD_VERIFY_OK(plan);
    QCOMPARE(plan->goodRows(), qint64(5000));

    TaskContext stopped;
    stopped.cancel();
    auto partial = check(csv, stopped);
    VD_VERIFY_OK(partial);
    QVERIFY(partial->cancelled);
    QVERIFY(partial->rowsRead < 5000);

    auto summary = ImportService::commit(*plan, SqliteConnectionFactory(*m_db), stopped);
    VD_VERIFY_OK(summary);
    QVERIFY(summary->cancelled);
    QCOMPARE(customerCount(), 0);
}

QTEST_GUILESS_MAIN(TstImportService)
#include "tst_importservice.moc"
