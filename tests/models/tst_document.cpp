#include "document.h"
#include "modeltestutil.h"

#include <QSignalSpy>
#include <QtTest>

#include <limits>

using namespace valuedesk;
using valuedesk::test::FileSnapshot;
using valuedesk::test::snapshot;

namespace {

Customer sampleCustomer(const QString &code = QStringLiteral("C001"))
{
    Customer c;
    c.code = code;
    c.name = QStringLiteral("杭州明达贸易有限公司");
    c.industry = QStringLiteral("批发零售");
    c.region = QStringLiteral("华东");
    c.manager = QStringLiteral("王芳");
    c.contact = QStringLiteral("0571-88886666");
    c.tenureStart = QDate(2019, 3, 15);
    c.status = CustomerStatus::Active;
    c.notes = QStringLiteral("VIP");
    c.attributes.insert(QStringLiteral("等级"), QStringLiteral("A"));
    return c;
}

Transaction sampleTransaction(qint64 customerId)
{
    Transaction t;
    t.customerId = customerId;
    t.date = QDate(2025, 1, 10);
    t.amount = 123456;
    t.cost = 100000;
    t.quantity = 2.5;
    t.product = QStringLiteral("Widget");
    t.category = QStringLiteral("Parts");
    t.channel = QStringLiteral("Online");
    return t;
}

Interaction sampleInteraction(qint64 customerId)
{
    Interaction i;
    i.customerId = customerId;
    i.date = QDate(2025, 2, 1);
    i.kind = InteractionKind::Visit;
    i.note = QStringLiteral("拜访");
    return i;
}

SurveyScore sampleSurvey(qint64 customerId)
{
    SurveyScore s;
    s.customerId = customerId;
    s.date = QDate(2025, 3, 1);
    s.satisfaction = 8.5;
    s.loyalty = 7.0;
    s.trust = 9.0;
    s.metricName = QStringLiteral("NPS");
    s.metricValue = 40.0;
    return s;
}

Balance sampleBalance(qint64 customerId)
{
    Balance b;
    b.customerId = customerId;
    b.date = QDate(2025, 3, 31);
    b.amount = 5000000;
    return b;
}

template <typename Record>
Record edited(Record r);
template <>
Transaction edited(Transaction t)
{
    t.amount = 99900;
    t.cost.reset();
    t.product = QStringLiteral("Gadget");
    return t;
}
template <>
Interaction edited(Interaction i)
{
    i.kind = InteractionKind::Complaint;
    i.note = QStringLiteral("投诉");
    return i;
}
template <>
SurveyScore edited(SurveyScore s)
{
    s.satisfaction = 3.0;
    s.trust.reset();
    return s;
}
template <>
Balance edited(Balance b)
{
    b.date = QDate(2025, 6, 30);
    b.amount = -1250;
    return b;
}

template <typename Record>
QString noun();
template <>
QString noun<Transaction>()
{
    return QStringLiteral("transaction");
}
template <>
QString noun<Interaction>()
{
    return QStringLiteral("interaction");
}
template <>
QString noun<SurveyScore>()
{
    return QStringLiteral("survey score");
}
template <>
QString noun<Balance>()
{
    return QStringLiteral("balance");
}

} // namespace

class TstDocument : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void openCreatesAndReopens();
    void openRefusesWrongMode();

    void addCustomerIsOneUndoStep();
    void editCustomerIsOneUndoStep();
    void editCustomerWithoutChangeAddsNoStep();
    void deleteCustomerRestoresRecordsUnderSameIds();
    void redoChainEndsInEditedState();

    void invalidCustomerChangesNothing_data();
    void invalidCustomerChangesNothing();
    void invalidEditChangesNothing();
    void invalidRecordChangesNothing_data();
    void invalidRecordChangesNothing();

    void recordOfMissingCustomerIsRefused();

    void transactionUndo() { recordRoundTrip(sampleTransaction(m_customerId)); }
    void interactionUndo() { recordRoundTrip(sampleInteraction(m_customerId)); }
    void surveyUndo() { recordRoundTrip(sampleSurvey(m_customerId)); }
    void balanceUndo() { recordRoundTrip(sampleBalance(m_customerId)); }

    void customerSignals();
    void recordSignals();
    void failedUndoReportsAndDropsCommand();
    void notifyBulkChangeClearsHistory();

