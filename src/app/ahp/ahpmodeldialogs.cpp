#include "ahpmodeldialogs.h"

#include "ahp/ahptemplates.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace valuedesk {

AhpNewModelDialog::AhpNewModelDialog(QWidget *parent)
    : QDialog(parent), m_templates(new QListWidget(this)), m_name(new QLineEdit(this)),
      m_language(new QComboBox(this))
{
    setWindowTitle(tr("New Value Model"));
    const bool chinese = QLocale().language() == QLocale::Chinese;
    auto *empty = new QListWidgetItem(tr("Empty model (a goal only)"), m_templates);
    empty->setData(Qt::UserRole, QString());
    for (const AhpTemplateInfo &info : AhpTemplates::list()) {
        auto *item =
            new QListWidgetItem(QStringLiteral("%1 — %2").arg(chinese ? info.nameZh : info.nameEn,
                                                              chinese ? info.nameEn : info.nameZh),
                                m_templates);
        item->setData(Qt::UserRole, info.id);
        item->setData(Qt::UserRole + 1, info.nameZh);
        item->setData(Qt::UserRole + 2, info.nameEn);
        item->setToolTip(info.description);
    }
    m_templates->setCurrentRow(m_templates->count() > 1 ? 1 : 0);
    m_language->addItem(QStringLiteral("中文"), true);
    m_language->addItem(QStringLiteral("English"), false);
    m_language->setCurrentIndex(chinese ? 0 : 1);

    auto *form = new QFormLayout;
    form->addRow(tr("Name:"), m_name);
    form->addRow(tr("Names of criteria in:"), m_language);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(tr("Start from:"), this));
    layout->addWidget(m_templates);
    layout->addLayout(form);
    layout->addWidget(buttons);
    resize(520, 380);

    const auto suggestName = [this]() {
        if (m_nameEdited)
            return;
        QListWidgetItem *item = m_templates->currentItem();
        const QString id = item ? item->data(Qt::UserRole).toString() : QString();
        m_name->setText(
            id.isEmpty()
                ? tr("New value model")
                : item->data(this->chinese() ? Qt::UserRole + 1 : Qt::UserRole + 2).toString());
    };
    connect(m_templates, &QListWidget::currentRowChanged, this, suggestName);
    connect(m_language, &QComboBox::currentIndexChanged, this, suggestName);
    connect(m_name, &QLineEdit::textEdited, this, [this]() { m_nameEdited = true; });
    connect(m_name, &QLineEdit::textChanged, this, [this, buttons]() {
        buttons->button(QDialogButtonBox::Ok)->setEnabled(!m_name->text().trimmed().isEmpty());
    });
    connect(m_templates, &QListWidget::itemDoubleClicked, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    suggestName();
}

QString AhpNewModelDialog::templateId() const
{
    QListWidgetItem *item = m_templates->currentItem();
    return item ? item->data(Qt::UserRole).toString() : QString();
}

QString AhpNewModelDialog::modelName() const
{
    return m_name->text().trimmed();
}

bool AhpNewModelDialog::chinese() const
{
    return m_language->currentData().toBool();
}

AhpSettingsDialog::AhpSettingsDialog(const AhpSettings &settings, QWidget *parent)
    : QDialog(parent), m_method(new QComboBox(this)), m_ri(new QComboBox(this)),
      m_threshold(new QDoubleSpinBox(this))
{
    setWindowTitle(tr("Model Settings"));
    m_method->addItem(tr("Principal eigenvector (Saaty)"),
                      static_cast<int>(PriorityMethod::Eigenvector));
    m_method->addItem(tr("Row geometric mean"), static_cast<int>(PriorityMethod::GeometricMean));
    m_method->addItem(tr("Normalised column mean"),
                      static_cast<int>(PriorityMethod::ArithmeticMean));
    for (const auto table : {RandomIndexTable::Saaty1980, RandomIndexTable::AlonsoLamata2006,
                             RandomIndexTable::DoneganDodd1991})
        m_ri->addItem(Consistency::tableName(table), static_cast<int>(table));
    m_method->setCurrentIndex(m_method->findData(static_cast<int>(settings.method)));
    m_ri->setCurrentIndex(m_ri->findData(static_cast<int>(settings.randomIndex)));
    m_threshold->setRange(0.01, 0.5);
    m_threshold->setSingleStep(0.01);
    m_threshold->setDecimals(2);
    m_threshold->setValue(settings.crThreshold);

    auto *form = new QFormLayout;
    form->addRow(tr("Weights by:"), m_method);
    form->addRow(tr("Random index (RI) table:"), m_ri);
    form->addRow(tr("Acceptable CR below:"), m_threshold);
    auto *note = new QLabel(tr("The same matrix's CR differs by up to 20 % between RI tables; "
                               "results always name the table used."),
                            this);
    note->setWordWrap(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(note);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

AhpSettings AhpSettingsDialog::settings() const
{
    AhpSettings s;
    s.method = static_cast<PriorityMethod>(m_method->currentData().toInt());
    s.randomIndex = static_cast<RandomIndexTable>(m_ri->currentData().toInt());
    s.crThreshold = m_threshold->value();
    return s;
}

} // namespace valuedesk
