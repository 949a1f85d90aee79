#include "snapshotbar.h"

#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>

namespace valuedesk {

SnapshotBar::SnapshotBar(QWidget *parent)
    : QWidget(parent), m_label(new QLabel(this)), m_snapshots(new QComboBox(this)),
      m_save(new QPushButton(this)), m_delete(new QPushButton(this)), m_info(new QLabel(this))
{
    m_snapshots->setObjectName(QStringLiteral("snapshotCombo"));
    m_snapshots->setMinimumContentsLength(40);
    m_snapshots->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_info->setObjectName(QStringLiteral("snapshotInfo"));
    m_info->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_save->setObjectName(QStringLiteral("saveSnapshotButton"));

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_label);
    layout->addWidget(m_snapshots);
    layout->addWidget(m_save);
    layout->addWidget(m_delete);
    layout->addWidget(m_info, 1);

    connect(m_snapshots, &QComboBox::currentIndexChanged, this, [this](int index) {
        if (m_filling || index < 0)
            return;
        const qint64 id = m_snapshots->itemData(index).toLongLong();
        if (id > 0)
            emit snapshotChosen(id);
    });
    connect(m_save, &QPushButton::clicked, this, &SnapshotBar::saveRequested);
    connect(m_delete, &QPushButton::clicked, this, [this]() {
        if (m_shown.id <= 0)
            return;
        if (QMessageBox::question(this, tr("Delete Snapshot"),
                                  tr("Delete the evaluation of %1? Manual quadrants stay in the "
                                     "customers' grade history.")
                                      .arg(title(m_shown))) == QMessageBox::Yes)
            emit deleteRequested(m_shown.id);
    });
    retranslate();
}

QString SnapshotBar::title(const EvaluationSnapshotInfo &info)
{
    return tr("%1 · %2 v%3 · %4 months to %5")
        .arg(QLocale().toString(info.createdAt.toLocalTime(), QLocale::ShortFormat), info.modelName)
        .arg(info.modelVersion)
        .arg(info.options.window.months)
        .arg(info.options.window.asOf.toString(Qt::ISODate));
}

void SnapshotBar::setSnapshots(const EvaluationSnapshotInfo *unsaved,
                               const QVector<EvaluationSnapshotInfo> &stored, qint64 select,
                               bool showing)
{
    m_filling = true;
    m_snapshots->clear();
    if (unsaved)
        m_snapshots->addItem(tr("Not saved: %1").arg(title(*unsaved)), qint64(0));
    for (const EvaluationSnapshotInfo &info : stored) {
        const QString text = title(info);
        m_snapshots->addItem(
            info.label.isEmpty() ? text : info.label + QStringLiteral(" · ") + text, info.id);
    }
    const int index = m_snapshots->findData(select);
    m_snapshots->setCurrentIndex(index >= 0 ? index : (showing ? 0 : -1));
    m_filling = false;
}

void SnapshotBar::setActions(bool canSave, bool canDelete)
{
    m_save->setEnabled(canSave);
    m_delete->setEnabled(canDelete);
}

void SnapshotBar::setInfo(const QString &text)
{
    m_info->setText(text);
}

void SnapshotBar::showInfo(const EvaluationSnapshotInfo *shown, bool fileOpen)
{
    m_shown = shown ? *shown : EvaluationSnapshotInfo();
    if (!shown) {
        m_info->setText(fileOpen ? tr("No evaluation shown: choose a model and press Evaluate, or "
                                      "open a stored one.")
                                 : QString());
        return;
    }
    const bool stored = shown->id > 0;
    QString text =
        tr("%n customer(s) · thresholds: current %1, potential %2", nullptr, shown->customerCount)
            .arg(QLocale().toString(shown->currentThreshold, 'f', 3),
                 QLocale().toString(shown->potentialThreshold, 'f', 3));
    if (stored && !shown->author.isEmpty())
        text += QStringLiteral(" · ") + tr("by %1").arg(shown->author);
    if (!stored)
        text += QStringLiteral(" · ") + tr("not saved");
    m_info->setText(text);
}

void SnapshotBar::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void SnapshotBar::retranslate()
{
    m_label->setText(tr("Evaluation:"));
    m_save->setText(tr("Save"));
    m_save->setToolTip(tr("Store this evaluation (e.g. after moving a split line) as a "
                          "dated snapshot"));
    m_delete->setText(tr("Delete"));
    m_delete->setToolTip(tr("Delete the stored evaluation shown"));
}

} // namespace valuedesk
