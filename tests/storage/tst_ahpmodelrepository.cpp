#include "ahp/ahpmodeljson.h"
#include "ahpmodelrepository.h"
#include "database.h"
#include "storagetestutil.h"

#include <QJsonDocument>
#include <QTemporaryDir>
#include <QtTest>

using namespace valuedesk;
using namespace valuedesk::test;
using Cell = PairwiseMatrix::Cell;

namespace {

PairwiseMatrix upper(int n, const QVector<Cell> &cells)
{
    auto m = PairwiseMatrix::fromUpperTriangle(n, cells, JudgementMode::SaatyScale);
    if (!m)
        qFatal("%s", qPrintable(m.error().toString()));
    return *m;
}

HierarchyNode leaf(const QString &name, const QString &metric, const QString &direction)
{
    HierarchyNode node(name);
    node.setMetric(metric);
    node.setDirection(direction);
    return node;
}

// Goal judged by two evaluators with voting weights; one sub-criterion with a missing judgement,
// one with direct weights.
AhpModel richModel(const QString &name = QStringLiteral("客户价值 2024"))
{
    HierarchyNode current(QStringLiteral("当前价值"));
    current.addChild(
        leaf(QStringLiteral("毛利"), QStringLiteral("gross_profit"), QStringLiteral("higher")));
    current.addChild(
        leaf(QStringLiteral("Revenue"), QStringLiteral("revenue"), QStringLiteral("higher")));
    current.addChild(
        leaf(QStringLiteral("Recency"), QStringLiteral("recency_days"), QStringLiteral("lower")));
    current.setJudgements(upper(3, {3.0, std::nullopt, 2.0})); // a13 missing

    HierarchyNode potential(QStringLiteral("Potential value"));
    potential.addChild(leaf(QStringLiteral("Loyalty"), QStringLiteral("rating:loyalty"),
                            QStringLiteral("higher")));
    potential.addChild(
        leaf(QStringLiteral("Trust"), QStringLiteral("satisfaction"), QStringLiteral("higher")));
    potential.setDirectWeights({0.75, 0.25});

    HierarchyNode root(QStringLiteral("Customer value"));
    root.addChild(current);
    root.addChild(potential);
    root.setEvaluators({Evaluator{QStringLiteral("Wang"), upper(2, {3.0}), 2.0},
                        Evaluator{QStringLiteral("李"), upper(2, {1.0 / 2}), 1.0}},
                       GroupAggregation::Priorities);

    AhpModel model;
    model.name = name;
    model.settings.method = PriorityMethod::GeometricMean;
    model.settings.randomIndex = RandomIndexTable::AlonsoLamata2006;
    model.settings.crThreshold = 0.08;
    model.root = root;
    model.templateId = QStringLiteral("retail");
    return model;
}

AhpModel simpleModel(const QString &name, double a12 = 3.0)
{
    HierarchyNode root(QStringLiteral("Goal"));
    root.addChild(HierarchyNode(QStringLiteral("A")));
    root.addChild(HierarchyNode(QStringLiteral("B")));
    root.setJudgements(upper(2, {a12}));
    AhpModel model;
    model.name = name;
    model.root = root;
    return model;
}

// The definition as stored; equal definitions mean equal models.
QByteArray definition(const AhpModel &model)
{
    return QJsonDocument(AhpModelJson::toJson(model)).toJson(QJsonDocument::Compact);
}

} // namespace

class TstAhpModelRepository : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();

    void saveNewIsVersionOne();
    void saveAgainAppendsVersion();
    void rename();
    void duplicateNameRefused();
    void emptyNameRefused();
    void uniqueName();
    void listOrderedByName();
    void removeCascades();
    void findByName();
    void corruptDefinition_data();
    void corruptDefinition();
    void roundTripEvaluatorsAndMissingJudgements();
    void survivesReopening();
    void missingModelAndVersion();

private:
    AhpModelRepository repo() const { return AhpModelRepository(m_db->connection()); }
    QString path() const { return m_dir->filePath(QStringLiteral("models.vdb")); }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
};

