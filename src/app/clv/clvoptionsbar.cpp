#include "clvoptionsbar.h"

#include "clv/clvcustomermodel.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDoubleSpinBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>

namespace valuedesk {

ClvOptionsBar::ClvOptionsBar(QWidget *parent)
    : QWidget(parent), m_holdout(new QCheckBox(this)), m_calibrationEnd(new QDateEdit(this)),
      m_unitLabel(new QLabel(this)), m_unit(new QComboBox(this)), m_horizonLabel(new QLabel(this)),
      m_horizon(new QSpinBox(this)), m_discountLabel(new QLabel(this)),
      m_discount(new QDoubleSpinBox(this)), m_marginLabel(new QLabel(this)),
      m_margin(new QDoubleSpinBox(this)), m_churnLabel(new QLabel(this)),
      m_churn(new QDoubleSpinBox(this)), m_fit(new QPushButton(this))
{
    m_calibrationEnd->setCalendarPopup(true);
    m_calibrationEnd->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_calibrationEnd->setEnabled(false);
    for (int i = 0; i < 3; ++i)
        m_unit->addItem(QString());
    m_unit->setCurrentIndex(1); // week
    m_horizon->setRange(1, 120);
    m_horizon->setValue(12);
    m_discount->setRange(0, 10);
    m_discount->setDecimals(2);
    m_discount->setSingleStep(0.1);
    m_discount->setValue(1.0);
    m_discount->setSuffix(QStringLiteral(" %"));
    m_margin->setRange(0, 100);
    m_margin->setDecimals(1);
    m_margin->setValue(100);
    m_margin->setSuffix(QStringLiteral(" %"));
    m_churn->setRange(0, 100);
    m_churn->setDecimals(0);
    m_churn->setValue(ClvCustomerModel::defaultChurnThreshold * 100);
    m_churn->setSuffix(QStringLiteral(" %"));
    m_fit->setDefault(true);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_holdout);
    layout->addWidget(m_calibrationEnd);
    for (auto [label, field] : {std::pair<QLabel *, QWidget *>{m_unitLabel, m_unit},
                                {m_horizonLabel, m_horizon},
                                {m_discountLabel, m_discount},
                                {m_marginLabel, m_margin},
                                {m_churnLabel, m_churn}}) {
        label->setBuddy(field);
        layout->addSpacing(8);
        layout->addWidget(label);
        layout->addWidget(field);
    }
    layout->addStretch();
    layout->addWidget(m_fit);

    connect(m_holdout, &QCheckBox::toggled, m_calibrationEnd, &QWidget::setEnabled);
    connect(m_fit, &QPushButton::clicked, this, &ClvOptionsBar::fitRequested);
    connect(m_churn, &QDoubleSpinBox::valueChanged, this,
            [this](double percent) { emit churnThresholdChanged(percent / 100.0); });
    retranslate();
}

void ClvOptionsBar::setLastPurchase(const QDate &date)
{
    if (!date.isValid()) {
        m_holdout->setChecked(false);
        m_holdout->setEnabled(false);
        return;
    }
    m_holdout->setEnabled(true);
    m_calibrationEnd->setMaximumDate(date.addDays(-1));
    // A holdout of about a quarter of a year, as a first suggestion.
    m_calibrationEnd->setDate(date.addDays(-91));
}

ClvRequest ClvOptionsBar::request() const
{
    ClvRequest r;
    r.unit = static_cast<ClvTimeUnit>(m_unit->currentIndex());
    r.calibrationEnd = m_holdout->isChecked() ? m_calibrationEnd->date() : QDate();
    r.withHoldout = true;
    const double unitsPerMonth = ClvTime::daysPerMonth / ClvTime::daysPerUnit(r.unit);
    r.options.horizon = m_horizon->value() * unitsPerMonth;
    r.options.monthlyDiscountRate = m_discount->value() / 100.0;
    r.options.margin = m_margin->value() / 100.0;
    return r;
}

double ClvOptionsBar::churnThreshold() const
{
    return m_churn->value() / 100.0;
}

void ClvOptionsBar::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void ClvOptionsBar::retranslate()
{
    m_holdout->setText(tr("Holdout: calibrate up to"));
    m_holdout->setToolTip(tr("Unchecked: fit on every purchase (calibration ends on the last "
                             "purchase day). Checked: fit on the purchases up to this date and "
                             "compare the model's predictions with the later purchases."));
    m_unitLabel->setText(tr("Time unit:"));
    m_unit->setItemText(0, tr("Day"));
    m_unit->setItemText(1, tr("Week"));
    m_unit->setItemText(2, tr("Month"));
    m_horizonLabel->setText(tr("Horizon:"));
    m_horizon->setSuffix(tr(" months"));
    m_discountLabel->setText(tr("Discount rate per month:"));
    m_marginLabel->setText(tr("Margin:"));
    m_margin->setToolTip(tr("Profit margin on spend; 100 % gives CLV in revenue"));
    m_churnLabel->setText(tr("Churn risk below P(alive):"));
    m_fit->setText(tr("Fit"));
    m_fit->setToolTip(tr("Fit BG/NBD and Gamma-Gamma to the file's purchases"));
}

} // namespace valuedesk
