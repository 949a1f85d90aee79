#pragma once

#include <QMetaType>
#include <QString>

namespace valuedesk {

// Which table of a customer's records changed.
enum class RecordKind { Transactions, Interactions, Surveys, Balances };

// What changed in a customer file, announced by Document::changed() after it was written: the
// kind of data and the ids it concerns, never who wrote it. In team mode the same events will
// carry other users' writes, so listeners reload what an event names and nothing else.
struct DocumentChange
{
    enum class Kind {
        Customers,       // the customer list (rows added, removed, reordered)
        Customer,        // one customer's profile: id
        Records,         // one customer's records: id, recordKind
        Models,          // an AHP model saved (new version) or removed: id = model id
        Snapshots,       // an evaluation snapshot saved, removed or relabelled: id = snapshot id
        Classifications, // id = snapshot id, scheme (empty: every scheme of the snapshot)
        GradeOverrides,  // id = customer id, scheme
        ImportMappings,  // a remembered import column mapping
    };

    Kind kind = Kind::Customers;
    qint64 id = 0; // see Kind; 0 where the kind names no id
    QString scheme;
    RecordKind recordKind = RecordKind::Transactions;

    static DocumentChange customers() { return {Kind::Customers, 0, {}, {}}; }
    static DocumentChange customer(qint64 customerId)
    {
        return {Kind::Customer, customerId, {}, {}};
    }
    static DocumentChange records(qint64 customerId, RecordKind kind)
    {
        return {Kind::Records, customerId, {}, kind};
    }
    static DocumentChange models(qint64 modelId) { return {Kind::Models, modelId, {}, {}}; }
    static DocumentChange snapshots(qint64 snapshotId)
    {
        return {Kind::Snapshots, snapshotId, {}, {}};
    }
    static DocumentChange classifications(qint64 snapshotId, const QString &scheme = {})
    {
        return {Kind::Classifications, snapshotId, scheme, {}};
    }
    static DocumentChange gradeOverrides(qint64 customerId, const QString &scheme)
    {
        return {Kind::GradeOverrides, customerId, scheme, {}};
    }
    static DocumentChange importMappings() { return {Kind::ImportMappings, 0, {}, {}}; }

    friend bool operator==(const DocumentChange &a, const DocumentChange &b)
    {
        return a.kind == b.kind && a.id == b.id && a.scheme == b.scheme &&
               (a.kind != Kind::Records || a.recordKind == b.recordKind);
    }
    friend bool operator!=(const DocumentChange &a, const DocumentChange &b) { return !(a == b); }
};

} // namespace valuedesk

Q_DECLARE_METATYPE(valuedesk::DocumentChange)
