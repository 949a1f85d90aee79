#include "evaluateoutput.h"

#include "clioutput.h"
#include "reportwriters.h"

#include <QCoreApplication>
#include <QJsonArray>

#include <algorithm>

namespace valuedesk::cli {

namespace {

QString header(const char *text)
{
    return QCoreApplication::translate("valuedesk::cli::EvaluateOutput", text);
}

} // namespace

ReportTable evaluationTable(const QVector<EvaluatedCustomer> &customers, const EvaluationResult &r)
{
    using Type = ReportTable::ColumnType;
    ReportTable table;
    ReportTable::Column code{QStringLiteral("code"), header("Code"), Type::Text};
    code.jsonKey = QStringLiteral("customer");
    table.addColumn(code);
    table.addColumn(QStringLiteral("name"), header("Customer"), Type::Text, ReportTable::Csv);
    for (const MetricId &m : r.metrics) {
        ReportTable::Column raw{MetricCatalog::id(m), MetricCatalog::displayName(m), Type::Number};
        raw.jsonGroup = QStringLiteral("metrics");
        table.addColumn(raw);
    }
    for (const MetricId &m : r.metrics) {
        ReportTable::Column normalised{QStringLiteral("normalised_") + MetricCatalog::id(m),
                                       MetricCatalog::displayName(m), Type::Score,
                                       ReportTable::Json};
        normalised.jsonKey = MetricCatalog::id(m);
        normalised.jsonGroup = QStringLiteral("normalised");
        table.addColumn(normalised);
    }
    table.addColumn(QStringLiteral("current"), header("Current value"), Type::Score);
    table.addColumn(QStringLiteral("potential"), header("Potential value"), Type::Score);
    table.addColumn(QStringLiteral("total"), header("Total value"), Type::Score);
    table.addColumn(QStringLiteral("quadrant"), header("Quadrant"), Type::Text);
    table.addColumn(QStringLiteral("completeness"), header("Completeness"), Type::Percent);

    const ValueScores &s = r.scores;
    table.reserveRows(customers.size());
    for (int i = 0; i < customers.size(); ++i) {
        QVector<QVariant> row{customers.at(i).code, customers.at(i).name};
        for (int j = 0; j < r.metrics.size(); ++j)
            row << ReportTable::number(r.raw.values(i, j), r.raw.present(i, j));
        for (int j = 0; j < r.metrics.size(); ++j)
            row << ReportTable::number(r.normalised.values(i, j), r.normalised.included(i, j));
        row << ReportTable::number(s.current(i)) << ReportTable::number(s.potential(i))
            << ReportTable::number(s.total(i)) << ValueScorer::quadrantId(s.quadrants.at(i))
            << ReportTable::number(s.completeness(i));
        table.addRow(row);
    }
    return table;
}

QJsonObject evaluationJson(const AhpModel &model, Normalisation method, const QString &split,
                           const EvaluationWindow &window,
                           const QVector<EvaluatedCustomer> &customers, const EvaluationResult &r)
{
    const ValueScores &s = r.scores;
    return QJsonObject{
        {QStringLiteral("model"), model.name},
        {QStringLiteral("model_version"), model.version},
        {QStringLiteral("as_of"), window.asOf.toString(Qt::ISODate)},
        {QStringLiteral("window_months"), window.months},
        {QStringLiteral("normalise"), Evaluation::normalisationId(method)},
        {QStringLiteral("split"), split},
        {QStringLiteral("thresholds"),
         QJsonObject{{QStringLiteral("current"), s.currentThreshold},
                     {QStringLiteral("potential"), s.potentialThreshold}}},
        {QStringLiteral("customers"), ReportWriters::jsonRows(evaluationTable(customers, r))}};
}

Status writeEvaluationCsv(const QString &path, const QVector<EvaluatedCustomer> &customers,
                          const EvaluationResult &r)
{
    return ReportWriters::writeCsv(path, evaluationTable(customers, r));
}

void printEvaluationSummary(const AhpModel &model, Normalisation method, const QString &split,
                            const EvaluationWindow &window, const EvaluationResult &r)
{
    const ValueScores &s = r.scores;
    printOut(
        QStringLiteral("Evaluated %1 customers with model \"%2\" (version %3): %4 months to "
                       "%5, %6, split at %7")
            .arg(s.current.size())
            .arg(model.name)
            .arg(model.version)
            .arg(window.months)
            .arg(window.asOf.toString(Qt::ISODate), Evaluation::normalisationId(method), split));
    printOut(QStringLiteral("Thresholds: current %1, potential %2")
                 .arg(QString::number(s.currentThreshold, 'g', 15),
                      QString::number(s.potentialThreshold, 'g', 15)));
    for (Quadrant q :
         {Quadrant::HighHigh, Quadrant::HighLow, Quadrant::LowHigh, Quadrant::LowLow}) {
        const auto count = std::count(s.quadrants.cbegin(), s.quadrants.cend(), q);
        printOut(QStringLiteral("%1\t%2\t%3")
                     .arg(ValueScorer::quadrantId(q))
                     .arg(count)
                     .arg(ValueScorer::quadrantDisplayName(q)));
    }
}

} // namespace valuedesk::cli
