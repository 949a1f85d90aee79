#include "demogenerator.h"

namespace valuedesk {
} // namespace valuedesk
