#pragma once

#include "clv/customernpv.h"
#include "clv/probabilisticclv.h"
#include "clv/simpleclv.h"
#include "reporttable.h"
#include "result.h"

#include <QDate>
#include <QJsonObject>
#include <QString>
#include <QVector>

#include <optional>

namespace valuedesk::cli {

// What `valuedesk-cli clv` computed, ready for --json, --csv or the text summary.
struct SimpleClvRow
{
    QString customer;
    AnnualAverages averages;
    double clv = 0;
};

struct NpvRow
{
    QString customer;
    QVector<double> past;
    QVector<double> projected;
    double npv = 0;
};

struct ClvReport
{
    QString model; // "simple", "npv", "bgnbd"
    QDate calibrationEnd;
    QDate holdoutEnd; // bgnbd: invalid when there is no holdout
    int laterCustomers = 0;
    // simple
    SimpleClvParams simple;
    QVector<SimpleClvRow> simpleRows;
    // npv
    NpvParams npv;
    VolumeMeasure volume = VolumeMeasure::Revenue;
    QVector<NpvRow> npvRows;
    // bgnbd
    std::optional<ProbabilisticClvResult> bgnbd;
    QVector<HoldoutGroup> holdout;
    double holdoutLength = 0;
};

// One row per customer: the columns depend on the model.
ReportTable clvTable(const ClvReport &report);
QJsonObject clvToJson(const ClvReport &report);
Status writeClvCsv(const QString &path, const ClvReport &report);
void printClvSummary(const ClvReport &report);

} // namespace valuedesk::cli
