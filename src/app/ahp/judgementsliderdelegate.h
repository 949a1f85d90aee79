#pragma once

#include <QStyledItemDelegate>

namespace valuedesk {

// The questionnaire's "A ◀ 9 … 1 … 9 ▶ B" slider (positions −8..8) for
// PairwiseQuestionModel::Judgement cells. Every move is committed at once, so the weights follow
// the slider; consecutive moves of one slider merge into one undo step.
class JudgementSliderDelegate final : public QStyledItemDelegate
{
    Q_OBJECT

public:
    explicit JudgementSliderDelegate(QObject *parent = nullptr);

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option,
                          const QModelIndex &index) const override;
    void setEditorData(QWidget *editor, const QModelIndex &index) const override;
    void setModelData(QWidget *editor, QAbstractItemModel *model,
                      const QModelIndex &index) const override;
    void updateEditorGeometry(QWidget *editor, const QStyleOptionViewItem &option,
                              const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
};

} // namespace valuedesk
