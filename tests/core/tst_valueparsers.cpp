#include <QtTest>

class TstValueparsers : public QObject
{
    Q_OBJECT
private slots:
    void placeholder() { QSKIP("not written yet"); }
};

QTEST_GUILESS_MAIN(TstValueparsers)
#include "tst_valueparsers.moc"
