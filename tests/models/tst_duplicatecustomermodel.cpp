#include "duplicatecustomermodel.h"

#include <QAbstractItemModelTester>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QtTest>

using namespace valuedesk;

namespace {

Customer imported(const QString &code, const QString &name)
{
    Customer c;
    c.code = code;
    c.name = name;
    c.contact = QStringLiteral("13800000000");
    return c;
}

// Three imported rows; rows 2 and 0 match customers already in the file.
ImportPlan samplePlan()
{
    ImportPlan plan;
    plan.kind = ImportKind::Customers;
    plan.rowsRead = 3;
    plan.customers = {imported(QStringLiteral("X900"), QStringLiteral("宁波海港物流")),
                      imported(QStringLiteral("C777"), QStringLiteral("新客户")),
                      imported(QStringLiteral("C001"), QStringLiteral("杭州明达贸易"))};
    plan.customerLines = {2, 3, 4};

    DuplicateCustomer sameCode;
    sameCode.line = 4;
    sameCode.rowIndex = 2;
    sameCode.existingId = 11;
    sameCode.existingCode = QStringLiteral("C001");
    sameCode.existingName = QStringLiteral("杭州明达贸易有限公司");
    sameCode.match = DuplicateCustomer::Match::SameCode;
    sameCode.action = DuplicateAction::Update;

    DuplicateCustomer sameName;
    sameName.line = 2;
    sameName.rowIndex = 0;
    sameName.existingId = 12;
    sameName.existingCode = QStringLiteral("C050");
    sameName.existingName = QStringLiteral("宁波海港物流");
    sameName.match = DuplicateCustomer::Match::SameNameAndContact;
    sameName.action = DuplicateAction::Skip;

    plan.duplicates = {sameCode, sameName};
    return plan;
}

} // namespace

class TstDuplicateCustomerModel : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void showsDuplicates();
    void headersAndFlags();
    void setDataChangesAction_data();
    void setDataChangesAction();
    void setDataRejectsInvalid();
    void setAllActions();
    void emptyPlan();

private:
    DuplicateCustomerModel *m_model = nullptr;
};

void TstDuplicateCustomerModel::init()
{
    m_model = new DuplicateCustomerModel(this);
    new QAbstractItemModelTester(m_model, QAbstractItemModelTester::FailureReportingMode::QtTest,
                                 m_model);
    QSignalSpy reset(m_model, &QAbstractItemModel::modelReset);
    m_model->setPlan(samplePlan());
    QCOMPARE(reset.count(), 1);
}

void TstDuplicateCustomerModel::cleanup()
{
    delete m_model;
    m_model = nullptr;
}

void TstDuplicateCustomerModel::showsDuplicates()
{
    QCOMPARE(m_model->rowCount(), 2);
    QCOMPARE(m_model->columnCount(), int(DuplicateCustomerModel::ColumnCount));
    QCOMPARE(m_model->duplicates().size(), 2);
    auto cell = [&](int row, int column, int role = Qt::DisplayRole) {
        return m_model->data(m_model->index(row, column), role);
    };
    QCOMPARE(cell(0, DuplicateCustomerModel::Line).toInt(), 4);
    QCOMPARE(cell(0, DuplicateCustomerModel::Code).toString(), QStringLiteral("C001"));
    QCOMPARE(cell(0, DuplicateCustomerModel::Name).toString(), QStringLiteral("杭州明达贸易"));
    QCOMPARE(cell(0, DuplicateCustomerModel::Existing).toString(),
             QStringLiteral("C001 杭州明达贸易有限公司"));
    QCOMPARE(cell(0, DuplicateCustomerModel::Match).toString(), QStringLiteral("same code"));
    QCOMPARE(cell(0, DuplicateCustomerModel::Action).toString(),
             QStringLiteral("Update the existing customer"));
    QCOMPARE(cell(0, DuplicateCustomerModel::Action, Qt::EditRole).toInt(),
             int(DuplicateAction::Update));
    QCOMPARE(cell(0, DuplicateCustomerModel::Action, Qt::UserRole).toInt(),
             int(DuplicateAction::Update));

    // The second duplicate shows the imported row it points at (row 0), not row 1.
    QCOMPARE(cell(1, DuplicateCustomerModel::Line).toInt(), 2);
    QCOMPARE(cell(1, DuplicateCustomerModel::Code).toString(), QStringLiteral("X900"));
    QCOMPARE(cell(1, DuplicateCustomerModel::Name).toString(), QStringLiteral("宁波海港物流"));
    QCOMPARE(cell(1, DuplicateCustomerModel::Existing).toString(),
             QStringLiteral("C050 宁波海港物流"));
    QCOMPARE(cell(1, DuplicateCustomerModel::Match).toString(),
             QStringLiteral("same name and contact"));
    QCOMPARE(cell(1, DuplicateCustomerModel::Action).toString(), QStringLiteral("Skip this row"));

    QVERIFY(!cell(0, DuplicateCustomerModel::Code, Qt::EditRole).isValid());
    QVERIFY(!cell(0, DuplicateCustomerModel::Code, Qt::DecorationRole).isValid());
}