void TstAhpModelRepository::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    auto db = Database::open(path(), Database::OpenMode::CreateNew);
    VD_VERIFY_OK(db);
    m_db = std::move(db).value();
}

void TstAhpModelRepository::cleanup()
{
    m_db.reset();
    m_dir.reset();
}

void TstAhpModelRepository::saveNewIsVersionOne()
{
    const QDateTime before = QDateTime::currentDateTimeUtc().addSecs(-1);
    auto saved = repo().save(simpleModel(QStringLiteral("Model")));
    VD_VERIFY_OK(saved);
    QVERIFY(saved->id > 0);
    QCOMPARE(saved->version, 1);
    QVERIFY(saved->savedAt >= before);
    QVERIFY(saved->savedAt <= QDateTime::currentDateTimeUtc().addSecs(1));
    QCOMPARE(saved->savedAt.timeSpec(), Qt::UTC);

    auto loaded = repo().load(saved->id);
    VD_VERIFY_OK(loaded);
    QCOMPARE(loaded->id, saved->id);
    QCOMPARE(loaded->version, 1);
    QCOMPARE(loaded->savedAt, saved->savedAt);
    QCOMPARE(loaded->name, QStringLiteral("Model"));
    QCOMPARE(definition(*loaded), definition(*saved));

    const QSqlDatabase c = m_db->connection();
    QCOMPARE(rowCount(c, QStringLiteral("ahp_models")), 1);
    QCOMPARE(rowCount(c, QStringLiteral("ahp_model_versions")), 1);
    // saved_at is ISO 8601 UTC text.
    const QString savedAt =
        RawConnection::scalarOf(c, QStringLiteral("SELECT saved_at FROM ahp_model_versions"))
            .toString();
    QVERIFY2(savedAt.endsWith(QLatin1Char('Z')), qPrintable(savedAt));
    QCOMPARE(QDateTime::fromString(savedAt, Qt::ISODate), saved->savedAt);
}

void TstAhpModelRepository::saveAgainAppendsVersion()
{
    auto first = repo().save(simpleModel(QStringLiteral("Model"), 3.0));
    VD_VERIFY_OK(first);
    const QByteArray firstDefinition = definition(*first);

    AhpModel edited = *first;
    edited.root.setJudgements(upper(2, {5.0}));
    auto second = repo().save(edited);
    VD_VERIFY_OK(second);
    QCOMPARE(second->id, first->id);
    QCOMPARE(second->version, 2);

    auto latest = repo().load(first->id);
    VD_VERIFY_OK(latest);
    QCOMPARE(latest->version, 2);
    QCOMPARE(*latest->root.evaluators().constFirst().matrix.judgement(0, 1), 5.0);

    // Version 1 is still there, exactly as it was saved.
    auto old = repo().load(first->id, 1);
    VD_VERIFY_OK(old);
    QCOMPARE(old->version, 1);
    QCOMPARE(old->savedAt, first->savedAt);
    QCOMPARE(*old->root.evaluators().constFirst().matrix.judgement(0, 1), 3.0);
    QCOMPARE(definition(*old), firstDefinition);

    auto list = repo().list();
    VD_VERIFY_OK(list);
    QCOMPARE(list->size(), 1);
    QCOMPARE(list->constFirst().version, 2);
    QCOMPARE(list->constFirst().savedAt, second->savedAt);
    QCOMPARE(rowCount(m_db->connection(), QStringLiteral("ahp_model_versions")), 2);
}

void TstAhpModelRepository::rename()
{
    auto saved = repo().save(simpleModel(QStringLiteral("Old name")));
    VD_VERIFY_OK(saved);
    AhpModel renamed = *saved;
    renamed.name = QStringLiteral("  New name ");
    auto second = repo().save(renamed);
    VD_VERIFY_OK(second);
    QCOMPARE(second->name, QStringLiteral("New name"));
    QCOMPARE(second->version, 2);
    auto byNew = repo().findByName(QStringLiteral("New name"));
    VD_VERIFY_OK(byNew);
    QVERIFY(byNew->has_value());
    QCOMPARE((*byNew)->id, saved->id);
    auto byOld = repo().findByName(QStringLiteral("Old name"));
    VD_VERIFY_OK(byOld);
    QVERIFY(!byOld->has_value());
    // Saving under its own name again is no clash.
    VD_VERIFY_OK(repo().save(*second));
}

