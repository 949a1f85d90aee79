#include "classificationresultmodel.h"

#include "displayformat.h"
#include "metrics/metriccatalog.h"

#include <QHash>
#include <QLocale>

#include <cmath>

namespace valuedesk {

ClassificationResultModel::ClassificationResultModel(QObject *parent) : QAbstractTableModel(parent)
{}

int ClassificationResultModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() || !m_result ? 0 : static_cast<int>(m_result->classOf.size());
}

int ClassificationResultModel::columnCount(const QModelIndex &parent) const
{
    if (parent.isValid())
        return 0;
    if (!m_result)
        return FixedColumnCount;
    return FixedColumnCount +
           static_cast<int>(m_result->fieldIds.size() + m_result->textFieldIds.size());
}

void ClassificationResultModel::setResult(std::shared_ptr<const ClassificationResult> result,
                                          const QVector<EvaluatedCustomer> &customers)
{
    beginResetModel();
    m_result = std::move(result);
    m_customers = customers;
    if (m_result && m_customers.size() != m_result->classOf.size())
        m_result.reset(); // rows that do not match their customers are never shown
    endResetModel();
}

int ClassificationResultModel::rowOfCustomer(qint64 customerId) const
{
    for (int i = 0; i < m_customers.size(); ++i)
        if (m_customers.at(i).id == customerId)
            return i;
    return -1;
}

QString ClassificationResultModel::fieldTitle(const QString &fieldId)
{
    static const QHash<QString, const char *> titles{
        {QStringLiteral("rank"), QT_TR_NOOP("Rank")},
        {QStringLiteral("share"), QT_TR_NOOP("Share")},
        {QStringLiteral("cumulative_share"), QT_TR_NOOP("Cumulative share")},
        {QStringLiteral("recency_days"), QT_TR_NOOP("Recency (days)")},
        {QStringLiteral("frequency"), QT_TR_NOOP("Frequency")},
        {QStringLiteral("monetary"), QT_TR_NOOP("Monetary")},
        {QStringLiteral("r"), QT_TR_NOOP("R")},
        {QStringLiteral("f"), QT_TR_NOOP("F")},
        {QStringLiteral("m"), QT_TR_NOOP("M")},
        {QStringLiteral("code"), QT_TR_NOOP("RFM code")},
        {QStringLiteral("total"), QT_TR_NOOP("Total")},
        {QStringLiteral("score"), QT_TR_NOOP("Value score")},
        {QStringLiteral("value"), QT_TR_NOOP("Value")},
        {QStringLiteral("profit"), QT_TR_NOOP("Profit")},
        {QStringLiteral("cost"), QT_TR_NOOP("Allocated cost")},
        {QStringLiteral("ratio"), QT_TR_NOOP("Cost-contribution ratio")},
        {QStringLiteral("ratio_to_average"), QT_TR_NOOP("Ratio ÷ average margin")},
        {QStringLiteral("share_above"), QT_TR_NOOP("Share ranked above")},
        {QStringLiteral("distance"), QT_TR_NOOP("Distance to centre")},
        {QStringLiteral("margin"), QT_TR_NOOP("Gross profit")},
    };
    const auto found = titles.constFind(fieldId);
    if (found != titles.cend())
        return tr(found.value());
    // Metric ids ("revenue", "gross_profit", "attribute:deposit" …) by their catalogue name.
    const Result<MetricId> metric = MetricCatalog::parse(fieldId);
    return metric ? MetricCatalog::displayName(*metric) : fieldId;
}

QVariant ClassificationResultModel::value(int row, int column, bool display) const
{
    const EvaluatedCustomer &c = m_customers.at(row);
    const ClassificationResult &r = *m_result;
    switch (column) {
    case Code:
        return c.code;
    case Name:
        return c.name;
    case Manager:
        return c.manager;
    case ClassColumn: {
        const int k = r.classOf.at(row);
        if (!display)
            return k;
        return k >= 0 && k < r.classes.size() ? r.classes.at(k).name : tr("Unclassified");
    }
    case Measure: {
        const double v = row < r.measure.size() ? r.measure.at(row) : qQNaN();
        if (!display)
            return std::isfinite(v) ? QVariant(v) : QVariant();
        return DisplayFormat().number(v, 2);
    }
    default:
        break;
    }
    const int field = column - FixedColumnCount;
    if (field < r.fieldIds.size()) {
        const double v = r.fields(row, field);
        if (!display)
            return std::isfinite(v) ? QVariant(v) : QVariant();
        if (!std::isfinite(v))
            return QStringLiteral("—");
        const QString &id = r.fieldIds.at(field);
        if (id.contains(QLatin1String("share")))
            return DisplayFormat().percent(v, 2);
        return v == std::floor(v) && std::abs(v) < 1e15 ? QLocale().toString(qint64(v))
                                                        : DisplayFormat().number(v, 2);
    }
    const int text = field - static_cast<int>(r.fieldIds.size());
    if (text < r.textFieldIds.size() && row < r.textFields.size())
        return r.textFields.at(row).value(text);
    return {};
}

QVariant ClassificationResultModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid) || !m_result)
        return {};
    switch (role) {
    case Qt::DisplayRole:
        return value(index.row(), index.column(), true);
    case ValueRole:
        return value(index.row(), index.column(), false);
    case CustomerIdRole:
        return m_customers.at(index.row()).id;
    case ClassRole:
        return m_result->classOf.at(index.row());
    case Qt::TextAlignmentRole:
        return index.column() >= Measure ? QVariant(Qt::AlignRight | Qt::AlignVCenter) : QVariant();
    default:
        return {};
    }
}

QVariant ClassificationResultModel::headerData(int section, Qt::Orientation orientation,
                                               int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Code:
        return tr("Code");
    case Name:
        return tr("Name");
    case Manager:
        return tr("Manager");
    case ClassColumn:
        return tr("Class");
    case Measure:
        return m_result && !m_result->measureId.isEmpty() ? fieldTitle(m_result->measureId)
                                                          : tr("Measure");
    default:
        break;
    }
    if (!m_result)
        return {};
    const int field = section - FixedColumnCount;
    if (field < m_result->fieldIds.size())
        return fieldTitle(m_result->fieldIds.at(field));
    const int text = field - static_cast<int>(m_result->fieldIds.size());
    return text < m_result->textFieldIds.size() ? fieldTitle(m_result->textFieldIds.at(text))
                                                : QVariant();
}

} // namespace valuedesk
