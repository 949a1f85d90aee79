#pragma once

#include "customer.h"
#include "customerrepository.h"
#include "database.h"
#include "recordrepository.h"
#include "result.h"

#include <QObject>
#include <QUndoStack>

#include <memory>

namespace valuedesk {

// Which table of a customer's records changed.
enum class RecordKind { Transactions, Interactions, Surveys, Balances };

template <typename Record>
constexpr RecordKind recordKindOf();
template <>
constexpr RecordKind recordKindOf<Transaction>()
{
    return RecordKind::Transactions;
}
template <>
constexpr RecordKind recordKindOf<Interaction>()
{
    return RecordKind::Interactions;
}
template <>
constexpr RecordKind recordKindOf<SurveyScore>()
{
    return RecordKind::Surveys;
}
template <>
constexpr RecordKind recordKindOf<Balance>()
{
    return RecordKind::Balances;
}

// An open customer file and its undo history. Edits are written to the file at once (it is a
// database, there is no separate Save); every user edit goes through a command on undoStack() so
// it can be undone. The mutators below are what the commands call.
class Document final : public QObject
{
    Q_OBJECT

public:
    static Result<std::unique_ptr<Document>>
    open(const QString &path, Database::OpenMode mode,
         Database::Access access = Database::Access::Automatic);
    bool isReadOnly() const { return m_database->isReadOnly(); }
    ~Document() override;

    const QString &path() const { return m_database->path(); }
    QString displayName() const;
    Database &database() const { return *m_database; }
    QUndoStack *undoStack() const { return m_undoStack; }
    CustomerRepository customers() const { return CustomerRepository(m_database->connection()); }
    template <typename Record>
    RecordRepository<Record> records() const
    {
        return RecordRepository<Record>(m_database->connection());
    }

    // User edits: validated, written, and pushed as one undo step each. An error leaves the file
    // and the undo stack unchanged.
    Result<qint64> addCustomer(const Customer &customer);
    Status editCustomer(const Customer &after);
    Status deleteCustomer(qint64 id);
    template <typename Record>
    Result<qint64> addRecord(const Record &record);
    template <typename Record>
    Status editRecord(const Record &after);
    template <typename Record>
    Status deleteRecord(qint64 id);

    // Mutators used by the undo commands: write and announce, nothing else.
    Result<qint64> writeNewCustomer(const CustomerRecordSet &set);
    Status writeCustomer(const Customer &customer);
    Status eraseCustomer(qint64 id);
    template <typename Record>
    Result<qint64> writeNewRecord(const Record &record);
    template <typename Record>
    Status writeRecord(const Record &record);
    template <typename Record>
    Status eraseRecord(qint64 id);

    // After an import or another bulk change outside the undo stack.
    void notifyBulkChange();

    // Checks a customer before it is written: code and name present, code unique.
    Status validateCustomer(const Customer &customer) const;
    template <typename Record>
    static Status validateRecord(const Record &record);

signals:
    void customersChanged();                 // the list (rows added, removed, reordered)
    void customerChanged(qint64 customerId); // one customer's profile
    void recordsChanged(qint64 customerId, valuedesk::RecordKind kind);
    void commandFailed(const QString &message); // an undo/redo could not be written

private:
    explicit Document(std::unique_ptr<Database> database);

    std::unique_ptr<Database> m_database;
    QUndoStack *m_undoStack = nullptr;
};

} // namespace valuedesk
