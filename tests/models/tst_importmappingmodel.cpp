#include "csvreader.h"
#include "importmappingmodel.h"

#include <QAbstractItemModelTester>
#include <QFont>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QtTest>

using namespace valuedesk;

namespace {

// A customer list as exported from a Chinese spreadsheet; the last column is not a known field.
const QString customersCsv = QStringLiteral(
    "客户编号,客户名称,所属行业,地区,客户经理,联系电话,开户日期,状态,备注,客户等级\n"
    "C001,杭州明达贸易有限公司,批发零售,华东,王芳,13800000001,2019-03-15,活跃,VIP,A\n"
    "C002,宁波海港物流,交通运输,华东,李强,13800000002,2020-07-01,活跃,,B\n"
    "C003,,制造业,华北,李强,,2021-01-20,流失,,\n"
    "C004,成都天府食品,食品饮料,西南,张伟,13800000004,2018-11-11,潜在客户,新客户,C\n");

const QString transactionsCsv = QStringLiteral("客户编号,交易日期,金额(元),成本,数量,产品名称\n"
                                               "C001,2025-01-10,1234.56,1000,2,螺丝\n");

TableData readCsv(const QString &text)
{
    auto table = CsvReader::readTable(text, CsvOptions());
    if (!table) {
        qWarning("CSV not read: %s", qPrintable(table.error().toString()));
        return {};
    }
    return *table;
}

} // namespace

class TstImportMappingModel : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void showsHeadersSamplesAndGuess();
    void headersAndFlags();
    void setDataMovesTarget();
    void setDataToAttributeAndIgnore();
    void setDataRejectsOtherColumnsAndRoles();
    void choicesForCustomers();
    void choicesForTransactions();
    void setMappingRefreshesTargets();
    void targetDisplayNames();

private:
    TableData m_table;
    ImportMappingModel *m_model = nullptr;
};

void TstImportMappingModel::init()
{
    m_model = new ImportMappingModel(this);
    new QAbstractItemModelTester(m_model, QAbstractItemModelTester::FailureReportingMode::QtTest,
                                 m_model);
    m_table = readCsv(customersCsv);
    QCOMPARE(m_table.headers.size(), 10);
    QCOMPARE(m_table.rows.size(), 4);
    QSignalSpy changed(m_model, &ImportMappingModel::mappingChanged);
    QSignalSpy reset(m_model, &QAbstractItemModel::modelReset);
    m_model->setSource(m_table, ColumnMapping::guess(ImportKind::Customers, m_table.headers));
    QCOMPARE(changed.count(), 1);
    QCOMPARE(reset.count(), 1);
}

void TstImportMappingModel::cleanup()
{
    delete m_model;
    m_model = nullptr;
}

void TstImportMappingModel::showsHeadersSamplesAndGuess()
{
    QCOMPARE(m_model->rowCount(), 10); // one row per input column
    QCOMPARE(m_model->columnCount(), int(ImportMappingModel::ColumnCount));
    auto cell = [&](int row, int column, int role = Qt::DisplayRole) {
        return m_model->data(m_model->index(row, column), role);
    };
    for (int row = 0; row < m_table.headers.size(); ++row)
        QCOMPARE(cell(row, ImportMappingModel::Header).toString(), m_table.headers.at(row));

    // Up to three non-empty samples.
    QCOMPARE(cell(0, ImportMappingModel::Sample).toString(), QStringLiteral("C001 · C002 · C003"));
    QCOMPARE(cell(1, ImportMappingModel::Sample).toString(),
             QStringLiteral("杭州明达贸易有限公司 · 宁波海港物流 · 成都天府食品"));
    QCOMPARE(cell(8, ImportMappingModel::Sample).toString(), QStringLiteral("VIP · 新客户"));
    QCOMPARE(cell(8, ImportMappingModel::Sample, Qt::ToolTipRole).toString(),
             QStringLiteral("VIP · 新客户"));

    // The guess, shown in the Target column.
    const QStringList expected = {QStringLiteral("code"),         QStringLiteral("name"),
                                  QStringLiteral("industry"),     QStringLiteral("region"),
                                  QStringLiteral("manager"),      QStringLiteral("contact"),
                                  QStringLiteral("tenure_start"), QStringLiteral("status"),
                                  QStringLiteral("notes"),        QString()};
    for (int row = 0; row < expected.size(); ++row) {
        QCOMPARE(cell(row, ImportMappingModel::Target, Qt::EditRole).toString(), expected.at(row));
        QCOMPARE(cell(row, ImportMappingModel::Target, ImportMappingModel::TargetIdRole).toString(),
                 expected.at(row));
        QCOMPARE(cell(row, ImportMappingModel::Target).toString(),
                 ImportMappingModel::targetDisplayName(ImportKind::Customers, expected.at(row)));
        QCOMPARE(m_model->mapping().targetOf(row), expected.at(row));
    }
    QCOMPARE(cell(0, ImportMappingModel::Target).toString(), QStringLiteral("Customer code"));
    QCOMPARE(cell(6, ImportMappingModel::Target).toString(), QStringLiteral("Customer since"));
    QCOMPARE(cell(9, ImportMappingModel::Target).toString(), QStringLiteral("(do not import)"));

    // Ignored columns are set in italics, mapped ones are not.
    const QVariant italic = cell(9, ImportMappingModel::Target, Qt::FontRole);
    QVERIFY(italic.isValid());
    QVERIFY(italic.value<QFont>().italic());
    QVERIFY(!cell(0, ImportMappingModel::Target, Qt::FontRole).isValid());
    QVERIFY(m_model->mapping().missingRequiredFields().isEmpty());
}

