#include "mainwindow.h"

#include "ahp/ahpworkspace.h"
#include "classification/classificationworkspace.h"
#include "clv/clvworkspace.h"
#include "customerdetailpane.h"
#include "customerlistmodel.h"
#include "customerlistpane.h"
#include "customerprofileform.h"
#include "document.h"
#include "evaluation/evaluationworkspace.h"
#include "fileactions.h"
#include "fileholders.h"
#include "importcontroller.h"
#include "newcustomerdialog.h"
#include "openfiles.h"
#include "settings.h"
#include "translator.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QSplitter>
#include <QStatusBar>
#include <QTabWidget>
#include <QTimer>
#include <QUndoGroup>

namespace valuedesk {

MainWindow::MainWindow(Settings &settings, Translator &translator, QWidget *parent)
    : QMainWindow(parent), m_settings(settings), m_translator(translator),
      m_undoGroup(new QUndoGroup(this)), m_tabs(new QTabWidget(this)),
      m_splitter(new QSplitter(m_tabs)), m_list(new CustomerListPane(m_splitter)),
      m_detail(new CustomerDetailPane(m_splitter)), m_ahp(new AhpWorkspace(m_tabs)),
      m_evaluation(new EvaluationWorkspace(m_tabs)), m_classes(new ClassificationWorkspace(m_tabs)),
      m_clv(new ClvWorkspace(m_tabs)), m_fileActions(new FileActions(settings, this)),
      m_import(new ImportController(settings, this)), m_countLabel(new QLabel(this))
{
    setObjectName(QStringLiteral("MainWindow"));
    m_splitter->addWidget(m_list);
    m_splitter->addWidget(m_detail);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 2);
    m_tabs->setObjectName(QStringLiteral("mainTabs"));
    m_tabs->addTab(m_splitter, QString());
    m_tabs->addTab(m_ahp, QString());
    m_tabs->addTab(m_evaluation, QString());
    m_tabs->addTab(m_classes, QString());
    m_tabs->addTab(m_clv, QString());
    setCentralWidget(m_tabs);
    // Edit ▸ Undo follows the tab: the customer file's history or the open value model's.
    connect(m_tabs, &QTabWidget::currentChanged, this, &MainWindow::updateActiveStack);
    connect(m_ahp, &AhpWorkspace::undoStackChanged, this, &MainWindow::updateActiveStack);
    const auto openCustomer = [this](qint64 id) {
        m_tabs->setCurrentIndex(0);
        m_list->selectCustomer(id);
    };
    connect(m_evaluation, &EvaluationWorkspace::customerOpenRequested, this, openCustomer);
    connect(m_classes, &ClassificationWorkspace::customerOpenRequested, this, openCustomer);
    connect(m_evaluation, &EvaluationWorkspace::applyWeightsRequested, this,
            [this](qint64 modelId, int version, const NodePath &parent,
                   const QVector<double> &weights) {
                if (Status applied = m_ahp->applyDirectWeights(modelId, version, parent, weights);
                    !applied) {
                    QMessageBox::warning(this, tr("Apply Weights"), applied.error().message());
                    return;
                }
                m_tabs->setCurrentWidget(m_ahp);
                statusBar()->showMessage(tr("Weights applied to the value model: save it to keep "
                                            "them as a new version, or undo."),
                                         8000);
            });
    statusBar()->addPermanentWidget(m_countLabel);

    createMenus();
    connect(m_fileActions, &FileActions::openRequested, this,
            [this](const QString &path, Database::OpenMode mode) { openDocument(path, mode); });
    connect(m_fileActions, &FileActions::backupRequested, this, &MainWindow::backup);
    connect(m_fileActions, &FileActions::quitRequested, this, &QWidget::close);
    connect(m_list, &CustomerListPane::currentCustomerChanged, this, [this](qint64 id) {
        // Leaving a customer keeps its profile edits (one undo step), as leaving a cell does.
        // They are written after the selection has settled: writing reloads the list.
        CustomerProfileForm *form = m_detail->profileForm();
        if (form->customerId() != id && form->hasChanges()) {
            const Customer edited = form->editedCustomer();
            QTimer::singleShot(0, this, [this, edited]() {
                if (!m_document)
                    return;
                if (auto saved = m_document->editCustomer(edited); !saved)
                    QMessageBox::warning(this, tr("ValueDesk"),
                                         tr("The changes to %1 were not saved: %2")
                                             .arg(edited.code, saved.error().message()));
            });
        }
        m_detail->setCustomer(id);
    });
    connect(m_list, &CustomerListPane::countsChanged, this, &MainWindow::updateCounts);
    connect(m_list, &CustomerListPane::currentCustomerChanged, this, &MainWindow::updateActions);
    connect(m_import, &ImportController::imported, this, [this]() {
        if (m_document)
            m_document->notifyBulkChange();
    });

