#include "clioutput.h"
#include "commandline.h"
#include "commands.h"
#include "database.h"
#include "snapshotrepository.h"

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
    CommandLine command(
        QStringLiteral("List the evaluation snapshots of a customer file, newest first."));
    const QCommandLineOption jsonOption(QStringLiteral("json"), QStringLiteral("JSON output"));
    command.parser().addOption(jsonOption);
    if (const auto done = command.parse(args))
        return *done;
    if (const auto failed = command.open(Database::Access::ReadOnly))
        return *failed;
    auto snapshots = SnapshotRepository(command.connection()).list();
    if (!snapshots)
        return fail(snapshots.error());
    if (command.parser().isSet(jsonOption)) {
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
