#include "csvreader.h"
#include "textdecoder.h"

#include <QFile>
#include <QStringEncoder>
#include <QtTest>

using namespace valuedesk;

namespace {

QByteArray gb18030(const QString &text)
{
    QStringEncoder encoder("GB18030");
    Q_ASSERT(encoder.isValid());
    QByteArray bytes = encoder.encode(text);
    Q_ASSERT(!encoder.hasError());
    return bytes;
}

QByteArray readFixture(const QString &name)
{
    QFile file(QStringLiteral(VALUEDESK_TEST_DATA_DIR "/import/") + name);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

const QString longCsv =
    QStringLiteral("客户编号,客户名称,行业,地区,联系人\n"
                   "C001,北京华信科技有限公司,软件和信息技术服务业,华北,王经理\n"
                   "C002,上海明远国际贸易有限公司,批发和零售业,华东,李女士\n"
                   "C003,广州天河餐饮管理有限公司,住宿和餐饮业,华南,陈先生\n");

} // namespace

class TstTextdecoder : public QObject
{
    Q_OBJECT
private slots:
    void autoDetect_data();
    void autoDetect();
    void shortGbkIsNotMistakenForSingleByteCodePage_data();
    void shortGbkIsNotMistakenForSingleByteCodePage();
    void latin1StillDetected();
    void big5StillDetected();
    void utf16Boms();
    void explicitEncodingOverrides();
    void explicitUtf8InvalidNamesOffset_data();
    void explicitUtf8InvalidNamesOffset();
    void explicitGb18030Invalid();
    void emptyInput();
    void parseEncodingName_data();
    void parseEncodingName();
    void parseEncodingNameRejects();
    void fixturesGiveIdenticalTables();
    void utf16WithoutBom_data();
    void utf16WithoutBom();
    void invalidUtf16WithoutBomSaysSo();
};

void TstTextdecoder::autoDetect_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("expectedText");
    QTest::addColumn<QString>("expectedEncoding");

    const QString chinese = QStringLiteral("客户,金额\n张三,12\n");
    const QString shortChinese = QStringLiteral("名称,金额\n张三,5\n"); // 5 Han: uchardet says ""
    QTest::newRow("utf-8") << chinese.toUtf8() << chinese << QStringLiteral("UTF-8");
    QTest::newRow("utf-8 bom") << QByteArray("\xEF\xBB\xBF") + chinese.toUtf8() << chinese
                               << QStringLiteral("UTF-8 (BOM)");
    QTest::newRow("short gbk") << gb18030(shortChinese) << shortChinese
                               << QStringLiteral("GB18030");
    QTest::newRow("long gb18030") << gb18030(longCsv) << longCsv << QStringLiteral("GB18030");
    QTest::newRow("gb18030 four-byte")
        << gb18030(QStringLiteral("名称\n€,😀,䶵\n")) << QStringLiteral("名称\n€,😀,䶵\n")
        << QStringLiteral("GB18030");
    QTest::newRow("ascii") << QByteArray("id,name\n1,Acme\n") << QStringLiteral("id,name\n1,Acme\n")
                           << QStringLiteral("UTF-8");
}

void TstTextdecoder::autoDetect()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, expectedText);
    QFETCH(QString, expectedEncoding);

    const Result<DecodedText> decoded = TextDecoder::decode(bytes, TextEncoding::Auto);
    QVERIFY2(decoded.ok(), qPrintable(decoded ? QString() : decoded.error().toString()));
    QCOMPARE(decoded->text, expectedText);
    QCOMPARE(decoded->encodingName, expectedEncoding);
}

void TstTextdecoder::shortGbkIsNotMistakenForSingleByteCodePage_data()
{
    QTest::addColumn<QString>("text");
    // uchardet 0.0.7 names WINDOWS-1252, KOI8-R, ISO-8859-5 and ISO-8859-7 for these.
    QTest::newRow("windows-1252") << QStringLiteral("客户,金额\nA,1\n");
    QTest::newRow("koi8-r") << QStringLiteral("id,name\n1,张三\n");
    QTest::newRow("iso-8859-5") << QStringLiteral("a,b\n1,中\n");
    QTest::newRow("iso-8859-7") << QStringLiteral("姓名\n张三\n");
}

