#include "pairwisematrixmodel.h"

#include "ahp/saatyscale.h"
#include "ahpmodelsession.h"
#include "ahpundocommands.h"
#include "displayformat.h"
#include "palette.h"

#include <QColor>
#include <QFont>
#include <QUndoStack>

#include <cmath>

namespace valuedesk {

PairwiseMatrixModel::PairwiseMatrixModel(QObject *parent) : QAbstractTableModel(parent) {}

void PairwiseMatrixModel::setSource(AhpModelSession *session, const NodePath &path, int evaluator)
{
    if (m_session != session) {
        if (m_session)
            disconnect(m_session, nullptr, this, nullptr);
        if (session) {
            connect(session, &AhpModelSession::modelChanged, this, &PairwiseMatrixModel::refresh);
            connect(session, &QObject::destroyed, this, [this]() { setSource(nullptr, {}, 0); });
        }
    }
    beginResetModel();
    m_session = session;
    m_path = path;
    m_evaluator = evaluator;
    m_size = 0;
    m_analysis = NodeAnalysis();
    if (const HierarchyNode *node = session ? session->node(path) : nullptr) {
        m_size = static_cast<int>(node->children().size());
        m_analysis = analyseNode(*node, evaluator, session->model().settings);
        if (m_analysis.matrix.size() != m_size)
            m_size = 0;
    }
    endResetModel();
    emit analysisChanged();
}

void PairwiseMatrixModel::refresh()
{
    const HierarchyNode *node = m_session ? m_session->node(m_path) : nullptr;
    NodeAnalysis analysis =
        node ? analyseNode(*node, m_evaluator, m_session->model().settings) : NodeAnalysis();
    const int size = node ? static_cast<int>(node->children().size()) : 0;
    if (size != m_size || analysis.matrix.size() != size) {
        beginResetModel();
        m_analysis = std::move(analysis);
        m_size = m_analysis.matrix.size() == size ? size : 0;
        endResetModel();
    } else {
        m_analysis = std::move(analysis);
        if (m_size > 0) {
            emit dataChanged(index(0, 0), index(m_size - 1, m_size - 1));
            emit headerDataChanged(Qt::Horizontal, 0, m_size - 1);
            emit headerDataChanged(Qt::Vertical, 0, m_size - 1);
        }
    }
    emit analysisChanged();
}

bool PairwiseMatrixModel::isReadOnly() const
{
    const HierarchyNode *node = m_session ? m_session->node(m_path) : nullptr;
    return !node || m_analysis.isGroup || node->directWeights();
}

QStringList PairwiseMatrixModel::criteria() const
{
    QStringList names;
    if (const HierarchyNode *node = m_session ? m_session->node(m_path) : nullptr) {
        for (const HierarchyNode &child : node->children())
            names.append(child.name());
    }
    return names;
}

std::optional<double> PairwiseMatrixModel::parseJudgement(const QString &text)
{
    QString t = text.trimmed();
    t.replace(QChar(0xFF0F), QLatin1Char('/')); // full-width slash from a Chinese IME
    t.replace(QLatin1Char(':'), QLatin1Char('/'));
    t.replace(QChar(0xFF1A), QLatin1Char('/'));
    t.replace(QLatin1Char(','), QLatin1Char('.'));
    bool ok = false;
    double value = 0;
    const int slash = static_cast<int>(t.indexOf(QLatin1Char('/')));
    if (slash >= 0) {
        bool okA = false;
        bool okB = false;
        const double a = t.left(slash).trimmed().toDouble(&okA);
        const double b = t.mid(slash + 1).trimmed().toDouble(&okB);
        ok = okA && okB && b != 0;
        value = ok ? a / b : 0;
    } else {
        value = t.toDouble(&ok);
    }
    if (!ok || !std::isfinite(value) || value <= 0)
        return std::nullopt;
    return value;
}

int PairwiseMatrixModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_size;
}

int PairwiseMatrixModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_size;
}