    resize(1280, 800);
    restoreGeometry(m_settings.mainWindowGeometry());
    restoreState(m_settings.mainWindowState());
    retranslate();
    updateActions();
}

MainWindow::~MainWindow()
{
    // Views hold models that point at the document; detach them before it goes.
    m_list->setDocument(nullptr);
    m_detail->setDocument(nullptr);
    m_ahp->setDocument(nullptr);
    m_evaluation->setDocument(nullptr);
    m_classes->setDocument(nullptr);
    m_clv->setDocument(nullptr);
}

void MainWindow::createMenus()
{
    m_fileMenu = menuBar()->addMenu(QString());
    m_fileActions->populate(m_fileMenu, m_import->action());

    m_editMenu = menuBar()->addMenu(QString());
    m_undo = m_undoGroup->createUndoAction(this);
    m_redo = m_undoGroup->createRedoAction(this);
    m_undo->setShortcut(QKeySequence::Undo);
    m_redo->setShortcut(QKeySequence::Redo);
    m_undo->setObjectName(QStringLiteral("actionUndo"));
    m_redo->setObjectName(QStringLiteral("actionRedo"));
    m_editMenu->addAction(m_undo);
    m_editMenu->addAction(m_redo);

    m_customerMenu = menuBar()->addMenu(QString());
    m_newCustomer = m_customerMenu->addAction(QString(), this, &MainWindow::newCustomer);
    m_newCustomer->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N));
    m_deleteCustomer = m_customerMenu->addAction(QString(), this, &MainWindow::deleteCustomer);
    m_customerMenu->addSeparator();
    QAction *find = m_customerMenu->addAction(QString(), this, [this]() {
        m_list->searchBox()->setFocus();
        m_list->searchBox()->selectAll();
    });
    find->setShortcut(QKeySequence::Find);
    find->setObjectName(QStringLiteral("actionFind"));

    m_languageMenu = menuBar()->addMenu(QString());
    m_languages = new QActionGroup(this);
    for (const auto language :
         {Settings::Language::System, Settings::Language::Chinese, Settings::Language::English}) {
        QAction *action = m_languageMenu->addAction(QString());
        action->setCheckable(true);
        action->setData(static_cast<int>(language));
        action->setChecked(m_settings.language() == language);
        m_languages->addAction(action);
        connect(action, &QAction::triggered, this,
                [this, language]() { setLanguage(static_cast<int>(language)); });
    }

    m_helpMenu = menuBar()->addMenu(QString());
    m_about = m_helpMenu->addAction(QString(), this, &MainWindow::about);
}

void MainWindow::retranslate()
{
    m_fileMenu->setTitle(tr("&File"));
    m_editMenu->setTitle(tr("&Edit"));
    m_customerMenu->setTitle(tr("&Customer"));
    m_languageMenu->setTitle(tr("&Language"));
    m_helpMenu->setTitle(tr("&Help"));
    m_tabs->setTabText(0, tr("Customers"));
    m_tabs->setTabText(1, tr("Value model (AHP)"));
    m_tabs->setTabText(2, tr("Evaluation"));
    m_tabs->setTabText(3, tr("Classes"));
    m_tabs->setTabText(m_tabs->indexOf(m_clv), tr("Customer lifetime value"));
    m_undo->setText(tr("&Undo"));
    m_redo->setText(tr("&Redo"));
    m_newCustomer->setText(tr("&New Customer…"));
    m_deleteCustomer->setText(tr("&Delete Customer…"));
    m_customerMenu->actions().constLast()->setText(tr("&Find Customer"));
    // Language names are shown in their own language, so anyone can find theirs.
    const QStringList languageNames = {tr("System Default"), QStringLiteral("中文"),
                                       QStringLiteral("English")};
    for (int i = 0; i < m_languages->actions().size(); ++i)
        m_languages->actions().at(i)->setText(languageNames.at(i));
    m_about->setText(tr("&About ValueDesk"));
    m_fileActions->retranslate();
    m_import->retranslate();
    updateTitle();
    if (m_list->model())
        updateCounts(m_list->model()->rowCount(), m_list->model()->totalCount());
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QMainWindow::changeEvent(event);
}

