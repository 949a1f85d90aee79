#include "evaluationfilterbar.h"

#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTimer>

#include <algorithm>

namespace valuedesk {

namespace {

// Item 0 of each value combo is "any" (data: empty string).
void fillValues(QComboBox *combo, QStringList values)
{
    const QString chosen = combo->currentData().toString();
    values.removeAll(QString());
    values.removeDuplicates();
    std::sort(values.begin(), values.end(),
              [](const QString &a, const QString &b) { return a.localeAwareCompare(b) < 0; });
    const QSignalBlocker blocker(combo);
    while (combo->count() > 1)
        combo->removeItem(1);
    for (const QString &value : std::as_const(values))
        combo->addItem(value, value);
    const int index = combo->findData(chosen);
    combo->setCurrentIndex(index > 0 ? index : 0);
}

} // namespace

EvaluationFilterBar::EvaluationFilterBar(QWidget *parent)
    : QWidget(parent), m_industry(new QComboBox(this)), m_region(new QComboBox(this)),
      m_manager(new QComboBox(this)), m_status(new QComboBox(this)),
      m_completeness(new QComboBox(this)), m_search(new QLineEdit(this)),
      m_selection(new QLabel(this)), m_clearSelection(new QPushButton(this)),
      m_searchDelay(new QTimer(this))
{
    m_manager->setObjectName(QStringLiteral("managerFilter"));
    m_region->setObjectName(QStringLiteral("regionFilter"));
    for (QComboBox *combo : {m_industry, m_region, m_manager}) {
        combo->addItem(QString(), QString());
        combo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    }
    m_status->addItem(QString(), QString());
    for (CustomerStatus s :
         {CustomerStatus::Active, CustomerStatus::Prospect, CustomerStatus::Lost})
        m_status->addItem(QString(), statusId(s));
    for (double share : {0.0, 0.5, 0.75, 1.0})
        m_completeness->addItem(QString(), share);
    m_search->setClearButtonEnabled(true);
    m_search->setMaximumWidth(220);
    m_searchDelay->setSingleShot(true);
    m_searchDelay->setInterval(250);
    m_selection->setObjectName(QStringLiteral("selectionLabel"));

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    for (QWidget *w : std::initializer_list<QWidget *>{m_industry, m_region, m_manager, m_status,
                                                       m_completeness, m_search})
        layout->addWidget(w);
    layout->addStretch(1);
    layout->addWidget(m_selection);
    layout->addWidget(m_clearSelection);

    for (QComboBox *combo : {m_industry, m_region, m_manager, m_status, m_completeness})
        connect(combo, &QComboBox::currentIndexChanged, this, &EvaluationFilterBar::filterChanged);
    connect(m_search, &QLineEdit::textChanged, m_searchDelay, qOverload<>(&QTimer::start));
    connect(m_searchDelay, &QTimer::timeout, this, &EvaluationFilterBar::filterChanged);
    connect(m_clearSelection, &QPushButton::clicked, this, [this]() {
        setSelection({});
        emit filterChanged();
    });
    retranslate();
    updateSelectionLabel();
}

void EvaluationFilterBar::setCustomers(const QVector<EvaluatedCustomer> &customers)
{
    QStringList industries;
    QStringList regions;
    QStringList managers;
    for (const EvaluatedCustomer &c : customers) {
        industries.append(c.industry);
        regions.append(c.region);
        managers.append(c.manager);
    }
    fillValues(m_industry, industries);
    fillValues(m_region, regions);
    fillValues(m_manager, managers);
}

EvaluationFilterProxyModel::Filter EvaluationFilterBar::filter() const
{
    EvaluationFilterProxyModel::Filter f;
    f.industry = m_industry->currentData().toString();
    f.region = m_region->currentData().toString();
    f.manager = m_manager->currentData().toString();
    f.status = m_status->currentData().toString();
    f.minCompleteness = m_completeness->currentData().toDouble();
    f.text = m_search->text().trimmed();
    f.restrictToCustomers = !m_selected.isEmpty();
    f.customers = m_selected;
    return f;
}

void EvaluationFilterBar::setSelection(const QSet<qint64> &customers)
{
    m_selected = customers;
    updateSelectionLabel();
}

void EvaluationFilterBar::clear()
{
    for (QComboBox *combo : {m_industry, m_region, m_manager, m_status, m_completeness}) {
        const QSignalBlocker blocker(combo);
        combo->setCurrentIndex(0);
    }
    const QSignalBlocker blocker(m_search);
    m_search->clear();
    m_selected.clear();
    updateSelectionLabel();
}

void EvaluationFilterBar::updateSelectionLabel()
{
    m_selection->setVisible(!m_selected.isEmpty());
    m_clearSelection->setVisible(!m_selected.isEmpty());
    m_selection->setText(
        tr("%n customer(s) selected on the chart", nullptr, static_cast<int>(m_selected.size())));
}

void EvaluationFilterBar::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        updateSelectionLabel();
    }
    QWidget::changeEvent(event);
}

void EvaluationFilterBar::retranslate()
{
    m_industry->setItemText(0, tr("All industries"));
    m_region->setItemText(0, tr("All regions"));
    m_manager->setItemText(0, tr("All managers"));
    m_status->setItemText(0, tr("Any status"));
    const CustomerStatus statuses[] = {CustomerStatus::Active, CustomerStatus::Prospect,
                                       CustomerStatus::Lost};
    for (int i = 0; i < 3; ++i)
        m_status->setItemText(i + 1, statusDisplayName(statuses[i]));
    m_completeness->setItemText(0, tr("Any data completeness"));
    m_completeness->setItemText(1, tr("Data ≥ 50 %"));
    m_completeness->setItemText(2, tr("Data ≥ 75 %"));
    m_completeness->setItemText(3, tr("Complete data only"));
    m_completeness->setToolTip(
        tr("Keep customers whose scores rest on real data for at least this share of indicators"));
    m_search->setPlaceholderText(tr("Search code or name"));
    m_clearSelection->setText(tr("Clear selection"));
}

} // namespace valuedesk
