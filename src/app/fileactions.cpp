#include "fileactions.h"

#include "settings.h"

#include <QAction>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QMenu>

namespace valuedesk {

FileActions::FileActions(Settings &settings, QWidget *window)
    : QObject(window), m_settings(settings), m_window(window), m_new(new QAction(this)),
      m_open(new QAction(this)), m_saveCopy(new QAction(this)), m_quit(new QAction(this))
{
    m_new->setShortcut(QKeySequence::New);
    m_open->setShortcut(QKeySequence::Open);
    m_saveCopy->setShortcut(QKeySequence::SaveAs);
    m_quit->setShortcut(QKeySequence::Quit);
    m_new->setObjectName(QStringLiteral("actionNew"));
    m_open->setObjectName(QStringLiteral("actionOpen"));
    m_saveCopy->setObjectName(QStringLiteral("actionSaveCopy"));
    connect(m_new, &QAction::triggered, this, &FileActions::newFile);
    connect(m_open, &QAction::triggered, this, &FileActions::openFile);
    connect(m_saveCopy, &QAction::triggered, this, &FileActions::saveCopy);
    connect(m_quit, &QAction::triggered, this, &FileActions::quitRequested);
    retranslate();
}

QString FileActions::fileFilter()
{
    return tr("ValueDesk customer files (*.vdb);;All files (*)");
}

void FileActions::populate(QMenu *fileMenu, QAction *importAction)
{
    fileMenu->addAction(m_new);
    fileMenu->addAction(m_open);
    m_recent = fileMenu->addMenu(QString());
    fileMenu->addSeparator();
    fileMenu->addAction(importAction);
    fileMenu->addAction(m_saveCopy);
    fileMenu->addSeparator();
    fileMenu->addAction(m_quit);
    retranslate();
    updateRecentMenu();
}

void FileActions::setDocumentOpen(bool open)
{
    m_saveCopy->setEnabled(open);
}

void FileActions::retranslate()
{
    m_new->setText(tr("&New Customer File…"));
    m_open->setText(tr("&Open…"));
    m_saveCopy->setText(tr("Save a &Copy / Backup…"));
    m_saveCopy->setStatusTip(tr("Write a consistent copy of the open customer file"));
    m_quit->setText(tr("&Quit"));
    if (m_recent)
        m_recent->setTitle(tr("Open &Recent"));
    updateRecentMenu();
}

void FileActions::updateRecentMenu()
{
    if (!m_recent)
        return;
    m_recent->clear();
    const QStringList files = m_settings.recentFiles();
    for (int i = 0; i < files.size(); ++i) {
        const QString &path = files.at(i);
        QAction *action = m_recent->addAction(
            QStringLiteral("&%1  %2").arg(i + 1).arg(QDir::toNativeSeparators(path)));
        connect(action, &QAction::triggered, this,
                [this, path]() { emit openRequested(path, Database::OpenMode::OpenExisting); });
    }
    if (!files.isEmpty()) {
        m_recent->addSeparator();
        QAction *clear = m_recent->addAction(tr("Clear List"));
        connect(clear, &QAction::triggered, this, [this]() {
            for (const QString &f : m_settings.recentFiles())
                m_settings.removeRecentFile(f);
            updateRecentMenu();
        });
    }
    m_recent->setEnabled(!files.isEmpty());
}

void FileActions::newFile()
{
    QString path = QFileDialog::getSaveFileName(m_window, tr("New Customer File"),
                                                m_settings.lastFileDirectory(), fileFilter());
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += QStringLiteral(".vdb");
    m_settings.setLastFileDirectory(QFileInfo(path).absolutePath());
    // The save dialog already asked before replacing; the window replaces the file.
    emit openRequested(path, Database::OpenMode::CreateNew);
}

void FileActions::openFile()
{
    const QString path = QFileDialog::getOpenFileName(m_window, tr("Open Customer File"),
                                                      m_settings.lastFileDirectory(), fileFilter());
    if (path.isEmpty())
        return;
    m_settings.setLastFileDirectory(QFileInfo(path).absolutePath());
    emit openRequested(path, Database::OpenMode::OpenExisting);
}

void FileActions::saveCopy()
{
    QString path = QFileDialog::getSaveFileName(m_window, tr("Save a Copy"),
                                                m_settings.lastFileDirectory(), fileFilter());
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += QStringLiteral(".vdb");
    emit backupRequested(path);
}

} // namespace valuedesk
