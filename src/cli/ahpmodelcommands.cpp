#include "ahp/ahpmodeljson.h"
#include "ahp/ahptemplates.h"
#include "ahpmodelrepository.h"
#include "atomicfile.h"
#include "clioutput.h"
#include "commandline.h"
#include "commands.h"
#include "database.h"
#include "reporttable.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

namespace valuedesk::cli {

namespace {

QString header(const char *text)
{
    return QCoreApplication::translate("valuedesk::cli::ModelOutput", text);
}

QStringList templateIds()
{
    QStringList ids;
    for (const AhpTemplateInfo &info : AhpTemplates::list())
        ids << info.id;
    return ids;
}

Result<AhpModel> readModelFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error(QStringLiteral("cannot read %1: %2").arg(path, file.errorString()));
    QJsonParseError parseError;
    const QJsonDocument json = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return Error(QStringLiteral("%1: not valid JSON (%2 at offset %3)")
                         .arg(path, parseError.errorString())
                         .arg(parseError.offset));
    if (!json.isObject())
        return Error(QStringLiteral("%1: expected a JSON object (an AHP model)").arg(path));
    auto model = AhpModelJson::fromJson(json.object());
    if (!model)
        return Error(path + QStringLiteral(": ") + model.error().message(), model.error().detail());
    return model;
}

// Saves `model` as a new model under `name` or its own name, made unique.
int addModel(AhpModelRepository &repository, AhpModel model, const QString &name)
{
    const QString wanted = (name.isEmpty() ? model.name : name).trimmed();
    if (wanted.isEmpty())
        return fail(QStringLiteral("the model has no name; give one with --name"), Usage);
    auto unique = repository.uniqueName(wanted);
    if (!unique)
        return fail(unique.error());
    model.id = 0;
    model.version = 0;
    model.name = *unique;
    auto saved = repository.save(model);
    if (!saved)
        return fail(saved.error());
    QString line =
        QStringLiteral("Added AHP model \"%1\" (version %2)").arg(saved->name).arg(saved->version);
    if (saved->name != wanted)
        line += QStringLiteral("; \"%1\" is already used in this file").arg(wanted);
    printOut(line);
    return Success;
}

// The model named `name`, or the only one when no name is given.
Result<AhpModel> pickModel(const AhpModelRepository &repository, const QString &name,
                           const QString &file)
{
    auto models = repository.list();
    if (!models)
        return models.error();
    QStringList names;
    for (const AhpModelSummary &s : *models)
        names << QLatin1Char('"') + s.name + QLatin1Char('"');
    if (models->isEmpty())
        return Error(QStringLiteral("%1 has no AHP models; add one with --import-template or "
                                    "--import")
                         .arg(file));
    if (name.isEmpty()) {
        if (models->size() > 1)
            return Error(QStringLiteral("%1 has several AHP models (%2); choose one with --name")
                             .arg(file, names.join(QStringLiteral(", "))));
        return repository.load(models->constFirst().id);
    }
    auto found = repository.findByName(name);
    if (!found)
        return found.error();
    if (!found->has_value())
        return Error(QStringLiteral("there is no AHP model \"%1\" in %2; its models are: %3")
                         .arg(name, file, names.join(QStringLiteral(", "))));
    return std::move(**found);
}

int exportModel(const AhpModelRepository &repository, const QString &name, const QString &file,
                const QString &out)
{
    auto model = pickModel(repository, name, file);
    if (!model)
        return fail(model.error());
    auto json = AhpModelJson::toJsonWithResults(*model);
    if (!json)
        return fail(QStringLiteral("the model \"%1\" cannot be evaluated: %2")
                        .arg(model->name,
                             debugOutput() ? json.error().toString() : json.error().message()));
    const Status written =
        writeFileAtomically(out, QJsonDocument(*json).toJson(QJsonDocument::Indented));
    if (!written)
        return fail(QStringLiteral("cannot write %1: %2").arg(out, written.error().detail()));
    printOut(QStringLiteral("Wrote AHP model \"%1\" (version %2) to %3")
                 .arg(model->name)
                 .arg(model->version)
                 .arg(out));
    return Success;
}

ReportTable modelTable(const QVector<AhpModelSummary> &models)
{
    using Type = ReportTable::ColumnType;
    ReportTable table;
    table.addColumn(QStringLiteral("id"), header("Id"), Type::Integer);
    table.addColumn(QStringLiteral("name"), header("Name"), Type::Text);
    table.addColumn(QStringLiteral("version"), header("Version"), Type::Integer);
    table.addColumn(QStringLiteral("saved_at"), header("Saved"), Type::Text);
    table.addColumn(QStringLiteral("template"), header("Template"), Type::Text);
    for (const AhpModelSummary &s : models)
        table.addRow({ReportTable::integer(s.id), QVariant(QString(s.name)),
                      ReportTable::integer(s.version), QVariant(s.savedAt.toString(Qt::ISODate)),
                      QVariant(QString(s.templateId))});
    return table;
}

int listModels(const AhpModelRepository &repository, bool json)
{
    auto models = repository.list();
    if (!models)
        return fail(models.error());
    printTable(modelTable(*models), json);
    return Success;
}

ReportTable templateTable(const QVector<AhpTemplateInfo> &templates)
{
    using Type = ReportTable::ColumnType;
    ReportTable table;
    table.addColumn(QStringLiteral("id"), header("Id"), Type::Text);
    table.addColumn(QStringLiteral("name_en"), header("English name"), Type::Text);
    table.addColumn(QStringLiteral("name_zh"), header("Chinese name"), Type::Text);
    table.addColumn(QStringLiteral("description"), header("Description"), Type::Text);
    for (const AhpTemplateInfo &t : templates)
        table.addRow({QVariant(QString(t.id)), QVariant(QString(t.nameEn)),
                      QVariant(QString(t.nameZh)), QVariant(QString(t.description))});
    return table;
}

} // namespace

