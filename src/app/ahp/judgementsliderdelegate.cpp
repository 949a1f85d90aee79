#include "judgementsliderdelegate.h"

#include "ahp/pairwisequestionmodel.h"

#include <QSignalBlocker>
#include <QSlider>

namespace valuedesk {

JudgementSliderDelegate::JudgementSliderDelegate(QObject *parent) : QStyledItemDelegate(parent) {}

QWidget *JudgementSliderDelegate::createEditor(QWidget *parent, const QStyleOptionViewItem &,
                                               const QModelIndex &index) const
{
    auto *slider = new QSlider(Qt::Horizontal, parent);
    slider->setObjectName(QStringLiteral("judgementSlider"));
    slider->setRange(-PairwiseQuestionModel::maxPosition, PairwiseQuestionModel::maxPosition);
    slider->setPageStep(2);
    slider->setTickPosition(QSlider::TicksBelow);
    slider->setTickInterval(1);
    slider->setAutoFillBackground(true);
    slider->setEnabled(index.flags() & Qt::ItemIsEditable);
    auto *self = const_cast<JudgementSliderDelegate *>(this);
    connect(slider, &QSlider::valueChanged, self,
            [self, slider]() { emit self->commitData(slider); });
    return slider;
}

void JudgementSliderDelegate::setEditorData(QWidget *editor, const QModelIndex &index) const
{
    auto *slider = static_cast<QSlider *>(editor);
    const int position = index.data(PairwiseQuestionModel::PositionRole).toInt();
    slider->setEnabled(index.flags() & Qt::ItemIsEditable);
    if (slider->value() != position) {
        const QSignalBlocker blocker(slider);
        slider->setValue(position);
    }
}

void JudgementSliderDelegate::setModelData(QWidget *editor, QAbstractItemModel *model,
                                           const QModelIndex &index) const
{
    model->setData(index, static_cast<QSlider *>(editor)->value(), Qt::EditRole);
}

void JudgementSliderDelegate::updateEditorGeometry(QWidget *editor,
                                                   const QStyleOptionViewItem &option,
                                                   const QModelIndex &) const
{
    editor->setGeometry(option.rect.adjusted(4, 0, -4, 0));
}

QSize JudgementSliderDelegate::sizeHint(const QStyleOptionViewItem &option,
                                        const QModelIndex &index) const
{
    QSize size = QStyledItemDelegate::sizeHint(option, index);
    size.setWidth(std::max(size.width(), 260));
    size.setHeight(std::max(size.height(), 30));
    return size;
}

} // namespace valuedesk
