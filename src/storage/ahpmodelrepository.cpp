#include "ahpmodelrepository.h"

#include "ahp/ahpmodeljson.h"
#include "database.h"
#include "sqlerror.h"

#include <QJsonDocument>
#include <QRegularExpression>
#include <QSet>
#include <QSqlQuery>

namespace valuedesk {

namespace {

// Seconds are enough (versions order the saves) and keep the text short: 2024-05-01T08:30:00Z.
QDateTime nowUtc()
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    return now.addMSecs(-now.time().msec());
}

QString isoText(const QDateTime &time)
{
    return time.toUTC().toString(Qt::ISODate);
}

QDateTime parseIso(const QString &text)
{
    return QDateTime::fromString(text, Qt::ISODate).toUTC();
}

} // namespace

AhpModelRepository::AhpModelRepository(QSqlDatabase db) : m_db(std::move(db)) {}

Result<QVector<AhpModelSummary>> AhpModelRepository::list() const
{
    auto q =
        runQuery(m_db, QStringLiteral("SELECT m.id, m.name, v.version, v.saved_at, m.template_id "
                                      "FROM ahp_models m JOIN ahp_model_versions v "
                                      "ON v.model_id = m.id AND v.version = (SELECT max(version) "
                                      "FROM ahp_model_versions WHERE model_id = m.id) "
                                      "ORDER BY m.name, m.id"));
    if (!q)
        return reworded(q.error(), tr("The AHP models of this file cannot be read."));
    QVector<AhpModelSummary> models;
    while (q->next()) {
        AhpModelSummary s;
        s.id = q->value(0).toLongLong();
        s.name = q->value(1).toString();
        s.version = q->value(2).toInt();
        s.savedAt = parseIso(q->value(3).toString());
        s.templateId = q->value(4).toString();
        models.append(s);
    }
    return models;
}

Result<AhpModel> AhpModelRepository::load(qint64 id, std::optional<int> version) const
{
    auto q = runQuery(m_db,
                      QStringLiteral("SELECT m.name, m.template_id, v.version, v.saved_at, "
                                     "v.definition FROM ahp_models m JOIN ahp_model_versions v "
                                     "ON v.model_id = m.id WHERE m.id = ? AND v.version = "
                                     "IFNULL(?, (SELECT max(version) FROM ahp_model_versions "
                                     "WHERE model_id = m.id))"),
                      {id, version ? QVariant(*version) : QVariant()});
    if (!q)
        return reworded(q.error(), tr("The AHP model cannot be read from this file."));
    if (!q->next()) {
        if (version)
            return Error(
                tr("Version %1 of this AHP model does not exist in this file.").arg(*version));
        return Error(tr("The AHP model no longer exists in this file."));
    }
    const QString name = q->value(0).toString();
    const int storedVersion = q->value(2).toInt();
    const auto damaged = [&](const QString &detail) {
        return Error(tr("The AHP model “%1” (version %2) is damaged in this file and cannot be "
                        "read.")
                         .arg(name)
                         .arg(storedVersion),
                     detail);
    };
    QJsonParseError parseError;
    const QJsonDocument json =
        QJsonDocument::fromJson(q->value(4).toString().toUtf8(), &parseError);
    if (!json.isObject()) {
        return damaged(parseError.error != QJsonParseError::NoError
                           ? parseError.errorString()
                           : QStringLiteral("the definition is not a JSON object"));
    }
    Result<AhpModel> model = AhpModelJson::fromJson(json.object());
    if (!model)
        return damaged(model.error().toString());
    model->id = id;
    model->name = name; // the models table holds the current name
    model->templateId = q->value(1).toString();
    model->version = storedVersion;
    model->savedAt = parseIso(q->value(3).toString());
    return model;
}

Result<std::optional<AhpModel>> AhpModelRepository::findByName(const QString &name) const
{
    auto q = runQuery(m_db, QStringLiteral("SELECT id FROM ahp_models WHERE name = ?"), {name});
    if (!q)
        return reworded(q.error(), tr("The AHP models of this file cannot be read."));
    if (!q->next())
        return std::optional<AhpModel>();
    auto model = load(q->value(0).toLongLong());
    if (!model)
        return model.error();
    return std::optional<AhpModel>(std::move(model).value());
}

