#pragma once

#include "money.h"

#include <QDate>
#include <QMap>
#include <QString>
#include <QVector>

#include <optional>

namespace valuedesk {

enum class CustomerStatus { Active, Prospect, Lost };

enum class InteractionKind { Visit, Call, Complaint, Referral, Training, Other };

// A customer of the portfolio. `code` is the stable business key (客户编号) that imports match on;
// `id` is the file's row id (0 until stored).
struct Customer
{
    qint64 id = 0;
    QString code;
    QString name;
    QString industry;
    QString region;
    QString manager;
    QString contact; // contact person or phone, free text
    QDate tenureStart;
    CustomerStatus status = CustomerStatus::Active;
    QString notes;
    QMap<QString, QString> attributes; // user-defined attribute name -> value

    bool operator==(const Customer &o) const
    {
        return id == o.id && code == o.code && name == o.name && industry == o.industry
               && region == o.region && manager == o.manager && contact == o.contact
               && tenureStart == o.tenureStart && status == o.status && notes == o.notes
               && attributes == o.attributes;
    }
    bool operator!=(const Customer &o) const { return !(*this == o); }
};

struct Transaction
{
    qint64 id = 0;
    qint64 customerId = 0;
    QDate date;
    Cents amount = 0;
    std::optional<Cents> cost; // gross margin = amount - cost
    std::optional<double> quantity;
    QString product;
    QString category;
    QString channel;

    std::optional<Cents> margin() const
    {
        return cost ? std::optional<Cents>(amount - *cost) : std::nullopt;
    }
    bool operator==(const Transaction &o) const
    {
        return id == o.id && customerId == o.customerId && date == o.date && amount == o.amount
               && cost == o.cost && quantity == o.quantity && product == o.product
               && category == o.category && channel == o.channel;
    }
};

struct Interaction
{
    qint64 id = 0;
    qint64 customerId = 0;
    QDate date;
    InteractionKind kind = InteractionKind::Other;
    QString note;

    bool operator==(const Interaction &o) const
    {
        return id == o.id && customerId == o.customerId && date == o.date && kind == o.kind
               && note == o.note;
    }
};

// One survey response. The three standard scores are optional; a free metric (name, value) can
// carry anything else the branch measures (e.g. NPS).
struct SurveyScore
{
    qint64 id = 0;
    qint64 customerId = 0;
    QDate date;
    std::optional<double> satisfaction;
    std::optional<double> loyalty;
    std::optional<double> trust;
    QString metricName;
    std::optional<double> metricValue;

    bool operator==(const SurveyScore &o) const
    {
        return id == o.id && customerId == o.customerId && date == o.date
               && satisfaction == o.satisfaction && loyalty == o.loyalty && trust == o.trust
               && metricName == o.metricName && metricValue == o.metricValue;
    }
};

// Account balance (e.g. deposits) on a date; bank branches grade customers by it.
struct Balance
{
    qint64 id = 0;
    qint64 customerId = 0;
    QDate date;
    Cents amount = 0;

    bool operator==(const Balance &o) const
    {
        return id == o.id && customerId == o.customerId && date == o.date && amount == o.amount;
    }
};

// A customer with all of its records, as produced by the demo generator and written in one go.
struct CustomerRecordSet
{
    Customer customer;
    QVector<Transaction> transactions;
    QVector<Interaction> interactions;
    QVector<SurveyScore> surveys;
    QVector<Balance> balances;
};

// Stable ids used in files, JSON and the database ("active", "visit", ...).
QString statusId(CustomerStatus status);
QString interactionKindId(InteractionKind kind);
// Accepts the ids and the common Chinese/English words (活跃, 潜在客户, 流失, "Active", 拜访, 投诉 ...).
std::optional<CustomerStatus> parseCustomerStatus(const QString &text);
std::optional<InteractionKind> parseInteractionKind(const QString &text);
// Translated display names.
QString statusDisplayName(CustomerStatus status);
QString interactionKindDisplayName(InteractionKind kind);

} // namespace valuedesk
