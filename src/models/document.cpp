#include "document.h"

#include "customercommands.h"
#include "documentstore.h"
#include "recordcommands.h"

#include <QCoreApplication>
#include <QFileInfo>

#include <cmath>

namespace valuedesk {

namespace {

constexpr double maxSurveyScore = 10.0;

template <typename Record>
Status insertAll(RecordRepository<Record> repository, const QVector<Record> &records,
                 qint64 customerId)
{
    for (Record r : records) {
        r.customerId = customerId;
        if (auto id = repository.insert(r); !id)
            return id.error();
    }
    return Status::success();
}

} // namespace

Document::Document(std::unique_ptr<Database> database)
    : m_database(std::move(database)), m_undoStack(new QUndoStack(this)),
      m_store(std::make_unique<DocumentStore>(*this))
{}

Document::~Document() = default;

Result<std::unique_ptr<Document>> Document::open(const QString &path, Database::OpenMode mode,
                                                 Database::Access access)
{
    auto database = Database::open(path, mode, access);
    if (!database)
        return database.error();
    return std::unique_ptr<Document>(new Document(std::move(*database)));
}

QString Document::displayName() const
{
    return QFileInfo(path()).fileName();
}

Status Document::validateCustomer(const Customer &customer) const
{
    if (customer.code.trimmed().isEmpty())
        return Error(tr("Enter a customer code."));
    if (customer.name.trimmed().isEmpty())
        return Error(tr("Enter the customer's name."));
    auto existing = customers().byCode(customer.code.trimmed());
    if (!existing)
        return existing.error();
    if (existing->has_value() && (*existing)->id != customer.id)
        return Error(
            tr("The code %1 is already used by %2.").arg(customer.code, (*existing)->name));
    return Status::success();
}

// lupdate cannot see the class context of template specialisations; name it.
template <>
Status Document::validateRecord<Transaction>(const Transaction &t)
{
    if (!t.date.isValid())
        return Error(QCoreApplication::translate("valuedesk::Document", "Enter a valid date."));
    if (t.quantity && !(*t.quantity >= 0)) // NaN too: SQLite would store it as NULL
        return Error(
            QCoreApplication::translate("valuedesk::Document", "The quantity cannot be negative."));
    return Status::success();
}

template <>
Status Document::validateRecord<Interaction>(const Interaction &i)
{
    if (!i.date.isValid())
        return Error(QCoreApplication::translate("valuedesk::Document", "Enter a valid date."));
    return Status::success();
}

template <>
Status Document::validateRecord<SurveyScore>(const SurveyScore &s)
{
    if (!s.date.isValid())
        return Error(QCoreApplication::translate("valuedesk::Document", "Enter a valid date."));
    for (const auto &score : {s.satisfaction, s.loyalty, s.trust}) {
        if (score && !(*score >= 0 && *score <= maxSurveyScore)) // NaN is out of range too
            return Error(QCoreApplication::translate("valuedesk::Document",
                                                     "Scores must be between 0 and %1.")
                             .arg(maxSurveyScore));
    }
    if (s.metricValue && !std::isfinite(*s.metricValue))
        return Error(QCoreApplication::translate("valuedesk::Document",
                                                 "The metric value must be a number."));
    if (!s.satisfaction && !s.loyalty && !s.trust && !s.metricValue)
        return Error(
            QCoreApplication::translate("valuedesk::Document", "Enter at least one score."));
    return Status::success();
}

template <>
Status Document::validateRecord<Balance>(const Balance &b)
{
    if (!b.date.isValid())
        return Error(QCoreApplication::translate("valuedesk::Document", "Enter a valid date."));
    return Status::success();
}

Result<qint64> Document::addCustomer(const Customer &customer)
{
    Customer c = customer;
    c.id = 0;
    c.code = c.code.trimmed();
    if (auto valid = validateCustomer(c); !valid)
        return valid.error();
    CustomerRecordSet set;
    set.customer = c;
    auto id = writeNewCustomer(set);
    if (!id)
        return id;
    set.customer.id = *id;
    m_undoStack->push(new AddCustomer(this, set));
    return id;
}

Status Document::editCustomer(const Customer &after)
{
    auto before = customers().byId(after.id);
    if (!before)
        return before.error();
    Customer c = after;
    c.code = c.code.trimmed();
    if (c == *before)
        return Status::success();
    if (auto valid = validateCustomer(c); !valid)
        return valid;
    if (auto written = writeCustomer(c); !written)
        return written;
    m_undoStack->push(new EditCustomer(this, *before, c));
    return Status::success();
}

Status Document::deleteCustomer(qint64 id)
{
    CustomerRecordSet set;
    auto customer = customers().byId(id);
    if (!customer)
        return customer.error();
    set.customer = *customer;
    auto transactions = records<Transaction>().forCustomer(id);
    auto interactions = records<Interaction>().forCustomer(id);
    auto surveys = records<SurveyScore>().forCustomer(id);
    auto balances = records<Balance>().forCustomer(id);
    if (!transactions || !interactions || !surveys || !balances)
        return Error(tr("The customer's records could not be read."));
    set.transactions = *transactions;
    set.interactions = *interactions;
    set.surveys = *surveys;
    set.balances = *balances;
    if (auto erased = eraseCustomer(id); !erased)
        return erased;
    m_undoStack->push(new DeleteCustomer(this, set));
    return Status::success();
}

template <typename Record>
Result<qint64> Document::addRecord(const Record &record)
{
    Record r = record;
    r.id = 0;
    if (auto valid = validateRecord(r); !valid)
        return valid.error();
    auto id = writeNewRecord(r);
    if (!id)
        return id;
    r.id = *id;
    m_undoStack->push(new AddRecord<Record>(this, r));
    return id;
}

template <typename Record>
Status Document::editRecord(const Record &after)
{
    auto before = records<Record>().byId(after.id);
    if (!before)
        return before.error();
    if (*before == after)
        return Status::success();
    // Moving a record to another customer is not an edit the record tables offer.
    if (before->customerId != after.customerId)
        return Error(tr("A record cannot be moved to another customer."));
    if (auto valid = validateRecord(after); !valid)
        return valid;
    if (auto written = writeRecord(after); !written)
        return written;
    m_undoStack->push(new EditRecord<Record>(this, *before, after));
    return Status::success();
}

template <typename Record>
Status Document::deleteRecord(qint64 id)
{
    auto before = records<Record>().byId(id);
    if (!before)
        return before.error();
    if (auto erased = eraseRecord<Record>(id); !erased)
        return erased;
    m_undoStack->push(new DeleteRecord<Record>(this, *before));
    return Status::success();
}

Result<qint64> Document::writeNewCustomer(const CustomerRecordSet &set)
{
    TransactionScope transaction(m_database->connection());
    if (auto begun = transaction.begin(); !begun)
        return begun.error();
    CustomerRepository repository = customers();
    auto id = repository.insert(set.customer);
    if (!id)
        return id;
    Status written = insertAll(records<Transaction>(), set.transactions, *id);
    if (written)
        written = insertAll(records<Interaction>(), set.interactions, *id);
    if (written)
        written = insertAll(records<SurveyScore>(), set.surveys, *id);
    if (written)
        written = insertAll(records<Balance>(), set.balances, *id);
    if (written)
        written = transaction.commit();
    if (!written) {
        emit commandFailed(written.error().message());
        return written.error();
    }
    announce(DocumentChange::customers());
    return id;
}

Status Document::writeCustomer(const Customer &customer)
{
    Status written = customers().update(customer);
    if (!written) {
        emit commandFailed(written.error().message());
        return written;
    }
    announce(DocumentChange::customer(customer.id));
    announce(DocumentChange::customers());
    return written;
}

Status Document::eraseCustomer(qint64 id)
{
    Status erased = customers().remove(id);
    if (!erased) {
        emit commandFailed(erased.error().message());
        return erased;
    }
    announce(DocumentChange::customers());
    return erased;
}

template <typename Record>
Result<qint64> Document::writeNewRecord(const Record &record)
{
    auto id = records<Record>().insert(record);
    if (!id) {
        emit commandFailed(id.error().message());
        return id;
    }
    announce(DocumentChange::records(record.customerId, recordKindOf<Record>()));
    return id;
}

template <typename Record>
Status Document::writeRecord(const Record &record)
{
    Status written = records<Record>().update(record);
    if (!written) {
        emit commandFailed(written.error().message());
        return written;
    }
    announce(DocumentChange::records(record.customerId, recordKindOf<Record>()));
    return written;
}

template <typename Record>
Status Document::eraseRecord(qint64 id)
{
    auto before = records<Record>().byId(id);
    if (!before) {
        emit commandFailed(before.error().message());
        return before.error();
    }
    Status erased = records<Record>().remove(id);
    if (!erased) {
        emit commandFailed(erased.error().message());
        return erased;
    }
    announce(DocumentChange::records(before->customerId, recordKindOf<Record>()));
    return erased;
}

void Document::notifyBulkChange()
{
    // Imported rows may have changed customers that undo steps refer to; an undo could then
    // overwrite imported values, so the history starts again here.
    m_undoStack->clear();
    announce(DocumentChange::customers());
}

void Document::announce(const DocumentChange &change)
{
    using Kind = DocumentChange::Kind;
    switch (change.kind) {
    case Kind::Customers:
        emit customersChanged();
        break;
    case Kind::Customer:
        emit customerChanged(change.id);
        break;
    case Kind::Records:
        emit recordsChanged(change.id, change.recordKind);
        break;
    case Kind::Models:
        emit modelsChanged(change.id);
        break;
    case Kind::Snapshots:
        emit snapshotsChanged(change.id);
        break;
    case Kind::Classifications:
        emit classificationsChanged(change.id, change.scheme);
        break;
    case Kind::GradeOverrides:
        emit gradeOverridesChanged(change.id, change.scheme);
        break;
    case Kind::ImportMappings:
        emit importMappingsChanged();
        break;
    }
    emit changed(change);
}

#define VALUEDESK_DOCUMENT_RECORD(Record)                                                          \
    template Result<qint64> Document::addRecord<Record>(const Record &);                           \
    template Status Document::editRecord<Record>(const Record &);                                  \
    template Status Document::deleteRecord<Record>(qint64);                                        \
    template Result<qint64> Document::writeNewRecord<Record>(const Record &);                      \
    template Status Document::writeRecord<Record>(const Record &);                                 \
    template Status Document::eraseRecord<Record>(qint64);
VALUEDESK_DOCUMENT_RECORD(Transaction)
VALUEDESK_DOCUMENT_RECORD(Interaction)
VALUEDESK_DOCUMENT_RECORD(SurveyScore)
VALUEDESK_DOCUMENT_RECORD(Balance)
#undef VALUEDESK_DOCUMENT_RECORD

} // namespace valuedesk
