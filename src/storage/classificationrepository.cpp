#include "classificationrepository.h"

#include "batchinserter.h"
#include "database.h"
#include "rowreader.h"
#include "sqlerror.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QtEndian>

#include <cmath>
#include <limits>

namespace valuedesk {

namespace {

const QStringList &customerColumns()
{
    static const QStringList columns = {QStringLiteral("snapshot_id"), QStringLiteral("scheme"),
                                        QStringLiteral("customer_id"), QStringLiteral("class_id"),
                                        QStringLiteral("measure"),     QStringLiteral("fields"),
                                        QStringLiteral("text_fields")};
    return columns;
}

QString compact(const QJsonDocument &document)
{
    return QString::fromUtf8(document.toJson(QJsonDocument::Compact));
}

QByteArray encodeRow(const Eigen::MatrixXd &values, Eigen::Index row)
{
    const Eigen::Index columns = values.cols();
    QByteArray bytes(static_cast<qsizetype>(columns * 8), Qt::Uninitialized);
    for (Eigen::Index j = 0; j < columns; ++j)
        qToLittleEndian(values(row, j), bytes.data() + j * 8);
    return bytes;
}

QStringList stringList(const QJsonValue &value, bool *ok)
{
    QStringList list;
    *ok = value.isArray();
    for (const QJsonValue &v : value.toArray()) {
        if (!v.isString())
            *ok = false;
        list << v.toString();
    }
    return list;
}

} // namespace

ClassificationRepository::ClassificationRepository(QSqlDatabase db) : m_db(std::move(db)) {}

Status ClassificationRepository::save(qint64 snapshotId, const ClassificationResult &result,
                                      const QVector<qint64> &customerIds)
{
    const auto failed = [&result](const Error &error) {
        return Error(tr("The %1 classification could not be saved with the evaluation snapshot.")
                         .arg(result.scheme),
                     error.toString());
    };
    const qsizetype rows = customerIds.size();
    const bool hasMeasure = result.measure.size() == rows;
    if (result.scheme.isEmpty() || result.classOf.size() != rows ||
        (!result.measure.isEmpty() && !hasMeasure) || result.fields.rows() != rows ||
        result.fields.cols() != result.fieldIds.size() ||
        (!result.textFieldIds.isEmpty() && result.textFields.size() != rows)) {
        return Error(tr("The %1 classification could not be saved: its rows do not match its "
                        "customers.")
                         .arg(result.scheme));
    }
    auto exists = runQuery(m_db, QStringLiteral("SELECT 1 FROM evaluation_snapshots WHERE id = ?"),
                           {snapshotId});
    if (!exists)
        return failed(exists.error());
    if (!exists->next())
        return Error(tr("There is no evaluation snapshot %1 in this file.").arg(snapshotId));

    QJsonArray classes;
    for (const ClassDefinition &c : result.classes)
        classes.append(QJsonObject{{QStringLiteral("id"), c.id}, {QStringLiteral("name"), c.name}});
    const QDateTime now = QDateTime::currentDateTimeUtc();

    TransactionScope transaction(m_db);
    const auto began = transaction.beginOrJoin(); // inside a caller's transaction otherwise
    if (!began)
        return began.error();
    const bool own = *began;
    // The customers' rows go with the cascade.
    auto removed = runQuery(
        m_db,
        QStringLiteral("DELETE FROM snapshot_classifications WHERE snapshot_id = ? AND scheme = ?"),
        {snapshotId, result.scheme});
    if (!removed)
        return failed(removed.error());
    auto inserted = runQuery(
        m_db,
        QStringLiteral("INSERT INTO snapshot_classifications (snapshot_id, scheme, options, "
                       "classes, measure, fields, text_fields, created_at) "
                       "VALUES (?, ?, ?, ?, ?, ?, ?, ?)"),
        {snapshotId, result.scheme, compact(QJsonDocument(result.options)),
         compact(QJsonDocument(classes)), textValue(result.measureId),
         compact(QJsonDocument(QJsonArray::fromStringList(result.fieldIds))),
         compact(QJsonDocument(QJsonArray::fromStringList(result.textFieldIds))),
         now.addMSecs(-now.time().msec()).toString(Qt::ISODate)});
    if (!inserted)
        return failed(inserted.error());

    BatchInserter batch(m_db, QStringLiteral("snapshot_customer_classes"), customerColumns(), rows,
                        QString());
    const QVariant null;
    for (qsizetype i = 0; i < rows; ++i) {
        const int k = result.classOf.at(i);
        const double measure =
            hasMeasure ? result.measure.at(i) : std::numeric_limits<double>::quiet_NaN();
        batch.bind(snapshotId);
        batch.bind(result.scheme);
        batch.bind(customerIds.at(i));
        batch.bind(k >= 0 && k < result.classes.size() ? QVariant(result.classes.at(k).id) : null);
        batch.bind(std::isfinite(measure) ? QVariant(measure) : null);
        batch.bind(encodeRow(result.fields, static_cast<Eigen::Index>(i)));
        batch.bind(
            result.textFieldIds.isEmpty()
                ? QStringLiteral("[]")
                : compact(QJsonDocument(QJsonArray::fromStringList(result.textFields.at(i)))));
        if (Status added = batch.endRow(); !added)
            return failed(added.error());
    }
    if (own) {
        if (auto committed = transaction.commit(); !committed)
            return failed(committed.error());
    }
    return Status::success();
}

Result<StoredClassification> ClassificationRepository::load(qint64 snapshotId,
                                                            const QString &scheme) const
{
    const auto damaged = [&](const QString &detail) {
        return Error(tr("The %1 classification of evaluation snapshot %2 is damaged in this file "
                        "and cannot be read.")
                         .arg(scheme)
                         .arg(snapshotId),
                     detail);
    };
    auto header = runQuery(m_db,
                           QStringLiteral("SELECT options, classes, measure, fields, text_fields, "
                                          "created_at FROM snapshot_classifications "
                                          "WHERE snapshot_id = ? AND scheme = ?"),
                           {snapshotId, scheme});
    if (!header)
        return header.error();
    if (!header->next())
        return Error(tr("Evaluation snapshot %1 has no %2 classification in this file.")
                         .arg(snapshotId)
                         .arg(scheme));
    StoredClassification stored;
    stored.snapshotId = snapshotId;
    stored.createdAt = QDateTime::fromString(header->value(5).toString(), Qt::ISODate).toUTC();
    ClassificationResult &r = stored.result;
    r.scheme = scheme;
    const QJsonDocument options = QJsonDocument::fromJson(header->value(0).toString().toUtf8());
    const QJsonDocument classes = QJsonDocument::fromJson(header->value(1).toString().toUtf8());
    const QJsonDocument fields = QJsonDocument::fromJson(header->value(3).toString().toUtf8());
    const QJsonDocument textFields = QJsonDocument::fromJson(header->value(4).toString().toUtf8());
    bool fieldsOk = false;
    bool textOk = false;
    r.fieldIds = stringList(QJsonValue(fields.array()), &fieldsOk);
    r.textFieldIds = stringList(QJsonValue(textFields.array()), &textOk);
    if (!options.isObject() || !classes.isArray() || !fields.isArray() || !textFields.isArray() ||
        !fieldsOk || !textOk)
        return damaged(QStringLiteral("options, classes or field ids"));
    r.options = options.object();
    r.measureId = header->value(2).toString();
    QHash<QString, int> classIndex;
    for (const QJsonValue &c : classes.array()) {
        const QJsonObject o = c.toObject();
        if (!o.value(QStringLiteral("id")).isString())
            return damaged(QStringLiteral("class without an id"));
        classIndex.insert(o.value(QStringLiteral("id")).toString(),
                          static_cast<int>(r.classes.size()));
        r.classes.append(ClassDefinition{o.value(QStringLiteral("id")).toString(),
                                         o.value(QStringLiteral("name")).toString()});
    }

    const auto fieldCount = static_cast<Eigen::Index>(r.fieldIds.size());
    const qsizetype blobSize = static_cast<qsizetype>(fieldCount) * 8;
    RowReader reader(m_db);
    if (Status s = reader.exec(
            tr("The %1 classification of evaluation snapshot %2 cannot be read from this file.")
                .arg(scheme)
                .arg(snapshotId),
            QStringLiteral("SELECT s.customer_id, c.code, s.class_id, s.measure, s.fields, "
                           "s.text_fields FROM snapshot_customer_classes s "
                           "JOIN customers c ON c.id = s.customer_id "
                           "WHERE s.snapshot_id = ? AND s.scheme = ? ORDER BY c.code"),
            {snapshotId, scheme});
        !s)
        return s.error();
    std::vector<double> values;
    while (reader.next()) {
        const QString code = reader.string(1);
        int k = -1;
        if (!reader.isNull(2)) {
            k = classIndex.value(reader.string(2), -1);
            if (k < 0)
                return damaged(
                    QStringLiteral("customer %1: class \"%2\"").arg(code, reader.string(2)));
        }
        const QByteArray bytes = reader.blob(4);
        if (bytes.size() != blobSize)
            return damaged(QStringLiteral("customer %1: %2 bytes of fields, expected %3")
                               .arg(code)
                               .arg(bytes.size())
                               .arg(blobSize));
        for (Eigen::Index j = 0; j < fieldCount; ++j)
            values.push_back(qFromLittleEndian<double>(bytes.constData() + j * 8));
        bool ok = false;
        const QStringList text =
            stringList(QJsonValue(QJsonDocument::fromJson(reader.text(5)).array()), &ok);
        if (!ok || text.size() != r.textFieldIds.size())
            return damaged(QStringLiteral("customer %1: text fields").arg(code));
        stored.customerIds.append(reader.int64(0));
        stored.customerCodes.append(code);
        r.classOf.append(k);
        r.measure.append(reader.isNull(3) ? std::numeric_limits<double>::quiet_NaN()
                                          : reader.real(3));
        r.textFields.append(r.textFieldIds.isEmpty() ? QStringList() : text);
    }
    if (Status s = reader.status(); !s)
        return s.error();
    using RowMajor = Eigen::Matrix<double, Eigen::Dynamic, Eigen::Dynamic, Eigen::RowMajor>;
    const auto rows = static_cast<Eigen::Index>(r.classOf.size());
    r.fields = Eigen::Map<const RowMajor>(values.data(), rows, fieldCount);
    if (r.textFieldIds.isEmpty())
        r.textFields.clear();
    return stored;
}

Result<QStringList> ClassificationRepository::schemes(qint64 snapshotId) const
{
    auto q = runQuery(m_db,
                      QStringLiteral("SELECT scheme FROM snapshot_classifications "
                                     "WHERE snapshot_id = ? ORDER BY scheme"),
                      {snapshotId});
    if (!q)
        return q.error();
    QStringList list;
    while (q->next())
        list << q->value(0).toString();
    return list;
}

Status ClassificationRepository::remove(qint64 snapshotId, const QString &scheme)
{
    auto q = runQuery(
        m_db,
        QStringLiteral("DELETE FROM snapshot_classifications WHERE snapshot_id = ? AND scheme = ?"),
        {snapshotId, scheme});
    if (!q)
        return reworded(q.error(), tr("The %1 classification could not be deleted.").arg(scheme));
    if (q->numRowsAffected() != 1)
        return Error(tr("Evaluation snapshot %1 has no %2 classification in this file.")
                         .arg(snapshotId)
                         .arg(scheme));
    return Status::success();
}

} // namespace valuedesk
