#include "xlsxreader.h"

#include <QDataStream>
#include <QFile>
#include <QMap>
#include <QTemporaryDir>
#include <QtTest>

#include "resourcebounds.h"
#include <xlsxwriter.h>
#include <zlib.h>

#include <array>

using namespace valuedesk;

namespace {

using Rows = QVector<QStringList>;

// A minimal ZIP writer with stored (uncompressed) entries, so that tests can craft packages
// libxlsxwriter never writes: rich text with phonetic runs, rows without "r", absolute targets,
// date1904, malformed XML.
quint32 crc32(const QByteArray &data)
{
    static const std::array<quint32, 256> table = [] {
        std::array<quint32, 256> t{};
        for (quint32 i = 0; i < 256; ++i) {
            quint32 c = i;
            for (int k = 0; k < 8; ++k)
                c = (c & 1) ? 0xEDB88320U ^ (c >> 1) : c >> 1;
            t[i] = c;
        }
        return t;
    }();
    quint32 crc = 0xFFFFFFFFU;
    for (const char byte : data)
        crc = table[(crc ^ static_cast<quint8>(byte)) & 0xFFU] ^ (crc >> 8);
    return crc ^ 0xFFFFFFFFU;
}

// One zip entry as written: method 0 (stored) or 8 (deflate) and the sizes the headers declare,
// which a hostile file may make lie.
struct ZipEntry
{
    QByteArray data; // as stored in the archive
    quint16 method = 0;
    quint32 crc = 0;
    quint32 declaredSize = 0;
};

ZipEntry storedEntry(const QByteArray &data)
{
    return {data, 0, crc32(data), static_cast<quint32>(data.size())};
}

// Raw deflate of `pieces` in turn, each flushed so that it refers to nothing before it; repeating
// one compressed piece then costs nothing to build, however large the unpacked part gets.
QByteArray deflatePiece(const QByteArray &piece)
{
    z_stream stream{};
    if (deflateInit2(&stream, 9, Z_DEFLATED, -15, 8, Z_DEFAULT_STRATEGY) != Z_OK)
        qFatal("deflateInit2 failed");
    QByteArray out(static_cast<int>(deflateBound(&stream, static_cast<uLong>(piece.size()))) + 64,
                   Qt::Uninitialized);
    stream.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(piece.constData()));
    stream.avail_in = static_cast<uInt>(piece.size());
    stream.next_out = reinterpret_cast<Bytef *>(out.data());
    stream.avail_out = static_cast<uInt>(out.size());
    if (deflate(&stream, Z_FULL_FLUSH) != Z_OK)
        qFatal("deflate failed");
    out.truncate(static_cast<int>(stream.total_out));
    deflateEnd(&stream);
    return out;
}

// A deflated entry that unpacks to head + body * times + tail (the CRC is left wrong: the reader
// must stop long before it could check it).
ZipEntry bombEntry(const QByteArray &head, const QByteArray &body, int times,
                   const QByteArray &tail, quint32 declaredSize)
{
    const QByteArray finalEmptyStoredBlock("\x01\x00\x00\xff\xff", 5);
    return {deflatePiece(head) + deflatePiece(body).repeated(times) + deflatePiece(tail) +
                finalEmptyStoredBlock,
            8, 0, declaredSize};
}

QByteArray zipArchive(const QMap<QString, ZipEntry> &entries)
{
    QByteArray bytes;
    QByteArray central;
    QDataStream out(&bytes, QIODevice::WriteOnly);
    QDataStream dir(&central, QIODevice::WriteOnly);
    out.setByteOrder(QDataStream::LittleEndian);
    dir.setByteOrder(QDataStream::LittleEndian);
    for (auto it = entries.cbegin(); it != entries.cend(); ++it) {
        const QByteArray name = it.key().toUtf8();
        const ZipEntry &entry = it.value();
        const QByteArray &data = entry.data;
        const auto offset = static_cast<quint32>(bytes.size());
        const auto size = static_cast<quint32>(data.size());
        const auto nameSize = static_cast<quint16>(name.size());
        out << quint32(0x04034b50) << quint16(20) << quint16(0x0800) << entry.method << quint16(0)
            << quint16(0x21) << entry.crc << size << entry.declaredSize << nameSize << quint16(0);
        out.writeRawData(name.constData(), name.size());
        out.writeRawData(data.constData(), data.size());
        dir << quint32(0x02014b50) << quint16(20) << quint16(20) << quint16(0x0800) << entry.method
            << quint16(0) << quint16(0x21) << entry.crc << size << entry.declaredSize << nameSize
            << quint16(0) << quint16(0) << quint16(0) << quint16(0) << quint32(0) << offset;
        dir.writeRawData(name.constData(), name.size());
    }
    const auto centralOffset = static_cast<quint32>(bytes.size());
    out.writeRawData(central.constData(), central.size());
    const auto count = static_cast<quint16>(entries.size());
    out << quint32(0x06054b50) << quint16(0) << quint16(0) << count << count
        << static_cast<quint32>(central.size()) << centralOffset << quint16(0);
    return bytes;
}

QByteArray storedZip(const QMap<QString, QByteArray> &entries)
{
    QMap<QString, ZipEntry> stored;
    for (auto it = entries.cbegin(); it != entries.cend(); ++it)
        stored.insert(it.key(), storedEntry(it.value()));
    return zipArchive(stored);
}

const QByteArray MainNs = "xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"";
const QByteArray RelNs = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

