#pragma once

#include <QWidget>

class QLabel;
class QTabWidget;

namespace valuedesk {

class CustomerProfileForm;
class Document;
class RecordPanel;

// Everything about the selected customer: profile, transactions, interactions, survey scores
// and balances, one tab each.
class CustomerDetailPane final : public QWidget
{
    Q_OBJECT

public:
    enum Tab { ProfileTab, TransactionsTab, InteractionsTab, SurveysTab, BalancesTab };

    explicit CustomerDetailPane(QWidget *parent = nullptr);

    void setDocument(Document *document); // nullptr closes
    void setCustomer(qint64 customerId);
    qint64 customerId() const { return m_customerId; }
    CustomerProfileForm *profileForm() const { return m_profile; }
    RecordPanel *panel(Tab tab) const;
    QTabWidget *tabs() const { return m_tabs; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void updateTitle();

    QLabel *m_title;
    QTabWidget *m_tabs;
    CustomerProfileForm *m_profile;
    QVector<RecordPanel *> m_panels; // transactions, interactions, surveys, balances
    Document *m_document = nullptr;
    qint64 m_customerId = 0;
};

} // namespace valuedesk