private:
    template <typename Record>
    void recordRoundTrip(const Record &sample);
    template <typename Record>
    Record readRecord(qint64 id);
    QUndoStack *stack() const { return m_document->undoStack(); }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Document> m_document;
    qint64 m_customerId = 0; // a customer the record tests attach to (not in the undo stack)
};

void TstDocument::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_document = test::createDocument(*m_dir);
    QVERIFY(m_document);
    auto id = m_document->customers().insert(sampleCustomer(QStringLiteral("BASE")));
    VD_VERIFY_OK(id);
    m_customerId = *id;
    QCOMPARE(stack()->count(), 0);
}

void TstDocument::cleanup()
{
    m_document.reset();
    m_dir.reset();
}

void TstDocument::openCreatesAndReopens()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("客户.vdb"));
    {
        auto created = Document::open(path, Database::OpenMode::CreateNew);
        VD_VERIFY_OK(created);
        Document &doc = **created;
        QCOMPARE(doc.path(), path);
        QCOMPARE(doc.displayName(), QStringLiteral("客户.vdb"));
        QVERIFY(doc.undoStack());
        QCOMPARE(doc.undoStack()->parent(), static_cast<QObject *>(&doc));
        QVERIFY(doc.undoStack()->isClean());
        QCOMPARE(*doc.customers().count(), 0);
        VD_VERIFY_OK(doc.addCustomer(sampleCustomer()));
        QVERIFY(!doc.undoStack()->isClean());
    }
    QVERIFY(QFile::exists(path));
    auto reopened = Document::open(path, Database::OpenMode::OpenExisting);
    VD_VERIFY_OK(reopened);
    QCOMPARE(*(*reopened)->customers().count(), 1);
    QCOMPARE((*reopened)->undoStack()->count(), 0); // history is per session
    auto byCode = (*reopened)->customers().byCode(QStringLiteral("C001"));
    VD_VERIFY_OK(byCode);
    QVERIFY(byCode->has_value());
    Customer expected = sampleCustomer();
    expected.id = (*byCode)->id;
    QCOMPARE(**byCode, expected);
}

void TstDocument::openRefusesWrongMode()
{
    QTemporaryDir dir;
    QVERIFY(!Document::open(dir.filePath(QStringLiteral("missing.vdb")),
                            Database::OpenMode::OpenExisting));
    QVERIFY(!Document::open(m_document->path(), Database::OpenMode::CreateNew));
    QFile notOurs(dir.filePath(QStringLiteral("notes.vdb")));
    QVERIFY(notOurs.open(QIODevice::WriteOnly));
    notOurs.write("just some text, not SQLite\n");
    notOurs.close();
    auto refused = Document::open(notOurs.fileName(), Database::OpenMode::OpenExisting);
    QVERIFY(!refused);
    QVERIFY(!refused.error().message().isEmpty());
}

void TstDocument::addCustomerIsOneUndoStep()
{
    const FileSnapshot before = snapshot(*m_document);
    Customer c = sampleCustomer();
    c.code = QStringLiteral("  C001 ");
    c.id = 4711; // ignored: a new customer gets a new id
    auto id = m_document->addCustomer(c);
    VD_VERIFY_OK(id);
    QVERIFY(*id != 4711);
    QCOMPARE(stack()->count(), 1);
    QCOMPARE(stack()->text(0), QStringLiteral("Add customer C001"));
    QVERIFY(!stack()->isClean());

    Customer expected = sampleCustomer();
    expected.id = *id;
    auto stored = m_document->customers().byId(*id);
    VD_VERIFY_OK(stored);
    QCOMPARE(*stored, expected);
    QCOMPARE(*m_document->customers().count(), 2);
    const FileSnapshot after = snapshot(*m_document);

    stack()->undo();
    QCOMPARE(snapshot(*m_document), before);
    QVERIFY(!m_document->customers().byId(*id));
    QVERIFY(stack()->isClean());

    stack()->redo();
    QCOMPARE(snapshot(*m_document), after);
    stored = m_document->customers().byId(*id);
    VD_VERIFY_OK(stored);
    QCOMPARE(*stored, expected); // same id again
    QCOMPARE(stack()->count(), 1);
}

