#include "pairwiseeditor.h"

#include "ahp/ahpmodelsession.h"
#include "ahp/ahpundocommands.h"
#include "ahp/pairwisematrixmodel.h"
#include "ahp/saatyscale.h"

#include <QComboBox>
#include <QInputDialog>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QUndoStack>

// The pairwise editor's actions that ask the user something: auto-repair and the evaluators.

namespace valuedesk {

void PairwiseEditor::autoRepair()
{
    const NodeAnalysis &analysis = m_matrixModel->analysis();
    if (!m_session || !analysis.valid || evaluator() < 0)
        return;
    auto proposal = Inconsistency::autoRepair(analysis.completed, m_session->model().settings);
    if (!proposal) {
        QMessageBox::warning(this, tr("Auto-repair"), proposal.error().message());
        return;
    }
    QStringList lines;
    const HierarchyNode *node = m_session->node(m_path);
    for (const JudgementSuggestion &c : proposal->changes) {
        lines.append(tr("“%1” vs “%2”: %3 → %4")
                         .arg(node->children()[static_cast<std::size_t>(c.row)].name(),
                              node->children()[static_cast<std::size_t>(c.column)].name(),
                              SaatyScale::toFraction(c.current),
                              SaatyScale::toFraction(c.suggested)));
    }
    QMessageBox box(QMessageBox::Question, tr("Auto-repair"),
                    proposal->changes.isEmpty()
                        ? tr("No change of a single judgement lowers CR.")
                        : tr("Change %n judgement(s) to bring CR from %1 to %2?", nullptr,
                             static_cast<int>(proposal->changes.size()))
                              .arg(QString::number(proposal->crBefore, 'f', 3),
                                   QString::number(proposal->crAfter, 'f', 3)),
                    QMessageBox::Cancel, this);
    box.setInformativeText(
        lines.join(QLatin1Char('\n')) +
        (proposal->reachesThreshold
             ? QString()
             : QStringLiteral("\n\n") + tr("This still does not reach the threshold.")));
    QPushButton *apply =
        proposal->changes.isEmpty() ? nullptr : box.addButton(tr("Apply"), QMessageBox::AcceptRole);
    box.exec();
    if (apply && box.clickedButton() == apply)
        m_session->undoStack()->push(
            new ApplyRepair(m_session, m_path, evaluator(), proposal->changes));
}

void PairwiseEditor::addEvaluator()
{
    if (!m_session)
        return;
    const QStringList existing = m_session->evaluatorNames();
    const QString name =
        QInputDialog::getText(this, tr("Add Evaluator"), tr("Name of the evaluator:")).trimmed();
    if (name.isEmpty())
        return;
    if (existing.contains(name)) {
        QMessageBox::warning(this, tr("Add Evaluator"),
                             tr("%1 is already an evaluator.").arg(name));
        return;
    }
    QString first = tr("Evaluator 1");
    for (int k = 2; first == name; ++k)
        first = tr("Evaluator %1").arg(k);
    m_session->undoStack()->push(new AddEvaluator(m_session, name, first));
    m_evaluatorName = name;
    const int index = m_evaluators->findText(name);
    if (index >= 0)
        m_evaluators->setCurrentIndex(index);
}

void PairwiseEditor::renameEvaluator()
{
    if (!m_session || evaluator() < 0)
        return;
    const QString from = m_evaluators->currentText();
    const QString to = QInputDialog::getText(this, tr("Rename Evaluator"), tr("New name:"),
                                             QLineEdit::Normal, from)
                           .trimmed();
    if (to.isEmpty() || to == from)
        return;
    if (m_session->evaluatorNames().contains(to)) {
        QMessageBox::warning(this, tr("Rename Evaluator"),
                             tr("%1 is already an evaluator.").arg(to));
        return;
    }
    m_evaluatorName = to;
    m_session->undoStack()->push(new RenameEvaluator(m_session, from, to));
}

void PairwiseEditor::removeEvaluator()
{
    if (!m_session || evaluator() < 0)
        return;
    const QString name = m_evaluators->currentText();
    if (QMessageBox::question(
            this, tr("Remove Evaluator"),
            tr("Remove %1 and all of their judgements? You can undo this.").arg(name)) !=
        QMessageBox::Yes)
        return;
    m_session->undoStack()->push(new RemoveEvaluator(m_session, name));
}

} // namespace valuedesk
