#include "gradehistorypanel.h"

#include "document.h"
#include "documentstore.h"
#include "quadrantoverridedialog.h"
#include "texttablemodel.h"
#include "username.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace valuedesk {

namespace {

QString gradeText(const QString &grade)
{
    const std::optional<Quadrant> q = ValueScorer::parseQuadrant(grade);
    return q ? ValueScorer::quadrantDisplayName(*q) : grade;
}

} // namespace

GradeHistoryPanel::GradeHistoryPanel(QWidget *parent)
    : QWidget(parent), m_title(new QLabel(this)), m_view(new QTableView(this)),
      m_model(new TextTableModel(this)), m_override(new QPushButton(this)),
      m_withdraw(new QPushButton(this))
{
    m_view->setObjectName(QStringLiteral("gradeHistoryView"));
    m_view->setModel(m_model);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setWordWrap(true);
    m_override->setObjectName(QStringLiteral("overrideButton"));
    m_withdraw->setObjectName(QStringLiteral("withdrawButton"));

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_title, 1);
    buttons->addWidget(m_override);
    buttons->addWidget(m_withdraw);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(buttons);
    layout->addWidget(m_view, 1);

    connect(m_override, &QPushButton::clicked, this, &GradeHistoryPanel::overrideDialog);
    connect(m_withdraw, &QPushButton::clicked, this, &GradeHistoryPanel::withdrawDialog);
    retranslate();
    updateButtons();
}

void GradeHistoryPanel::setDocument(Document *document)
{
    if (m_document)
        disconnect(m_document, nullptr, this, nullptr);
    m_document = document;
    if (m_document) {
        connect(m_document, &Document::gradeOverridesChanged, this,
                &GradeHistoryPanel::overridesWritten);
        connect(m_document, &Document::snapshotsChanged, this, [this]() {
            if (m_customer)
                reload();
        });
    }
    clear();
}

void GradeHistoryPanel::overridesWritten(qint64 customerId, const QString &scheme)
{
    if (scheme != quadrantGradeScheme())
        return;
    if (m_customer && m_customer->id == customerId)
        reload();
    emit overridesChanged();
}

void GradeHistoryPanel::setCustomer(const EvaluatedCustomer &customer, Quadrant evaluated,
                                    qint64 snapshotId)
{
    m_customer = customer;
    m_evaluated = evaluated;
    m_snapshotId = snapshotId;
    reload();
}

void GradeHistoryPanel::clear()
{
    m_customer.reset();
    m_entries.clear();
    m_hasOverride = false;
    reload();
}

void GradeHistoryPanel::reload()
{
    m_entries.clear();
    m_hasOverride = false;
    if (m_document && m_customer) {
        auto history = m_document->store().gradeHistory(m_customer->id);
        if (history) {
            for (const GradeHistoryEntry &e : std::as_const(*history))
                if (e.scheme == quadrantGradeScheme())
                    m_entries.append(e);
        }
        auto current = m_document->store().currentOverrides(quadrantGradeScheme());
        m_hasOverride = current && current->contains(m_customer->id);
    }
    QVector<QStringList> rows;
    for (const GradeHistoryEntry &e : std::as_const(m_entries)) {
        QString what;
        QString source;
        switch (e.kind) {
        case GradeHistoryEntry::Kind::Evaluation:
            what = tr("Evaluated: %1").arg(gradeText(e.grade));
            source = tr("%1 version %2").arg(e.modelName).arg(e.modelVersion);
            break;
        case GradeHistoryEntry::Kind::Override:
            what = tr("Set by hand: %1").arg(gradeText(e.grade));
            source = e.reason;
            break;
        case GradeHistoryEntry::Kind::Withdrawal:
            what = tr("Manual quadrant withdrawn");
            source = e.reason;
            break;
        }
        rows.append(
            {QLocale().toString(e.at.toLocalTime(), QLocale::ShortFormat), what, e.author, source});
    }
    m_model->setTable({tr("Date"), tr("Quadrant"), tr("By"), tr("Model or reason")}, rows);
    m_view->resizeColumnsToContents();
    m_title->setText(m_customer
                         ? tr("Grade history of %1 %2").arg(m_customer->code, m_customer->name)
                         : tr("Choose a customer to see its grade history."));
    updateButtons();
}

Status GradeHistoryPanel::overrideQuadrant(Quadrant quadrant, const QString &reason)
{
    if (!m_document || !m_customer)
        return Error(tr("Choose a customer first."));
    // The document announces the write; overridesWritten() reloads.
    auto added = m_document->store().setGradeOverride(
        m_customer->id, quadrantGradeScheme(), ValueScorer::quadrantId(quadrant), reason,
        userName(), m_snapshotId > 0 ? std::optional<qint64>(m_snapshotId) : std::nullopt);
    if (!added)
        return added.error();
    return Status::success();
}

Status GradeHistoryPanel::withdrawOverride(const QString &reason)
{
    if (!m_document || !m_customer)
        return Error(tr("Choose a customer first."));
    auto withdrawn = m_document->store().withdrawGradeOverride(
        m_customer->id, quadrantGradeScheme(), reason, userName());
    if (!withdrawn)
        return withdrawn.error();
    return Status::success();
}

void GradeHistoryPanel::overrideDialog()
{
    if (!m_customer)
        return;
    QuadrantOverrideDialog dialog(m_customer->name, m_evaluated, false, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    if (Status done = overrideQuadrant(dialog.quadrant(), dialog.reason()); !done)
        QMessageBox::warning(this, tr("Set Quadrant by Hand"), done.error().message());
}

void GradeHistoryPanel::withdrawDialog()
{
    if (!m_customer)
        return;
    QuadrantOverrideDialog dialog(m_customer->name, m_evaluated, true, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    if (Status done = withdrawOverride(dialog.reason()); !done)
        QMessageBox::warning(this, tr("Withdraw Manual Quadrant"), done.error().message());
}

void GradeHistoryPanel::updateButtons()
{
    m_override->setEnabled(m_document && m_customer);
    m_withdraw->setEnabled(m_document && m_customer && m_hasOverride);
}

void GradeHistoryPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        reload();
    }
    QWidget::changeEvent(event);
}

void GradeHistoryPanel::retranslate()
{
    m_override->setText(tr("Set quadrant by hand…"));
    m_override->setToolTip(tr("Put this customer in another quadrant, with a written reason"));
    m_withdraw->setText(tr("Withdraw…"));
    m_withdraw->setToolTip(tr("Withdraw the manual quadrant: the evaluation's applies again"));
}

} // namespace valuedesk
