#include "importdialog.h"

#include "backgroundtask.h"
#include "choicedelegate.h"
#include "connectionfactory.h"
#include "csvwriter.h"
#include "document.h"
#include "documentstore.h"
#include "duplicatecustomermodel.h"
#include "importmappingmodel.h"
#include "importreport.h"
#include "importservice.h"
#include "palette.h"
#include "texttablemodel.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QSplitter>
#include <QStackedWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace valuedesk {

namespace {

constexpr int previewRows = 50;

QTableView *makeTable(QWidget *parent)
{
    auto *view = new QTableView(parent);
    view->setAlternatingRowColors(true);
    view->verticalHeader()->setVisible(false);
    view->horizontalHeader()->setStretchLastSection(true);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setWordWrap(false);
    return view;
}

} // namespace

ImportDialog::ImportDialog(Document *document, const QString &inputPath, QWidget *parent)
    : QDialog(parent), m_document(document), m_inputPath(inputPath),
      m_pages(new QStackedWidget(this)), m_mapping(new ImportMappingModel(this)),
      m_preview(new TextTableModel(this)), m_problems(new TextTableModel(this)),
      m_duplicates(new DuplicateCustomerModel(this))
{
    setObjectName(QStringLiteral("ImportDialog"));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_pages);
    buildSetupPage();
    buildReviewPage();
    retranslate();
    resize(980, 680);
    loadSource([this](bool ok) {
        if (ok)
            setKind(ImportService::likelyKind(m_source->headers()));
    });
}

ImportDialog::~ImportDialog()
{
    if (m_task) // it reads m_source and the document's file: stop it before they go
        m_task->cancelAndWait();
}

void ImportDialog::buildSetupPage()
{
    auto *page = new QWidget(m_pages);
    auto *layout = new QVBoxLayout(page);
    m_fileLabel = new QLabel(page);
    m_fileLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_fileLabel);

    auto *form = new QFormLayout;
    m_kind = new QComboBox(page);
    m_kind->setObjectName(QStringLiteral("importKind"));
    for (ImportKind k : {ImportKind::Customers, ImportKind::Transactions, ImportKind::Interactions,
                         ImportKind::Surveys, ImportKind::Balances})
        m_kind->addItem(QString(), static_cast<int>(k));
    m_encoding = new QComboBox(page);
    m_encoding->addItem(QString(), static_cast<int>(TextEncoding::Auto));
    m_encoding->addItem(QStringLiteral("UTF-8"), static_cast<int>(TextEncoding::Utf8));
    m_encoding->addItem(QStringLiteral("GBK / GB18030"), static_cast<int>(TextEncoding::Gb18030));
    m_separator = new QComboBox(page);
    m_separator->addItem(QString(), QString());
    m_separator->addItem(QStringLiteral(", "), QStringLiteral(","));
    m_separator->addItem(QStringLiteral("; "), QStringLiteral(";"));
    m_separator->addItem(QString(), QStringLiteral("\t"));
    m_sheet = new QComboBox(page);
    m_createMissing = new QCheckBox(page);
    m_duplicateDefault = new QComboBox(page);
    for (DuplicateAction a :
         {DuplicateAction::Update, DuplicateAction::Skip, DuplicateAction::ImportAsNew})
        m_duplicateDefault->addItem(QString(), static_cast<int>(a));
    for (QWidget *field : std::initializer_list<QWidget *>{m_kind, m_encoding, m_separator, m_sheet,
                                                           m_duplicateDefault}) {
        auto *label = new QLabel(page);
        label->setBuddy(field);
        m_formLabels.append(label);
        form->addRow(label, field);
    }
    form->addRow(QString(), m_createMissing);
    m_form = form;
    layout->addLayout(form);
    m_sourceInfo = new QLabel(page);
    layout->addWidget(m_sourceInfo);

    auto *splitter = new QSplitter(Qt::Vertical, page);
    m_mappingView = makeTable(splitter);
    m_mappingView->setObjectName(QStringLiteral("mappingView"));
    m_mappingView->setModel(m_mapping);
    m_mappingView->setEditTriggers(QAbstractItemView::AllEditTriggers);
    m_mappingView->setItemDelegateForColumn(ImportMappingModel::Target,
                                            new ChoiceDelegate(
                                                [this](const QModelIndex &index) {
                                                    QVector<QPair<QVariant, QString>> out;
                                                    for (const auto &[id, label] :
                                                         m_mapping->choices(index.row()))
                                                        out.append({id, label});
                                                    return out;
                                                },
                                                this));
    m_mappingView->horizontalHeader()->resizeSection(ImportMappingModel::Header, 200);
    m_mappingView->horizontalHeader()->resizeSection(ImportMappingModel::Sample, 360);
    m_previewView = makeTable(splitter);
    m_previewView->setModel(m_preview);
    m_previewView->horizontalHeader()->setStretchLastSection(false);
    splitter->addWidget(m_mappingView);
    splitter->addWidget(m_previewView);
    layout->addWidget(splitter, 1);

    m_setupMessage = new QLabel(page);
    m_setupMessage->setWordWrap(true);
    m_setupMessage->setStyleSheet(Palette::textStyleSheet(Palette::error()));
    layout->addWidget(m_setupMessage);

    auto *buttons = new QDialogButtonBox(page);
    m_checkButton = buttons->addButton(QString(), QDialogButtonBox::AcceptRole);
    m_checkButton->setObjectName(QStringLiteral("checkButton"));
    buttons->addButton(QDialogButtonBox::Cancel);
    layout->addWidget(buttons);
    m_pages->addWidget(page);

    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_checkButton, &QPushButton::clicked, this, [this]() { check(); });
    connect(m_kind, &QComboBox::activated, this, [this]() { setKind(currentKind()); });
    connect(m_encoding, &QComboBox::activated, this, [this]() { loadSource(); });
    connect(m_separator, &QComboBox::activated, this, [this]() { loadSource(); });
    connect(m_sheet, &QComboBox::activated, this, [this]() { loadSource(); });
    connect(m_mapping, &ImportMappingModel::mappingChanged, this, &ImportDialog::updateSetupState);
}

