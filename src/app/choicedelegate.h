#pragma once

#include <QStyledItemDelegate>

#include <functional>

namespace valuedesk {

// Edits a cell with a combo box of (value, label) choices computed per cell; writes the chosen
// value with EditRole.
class ChoiceDelegate final : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using Choices = std::function<QVector<QPair<QVariant, QString>>(const QModelIndex &)>;

    ChoiceDelegate(Choices choices, QObject *parent = nullptr);

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option,
                          const QModelIndex &index) const override;
    void setEditorData(QWidget *editor, const QModelIndex &index) const override;
    void setModelData(QWidget *editor, QAbstractItemModel *model,
                      const QModelIndex &index) const override;

private:
    Choices m_choices;
};

} // namespace valuedesk