QVariant PairwiseMatrixModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const int i = index.row();
    const int j = index.column();
    const PairwiseMatrix &m = m_analysis.matrix;
    const bool diagonal = i == j;
    const bool known = m.isKnown(i, j);
    // Unpacked at once: GCC -O3 reports a false "maybe uninitialized" on the optional's value.
    const std::optional<double> inferredCell =
        known ? std::nullopt : m_analysis.inferredValue(i, j);
    const bool inferred = inferredCell.has_value();
    const double inferredValue = inferredCell.value_or(1.0);
    const bool suggested = !diagonal && m_analysis.isSuggested(i, j);

    switch (role) {
    case Qt::DisplayRole:
        if (diagonal)
            return QStringLiteral("1");
        if (known)
            return SaatyScale::toFraction(m.values()(i, j));
        if (inferred) // an estimate: three digits say enough
            return inferredValue >= 1
                       ? QString::number(inferredValue, 'g', 3)
                       : QStringLiteral("1/") + QString::number(1.0 / inferredValue, 'g', 3);
        return QString();
    case Qt::EditRole:
        return known ? SaatyScale::toFraction(m.values()(i, j)) : QString();
    case ValueRole:
        return known ? QVariant(m.values()(i, j)) : QVariant();
    case InferredRole:
        return inferred ? QVariant(inferredValue) : QVariant();
    case SuggestedRole:
        return suggested;
    case Qt::TextAlignmentRole:
        return QVariant(Qt::AlignCenter);
    case Qt::FontRole:
        if (inferred) {
            QFont font;
            font.setItalic(true);
            return font;
        }
        return {};
    case Qt::ForegroundRole:
        if (diagonal || inferred || i > j)
            return Palette::secondaryText();
        return {};
    case Qt::BackgroundRole:
        if (diagonal)
            return Palette::diagonalCell();
        if (suggested)
            return Palette::suggestedCell();
        if (i > j)
            return Palette::mirroredCell();
        return {};
    case Qt::ToolTipRole:
        if (inferred)
            return tr("inferred: %1").arg(QString::number(inferredValue, 'g', 3));
        if (suggested) {
            for (const JudgementSuggestion &s : m_analysis.suggestions) {
                if ((s.row == i && s.column == j) || (s.row == j && s.column == i))
                    return tr("Revisit this judgement: %1 would give CR %2")
                        .arg(SaatyScale::toFraction(s.row == i ? s.suggested : 1.0 / s.suggested),
                             DisplayFormat(QLocale::c()).score(s.crAfter));
            }
        }
        if (!diagonal && !known && i < j && !isReadOnly())
            return tr("Not judged yet: type a value such as 3 or 1/3");
        return {};
    default:
        return {};
    }
}

bool PairwiseMatrixModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole || !checkIndex(index, CheckIndexOption::IndexIsValid) ||
        !(flags(index) & Qt::ItemIsEditable))
        return false;
    const JudgementKey key{m_path, m_evaluator, index.row(), index.column()};
    const std::optional<double> current = m_session->judgement(key);
    const QString text = value.toString().trimmed();
    if (text.isEmpty()) {
        if (current)
            m_session->undoStack()->push(new ClearJudgement(m_session, key));
        return true;
    }
    const std::optional<double> parsed = parseJudgement(text);
    if (!parsed) {
        emit editRejected(
            tr("“%1” is not a judgement: type a value such as 3, 1/3 or 0.5.").arg(text));
        return false;
    }
    PairwiseMatrix check = m_analysis.matrix;
    if (Status s = check.setJudgement(index.row(), index.column(), *parsed); !s) {
        emit editRejected(s.error().message());
        return false;
    }
    const double stored = check.values()(index.row(), index.column());
    if (current && std::abs(*current - stored) <= 1e-12)
        return true;
    m_session->undoStack()->push(new SetJudgement(m_session, key, stored));
    return true;
}

QVariant PairwiseMatrixModel::headerData(int section, Qt::Orientation, int role) const
{
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    const QStringList names = criteria();
    return section >= 0 && section < names.size() ? QVariant(names.at(section)) : QVariant();
}

Qt::ItemFlags PairwiseMatrixModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    Qt::ItemFlags f = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    if (index.row() < index.column() && !isReadOnly())
        f |= Qt::ItemIsEditable;
    return f;
}

} // namespace valuedesk