// A valid package with one sheet whose <sheetData> is the given XML. Styles: xf 0 General,
// 1 built-in 14 (date), 2 built-in 22 (date time), 3 custom yyyy\-mm\-dd, 4 custom 0.00%,
// 5 custom hh:mm:ss, 6 custom "Day "0 (quoted letters only), 7 built-in 31 (CJK date),
// 8 custom [Red]0.00 (bracketed letters only).
QMap<QString, QByteArray> package(const QByteArray &sheetData, const QByteArray &sharedStrings = {})
{
    QMap<QString, QByteArray> parts;
    parts.insert(QStringLiteral("_rels/.rels"),
                 "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/"
                 "relationships\"><Relationship Id=\"rId1\" Type=\"" +
                     RelNs + "/officeDocument\" Target=\"xl/workbook.xml\"/></Relationships>");
    parts.insert(QStringLiteral("xl/workbook.xml"),
                 "<workbook " + MainNs + " xmlns:r=\"" + RelNs +
                     "\"><sheets><sheet name=\"Data\" sheetId=\"1\" r:id=\"rId7\"/></sheets>"
                     "</workbook>");
    // Absolute targets, as some writers (and Excel for a few parts) use.
    parts.insert(QStringLiteral("xl/_rels/workbook.xml.rels"),
                 "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/"
                 "relationships\"><Relationship Id=\"rId7\" Type=\"" +
                     RelNs +
                     "/worksheet\" Target=\"/xl/worksheets/data.xml\"/><Relationship Id=\"rId8\" "
                     "Type=\"" +
                     RelNs +
                     "/sharedStrings\" Target=\"strings/sst.xml\"/><Relationship Id=\"rId9\" "
                     "Type=\"" +
                     RelNs + "/styles\" Target=\"../xl/styles.xml\"/></Relationships>");
    parts.insert(QStringLiteral("xl/worksheets/data.xml"),
                 "<worksheet " + MainNs + "><sheetData>" + sheetData + "</sheetData></worksheet>");
    if (!sharedStrings.isEmpty())
        parts.insert(QStringLiteral("xl/strings/sst.xml"),
                     "<sst " + MainNs + ">" + sharedStrings + "</sst>");
    parts.insert(QStringLiteral("xl/styles.xml"),
                 "<styleSheet " + MainNs +
                     "><numFmts count=\"5\">"
                     "<numFmt numFmtId=\"164\" formatCode=\"yyyy\\-mm\\-dd\"/>"
                     "<numFmt numFmtId=\"165\" formatCode=\"0.00%\"/>"
                     "<numFmt numFmtId=\"166\" formatCode=\"hh:mm:ss\"/>"
                     "<numFmt numFmtId=\"167\" formatCode=\"&quot;Day &quot;0\"/>"
                     "<numFmt numFmtId=\"168\" formatCode=\"[Red]0.00\"/></numFmts>"
                     "<cellStyleXfs count=\"1\"><xf numFmtId=\"14\"/></cellStyleXfs>"
                     "<cellXfs count=\"9\"><xf numFmtId=\"0\"/><xf numFmtId=\"14\"/>"
                     "<xf numFmtId=\"22\"/><xf numFmtId=\"164\"/><xf numFmtId=\"165\"/>"
                     "<xf numFmtId=\"166\"/><xf numFmtId=\"167\"/><xf numFmtId=\"31\"/>"
                     "<xf numFmtId=\"168\"/></cellXfs></styleSheet>");
    return parts;
}

QString errorText(const Error &error)
{
    return error.message() + QLatin1Char('\n') + error.detail();
}

} // namespace

class TstXlsxReader : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();

    void sheetNames();
    void readSheet_data();
    void readSheet();
    void unknownSheet();
    void maxRows_data();
    void maxRows();
    void inlineStrings();
    void nonAsciiPath();
    void libreOfficeFile();

    void craftedCells();
    void numbers_data();
    void numbers();
    void dates_data();
    void dates();

    void errors_data();
    void errors();
    void corruptedBytesDoNotCrash();
    void deeplyNestedRunsDoNotCrash();

    // Hostile files: memory and time stay bounded, the message names the part, sheet or cell.
    void farColumnOnEveryRowIsRefusedQuickly();
    void cellBudget();
    void rowLimit();
    void sharedStringsBombDeclared();
    void sharedStringsBombWithLyingSize();
    void sheetBomb();
    void overlongCells();

private:
    QString writeFile(const QString &name, const QByteArray &bytes);
    QString writePackage(const QString &name, const QMap<QString, QByteArray> &parts)
    {
        return writeFile(name, storedZip(parts));
    }
    QString oneCellFile(const QByteArray &cellXml, bool date1904 = false);

    QTemporaryDir m_dir;
    QString m_fixture;
    QString m_inlineFixture;
    int m_fileCounter = 0;
};

QString TstXlsxReader::writeFile(const QString &name, const QByteArray &bytes)
{
    QString path = m_dir.filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
        qFatal("cannot write %s", qPrintable(path));
    return path;
}

// A sheet with the header "h" in A1 and the given <c> element in row 2.
QString TstXlsxReader::oneCellFile(const QByteArray &cellXml, bool date1904)
{
    QMap<QString, QByteArray> parts =
        package("<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>h</t></is></c></row>"
                "<row r=\"2\">" +
                cellXml + "</row>");
    if (date1904)
        parts[QStringLiteral("xl/workbook.xml")].replace("<sheets>",
                                                         "<workbookPr date1904=\"1\"/><sheets>");
    return writePackage(QStringLiteral("cell%1.xlsx").arg(++m_fileCounter), parts);
}

