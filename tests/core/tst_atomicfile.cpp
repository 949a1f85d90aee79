#include "atomicfile.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

using namespace valuedesk;

namespace {

QByteArray contents(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

// writeFileAtomically (src/core/atomicfile.h): all or nothing, and a failure names the file.
class TstAtomicFile : public QObject
{
    Q_OBJECT
private slots:
    void writesNewFile();
    void replacesExistingFile();
    void writesEmptyFile();
    void missingFolderIsAnErrorNamingTheFile();
    void folderInTheWayLeavesItUnchanged();
};

void TstAtomicFile::writesNewFile()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("out.csv"));
    const Status written = writeFileAtomically(path, QByteArray("a,b\r\n1,2\r\n"));
    QVERIFY2(written, qPrintable(written ? QString() : written.error().toString()));
    QCOMPARE(contents(path), QByteArray("a,b\r\n1,2\r\n"));
    // Nothing else is left in the folder (no temporary file).
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden),
             QStringList{QStringLiteral("out.csv")});
}

void TstAtomicFile::replacesExistingFile()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("model.json"));
    QVERIFY(writeFileAtomically(path, QByteArray(1000, 'x')));
    QVERIFY(writeFileAtomically(path, QByteArray("{}")));
    QCOMPARE(contents(path), QByteArray("{}"));
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden),
             QStringList{QStringLiteral("model.json")});
}

void TstAtomicFile::writesEmptyFile()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("empty.txt"));
    QVERIFY(writeFileAtomically(path, QByteArray()));
    QVERIFY(QFile::exists(path));
    QCOMPARE(QFileInfo(path).size(), 0);
}

void TstAtomicFile::missingFolderIsAnErrorNamingTheFile()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("no such folder/out.csv"));
    const Status written = writeFileAtomically(path, QByteArray("data"));
    QVERIFY(!written);
    QVERIFY2(written.error().message().contains(QDir::toNativeSeparators(path)),
             qPrintable(written.error().message()));
    QVERIFY(!written.error().detail().isEmpty());
    QVERIFY(!QFile::exists(path));
}

void TstAtomicFile::folderInTheWayLeavesItUnchanged()
{
    // The target is a folder: nothing can replace it, and nothing in or beside it changes.
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("taken"));
    QVERIFY(QDir(dir.path()).mkdir(QStringLiteral("taken")));
    const QString inside = path + QStringLiteral("/keep.txt");
    QVERIFY(writeFileAtomically(inside, QByteArray("keep")));
    const Status written = writeFileAtomically(path, QByteArray("data"));
    QVERIFY(!written);
    QVERIFY(written.error().message().contains(QDir::toNativeSeparators(path)));
    QVERIFY(QFileInfo(path).isDir());
    QCOMPARE(contents(inside), QByteArray("keep"));
    QCOMPARE(QDir(dir.path()).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot),
             QStringList{QStringLiteral("taken")});
}

QTEST_GUILESS_MAIN(TstAtomicFile)
#include "tst_atomicfile.moc"
