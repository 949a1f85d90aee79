#include "settings.h"

#include <QTemporaryDir>
#include <QtTest>

using namespace valuedesk;

class TstSettings : public QObject
{
    Q_OBJECT

private slots:
    void recentFilesAreUniqueMostRecentFirstAndCapped()
    {
        QTemporaryDir dir;
        Settings settings(dir.filePath(QStringLiteral("s.ini")));
        for (int i = 0; i < Settings::maxRecentFiles + 3; ++i)
            settings.addRecentFile(dir.filePath(QStringLiteral("f%1.vdb").arg(i)));
        settings.addRecentFile(dir.filePath(QStringLiteral("f5.vdb")));
        const QStringList files = settings.recentFiles();
        QCOMPARE(files.size(), Settings::maxRecentFiles);
        QCOMPARE(files.first(), dir.filePath(QStringLiteral("f5.vdb")));
        QCOMPARE(files.count(dir.filePath(QStringLiteral("f5.vdb"))), 1);
        QVERIFY(!files.contains(dir.filePath(QStringLiteral("f0.vdb"))));
        settings.removeRecentFile(dir.filePath(QStringLiteral("f5.vdb")));
        QVERIFY(!settings.recentFiles().contains(dir.filePath(QStringLiteral("f5.vdb"))));
    }

    void languageIsStoredAsAStringAndSurvivesReopening()
    {
        QTemporaryDir dir;
        const QString ini = dir.filePath(QStringLiteral("s.ini"));
        {
            Settings settings(ini);
            QCOMPARE(settings.language(), Settings::Language::System);
            settings.setLanguage(Settings::Language::Chinese);
            settings.sync();
        }
        QSettings raw(ini, QSettings::IniFormat);
        QCOMPARE(raw.value(QStringLiteral("ui/language")).toString(), QStringLiteral("zh_CN"));
        Settings reopened(ini);
        QCOMPARE(reopened.language(), Settings::Language::Chinese);
    }
};

QTEST_MAIN(TstSettings)
#include "tst_settings.moc"