void TstXlsxReader::initTestCase()
{
    QVERIFY(m_dir.isValid());

    // libxlsxwriter: shared strings, its own styles.xml layout, formula with a cached value.
    m_fixture = m_dir.filePath(QStringLiteral("fixture.xlsx"));
    lxw_workbook *wb = workbook_new(QFile::encodeName(m_fixture).constData());
    QVERIFY(wb);
    lxw_format *dateFmt = workbook_add_format(wb);
    format_set_num_format(dateFmt, "yyyy-mm-dd");
    lxw_format *dateTimeFmt = workbook_add_format(wb);
    format_set_num_format(dateTimeFmt, "yyyy-mm-dd hh:mm:ss");
    lxw_format *percentFmt = workbook_add_format(wb);
    format_set_num_format(percentFmt, "0.00%");
    lxw_format *dayFirstFmt = workbook_add_format(wb);
    format_set_num_format(dayFirstFmt, "dd/mm/yyyy");
    lxw_format *boldFmt = workbook_add_format(wb);
    format_set_bold(boldFmt);

    lxw_worksheet *ws = workbook_add_worksheet(wb, "客户");
    const char *headers[] = {"客户编号", "地区",     "金额",     "数量", "有效",
                             "合计",     "首次购买", "最近访问", "比例"};
    for (lxw_col_t col = 0; col < 9; ++col)
        worksheet_write_string(ws, 0, col, headers[col], boldFmt);
    // Row 2
    worksheet_write_string(ws, 1, 0, "C001", nullptr);
    worksheet_write_string(ws, 1, 1, "华东", nullptr);
    worksheet_write_number(ws, 1, 2, 1234567.89, nullptr);
    worksheet_write_number(ws, 1, 3, 42, nullptr);
    worksheet_write_boolean(ws, 1, 4, 1, nullptr);
    worksheet_write_formula_num(ws, 1, 5, "=C2*2", nullptr, 2469135.78);
    lxw_datetime date1{2023, 1, 15, 0, 0, 0};
    worksheet_write_datetime(ws, 1, 6, &date1, dateFmt);
    lxw_datetime dateTime1{2023, 1, 15, 8, 30, 45};
    worksheet_write_datetime(ws, 1, 7, &dateTime1, dateTimeFmt);
    worksheet_write_number(ws, 1, 8, 0.125, percentFmt);
    // Row 3
    worksheet_write_string(ws, 2, 0, "C002", nullptr);
    worksheet_write_string(ws, 2, 1, "华北", nullptr);
    worksheet_write_number(ws, 2, 2, -0.5, nullptr);
    worksheet_write_number(ws, 2, 3, 0, nullptr);
    worksheet_write_boolean(ws, 2, 4, 0, nullptr);
    worksheet_write_formula_num(ws, 2, 5, "=0.1+0.2", nullptr, 0.1 + 0.2);
    lxw_datetime date2{2024, 2, 29, 0, 0, 0};
    worksheet_write_datetime(ws, 2, 6, &date2, dayFirstFmt);
    lxw_datetime dateTime2{1999, 12, 31, 23, 59, 59};
    worksheet_write_datetime(ws, 2, 7, &dateTime2, dateTimeFmt);
    // Row 4 left out entirely; row 5 only a formatted blank cell: both are skipped.
    worksheet_write_blank(ws, 4, 3, boldFmt);
    // Row 6 with gaps (B, D-H empty)
    worksheet_write_string(ws, 5, 0, "C003", nullptr);
    worksheet_write_number(ws, 5, 2, 1e15, nullptr);
    worksheet_write_number(ws, 5, 8, 123456789012.0, nullptr);
    // Row 7: only a middle cell, with an empty string cell written before it.
    worksheet_write_string(ws, 6, 0, "", nullptr);
    worksheet_write_string(ws, 6, 2, "客户 \"引号\", 逗号", nullptr);

    lxw_worksheet *second = workbook_add_worksheet(wb, "Second");
    worksheet_write_string(second, 0, 0, "名称", nullptr);
    worksheet_write_string(second, 0, 1, "值", nullptr);
    worksheet_write_string(second, 1, 0, "华东", nullptr);
    worksheet_write_number(second, 1, 1, 1, nullptr);
    workbook_add_worksheet(wb, "Empty");
    QCOMPARE(workbook_close(wb), LXW_NO_ERROR);

    // constant_memory mode writes inline strings (<is><t>) instead of shared strings.
    m_inlineFixture = m_dir.filePath(QStringLiteral("inline.xlsx"));
    lxw_workbook_options options{};
    options.constant_memory = LXW_TRUE;
    const QByteArray tmp = QFile::encodeName(m_dir.path());
    options.tmpdir = const_cast<char *>(tmp.constData());
    wb = workbook_new_opt(QFile::encodeName(m_inlineFixture).constData(), &options);
    QVERIFY(wb);
    ws = workbook_add_worksheet(wb, nullptr);
    worksheet_write_string(ws, 0, 0, "客户编号", nullptr);
    worksheet_write_string(ws, 0, 1, "金额", nullptr);
    worksheet_write_string(ws, 1, 0, "华东", nullptr);
    worksheet_write_number(ws, 1, 1, 7.25, nullptr);
    QCOMPARE(workbook_close(wb), LXW_NO_ERROR);
}

void TstXlsxReader::sheetNames()
{
    const Result<QStringList> names = XlsxReader::sheetNames(m_fixture);
    QVERIFY2(names.ok(), qPrintable(names.ok() ? QString() : names.error().toString()));
    QCOMPARE(*names, (QStringList{QStringLiteral("客户"), QStringLiteral("Second"),
                                  QStringLiteral("Empty")}));
}

void TstXlsxReader::readSheet_data()
{
    QTest::addColumn<QString>("sheet");
    QTest::addColumn<QStringList>("headers");
    QTest::addColumn<Rows>("rows");
    QTest::addColumn<QVector<int>>("sourceLines");

    const QStringList customerHeaders{
        QStringLiteral("客户编号"), QStringLiteral("地区"),     QStringLiteral("金额"),
        QStringLiteral("数量"),     QStringLiteral("有效"),     QStringLiteral("合计"),
        QStringLiteral("首次购买"), QStringLiteral("最近访问"), QStringLiteral("比例")};
    const Rows customerRows{
        {QStringLiteral("C001"), QStringLiteral("华东"), QStringLiteral("1234567.89"),
         QStringLiteral("42"), QStringLiteral("TRUE"), QStringLiteral("2469135.78"),
         QStringLiteral("2023-01-15"), QStringLiteral("2023-01-15 08:30:45"),
         QStringLiteral("0.125")},
        {QStringLiteral("C002"), QStringLiteral("华北"), QStringLiteral("-0.5"),
         QStringLiteral("0"), QStringLiteral("FALSE"), QStringLiteral("0.3"),
         QStringLiteral("2024-02-29"), QStringLiteral("1999-12-31 23:59:59")},
        {QStringLiteral("C003"), QString(), QStringLiteral("1000000000000000"), QString(),
         QString(), QString(), QString(), QString(), QStringLiteral("123456789012")},
        {QString(), QString(), QStringLiteral("客户 \"引号\", 逗号")},
    };
    QTest::newRow("default is first")
        << QString() << customerHeaders << customerRows << QVector<int>{2, 3, 6, 7};
    QTest::newRow("by Chinese name")
        << QStringLiteral("客户") << customerHeaders << customerRows << QVector<int>{2, 3, 6, 7};
    QTest::newRow("second sheet") << QStringLiteral("Second")
                                  << QStringList{QStringLiteral("名称"), QStringLiteral("值")}
                                  << Rows{{QStringLiteral("华东"), QStringLiteral("1")}}
                                  << QVector<int>{2};
    QTest::newRow("empty sheet") << QStringLiteral("Empty") << QStringList() << Rows()
                                 << QVector<int>();
}