void TstImportMappingModel::headersAndFlags()
{
    QCOMPARE(m_model->headerData(ImportMappingModel::Header, Qt::Horizontal).toString(),
             QStringLiteral("Column in the file"));
    QCOMPARE(m_model->headerData(ImportMappingModel::Sample, Qt::Horizontal).toString(),
             QStringLiteral("Sample values"));
    QCOMPARE(m_model->headerData(ImportMappingModel::Target, Qt::Horizontal).toString(),
             QStringLiteral("Import as"));
    for (int row = 0; row < m_model->rowCount(); ++row) {
        QVERIFY(m_model->flags(m_model->index(row, ImportMappingModel::Target)) &
                Qt::ItemIsEditable);
        QVERIFY(!(m_model->flags(m_model->index(row, ImportMappingModel::Header)) &
                  Qt::ItemIsEditable));
        QVERIFY(!(m_model->flags(m_model->index(row, ImportMappingModel::Sample)) &
                  Qt::ItemIsEditable));
        QVERIFY(m_model->flags(m_model->index(row, ImportMappingModel::Header)) &
                Qt::ItemIsEnabled);
    }
    QVERIFY(!(m_model->flags(QModelIndex()) & Qt::ItemIsEditable));
}

void TstImportMappingModel::setDataMovesTarget()
{
    QSignalSpy changed(m_model, &ImportMappingModel::mappingChanged);
    QSignalSpy dataChanged(m_model, &QAbstractItemModel::dataChanged);
    // Map column 8 to the name: the name moves there, and column 8's old target is dropped.
    QVERIFY(
        m_model->setData(m_model->index(8, ImportMappingModel::Target), QStringLiteral("name")));
    QCOMPARE(changed.count(), 1);
    QCOMPARE(dataChanged.count(), 1);
    const QModelIndex topLeft = dataChanged.at(0).at(0).value<QModelIndex>();
    const QModelIndex bottomRight = dataChanged.at(0).at(1).value<QModelIndex>();
    QVERIFY(topLeft.row() <= 1 && bottomRight.row() >= 8); // both affected rows
    QCOMPARE(topLeft.column(), int(ImportMappingModel::Target));
    QCOMPARE(bottomRight.column(), int(ImportMappingModel::Target));

    QCOMPARE(m_model->mapping().column(QStringLiteral("name")), 8);
    QCOMPARE(m_model->mapping().column(QStringLiteral("notes")), -1); // column 8's old target
    QCOMPARE(m_model->data(m_model->index(8, ImportMappingModel::Target), Qt::EditRole).toString(),
             QStringLiteral("name"));
    QCOMPARE(m_model->data(m_model->index(1, ImportMappingModel::Target), Qt::EditRole).toString(),
             QString());
    QCOMPARE(m_model->data(m_model->index(1, ImportMappingModel::Target)).toString(),
             QStringLiteral("(do not import)"));

    // Only one column per target and one target per column.
    int named = 0;
    for (int row = 0; row < m_model->rowCount(); ++row) {
        const QString target =
            m_model->data(m_model->index(row, ImportMappingModel::Target), Qt::EditRole).toString();
        named += target == QStringLiteral("name") ? 1 : 0;
    }
    QCOMPARE(named, 1);
    QCOMPARE(m_model->mapping().targets().size(), 8);

    // And back.
    QVERIFY(
        m_model->setData(m_model->index(1, ImportMappingModel::Target), QStringLiteral("name")));
    QCOMPARE(m_model->mapping().column(QStringLiteral("name")), 1);
    QCOMPARE(m_model->mapping().targetOf(8), QString());
    QCOMPARE(changed.count(), 2);
}

