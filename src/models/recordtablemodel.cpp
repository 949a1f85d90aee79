#include "recordtablemodel.h"

#include "displayformat.h"
#include "document.h"

#include <QCoreApplication>
#include <QLocale>

namespace valuedesk {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("valuedesk::RecordTableModel", text);
}

QVariant moneyText(Cents cents)
{
    return DisplayFormat().money(centsToUnits(cents));
}

template <typename T>
QVariant optionalNumber(const std::optional<T> &value, int decimals)
{
    return value ? QVariant(DisplayFormat().number(static_cast<double>(*value), decimals))
                 : QVariant();
}

// Column layout of each record type: header, display text, raw value for sorting, and whether the
// column is numeric (right-aligned).
template <typename Record>
struct Columns;

template <>
struct Columns<Transaction>
{
    static int count() { return 8; }
    static QString header(int c)
    {
        const char *names[] = {QT_TRANSLATE_NOOP("valuedesk::RecordTableModel", "Date"),
                               QT_TRANSLATE_NOOP("valuedesk::RecordTableModel", "Amount"),
                               QT_TRANSLATE_NOOP("valuedesk::RecordTableModel", "Cost"),
                               QT_TRANSLATE_NOOP("valuedesk::RecordTableModel", "Gross margin"),
                               QT_TRANSLATE_NOOP("valuedesk::RecordTableModel", "Quantity"),
                               QT_TRANSLATE_NOOP("valuedesk::RecordTableModel", "Product"),
                               QT_TRANSLATE_NOOP("valuedesk::RecordTableModel", "Category"),
                               QT_TRANSLATE_NOOP("valuedesk::RecordTableModel", "Channel")};
        return tr(names[c]);
    }
    static bool numeric(int c) { return c >= 1 && c <= 4; }
    static QVariant display(const Transaction &t, int c)
    {
        switch (c) {
        case 0:
            return QLocale().toString(t.date, QLocale::ShortFormat);
        case 1:
            return moneyText(t.amount);
        case 2:
            return t.cost ? moneyText(*t.cost) : QVariant();
        case 3:
            return t.margin() ? moneyText(*t.margin()) : QVariant();
        case 4:
            return optionalNumber(t.quantity, 2);
        case 5:
            return t.product;
        case 6:
            return t.category;
        default:
            return t.channel;
        }
    }
    static QVariant sortValue(const Transaction &t, int c)
    {
        switch (c) {
        case 0:
            return t.date;
        case 1:
            return t.amount;
        case 2:
            return t.cost ? QVariant(*t.cost) : QVariant();
        case 3:
            return t.margin() ? QVariant(*t.margin()) : QVariant();
        case 4:
            return t.quantity ? QVariant(*t.quantity) : QVariant();
        default:
            return display(t, c);
        }
    }
};

template <>
struct Columns<Interaction>
{
    static int count() { return 3; }
    static QString header(int c)
    {
        const char *names[] = {QT_TRANSLATE_NOOP("valuedesk::RecordTableModel", "Date"),
                               QT_TRANSLATE_NOOP("valuedesk::RecordTableModel", "Kind"),
                               QT_TRANSLATE_NOOP("valuedesk::RecordTableModel", "Note")};
        return tr(names[c]);
    }
    static bool numeric(int) { return false; }
    static QVariant display(const Interaction &i, int c)
    {
        switch (c) {
        case 0:
            return QLocale().toString(i.date, QLocale::ShortFormat);
        case 1:
            return interactionKindDisplayName(i.kind);
        default:
            return i.note;
        }
    }
    static QVariant sortValue(const Interaction &i, int c)
    {
        return c == 0 ? QVariant(i.date) : display(i, c);
    }
};

