#include "apptestutil.h"
#include "document.h"
#include "importdialog.h"
#include "importmappingmodel.h"
#include "textdecoder.h"

#include <QComboBox>
#include <QFile>
#include <QStringEncoder>
#include <QTemporaryDir>
#include <QtTest>

using namespace valuedesk;

namespace {

void writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(bytes);
}

QByteArray gbk(const QString &text)
{
    QStringEncoder encoder("GB18030");
    return encoder.encode(text);
}

} // namespace

class TstImportDialog : public QObject
{
    Q_OBJECT

private slots:
    void init()
    {
        QVERIFY(m_dir.isValid());
        auto doc = Document::open(m_dir.filePath(QStringLiteral("file%1.vdb").arg(++m_counter)),
                                  Database::OpenMode::CreateNew);
        QVERIFY(doc.ok());
        m_document = std::move(*doc);
    }

    void gbkCustomerListIsRecognisedCheckedAndImported()
    {
        const QString csv = m_dir.filePath(QStringLiteral("customers.csv"));
        writeFile(csv, gbk(QStringLiteral("客户编号,客户名称,行业,地区,客户经理\r\n"
                                          "K001,华信科技,软件,华北,张伟\r\n"
                                          "K002,\"明远贸易,上海\",零售,华东,王芳\r\n")));
        ImportDialog dialog(m_document.get(), csv);
        QTRY_VERIFY(!dialog.isBusy()); // the file is read on a worker
        QCOMPARE(dialog.findChild<QComboBox *>(QStringLiteral("importKind"))->currentData().toInt(),
                 static_cast<int>(ImportKind::Customers));
        const ColumnMapping &mapping = dialog.mappingModel()->mapping();
        QCOMPARE(mapping.column(QStringLiteral("code")), 0);
        QCOMPARE(mapping.column(QStringLiteral("name")), 1);
        QCOMPARE(mapping.column(QStringLiteral("manager")), 4);
        QVERIFY(test::finishedOk([&](const ImportDialog::Done &report) { dialog.check(report); }));
        QCOMPARE(dialog.plan()->goodRows(), 2);
        QVERIFY(dialog.plan()->problems.isEmpty());
        QVERIFY(
            test::finishedOk([&](const ImportDialog::Done &report) { dialog.runImport(report); }));
        QCOMPARE(dialog.summary()->customersAdded, 2);
        const auto customer = m_document->customers().byCode(QStringLiteral("K002"));
        QVERIFY(customer.ok() && customer->has_value());
        QCOMPARE((*customer)->name, QStringLiteral("明远贸易,上海"));
        QCOMPARE((*customer)->manager, QStringLiteral("王芳"));
    }

