#include "explanationpanel.h"

#include "evaluation/evaluationresultmodel.h"
#include "palette.h"

#include "contributionchart.h"
#include "evaluation/explanationtablemodel.h"

#include <QApplication>
#include <QChart>
#include <QChartView>
#include <QClipboard>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>

namespace valuedesk {

ExplanationPanel::ExplanationPanel(QWidget *parent)
    : QWidget(parent), m_model(new ExplanationTableModel(this)), m_header(new QLabel(this)),
      m_scores(new QLabel(this)), m_ranks(new QLabel(this)), m_quadrant(new QLabel(this)),
      m_reason(new QLabel(this)), m_manual(new QLabel(this)), m_table(new QTableView(this)),
      m_chartView(new QChartView(this)), m_copy(new QPushButton(this))
{
    m_header->setObjectName(QStringLiteral("explanationHeader"));
    QFont bold = m_header->font();
    bold.setBold(true);
    bold.setPointSizeF(bold.pointSizeF() * 1.2);
    m_header->setFont(bold);
    m_scores->setObjectName(QStringLiteral("explanationScores"));
    m_scores->setTextFormat(Qt::RichText);
    m_ranks->setObjectName(QStringLiteral("explanationRanks"));
    m_quadrant->setObjectName(QStringLiteral("explanationQuadrant"));
    QFont quadrantFont = m_quadrant->font();
    quadrantFont.setBold(true);
    m_quadrant->setFont(quadrantFont);
    m_reason->setObjectName(QStringLiteral("explanationReason"));
    m_reason->setWordWrap(true);
    m_reason->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_manual->setObjectName(QStringLiteral("explanationManual"));
    m_manual->setWordWrap(true);
    m_manual->setStyleSheet(Palette::textStyleSheet(Palette::manual()));
    m_manual->hide();
    m_table->setObjectName(QStringLiteral("explanationTable"));
    m_table->setModel(m_model);
    m_table->verticalHeader()->hide();
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_chartView->setObjectName(QStringLiteral("contributionChart"));
    m_chartView->setRenderHint(QPainter::Antialiasing);
    QChart *const placeholder = m_chartView->chart(); // setChart() releases, never deletes it
    m_chartView->setChart(ContributionChart::create(QStringList(), QVector<double>()));
    delete placeholder;
    m_chartView->setMinimumSize(260, 200);
    m_copy->setObjectName(QStringLiteral("copyExplanation"));

    auto *buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(m_copy);

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(m_table);
    splitter->addWidget(m_chartView);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 1);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_header);
    layout->addWidget(m_scores);
    layout->addWidget(m_ranks);
    layout->addWidget(m_quadrant);
    layout->addWidget(m_reason);
    layout->addWidget(m_manual);
    layout->addWidget(splitter, 1);
    layout->addLayout(buttons);

    connect(m_copy, &QPushButton::clicked, this, &ExplanationPanel::copyTable);
    retranslate();
    clear();
}

void ExplanationPanel::setExplanation(const CustomerExplanation &explanation,
                                      const EvaluatedCustomer &customer)
{
    m_explanation = explanation;
    m_customer = customer;
    refresh();
}

void ExplanationPanel::clear()
{
    setExplanation(CustomerExplanation(), EvaluatedCustomer());
    setManualNote(QString());
}

void ExplanationPanel::setManualNote(const QString &note)
{
    m_manual->setText(note);
    m_manual->setVisible(!note.isEmpty());
}

void ExplanationPanel::setManualOverride(const QuadrantOverride *manual)
{
    setManualNote(manual
                      ? tr("Set by hand to %1 by %2 on %3: %4")
                            .arg(ValueScorer::quadrantDisplayName(manual->quadrant), manual->author,
                                 QLocale().toString(manual->createdAt.toLocalTime().date(),
                                                    QLocale::ShortFormat),
                                 manual->reason)
                      : QString());
}

QString ExplanationPanel::confidenceMark(double share)
{
    return EvaluationResultModel::completenessMark(share);
}

