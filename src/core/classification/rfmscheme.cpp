#include "rfmscheme.h"

#include "metrics/metriccalculator.h"

#include <QJsonArray>

#include <algorithm>
#include <cmath>
#include <limits>
#include <numeric>

namespace valuedesk {

namespace {

constexpr double nan = std::numeric_limits<double>::quiet_NaN();

bool validThresholds(const QVector<double> &t)
{
    if (t.isEmpty())
        return true;
    if (t.size() != 4)
        return false;
    for (qsizetype k = 0; k < t.size(); ++k)
        if (!std::isfinite(t.at(k)) || (k > 0 && t.at(k) <= t.at(k - 1)))
            return false;
    return true;
}

QJsonValue thresholdsJson(const QVector<double> &t)
{
    if (t.isEmpty())
        return QJsonValue(QJsonValue::Null);
    QJsonArray array;
    for (double v : t)
        array.append(v);
    return array;
}

// Mean of the finite values; NaN when there is none.
double meanOf(const QVector<double> &values)
{
    double sum = 0;
    qsizetype count = 0;
    for (double v : values) {
        if (std::isfinite(v)) {
            sum += v;
            ++count;
        }
    }
    return count > 0 ? sum / static_cast<double>(count) : nan;
}

} // namespace

QStringList RfmScheme::segmentIds()
{
    return {QStringLiteral("important-value"),     QStringLiteral("important-development"),
            QStringLiteral("important-retention"), QStringLiteral("important-winback"),
            QStringLiteral("general-value"),       QStringLiteral("general-development"),
            QStringLiteral("general-retention"),   QStringLiteral("general-winback")};
}

QVector<ClassDefinition> RfmScheme::defaultSegments()
{
    const QStringList ids = segmentIds();
    const QStringList names{tr("Important value"),     tr("Important development"),
                            tr("Important retention"), tr("Important win-back"),
                            tr("General value"),       tr("General development"),
                            tr("General retention"),   tr("General win-back")};
    QVector<ClassDefinition> classes;
    for (int k = 0; k < ids.size(); ++k)
        classes.append({ids.at(k), names.at(k)});
    return classes;
}

int RfmScheme::segment(bool highR, bool highF, bool highM)
{
    const int rf = highR ? (highF ? 0 : 1) : (highF ? 2 : 3);
    return (highM ? 0 : 4) + rf;
}

QString RfmScheme::monetaryId(RfmMonetary monetary)
{
    return monetary == RfmMonetary::Margin ? QStringLiteral("margin") : QStringLiteral("revenue");
}

std::optional<RfmMonetary> RfmScheme::parseMonetary(const QString &id)
{
    if (id == QLatin1String("revenue"))
        return RfmMonetary::Revenue;
    if (id == QLatin1String("margin"))
        return RfmMonetary::Margin;
    return std::nullopt;
}

QString RfmScheme::compareId(RfmCompare compare)
{
    return compare == RfmCompare::Scores ? QStringLiteral("scores") : QStringLiteral("raw");
}

std::optional<RfmCompare> RfmScheme::parseCompare(const QString &id)
{
    if (id == QLatin1String("raw"))
        return RfmCompare::Raw;
    if (id == QLatin1String("scores"))
        return RfmCompare::Scores;
    return std::nullopt;
}

QJsonObject RfmScheme::optionsToJson(const RfmOptions &options)
{
    return QJsonObject{
        {QStringLiteral("monetary"), monetaryId(options.monetary)},
        {QStringLiteral("compare"), compareId(options.compare)},
        {QStringLiteral("thresholds"),
         QJsonObject{{QStringLiteral("r"), thresholdsJson(options.recencyThresholds)},
                     {QStringLiteral("f"), thresholdsJson(options.frequencyThresholds)},
                     {QStringLiteral("m"), thresholdsJson(options.monetaryThresholds)}}}};
}

QVector<int> RfmScheme::quintileScores(const QVector<double> &values, bool higherIsBetter)
{
    const qsizetype n = values.size();
    // Worst first: the key ascending; a missing value is worse than any other.
    std::vector<double> key(static_cast<size_t>(n));
    for (qsizetype i = 0; i < n; ++i) {
        const double v = values.at(i);
        key[static_cast<size_t>(i)] =
            std::isnan(v) ? -std::numeric_limits<double>::infinity() : (higherIsBetter ? v : -v);
    }
    std::vector<qsizetype> order(static_cast<size_t>(n));
    std::iota(order.begin(), order.end(), qsizetype(0));
    std::sort(order.begin(), order.end(), [&key](qsizetype a, qsizetype b) {
        return key[static_cast<size_t>(a)] < key[static_cast<size_t>(b)];
    });
    QVector<int> scores(n, 1);
    qsizetype groupStart = 0;
    for (qsizetype r = 0; r < n; ++r) {
        const auto i = static_cast<size_t>(order[static_cast<size_t>(r)]);
        if (r > 0 && key[i] != key[static_cast<size_t>(order[static_cast<size_t>(r - 1)])])
            groupStart = r;
        // ⌊5 (rank − 1) ÷ n⌋ + 1 with the 1-based rank groupStart + 1.
        scores[static_cast<qsizetype>(i)] = static_cast<int>(5 * groupStart / n) + 1;
    }
    return scores;
}

QVector<int> RfmScheme::thresholdScores(const QVector<double> &values,
                                        const QVector<double> &thresholds, bool higherIsBetter)
{
    QVector<int> scores(values.size(), 1);
    for (qsizetype i = 0; i < values.size(); ++i) {
        const double v = values.at(i);
        if (std::isnan(v))
            continue;
        int score = higherIsBetter ? 1 : 5;
        for (double t : thresholds) {
            if (higherIsBetter && v >= t)
                ++score;
            else if (!higherIsBetter && v > t)
                --score;
        }
        scores[i] = score;
    }
    return scores;
}

Result<ClassificationResult> RfmScheme::classify(const ClassificationInput &input,
                                                 const RfmOptions &options)
{
    const qsizetype n = input.customers.size();
    if (input.inputs.size() != n)
        return Error(tr("The RFM classification could not run: the customers and their data do "
                        "not match."));
    const MetricId recency{MetricKind::RecencyDays, {}};
    const MetricId orders{MetricKind::Orders, {}};
    const MetricId money{options.monetary == RfmMonetary::Margin ? MetricKind::GrossProfit
                                                                 : MetricKind::Revenue,
                         {}};
    QVector<double> r(n);
    QVector<double> f(n);
    QVector<double> m(n);
    for (qsizetype i = 0; i < n; ++i) {
        const MetricInputs &in = input.inputs.at(i);
        r[i] = MetricCalculator::value(recency, in, input.window).value_or(nan);
        f[i] = MetricCalculator::value(orders, in, input.window).value_or(0);
        m[i] = MetricCalculator::value(money, in, input.window).value_or(0);
    }
    return classifyValues(r, f, m, options);
}

Result<ClassificationResult> RfmScheme::classifyValues(const QVector<double> &recencyDays,
                                                       const QVector<double> &frequency,
                                                       const QVector<double> &monetary,
                                                       const RfmOptions &options)
{
    const qsizetype n = recencyDays.size();
    if (frequency.size() != n || monetary.size() != n)
        return Error(tr("The RFM classification could not run: the customers and their data do "
                        "not match."));
    if (!validThresholds(options.recencyThresholds) ||
        !validThresholds(options.frequencyThresholds) ||
        !validThresholds(options.monetaryThresholds))
        return Error(tr("RFM thresholds must be four increasing numbers per dimension."));
    ClassificationResult result;
    result.scheme = QStringLiteral("rfm");
    result.options = optionsToJson(options);
    result.classes = defaultSegments();
    if (!options.segmentNames.isEmpty()) {
        if (options.segmentNames.size() != result.classes.size())
            return Error(tr("Give one name per class (%1 classes, %2 names).")
                             .arg(result.classes.size())
                             .arg(options.segmentNames.size()));
        for (qsizetype k = 0; k < result.classes.size(); ++k)
            result.classes[k].name = options.segmentNames.at(k);
    }
    result.measureId = options.monetary == RfmMonetary::Margin ? QStringLiteral("gross_profit")
                                                               : QStringLiteral("revenue");
    result.measure = monetary;

    const auto score = [](const QVector<double> &values, const QVector<double> &thresholds,
                          bool higherIsBetter) {
        return thresholds.isEmpty() ? quintileScores(values, higherIsBetter)
                                    : thresholdScores(values, thresholds, higherIsBetter);
    };
    const QVector<int> rs = score(recencyDays, options.recencyThresholds, false);
    const QVector<int> fs = score(frequency, options.frequencyThresholds, true);
    const QVector<int> ms = score(monetary, options.monetaryThresholds, true);

    const bool byScores = options.compare == RfmCompare::Scores;
    const auto asDoubles = [](const QVector<int> &s) {
        QVector<double> d(s.size());
        std::copy(s.cbegin(), s.cend(), d.begin());
        return d;
    };
    const double meanR = byScores ? meanOf(asDoubles(rs)) : meanOf(recencyDays);
    const double meanF = byScores ? meanOf(asDoubles(fs)) : meanOf(frequency);
    const double meanM = byScores ? meanOf(asDoubles(ms)) : meanOf(monetary);
    // A value within rounding of the mean is equal to it (and counts as low).
    const auto above = [](double v, double mean) {
        return v > mean + 1e-12 * std::max(1.0, std::abs(mean));
    };
    const auto below = [](double v, double mean) {
        return v < mean - 1e-12 * std::max(1.0, std::abs(mean));
    };

    result.fieldIds = QStringList{QStringLiteral("recency_days"),
                                  QStringLiteral("frequency"),
                                  QStringLiteral("monetary"),
                                  QStringLiteral("r"),
                                  QStringLiteral("f"),
                                  QStringLiteral("m"),
                                  QStringLiteral("total")};
    result.fields.resize(n, result.fieldIds.size());
    result.textFieldIds = QStringList{QStringLiteral("code")};
    result.textFields.resize(n);
    result.classOf.resize(n);
    for (qsizetype i = 0; i < n; ++i) {
        const auto row = static_cast<Eigen::Index>(i);
        const double days = recencyDays.at(i);
        result.fields(row, 0) = days;
        result.fields(row, 1) = frequency.at(i);
        result.fields(row, 2) = monetary.at(i);
        result.fields(row, 3) = rs.at(i);
        result.fields(row, 4) = fs.at(i);
        result.fields(row, 5) = ms.at(i);
        result.fields(row, 6) = rs.at(i) + fs.at(i) + ms.at(i);
        result.textFields[i] = QStringList{QString::number(rs.at(i)) + QString::number(fs.at(i)) +
                                           QString::number(ms.at(i))};
        bool highR = false;
        bool highF = false;
        bool highM = false;
        if (byScores) {
            highR = above(rs.at(i), meanR);
            highF = above(fs.at(i), meanF);
            highM = above(ms.at(i), meanM);
        } else {
            // Comparisons with NaN are false: never bought (or no mean) counts as low.
            highR = below(days, meanR);
            highF = above(frequency.at(i), meanF);
            highM = above(monetary.at(i), meanM);
        }
        result.classOf[i] = segment(highR, highF, highM);
    }
    return result;
}

} // namespace valuedesk
