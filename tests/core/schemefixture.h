#pragma once

#include "classification/classification.h"

#include <QStringList>

#include <cmath>

// Small hand-made ClassificationInputs for the scheme tests (tst_*scheme.cpp).
namespace valuedesk::test {

// One customer's figures in currency units; NaN leaves the field empty (no data).
struct Spec
{
    double revenue = 0;
    qint64 orders = 0;
    double cost = std::nan(""); // transaction cost: gross profit = revenue − cost
    double loyalty = std::nan("");
    double balance = std::nan("");
    CustomerStatus status = CustomerStatus::Active;
    QHash<QString, double> attributes;
};

inline ClassificationInput makeInput(const QVector<Spec> &specs)
{
    ClassificationInput input;
    input.window = EvaluationWindow{QDate(2024, 12, 31), 12};
    for (int i = 0; i < specs.size(); ++i) {
        const Spec &s = specs.at(i);
        EvaluatedCustomer c;
        c.id = i + 1;
        c.code = QStringLiteral("C%1").arg(i + 1);
        c.name = c.code;
        c.status = s.status;
        c.revenue = s.revenue;
        input.customers.append(c);
        MetricInputs in;
        in.revenue = static_cast<Cents>(std::llround(s.revenue * 100));
        in.orders = s.orders;
        if (!std::isnan(s.cost)) {
            in.costedRevenue = in.revenue;
            in.cost = static_cast<Cents>(std::llround(s.cost * 100));
        }
        if (!std::isnan(s.loyalty))
            in.loyalty = ScoreSum{s.loyalty, 1};
        if (!std::isnan(s.balance))
            in.latestBalance = static_cast<Cents>(std::llround(s.balance * 100));
        in.attributes = s.attributes;
        input.inputs.append(in);
    }
    return input;
}

// An evaluation with only total scores (for the schemes that read scores.total).
inline EvaluationResult totalsOnly(const QVector<double> &totals)
{
    EvaluationResult e;
    e.scores.total.resize(totals.size());
    for (int i = 0; i < totals.size(); ++i)
        e.scores.total(i) = totals.at(i);
    return e;
}

// The class id of every customer ("" = unclassified).
inline QStringList classIds(const ClassificationResult &r)
{
    QStringList ids;
    for (int c : r.classOf)
        ids.append(c < 0 ? QString() : r.classes.at(c).id);
    return ids;
}

inline QStringList ids(std::initializer_list<const char *> list)
{
    QStringList out;
    for (const char *s : list)
        out.append(QString::fromLatin1(s));
    return out;
}

} // namespace valuedesk::test