void TstDuplicateCustomerModel::headersAndFlags()
{
    const QStringList headers = {
        QStringLiteral("Line"),       QStringLiteral("Code"),
        QStringLiteral("Name"),       QStringLiteral("Customer in the file"),
        QStringLiteral("Matched by"), QStringLiteral("Action")};
    for (int c = 0; c < headers.size(); ++c)
        QCOMPARE(m_model->headerData(c, Qt::Horizontal).toString(), headers.at(c));
    for (int c = 0; c < DuplicateCustomerModel::ColumnCount; ++c) {
        const Qt::ItemFlags flags = m_model->flags(m_model->index(0, c));
        QCOMPARE(bool(flags & Qt::ItemIsEditable), c == DuplicateCustomerModel::Action);
        QVERIFY(flags & Qt::ItemIsEnabled);
    }
    QCOMPARE(DuplicateCustomerModel::actionName(DuplicateAction::ImportAsNew),
             QStringLiteral("Import as a new customer"));
}

void TstDuplicateCustomerModel::setDataChangesAction_data()
{
    QTest::addColumn<int>("action");
    QTest::addColumn<QString>("text");
    QTest::newRow("update") << int(DuplicateAction::Update)
                            << QStringLiteral("Update the existing customer");
    QTest::newRow("skip") << int(DuplicateAction::Skip) << QStringLiteral("Skip this row");
    QTest::newRow("import as new")
        << int(DuplicateAction::ImportAsNew) << QStringLiteral("Import as a new customer");
}

void TstDuplicateCustomerModel::setDataChangesAction()
{
    QFETCH(int, action);
    QFETCH(QString, text);
    QSignalSpy dataChanged(m_model, &QAbstractItemModel::dataChanged);
    const QModelIndex index = m_model->index(1, DuplicateCustomerModel::Action);
    QVERIFY(m_model->setData(index, action));
    QCOMPARE(dataChanged.count(), 1);
    QCOMPARE(dataChanged.at(0).at(0).value<QModelIndex>(), index);
    QCOMPARE(dataChanged.at(0).at(1).value<QModelIndex>(), index);
    QCOMPARE(int(m_model->duplicates().at(1).action), action);
    QCOMPARE(m_model->data(index).toString(), text);
    QCOMPARE(m_model->data(index, Qt::EditRole).toInt(), action);
    // The other row is untouched.
    QCOMPARE(m_model->duplicates().at(0).action, DuplicateAction::Update);
}

void TstDuplicateCustomerModel::setDataRejectsInvalid()
{
    m_model->setAllActions(DuplicateAction::Skip);
    QSignalSpy dataChanged(m_model, &QAbstractItemModel::dataChanged);
    const QModelIndex action = m_model->index(0, DuplicateCustomerModel::Action);
    QVERIFY(!m_model->setData(action, -1));
    QVERIFY(!m_model->setData(action, int(DuplicateAction::ImportAsNew) + 1));
    QVERIFY(!m_model->setData(action, int(DuplicateAction::Skip), Qt::DisplayRole));
    // Not a number (e.g. an editor without a current item): refused, not read as 0 = Update.
    QVERIFY(!m_model->setData(action, QStringLiteral("skip")));
    QVERIFY(!m_model->setData(action, QVariant()));
    QVERIFY(!m_model->setData(m_model->index(0, DuplicateCustomerModel::Name),
                              QStringLiteral("other")));
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("is not valid")));
    QVERIFY(!m_model->setData(QModelIndex(), int(DuplicateAction::Skip)));
    QCOMPARE(dataChanged.count(), 0);
    QCOMPARE(m_model->duplicates().at(0).action, DuplicateAction::Skip);
    QCOMPARE(m_model->data(m_model->index(0, DuplicateCustomerModel::Name)).toString(),
             QStringLiteral("杭州明达贸易"));
}

void TstDuplicateCustomerModel::setAllActions()
{
    QSignalSpy dataChanged(m_model, &QAbstractItemModel::dataChanged);
    m_model->setAllActions(DuplicateAction::ImportAsNew);
    QCOMPARE(dataChanged.count(), 1);
    QCOMPARE(dataChanged.at(0).at(0).value<QModelIndex>(),
             m_model->index(0, DuplicateCustomerModel::Action));
    QCOMPARE(dataChanged.at(0).at(1).value<QModelIndex>(),
             m_model->index(1, DuplicateCustomerModel::Action));
    for (int row = 0; row < m_model->rowCount(); ++row) {
        QCOMPARE(m_model->duplicates().at(row).action, DuplicateAction::ImportAsNew);
        QCOMPARE(m_model->data(m_model->index(row, DuplicateCustomerModel::Action)).toString(),
                 QStringLiteral("Import as a new customer"));
    }
    m_model->setAllActions(DuplicateAction::Skip);
    QCOMPARE(dataChanged.count(), 2);
    QCOMPARE(m_model->duplicates().at(0).action, DuplicateAction::Skip);
    QCOMPARE(m_model->duplicates().at(1).action, DuplicateAction::Skip);
}

void TstDuplicateCustomerModel::emptyPlan()
{
    m_model->setPlan(ImportPlan());
    QCOMPARE(m_model->rowCount(), 0);
    QSignalSpy dataChanged(m_model, &QAbstractItemModel::dataChanged);
    m_model->setAllActions(DuplicateAction::Skip); // nothing to change, no invalid indexes
    QCOMPARE(dataChanged.count(), 0);
}

QTEST_GUILESS_MAIN(TstDuplicateCustomerModel)
#include "tst_duplicatecustomermodel.moc"
