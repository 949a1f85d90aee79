#pragma once

#include <QString>
#include <QStringList>
#include <QVector>

// Word and catalogue tables for DemoGenerator. Kept apart so the generator reads as an algorithm;
// the tables' order is part of the output (indices are drawn), so append rather than reorder.
namespace valuedesk::demo {

struct Region
{
    QString name;
    int weight; // relative share of customers
    QStringList cities;
};

struct Product
{
    QString name;
    QString category;
    double unitPrice; // yuan
};

struct Industry
{
    QString name;
    int weight;            // relative share of customers
    double scaleFactor;    // typical order size relative to the portfolio median
    QStringList nameWords; // business word in company names (上海恒达**机械**有限公司)
    QVector<Product> products;
};

const QVector<Region> &regions();
const QVector<Industry> &industries();
const QStringList &brandWords();
const QStringList &companySuffixes();
const QStringList &surnames();
const QStringList &givenNames();
const QStringList &mobilePrefixes();
const QStringList &channels();

// Interaction notes by kind, indexed like InteractionKind.
const QStringList &interactionNotes(int kind);
const QStringList &customerNotes();
const QStringList &prospectNotes();
const QStringList &lostCustomerNotes();

} // namespace valuedesk::demo