void TstTextdecoder::shortGbkIsNotMistakenForSingleByteCodePage()
{
    QFETCH(QString, text);
    const Result<DecodedText> decoded = TextDecoder::decode(gb18030(text), TextEncoding::Auto);
    QVERIFY(decoded.ok());
    QCOMPARE(decoded->text, text);
    QCOMPARE(decoded->encodingName, QStringLiteral("GB18030"));
}

void TstTextdecoder::latin1StillDetected()
{
    // 0xE9 followed by ',' is not GB18030, so uchardet's ISO-8859-1 is believed.
    const QString text = QStringLiteral("name,city\nMüller,Zürich\nCafé,Paris\n");
    const Result<DecodedText> decoded = TextDecoder::decode(text.toLatin1(), TextEncoding::Auto);
    QVERIFY(decoded.ok());
    QCOMPARE(decoded->text, text);
    QVERIFY(decoded->encodingName != QStringLiteral("GB18030"));
}

void TstTextdecoder::big5StillDetected()
{
    QStringEncoder encoder("Big5");
    if (!encoder.isValid())
        QSKIP("no Big5 encoder in this Qt build");
    const QString text = QStringLiteral("客戶名稱,金額\n台北華信,12\n");
    const QByteArray bytes = encoder.encode(text);
    const Result<DecodedText> decoded = TextDecoder::decode(bytes, TextEncoding::Auto);
    QVERIFY(decoded.ok());
    QCOMPARE(decoded->text, text);
    QCOMPARE(decoded->encodingName, QStringLiteral("BIG5"));
}

void TstTextdecoder::utf16Boms()
{
    const QString text = QStringLiteral("客户,金额\nA,1\n");
    QStringEncoder le(QStringConverter::Utf16LE);
    QStringEncoder be(QStringConverter::Utf16BE);

    const Result<DecodedText> fromLe = TextDecoder::decode(
        QByteArray("\xFF\xFE") + QByteArray(le.encode(text)), TextEncoding::Auto);
    QVERIFY(fromLe.ok());
    QCOMPARE(fromLe->text, text);
    QCOMPARE(fromLe->encodingName, QStringLiteral("UTF-16LE"));

    const Result<DecodedText> fromBe = TextDecoder::decode(
        QByteArray("\xFE\xFF") + QByteArray(be.encode(text)), TextEncoding::Auto);
    QVERIFY(fromBe.ok());
    QCOMPARE(fromBe->text, text);
    QCOMPARE(fromBe->encodingName, QStringLiteral("UTF-16BE"));

    // An odd byte count cannot be UTF-16.
    const Result<DecodedText> truncated = TextDecoder::decode(
        QByteArray("\xFF\xFE") + QByteArray(le.encode(text)).chopped(1), TextEncoding::Auto);
    QVERIFY(!truncated.ok());
}

void TstTextdecoder::explicitEncodingOverrides()
{
    const QString text = QStringLiteral("客户,金额\n张三,12\n");

    const Result<DecodedText> gbAsGb = TextDecoder::decode(gb18030(text), TextEncoding::Gb18030);
    QVERIFY(gbAsGb.ok());
    QCOMPARE(gbAsGb->text, text);
    QCOMPARE(gbAsGb->encodingName, QStringLiteral("GB18030"));

    // GBK bytes are not UTF-8; the explicit choice is not second-guessed.
    QVERIFY(!TextDecoder::decode(gb18030(text), TextEncoding::Utf8).ok());

    const Result<DecodedText> utf8 = TextDecoder::decode(text.toUtf8(), TextEncoding::Utf8);
    QVERIFY(utf8.ok());
    QCOMPARE(utf8->text, text);
    QCOMPARE(utf8->encodingName, QStringLiteral("UTF-8"));

    const Result<DecodedText> bom =
        TextDecoder::decode(QByteArray("\xEF\xBB\xBF") + text.toUtf8(), TextEncoding::Utf8);
    QVERIFY(bom.ok());
    QCOMPARE(bom->text, text);
    QCOMPARE(bom->encodingName, QStringLiteral("UTF-8 (BOM)"));

    // Valid UTF-8 read as GB18030 on request: mojibake, but no error and no guessing.
    const Result<DecodedText> forced = TextDecoder::decode(text.toUtf8(), TextEncoding::Gb18030);
    QVERIFY(forced.ok());
    QVERIFY(forced->text != text);
    QCOMPARE(forced->encodingName, QStringLiteral("GB18030"));
}

