#include "classificationservice.h"

#include "classification/classificationschemes.h"
#include "classificationrepository.h"
#include "evaluationdatareader.h"
#include "evaluationservice.h"
#include "snapshotrepository.h"

#include <QHash>

namespace valuedesk {

namespace {

constexpr qint64 steps = 4;

Error cancelled()
{
    return Error(ClassificationService::tr("Classifying was cancelled."), {},
                 Error::Code::Cancelled);
}

} // namespace

Classifier ClassificationRequest::scheme(const QString &id, const QJsonObject &options)
{
    return [id, options](const ClassificationInput &input) {
        return ClassificationSchemes::classify(id, input, options);
    };
}

Result<ClassificationOutcome> ClassificationService::run(const ClassificationRequest &request,
                                                         const ConnectionFactory &connections,
                                                         TaskContext &context)
{
    if (!context.report(0, steps))
        return cancelled();
    auto db = connections.connect();
    if (!db)
        return db.error();
    const QSqlDatabase connection = (*db)->connection();

    ClassificationOutcome outcome;
    outcome.window = request.window;
    if (request.snapshotId > 0) {
        auto snapshot = SnapshotRepository(connection).load(request.snapshotId);
        if (!snapshot)
            return snapshot.error();
        outcome.window = snapshot->info.options.window;
        outcome.snapshot = std::move(snapshot).value();
    }
    if (!context.report(1, steps))
        return cancelled();

    auto data = EvaluationDataReader(connection).read(outcome.window);
    if (!data)
        return data.error();
    if (!outcome.snapshot && data->customers.isEmpty())
        return Error(tr("The customer file has no customers to classify."));
    if (request.needsClv) {
        if (Status filled =
                EvaluationService::fillClvMetrics(connection, outcome.window.asOf, *data);
            !filled)
            return filled.error();
    }
    if (!context.report(2, steps))
        return cancelled();

    ClassificationInput input;
    input.window = outcome.window;
    std::optional<EvaluationResult> evaluation;
    if (outcome.snapshot) {
        // The snapshot's customers, with this window's inputs matched by id.
        QHash<qint64, int> row;
        for (int i = 0; i < data->customers.size(); ++i)
            row.insert(data->customers.at(i).id, i);
        input.customers = outcome.snapshot->customers;
        input.inputs.reserve(input.customers.size());
        for (const EvaluatedCustomer &c : std::as_const(input.customers)) {
            const int i = row.value(c.id, -1);
            input.inputs.append(i >= 0 ? data->inputs.at(i) : MetricInputs());
        }
        input.evaluation = &outcome.snapshot->result;
    } else {
        input.customers = data->customers;
        input.inputs = data->inputs;
        if (request.model) {
            EvaluationOptions options;
            options.window = outcome.window;
            options.normaliser.method = request.normalise;
            auto evaluated = Evaluation::run(*request.model, data->inputs, options);
            if (!evaluated)
                return evaluated.error();
            evaluation = std::move(evaluated).value();
            input.evaluation = &*evaluation;
        }
    }
    auto result = request.classify ? request.classify(input)
                                   : Result<ClassificationResult>(Error(tr("No scheme to classify "
                                                                           "with.")));
    if (!result)
        return result.error();
    if (!context.report(3, steps))
        return cancelled();

    if (request.saveInto > 0) {
        QVector<qint64> ids;
        ids.reserve(input.customers.size());
        for (const EvaluatedCustomer &c : std::as_const(input.customers))
            ids << c.id;
        if (Status saved =
                ClassificationRepository(connection).save(request.saveInto, *result, ids);
            !saved)
            return saved.error();
    }
    context.report(steps, steps);
    outcome.customers = std::move(input.customers);
    outcome.result = std::move(result).value();
    return outcome;
}

ClassificationResult ClassificationService::alignToSnapshot(const StoredClassification &stored,
                                                            const EvaluationSnapshot &snapshot)
{
    ClassificationResult r = stored.result;
    const int n = static_cast<int>(snapshot.customers.size());
    QHash<qint64, int> storedRow;
    for (int i = 0; i < stored.customerIds.size(); ++i)
        storedRow.insert(stored.customerIds.at(i), i);
    r.classOf = QVector<int>(n, -1);
    r.measure = QVector<double>(n, qQNaN());
    r.fields = Eigen::MatrixXd::Constant(n, stored.result.fields.cols(), qQNaN());
    r.textFields = QVector<QStringList>(n, QStringList());
    for (int i = 0; i < n; ++i) {
        const int s = storedRow.value(snapshot.customers.at(i).id, -1);
        if (s < 0)
            continue;
        r.classOf[i] = stored.result.classOf.value(s, -1);
        r.measure[i] = stored.result.measure.value(s, qQNaN());
        if (s < stored.result.fields.rows())
            r.fields.row(i) = stored.result.fields.row(s);
        r.textFields[i] = stored.result.textFields.value(s);
    }
    return r;
}

} // namespace valuedesk