void TstAhpModelRepository::duplicateNameRefused()
{
    auto a = repo().save(simpleModel(QStringLiteral("A")));
    VD_VERIFY_OK(a);
    auto b = repo().save(simpleModel(QStringLiteral("B")));
    VD_VERIFY_OK(b);

    auto clash = repo().save(simpleModel(QStringLiteral("A")));
    QVERIFY(!clash);
    QVERIFY2(clash.error().message().contains(QStringLiteral("“A”")),
             qPrintable(clash.error().toString()));
    QVERIFY(!clash.error().message().contains(QLatin1String("UNIQUE")));

    AhpModel renamed = *b;
    renamed.name = QStringLiteral("A");
    auto renameClash = repo().save(renamed);
    QVERIFY(!renameClash);
    QVERIFY2(renameClash.error().message().contains(QLatin1String("already exists")),
             qPrintable(renameClash.error().toString()));

    // Nothing was written by the refused saves.
    QCOMPARE(rowCount(m_db->connection(), QStringLiteral("ahp_models")), 2);
    QCOMPARE(rowCount(m_db->connection(), QStringLiteral("ahp_model_versions")), 2);
    QCOMPARE(repo().load(b->id)->name, QStringLiteral("B"));
}

void TstAhpModelRepository::emptyNameRefused()
{
    auto saved = repo().save(simpleModel(QStringLiteral("   ")));
    QVERIFY(!saved);
    QCOMPARE(rowCount(m_db->connection(), QStringLiteral("ahp_models")), 0);
}

void TstAhpModelRepository::uniqueName()
{
    auto free = repo().uniqueName(QStringLiteral("Model"));
    VD_VERIFY_OK(free);
    QCOMPARE(*free, QStringLiteral("Model"));

    VD_VERIFY_OK(repo().save(simpleModel(QStringLiteral("Model"))));
    QCOMPARE(*repo().uniqueName(QStringLiteral("Model")), QStringLiteral("Model (2)"));
    VD_VERIFY_OK(repo().save(simpleModel(QStringLiteral("Model (2)"))));
    QCOMPARE(*repo().uniqueName(QStringLiteral("Model")), QStringLiteral("Model (3)"));
    // A numbered name that is taken continues the numbering.
    QCOMPARE(*repo().uniqueName(QStringLiteral("Model (2)")), QStringLiteral("Model (3)"));
    QCOMPARE(*repo().uniqueName(QStringLiteral("Other (2)")), QStringLiteral("Other (2)"));
    QCOMPARE(*repo().uniqueName(QStringLiteral("润滑油模型")), QStringLiteral("润滑油模型"));
}

void TstAhpModelRepository::listOrderedByName()
{
    for (const char *name : {"Charlie", "Alpha", "Bravo"})
        VD_VERIFY_OK(repo().save(simpleModel(QLatin1String(name))));
    auto bravo = repo().findByName(QStringLiteral("Bravo"));
    VD_VERIFY_OK(bravo);
    AhpModel withTemplate = **bravo;
    withTemplate.templateId = QStringLiteral("lubricant");
    VD_VERIFY_OK(repo().save(withTemplate));

    auto list = repo().list();
    VD_VERIFY_OK(list);
    QStringList names;
    for (const AhpModelSummary &s : *list)
        names << s.name;
    QCOMPARE(names, (QStringList{QStringLiteral("Alpha"), QStringLiteral("Bravo"),
                                 QStringLiteral("Charlie")}));
    QCOMPARE(list->at(1).version, 2);
    QCOMPARE(list->at(1).templateId, QStringLiteral("lubricant"));
    QCOMPARE(list->at(0).version, 1);
    QVERIFY(list->at(0).templateId.isEmpty());
    QVERIFY(list->at(0).savedAt.isValid());
}

