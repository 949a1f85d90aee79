#include "abcscheme.h"

#include "metrics/metriccalculator.h"

#include <QJsonArray>

#include <algorithm>
#include <cmath>
#include <limits>
#include <numeric>

namespace valuedesk {

namespace {

constexpr double nan = std::numeric_limits<double>::quiet_NaN();

bool positive(double v)
{
    return std::isfinite(v) && v > 0;
}

QJsonArray toJsonArray(const QVector<double> &values)
{
    QJsonArray array;
    for (double v : values)
        array.append(v);
    return array;
}

QString percentList(const QVector<double> &values)
{
    QStringList parts;
    for (double v : values)
        parts << QString::number(v, 'g', 10);
    return parts.join(QLatin1Char(','));
}

} // namespace

QString AbcScheme::measureId(AbcMeasure measure)
{
    switch (measure) {
    case AbcMeasure::Revenue:
        return QStringLiteral("revenue");
    case AbcMeasure::GrossProfit:
        return QStringLiteral("gross_profit");
    case AbcMeasure::Score:
        return QStringLiteral("score");
    }
    return {};
}

std::optional<AbcMeasure> AbcScheme::parseMeasure(const QString &id)
{
    for (AbcMeasure m : {AbcMeasure::Revenue, AbcMeasure::GrossProfit, AbcMeasure::Score})
        if (measureId(m) == id)
            return m;
    return std::nullopt;
}

QString AbcScheme::methodId(AbcMethod method)
{
    return method == AbcMethod::CountShare ? QStringLiteral("count") : QStringLiteral("cumulative");
}

QJsonObject AbcScheme::optionsToJson(const AbcOptions &options)
{
    QJsonObject json{{QStringLiteral("measure"), measureId(options.measure)},
                     {QStringLiteral("method"), methodId(options.method)}};
    if (options.method == AbcMethod::CountShare)
        json.insert(QStringLiteral("count_shares"), toJsonArray(options.countShares));
    else
        json.insert(QStringLiteral("cutoffs"), toJsonArray(options.cutoffs));
    return json;
}

QVector<ClassDefinition> AbcScheme::defaultClasses(int count)
{
    if (count == 4)
        return {{QStringLiteral("A"), tr("A: important")},
                {QStringLiteral("B"), tr("B: medium")},
                {QStringLiteral("C"), tr("C: general")},
                {QStringLiteral("D"), tr("D: low value")}};
    return {{QStringLiteral("A"), tr("A: key customers")},
            {QStringLiteral("B"), tr("B: major customers")},
            {QStringLiteral("C"), tr("C: ordinary customers")}};
}

Result<ClassificationResult> AbcScheme::classify(const ClassificationInput &input,
                                                 const AbcOptions &options)
{
    const qsizetype n = input.customers.size();
    if (input.inputs.size() != n)
        return Error(tr("The ABC classification could not run: the customers and their data do "
                        "not match."));
    QVector<double> measure(n, nan);
    if (options.measure == AbcMeasure::Score) {
        if (!input.evaluation || input.evaluation->scores.total.size() != n)
            return Error(tr("ABC by value score needs an evaluation of the same customers; "
                            "choose an AHP model."));
        for (qsizetype i = 0; i < n; ++i)
            measure[i] = input.evaluation->scores.total(static_cast<Eigen::Index>(i));
    } else {
        const MetricId metric{options.measure == AbcMeasure::Revenue ? MetricKind::Revenue
                                                                     : MetricKind::GrossProfit,
                              {}};
        for (qsizetype i = 0; i < n; ++i)
            measure[i] =
                MetricCalculator::value(metric, input.inputs.at(i), input.window).value_or(nan);
    }
    QStringList codes;
    codes.reserve(n);
    for (const EvaluatedCustomer &c : input.customers)
        codes << c.code;
    return classifyValues(measure, codes, options);
}

Result<ClassificationResult> AbcScheme::classifyValues(const QVector<double> &measure,
                                                       const QStringList &codes,
                                                       const AbcOptions &options)
{
    const qsizetype n = measure.size();
    if (codes.size() != n)
        return Error(tr("The ABC classification could not run: the customers and their data do "
                        "not match."));
    const bool byCount = options.method == AbcMethod::CountShare;
    const QVector<double> &limits = byCount ? options.countShares : options.cutoffs;
    int classCount = 0;
    if (byCount) {
        const double sum = std::accumulate(limits.cbegin(), limits.cend(), 0.0);
        const bool valid = std::all_of(limits.cbegin(), limits.cend(),
                                       [](double s) { return std::isfinite(s) && s >= 0; });
        if ((limits.size() != 3 && limits.size() != 4) || !valid || std::abs(sum - 100) > 1e-6)
            return Error(tr("The customer-count shares must be three or four percentages that "
                            "add up to 100 (given: %1).")
                             .arg(percentList(limits)));
        classCount = static_cast<int>(limits.size());
    } else {
        bool valid = limits.size() == 2 || limits.size() == 3;
        for (qsizetype k = 0; valid && k < limits.size(); ++k)
            valid = std::isfinite(limits.at(k)) && limits.at(k) > 0 && limits.at(k) <= 100 &&
                    (k == 0 || limits.at(k) > limits.at(k - 1));
        if (!valid)
            return Error(tr("The ABC cut-offs must be two or three increasing percentages above "
                            "0 and up to 100 (given: %1).")
                             .arg(percentList(limits)));
        classCount = static_cast<int>(limits.size()) + 1;
    }
    ClassificationResult result;
    result.scheme = QStringLiteral("abc");
    result.options = optionsToJson(options);
    result.classes = defaultClasses(classCount);
    if (!options.classNames.isEmpty()) {
        if (options.classNames.size() != classCount)
            return Error(tr("Give one name per class (%1 classes, %2 names).")
                             .arg(classCount)
                             .arg(options.classNames.size()));
        for (int k = 0; k < classCount; ++k)
            result.classes[k].name = options.classNames.at(k);
    }
    result.measureId = measureId(options.measure);
    result.measure = measure;
    result.fieldIds = QStringList{QStringLiteral("value"), QStringLiteral("rank"),
                                  QStringLiteral("share"), QStringLiteral("cumulative_share")};
    result.fields = Eigen::MatrixXd::Constant(n, 4, nan);
    result.classOf = QVector<int>(n, classCount - 1);

    // Rank: positive measures first, largest first; then the rest, largest first (missing
    // last); ties by code, then by position.
    std::vector<qsizetype> order(static_cast<size_t>(n));
    std::iota(order.begin(), order.end(), qsizetype(0));
    std::sort(order.begin(), order.end(), [&](qsizetype a, qsizetype b) {
        const double x = measure.at(a);
        const double y = measure.at(b);
        const bool px = positive(x);
        const bool py = positive(y);
        if (px != py)
            return px;
        const bool nx = std::isnan(x);
        const bool ny = std::isnan(y);
        if (nx != ny)
            return ny;
        if (!nx && x != y)
            return x > y;
        const int byCode = QString::compare(codes.at(a), codes.at(b));
        if (byCode != 0)
            return byCode < 0;
        return a < b;
    });
    double total = 0;
    for (double v : measure)
        if (positive(v))
            total += v;

    // Cumulative sums are compared with the cut-off times the total, with a tolerance of a
    // few ulps of the total, so that a customer whose predecessors make exactly 80 % is not A.
    const double tolerance = total * 1e-12;
    double above = 0;
    for (qsizetype r = 0; r < n; ++r) {
        const qsizetype i = order[static_cast<size_t>(r)];
        const double v = measure.at(i);
        const double contribution = positive(v) ? v : 0.0;
        const auto row = static_cast<Eigen::Index>(i);
        result.fields(row, 0) = v;
        result.fields(row, 1) = static_cast<double>(r + 1);
        result.fields(row, 2) = total > 0 ? contribution / total : 0.0;
        result.fields(row, 3) = total > 0 ? (above + contribution) / total : 0.0;
        if (positive(v)) {
            int k = classCount - 1;
            if (byCount) {
                double cumulative = 0;
                for (int c = 0; c < classCount - 1; ++c) {
                    cumulative += limits.at(c);
                    const auto boundary =
                        static_cast<qsizetype>(std::floor(n * cumulative / 100.0 + 0.5 + 1e-9));
                    if (r < boundary) {
                        k = c;
                        break;
                    }
                }
            } else {
                for (int c = 0; c < classCount - 1; ++c) {
                    if (above < limits.at(c) / 100.0 * total - tolerance) {
                        k = c;
                        break;
                    }
                }
            }
            result.classOf[i] = k;
        }
        above += contribution;
    }
    return result;
}

double AbcScheme::gini(const QVector<double> &measure)
{
    const qsizetype n = measure.size();
    if (n == 0)
        return nan;
    std::vector<double> x;
    x.reserve(static_cast<size_t>(n));
    for (double v : measure)
        x.push_back(positive(v) ? v : 0.0);
    std::sort(x.begin(), x.end());
    double sum = 0;
    double weighted = 0;
    for (size_t i = 0; i < x.size(); ++i) {
        sum += x[i];
        weighted += static_cast<double>(i + 1) * x[i];
    }
    if (sum <= 0)
        return nan;
    const auto count = static_cast<double>(n);
    return 2 * weighted / (count * sum) - (count + 1) / count;
}

} // namespace valuedesk
