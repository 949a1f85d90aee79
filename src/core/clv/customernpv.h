#pragma once

#include "clv/purchasehistory.h"

#include <QDate>
#include <QHash>
#include <QString>
#include <QVector>

namespace valuedesk {

enum class VolumeMeasure { Revenue, Quantity }; // what Q_t counts
enum class VolumeProjection { History, Trend }; // how future Q_t follow from past years

// 客户投资净现值: NPV = Σ_{t=1..T} (M·Q_t − X)/(1+i)^t − C.
struct NpvParams
{
    double unitMargin = 1;      // M: per unit of volume (with VolumeMeasure::Revenue a margin rate)
    double retentionCost = 0;   // X: per year
    double acquisitionCost = 0; // C: once
    int years = 5;              // T
    double discountRate = 0.1;  // i: per year
    VolumeProjection projection = VolumeProjection::History;
};

// Parameters per customer, per segment, or global, the most specific winning.
struct NpvParameterSet
{
    NpvParams global;
    QHash<QString, NpvParams> bySegment;  // segment id → params
    QHash<QString, NpvParams> byCustomer; // customer code → params

    const NpvParams &forCustomer(const QString &customer, const QString &segment = {}) const;
};

namespace CustomerNpv {

// Q of the last `maxYears` whole years before and including `asOf` (year 1 = the 365 days
// ending on asOf), oldest first, starting with the year of the first purchase; empty when nothing
// was bought by asOf.
QVector<double> yearlyVolumes(const CustomerPurchases &history, const QDate &asOf,
                              VolumeMeasure measure, int maxYears = 5);

// Q_1 … Q_years: History repeats the mean of the past years; Trend extends their least-squares
// line (the mean with fewer than two years), never below zero.
QVector<double> projectVolumes(const QVector<double> &past, int years, VolumeProjection projection);

double npv(const NpvParams &params, const QVector<double> &volumes);

} // namespace CustomerNpv

} // namespace valuedesk
