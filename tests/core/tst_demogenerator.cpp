#include <QtTest>

class TstDemogenerator : public QObject
{
    Q_OBJECT
private slots:
    void placeholder() { QSKIP("not written yet"); }
};

QTEST_GUILESS_MAIN(TstDemogenerator)
#include "tst_demogenerator.moc"
