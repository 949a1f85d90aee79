#include "recordpanel.h"

#include "palette.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

namespace valuedesk {

RecordPanel::RecordPanel(QWidget *parent)
    : QWidget(parent), m_view(new QTableView(this)), m_error(new QLabel(this)),
      m_proxy(new QSortFilterProxyModel(this)), m_add(new QPushButton(this)),
      m_edit(new QPushButton(this)), m_delete(new QPushButton(this))
{
    auto *layout = new QVBoxLayout(this);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_add);
    buttons->addWidget(m_edit);
    buttons->addWidget(m_delete);
    buttons->addStretch();
    layout->addLayout(buttons);
    layout->addWidget(m_error);
    layout->addWidget(m_view);
    m_error->setObjectName(QStringLiteral("recordError"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(Palette::textStyleSheet(Palette::error()));
    m_error->hide();

    m_proxy->setSortRole(Qt::UserRole + 2); // RecordTableModel::SortRole
    m_view->setModel(m_proxy);
    m_view->setSortingEnabled(true);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setAlternatingRowColors(true);
    m_view->verticalHeader()->setVisible(false);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->sortByColumn(0, Qt::DescendingOrder); // newest first
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);

    connect(m_add, &QPushButton::clicked, this, &RecordPanel::addRecord);
    connect(m_edit, &QPushButton::clicked, this, &RecordPanel::editCurrent);
    connect(m_delete, &QPushButton::clicked, this, &RecordPanel::deleteCurrent);
    connect(m_view, &QTableView::doubleClicked, this, &RecordPanel::editCurrent);
    retranslate();
}

void RecordPanel::setSourceModel(QAbstractItemModel *model)
{
    m_proxy->setSourceModel(model);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &RecordPanel::updateButtons);
    connect(model, &QAbstractItemModel::modelReset, this, &RecordPanel::updateButtons);
    updateButtons();
}

QModelIndex RecordPanel::currentSourceIndex() const
{
    return m_proxy->mapToSource(m_view->currentIndex());
}

void RecordPanel::addRecord()
{
    if (hasCustomer() && !isReadOnly())
        add();
}

void RecordPanel::editCurrent()
{
    const QModelIndex index = currentSourceIndex();
    if (index.isValid() && !isReadOnly())
        edit(index.row());
}

void RecordPanel::deleteCurrent()
{
    const QModelIndex index = currentSourceIndex();
    if (!index.isValid() || isReadOnly())
        return;
    const auto answer = QMessageBox::question(this, tr("Delete record"),
                                              tr("Delete the selected record? You can undo this."));
    if (answer == QMessageBox::Yes)
        remove(index.row());
}

void RecordPanel::showError(const QString &message)
{
    QMessageBox::warning(this, tr("ValueDesk"), message);
}

void RecordPanel::updateButtons()
{
    const QString error = loadError();
    m_error->setText(error);
    m_error->setVisible(!error.isEmpty());
    const bool selected = currentSourceIndex().isValid();
    // A read-only file shows its records but offers no change that would fail.
    const bool writable = !isReadOnly();
    m_add->setEnabled(writable && hasCustomer());
    m_edit->setEnabled(writable && selected);
    m_delete->setEnabled(writable && selected);
}

void RecordPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void RecordPanel::retranslate()
{
    m_add->setText(tr("&Add…"));
    m_edit->setText(tr("&Edit…"));
    m_delete->setText(tr("&Delete"));
}

} // namespace valuedesk
