#include "newcustomerdialog.h"

#include "document.h"
#include "palette.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

namespace valuedesk {

NewCustomerDialog::NewCustomerDialog(Document *document, QWidget *parent)
    : QDialog(parent), m_document(document), m_code(new QLineEdit(this)),
      m_name(new QLineEdit(this)), m_industry(new QLineEdit(this)), m_region(new QLineEdit(this)),
      m_manager(new QLineEdit(this)), m_status(new QComboBox(this)), m_error(new QLabel(this))
{
    setWindowTitle(tr("New Customer"));
    auto *layout = new QVBoxLayout(this);
    auto *form = new QFormLayout;
    form->addRow(tr("Customer &code:"), m_code);
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&Industry:"), m_industry);
    form->addRow(tr("&Region:"), m_region);
    form->addRow(tr("Account &manager:"), m_manager);
    form->addRow(tr("&Status:"), m_status);
    for (CustomerStatus s : {CustomerStatus::Active, CustomerStatus::Prospect, CustomerStatus::Lost})
        m_status->addItem(statusDisplayName(s), static_cast<int>(s));
    layout->addLayout(form);
    m_error->setStyleSheet(Palette::textStyleSheet(Palette::error()));
    m_error->setWordWrap(true);
    layout->addWidget(m_error);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    setMinimumWidth(400);
}

void NewCustomerDialog::accept()
{
    Customer c;
    c.code = m_code->text().trimmed();
    c.name = m_name->text().trimmed();
    c.industry = m_industry->text().trimmed();
    c.region = m_region->text().trimmed();
    c.manager = m_manager->text().trimmed();
    c.status = static_cast<CustomerStatus>(m_status->currentData().toInt());
    c.tenureStart = QDate::currentDate();
    auto added = m_document->addCustomer(c);
    if (!added) {
        m_error->setText(added.error().message());
        return;
    }
    m_customerId = *added;
    QDialog::accept();
}

} // namespace valuedesk