void ImportDialog::buildReviewPage()
{
    auto *page = new QWidget(m_pages);
    auto *layout = new QVBoxLayout(page);
    m_reviewSummary = new QLabel(page);
    m_reviewSummary->setWordWrap(true);
    m_reviewSummary->setObjectName(QStringLiteral("reviewSummary"));
    layout->addWidget(m_reviewSummary);

    m_problemView = makeTable(page);
    m_problemView->setModel(m_problems);
    m_problemView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    layout->addWidget(m_problemView, 2);
    m_saveReport = new QPushButton(page);
    auto *reportRow = new QHBoxLayout;
    reportRow->addWidget(m_saveReport);
    reportRow->addStretch();
    layout->addLayout(reportRow);

    m_duplicatesLabel = new QLabel(page);
    m_duplicatesLabel->setWordWrap(true);
    layout->addWidget(m_duplicatesLabel);
    m_duplicateView = makeTable(page);
    m_duplicateView->setModel(m_duplicates);
    m_duplicateView->setEditTriggers(QAbstractItemView::AllEditTriggers);
    m_duplicateView->setItemDelegateForColumn(
        DuplicateCustomerModel::Action,
        new ChoiceDelegate(
            [](const QModelIndex &) {
                QVector<QPair<QVariant, QString>> out;
                for (DuplicateAction a :
                     {DuplicateAction::Update, DuplicateAction::Skip, DuplicateAction::ImportAsNew})
                    out.append({static_cast<int>(a), DuplicateCustomerModel::actionName(a)});
                return out;
            },
            this));
    layout->addWidget(m_duplicateView, 1);
    m_setAllDuplicates = new QComboBox(page);
    for (DuplicateAction a :
         {DuplicateAction::Update, DuplicateAction::Skip, DuplicateAction::ImportAsNew})
        m_setAllDuplicates->addItem(QString(), static_cast<int>(a));
    auto *setAllRow = new QHBoxLayout;
    setAllRow->addWidget(m_setAllDuplicates);
    setAllRow->addStretch();
    layout->addLayout(setAllRow);

    auto *buttons = new QDialogButtonBox(page);
    m_backButton = buttons->addButton(QString(), QDialogButtonBox::ResetRole);
    m_importButton = buttons->addButton(QString(), QDialogButtonBox::AcceptRole);
    m_importButton->setObjectName(QStringLiteral("importButton"));
    buttons->addButton(QDialogButtonBox::Cancel);
    layout->addWidget(buttons);
    m_pages->addWidget(page);

    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_backButton, &QPushButton::clicked, this, [this]() { m_pages->setCurrentIndex(0); });
    connect(m_importButton, &QPushButton::clicked, this, [this]() {
        runImport([this](bool ok) {
            if (ok)
                accept();
        });
    });
    connect(m_saveReport, &QPushButton::clicked, this, &ImportDialog::chooseReportFile);
    connect(m_setAllDuplicates, &QComboBox::activated, this, [this]() {
        m_duplicates->setAllActions(
            static_cast<DuplicateAction>(m_setAllDuplicates->currentData().toInt()));
    });
}

