#include "xlsxreader.h"

namespace valuedesk {
} // namespace valuedesk
