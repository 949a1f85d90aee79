#include "ahpmodelrepository.h"
#include "clioutput.h"
#include "commands.h"
#include "connectionfactory.h"
#include "database.h"
#include "evaluateoutput.h"
#include "evaluationservice.h"
#include "metrics/evaluation.h"
#include "metrics/evaluationsnapshot.h"
#include "username.h"

#include <QCommandLineParser>
#include <QJsonDocument>
#include <QJsonObject>

#include <cmath>

namespace valuedesk::cli {

namespace {

struct EvaluateArgs
{
    QString file;
    QString model;
    QDate asOf; // invalid: the file's last transaction date
    int months = 12;
    Normalisation method = Normalisation::ZScore;
    QString split = QStringLiteral("mean");
    ScoreOptions scoring;
    bool json = false;
    QString csv;
    bool save = false;
};

// Parses --split mean|median|X,Y into `scoring`; false when malformed.
bool parseSplit(const QString &text, ScoreOptions &scoring)
{
    if (text == QLatin1String("mean")) {
        scoring.split = SplitMethod::Mean;
        return true;
    }
    if (text == QLatin1String("median")) {
        scoring.split = SplitMethod::Median;
        return true;
    }
    const QStringList parts = text.split(QLatin1Char(','));
    if (parts.size() != 2)
        return false;
    bool okCurrent = false;
    bool okPotential = false;
    const double current = parts.at(0).trimmed().toDouble(&okCurrent);
    const double potential = parts.at(1).trimmed().toDouble(&okPotential);
    if (!okCurrent || !okPotential || !std::isfinite(current) || !std::isfinite(potential))
        return false;
    scoring.split = SplitMethod::Thresholds;
    scoring.currentThreshold = current;
    scoring.potentialThreshold = potential;
    return true;
}

QJsonObject toJson(const AhpModel &model, const EvaluateArgs &args, const EvaluationWindow &window,
                   const QVector<EvaluatedCustomer> &rows, const EvaluationResult &r)
{
    return evaluationJson(model, args.method, args.split, window, rows, r);
}

Status writeCsv(const QString &path, const QVector<EvaluatedCustomer> &customers,
                const EvaluationResult &r)
{
    return writeEvaluationCsv(path, customers, r);
}

void printSummary(const AhpModel &model, const EvaluateArgs &args, const EvaluationWindow &window,
                  const EvaluationResult &r)
{
    printEvaluationSummary(model, args.method, args.split, window, r);
}

// 0 and `args` filled, or the exit code of a usage error (already reported).
int parseArgs(const QStringList &argv, EvaluateArgs &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Evaluate every customer with an AHP model: metrics, scores and quadrants."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("FILE"), QStringLiteral("customer file (.vdb)"));
    const QCommandLineOption modelOption(
        QStringLiteral("model"), QStringLiteral("the AHP model's name"), QStringLiteral("NAME"));
    const QCommandLineOption asOfOption(
        QStringLiteral("as-of"),
        QStringLiteral("last day of the window (default: the last transaction date)"),
        QStringLiteral("YYYY-MM-DD"));
    const QCommandLineOption monthsOption(QStringLiteral("window-months"),
                                          QStringLiteral("window length (default 12)"),
                                          QStringLiteral("N"));
    const QCommandLineOption normaliseOption(QStringLiteral("normalise"),
                                             QStringLiteral("zscore (default), minmax or rank"),
                                             QStringLiteral("METHOD"));
    const QCommandLineOption splitOption(
        QStringLiteral("split"),
        QStringLiteral("quadrant split: mean (default), median or thresholds X,Y (current, "
                       "potential)"),
        QStringLiteral("mean|median|X,Y"));
    const QCommandLineOption saveOption(QStringLiteral("save"),
                                        QStringLiteral("store the evaluation as a snapshot"));
    const QCommandLineOption jsonOption(QStringLiteral("json"), QStringLiteral("JSON output"));
    const QCommandLineOption csvOption(QStringLiteral("csv"),
                                       QStringLiteral("write one row per customer to OUT.csv"),
                                       QStringLiteral("OUT"));
    parser.addOptions({modelOption, asOfOption, monthsOption, normaliseOption, splitOption,
                       saveOption, jsonOption, csvOption});
    if (!parser.parse(argv))
        return fail(parser.errorText(), Usage);
    if (parser.isSet(QStringLiteral("help"))) {
        printOut(parser.helpText());
        return -1;
    }
    if (parser.positionalArguments().size() != 1)
        return fail(QStringLiteral("expected exactly one customer file"), Usage);
    args.file = parser.positionalArguments().constFirst();
    if (!parser.isSet(modelOption) || parser.value(modelOption).trimmed().isEmpty())
        return fail(QStringLiteral("give the model with --model NAME"), Usage);
    args.model = parser.value(modelOption).trimmed();
    if (parser.isSet(asOfOption)) {
        args.asOf = QDate::fromString(parser.value(asOfOption), QStringLiteral("yyyy-MM-dd"));
        if (!args.asOf.isValid())
            return fail(QStringLiteral("--as-of must be a date YYYY-MM-DD"), Usage);
    }
    if (parser.isSet(monthsOption)) {
        bool ok = false;
        args.months = parser.value(monthsOption).toInt(&ok);
        if (!ok || args.months < 1 || args.months > 1200)
            return fail(QStringLiteral("--window-months must be a whole number from 1 to 1200"),
                        Usage);
    }
    if (parser.isSet(normaliseOption)) {
        const QString value = parser.value(normaliseOption);
        const std::optional<Normalisation> method = value == value.trimmed().toLower()
                                                        ? Evaluation::parseNormalisation(value)
                                                        : std::nullopt;
        if (!method)
            return fail(QStringLiteral("--normalise must be zscore, minmax or rank"), Usage);
        args.method = *method;
    }
    if (parser.isSet(splitOption)) {
        args.split = parser.value(splitOption).trimmed();
        if (!parseSplit(args.split, args.scoring))
            return fail(QStringLiteral("--split must be mean, median or two numbers X,Y"), Usage);
    }
    args.json = parser.isSet(jsonOption);
    args.csv = parser.value(csvOption);
    if (args.json && parser.isSet(csvOption))
        return fail(QStringLiteral("give either --json or --csv, not both"), Usage);
    if (parser.isSet(csvOption) && args.csv.isEmpty())
        return fail(QStringLiteral("--csv needs a file name"), Usage);
    args.save = parser.isSet(saveOption);
    return Success;
}

} // namespace

int runEvaluate(const QStringList &argv)
{
    EvaluateArgs args;
    const int parsed = parseArgs(argv, args);
    if (parsed < 0)
        return Success; // --help
    if (parsed != Success)
        return parsed;
    // Without --save nothing is written: the file is opened read-only and left as it was.
    auto db = Database::open(args.file, Database::OpenMode::OpenExisting,
                             args.save ? Database::Access::ReadWrite : Database::Access::ReadOnly);
    if (!db)
        return fail(db.error());
    const QSqlDatabase connection = (*db)->connection();
    AhpModelRepository models(connection);
    auto found = models.findByName(args.model);
    if (!found)
        return fail(found.error());
    if (!found->has_value())
        return fail(QStringLiteral("there is no AHP model \"%1\" in %2; see 'valuedesk-cli model "
                                   "%2 --list'")
                        .arg(args.model, args.file));
    const AhpModel model = std::move(**found);

    EvaluationRequest request;
    request.model = model;
    request.options.window = EvaluationWindow{args.asOf, args.months};
    request.options.normaliser.method = args.method;
    request.options.scoring = args.scoring;
    request.save = args.save;
    request.author = userName();
    TaskContext context;
    auto evaluated = EvaluationService::run(request, SqliteConnectionFactory(**db), context);
    if (!evaluated)
        return fail(evaluated.error());
    const EvaluationSnapshot &snapshot = *evaluated;
    const EvaluationWindow window = snapshot.info.options.window;
    const EvaluationResult &result = snapshot.result;
    const qint64 snapshotId = args.save ? snapshot.info.id : 0;
    if (args.json) {
        QJsonObject json = toJson(model, args, window, snapshot.customers, result);
        if (args.save)
            json.insert(QStringLiteral("snapshot"), snapshotId);
        printJson(QJsonDocument(json));
        return Success;
    }
    if (!args.csv.isEmpty()) {
        const Status written = writeCsv(args.csv, snapshot.customers, result);
        if (!written)
            return fail(written.error());
        printOut(QStringLiteral("Wrote %1 customers to %2")
                     .arg(snapshot.customers.size())
                     .arg(args.csv));
    } else {
        printSummary(model, args, window, result);
    }
    if (args.save)
        printOut(QStringLiteral("Saved snapshot %1").arg(snapshotId));
    return Success;
}

} // namespace valuedesk::cli
