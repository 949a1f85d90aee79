#pragma once

#include "customer.h"
#include "result.h"

#include <QDialog>

#include <memory>

class QFormLayout;
class QLabel;

namespace valuedesk {

// The form fields of one record type (specialised in recordeditdialog.cpp).
template <typename Record>
class RecordForm;

// Add or edit one transaction, interaction, survey score or balance. OK is refused, with the
// reason shown, until the values are valid.
template <typename Record>
class RecordEditDialog final : public QDialog
{
public:
    RecordEditDialog(const Record &record, bool isNew, QWidget *parent = nullptr);
    ~RecordEditDialog() override;

    Record record() const { return m_record; }

    void accept() override;

private:
    std::unique_ptr<RecordForm<Record>> m_form;
    QLabel *m_error;
    Record m_record;
};

extern template class RecordEditDialog<Transaction>;
extern template class RecordEditDialog<Interaction>;
extern template class RecordEditDialog<SurveyScore>;
extern template class RecordEditDialog<Balance>;

} // namespace valuedesk
