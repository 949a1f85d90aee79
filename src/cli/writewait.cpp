#include "writewait.h"

#include "clioutput.h"
#include "database.h"

#include <QtGlobal>

namespace valuedesk::cli {

void configureWriteWait()
{
    bool ok = false;
    int seconds = qEnvironmentVariableIntValue("VALUEDESK_WAIT_SECONDS", &ok);
    if (!ok || seconds < 0)
        seconds = 120;
    Database::setWriteWait(qMax(5, seconds) * 1000, [seconds](const QString &holder) {
        printErr(holder.isEmpty()
                     ? QStringLiteral("valuedesk-cli: the file is in use by another program; "
                                      "waiting up to %1 s for it to finish…")
                           .arg(seconds)
                     : QStringLiteral("valuedesk-cli: the file is in use by %1; waiting up to %2 s "
                                      "for it to finish…")
                           .arg(holder)
                           .arg(seconds));
    });
}

} // namespace valuedesk::cli
