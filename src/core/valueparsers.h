#pragma once

#include "money.h"

#include <QDate>
#include <QString>

#include <optional>

namespace valuedesk {

// Parsers for what people type in spreadsheets; locale-independent so an import gives the same
// result on every machine.

// Dates: 2024-05-25, 2024/5/25, 2024.5.25, 20240525, 2024年5月25日 (optionally with 日 omitted),
// 25.05.2024 (day first when '.' separates a trailing four-digit year), ISO with a time part
// ("2024-05-25T10:00:00", "2024-05-25 10:00") or Excel's "2024/5/25 10:00" whose time is ignored. Surrounding spaces are
// ignored. Returns nullopt for anything else or for impossible dates (2024-02-30).
std::optional<QDate> parseDate(const QString &text);

// Numbers: optional sign, thousands separators (1,234,567.5 and full-width ，), a trailing 万
// (×10 000) or 亿 (×100 000 000), currency marks ¥ ￥ RMB CNY $ and a trailing 元, a trailing %
// (÷100), and accounting negatives "(1,234.00)". Whitespace anywhere is ignored. Rejects empty
// text, several numbers, misplaced separators ("1,23,4" is accepted only in the 3-digit grouping
// "1,234"), NaN and infinities.
std::optional<double> parseNumber(const QString &text);

// Money in cents, exact: "1,234.565" -> 123457 (half away from zero), "1.5万" -> 1500000.
// Same accepted forms as parseNumber except %; computed from the decimal digits, not via double,
// so "0.29" is 29 cents exactly.
std::optional<Cents> parseMoney(const QString &text);

} // namespace valuedesk
