#include "ahp/ahptemplates.h"
#include "classification/abcscheme.h"
#include "document.h"
#include "documentstore.h"
#include "evaluationdatareader.h"
#include "gradeoverriderepository.h"
#include "metrics/evaluationsnapshot.h"
#include "modeltestutil.h"

#include <QSignalSpy>
#include <QtTest>

using namespace valuedesk;

namespace {

const EvaluationWindow window{QDate(2026, 6, 30), 12};

// Every change signal of a document, to check that a write announces exactly what it changed.
class Spies
{
public:
    explicit Spies(Document *document)
        : models(document, &Document::modelsChanged),
          snapshots(document, &Document::snapshotsChanged),
          classifications(document, &Document::classificationsChanged),
          overrides(document, &Document::gradeOverridesChanged),
          mappings(document, &Document::importMappingsChanged),
          customers(document, &Document::customersChanged), all(document, &Document::changed),
          failed(document, &Document::commandFailed)
    {}

    int total() const
    {
        return int(models.count() + snapshots.count() + classifications.count() +
                   overrides.count() + mappings.count() + customers.count());
    }
    DocumentChange last() const { return all.last().at(0).value<DocumentChange>(); }
    void clear()
    {
        for (QSignalSpy *spy : {&models, &snapshots, &classifications, &overrides, &mappings,
                                &customers, &all, &failed})
            spy->clear();
    }

    QSignalSpy models;
    QSignalSpy snapshots;
    QSignalSpy classifications;
    QSignalSpy overrides;
    QSignalSpy mappings;
    QSignalSpy customers;
    QSignalSpy all;
    QSignalSpy failed;
};

} // namespace

class TestDocumentStore final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void modelWrites();
    void snapshotWrites();
    void classificationWrites();
    void importMappingWrites();
    void customerEditsAreChanges();
    void announceEmitsTypedSignal();

    void gradeOverrideUndoRoundTrips();
    void withdrawalUndoRestoresOverride();
    void failedOverrideChangesNothing();
    void undoRefusedWhenChangedBehind();

    void readOnlyRefusesWrites();

private:
    DocumentStore &store() const { return m_document->store(); }
    QUndoStack *stack() const { return m_document->undoStack(); }
    AhpModel lubricant(const QString &name = {}) const;
    EvaluationSnapshot evaluate(const AhpModel &model) const;
    std::optional<QString> gradeInForce(qint64 customerId) const;

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Document> m_document;
    QVector<qint64> m_ids;
    const QString quadrant = quadrantGradeScheme();
};

void TestDocumentStore::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_document = test::createDocument(*m_dir);
    QVERIFY(m_document);
    VD_VERIFY_OK(test::writeDemo(*m_document, 12, 7));
    auto customers = m_document->customers().all();
    VD_VERIFY_OK(customers);
    m_ids.clear();
    for (const Customer &c : std::as_const(*customers))
        m_ids.append(c.id);
    QCOMPARE(m_ids.size(), 12);
}

void TestDocumentStore::cleanup()
{
    m_document.reset();
    m_dir.reset();
}

AhpModel TestDocumentStore::lubricant(const QString &name) const
{
    auto model = AhpTemplates::create(QStringLiteral("lubricant"), TemplateLanguage::English);
    if (!model)
        qFatal("template: %s", qPrintable(model.error().toString()));
    if (!name.isEmpty())
        model->name = name;
    return std::move(model).value();
}

// Evaluates every customer as the CLI does (tests/storage/snapshottestutil.h, which the models
// tests cannot include).
EvaluationSnapshot TestDocumentStore::evaluate(const AhpModel &model) const
{
    EvaluationOptions options;
    options.window = window;
    auto data = EvaluationDataReader(m_document->database().connection()).read(options.window);
    if (!data)
        qFatal("read: %s", qPrintable(data.error().toString()));
    auto result = Evaluation::run(model, data->inputs, options);
    if (!result)
        qFatal("evaluate: %s", qPrintable(result.error().toString()));
    QVector<EvaluatedCustomer> customers;
    for (const auto &info : std::as_const(data->customers)) {
        EvaluatedCustomer c;
        c.id = info.id;
        c.code = info.code;
        c.name = info.name;
        c.status = info.status;
        customers.append(c);
    }
    return EvaluationSnapshot::fromResult(model, options, customers, std::move(result).value());
}

std::optional<QString> TestDocumentStore::gradeInForce(qint64 customerId) const
{
    auto current = store().currentOverrides(quadrant);
    if (!current || !current->contains(customerId))
        return std::nullopt;
    return current->value(customerId).grade;
}

