#include "importmappingmodel.h"

#include <QFont>

#include <algorithm>

namespace valuedesk {

namespace {

constexpr int sampleValues = 3;

} // namespace

ImportMappingModel::ImportMappingModel(QObject *parent) : QAbstractTableModel(parent) {}

void ImportMappingModel::setSource(const TableData &preview, const ColumnMapping &mapping)
{
    beginResetModel();
    m_preview = preview;
    m_mapping = mapping;
    endResetModel();
    emit mappingChanged();
}

void ImportMappingModel::setMapping(const ColumnMapping &mapping)
{
    m_mapping = mapping;
    if (rowCount() > 0)
        emit dataChanged(index(0, Target), index(rowCount() - 1, Target));
    emit mappingChanged();
}

QVector<QPair<QString, QString>> ImportMappingModel::choices(int column) const
{
    QVector<QPair<QString, QString>> out;
    out.append({QString(), tr("(do not import)")});
    for (const ImportField &field : ImportSchema::fields(m_mapping.kind())) {
        out.append({field.id, field.required ? tr("%1 (required)").arg(field.displayName)
                                             : field.displayName});
    }
    if (m_mapping.kind() == ImportKind::Customers && column >= 0
        && column < m_preview.headers.size()) {
        const QString header = m_preview.headers.at(column);
        out.append({ImportSchema::attributePrefix + header, tr("Attribute \"%1\"").arg(header)});
    }
    return out;
}

QString ImportMappingModel::targetDisplayName(ImportKind kind, const QString &targetId)
{
    if (targetId.isEmpty())
        return tr("(do not import)");
    if (targetId.startsWith(ImportSchema::attributePrefix))
        return tr("Attribute \"%1\"").arg(targetId.mid(ImportSchema::attributePrefix.size()));
    const auto field = ImportSchema::field(kind, targetId);
    return field ? field->displayName : targetId;
}

int ImportMappingModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_preview.headers.size();
}

int ImportMappingModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ImportMappingModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const int column = index.row();
    switch (index.column()) {
    case Header:
        if (role == Qt::DisplayRole)
            return m_preview.headers.at(column);
        break;
    case Sample:
        if (role == Qt::DisplayRole || role == Qt::ToolTipRole) {
            QStringList values;
            for (int r = 0; r < m_preview.rows.size() && values.size() < sampleValues; ++r) {
                const QStringList &row = m_preview.rows.at(r);
                if (column < row.size() && !row.at(column).trimmed().isEmpty())
                    values << row.at(column).trimmed();
            }
            return values.join(QStringLiteral(" · "));
        }
        break;
    case Target: {
        const QString target = m_mapping.targetOf(column);
        if (role == Qt::DisplayRole)
            return targetDisplayName(m_mapping.kind(), target);
        if (role == Qt::EditRole || role == TargetIdRole)
            return target;
        if (role == Qt::FontRole && target.isEmpty()) {
            QFont font;
            font.setItalic(true);
            return font;
        }
        break;
    }
    default:
        break;
    }
    return {};
}

bool ImportMappingModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid) || index.column() != Target
        || role != Qt::EditRole)
        return false;
    const int column = index.row();
    const QString target = value.toString();
    // Only the targets offered for this column (an unknown id would fail the import later).
    const auto offered = choices(column);
    if (std::none_of(offered.cbegin(), offered.cend(),
                     [&](const auto &choice) { return choice.first == target; }))
        return false;
    const QString previous = m_mapping.targetOf(column);
    if (!previous.isEmpty())
        m_mapping.setColumn(previous, -1);
    if (!target.isEmpty())
        m_mapping.setColumn(target, column); // moves the target off any other column
    // Another row may have lost its target; refresh the whole column.
    emit dataChanged(this->index(0, Target), this->index(rowCount() - 1, Target));
    emit mappingChanged();
    return true;
}

Qt::ItemFlags ImportMappingModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags f = QAbstractTableModel::flags(index);
    if (index.isValid() && index.column() == Target)
        f |= Qt::ItemIsEditable;
    return f;
}

QVariant ImportMappingModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Header:
        return tr("Column in the file");
    case Sample:
        return tr("Sample values");
    case Target:
        return tr("Import as");
    default:
        return {};
    }
}

} // namespace valuedesk
