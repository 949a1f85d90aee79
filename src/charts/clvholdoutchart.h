#pragma once

#include "clv/probabilisticclv.h"

#include <QChart>
#include <QVector>

namespace valuedesk {

// The calibration/holdout check of a BG/NBD fit (Fader, Hardie & Lee 2005, figure 4): for each
// group of customers by repeat purchases in the calibration period (0 … 6, 7+), the mean actual
// and the mean predicted repeat purchases in the holdout period, as two bars side by side.
class ClvHoldoutChart final : public QChart
{
    Q_OBJECT

public:
    explicit ClvHoldoutChart(QGraphicsItem *parent = nullptr);

    // `holdoutLength` in `unitName` (e.g. "39 weeks") for the title; empty groups are skipped.
    void setGroups(const QVector<HoldoutGroup> &groups, const QString &holdoutText);
    int groupCount() const { return m_groups; }

private:
    int m_groups = 0;
};

} // namespace valuedesk
