#pragma once

#include "database.h"

#include <QObject>

class QAction;
class QMenu;
class QWidget;

namespace valuedesk {

class Settings;

// File menu: New, Open, Open Recent, Save a Copy, Quit. Asks the user for paths and reports what
// to open; the main window does the opening.
class FileActions final : public QObject
{
    Q_OBJECT

public:
    FileActions(Settings &settings, QWidget *window);

    void populate(QMenu *fileMenu, QAction *importAction);
    void updateRecentMenu();
    void setDocumentOpen(bool open);
    void retranslate();

    static QString fileFilter();

signals:
    void openRequested(const QString &path, valuedesk::Database::OpenMode mode);
    void backupRequested(const QString &destination);
    void quitRequested();

private:
    void newFile();
    void openFile();
    void saveCopy();

    Settings &m_settings;
    QWidget *m_window;
    QAction *m_new;
    QAction *m_open;
    QMenu *m_recent = nullptr;
    QAction *m_saveCopy;
    QAction *m_quit;
};

} // namespace valuedesk
