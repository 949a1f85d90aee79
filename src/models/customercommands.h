#pragma once

#include "customer.h"

#include <QUndoCommand>

namespace valuedesk {

class Document;

// Undo commands are pushed after the edit was written (Document validates and writes first so a
// failed edit never enters the history); the first redo() is therefore skipped.
class AppliedCommand : public QUndoCommand
{
public:
    explicit AppliedCommand(Document *document, const QString &text)
        : QUndoCommand(text), m_document(document)
    {}

    void redo() final;
    void undo() final;

protected:
    virtual bool apply() = 0;  // returns false when the file refused the write
    virtual bool revert() = 0;
    Document *document() const { return m_document; }

private:
    Document *m_document;
    bool m_firstRedo = true;
};

class AddCustomer final : public AppliedCommand
{
public:
    AddCustomer(Document *document, CustomerRecordSet added);

private:
    bool apply() override;
    bool revert() override;
    CustomerRecordSet m_added;
};

class EditCustomer final : public AppliedCommand
{
public:
    EditCustomer(Document *document, Customer before, Customer after);

private:
    bool apply() override;
    bool revert() override;
    Customer m_before;
    Customer m_after;
};

// Keeps the customer and all its records so undo restores them under their old ids.
class DeleteCustomer final : public AppliedCommand
{
public:
    DeleteCustomer(Document *document, CustomerRecordSet removed);

private:
    bool apply() override;
    bool revert() override;
    CustomerRecordSet m_removed;
};

} // namespace valuedesk
