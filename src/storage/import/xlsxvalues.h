#pragma once

#include <QString>
#include <QStringView>

namespace valuedesk::xlsx {

// Excel's column limit (XFD); also bounds memory when a damaged file has absurd references.
inline constexpr int MaxColumns = 16384;

enum class DateKind { None, Date, DateTime };

// xsd:boolean as SpreadsheetML writes it: "1"/"true".
bool parseXmlBool(QStringView value);

// Decodes the _xHHHH_ escapes Excel uses for characters XML cannot carry.
QString unescapeOoxml(const QString &text);

// Whether a number format shows a date: custom format codes with y/m/d/h/s outside quotes and
// brackets, and the built-in date and time ids.
DateKind dateKindOfFormatCode(const QString &code);
DateKind dateKindOfBuiltin(int id);

QString formatNumber(double value);
// "yyyy-MM-dd" or "yyyy-MM-dd HH:mm:ss"; empty for serials Excel cannot show as a date.
QString formatSerialDate(double serial, DateKind kind, bool date1904);

// 0-based column of a cell reference such as "C5", or -1 when it is not one.
int columnOfRef(QStringView ref);

} // namespace valuedesk::xlsx
