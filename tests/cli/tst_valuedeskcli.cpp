// Runs the built valuedesk-cli binary and checks what a user or a script sees: exit codes,
// stdout (text and JSON) and one-line stderr messages, and that refused or rejected commands
// leave the customer file untouched.

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

#include "clitestutil.h"
#include "testfiles.h"

namespace {

using namespace valuedesk::test;

QString fixture(const char *name)
{
    return QStringLiteral(VALUEDESK_TEST_DATA_DIR "/import/") + QLatin1String(name);
}

bool sidecarsExist(const QString &path)
{
    return QFile::exists(path + QStringLiteral("-wal")) ||
           QFile::exists(path + QStringLiteral("-shm"));
}

// Sets PRAGMA user_version directly, as a newer ValueDesk would have written the file.
bool setUserVersion(const QString &path, int version)
{
    const QString name = QStringLiteral("tst_valuedeskcli-raw");
    bool ok = false;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        if (db.open()) {
            QSqlQuery q(db);
            ok = q.exec(QStringLiteral("PRAGMA user_version = %1").arg(version));
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return ok;
}

// Runs one statement on the file behind ValueDesk's back, as another tool could.
bool execRaw(const QString &path, const QString &sql)
{
    const QString name = QStringLiteral("tst_valuedeskcli-exec");
    bool ok = false;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        if (db.open()) {
            QSqlQuery q(db);
            ok = q.exec(sql);
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return ok;
}

} // namespace

class TstValueDeskCli : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();

    void helpAndVersion();
    void initCreatesFile();
    void demoIsDeterministic();
    void infoJson();
    void customersJson();
    void importRejectsBadRowsAndChangesNothing();
    void importSkipBadRows();
    void importReport();
    void importCreateMissingCustomers();
    void importGbk();
    void importMapping();
    void importDuplicates();
    void errorsAreOneLine_data();
    void errorsAreOneLine();
    void newerVersionFileRefusedAndUnchanged();
    void driverTextOnlyWithDebug();

private:
    QString path(const QString &name) const { return m_dir->filePath(name); }
    QString newFile(const QString &name);  // `init`, checked
    QJsonObject info(const QString &file); // `info --json`, checked
    QString writeCsv(const QString &name, const QString &text);

    std::unique_ptr<QTemporaryDir> m_dir;
};

void TstValueDeskCli::initTestCase()
{
    QVERIFY2(QFile::exists(QStringLiteral(VALUEDESK_CLI_PATH)), VALUEDESK_CLI_PATH);
}

void TstValueDeskCli::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

QString TstValueDeskCli::newFile(const QString &name)
{
    const QString file = path(name);
    const Run run = cli({QStringLiteral("init"), file});
    if (!run.finished || run.exitCode != exitSuccess)
        qWarning("init failed: %s", qPrintable(run.describe()));
    return file;
}

QJsonObject TstValueDeskCli::info(const QString &file)
{
    const Run run = cli({QStringLiteral("info"), file, QStringLiteral("--json")});
    if (!run.finished || run.exitCode != exitSuccess)
        qWarning("info failed: %s", qPrintable(run.describe()));
    return run.json().object();
}

QString TstValueDeskCli::writeCsv(const QString &name, const QString &text)
{
    const QString file = path(name);
    if (!writeFile(file, text.toUtf8()))
        qWarning("cannot write %s", qPrintable(file));
    return file;
}

void TstValueDeskCli::helpAndVersion()
{
    const Run help = cli({QStringLiteral("--help")});
    VD_EXPECT_EXIT(help, exitSuccess);
    QVERIFY(help.stdOut().contains(QLatin1String("Usage: valuedesk-cli")));
    const Run none = cli({});
    VD_EXPECT_EXIT(none, exitUsage);
    const Run version = cli({QStringLiteral("--version")});
    VD_EXPECT_EXIT(version, exitSuccess);
    QVERIFY(version.stdOut().startsWith(QLatin1String("valuedesk-cli ")));
    const Run importHelp = cli({QStringLiteral("import"), QStringLiteral("--help")});
    VD_EXPECT_EXIT(importHelp, exitSuccess);
    QVERIFY(importHelp.stdOut().contains(QLatin1String("--skip-bad-rows")));
}

void TstValueDeskCli::initCreatesFile()
{
    const QString file = path(QStringLiteral("新 文件.vdb"));
    const Run run = cli({QStringLiteral("init"), file});
    VD_EXPECT_EXIT(run, exitSuccess);
    QVERIFY(QFile::exists(file));
    QVERIFY(run.stdOut().startsWith(QStringLiteral("Created ")));
    QVERIFY(run.err.isEmpty());

    const QByteArray before = fileBytes(file);
    const Run again = cli({QStringLiteral("init"), file});
    VD_EXPECT_EXIT(again, exitFailure);
    QCOMPARE(again.errLines().size(), 1);
    QVERIFY(again.errLines().first().startsWith(QLatin1String("valuedesk-cli: ")));
    QVERIFY(again.errLines().first().contains(QLatin1String("already exists")));
    QCOMPARE(fileBytes(file), before);
}

void TstValueDeskCli::demoIsDeterministic()
{
    const QStringList options = {QStringLiteral("--customers"), QStringLiteral("300"),
                                 QStringLiteral("--seed"), QStringLiteral("5")};
    const QString a = path(QStringLiteral("a.vdb"));
    const QString b = path(QStringLiteral("b.vdb"));
    const Run runA = cli(QStringList{QStringLiteral("demo"), a} + options);
    VD_EXPECT_EXIT(runA, exitSuccess);
    const Run runB = cli(QStringList{QStringLiteral("demo"), b} + options);
    VD_EXPECT_EXIT(runB, exitSuccess);

    const Run customersA = cli({QStringLiteral("customers"), a, QStringLiteral("--json")});
    const Run customersB = cli({QStringLiteral("customers"), b, QStringLiteral("--json")});
    VD_EXPECT_EXIT(customersA, exitSuccess);
    VD_EXPECT_EXIT(customersB, exitSuccess);
    QVERIFY(!customersA.out.isEmpty());
    QCOMPARE(customersA.out, customersB.out);
    QCOMPARE(customersA.json().array().size(), 300);
    const QJsonObject infoA = info(a);
    QCOMPARE(infoA, info(b));
    QCOMPARE(infoA.value(QStringLiteral("customers")).toInt(), 300);
    QVERIFY(infoA.value(QStringLiteral("transactions")).toInt() > 300);

    // Another seed gives another portfolio.
    const QString c = path(QStringLiteral("c.vdb"));
    VD_EXPECT_EXIT(cli({QStringLiteral("demo"), c, QStringLiteral("--customers"),
                        QStringLiteral("300"), QStringLiteral("--seed"), QStringLiteral("6")}),
                   exitSuccess);
    QVERIFY(cli({QStringLiteral("customers"), c, QStringLiteral("--json")}).out != customersA.out);

    // An existing file is only replaced with --force.
    const QByteArray before = fileBytes(a);
    const Run refused = cli(QStringList{QStringLiteral("demo"), a} + options);
    VD_EXPECT_EXIT(refused, exitFailure);
    QCOMPARE(refused.errLines().size(), 1);
    QCOMPARE(fileBytes(a), before);
    const Run forced = cli(QStringList{QStringLiteral("demo"), a, QStringLiteral("--force"),
                                       QStringLiteral("--customers"), QStringLiteral("10")});
    VD_EXPECT_EXIT(forced, exitSuccess);
    QCOMPARE(info(a).value(QStringLiteral("customers")).toInt(), 10);

    const Run badCount = cli({QStringLiteral("demo"), path(QStringLiteral("d.vdb")),
                              QStringLiteral("--customers"), QStringLiteral("lots")});
    VD_EXPECT_EXIT(badCount, exitUsage);
    QVERIFY(!QFile::exists(path(QStringLiteral("d.vdb"))));
}

void TstValueDeskCli::infoJson()
{
    const QString empty = newFile(QStringLiteral("empty.vdb"));
    QJsonObject object = info(empty);
    QStringList keys = object.keys();
    keys.sort();
    QCOMPARE(keys, (QStringList{QStringLiteral("balances"), QStringLiteral("customers"),
                                QStringLiteral("first_date"), QStringLiteral("interactions"),
                                QStringLiteral("last_date"), QStringLiteral("schema_version"),
                                QStringLiteral("surveys"), QStringLiteral("transactions")}));
    QVERIFY(object.value(QStringLiteral("schema_version")).toInt() >= 3);
    for (const char *count : {"customers", "transactions", "interactions", "surveys", "balances"})
        QCOMPARE(object.value(QLatin1String(count)), QJsonValue(0));
    QVERIFY(object.value(QStringLiteral("first_date")).isNull());
    QVERIFY(object.value(QStringLiteral("last_date")).isNull());

    // Known content: the three fixture customers and four transactions.
    VD_EXPECT_EXIT(cli({QStringLiteral("import"), empty, QStringLiteral("--customers"),
                        fixture("customers_utf8.csv")}),
                   exitSuccess);
    const QString csv =
        writeCsv(QStringLiteral("t.csv"), QStringLiteral("客户编号,日期,金额\nC001,2023-05-01,1\n"
                                                         "C002,2021-01-31,2\nC003,2024-12-31,3\n"
                                                         "C001,2022-06-15,4\n"));
    VD_EXPECT_EXIT(cli({QStringLiteral("import"), empty, QStringLiteral("--transactions"), csv}),
                   exitSuccess);
    object = info(empty);
    QCOMPARE(object.value(QStringLiteral("customers")).toInt(), 3);
    QCOMPARE(object.value(QStringLiteral("transactions")).toInt(), 4);
    QCOMPARE(object.value(QStringLiteral("interactions")).toInt(), 0);
    QCOMPARE(object.value(QStringLiteral("first_date")).toString(), QStringLiteral("2021-01-31"));
    QCOMPARE(object.value(QStringLiteral("last_date")).toString(), QStringLiteral("2024-12-31"));

    // The text form shows the same.
    const Run text = cli({QStringLiteral("info"), empty});
    VD_EXPECT_EXIT(text, exitSuccess);
    QVERIFY(text.stdOut().contains(QLatin1String("2021-01-31 to 2024-12-31")));
}

void TstValueDeskCli::customersJson()
{
    const QString file = path(QStringLiteral("demo.vdb"));
    VD_EXPECT_EXIT(cli({QStringLiteral("demo"), file, QStringLiteral("--customers"),
                        QStringLiteral("40"), QStringLiteral("--seed"), QStringLiteral("3")}),
                   exitSuccess);
    const Run run = cli({QStringLiteral("customers"), file, QStringLiteral("--json")});
    VD_EXPECT_EXIT(run, exitSuccess);
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(run.out, &error);
    QVERIFY2(error.error == QJsonParseError::NoError, qPrintable(error.errorString()));
    QVERIFY(document.isArray());
    const QJsonArray array = document.array();
    QCOMPARE(array.size(), 40);
    const QStringList expectedKeys = {QStringLiteral("attributes"), QStringLiteral("code"),
                                      QStringLiteral("contact"),    QStringLiteral("industry"),
                                      QStringLiteral("manager"),    QStringLiteral("name"),
                                      QStringLiteral("notes"),      QStringLiteral("region"),
                                      QStringLiteral("status"),     QStringLiteral("tenure_start")};
    QString previousCode;
    for (const QJsonValue &value : array) {
        const QJsonObject c = value.toObject();
        QStringList keys = c.keys();
        keys.sort();
        QCOMPARE(keys, expectedKeys);
        const QString code = c.value(QStringLiteral("code")).toString();
        QVERIFY(!code.isEmpty());
        QVERIFY(code > previousCode); // ordered by code
        previousCode = code;
        QVERIFY(!c.value(QStringLiteral("name")).toString().isEmpty());
        const QString status = c.value(QStringLiteral("status")).toString();
        QVERIFY2(status == QLatin1String("active") || status == QLatin1String("prospect") ||
                     status == QLatin1String("lost"),
                 qPrintable(status));
        QVERIFY(c.value(QStringLiteral("attributes")).isObject());
        const QJsonValue tenure = c.value(QStringLiteral("tenure_start"));
        QVERIFY(tenure.isNull() || QDate::fromString(tenure.toString(), Qt::ISODate).isValid());
    }
    QCOMPARE(array.first().toObject().value(QStringLiteral("code")).toString(),
             QStringLiteral("C000001"));

    // The text listing has a header and one line per customer.
    const Run text = cli({QStringLiteral("customers"), file});
    VD_EXPECT_EXIT(text, exitSuccess);
    const QStringList lines = text.stdOut().split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 41);
    QCOMPARE(lines.first(), QStringLiteral("code\tname\tindustry\tregion\tmanager\tstatus"));
}

