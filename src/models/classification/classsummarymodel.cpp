#include "classsummarymodel.h"

#include "classification/classificationsummary.h"
#include "classificationresultmodel.h"
#include "displayformat.h"

#include <QLocale>

#include <cmath>

namespace valuedesk {

namespace {

QString percentText(double part, double whole)
{
    return DisplayFormat().percentOf(part, whole);
}

} // namespace

ClassSummaryModel::ClassSummaryModel(QObject *parent) : QAbstractTableModel(parent) {}

int ClassSummaryModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int ClassSummaryModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVector<ClassSummaryModel::Row> ClassSummaryModel::summarise(const ClassificationResult &result)
{
    const ClassificationSummary summary = ClassificationSummary::of(result);
    QVector<Row> rows;
    for (int k = 0; k < summary.classes.size(); ++k) {
        const ClassSummary &c = summary.classes.at(k);
        rows.append(Row{k, c.definition.name, c.customers, c.measureTotal});
    }
    if (summary.unclassified > 0)
        rows.append(Row{-1, tr("Unclassified"), summary.unclassified, 0});
    return rows;
}

void ClassSummaryModel::setResult(const ClassificationResult &result)
{
    beginResetModel();
    m_rows = summarise(result);
    Row total{-2, tr("Total"), 0, 0};
    for (const Row &r : std::as_const(m_rows)) {
        total.customers += r.customers;
        total.measure += r.measure;
    }
    m_rows.append(total);
    m_measureId = result.measureId;
    endResetModel();
}

QVariant ClassSummaryModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const Row &r = m_rows.at(index.row());
    const Row &total = m_rows.constLast();
    if (role == ClassRole)
        return r.classIndex;
    if (role == ValueRole) {
        switch (index.column()) {
        case ClassColumn:
            return r.name;
        case Customers:
            return r.customers;
        case CustomerShare:
            return total.customers > 0 ? double(r.customers) / total.customers : 0.0;
        case MeasureTotal:
            return r.measure;
        case MeasureShare:
            return total.measure > 0 ? r.measure / total.measure : 0.0;
        default:
            return {};
        }
    }
    if (role == Qt::TextAlignmentRole && index.column() != ClassColumn)
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case ClassColumn:
        return r.name;
    case Customers:
        return QLocale().toString(r.customers);
    case CustomerShare:
        return percentText(r.customers, total.customers);
    case MeasureTotal:
        return DisplayFormat().number(r.measure, 2);
    case MeasureShare:
        return percentText(r.measure, total.measure);
    default:
        return {};
    }
}

QVariant ClassSummaryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    const QString measure =
        m_measureId.isEmpty() ? tr("Measure") : ClassificationResultModel::fieldTitle(m_measureId);
    switch (section) {
    case ClassColumn:
        return tr("Class");
    case Customers:
        return tr("Customers");
    case CustomerShare:
        return tr("Share of customers");
    case MeasureTotal:
        return measure;
    case MeasureShare:
        return tr("Share of %1").arg(measure);
    default:
        return {};
    }
}

} // namespace valuedesk