void TstDocument::editCustomerIsOneUndoStep()
{
    auto original = m_document->customers().byId(m_customerId);
    VD_VERIFY_OK(original);
    const FileSnapshot before = snapshot(*m_document);

    Customer changed = *original;
    changed.code = QStringLiteral(" BASE2 ");
    changed.name = QStringLiteral("新名称");
    changed.tenureStart = QDate();
    changed.status = CustomerStatus::Lost;
    changed.attributes.clear();
    changed.attributes.insert(QStringLiteral("渠道"), QStringLiteral("直销"));
    VD_VERIFY_OK(m_document->editCustomer(changed));
    QCOMPARE(stack()->count(), 1);
    QCOMPARE(stack()->text(0), QStringLiteral("Edit customer BASE2"));

    Customer expected = changed;
    expected.code = QStringLiteral("BASE2");
    auto stored = m_document->customers().byId(m_customerId);
    VD_VERIFY_OK(stored);
    QCOMPARE(*stored, expected);
    const FileSnapshot after = snapshot(*m_document);

    stack()->undo();
    stored = m_document->customers().byId(m_customerId);
    VD_VERIFY_OK(stored);
    QCOMPARE(*stored, *original);
    QCOMPARE(snapshot(*m_document), before);

    stack()->redo();
    QCOMPARE(*m_document->customers().byId(m_customerId), expected);
    QCOMPARE(snapshot(*m_document), after);
}

void TstDocument::editCustomerWithoutChangeAddsNoStep()
{
    auto original = m_document->customers().byId(m_customerId);
    VD_VERIFY_OK(original);
    QSignalSpy changed(m_document.get(), &Document::customerChanged);
    VD_VERIFY_OK(m_document->editCustomer(*original));
    Customer padded = *original;
    padded.code = QStringLiteral(" ") + padded.code; // trims to the same code
    VD_VERIFY_OK(m_document->editCustomer(padded));
    QCOMPARE(stack()->count(), 0);
    QCOMPARE(changed.count(), 0);
}

void TstDocument::deleteCustomerRestoresRecordsUnderSameIds()
{
    // A second customer whose records must survive untouched.
    auto other = m_document->customers().insert(sampleCustomer(QStringLiteral("OTHER")));
    VD_VERIFY_OK(other);
    VD_VERIFY_OK(m_document->records<Transaction>().insert(sampleTransaction(*other)));
    for (int i = 0; i < 3; ++i) {
        Transaction t = sampleTransaction(m_customerId);
        t.date = t.date.addDays(i);
        t.amount += i;
        VD_VERIFY_OK(m_document->records<Transaction>().insert(t));
    }
    VD_VERIFY_OK(m_document->records<Interaction>().insert(sampleInteraction(m_customerId)));
    VD_VERIFY_OK(
        m_document->records<Interaction>().insert(edited(sampleInteraction(m_customerId))));
    VD_VERIFY_OK(m_document->records<SurveyScore>().insert(sampleSurvey(m_customerId)));
    VD_VERIFY_OK(m_document->records<Balance>().insert(sampleBalance(m_customerId)));
    VD_VERIFY_OK(m_document->records<Balance>().insert(edited(sampleBalance(m_customerId))));

    const FileSnapshot before = snapshot(*m_document);
    QCOMPARE(before.transactions.size(), 4);
    QCOMPARE(before.balances.size(), 2);

    VD_VERIFY_OK(m_document->deleteCustomer(m_customerId));
    QCOMPARE(stack()->count(), 1);
    QCOMPARE(stack()->text(0), QStringLiteral("Delete customer BASE"));
    QVERIFY(!m_document->customers().byId(m_customerId));
    QCOMPARE(*m_document->customers().count(), 1);
    QVERIFY(m_document->records<Transaction>().forCustomer(m_customerId)->isEmpty());
    QVERIFY(m_document->records<Interaction>().forCustomer(m_customerId)->isEmpty());
    QVERIFY(m_document->records<SurveyScore>().forCustomer(m_customerId)->isEmpty());
    QVERIFY(m_document->records<Balance>().forCustomer(m_customerId)->isEmpty());
    QCOMPARE(m_document->records<Transaction>().forCustomer(*other)->size(), 1);
    const FileSnapshot after = snapshot(*m_document);

    // Undo restores the customer, its attributes and every record under the old ids.
    stack()->undo();
    QCOMPARE(snapshot(*m_document), before);

    stack()->redo();
    QCOMPARE(snapshot(*m_document), after);

    stack()->undo();
    QCOMPARE(snapshot(*m_document), before);
    QVERIFY(stack()->isClean());
}

