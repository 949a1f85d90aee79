#include "columnmapping.h"
#include "csvreader.h"
#include "importreport.h"
#include "importsource.h"
#include "valuequote.h"

#include <QTemporaryDir>
#include <QtTest>

#include "resourcebounds.h"

using namespace valuedesk;

namespace {

struct Record
{
    QStringList fields;
    int line = 0;
};

struct Parsed
{
    Status status;
    QVector<Record> records;
};

Parsed parseAll(const QString &text, const CsvOptions &options = CsvOptions())
{
    Parsed parsed;
    parsed.status = CsvReader::parse(text, options, [&](const QStringList &fields, int line) {
        parsed.records.append({fields, line});
        return true;
    });
    return parsed;
}

CsvOptions withSeparator(char16_t separator)
{
    CsvOptions options;
    options.separator = QChar(separator);
    return options;
}

} // namespace

class TstCsvreader : public QObject
{
    Q_OBJECT
private slots:
    void parseRecords_data();
    void parseRecords();
    void detectSeparator_data();
    void detectSeparator();
    void explicitSeparatorOverridesDetection();
    void lineNumbersAfterQuotedNewlines_data();
    void lineNumbersAfterQuotedNewlines();
    void errors_data();
    void errors();
    void fieldAtTheLimitIsRead();
    void hugeSingleLineFileNamesTheLine();
    void oversizedFileIsRefusedUnread();
    void unmappedFieldsListTheHeaders();
    void badValuesAreQuotedShort();
    void cancelFromSink();
    void readTable();
    void readTableMaxRows();
    void readTableStripsBomFromFirstHeader();
    void readTableEmpty();
    void invalidOptions();
};

