#include "clvfitpanel.h"

#include "clvservice.h"
#include "palette.h"

#include <QEvent>
#include <QLabel>
#include <QLocale>
#include <QTextDocumentFragment>
#include <QVBoxLayout>

#include <cmath>

namespace valuedesk {

namespace {

QString num(double v, int decimals = 4)
{
    return std::isfinite(v) ? QLocale().toString(v, 'f', decimals) : QStringLiteral("—");
}

QString row(const QString &name, const QString &value)
{
    return QStringLiteral("<tr><td>") + name.toHtmlEscaped() +
           QStringLiteral("</td><td align=\"right\">&nbsp;&nbsp;") + value.toHtmlEscaped() +
           QStringLiteral("</td></tr>");
}

QString unitPlural(ClvTimeUnit unit)
{
    switch (unit) {
    case ClvTimeUnit::Day:
        return ClvFitPanel::tr("days");
    case ClvTimeUnit::Week:
        return ClvFitPanel::tr("weeks");
    case ClvTimeUnit::Month:
        return ClvFitPanel::tr("months");
    }
    return {};
}

} // namespace

ClvFitPanel::ClvFitPanel(QWidget *parent)
    : QWidget(parent), m_fit(new QLabel(this)), m_assumptions(new QLabel(this))
{
    m_fit->setTextFormat(Qt::RichText);
    m_fit->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_fit->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_assumptions->setWordWrap(true);
    m_assumptions->setTextFormat(Qt::RichText);
    m_assumptions->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_fit);
    layout->addWidget(m_assumptions);
    layout->addStretch();
    refresh();
}

void ClvFitPanel::setOutcome(std::shared_ptr<const ClvOutcome> outcome, qint64 elapsedMs)
{
    m_outcome = std::move(outcome);
    m_elapsedMs = elapsedMs;
    refresh();
}

QString ClvFitPanel::fitText() const
{
    return QTextDocumentFragment::fromHtml(m_fit->text()).toPlainText();
}

QString ClvFitPanel::assumptionsText() const
{
    return QTextDocumentFragment::fromHtml(m_assumptions->text()).toPlainText();
}

void ClvFitPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        refresh();
    QWidget::changeEvent(event);
}

void ClvFitPanel::refresh()
{
    m_assumptions->setText(
        QStringLiteral("<b>") + tr("What the models assume").toHtmlEscaped() +
        QStringLiteral("</b><br>") +
        tr("Purchases (BG/NBD): while a customer is active they buy at random times at their own "
           "steady rate (a Poisson process). After any purchase they may become inactive for good, "
           "with their own probability p, and nobody tells us when. Purchase rates differ between "
           "customers as a gamma distribution (r, α), dropout probabilities as a beta distribution "
           "(a, b). P(alive) is the chance that a customer has not dropped out yet, given how "
           "often "
           "and how recently they bought.")
            .toHtmlEscaped() +
        QStringLiteral("<br><br>") +
        tr("Spend (Gamma-Gamma): a customer's purchase amounts vary around their own average, and "
           "averages differ between customers (p, q, γ); how much a customer spends does not "
           "depend on how often they buy. Only customers with a repeat purchase are used to fit "
           "it.")
            .toHtmlEscaped() +
        QStringLiteral("<br><br>") +
        tr("CLV is the expected spend of the purchases expected over the horizon, times the "
           "margin, discounted month by month. Several purchases of one customer on one day count "
           "as one.")
            .toHtmlEscaped());

    if (!m_outcome) {
        m_fit->setText(QStringLiteral("<i>") +
                       tr("No fit yet: choose the options and press Fit.").toHtmlEscaped() +
                       QStringLiteral("</i>"));
        return;
    }
    const ProbabilisticClvResult &r = m_outcome->result;
    const BgNbdFit &bg = r.bgNbd;
    const QString unit = unitPlural(r.unit);
    QString html = QStringLiteral("<b>") + tr("BG/NBD (purchases)").toHtmlEscaped() +
                   QStringLiteral("</b><table>");
    html += row(QStringLiteral("r"), num(bg.params.r)) +
            row(QStringLiteral("α"), num(bg.params.alpha)) +
            row(QStringLiteral("a"), num(bg.params.a)) +
            row(QStringLiteral("b"), num(bg.params.b)) +
            row(tr("Log-likelihood"), num(bg.report.logLikelihood, 2)) +
            row(tr("Converged"), bg.report.converged ? tr("yes") : tr("no (use with care)")) +
            row(tr("Customers"), QLocale().toString(bg.customers));
    html += QStringLiteral("</table><b>") + tr("Gamma-Gamma (spend)").toHtmlEscaped() +
            QStringLiteral("</b><table>");
    if (r.gammaGamma) {
        const GammaGammaFit &gg = *r.gammaGamma;
        html += row(QStringLiteral("p"), num(gg.params.p)) +
                row(QStringLiteral("q"), num(gg.params.q)) +
                row(QStringLiteral("γ"), num(gg.params.gamma)) +
                row(tr("Converged"), gg.report.converged ? tr("yes") : tr("no (use with care)")) +
                row(tr("Repeat customers used"), QLocale().toString(gg.customers));
        html += QStringLiteral("</table>");
    } else {
        html += QStringLiteral("</table><span style=\"color:%1\">").arg(Palette::error().name()) +
                tr("Not fitted: %1 Expected spend and CLV are unknown.")
                    .arg(r.gammaGammaError.message())
                    .toHtmlEscaped() +
                QStringLiteral("</span><br>");
    }
    html += QStringLiteral("<b>") + tr("Data").toHtmlEscaped() + QStringLiteral("</b><table>");
    html += row(tr("Calibration end"), m_outcome->calibrationEnd.toString(Qt::ISODate));
    if (m_outcome->holdoutEnd.isValid())
        html += row(tr("Holdout"), tr("to %1 (%2 %3)")
                                       .arg(m_outcome->holdoutEnd.toString(Qt::ISODate),
                                            num(m_outcome->holdoutLength, 1), unit));
    html += row(tr("Horizon"), tr("%1 %2").arg(num(r.options.horizon, 1), unit));
    if (m_outcome->laterCustomers > 0)
        html += row(tr("New after the calibration end (left out)"),
                    QLocale().toString(m_outcome->laterCustomers));
    if (m_elapsedMs >= 0)
        html += row(tr("Fit time"), tr("%1 s").arg(num(m_elapsedMs / 1000.0, 2)));
    html += QStringLiteral("</table>");
    m_fit->setText(html);
}

} // namespace valuedesk
