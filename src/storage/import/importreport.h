#pragma once

#include "importplan.h"

#include <QCoreApplication>
#include <QStringList>

namespace valuedesk {

// The bad-row report an import shows and saves: one row per problem.
class ImportReport final
{
    Q_DECLARE_TR_FUNCTIONS(valuedesk::ImportReport)

public:
    static QStringList headers(); // Line, Field, Column, Value, Reason
    static QVector<QStringList> rows(const ImportPlan &plan);
    // "Line 7, Amount (金额): not an amount — "12,3a""
    static QString describe(const RowProblem &problem);
    static QString summary(const ImportSummary &summary);
};

} // namespace valuedesk
