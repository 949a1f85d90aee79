#include "importcontroller.h"

#include "document.h"
#include "importdialog.h"
#include "importreport.h"
#include "settings.h"

#include <QAction>
#include <QFileDialog>
#include <QFileInfo>
#include <QMessageBox>

namespace valuedesk {

ImportController::ImportController(Settings &settings, QWidget *window)
    : QObject(window), m_settings(settings), m_window(window), m_action(new QAction(this))
{
    m_action->setObjectName(QStringLiteral("actionImport"));
    m_action->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_I));
    m_action->setEnabled(false);
    connect(m_action, &QAction::triggered, this, &ImportController::chooseAndImport);
    retranslate();
}

void ImportController::setDocument(Document *document)
{
    m_document = document;
    m_action->setEnabled(document != nullptr && !document->isReadOnly());
}

void ImportController::retranslate()
{
    m_action->setText(tr("&Import…"));
    m_action->setStatusTip(tr("Import customers, transactions, interactions, survey scores or "
                              "balances from a CSV or Excel file"));
}

void ImportController::chooseAndImport()
{
    if (!m_document)
        return;
    const QString path = QFileDialog::getOpenFileName(
        m_window, tr("Import"), m_settings.lastImportDirectory(),
        tr("Spreadsheets and CSV files (*.xlsx *.csv *.txt);;All files (*)"));
    if (path.isEmpty())
        return;
    m_settings.setLastImportDirectory(QFileInfo(path).absolutePath());
    importFile(path);
}

bool ImportController::importFile(const QString &path)
{
    if (!m_document)
        return false;
    ImportDialog dialog(m_document, path, m_window);
    if (dialog.exec() != QDialog::Accepted || !dialog.summary())
        return false;
    emit imported();
    QMessageBox::information(m_window, tr("Import"), ImportReport::summary(*dialog.summary()));
    return true;
}

} // namespace valuedesk