void TstTextdecoder::explicitUtf8InvalidNamesOffset_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<int>("offset");

    QTest::newRow("lone continuation") << QByteArray("abc\x80") << 3;
    QTest::newRow("truncated sequence") << QByteArray("ab\xE4\xB8x") << 2;
    QTest::newRow("truncated at end") << QByteArray("客\xE4\xB8") << 3;
    QTest::newRow("overlong") << QByteArray("a\xC0\x80") << 1;
    QTest::newRow("surrogate") << QByteArray("a\xED\xA0\x80") << 1;
    QTest::newRow("after bom") << QByteArray("\xEF\xBB\xBF"
                                             "ab\xFF")
                               << 5;
    QTest::newRow("gbk bytes") << gb18030(QStringLiteral("id,客户\n")) << 3;
}

void TstTextdecoder::explicitUtf8InvalidNamesOffset()
{
    QFETCH(QByteArray, bytes);
    QFETCH(int, offset);

    const Result<DecodedText> decoded = TextDecoder::decode(bytes, TextEncoding::Utf8);
    QVERIFY(!decoded.ok());
    QVERIFY2(decoded.error().message().contains(QStringLiteral("offset %1").arg(offset)),
             qPrintable(decoded.error().toString()));
    QVERIFY(decoded.error().message().contains(QStringLiteral("UTF-8")));
}

void TstTextdecoder::explicitGb18030Invalid()
{
    // 0xFF never occurs in GB18030; 0x81 0x20 is a lead byte without a trail byte.
    const Result<DecodedText> ff = TextDecoder::decode(QByteArray("ab\xFF"
                                                                  "c"),
                                                       TextEncoding::Gb18030);
    QVERIFY(!ff.ok());
    QVERIFY2(ff.error().message().contains(QStringLiteral("offset 2")),
             qPrintable(ff.error().toString()));

    const Result<DecodedText> lead = TextDecoder::decode(
        gb18030(QStringLiteral("客户")) + QByteArray("\x81 "), TextEncoding::Gb18030);
    QVERIFY(!lead.ok());
    QVERIFY2(lead.error().message().contains(QStringLiteral("offset 4")),
             qPrintable(lead.error().toString()));
}

void TstTextdecoder::emptyInput()
{
    for (TextEncoding encoding : {TextEncoding::Auto, TextEncoding::Utf8, TextEncoding::Gb18030}) {
        const Result<DecodedText> decoded = TextDecoder::decode(QByteArray(), encoding);
        QVERIFY(decoded.ok());
        QVERIFY(decoded->text.isEmpty());
    }
}

void TstTextdecoder::parseEncodingName_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<int>("expected");

    QTest::newRow("auto") << QStringLiteral("auto") << int(TextEncoding::Auto);
    QTest::newRow("AUTO") << QStringLiteral("AUTO") << int(TextEncoding::Auto);
    QTest::newRow("utf-8") << QStringLiteral("utf-8") << int(TextEncoding::Utf8);
    QTest::newRow("UTF8") << QStringLiteral("UTF8") << int(TextEncoding::Utf8);
    QTest::newRow("gbk") << QStringLiteral("gbk") << int(TextEncoding::Gb18030);
    QTest::newRow("GB18030") << QStringLiteral("GB18030") << int(TextEncoding::Gb18030);
    QTest::newRow("Gb2312") << QStringLiteral("Gb2312") << int(TextEncoding::Gb18030);
}

void TstTextdecoder::parseEncodingName()
{
    QFETCH(QString, name);
    QFETCH(int, expected);
    const Result<TextEncoding> encoding = TextDecoder::parseEncodingName(name);
    QVERIFY(encoding.ok());
    QCOMPARE(int(*encoding), expected);
}

void TstTextdecoder::parseEncodingNameRejects()
{
    const Result<TextEncoding> encoding = TextDecoder::parseEncodingName(QStringLiteral("latin1"));
    QVERIFY(!encoding.ok());
    const QString message = encoding.error().message();
    QVERIFY(message.contains(QStringLiteral("latin1")));
    for (const char *accepted : {"auto", "utf-8", "gbk", "gb18030"})
        QVERIFY2(message.contains(QLatin1String(accepted)), accepted);
}