void TstCsvreader::parseRecords_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QChar>("separator"); // null: detect
    QTest::addColumn<QVector<QStringList>>("expected");

    const QChar detect;
    QTest::newRow("comma") << QStringLiteral("a,b,c\n1,2,3\n") << detect
                           << QVector<QStringList>{
                                  {QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c")},
                                  {QStringLiteral("1"), QStringLiteral("2"), QStringLiteral("3")}};
    QTest::newRow("semicolon") << QStringLiteral("a;b\n1,5;2,5\n") << detect
                               << QVector<QStringList>{
                                      {QStringLiteral("a"), QStringLiteral("b")},
                                      {QStringLiteral("1,5"), QStringLiteral("2,5")}};
    QTest::newRow("tab") << QStringLiteral("a\tb\n1\t2\n") << detect
                         << QVector<QStringList>{{QStringLiteral("a"), QStringLiteral("b")},
                                                 {QStringLiteral("1"), QStringLiteral("2")}};
    QTest::newRow("quoted separators")
        << QStringLiteral("\"a,b\",c\n\"x;y\",\"\"\n") << detect
        << QVector<QStringList>{{QStringLiteral("a,b"), QStringLiteral("c")},
                                {QStringLiteral("x;y"), QString()}};
    QTest::newRow("doubled quotes")
        << QStringLiteral("\"say \"\"hi\"\"\",\"\"\"\"\n") << QChar(u',')
        << QVector<QStringList>{{QStringLiteral("say \"hi\""), QStringLiteral("\"")}};
    QTest::newRow("embedded LF") << QStringLiteral("\"line1\nline2\",b\n") << QChar(u',')
                                 << QVector<QStringList>{
                                        {QStringLiteral("line1\nline2"), QStringLiteral("b")}};
    QTest::newRow("embedded CRLF")
        << QStringLiteral("\"line1\r\nline2\",b\r\n") << QChar(u',')
        << QVector<QStringList>{{QStringLiteral("line1\r\nline2"), QStringLiteral("b")}};
    QTest::newRow("CRLF") << QStringLiteral("a,b\r\n1,2\r\n") << detect
                          << QVector<QStringList>{{QStringLiteral("a"), QStringLiteral("b")},
                                                  {QStringLiteral("1"), QStringLiteral("2")}};
    QTest::newRow("CR only") << QStringLiteral("a,b\r1,2\r3,4") << detect
                             << QVector<QStringList>{{QStringLiteral("a"), QStringLiteral("b")},
                                                     {QStringLiteral("1"), QStringLiteral("2")},
                                                     {QStringLiteral("3"), QStringLiteral("4")}};
    QTest::newRow("no trailing newline")
        << QStringLiteral("a,b\n1,2") << detect
        << QVector<QStringList>{{QStringLiteral("a"), QStringLiteral("b")},
                                {QStringLiteral("1"), QStringLiteral("2")}};
    QTest::newRow("blank lines skipped")
        << QStringLiteral("\n\na,b\n\n\r\n1,2\n\n") << detect
        << QVector<QStringList>{{QStringLiteral("a"), QStringLiteral("b")},
                                {QStringLiteral("1"), QStringLiteral("2")}};
    QTest::newRow("trailing empty field")
        << QStringLiteral("a,b,\n") << QChar(u',')
        << QVector<QStringList>{{QStringLiteral("a"), QStringLiteral("b"), QString()}};
    QTest::newRow("trailing empty field at end of text")
        << QStringLiteral("a,b,") << QChar(u',')
        << QVector<QStringList>{{QStringLiteral("a"), QStringLiteral("b"), QString()}};
    QTest::newRow("only separators") << QStringLiteral(",,\n") << QChar(u',')
                                     << QVector<QStringList>{{QString(), QString(), QString()}};
    QTest::newRow("whitespace kept")
        << QStringLiteral(" a , b \n") << QChar(u',')
        << QVector<QStringList>{{QStringLiteral(" a "), QStringLiteral(" b ")}};
    QTest::newRow("quote inside unquoted field kept")
        << QStringLiteral("5\" disk,x\n") << QChar(u',')
        << QVector<QStringList>{{QStringLiteral("5\" disk"), QStringLiteral("x")}};
    QTest::newRow("quoted empty and single field")
        << QStringLiteral("\"\"\nsolo\n") << QChar(u',')
        << QVector<QStringList>{{QString()}, {QStringLiteral("solo")}};
    QTest::newRow("ragged rows") << QStringLiteral("a,b,c\n1\n1,2,3,4\n") << QChar(u',')
                                 << QVector<QStringList>{{QStringLiteral("a"), QStringLiteral("b"),
                                                          QStringLiteral("c")},
                                                         {QStringLiteral("1")},
                                                         {QStringLiteral("1"), QStringLiteral("2"),
                                                          QStringLiteral("3"),
                                                          QStringLiteral("4")}};
    QTest::newRow("chinese") << QStringLiteral("客户,金额\n\"张三，李四\",12\n") << detect
                             << QVector<QStringList>{
                                    {QStringLiteral("客户"), QStringLiteral("金额")},
                                    {QStringLiteral("张三，李四"), QStringLiteral("12")}};
    QTest::newRow("empty text") << QString() << detect << QVector<QStringList>{};
}

void TstCsvreader::parseRecords()
{
    QFETCH(QString, text);
    QFETCH(QChar, separator);
    QFETCH(QVector<QStringList>, expected);

    CsvOptions options;
    options.separator = separator;
    const Parsed parsed = parseAll(text, options);
    QVERIFY2(parsed.status.ok(),
             qPrintable(parsed.status ? QString() : parsed.status.error().toString()));
    QVector<QStringList> fields;
    for (const Record &record : parsed.records)
        fields.append(record.fields);
    QCOMPARE(fields, expected);
}

