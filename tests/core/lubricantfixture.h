#pragma once

// A small evaluated portfolio for the explanation and sensitivity tests (core, models and app):
// the lubricant template (English) over seven hand-made customers plus one without any data,
// whose averages and ratios are excluded by their missing-value rule.

#include "ahp/ahptemplates.h"
#include "metrics/evaluation.h"
#include "metrics/evaluationsnapshot.h"

namespace valuedesk::test {

inline const EvaluationWindow &lubricantWindow()
{
    static const EvaluationWindow window{QDate(2024, 12, 31), 12};
    return window;
}

inline MetricInputs lubricantCustomer(Cents revenue, Cents cost, qint64 orders, int months,
                                      Cents previous, double trust, double satisfaction,
                                      int complaints, QDate tenureStart)
{
    MetricInputs in;
    in.revenue = revenue;
    in.costedRevenue = revenue;
    in.cost = cost;
    in.orders = orders;
    in.activeMonths = months;
    if (orders > 0) {
        in.firstInWindow = QDate(2024, 1, 3);
        in.lastInWindow = QDate(2024, 12, 20);
        in.firstEver = in.firstInWindow;
        in.lastEver = in.lastInWindow;
    }
    in.previousRevenue = previous;
    in.trust = ScoreSum{trust * 2, 2};
    in.satisfaction = ScoreSum{satisfaction, 1};
    in.complaints = complaints;
    in.tenureStart = tenureStart;
    return in;
}

// Row 7 has no data at all.
inline QVector<MetricInputs> lubricantInputs()
{
    return {
        lubricantCustomer(48000000, 36000000, 96, 12, 40000000, 4.5, 4.6, 1, QDate(2015, 1, 1)),
        lubricantCustomer(36000000, 28000000, 80, 10, 35000000, 3.2, 3.5, 4, QDate(2021, 9, 1)),
        lubricantCustomer(6000000, 5200000, 40, 11, 4500000, 4.8, 4.4, 0, QDate(2014, 1, 1)),
        lubricantCustomer(2000000, 1800000, 20, 3, 2100000, 2.5, 2.8, 6, QDate(2023, 11, 1)),
        lubricantCustomer(18000000, 14800000, 60, 9, 15000000, 4.0, 4.1, 2, QDate(2018, 3, 1)),
        lubricantCustomer(960000, 880000, 12, 12, 700000, 4.6, 4.7, 1, QDate(2022, 7, 1)),
        lubricantCustomer(60000000, 42000000, 100, 4, 66000000, 3.0, 3.1, 5, QDate(2023, 1, 1)),
        MetricInputs(),
    };
}

inline AhpModel lubricantModel()
{
    Result<AhpModel> model =
        AhpTemplates::create(QStringLiteral("lubricant"), TemplateLanguage::English);
    return model.ok() ? *model : AhpModel{};
}

inline Result<EvaluationResult> evaluateLubricant(const EvaluationOptions &base = {})
{
    EvaluationOptions options = base;
    options.window = lubricantWindow();
    return Evaluation::run(lubricantModel(), lubricantInputs(), options);
}

inline QVector<EvaluatedCustomer> lubricantCustomers()
{
    QVector<EvaluatedCustomer> customers;
    const int n = static_cast<int>(lubricantInputs().size());
    for (int i = 0; i < n; ++i) {
        EvaluatedCustomer c;
        c.id = i + 1;
        c.code = QStringLiteral("C%1").arg(i + 1, 3, 10, QLatin1Char('0'));
        c.name = QStringLiteral("Customer %1").arg(i + 1);
        c.manager = QStringLiteral("Li Na");
        customers.append(c);
    }
    return customers;
}

} // namespace valuedesk::test
