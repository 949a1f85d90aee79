#pragma once

#include <QChart>
#include <QStringList>
#include <QVector>

namespace valuedesk {

// Per class of a classification, two bars side by side: its share of the customers and its share
// of the measure (revenue, gross profit …) — the "20 % of customers make 80 % of revenue" view of
// any scheme (RFM segment sizes and revenue shares, pyramid levels, tiers …).
class ClassShareChart final : public QChart
{
    Q_OBJECT

public:
    explicit ClassShareChart(QGraphicsItem *parent = nullptr);

    // Shares in 0 … 1, one per class name.
    void setShares(const QStringList &classNames, const QVector<double> &customerShares,
                   const QVector<double> &measureShares, const QString &measureTitle);
};

} // namespace valuedesk
