#include "texttablemodel.h"

#include <QAbstractItemModelTester>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QtTest>

using namespace valuedesk;

class TstTextTableModel : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void emptyByDefault();
    void showsTable();
    void raggedRowsWidenTheTable();
    void readOnly();
    void setTableResets();
    void headersOutOfRange();

private:
    TextTableModel *m_model = nullptr;
};

void TstTextTableModel::init()
{
    m_model = new TextTableModel(this);
    new QAbstractItemModelTester(m_model, QAbstractItemModelTester::FailureReportingMode::QtTest,
                                 m_model);
}

void TstTextTableModel::cleanup()
{
    delete m_model;
    m_model = nullptr;
}

void TstTextTableModel::emptyByDefault()
{
    QCOMPARE(m_model->rowCount(), 0);
    QCOMPARE(m_model->columnCount(), 0);
    QVERIFY(m_model->headers().isEmpty());
    QVERIFY(m_model->rows().isEmpty());
}

void TstTextTableModel::showsTable()
{
    const QStringList headers = {QStringLiteral("行号"), QStringLiteral("客户编号"),
                                 QStringLiteral("问题")};
    const QVector<QStringList> rows = {
        {QStringLiteral("3"), QStringLiteral("C001"), QStringLiteral("金额不是数字: \"abc\"")},
        {QStringLiteral("7"), QString(), QStringLiteral("缺少客户编号")},
    };
    m_model->setTable(headers, rows);
    QCOMPARE(m_model->headers(), headers);
    QCOMPARE(m_model->rows(), rows);
    QCOMPARE(m_model->rowCount(), 2);
    QCOMPARE(m_model->columnCount(), 3);
    QCOMPARE(m_model->rowCount(m_model->index(0, 0)), 0);
    QCOMPARE(m_model->columnCount(m_model->index(0, 0)), 0);
    for (int c = 0; c < headers.size(); ++c)
        QCOMPARE(m_model->headerData(c, Qt::Horizontal).toString(), headers.at(c));
    for (int r = 0; r < rows.size(); ++r) {
        for (int c = 0; c < headers.size(); ++c) {
            QCOMPARE(m_model->data(m_model->index(r, c)).toString(), rows.at(r).at(c));
            QCOMPARE(m_model->data(m_model->index(r, c), Qt::ToolTipRole).toString(),
                     rows.at(r).at(c));
        }
    }
    QVERIFY(!m_model->data(m_model->index(0, 0), Qt::EditRole).isValid());
    QVERIFY(!m_model->data(m_model->index(0, 0), Qt::DecorationRole).isValid());
    QCOMPARE(m_model->headerData(1, Qt::Vertical).toInt(), 2); // row numbers
}

void TstTextTableModel::raggedRowsWidenTheTable()
{
    m_model->setTable(
        {QStringLiteral("A"), QStringLiteral("B")},
        {{QStringLiteral("a1")},
         {QStringLiteral("a2"), QStringLiteral("b2"), QStringLiteral("c2"), QStringLiteral("d2")},
         {}});
    QCOMPARE(m_model->rowCount(), 3);
    QCOMPARE(m_model->columnCount(), 4);
    QCOMPARE(m_model->data(m_model->index(0, 0)).toString(), QStringLiteral("a1"));
    QCOMPARE(m_model->data(m_model->index(0, 3)).toString(), QString()); // missing cell: empty
    QVERIFY(m_model->data(m_model->index(0, 3)).isValid());
    QCOMPARE(m_model->data(m_model->index(1, 3)).toString(), QStringLiteral("d2"));
    QCOMPARE(m_model->data(m_model->index(2, 1)).toString(), QString());
    // Columns without a header are numbered.
    QCOMPARE(m_model->headerData(1, Qt::Horizontal).toString(), QStringLiteral("B"));
    QCOMPARE(m_model->headerData(3, Qt::Horizontal).toInt(), 4);

    // Data wider than the header but no rows at all.
    m_model->setTable({QStringLiteral("only")}, {});
    QCOMPARE(m_model->rowCount(), 0);
    QCOMPARE(m_model->columnCount(), 1);
}

void TstTextTableModel::readOnly()
{
    m_model->setTable({QStringLiteral("A")}, {{QStringLiteral("x")}});
    const QModelIndex index = m_model->index(0, 0);
    QVERIFY(!(m_model->flags(index) & Qt::ItemIsEditable));
    QVERIFY(m_model->flags(index) & Qt::ItemIsSelectable);
    QVERIFY(!m_model->setData(index, QStringLiteral("y")));
    QCOMPARE(m_model->data(index).toString(), QStringLiteral("x"));
}

void TstTextTableModel::setTableResets()
{
    QSignalSpy reset(m_model, &QAbstractItemModel::modelReset);
    m_model->setTable({QStringLiteral("A")}, {{QStringLiteral("1")}, {QStringLiteral("2")}});
    QCOMPARE(reset.count(), 1);
    m_model->setTable({}, {});
    QCOMPARE(reset.count(), 2);
    QCOMPARE(m_model->rowCount(), 0);
    QCOMPARE(m_model->columnCount(), 0);
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("is not valid")));
    QVERIFY(!m_model->data(QModelIndex()).isValid());
}

void TstTextTableModel::headersOutOfRange()
{
    m_model->setTable({QStringLiteral("A"), QStringLiteral("B")}, {});
    // A section before the first must not index the header list (it asserted before).
    QVERIFY(m_model->headerData(-1, Qt::Horizontal).toString() != QStringLiteral("A"));
    QVERIFY(!m_model->headerData(0, Qt::Horizontal, Qt::EditRole).isValid());
}

QTEST_GUILESS_MAIN(TstTextTableModel)
#include "tst_texttablemodel.moc"