void TstCsvreader::detectSeparator_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QChar>("expected");

    QTest::newRow("comma") << QStringLiteral("a,b,c\n1,2,3\n") << QChar(u',');
    QTest::newRow("semicolon") << QStringLiteral("a;b;c\n1;2;3\n") << QChar(u';');
    QTest::newRow("tab") << QStringLiteral("a\tb\n1\t2\n") << QChar(u'\t');
    QTest::newRow("semicolon with decimal commas")
        << QStringLiteral("name;price\nA;1,5\nB;2,5\n") << QChar(u';');
    QTest::newRow("tab with thousands commas")
        << QStringLiteral("name\tamount\nA\t\"1,234\"\nB\t5\n") << QChar(u'\t');
    QTest::newRow("comma inside quotes ignored")
        << QStringLiteral("\"a,b\";c\n\"d,e,f\";g\n") << QChar(u';');
    QTest::newRow("quoted newline does not split a record")
        << QStringLiteral("a;b\n\"x\ny,z\";1\n") << QChar(u';');
    QTest::newRow("tie prefers comma") << QStringLiteral("a,b;c\n1,2;3\n") << QChar(u',');
    QTest::newRow("more fields wins") << QStringLiteral("a;b;c,d\n1;2;3,4\n") << QChar(u';');
    QTest::newRow("ragged semicolon") << QStringLiteral("a;b;c\n1;2\n1;2;3\n") << QChar(u';');
    QTest::newRow("single column") << QStringLiteral("name\nAcme\n") << QChar(u',');
    QTest::newRow("empty") << QString() << QChar(u',');
    QTest::newRow("blank lines ignored") << QStringLiteral("\n\na;b\n\n1;2\n") << QChar(u';');
}

void TstCsvreader::detectSeparator()
{
    QFETCH(QString, text);
    QFETCH(QChar, expected);
    QCOMPARE(CsvReader::detectSeparator(text), expected);
}

void TstCsvreader::explicitSeparatorOverridesDetection()
{
    const QString text = QStringLiteral("a;b,c\n1;2,3\n");
    QCOMPARE(CsvReader::detectSeparator(text), QChar(u','));

    const Parsed semicolon = parseAll(text, withSeparator(u';'));
    QVERIFY(semicolon.status.ok());
    QCOMPARE(semicolon.records.size(), 2);
    QCOMPARE(semicolon.records[0].fields,
             (QStringList{QStringLiteral("a"), QStringLiteral("b,c")}));

    const Parsed tab = parseAll(text, withSeparator(u'\t'));
    QVERIFY(tab.status.ok());
    QCOMPARE(tab.records[1].fields, QStringList{QStringLiteral("1;2,3")});
}

void TstCsvreader::lineNumbersAfterQuotedNewlines_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QVector<int>>("lines");

    QTest::newRow("LF") << QStringLiteral("h1,h2\n\"a\nb\nc\",x\nnext,y\nlast,z\n")
                        << QVector<int>{1, 2, 5, 6};
    QTest::newRow("CRLF") << QStringLiteral("h1,h2\r\n\"a\r\nb\",x\r\nnext,y\r\n")
                          << QVector<int>{1, 2, 4};
    QTest::newRow("CR in quotes") << QStringLiteral("h1,h2\r\"a\rb\",x\rnext,y\r")
                                  << QVector<int>{1, 2, 4};
    QTest::newRow("blank lines counted")
        << QStringLiteral("h\n\n\nv\r\n\r\nw") << QVector<int>{1, 4, 6};
    QTest::newRow("newline in last field")
        << QStringLiteral("h1,h2\nx,\"a\n\nb\"\nnext,y") << QVector<int>{1, 2, 5};
}

void TstCsvreader::lineNumbersAfterQuotedNewlines()
{
    QFETCH(QString, text);
    QFETCH(QVector<int>, lines);

    const Parsed parsed = parseAll(text);
    QVERIFY(parsed.status.ok());
    QVector<int> actual;
    for (const Record &record : parsed.records)
        actual.append(record.line);
    QCOMPARE(actual, lines);
}

