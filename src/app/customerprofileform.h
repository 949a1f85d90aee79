#pragma once

#include "customer.h"

#include <QWidget>

#include <memory>

class QStandardItemModel;

namespace Ui {
class CustomerProfileForm;
}

namespace valuedesk {

class Document;

// Edits one customer's profile. Apply writes through Document::editCustomer, so each applied edit
// is one undo step; Revert shows the stored values again.
class CustomerProfileForm final : public QWidget
{
    Q_OBJECT

public:
    explicit CustomerProfileForm(QWidget *parent = nullptr);
    ~CustomerProfileForm() override;

    void setDocument(Document *document);
    void setCustomer(qint64 customerId); // 0 clears
    qint64 customerId() const { return m_customer.id; }
    Customer editedCustomer() const;
    bool hasChanges() const;
    bool apply(); // false (and the reason shown) when the edit was refused

protected:
    void changeEvent(QEvent *event) override;

private:
    void load();
    void applyReadOnly();
    void show(const Customer &customer);
    void updateButtons();
    void fillStatusCombo();

    std::unique_ptr<Ui::CustomerProfileForm> m_ui;
    QStandardItemModel *m_attributes;
    Document *m_document = nullptr;
    Customer m_customer;
    bool m_loading = false;
};

} // namespace valuedesk
