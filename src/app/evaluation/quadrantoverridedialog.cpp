#include "quadrantoverridedialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace valuedesk {

QuadrantOverrideDialog::QuadrantOverrideDialog(const QString &customerName, Quadrant evaluated,
                                               bool withdrawing, QWidget *parent)
    : QDialog(parent), m_quadrant(new QComboBox(this)), m_reason(new QPlainTextEdit(this)),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(withdrawing ? tr("Withdraw Manual Quadrant") : tr("Set Quadrant by Hand"));
    for (Quadrant q : {Quadrant::HighHigh, Quadrant::HighLow, Quadrant::LowHigh, Quadrant::LowLow})
        m_quadrant->addItem(tr("%1 — %2").arg(ValueScorer::quadrantDisplayName(q),
                                              ValueScorer::quadrantStrategyName(q)),
                            static_cast<int>(q));
    m_quadrant->setCurrentIndex(m_quadrant->findData(static_cast<int>(evaluated)));
    m_quadrant->setVisible(!withdrawing);
    m_reason->setPlaceholderText(withdrawing ? tr("Why the evaluation's quadrant applies again")
                                             : tr("Why this customer belongs in another quadrant, "
                                                  "e.g. a signed framework contract"));
    m_reason->setTabChangesFocus(true);

    auto *intro = new QLabel(this);
    intro->setWordWrap(true);
    intro->setText(withdrawing
                       ? tr("%1 goes back to the evaluated quadrant: %2.")
                             .arg(customerName, ValueScorer::quadrantDisplayName(evaluated))
                       : tr("The evaluation put %1 in: %2. The manual quadrant, your reason, name "
                            "and the date are kept in the customer's grade history.")
                             .arg(customerName, ValueScorer::quadrantDisplayName(evaluated)));
    auto *form = new QFormLayout;
    if (!withdrawing)
        form->addRow(tr("Quadrant:"), m_quadrant);
    form->addRow(tr("Reason:"), m_reason);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_buttons);

    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_reason, &QPlainTextEdit::textChanged, this, &QuadrantOverrideDialog::updateOk);
    updateOk();
}

Quadrant QuadrantOverrideDialog::quadrant() const
{
    return static_cast<Quadrant>(m_quadrant->currentData().toInt());
}

void QuadrantOverrideDialog::setQuadrant(Quadrant quadrant)
{
    m_quadrant->setCurrentIndex(m_quadrant->findData(static_cast<int>(quadrant)));
}

QString QuadrantOverrideDialog::reason() const
{
    return m_reason->toPlainText().trimmed();
}

void QuadrantOverrideDialog::setReason(const QString &reason)
{
    m_reason->setPlainText(reason);
}

void QuadrantOverrideDialog::updateOk()
{
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!reason().isEmpty());
}

} // namespace valuedesk