void TstAhpModelRepository::removeCascades()
{
    auto keep = repo().save(simpleModel(QStringLiteral("Keep")));
    VD_VERIFY_OK(keep);
    auto gone = repo().save(simpleModel(QStringLiteral("Gone")));
    VD_VERIFY_OK(gone);
    VD_VERIFY_OK(repo().save(*gone));
    VD_VERIFY_OK(repo().save(*gone));
    QCOMPARE(rowCount(m_db->connection(), QStringLiteral("ahp_model_versions")), 4);

    VD_VERIFY_OK(repo().remove(gone->id));
    QCOMPARE(rowCount(m_db->connection(), QStringLiteral("ahp_models")), 1);
    QCOMPARE(rowCount(m_db->connection(), QStringLiteral("ahp_model_versions")), 1);
    QVERIFY(!repo().load(gone->id));
    VD_VERIFY_OK(repo().load(keep->id));
    QCOMPARE(repo().list()->size(), 1);
    // The name is free again.
    QCOMPARE(*repo().uniqueName(QStringLiteral("Gone")), QStringLiteral("Gone"));
}

void TstAhpModelRepository::findByName()
{
    auto missing = repo().findByName(QStringLiteral("Nope"));
    VD_VERIFY_OK(missing);
    QVERIFY(!missing->has_value());

    auto saved = repo().save(richModel());
    VD_VERIFY_OK(saved);
    auto found = repo().findByName(QStringLiteral("客户价值 2024"));
    VD_VERIFY_OK(found);
    QVERIFY(found->has_value());
    QCOMPARE((*found)->id, saved->id);
    QCOMPARE((*found)->version, 1);
    QCOMPARE(definition(**found), definition(*saved));
    // Names are matched exactly.
    QVERIFY(!repo().findByName(QStringLiteral("客户价值"))->has_value());
}

void TstAhpModelRepository::corruptDefinition_data()
{
    QTest::addColumn<QString>("stored");
    QTest::newRow("not JSON") << QStringLiteral("{\"name\": \"X\", \"root\": ");
    QTest::newRow("JSON array") << QStringLiteral("[1, 2]");
    QTest::newRow("no root") << QStringLiteral("{\"name\": \"X\"}");
    QTest::newRow("bad matrix") << QStringLiteral(
        "{\"name\": \"X\", \"root\": {\"name\": \"G\", \"children\": "
        "[{\"name\": \"A\"}, {\"name\": \"B\"}], \"matrix\": [[1, 0], [0, 1]]}}");
}

void TstAhpModelRepository::corruptDefinition()
{
    QFETCH(QString, stored);
    auto saved = repo().save(simpleModel(QStringLiteral("Damaged model")));
    VD_VERIFY_OK(saved);
    VD_VERIFY_OK(repo().save(*saved));
    {
        RawConnection raw(path());
        QVERIFY(raw.exec(QStringLiteral("UPDATE ahp_model_versions SET definition = ? WHERE "
                                        "version = 2"),
                         {stored}));
    }
    auto loaded = repo().load(saved->id);
    QVERIFY(!loaded);
    const QString message = loaded.error().message();
    QVERIFY2(message.contains(QStringLiteral("“Damaged model”")), qPrintable(message));
    QVERIFY2(message.contains(QLatin1String("version 2")), qPrintable(message));
    QVERIFY2(message.contains(QLatin1String("damaged")), qPrintable(message));
    QVERIFY(!loaded.error().detail().isEmpty());

    // The intact version and the list still work.
    VD_VERIFY_OK(repo().load(saved->id, 1));
    VD_VERIFY_OK(repo().list());
    auto found = repo().findByName(QStringLiteral("Damaged model"));
    QVERIFY(!found);
}