void ImportDialog::retranslate()
{
    setWindowTitle(tr("Import"));
    m_fileLabel->setText(tr("File: %1").arg(QDir::toNativeSeparators(m_inputPath)));
    for (int i = 0; i < m_kind->count(); ++i)
        m_kind->setItemText(
            i, ImportSchema::kindDisplayName(static_cast<ImportKind>(m_kind->itemData(i).toInt())));
    m_encoding->setItemText(0, tr("Detect automatically"));
    m_separator->setItemText(0, tr("Detect automatically"));
    m_separator->setItemText(3, tr("Tab"));
    for (int i = 0; i < m_duplicateDefault->count(); ++i) {
        const auto action = static_cast<DuplicateAction>(m_duplicateDefault->itemData(i).toInt());
        m_duplicateDefault->setItemText(i, DuplicateCustomerModel::actionName(action));
        m_setAllDuplicates->setItemText(
            i, tr("Set all to: %1").arg(DuplicateCustomerModel::actionName(action)));
    }
    m_createMissing->setText(tr("Create customers for codes not yet in the file"));
    const QStringList labels = {tr("Import &as:"), tr("&Encoding:"), tr("&Separator:"),
                                tr("S&heet:"), tr("Customers already in the file:")};
    for (int i = 0; i < m_formLabels.size(); ++i)
        m_formLabels.at(i)->setText(labels.at(i));
    m_checkButton->setText(tr("&Check Rows…"));
    m_saveReport->setText(tr("&Save Report as CSV…"));
    m_backButton->setText(tr("&Back"));
}

ImportKind ImportDialog::currentKind() const
{
    return static_cast<ImportKind>(m_kind->currentData().toInt());
}

ImportSourceOptions ImportDialog::sourceOptions() const
{
    ImportSourceOptions options;
    options.encoding = static_cast<TextEncoding>(m_encoding->currentData().toInt());
    const QString separator = m_separator->currentData().toString();
    if (!separator.isEmpty())
        options.separator = separator.at(0);
    options.sheet = m_sheet->currentIndex() > 0 ? m_sheet->currentText() : QString();
    return options;
}

void ImportDialog::loadSource(Done done)
{
    if (!done)
        done = [](bool) {
        };
    if (m_task)
        return done(false);
    // Decoding a large CSV takes a moment; keep the window alive.
    m_task = BackgroundTask::start<ImportSource>(
        this, tr("Reading %1…").arg(QFileInfo(m_inputPath).fileName()),
        [path = m_inputPath, options = sourceOptions()](TaskContext &) {
            return ImportService::open(path, options);
        },
        [this, done](Result<ImportSource> loaded) { sourceLoaded(std::move(loaded), done); });
}

