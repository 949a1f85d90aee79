#include <QtTest>

class TstCsvreader : public QObject
{
    Q_OBJECT
private slots:
    void placeholder() { QSKIP("not written yet"); }
};

QTEST_GUILESS_MAIN(TstCsvreader)
#include "tst_csvreader.moc"