    void badRowsAreListedAndOnlyGoodRowsImported()
    {
        Customer c;
        c.code = QStringLiteral("K001");
        c.name = QStringLiteral("华信科技");
        QVERIFY(m_document->addCustomer(c).ok());
        const QString csv = m_dir.filePath(QStringLiteral("sales.csv"));
        writeFile(csv, QStringLiteral("客户编号;交易日期;金额（元）;数量\n"
                                      "K001;2024年5月25日;¥1,234.50;3\n"
                                      "K001;2024-02-30;100;1\n"
                                      "K999;2024-05-01;100;1\n"
                                      "K001;2024/6/1;abc;1\n")
                           .toUtf8());
        ImportDialog dialog(m_document.get(), csv);
        QTRY_VERIFY(!dialog.isBusy()); // the file is read on a worker
        QCOMPARE(dialog.findChild<QComboBox *>(QStringLiteral("importKind"))->currentData().toInt(),
                 static_cast<int>(ImportKind::Transactions));
        QVERIFY(test::finishedOk([&](const ImportDialog::Done &report) { dialog.check(report); }));
        const ImportPlan *plan = dialog.plan();
        QCOMPARE(plan->rowsRead, 4);
        QCOMPARE(plan->goodRows(), 1);
        QCOMPARE(plan->problems.size(), 3);
        QCOMPARE(plan->problems.at(0).line, 3);
        QCOMPARE(plan->problems.at(1).line, 4);
        QCOMPARE(plan->problems.at(2).line, 5);
        QCOMPARE(plan->problems.at(2).column, QStringLiteral("金额（元）"));

        const QString report = m_dir.filePath(QStringLiteral("report.csv"));
        QVERIFY(dialog.saveReport(report));
        QFile saved(report);
        QVERIFY(saved.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(saved.readAll());
        QVERIFY(text.contains(QStringLiteral("K999")));
        QVERIFY(text.contains(QStringLiteral("abc")));

        QVERIFY(
            test::finishedOk([&](const ImportDialog::Done &report) { dialog.runImport(report); }));
        const auto transactions = m_document->records<Transaction>().forCustomer(
            (*m_document->customers().byCode(QStringLiteral("K001")))->id);
        QCOMPARE(transactions->size(), 1);
        QCOMPARE(transactions->first().amount, Cents(123450));
        QCOMPARE(transactions->first().date, QDate(2024, 5, 25));
    }

    void changingTheMappingIsUsedByTheCheck()
    {
        const QString csv = m_dir.filePath(QStringLiteral("odd.csv"));
        writeFile(csv, "A,B,C\nX1,Alpha,North\nX2,Beta,South\n");
        ImportDialog dialog(m_document.get(), csv);
        QTRY_VERIFY(!dialog.isBusy()); // the file is read on a worker
        dialog.setKind(ImportKind::Customers);
        ImportMappingModel *model = dialog.mappingModel();
        QVERIFY(!model->mapping().missingRequiredFields().isEmpty());
        QVERIFY(!test::finishedOk([&](const ImportDialog::Done &report) {
            dialog.check(report);
        })); // required fields are not mapped yet
        QVERIFY(
            model->setData(model->index(0, ImportMappingModel::Target), QStringLiteral("code")));
        QVERIFY(
            model->setData(model->index(1, ImportMappingModel::Target), QStringLiteral("name")));
        QVERIFY(model->setData(model->index(2, ImportMappingModel::Target),
                               QStringLiteral("attribute:C")));
        QVERIFY(test::finishedOk([&](const ImportDialog::Done &report) { dialog.check(report); }));
        QVERIFY(
            test::finishedOk([&](const ImportDialog::Done &report) { dialog.runImport(report); }));
        const auto customer = m_document->customers().byCode(QStringLiteral("X2"));
        QCOMPARE((*customer)->name, QStringLiteral("Beta"));
        QCOMPARE((*customer)->attributes.value(QStringLiteral("C")), QStringLiteral("South"));
    }

    void xlsxFromLibreOfficeImports()
    {
        const QString xlsx =
            QStringLiteral(VALUEDESK_TEST_DATA_DIR "/import/customers_libreoffice.xlsx");
        ImportDialog dialog(m_document.get(), xlsx);
        QTRY_VERIFY(!dialog.isBusy()); // the file is read on a worker
        QVERIFY2(dialog.errorText().isEmpty(), qPrintable(dialog.errorText()));
        dialog.setKind(ImportKind::Customers);
        QVERIFY(dialog.mappingModel()->mapping().missingRequiredFields().isEmpty());
        QVERIFY(test::finishedOk([&](const ImportDialog::Done &report) { dialog.check(report); }));
        QVERIFY(dialog.plan()->goodRows() > 0);
        QVERIFY(
            test::finishedOk([&](const ImportDialog::Done &report) { dialog.runImport(report); }));
        QCOMPARE(*m_document->customers().count(), static_cast<int>(dialog.plan()->goodRows()));
    }

private:
    QTemporaryDir m_dir;
    int m_counter = 0;
    std::unique_ptr<Document> m_document;
};

QTEST_MAIN(TstImportDialog)
#include "tst_importdialog.moc"
