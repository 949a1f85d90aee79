#include <QtTest>

class TstMoney : public QObject
{
    Q_OBJECT
private slots:
    void placeholder() { QSKIP("not written yet"); }
};

QTEST_GUILESS_MAIN(TstMoney)
#include "tst_money.moc"
