#include "batchinserter.h"

#include "rowreader.h"
#include "sqldialect.h"

#include <algorithm>

namespace valuedesk {

BatchInserter::BatchInserter(QSqlDatabase db, const QString &table, const QStringList &columns,
                             qsizetype rows, QString userMessage, QString suffix)
    : m_db(std::move(db)), m_head(QStringLiteral("INSERT INTO ") + table + QStringLiteral(" (") +
                                  columns.join(QStringLiteral(", ")) + QStringLiteral(") VALUES ")),
      m_suffix(std::move(suffix)), m_userMessage(std::move(userMessage)),
      m_columns(int(columns.size())),
      m_batch(std::max(1, std::min(rowsPerStatement, SqlDialect::of(m_db).maxBoundValues() /
                                                         std::max(1, int(columns.size()))))),
      m_rows(rows), m_full(m_db), m_tail(m_db), m_query(&m_tail)
{
    m_status = begin();
}

BatchInserter::~BatchInserter() = default;

QString BatchInserter::sql(int rows) const
{
    const QString tuple = QLatin1Char('(') +
                          QStringList(m_columns, QStringLiteral("?")).join(QStringLiteral(", ")) +
                          QLatin1Char(')');
    return m_head + QStringList(rows, tuple).join(QStringLiteral(", ")) + m_suffix;
}

// Prepares the statement for the rows from m_row on.
Status BatchInserter::begin()
{
    m_first = m_row;
    m_position = 0;
    m_statementRows = int(std::min<qsizetype>(m_batch, m_rows - m_row));
    if (m_statementRows <= 0) {
        m_query = &m_tail; // bind() after the last row is the caller's bug; keep it harmless
        return Status::success();
    }
    if (m_statementRows == m_batch) {
        if (!m_fullPrepared) {
            if (!m_full.prepare(sql(m_batch)))
                return queryError(m_db, m_userMessage, m_full);
            m_fullPrepared = true;
        }
        m_query = &m_full;
    } else {
        if (!m_tail.prepare(sql(m_statementRows)))
            return queryError(m_db, m_userMessage, m_tail);
        m_query = &m_tail;
    }
    return Status::success();
}

Status BatchInserter::endRow()
{
    if (!m_status)
        return m_status;
    ++m_row;
    if (m_row - m_first < m_statementRows)
        return Status::success();
    Q_ASSERT(m_position == m_statementRows * m_columns);
    if (!m_query->exec())
        return m_status = queryError(m_db, m_userMessage, *m_query);
    if (m_afterStatement) {
        m_status = m_afterStatement(m_first, m_statementRows, m_query->numRowsAffected());
        if (!m_status)
            return m_status;
    }
    return m_status = begin();
}

} // namespace valuedesk