void TstImportMappingModel::setDataToAttributeAndIgnore()
{
    QSignalSpy changed(m_model, &ImportMappingModel::mappingChanged);
    const QString attribute = QStringLiteral("attribute:客户等级");
    QVERIFY(m_model->setData(m_model->index(9, ImportMappingModel::Target), attribute));
    QCOMPARE(m_model->mapping().column(attribute), 9);
    QCOMPARE(m_model->data(m_model->index(9, ImportMappingModel::Target)).toString(),
             QStringLiteral("Attribute \"客户等级\""));
    const auto attributes = m_model->mapping().attributeColumns();
    QCOMPARE(attributes.size(), 1);
    QCOMPARE(attributes.at(0).first, QStringLiteral("客户等级"));
    QCOMPARE(attributes.at(0).second, 9);

    // Ignoring a required column makes it missing.
    QVERIFY(m_model->setData(m_model->index(0, ImportMappingModel::Target), QString()));
    QCOMPARE(m_model->mapping().column(QStringLiteral("code")), -1);
    QCOMPARE(m_model->mapping().missingRequiredFields(),
             QStringList{QStringLiteral("Customer code")});
    QVERIFY(m_model->data(m_model->index(0, ImportMappingModel::Target), Qt::FontRole)
                .value<QFont>()
                .italic());
    QCOMPARE(changed.count(), 2);
}

void TstImportMappingModel::setDataRejectsOtherColumnsAndRoles()
{
    const ColumnMapping before = m_model->mapping();
    QSignalSpy changed(m_model, &ImportMappingModel::mappingChanged);
    QVERIFY(
        !m_model->setData(m_model->index(0, ImportMappingModel::Header), QStringLiteral("name")));
    QVERIFY(
        !m_model->setData(m_model->index(0, ImportMappingModel::Sample), QStringLiteral("name")));
    QVERIFY(!m_model->setData(m_model->index(0, ImportMappingModel::Target), QStringLiteral("name"),
                              Qt::DisplayRole));
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("is not valid")));
    QVERIFY(!m_model->setData(QModelIndex(), QStringLiteral("name")));
    // Only what choices() offers for that column: no unknown fields, no other column's attribute.
    QVERIFY(!m_model->setData(m_model->index(9, ImportMappingModel::Target),
                              QStringLiteral("no_such_field")));
    QVERIFY(
        !m_model->setData(m_model->index(9, ImportMappingModel::Target), QStringLiteral("amount")));
    QVERIFY(!m_model->setData(m_model->index(9, ImportMappingModel::Target),
                              QStringLiteral("attribute:所属行业")));
    QCOMPARE(changed.count(), 0);
    QCOMPARE(m_model->mapping().toJson(m_table.headers), before.toJson(m_table.headers));
}

void TstImportMappingModel::choicesForCustomers()
{
    const auto choices = m_model->choices(9);
    const QVector<ImportField> fields = ImportSchema::fields(ImportKind::Customers);
    QCOMPARE(choices.size(), fields.size() + 2);
    QCOMPARE(choices.first().first, QString());
    QCOMPARE(choices.first().second, QStringLiteral("(do not import)"));
    for (int i = 0; i < fields.size(); ++i) {
        QCOMPARE(choices.at(i + 1).first, fields.at(i).id);
        QCOMPARE(choices.at(i + 1).second.endsWith(QStringLiteral(" (required)")),
                 fields.at(i).required);
        QVERIFY(choices.at(i + 1).second.startsWith(fields.at(i).displayName));
    }
    QVERIFY(choices.contains(
        qMakePair(QStringLiteral("code"), QStringLiteral("Customer code (required)"))));
    QVERIFY(choices.contains(qMakePair(QStringLiteral("name"), QStringLiteral("Name (required)"))));
    QVERIFY(choices.contains(qMakePair(QStringLiteral("industry"), QStringLiteral("Industry"))));
    QCOMPARE(choices.last().first, QStringLiteral("attribute:客户等级"));
    QCOMPARE(choices.last().second, QStringLiteral("Attribute \"客户等级\""));

    // The attribute offered is the column's own header.
    QCOMPARE(m_model->choices(2).last().first, QStringLiteral("attribute:所属行业"));
    // Out of range: no attribute.
    QCOMPARE(m_model->choices(-1).size(), fields.size() + 1);
    QCOMPARE(m_model->choices(10).size(), fields.size() + 1);
}