void TstValueDeskCli::importRejectsBadRowsAndChangesNothing()
{
    const QString file = newFile(QStringLiteral("f.vdb"));
    VD_EXPECT_EXIT(cli({QStringLiteral("import"), file, QStringLiteral("--customers"),
                        fixture("customers_utf8.csv")}),
                   exitSuccess);
    const QJsonObject before = info(file);
    const QString customersBefore =
        cli({QStringLiteral("customers"), file, QStringLiteral("--json")}).stdOut();

    const QString csv = writeCsv(QStringLiteral("sales.csv"),
                                 QStringLiteral("客户编号,日期,金额\n"
                                                "C001,2024-01-01,100\n"
                                                "C001,2024-02-30,abc\n" // two problems
                                                "C002,2024-01-03,200\n"
                                                "C999,2024-01-04,300\n"));
    const Run run = cli({QStringLiteral("import"), file, QStringLiteral("--transactions"), csv});
    VD_EXPECT_EXIT(run, exitRejected);
    const QStringList lines = run.errLines();
    QCOMPARE(lines.size(), 4); // three problems and the verdict
    QVERIFY2(lines.at(0).startsWith(QLatin1String("Line 3, Date")), qPrintable(lines.at(0)));
    QVERIFY2(lines.at(1).startsWith(QLatin1String("Line 3, Amount")), qPrintable(lines.at(1)));
    QVERIFY2(lines.at(2).startsWith(QLatin1String("Line 5, Customer code")),
             qPrintable(lines.at(2)));
    QVERIFY(lines.at(2).contains(QLatin1String("C999")));
    QVERIFY2(lines.at(3).startsWith(QLatin1String("valuedesk-cli: 2 of 4 rows are bad")),
             qPrintable(lines.at(3)));
    QVERIFY(lines.at(3).contains(QLatin1String("nothing was imported")));
    QVERIFY(run.out.isEmpty());

    QCOMPARE(info(file), before);
    QCOMPARE(cli({QStringLiteral("customers"), file, QStringLiteral("--json")}).stdOut(),
             customersBefore);
}

