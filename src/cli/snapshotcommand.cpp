#include "clioutput.h"
#include "commands.h"
#include "database.h"
#include "snapshotrepository.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace valuedesk::cli {

namespace {

constexpr Quadrant quadrants[] = {Quadrant::HighHigh, Quadrant::HighLow, Quadrant::LowHigh,
                                  Quadrant::LowLow};

QString createdText(const QDateTime &time)
{
    return time.toUTC().toString(QStringLiteral("yyyy-MM-ddTHH:mm:ssZ"));
}

QJsonObject snapshotJson(const EvaluationSnapshotInfo &info)
{
    QJsonObject counts;
    for (Quadrant q : quadrants)
        counts.insert(ValueScorer::quadrantId(q), info.quadrantCounts[static_cast<int>(q)]);
    const EvaluationOptions &o = info.options;
    return QJsonObject{
        {QStringLiteral("id"), info.id},
        {QStringLiteral("created_at"), createdText(info.createdAt)},
        {QStringLiteral("author"), info.author},
        {QStringLiteral("label"), info.label},
        {QStringLiteral("model"), info.modelName},
        {QStringLiteral("model_version"), info.modelVersion},
        {QStringLiteral("as_of"), o.window.asOf.toString(Qt::ISODate)},
        {QStringLiteral("window_months"), o.window.months},
        {QStringLiteral("normalise"), Evaluation::normalisationId(o.normaliser.method)},
        {QStringLiteral("split"), EvaluationSnapshot::splitText(o.scoring)},
        {QStringLiteral("thresholds"),
         QJsonObject{{QStringLiteral("current"), info.currentThreshold},
                     {QStringLiteral("potential"), info.potentialThreshold}}},
        {QStringLiteral("customers"), info.customerCount},
        {QStringLiteral("quadrants"), counts}};
}

} // namespace

int runSnapshots(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("List the evaluation snapshots of a customer file, newest first."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("FILE"), QStringLiteral("customer file (.vdb)"));
    const QCommandLineOption jsonOption(QStringLiteral("json"), QStringLiteral("JSON output"));
    parser.addOption(jsonOption);
    if (!parser.parse(args))
        return fail(parser.errorText(), Usage);
    if (parser.isSet(QStringLiteral("help"))) {
        printOut(parser.helpText());
        return Success;
    }
    if (parser.positionalArguments().size() != 1)
        return fail(QStringLiteral("expected exactly one customer file"), Usage);
    const QString file = parser.positionalArguments().constFirst();

    auto db = Database::open(file, Database::OpenMode::OpenExisting, Database::Access::ReadOnly);
    if (!db)
        return fail(db.error());
    auto snapshots = SnapshotRepository((*db)->connection()).list();
    if (!snapshots)
        return fail(snapshots.error());
    if (parser.isSet(jsonOption)) {
        QJsonArray array;
        for (const EvaluationSnapshotInfo &info : std::as_const(*snapshots))
            array.append(snapshotJson(info));
        printJson(QJsonDocument(QJsonObject{{QStringLiteral("snapshots"), array}}));
        return Success;
    }
    QStringList header{QStringLiteral("id"),       QStringLiteral("created"),
                       QStringLiteral("author"),   QStringLiteral("model"),
                       QStringLiteral("as_of"),    QStringLiteral("months"),
                       QStringLiteral("customers")};
    for (Quadrant q : quadrants)
        header << ValueScorer::quadrantId(q);
    header << QStringLiteral("label");
    printOut(header.join(QLatin1Char('\t')));
    for (const EvaluationSnapshotInfo &info : std::as_const(*snapshots)) {
        QStringList row{QString::number(info.id),
                        createdText(info.createdAt),
                        info.author,
                        QStringLiteral("%1 v%2").arg(info.modelName).arg(info.modelVersion),
                        info.options.window.asOf.toString(Qt::ISODate),
                        QString::number(info.options.window.months),
                        QString::number(info.customerCount)};
        for (Quadrant q : quadrants)
            row << QString::number(info.quadrantCounts[static_cast<int>(q)]);
        row << info.label;
        printOut(row.join(QLatin1Char('\t')));
    }
    return Success;
}

} // namespace valuedesk::cli
