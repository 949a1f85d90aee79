#include "schemeoptionsform.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLineEdit>

#include <cmath>

namespace valuedesk {

namespace {

bool isNumberList(const QJsonValue &v)
{
    if (!v.isArray() || v.toArray().isEmpty())
        return false;
    for (const QJsonValue &x : v.toArray())
        if (!x.isDouble())
            return false;
    return true;
}

QString compactJson(const QJsonValue &value)
{
    if (value.isNull())
        return QStringLiteral("null");
    return QString::fromUtf8(value.isArray()
                                 ? QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact)
                                 : QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
}

// Options whose text is one of a few words, offered as a list.
QStringList choicesOf(const QString &key)
{
    static const QHash<QString, QStringList> choices{
        {QStringLiteral("measure"),
         {QStringLiteral("revenue"), QStringLiteral("gross_profit"), QStringLiteral("score")}},
        {QStringLiteral("method"), {QStringLiteral("cumulative"), QStringLiteral("count")}},
        {QStringLiteral("monetary"), {QStringLiteral("revenue"), QStringLiteral("margin")}},
        {QStringLiteral("compare"), {QStringLiteral("raw"), QStringLiteral("scores")}},
    };
    return choices.value(key);
}

} // namespace

SchemeOptionsForm::SchemeOptionsForm(QWidget *parent)
    : QWidget(parent), m_form(new QFormLayout(this))
{
    m_form->setContentsMargins(0, 0, 0, 0);
    m_form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
}

QString SchemeOptionsForm::label(const QString &key)
{
    static const QHash<QString, const char *> known{
        {QStringLiteral("measure"), QT_TR_NOOP("Rank by")},
        {QStringLiteral("method"), QT_TR_NOOP("Classes by")},
        {QStringLiteral("cutoffs"), QT_TR_NOOP("Cumulative-share cut-offs (%)")},
        {QStringLiteral("count_shares"), QT_TR_NOOP("Customer-count shares (%)")},
        {QStringLiteral("class_names"), QT_TR_NOOP("Class names")},
        {QStringLiteral("segment_names"), QT_TR_NOOP("Segment names")},
        {QStringLiteral("monetary"), QT_TR_NOOP("Monetary")},
        {QStringLiteral("compare"), QT_TR_NOOP("Segments compare")},
        {QStringLiteral("thresholds"), QT_TR_NOOP("Score thresholds")},
        {QStringLiteral("k"), QT_TR_NOOP("Clusters (0 = suggest)")},
    };
    if (const auto found = known.constFind(key); found != known.cend())
        return tr(found.value());
    QString text = key;
    text.replace(QLatin1Char('_'), QLatin1Char(' '));
    if (!text.isEmpty())
        text[0] = text.at(0).toUpper();
    return text;
}

void SchemeOptionsForm::setOptions(const QJsonObject &options)
{
    while (m_form->rowCount() > 0)
        m_form->removeRow(0);
    m_readers.clear();
    for (auto it = options.begin(); it != options.end(); ++it) {
        const QString key = it.key();
        if (key == QLatin1String("applied"))
            continue;
        const QJsonValue value = it.value();
        QWidget *field = nullptr;
        if (value.isBool()) {
            auto *box = new QCheckBox(this);
            box->setChecked(value.toBool());
            connect(box, &QCheckBox::toggled, this, &SchemeOptionsForm::edited);
            m_readers.append({key, [box](QJsonValue &out) {
                                  out = box->isChecked();
                                  return true;
                              }});
            field = box;
        } else if (value.isDouble()) {
            auto *spin = new QDoubleSpinBox(this);
            spin->setRange(-1e12, 1e12);
            const double v = value.toDouble();
            spin->setDecimals(v == std::floor(v) && std::abs(v) >= 1 ? 0 : 4);
            spin->setValue(v);
            connect(spin, &QDoubleSpinBox::valueChanged, this, &SchemeOptionsForm::edited);
            m_readers.append({key, [spin](QJsonValue &out) {
                                  out = spin->value();
                                  return true;
                              }});
            field = spin;
        } else if (value.isString() && choicesOf(key).contains(value.toString())) {
            auto *combo = new QComboBox(this);
            combo->addItems(choicesOf(key));
            combo->setCurrentText(value.toString());
            connect(combo, &QComboBox::currentIndexChanged, this, &SchemeOptionsForm::edited);
            m_readers.append({key, [combo](QJsonValue &out) {
                                  out = combo->currentText();
                                  return true;
                              }});
            field = combo;
        } else if (value.isString()) {
            auto *edit = new QLineEdit(value.toString(), this);
            connect(edit, &QLineEdit::textEdited, this, &SchemeOptionsForm::edited);
            m_readers.append({key, [edit](QJsonValue &out) {
                                  out = edit->text().trimmed();
                                  return true;
                              }});
            field = edit;
        } else if (isNumberList(value)) {
            QStringList parts;
            for (const QJsonValue &x : value.toArray())
                parts << QString::number(x.toDouble(), 'g', 12);
            auto *edit = new QLineEdit(parts.join(QStringLiteral(", ")), this);
            connect(edit, &QLineEdit::textEdited, this, &SchemeOptionsForm::edited);
            m_readers.append({key, [edit](QJsonValue &out) {
                                  QJsonArray array;
                                  const QStringList items =
                                      edit->text().split(QLatin1Char(','), Qt::SkipEmptyParts);
                                  for (const QString &part : items) {
                                      bool ok = false;
                                      const double v = part.trimmed().toDouble(&ok);
                                      if (!ok)
                                          return false;
                                      array.append(v);
                                  }
                                  out = array;
                                  return true;
                              }});
            field = edit;
        } else {
            auto *edit = new QLineEdit(compactJson(value), this);
            edit->setToolTip(tr("JSON, e.g. a list of objects or null"));
            connect(edit, &QLineEdit::textEdited, this, &SchemeOptionsForm::edited);
            m_readers.append({key, [edit](QJsonValue &out) {
                                  const QByteArray text = edit->text().trimmed().toUtf8();
                                  if (text.isEmpty() || text == "null") {
                                      out = QJsonValue(QJsonValue::Null);
                                      return true;
                                  }
                                  const QJsonDocument doc =
                                      QJsonDocument::fromJson("{\"v\":" + text + '}');
                                  if (!doc.isObject())
                                      return false;
                                  out = doc.object().value(QStringLiteral("v"));
                                  return true;
                              }});
            field = edit;
        }
        field->setObjectName(QStringLiteral("option_") + key);
        m_form->addRow(label(key), field);
    }
}

QJsonObject SchemeOptionsForm::options(QString *error) const
{
    QJsonObject json;
    for (const auto &[key, read] : m_readers) {
        QJsonValue value;
        if (!read(value)) {
            if (error)
                *error = tr("“%1” is not valid.").arg(label(key));
            return {};
        }
        json.insert(key, value);
    }
    return json;
}

} // namespace valuedesk