void ImportDialog::sourceLoaded(Result<ImportSource> loaded, const Done &done)
{
    m_task = nullptr;
    if (!loaded) {
        m_source.reset();
        m_setupMessage->setText(loaded.error().code() == Error::Code::Cancelled
                                    ? tr("Reading was cancelled.")
                                    : loaded.error().message());
        m_mapping->setSource(TableData(), ColumnMapping(currentKind()));
        m_preview->setTable({}, {});
        updateSetupState();
        return done(false);
    }
    m_source = std::move(loaded).value();
    const bool csv = m_source->format() == ImportSource::Format::Csv;
    m_encoding->setEnabled(csv);
    m_separator->setEnabled(csv);
    m_sheet->setEnabled(!csv);
    if (!csv && m_sheet->count() != m_source->sheetNames().size() + 1) {
        m_sheet->clear();
        m_sheet->addItem(tr("First sheet"));
        m_sheet->addItems(m_source->sheetNames());
    }
    const QString separatorName =
        m_source->separator() == QLatin1Char('\t') ? tr("tab") : QString(m_source->separator());
    m_sourceInfo->setText(csv ? tr("%1 columns · encoding %2 · separator \"%3\" · about %n row(s)",
                                   nullptr, static_cast<int>(m_source->estimatedRowCount()))
                                    .arg(m_source->headers().size())
                                    .arg(m_source->encodingName(), separatorName)
                              : tr("%1 columns · sheet \"%2\" · %n row(s)", nullptr,
                                   static_cast<int>(m_source->estimatedRowCount()))
                                    .arg(m_source->headers().size())
                                    .arg(m_source->sheet()));
    const TableData preview = m_source->preview(previewRows);
    m_preview->setTable(preview.headers, preview.rows);
    setKind(currentKind());
    done(true);
}

void ImportDialog::setKind(ImportKind kind)
{
    m_kind->setCurrentIndex(m_kind->findData(static_cast<int>(kind)));
    const bool csv = !m_source || m_source->format() == ImportSource::Format::Csv;
    m_form->setRowVisible(m_createMissing, kind != ImportKind::Customers);
    m_form->setRowVisible(m_duplicateDefault, kind == ImportKind::Customers);
    m_form->setRowVisible(m_encoding, csv);
    m_form->setRowVisible(m_separator, csv);
    m_form->setRowVisible(m_sheet, !csv);
    if (!m_source)
        return;
    ColumnMapping mapping = ColumnMapping::guess(kind, m_source->headers());
    auto remembered = m_document->store().importMapping(kind, m_source->headers());
    if (remembered && remembered->has_value())
        mapping = **remembered;
    m_mapping->setSource(m_source->preview(previewRows), mapping);
}

void ImportDialog::updateSetupState()
{
    if (!m_source) {
        m_checkButton->setEnabled(false);
        return;
    }
    const QStringList missing = m_mapping->mapping().missingRequiredFields();
    m_checkButton->setEnabled(missing.isEmpty());
    m_setupMessage->setText(missing.isEmpty() ? QString()
                                              : tr("Choose a column for each required field: %1.")
                                                    .arg(missing.join(QStringLiteral(", "))));
}

void ImportDialog::check(Done done)
{
    if (!done)
        done = [](bool) {
        };
    if (!m_source || m_task)
        return done(false);
    ImportRequest request;
    request.mapping = m_mapping->mapping();
    request.options.createMissingCustomers = m_createMissing->isChecked();
    request.options.duplicateAction =
        static_cast<DuplicateAction>(m_duplicateDefault->currentData().toInt());
    // m_source outlives the worker: no step starts meanwhile and the destructor waits for it.
    m_task = BackgroundTask::start<ImportPlan>(
        this, tr("Checking rows…"),
        [source = &*m_source, request,
         connections = SqliteConnectionFactory(m_document->database())](TaskContext &context) {
            return ImportService::check(*source, request, connections, context);
        },
        [this, done](Result<ImportPlan> result) {
            m_task = nullptr;
            if ((!result && result.error().code() == Error::Code::Cancelled) ||
                (result && result->cancelled)) {
                m_setupMessage->setText(tr("The check was cancelled; nothing was imported."));
                return done(false);
            }
            if (!result) {
                m_setupMessage->setText(result.error().message());
                return done(false);
            }
            m_plan = std::move(result).value();
            showReview();
            done(true);
        });
}

