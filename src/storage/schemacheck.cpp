#include "schemacheck.h"

#include "migrations.h"
#include "sqlerror.h"

#include <QAtomicInteger>
#include <QCoreApplication>
#include <QHash>
#include <QMutex>
#include <QRegularExpression>
#include <QSqlQuery>

namespace valuedesk {

namespace {

struct SchemaObject
{
    QString type;
    QString table;
    QString sql; // whitespace-normalised
};

using Schema = QHash<QString, SchemaObject>; // by name

QString normalised(const QString &sql)
{
    static const QRegularExpression space(QStringLiteral("\\s+"));
    return QString(sql).replace(space, QStringLiteral(" ")).trimmed();
}

Result<Schema> readSchema(const QSqlDatabase &db)
{
    // sqlite_% objects (autoindexes, sqlite_sequence, sqlite_stat*) belong to SQLite itself.
    auto query = runQuery(db, QStringLiteral("SELECT type, name, tbl_name, sql FROM sqlite_master "
                                             "WHERE name NOT LIKE 'sqlite\\_%' ESCAPE '\\'"));
    if (!query)
        return query.error();
    Schema schema;
    while (query->next()) {
        schema.insert(query->value(1).toString(),
                      {query->value(0).toString(), query->value(2).toString(),
                       normalised(query->value(3).toString())});
    }
    return schema;
}

// What the migrations create up to `version`, replayed in an in-memory database once per version
// and process.
Result<Schema> referenceSchema(int version)
{
    static QMutex mutex;
    static QHash<int, Schema> cache;
    QMutexLocker lock(&mutex);
    if (const auto found = cache.constFind(version); found != cache.constEnd())
        return *found;

    static QAtomicInteger<int> counter;
    const QString name = QStringLiteral("valuedesk-schema-%1").arg(counter.fetchAndAddRelaxed(1));
    Result<Schema> result = Schema();
    {
        QSqlDatabase memory = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        memory.setDatabaseName(QStringLiteral(":memory:"));
        if (!memory.open()) {
            result = sqlError(QCoreApplication::translate("valuedesk::Database",
                                                          "The customer file cannot be opened."),
                              memory.lastError());
        } else if (Status migrated = Migrations::migrate(memory, version); !migrated) {
            result = migrated.error();
        } else {
            result = readSchema(memory);
        }
        memory.close();
    }
    QSqlDatabase::removeDatabase(name);
    if (result)
        cache.insert(version, *result);
    return result;
}

QString describe(const QString &name, const SchemaObject &object)
{
    const auto tr = [](const char *text) {
        return QCoreApplication::translate("valuedesk::Database", text);
    };
    if (object.type == QLatin1String("trigger"))
        return tr("trigger “%1” on %2").arg(name, object.table);
    if (object.type == QLatin1String("view"))
        return tr("view “%1”").arg(name);
    if (object.type == QLatin1String("index"))
        return tr("index “%1” on %2").arg(name, object.table);
    return tr("table “%1”").arg(name);
}

} // namespace

Result<QStringList> SchemaCheck::differences(const QSqlDatabase &db, int version)
{
    const auto reference = referenceSchema(version);
    if (!reference)
        return reference.error();
    const auto actual = readSchema(db);
    if (!actual)
        return actual.error();

    QStringList differences;
    for (auto it = actual->constBegin(); it != actual->constEnd(); ++it) {
        const auto expected = reference->constFind(it.key());
        if (expected == reference->constEnd()) {
            differences.append(describe(it.key(), it.value()));
        } else if (expected->type != it->type || expected->sql != it->sql) {
            differences.append(QCoreApplication::translate("valuedesk::Database", "%1 (changed)")
                                   .arg(describe(it.key(), it.value())));
        }
    }
    for (auto it = reference->constBegin(); it != reference->constEnd(); ++it) {
        if (!actual->contains(it.key())) {
            differences.append(QCoreApplication::translate("valuedesk::Database", "%1 (missing)")
                                   .arg(describe(it.key(), it.value())));
        }
    }
    differences.sort();
    return differences;
}

} // namespace valuedesk
