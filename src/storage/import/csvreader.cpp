#include "csvreader.h"

namespace valuedesk {
} // namespace valuedesk