bool MainWindow::openDocument(const QString &path, Database::OpenMode mode)
{
    if (m_document &&
        QFileInfo(path).absoluteFilePath() == QFileInfo(m_document->path()).absoluteFilePath()) {
        if (mode == Database::OpenMode::CreateNew) {
            QMessageBox::warning(this, tr("ValueDesk"),
                                 tr("\"%1\" is open; choose another name for the new file.")
                                     .arg(QDir::toNativeSeparators(path)));
            return false;
        }
        return true;
    }
    if (mode == Database::OpenMode::CreateNew && QFileInfo::exists(path)) {
        // The save dialog asked before replacing; but a file this process holds (through a
        // link or another spelling of its path) or another program has open is never deleted
        // under it: removing its -wal would corrupt it.
        if (OpenFiles::contains(OpenFiles::key(path))) {
            QMessageBox::warning(this, tr("ValueDesk"),
                                 tr("\"%1\" is open; choose another name for the new file.")
                                     .arg(QDir::toNativeSeparators(path)));
            return false;
        }
        if (const QString holder = FileHolders::describe(path); !holder.isEmpty()) {
            QMessageBox::warning(this, tr("ValueDesk"),
                                 tr("\"%1\" is in use by %2; close it there first, or choose "
                                    "another name.")
                                     .arg(QDir::toNativeSeparators(path), holder));
            return false;
        }
        for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
            QFile::remove(path + suffix);
    }
    if (!m_ahp->maybeSave())
        return false;
    auto opened = openWithRetry(path, mode);
    if (!opened) {
        QMessageBox box(QMessageBox::Warning, tr("ValueDesk"),
                        tr("The customer file could not be opened."), QMessageBox::Ok, this);
        box.setInformativeText(opened.error().message());
        box.setDetailedText(opened.error().detail());
        box.exec();
        if (mode == Database::OpenMode::OpenExisting && !QFileInfo::exists(path)) {
            m_settings.removeRecentFile(path);
            m_fileActions->updateRecentMenu();
        }
        return false;
    }
    closeDocument();
    m_document = std::move(*opened);
    m_undoGroup->addStack(m_document->undoStack());
    m_ahp->setDocument(m_document.get());
    m_evaluation->setDocument(m_document.get());
    m_classes->setDocument(m_document.get());
    m_clv->setDocument(m_document.get());
    updateActiveStack();
    connect(m_document.get(), &Document::commandFailed, this,
            [this](const QString &message) { statusBar()->showMessage(message, 10000); });
    m_detail->setDocument(m_document.get());
    m_list->setDocument(m_document.get());
    if (!m_settings.customerListHeaderState().isEmpty())
        m_list->restoreHeaderState(m_settings.customerListHeaderState());
    m_settings.addRecentFile(path);
    m_fileActions->updateRecentMenu();
    updateTitle();
    updateActions();
    return true;
}

Result<std::unique_ptr<Document>> MainWindow::openWithRetry(const QString &path,
                                                            Database::OpenMode mode)
{
    Database::Access access = Database::Access::Automatic;
    for (;;) {
        QApplication::setOverrideCursor(Qt::WaitCursor);
        auto opened = Document::open(path, mode, access);
        QApplication::restoreOverrideCursor();
        if (opened || opened.error().code() != Error::Code::FileInUse ||
            mode == Database::OpenMode::CreateNew)
            return opened;
        // Another program is writing (an import from the command line, another ValueDesk):
        // never a raw "database is locked"; wait for it, or look at the file without writing.
        QMessageBox box(QMessageBox::Information, tr("ValueDesk"), opened.error().message(),
                        QMessageBox::Retry | QMessageBox::Cancel, this);
        box.setInformativeText(tr("Try again when it has finished, or open the file read-only to "
                                  "look at it now (changes cannot be saved then)."));
        QPushButton *readOnly = box.addButton(tr("Open Read-Only"), QMessageBox::AcceptRole);
        box.setDefaultButton(QMessageBox::Retry);
        box.exec();
        if (box.clickedButton() == readOnly)
            access = Database::Access::ReadOnly;
        else if (box.clickedButton() != box.button(QMessageBox::Retry))
            return opened;
    }
}

void MainWindow::closeDocument()
{
    if (!m_document)
        return;
    m_list->setDocument(nullptr);
    m_detail->setDocument(nullptr);
    m_ahp->setDocument(nullptr);
    m_evaluation->setDocument(nullptr);
    m_classes->setDocument(nullptr);
    m_clv->setDocument(nullptr);
    m_undoGroup->removeStack(m_document->undoStack());
    m_document.reset();
    updateTitle();
    updateActions();
}

void MainWindow::updateTitle()
{
    if (!m_document)
        setWindowTitle(tr("ValueDesk"));
    else if (m_document->isReadOnly())
        setWindowTitle(tr("%1 (read-only) — ValueDesk").arg(m_document->displayName()));
    else
        setWindowTitle(tr("%1 — ValueDesk").arg(m_document->displayName()));
    setWindowFilePath(m_document ? m_document->path() : QString());
}

