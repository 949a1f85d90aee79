#include <QtTest>

class TstTextdecoder : public QObject
{
    Q_OBJECT
private slots:
    void placeholder() { QSKIP("not written yet"); }
};

QTEST_GUILESS_MAIN(TstTextdecoder)
#include "tst_textdecoder.moc"
