#include "customercommands.h"

#include "document.h"

#include <QCoreApplication>

namespace valuedesk {

void AppliedCommand::redo()
{
    if (m_firstRedo) {
        m_firstRedo = false;
        return;
    }
    if (!apply())
        setObsolete(true);
}

void AppliedCommand::undo()
{
    if (!revert())
        setObsolete(true);
}

AddCustomer::AddCustomer(Document *document, CustomerRecordSet added)
    : AppliedCommand(document, QCoreApplication::translate("valuedesk::Commands", "Add customer %1")
                                   .arg(added.customer.code)),
      m_added(std::move(added))
{}

bool AddCustomer::apply()
{
    return document()->writeNewCustomer(m_added).ok();
}

bool AddCustomer::revert()
{
    return document()->eraseCustomer(m_added.customer.id).ok();
}

EditCustomer::EditCustomer(Document *document, Customer before, Customer after)
    : AppliedCommand(document,
                     QCoreApplication::translate("valuedesk::Commands", "Edit customer %1")
                         .arg(after.code)),
      m_before(std::move(before)), m_after(std::move(after))
{}

bool EditCustomer::apply()
{
    return document()->writeCustomer(m_after).ok();
}

bool EditCustomer::revert()
{
    return document()->writeCustomer(m_before).ok();
}

DeleteCustomer::DeleteCustomer(Document *document, CustomerRecordSet removed)
    : AppliedCommand(document,
                     QCoreApplication::translate("valuedesk::Commands", "Delete customer %1")
                         .arg(removed.customer.code)),
      m_removed(std::move(removed))
{}

bool DeleteCustomer::apply()
{
    return document()->eraseCustomer(m_removed.customer.id).ok();
}

bool DeleteCustomer::revert()
{
    return document()->writeNewCustomer(m_removed).ok();
}

} // namespace valuedesk
