#include "gradeoverridecommands.h"

#include "document.h"
#include "documentstore.h"

#include <QCoreApplication>

namespace valuedesk {

namespace {

QString commandText(const GradeOverride &after)
{
    return after.grade
               ? QCoreApplication::translate("valuedesk::Commands", "Set grade %1 by hand")
                     .arg(*after.grade)
               : QCoreApplication::translate("valuedesk::Commands", "Withdraw manual grade");
}

} // namespace

SetGradeOverride::SetGradeOverride(Document *document, std::optional<GradeOverride> before,
                                   GradeOverride after)
    : AppliedCommand(document, commandText(after)), m_before(std::move(before)),
      m_after(std::move(after))
{}

bool SetGradeOverride::inForce(const std::optional<QString> &expected) const
{
    auto current = document()->store().currentOverrides(m_after.scheme);
    if (!current) {
        emit document()->commandFailed(current.error().message());
        return false;
    }
    const auto found = current->constFind(m_after.customerId);
    const std::optional<QString> grade = found == current->cend() ? std::nullopt : found->grade;
    if (grade == expected)
        return true;
    emit document()->commandFailed(QCoreApplication::translate(
        "valuedesk::Commands",
        "The customer's manual grade was changed since; this step cannot be repeated."));
    return false;
}

bool SetGradeOverride::apply()
{
    if (!inForce(m_before ? m_before->grade : std::nullopt))
        return false;
    GradeOverride row = m_after;
    row.id = 0;
    row.createdAt = {};
    return document()->store().writeGradeOverride(row).ok();
}

bool SetGradeOverride::revert()
{
    if (!inForce(m_after.grade))
        return false;
    GradeOverride row;
    row.customerId = m_after.customerId;
    row.scheme = m_after.scheme;
    row.author = m_after.author;
    row.reason =
        QCoreApplication::translate("valuedesk::Commands", "Undone: %1").arg(m_after.reason);
    if (m_before) {
        row.grade = m_before->grade;
        row.snapshotId = m_before->snapshotId;
    }
    return document()->store().writeGradeOverride(row).ok();
}

} // namespace valuedesk