void TstValueDeskCli::importSkipBadRows()
{
    const QString file = newFile(QStringLiteral("f.vdb"));
    VD_EXPECT_EXIT(cli({QStringLiteral("import"), file, QStringLiteral("--customers"),
                        fixture("customers_utf8.csv")}),
                   exitSuccess);
    const QString csv =
        writeCsv(QStringLiteral("sales.csv"), QStringLiteral("客户编号,日期,金额\n"
                                                             "C001,2024-01-01,100\n"
                                                             "C001,2024-02-30,abc\n"
                                                             "C002,2024-01-03,200\n"
                                                             "C999,2024-01-04,300\n"));
    const Run run = cli({QStringLiteral("import"), file, QStringLiteral("--transactions"), csv,
                         QStringLiteral("--skip-bad-rows")});
    VD_EXPECT_EXIT(run, exitSuccess);
    QCOMPARE(run.errLines().size(), 3); // the problems are still listed
    QVERIFY2(run.stdOut().contains(QLatin1String("2 records added")), qPrintable(run.stdOut()));
    QVERIFY(run.stdOut().contains(QLatin1String("2 rows rejected")));
    const QJsonObject after = info(file);
    QCOMPARE(after.value(QStringLiteral("transactions")).toInt(), 2);
    QCOMPARE(after.value(QStringLiteral("customers")).toInt(), 3);
    QCOMPARE(after.value(QStringLiteral("last_date")).toString(), QStringLiteral("2024-01-03"));
}

