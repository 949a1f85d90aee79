#include "ahp/ahpmodeljson.h"
#include "ahp/groupjudgement.h"
#include "ahp/inconsistency.h"
#include "ahp/matrixcompletion.h"
#include "ahp/saatyscale.h"
#include "ahpmatrixfile.h"
#include "clioutput.h"
#include "commandline.h"
#include "commands.h"

#include <QJsonArray>
#include <QJsonObject>

#include <optional>

namespace valuedesk::cli {

namespace {

// Everything `ahp` reports, computed once and printed as JSON or text.
struct AhpReport
{
    QStringList criteria;
    AhpSettings settings;
    Eigen::VectorXd weights;
    std::optional<AhpResult> ahp; // none for AIP
    bool consistent = true;
    QVector<InferredCell> inferred;
    QVector<JudgementSuggestion> suggestions;
    std::optional<RepairProposal> repair;
    std::optional<GroupResult> group;
    QVector<AhpMatrixFile> files;
};

QString consensusLevelId(ConsensusLevel level)
{
    switch (level) {
    case ConsensusLevel::VeryLow:
        return QStringLiteral("very_low");
    case ConsensusLevel::Low:
        return QStringLiteral("low");
    case ConsensusLevel::Moderate:
        return QStringLiteral("moderate");
    case ConsensusLevel::High:
        return QStringLiteral("high");
    case ConsensusLevel::VeryHigh:
        return QStringLiteral("very_high");
    }
    return {};
}

QJsonArray vectorJson(const Eigen::VectorXd &v)
{
    QJsonArray array;
    for (Eigen::Index i = 0; i < v.size(); ++i)
        array.append(v(i));
    return array;
}

QJsonArray inferredJson(const QVector<InferredCell> &cells)
{
    QJsonArray array;
    for (const InferredCell &c : cells)
        array.append(QJsonObject{{QStringLiteral("i"), c.row},
                                 {QStringLiteral("j"), c.column},
                                 {QStringLiteral("value"), c.value}});
    return array;
}

QJsonObject changeJson(const JudgementSuggestion &s)
{
    return QJsonObject{{QStringLiteral("i"), s.row},
                       {QStringLiteral("j"), s.column},
                       {QStringLiteral("current"), s.current},
                       {QStringLiteral("suggested"), s.suggested}};
}

QJsonArray suggestionsJson(const QVector<JudgementSuggestion> &suggestions)
{
    QJsonArray array;
    for (const JudgementSuggestion &s : suggestions) {
        QJsonObject object = changeJson(s);
        object.insert(QStringLiteral("cr_after"), s.crAfter);
        array.append(object);
    }
    return array;
}

QJsonValue repairJson(const std::optional<RepairProposal> &repair)
{
    if (!repair)
        return QJsonValue::Null;
    QJsonArray changes;
    for (const JudgementSuggestion &s : repair->changes)
        changes.append(changeJson(s));
    return QJsonObject{{QStringLiteral("changes"), changes},
                       {QStringLiteral("cr_after"), repair->crAfter},
                       {QStringLiteral("reaches_threshold"), repair->reachesThreshold}};
}

// Suggestions and a repair proposal for an inconsistent complete matrix; nothing otherwise.
Status addAdvice(const PairwiseMatrix &completed, const AhpResult &result,
                 const AhpSettings &settings, QVector<JudgementSuggestion> &suggestions,
                 std::optional<RepairProposal> &repair)
{
    if (result.consistent)
        return Status::success();
    auto ranked = Inconsistency::rankJudgements(completed, settings, 3);
    if (!ranked)
        return ranked.error();
    suggestions = *ranked;
    auto proposal = Inconsistency::autoRepair(completed, settings);
    if (!proposal)
        return proposal.error();
    repair = std::move(proposal).value();
    return Status::success();
}

Result<AhpReport> analyseSingle(AhpReport report)
{
    const PairwiseMatrix &matrix = report.files.constFirst().matrix;
    auto completion = MatrixCompletion::complete(matrix);
    if (!completion)
        return Error(report.files.constFirst().path + QStringLiteral(": ") +
                     completion.error().message());
    const AhpResult result = Consistency::analyse(completion->completed.values(), report.settings);
    report.weights = result.weights;
    report.ahp = result;
    report.consistent = result.consistent;
    report.inferred = completion->inferred;
    if (Status advice = addAdvice(completion->completed, result, report.settings,
                                  report.suggestions, report.repair);
        !advice)
        return advice.error();
    return report;
}

Result<AhpReport> analyseGroup(AhpReport report, GroupAggregation aggregation)
{
    QVector<Evaluator> evaluators;
    for (const AhpMatrixFile &file : report.files)
        evaluators.append(Evaluator{file.name, file.matrix, file.weight});
    auto group = GroupJudgement::aggregate(evaluators, aggregation, report.settings);
    if (!group)
        return group.error();
    report.weights = group->weights;
    report.ahp = group->groupMatrix;
    report.inferred = group->inferred;
    if (report.ahp) {
        report.consistent = report.ahp->consistent;
    } else {
        // AIP has no group matrix: the group is consistent when every evaluator is.
        for (const EvaluatorResult &e : group->evaluators)
            report.consistent = report.consistent && e.ahp.consistent;
    }
    report.group = std::move(group).value();
    return report;
}

QJsonObject evaluatorJson(const EvaluatorResult &e, const AhpMatrixFile &file,
                          const AhpSettings &settings)
{
    QVector<JudgementSuggestion> suggestions;
    std::optional<RepairProposal> unusedRepair;
    if (!e.ahp.consistent) {
        auto completed = MatrixCompletion::complete(file.matrix);
        if (completed)
            (void)addAdvice(completed->completed, e.ahp, settings, suggestions, unusedRepair);
    }
    return QJsonObject{{QStringLiteral("name"), e.name},
                       {QStringLiteral("file"), file.path},
                       {QStringLiteral("voting_weight"), file.weight},
                       {QStringLiteral("weights"), vectorJson(e.ahp.weights)},
                       {QStringLiteral("lambda_max"), e.ahp.lambdaMax},
                       {QStringLiteral("ci"), e.ahp.ci},
                       {QStringLiteral("cr"), e.ahp.cr},
                       {QStringLiteral("consistent"), e.ahp.consistent},
                       {QStringLiteral("distance"), e.distanceToGroup},
                       {QStringLiteral("inferred"), inferredJson(e.inferred)},
                       {QStringLiteral("suggestions"), suggestionsJson(suggestions)}};
}

QJsonObject reportJson(const AhpReport &r)
{
    const auto orNull = [&r](double AhpResult::*field) {
        return r.ahp ? QJsonValue((*r.ahp).*field) : QJsonValue(QJsonValue::Null);
    };
    QJsonObject json{
        {QStringLiteral("criteria"), QJsonArray::fromStringList(r.criteria)},
        {QStringLiteral("method"), AhpModelJson::methodId(r.settings.method)},
        {QStringLiteral("ri_table"), AhpModelJson::riId(r.settings.randomIndex)},
        {QStringLiteral("threshold"), r.settings.crThreshold},
        {QStringLiteral("weights"), vectorJson(r.weights)},
        {QStringLiteral("lambda_max"), orNull(&AhpResult::lambdaMax)},
        {QStringLiteral("ci"), orNull(&AhpResult::ci)},
        {QStringLiteral("ri"),
         Consistency::randomIndex(r.settings.randomIndex, static_cast<int>(r.criteria.size()))},
        {QStringLiteral("cr"), orNull(&AhpResult::cr)},
        {QStringLiteral("consistent"), r.consistent},
        {QStringLiteral("inferred"), inferredJson(r.inferred)},
        {QStringLiteral("suggestions"), suggestionsJson(r.suggestions)},
        {QStringLiteral("repair"), repairJson(r.repair)},
    };
    if (r.group) {
        QJsonArray evaluators;
        for (int k = 0; k < r.group->evaluators.size(); ++k)
            evaluators.append(evaluatorJson(r.group->evaluators.at(k), r.files.at(k), r.settings));
        json.insert(QStringLiteral("aggregate"),
                    r.group->aggregation == GroupAggregation::Judgements ? QStringLiteral("aij")
                                                                         : QStringLiteral("aip"));
        json.insert(QStringLiteral("evaluators"), evaluators);
        json.insert(QStringLiteral("consensus"), r.group->consensus);
        json.insert(QStringLiteral("consensus_level"), consensusLevelId(r.group->consensusLevel));
    }
    return json;
}

QString fixed(double value, int decimals = 3)
{
    return QString::number(value, 'f', decimals);
}

QString percent(double share)
{
    return QString::number(100.0 * share, 'f', 1) + QStringLiteral(" %");
}

QString pairText(const QStringList &criteria, int i, int j)
{
    return criteria.at(i) + QStringLiteral(" vs ") + criteria.at(j);
}

void printWeights(const QStringList &criteria, const Eigen::VectorXd &weights)
{
    int width = 9;
    for (const QString &c : criteria)
        width = std::max(width, static_cast<int>(c.size()));
    printOut(QStringLiteral("Criterion").leftJustified(width + 2) + QStringLiteral("Weight"));
    for (int i = 0; i < criteria.size(); ++i)
        printOut(criteria.at(i).leftJustified(width + 2) + percent(weights(i)).rightJustified(7));
}

void printConsistency(const AhpReport &r)
{
    const QString table = Consistency::tableName(r.settings.randomIndex);
    const double ri =
        Consistency::randomIndex(r.settings.randomIndex, static_cast<int>(r.criteria.size()));
    if (!r.ahp) {
        printOut(QStringLiteral("No group matrix (priorities aggregated), so no group CR; RI %1 "
                                "(%2). %3")
                     .arg(fixed(ri, 2), table,
                          r.consistent ? QStringLiteral("PASS: every evaluator's CR is below %1")
                                             .arg(fixed(r.settings.crThreshold, 2))
                                       : QStringLiteral("FAIL: some evaluator's CR is %1 or more")
                                             .arg(fixed(r.settings.crThreshold, 2))));
        return;
    }
    printOut(QStringLiteral("λmax %1   CI %2   RI %3 (%4)   CR %5 %6 (threshold %7)")
                 .arg(fixed(r.ahp->lambdaMax), fixed(r.ahp->ci), fixed(ri, 2), table,
                      fixed(r.ahp->cr),
                      r.consistent ? QStringLiteral("PASS") : QStringLiteral("FAIL"),
                      fixed(r.settings.crThreshold, 2)));
}

void printAdvice(const AhpReport &r)
{
    for (const InferredCell &c : r.inferred)
        printOut(QStringLiteral("Inferred: %1 = %2 (missing judgement, completed)")
                     .arg(pairText(r.criteria, c.row, c.column), QString::number(c.value, 'g', 4)));
    if (!r.suggestions.isEmpty())
        printOut(QStringLiteral("Judgements to revisit:"));
    for (const JudgementSuggestion &s : r.suggestions)
        printOut(QStringLiteral("  Judgement %1 is %2; %3 would give CR %4")
                     .arg(pairText(r.criteria, s.row, s.column), SaatyScale::toFraction(s.current),
                          SaatyScale::toFraction(s.suggested), fixed(s.crAfter)));
    if (r.repair && !r.repair->changes.isEmpty()) {
        QStringList changes;
        for (const JudgementSuggestion &s : r.repair->changes)
            changes << QStringLiteral("%1 from %2 to %3")
                           .arg(pairText(r.criteria, s.row, s.column),
                                SaatyScale::toFraction(s.current),
                                SaatyScale::toFraction(s.suggested));
        printOut(QStringLiteral("Proposed repair (not applied): change %1 → CR %2%3")
                     .arg(changes.join(QStringLiteral(", ")), fixed(r.repair->crAfter),
                          r.repair->reachesThreshold ? QString()
                                                     : QStringLiteral(", still not below the "
                                                                      "threshold")));
    }
}

void printGroup(const AhpReport &r)
{
    const GroupResult &g = *r.group;
    printOut(QString());
    printOut(QStringLiteral("Group of %1 evaluators, aggregated by %2")
                 .arg(g.evaluators.size())
                 .arg(g.aggregation == GroupAggregation::Judgements
                          ? QStringLiteral("judgements (AIJ)")
                          : QStringLiteral("priorities (AIP)")));
    for (int k = 0; k < g.evaluators.size(); ++k) {
        const EvaluatorResult &e = g.evaluators.at(k);
        QStringList weights;
        for (Eigen::Index i = 0; i < e.ahp.weights.size(); ++i)
            weights << percent(e.ahp.weights(i));
        printOut(QStringLiteral("  %1 (voting weight %2): %3; CR %4 %5; distance to group %6")
                     .arg(e.name, QString::number(r.files.at(k).weight),
                          weights.join(QStringLiteral(", ")), fixed(e.ahp.cr),
                          e.ahp.consistent ? QStringLiteral("PASS") : QStringLiteral("FAIL"),
                          percent(e.distanceToGroup)));
    }
    printOut(QStringLiteral("Consensus %1 (%2)")
                 .arg(percent(g.consensus), GroupJudgement::consensusLevelName(g.consensusLevel)));
}

void printReport(const AhpReport &r)
{
    printWeights(r.criteria, r.weights);
    printOut(QString());
    printConsistency(r);
    printAdvice(r);
    if (r.group)
        printGroup(r);
}

} // namespace

int runAhp(const QStringList &args)
{
    CommandLine command(
        QStringLiteral("Weights and consistency of pairwise judgement matrices (AHP). Several "
                       "--matrix files are several evaluators judging the same criteria."),
        CommandLine::Arguments::Own);
    QCommandLineParser &parser = command.parser();
    const QCommandLineOption matrixOption(
        QStringLiteral("matrix"),
        QStringLiteral("judgement file {\"criteria\": [..], \"matrix\": [[..], ..]} (repeatable)"),
        QStringLiteral("M.json"));
    const QCommandLineOption aggregateOption(
        QStringLiteral("aggregate"),
        QStringLiteral("group aggregation: aij (judgements, default) or aip (priorities)"),
        QStringLiteral("aij|aip"), QStringLiteral("aij"));
    const QCommandLineOption methodOption(QStringLiteral("method"),
                                          QStringLiteral("eigen (default), geomean or arith"),
                                          QStringLiteral("METHOD"), QStringLiteral("eigen"));
    const QCommandLineOption riOption(QStringLiteral("ri"),
                                      QStringLiteral("random index table: saaty (default), "
                                                     "alonso or donegan"),
                                      QStringLiteral("TABLE"), QStringLiteral("saaty"));
    const QCommandLineOption thresholdOption(QStringLiteral("threshold"),
                                             QStringLiteral("CR threshold (default 0.1)"),
                                             QStringLiteral("CR"), QStringLiteral("0.1"));
    const QCommandLineOption jsonOption(QStringLiteral("json"), QStringLiteral("JSON output"));
    parser.addOptions(
        {matrixOption, aggregateOption, methodOption, riOption, thresholdOption, jsonOption});
    if (const auto done = command.parse(args))
        return *done;
    if (!parser.positionalArguments().isEmpty())
        return fail(QStringLiteral("unexpected argument \"%1\"")
                        .arg(parser.positionalArguments().constFirst()),
                    Usage);
    const QStringList paths = parser.values(matrixOption);
    if (paths.isEmpty())
        return fail(QStringLiteral("give at least one --matrix M.json"), Usage);

    AhpReport report;
    auto method = AhpModelJson::parseMethod(parser.value(methodOption));
    if (!method)
        return fail(method.error(), Usage);
    report.settings.method = *method;
    auto ri = AhpModelJson::parseRi(parser.value(riOption));
    if (!ri)
        return fail(ri.error(), Usage);
    report.settings.randomIndex = *ri;
    bool ok = false;
    report.settings.crThreshold = parser.value(thresholdOption).toDouble(&ok);
    if (!ok || !(report.settings.crThreshold > 0) || report.settings.crThreshold >= 1)
        return fail(QStringLiteral("--threshold must be a number between 0 and 1, such as 0.1"),
                    Usage);
    const QString aggregate = parser.value(aggregateOption);
    if (aggregate != QLatin1String("aij") && aggregate != QLatin1String("aip"))
        return fail(QStringLiteral("--aggregate must be aij or aip"), Usage);

    for (const QString &path : paths) {
        auto file = readAhpMatrixFile(path);
        if (!file)
            return fail(file.error());
        if (!report.files.isEmpty() && file->matrix.criteria() != report.criteria) {
            return fail(QStringLiteral("%1: the criteria (%2) differ from those of %3 (%4); all "
                                       "evaluators must judge the same criteria in the same order")
                            .arg(path, file->matrix.criteria().join(QStringLiteral(", ")),
                                 report.files.constFirst().path,
                                 report.criteria.join(QStringLiteral(", "))));
        }
        report.criteria = file->matrix.criteria();
        report.files.append(std::move(file).value());
    }

    const Result<AhpReport> analysed =
        report.files.size() == 1
            ? analyseSingle(std::move(report))
            : analyseGroup(std::move(report), aggregate == QLatin1String("aip")
                                                  ? GroupAggregation::Priorities
                                                  : GroupAggregation::Judgements);
    if (!analysed)
        return fail(analysed.error());
    if (parser.isSet(jsonOption))
        printJson(QJsonDocument(reportJson(*analysed)));
    else
        printReport(*analysed);
    return Success;
}

} // namespace valuedesk::cli
