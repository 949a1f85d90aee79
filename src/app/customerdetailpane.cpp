#include "customerdetailpane.h"

#include "customerprofileform.h"
#include "document.h"
#include "typedrecordpanel.h"

#include <QEvent>
#include <QLabel>
#include <QTabWidget>
#include <QVBoxLayout>

namespace valuedesk {

CustomerDetailPane::CustomerDetailPane(QWidget *parent)
    : QWidget(parent), m_title(new QLabel(this)), m_tabs(new QTabWidget(this)),
      m_profile(new CustomerProfileForm(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.3);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_title);
    layout->addWidget(m_tabs);
    m_tabs->addTab(m_profile, QString());
    retranslate();
}

void CustomerDetailPane::setDocument(Document *document)
{
    // The record panels hold typed models bound to one document; rebuild them per file.
    while (m_tabs->count() > 1) {
        QWidget *page = m_tabs->widget(1);
        m_tabs->removeTab(1);
        delete page;
    }
    m_panels.clear();
    m_document = document;
    m_profile->setDocument(document);
    if (document) {
        m_panels = {new TypedRecordPanel<Transaction>(document, this),
                    new TypedRecordPanel<Interaction>(document, this),
                    new TypedRecordPanel<SurveyScore>(document, this),
                    new TypedRecordPanel<Balance>(document, this)};
        for (RecordPanel *panel : m_panels)
            m_tabs->addTab(panel, QString());
        connect(document, &Document::customerChanged, this, [this](qint64 id) {
            if (id == m_customerId)
                updateTitle();
        });
    }
    m_customerId = 0;
    retranslate();
    setCustomer(0);
}

void CustomerDetailPane::setCustomer(qint64 customerId)
{
    m_customerId = customerId;
    m_profile->setCustomer(customerId);
    for (RecordPanel *panel : m_panels)
        panel->setCustomer(customerId);
    updateTitle();
}

RecordPanel *CustomerDetailPane::panel(Tab tab) const
{
    const int index = static_cast<int>(tab) - 1;
    return index >= 0 && index < m_panels.size() ? m_panels.at(index) : nullptr;
}

void CustomerDetailPane::updateTitle()
{
    if (!m_document || m_customerId <= 0) {
        m_title->setText(m_document ? tr("No customer selected") : QString());
        return;
    }
    auto customer = m_document->customers().byId(m_customerId);
    m_title->setText(customer ? QStringLiteral("%1  ·  %2").arg(customer->name, customer->code)
                              : QString());
}

void CustomerDetailPane::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void CustomerDetailPane::retranslate()
{
    m_tabs->setTabText(ProfileTab, tr("Profile"));
    const QStringList names = {tr("Transactions"), tr("Interactions"), tr("Survey scores"),
                               tr("Balances")};
    for (int i = 0; i < m_panels.size(); ++i)
        m_tabs->setTabText(i + 1, names.at(i));
    updateTitle();
}

} // namespace valuedesk