template <>
struct Columns<SurveyScore>
{
    static int count() { return 6; }
    static QString header(int c)
    {
        const char *names[] = {QT_TRANSLATE_NOOP("valuedesk::RecordTableModel", "Date"),
                               QT_TRANSLATE_NOOP("valuedesk::RecordTableModel", "Satisfaction"),
                               QT_TRANSLATE_NOOP("valuedesk::RecordTableModel", "Loyalty"),
                               QT_TRANSLATE_NOOP("valuedesk::RecordTableModel", "Trust"),
                               QT_TRANSLATE_NOOP("valuedesk::RecordTableModel", "Other metric"),
                               QT_TRANSLATE_NOOP("valuedesk::RecordTableModel", "Value")};
        return tr(names[c]);
    }
    static bool numeric(int c) { return (c >= 1 && c <= 3) || c == 5; }
    static QVariant display(const SurveyScore &s, int c)
    {
        switch (c) {
        case 0:
            return QLocale().toString(s.date, QLocale::ShortFormat);
        case 1:
            return optionalNumber(s.satisfaction, 1);
        case 2:
            return optionalNumber(s.loyalty, 1);
        case 3:
            return optionalNumber(s.trust, 1);
        case 4:
            return s.metricName;
        default:
            return optionalNumber(s.metricValue, 1);
        }
    }
    static QVariant sortValue(const SurveyScore &s, int c)
    {
        auto raw = [](const std::optional<double> &v) { return v ? QVariant(*v) : QVariant(); };
        switch (c) {
        case 0:
            return s.date;
        case 1:
            return raw(s.satisfaction);
        case 2:
            return raw(s.loyalty);
        case 3:
            return raw(s.trust);
        case 4:
            return s.metricName;
        default:
            return raw(s.metricValue);
        }
    }
};

template <>
struct Columns<Balance>
{
    static int count() { return 2; }
    static QString header(int c)
    {
        const char *names[] = {QT_TRANSLATE_NOOP("valuedesk::RecordTableModel", "Date"),
                               QT_TRANSLATE_NOOP("valuedesk::RecordTableModel", "Balance")};
        return tr(names[c]);
    }
    static bool numeric(int c) { return c == 1; }
    static QVariant display(const Balance &b, int c)
    {
        return c == 0 ? QVariant(QLocale().toString(b.date, QLocale::ShortFormat))
                      : moneyText(b.amount);
    }
    static QVariant sortValue(const Balance &b, int c)
    {
        return c == 0 ? QVariant(b.date) : QVariant(b.amount);
    }
};

} // namespace

template <typename Record>
RecordTableModel<Record>::RecordTableModel(Document *document, QObject *parent)
    : QAbstractTableModel(parent), m_document(document)
{
    connect(document, &Document::recordsChanged, this, [this](qint64 customerId, RecordKind kind) {
        if (customerId == m_customerId && kind == recordKindOf<Record>())
            reload();
    });
    connect(document, &Document::customersChanged, this, [this]() { reload(); });
}

template <typename Record>
void RecordTableModel<Record>::setCustomer(qint64 customerId)
{
    m_customerId = customerId;
    reload();
}

template <typename Record>
void RecordTableModel<Record>::reload()
{
    beginResetModel();
    m_records.clear();
    m_lastError.clear();
    if (m_customerId > 0) {
        auto loaded = m_document->records<Record>().forCustomer(m_customerId);
        if (loaded)
            m_records = std::move(*loaded);
        else
            m_lastError = loaded.error().message();
    }
    endResetModel();
}

template <typename Record>
int RecordTableModel<Record>::rowOf(qint64 recordId) const
{
    for (int i = 0; i < m_records.size(); ++i) {
        if (m_records.at(i).id == recordId)
            return i;
    }
    return -1;
}

template <typename Record>
int RecordTableModel<Record>::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_records.size();
}

template <typename Record>
int RecordTableModel<Record>::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : Columns<Record>::count();
}

template <typename Record>
QVariant RecordTableModel<Record>::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const Record &r = m_records.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return Columns<Record>::display(r, index.column());
    case SortRole:
        return Columns<Record>::sortValue(r, index.column());
    case RecordIdRole:
        return r.id;
    case Qt::TextAlignmentRole:
        return Columns<Record>::numeric(index.column())
                   ? QVariant(Qt::AlignRight | Qt::AlignVCenter)
                   : QVariant(Qt::AlignLeft | Qt::AlignVCenter);
    default:
        return {};
    }
}

template <typename Record>
QVariant RecordTableModel<Record>::headerData(int section, Qt::Orientation orientation,
                                              int role) const
{
    if (orientation == Qt::Horizontal && role == Qt::DisplayRole && section >= 0
        && section < Columns<Record>::count())
        return Columns<Record>::header(section);
    return QAbstractTableModel::headerData(section, orientation, role);
}

template class RecordTableModel<Transaction>;
template class RecordTableModel<Interaction>;
template class RecordTableModel<SurveyScore>;
template class RecordTableModel<Balance>;

} // namespace valuedesk
