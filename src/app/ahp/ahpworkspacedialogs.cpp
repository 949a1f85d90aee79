#include "ahpworkspace.h"

#include "ahp/ahpmodelsession.h"
#include "ahp/ahpundocommands.h"
#include "ahphierarchypane.h"
#include "ahpmodeldialogs.h"
#include "pairwiseeditor.h"

#include <QFileDialog>
#include <QInputDialog>
#include <QLineEdit>
#include <QMessageBox>
#include <QUndoStack>

// The workspace's actions that ask the user something.

namespace valuedesk {

bool AhpWorkspace::maybeSave()
{
    if (!m_session || !m_session->isModified())
        return true;
    const auto answer = QMessageBox::question(
        this, tr("Unsaved Value Model"),
        tr("The value model “%1” has unsaved changes. Save them as a new version?")
            .arg(m_session->model().name),
        QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Save);
    if (answer == QMessageBox::Cancel)
        return false;
    if (answer == QMessageBox::Discard) {
        if (Status reloaded = m_session->reload(); !reloaded)
            m_session->undoStack()->setClean(); // the stored version is gone: keep nothing
        m_editor->setNode(m_hierarchy->currentNode());
        return true;
    }
    if (Status saved = saveModel(); !saved) {
        QMessageBox::warning(this, tr("Save Value Model"), saved.error().message());
        return false;
    }
    return true;
}

void AhpWorkspace::newModelDialog()
{
    if (!m_document || !maybeSave())
        return;
    AhpNewModelDialog dialog(this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    if (Status created = createModel(dialog.templateId(), dialog.modelName(), dialog.chinese());
        !created)
        QMessageBox::warning(this, tr("New Value Model"), created.error().message());
}

void AhpWorkspace::importDialog()
{
    if (!m_document || !maybeSave())
        return;
    const QString path = QFileDialog::getOpenFileName(this, tr("Import Value Model"), QString(),
                                                      tr("Value models (*.json)"));
    if (path.isEmpty())
        return;
    if (Status imported = importModel(path); !imported) {
        QMessageBox box(QMessageBox::Warning, tr("Import Value Model"),
                        tr("The value model could not be imported."), QMessageBox::Ok, this);
        box.setInformativeText(imported.error().message());
        box.setDetailedText(imported.error().detail());
        box.exec();
    }
}

void AhpWorkspace::exportDialog()
{
    if (!m_session)
        return;
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Export Value Model"), m_session->model().name + QStringLiteral(".json"),
        tr("Value models (*.json)"));
    if (path.isEmpty())
        return;
    if (Status exported = exportModel(path); !exported)
        QMessageBox::warning(this, tr("Export Value Model"), exported.error().message());
}

void AhpWorkspace::renameDialog()
{
    if (!m_session)
        return;
    bool ok = false;
    const QString name =
        QInputDialog::getText(this, tr("Rename Value Model"), tr("New name of the value model:"),
                              QLineEdit::Normal, m_session->model().name, &ok);
    if (!ok)
        return;
    if (Status renamed = renameModel(name); !renamed)
        QMessageBox::warning(this, tr("Rename Value Model"), renamed.error().message());
}

void AhpWorkspace::revert()
{
    if (!m_session || !m_session->isModified())
        return;
    if (QMessageBox::question(
            this, tr("Revert Value Model"),
            tr("Discard the unsaved changes to “%1”?").arg(m_session->model().name)) !=
        QMessageBox::Yes)
        return;
    if (Status reloaded = m_session->reload(); !reloaded)
        QMessageBox::warning(this, tr("Revert Value Model"), reloaded.error().message());
    m_editor->setNode(m_hierarchy->currentNode());
}

void AhpWorkspace::deleteDialog()
{
    if (!m_session)
        return;
    if (QMessageBox::question(this, tr("Delete Value Model"),
                              tr("Delete the value model “%1” with all of its versions? This "
                                 "cannot be undone.")
                                  .arg(m_session->model().name)) != QMessageBox::Yes)
        return;
    if (Status deleted = deleteModel(); !deleted)
        QMessageBox::warning(this, tr("Delete Value Model"), deleted.error().message());
}

void AhpWorkspace::settingsDialog()
{
    if (!m_session)
        return;
    AhpSettingsDialog dialog(m_session->model().settings, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const AhpSettings s = dialog.settings();
    const AhpSettings &old = m_session->model().settings;
    if (s.method != old.method || s.randomIndex != old.randomIndex ||
        s.crThreshold != old.crThreshold)
        m_session->undoStack()->push(new SetSettings(m_session, s));
}

} // namespace valuedesk
