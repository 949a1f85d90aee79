#pragma once

#include "database.h"
#include "demogenerator.h"
#include "portfoliowriter.h"

#include <QString>
#include <QtTest>

namespace valuedesk::test {

// Writes a demo portfolio of `customers` customers to `path`.
inline void writeDemoFile(const QString &path, int customers, quint32 seed = 3)
{
    auto db = Database::open(path, Database::OpenMode::CreateNew);
    QVERIFY2(db.ok(), qPrintable(db ? QString() : db.error().toString()));
    PortfolioWriter writer((*db)->connection());
    QVERIFY(writer.begin().ok());
    DemoParams params;
    params.customers = customers;
    params.seed = seed;
    bool ok = true;
    DemoGenerator(params).generate([&](const CustomerRecordSet &set) {
        ok = writer.add(set).ok();
        return ok;
    });
    QVERIFY(ok);
    QVERIFY(writer.commit().ok());
}

// Types text the way an input method commits it: QTest::keyClicks is ASCII-only.
inline void typeText(QWidget *widget, const QString &text)
{
    QInputMethodEvent event;
    event.setCommitString(text);
    QCoreApplication::sendEvent(widget, &event);
}

} // namespace valuedesk::test