Result<AhpModel> AhpModelRepository::save(const AhpModel &model)
{
    const QString name = model.name.trimmed();
    if (name.isEmpty())
        return Error(tr("An AHP model needs a name."));
    const auto failed = [&](const Error &error) {
        return Error(tr("The AHP model “%1” could not be saved.").arg(name), error.toString());
    };

    TransactionScope transaction(m_db);
    // Nested use inside a caller's transaction is fine (see CustomerRepository::update).
    const auto began = transaction.beginOrJoin();
    if (!began)
        return began.error();
    const bool own = *began;

    auto taken = runQuery(m_db, QStringLiteral("SELECT id FROM ahp_models WHERE name = ?"), {name});
    if (!taken)
        return failed(taken.error());
    if (taken->next() && taken->value(0).toLongLong() != model.id)
        return Error(tr("An AHP model named “%1” already exists in this file; choose another "
                        "name.")
                         .arg(name));

    const QDateTime savedAt = nowUtc();
    qint64 id = model.id;
    int version = 1;
    if (id <= 0) {
        auto inserted = runQuery(m_db,
                                 QStringLiteral("INSERT INTO ahp_models (name, template_id, "
                                                "created_at) VALUES (?, ?, ?)"),
                                 {name, textValue(model.templateId), isoText(savedAt)});
        if (!inserted)
            return failed(inserted.error());
        id = inserted->lastInsertId().toLongLong();
    } else {
        auto updated = runQuery(m_db,
                                QStringLiteral("UPDATE ahp_models SET name = ?, template_id = ? "
                                               "WHERE id = ?"),
                                {name, textValue(model.templateId), id});
        if (!updated)
            return failed(updated.error());
        if (updated->numRowsAffected() != 1)
            return Error(tr("The AHP model “%1” no longer exists in this file.").arg(name));
        auto latest = runQuery(m_db,
                               QStringLiteral("SELECT IFNULL(max(version), 0) FROM "
                                              "ahp_model_versions WHERE model_id = ?"),
                               {id});
        if (!latest)
            return failed(latest.error());
        version = latest->next() ? latest->value(0).toInt() + 1 : 1;
    }

    AhpModel stored = model;
    stored.name = name;
    stored.id = id;
    stored.version = version;
    stored.savedAt = savedAt;
    const QByteArray definition =
        QJsonDocument(AhpModelJson::toJson(stored)).toJson(QJsonDocument::Compact);
    auto written = runQuery(m_db,
                            QStringLiteral("INSERT INTO ahp_model_versions (model_id, version, "
                                           "saved_at, definition) VALUES (?, ?, ?, ?)"),
                            {id, version, isoText(savedAt), QString::fromUtf8(definition)});
    if (!written)
        return failed(written.error());
    if (own) {
        if (auto committed = transaction.commit(); !committed)
            return committed.error();
    }
    return stored;
}

Status AhpModelRepository::remove(qint64 id)
{
    // Versions go with it (ON DELETE CASCADE; foreign keys are on for every Database).
    auto q = runQuery(m_db, QStringLiteral("DELETE FROM ahp_models WHERE id = ?"), {id});
    if (!q)
        return reworded(q.error(), tr("The AHP model could not be deleted."));
    return Status::success();
}

Result<QString> AhpModelRepository::uniqueName(const QString &name) const
{
    auto q = runQuery(m_db, QStringLiteral("SELECT name FROM ahp_models"));
    if (!q)
        return reworded(q.error(), tr("The AHP models of this file cannot be read."));
    QSet<QString> used;
    while (q->next())
        used.insert(q->value(0).toString());
    const QString wanted = name.trimmed();
    if (!used.contains(wanted))
        return wanted;
    // "Model (2)" taken again continues as "Model (3)", not "Model (2) (2)".
    static const QRegularExpression numbered(QStringLiteral("^(.*\\S) \\((\\d+)\\)$"));
    QString base = wanted;
    int next = 2;
    if (const auto match = numbered.match(wanted); match.hasMatch()) {
        base = match.captured(1);
        next = match.captured(2).toInt() + 1;
    }
    for (;; ++next) {
        const QString candidate = QStringLiteral("%1 (%2)").arg(base).arg(next);
        if (!used.contains(candidate))
            return candidate;
    }
}

} // namespace valuedesk