void TstAhpModelRepository::roundTripEvaluatorsAndMissingJudgements()
{
    const AhpModel original = richModel();
    auto saved = repo().save(original);
    VD_VERIFY_OK(saved);
    auto loaded = repo().load(saved->id);
    VD_VERIFY_OK(loaded);
    QCOMPARE(definition(*loaded), definition(original));

    QCOMPARE(loaded->name, original.name);
    QCOMPARE(loaded->templateId, QStringLiteral("retail"));
    QCOMPARE(loaded->settings.method, PriorityMethod::GeometricMean);
    QCOMPARE(loaded->settings.randomIndex, RandomIndexTable::AlonsoLamata2006);
    QCOMPARE(loaded->settings.crThreshold, 0.08);

    const HierarchyNode &root = loaded->root;
    QCOMPARE(root.name(), QStringLiteral("Customer value"));
    QCOMPARE(root.aggregation(), GroupAggregation::Priorities);
    QCOMPARE(root.evaluators().size(), 2);
    QCOMPARE(root.evaluators().at(0).name, QStringLiteral("Wang"));
    QCOMPARE(root.evaluators().at(0).votingWeight, 2.0);
    QCOMPARE(*root.evaluators().at(0).matrix.judgement(0, 1), 3.0);
    QCOMPARE(root.evaluators().at(1).name, QStringLiteral("李"));
    QCOMPARE(*root.evaluators().at(1).matrix.judgement(0, 1), 0.5);

    const HierarchyNode &current = root.children().at(0);
    QCOMPARE(current.name(), QStringLiteral("当前价值"));
    QCOMPARE(current.evaluators().size(), 1);
    const PairwiseMatrix &m = current.evaluators().constFirst().matrix;
    QVERIFY(!m.isKnown(0, 2));
    QVERIFY(!m.isKnown(2, 0));
    QCOMPARE(*m.judgement(0, 1), 3.0);
    QCOMPARE(*m.judgement(1, 2), 2.0);
    QCOMPARE(current.children().at(2).metric(), QStringLiteral("recency_days"));
    QCOMPARE(current.children().at(2).direction(), QStringLiteral("lower"));

    const HierarchyNode &potential = root.children().at(1);
    QVERIFY(potential.directWeights());
    QCOMPARE(potential.weights(), (QVector<double>{0.75, 0.25}));
    QCOMPARE(potential.children().at(0).metric(), QStringLiteral("rating:loyalty"));

    // It still evaluates after the round trip (the missing judgement gets completed).
    auto evaluated = Hierarchy::evaluate(loaded->root, loaded->settings);
    VD_VERIFY_OK(evaluated);
}

void TstAhpModelRepository::survivesReopening()
{
    auto first = repo().save(richModel());
    VD_VERIFY_OK(first);
    VD_VERIFY_OK(repo().save(*first));
    VD_VERIFY_OK(repo().save(simpleModel(QStringLiteral("Second"))));
    const QByteArray expected = definition(*first);
    m_db.reset();

    auto reopened = Database::open(path(), Database::OpenMode::OpenExisting);
    VD_VERIFY_OK(reopened);
    m_db = std::move(reopened).value();
    auto list = repo().list();
    VD_VERIFY_OK(list);
    QCOMPARE(list->size(), 2);
    auto loaded = repo().load(first->id, 1);
    VD_VERIFY_OK(loaded);
    QCOMPARE(loaded->savedAt, first->savedAt);
    QCOMPARE(definition(*loaded), expected);
    QCOMPARE(repo().load(first->id)->version, 2);
}

void TstAhpModelRepository::missingModelAndVersion()
{
    QVERIFY(!repo().load(42));
    auto saved = repo().save(simpleModel(QStringLiteral("Model")));
    VD_VERIFY_OK(saved);
    auto noVersion = repo().load(saved->id, 7);
    QVERIFY(!noVersion);
    QVERIFY2(noVersion.error().message().contains(QLatin1String("7")),
             qPrintable(noVersion.error().toString()));
    AhpModel ghost = *saved;
    ghost.id = saved->id + 100;
    ghost.name = QStringLiteral("Ghost");
    QVERIFY(!repo().save(ghost));
    QCOMPARE(rowCount(m_db->connection(), QStringLiteral("ahp_model_versions")), 1);
}

QTEST_GUILESS_MAIN(TstAhpModelRepository)
#include "tst_ahpmodelrepository.moc"