QString ExplanationPanel::ordinal(int rank)
{
    const int lastTwo = rank % 100;
    const int last = rank % 10;
    const QString number = QLocale().toString(rank);
    if (lastTwo < 11 || lastTwo > 13) {
        if (last == 1)
            return tr("%1st").arg(number);
        if (last == 2)
            return tr("%1nd").arg(number);
        if (last == 3)
            return tr("%1rd").arg(number);
    }
    return tr("%1th").arg(number);
}

QString ExplanationPanel::scoreText(const QString &caption, double score, int present,
                                    int count) const
{
    const double share = count > 0 ? static_cast<double>(present) / count : 0.0;
    const QString tip =
        tr("%1 of %n indicator(s) backed by data", nullptr, count).arg(QLocale().toString(present));
    return QStringLiteral("%1 <b>%2</b> <span title=\"%3\">%4 %5</span>")
        .arg(caption.toHtmlEscaped(), QLocale().toString(score, 'f', 3), tip.toHtmlEscaped(),
             confidenceMark(share),
             QLocale().toString(std::lround(share * 100.0)) + QStringLiteral(" %"));
}

void ExplanationPanel::refresh()
{
    m_model->setExplanation(m_explanation);
    ContributionChart::update(m_chartView->chart(), m_explanation,
                              tr("Contributions to the total score"));
    const bool has = m_explanation.row >= 0;
    m_copy->setEnabled(has);
    if (!has) {
        m_header->setText(tr("No customer selected"));
        m_scores->clear();
        m_ranks->clear();
        m_quadrant->clear();
        m_reason->clear();
        m_scores->setToolTip(QString());
        return;
    }
    QStringList who{m_customer.code, m_customer.name};
    who.removeAll(QString());
    m_header->setText(m_customer.manager.isEmpty()
                          ? who.join(QStringLiteral(" — "))
                          : tr("%1 (account manager: %2)")
                                .arg(who.join(QStringLiteral(" — ")), m_customer.manager));

    int present[3] = {0, 0, 0};
    int count[3] = {0, 0, 0};
    for (const IndicatorExplanation &x : std::as_const(m_explanation.indicators)) {
        ++count[0];
        present[0] += x.present ? 1 : 0;
        if (x.underCurrent) {
            ++count[1];
            present[1] += x.present ? 1 : 0;
        }
        if (x.underPotential) {
            ++count[2];
            present[2] += x.present ? 1 : 0;
        }
    }
    m_scores->setText(QStringList{
        scoreText(tr("Total value"), m_explanation.total, present[0], count[0]),
        scoreText(m_explanation.currentAxis, m_explanation.current, present[1], count[1]),
        scoreText(m_explanation.potentialAxis, m_explanation.potential, present[2], count[2])}
                          .join(QStringLiteral(" &nbsp;&nbsp; ")));
    m_scores->setToolTip(tr("%1 of %n indicator(s) backed by data", nullptr, count[0])
                             .arg(QLocale().toString(present[0])));
    const QString of = QLocale().toString(m_explanation.customerCount);
    m_ranks->setText(tr("Rank: %1 of %2 by total value, %3 by %4, %5 by %6")
                         .arg(ordinal(m_explanation.totalRank), of,
                              ordinal(m_explanation.currentRank), m_explanation.currentAxis,
                              ordinal(m_explanation.potentialRank), m_explanation.potentialAxis));
    m_quadrant->setText(
        tr("%1 — %2").arg(ValueScorer::quadrantDisplayName(m_explanation.quadrant),
                          ValueScorer::quadrantStrategyName(m_explanation.quadrant)));
    m_reason->setText(ScoreExplanation::reason(m_explanation));
}

void ExplanationPanel::copyTable()
{
    QApplication::clipboard()->setText(m_model->toTsv());
}

void ExplanationPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        refresh();
    }
    QWidget::changeEvent(event);
}

void ExplanationPanel::retranslate()
{
    m_copy->setText(tr("Copy table"));
    m_copy->setToolTip(tr("Copy the table to the clipboard (tab-separated, for spreadsheets)"));
}

} // namespace valuedesk
