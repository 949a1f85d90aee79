#pragma once

#include "ahp/ahpnodeanalysis.h"
#include "ahp/ahpnodeedits.h"

#include <QAbstractTableModel>

#include <optional>

namespace valuedesk {

class AhpModelSession;

// The judgement matrix of one parent node for one evaluator (or the group's aggregated one,
// read-only): n × n, the upper triangle editable, the lower showing reciprocals, the diagonal 1.
// Values read as fractions ("1/3"); missing judgements are empty or show the inferred value in
// italics. When the matrix is inconsistent the three judgements to revisit are highlighted.
// setData() pushes SetJudgement (or ClearJudgement for an empty text).
class PairwiseMatrixModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Role {
        ValueRole = Qt::UserRole + 1, // the judgement as a double, invalid when missing
        InferredRole,                 // the completed value of a missing judgement
        SuggestedRole,                // bool: one of the top three to revisit
    };

    explicit PairwiseMatrixModel(QObject *parent = nullptr);

    // A parent node of the session and an evaluator index (NodeAnalysis::group for the group).
    void setSource(AhpModelSession *session, const NodePath &path, int evaluator);
    AhpModelSession *session() const { return m_session; }
    const NodePath &path() const { return m_path; }
    int evaluator() const { return m_evaluator; }
    bool isReadOnly() const;
    const NodeAnalysis &analysis() const { return m_analysis; }

    // "1/3", "3", "0.333", "1:3"; nullopt for text that is not a positive number.
    static std::optional<double> parseJudgement(const QString &text);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

signals:
    void editRejected(const QString &message); // a typed value that is not a judgement
    void analysisChanged();

private:
    void refresh();
    QStringList criteria() const;

    AhpModelSession *m_session = nullptr;
    NodePath m_path;
    int m_evaluator = 0;
    int m_size = 0;
    NodeAnalysis m_analysis;
};

} // namespace valuedesk
