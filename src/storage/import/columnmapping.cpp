#include "columnmapping.h"

#include "valuequote.h"

#include <QJsonValue>
#include <QRegularExpression>

namespace valuedesk {

void ColumnMapping::setColumn(const QString &targetId, int column)
{
    // A column feeds at most one target: remapping it moves it.
    for (auto it = m_columns.begin(); it != m_columns.end();) {
        if (it.value() == column && column >= 0)
            it = m_columns.erase(it);
        else
            ++it;
    }
    if (column < 0)
        m_columns.remove(targetId);
    else
        m_columns.insert(targetId, column);
}

QString ColumnMapping::targetOf(int column) const
{
    for (auto it = m_columns.constBegin(); it != m_columns.constEnd(); ++it) {
        if (it.value() == column)
            return it.key();
    }
    return {};
}

QVector<QPair<QString, int>> ColumnMapping::attributeColumns() const
{
    QVector<QPair<QString, int>> out;
    for (auto it = m_columns.constBegin(); it != m_columns.constEnd(); ++it) {
        if (it.key().startsWith(ImportSchema::attributePrefix))
            out.append({it.key().mid(ImportSchema::attributePrefix.size()), it.value()});
    }
    std::sort(out.begin(), out.end(),
              [](const auto &a, const auto &b) { return a.second < b.second; });
    return out;
}

QStringList ColumnMapping::missingRequiredFields() const
{
    QStringList missing;
    for (const ImportField &field : ImportSchema::fields(m_kind)) {
        if (field.required && column(field.id) < 0)
            missing << field.displayName;
    }
    return missing;
}

QString ColumnMapping::missingFieldsMessage(const QStringList &headers) const
{
    constexpr int maxListed = 30;
    QStringList shown;
    for (int i = 0; i < headers.size() && i < maxListed; ++i)
        shown << QLatin1Char('"') + quotedValuePrefix(headers.at(i), 40) + QLatin1Char('"');
    if (headers.size() > maxListed)
        shown << tr("and %n more", nullptr, static_cast<int>(headers.size() - maxListed));
    return tr("Map a column to each required field first: %1. The file's %n column(s): %2.",
              nullptr, static_cast<int>(headers.size()))
        .arg(missingRequiredFields().join(QStringLiteral(", ")), shown.join(QStringLiteral(", ")));
}

QString ColumnMapping::normaliseHeader(const QString &header)
{
    // "交易金额（元）", " Amount (CNY) " and "amount_cny" should all look like their field.
    static const QRegularExpression unit(QStringLiteral("[(（\\[【][^)）\\]】]*[)）\\]】]"));
    static const QRegularExpression noise(QStringLiteral("[\\s_\\-:：*]+"));
    QString h = header;
    h.remove(QChar(0xFEFF));
    h.remove(unit);
    h.replace(noise, QStringLiteral(" "));
    return h.trimmed().toCaseFolded();
}

ColumnMapping ColumnMapping::guess(ImportKind kind, const QStringList &headers)
{
    ColumnMapping mapping(kind);
    QStringList normalised;
    for (const QString &h : headers)
        normalised << normaliseHeader(h);
    QVector<bool> used(headers.size(), false);
    const QVector<ImportField> fields = ImportSchema::fields(kind);

    // Pass 1: exact matches, in each field's synonym order. Pass 2: a header containing a
    // distinctive synonym ("本月交易金额" contains "交易金额"); short ASCII words like "id" only
    // match exactly.
    for (int pass = 0; pass < 2; ++pass) {
        for (const ImportField &field : fields) {
            if (mapping.column(field.id) >= 0)
                continue;
            for (const QString &synonym : field.synonyms) {
                const QString s = normaliseHeader(synonym);
                const bool distinctive = s.size() >= 4 || s.at(0).unicode() >= 0x2E80;
                if (pass == 1 && !distinctive)
                    continue;
                int found = -1;
                for (int c = 0; c < normalised.size() && found < 0; ++c) {
                    if (used.at(c))
                        continue;
                    if (pass == 0 ? normalised.at(c) == s : normalised.at(c).contains(s))
                        found = c;
                }
                if (found >= 0) {
                    mapping.m_columns.insert(field.id, found);
                    used[found] = true;
                    break;
                }
            }
        }
    }
    return mapping;
}

Result<ColumnMapping> ColumnMapping::fromJson(const QJsonObject &json, const QStringList &headers,
                                              const ColumnMapping &base)
{
    ColumnMapping mapping = base;
    if (json.contains(QStringLiteral("kind"))) {
        const QString kind = json.value(QStringLiteral("kind")).toString();
        if (kind != ImportSchema::kindId(base.kind())) {
            return Error(tr("The mapping file is for a \"%1\" import, not \"%2\".")
                             .arg(kind, ImportSchema::kindId(base.kind())));
        }
    }
    const QJsonValue columnsValue = json.value(QStringLiteral("columns"));
    if (!columnsValue.isObject())
        return Error(tr(
            "The mapping file needs a \"columns\" object (field id → header or column number)."));
    const QJsonObject columns = columnsValue.toObject();
    for (auto it = columns.constBegin(); it != columns.constEnd(); ++it) {
        const QString target = it.key();
        const bool isAttribute = target.startsWith(ImportSchema::attributePrefix) &&
                                 target.size() > ImportSchema::attributePrefix.size();
        if (!isAttribute && !ImportSchema::field(base.kind(), target)) {
            QStringList known;
            for (const ImportField &f : ImportSchema::fields(base.kind()))
                known << f.id;
            return Error(tr("The mapping file names an unknown field \"%1\"; known fields: %2.")
                             .arg(target, known.join(QStringLiteral(", "))));
        }
        if (isAttribute && base.kind() != ImportKind::Customers)
            return Error(
                tr("Attributes (\"%1\") can only be imported with customers.").arg(target));
        int column = -1;
        const QJsonValue v = it.value();
        if (v.isDouble()) {
            column = v.toInt(-1);
            if (column < 0 || column >= headers.size()) {
                return Error(
                    tr("The mapping file maps \"%1\" to column %2, but the file has %3 columns.")
                        .arg(target)
                        .arg(v.toInt())
                        .arg(headers.size()));
            }
        } else if (v.isString()) {
            column = headers.indexOf(v.toString());
            if (column < 0) {
                const QString wanted = normaliseHeader(v.toString());
                for (int c = 0; c < headers.size() && column < 0; ++c) {
                    if (normaliseHeader(headers.at(c)) == wanted)
                        column = c;
                }
            }
            if (column < 0) {
                return Error(tr("The mapping file maps \"%1\" to the column \"%2\", which the file "
                                "does not have.")
                                 .arg(target, v.toString()));
            }
        } else if (v.isNull()) {
            column = -1;
        } else {
            return Error(tr("In the mapping file, \"%1\" must be a header text or a column number.")
                             .arg(target));
        }
        mapping.setColumn(target, column);
    }
    return mapping;
}

QJsonObject ColumnMapping::toJson(const QStringList &headers) const
{
    QJsonObject columns;
    for (auto it = m_columns.constBegin(); it != m_columns.constEnd(); ++it) {
        const int c = it.value();
        // A header text names its column only if no earlier column has the same text
        // (fromJson() takes the first match); otherwise the column number is written.
        if (c >= 0 && c < headers.size() && !headers.at(c).isEmpty() &&
            headers.indexOf(headers.at(c)) == c)
            columns.insert(it.key(), headers.at(c));
        else
            columns.insert(it.key(), c);
    }
    return QJsonObject{{QStringLiteral("kind"), ImportSchema::kindId(m_kind)},
                       {QStringLiteral("columns"), columns}};
}

} // namespace valuedesk
