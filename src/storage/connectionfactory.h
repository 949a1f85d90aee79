#pragma once

#include "database.h"
#include "result.h"
#include "sqldialect.h"

#include <QString>

#include <memory>

namespace valuedesk {

// Where a pipeline gets its database connections: the one seam between the services and the
// customer file. A service running on a worker thread asks for a connection of its own here; it
// never reopens a file by path (closing any descriptor of an open SQLite file drops the process's
// locks on POSIX, see Database). Today the only implementation is the SQLite customer file; team
// mode adds PostgreSQL behind the same interface, with its own SqlDialect.
class ConnectionFactory
{
public:
    virtual ~ConnectionFactory() = default;

    // A connection for the calling thread, valid while the returned object lives; destroy it on
    // that thread, before the factory.
    virtual Result<std::unique_ptr<Database>> connect() const = 0;
    virtual bool isReadOnly() const = 0;
    // The SQL dialect of the connections handed out (SqlDialect says what sits behind it).
    virtual const SqlDialect &dialect() const = 0;
    // A name for messages ("d.vdb"), never used to open anything.
    virtual QString displayName() const = 0;
};

// Connections to an open customer file: siblings of its primary connection (Database::openSibling).
class SqliteConnectionFactory final : public ConnectionFactory
{
public:
    // `primary` must outlive the factory and every connection it hands out.
    explicit SqliteConnectionFactory(const Database &primary) : m_primary(primary) {}

    Result<std::unique_ptr<Database>> connect() const override { return m_primary.openSibling(); }
    bool isReadOnly() const override { return m_primary.isReadOnly(); }
    const SqlDialect &dialect() const override { return m_primary.dialect(); }
    QString displayName() const override;

private:
    const Database &m_primary;
};

} // namespace valuedesk