void TstDocument::redoChainEndsInEditedState()
{
    const FileSnapshot initial = snapshot(*m_document);
    auto id = m_document->addCustomer(sampleCustomer(QStringLiteral("C100")));
    VD_VERIFY_OK(id);
    const FileSnapshot added = snapshot(*m_document);
    Customer changed = *m_document->customers().byId(*id);
    changed.name = QStringLiteral("改名后");
    changed.notes = QStringLiteral("edited");
    VD_VERIFY_OK(m_document->editCustomer(changed));
    const FileSnapshot editedState = snapshot(*m_document);
    QCOMPARE(stack()->count(), 2);
    QCOMPARE(stack()->text(0), QStringLiteral("Add customer C100"));
    QCOMPARE(stack()->text(1), QStringLiteral("Edit customer C100"));

    stack()->undo();
    QCOMPARE(snapshot(*m_document), added);
    stack()->undo();
    QCOMPARE(snapshot(*m_document), initial);
    QCOMPARE(stack()->index(), 0);
    stack()->redo();
    QCOMPARE(snapshot(*m_document), added);
    stack()->redo();
    QCOMPARE(snapshot(*m_document), editedState);
    QCOMPARE(stack()->index(), 2);
    QCOMPARE(*m_document->customers().byId(*id), changed);
}

void TstDocument::invalidCustomerChangesNothing_data()
{
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("name");

    QTest::newRow("empty code") << QString() << QStringLiteral("Name");
    QTest::newRow("blank code") << QStringLiteral("   ") << QStringLiteral("Name");
    QTest::newRow("empty name") << QStringLiteral("C900") << QString();
    QTest::newRow("blank name") << QStringLiteral("C900") << QStringLiteral(" \t");
    QTest::newRow("duplicate code") << QStringLiteral("BASE") << QStringLiteral("Name");
    QTest::newRow("duplicate code after trim") << QStringLiteral(" BASE ") << QStringLiteral("N");
}

void TstDocument::invalidCustomerChangesNothing()
{
    QFETCH(QString, code);
    QFETCH(QString, name);
    const FileSnapshot before = snapshot(*m_document);
    QSignalSpy changed(m_document.get(), &Document::customersChanged);

    Customer c = sampleCustomer();
    c.code = code;
    c.name = name;
    auto added = m_document->addCustomer(c);
    QVERIFY(!added);
    QVERIFY(!added.error().message().isEmpty());
    QCOMPARE(stack()->count(), 0);
    QCOMPARE(snapshot(*m_document), before);
    QCOMPARE(changed.count(), 0);
}

void TstDocument::invalidEditChangesNothing()
{
    auto id = m_document->addCustomer(sampleCustomer(QStringLiteral("C002")));
    VD_VERIFY_OK(id);
    stack()->clear();
    const FileSnapshot before = snapshot(*m_document);

    Customer c = *m_document->customers().byId(*id);
    Customer dup = c;
    dup.code = QStringLiteral("BASE");
    const Status duplicate = m_document->editCustomer(dup);
    QVERIFY(!duplicate);
    QVERIFY(duplicate.error().message().contains(QStringLiteral("BASE")));
    Customer noName = c;
    noName.name.clear();
    QVERIFY(!m_document->editCustomer(noName));
    Customer noCode = c;
    noCode.code = QStringLiteral(" ");
    QVERIFY(!m_document->editCustomer(noCode));
    Customer missing = c;
    missing.id = 999999;
    missing.code = QStringLiteral("C999");
    QVERIFY(!m_document->editCustomer(missing));
    QVERIFY(!m_document->deleteCustomer(999999));

    QCOMPARE(stack()->count(), 0);
    QCOMPARE(snapshot(*m_document), before);
}

