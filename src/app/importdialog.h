#pragma once

#include "columnmapping.h"
#include "importplan.h"
#include "importsource.h"

#include <QDialog>
#include <QPointer>

#include <functional>
#include <optional>

class QCheckBox;
class QComboBox;
class QFormLayout;
class QLabel;
class QPushButton;
class QStackedWidget;
class QTableView;

namespace valuedesk {

class BackgroundTask;
class Document;
class DuplicateCustomerModel;
class ImportMappingModel;
class TextTableModel;

// The import wizard: (1) what the file is and how its columns map to fields, with a preview;
// (2) the check: bad rows with line, field and reason (saveable as CSV), customers already in the
// file and what to do with each; then the import itself, all or nothing. Reading, checking and
// writing run off the GUI thread with progress and Cancel.
class ImportDialog final : public QDialog
{
    Q_OBJECT

public:
    ImportDialog(Document *document, const QString &inputPath, QWidget *parent = nullptr);
    ~ImportDialog() override;

    // After exec(): what was imported (empty when cancelled or nothing was written).
    std::optional<ImportSummary> summary() const { return m_summary; }

    // Steps, callable from tests without clicking. Reading, checking and writing run on a worker
    // thread and return at once; `done` says whether the step succeeded (a failure or Cancel is
    // shown in the dialog). One step at a time: while one runs, another ends at once with false.
    using Done = std::function<void(bool ok)>;
    void loadSource(Done done = {}); // (re)reads the file with the chosen encoding/separator/sheet
    void setKind(ImportKind kind);
    ImportMappingModel *mappingModel() const { return m_mapping; }
    void check(Done done = {});     // validates; shows the review page
    void runImport(Done done = {}); // writes
    bool isBusy() const { return !m_task.isNull(); }
    const ImportPlan *plan() const { return m_plan ? &*m_plan : nullptr; }
    QString errorText() const;
    bool saveReport(const QString &path) const;

private:
    void sourceLoaded(Result<ImportSource> loaded, const Done &done);
    void importFinished(Result<ImportSummary> result, const Done &done);
    void buildSetupPage();
    void buildReviewPage();
    void retranslate();
    void updateSetupState();
    void showReview();
    ImportKind currentKind() const;
    ImportSourceOptions sourceOptions() const;
    void chooseReportFile();

    Document *m_document;
    QPointer<BackgroundTask> m_task;
    QString m_inputPath;
    std::optional<ImportSource> m_source;
    std::optional<ImportPlan> m_plan;
    std::optional<ImportSummary> m_summary;

    QStackedWidget *m_pages;
    // Setup page
    QLabel *m_fileLabel;
    QComboBox *m_kind;
    QComboBox *m_encoding;
    QComboBox *m_separator;
    QComboBox *m_sheet;
    QCheckBox *m_createMissing;
    QComboBox *m_duplicateDefault;
    QLabel *m_sourceInfo;
    QFormLayout *m_form = nullptr;
    QList<QLabel *> m_formLabels;
    QTableView *m_mappingView;
    QTableView *m_previewView;
    QLabel *m_setupMessage;
    QPushButton *m_checkButton;
    ImportMappingModel *m_mapping;
    TextTableModel *m_preview;
    // Review page
    QLabel *m_reviewSummary;
    QTableView *m_problemView;
    QPushButton *m_saveReport;
    QTableView *m_duplicateView;
    QComboBox *m_setAllDuplicates;
    QLabel *m_duplicatesLabel;
    QPushButton *m_backButton;
    QPushButton *m_importButton;
    TextTableModel *m_problems;
    DuplicateCustomerModel *m_duplicates;
};

} // namespace valuedesk
