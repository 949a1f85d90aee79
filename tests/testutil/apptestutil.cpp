#include "apptestutil.h"

#include <QCoreApplication>
#include <QInputMethodEvent>
#include <QWidget>

namespace valuedesk::test {

void writeDemoFile(const QString &path, int customers, quint32 seed)
{
    QString error;
    QVERIFY2(createDemoFile(path, customers, seed, &error) != nullptr, qPrintable(error));
}

void typeText(QWidget *widget, const QString &text)
{
    QInputMethodEvent event;
    event.setCommitString(text);
    QCoreApplication::sendEvent(widget, &event);
}

} // namespace valuedesk::test
