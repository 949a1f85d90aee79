#include "valueparsers.h"

namespace valuedesk {
// Implemented by the value-parsers work item.
} // namespace valuedesk
