#include "ahpmodelrepository.h"
#include "classification/abcscheme.h"
#include "classification/classificationsummary.h"
#include "classificationrepository.h"
#include "classificationservice.h"
#include "classifyoutput.h"
#include "classifyschemes.h"
#include "clioutput.h"
#include "commands.h"
#include "connectionfactory.h"
#include "database.h"
#include "evaluationdatareader.h"
#include "metrics/evaluation.h"
#include "snapshotrepository.h"

#include <QCommandLineParser>
#include <QJsonDocument>
#include <QJsonObject>

namespace valuedesk::cli {

namespace {

struct ClassifyArgs
{
    QString file;
    const SchemeCommand *scheme = nullptr;
    SchemeJob job;
    QDate asOf;      // invalid: the file's last transaction date (or the snapshot's with --save)
    int months = -1; // -1: not given (12, or the snapshot's with --save); 0: all history
    QString model;
    Normalisation normalise = Normalisation::MinMax;
    bool json = false;
    QString csv;
    bool save = false;
};

QJsonObject toJson(const ClassificationResult &r, const EvaluationWindow &window,
                   const QVector<EvaluatedCustomer> &customers)
{
    return classificationJson(r, window, customers);
}

Status writeCsv(const QString &path, const ClassificationResult &r,
                const QVector<EvaluatedCustomer> &customers)
{
    return writeClassificationCsv(path, r, customers);
}

void printSummary(const ClassificationResult &r, const EvaluationWindow &window)
{
    printClassificationSummary(r, window);
}

QString schemeList()
{
    QStringList ids;
    for (const SchemeCommand &s : schemeCommands())
        ids << s.id;
    return ids.join(QLatin1Char('|'));
}

// 0 and `args` filled, -1 after --help, or the exit code of a usage error (already reported).
int parseArgs(const QStringList &argv, ClassifyArgs &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Classify every customer with a scheme: ABC/Pareto, RFM, …"));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("FILE"), QStringLiteral("customer file (.vdb)"));
    const QCommandLineOption schemeOption(QStringLiteral("scheme"), QStringLiteral("the scheme"),
                                          schemeList());
    const QCommandLineOption asOfOption(
        QStringLiteral("as-of"),
        QStringLiteral("last day of the window (default: the last transaction date)"),
        QStringLiteral("YYYY-MM-DD"));
    const QCommandLineOption monthsOption(
        QStringLiteral("window-months"),
        QStringLiteral("window length (default 12; 0 = all history)"), QStringLiteral("N"));
    const QCommandLineOption saveOption(
        QStringLiteral("save"),
        QStringLiteral("store the result with the newest evaluation snapshot (its window)"));
    const QCommandLineOption jsonOption(QStringLiteral("json"), QStringLiteral("JSON output"));
    const QCommandLineOption csvOption(QStringLiteral("csv"),
                                       QStringLiteral("write one row per customer to OUT.csv"),
                                       QStringLiteral("OUT"));
    parser.addOptions({schemeOption, asOfOption, monthsOption, saveOption, jsonOption, csvOption});
    parser.addOptions(schemeOptions());
    if (!parser.parse(argv))
        return fail(parser.errorText(), Usage);
    if (parser.isSet(QStringLiteral("help"))) {
        printOut(parser.helpText());
        return -1;
    }
    if (parser.positionalArguments().size() != 1)
        return fail(QStringLiteral("expected exactly one customer file"), Usage);
    args.file = parser.positionalArguments().constFirst();
    if (!parser.isSet(schemeOption))
        return fail(QStringLiteral("give the scheme with --scheme %1").arg(schemeList()), Usage);
    const QString scheme = parser.value(schemeOption).trimmed();
    for (const SchemeCommand &s : schemeCommands())
        if (s.id == scheme)
            args.scheme = &s;
    if (!args.scheme)
        return fail(QStringLiteral("--scheme must be one of %1").arg(schemeList()), Usage);
    if (parser.isSet(asOfOption)) {
        args.asOf = QDate::fromString(parser.value(asOfOption), QStringLiteral("yyyy-MM-dd"));
        if (!args.asOf.isValid())
            return fail(QStringLiteral("--as-of must be a date YYYY-MM-DD"), Usage);
    }
    if (parser.isSet(monthsOption)) {
        bool ok = false;
        args.months = parser.value(monthsOption).toInt(&ok);
        if (!ok || args.months < 0 || args.months > 1200)
            return fail(QStringLiteral("--window-months must be a whole number from 0 (all "
                                       "history) to 1200"),
                        Usage);
    }
    args.model = parser.value(QStringLiteral("model")).trimmed();
    if (parser.isSet(QStringLiteral("normalise"))) {
        const auto method =
            Evaluation::parseNormalisation(parser.value(QStringLiteral("normalise")));
        if (!method)
            return fail(QStringLiteral("--normalise must be zscore, minmax or rank"), Usage);
        args.normalise = *method;
    }
    args.json = parser.isSet(jsonOption);
    args.csv = parser.value(csvOption);
    if (args.json && parser.isSet(csvOption))
        return fail(QStringLiteral("give either --json or --csv, not both"), Usage);
    if (parser.isSet(csvOption) && args.csv.isEmpty())
        return fail(QStringLiteral("--csv needs a file name"), Usage);
    args.save = parser.isSet(saveOption);
    if (!args.scheme->parse)
        return fail(QStringLiteral("the classification scheme \"%1\" is not available yet")
                        .arg(args.scheme->id));
    auto job = args.scheme->parse(parser);
    if (!job)
        return fail(job.error().message(), Usage);
    args.job = std::move(job).value();
    if (args.job.needsEvaluation && args.model.isEmpty())
        return fail(QStringLiteral("this scheme needs value scores: give the AHP model with "
                                   "--model NAME"),
                    Usage);
    return Success;
}

// The window: as given, else the newest snapshot's (with --save), else the last transaction
// date and 12 months; 0 months = from the first transaction.
Result<EvaluationWindow> resolveWindow(const ClassifyArgs &args,
                                       const std::optional<EvaluationSnapshotInfo> &snapshot,
                                       const EvaluationDataReader &reader)
{
    EvaluationWindow window{args.asOf, args.months};
    if (snapshot) {
        const EvaluationWindow stored = snapshot->options.window;
        if ((args.asOf.isValid() && args.asOf != stored.asOf) ||
            (args.months > 0 && args.months != stored.months) || args.months == 0)
            return Error(QStringLiteral("the newest evaluation snapshot (%1) is for %2 months to "
                                        "%3; classify with that window to save into it")
                             .arg(snapshot->id)
                             .arg(stored.months)
                             .arg(stored.asOf.toString(Qt::ISODate)));
        return stored;
    }
    if (!window.asOf.isValid()) {
        auto last = reader.lastTransactionDate();
        if (!last)
            return last.error();
        if (!last->isValid())
            return Error(QStringLiteral("the customer file has no transactions yet; give the "
                                        "as-of date with --as-of"));
        window.asOf = *last;
    }
    if (window.months < 0)
        window.months = 12;
    if (window.months == 0) {
        auto first = reader.firstTransactionDate();
        if (!first)
            return first.error();
        window.months = EvaluationWindow::monthsCovering(*first, window.asOf);
    }
    return window;
}

} // namespace

int runClassify(const QStringList &argv)
{
    ClassifyArgs args;
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

    std::optional<EvaluationSnapshotInfo> snapshot;
    if (args.save) {
        auto snapshots = SnapshotRepository(connection).list();
        if (!snapshots)
            return fail(snapshots.error());
        if (snapshots->isEmpty())
            return fail(QStringLiteral("there is no evaluation snapshot in %1 to save into; run "
                                       "'valuedesk-cli evaluate %1 --model NAME --save' first")
                            .arg(args.file));
        snapshot = snapshots->constFirst();
    }
    auto window = resolveWindow(args, snapshot, EvaluationDataReader(connection));
    if (!window)
        return fail(window.error());

    ClassificationRequest request;
    request.window = *window;
    request.needsClv = args.job.needsClv;
    request.classify = args.job.classify;
    request.normalise = args.normalise;
    request.saveInto = snapshot ? snapshot->id : 0;
    if (args.job.needsEvaluation) {
        auto found = AhpModelRepository(connection).findByName(args.model);
        if (!found)
            return fail(found.error());
        if (!found->has_value())
            return fail(QStringLiteral("there is no AHP model \"%1\" in %2; see 'valuedesk-cli "
                                       "model %2 --list'")
                            .arg(args.model, args.file));
        request.model = std::move(**found);
    }
    TaskContext context;
    auto classified = ClassificationService::run(request, SqliteConnectionFactory(**db), context);
    if (!classified)
        return fail(classified.error());
    const ClassificationOutcome &input = *classified; // its customers, as the output reads them
    const ClassificationResult *result = &classified->result;

    if (args.json) {
        QJsonObject json = toJson(*result, *window, input.customers);
        if (snapshot)
            json.insert(QStringLiteral("snapshot"), snapshot->id);
        printJson(QJsonDocument(json));
        return Success;
    }
    if (!args.csv.isEmpty()) {
        const Status written = writeCsv(args.csv, *result, input.customers);
        if (!written)
            return fail(written.error());
        printOut(
            QStringLiteral("Wrote %1 customers to %2").arg(input.customers.size()).arg(args.csv));
    } else {
        printSummary(*result, *window);
    }
    if (snapshot)
        printOut(QStringLiteral("Saved with snapshot %1").arg(snapshot->id));
    return Success;
}

} // namespace valuedesk::cli