void TstDocument::invalidRecordChangesNothing_data()
{
    QTest::addColumn<int>("kind");
    QTest::addColumn<int>("variant");

    QTest::newRow("transaction without date") << 0 << 0;
    QTest::newRow("transaction with negative quantity") << 0 << 1;
    QTest::newRow("transaction with NaN quantity") << 0 << 2;
    QTest::newRow("interaction without date") << 1 << 0;
    QTest::newRow("survey without date") << 2 << 0;
    QTest::newRow("survey score above 10") << 2 << 1;
    QTest::newRow("survey score below 0") << 2 << 2;
    QTest::newRow("survey trust above 10") << 2 << 3;
    QTest::newRow("survey without any score") << 2 << 4;
    QTest::newRow("survey score NaN") << 2 << 5;
    QTest::newRow("balance without date") << 3 << 0;
}

void TstDocument::invalidRecordChangesNothing()
{
    QFETCH(int, kind);
    QFETCH(int, variant);
    // An existing record of each kind, to check edits are refused as well.
    auto t0 = m_document->records<Transaction>().insert(sampleTransaction(m_customerId));
    auto i0 = m_document->records<Interaction>().insert(sampleInteraction(m_customerId));
    auto s0 = m_document->records<SurveyScore>().insert(sampleSurvey(m_customerId));
    auto b0 = m_document->records<Balance>().insert(sampleBalance(m_customerId));
    VD_VERIFY_OK(t0);
    VD_VERIFY_OK(i0);
    VD_VERIFY_OK(s0);
    VD_VERIFY_OK(b0);
    const FileSnapshot before = snapshot(*m_document);
    QSignalSpy changed(m_document.get(), &Document::recordsChanged);

    Result<qint64> added = Error();
    Status edit = Error();
    switch (kind) {
    case 0: {
        Transaction t = sampleTransaction(m_customerId);
        if (variant == 0)
            t.date = QDate();
        else if (variant == 1)
            t.quantity = -1.0;
        else
            t.quantity = std::numeric_limits<double>::quiet_NaN();
        added = m_document->addRecord(t);
        t.id = *t0;
        edit = m_document->editRecord(t);
        break;
    }
    case 1: {
        Interaction i = sampleInteraction(m_customerId);
        i.date = QDate();
        added = m_document->addRecord(i);
        i.id = *i0;
        edit = m_document->editRecord(i);
        break;
    }
    case 2: {
        SurveyScore s = sampleSurvey(m_customerId);
        switch (variant) {
        case 0:
            s.date = QDate();
            break;
        case 1:
            s.satisfaction = 10.5;
            break;
        case 2:
            s.loyalty = -0.5;
            break;
        case 3:
            s.trust = 11.0;
            break;
        case 5: // would be stored as NULL, i.e. not what was validated
            s.satisfaction = std::numeric_limits<double>::quiet_NaN();
            s.loyalty.reset();
            s.trust.reset();
            s.metricValue.reset();
            break;
        default:
            s.satisfaction.reset();
            s.loyalty.reset();
            s.trust.reset();
            s.metricValue.reset();
            s.metricName = QStringLiteral("NPS");
            break;
        }
        added = m_document->addRecord(s);
        s.id = *s0;
        edit = m_document->editRecord(s);
        break;
    }
    default: {
        Balance b = sampleBalance(m_customerId);
        b.date = QDate();
        added = m_document->addRecord(b);
        b.id = *b0;
        edit = m_document->editRecord(b);
        break;
    }
    }
    QVERIFY(!added);
    QVERIFY(!added.error().message().isEmpty());
    QVERIFY(!edit);
    QVERIFY(!edit.error().message().isEmpty());
    QCOMPARE(stack()->count(), 0);
    QCOMPARE(changed.count(), 0);
    QCOMPARE(snapshot(*m_document), before);
}

void TstDocument::recordOfMissingCustomerIsRefused()
{
    const FileSnapshot before = snapshot(*m_document);
    QVERIFY(!m_document->addRecord(sampleTransaction(999999)));
    QVERIFY(!m_document->addRecord(sampleBalance(0)));
    QCOMPARE(stack()->count(), 0);
    QCOMPARE(snapshot(*m_document), before);
}

