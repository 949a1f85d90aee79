#pragma once

#include <QDate>

namespace valuedesk {

// The evaluation window: the `months` months ending at the as-of date, both ends inclusive:
// start = (asOf + 1 day) − months months. As-of 2024-12-31, 12 months: 2024-01-01 … 2024-12-31;
// as-of 2024-06-30, 6 months: 2024-01-01 … 2024-06-30; as-of 2024-03-15, 1 month: 2024-02-16 …
// 2024-03-15. (Counting back from the day after keeps month ends aligned with calendar months:
// asOf.addMonths(−6).addDays(1) would give 2023-12-31 for 2024-06-30 because 30 June − 6 months
// is 30 December.) QDate::addMonths clamps the day (31 March − 1 month = 29 February). The
// previous window applies the same rule with the as-of date start − 1 day, so consecutive
// windows tile the calendar without gaps or overlaps.
struct EvaluationWindow
{
    QDate asOf;
    int months = 12;

    QDate start() const { return asOf.addDays(1).addMonths(-months); }
    QDate end() const { return asOf; }
    bool contains(const QDate &d) const { return d >= start() && d <= asOf; }

    EvaluationWindow previous() const { return EvaluationWindow{start().addDays(-1), months}; }

    bool isValid() const { return asOf.isValid() && months > 0; }

    // The fewest months (at least 1) whose window ending at `asOf` contains `first`: an
    // "all history" window from the first transaction. 1 when `first` is invalid or after asOf.
    static int monthsCovering(const QDate &first, const QDate &asOf)
    {
        if (!first.isValid() || !asOf.isValid() || first > asOf)
            return 1;
        int months = (asOf.year() - first.year()) * 12 + asOf.month() - first.month();
        months = months < 1 ? 1 : months;
        while (EvaluationWindow{asOf, months}.start() > first)
            ++months;
        return months;
    }
};

} // namespace valuedesk
