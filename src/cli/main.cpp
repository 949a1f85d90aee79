#include "clioutput.h"
#include "commands.h"
#include "writewait.h"

#include <QCoreApplication>

#include <functional>

using namespace valuedesk::cli;

namespace {

const char usage[] =
    "Usage: valuedesk-cli <command> [options]\n"
    "\n"
    "Commands:\n"
    "  init FILE                      create an empty customer file\n"
    "  demo FILE [--customers N] [--seed S]\n"
    "                                 write a synthetic demo portfolio\n"
    "  import FILE --customers|--transactions|--interactions|--surveys|--balances PATH\n"
    "         [--encoding auto|utf-8|gbk] [--separator ,|;|tab] [--sheet NAME]\n"
    "         [--mapping MAP.json] [--skip-bad-rows] [--create-missing-customers]\n"
    "         [--on-duplicate update|skip|new] [--report BAD_ROWS.csv]\n"
    "                                 import a CSV or .xlsx file\n"
    "  customers FILE [--json]        list the customers\n"
    "  info FILE [--json]             counts and date span of a customer file\n"
    "  ahp --matrix M.json [--matrix M2.json ...] [--aggregate aij|aip]\n"
    "      [--method eigen|geomean|arith] [--ri saaty|alonso|donegan] [--threshold 0.1] [--json]\n"
    "                                 AHP weights, consistency and suggested fixes\n"
    "  templates [--json]             list the built-in AHP model templates\n"
    "  model FILE --import-template ID|--import MODEL.json [--name NAME] [--language zh|en]\n"
    "  model FILE [--name NAME] --export OUT.json\n"
    "  model FILE --list [--json]     add, export or list the AHP models of a customer file\n"
    "  evaluate FILE --model NAME [--as-of YYYY-MM-DD] [--window-months N]\n"
    "           [--normalise zscore|minmax|rank] [--split mean|median|X,Y] [--save]\n"
    "           [--json|--csv OUT]      metrics, value scores and quadrants of every customer;\n"
    "                                 --save stores them as a snapshot\n"
    "  snapshots FILE [--json]        list the stored evaluation snapshots, newest first\n"
    "  clv FILE|--transactions TX.csv --model simple|npv|bgnbd [--calibration-end YYYY-MM-DD]\n"
    "      [--time-unit day|week|month] [--horizon N] [--discount-rate R] [--margin M]\n"
    "      [--json|--csv OUT]         customer lifetime value of every customer\n"
    "  classify FILE --scheme abc|rfm|cost|loyalty-value|pyramid|amount-frequency|tiers|kmeans\n"
    "           [--by revenue|gross_profit|score [--model NAME]] [--cutoffs 80,95]\n"
    "           [--count-shares 20,70,10] [--monetary revenue|margin] [--thresholds R:F:M]\n"
    "           [--compare raw|scores] [--as-of YYYY-MM-DD] [--window-months N] [--save]\n"
    "           [--json|--csv OUT]      classes of every customer (ABC/Pareto, RFM, ...);\n"
    "                                 --save stores them with the newest snapshot\n"
    "\n"
    "Run 'valuedesk-cli <command> --help' for a command's options.";

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("valuedesk-cli"));
    QCoreApplication::setOrganizationName(QStringLiteral("ValueDesk"));
    QCoreApplication::setApplicationVersion(QStringLiteral(VALUEDESK_VERSION));
    configureWriteWait();

    const QStringList args = QCoreApplication::arguments();
    if (args.size() < 2 || args.at(1) == QLatin1String("--help") ||
        args.at(1) == QLatin1String("-h") || args.at(1) == QLatin1String("help")) {
        printOut(QString::fromUtf8(usage));
        return args.size() < 2 ? Usage : Success;
    }
    if (args.at(1) == QLatin1String("--version")) {
        printOut(QStringLiteral("valuedesk-cli ") + QCoreApplication::applicationVersion());
        return Success;
    }
    const QString &command = args.at(1);
    QStringList commandArgs = args.mid(1);
    commandArgs[0] = args.at(0) + QLatin1Char(' ') + command;

    const QHash<QString, std::function<int(const QStringList &)>> commands = {
        {QStringLiteral("init"), runInit},
        {QStringLiteral("demo"), runDemo},
        {QStringLiteral("info"), runInfo},
        {QStringLiteral("customers"), runCustomers},
        {QStringLiteral("import"), runImport},
        {QStringLiteral("ahp"), runAhp},
        {QStringLiteral("templates"), runTemplates},
        {QStringLiteral("model"), runModel},
        {QStringLiteral("evaluate"), runEvaluate},
        {QStringLiteral("snapshots"), runSnapshots},
        {QStringLiteral("clv"), runClv},
        {QStringLiteral("classify"), runClassify},
    };
    const auto it = commands.constFind(command);
    if (it == commands.constEnd())
        return fail(QStringLiteral("unknown command \"%1\"; run valuedesk-cli --help").arg(command),
                    Usage);
    return (*it)(commandArgs);
}
