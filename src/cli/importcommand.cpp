#include "clioutput.h"
#include "columnmapping.h"
#include "commands.h"
#include "connectionfactory.h"
#include "csvwriter.h"
#include "database.h"
#include "importmappingrepository.h"
#include "importreport.h"
#include "importservice.h"
#include "importsource.h"
#include "importvalidator.h"

#include <QCommandLineParser>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>

namespace valuedesk::cli {

namespace {

constexpr int maxProblemsPrinted = 50;

Result<ColumnMapping> mappingFor(const ImportSource &source, ImportKind kind, Database &db,
                                 const QString &mappingFile)
{
    ColumnMapping mapping = ColumnMapping::guess(kind, source.headers());
    auto remembered = ImportMappingRepository(db.connection()).load(kind, source.headers());
    if (remembered && remembered->has_value())
        mapping = **remembered;
    if (mappingFile.isEmpty())
        return mapping;
    QFile file(mappingFile);
    if (!file.open(QIODevice::ReadOnly))
        return Error(QStringLiteral("cannot read the mapping file %1: %2")
                         .arg(mappingFile, file.errorString()));
    QJsonParseError parseError;
    const QJsonDocument json = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (!json.isObject())
        return Error(QStringLiteral("the mapping file %1 is not a JSON object (%2)")
                         .arg(mappingFile, parseError.errorString()));
    return ColumnMapping::fromJson(json.object(), source.headers(), mapping);
}

} // namespace

int runImport(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Import a CSV or .xlsx file into a customer file. Nothing is written when "
                       "any row is bad, unless --skip-bad-rows is given."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("FILE"), QStringLiteral("customer file (.vdb)"));
    QVector<QPair<ImportKind, QCommandLineOption>> kindOptions;
    for (ImportKind kind : {ImportKind::Customers, ImportKind::Transactions,
                            ImportKind::Interactions, ImportKind::Surveys, ImportKind::Balances}) {
        kindOptions.append(
            {kind, QCommandLineOption(
                       ImportSchema::kindId(kind),
                       QStringLiteral("import %1 from PATH").arg(ImportSchema::kindId(kind)),
                       QStringLiteral("PATH"))});
        parser.addOption(kindOptions.constLast().second);
    }
    const QCommandLineOption encodingOption(QStringLiteral("encoding"),
                                            QStringLiteral("auto (default), utf-8 or gbk"),
                                            QStringLiteral("ENC"), QStringLiteral("auto"));
    const QCommandLineOption separatorOption(QStringLiteral("separator"),
                                             QStringLiteral("',' ';' or 'tab' (default: detect)"),
                                             QStringLiteral("SEP"));
    const QCommandLineOption sheetOption(QStringLiteral("sheet"),
                                         QStringLiteral("xlsx sheet name (default: first)"),
                                         QStringLiteral("NAME"));
    const QCommandLineOption mappingOption(QStringLiteral("mapping"),
                                           QStringLiteral("column mapping JSON file"),
                                           QStringLiteral("MAP.json"));
    const QCommandLineOption skipOption(QStringLiteral("skip-bad-rows"),
                                        QStringLiteral("import the good rows, skip the bad ones"));
    const QCommandLineOption createOption(
        QStringLiteral("create-missing-customers"),
        QStringLiteral("create customers for unknown codes in a records file"));
    const QCommandLineOption duplicateOption(
        QStringLiteral("on-duplicate"),
        QStringLiteral("customers already in the file: update (default), skip or new"),
        QStringLiteral("ACTION"), QStringLiteral("update"));
    const QCommandLineOption reportOption(QStringLiteral("report"),
                                          QStringLiteral("write the bad-row report as CSV"),
                                          QStringLiteral("BAD_ROWS.csv"));
    parser.addOptions({encodingOption, separatorOption, sheetOption, mappingOption, skipOption,
                       createOption, duplicateOption, reportOption});
    if (!parser.parse(args))
        return fail(parser.errorText(), Usage);
    if (parser.isSet(QStringLiteral("help"))) {
        printOut(parser.helpText());
        return Success;
    }
    if (parser.positionalArguments().size() != 1)
        return fail(QStringLiteral("expected exactly one customer file"), Usage);
    const QString file = parser.positionalArguments().constFirst();