void TstXlsxReader::readSheet()
{
    QFETCH(QString, sheet);
    QFETCH(QStringList, headers);
    QFETCH(Rows, rows);
    QFETCH(QVector<int>, sourceLines);

    const Result<TableData> table = XlsxReader::readSheet(m_fixture, sheet);
    QVERIFY2(table.ok(), qPrintable(table.ok() ? QString() : table.error().toString()));
    QCOMPARE(table->headers, headers);
    QCOMPARE(table->rows, rows);
    QCOMPARE(table->sourceLines, sourceLines);
}

void TstXlsxReader::unknownSheet()
{
    const Result<TableData> table = XlsxReader::readSheet(m_fixture, QStringLiteral("Nope"));
    QVERIFY(!table.ok());
    const QString message = table.error().message();
    QVERIFY2(message.contains(QLatin1String("fixture.xlsx")), qPrintable(message));
    QVERIFY2(message.contains(QLatin1String("Nope")), qPrintable(message));
    QVERIFY2(message.contains(QStringLiteral("客户, Second, Empty")), qPrintable(message));
}

void TstXlsxReader::maxRows_data()
{
    QTest::addColumn<int>("maxRows");
    QTest::addColumn<QVector<int>>("sourceLines");
    QTest::newRow("unlimited") << -1 << QVector<int>{2, 3, 6, 7};
    QTest::newRow("headers only") << 0 << QVector<int>{};
    QTest::newRow("one") << 1 << QVector<int>{2};
    QTest::newRow("three, across skipped rows") << 3 << QVector<int>{2, 3, 6};
    QTest::newRow("more than there are") << 100 << QVector<int>{2, 3, 6, 7};
}

void TstXlsxReader::maxRows()
{
    QFETCH(int, maxRows);
    QFETCH(QVector<int>, sourceLines);
    const Result<TableData> table = XlsxReader::readSheet(m_fixture, {}, maxRows);
    QVERIFY(table.ok());
    QCOMPARE(table->headers.size(), 9);
    QCOMPARE(table->sourceLines, sourceLines);
    QCOMPARE(table->rows.size(), sourceLines.size());
}

void TstXlsxReader::inlineStrings()
{
    const Result<TableData> table = XlsxReader::readSheet(m_inlineFixture);
    QVERIFY2(table.ok(), qPrintable(table.ok() ? QString() : table.error().toString()));
    QCOMPARE(table->headers, (QStringList{QStringLiteral("客户编号"), QStringLiteral("金额")}));
    QCOMPARE(table->rows, (Rows{{QStringLiteral("华东"), QStringLiteral("7.25")}}));
}

void TstXlsxReader::nonAsciiPath()
{
    const QString path = m_dir.filePath(QStringLiteral("客户数据 2024.xlsx"));
    QVERIFY(QFile::copy(m_fixture, path));
    const Result<TableData> table = XlsxReader::readSheet(path, QStringLiteral("Second"));
    QVERIFY2(table.ok(), qPrintable(table.ok() ? QString() : table.error().toString()));
    QCOMPARE(table->rows.size(), 1);
}

void TstXlsxReader::libreOfficeFile()
{
    // Written by LibreOffice Calc from customers_libreoffice.csv (see that file): its shared
    // strings include rich-text runs for mixed-script text, and its dates use a custom numFmt.
    const QString path =
        QStringLiteral(VALUEDESK_TEST_DATA_DIR "/import/customers_libreoffice.xlsx");
    const Result<QStringList> names = XlsxReader::sheetNames(path);
    QVERIFY2(names.ok(), qPrintable(names.ok() ? QString() : names.error().toString()));
    QCOMPARE(*names, QStringList{QStringLiteral("customers_libreoffice")});

    const Result<TableData> table = XlsxReader::readSheet(path);
    QVERIFY2(table.ok(), qPrintable(table.ok() ? QString() : table.error().toString()));
    QCOMPARE(table->headers, (QStringList{QStringLiteral("客户编号"), QStringLiteral("客户名称"),
                                          QStringLiteral("地区"), QStringLiteral("首次购买日期"),
                                          QStringLiteral("订单数"), QStringLiteral("金额")}));
    const Rows expected{
        {QStringLiteral("C001"), QStringLiteral("张伟"), QStringLiteral("华东"),
         QStringLiteral("2023-01-15"), QStringLiteral("12"), QStringLiteral("1234.5")},
        {QStringLiteral("C002"), QStringLiteral("李娜"), QStringLiteral("华北"),
         QStringLiteral("2022-11-03"), QStringLiteral("3"), QStringLiteral("88.25")},
        {QStringLiteral("C003"), QStringLiteral("王芳"), QStringLiteral("华南"),
         QStringLiteral("2024-02-29"), QStringLiteral("0"), QStringLiteral("-12.75")},
        {QStringLiteral("C004"), QStringLiteral("陈静, 有限公司"), QStringLiteral("西南"),
         QStringLiteral("2021-07-01"), QStringLiteral("150"), QStringLiteral("1000000.1")},
        {QStringLiteral("C005"), QStringLiteral("刘洋"), QStringLiteral("华东"),
         QStringLiteral("2020-12-31"), QStringLiteral("7"), QStringLiteral("0.3")},
    };
    QCOMPARE(table->rows, expected);
    QCOMPARE(table->sourceLines, (QVector<int>{2, 3, 4, 5, 6}));
}

