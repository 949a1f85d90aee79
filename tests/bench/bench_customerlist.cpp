// Open a 100 000-customer demo file (about 1.8 million transactions) in the main window and show
// the first screen of the customer list. Target (issue #2): < 300 ms from opening the file to a
// painted first screen. Also times a search and a sort on the full list.
// Usage: bench_customerlist [customers]
#include "benchutil.h"
#include "customerlistmodel.h"
#include "customerlistpane.h"
#include "database.h"
#include "demofile.h"
#include "demogenerator.h"
#include "mainwindow.h"
#include "portfoliowriter.h"
#include "settings.h"
#include "translator.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QHeaderView>
#include <QLineEdit>
#include <QTableView>
#include <QTemporaryDir>

#include <cstdio>

using namespace valuedesk;

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("DISPLAY") && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    const int customers = argc > 1 ? QString::fromLocal8Bit(argv[1]).toInt() : 100000;
    QTemporaryDir dir;
    const QString vdb = dir.filePath(QStringLiteral("big.vdb"));
    QElapsedTimer timer;
    timer.start();
    if (!test::createDemoFile(vdb, customers, DemoParams().seed))
        return 1;
    std::printf("bench_customerlist: wrote %d demo customers in %lld ms\n", customers,
                static_cast<long long>(timer.elapsed()));

    Settings settings(dir.filePath(QStringLiteral("settings.ini")));
    Translator translator;
    MainWindow window(settings, translator);
    window.show();
    QCoreApplication::processEvents();

    timer.restart();
    if (!window.openDocument(vdb, Database::OpenMode::OpenExisting))
        return 1;
    QTableView *view = window.customerList()->view();
    view->viewport()->repaint(); // paints the visible rows: loads the first page
    QCoreApplication::processEvents();
    const qint64 firstScreenMs = timer.elapsed();

    timer.restart();
    view->scrollToBottom();
    view->viewport()->repaint();
    const qint64 scrollEndMs = timer.elapsed();

    timer.restart();
    window.customerList()->model()->setSearchText(QStringLiteral("华东"));
    view->viewport()->repaint();
    const qint64 searchMs = timer.elapsed();
    const int found = window.customerList()->model()->rowCount();

    timer.restart();
    window.customerList()->model()->setSearchText(QString());
    view->sortByColumn(CustomerListModel::Name, Qt::DescendingOrder);
    view->viewport()->repaint();
    const qint64 sortMs = timer.elapsed();

    std::printf("bench_customerlist: %d customers: first screen %lld ms (target < 300 ms); "
                "scroll to end %lld ms; search \"华东\" (%d rows) %lld ms; sort by name %lld ms; "
                "peak RSS %.0f MiB\n",
                customers, static_cast<long long>(firstScreenMs),
                static_cast<long long>(scrollEndMs), found, static_cast<long long>(searchMs),
                static_cast<long long>(sortMs), bench::peakRssMiB());
    return 0;
}
