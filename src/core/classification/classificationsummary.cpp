#include "classificationsummary.h"

#include <cmath>
#include <limits>

namespace valuedesk {

ClassificationSummary ClassificationSummary::of(const ClassificationResult &result)
{
    ClassificationSummary s;
    s.measureId = result.measureId;
    s.customers = static_cast<int>(result.classOf.size());
    for (const ClassDefinition &c : result.classes)
        s.classes.append(ClassSummary{c, 0, 0, 0, 0});
    const bool hasMeasure = result.measure.size() == result.classOf.size();
    for (qsizetype i = 0; i < result.classOf.size(); ++i) {
        const int k = result.classOf.at(i);
        if (k < 0 || k >= s.classes.size()) {
            ++s.unclassified;
            continue;
        }
        ClassSummary &c = s.classes[k];
        ++c.customers;
        const double v = hasMeasure ? result.measure.at(i) : std::nan("");
        if (std::isfinite(v)) {
            c.measureTotal += v;
            s.measureTotal += v;
        }
    }
    for (ClassSummary &c : s.classes) {
        c.customerShare = s.customers > 0 ? static_cast<double>(c.customers) / s.customers : 0;
        c.measureShare = s.measureTotal > 0 ? c.measureTotal / s.measureTotal
                                            : std::numeric_limits<double>::quiet_NaN();
    }
    return s;
}

Result<ClassificationCrossTab> ClassificationCrossTab::of(const ClassificationResult &first,
                                                          const ClassificationResult &second,
                                                          const QVector<double> &revenue)
{
    const qsizetype n = first.classOf.size();
    if (second.classOf.size() != n || revenue.size() != n)
        return Error(tr("The two classifications cannot be compared: they do not cover the same "
                        "customers."));
    ClassificationCrossTab t;
    t.rows = first.classes;
    t.columns = second.classes;
    t.counts = QVector<QVector<int>>(t.rows.size(), QVector<int>(t.columns.size(), 0));
    t.revenue = QVector<QVector<double>>(t.rows.size(), QVector<double>(t.columns.size(), 0.0));
    for (qsizetype i = 0; i < n; ++i) {
        const int a = first.classOf.at(i);
        const int b = second.classOf.at(i);
        if (a < 0 || a >= t.rows.size() || b < 0 || b >= t.columns.size())
            continue;
        ++t.counts[a][b];
        if (std::isfinite(revenue.at(i)))
            t.revenue[a][b] += revenue.at(i);
    }
    return t;
}

} // namespace valuedesk