void TstValueDeskCli::importReport()
{
    const QString file = newFile(QStringLiteral("f.vdb"));
    const QString csv =
        writeCsv(QStringLiteral("customers.csv"), QStringLiteral("客户编号,客户名称,状态\n"
                                                                 "K1,甲,活跃\n"
                                                                 "K2,,休眠\n"
                                                                 "K1,丙,\n"));
    const QString report = path(QStringLiteral("坏行.csv"));
    const Run run = cli({QStringLiteral("import"), file, QStringLiteral("--customers"), csv,
                         QStringLiteral("--report"), report});
    VD_EXPECT_EXIT(run, exitRejected);
    QVERIFY(QFile::exists(report));
    QString text = QString::fromUtf8(fileBytes(report));
    text.remove(QChar(0xFEFF));
    const QStringList lines = text.split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 4);
    QCOMPARE(lines.at(0), QStringLiteral("Line,Field,Column,Value,Reason"));
    QVERIFY2(lines.at(1).startsWith(QStringLiteral("3,Name,客户名称,,missing value")),
             qPrintable(lines.at(1)));
    QVERIFY2(lines.at(2).startsWith(QStringLiteral("3,Status,状态,休眠,")),
             qPrintable(lines.at(2)));
    QVERIFY2(lines.at(3).startsWith(QStringLiteral("4,Customer code,客户编号,K1,")),
             qPrintable(lines.at(3)));
    QCOMPARE(info(file).value(QStringLiteral("customers")).toInt(), 0);

    // With --skip-bad-rows the report is written too and the good row imported.
    const QString report2 = path(QStringLiteral("report2.csv"));
    const Run skipped =
        cli({QStringLiteral("import"), file, QStringLiteral("--customers"), csv,
             QStringLiteral("--report"), report2, QStringLiteral("--skip-bad-rows")});
    VD_EXPECT_EXIT(skipped, exitSuccess);
    QVERIFY(QFile::exists(report2));
    QCOMPARE(info(file).value(QStringLiteral("customers")).toInt(), 1);
}

