#pragma once

#include "ahp/ahpnodeedits.h"
#include "ahp/pairwisematrix.h"

#include <QAbstractTableModel>

#include <optional>

namespace valuedesk {

class AhpModelSession;

// The questionnaire form of one judgement matrix: one row per pair (A, B) with i < j, the
// judgement as a signed slider position and its verbal meaning. Position −8 is "A extremely more
// important" (a_ij = 9), 0 is equal, +8 is "B extremely more important" (a_ij = 1/9).
class PairwiseQuestionModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { CriterionA, Judgement, CriterionB, Meaning, ColumnCount };
    enum Role {
        ValueRole = Qt::UserRole + 1, // a_ij as a double, invalid when missing
        PositionRole,                 // int −8..8 (0 when missing)
        JudgedRole,                   // bool
    };
    static constexpr int maxPosition = 8;

    explicit PairwiseQuestionModel(QObject *parent = nullptr);

    void setSource(AhpModelSession *session, const NodePath &path, int evaluator);
    bool isReadOnly() const;
    QPair<int, int> pairAt(int row) const;

    static int positionOf(double judgement);
    static double judgementAt(int position);
    // "A: strong importance" / "equal importance".
    static QString meaning(int position, const QString &a, const QString &b);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

private:
    void refresh();
    int size() const;
    QString childName(int k) const;
    std::optional<double> judgement(int row) const;

    AhpModelSession *m_session = nullptr;
    NodePath m_path;
    int m_evaluator = 0;
    int m_rows = 0;
    bool m_group = false;
    PairwiseMatrix m_matrix; // the evaluator's, or the group's aggregated judgements
};

} // namespace valuedesk
