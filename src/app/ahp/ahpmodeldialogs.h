#pragma once

#include "ahp/consistency.h"

#include <QDialog>

class QComboBox;
class QDoubleSpinBox;
class QLineEdit;
class QListWidget;

namespace valuedesk {

// "New Value Model": an empty model or a copy of a built-in template (bilingual names).
class AhpNewModelDialog final : public QDialog
{
    Q_OBJECT

public:
    explicit AhpNewModelDialog(QWidget *parent = nullptr);

    QString templateId() const; // empty for an empty model
    QString modelName() const;
    bool chinese() const; // names of the template's nodes in Chinese

private:
    QListWidget *m_templates;
    QLineEdit *m_name;
    QComboBox *m_language;
    bool m_nameEdited = false;
};

// Method, random-index table and CR threshold of a model.
class AhpSettingsDialog final : public QDialog
{
    Q_OBJECT

public:
    explicit AhpSettingsDialog(const AhpSettings &settings, QWidget *parent = nullptr);
    AhpSettings settings() const;

private:
    QComboBox *m_method;
    QComboBox *m_ri;
    QDoubleSpinBox *m_threshold;
};

} // namespace valuedesk