void TestDocumentStore::modelWrites()
{
    Spies spies(m_document.get());
    auto saved = store().saveModel(lubricant());
    VD_VERIFY_OK(saved);
    QCOMPARE(spies.models.count(), 1);
    QCOMPARE(spies.models.at(0).at(0).toLongLong(), saved->id);
    QCOMPARE(spies.total(), 1);
    QCOMPARE(spies.all.count(), 1);
    QCOMPARE(spies.last(), DocumentChange::models(saved->id));

    spies.clear();
    auto again = store().saveModel(*saved); // version 2
    VD_VERIFY_OK(again);
    QCOMPARE(again->version, 2);
    QCOMPARE(spies.models.count(), 1);
    QCOMPARE(spies.total(), 1);

    // A failed write: a new model under a name in use.
    spies.clear();
    AhpModel duplicate = lubricant(saved->name);
    QVERIFY(!store().saveModel(duplicate));
    QCOMPARE(spies.all.count(), 0);
    auto list = store().models();
    VD_VERIFY_OK(list);
    QCOMPARE(list->size(), 1);
    QCOMPARE(list->at(0).version, 2);

    VD_VERIFY_OK(store().removeModel(saved->id));
    QCOMPARE(spies.models.count(), 1);
    QCOMPARE(spies.last(), DocumentChange::models(saved->id));
    QVERIFY(store().models()->isEmpty());
    QCOMPARE(stack()->count(), 0); // file-level saves are not undo steps
}

void TestDocumentStore::snapshotWrites()
{
    auto model = store().saveModel(lubricant());
    VD_VERIFY_OK(model);
    EvaluationSnapshot snapshot = evaluate(*model);
    Spies spies(m_document.get());
    auto id = store().saveSnapshot(snapshot);
    VD_VERIFY_OK(id);
    QCOMPARE(spies.snapshots.count(), 1);
    QCOMPARE(spies.snapshots.at(0).at(0).toLongLong(), *id);
    QCOMPARE(spies.total(), 1);

    spies.clear();
    VD_VERIFY_OK(store().setSnapshotLabel(*id, QStringLiteral("Q2")));
    QCOMPARE(spies.snapshots.count(), 1);
    QCOMPARE(spies.total(), 1);
    QCOMPARE(store().snapshotInfo(*id)->label, QStringLiteral("Q2"));

    spies.clear();
    QVERIFY(!store().setSnapshotLabel(*id + 100, QStringLiteral("none")));
    QVERIFY(!store().removeSnapshot(*id + 100));
    QCOMPARE(spies.all.count(), 0);
    QCOMPARE(store().snapshots()->size(), 1);

    VD_VERIFY_OK(store().removeSnapshot(*id));
    QCOMPARE(spies.snapshots.count(), 1);
    QCOMPARE(spies.snapshots.at(0).at(0).toLongLong(), *id);
    QCOMPARE(spies.classifications.count(), 1);
    QCOMPARE(spies.last(), DocumentChange::classifications(*id));
    QCOMPARE(spies.total(), 2);
    QVERIFY(store().snapshots()->isEmpty());
    QCOMPARE(stack()->count(), 0);
}

void TestDocumentStore::classificationWrites()
{
    auto model = store().saveModel(lubricant());
    VD_VERIFY_OK(model);
    EvaluationSnapshot snapshot = evaluate(*model);
    auto snapshotId = store().saveSnapshot(snapshot);
    VD_VERIFY_OK(snapshotId);
    auto data = EvaluationDataReader(m_document->database().connection()).read(window);
    VD_VERIFY_OK(data);
    ClassificationInput input;
    input.window = window;
    input.customers = data->customers;
    input.inputs = data->inputs;
    auto abc = AbcScheme::classify(input, {});
    VD_VERIFY_OK(abc);
    QVector<qint64> ids;
    for (const auto &c : std::as_const(data->customers))
        ids.append(c.id);

    Spies spies(m_document.get());
    QVERIFY(!store().saveClassification(*snapshotId, *abc, ids.mid(1))); // rows do not match
    QCOMPARE(spies.all.count(), 0);
    QVERIFY(store().classificationSchemes(*snapshotId)->isEmpty());

    VD_VERIFY_OK(store().saveClassification(*snapshotId, *abc, ids));
    QCOMPARE(spies.classifications.count(), 1);
    QCOMPARE(spies.total(), 1);
    QCOMPARE(spies.last(), DocumentChange::classifications(*snapshotId, QStringLiteral("abc")));
    QCOMPARE(*store().classificationSchemes(*snapshotId), QStringList{QStringLiteral("abc")});
    VD_VERIFY_OK(store().loadClassification(*snapshotId, QStringLiteral("abc")));

    spies.clear();
    VD_VERIFY_OK(store().removeClassification(*snapshotId, QStringLiteral("abc")));
    QCOMPARE(spies.classifications.count(), 1);
    QCOMPARE(spies.total(), 1);
    QCOMPARE(spies.last(), DocumentChange::classifications(*snapshotId, QStringLiteral("abc")));
    QVERIFY(store().classificationSchemes(*snapshotId)->isEmpty());
    QCOMPARE(stack()->count(), 0);
}

