#include "importmappingrepository.h"

#include "sqldialect.h"
#include "sqlerror.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace valuedesk {

ImportMappingRepository::ImportMappingRepository(QSqlDatabase db) : m_db(std::move(db)) {}

QString ImportMappingRepository::headerSignature(const QStringList &headers)
{
    QStringList normalised;
    for (const QString &h : headers)
        normalised << ColumnMapping::normaliseHeader(h);
    return normalised.join(QChar(0x1f));
}

Result<std::optional<ColumnMapping>> ImportMappingRepository::load(ImportKind kind,
                                                                   const QStringList &headers) const
{
    auto q = runQuery(m_db,
                      QStringLiteral("SELECT mapping FROM import_mappings WHERE kind = ? AND "
                                     "header_signature = ?"),
                      {ImportSchema::kindId(kind), headerSignature(headers)});
    if (!q)
        return q.error();
    if (!q->next())
        return std::optional<ColumnMapping>();
    const QJsonObject json = QJsonDocument::fromJson(q->value(0).toString().toUtf8()).object();
    auto mapping = ColumnMapping::fromJson(json, headers, ColumnMapping(kind));
    // A remembered mapping that no longer fits is simply not offered.
    if (!mapping)
        return std::optional<ColumnMapping>();
    return std::optional<ColumnMapping>(*mapping);
}

Status ImportMappingRepository::save(const ColumnMapping &mapping, const QStringList &headers)
{
    const QString json = QString::fromUtf8(
        QJsonDocument(mapping.toJson(headers)).toJson(QJsonDocument::Compact));
    const QString sql = SqlDialect::of(m_db).insertOrReplace(
        QStringLiteral("import_mappings"),
        {QStringLiteral("kind"), QStringLiteral("header_signature"), QStringLiteral("mapping")},
        {QStringLiteral("kind"), QStringLiteral("header_signature")});
    auto q =
        runQuery(m_db, sql, {ImportSchema::kindId(mapping.kind()), headerSignature(headers), json});
    if (!q)
        return q.error();
    return Status::success();
}

} // namespace valuedesk
