#pragma once

#include "classification.h"
#include "result.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>
#include <QVector>

#include <array>
#include <optional>

namespace valuedesk {

enum class RfmMonetary {
    Revenue, // "revenue" in the window
    Margin   // "gross_profit" in the window
};

// How the 8 segments decide high and low.
enum class RfmCompare {
    Raw,   // raw recency days, frequency and monetary against their means (default)
    Scores // the 1–5 scores r, f, m against their means
};

struct RfmOptions
{
    RfmMonetary monetary = RfmMonetary::Revenue;
    RfmCompare compare = RfmCompare::Raw;
    // User thresholds per dimension (four increasing values each), empty: quintile scores.
    // Recency in days: ≤ t₁ → 5, ≤ t₂ → 4, ≤ t₃ → 3, ≤ t₄ → 2, otherwise (or no purchase) 1.
    // Frequency and monetary: < t₁ → 1, < t₂ → 2, < t₃ → 3, < t₄ → 4, otherwise 5.
    QVector<double> recencyThresholds;
    QVector<double> frequencyThresholds;
    QVector<double> monetaryThresholds;
    // Display names replacing the defaults, one per segment in segment order (empty: defaults).
    QStringList segmentNames;
};

// RFM (最近一次消费 recency, 消费频率 frequency, 消费金额 monetary) scores and the 8 segments
// (README "Classification schemes"):
//  - recency_days: days from the last purchase on or before the as-of date (any time) to the
//    as-of date; missing (NaN) for a customer who never bought; frequency: orders in the window;
//    monetary: revenue (or gross profit) in the window;
//  - quintile score of a value: the customers are ranked from worst to best (most recency days
//    first, a customer who never bought before all others; smallest frequency and monetary
//    first); a customer's score is ⌊5 (r − 1) ÷ n⌋ + 1 with r the rank of the first customer of
//    its tie group (equal values share one score; pandas' rank(method="min")); so a customer
//    who never bought gets R = 1;
//  - segments: R is high when the recency days are below the mean over the customers who
//    bought (never bought counts as low), F and M are high when above their means over all
//    customers; a value equal to the mean counts as low. With RfmCompare::Scores the scores
//    r, f, m are compared with their means over all customers the same way. High M: 重要
//    (important), low M: 一般 (general); R↑F↑ value, R↑F↓ development, R↓F↑ retention, R↓F↓
//    win-back.
// Fields: "recency_days", "frequency", "monetary", "r", "f", "m", "total" (r + f + m); text
// field "code" ("545" = r f m). The class id is the segment id.
class RfmScheme final
{
    Q_DECLARE_TR_FUNCTIONS(valuedesk::RfmScheme)

public:
    static Result<ClassificationResult> classify(const ClassificationInput &input,
                                                 const RfmOptions &options);

    // The same on raw values (recency NaN = never bought), for tests and benchmarks.
    static Result<ClassificationResult> classifyValues(const QVector<double> &recencyDays,
                                                       const QVector<double> &frequency,
                                                       const QVector<double> &monetary,
                                                       const RfmOptions &options);

    // Quintile scores 1–5 as above; `higherIsBetter` false for recency. NaN ranks worst.
    static QVector<int> quintileScores(const QVector<double> &values, bool higherIsBetter);
    // Threshold scores as above.
    static QVector<int> thresholdScores(const QVector<double> &values,
                                        const QVector<double> &thresholds, bool higherIsBetter);

    // Segment index (0–7, order of segmentIds) from high/low R, F, M.
    static int segment(bool highR, bool highF, bool highM);
    static QStringList segmentIds(); // important-value, …, general-winback
    static QVector<ClassDefinition> defaultSegments();

    static QString monetaryId(RfmMonetary monetary); // "revenue", "margin"
    static std::optional<RfmMonetary> parseMonetary(const QString &id);
    static QString compareId(RfmCompare compare); // "raw", "scores"
    static std::optional<RfmCompare> parseCompare(const QString &id);
    static QJsonObject optionsToJson(const RfmOptions &options);
};

} // namespace valuedesk