void TestDocumentStore::importMappingWrites()
{
    const QStringList headers{QStringLiteral("Code"), QStringLiteral("Name")};
    ColumnMapping mapping = ColumnMapping::guess(ImportKind::Customers, headers);
    Spies spies(m_document.get());
    VD_VERIFY_OK(store().saveImportMapping(mapping, headers));
    QCOMPARE(spies.mappings.count(), 1);
    QCOMPARE(spies.total(), 1);
    QCOMPARE(spies.last(), DocumentChange::importMappings());
    auto loaded = store().importMapping(ImportKind::Customers, headers);
    VD_VERIFY_OK(loaded);
    QVERIFY(loaded->has_value());
}

void TestDocumentStore::customerEditsAreChanges()
{
    Spies spies(m_document.get());
    Customer c = *m_document->customers().byId(m_ids.at(0));
    c.name = QStringLiteral("Renamed");
    VD_VERIFY_OK(m_document->editCustomer(c));
    QCOMPARE(spies.all.count(), 2);
    QCOMPARE(spies.all.at(0).at(0).value<DocumentChange>(), DocumentChange::customer(c.id));
    QCOMPARE(spies.last(), DocumentChange::customers());
}

void TestDocumentStore::announceEmitsTypedSignal()
{
    // What a background worker or, in team mode, another user's write arrives as.
    Spies spies(m_document.get());
    m_document->announce(DocumentChange::gradeOverrides(m_ids.at(3), quadrant));
    QCOMPARE(spies.overrides.count(), 1);
    QCOMPARE(spies.overrides.at(0).at(0).toLongLong(), m_ids.at(3));
    QCOMPARE(spies.overrides.at(0).at(1).toString(), quadrant);
    QCOMPARE(spies.total(), 1);
    QCOMPARE(spies.last(), DocumentChange::gradeOverrides(m_ids.at(3), quadrant));
}

void TestDocumentStore::gradeOverrideUndoRoundTrips()
{
    const qint64 customer = m_ids.at(2);
    Spies spies(m_document.get());
    auto checkOneEvent = [&]() {
        QCOMPARE(spies.overrides.count(), 1);
        QCOMPARE(spies.overrides.at(0).at(0).toLongLong(), customer);
        QCOMPARE(spies.overrides.at(0).at(1).toString(), quadrant);
        QCOMPARE(spies.total(), 1);
        QCOMPARE(spies.failed.count(), 0);
        spies.clear();
    };
    const QString low = QStringLiteral("low-low");
    const QString high = QStringLiteral("high-high");

    VD_VERIFY_OK(store().setGradeOverride(customer, quadrant, low, QStringLiteral("dispute"),
                                          QStringLiteral("王")));
    checkOneEvent();
    VD_VERIFY_OK(store().setGradeOverride(customer, quadrant, high, QStringLiteral("strategic"),
                                          QStringLiteral("王")));
    checkOneEvent();
    QCOMPARE(stack()->count(), 2);
    QCOMPARE(gradeInForce(customer), high);

    stack()->undo();
    checkOneEvent();
    QCOMPARE(gradeInForce(customer), low);
    stack()->undo();
    checkOneEvent();
    QCOMPARE(gradeInForce(customer), std::nullopt);
    stack()->redo();
    checkOneEvent();
    QCOMPARE(gradeInForce(customer), low);
    stack()->redo();
    checkOneEvent();
    QCOMPARE(gradeInForce(customer), high);
    QCOMPARE(stack()->count(), 2);

    // The trail is append-only: every step is a row, the undone ones saying so.
    auto rows = store().overrides(customer);
    VD_VERIFY_OK(rows);
    QCOMPARE(rows->size(), 6);
    QVERIFY(rows->at(2).reason.contains(QStringLiteral("strategic")));
    QCOMPARE(rows->at(5).reason, QStringLiteral("strategic"));
    QCOMPARE(rows->at(5).author, QStringLiteral("王"));
    // Other customers are untouched.
    QCOMPARE(store().currentOverrides(quadrant)->size(), 1);
}

