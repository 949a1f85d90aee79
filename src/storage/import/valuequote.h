#pragma once

#include <QString>

namespace valuedesk {

// The start of a value for quoting in a message: the value itself when it has at most `max`
// characters, else its first `max` characters and "…". A bad value can be a whole 32 767-character
// cell; a message, printed once per bad row, must stay readable and small.
QString quotedValuePrefix(const QString &value, int max = 60);

} // namespace valuedesk