void TstValueDeskCli::importCreateMissingCustomers()
{
    const QString file = newFile(QStringLiteral("f.vdb"));
    const QString csv =
        writeCsv(QStringLiteral("sales.csv"), QStringLiteral("客户编号,客户名称,日期,金额\n"
                                                             "N1,新客户,2024-03-01,100\n"
                                                             "N1,,2024-01-15,200\n"
                                                             "N2,,2024-02-01,300\n"));
    const Run strict = cli({QStringLiteral("import"), file, QStringLiteral("--transactions"), csv});
    VD_EXPECT_EXIT(strict, exitRejected);
    QCOMPARE(info(file).value(QStringLiteral("customers")).toInt(), 0);

    const Run run = cli({QStringLiteral("import"), file, QStringLiteral("--transactions"), csv,
                         QStringLiteral("--create-missing-customers")});
    VD_EXPECT_EXIT(run, exitSuccess);
    QVERIFY(run.stdOut().contains(QLatin1String("2 customers added")));
    const QJsonArray customers =
        cli({QStringLiteral("customers"), file, QStringLiteral("--json")}).json().array();
    QCOMPARE(customers.size(), 2);
    const QJsonObject n1 = customers.at(0).toObject();
    QCOMPARE(n1.value(QStringLiteral("code")).toString(), QStringLiteral("N1"));
    QCOMPARE(n1.value(QStringLiteral("name")).toString(), QStringLiteral("新客户"));
    QCOMPARE(n1.value(QStringLiteral("tenure_start")).toString(), QStringLiteral("2024-01-15"));
    QCOMPARE(customers.at(1).toObject().value(QStringLiteral("name")).toString(),
             QStringLiteral("N2"));
    QCOMPARE(info(file).value(QStringLiteral("transactions")).toInt(), 3);
}

void TstValueDeskCli::importGbk()
{
    const QString utf8File = newFile(QStringLiteral("utf8.vdb"));
    VD_EXPECT_EXIT(cli({QStringLiteral("import"), utf8File, QStringLiteral("--customers"),
                        fixture("customers_utf8.csv")}),
                   exitSuccess);
    const QByteArray expected =
        cli({QStringLiteral("customers"), utf8File, QStringLiteral("--json")}).out;
    QCOMPARE(QJsonDocument::fromJson(expected).array().size(), 3);

    const QString gbkFile = newFile(QStringLiteral("gbk.vdb"));
    const Run run =
        cli({QStringLiteral("import"), gbkFile, QStringLiteral("--customers"),
             fixture("customers_gbk.csv"), QStringLiteral("--encoding"), QStringLiteral("gbk")});
    VD_EXPECT_EXIT(run, exitSuccess);
    QCOMPARE(cli({QStringLiteral("customers"), gbkFile, QStringLiteral("--json")}).out, expected);

    // Read as UTF-8, the GBK bytes are an error naming the file, and nothing is imported.
    const QString wrong = newFile(QStringLiteral("wrong.vdb"));
    const Run misread =
        cli({QStringLiteral("import"), wrong, QStringLiteral("--customers"),
             fixture("customers_gbk.csv"), QStringLiteral("--encoding"), QStringLiteral("utf-8")});
    VD_EXPECT_EXIT(misread, exitFailure);
    QCOMPARE(misread.errLines().size(), 1);
    QVERIFY(misread.errLines().first().contains(QLatin1String("customers_gbk.csv")));
    QCOMPARE(info(wrong).value(QStringLiteral("customers")).toInt(), 0);

    const Run badEncoding = cli({QStringLiteral("import"), wrong, QStringLiteral("--customers"),
                                 fixture("customers_gbk.csv"), QStringLiteral("--encoding"),
                                 QStringLiteral("latin-9")});
    VD_EXPECT_EXIT(badEncoding, exitUsage);
    QCOMPARE(badEncoding.errLines().size(), 1);
}