int runTemplates(const QStringList &args)
{
    CommandLine command(QStringLiteral("List the built-in AHP model templates."),
                        CommandLine::Arguments::Own);
    const QCommandLineOption jsonOption(QStringLiteral("json"), QStringLiteral("JSON output"));
    command.parser().addOption(jsonOption);
    if (const auto done = command.parse(args))
        return *done;
    const QCommandLineParser &parser = command.parser();
    if (!parser.positionalArguments().isEmpty())
        return fail(QStringLiteral("templates takes no arguments"), Usage);
    printTable(templateTable(AhpTemplates::list()), parser.isSet(jsonOption));
    return Success;
}

int runModel(const QStringList &args)
{
    CommandLine command(QStringLiteral("Add, export or list the AHP models of a customer file."));
    QCommandLineParser &parser = command.parser();
    const QCommandLineOption templateOption(
        QStringLiteral("import-template"),
        QStringLiteral("add a copy of a built-in template (see 'valuedesk-cli templates')"),
        QStringLiteral("ID"));
    const QCommandLineOption importOption(QStringLiteral("import"),
                                          QStringLiteral("add the model in MODEL.json"),
                                          QStringLiteral("MODEL.json"));
    const QCommandLineOption exportOption(
        QStringLiteral("export"),
        QStringLiteral("write the model with its computed weights to OUT.json"),
        QStringLiteral("OUT.json"));
    const QCommandLineOption listOption(QStringLiteral("list"), QStringLiteral("list the models"));
    const QCommandLineOption nameOption(
        QStringLiteral("name"),
        QStringLiteral("the model's name (import: the new name; export: which model)"),
        QStringLiteral("NAME"));
    const QCommandLineOption languageOption(
        QStringLiteral("language"),
        QStringLiteral("template language, zh or en (default: the system's)"),
        QStringLiteral("zh|en"));
    const QCommandLineOption jsonOption(QStringLiteral("json"),
                                        QStringLiteral("JSON output (with --list)"));
    parser.addOptions({templateOption, importOption, exportOption, listOption, nameOption,
                       languageOption, jsonOption});
    if (const auto done = command.parse(args))
        return *done;
    const QString &file = command.file();
    int actions = 0;
    for (const QCommandLineOption &option :
         {templateOption, importOption, exportOption, listOption})
        actions += parser.isSet(option) ? 1 : 0;
    if (actions != 1)
        return fail(QStringLiteral("give one of --import-template ID, --import MODEL.json, "
                                   "--export OUT.json or --list"),
                    Usage);

    TemplateLanguage language = QLocale::system().language() == QLocale::Chinese
                                    ? TemplateLanguage::Chinese
                                    : TemplateLanguage::English;
    if (parser.isSet(languageOption)) {
        const QString value = parser.value(languageOption);
        if (value != QLatin1String("zh") && value != QLatin1String("en"))
            return fail(QStringLiteral("--language must be zh or en"), Usage);
        language =
            value == QLatin1String("zh") ? TemplateLanguage::Chinese : TemplateLanguage::English;
    }

    // Read the model to import before touching the customer file.
    std::optional<AhpModel> toAdd;
    if (parser.isSet(templateOption)) {
        const QString id = parser.value(templateOption);
        if (!templateIds().contains(id))
            return fail(QStringLiteral("unknown template \"%1\"; the templates are: %2")
                            .arg(id, templateIds().join(QStringLiteral(", "))));
        auto model = AhpTemplates::create(id, language);
        if (!model)
            return fail(model.error());
        toAdd = std::move(model).value();
    } else if (parser.isSet(importOption)) {
        auto model = readModelFile(parser.value(importOption));
        if (!model)
            return fail(model.error());
        toAdd = std::move(model).value();
    }

    // Listing and exporting only read: the file is opened read-only and left as it was.
    if (const auto failed =
            command.open(toAdd ? Database::Access::ReadWrite : Database::Access::ReadOnly))
        return *failed;
    AhpModelRepository repository(command.connection());
    if (toAdd)
        return addModel(repository, *toAdd, parser.value(nameOption));
    if (parser.isSet(exportOption))
        return exportModel(repository, parser.value(nameOption), file, parser.value(exportOption));
    return listModels(repository, parser.isSet(jsonOption));
}

} // namespace valuedesk::cli
