#pragma once

#include "metrics/valuescorer.h"

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QPlainTextEdit;

namespace valuedesk {

// Puts a customer in another quadrant by hand: the quadrant and a written reason (required; it is
// kept in the customer's grade history with the author and date). With `withdrawing`, asks only
// for the reason to withdraw the override in force.
class QuadrantOverrideDialog final : public QDialog
{
    Q_OBJECT

public:
    QuadrantOverrideDialog(const QString &customerName, Quadrant evaluated, bool withdrawing,
                           QWidget *parent = nullptr);

    Quadrant quadrant() const;
    void setQuadrant(Quadrant quadrant);
    QString reason() const;
    void setReason(const QString &reason);

    QComboBox *quadrantCombo() const { return m_quadrant; }
    QPlainTextEdit *reasonEdit() const { return m_reason; }
    QDialogButtonBox *buttons() const { return m_buttons; }

private:
    void updateOk();

    QComboBox *m_quadrant;
    QPlainTextEdit *m_reason;
    QDialogButtonBox *m_buttons;
};

} // namespace valuedesk
