#pragma once

#include "reporttable.h"

#include <QLocale>
#include <QString>

namespace valuedesk {

// How values are shown to people: the item models, the CLI's text output and (later) the PDF
// report use it, so a score has the same decimals everywhere. Machine formats (CSV, JSON) keep
// full precision instead (ReportWriters). Numbers follow the locale's digits and separators.
class DisplayFormat final
{
public:
    static constexpr int ScoreDecimals = 3;   // value scores, consistency ratios
    static constexpr int MoneyDecimals = 2;   // amounts in tables
    static constexpr int PercentDecimals = 1; // shares

    explicit DisplayFormat(const QLocale &locale = QLocale()) : m_locale(locale) {}

    const QLocale &locale() const { return m_locale; }

    // Fixed decimals; "—" when the value is not finite.
    QString number(double value, int decimals) const;
    QString integer(qint64 value) const { return m_locale.toString(value); }
    QString score(double value) const { return number(value, ScoreDecimals); }
    QString money(double value, int decimals = MoneyDecimals) const
    {
        return number(value, decimals);
    }
    // A share (0.25) as "25.0 %"; "—" when not finite.
    QString percent(double share, int decimals = PercentDecimals) const;
    // A share as its number of percent without the sign ("25.0"), for texts that place it.
    QString percentNumber(double share, int decimals = PercentDecimals) const
    {
        return number(share * 100.0, decimals);
    }
    // part ÷ whole as a compact percentage ("12.5%"), the summary tables' style; "—" when the
    // whole is not positive.
    QString percentOf(double part, double whole, int decimals = PercentDecimals) const;
    QString date(const QDate &date) const;
    // A ReportTable cell of the given column type; missing cells are "—".
    QString cell(const QVariant &value, ReportTable::ColumnType type) const;

    static QString missing() { return QStringLiteral("—"); }

private:
    QLocale m_locale;
};

} // namespace valuedesk