void TstTextdecoder::fixturesGiveIdenticalTables()
{
    const QStringList expectedHeaders{QStringLiteral("客户编号"), QStringLiteral("客户名称"),
                                      QStringLiteral("行业"), QStringLiteral("地区")};
    const QVector<QStringList> expectedRows{
        {QStringLiteral("C001"), QStringLiteral("华信科技,北京分公司"), QStringLiteral("软件"),
         QStringLiteral("华北")},
        {QStringLiteral("C002"), QStringLiteral("明远贸易\n（上海）"), QStringLiteral("零售"),
         QStringLiteral("华东")},
        {QStringLiteral("C003"), QStringLiteral("天河餐饮"), QStringLiteral("餐饮"),
         QStringLiteral("华南")},
    };
    const QVector<int> expectedLines{2, 3, 5};

    const struct
    {
        const char *file;
        const char *encoding;
    } fixtures[] = {{"customers_utf8.csv", "UTF-8"},
                    {"customers_utf8_bom.csv", "UTF-8 (BOM)"},
                    {"customers_gbk.csv", "GB18030"}};
    for (const auto &fixture : fixtures) {
        const QString file = QLatin1String(fixture.file);
        const QByteArray bytes = readFixture(file);
        QVERIFY2(!bytes.isEmpty(), qPrintable(file));

        const Result<DecodedText> decoded = TextDecoder::decode(bytes, TextEncoding::Auto);
        QVERIFY2(decoded.ok(), qPrintable(file));
        QCOMPARE(decoded->encodingName, QLatin1String(fixture.encoding));

        const Result<TableData> table = CsvReader::readTable(decoded->text, CsvOptions());
        QVERIFY2(table.ok(), qPrintable(file));
        QCOMPARE(table->headers, expectedHeaders);
        QCOMPARE(table->rows, expectedRows);
        QCOMPARE(table->sourceLines, expectedLines);
    }
}

// A UTF-16 file without a byte order mark decoded as UTF-8 (NUL is valid UTF-8) and ended in
// "Map a column to each required field first" with no hint.
void TstTextdecoder::utf16WithoutBom_data()
{
    QTest::addColumn<bool>("bigEndian");
    QTest::addColumn<QString>("text");
    const QString chinese =
        QStringLiteral("客户编号,客户名称,行业\r\nC001,华信科技有限公司,软件\r\n"
                       "C002,明远贸易,零售\r\n");
    const QString ascii = QStringLiteral("code,name\nC1,Acme\nC2,Widget Ltd\n");
    QTest::newRow("LE, Chinese") << false << chinese;
    QTest::newRow("BE, Chinese") << true << chinese;
    QTest::newRow("LE, ASCII") << false << ascii;
    QTest::newRow("BE, ASCII") << true << ascii;
}

void TstTextdecoder::utf16WithoutBom()
{
    QFETCH(bool, bigEndian);
    QFETCH(QString, text);
    QStringEncoder encoder(bigEndian ? QStringConverter::Utf16BE : QStringConverter::Utf16LE);
    const QByteArray bytes = encoder.encode(text);
    QVERIFY(!bytes.startsWith("\xFF\xFE") && !bytes.startsWith("\xFE\xFF"));
    const Result<DecodedText> decoded = TextDecoder::decode(bytes, TextEncoding::Auto);
    QVERIFY2(decoded.ok(), qPrintable(decoded.ok() ? QString() : decoded.error().toString()));
    QCOMPARE(decoded->text, text);
    QCOMPARE(decoded->encodingName,
             bigEndian ? QStringLiteral("UTF-16BE") : QStringLiteral("UTF-16LE"));
    const Result<TableData> table = CsvReader::readTable(decoded->text, CsvOptions());
    QVERIFY(table.ok());
    QVERIFY(table->headers.size() >= 2);
}

void TstTextdecoder::invalidUtf16WithoutBomSaysSo()
{
    QStringEncoder encoder(QStringConverter::Utf16LE);
    QByteArray bytes = encoder.encode(QStringLiteral("code,name\nC1,Acme\n"));
    bytes += 'x'; // an odd byte count cannot be UTF-16
    const Result<DecodedText> decoded = TextDecoder::decode(bytes, TextEncoding::Auto);
    QVERIFY(!decoded.ok());
    const QString message = decoded.error().message();
    QVERIFY2(message.contains(QLatin1String("UTF-16LE")) &&
                 message.contains(QLatin1String("UTF-8")) &&
                 message.contains(QLatin1String("GB18030")),
             qPrintable(message));
}

QTEST_GUILESS_MAIN(TstTextdecoder)
#include "tst_textdecoder.moc"
