#pragma once

#include "customer.h"
#include "evaluationwindow.h"
#include "money.h"

#include <QDate>
#include <QHash>
#include <QString>

#include <optional>

namespace valuedesk {

// Count and sum of one survey score over the window.
struct ScoreSum
{
    double sum = 0;
    int count = 0;
};

// Everything MetricCalculator needs for one customer and one EvaluationWindow, small enough to
// fill for 100 000 customers from monthly roll-ups plus a few per-customer extras. "Transaction"
// means any transaction row, refunds (negative amounts) included; dates are inclusive.
struct MetricInputs
{
    // Transactions dated in the window.
    Cents revenue = 0;       // Σ amount
    Cents costedRevenue = 0; // Σ amount over rows with a known cost
    Cents cost = 0;          // Σ cost over the same rows
    qint64 orders = 0;       // number of rows
    double quantity = 0;     // Σ quantity (rows without one add 0)
    int activeMonths = 0;    // distinct calendar months (yyyy-MM) with ≥ 1 row
    QDate firstInWindow;     // first / last row date, invalid when none
    QDate lastInWindow;
    // Transactions on or before the as-of date, any time.
    QDate firstEver; // used for tenure when tenureStart is unknown
    QDate lastEver;  // recency
    // Transactions dated in the previous window.
    Cents previousRevenue = 0;

    // Balances: the last one on or before the as-of date, and those dated in the window.
    std::optional<Cents> latestBalance;
    Cents balanceSum = 0;
    int balanceCount = 0;

    // Interactions dated in the window.
    int referrals = 0;
    int complaints = 0;
    int visits = 0;
    int trainings = 0;

    // Survey scores dated in the window.
    ScoreSum satisfaction;
    ScoreSum loyalty;
    ScoreSum trust;

    // Probabilistic CLV (BG/NBD + Gamma-Gamma fitted on the whole file up to the as-of date);
    // filled by EvaluationService only when the model uses clv or p_alive. Missing: not bought by
    // the as-of date, no fit, or (clv) no spend model.
    std::optional<double> clv;
    std::optional<double> pAlive;

    QDate tenureStart;                 // Customer::tenureStart, invalid when unknown
    QHash<QString, double> attributes; // numeric attributes only (see numericAttribute)
    QHash<QString, double> ratings;    // manual 1–5 ratings by name
};

// An attribute value as a number ("1,234.5", "12"), nullopt when blank or not numeric.
std::optional<double> numericAttribute(const QString &text);

// Builds the inputs from one customer's raw records (tests, small files, the reference for the
// storage roll-up reader). Attributes named "rating:<name>" are the customer's manual ratings
// (MetricInputs::ratings["<name>"], not attributes); `ratings` adds to or overrides them.
MetricInputs metricInputsFromRecords(const CustomerRecordSet &records,
                                     const EvaluationWindow &window,
                                     const QHash<QString, double> &ratings = {});

} // namespace valuedesk
