#pragma once

#include "result.h"

#include <QByteArray>
#include <QString>

namespace valuedesk {

// Writes `bytes` to `path` all or nothing, through QSaveFile: the data goes to a temporary file
// beside `path` that replaces it only once everything is written and flushed. On any failure
// the file at `path` (if any) is left as it was, no temporary file stays behind, and the error's
// translated message names the file (native separators) with the system's reason as detail.
Status writeFileAtomically(const QString &path, const QByteArray &bytes);

} // namespace valuedesk
