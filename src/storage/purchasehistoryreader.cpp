#include "purchasehistoryreader.h"

#include "checkedmoney.h"
#include "columnmapping.h"
#include "money.h"
#include "rowreader.h"
#include "valueparsers.h"

#include <QFileInfo>

namespace valuedesk {

Result<QVector<CustomerPurchases>> PurchaseHistoryReader::read(const QSqlDatabase &db)
{
    RowReader r(db);
    const Status s = r.exec(
        tr("Cannot read the transactions."),
        QStringLiteral("SELECT c.code, t.date, sum(t.amount_cents), sum(coalesce(t.cost_cents, 0)),"
                       " sum(coalesce(t.quantity, 0)), count(*), min(t.customer_id)"
                       " FROM transactions t JOIN customers c ON c.id = t.customer_id"
                       " GROUP BY t.customer_id, t.date ORDER BY t.customer_id, t.date"));
    if (!s)
        return s.error();
    QVector<CustomerPurchases> result;
    QByteArray current;
    while (r.next()) {
        const QByteArray code = r.text(0);
        if (result.isEmpty() || code != current) {
            current = QByteArray(code.constData(), code.size()); // text() is a view: copy
            result.append(CustomerPurchases{QString::fromUtf8(code), {}});
        }
        const QDate date = r.date(1);
        if (!date.isValid())
            return Error(tr("Customer %1 has a transaction with an unreadable date.")
                             .arg(result.constLast().customer),
                         QString::fromUtf8(r.text(1)));
        // Amounts beyond the limit (written by another program) give a clear error, not a
        // number; a sum that overflows int64 is reported by RowReader.
        const qint64 rows = r.int64(5);
        if (!isPossibleSum(r.int64(2), rows))
            return impossibleStoredAmount(db, QStringLiteral("transactions/amount_cents"),
                                          r.int64(6));
        if (!isPossibleSum(r.int64(3), rows))
            return impossibleStoredAmount(db, QStringLiteral("transactions/cost_cents"),
                                          r.int64(6));
        result.last().days.append(
            PurchaseDay{date, centsToUnits(r.int64(2)), centsToUnits(r.int64(3)), r.real(4)});
    }
    if (const Status end = r.status(); !end)
        return end.error();
    return result;
}

Result<QVector<CustomerPurchases>>
PurchaseHistoryReader::readTable(const QString &path, const ImportSourceOptions &options)
{
    auto source = ImportSource::open(path, options);
    if (!source)
        return source.error();
    const ColumnMapping mapping = ColumnMapping::guess(ImportKind::Transactions, source->headers());
    const QStringList missing = mapping.missingRequiredFields();
    if (!missing.isEmpty())
        return Error(tr("\"%1\" has no column for: %2.")
                         .arg(QFileInfo(path).fileName(), missing.join(QStringLiteral(", "))),
                     source->headers().join(QLatin1Char(',')));
    const int codeColumn = mapping.column(QStringLiteral("customer_code"));
    const int dateColumn = mapping.column(QStringLiteral("date"));
    const int amountColumn = mapping.column(QStringLiteral("amount"));
    const int costColumn = mapping.column(QStringLiteral("cost"));
    const int quantityColumn = mapping.column(QStringLiteral("quantity"));
    const auto field = [](const QStringList &fields, int column) {
        return column >= 0 && column < fields.size() ? fields.at(column).trimmed() : QString();
    };

    PurchaseHistoryBuilder builder;
    std::optional<Error> rowError;
    const Status read = source->forEachRow([&](const QStringList &fields, int line) {
        const QString code = field(fields, codeColumn);
        const std::optional<QDate> date = parseDate(field(fields, dateColumn));
        const std::optional<Cents> amount = parseMoney(field(fields, amountColumn));
        const QString costText = field(fields, costColumn);
        const std::optional<Cents> cost = costText.isEmpty() ? Cents(0) : parseMoney(costText);
        if ((amount && !isRecordAmount(*amount)) || (cost && !isRecordAmount(*cost))) {
            rowError = Error(tr("Line %1 of \"%2\" has an amount beyond ±%3; ValueDesk accepts "
                                "at most ±%3 per record.")
                                 .arg(line)
                                 .arg(QFileInfo(path).fileName(), maxRecordAmountText()),
                             fields.join(QLatin1Char(',')));
            return false;
        }
        if (code.isEmpty() || !date || !amount) {
            rowError = Error(tr("Line %1 of \"%2\" has no customer, or an unreadable date or "
                                "amount.")
                                 .arg(line)
                                 .arg(QFileInfo(path).fileName()),
                             fields.join(QLatin1Char(',')));
            return false;
        }
        const QString quantityText = field(fields, quantityColumn);
        const std::optional<double> quantity =
            quantityText.isEmpty() ? 0.0 : parseNumber(quantityText);
        builder.add(code, *date, centsToUnits(*amount), cost ? centsToUnits(*cost) : 0.0,
                    quantity.value_or(0.0));
        return true;
    });
    if (!read)
        return read.error();
    if (rowError)
        return *rowError;
    return builder.take();
}

} // namespace valuedesk
