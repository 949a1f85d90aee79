#include "customer.h"

#include <QCoreApplication>

namespace valuedesk {

namespace {

QString normalised(const QString &text)
{
    return text.trimmed().toCaseFolded();
}

} // namespace

QString statusId(CustomerStatus status)
{
    switch (status) {
    case CustomerStatus::Active:
        return QStringLiteral("active");
    case CustomerStatus::Prospect:
        return QStringLiteral("prospect");
    case CustomerStatus::Lost:
        return QStringLiteral("lost");
    }
    return QStringLiteral("active");
}

QString interactionKindId(InteractionKind kind)
{
    switch (kind) {
    case InteractionKind::Visit:
        return QStringLiteral("visit");
    case InteractionKind::Call:
        return QStringLiteral("call");
    case InteractionKind::Complaint:
        return QStringLiteral("complaint");
    case InteractionKind::Referral:
        return QStringLiteral("referral");
    case InteractionKind::Training:
        return QStringLiteral("training");
    case InteractionKind::Other:
        return QStringLiteral("other");
    }
    return QStringLiteral("other");
}

std::optional<CustomerStatus> parseCustomerStatus(const QString &text)
{
    const QString t = normalised(text);
    static const QStringList active = {QStringLiteral("active"), QStringLiteral("活跃"),
                                       QStringLiteral("活跃客户"), QStringLiteral("正常"),
                                       QStringLiteral("有效"), QStringLiteral("现有客户")};
    static const QStringList prospect = {QStringLiteral("prospect"), QStringLiteral("潜在"),
                                         QStringLiteral("潜在客户"), QStringLiteral("意向客户"),
                                         QStringLiteral("lead")};
    static const QStringList lost = {QStringLiteral("lost"),     QStringLiteral("churned"),
                                     QStringLiteral("inactive"), QStringLiteral("流失"),
                                     QStringLiteral("流失客户"), QStringLiteral("已流失")};
    if (active.contains(t))
        return CustomerStatus::Active;
    if (prospect.contains(t))
        return CustomerStatus::Prospect;
    if (lost.contains(t))
        return CustomerStatus::Lost;
    return std::nullopt;
}

std::optional<InteractionKind> parseInteractionKind(const QString &text)
{
    const QString t = normalised(text);
    struct Word
    {
        const char16_t *word;
        InteractionKind kind;
    };
    static const Word words[] = {
        {u"visit", InteractionKind::Visit},         {u"拜访", InteractionKind::Visit},
        {u"走访", InteractionKind::Visit},          {u"上门拜访", InteractionKind::Visit},
        {u"call", InteractionKind::Call},           {u"phone", InteractionKind::Call},
        {u"电话", InteractionKind::Call},           {u"来电", InteractionKind::Call},
        {u"complaint", InteractionKind::Complaint}, {u"投诉", InteractionKind::Complaint},
        {u"referral", InteractionKind::Referral},   {u"推荐", InteractionKind::Referral},
        {u"转介绍", InteractionKind::Referral},     {u"training", InteractionKind::Training},
        {u"培训", InteractionKind::Training},       {u"other", InteractionKind::Other},
        {u"其他", InteractionKind::Other},          {u"其它", InteractionKind::Other},
    };
    for (const Word &w : words) {
        if (t == QString::fromUtf16(w.word))
            return w.kind;
    }
    return std::nullopt;
}

QString statusDisplayName(CustomerStatus status)
{
    switch (status) {
    case CustomerStatus::Active:
        return QCoreApplication::translate("valuedesk::Customer", "Active");
    case CustomerStatus::Prospect:
        return QCoreApplication::translate("valuedesk::Customer", "Prospect");
    case CustomerStatus::Lost:
        return QCoreApplication::translate("valuedesk::Customer", "Lost");
    }
    return {};
}

QString interactionKindDisplayName(InteractionKind kind)
{
    switch (kind) {
    case InteractionKind::Visit:
        return QCoreApplication::translate("valuedesk::Interaction", "Visit");
    case InteractionKind::Call:
        return QCoreApplication::translate("valuedesk::Interaction", "Call");
    case InteractionKind::Complaint:
        return QCoreApplication::translate("valuedesk::Interaction", "Complaint");
    case InteractionKind::Referral:
        return QCoreApplication::translate("valuedesk::Interaction", "Referral");
    case InteractionKind::Training:
        return QCoreApplication::translate("valuedesk::Interaction", "Training");
    case InteractionKind::Other:
        return QCoreApplication::translate("valuedesk::Interaction", "Other");
    }
    return {};
}

} // namespace valuedesk