void TestDocumentStore::withdrawalUndoRestoresOverride()
{
    const qint64 customer = m_ids.at(5);
    auto set =
        store().setGradeOverride(customer, quadrant, QStringLiteral("high-low"),
                                 QStringLiteral("contract"), QStringLiteral("李"), std::nullopt);
    VD_VERIFY_OK(set);
    Spies spies(m_document.get());
    VD_VERIFY_OK(store().withdrawGradeOverride(customer, quadrant, QStringLiteral("expired"),
                                               QStringLiteral("李")));
    QCOMPARE(spies.overrides.count(), 1);
    QCOMPARE(gradeInForce(customer), std::nullopt);
    stack()->undo();
    QCOMPARE(spies.overrides.count(), 2);
    QCOMPARE(gradeInForce(customer), QStringLiteral("high-low"));
    stack()->redo();
    QCOMPARE(spies.overrides.count(), 3);
    QCOMPARE(gradeInForce(customer), std::nullopt);
    QCOMPARE(spies.total(), 3);
    QCOMPARE(spies.failed.count(), 0);
}

void TestDocumentStore::failedOverrideChangesNothing()
{
    const qint64 customer = m_ids.at(1);
    Spies spies(m_document.get());
    QVERIFY(!store().setGradeOverride(customer, quadrant, QStringLiteral("low-low"),
                                      QStringLiteral("  "), QStringLiteral("王")));
    QVERIFY(!store().setGradeOverride(customer, quadrant, QStringLiteral("middle"),
                                      QStringLiteral("why"), QStringLiteral("王")));
    QVERIFY(!store().setGradeOverride(customer, quadrant, QStringLiteral("low-low"),
                                      QStringLiteral("why"), QStringLiteral("王"), 9999));
    QVERIFY(!store().withdrawGradeOverride(customer, quadrant, QStringLiteral("none in force"),
                                           QStringLiteral("王")));
    QCOMPARE(spies.all.count(), 0);
    QCOMPARE(spies.failed.count(), 0);
    QCOMPARE(stack()->count(), 0);
    QVERIFY(store().overrides(customer)->isEmpty());
}

void TestDocumentStore::undoRefusedWhenChangedBehind()
{
    const qint64 customer = m_ids.at(4);
    VD_VERIFY_OK(store().setGradeOverride(customer, quadrant, QStringLiteral("low-low"),
                                          QStringLiteral("dispute"), QStringLiteral("王")));
    // Another window (or user) changes the grade behind the undo stack's back.
    VD_VERIFY_OK(GradeOverrideRepository(m_document->database().connection())
                     .addOverride(customer, quadrant, QStringLiteral("low-high"),
                                  QStringLiteral("other"), QStringLiteral("李")));
    Spies spies(m_document.get());
    stack()->undo();
    QCOMPARE(spies.failed.count(), 1);
    QVERIFY(!spies.failed.at(0).at(0).toString().isEmpty());
    QCOMPARE(spies.total(), 0);
    QCOMPARE(stack()->count(), 0); // the obsolete command is dropped
    QCOMPARE(gradeInForce(customer), QStringLiteral("low-high"));
}

void TestDocumentStore::readOnlyRefusesWrites()
{
    auto model = store().saveModel(lubricant());
    VD_VERIFY_OK(model);
    EvaluationSnapshot snapshot = evaluate(*model);
    auto snapshotId = store().saveSnapshot(snapshot);
    VD_VERIFY_OK(snapshotId);
    const QString path = m_document->path();
    m_document.reset();
    auto opened =
        Document::open(path, Database::OpenMode::OpenExisting, Database::Access::ReadOnly);
    VD_VERIFY_OK(opened);
    m_document = std::move(*opened);
    QVERIFY(m_document->isReadOnly());

    Spies spies(m_document.get());
    auto refused = [](const auto &result) {
        return !result.ok() && result.error().code() == Error::Code::FileReadOnly;
    };
    QVERIFY(refused(store().saveModel(*model)));
    QVERIFY(refused(store().removeModel(model->id)));
    QVERIFY(refused(store().saveSnapshot(snapshot)));
    QVERIFY(refused(store().setSnapshotLabel(*snapshotId, QStringLiteral("x"))));
    QVERIFY(refused(store().removeSnapshot(*snapshotId)));
    QVERIFY(refused(store().removeClassification(*snapshotId, QStringLiteral("abc"))));
    QVERIFY(refused(store().setGradeOverride(m_ids.at(0), quadrant, QStringLiteral("low-low"),
                                             QStringLiteral("r"), QStringLiteral("a"))));
    QVERIFY(refused(store().withdrawGradeOverride(m_ids.at(0), quadrant, QStringLiteral("r"),
                                                  QStringLiteral("a"))));
    QVERIFY(refused(store().saveImportMapping(ColumnMapping(ImportKind::Customers), {})));
    QCOMPARE(spies.all.count(), 0);
    QCOMPARE(spies.failed.count(), 0);
    QCOMPARE(stack()->count(), 0);
    // Reading still works.
    QCOMPARE(store().models()->size(), 1);
    QCOMPARE(store().snapshots()->size(), 1);
}

QTEST_GUILESS_MAIN(TestDocumentStore)
#include "tst_documentstore.moc"
