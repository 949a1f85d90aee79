#include "money.h"

namespace valuedesk {

QString formatCentsPlain(Cents c)
{
    const bool negative = c < 0;
    const quint64 magnitude = negative ? static_cast<quint64>(-(c + 1)) + 1 : static_cast<quint64>(c);
    const quint64 units = magnitude / centsPerUnit;
    const quint64 fraction = magnitude % centsPerUnit;
    return (negative ? QStringLiteral("-") : QString()) + QString::number(units) + QLatin1Char('.')
           + QStringLiteral("%1").arg(fraction, 2, 10, QLatin1Char('0'));
}

} // namespace valuedesk
