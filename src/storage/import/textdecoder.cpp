#include "textdecoder.h"

namespace valuedesk {
} // namespace valuedesk