void MainWindow::updateActions()
{
    const bool open = m_document != nullptr;
    m_fileActions->setDocumentOpen(open);
    m_import->setDocument(m_document.get());
    const bool writable = open && !m_document->isReadOnly();
    m_newCustomer->setEnabled(writable);
    m_deleteCustomer->setEnabled(writable && m_list->currentCustomerId() > 0);
}

void MainWindow::updateCounts(int shown, int total)
{
    if (!m_document) {
        m_countLabel->clear();
        return;
    }
    m_countLabel->setText(shown == total
                              ? tr("%n customer(s)", nullptr, total)
                              : tr("%1 of %n customer(s) shown", nullptr, total).arg(shown));
}

void MainWindow::backup(const QString &destination)
{
    if (!m_document)
        return;
    if (QFileInfo(destination).absoluteFilePath() ==
        QFileInfo(m_document->path()).absoluteFilePath()) {
        QMessageBox::warning(this, tr("ValueDesk"), tr("Choose another file for the copy."));
        return;
    }
    // Write beside the target first so an existing file is replaced only by a complete copy.
    const QString temporary = destination + QStringLiteral(".partial");
    QFile::remove(temporary);
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const Status written = m_document->database().backupTo(temporary);
    QApplication::restoreOverrideCursor();
    if (!written) {
        QMessageBox::warning(this, tr("ValueDesk"), written.error().message());
        return;
    }
    QFile::remove(destination);
    if (!QFile::rename(temporary, destination)) {
        QFile::remove(temporary);
        QMessageBox::warning(this, tr("ValueDesk"),
                             tr("The copy could not be saved as \"%1\".")
                                 .arg(QDir::toNativeSeparators(destination)));
        return;
    }
    statusBar()->showMessage(tr("Saved a copy to %1").arg(QDir::toNativeSeparators(destination)),
                             8000);
}

void MainWindow::newCustomer()
{
    if (!m_document)
        return;
    NewCustomerDialog dialog(m_document.get(), this);
    if (dialog.exec() == QDialog::Accepted)
        m_list->selectCustomer(dialog.customerId());
}

void MainWindow::deleteCustomer()
{
    const qint64 id = m_list->currentCustomerId();
    if (!m_document || id <= 0)
        return;
    auto customer = m_document->customers().byId(id);
    if (!customer)
        return;
    const auto answer = QMessageBox::question(
        this, tr("Delete Customer"),
        tr("Delete %1 (%2) with all of its transactions, interactions, survey scores and "
           "balances? You can undo this with Edit ▸ Undo.")
            .arg(customer->name, customer->code));
    if (answer != QMessageBox::Yes)
        return;
    if (auto deleted = m_document->deleteCustomer(id); !deleted)
        QMessageBox::warning(this, tr("ValueDesk"), deleted.error().message());
}

void MainWindow::setLanguage(int language)
{
    const auto chosen = static_cast<Settings::Language>(language);
    m_settings.setLanguage(chosen);
    m_translator.apply(chosen);
}

void MainWindow::about()
{
    QMessageBox::about(this, tr("About ValueDesk"),
                       tr("<h3>ValueDesk %1</h3><p>Customer value workbench for account managers: "
                          "weigh value indicators, classify customers and plan what to do about "
                          "each one.</p><p>客户价值工作台</p>")
                           .arg(QApplication::applicationVersion()));
}

void MainWindow::updateActiveStack()
{
    QUndoStack *stack = m_tabs->currentWidget() == m_ahp
                            ? m_ahp->undoStack()
                            : (m_document ? m_document->undoStack() : nullptr);
    if (stack && !m_undoGroup->stacks().contains(stack))
        m_undoGroup->addStack(stack);
    m_undoGroup->setActiveStack(stack);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (!m_ahp->maybeSave()) {
        event->ignore();
        return;
    }
    if (m_detail->profileForm()->hasChanges()) {
        const auto answer =
            QMessageBox::question(this, tr("ValueDesk"),
                                  tr("Apply the changes to the customer's profile before closing?"),
                                  QMessageBox::Apply | QMessageBox::Discard | QMessageBox::Cancel);
        if (answer == QMessageBox::Cancel ||
            (answer == QMessageBox::Apply && !m_detail->profileForm()->apply())) {
            event->ignore();
            return;
        }
    }
    m_settings.setMainWindowGeometry(saveGeometry());
    m_settings.setMainWindowState(saveState());
    if (m_list->model())
        m_settings.setCustomerListHeaderState(m_list->headerState());
    m_settings.sync();
    closeDocument();
    event->accept();
}

} // namespace valuedesk
