#pragma once

#include <QWidget>

#include <memory>

class QLabel;

namespace valuedesk {

struct ClvOutcome;

// The CLV tab's model-fit panel: BG/NBD r, α, a, b and log-likelihood, whether the optimiser
// converged, Gamma-Gamma p, q, γ (or why spend is unknown), the numbers of customers, and the
// models' assumptions in plain words.
class ClvFitPanel final : public QWidget
{
    Q_OBJECT

public:
    explicit ClvFitPanel(QWidget *parent = nullptr);

    void setOutcome(std::shared_ptr<const ClvOutcome> outcome, qint64 elapsedMs = -1);
    QString fitText() const;         // the parameters as shown (plain text)
    QString assumptionsText() const; // the assumptions as shown (plain text)

protected:
    void changeEvent(QEvent *event) override;

private:
    void refresh();

    std::shared_ptr<const ClvOutcome> m_outcome;
    qint64 m_elapsedMs = -1;
    QLabel *m_fit;
    QLabel *m_assumptions;
};

} // namespace valuedesk
