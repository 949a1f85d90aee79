#include "connectionfactory.h"

#include <QFileInfo>

namespace valuedesk {

QString SqliteConnectionFactory::displayName() const
{
    return QFileInfo(m_primary.path()).fileName();
}

} // namespace valuedesk
