#pragma once

#include <QAbstractTableModel>
#include <QStringList>
#include <QVector>

namespace valuedesk {

// A read-only table of text (import previews, bad-row reports).
class TextTableModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    explicit TextTableModel(QObject *parent = nullptr);

    void setTable(const QStringList &headers, const QVector<QStringList> &rows);
    const QStringList &headers() const { return m_headers; }
    const QVector<QStringList> &rows() const { return m_rows; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QStringList m_headers;
    QVector<QStringList> m_rows;
    int m_columns = 0;
};

} // namespace valuedesk