void TstValueDeskCli::importMapping()
{
    const QString file = newFile(QStringLiteral("f.vdb"));
    VD_EXPECT_EXIT(cli({QStringLiteral("import"), file, QStringLiteral("--customers"),
                        fixture("customers_utf8.csv")}),
                   exitSuccess);
    // Headers nothing recognises.
    const QString csv2 =
        writeCsv(QStringLiteral("export.csv"), QStringLiteral("Kunde;Tag;Betrag;Artikel\n"
                                                              "C001;2024-04-01;10.5;Tee\n"
                                                              "C003;2024-04-02;7;Kaffee\n"));
    const Run unmapped =
        cli({QStringLiteral("import"), file, QStringLiteral("--transactions"), csv2});
    QVERIFY(unmapped.finished && unmapped.exitCode != exitSuccess);
    QCOMPARE(unmapped.errLines().size(), 1);
    QVERIFY(unmapped.errLines().first().startsWith(QLatin1String("valuedesk-cli: ")));
    QCOMPARE(info(file).value(QStringLiteral("transactions")).toInt(), 0);

    // Header texts and column numbers.
    const QString mapping = path(QStringLiteral("mapping.json"));
    QVERIFY(writeFile(mapping, R"({"kind": "transactions",
        "columns": {"customer_code": "Kunde", "date": 1, "amount": "Betrag", "product": 3}})"));
    const Run run = cli({QStringLiteral("import"), file, QStringLiteral("--transactions"), csv2,
                         QStringLiteral("--mapping"), mapping});
    VD_EXPECT_EXIT(run, exitSuccess);
    QCOMPARE(info(file).value(QStringLiteral("transactions")).toInt(), 2);

    // A mapping file naming an unknown field or a missing column is a usage error.
    const QString bad = path(QStringLiteral("bad.json"));
    QVERIFY(writeFile(bad, R"({"columns": {"amonut": "Betrag"}})"));
    const Run badRun = cli({QStringLiteral("import"), file, QStringLiteral("--transactions"), csv2,
                            QStringLiteral("--mapping"), bad});
    VD_EXPECT_EXIT(badRun, exitUsage);
    QCOMPARE(badRun.errLines().size(), 1);
    QVERIFY(badRun.errLines().first().contains(QLatin1String("amonut")));
    QVERIFY(writeFile(bad, R"({"columns": {"amount": "Summe"}})"));
    const Run missing = cli({QStringLiteral("import"), file, QStringLiteral("--transactions"), csv2,
                             QStringLiteral("--mapping"), bad});
    VD_EXPECT_EXIT(missing, exitUsage);
    QVERIFY(missing.errLines().first().contains(QLatin1String("Summe")));
    QVERIFY(writeFile(bad, "not json"));
    VD_EXPECT_EXIT(cli({QStringLiteral("import"), file, QStringLiteral("--transactions"), csv2,
                        QStringLiteral("--mapping"), bad}),
                   exitUsage);
    QCOMPARE(info(file).value(QStringLiteral("transactions")).toInt(), 2);
}

