#pragma once

#include <QString>

namespace valuedesk {

// The signed-in user's name, recorded as the author of evaluation snapshots and grade overrides:
// the USERNAME (Windows) or USER (Unix) environment variable, else tr("unknown").
QString userName();

} // namespace valuedesk
