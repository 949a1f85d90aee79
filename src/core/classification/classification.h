#pragma once

#include "metrics/evaluation.h"
#include "metrics/evaluationsnapshot.h"
#include "metrics/metricinputs.h"

#include <Eigen/Core>

#include <QJsonObject>
#include <QString>
#include <QStringList>
#include <QVector>

namespace valuedesk {

// What every classification scheme (ABC, RFM, cost contribution, loyalty × value, pyramid,
// amount × frequency, tiers, k-means) reads: the customers and their MetricInputs for one
// window (the same data an evaluation reads), and optionally an evaluation of those same
// customers (value scores, normalised indicators) for the schemes that need one.
// customers[i], inputs[i] and row i of *evaluation describe the same customer.
struct ClassificationInput
{
    EvaluationWindow window;
    QVector<EvaluatedCustomer> customers;
    QVector<MetricInputs> inputs;
    const EvaluationResult *evaluation = nullptr; // may be null when the scheme needs none
};

// One class of a scheme, in display order (A before B; 重要价值客户 first …).
struct ClassDefinition
{
    QString id;   // stable: "A", "important-value", "gold", "cluster-1" …; the CLI's `class`
    QString name; // translated display name, editable by the user where the scheme allows
};

// The result of one scheme over all customers of a ClassificationInput.
struct ClassificationResult
{
    QString scheme;                   // "abc", "rfm", "cost", "loyalty-value", "pyramid",
                                      // "amount-frequency", "tiers", "kmeans"
    QJsonObject options;              // the options as applied (stored with the snapshot)
    QVector<ClassDefinition> classes; // display order
    QVector<int> classOf;             // per customer: index into classes, -1 = unclassified
    // The measure the summary totals (e.g. revenue for ABC by revenue); NaN where none.
    QString measureId;
    QVector<double> measure;
    // Scheme-specific numbers per customer, columns named by fieldIds (e.g. RFM "recency_days",
    // "frequency", "monetary", "r", "f", "m"; ABC "rank", "share", "cumulative_share"); NaN where
    // none. Text fields likewise (RFM "code" = "545").
    QStringList fieldIds;
    Eigen::MatrixXd fields;
    QStringList textFieldIds;
    QVector<QStringList> textFields; // per customer, one entry per textFieldIds

    int classIndex(const QString &id) const
    {
        for (int i = 0; i < classes.size(); ++i)
            if (classes.at(i).id == id)
                return i;
        return -1;
    }
};

} // namespace valuedesk
