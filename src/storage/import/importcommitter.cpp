#include "importcommitter.h"

#include "sqlerror.h"

#include "customerrepository.h"
#include "database.h"
#include "recordrepository.h"

#include <algorithm>
#include <numeric>

namespace valuedesk {

namespace {

constexpr int chunkSize = 20000;

// A code not in use, for "import as new" of a row whose code is taken: C001 -> C001-2, C001-3 ...
QString freeCode(const QString &code, const QHash<QString, qint64> &taken)
{
    for (int n = 2;; ++n) {
        QString candidate = code + QLatin1Char('-') + QString::number(n);
        if (!taken.contains(candidate))
            return candidate;
    }
}

template <typename Record>
Status insertRecords(QSqlDatabase db, const QVector<Record> &records,
                     const QVector<qint64> &newCustomerIds, qint64 &done, qint64 total,
                     const ProgressCallback &progress, bool &cancelled)
{
    // Rows go in by customer and date: the (customer_id, date) index then grows at its end
    // instead of at random places, about a quarter faster for a million rows (tests/bench).
    auto customerOf = [&newCustomerIds](const Record &r) {
        return r.customerId < 0 ? newCustomerIds.at(static_cast<int>(-r.customerId - 1))
                                : r.customerId;
    };
    QVector<int> order(records.size());
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(), [&](int a, int b) {
        const qint64 ca = customerOf(records.at(a));
        const qint64 cb = customerOf(records.at(b));
        return ca != cb ? ca < cb : records.at(a).date < records.at(b).date;
    });
    RecordRepository<Record> repository(db);
    QVector<Record> chunk;
    for (int start = 0; start < order.size(); start += chunkSize) {
        const int end = std::min<int>(start + chunkSize, order.size());
        chunk.clear();
        chunk.reserve(end - start);
        for (int i = start; i < end; ++i) {
            chunk.append(records.at(order.at(i)));
            chunk.last().customerId = customerOf(chunk.last());
        }
        if (auto written = repository.insertMany(chunk); !written)
            return written;
        done += chunk.size();
        if (progress && !progress(done, total)) {
            cancelled = true;
            return Status::success();
        }
    }
    return Status::success();
}

} // namespace

Customer ImportCommitter::merged(const Customer &existing, const Customer &update,
                                 const QSet<QString> &mappedFields)
{
    Customer c = existing;
    auto take = [&](const char *field, QString &target, const QString &value) {
        if (mappedFields.contains(QLatin1String(field)) && !value.isEmpty())
            target = value;
    };
    take("name", c.name, update.name);
    take("industry", c.industry, update.industry);
    take("region", c.region, update.region);
    take("manager", c.manager, update.manager);
    take("contact", c.contact, update.contact);
    take("notes", c.notes, update.notes);
    if (mappedFields.contains(QStringLiteral("tenure_start")) && update.tenureStart.isValid())
        c.tenureStart = update.tenureStart;
    // Status has a default (active) even when the cell is empty, so only a mapped column counts.
    if (mappedFields.contains(QStringLiteral("status")))
        c.status = update.status;
    for (auto it = update.attributes.constBegin(); it != update.attributes.constEnd(); ++it)
        c.attributes.insert(it.key(), it.value());
    return c;
}

Result<ImportSummary> ImportCommitter::commit(QSqlDatabase db, const ImportPlan &plan,
                                              const ProgressCallback &progress)
{
    ImportSummary summary;
    summary.rowsRejected = plan.badLines.size();
    TransactionScope transaction(db);
    if (auto begun = transaction.begin(); !begun)
        return begun.error();

    CustomerRepository customers(db);
    const qint64 total = plan.customers.size() + plan.newCustomers.size() +
                         plan.transactions.size() + plan.interactions.size() + plan.surveys.size() +
                         plan.balances.size();
    qint64 done = 0;
    auto tick = [&]() {
        ++done;
        return !progress || (done & 0x3FF) != 0 || progress(done, total);
    };

    if (!plan.customers.isEmpty()) {
        auto taken = customers.idsByCode();
        if (!taken)
            return taken.error();
        QHash<int, DuplicateCustomer> duplicates;
        for (const DuplicateCustomer &d : plan.duplicates)
            duplicates.insert(d.rowIndex, d);
        for (int i = 0; i < plan.customers.size(); ++i) {
            Customer c = plan.customers.at(i);
            const auto dup = duplicates.constFind(i);
            if (dup == duplicates.constEnd()) {
                auto id = customers.insert(c);
                if (!id)
                    return reworded(
                        id.error(),
                        tr("Line %1: %2").arg(plan.customerLines.at(i)).arg(id.error().message()));
                taken->insert(c.code, *id);
                ++summary.customersAdded;
            } else if (dup->action == DuplicateAction::Skip) {
                ++summary.customersSkipped;
            } else if (dup->action == DuplicateAction::Update) {
                auto existing = customers.byId(dup->existingId);
                if (!existing)
                    return existing.error();
                QSet<QString> fields = plan.mappedCustomerFields;
                if (plan.customersWithoutStatus.contains(i))
                    fields.remove(QStringLiteral("status"));
                if (auto updated = customers.update(merged(*existing, c, fields)); !updated)
                    return reworded(
                        updated.error(),
                        tr("Line %1: %2").arg(dup->line).arg(updated.error().message()));
                ++summary.customersUpdated;
            } else {
                if (taken->contains(c.code))
                    c.code = freeCode(c.code, *taken);
                auto id = customers.insert(c);
                if (!id)
                    return reworded(id.error(),
                                    tr("Line %1: %2").arg(dup->line).arg(id.error().message()));
                taken->insert(c.code, *id);
                ++summary.customersAdded;
            }
            if (!tick()) {
                summary.cancelled = true;
                return summary; // the scope rolls back
            }
        }
    }

    QVector<qint64> newCustomerIds;
    newCustomerIds.reserve(plan.newCustomers.size());
    for (const Customer &c : plan.newCustomers) {
        auto id = customers.insert(c);
        if (!id)
            return id.error();
        newCustomerIds.append(*id);
        ++summary.customersAdded;
        if (!tick()) {
            summary.cancelled = true;
            return summary;
        }
    }

    bool cancelled = false;
    const qint64 recordsBefore = done;
    Status written =
        insertRecords(db, plan.transactions, newCustomerIds, done, total, progress, cancelled);
    if (written && !cancelled)
        written =
            insertRecords(db, plan.interactions, newCustomerIds, done, total, progress, cancelled);
    if (written && !cancelled)
        written = insertRecords(db, plan.surveys, newCustomerIds, done, total, progress, cancelled);
    if (written && !cancelled)
        written =
            insertRecords(db, plan.balances, newCustomerIds, done, total, progress, cancelled);
    if (!written)
        return written.error();
    if (cancelled) {
        summary.cancelled = true;
        return summary;
    }
    summary.recordsAdded = done - recordsBefore;
    if (auto committed = transaction.commit(); !committed)
        return committed.error();
    if (progress)
        progress(total, total);
    return summary;
}

} // namespace valuedesk
