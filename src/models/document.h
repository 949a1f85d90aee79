#pragma once

#include "customer.h"
#include "customerrepository.h"
#include "database.h"
#include "documentchange.h"
#include "recordrepository.h"
#include "result.h"

#include <QObject>
#include <QUndoStack>

#include <memory>

namespace valuedesk {

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

class DocumentStore;

// An open customer file and its undo history. Edits are written to the file at once (it is a
// database, there is no separate Save); every user edit goes through a command on undoStack() so
// it can be undone. The mutators below are what the commands call.
//
// Every read and write of the app goes through the Document: customers and records here, the
// analyses stored in the file (AHP models, evaluation snapshots, classifications, grade
// overrides, import mappings) through store(). Each write announces what it changed, after it is
// written, with a typed signal and with changed(); a failed write announces nothing. Views listen
// to these signals instead of re-reading the file when they are shown.
//
// Undo. What is an undo command and what is not:
// - Undoable (one step each on undoStack()): adding, editing and deleting a customer or one of
//   its records, and setting or withdrawing a manual grade (DocumentStore::setGradeOverride /
//   withdrawGradeOverride). These are edits of the customer data a user makes by hand and may
//   want to take back. Grade overrides are an append-only audit trail, so undoing one appends a
//   row that restores the grade in force before (see gradeoverridecommands.h) rather than
//   deleting history.
// - Not undoable, by design: saving or deleting an evaluation snapshot or its label, saving or
//   deleting an AHP model version, saving or deleting a classification, remembering an import
//   mapping, and imports (notifyBulkChange() starts the history again). These are file-level
//   saves, like "Save" in other applications, of results that other data refers to (snapshots
//   are referred to by overrides and classifications, model versions by snapshots); an undo
//   step that silently deleted a saved result would be surprising, and keeping a deleted
//   snapshot's rows in memory for undo is costly. The UI confirms every deletion instead. The
//   edits inside an open AHP model have their own undo stack (AhpModelSession).
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
    // The analyses stored in the file: AHP models, snapshots, classifications, overrides.
    DocumentStore &store() const { return *m_store; }
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
    // Emits the typed signal of `change` and then changed(). Writes through the Document call it
    // themselves; call it after writing through another connection (a background worker) or,
    // in team mode, when another user's write arrives.
    void announce(const valuedesk::DocumentChange &change);

    // Checks a customer before it is written: code and name present, code unique.
    Status validateCustomer(const Customer &customer) const;
    template <typename Record>
    static Status validateRecord(const Record &record);

signals:
    void customersChanged();                 // the list (rows added, removed, reordered)
    void customerChanged(qint64 customerId); // one customer's profile
    void recordsChanged(qint64 customerId, valuedesk::RecordKind kind);
    void modelsChanged(qint64 modelId);       // an AHP model saved (new version) or removed
    void snapshotsChanged(qint64 snapshotId); // a snapshot saved, removed or relabelled
    // A classification saved or removed; scheme empty: every scheme (the snapshot was removed).
    void classificationsChanged(qint64 snapshotId, const QString &scheme);
    void gradeOverridesChanged(qint64 customerId, const QString &scheme);
    void importMappingsChanged();
    // Every change above, after its own signal.
    void changed(const valuedesk::DocumentChange &change);
    void commandFailed(const QString &message); // an undo/redo could not be written

private:
    explicit Document(std::unique_ptr<Database> database);

    std::unique_ptr<Database> m_database;
    QUndoStack *m_undoStack = nullptr;
    std::unique_ptr<DocumentStore> m_store;
};

} // namespace valuedesk
