#include "snapshotrepository.h"

#include "ahp/ahpmodeljson.h"
#include "batchinserter.h"
#include "database.h"
#include "rowreader.h"
#include "sqlerror.h"

#include <QJsonDocument>
#include <QSqlQuery>
#include <QtEndian>

#include <cmath>
#include <limits>

namespace valuedesk {

namespace {

QString isoText(const QDateTime &time)
{
    return time.toUTC().toString(Qt::ISODate);
}

QDateTime parseIso(const QString &text)
{
    return QDateTime::fromString(text, Qt::ISODate).toUTC();
}

const QStringList &customerColumns()
{
    static const QStringList columns = {
        QStringLiteral("snapshot_id"),  QStringLiteral("customer_id"), QStringLiteral("revenue"),
        QStringLiteral("current"),      QStringLiteral("potential"),   QStringLiteral("total"),
        QStringLiteral("completeness"), QStringLiteral("quadrant"),    QStringLiteral("raw"),
        QStringLiteral("normalised")};
    return columns;
}

// Row `row` of `values` as little-endian float64, NaN where `keep` is false (README, "Evaluation
// snapshots").
QByteArray encodeRow(const Eigen::MatrixXd &values, const BoolMatrix &keep, Eigen::Index row)
{
    const Eigen::Index columns = values.cols();
    QByteArray bytes(static_cast<qsizetype>(columns * 8), Qt::Uninitialized);
    for (Eigen::Index j = 0; j < columns; ++j) {
        const double v = keep(row, j) ? values(row, j) : std::numeric_limits<double>::quiet_NaN();
        qToLittleEndian(v, bytes.data() + j * 8);
    }
    return bytes;
}

int leafCount(const HierarchyNode &node)
{
    if (node.isLeaf())
        return 1;
    int count = 0;
    for (const HierarchyNode &child : node.children())
        count += leafCount(child);
    return count;
}

} // namespace

SnapshotRepository::SnapshotRepository(QSqlDatabase db) : m_db(std::move(db)) {}

Result<qint64> SnapshotRepository::save(EvaluationSnapshot &snapshot)
{
    EvaluationSnapshotInfo &info = snapshot.info;
    const EvaluationResult &r = snapshot.result;
    const qsizetype rows = snapshot.customers.size();
    const auto failed = [](const Error &error) {
        return Error(tr("The evaluation could not be saved as a snapshot."), error.toString());
    };
    if (r.raw.values.rows() != rows || r.normalised.values.rows() != rows ||
        r.scores.quadrants.size() != rows || r.raw.values.cols() != r.metrics.size() ||
        r.normalised.values.cols() != r.metrics.size()) {
        return Error(tr("The evaluation could not be saved as a snapshot: its rows do not match "
                        "its customers."));
    }
    if (!info.createdAt.isValid()) {
        const QDateTime now = QDateTime::currentDateTimeUtc();
        info.createdAt = now.addMSecs(-now.time().msec());
    }
    const QByteArray definition =
        QJsonDocument(AhpModelJson::toJson(snapshot.model)).toJson(QJsonDocument::Compact);
    const QByteArray options =
        QJsonDocument(EvaluationSnapshot::optionsToJson(info.options, r.hierarchy))
            .toJson(QJsonDocument::Compact);

    TransactionScope transaction(m_db);
    const auto began = transaction.beginOrJoin(); // inside a caller's transaction otherwise
    if (!began)
        return began.error();
    const bool own = *began;
    auto inserted = runQuery(
        m_db,
        QStringLiteral("INSERT INTO evaluation_snapshots (created_at, author, label, model_id, "
                       "model_name, model_version, model_definition, as_of, window_months, "
                       "options, current_threshold, potential_threshold, customer_count, "
                       "high_high, high_low, low_high, low_low) VALUES (?, ?, ?, "
                       "(SELECT id FROM ahp_models WHERE id = ?), ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "
                       "?, ?, ?)"),
        {isoText(info.createdAt), textValue(info.author), textValue(info.label), info.modelId,
         textValue(info.modelName), info.modelVersion, QString::fromUtf8(definition),
         isoDateText(info.options.window.asOf), info.options.window.months,
         QString::fromUtf8(options), info.currentThreshold, info.potentialThreshold,
         info.customerCount, info.quadrantCounts[0], info.quadrantCounts[1], info.quadrantCounts[2],
         info.quadrantCounts[3]});
    if (!inserted)
        return failed(inserted.error());
    const qint64 id = inserted->lastInsertId().toLongLong();

    const ValueScores &s = r.scores;
    BatchInserter batch(m_db, QStringLiteral("snapshot_customers"), customerColumns(), rows,
                        QString());
    for (qsizetype i = 0; i < rows; ++i) {
        const auto row = static_cast<Eigen::Index>(i);
        const EvaluatedCustomer &c = snapshot.customers.at(i);
        batch.bind(id);
        batch.bind(c.id);
        batch.bind(c.revenue);
        batch.bind(s.current(row));
        batch.bind(s.potential(row));
        batch.bind(s.total(row));
        batch.bind(s.completeness(row));
        batch.bind(ValueScorer::quadrantId(s.quadrants.at(i)));
        batch.bind(encodeRow(r.raw.values, r.raw.present, row));
        batch.bind(encodeRow(r.normalised.values, r.normalised.included, row));
        if (Status added = batch.endRow(); !added)
            return failed(added.error());
    }
    if (own) {
        if (auto committed = transaction.commit(); !committed)
            return failed(committed.error());
    }
    info.id = id;
    return id;
}

Result<QVector<EvaluationSnapshotInfo>> SnapshotRepository::list() const
{
    return readInfos(QStringLiteral(" ORDER BY created_at DESC, id DESC"), {});
}

Result<EvaluationSnapshotInfo> SnapshotRepository::info(qint64 id) const
{
    auto found = readInfos(QStringLiteral(" WHERE id = ?"), {id});
    if (!found)
        return found.error();
    if (found->isEmpty())
        return Error(tr("There is no evaluation snapshot %1 in this file.").arg(id));
    return found->constFirst();
}

Result<QVector<EvaluationSnapshotInfo>>
SnapshotRepository::readInfos(const QString &where, const QVariantList &values) const
{
    RowReader reader(m_db);
    if (Status s = reader.exec(tr("The evaluation snapshots of this file cannot be read."),
                               QStringLiteral("SELECT id, created_at, author, label, model_id, "
                                              "model_name, model_version, as_of, window_months, "
                                              "options, current_threshold, potential_threshold, "
                                              "customer_count, high_high, high_low, low_high, "
                                              "low_low FROM evaluation_snapshots") +
                                   where,
                               values);
        !s)
        return s.error();
    QVector<EvaluationSnapshotInfo> snapshots;
    while (reader.next()) {
        EvaluationSnapshotInfo info;
        info.id = reader.int64(0);
        info.createdAt = parseIso(reader.string(1));
        info.author = reader.string(2);
        info.label = reader.string(3);
        info.modelId = reader.isNull(4) ? 0 : reader.int64(4);
        info.modelName = reader.string(5);
        info.modelVersion = static_cast<int>(reader.int64(6));
        const EvaluationWindow window{reader.date(7), static_cast<int>(reader.int64(8))};
        const QJsonObject options = QJsonDocument::fromJson(reader.text(9)).object();
        auto parsed = EvaluationSnapshot::optionsFromJson(options, window);
        if (!parsed)
            return Error(tr("The evaluation snapshot %1 is damaged in this file and cannot be "
                            "read.")
                             .arg(info.id),
                         parsed.error().toString());
        info.options = *parsed;
        info.currentThreshold = reader.real(10);
        info.potentialThreshold = reader.real(11);
        info.customerCount = static_cast<int>(reader.int64(12));
        for (int q = 0; q < 4; ++q)
            info.quadrantCounts[q] = static_cast<int>(reader.int64(13 + q));
        snapshots.append(info);
    }
    if (Status s = reader.status(); !s)
        return s.error();
    return snapshots;
}

Result<EvaluationSnapshot> SnapshotRepository::load(qint64 id) const
{
    auto found = info(id);
    if (!found)
        return found.error();
    EvaluationSnapshot snapshot;
    snapshot.info = std::move(found).value();
    const auto damaged = [id](const QString &detail) {
        return Error(
            tr("The evaluation snapshot %1 is damaged in this file and cannot be read.").arg(id),
            detail);
    };

    auto definition = runQuery(
        m_db, QStringLiteral("SELECT model_definition FROM evaluation_snapshots WHERE id = ?"),
        {id});
    if (!definition)
        return definition.error();
    if (!definition->next())
        return Error(tr("There is no evaluation snapshot %1 in this file.").arg(id));
    QJsonParseError parseError;
    const QJsonDocument json =
        QJsonDocument::fromJson(definition->value(0).toString().toUtf8(), &parseError);
    if (!json.isObject())
        return damaged(parseError.errorString());
    auto model = AhpModelJson::fromJson(json.object());
    if (!model)
        return damaged(model.error().toString());
    snapshot.model = std::move(model).value();
    snapshot.model.id = snapshot.info.modelId;
    snapshot.model.name = snapshot.info.modelName;
    snapshot.model.version = snapshot.info.modelVersion;

    const int leaves = leafCount(snapshot.model.root);
    const qsizetype blobSize = static_cast<qsizetype>(leaves) * 8;
    RowReader reader(m_db);
    if (Status s = reader.exec(
            tr("The evaluation snapshot %1 cannot be read from this file.").arg(id),
            QStringLiteral("SELECT s.customer_id, c.code, c.name, c.industry, c.region, "
                           "c.manager, c.status, s.revenue, s.quadrant, s.raw, s.normalised "
                           "FROM snapshot_customers s JOIN customers c ON c.id = s.customer_id "
                           "WHERE s.snapshot_id = ? ORDER BY c.code"),
            {id});
        !s)
        return s.error();
    std::vector<double> raw;
    std::vector<double> normalised;
    QVector<Quadrant> quadrants;
    while (reader.next()) {
        EvaluatedCustomer c;
        c.id = reader.int64(0);
        c.code = reader.string(1);
        c.name = reader.string(2);
        c.industry = reader.string(3);
        c.region = reader.string(4);
        c.manager = reader.string(5);
        c.status = parseCustomerStatus(reader.string(6)).value_or(CustomerStatus::Active);
        c.revenue = reader.real(7);
        const auto quadrant = ValueScorer::parseQuadrant(reader.string(8));
        const QByteArray rawBytes = reader.blob(9);
        const QByteArray normalisedBytes = reader.blob(10);
        if (rawBytes.size() != blobSize || normalisedBytes.size() != blobSize) {
            return Error(tr("The evaluation snapshot %1 is damaged in this file: the values of "
                            "customer %2 have the wrong length.")
                             .arg(id)
                             .arg(c.code),
                         QStringLiteral("raw %1 bytes, normalised %2 bytes, expected %3 (%4 "
                                        "indicators)")
                             .arg(rawBytes.size())
                             .arg(normalisedBytes.size())
                             .arg(blobSize)
                             .arg(leaves));
        }
        if (!quadrant)
            return damaged(
                QStringLiteral("customer %1: quadrant \"%2\"").arg(c.code, reader.string(8)));
        for (int j = 0; j < leaves; ++j) {
            raw.push_back(qFromLittleEndian<double>(rawBytes.constData() + qsizetype{j} * 8));
            normalised.push_back(
                qFromLittleEndian<double>(normalisedBytes.constData() + qsizetype{j} * 8));
        }
        quadrants.append(*quadrant);
        snapshot.customers.append(c);
    }
    if (Status s = reader.status(); !s)
        return s.error();

    // Row-major buffers into column-major matrices.
    using RowMajor = Eigen::Matrix<double, Eigen::Dynamic, Eigen::Dynamic, Eigen::RowMajor>;
    const auto rows = static_cast<Eigen::Index>(quadrants.size());
    const Eigen::MatrixXd rawMatrix = Eigen::Map<const RowMajor>(raw.data(), rows, leaves);
    const Eigen::MatrixXd normalisedMatrix =
        Eigen::Map<const RowMajor>(normalised.data(), rows, leaves);
    auto result = EvaluationSnapshot::restore(
        snapshot.model, snapshot.info.options, rawMatrix, normalisedMatrix, quadrants,
        snapshot.info.currentThreshold, snapshot.info.potentialThreshold);
    if (!result)
        return damaged(result.error().toString());
    snapshot.result = std::move(result).value();
    return snapshot;
}

Status SnapshotRepository::remove(qint64 id)
{
    // snapshot_customers cascade; grade_overrides.snapshot_id becomes NULL.
    auto q = runQuery(m_db, QStringLiteral("DELETE FROM evaluation_snapshots WHERE id = ?"), {id});
    if (!q)
        return reworded(q.error(), tr("The evaluation snapshot %1 could not be deleted.").arg(id));
    if (q->numRowsAffected() != 1)
        return Error(tr("There is no evaluation snapshot %1 in this file.").arg(id));
    return Status::success();
}

Status SnapshotRepository::setLabel(qint64 id, const QString &label)
{
    auto q =
        runQuery(m_db, QStringLiteral("UPDATE evaluation_snapshots SET label = ? WHERE id = ?"),
                 {textValue(label.trimmed()), id});
    if (!q)
        return reworded(q.error(),
                        tr("The label of evaluation snapshot %1 could not be changed.").arg(id));
    if (q->numRowsAffected() != 1)
        return Error(tr("There is no evaluation snapshot %1 in this file.").arg(id));
    return Status::success();
}

} // namespace valuedesk
