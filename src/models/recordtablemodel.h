#pragma once

#include "customer.h"

#include <QAbstractTableModel>
#include <QVector>

namespace valuedesk {

class Document;

// One customer's transactions, interactions, survey scores or balances as a table. A customer has
// at most a few thousand records, so they are read at once; the view sorts through a
// QSortFilterProxyModel on SortRole.
template <typename Record>
class RecordTableModel final : public QAbstractTableModel
{
public:
    enum Role { RecordIdRole = Qt::UserRole + 1, SortRole };

    explicit RecordTableModel(Document *document, QObject *parent = nullptr);

    void setCustomer(qint64 customerId);
    qint64 customerId() const { return m_customerId; }
    const Record &recordAt(int row) const { return m_records.at(row); }
    int rowOf(qint64 recordId) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    void reload();
    // Why the last reload failed (e.g. a damaged file), or empty.
    QString lastError() const { return m_lastError; }

private:
    Document *m_document;
    qint64 m_customerId = 0;
    QVector<Record> m_records;
    QString m_lastError;
};

using TransactionTableModel = RecordTableModel<Transaction>;
using InteractionTableModel = RecordTableModel<Interaction>;
using SurveyTableModel = RecordTableModel<SurveyScore>;
using BalanceTableModel = RecordTableModel<Balance>;

extern template class RecordTableModel<Transaction>;
extern template class RecordTableModel<Interaction>;
extern template class RecordTableModel<SurveyScore>;
extern template class RecordTableModel<Balance>;

} // namespace valuedesk
