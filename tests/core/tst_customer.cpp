#include <QtTest>

class TstCustomer : public QObject
{
    Q_OBJECT
private slots:
    void placeholder() { QSKIP("not written yet"); }
};

QTEST_GUILESS_MAIN(TstCustomer)
#include "tst_customer.moc"
