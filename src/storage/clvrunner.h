#pragma once

#include "clv/probabilisticclv.h"
#include "import/importplan.h" // ProgressCallback
#include "result.h"

#include <QCoreApplication>
#include <QDate>
#include <QHash>
#include <QSqlDatabase>

namespace valuedesk {

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

// Reads a file's purchase days (PurchaseHistoryReader), summarises the calibration period and
// fits the models: the pipeline behind the CLV tab's Fit button (on a worker thread with its own
// connection) and the clv/p_alive metrics. A progress callback returning false cancels between
// steps (read, summarise, fit, holdout).
class ClvRunner final
{
    Q_DECLARE_TR_FUNCTIONS(valuedesk::ClvRunner)

public:
    static Result<ClvOutcome> run(const QSqlDatabase &db, const ClvRequest &request,
                                  const ProgressCallback &progress = {});
    // The same on purchase histories already read (no labels).
    static Result<ClvOutcome> run(const QVector<CustomerPurchases> &histories,
                                  const ClvRequest &request, const ProgressCallback &progress = {});
};

} // namespace valuedesk