template <typename Record>
Record TstDocument::readRecord(qint64 id)
{
    auto r = m_document->records<Record>().byId(id);
    return r ? *r : Record();
}

template <typename Record>
void TstDocument::recordRoundTrip(const Record &sample)
{
    const FileSnapshot empty = snapshot(*m_document);

    // Add
    auto id = m_document->addRecord(sample);
    VD_VERIFY_OK(id);
    QCOMPARE(stack()->count(), 1);
    QCOMPARE(stack()->text(0), QStringLiteral("Add ") + noun<Record>());
    Record stored = sample;
    stored.id = *id;
    QCOMPARE(readRecord<Record>(*id), stored);
    const FileSnapshot added = snapshot(*m_document);
    stack()->undo();
    QCOMPARE(snapshot(*m_document), empty);
    QVERIFY(!m_document->records<Record>().byId(*id));
    stack()->redo();
    QCOMPARE(snapshot(*m_document), added);
    QCOMPARE(readRecord<Record>(*id), stored);

    // Edit
    const Record changed = edited(stored);
    VD_VERIFY_OK(m_document->editRecord(changed));
    QCOMPARE(stack()->count(), 2);
    QCOMPARE(stack()->text(1), QStringLiteral("Edit ") + noun<Record>());
    QCOMPARE(readRecord<Record>(*id), changed);
    VD_VERIFY_OK(m_document->editRecord(changed)); // unchanged: no step
    QCOMPARE(stack()->count(), 2);
    const FileSnapshot editedState = snapshot(*m_document);
    stack()->undo();
    QCOMPARE(readRecord<Record>(*id), stored);
    QCOMPARE(snapshot(*m_document), added);
    stack()->redo();
    QCOMPARE(readRecord<Record>(*id), changed);

    // Delete
    VD_VERIFY_OK(m_document->template deleteRecord<Record>(*id));
    QCOMPARE(stack()->count(), 3);
    QCOMPARE(stack()->text(2), QStringLiteral("Delete ") + noun<Record>());
    QVERIFY(!m_document->records<Record>().byId(*id));
    QCOMPARE(snapshot(*m_document), empty);
    stack()->undo();
    QCOMPARE(readRecord<Record>(*id), changed); // same id
    QCOMPARE(snapshot(*m_document), editedState);
    stack()->redo();
    QCOMPARE(snapshot(*m_document), empty);

    // All the way back and forward again.
    while (stack()->canUndo())
        stack()->undo();
    QCOMPARE(snapshot(*m_document), empty);
    while (stack()->canRedo())
        stack()->redo();
    QCOMPARE(snapshot(*m_document), empty);
    QCOMPARE(stack()->count(), 3);

    QVERIFY(!m_document->template deleteRecord<Record>(*id)); // already gone
    QCOMPARE(stack()->count(), 3);
}

void TstDocument::customerSignals()
{
    QSignalSpy listChanged(m_document.get(), &Document::customersChanged);
    QSignalSpy oneChanged(m_document.get(), &Document::customerChanged);
    QSignalSpy records(m_document.get(), &Document::recordsChanged);
    QSignalSpy failed(m_document.get(), &Document::commandFailed);

    auto id = m_document->addCustomer(sampleCustomer());
    VD_VERIFY_OK(id);
    QCOMPARE(listChanged.count(), 1);
    QCOMPARE(oneChanged.count(), 0);

    Customer c = *m_document->customers().byId(*id);
    c.name = QStringLiteral("Renamed");
    listChanged.clear();
    VD_VERIFY_OK(m_document->editCustomer(c));
    QCOMPARE(oneChanged.count(), 1);
    QCOMPARE(oneChanged.at(0).at(0).toLongLong(), *id);
    QVERIFY(listChanged.count() >= 1); // a new name may move the row

    oneChanged.clear();
    stack()->undo();
    QCOMPARE(oneChanged.count(), 1);
    QCOMPARE(oneChanged.at(0).at(0).toLongLong(), *id);

    listChanged.clear();
    VD_VERIFY_OK(m_document->deleteCustomer(m_customerId));
    QCOMPARE(listChanged.count(), 1);
    listChanged.clear();
    stack()->undo();
    QCOMPARE(listChanged.count(), 1);
    listChanged.clear();
    stack()->redo();
    QCOMPARE(listChanged.count(), 1);

    QCOMPARE(records.count(), 0);
    QCOMPARE(failed.count(), 0);
}