void TstCsvreader::errors_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("line");
    QTest::addColumn<QString>("what");

    QTest::newRow("unterminated quote")
        << QStringLiteral("a,b\n1,2\n3,\"open\n4,5\n") << 3 << QStringLiteral("not closed");
    QTest::newRow("unterminated after quoted newlines")
        << QStringLiteral("a,b\n\"x\ny\",1\n2,\"never") << 4 << QStringLiteral("not closed");
    QTest::newRow("stray text after quote")
        << QStringLiteral("a,b\n\"x\"y,1\n") << 2 << QStringLiteral("after a closing quote");
    QTest::newRow("stray text on a later physical line")
        << QStringLiteral("a,b\n\"x\nmore\" ,1\n") << 3 << QStringLiteral("after a closing quote");

    // Bounded fields and records: one huge line must not take unbounded memory.
    const QString longField(CsvReader::MaxFieldChars + 1, QLatin1Char('x'));
    QTest::newRow("unquoted field too long")
        << QStringLiteral("a,b\n1,2\n3,") + longField << 3 << QStringLiteral("longer than");
    QTest::newRow("quoted field too long, starting on an earlier line")
        << QStringLiteral("a,b\n1,\"\n") + longField + QStringLiteral("\"\n") << 2
        << QStringLiteral("longer than");
    QTest::newRow("doubled quotes make it too long")
        << QStringLiteral("a,b\n1,2\n\"") +
               QStringLiteral("\"\"").repeated(CsvReader::MaxFieldChars) + QStringLiteral("y\"\n")
        << 3 << QStringLiteral("longer than");
    QTest::newRow("too many fields")
        << QStringLiteral("a,b\n1,2\n") + QString(CsvReader::MaxFields, QLatin1Char(',')) << 3
        << QStringLiteral("fields");
    QTest::newRow("too many quoted fields over many physical lines")
        << QStringLiteral("a,b\n1,2\n") + QStringLiteral("\"\n\",").repeated(CsvReader::MaxFields) +
               QStringLiteral("x")
        << 3 << QStringLiteral("fields");
}

void TstCsvreader::errors()
{
    QFETCH(QString, text);
    QFETCH(int, line);
    QFETCH(QString, what);

    int delivered = 0;
    const Status status =
        CsvReader::parse(text, withSeparator(u','), [&](const QStringList &, int) {
            ++delivered;
            return true;
        });
    QVERIFY(!status.ok());
    const QString message = status.error().message();
    QVERIFY2(message.contains(QStringLiteral("Line %1").arg(line)), qPrintable(message));
    QVERIFY2(message.contains(what), qPrintable(message));
    QVERIFY(delivered >= 1); // records before the error were streamed
}

void TstCsvreader::fieldAtTheLimitIsRead()
{
    const QString field(CsvReader::MaxFieldChars, QLatin1Char('y'));
    const QString quoted =
        QStringLiteral("\"\"\"") + field.left(field.size() - 1) + QStringLiteral("\"");
    const Result<TableData> table = CsvReader::readTable(
        QStringLiteral("a,b\n") + field + QLatin1Char(',') + quoted, withSeparator(u','));
    QVERIFY(table.ok());
    QCOMPARE(table->rows.value(0).value(0), field);
    QCOMPARE(table->rows.value(0).value(1).size(), CsvReader::MaxFieldChars);
    QVERIFY(CsvReader::readTable(QString(CsvReader::MaxFields - 1, QLatin1Char(',')),
                                 withSeparator(u','))
                .ok());
}