void ImportDialog::showReview()
{
    const ImportPlan &plan = *m_plan;
    m_problems->setTable(ImportReport::headers(), ImportReport::rows(plan));
    m_duplicates->setPlan(plan);
    const qint64 good = plan.goodRows();
    QString summary =
        tr("%n row(s) read.", nullptr, static_cast<int>(plan.rowsRead)) + QLatin1Char(' ');
    if (plan.badLines.isEmpty())
        summary += tr("All rows are fine.");
    else
        summary += tr("%1 can be imported; %n row(s) have problems and will be left out (listed "
                      "below with line, field and reason).",
                      nullptr, plan.badLines.size())
                       .arg(good);
    if (!plan.newCustomers.isEmpty())
        summary += QLatin1Char(' ') + tr("%n new customer(s) will be created for unknown codes.",
                                         nullptr, plan.newCustomers.size());
    m_reviewSummary->setText(summary);
    m_problemView->setVisible(!plan.problems.isEmpty());
    m_saveReport->setVisible(!plan.problems.isEmpty());
    const bool duplicates = !plan.duplicates.isEmpty();
    m_duplicatesLabel->setVisible(duplicates);
    m_duplicateView->setVisible(duplicates);
    m_setAllDuplicates->setVisible(duplicates);
    m_duplicatesLabel->setText(tr("%n customer(s) in this file are already in the customer file. "
                                  "Choose what to do with each:",
                                  nullptr, plan.duplicates.size()));
    m_importButton->setText(tr("&Import %n Row(s)", nullptr, static_cast<int>(good)));
    m_importButton->setEnabled(good > 0);
    m_problemView->resizeColumnsToContents();
    m_duplicateView->resizeColumnsToContents();
    m_pages->setCurrentIndex(1);
}

void ImportDialog::runImport(Done done)
{
    if (!done)
        done = [](bool) {
        };
    if (!m_plan || m_task)
        return done(false);
    ImportPlan plan = *m_plan;
    plan.duplicates = m_duplicates->duplicates();
    m_task = BackgroundTask::start<ImportSummary>(
        this, tr("Importing…"),
        [plan = std::move(plan), connections = SqliteConnectionFactory(m_document->database())](
            TaskContext &context) { return ImportService::commit(plan, connections, context); },
        [this, done](Result<ImportSummary> result) { importFinished(std::move(result), done); });
}

void ImportDialog::importFinished(Result<ImportSummary> result, const Done &done)
{
    m_task = nullptr;
    if ((!result && result.error().code() == Error::Code::Cancelled) ||
        (result && result->cancelled)) {
        QMessageBox::information(
            this, tr("Import"), tr("The import was cancelled; the customer file was not changed."));
        return done(false);
    }
    if (!result) {
        QMessageBox box(QMessageBox::Warning, tr("Import"),
                        tr("The import failed; the customer file was not changed."),
                        QMessageBox::Ok, this);
        box.setInformativeText(result.error().message());
        box.setDetailedText(result.error().detail());
        box.exec();
        return done(false);
    }
    m_summary = *result;
    // Remembering the mapping is a convenience; the import itself has succeeded either way.
    [[maybe_unused]] const Status remembered =
        m_document->store().saveImportMapping(m_mapping->mapping(), m_source->headers());
    done(true);
}

QString ImportDialog::errorText() const
{
    return m_setupMessage->text();
}

bool ImportDialog::saveReport(const QString &path) const
{
    return m_plan &&
           CsvWriter::write(path, ImportReport::headers(), ImportReport::rows(*m_plan)).ok();
}

void ImportDialog::chooseReportFile()
{
    const QFileInfo input(m_inputPath);
    const QString suggested = input.absolutePath() + QLatin1Char('/') + input.completeBaseName() +
                              tr("-problems") + QStringLiteral(".csv");
    const QString path =
        QFileDialog::getSaveFileName(this, tr("Save Report"), suggested, tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    if (!saveReport(path))
        QMessageBox::warning(
            this, tr("Import"),
            tr("The report could not be saved to %1.").arg(QDir::toNativeSeparators(path)));
}

} // namespace valuedesk
