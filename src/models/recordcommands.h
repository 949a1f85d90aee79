#pragma once

#include "customercommands.h"

namespace valuedesk {

// Add, edit and delete of one transaction, interaction, survey score or balance.
template <typename Record>
class AddRecord final : public AppliedCommand
{
public:
    AddRecord(Document *document, Record added);

private:
    bool apply() override;
    bool revert() override;
    Record m_added;
};

template <typename Record>
class EditRecord final : public AppliedCommand
{
public:
    EditRecord(Document *document, Record before, Record after);

private:
    bool apply() override;
    bool revert() override;
    Record m_before;
    Record m_after;
};

template <typename Record>
class DeleteRecord final : public AppliedCommand
{
public:
    DeleteRecord(Document *document, Record removed);

private:
    bool apply() override;
    bool revert() override;
    Record m_removed;
};

} // namespace valuedesk
