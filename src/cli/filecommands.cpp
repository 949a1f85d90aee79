#include "clioutput.h"
#include "commandline.h"
#include "commands.h"
#include "customerrepository.h"
#include "database.h"
#include "demogenerator.h"
#include "fileholders.h"
#include "filestatistics.h"
#include "portfoliowriter.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonObject>

namespace valuedesk::cli {

namespace {

QJsonValue dateJson(const QDate &date)
{
    return date.isValid() ? QJsonValue(date.toString(Qt::ISODate)) : QJsonValue();
}

QJsonObject customerJson(const Customer &c)
{
    QJsonObject attributes;
    for (auto it = c.attributes.constBegin(); it != c.attributes.constEnd(); ++it)
        attributes.insert(it.key(), it.value());
    return QJsonObject{{QStringLiteral("code"), c.code},
                       {QStringLiteral("name"), c.name},
                       {QStringLiteral("industry"), c.industry},
                       {QStringLiteral("region"), c.region},
                       {QStringLiteral("manager"), c.manager},
                       {QStringLiteral("contact"), c.contact},
                       {QStringLiteral("tenure_start"), dateJson(c.tenureStart)},
                       {QStringLiteral("status"), statusId(c.status)},
                       {QStringLiteral("notes"), c.notes},
                       {QStringLiteral("attributes"), attributes}};
}

} // namespace

int runInit(const QStringList &args)
{
    CommandLine command(QStringLiteral("Create an empty customer file."));
    if (const auto done = command.parse(args))
        return *done;
    if (const auto failed =
            command.open(Database::Access::ReadWrite, Database::OpenMode::CreateNew))
        return *failed;
    printOut(QStringLiteral("Created %1 (file format %2)")
                 .arg(command.file())
                 .arg(command.database().schemaVersion()));
    return Success;
}

int runDemo(const QStringList &args)
{
    const QCommandLineOption customersOption(QStringLiteral("customers"),
                                             QStringLiteral("number of customers (default 500)"),
                                             QStringLiteral("N"), QStringLiteral("500"));
    const QCommandLineOption seedOption(QStringLiteral("seed"),
                                        QStringLiteral("random seed (default 1)"),
                                        QStringLiteral("S"), QStringLiteral("1"));
    const QCommandLineOption forceOption(QStringLiteral("force"),
                                         QStringLiteral("replace FILE if it exists"));
    CommandLine command(
        QStringLiteral("Write a realistic synthetic portfolio (deterministic per seed)."),
        CommandLine::Arguments::CustomerFile, {customersOption, seedOption, forceOption});
    if (const auto done = command.parse(args))
        return *done;
    const QCommandLineParser &parser = command.parser();
    const QString &file = command.file();
    bool ok = false;
    DemoParams params;
    params.customers = parser.value(customersOption).toInt(&ok);
    if (!ok || params.customers < 1 || params.customers > 10000000)
        return fail(QStringLiteral("--customers must be a whole number from 1 to 10000000"), Usage);
    params.seed = parser.value(seedOption).toUInt(&ok);
    if (!ok)
        return fail(QStringLiteral("--seed must be a non-negative whole number"), Usage);
    if (QFile::exists(file)) {
        if (!parser.isSet(forceOption))
            return fail(QStringLiteral("%1 already exists (use --force to replace it)").arg(file));
        // --force replaces a file, never one another program has open (its data would go to
        // a deleted file).
        if (const QString holder = FileHolders::describe(file); !holder.isEmpty())
            return fail(
                QStringLiteral("%1 is in use by %2; close it there first").arg(file, holder));
        for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
            QFile::remove(file + suffix);
    }
    if (const auto failed =
            command.open(Database::Access::ReadWrite, Database::OpenMode::CreateNew))
        return *failed;
    PortfolioWriter writer(command.connection());
    if (auto begun = writer.begin(); !begun)
        return fail(begun.error());
    Status status;
    DemoGenerator(params).generate([&](const CustomerRecordSet &set) {
        status = writer.add(set);
        return status.ok();
    });
    if (!status)
        return fail(status.error());
    if (auto committed = writer.commit(); !committed)
        return fail(committed.error());
    printOut(QStringLiteral("Wrote %1 demo customers to %2").arg(params.customers).arg(file));
    return Success;
}

int runInfo(const QStringList &args)
{
    const QCommandLineOption jsonOption(QStringLiteral("json"), QStringLiteral("JSON output"));
    CommandLine command(QStringLiteral("Counts and date span of a customer file."),
                        CommandLine::Arguments::CustomerFile, {jsonOption});
    if (const auto done = command.parse(args))
        return *done;
    if (const auto failed = command.open(Database::Access::ReadOnly))
        return *failed;
    auto stats = FileStatistics::read(command.connection());
    if (!stats)
        return fail(stats.error());
    if (command.parser().isSet(jsonOption)) {
        printJson(
            QJsonDocument(QJsonObject{{QStringLiteral("schema_version"), stats->schemaVersion},
                                      {QStringLiteral("customers"), stats->customers},
                                      {QStringLiteral("transactions"), stats->transactions},
                                      {QStringLiteral("interactions"), stats->interactions},
                                      {QStringLiteral("surveys"), stats->surveys},
                                      {QStringLiteral("balances"), stats->balances},
                                      {QStringLiteral("first_date"), dateJson(stats->firstDate)},
                                      {QStringLiteral("last_date"), dateJson(stats->lastDate)}}));
        return Success;
    }
    auto dateText = [](const QDate &d) {
        return d.isValid() ? d.toString(Qt::ISODate) : QStringLiteral("-");
    };
    printOut(QStringLiteral("File:           %1").arg(command.file()));
    printOut(QStringLiteral("File format:    %1").arg(stats->schemaVersion));
    printOut(QStringLiteral("Customers:      %1").arg(stats->customers));
    printOut(QStringLiteral("Transactions:   %1").arg(stats->transactions));
    printOut(QStringLiteral("Interactions:   %1").arg(stats->interactions));
    printOut(QStringLiteral("Surveys:        %1").arg(stats->surveys));
    printOut(QStringLiteral("Balances:       %1").arg(stats->balances));
    printOut(QStringLiteral("Dates:          %1 to %2")
                 .arg(dateText(stats->firstDate), dateText(stats->lastDate)));
    return Success;
}

int runCustomers(const QStringList &args)
{
    const QCommandLineOption jsonOption(QStringLiteral("json"), QStringLiteral("JSON output"));
    CommandLine command(QStringLiteral("List the customers of a customer file."),
                        CommandLine::Arguments::CustomerFile, {jsonOption});
    if (const auto done = command.parse(args))
        return *done;
    if (const auto failed = command.open(Database::Access::ReadOnly))
        return *failed;
    auto customers = CustomerRepository(command.connection()).all();
    if (!customers)
        return fail(customers.error());
    if (command.parser().isSet(jsonOption)) {
        QJsonArray array;
        for (const Customer &c : *customers)
            array.append(customerJson(c));
        printJson(QJsonDocument(array));
        return Success;
    }
    printOut(QStringLiteral("code\tname\tindustry\tregion\tmanager\tstatus"));
    for (const Customer &c : *customers) {
        printOut(
            QStringList{c.code, c.name, c.industry, c.region, c.manager, statusId(c.status)}.join(
                QLatin1Char('\t')));
    }
    return Success;
}

} // namespace valuedesk::cli
