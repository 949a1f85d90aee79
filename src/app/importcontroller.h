#pragma once

#include <QObject>

class QAction;
class QWidget;

namespace valuedesk {

class Document;
class Settings;

// File ▸ Import…: picks a CSV or .xlsx file and runs the import wizard on the open document.
class ImportController final : public QObject
{
    Q_OBJECT

public:
    ImportController(Settings &settings, QWidget *window);

    QAction *action() const { return m_action; }
    void setDocument(Document *document);
    void retranslate();
    // Runs the wizard on a given file (the action asks for one first).
    bool importFile(const QString &path);

signals:
    void imported();

private:
    void chooseAndImport();

    Settings &m_settings;
    QWidget *m_window;
    QAction *m_action;
    Document *m_document = nullptr;
};

} // namespace valuedesk