void TstValueDeskCli::importDuplicates()
{
    const QString file = newFile(QStringLiteral("f.vdb"));
    VD_EXPECT_EXIT(cli({QStringLiteral("import"), file, QStringLiteral("--customers"),
                        fixture("customers_utf8.csv")}),
                   exitSuccess);
    const QString csv = writeCsv(QStringLiteral("again.csv"),
                                 QStringLiteral("客户编号,客户名称,行业\nC003,天河餐饮集团,\n"));
    const Run skip = cli({QStringLiteral("import"), file, QStringLiteral("--customers"), csv,
                          QStringLiteral("--on-duplicate"), QStringLiteral("skip")});
    VD_EXPECT_EXIT(skip, exitSuccess);
    const Run asNew = cli({QStringLiteral("import"), file, QStringLiteral("--customers"), csv,
                           QStringLiteral("--on-duplicate"), QStringLiteral("new")});
    VD_EXPECT_EXIT(asNew, exitSuccess);
    const Run update = cli({QStringLiteral("import"), file, QStringLiteral("--customers"), csv});
    VD_EXPECT_EXIT(update, exitSuccess);
    const QJsonArray customers =
        cli({QStringLiteral("customers"), file, QStringLiteral("--json")}).json().array();
    QCOMPARE(customers.size(), 4);
    const QJsonObject c003 = customers.at(2).toObject();
    QCOMPARE(c003.value(QStringLiteral("code")).toString(), QStringLiteral("C003"));
    QCOMPARE(c003.value(QStringLiteral("name")).toString(), QStringLiteral("天河餐饮集团"));
    QCOMPARE(c003.value(QStringLiteral("industry")).toString(), QStringLiteral("餐饮"));
    QCOMPARE(customers.at(3).toObject().value(QStringLiteral("code")).toString(),
             QStringLiteral("C003-2"));
    VD_EXPECT_EXIT(cli({QStringLiteral("import"), file, QStringLiteral("--customers"), csv,
                        QStringLiteral("--on-duplicate"), QStringLiteral("merge")}),
                   exitUsage);
}

void TstValueDeskCli::errorsAreOneLine_data()
{
    QTest::addColumn<QStringList>("arguments"); // "{dir}" is replaced by the temporary folder
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("messagePart");

    QTest::newRow("unknown command") << QStringList{QStringLiteral("frobnicate")} << exitUsage
                                     << QStringLiteral("unknown command \"frobnicate\"");
    QTest::newRow("info on a missing file")
        << QStringList{QStringLiteral("info"), QStringLiteral("{dir}/nothere.vdb")} << exitFailure
        << QStringLiteral("does not exist");
    QTest::newRow("customers on a missing file")
        << QStringList{QStringLiteral("customers"), QStringLiteral("{dir}/nothere.vdb"),
                       QStringLiteral("--json")}
        << exitFailure << QStringLiteral("does not exist");
    QTest::newRow("import into a missing file")
        << QStringList{QStringLiteral("import"), QStringLiteral("{dir}/nothere.vdb"),
                       QStringLiteral("--customers"), fixture("customers_utf8.csv")}
        << exitFailure << QStringLiteral("does not exist");
    QTest::newRow("import a missing input")
        << QStringList{QStringLiteral("import"), QStringLiteral("{dir}/f.vdb"),
                       QStringLiteral("--customers"), QStringLiteral("{dir}/nothere.csv")}
        << exitFailure << QStringLiteral("nothere.csv");
    QTest::newRow("import without a kind")
        << QStringList{QStringLiteral("import"), QStringLiteral("{dir}/f.vdb")} << exitUsage
        << QStringLiteral("--customers");
    QTest::newRow("import with two kinds")
        << QStringList{QStringLiteral("import"),      QStringLiteral("{dir}/f.vdb"),
                       QStringLiteral("--customers"), QStringLiteral("a.csv"),
                       QStringLiteral("--balances"),  QStringLiteral("b.csv")}
        << exitUsage << QStringLiteral("not several");
    QTest::newRow("unknown option")
        << QStringList{QStringLiteral("info"), QStringLiteral("{dir}/f.vdb"),
                       QStringLiteral("--frob")}
        << exitUsage << QStringLiteral("frob");
    QTest::newRow("no file") << QStringList{QStringLiteral("info")} << exitUsage
                             << QStringLiteral("exactly one customer file");
    QTest::newRow("text file as customer file")
        << QStringList{QStringLiteral("info"), QStringLiteral("{dir}/notes.txt")} << exitFailure
        << QStringLiteral("not a ValueDesk customer file");
    QTest::newRow("old Excel file")
        << QStringList{QStringLiteral("import"), QStringLiteral("{dir}/f.vdb"),
                       QStringLiteral("--customers"), QStringLiteral("{dir}/old.xls")}
        << exitFailure << QStringLiteral(".xlsx");
}

