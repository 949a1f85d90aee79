#pragma once

#include "columnmapping.h"
#include "tabledata.h"

#include <QAbstractTableModel>

namespace valuedesk {

// One row per input column: its header, sample values, and the field it is imported as. The
// Target column is editable (EditRole = target id, "" to ignore the column).
class ImportMappingModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Header, Sample, Target, ColumnCount };
    enum Role { TargetIdRole = Qt::UserRole + 1 };

    explicit ImportMappingModel(QObject *parent = nullptr);

    void setSource(const TableData &preview, const ColumnMapping &mapping);
    const ColumnMapping &mapping() const { return m_mapping; }
    void setMapping(const ColumnMapping &mapping);

    // The choices for a column: (target id, display name); "" = ignore. Customers imports also
    // offer "attribute:<header>".
    QVector<QPair<QString, QString>> choices(int column) const;
    static QString targetDisplayName(ImportKind kind, const QString &targetId);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

signals:
    void mappingChanged();

private:
    TableData m_preview;
    ColumnMapping m_mapping;
};

} // namespace valuedesk
