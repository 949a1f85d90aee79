#pragma once

#include "probabilisticclv.h"

#include <QDate>
#include <QHash>
#include <QString>
#include <QVector>

namespace valuedesk {

// The request and outcome of ClvService (src/services), plain values that the CLV models and
// views read too.

// What a probabilistic CLV fit of a customer file is asked to do.
struct ClvRequest
{
    QDate calibrationEnd; // invalid: the file's last purchase day (no holdout)
    ClvTimeUnit unit = ClvTimeUnit::Week;
    ProbabilisticClvOptions options; // horizon in `unit`
    bool withHoldout = true;         // purchases after the calibration end form the holdout
};

// A customer of the file as the CLV table shows it.
struct ClvCustomerLabel
{
    qint64 id = 0;
    QString name;
};

// BG/NBD + Gamma-Gamma fitted on a customer file, with everything the CLV tab shows.
struct ClvOutcome
{
    ProbabilisticClvResult result;
    QDate calibrationEnd;
    QDate lastPurchase;                      // the file's last purchase day
    QDate holdoutEnd;                        // invalid: no holdout
    double holdoutLength = 0;                // in the unit
    QVector<HoldoutGroup> holdout;           // empty without a holdout
    int laterCustomers = 0;                  // first purchase after the calibration end (left out)
    QHash<QString, ClvCustomerLabel> labels; // by customer code
};

} // namespace valuedesk