void TstXlsxReader::craftedCells()
{
    const QByteArray sst =
        "<si><t>客户编号</t></si>"
        // Rich text runs are concatenated; the phonetic guide is not part of the text.
        "<si><r><rPr><b/></rPr><t>华</t></r><r><t xml:space=\"preserve\">东 </t></r>"
        "<rPh sb=\"0\" eb=\"1\"><t>ホア</t></rPh><phoneticPr fontId=\"1\"/></si>"
        "<si><t>a_x000D_b_x005F_x0041_</t></si>";
    // Rows and cells without "r" continue from the previous ones; row 4 is a gap.
    const QByteArray sheet =
        "<row><c t=\"s\"><v>0</v></c><c t=\"inlineStr\"><is><r><t>名</t></r><r><t>称</t></r>"
        "</is></c><c r=\"E1\" t=\"str\"><f>\"x\"&amp;\"y\"</f><v>公式</v></c></row>"
        "<row><c t=\"s\"><v>1</v></c><c t=\"e\"><f>1/0</f><v>#DIV/0!</v></c>"
        "<c t=\"b\"><v>1</v></c><c/><c><v>3.5</v></c></row>"
        "<row r=\"5\"><c r=\"B5\" t=\"s\"><v>2</v></c><c r=\"D5\" t=\"e\"><v>#N/A</v></c></row>"
        "<row><c r=\"A6\" t=\"d\"><v>2024-03-01T00:00:00</v></c>"
        "<c r=\"b6\" t=\"d\"><v>2024-03-01T10:20:30</v></c></row>"
        "<row r=\"8\"><c r=\"C8\" s=\"3\"/><c r=\"D8\" t=\"s\"/></row>";
    const QString path = writePackage(QStringLiteral("crafted.xlsx"), package(sheet, sst));
    const Result<TableData> table = XlsxReader::readSheet(path, QStringLiteral("Data"));
    QVERIFY2(table.ok(), qPrintable(table.ok() ? QString() : table.error().toString()));
    QCOMPARE(table->headers, (QStringList{QStringLiteral("客户编号"), QStringLiteral("名称"),
                                          QString(), QString(), QStringLiteral("公式")}));
    QCOMPARE(table->rows,
             (Rows{{QStringLiteral("华东 "), QStringLiteral("#DIV/0!"), QStringLiteral("TRUE"),
                    QString(), QStringLiteral("3.5")},
                   {QString(), QStringLiteral("a\rb_x0041_"), QString(), QStringLiteral("#N/A")},
                   {QStringLiteral("2024-03-01"), QStringLiteral("2024-03-01 10:20:30")}}));
    QCOMPARE(table->sourceLines, (QVector<int>{2, 5, 6}));
}

void TstXlsxReader::numbers_data()
{
    QTest::addColumn<QByteArray>("value");
    QTest::addColumn<int>("style");
    QTest::addColumn<QString>("expected");
    QTest::newRow("integer") << QByteArray("42") << 0 << QStringLiteral("42");
    QTest::newRow("integral double") << QByteArray("42.0") << 0 << QStringLiteral("42");
    QTest::newRow("decimal") << QByteArray("1234567.89") << 0 << QStringLiteral("1234567.89");
    QTest::newRow("binary noise") << QByteArray("0.30000000000000004") << 0
                                  << QStringLiteral("0.3");
    QTest::newRow("noise below") << QByteArray("1.0999999999999999") << 0 << QStringLiteral("1.1");
    QTest::newRow("negative") << QByteArray("-1234.5") << 0 << QStringLiteral("-1234.5");
    QTest::newRow("exponent large")
        << QByteArray("1E+15") << 0 << QStringLiteral("1000000000000000");
    QTest::newRow("exponent small") << QByteArray("1.5E-7") << 0 << QStringLiteral("0.00000015");
    QTest::newRow("beyond 15 digits")
        << QByteArray("123456789012345678") << 0 << QStringLiteral("123456789012346000");
    QTest::newRow("15 significant")
        << QByteArray("1234.50000000001") << 0 << QStringLiteral("1234.50000000001");
    QTest::newRow("zero") << QByteArray("0") << 0 << QStringLiteral("0");
    QTest::newRow("negative zero") << QByteArray("-0") << 0 << QStringLiteral("0");
    QTest::newRow("not a number kept") << QByteArray("n/a") << 0 << QStringLiteral("n/a");
    QTest::newRow("percent format keeps value")
        << QByteArray("0.125") << 4 << QStringLiteral("0.125");
    QTest::newRow("quoted letters are no date") << QByteArray("7") << 6 << QStringLiteral("7");
    QTest::newRow("bracketed letters are no date")
        << QByteArray("7.5") << 8 << QStringLiteral("7.5");
    QTest::newRow("unknown style index") << QByteArray("45000") << 99 << QStringLiteral("45000");
}

void TstXlsxReader::numbers()
{
    QFETCH(QByteArray, value);
    QFETCH(int, style);
    QFETCH(QString, expected);
    const QString path =
        oneCellFile("<c r=\"A2\" s=\"" + QByteArray::number(style) + "\"><v>" + value + "</v></c>");
    const Result<TableData> table = XlsxReader::readSheet(path);
    QVERIFY2(table.ok(), qPrintable(table.ok() ? QString() : table.error().toString()));
    QCOMPARE(table->rows, (Rows{{expected}}));
}

void TstXlsxReader::dates_data()
{
    QTest::addColumn<QByteArray>("serial");
    QTest::addColumn<int>("style");
    QTest::addColumn<bool>("date1904");
    QTest::addColumn<QString>("expected");
    QTest::newRow("serial 1") << QByteArray("1") << 1 << false << QStringLiteral("1900-01-01");
    QTest::newRow("serial 59") << QByteArray("59") << 1 << false << QStringLiteral("1900-02-28");
    QTest::newRow("phantom leap day")
        << QByteArray("60") << 1 << false << QStringLiteral("1900-02-29");
    QTest::newRow("serial 61") << QByteArray("61") << 1 << false << QStringLiteral("1900-03-01");
    QTest::newRow("2023") << QByteArray("45000") << 1 << false << QStringLiteral("2023-03-15");
    QTest::newRow("date format drops time")
        << QByteArray("45000.75") << 1 << false << QStringLiteral("2023-03-15");
    QTest::newRow("date time") << QByteArray("45000.5") << 2 << false
                               << QStringLiteral("2023-03-15 12:00:00");
    QTest::newRow("rounds to next day")
        << QByteArray("45000.999999999") << 2 << false << QStringLiteral("2023-03-16 00:00:00");
    QTest::newRow("custom escaped")
        << QByteArray("45000") << 3 << false << QStringLiteral("2023-03-15");
    QTest::newRow("custom time") << QByteArray("45000.25") << 5 << false
                                 << QStringLiteral("2023-03-15 06:00:00");
    QTest::newRow("CJK built-in 31")
        << QByteArray("45000") << 7 << false << QStringLiteral("2023-03-15");
    QTest::newRow("1904 epoch") << QByteArray("0") << 1 << true << QStringLiteral("1904-01-01");
    QTest::newRow("1904 2027") << QByteArray("45000") << 1 << true << QStringLiteral("2027-03-16");
    QTest::newRow("negative stays number")
        << QByteArray("-1") << 1 << false << QStringLiteral("-1");
    QTest::newRow("after 9999 stays number")
        << QByteArray("3000000") << 1 << false << QStringLiteral("3000000");
}

