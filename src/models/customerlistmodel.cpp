#include "customerlistmodel.h"

#include "document.h"

#include <QLocale>

namespace valuedesk {

namespace {

constexpr int maxCachedPages = 64;

CustomerSortKey sortKeyFor(int column)
{
    switch (column) {
    case CustomerListModel::Name:
        return CustomerSortKey::Name;
    case CustomerListModel::Industry:
        return CustomerSortKey::Industry;
    case CustomerListModel::Region:
        return CustomerSortKey::Region;
    case CustomerListModel::Manager:
        return CustomerSortKey::Manager;
    case CustomerListModel::Contact:
        return CustomerSortKey::Contact;
    case CustomerListModel::CustomerSince:
        return CustomerSortKey::TenureStart;
    case CustomerListModel::Status:
        return CustomerSortKey::Status;
    default:
        return CustomerSortKey::Code;
    }
}

} // namespace

CustomerListModel::CustomerListModel(Document *document, QObject *parent)
    : QAbstractTableModel(parent), m_document(document)
{
    // Document emits customersChanged for every change that can affect the list, including a
    // single customer's edit.
    connect(document, &Document::customersChanged, this, &CustomerListModel::reload);
    reload();
}

int CustomerListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_rowCount;
}

int CustomerListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

const Customer *CustomerListModel::customerAt(int row) const
{
    if (row < 0 || row >= m_rowCount)
        return nullptr;
    const int page = row / pageSize;
    auto it = m_pages.find(page);
    if (it == m_pages.end()) {
        auto loaded = m_document->customers().page(m_query, page * pageSize, pageSize);
        if (!loaded) {
            // data() is const and may run inside a paint; report after it.
            if (m_lastError.isEmpty()) {
                m_lastError = loaded.error().message();
                QMetaObject::invokeMethod(
                    const_cast<CustomerListModel *>(this),
                    [this]() {
                        emit const_cast<CustomerListModel *>(this)->loadFailed(m_lastError);
                    },
                    Qt::QueuedConnection);
            }
            return nullptr;
        }
        if (m_pageOrder.size() >= maxCachedPages)
            m_pages.remove(m_pageOrder.takeFirst());
        it = m_pages.insert(page, std::move(*loaded));
        m_pageOrder.append(page);
    }
    const int offset = row % pageSize;
    return offset < it->size() ? &it->at(offset) : nullptr;
}

QVariant CustomerListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const Customer *c = customerAt(index.row());
    if (!c)
        return {};
    if (role == CustomerIdRole)
        return c->id;
    if (role != Qt::DisplayRole && role != SortRole && role != Qt::ToolTipRole)
        return {};
    switch (index.column()) {
    case Code:
        return c->code;
    case Name:
        return c->name;
    case Industry:
        return c->industry;
    case Region:
        return c->region;
    case Manager:
        return c->manager;
    case Contact:
        return c->contact;
    case CustomerSince:
        if (role == SortRole)
            return c->tenureStart;
        return c->tenureStart.isValid() ? QLocale().toString(c->tenureStart, QLocale::ShortFormat)
                                        : QString();
    case Status:
        return role == SortRole ? statusId(c->status) : statusDisplayName(c->status);
    default:
        return {};
    }
}

QVariant CustomerListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Code:
        return tr("Code");
    case Name:
        return tr("Name");
    case Industry:
        return tr("Industry");
    case Region:
        return tr("Region");
    case Manager:
        return tr("Account manager");
    case Contact:
        return tr("Contact");
    case CustomerSince:
        return tr("Customer since");
    case Status:
        return tr("Status");
    default:
        return {};
    }
}

void CustomerListModel::sort(int column, Qt::SortOrder order)
{
    m_query.sortKey = sortKeyFor(column);
    m_query.descending = order == Qt::DescendingOrder;
    reload();
}

void CustomerListModel::setSearchText(const QString &text)
{
    if (text == m_query.searchText)
        return;
    m_query.searchText = text;
    reload();
}

qint64 CustomerListModel::customerIdAt(int row) const
{
    const Customer *c = customerAt(row);
    return c ? c->id : 0;
}

int CustomerListModel::rowOf(qint64 customerId) const
{
    auto row = m_document->customers().position(m_query, customerId);
    return row ? *row : -1;
}

void CustomerListModel::reload()
{
    beginResetModel();
    m_pages.clear();
    m_pageOrder.clear();
    auto filtered = m_document->customers().count(m_query);
    auto total =
        m_query.searchText.trimmed().isEmpty() ? filtered : m_document->customers().count();
    if (!filtered || !total) {
        m_rowCount = 0;
        m_totalCount = 0;
        m_lastError = filtered ? total.error().message() : filtered.error().message();
        endResetModel();
        emit loadFailed(m_lastError);
        return;
    }
    m_lastError.clear();
    m_rowCount = *filtered;
    m_totalCount = *total;
    endResetModel();
    emit countsChanged(m_rowCount, m_totalCount);
}

} // namespace valuedesk
