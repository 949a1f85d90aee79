#pragma once

#include "result.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QStringList>
#include <QVariant>

#include <functional>

namespace valuedesk {

// Inserts a known number of rows with multi-row statements,
//   INSERT INTO <table> (<columns>) VALUES (?, …), (?, …), … <suffix>
// rowsPerStatement rows at a time (fewer when the dialect binds fewer values) and the rest in
// one shorter statement: Qt Sql's per-exec overhead, not SQLite, dominated a million-row import
// with one row per statement (133 000 rows/s; tests/bench). The full-size statement is prepared
// once. The caller holds the SQL transaction.
//
//     BatchInserter batch(db, table, columns, rows, message);
//     for (…) {
//         batch.bind(a);
//         batch.bind(b);
//         if (Status s = batch.endRow(); !s)
//             return s;
//     }
class BatchInserter final
{
public:
    static constexpr int rowsPerStatement = 64;

    // After each statement ran: the index of its first row, its row count and the rows the
    // database reports as changed (for an upsert whose update may be skipped by its WHERE).
    using AfterStatement = std::function<Status(qsizetype firstRow, int rows, int changed)>;

    // `userMessage` heads the error of a failed statement (see queryError in rowreader.h).
    BatchInserter(QSqlDatabase db, const QString &table, const QStringList &columns, qsizetype rows,
                  QString userMessage, QString suffix = {});
    ~BatchInserter();
    Q_DISABLE_COPY_MOVE(BatchInserter)

    void setAfterStatement(AfterStatement check) { m_afterStatement = std::move(check); }

    // The next value of the current row.
    void bind(const QVariant &value) { m_query->bindValue(m_position++, value); }
    // Ends the current row: prepares the next statement when one begins, runs it when its last
    // row is bound. After an error, stop.
    Status endRow();

    int columnCount() const { return m_columns; }

private:
    Status begin();
    QString sql(int rows) const;

    QSqlDatabase m_db;
    QString m_head;
    QString m_suffix;
    QString m_userMessage;
    int m_columns = 0;
    int m_batch = 0; // rows per full statement
    qsizetype m_rows = 0;
    qsizetype m_row = 0;     // rows ended so far
    qsizetype m_first = 0;   // first row of the current statement
    int m_statementRows = 0; // rows of the current statement
    int m_position = 0;      // next value to bind
    bool m_fullPrepared = false;
    QSqlQuery m_full;
    QSqlQuery m_tail;
    QSqlQuery *m_query = nullptr;
    AfterStatement m_afterStatement;
    Status m_status;
};

} // namespace valuedesk
