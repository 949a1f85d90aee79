#include "valuequote.h"

#include <algorithm>

namespace valuedesk {

QString quotedValuePrefix(const QString &value, int max)
{
    if (value.size() <= max)
        return value;
    int cut = std::max(max, 0);
    // Never split a surrogate pair.
    if (cut > 0 && value.at(cut - 1).isHighSurrogate())
        --cut;
    return value.left(cut) + QChar(0x2026);
}

} // namespace valuedesk
