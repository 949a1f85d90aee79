#include "commandline.h"

#include "clioutput.h"

namespace valuedesk::cli {

CommandLine::CommandLine(const QString &description, Arguments arguments,
                         const QList<QCommandLineOption> &leadingOptions)
    : m_arguments(arguments)
{
    m_parser.setApplicationDescription(description);
    if (!leadingOptions.isEmpty())
        m_parser.addOptions(leadingOptions);
    m_parser.addHelpOption();
    if (arguments == Arguments::CustomerFile)
        m_parser.addPositionalArgument(QStringLiteral("FILE"),
                                       QStringLiteral("customer file (.vdb)"));
}

std::optional<int> CommandLine::parse(const QStringList &args)
{
    if (!m_parser.parse(args))
        return fail(m_parser.errorText(), Usage);
    if (m_parser.isSet(QStringLiteral("help"))) {
        printOut(m_parser.helpText());
        return Success;
    }
    if (m_arguments == Arguments::CustomerFile) {
        if (m_parser.positionalArguments().size() != 1)
            return fail(QStringLiteral("expected exactly one customer file"), Usage);
        m_file = m_parser.positionalArguments().constFirst();
    }
    return std::nullopt;
}

std::optional<int> CommandLine::open(Database::Access access, Database::OpenMode mode)
{
    auto opened = Database::open(m_file, mode, access);
    if (!opened)
        return fail(opened.error());
    m_database = std::move(opened).value();
    return std::nullopt;
}

} // namespace valuedesk::cli
