#pragma once

#include "database.h"

#include <QMainWindow>

#include <memory>

class QAction;
class QActionGroup;
class QLabel;
class QMenu;
class QSplitter;
class QTabWidget;
class QUndoGroup;

namespace valuedesk {

class AhpWorkspace;
class ClassificationWorkspace;
class ClvWorkspace;
class EvaluationWorkspace;
class CustomerDetailPane;
class CustomerListPane;
class Document;
class FileActions;
class ImportController;
class Settings;
class Translator;

class MainWindow final : public QMainWindow
{
    Q_OBJECT

public:
    MainWindow(Settings &settings, Translator &translator, QWidget *parent = nullptr);
    ~MainWindow() override;

    // Opens (or creates) a customer file; on failure shows why and keeps the current file.
    bool openDocument(const QString &path, Database::OpenMode mode);
    void closeDocument();
    Document *document() const { return m_document.get(); }
    CustomerListPane *customerList() const { return m_list; }
    CustomerDetailPane *customerDetail() const { return m_detail; }
    ImportController *importController() const { return m_import; }
    AhpWorkspace *ahpWorkspace() const { return m_ahp; }
    EvaluationWorkspace *evaluationWorkspace() const { return m_evaluation; }
    ClassificationWorkspace *classificationWorkspace() const { return m_classes; }
    ClvWorkspace *clvWorkspace() const { return m_clv; }
    QTabWidget *tabs() const { return m_tabs; }

protected:
    void closeEvent(QCloseEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    Result<std::unique_ptr<Document>> openWithRetry(const QString &path, Database::OpenMode mode);
    void createMenus();
    void retranslate();
    void updateTitle();
    void updateActions();
    void updateCounts(int shown, int total);
    void backup(const QString &destination);
    void newCustomer();
    void deleteCustomer();
    void setLanguage(int language);
    void about();
    void updateActiveStack();

    Settings &m_settings;
    Translator &m_translator;
    std::unique_ptr<Document> m_document;
    QUndoGroup *m_undoGroup;
    QTabWidget *m_tabs;
    QSplitter *m_splitter;
    CustomerListPane *m_list;
    CustomerDetailPane *m_detail;
    AhpWorkspace *m_ahp;
    EvaluationWorkspace *m_evaluation;
    ClassificationWorkspace *m_classes;
    ClvWorkspace *m_clv;
    FileActions *m_fileActions;
    ImportController *m_import;
    QLabel *m_countLabel;

    QMenu *m_fileMenu = nullptr;
    QMenu *m_editMenu = nullptr;
    QMenu *m_customerMenu = nullptr;
    QMenu *m_languageMenu = nullptr;
    QMenu *m_helpMenu = nullptr;
    QAction *m_undo = nullptr;
    QAction *m_redo = nullptr;
    QAction *m_newCustomer = nullptr;
    QAction *m_deleteCustomer = nullptr;
    QActionGroup *m_languages = nullptr;
    QAction *m_about = nullptr;
};

} // namespace valuedesk
