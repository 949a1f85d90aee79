#include "recordeditdialog.h"

#include "document.h"
#include "palette.h"
#include "valueparsers.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QVBoxLayout>

namespace valuedesk {

namespace {

// Translation context for this file's free functions and form classes.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(valuedesk::RecordEditDialog)
};

QDateEdit *dateEdit(QWidget *parent, const QDate &date)
{
    auto *edit = new QDateEdit(date.isValid() ? date : QDate::currentDate(), parent);
    edit->setCalendarPopup(true);
    edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    return edit;
}

QString moneyText(const std::optional<Cents> &cents)
{
    return cents ? formatCentsPlain(*cents) : QString();
}

QString numberText(const std::optional<double> &value)
{
    return value ? QString::number(*value, 'g', 12) : QString();
}

// Reads an optional amount field; typed forms like "1,234.50" and "1.5万" are accepted.
Result<std::optional<Cents>> readMoney(const QLineEdit *edit, const QString &field, bool required)
{
    const QString text = edit->text().trimmed();
    if (text.isEmpty()) {
        if (required)
            return Error(Text::tr("Enter the %1.").arg(field));
        return std::optional<Cents>();
    }
    const auto cents = parseMoney(text);
    if (!cents)
        return Error(Text::tr("The %1 \"%2\" is not an amount.").arg(field, text));
    return std::optional<Cents>(cents);
}

Result<std::optional<double>> readNumber(const QLineEdit *edit, const QString &field)
{
    const QString text = edit->text().trimmed();
    if (text.isEmpty())
        return std::optional<double>();
    const auto value = parseNumber(text);
    if (!value)
        return Error(Text::tr("The %1 \"%2\" is not a number.").arg(field, text));
    return std::optional<double>(value);
}

} // namespace

template <>
class RecordForm<Transaction>
{
public:
    RecordForm(QWidget *parent, QFormLayout *form, const Transaction &t)
        : m_record(t), m_date(dateEdit(parent, t.date)), m_amount(new QLineEdit(parent)),
          m_cost(new QLineEdit(parent)), m_quantity(new QLineEdit(parent)),
          m_product(new QLineEdit(t.product, parent)), m_category(new QLineEdit(t.category, parent)),
          m_channel(new QLineEdit(t.channel, parent))
    {
        m_amount->setText(t.id > 0 ? formatCentsPlain(t.amount) : QString());
        m_cost->setText(moneyText(t.cost));
        m_quantity->setText(numberText(t.quantity));
        form->addRow(Text::tr("&Date:"), m_date);
        form->addRow(Text::tr("&Amount:"), m_amount);
        form->addRow(Text::tr("&Cost:"), m_cost);
        form->addRow(Text::tr("&Quantity:"), m_quantity);
        form->addRow(Text::tr("&Product:"), m_product);
        form->addRow(Text::tr("Ca&tegory:"), m_category);
        form->addRow(Text::tr("C&hannel:"), m_channel);
    }
    static QString title(bool isNew) { return isNew ? Text::tr("Add transaction") : Text::tr("Edit transaction"); }
    Result<Transaction> read() const
    {
        Transaction t = m_record;
        t.date = m_date->date();
        const auto amount = readMoney(m_amount, Text::tr("amount"), true);
        if (!amount)
            return amount.error();
        t.amount = **amount;
        const auto cost = readMoney(m_cost, Text::tr("cost"), false);
        if (!cost)
            return cost.error();
        t.cost = *cost;
        const auto quantity = readNumber(m_quantity, Text::tr("quantity"));
        if (!quantity)
            return quantity.error();
        t.quantity = *quantity;
        t.product = m_product->text().trimmed();
        t.category = m_category->text().trimmed();
        t.channel = m_channel->text().trimmed();
        return t;
    }

private:
    Transaction m_record;
    QDateEdit *m_date;
    QLineEdit *m_amount, *m_cost, *m_quantity, *m_product, *m_category, *m_channel;
};

template <>
class RecordForm<Interaction>
{
public:
    RecordForm(QWidget *parent, QFormLayout *form, const Interaction &i)
        : m_record(i), m_date(dateEdit(parent, i.date)), m_kind(new QComboBox(parent)),
          m_note(new QLineEdit(i.note, parent))
    {
        for (InteractionKind k : {InteractionKind::Visit, InteractionKind::Call,
                                  InteractionKind::Complaint, InteractionKind::Referral,
                                  InteractionKind::Training, InteractionKind::Other})
            m_kind->addItem(interactionKindDisplayName(k), static_cast<int>(k));
        m_kind->setCurrentIndex(m_kind->findData(static_cast<int>(i.kind)));
        form->addRow(Text::tr("&Date:"), m_date);
        form->addRow(Text::tr("&Kind:"), m_kind);
        form->addRow(Text::tr("&Note:"), m_note);
    }
    static QString title(bool isNew) { return isNew ? Text::tr("Add interaction") : Text::tr("Edit interaction"); }
    Result<Interaction> read() const
    {
        Interaction i = m_record;
        i.date = m_date->date();
        i.kind = static_cast<InteractionKind>(m_kind->currentData().toInt());
        i.note = m_note->text().trimmed();
        return i;
    }

private:
    Interaction m_record;
    QDateEdit *m_date;
    QComboBox *m_kind;
    QLineEdit *m_note;
};

