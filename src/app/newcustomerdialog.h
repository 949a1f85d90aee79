#pragma once

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;

namespace valuedesk {

class Document;

// Asks for the essentials of a new customer and adds it (one undo step).
class NewCustomerDialog final : public QDialog
{
    Q_OBJECT

public:
    explicit NewCustomerDialog(Document *document, QWidget *parent = nullptr);

    qint64 customerId() const { return m_customerId; }
    void accept() override;

private:
    Document *m_document;
    QLineEdit *m_code;
    QLineEdit *m_name;
    QLineEdit *m_industry;
    QLineEdit *m_region;
    QLineEdit *m_manager;
    QComboBox *m_status;
    QLabel *m_error;
    qint64 m_customerId = 0;
};

} // namespace valuedesk