    std::optional<ImportKind> kind;
    QString inputPath;
    for (const auto &[k, option] : kindOptions) {
        if (!parser.isSet(option))
            continue;
        if (kind)
            return fail(QStringLiteral("give one of --customers, --transactions, --interactions, "
                                       "--surveys or --balances, not several"),
                        Usage);
        kind = k;
        inputPath = parser.value(option);
    }
    if (!kind)
        return fail(QStringLiteral("say what to import: --customers, --transactions, "
                                   "--interactions, --surveys or --balances PATH"),
                    Usage);

    ImportSourceOptions sourceOptions;
    auto encoding = TextDecoder::parseEncodingName(parser.value(encodingOption));
    if (!encoding)
        return fail(encoding.error(), Usage);
    sourceOptions.encoding = *encoding;
    if (parser.isSet(separatorOption)) {
        const QString sep = parser.value(separatorOption);
        if (sep == QLatin1String("tab") || sep == QLatin1String("\\t"))
            sourceOptions.separator = QLatin1Char('\t');
        else if (sep == QLatin1String(",") || sep == QLatin1String(";"))
            sourceOptions.separator = sep.at(0);
        else
            return fail(QStringLiteral("--separator must be ',', ';' or 'tab'"), Usage);
    }
    sourceOptions.sheet = parser.value(sheetOption);

    ImportOptions options;
    options.createMissingCustomers = parser.isSet(createOption);
    const QString duplicate = parser.value(duplicateOption);
    if (duplicate == QLatin1String("update"))
        options.duplicateAction = DuplicateAction::Update;
    else if (duplicate == QLatin1String("skip"))
        options.duplicateAction = DuplicateAction::Skip;
    else if (duplicate == QLatin1String("new"))
        options.duplicateAction = DuplicateAction::ImportAsNew;
    else
        return fail(QStringLiteral("--on-duplicate must be update, skip or new"), Usage);

    auto db = Database::open(file, Database::OpenMode::OpenExisting);
    if (!db)
        return fail(db.error());
    auto source = ImportService::open(inputPath, sourceOptions);
    if (!source)
        return fail(source.error());
    auto mapping = mappingFor(*source, *kind, **db, parser.value(mappingOption));
    if (!mapping)
        return fail(mapping.error(), Usage);
    if (!mapping->missingRequiredFields().isEmpty()) {
        return fail(mapping->missingFieldsMessage(source->headers()) +
                    QStringLiteral(" Name the columns in a mapping file and pass --mapping "
                                   "MAP.json (README, \"Mapping file\")."));
    }
    const SqliteConnectionFactory connections(**db);
    TaskContext context;
    auto plan =
        ImportService::check(*source, ImportRequest{*mapping, options}, connections, context);
    if (!plan)
        return fail(plan.error());

    if (parser.isSet(reportOption)) {
        if (auto written = CsvWriter::write(parser.value(reportOption), ImportReport::headers(),
                                            ImportReport::rows(*plan));
            !written)
            return fail(written.error());
    }
    for (int i = 0; i < plan->problems.size() && i < maxProblemsPrinted; ++i)
        printErr(ImportReport::describe(plan->problems.at(i)));
    if (plan->problems.size() > maxProblemsPrinted)
        printErr(QStringLiteral("... and %1 more problems (use --report to save them all)")
                     .arg(plan->problems.size() - maxProblemsPrinted));
    if (!plan->badLines.isEmpty() && !parser.isSet(skipOption)) {
        return fail(QStringLiteral("%1 of %2 rows are bad; nothing was imported (fix them, or use "
                                   "--skip-bad-rows to import the %3 good rows)")
                        .arg(plan->badLines.size())
                        .arg(plan->rowsRead)
                        .arg(plan->goodRows()),
                    Rejected);
    }
    auto summary = ImportService::commit(*plan, connections, context);
    if (!summary)
        return fail(summary.error());
    printOut(ImportReport::summary(*summary));
    return Success;
}

} // namespace valuedesk::cli