void TstDocument::recordSignals()
{
    auto other = m_document->customers().insert(sampleCustomer(QStringLiteral("OTHER")));
    VD_VERIFY_OK(other);
    QSignalSpy records(m_document.get(), &Document::recordsChanged);
    QSignalSpy listChanged(m_document.get(), &Document::customersChanged);

    auto checkLast = [&](qint64 customerId, RecordKind kind) {
        QCOMPARE(records.count(), 1);
        QCOMPARE(records.at(0).at(0).toLongLong(), customerId);
        QCOMPARE(records.at(0).at(1).value<RecordKind>(), kind);
        records.clear();
    };

    auto t = m_document->addRecord(sampleTransaction(m_customerId));
    VD_VERIFY_OK(t);
    checkLast(m_customerId, RecordKind::Transactions);
    auto i = m_document->addRecord(sampleInteraction(*other));
    VD_VERIFY_OK(i);
    checkLast(*other, RecordKind::Interactions);
    auto s = m_document->addRecord(sampleSurvey(m_customerId));
    VD_VERIFY_OK(s);
    checkLast(m_customerId, RecordKind::Surveys);
    auto b = m_document->addRecord(sampleBalance(m_customerId));
    VD_VERIFY_OK(b);
    checkLast(m_customerId, RecordKind::Balances);

    Interaction changed = readRecord<Interaction>(*i);
    changed.note = QStringLiteral("changed");
    VD_VERIFY_OK(m_document->editRecord(changed));
    checkLast(*other, RecordKind::Interactions);
    VD_VERIFY_OK(m_document->deleteRecord<Balance>(*b));
    checkLast(m_customerId, RecordKind::Balances);

    stack()->undo(); // delete balance
    checkLast(m_customerId, RecordKind::Balances);
    stack()->undo(); // edit interaction
    checkLast(*other, RecordKind::Interactions);
    stack()->redo();
    checkLast(*other, RecordKind::Interactions);
    QCOMPARE(listChanged.count(), 0);
}

void TstDocument::failedUndoReportsAndDropsCommand()
{
    Customer c = *m_document->customers().byId(m_customerId);
    c.name = QStringLiteral("Changed");
    VD_VERIFY_OK(m_document->editCustomer(c));
    QCOMPARE(stack()->count(), 1);
    // Someone removes the customer behind the undo stack's back (e.g. another tool).
    VD_VERIFY_OK(m_document->customers().remove(m_customerId));

    QSignalSpy failed(m_document.get(), &Document::commandFailed);
    stack()->undo();
    QCOMPARE(failed.count(), 1);
    QVERIFY(!failed.at(0).at(0).toString().isEmpty());
    QCOMPARE(stack()->count(), 0); // the obsolete command is dropped
    QVERIFY(!m_document->customers().byId(m_customerId));
}

void TstDocument::notifyBulkChangeClearsHistory()
{
    auto id = m_document->addCustomer(sampleCustomer());
    VD_VERIFY_OK(id);
    VD_VERIFY_OK(m_document->addRecord(sampleTransaction(*id)));
    QCOMPARE(stack()->count(), 2);
    QVERIFY(stack()->canUndo());
    const FileSnapshot before = snapshot(*m_document);

    QSignalSpy listChanged(m_document.get(), &Document::customersChanged);
    m_document->notifyBulkChange();
    QCOMPARE(listChanged.count(), 1);
    QCOMPARE(stack()->count(), 0);
    QVERIFY(!stack()->canUndo());
    QVERIFY(!stack()->canRedo());
    QVERIFY(stack()->isClean());
    QCOMPARE(snapshot(*m_document), before); // the file itself is untouched
}

QTEST_GUILESS_MAIN(TstDocument)
#include "tst_document.moc"
