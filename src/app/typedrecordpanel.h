#pragma once

#include "document.h"
#include "recordeditdialog.h"
#include "recordpanel.h"
#include "recordtablemodel.h"

namespace valuedesk {

template <typename Record>
class TypedRecordPanel final : public RecordPanel
{
public:
    TypedRecordPanel(Document *document, QWidget *parent = nullptr)
        : RecordPanel(parent), m_document(document),
          m_model(new RecordTableModel<Record>(document, this))
    {
        setSourceModel(m_model);
    }

    void setCustomer(qint64 customerId) override
    {
        m_model->setCustomer(customerId);
        updateButtons();
    }
    RecordTableModel<Record> *model() const { return m_model; }

protected:
    bool hasCustomer() const override { return m_model->customerId() > 0; }
    QString loadError() const override { return m_model->lastError(); }
    bool isReadOnly() const override { return m_document->isReadOnly(); }

    void add() override
    {
        Record record;
        record.customerId = m_model->customerId();
        record.date = QDate::currentDate();
        RecordEditDialog<Record> dialog(record, true, this);
        if (dialog.exec() != QDialog::Accepted)
            return;
        if (auto added = m_document->addRecord(dialog.record()); !added)
            showError(added.error().message());
    }

    void edit(int sourceRow) override
    {
        RecordEditDialog<Record> dialog(m_model->recordAt(sourceRow), false, this);
        if (dialog.exec() != QDialog::Accepted)
            return;
        if (auto edited = m_document->editRecord(dialog.record()); !edited)
            showError(edited.error().message());
    }

    void remove(int sourceRow) override
    {
        if (auto removed =
                m_document->template deleteRecord<Record>(m_model->recordAt(sourceRow).id);
            !removed)
            showError(removed.error().message());
    }

private:
    Document *m_document;
    RecordTableModel<Record> *m_model;
};

} // namespace valuedesk
