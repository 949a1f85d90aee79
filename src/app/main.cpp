#include "mainwindow.h"
#include "settings.h"
#include "translator.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>
#include <QIcon>

using namespace valuedesk;

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("ValueDesk"));
    QApplication::setOrganizationName(QStringLiteral("ValueDesk"));
    QApplication::setApplicationDisplayName(QStringLiteral("ValueDesk"));
    QApplication::setApplicationVersion(QStringLiteral(VALUEDESK_VERSION));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/valuedesk.png")));

    Settings settings;
    Translator translator;
    translator.apply(settings.language());

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate("main", "Customer value workbench"));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(QStringLiteral("file"),
                                 QApplication::translate("main", "Customer file (.vdb) to open"));
    parser.process(app);

    MainWindow window(settings, translator);
    window.show();
    const QStringList files = parser.positionalArguments();
    if (!files.isEmpty()) {
        window.openDocument(files.constFirst(), QFileInfo::exists(files.constFirst())
                                                    ? Database::OpenMode::OpenExisting
                                                    : Database::OpenMode::CreateNew);
    } else if (!settings.recentFiles().isEmpty()
               && QFileInfo::exists(settings.recentFiles().constFirst())) {
        window.openDocument(settings.recentFiles().constFirst(), Database::OpenMode::OpenExisting);
    }
    return app.exec();
}
