#pragma once

#include <QJsonObject>
#include <QWidget>

#include <functional>

class QFormLayout;

namespace valuedesk {

// Edits a classification scheme's options (the JSON of ClassificationSchemes): a number becomes
// a spin box, true/false a check box, a text a line edit, a list of numbers a comma-separated
// line ("80, 95"), anything else (lists of tiers, null) a compact JSON line. Every key of the
// options shown is editable; "applied" (computed figures) is not shown.
class SchemeOptionsForm final : public QWidget
{
    Q_OBJECT

public:
    explicit SchemeOptionsForm(QWidget *parent = nullptr);

    void setOptions(const QJsonObject &options);
    // The edited options; a field that does not parse is an error naming it.
    QJsonObject options(QString *error = nullptr) const;
    int fieldCount() const { return static_cast<int>(m_readers.size()); }

    // "gold_multiple" → "Gold multiple" (translated where known).
    static QString label(const QString &key);

signals:
    void edited();

private:
    QFormLayout *m_form;
    QVector<std::pair<QString, std::function<bool(QJsonValue &)>>> m_readers;
};

} // namespace valuedesk
