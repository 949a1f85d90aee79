#include "customerlistpane.h"

#include "customerlistmodel.h"
#include "document.h"
#include "palette.h"

#include <QEvent>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace valuedesk {

CustomerListPane::CustomerListPane(QWidget *parent)
    : QWidget(parent), m_search(new QLineEdit(this)), m_error(new QLabel(this)),
      m_view(new QTableView(this)), m_searchDelay(new QTimer(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_search);
    layout->addWidget(m_error);
    layout->addWidget(m_view);
    m_error->setObjectName(QStringLiteral("customerListError"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(Palette::textStyleSheet(Palette::error()));
    m_error->hide();

    m_search->setClearButtonEnabled(true);
    m_search->setObjectName(QStringLiteral("customerSearch"));
    m_view->setObjectName(QStringLiteral("customerTable"));
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setSortingEnabled(true);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->setVisible(false);
    // Fixed row height: the view never measures all rows, which keeps 100 000 rows instant.
    m_view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 8);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->horizontalHeader()->setContextMenuPolicy(Qt::CustomContextMenu);
    m_view->horizontalHeader()->setSectionsMovable(true);
    connect(m_view->horizontalHeader(), &QHeaderView::customContextMenuRequested, this,
            &CustomerListPane::showColumnMenu);

    // Searching 100 000 rows is one SQL query; wait for a pause in typing before running it.
    m_searchDelay->setSingleShot(true);
    m_searchDelay->setInterval(200);
    connect(m_search, &QLineEdit::textChanged, m_searchDelay, qOverload<>(&QTimer::start));
    connect(m_searchDelay, &QTimer::timeout, this, [this]() {
        if (m_model)
            m_model->setSearchText(m_search->text());
    });
    retranslate();
}

void CustomerListPane::setDocument(Document *document)
{
    const QByteArray header = m_model ? headerState() : QByteArray();
    m_view->setModel(nullptr);
    delete m_model;
    m_model = nullptr;
    m_lastEmitted = -1;
    if (!document) {
        emit countsChanged(0, 0);
        emit currentCustomerChanged(0);
        return;
    }
    m_error->hide();
    m_model = new CustomerListModel(document, this);
    m_model->setSearchText(m_search->text());
    m_view->setModel(m_model);
    m_view->horizontalHeader()->setSortIndicator(CustomerListModel::Code, Qt::AscendingOrder);
    m_view->setColumnWidth(CustomerListModel::Code, 90);
    m_view->setColumnWidth(CustomerListModel::Name, 260);
    if (!header.isEmpty())
        restoreHeaderState(header);
    connect(m_model, &CustomerListModel::countsChanged, this, [this](int shown, int total) {
        m_error->hide();
        emit countsChanged(shown, total);
    });
    connect(m_model, &CustomerListModel::loadFailed, this, [this](const QString &message) {
        m_error->setText(message);
        m_error->show();
    });
    // A reload (after an edit, undo or import) keeps the same customer selected.
    connect(m_model, &QAbstractItemModel::modelAboutToBeReset, this,
            [this]() { m_selectedBeforeReset = currentCustomerId(); });
    connect(m_model, &QAbstractItemModel::modelReset, this, [this]() {
        const int row = m_selectedBeforeReset > 0 ? m_model->rowOf(m_selectedBeforeReset) : -1;
        if (row >= 0)
            m_view->setCurrentIndex(m_model->index(row, 0));
        emitCurrent();
    });
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &CustomerListPane::emitCurrent);
    emit countsChanged(m_model->rowCount(), m_model->totalCount());
    if (!m_model->lastError().isEmpty()) {
        m_error->setText(m_model->lastError());
        m_error->show();
    }
    if (m_model->rowCount() > 0)
        m_view->selectRow(0);
    emitCurrent();
}

qint64 CustomerListPane::currentCustomerId() const
{
    if (!m_model)
        return 0;
    const QModelIndex current = m_view->currentIndex();
    return current.isValid() ? m_model->customerIdAt(current.row()) : 0;
}

void CustomerListPane::selectCustomer(qint64 customerId)
{
    if (!m_model)
        return;
    int row = m_model->rowOf(customerId);
    if (row < 0 && !m_search->text().isEmpty()) {
        // The customer may be hidden by the search; show everything so it can be selected.
        m_search->clear();
        m_model->setSearchText(QString());
        row = m_model->rowOf(customerId);
    }
    if (row >= 0) {
        m_view->selectRow(row);
        m_view->scrollTo(m_model->index(row, 0));
    }
}

QByteArray CustomerListPane::headerState() const
{
    return m_view->horizontalHeader()->saveState();
}

void CustomerListPane::restoreHeaderState(const QByteArray &state)
{
    m_view->horizontalHeader()->restoreState(state);
}

void CustomerListPane::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void CustomerListPane::retranslate()
{
    m_search->setPlaceholderText(tr("Search code, name, industry, region or account manager"));
}

void CustomerListPane::showColumnMenu(const QPoint &position)
{
    if (!m_model)
        return;
    QMenu menu(this);
    menu.addSection(tr("Columns"));
    QHeaderView *header = m_view->horizontalHeader();
    for (int c = 0; c < m_model->columnCount(); ++c) {
        QAction *action = menu.addAction(m_model->headerData(c, Qt::Horizontal).toString());
        action->setCheckable(true);
        action->setChecked(!header->isSectionHidden(c));
        // The code column identifies the customer; it always stays.
        action->setEnabled(c != CustomerListModel::Code);
        connect(action, &QAction::toggled, header,
                [header, c](bool visible) { header->setSectionHidden(c, !visible); });
    }
    menu.exec(header->mapToGlobal(position));
}

void CustomerListPane::emitCurrent()
{
    const qint64 id = currentCustomerId();
    if (id == m_lastEmitted)
        return;
    m_lastEmitted = id;
    emit currentCustomerChanged(id);
}

} // namespace valuedesk
