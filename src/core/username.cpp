#include "username.h"

#include <QCoreApplication>

namespace valuedesk {

QString userName()
{
    for (const char *variable : {"USERNAME", "USER"}) {
        QString name = qEnvironmentVariable(variable).trimmed();
        if (!name.isEmpty())
            return name;
    }
    return QCoreApplication::translate("valuedesk::UserName", "unknown");
}

} // namespace valuedesk