// A file that is one huge line (no line break): the import stops at the field limit, naming the
// line, instead of copying the field; beyond 16 MB the line is refused while the file is read.
void TstCsvreader::hugeSingleLineFileNamesTheLine()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("oneline.csv"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(QByteArray(8 << 20, 'z'));
    file.close();
    const Result<ImportSource> source = ImportSource::open(path);
    QVERIFY(!source.ok());
    QVERIFY2(source.error().message().contains(QLatin1String("Line 1")) &&
                 source.error().message().contains(QLocale().toString(CsvReader::MaxFieldChars)),
             qPrintable(source.error().message()));

    const QString longPath = dir.filePath(QStringLiteral("longline.csv"));
    QFile longFile(longPath);
    QVERIFY(longFile.open(QIODevice::WriteOnly));
    longFile.write("a,b\n1,2\n");
    const QByteArray block(1 << 20, 'z');
    for (int i = 0; i < 40; ++i)
        longFile.write(block);
    longFile.write("\n3,4\n");
    longFile.close();
    const long before = TestBounds::peakRssMiB();
    const Result<ImportSource> refused = ImportSource::open(longPath);
    QVERIFY(!refused.ok());
    VD_VERIFY_BOUND(TestBounds::peakRssMiB() - before < 40,
                    qPrintable(QString::number(TestBounds::peakRssMiB() - before)));
    QVERIFY2(refused.error().message().contains(QLatin1String("longline.csv")) &&
                 refused.error().message().contains(QLatin1String("16 MB")),
             qPrintable(refused.error().message()));
}

void TstCsvreader::oversizedFileIsRefusedUnread()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("huge.csv"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    // Sparse: no disk space or time is spent, and reading it would take a gigabyte.
    QVERIFY(file.resize(ImportSource::MaxCsvFileBytes + 1));
    file.close();
    QElapsedTimer timer;
    timer.start();
    const Result<ImportSource> source = ImportSource::open(path);
    QVERIFY(!source.ok());
    VD_VERIFY_BOUND(timer.elapsed() < 1000, qPrintable(QString::number(timer.elapsed())));
    QVERIFY2(source.error().message().contains(QLatin1String("huge.csv")) &&
                 source.error().message().contains(QLocale().toString(1024)),
             qPrintable(source.error().message()));
}

// A file whose headers match no field (wrong separator, encoding or kind): the message shows what
// the file has.
void TstCsvreader::unmappedFieldsListTheHeaders()
{
    const QStringList headers{QStringLiteral("foo"), QStringLiteral("bar;baz"),
                              QString(100, QLatin1Char('h'))};
    const ColumnMapping mapping = ColumnMapping::guess(ImportKind::Transactions, headers);
    QVERIFY(!mapping.missingRequiredFields().isEmpty());
    const QString message = mapping.missingFieldsMessage(headers);
    QVERIFY2(message.contains(QLatin1String("\"foo\"")) &&
                 message.contains(QLatin1String("\"bar;baz\"")) &&
                 message.contains(QString(40, QLatin1Char('h')) + QChar(0x2026)) &&
                 !message.contains(QString(41, QLatin1Char('h'))),
             qPrintable(message));
    for (const QString &field : mapping.missingRequiredFields())
        QVERIFY2(message.contains(field), qPrintable(message));
}

// A bad 200 MB value used to be printed whole, once per bad row.
void TstCsvreader::badValuesAreQuotedShort()
{
    QCOMPARE(quotedValuePrefix(QStringLiteral("short")), QStringLiteral("short"));
    QCOMPARE(quotedValuePrefix(QString(60, QLatin1Char('a'))), QString(60, QLatin1Char('a')));
    QCOMPARE(quotedValuePrefix(QString(61, QLatin1Char('a'))),
             QString(60, QLatin1Char('a')) + QChar(0x2026));
    // A surrogate pair is never cut in half.
    const QString emoji = QString(59, QLatin1Char('a')) + QStringLiteral("😀") + QStringLiteral("b");
    QCOMPARE(quotedValuePrefix(emoji), QString(59, QLatin1Char('a')) + QChar(0x2026));

    RowProblem problem;
    problem.line = 7;
    problem.field = QStringLiteral("Amount");
    problem.value = QString(CsvReader::MaxFieldChars, QLatin1Char('9'));
    problem.reason = QStringLiteral("not an amount");
    const QString described = ImportReport::describe(problem);
    QVERIFY(described.size() < 200);
    QVERIFY(described.contains(QLatin1String("Line 7")));
}