void TstXlsxReader::dates()
{
    QFETCH(QByteArray, serial);
    QFETCH(int, style);
    QFETCH(bool, date1904);
    QFETCH(QString, expected);
    const QString path = oneCellFile(
        "<c r=\"A2\" s=\"" + QByteArray::number(style) + "\"><v>" + serial + "</v></c>", date1904);
    const Result<TableData> table = XlsxReader::readSheet(path);
    QVERIFY2(table.ok(), qPrintable(table.ok() ? QString() : table.error().toString()));
    QCOMPARE(table->rows, (Rows{{expected}}));
}

void TstXlsxReader::errors_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("sheet");
    QTest::addColumn<QString>("expectedInMessage");

    QFile fixture(m_fixture);
    QVERIFY(fixture.open(QIODevice::ReadOnly));
    const QByteArray good = fixture.readAll();
    const QByteArray sheetOk = "<row r=\"1\"><c r=\"A1\"><v>1</v></c></row>";

    QTest::newRow("missing file") << m_dir.filePath(QStringLiteral("absent.xlsx")) << QString()
                                  << QStringLiteral("absent.xlsx");
    QTest::newRow("not a zip") << writeFile(QStringLiteral("text.xlsx"), "客户编号,金额\n1,2\n")
                               << QString() << QStringLiteral("ZIP");
    QTest::newRow("empty file") << writeFile(QStringLiteral("empty.xlsx"), {}) << QString()
                                << QStringLiteral("ZIP");
    QTest::newRow("truncated") << writeFile(QStringLiteral("truncated.xlsx"),
                                            good.left(good.size() / 2))
                               << QString() << QStringLiteral("ZIP");
    QTest::newRow("no end record") << writeFile(QStringLiteral("cut.xlsx"), good.chopped(10))
                                   << QString() << QStringLiteral("ZIP");
    QTest::newRow("unknown sheet")
        << m_fixture << QStringLiteral("Sheet9") << QStringLiteral("Sheet9");

    QMap<QString, QByteArray> parts = package(sheetOk);
    parts.remove(QStringLiteral("xl/workbook.xml"));
    QTest::newRow("zip without workbook") << writePackage(QStringLiteral("noworkbook.xlsx"), parts)
                                          << QString() << QStringLiteral("xl/workbook.xml");

    parts = package(sheetOk);
    parts.remove(QStringLiteral("xl/worksheets/data.xml"));
    QTest::newRow("sheet part missing") << writePackage(QStringLiteral("nosheet.xlsx"), parts)
                                        << QString() << QStringLiteral("xl/worksheets/data.xml");

    QTest::newRow("malformed sheet")
        << writePackage(QStringLiteral("badsheet.xlsx"), package("<row><c><v>1</v></row>"))
        << QString() << QStringLiteral("xl/worksheets/data.xml");

    parts = package(sheetOk);
    parts[QStringLiteral("xl/workbook.xml")].chop(5);
    QTest::newRow("malformed workbook") << writePackage(QStringLiteral("badwb.xlsx"), parts)
                                        << QString() << QStringLiteral("xl/workbook.xml");

    QTest::newRow("malformed shared strings")
        << writePackage(QStringLiteral("badsst.xlsx"), package(sheetOk, "<si><t>x</si>"))
        << QString() << QStringLiteral("xl/strings/sst.xml");

    QTest::newRow("shared string index out of range")
        << writePackage(QStringLiteral("badindex.xlsx"),
                        package("<row><c t=\"s\"><v>5</v></c></row>", "<si><t>x</t></si>"))
        << QString() << QStringLiteral("xl/worksheets/data.xml");

    QTest::newRow("absurd cell reference")
        << writePackage(QStringLiteral("badref.xlsx"),
                        package("<row><c r=\"ZZZZZZZZ1\"><v>1</v></c></row>"))
        << QString() << QStringLiteral("xl/worksheets/data.xml");
}

void TstXlsxReader::errors()
{
    QFETCH(QString, path);
    QFETCH(QString, sheet);
    QFETCH(QString, expectedInMessage);

    const Result<TableData> table = XlsxReader::readSheet(path, sheet);
    QVERIFY(!table.ok());
    const QString message = table.error().message();
    QVERIFY2(message.contains(QFileInfo(path).fileName()), qPrintable(errorText(table.error())));
    QVERIFY2(message.contains(expectedInMessage), qPrintable(errorText(table.error())));

    // sheetNames() reads only the workbook, so it fails only for the package-level problems.
    const Result<QStringList> names = XlsxReader::sheetNames(path);
    if (!names.ok())
        QVERIFY(names.error().message().contains(QFileInfo(path).fileName()));
}

void TstXlsxReader::corruptedBytesDoNotCrash()
{
    QFile fixture(m_fixture);
    QVERIFY(fixture.open(QIODevice::ReadOnly));
    const QByteArray good = fixture.readAll();
    const QString path = m_dir.filePath(QStringLiteral("corrupt.xlsx"));
    int failures = 0;
    // Overwrite a 16-byte window at every step across the file, hitting local headers,
    // compressed data and the central directory in turn.
    for (qsizetype offset = 0; offset + 16 <= good.size(); offset += 37) {
        QByteArray bytes = good;
        for (qsizetype i = 0; i < 16; ++i)
            bytes[offset + i] = static_cast<char>(0xA5 ^ (i * 13));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write(bytes);
        file.close();
        const Result<TableData> table = XlsxReader::readSheet(path);
        if (!table.ok()) {
            ++failures;
            QVERIFY(table.error().message().contains(QLatin1String("corrupt.xlsx")));
        }
    }
    QVERIFY(failures > 0);
}

