#pragma once

#include "database.h"

#include <QCommandLineParser>
#include <QSqlDatabase>
#include <QStringList>

#include <memory>
#include <optional>

namespace valuedesk::cli {

// The start every command shares: its options with --help, the one customer file it works on
// and opening that file. Each step reports its own errors (fail(), clioutput.h) and gives the
// exit code to return, or std::nullopt to go on:
//
//     CommandLine command(QStringLiteral("List the customers."));
//     command.parser().addOption(jsonOption);
//     if (const auto done = command.parse(args))
//         return *done;
//     if (const auto failed = command.open(Database::Access::ReadOnly))
//         return *failed;
class CommandLine final
{
public:
    enum class Arguments {
        CustomerFile, // exactly one positional FILE
        Own,          // the command checks parser().positionalArguments() itself
    };

    // `leadingOptions` are listed in --help before -h/--help (the order some commands had).
    explicit CommandLine(const QString &description, Arguments arguments = Arguments::CustomerFile,
                         const QList<QCommandLineOption> &leadingOptions = {});
    Q_DISABLE_COPY_MOVE(CommandLine)

    QCommandLineParser &parser() { return m_parser; }
    const QCommandLineParser &parser() const { return m_parser; }

    // Parses `args` (argv[0] = "valuedesk-cli <command>"): a usage error gives Usage, --help
    // prints the help and gives Success, and with Arguments::CustomerFile anything but one
    // positional argument is a usage error.
    std::optional<int> parse(const QStringList &args);
    // The customer file given on the command line (Arguments::CustomerFile).
    const QString &file() const { return m_file; }

    // Opens file(); a failure is reported and gives Failure.
    std::optional<int> open(Database::Access access,
                            Database::OpenMode mode = Database::OpenMode::OpenExisting);
    Database &database() { return *m_database; }
    QSqlDatabase connection() const { return m_database->connection(); }

private:
    QCommandLineParser m_parser;
    Arguments m_arguments;
    QString m_file;
    std::unique_ptr<Database> m_database;
};

} // namespace valuedesk::cli
