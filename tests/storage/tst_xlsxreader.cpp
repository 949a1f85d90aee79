#include <QtTest>

class TstXlsxreader : public QObject
{
    Q_OBJECT
private slots:
    void placeholder() { QSKIP("not written yet"); }
};

QTEST_GUILESS_MAIN(TstXlsxreader)
#include "tst_xlsxreader.moc"