void TstXlsxReader::deeplyNestedRunsDoNotCrash()
{
    const QByteArray sst = "<si>" + QByteArray("<r>").repeated(200000) + "<t>深</t>" +
                           QByteArray("</r>").repeated(200000) + "</si>";
    const QString path = writePackage(QStringLiteral("nested.xlsx"),
                                      package("<row><c t=\"s\"><v>0</v></c></row>", sst));
    const Result<TableData> table = XlsxReader::readSheet(path);
    QVERIFY2(table.ok(), qPrintable(table.ok() ? QString() : table.error().toString()));
    QCOMPARE(table->headers, QStringList{QStringLiteral("深")});
}

// 20 000 rows each holding one cell in column XFC: padding every row up to the cell took 7.8 GB.
void TstXlsxReader::farColumnOnEveryRowIsRefusedQuickly()
{
    QByteArray rows;
    for (int r = 1; r <= 20000; ++r)
        rows += "<row r=\"" + QByteArray::number(r) + "\"><c r=\"XFC" + QByteArray::number(r) +
                "\"><v>1</v></c></row>";
    const QString path = writePackage(QStringLiteral("xfc.xlsx"), package(rows));
    const long before = TestBounds::peakRssMiB();
    QElapsedTimer timer;
    timer.start();
    const Result<TableData> table = XlsxReader::readSheet(path);
    QVERIFY(!table.ok());
    VD_VERIFY_BOUND(timer.elapsed() < 5000, qPrintable(QString::number(timer.elapsed())));
    VD_VERIFY_BOUND(TestBounds::peakRssMiB() - before < 100,
                    qPrintable(QString::number(TestBounds::peakRssMiB() - before)));
    const QString message = table.error().message();
    QVERIFY2(message.contains(QLatin1String("XFC1")) && message.contains(QLatin1String("AMJ")) &&
                 message.contains(QLatin1String("\"Data\"")) &&
                 message.contains(QLatin1String("xfc.xlsx")),
             qPrintable(message));

    // The last allowed column still reads.
    const QString edge = writePackage(
        QStringLiteral("amj.xlsx"),
        package("<row r=\"1\"><c r=\"AMJ1\"><v>1</v></c></row><row r=\"2\"><c r=\"AMJ2\"><v>2</v>"
                "</c></row>"));
    const Result<TableData> ok = XlsxReader::readSheet(edge);
    QVERIFY2(ok.ok(), qPrintable(ok.ok() ? QString() : ok.error().toString()));
    QCOMPARE(ok->headers.size(), 1024);
    QCOMPARE(ok->rows.value(0).value(1023), QStringLiteral("2"));
}

// Cells allowed one by one can still add up: the empty cells that rows are padded with and the
// filled cells have budgets of their own.
void TstXlsxReader::cellBudget()
{
    QByteArray rows;
    for (int r = 1; r <= 50; ++r)
        rows += "<row r=\"" + QByteArray::number(r) + "\"><c r=\"CV" + QByteArray::number(r) +
                "\"><v>1</v></c></row>";
    const QString path = writePackage(QStringLiteral("budget.xlsx"), package(rows));
    XlsxLimits limits;
    limits.maxEmptyCells = 1000; // each row has 99 empty cells: row 11 is one too many
    Result<TableData> table = XlsxReader::readSheet(path, {}, -1, limits);
    QVERIFY(!table.ok());
    QVERIFY2(table.error().message().contains(QLatin1String("row 11")) &&
                 table.error().message().contains(QLocale().toString(1000)) &&
                 table.error().message().contains(QLatin1String("empty")),
             qPrintable(table.error().message()));
    limits.maxEmptyCells = 50 * 99;
    QVERIFY(XlsxReader::readSheet(path, {}, -1, limits).ok());

    limits.maxCells = 20;
    table = XlsxReader::readSheet(path, {}, -1, limits);
    QVERIFY(!table.ok());
    QVERIFY2(table.error().message().contains(QLatin1String("row 21")) &&
                 table.error().message().contains(QLatin1String("filled")),
             qPrintable(table.error().message()));

    // Default limits: a 10 KB package with a cell in the last allowed column on 100 000 rows
    // (100 million cells once padded) stops early, in bounded memory.
    const QString wide =
        writePackage(QStringLiteral("amjrows.xlsx"),
                     package(QByteArray("<row><c r=\"AMJ1\"><v>1</v></c></row>").repeated(100000)));
    const long before = TestBounds::peakRssMiB();
    table = XlsxReader::readSheet(wide);
    QVERIFY(!table.ok());
    VD_VERIFY_BOUND(TestBounds::peakRssMiB() - before < 150,
                    qPrintable(QString::number(TestBounds::peakRssMiB() - before)));
}

void TstXlsxReader::rowLimit()
{
    QByteArray rows;
    for (int r = 1; r <= 10; ++r)
        rows += "<row r=\"" + QByteArray::number(r) + "\"><c><v>" + QByteArray::number(r) +
                "</v></c></row>";
    const QString path = writePackage(QStringLiteral("rows.xlsx"), package(rows));
    XlsxLimits limits;
    limits.maxRows = 9;
    QVERIFY(XlsxReader::readSheet(path, {}, -1, limits).ok());
    limits.maxRows = 8;
    const Result<TableData> table = XlsxReader::readSheet(path, {}, -1, limits);
    QVERIFY(!table.ok());
    QVERIFY2(table.error().message().contains(QLatin1String("row 10")),
             qPrintable(table.error().message()));
    // A preview asks for fewer rows than the limit and never reaches it.
    QVERIFY(XlsxReader::readSheet(path, {}, 3, limits).ok());
}