template <>
class RecordForm<SurveyScore>
{
public:
    RecordForm(QWidget *parent, QFormLayout *form, const SurveyScore &s)
        : m_record(s), m_date(dateEdit(parent, s.date)),
          m_satisfaction(new QLineEdit(numberText(s.satisfaction), parent)),
          m_loyalty(new QLineEdit(numberText(s.loyalty), parent)),
          m_trust(new QLineEdit(numberText(s.trust), parent)),
          m_metricName(new QLineEdit(s.metricName, parent)),
          m_metricValue(new QLineEdit(numberText(s.metricValue), parent))
    {
        form->addRow(Text::tr("&Date:"), m_date);
        form->addRow(Text::tr("&Satisfaction:"), m_satisfaction);
        form->addRow(Text::tr("&Loyalty:"), m_loyalty);
        form->addRow(Text::tr("&Trust:"), m_trust);
        form->addRow(Text::tr("Other &metric:"), m_metricName);
        form->addRow(Text::tr("Metric &value:"), m_metricValue);
    }
    static QString title(bool isNew) { return isNew ? Text::tr("Add survey score") : Text::tr("Edit survey score"); }
    Result<SurveyScore> read() const
    {
        SurveyScore s = m_record;
        s.date = m_date->date();
        const std::pair<QLineEdit *, std::optional<double> *> scores[] = {
            {m_satisfaction, &s.satisfaction},
            {m_loyalty, &s.loyalty},
            {m_trust, &s.trust},
            {m_metricValue, &s.metricValue}};
        const QString names[] = {Text::tr("satisfaction"), Text::tr("loyalty"), Text::tr("trust"), Text::tr("metric value")};
        for (int k = 0; k < 4; ++k) {
            const auto value = readNumber(scores[k].first, names[k]);
            if (!value)
                return value.error();
            *scores[k].second = *value;
        }
        s.metricName = m_metricName->text().trimmed();
        return s;
    }

private:
    SurveyScore m_record;
    QDateEdit *m_date;
    QLineEdit *m_satisfaction, *m_loyalty, *m_trust, *m_metricName, *m_metricValue;
};

template <>
class RecordForm<Balance>
{
public:
    RecordForm(QWidget *parent, QFormLayout *form, const Balance &b)
        : m_record(b), m_date(dateEdit(parent, b.date)),
          m_amount(new QLineEdit(b.id > 0 ? formatCentsPlain(b.amount) : QString(), parent))
    {
        form->addRow(Text::tr("&Date:"), m_date);
        form->addRow(Text::tr("&Balance:"), m_amount);
    }
    static QString title(bool isNew) { return isNew ? Text::tr("Add balance") : Text::tr("Edit balance"); }
    Result<Balance> read() const
    {
        Balance b = m_record;
        b.date = m_date->date();
        const auto amount = readMoney(m_amount, Text::tr("balance"), true);
        if (!amount)
            return amount.error();
        b.amount = **amount;
        return b;
    }

private:
    Balance m_record;
    QDateEdit *m_date;
    QLineEdit *m_amount;
};

template <typename Record>
RecordEditDialog<Record>::RecordEditDialog(const Record &record, bool isNew, QWidget *parent)
    : QDialog(parent), m_error(new QLabel(this)), m_record(record)
{
    setWindowTitle(RecordForm<Record>::title(isNew));
    auto *layout = new QVBoxLayout(this);
    auto *form = new QFormLayout;
    layout->addLayout(form);
    m_form = std::make_unique<RecordForm<Record>>(this, form, record);
    m_error->setStyleSheet(Palette::textStyleSheet(Palette::error()));
    m_error->setWordWrap(true);
    layout->addWidget(m_error);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    setMinimumWidth(380);
}

template <typename Record>
RecordEditDialog<Record>::~RecordEditDialog() = default;

template <typename Record>
void RecordEditDialog<Record>::accept()
{
    auto read = m_form->read();
    if (!read) {
        m_error->setText(read.error().message());
        return;
    }
    if (auto valid = Document::validateRecord(*read); !valid) {
        m_error->setText(valid.error().message());
        return;
    }
    m_record = *read;
    QDialog::accept();
}

template class RecordEditDialog<Transaction>;
template class RecordEditDialog<Interaction>;
template class RecordEditDialog<SurveyScore>;
template class RecordEditDialog<Balance>;

} // namespace valuedesk
