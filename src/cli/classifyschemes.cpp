#include "classifyschemes.h"

#include "classification/abcscheme.h"
#include "classification/classificationschemes.h"
#include "classification/rfmscheme.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>

#include <cmath>

namespace valuedesk::cli {

namespace {

// "80,95" → {80, 95}; nullopt when a part is not a finite number.
std::optional<QVector<double>> numberList(const QString &text)
{
    QVector<double> values;
    for (const QString &part : text.split(QLatin1Char(','))) {
        bool ok = false;
        const double v = part.trimmed().toDouble(&ok);
        if (!ok || !std::isfinite(v))
            return std::nullopt;
        values << v;
    }
    return values;
}

Result<SchemeJob> parseAbc(const QCommandLineParser &parser)
{
    AbcOptions options;
    if (parser.isSet(QStringLiteral("by"))) {
        const auto measure = AbcScheme::parseMeasure(parser.value(QStringLiteral("by")));
        if (!measure)
            return Error(QStringLiteral("--by must be revenue, gross_profit or score"));
        options.measure = *measure;
    }
    if (parser.isSet(QStringLiteral("cutoffs")) && parser.isSet(QStringLiteral("count-shares")))
        return Error(QStringLiteral("give either --cutoffs or --count-shares, not both"));
    if (parser.isSet(QStringLiteral("cutoffs"))) {
        const auto cutoffs = numberList(parser.value(QStringLiteral("cutoffs")));
        if (!cutoffs)
            return Error(QStringLiteral("--cutoffs must be two or three percentages, e.g. 80,95"));
        options.cutoffs = *cutoffs;
    }
    if (parser.isSet(QStringLiteral("count-shares"))) {
        const auto shares = numberList(parser.value(QStringLiteral("count-shares")));
        if (!shares)
            return Error(
                QStringLiteral("--count-shares must be three or four percentages, e.g. 20,70,10"));
        options.method = AbcMethod::CountShare;
        options.countShares = *shares;
    }
    // Check the cut-offs or shares now, as a usage error.
    if (auto checked = AbcScheme::classifyValues({}, {}, options); !checked)
        return checked.error();
    SchemeJob job;
    job.needsEvaluation = options.measure == AbcMeasure::Score;
    job.classify = [options](const ClassificationInput &input) {
        return AbcScheme::classify(input, options);
    };
    return job;
}

Result<SchemeJob> parseRfm(const QCommandLineParser &parser)
{
    RfmOptions options;
    if (parser.isSet(QStringLiteral("monetary"))) {
        const auto monetary = RfmScheme::parseMonetary(parser.value(QStringLiteral("monetary")));
        if (!monetary)
            return Error(QStringLiteral("--monetary must be revenue or margin"));
        options.monetary = *monetary;
    }
    if (parser.isSet(QStringLiteral("compare"))) {
        const auto compare = RfmScheme::parseCompare(parser.value(QStringLiteral("compare")));
        if (!compare)
            return Error(QStringLiteral("--compare must be raw or scores"));
        options.compare = *compare;
    }
    if (parser.isSet(QStringLiteral("thresholds"))) {
        // R1,R2,R3,R4:F1,F2,F3,F4:M1,M2,M3,M4; an empty part keeps quintiles.
        const QStringList parts =
            parser.value(QStringLiteral("thresholds")).split(QLatin1Char(':'));
        const Error bad(QStringLiteral("--thresholds must be R1,R2,R3,R4:F1,F2,F3,F4:M1,M2,M3,M4 "
                                       "(four increasing numbers each; an empty part keeps "
                                       "quintiles)"));
        if (parts.size() != 3)
            return bad;
        QVector<double> *targets[] = {&options.recencyThresholds, &options.frequencyThresholds,
                                      &options.monetaryThresholds};
        for (int d = 0; d < 3; ++d) {
            if (parts.at(d).trimmed().isEmpty())
                continue;
            const auto values = numberList(parts.at(d));
            if (!values || values->size() != 4)
                return bad;
            *targets[d] = *values;
        }
        if (auto checked = RfmScheme::classifyValues({}, {}, {}, options); !checked)
            return bad;
    }
    SchemeJob job;
    job.classify = [options](const ClassificationInput &input) {
        return RfmScheme::classify(input, options);
    };
    return job;
}

// --options '{"k": 5}' or --options @options.json: the scheme's options as JSON (README
// "Classification schemes"); keys left out keep their defaults.
Result<QJsonObject> optionsJson(const QCommandLineParser &parser)
{
    if (!parser.isSet(QStringLiteral("options")))
        return QJsonObject();
    QByteArray text = parser.value(QStringLiteral("options")).toUtf8();
    if (text.startsWith('@')) {
        QFile file(QString::fromLocal8Bit(text.mid(1)));
        if (!file.open(QIODevice::ReadOnly))
            return Error(QStringLiteral("--options: cannot read %1").arg(file.fileName()));
        text = file.readAll();
    }
    QJsonParseError error{};
    const QJsonDocument doc = QJsonDocument::fromJson(text, &error);
    if (!doc.isObject())
        return Error(QStringLiteral("--options must be a JSON object or @FILE holding one (%1)")
                         .arg(error.errorString()));
    return doc.object();
}

// The schemes configured only through --options (their JSON options).
std::function<Result<SchemeJob>(const QCommandLineParser &)> jsonScheme(const QString &id)
{
    return [id](const QCommandLineParser &parser) -> Result<SchemeJob> {
        auto options = optionsJson(parser);
        if (!options)
            return options.error();
        if (auto valid = ClassificationSchemes::validate(id, *options); !valid)
            return valid.error();
        auto needs = ClassificationSchemes::needsEvaluation(id, *options);
        if (!needs)
            return needs.error();
        SchemeJob job;
        job.needsEvaluation = *needs;
        job.needsClv = ClassificationSchemes::usesClvMetrics(*options);
        const QJsonObject json = *options;
        job.classify = [id, json](const ClassificationInput &input) {
            return ClassificationSchemes::classify(id, input, json);
        };
        return job;
    };
}

} // namespace

const QVector<SchemeCommand> &schemeCommands()
{
    static const QVector<SchemeCommand> commands{
        {QStringLiteral("abc"), parseAbc},
        {QStringLiteral("rfm"), parseRfm},
        {QStringLiteral("cost"), jsonScheme(QStringLiteral("cost"))},
        {QStringLiteral("loyalty-value"), jsonScheme(QStringLiteral("loyalty-value"))},
        {QStringLiteral("pyramid"), jsonScheme(QStringLiteral("pyramid"))},
        {QStringLiteral("amount-frequency"), jsonScheme(QStringLiteral("amount-frequency"))},
        {QStringLiteral("tiers"), jsonScheme(QStringLiteral("tiers"))},
        {QStringLiteral("kmeans"), jsonScheme(QStringLiteral("kmeans"))},
    };
    return commands;
}

QList<QCommandLineOption> schemeOptions()
{
    return {
        {QStringLiteral("model"),
         QStringLiteral("AHP model whose value scores a scheme needs (abc --by score)"),
         QStringLiteral("NAME")},
        {QStringLiteral("normalise"),
         QStringLiteral("normalisation of that evaluation: minmax (default), zscore or rank"),
         QStringLiteral("METHOD")},
        {QStringLiteral("by"),
         QStringLiteral("abc: rank by revenue (default), gross_profit or score"),
         QStringLiteral("MEASURE")},
        {QStringLiteral("cutoffs"),
         QStringLiteral("abc: cumulative-share cut-offs in percent, 80,95 (default; ABC) or "
                        "three for ABCD"),
         QStringLiteral("LIST")},
        {QStringLiteral("count-shares"),
         QStringLiteral("abc: classes by customer-count shares in percent instead, e.g. "
                        "20,70,10 (four for ABCD)"),
         QStringLiteral("LIST")},
        {QStringLiteral("monetary"), QStringLiteral("rfm: M is revenue (default) or margin"),
         QStringLiteral("revenue|margin")},
        {QStringLiteral("thresholds"),
         QStringLiteral("rfm: score by thresholds instead of quintiles, R1,R2,R3,R4:F1,…:M1,… "
                        "(recency in days)"),
         QStringLiteral("R:F:M")},
        {QStringLiteral("options"),
         QStringLiteral("cost, loyalty-value, pyramid, amount-frequency, tiers, kmeans: the "
                        "scheme's options as a JSON object, or @FILE (README)"),
         QStringLiteral("JSON")},
        {QStringLiteral("compare"),
         QStringLiteral("rfm: segments compare raw values (default) or the 1-5 scores with their "
                        "means"),
         QStringLiteral("raw|scores")},
    };
}

} // namespace valuedesk::cli
