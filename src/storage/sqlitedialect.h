#pragma once

#include "sqldialect.h"

namespace valuedesk {

// SQLite 3.35+ through Qt's QSQLITE driver (see SqlDialect for what sits behind the seam).
class SqliteDialect final : public SqlDialect
{
public:
    QString driverName() const override;

    Status configureConnection(QSqlDatabase &db, bool readOnly) const override;
    Status enableConcurrentReaders(QSqlDatabase &db) const override;
    QString schemaVersionQuery() const override;
    QString setSchemaVersionStatement(int version) const override;
    QString fileCopyStatement() const override;

    int maxBoundValues() const override;

    QString upsertClause(const QStringList &conflictColumns, const QStringList &assignments,
                         const QString &condition) const override;
    QString excluded(const QString &column) const override;
    QString insertOrReplace(const QString &table, const QStringList &columns,
                            const QStringList &keyColumns) const override;
    QString least(const QString &a, const QString &b) const override;
    QString greatest(const QString &a, const QString &b) const override;
    QString integerSumFits(const QString &stored, const QString &added) const override;
    QString isReal(const QString &stored) const override;

    bool isIntegerOverflow(const QString &driverText) const override;

    std::unique_ptr<NativeCursor> nativeCursor(const QSqlDatabase &db) const override;
};

} // namespace valuedesk
