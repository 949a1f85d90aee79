#include "reporttable.h"
#include "reportwriters.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include <limits>

using namespace valuedesk;

class TestReportTable : public QObject
{
    Q_OBJECT

private:
    static ReportTable sample()
    {
        using Type = ReportTable::ColumnType;
        ReportTable table;
        ReportTable::Column code{QStringLiteral("code"), QStringLiteral("Code"), Type::Text};
        code.jsonKey = QStringLiteral("customer");
        table.addColumn(code);
        table.addColumn(QStringLiteral("name"), QStringLiteral("Name"), Type::Text,
                        ReportTable::Csv);
        ReportTable::Column revenue{QStringLiteral("revenue"), QStringLiteral("Revenue"),
                                    Type::Money};
        revenue.jsonGroup = QStringLiteral("metrics");
        table.addColumn(revenue);
        table.addColumn(QStringLiteral("orders"), QStringLiteral("Orders"), Type::Integer);
        table.addColumn(QStringLiteral("since"), QStringLiteral("Since"), Type::Date);
        table.addColumn(QStringLiteral("history"), QStringLiteral("History"), Type::Number,
                        ReportTable::Json);
        table.addRow({QStringLiteral("C1"), QStringLiteral("Acme, \"East\""),
                      ReportTable::number(1234.5678901234567), ReportTable::integer(12),
                      ReportTable::date(QDate(2025, 3, 1)),
                      QVariantList{ReportTable::number(1.5), ReportTable::number(qQNaN())}});
        table.addRow({QStringLiteral("客户2"), ReportTable::text(QString()),
                      ReportTable::number(std::numeric_limits<double>::infinity()),
                      ReportTable::integer(0), ReportTable::date(QDate()), QVariantList{}});
        return table;
    }

private slots:
    void columns()
    {
        const ReportTable table = sample();
        QCOMPARE(table.columnCount(), 6);
        QCOMPARE(table.rowCount(), 2);
        QCOMPARE(table.columnIndex(QStringLiteral("orders")), 3);
        QCOMPARE(table.columnIndex(QStringLiteral("missing")), -1);
        QCOMPARE(table.column(0).key(), QStringLiteral("customer"));
        QCOMPARE(table.column(3).key(), QStringLiteral("orders"));
    }

    void missingCells()
    {
        QVERIFY(!ReportTable::number(qQNaN()).isValid());
        QVERIFY(!ReportTable::number(1.0, false).isValid());
        QVERIFY(!ReportTable::text(QString()).isValid());
        QVERIFY(ReportTable::text(QLatin1String("")).isValid());
        QVERIFY(!ReportTable::date(QDate()).isValid());
    }

    void machineText_data()
    {
        QTest::addColumn<QVariant>("cell");
        QTest::addColumn<QString>("text");
        QTest::newRow("missing") << QVariant() << QString();
        QTest::newRow("double 15 digits")
            << QVariant(1.0 / 3.0) << QStringLiteral("0.333333333333333");
        QTest::newRow("whole double") << QVariant(42.0) << QStringLiteral("42");
        QTest::newRow("nan") << QVariant(qQNaN()) << QString();
        QTest::newRow("integer") << QVariant(qint64(-7)) << QStringLiteral("-7");
        QTest::newRow("date") << QVariant(QDate(2024, 2, 29)) << QStringLiteral("2024-02-29");
        QTest::newRow("text") << QVariant(QStringLiteral("a,b")) << QStringLiteral("a,b");
    }

    void machineText()
    {
        QFETCH(QVariant, cell);
        QFETCH(QString, text);
        QCOMPARE(ReportWriters::machineText(cell), text);
    }

    void csv()
    {
        const QByteArray csv = ReportWriters::toCsv(sample());
        QCOMPARE(csv, QByteArray("\xEF\xBB\xBF"
                                 "code,name,revenue,orders,since\r\n"
                                 "C1,\"Acme, \"\"East\"\"\",1234.56789012346,12,2025-03-01\r\n"
                                 "\xE5\xAE\xA2\xE6\x88\xB7"
                                 "2,,,0,\r\n"));
    }

    void writeCsv()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(QStringLiteral("out.csv"));
        QVERIFY(ReportWriters::writeCsv(path, sample()).ok());
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), ReportWriters::toCsv(sample()));
        QVERIFY(!ReportWriters::writeCsv(dir.filePath(QStringLiteral("no/such/dir.csv")), sample())
                     .ok());
    }

    void json()
    {
        const QJsonArray rows = ReportWriters::jsonRows(sample());
        QCOMPARE(rows.size(), 2);
        const QByteArray first =
            QJsonDocument(rows.at(0).toObject()).toJson(QJsonDocument::Compact);
        QCOMPARE(first, QByteArray("{\"customer\":\"C1\",\"history\":[1.5,null],"
                                   "\"metrics\":{\"revenue\":1234.5678901234567},\"orders\":12,"
                                   "\"since\":\"2025-03-01\"}"));
        const QByteArray second =
            QJsonDocument(rows.at(1).toObject()).toJson(QJsonDocument::Compact);
        QCOMPARE(second, QByteArray("{\"customer\":\"客户2\",\"history\":[],"
                                    "\"metrics\":{\"revenue\":null},\"orders\":0,\"since\":null}"));
    }
};

QTEST_GUILESS_MAIN(TestReportTable)
#include "tst_reporttable.moc"
