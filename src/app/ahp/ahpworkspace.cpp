#include "ahpworkspace.h"

#include "ahp/ahpmodeljson.h"
#include "ahp/ahpmodelsession.h"
#include "ahp/ahptemplates.h"
#include "ahp/ahpundocommands.h"
#include "ahphierarchypane.h"
#include "atomicfile.h"
#include "document.h"
#include "documentstore.h"
#include "hierarchyconsistencylabel.h"
#include "pairwiseeditor.h"
#include "palette.h"

#include <QComboBox>
#include <QDir>
#include <QEvent>
#include <QFile>
#include <QHBoxLayout>
#include <QJsonDocument>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QSplitter>
#include <QUndoStack>
#include <QVBoxLayout>

namespace valuedesk {

AhpWorkspace::AhpWorkspace(QWidget *parent)
    : QWidget(parent), m_modelLabel(new QLabel(this)), m_models(new QComboBox(this)),
      m_new(new QPushButton(this)), m_import(new QPushButton(this)),
      m_export(new QPushButton(this)), m_rename(new QPushButton(this)),
      m_save(new QPushButton(this)), m_revert(new QPushButton(this)),
      m_delete(new QPushButton(this)), m_settings(new QPushButton(this)), m_state(new QLabel(this)),
      m_consistency(new HierarchyConsistencyLabel(this)), m_hierarchyError(new QLabel(this)),
      m_splitter(new QSplitter(this)), m_hierarchy(new AhpHierarchyPane(this)),
      m_editor(new PairwiseEditor(this))
{
    setObjectName(QStringLiteral("AhpWorkspace"));
    m_models->setObjectName(QStringLiteral("modelCombo"));
    m_models->setMinimumContentsLength(24);
    m_models->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_rename->setObjectName(QStringLiteral("renameModelButton"));
    m_save->setObjectName(QStringLiteral("saveModelButton"));
    m_revert->setObjectName(QStringLiteral("revertModelButton"));
    m_settings->setObjectName(QStringLiteral("modelSettingsButton"));
    m_state->setObjectName(QStringLiteral("modelStateLabel"));
    m_hierarchyError->setWordWrap(true);
    m_hierarchyError->setStyleSheet(Palette::textStyleSheet(Palette::error()));

    auto *bar = new QHBoxLayout;
    bar->addWidget(m_modelLabel);
    bar->addWidget(m_models);
    for (QPushButton *b :
         {m_new, m_import, m_export, m_rename, m_save, m_revert, m_delete, m_settings})
        bar->addWidget(b);
    bar->addStretch(1);
    auto *status = new QHBoxLayout;
    status->addWidget(m_consistency, 1);
    status->addWidget(m_state);

    m_splitter->addWidget(m_hierarchy);
    m_splitter->addWidget(m_editor);
    m_splitter->setStretchFactor(0, 2);
    m_splitter->setStretchFactor(1, 3);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addLayout(status);
    layout->addWidget(m_hierarchyError);
    layout->addWidget(m_splitter, 1);

    connect(m_models, &QComboBox::currentIndexChanged, this, &AhpWorkspace::modelChosen);
    connect(m_new, &QPushButton::clicked, this, &AhpWorkspace::newModelDialog);
    connect(m_import, &QPushButton::clicked, this, &AhpWorkspace::importDialog);
    connect(m_export, &QPushButton::clicked, this, &AhpWorkspace::exportDialog);
    connect(m_save, &QPushButton::clicked, this, [this]() {
        if (Status saved = saveModel(); !saved)
            QMessageBox::warning(this, tr("Save Value Model"), saved.error().message());
    });
    connect(m_rename, &QPushButton::clicked, this, &AhpWorkspace::renameDialog);
    connect(m_revert, &QPushButton::clicked, this, &AhpWorkspace::revert);
    connect(m_delete, &QPushButton::clicked, this, &AhpWorkspace::deleteDialog);
    connect(m_settings, &QPushButton::clicked, this, &AhpWorkspace::settingsDialog);
    connect(m_hierarchy, &AhpHierarchyPane::currentNodeChanged, m_editor, &PairwiseEditor::setNode);
    retranslate();
    updateState();
}

AhpWorkspace::~AhpWorkspace()
{
    // The views go first (they are older children); the session is deleted with the workspace.
    // An open cell editor may still commit while the window closes: keep that from the views.
    if (m_session)
        m_session->blockSignals(true);
}

void AhpWorkspace::setDocument(Document *document)
{
    setSession(nullptr);
    if (m_document)
        disconnect(m_document, nullptr, this, nullptr);
    m_document = document;
    if (m_document)
        connect(m_document, &Document::modelsChanged, this, [this]() {
            // A model saved or removed (here, or by another window or user): refresh the list.
            if (!m_filling)
                fillModelList(m_session ? m_session->model().id : 0);
        });
    fillModelList(0);
    if (m_document && m_models->count() > 0)
        modelChosen(m_models->currentIndex());
    updateState();
}

QUndoStack *AhpWorkspace::undoStack() const
{
    return m_session ? m_session->undoStack() : nullptr;
}

void AhpWorkspace::fillModelList(qint64 select)
{
    m_filling = true;
    m_models->clear();
    if (m_document) {
        auto models = m_document->store().models();
        if (models) {
            for (const AhpModelSummary &s : std::as_const(*models))
                m_models->addItem(tr("%1 (version %2)").arg(s.name).arg(s.version), s.id);
        }
    }
    const int index = m_models->findData(select);
    m_models->setCurrentIndex(index >= 0 ? index : (m_models->count() > 0 ? 0 : -1));
    m_filling = false;
}

void AhpWorkspace::modelChosen(int index)
{
    if (m_filling || index < 0)
        return;
    const qint64 id = m_models->itemData(index).toLongLong();
    if (m_session && m_session->model().id == id)
        return;
    if (!maybeSave()) {
        m_filling = true;
        m_models->setCurrentIndex(m_models->findData(m_session ? m_session->model().id : 0));
        m_filling = false;
        return;
    }
    if (Status opened = openModel(id); !opened)
        QMessageBox::warning(this, tr("Open Value Model"), opened.error().message());
}

Status AhpWorkspace::openModel(qint64 id)
{
    if (!m_document)
        return Error(tr("No customer file is open."));
    auto model = m_document->store().loadModel(id);
    if (!model)
        return model.error();
    setSession(new AhpModelSession(m_document->database().connection(), std::move(*model), this));
    fillModelList(id);
    return Status::success();
}

void AhpWorkspace::setSession(AhpModelSession *session)
{
    AhpModelSession *old = m_session;
    m_session = session;
    m_hierarchy->setSession(session);
    m_editor->setSession(session);
    m_editor->setNode(m_hierarchy->currentNode());
    m_consistency->setSession(session);
    if (session) {
        connect(session, &AhpModelSession::modifiedChanged, this, &AhpWorkspace::updateState);
        connect(session, &AhpModelSession::resultsChanged, this, &AhpWorkspace::updateState);
        connect(session, &AhpModelSession::nameChanged, this, &AhpWorkspace::updateState);
    }
    emit undoStackChanged(undoStack());
    delete old;
    updateState();
}

Status AhpWorkspace::applyDirectWeights(qint64 modelId, int evaluatedVersion,
                                        const NodePath &parent, const QVector<double> &weights)
{
    if (!m_document)
        return Error(tr("No customer file is open."));
    if (modelId <= 0)
        return Error(tr("The evaluated model has been deleted since; the weights cannot be "
                        "applied."));
    if (!m_session || m_session->model().id != modelId) {
        if (!maybeSave())
            return Error(tr("The weights were not applied."));
        if (Status opened = openModel(modelId); !opened)
            return opened;
    }
    const AhpModel &model = m_session->model();
    if (model.version != evaluatedVersion)
        return Error(tr("The value model “%1” has changed since this evaluation (it is at version "
                        "%2, the evaluation used version %3). Evaluate again before applying "
                        "weights.")
                         .arg(model.name)
                         .arg(model.version)
                         .arg(evaluatedVersion));
    const HierarchyNode *node = m_session->node(parent);
    if (!node || static_cast<int>(node->children().size()) != weights.size())
        return Error(tr("The criteria of “%1” have changed since this evaluation. Evaluate again "
                        "before applying weights.")
                         .arg(model.name));
    m_session->undoStack()->push(new SetDirectWeights(m_session, parent, weights));
    return Status::success();
}

Status AhpWorkspace::createModel(const QString &templateId, const QString &name, bool chinese)
{
    if (!m_document)
        return Error(tr("No customer file is open."));
    AhpModel model;
    if (templateId.isEmpty()) {
        model.root = HierarchyNode(tr("Customer value"));
    } else {
        auto created = AhpTemplates::create(templateId, chinese ? TemplateLanguage::Chinese
                                                                : TemplateLanguage::English);
        if (!created)
            return created.error();
        model = std::move(*created);
    }
    DocumentStore &store = m_document->store();
    auto unique = store.uniqueModelName(name.isEmpty() ? model.name : name);
    if (!unique)
        return unique.error();
    model.name = *unique;
    model.id = 0;
    model.version = 0;
    auto stored = store.saveModel(model);
    if (!stored)
        return stored.error();
    return openModel(stored->id);
}

Status AhpWorkspace::importModel(const QString &path)
{
    if (!m_document)
        return Error(tr("No customer file is open."));
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error(tr("“%1” could not be read.").arg(QDir::toNativeSeparators(path)),
                     file.errorString());
    QJsonParseError parseError;
    const QJsonDocument json = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (!json.isObject())
        return Error(tr("“%1” is not a value model file (JSON object expected).")
                         .arg(QDir::toNativeSeparators(path)),
                     parseError.errorString());
    auto model = AhpModelJson::fromJson(json.object());
    if (!model)
        return model.error();
    DocumentStore &store = m_document->store();
    auto unique = store.uniqueModelName(model->name);
    if (!unique)
        return unique.error();
    model->name = *unique;
    model->id = 0;
    model->version = 0;
    auto stored = store.saveModel(*model);
    if (!stored)
        return stored.error();
    return openModel(stored->id);
}

Status AhpWorkspace::exportModel(const QString &path) const
{
    if (!m_session)
        return Error(tr("No value model is open."));
    auto json = AhpModelJson::toJsonWithResults(m_session->model());
    if (!json)
        return json.error();
    return writeFileAtomically(path, QJsonDocument(*json).toJson(QJsonDocument::Indented));
}

Status AhpWorkspace::saveModel()
{
    if (!m_session)
        return Error(tr("No value model is open."));
    auto saved = m_session->save();
    if (!saved)
        return saved.error();
    // The session writes through its own repository (it keeps the model's undo history).
    if (m_document)
        m_document->announce(DocumentChange::models(saved->id));
    fillModelList(saved->id);
    updateState();
    return Status::success();
}

Status AhpWorkspace::renameModel(const QString &name)
{
    if (!m_session)
        return Error(tr("No value model is open."));
    const QString trimmed = name.trimmed();
    if (trimmed == m_session->model().name)
        return Status::success();
    if (Status free = m_session->checkModelName(trimmed); !free)
        return free;
    m_session->undoStack()->push(new RenameModel(m_session, trimmed));
    return Status::success();
}

Status AhpWorkspace::deleteModel()
{
    if (!m_session || !m_document)
        return Error(tr("No value model is open."));
    if (Status removed = m_document->store().removeModel(m_session->model().id); !removed)
        return removed;
    setSession(nullptr);
    fillModelList(0);
    if (m_models->count() > 0)
        return openModel(m_models->currentData().toLongLong());
    return Status::success();
}

void AhpWorkspace::updateState()
{
    const bool open = m_session != nullptr;
    const bool modified = open && m_session->isModified();
    m_new->setEnabled(m_document != nullptr);
    m_import->setEnabled(m_document != nullptr);
    m_models->setEnabled(m_document != nullptr);
    for (QPushButton *b : {m_export, m_rename, m_delete, m_settings})
        b->setEnabled(open);
    m_save->setEnabled(modified);
    m_revert->setEnabled(modified);
    m_hierarchy->setEnabled(open);
    m_editor->setEnabled(open);
    if (!m_document) {
        m_state->setText(tr("Open a customer file to edit its value models."));
    } else if (!open) {
        m_state->setText(tr("No value model yet: click New… to start from a template."));
    } else {
        const AhpModel &m = m_session->model();
        QString text = tr("Version %1, saved %2")
                           .arg(m.version)
                           .arg(QLocale().toString(m.savedAt.toLocalTime(), QLocale::ShortFormat));
        if (modified)
            text += QStringLiteral(" — ") + tr("unsaved changes");
        m_state->setText(text);
        // A rename shows at once; the file keeps the stored name until the next save.
        if (const int index = m_models->findData(m.id); index >= 0)
            m_models->setItemText(index, tr("%1 (version %2)").arg(m.name).arg(m.version));
    }
    const bool failed = open && !m_session->results();
    m_hierarchyError->setVisible(failed);
    if (failed)
        m_hierarchyError->setText(
            tr("The model cannot be evaluated: %1").arg(m_session->results().error().message()));
}

void AhpWorkspace::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void AhpWorkspace::retranslate()
{
    m_modelLabel->setText(tr("Value model:"));
    m_new->setText(tr("New…"));
    m_import->setText(tr("Import JSON…"));
    m_export->setText(tr("Export JSON…"));
    m_rename->setText(tr("Rename…"));
    m_rename->setToolTip(tr("Give the model another name; Save stores it as a new version"));
    m_save->setText(tr("Save"));
    m_save->setToolTip(tr("Store the model as a new version; earlier versions stay unchanged"));
    m_revert->setText(tr("Revert"));
    m_delete->setText(tr("Delete…"));
    m_settings->setText(tr("Settings…"));
    m_settings->setToolTip(tr("Weighting method, random-index table and CR threshold"));
    if (m_session)
        fillModelList(m_session->model().id);
    updateState();
}

} // namespace valuedesk