void TstValueDeskCli::errorsAreOneLine()
{
    QFETCH(QStringList, arguments);
    QFETCH(int, exitCode);
    QFETCH(QString, messagePart);
    const QString file = newFile(QStringLiteral("f.vdb"));
    QVERIFY(writeFile(path(QStringLiteral("notes.txt")), "just some\nnotes\n"));
    QVERIFY(writeFile(path(QStringLiteral("old.xls")), QByteArray(512, '\x01')));
    const QJsonObject before = info(file);
    for (QString &argument : arguments)
        argument.replace(QStringLiteral("{dir}"), m_dir->path());

    const Run run = cli(arguments);
    VD_EXPECT_EXIT(run, exitCode);
    const QStringList lines = run.errLines();
    QVERIFY2(lines.size() == 1, qPrintable(run.describe()));
    QVERIFY2(lines.first().startsWith(QLatin1String("valuedesk-cli: ")), qPrintable(lines.first()));
    QVERIFY2(lines.first().contains(messagePart), qPrintable(lines.first()));
    QVERIFY(run.out.isEmpty());
    QVERIFY(!QFile::exists(path(QStringLiteral("nothere.vdb"))));
    QCOMPARE(info(file), before);
}

void TstValueDeskCli::newerVersionFileRefusedAndUnchanged()
{
    const QString file = newFile(QStringLiteral("future.vdb"));
    VD_EXPECT_EXIT(cli({QStringLiteral("import"), file, QStringLiteral("--customers"),
                        fixture("customers_utf8.csv")}),
                   exitSuccess);
    const int current = info(file).value(QStringLiteral("schema_version")).toInt();
    QVERIFY(setUserVersion(file, current + 1));
    QVERIFY(!sidecarsExist(file));
    const QByteArray before = fileBytes(file);

    const QVector<QStringList> commands = {
        {QStringLiteral("info"), file},
        {QStringLiteral("info"), file, QStringLiteral("--json")},
        {QStringLiteral("customers"), file},
        {QStringLiteral("import"), file, QStringLiteral("--customers"),
         fixture("customers_utf8_bom.csv")},
        {QStringLiteral("init"), file},
    };
    for (const QStringList &command : commands) {
        const Run run = cli(command);
        QVERIFY2(run.finished && run.exitCode == exitFailure, qPrintable(run.describe()));
        const QStringList lines = run.errLines();
        QCOMPARE(lines.size(), 1);
        QVERIFY(lines.first().startsWith(QLatin1String("valuedesk-cli: ")));
        if (command.first() != QLatin1String("init")) {
            QVERIFY2(lines.first().contains(QLatin1String("newer version")),
                     qPrintable(lines.first()));
        }
        QVERIFY(run.out.isEmpty());
        QCOMPARE(fileBytes(file), before);
        QVERIFY2(!sidecarsExist(file), qPrintable(command.join(QLatin1Char(' '))));
    }
}

void TstValueDeskCli::driverTextOnlyWithDebug()
{
    // A file another tool damaged: the statement and SQLite's own words are for developers.
    const QString file = newFile(QStringLiteral("damaged.vdb"));
    QVERIFY(execRaw(file, QStringLiteral("DROP TABLE interactions")));

    const Run plain = cli({QStringLiteral("info"), file});
    VD_EXPECT_EXIT(plain, exitFailure);
    QCOMPARE(plain.errLines().size(), 1);
    const QString line = plain.errLines().first();
    QVERIFY2(line.startsWith(QLatin1String("valuedesk-cli: ")), qPrintable(line));
    QVERIFY2(line.size() > 20, qPrintable(line));
    QVERIFY2(!line.contains(QLatin1String("no such table")), qPrintable(line));
    QVERIFY2(!line.contains(QLatin1String("SELECT"), Qt::CaseInsensitive), qPrintable(line));

    const Run debug = cli({QStringLiteral("info"), file}, {QStringLiteral("VALUEDESK_DEBUG=1")});
    VD_EXPECT_EXIT(debug, exitFailure);
    QCOMPARE(debug.errLines().size(), 1);
    QVERIFY2(debug.errLines().first().startsWith(line), qPrintable(debug.describe()));
    // The schema check refuses the file before any statement runs, naming what is missing.
    QVERIFY2(line.contains(QStringLiteral("table “interactions” (missing)")), qPrintable(line));

    const Run off = cli({QStringLiteral("info"), file}, {QStringLiteral("VALUEDESK_DEBUG=0")});
    QCOMPARE(off.errLines(), plain.errLines());
}

QTEST_GUILESS_MAIN(TstValueDeskCli)
#include "tst_valuedeskcli.moc"
