#include "importreport.h"

#include "valuequote.h"

namespace valuedesk {

QStringList ImportReport::headers()
{
    return {tr("Line"), tr("Field"), tr("Column"), tr("Value"), tr("Reason")};
}

QVector<QStringList> ImportReport::rows(const ImportPlan &plan)
{
    QVector<QStringList> out;
    out.reserve(plan.problems.size());
    for (const RowProblem &p : plan.problems)
        out.append({QString::number(p.line), p.field, p.column, p.value, p.reason});
    return out;
}

QString ImportReport::describe(const RowProblem &p)
{
    const QString field = p.column.isEmpty() || p.column == p.field
                              ? p.field
                              : tr("%1 (column \"%2\")").arg(p.field, p.column);
    if (p.value.isEmpty())
        return tr("Line %1, %2: %3").arg(p.line).arg(field, p.reason);
    return tr("Line %1, %2: %3: \"%4\"")
        .arg(p.line)
        .arg(field, p.reason, quotedValuePrefix(p.value));
}

QString ImportReport::summary(const ImportSummary &s)
{
    if (s.cancelled)
        return tr("Import cancelled; the customer file was not changed.");
    return tr("Imported: %1 customers added, %2 updated, %3 skipped; %4 records added; %5 rows "
              "rejected.")
        .arg(s.customersAdded)
        .arg(s.customersUpdated)
        .arg(s.customersSkipped)
        .arg(s.recordsAdded)
        .arg(s.rowsRejected);
}

} // namespace valuedesk
