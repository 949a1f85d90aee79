#pragma once

#include "clv/purchasehistory.h"

#include <QDate>

namespace valuedesk {

struct SimpleClvParams
{
    double years = 5;             // expected relationship years (from the as-of date)
    double yearlyCostToServe = 0; // per customer and year, on top of the transactions' costs
};

// A customer's yearly averages over the history up to an as-of date.
struct AnnualAverages
{
    double revenue = 0;
    double cost = 0;          // the transactions' known costs
    double observedYears = 0; // from the first purchase to the as-of date, at least one
};

// Simple CLV: (average annual revenue − average annual cost to serve) × expected relationship
// years, undiscounted.
namespace SimpleClv {

// Averages over the purchase days on or before `asOf`; the observed span is (asOf − first
// purchase + 1 day) / 365.25 years, counted as one year when shorter, so a customer who bought
// last week is not extrapolated to 52 times that week. Zero when nothing was bought by asOf.
AnnualAverages annualAverages(const CustomerPurchases &history, const QDate &asOf);

double value(const SimpleClvParams &params, const AnnualAverages &averages);

} // namespace SimpleClv

} // namespace valuedesk
