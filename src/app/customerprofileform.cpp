#include "customerprofileform.h"

#include "document.h"
#include "ui_customerprofileform.h"

#include <QStandardItemModel>

namespace valuedesk {

CustomerProfileForm::CustomerProfileForm(QWidget *parent)
    : QWidget(parent), m_ui(std::make_unique<Ui::CustomerProfileForm>()),
      m_attributes(new QStandardItemModel(0, 2, this))
{
    m_ui->setupUi(this);
    m_ui->attributesView->setModel(m_attributes);
    m_ui->attributesView->horizontalHeader()->setStretchLastSection(true);
    m_ui->attributesView->verticalHeader()->setVisible(false);
    m_ui->sinceEdit->setDate(QDate::currentDate());
    fillStatusCombo();

    for (QLineEdit *edit : {m_ui->codeEdit, m_ui->nameEdit, m_ui->industryEdit, m_ui->regionEdit,
                            m_ui->managerEdit, m_ui->contactEdit})
        connect(edit, &QLineEdit::textChanged, this, &CustomerProfileForm::updateButtons);
    connect(m_ui->notesEdit, &QPlainTextEdit::textChanged, this,
            &CustomerProfileForm::updateButtons);
    connect(m_ui->sinceCheck, &QCheckBox::toggled, this, [this](bool on) {
        m_ui->sinceEdit->setEnabled(on);
        updateButtons();
    });
    connect(m_ui->sinceEdit, &QDateEdit::dateChanged, this, &CustomerProfileForm::updateButtons);
    connect(m_ui->statusCombo, &QComboBox::currentIndexChanged, this,
            &CustomerProfileForm::updateButtons);
    connect(m_attributes, &QStandardItemModel::dataChanged, this,
            &CustomerProfileForm::updateButtons);
    connect(m_attributes, &QStandardItemModel::rowsRemoved, this,
            &CustomerProfileForm::updateButtons);
    connect(m_ui->addAttributeButton, &QPushButton::clicked, this, [this]() {
        m_attributes->appendRow({new QStandardItem(tr("New attribute")), new QStandardItem()});
        m_ui->attributesView->edit(m_attributes->index(m_attributes->rowCount() - 1, 0));
    });
    connect(m_ui->removeAttributeButton, &QPushButton::clicked, this, [this]() {
        const QModelIndex current = m_ui->attributesView->currentIndex();
        if (current.isValid())
            m_attributes->removeRow(current.row());
    });
    connect(m_ui->applyButton, &QPushButton::clicked, this, &CustomerProfileForm::apply);
    connect(m_ui->revertButton, &QPushButton::clicked, this, [this]() { show(m_customer); });
    setCustomer(0);
}

CustomerProfileForm::~CustomerProfileForm() = default;

void CustomerProfileForm::fillStatusCombo()
{
    const int current = m_ui->statusCombo->currentIndex();
    m_ui->statusCombo->blockSignals(true);
    m_ui->statusCombo->clear();
    for (CustomerStatus s :
         {CustomerStatus::Active, CustomerStatus::Prospect, CustomerStatus::Lost})
        m_ui->statusCombo->addItem(statusDisplayName(s), static_cast<int>(s));
    m_ui->statusCombo->setCurrentIndex(std::max(0, current));
    m_ui->statusCombo->blockSignals(false);
    m_attributes->setHorizontalHeaderLabels({tr("Attribute"), tr("Value")});
}

void CustomerProfileForm::setDocument(Document *document)
{
    if (m_document)
        disconnect(m_document, nullptr, this, nullptr);
    m_document = document;
    if (document) {
        connect(document, &Document::customerChanged, this, [this](qint64 id) {
            if (id == m_customer.id)
                load();
        });
    }
    setCustomer(0);
}

void CustomerProfileForm::setCustomer(qint64 customerId)
{
    m_customer = Customer();
    m_customer.id = customerId;
    load();
}

void CustomerProfileForm::load()
{
    Customer customer;
    if (m_document && m_customer.id > 0) {
        auto loaded = m_document->customers().byId(m_customer.id);
        if (loaded)
            customer = *loaded;
    }
    m_customer = customer;
    setEnabled(customer.id > 0);
    show(customer);
    applyReadOnly();
}

// A file opened read-only (another program holds it, or it cannot be written) is shown, not
// edited: the fields stay selectable for copying, nothing offers a change that would fail.
void CustomerProfileForm::applyReadOnly()
{
    const bool readOnly = m_document && m_document->isReadOnly();
    for (QLineEdit *edit : {m_ui->codeEdit, m_ui->nameEdit, m_ui->industryEdit, m_ui->regionEdit,
                            m_ui->managerEdit, m_ui->contactEdit})
        edit->setReadOnly(readOnly);
    m_ui->notesEdit->setReadOnly(readOnly);
    m_ui->sinceCheck->setEnabled(!readOnly);
    m_ui->sinceEdit->setReadOnly(readOnly);
    m_ui->statusCombo->setEnabled(!readOnly);
    m_ui->attributesView->setEditTriggers(readOnly ? QAbstractItemView::NoEditTriggers
                                                   : QAbstractItemView::DoubleClicked |
                                                         QAbstractItemView::EditKeyPressed |
                                                         QAbstractItemView::AnyKeyPressed);
    for (QWidget *button :
         {static_cast<QWidget *>(m_ui->addAttributeButton),
          static_cast<QWidget *>(m_ui->removeAttributeButton),
          static_cast<QWidget *>(m_ui->applyButton), static_cast<QWidget *>(m_ui->revertButton)})
        button->setVisible(!readOnly);
}

void CustomerProfileForm::show(const Customer &c)
{
    m_loading = true;
    m_ui->codeEdit->setText(c.code);
    m_ui->nameEdit->setText(c.name);
    m_ui->industryEdit->setText(c.industry);
    m_ui->regionEdit->setText(c.region);
    m_ui->managerEdit->setText(c.manager);
    m_ui->contactEdit->setText(c.contact);
    m_ui->sinceCheck->setChecked(c.tenureStart.isValid());
    m_ui->sinceEdit->setEnabled(c.tenureStart.isValid());
    if (c.tenureStart.isValid())
        m_ui->sinceEdit->setDate(c.tenureStart);
    m_ui->statusCombo->setCurrentIndex(m_ui->statusCombo->findData(static_cast<int>(c.status)));
    m_ui->notesEdit->setPlainText(c.notes);
    m_attributes->removeRows(0, m_attributes->rowCount());
    for (auto it = c.attributes.constBegin(); it != c.attributes.constEnd(); ++it)
        m_attributes->appendRow({new QStandardItem(it.key()), new QStandardItem(it.value())});
    m_ui->errorLabel->clear();
    m_loading = false;
    updateButtons();
}

Customer CustomerProfileForm::editedCustomer() const
{
    Customer c = m_customer;
    c.code = m_ui->codeEdit->text().trimmed();
    c.name = m_ui->nameEdit->text().trimmed();
    c.industry = m_ui->industryEdit->text().trimmed();
    c.region = m_ui->regionEdit->text().trimmed();
    c.manager = m_ui->managerEdit->text().trimmed();
    c.contact = m_ui->contactEdit->text().trimmed();
    c.tenureStart = m_ui->sinceCheck->isChecked() ? m_ui->sinceEdit->date() : QDate();
    c.status = static_cast<CustomerStatus>(m_ui->statusCombo->currentData().toInt());
    c.notes = m_ui->notesEdit->toPlainText();
    c.attributes.clear();
    for (int r = 0; r < m_attributes->rowCount(); ++r) {
        const QString name = m_attributes->item(r, 0)->text().trimmed();
        if (!name.isEmpty())
            c.attributes.insert(name, m_attributes->item(r, 1) ? m_attributes->item(r, 1)->text()
                                                               : QString());
    }
    return c;
}

bool CustomerProfileForm::hasChanges() const
{
    return m_customer.id > 0 && editedCustomer() != m_customer;
}

void CustomerProfileForm::updateButtons()
{
    if (m_loading)
        return;
    const bool changed = hasChanges();
    m_ui->applyButton->setEnabled(changed);
    m_ui->revertButton->setEnabled(changed);
}

bool CustomerProfileForm::apply()
{
    if (!m_document || !hasChanges())
        return true;
    const Status saved = m_document->editCustomer(editedCustomer());
    if (!saved) {
        m_ui->errorLabel->setText(saved.error().message());
        return false;
    }
    load();
    return true;
}

void CustomerProfileForm::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        fillStatusCombo();
    }
    QWidget::changeEvent(event);
}

} // namespace valuedesk
