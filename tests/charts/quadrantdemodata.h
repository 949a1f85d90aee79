#pragma once

#include "quadrantchartdata.h"

#include <QRandomGenerator>

#include <cmath>

namespace valuedesk::test {

// Reproducible demo customers for the quadrant chart tests and benchmark: scores roughly normal
// (sum of three uniforms), revenue log-normal, `groups` colour groups (0: colour by quadrant),
// every 40th customer manually overridden; thresholds at the means.
inline QuadrantChartData quadrantDemoData(int customers, int groups, quint32 seed = 7)
{
    QRandomGenerator random(seed);
    const auto roughlyNormal = [&random] {
        return random.generateDouble() + random.generateDouble() + random.generateDouble() - 1.5;
    };
    QuadrantChartData data;
    data.points.reserve(customers);
    double sumCurrent = 0, sumPotential = 0;
    for (int i = 0; i < customers; ++i) {
        QuadrantPoint p;
        p.customerId = 1000 + i;
        p.potential = 0.5 + 0.22 * roughlyNormal();
        p.current = 0.45 + 0.18 * roughlyNormal() + 0.2 * (p.potential - 0.5);
        p.revenue = std::exp(10 + 1.2 * roughlyNormal());
        p.group = groups > 0 ? static_cast<int>(random.bounded(groups)) : -1;
        p.overridden = i % 40 == 0;
        sumCurrent += p.current;
        sumPotential += p.potential;
        data.points.append(p);
    }
    for (int g = 0; g < groups; ++g)
        data.groupNames.append(QStringLiteral("Manager %1").arg(QChar(u'A' + g)));
    data.currentThreshold = customers > 0 ? sumCurrent / customers : 0;
    data.potentialThreshold = customers > 0 ? sumPotential / customers : 0;
    return data;
}

} // namespace valuedesk::test
