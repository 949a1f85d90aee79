#include "recordcommands.h"

#include "document.h"

#include <QCoreApplication>

namespace valuedesk {

namespace {

template <typename Record>
QString recordNoun();
template <>
QString recordNoun<Transaction>()
{
    return QCoreApplication::translate("valuedesk::Commands", "transaction");
}
template <>
QString recordNoun<Interaction>()
{
    return QCoreApplication::translate("valuedesk::Commands", "interaction");
}
template <>
QString recordNoun<SurveyScore>()
{
    return QCoreApplication::translate("valuedesk::Commands", "survey score");
}
template <>
QString recordNoun<Balance>()
{
    return QCoreApplication::translate("valuedesk::Commands", "balance");
}

} // namespace

template <typename Record>
AddRecord<Record>::AddRecord(Document *document, Record added)
    : AppliedCommand(document, QCoreApplication::translate("valuedesk::Commands", "Add %1")
                                   .arg(recordNoun<Record>())),
      m_added(std::move(added))
{}

template <typename Record>
bool AddRecord<Record>::apply()
{
    return document()->template writeNewRecord<Record>(m_added).ok();
}

template <typename Record>
bool AddRecord<Record>::revert()
{
    return document()->template eraseRecord<Record>(m_added.id).ok();
}

template <typename Record>
EditRecord<Record>::EditRecord(Document *document, Record before, Record after)
    : AppliedCommand(document, QCoreApplication::translate("valuedesk::Commands", "Edit %1")
                                   .arg(recordNoun<Record>())),
      m_before(std::move(before)), m_after(std::move(after))
{}

template <typename Record>
bool EditRecord<Record>::apply()
{
    return document()->template writeRecord<Record>(m_after).ok();
}

template <typename Record>
bool EditRecord<Record>::revert()
{
    return document()->template writeRecord<Record>(m_before).ok();
}

template <typename Record>
DeleteRecord<Record>::DeleteRecord(Document *document, Record removed)
    : AppliedCommand(document, QCoreApplication::translate("valuedesk::Commands", "Delete %1")
                                   .arg(recordNoun<Record>())),
      m_removed(std::move(removed))
{}

template <typename Record>
bool DeleteRecord<Record>::apply()
{
    return document()->template eraseRecord<Record>(m_removed.id).ok();
}

template <typename Record>
bool DeleteRecord<Record>::revert()
{
    return document()->template writeNewRecord<Record>(m_removed).ok();
}

#define VALUEDESK_RECORD_COMMANDS(Record)                                                        \
    template class AddRecord<Record>;                                                            \
    template class EditRecord<Record>;                                                           \
    template class DeleteRecord<Record>;
VALUEDESK_RECORD_COMMANDS(Transaction)
VALUEDESK_RECORD_COMMANDS(Interaction)
VALUEDESK_RECORD_COMMANDS(SurveyScore)
VALUEDESK_RECORD_COMMANDS(Balance)
#undef VALUEDESK_RECORD_COMMANDS

} // namespace valuedesk