void TstImportMappingModel::choicesForTransactions()
{
    const TableData table = readCsv(transactionsCsv);
    m_model->setSource(table, ColumnMapping::guess(ImportKind::Transactions, table.headers));
    QCOMPARE(m_model->rowCount(), 6);
    QCOMPARE(m_model->mapping().kind(), ImportKind::Transactions);
    QCOMPARE(m_model->mapping().column(QStringLiteral("customer_code")), 0);
    QCOMPARE(m_model->mapping().column(QStringLiteral("date")), 1);
    QCOMPARE(m_model->mapping().column(QStringLiteral("amount")), 2);
    QCOMPARE(m_model->mapping().column(QStringLiteral("cost")), 3);
    QCOMPARE(m_model->mapping().column(QStringLiteral("quantity")), 4);
    QCOMPARE(m_model->mapping().column(QStringLiteral("product")), 5);
    QCOMPARE(m_model->data(m_model->index(2, ImportMappingModel::Target)).toString(),
             QStringLiteral("Amount"));

    // Attributes are for customers only.
    QVERIFY(!m_model->setData(m_model->index(5, ImportMappingModel::Target),
                              QStringLiteral("attribute:产品名称")));
    QCOMPARE(m_model->mapping().column(QStringLiteral("product")), 5);

    for (int column = -1; column <= table.headers.size(); ++column) {
        const auto choices = m_model->choices(column);
        QCOMPARE(choices.first().first, QString());
        QCOMPARE(choices.size(), ImportSchema::fields(ImportKind::Transactions).size() + 1);
        for (const auto &choice : choices)
            QVERIFY(!choice.first.startsWith(ImportSchema::attributePrefix));
    }
    QStringList required;
    for (const auto &choice : m_model->choices(0)) {
        if (choice.second.endsWith(QStringLiteral(" (required)")))
            required << choice.first;
    }
    QCOMPARE(required, (QStringList{QStringLiteral("customer_code"), QStringLiteral("date"),
                                    QStringLiteral("amount")}));
}

void TstImportMappingModel::setMappingRefreshesTargets()
{
    QSignalSpy changed(m_model, &ImportMappingModel::mappingChanged);
    QSignalSpy dataChanged(m_model, &QAbstractItemModel::dataChanged);
    ColumnMapping mapping(ImportKind::Customers);
    mapping.setColumn(QStringLiteral("code"), 3);
    mapping.setColumn(QStringLiteral("name"), 4);
    m_model->setMapping(mapping);
    QCOMPARE(changed.count(), 1);
    QCOMPARE(dataChanged.count(), 1);
    QCOMPARE(dataChanged.at(0).at(0).value<QModelIndex>(),
             m_model->index(0, ImportMappingModel::Target));
    QCOMPARE(dataChanged.at(0).at(1).value<QModelIndex>(),
             m_model->index(9, ImportMappingModel::Target));
    QCOMPARE(m_model->data(m_model->index(3, ImportMappingModel::Target), Qt::EditRole).toString(),
             QStringLiteral("code"));
    QCOMPARE(m_model->data(m_model->index(0, ImportMappingModel::Target), Qt::EditRole).toString(),
             QString());

    // An empty source: no rows, no dataChanged with invalid indexes.
    m_model->setSource(TableData(), ColumnMapping(ImportKind::Balances));
    QCOMPARE(m_model->rowCount(), 0);
    dataChanged.clear();
    m_model->setMapping(ColumnMapping(ImportKind::Balances));
    QCOMPARE(dataChanged.count(), 0);
}

void TstImportMappingModel::targetDisplayNames()
{
    QCOMPARE(ImportMappingModel::targetDisplayName(ImportKind::Customers, QString()),
             QStringLiteral("(do not import)"));
    QCOMPARE(ImportMappingModel::targetDisplayName(ImportKind::Customers, QStringLiteral("name")),
             QStringLiteral("Name"));
    QCOMPARE(ImportMappingModel::targetDisplayName(ImportKind::Balances, QStringLiteral("amount")),
             QStringLiteral("Balance"));
    QCOMPARE(ImportMappingModel::targetDisplayName(ImportKind::Customers,
                                                   QStringLiteral("attribute:VIP")),
             QStringLiteral("Attribute \"VIP\""));
    QCOMPARE(
        ImportMappingModel::targetDisplayName(ImportKind::Customers, QStringLiteral("unknown")),
        QStringLiteral("unknown"));
}

QTEST_GUILESS_MAIN(TstImportMappingModel)
#include "tst_importmappingmodel.moc"
