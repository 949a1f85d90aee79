#pragma once

#include "customer.h"
#include "customerrepository.h"

#include <QAbstractTableModel>
#include <QHash>

namespace valuedesk {

class Document;

// The customer list, read from the file a page at a time: rowCount() is one COUNT query and only
// the pages the view paints are loaded, so 100 000 customers open as fast as 100. Sorting and the
// search box are done by SQL, not by a proxy (a proxy would need every row).
class CustomerListModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Code, Name, Industry, Region, Manager, Contact, CustomerSince, Status, ColumnCount };
    enum Role { CustomerIdRole = Qt::UserRole + 1, SortRole };

    explicit CustomerListModel(Document *document, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

    void setSearchText(const QString &text);
    QString searchText() const { return m_query.searchText; }
    int totalCount() const { return m_totalCount; } // customers in the file, unfiltered

    qint64 customerIdAt(int row) const;
    // The row of a customer under the current sort and search, or -1 (one query).
    int rowOf(qint64 customerId) const;

    // Re-reads counts and drops cached pages (after edits or an import).
    void reload();
    // Why the last read failed (e.g. a damaged file), or empty.
    QString lastError() const { return m_lastError; }

    static constexpr int pageSize = 256;

signals:
    void countsChanged(int shown, int total);
    void loadFailed(const QString &message);

private:
    const Customer *customerAt(int row) const;

    Document *m_document;
    CustomerQuery m_query;
    int m_rowCount = 0;
    int m_totalCount = 0;
    mutable QHash<int, QVector<Customer>> m_pages;
    mutable QVector<int> m_pageOrder; // least recently loaded first, to cap memory
    mutable QString m_lastError;
};

} // namespace valuedesk
