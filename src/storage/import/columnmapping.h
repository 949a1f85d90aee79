#pragma once

#include "importschema.h"
#include "result.h"

#include <QHash>
#include <QJsonObject>
#include <QStringList>

namespace valuedesk {

// Which input column feeds which field of an import. Customers imports may also map a column to a
// user-defined attribute with the target id "attribute:<name>".
class ColumnMapping final
{
    Q_DECLARE_TR_FUNCTIONS(valuedesk::ColumnMapping)

public:
    ColumnMapping() = default;
    explicit ColumnMapping(ImportKind kind) : m_kind(kind) {}

    ImportKind kind() const { return m_kind; }
    // -1 when the target is not mapped.
    int column(const QString &targetId) const { return m_columns.value(targetId, -1); }
    void setColumn(const QString &targetId, int column); // column < 0 unmaps
    // The target a column feeds, or an empty string.
    QString targetOf(int column) const;
    QStringList targets() const { return m_columns.keys(); }
    // The attribute targets, as (attribute name, column).
    QVector<QPair<QString, int>> attributeColumns() const;

    // Names the required fields that are not mapped yet (translated display names).
    QStringList missingRequiredFields() const;
    // "Map a column to each required field first: …", listing the headers the file has (each
    // shortened), so that a wrong encoding or separator shows at once.
    QString missingFieldsMessage(const QStringList &headers) const;

    // Recognises common Chinese and English headers (客户编号, 金额(元), Customer ID ...).
    static ColumnMapping guess(ImportKind kind, const QStringList &headers);

    // Mapping file format (README): {"kind": "transactions", "columns": {"amount": "金额", "date": 0}}
    // — each value is a header text or a 0-based column index. Fields the file does not name
    // keep `base`'s columns (usually the guess).
    static Result<ColumnMapping> fromJson(const QJsonObject &json, const QStringList &headers,
                                          const ColumnMapping &base);
    QJsonObject toJson(const QStringList &headers) const;

    static QString normaliseHeader(const QString &header);

private:
    ImportKind m_kind = ImportKind::Customers;
    QHash<QString, int> m_columns;
};

} // namespace valuedesk
