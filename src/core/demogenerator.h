#pragma once

#include "customer.h"

#include <QDate>

#include <functional>

namespace valuedesk {

struct DemoParams
{
    int customers = 500;
    quint32 seed = 1;
    QDate endDate = QDate(2026, 6, 30); // last day with data; fixed so a seed always gives one file
    int months = 36;                    // history length before endDate
};

// A realistic synthetic portfolio for demos, screenshots and benchmarks: several industries and
// regions, Pareto-like revenue (top ~20 % of customers ≈ 80 % of revenue), monthly seasonality,
// churned customers whose purchases stop, prospects with no purchases, interactions and surveys,
// quarter-end balances. Deterministic for a given DemoParams on every platform (QRandomGenerator
// with hand-written transforms; std:: distributions differ between standard libraries).
class DemoGenerator final
{
public:
    explicit DemoGenerator(DemoParams params);

    // Calls sink once per customer, in code order (C000001, C000002, ...); ids are left 0.
    // Returns false if the sink asked to stop.
    bool generate(const std::function<bool(const CustomerRecordSet &)> &sink) const;

private:
    DemoParams m_params;
};

} // namespace valuedesk
