#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>
#include <QVector>

#include <optional>

namespace valuedesk {

enum class ImportKind { Customers, Transactions, Interactions, Surveys, Balances };

// One target field an input column can be mapped to.
struct ImportField
{
    QString id;           // stable id used in mapping files: "code", "amount", ...
    QString displayName;  // translated
    bool required = false;
    QStringList synonyms; // header texts recognised automatically (compared case- and
                          // space-insensitively), Chinese and English
};

// The fields each kind of import knows; customers additionally map any column to a
// user-defined attribute ("attribute:<name>").
class ImportSchema final
{
    Q_DECLARE_TR_FUNCTIONS(valuedesk::ImportSchema)

public:
    static QVector<ImportField> fields(ImportKind kind);
    static std::optional<ImportField> field(ImportKind kind, const QString &id);
    static QString kindId(ImportKind kind); // "customers", "transactions", ...
    static std::optional<ImportKind> parseKind(const QString &id);
    static QString kindDisplayName(ImportKind kind);

    static inline const QString attributePrefix = QStringLiteral("attribute:");
};

} // namespace valuedesk
