#include "pairwisequestionmodel.h"

#include "ahp/ahpnodeanalysis.h"
#include "ahp/saatyscale.h"
#include "ahpmodelsession.h"
#include "ahpundocommands.h"
#include "palette.h"

#include <QColor>
#include <QUndoStack>

#include <cmath>

namespace valuedesk {

PairwiseQuestionModel::PairwiseQuestionModel(QObject *parent) : QAbstractTableModel(parent) {}

void PairwiseQuestionModel::setSource(AhpModelSession *session, const NodePath &path, int evaluator)
{
    if (m_session != session) {
        if (m_session)
            disconnect(m_session, nullptr, this, nullptr);
        if (session) {
            connect(session, &AhpModelSession::modelChanged, this, &PairwiseQuestionModel::refresh);
            connect(session, &QObject::destroyed, this, [this]() { setSource(nullptr, {}, 0); });
        }
    }
    beginResetModel();
    m_session = session;
    m_path = path;
    m_evaluator = evaluator;
    m_rows = 0;
    m_matrix = PairwiseMatrix();
    m_group = false;
    if (const HierarchyNode *node = session ? session->node(path) : nullptr) {
        const NodeAnalysis a = analyseNode(*node, evaluator, session->model().settings);
        m_matrix = a.matrix;
        m_group = a.isGroup;
        const int n = size();
        m_rows = n * (n - 1) / 2;
    }
    endResetModel();
}

void PairwiseQuestionModel::refresh()
{
    const HierarchyNode *node = m_session ? m_session->node(m_path) : nullptr;
    const int n = node ? static_cast<int>(node->children().size()) : 0;
    PairwiseMatrix matrix;
    if (node)
        matrix = analyseNode(*node, m_evaluator, m_session->model().settings).matrix;
    const int rows = matrix.size() == n ? n * (n - 1) / 2 : 0;
    if (rows != m_rows) {
        beginResetModel();
        m_matrix = matrix;
        m_rows = rows;
        endResetModel();
        return;
    }
    m_matrix = matrix;
    if (m_rows > 0)
        emit dataChanged(index(0, 0), index(m_rows - 1, ColumnCount - 1));
}

int PairwiseQuestionModel::size() const
{
    return m_matrix.size();
}

bool PairwiseQuestionModel::isReadOnly() const
{
    const HierarchyNode *node = m_session ? m_session->node(m_path) : nullptr;
    return !node || m_group || node->directWeights();
}

QPair<int, int> PairwiseQuestionModel::pairAt(int row) const
{
    const int n = size();
    for (int i = 0; i < n; ++i) {
        const int inRow = n - 1 - i;
        if (row < inRow)
            return {i, i + 1 + row};
        row -= inRow;
    }
    return {0, 0};
}

QString PairwiseQuestionModel::childName(int k) const
{
    const HierarchyNode *node = m_session ? m_session->node(m_path) : nullptr;
    if (!node || k < 0 || k >= static_cast<int>(node->children().size()))
        return {};
    return node->children()[static_cast<std::size_t>(k)].name();
}

std::optional<double> PairwiseQuestionModel::judgement(int row) const
{
    const auto [i, j] = pairAt(row);
    return m_matrix.judgement(i, j);
}

int PairwiseQuestionModel::positionOf(double judgement)
{
    if (!(judgement > 0))
        return 0;
    const double snapped = SaatyScale::snap(judgement);
    const int position = snapped >= 1 ? -(qRound(snapped) - 1) : qRound(1.0 / snapped) - 1;
    return std::clamp(position, -maxPosition, maxPosition);
}

double PairwiseQuestionModel::judgementAt(int position)
{
    position = std::clamp(position, -maxPosition, maxPosition);
    return position <= 0 ? 1.0 - position : 1.0 / (1.0 + position);
}

QString PairwiseQuestionModel::meaning(int position, const QString &a, const QString &b)
{
    if (position == 0)
        return SaatyScale::verbal(1);
    const QString more = position < 0 ? a : b;
    return tr("%1: %2").arg(more, SaatyScale::verbal(std::abs(position) + 1));
}

int PairwiseQuestionModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_rows;
}

int PairwiseQuestionModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant PairwiseQuestionModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const auto [i, j] = pairAt(index.row());
    const std::optional<double> value = judgement(index.row());
    const int position = value ? positionOf(*value) : 0;
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case CriterionA:
            return childName(i);
        case CriterionB:
            return childName(j);
        case Judgement:
            if (!value)
                return tr("not judged");
            return position < 0   ? QStringLiteral("◀ %1").arg(SaatyScale::toFraction(*value))
                   : position > 0 ? QStringLiteral("%1 ▶").arg(SaatyScale::toFraction(1.0 / *value))
                                  : QStringLiteral("1");
        case Meaning:
            return value ? meaning(position, childName(i), childName(j))
                         : tr("not judged yet: move the slider");
        }
        return {};
    case Qt::EditRole:
    case PositionRole:
        return position;
    case ValueRole:
        return value ? QVariant(*value) : QVariant();
    case JudgedRole:
        return value.has_value();
    case Qt::TextAlignmentRole:
        if (index.column() == CriterionA)
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        if (index.column() == Judgement)
            return QVariant(Qt::AlignCenter);
        return {};
    case Qt::ForegroundRole:
        if (index.column() == Meaning || !value)
            return Palette::mutedText();
        return {};
    default:
        return {};
    }
}

bool PairwiseQuestionModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole || !checkIndex(index, CheckIndexOption::IndexIsValid) ||
        !(flags(index) & Qt::ItemIsEditable))
        return false;
    bool ok = false;
    const int position = value.toInt(&ok);
    if (!ok || position < -maxPosition || position > maxPosition)
        return false;
    const auto [i, j] = pairAt(index.row());
    const JudgementKey key{m_path, m_evaluator, i, j};
    const double judgement = judgementAt(position);
    const std::optional<double> current = m_session->judgement(key);
    if (current && std::abs(*current - judgement) <= 1e-12)
        return true;
    // The slider commits every position it passes: one drag is one undo step.
    m_session->undoStack()->push(
        new SetJudgement(m_session, key, judgement, nullptr, SetJudgement::Merge::WithPrevious));
    return true;
}

QVariant PairwiseQuestionModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole)
        return {};
    if (orientation == Qt::Vertical)
        return section + 1;
    switch (section) {
    case CriterionA:
        return tr("A");
    case Judgement:
        return tr("A ◀ 9 … 1 … 9 ▶ B");
    case CriterionB:
        return tr("B");
    case Meaning:
        return tr("Meaning");
    default:
        return {};
    }
}

Qt::ItemFlags PairwiseQuestionModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    Qt::ItemFlags f = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    if (index.column() == Judgement && !isReadOnly())
        f |= Qt::ItemIsEditable;
    return f;
}

} // namespace valuedesk