// A 200 KB package whose shared strings unpack to 200 MB took more than 1 GB; its header declares
// the size honestly, so nothing is inflated at all.
void TstXlsxReader::sharedStringsBombDeclared()
{
    const QByteArray si = "<si><t>" + QByteArray(32000, 'a') + "</t></si>";
    const QByteArray body = si.repeated((1 << 20) / si.size());
    QMap<QString, ZipEntry> entries;
    const QMap<QString, QByteArray> parts = package("<row><c t=\"s\"><v>0</v></c></row>", "<si/>");
    for (auto it = parts.cbegin(); it != parts.cend(); ++it)
        entries.insert(it.key(), storedEntry(it.value()));
    const quint32 unpacked = static_cast<quint32>(body.size()) * 200 + 200;
    entries.insert(QStringLiteral("xl/strings/sst.xml"),
                   bombEntry("<sst " + MainNs + ">", body, 200, "</sst>", unpacked));
    const QByteArray zip = zipArchive(entries);
    QVERIFY(zip.size() < 400 * 1024);
    const QString path = writeFile(QStringLiteral("sstbomb.xlsx"), zip);

    const long before = TestBounds::peakRssMiB();
    QElapsedTimer timer;
    timer.start();
    const Result<TableData> table = XlsxReader::readSheet(path);
    QVERIFY(!table.ok());
    VD_VERIFY_BOUND(timer.elapsed() < 2000, qPrintable(QString::number(timer.elapsed())));
    VD_VERIFY_BOUND(TestBounds::peakRssMiB() - before < 50,
                    qPrintable(QString::number(TestBounds::peakRssMiB() - before)));
    const QString message = table.error().message();
    QVERIFY2(message.contains(QLatin1String("xl/strings/sst.xml")) &&
                 message.contains(QLatin1String("64 MB")),
             qPrintable(message));
}

// The same bomb declaring a small size: minizip inflates no more than the declared size, so the
// part ends early and is reported as damaged (XlsxZipEntry also counts the bytes, should a
// future minizip trust the data instead).
void TstXlsxReader::sharedStringsBombWithLyingSize()
{
    const QByteArray si = "<si><t>" + QByteArray(32000, 'a') + "</t></si>";
    const QByteArray body = si.repeated((1 << 20) / si.size());
    QMap<QString, ZipEntry> entries;
    const QMap<QString, QByteArray> parts = package("<row><c t=\"s\"><v>0</v></c></row>", "<si/>");
    for (auto it = parts.cbegin(); it != parts.cend(); ++it)
        entries.insert(it.key(), storedEntry(it.value()));
    entries.insert(QStringLiteral("xl/strings/sst.xml"),
                   bombEntry("<sst " + MainNs + ">", body, 200, "</sst>", 4096));
    const QString path = writeFile(QStringLiteral("sstlie.xlsx"), zipArchive(entries));

    const long before = TestBounds::peakRssMiB();
    const Result<TableData> table = XlsxReader::readSheet(path);
    QVERIFY(!table.ok());
    VD_VERIFY_BOUND(TestBounds::peakRssMiB() - before < 50,
                    qPrintable(QString::number(TestBounds::peakRssMiB() - before)));
    QVERIFY2(table.error().message().contains(QLatin1String("xl/strings/sst.xml")),
             qPrintable(table.error().message()));
}

// The sheet part is streamed, but it is bounded too.
void TstXlsxReader::sheetBomb()
{
    QMap<QString, ZipEntry> entries;
    const QMap<QString, QByteArray> parts = package({});
    for (auto it = parts.cbegin(); it != parts.cend(); ++it)
        entries.insert(it.key(), storedEntry(it.value()));
    // Empty rows: they cost no memory, only time to inflate and parse.
    const QByteArray body = QByteArray("<row/>").repeated(1 << 16);
    entries.insert(QStringLiteral("xl/worksheets/data.xml"),
                   bombEntry("<worksheet " + MainNs + "><sheetData>", body, 64,
                             "</sheetData></worksheet>", 64 * (6 << 16) + 100));
    const QString path = writeFile(QStringLiteral("sheetlie.xlsx"), zipArchive(entries));
    XlsxLimits limits;
    limits.maxSheetPartBytes = 1 << 20;
    const Result<TableData> table = XlsxReader::readSheet(path, {}, -1, limits);
    QVERIFY(!table.ok());
    QVERIFY2(table.error().message().contains(QLatin1String("xl/worksheets/data.xml")) &&
                 table.error().message().contains(QLatin1String("1 MB")),
             qPrintable(table.error().message()));
}

void TstXlsxReader::overlongCells()
{
    const QByteArray longText(32768, 'x');
    const QByteArray header =
        "<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>h</t></is></c></row>";
    QString path =
        writePackage(QStringLiteral("longinline.xlsx"),
                     package(header + "<row r=\"2\"><c r=\"B2\" t=\"inlineStr\"><is><t>" +
                             longText + "</t></is></c></row>"));
    Result<TableData> table = XlsxReader::readSheet(path);
    QVERIFY(!table.ok());
    QVERIFY2(table.error().message().contains(QLatin1String("B2")) &&
                 table.error().message().contains(QLocale().toString(32768)),
             qPrintable(table.error().message()));

    path = writePackage(QStringLiteral("longshared.xlsx"),
                        package(header + "<row r=\"2\"><c r=\"A2\" t=\"s\"><v>1</v></c></row>",
                                "<si><t>ok</t></si><si><t>" + longText + "</t></si>"));
    table = XlsxReader::readSheet(path);
    QVERIFY(!table.ok());
    QVERIFY2(table.error().message().contains(QLatin1String("shared string 1")) &&
                 table.error().message().contains(QLatin1String("xl/strings/sst.xml")),
             qPrintable(table.error().message()));

    // A damaged index is quoted short in the detail.
    path = writePackage(QStringLiteral("longindex.xlsx"),
                        package("<row><c t=\"s\"><v>" + QByteArray(100000, '7') + "</v></c></row>",
                                "<si><t>x</t></si>"));
    table = XlsxReader::readSheet(path);
    QVERIFY(!table.ok());
    QVERIFY2(table.error().detail().size() < 300, qPrintable(table.error().detail().left(300)));

    // Excel's own limit, exactly, is fine.
    path = writePackage(QStringLiteral("longok.xlsx"),
                        package(header + "<row r=\"2\"><c r=\"A2\" t=\"inlineStr\"><is><t>" +
                                QByteArray(32767, 'y') + "</t></is></c></row>"));
    table = XlsxReader::readSheet(path);
    QVERIFY(table.ok());
    QCOMPARE(table->rows.value(0).value(0).size(), 32767);
}

QTEST_GUILESS_MAIN(TstXlsxReader)
#include "tst_xlsxreader.moc"
