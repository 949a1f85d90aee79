#pragma once

// Shared by the multi-process file-safety tests (tst_crashsafety, tst_concurrentimport,
// tst_hostilefiles): a raw SQLite connection from the test process to check what valuedesk-cli
// left behind, a generator of big transaction CSVs and the checks they all make.
// Open a RawDb only while no valuedesk-cli runs on the file: SQLite's POSIX locks are per
// process, and the checks must see the file as the next user would.

#include "testfiles.h"

#include <QDate>
#include <QString>
#include <QStringList>
#include <QVariant>

namespace valuedesk::test {

// A plain QSQLITE connection of the test process (no ValueDesk code): what any SQLite client
// sees when it opens the file after valuedesk-cli has gone.
class RawDb final
{
public:
    explicit RawDb(const QString &path);
    ~RawDb();
    RawDb(const RawDb &) = delete;
    RawDb &operator=(const RawDb &) = delete;

    bool isOpen() const { return m_open; }
    QString lastError() const { return m_error; }

    // All rows of the first column; an empty list and lastError() on failure.
    QVariantList column(const QString &sql);
    // The first value, or an invalid QVariant on failure.
    QVariant scalar(const QString &sql);
    qint64 count(const QString &table);
    bool exec(const QString &sql);

    // "ok", or every problem PRAGMA integrity_check reports, joined.
    QString integrity();
    // Rows of customer_months that differ from a GROUP BY over transactions, in either
    // direction (README: the roll-up per customer and month), or -1 when the query fails.
    qint64 rollupMismatches();
    // What is wrong with the file as a whole (integrity_check, then the roll-up), or an empty
    // string.
    QString consistencyProblem();
    // The codes of every customer in the file.
    QStringList customerCodes();

private:
    QString m_name;
    bool m_open = false;
    QString m_error;
};

// A transactions CSV (headers the importer recognises) of `rows` rows for the given customer
// codes: customers drawn with a Zipf-like skew (a few customers get most rows), dates uniform
// over [from, to] in random order, amounts with cents, a cost on most rows, whole quantities.
QByteArray transactionsCsv(const QStringList &codes, int rows, quint32 seed, const QDate &from,
                           const QDate &to);

// Raw SQL in a message meant for a user (a query text appended as technical detail).
bool looksLikeRawSql(const QString &text);

} // namespace valuedesk::test
