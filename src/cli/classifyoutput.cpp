#include "classifyoutput.h"

#include "classification/abcscheme.h"
#include "classification/classificationsummary.h"
#include "clioutput.h"
#include "reportwriters.h"

#include <QCoreApplication>
#include <QJsonArray>

#include <cmath>

namespace valuedesk::cli {

namespace {

QString header(const char *text)
{
    return QCoreApplication::translate("valuedesk::cli::ClassifyOutput", text);
}

QString percentText(double share)
{
    return std::isfinite(share) ? QString::number(share * 100, 'f', 1) : QStringLiteral("-");
}

QString classId(const ClassificationResult &r, int row)
{
    const int k = r.classOf.at(row);
    return k >= 0 && k < r.classes.size() ? r.classes.at(k).id : QString();
}

} // namespace

ReportTable classificationTable(const ClassificationResult &r,
                                const QVector<EvaluatedCustomer> &customers)
{
    using Type = ReportTable::ColumnType;
    ReportTable table;
    ReportTable::Column code{QStringLiteral("code"), header("Code"), Type::Text};
    code.jsonKey = QStringLiteral("customer");
    table.addColumn(code);
    table.addColumn(QStringLiteral("name"), header("Customer"), Type::Text, ReportTable::Csv);
    table.addColumn(QStringLiteral("class"), header("Class"), Type::Text);
    for (const QString &id : r.fieldIds)
        table.addColumn(id, id, Type::Number);
    for (const QString &id : r.textFieldIds)
        table.addColumn(id, id, Type::Text);
    table.reserveRows(customers.size());
    for (int i = 0; i < customers.size(); ++i) {
        QVector<QVariant> row{customers.at(i).code, customers.at(i).name,
                              ReportTable::text(classId(r, i))};
        for (int j = 0; j < r.fieldIds.size(); ++j)
            row << ReportTable::number(r.fields(i, j));
        // A missing text field is empty text, not a missing value.
        for (int j = 0; j < r.textFieldIds.size(); ++j)
            row << QVariant(QString(r.textFields.at(i).value(j)));
        table.addRow(row);
    }
    return table;
}

ReportTable classSummaryTable(const ClassificationResult &r)
{
    using Type = ReportTable::ColumnType;
    ReportTable table;
    table.addColumn(QStringLiteral("class"), header("Class"), Type::Text);
    table.addColumn(QStringLiteral("name"), header("Name"), Type::Text);
    table.addColumn(QStringLiteral("customers"), header("Customers"), Type::Integer);
    table.addColumn(QStringLiteral("customer_share"), header("Customers %"), Type::Percent);
    table.addColumn(QStringLiteral("measure_total"), r.measureId, Type::Number);
    table.addColumn(QStringLiteral("measure_share"), r.measureId + QStringLiteral(" %"),
                    Type::Percent);
    const ClassificationSummary s = ClassificationSummary::of(r);
    for (const ClassSummary &c : s.classes)
        table.addRow({c.definition.id, c.definition.name, ReportTable::integer(c.customers),
                      ReportTable::number(c.customerShare), ReportTable::number(c.measureTotal),
                      ReportTable::number(c.measureShare)});
    return table;
}

QJsonObject classificationJson(const ClassificationResult &r, const EvaluationWindow &window,
                               const QVector<EvaluatedCustomer> &customers)
{
    QJsonArray classes;
    for (const ClassDefinition &c : r.classes)
        classes.append(QJsonObject{{QStringLiteral("id"), c.id}, {QStringLiteral("name"), c.name}});
    QJsonObject json{
        {QStringLiteral("scheme"), r.scheme},
        {QStringLiteral("as_of"), window.asOf.toString(Qt::ISODate)},
        {QStringLiteral("window_months"), window.months},
        {QStringLiteral("options"), r.options},
        {QStringLiteral("measure"), r.measureId},
        {QStringLiteral("classes"), classes},
        {QStringLiteral("customers"), ReportWriters::jsonRows(classificationTable(r, customers))},
        {QStringLiteral("summary"), ReportWriters::jsonRows(classSummaryTable(r))}};
    if (r.scheme == QLatin1String("abc"))
        json.insert(QStringLiteral("gini"),
                    ReportWriters::jsonValue(ReportTable::number(AbcScheme::gini(r.measure))));
    return json;
}

Status writeClassificationCsv(const QString &path, const ClassificationResult &r,
                              const QVector<EvaluatedCustomer> &customers)
{
    return ReportWriters::writeCsv(path, classificationTable(r, customers));
}

void printClassificationSummary(const ClassificationResult &r, const EvaluationWindow &window)
{
    const ClassificationSummary s = ClassificationSummary::of(r);
    printOut(QStringLiteral("Classified %1 customers with scheme %2 (measure %3): %4 months to %5")
                 .arg(s.customers)
                 .arg(r.scheme, r.measureId)
                 .arg(window.months)
                 .arg(window.asOf.toString(Qt::ISODate)));
    printOut(QStringLiteral("class\tcustomers\tcustomers %\t%1\t%1 %\tname").arg(r.measureId));
    for (const ClassSummary &c : s.classes)
        printOut(QStringLiteral("%1\t%2\t%3\t%4\t%5\t%6")
                     .arg(c.definition.id)
                     .arg(c.customers)
                     .arg(percentText(c.customerShare), numberText(c.measureTotal),
                          percentText(c.measureShare), c.definition.name));
    if (r.scheme == QLatin1String("abc") && !s.classes.isEmpty()) {
        const ClassSummary &a = s.classes.constFirst();
        printOut(QStringLiteral("%1 % of customers make %2 % of %3 (class %4)")
                     .arg(percentText(a.customerShare), percentText(a.measureShare), r.measureId,
                          a.definition.id));
        const double g = AbcScheme::gini(r.measure);
        printOut(QStringLiteral("Gini coefficient: %1")
                     .arg(std::isfinite(g) ? QString::number(g, 'f', 4) : QStringLiteral("-")));
    }
}

} // namespace valuedesk::cli