void TstCsvreader::cancelFromSink()
{
    int calls = 0;
    const Status status = CsvReader::parse(QStringLiteral("a\nb\nc\n\"unterminated"), CsvOptions(),
                                           [&](const QStringList &, int) { return ++calls < 2; });
    QVERIFY(status.ok()); // cancelled before reaching the broken record
    QCOMPARE(calls, 2);
}

void TstCsvreader::readTable()
{
    const Result<TableData> table = CsvReader::readTable(
        QStringLiteral("id;name;city\r\n1;\"Acme; Inc\";Berlin\r\n\r\n2;Beta\r\n"), CsvOptions());
    QVERIFY(table.ok());
    QCOMPARE(table->headers,
             (QStringList{QStringLiteral("id"), QStringLiteral("name"), QStringLiteral("city")}));
    QCOMPARE(table->rows.size(), 2);
    QCOMPARE(table->rows[0], (QStringList{QStringLiteral("1"), QStringLiteral("Acme; Inc"),
                                          QStringLiteral("Berlin")}));
    QCOMPARE(table->rows[1], (QStringList{QStringLiteral("2"), QStringLiteral("Beta")}));
    QCOMPARE(table->sourceLines, (QVector<int>{2, 4}));
}

void TstCsvreader::readTableMaxRows()
{
    const QString text = QStringLiteral("h\n1\n2\n3\n4\n\"broken");
    const Result<TableData> preview = CsvReader::readTable(text, CsvOptions(), 2);
    QVERIFY(preview.ok()); // stops before the broken tail
    QCOMPARE(preview->headers, QStringList{QStringLiteral("h")});
    QCOMPARE(preview->rows, (QVector<QStringList>{{QStringLiteral("1")}, {QStringLiteral("2")}}));
    QCOMPARE(preview->sourceLines, (QVector<int>{2, 3}));

    const Result<TableData> headerOnly = CsvReader::readTable(text, CsvOptions(), 0);
    QVERIFY(headerOnly.ok());
    QCOMPARE(headerOnly->headers, QStringList{QStringLiteral("h")});
    QVERIFY(headerOnly->rows.isEmpty());

    const Result<TableData> all = CsvReader::readTable(text, CsvOptions(), -1);
    QVERIFY(!all.ok());
    QVERIFY(all.error().message().contains(QStringLiteral("Line 6")));

    const Result<TableData> more =
        CsvReader::readTable(QStringLiteral("h\n1\n2\n"), CsvOptions(), 10);
    QVERIFY(more.ok());
    QCOMPARE(more->rows.size(), 2);
}

void TstCsvreader::readTableStripsBomFromFirstHeader()
{
    const Result<TableData> table =
        CsvReader::readTable(QStringLiteral("\uFEFF客户编号,客户名称\nC1,甲\n"), CsvOptions());
    QVERIFY(table.ok());
    QCOMPARE(table->headers, (QStringList{QStringLiteral("客户编号"), QStringLiteral("客户名称")}));
    QCOMPARE(table->rows, (QVector<QStringList>{{QStringLiteral("C1"), QStringLiteral("甲")}}));
}

void TstCsvreader::readTableEmpty()
{
    QVERIFY(!CsvReader::readTable(QString(), CsvOptions()).ok());
    QVERIFY(!CsvReader::readTable(QStringLiteral("\n\r\n"), CsvOptions()).ok());
}

void TstCsvreader::invalidOptions()
{
    CsvOptions options;
    options.separator = QLatin1Char('"');
    QVERIFY(!parseAll(QStringLiteral("a\"b\n"), options).status.ok());
    options.separator = QLatin1Char('\n');
    QVERIFY(!parseAll(QStringLiteral("a\n"), options).status.ok());
}

QTEST_GUILESS_MAIN(TstCsvreader)
#include "tst_csvreader.moc"
