#include "importvalidator.h"

#include "checkedmoney.h"
#include "sqlerror.h"
#include "valueparsers.h"

#include <QSqlQuery>

#include <cmath>

namespace valuedesk {

namespace {

QString nameContactKey(const QString &name, const QString &contact)
{
    return name.trimmed().toCaseFolded() + QChar(0x1f) + contact.trimmed().toCaseFolded();
}

// Survey scores on 1-5, 1-7 or 0-10 scales all fit; anything else is a typo or a wrong column.
constexpr double maxSurveyScore = 10.0;

} // namespace

Result<ExistingCustomers> ExistingCustomers::load(const QSqlDatabase &db)
{
    auto q = runQuery(db, QStringLiteral("SELECT id, code, name, contact FROM customers"));
    if (!q)
        return q.error();
    ExistingCustomers existing;
    while (q->next()) {
        const qint64 id = q->value(0).toLongLong();
        const QString code = q->value(1).toString();
        const QString name = q->value(2).toString();
        const QString contact = q->value(3).toString();
        existing.idsByCode.insert(code, id);
        existing.codeAndNameById.insert(id, {code, name});
        if (!name.trimmed().isEmpty() && !contact.trimmed().isEmpty())
            existing.idsByNameAndContact.insert(nameContactKey(name, contact), id);
    }
    return existing;
}

// One input row being converted: its cells, line, and the problems found so far.
struct ImportValidator::RowContext
{
    const ColumnMapping &mapping;
    const QStringList &fields;
    int line;
    QVector<RowProblem> problems;

    QString text(const QString &target) const
    {
        const int c = mapping.column(target);
        return c >= 0 && c < fields.size() ? fields.at(c).trimmed() : QString();
    }
    bool mapped(const QString &target) const { return mapping.column(target) >= 0; }

    void problem(const QString &target, const QString &reason)
    {
        const auto field = ImportSchema::field(mapping.kind(), target);
        problems.append(
            {line, field ? field->displayName : target, QString(), text(target), reason});
    }

    QString required(const QString &target)
    {
        QString value = text(target);
        if (value.isEmpty())
            problem(target, ImportValidator::tr("missing value"));
        return value;
    }
    QDate date(const QString &target, bool isRequired)
    {
        const QString value = isRequired ? required(target) : text(target);
        if (value.isEmpty())
            return {};
        const auto parsed = parseDate(value);
        if (!parsed) {
            problem(target, ImportValidator::tr("not a date (use e.g. 2024-05-25, 2024/5/25 or "
                                                "2024年5月25日)"));
            return {};
        }
        return *parsed;
    }
    std::optional<Cents> money(const QString &target, bool isRequired)
    {
        const QString value = isRequired ? required(target) : text(target);
        if (value.isEmpty())
            return std::nullopt;
        const auto parsed = parseMoney(value);
        if (!parsed) {
            problem(target, ImportValidator::tr("not an amount"));
            return std::nullopt;
        }
        if (!isRecordAmount(*parsed)) {
            problem(target, beyondLimit());
            return std::nullopt;
        }
        return parsed;
    }
    // Amounts are limited so that no sum over a file can overflow (README, Money).
    static QString beyondLimit()
    {
        return ImportValidator::tr("amount beyond ±%1; ValueDesk accepts at most ±%1 per record")
            .arg(maxRecordAmountText());
    }
    std::optional<double> number(const QString &target)
    {
        const QString value = text(target);
        if (value.isEmpty())
            return std::nullopt;
        const auto parsed = parseNumber(value);
        if (!parsed)
            problem(target, ImportValidator::tr("not a number"));
        return parsed;
    }
};

ImportValidator::ImportValidator(ColumnMapping mapping, ExistingCustomers existing,
                                 ImportOptions options)
    : m_mapping(std::move(mapping)), m_existing(std::move(existing)), m_options(options)
{}

Result<ImportPlan> ImportValidator::validate(const ImportSource &source,
                                             const ProgressCallback &progress) const
{
    if (!m_mapping.missingRequiredFields().isEmpty())
        return Error(m_mapping.missingFieldsMessage(source.headers()));
    ImportPlan plan;
    plan.kind = m_mapping.kind();
    for (const QString &target : m_mapping.targets())
        plan.mappedCustomerFields.insert(target);
    const qint64 total = source.estimatedRowCount();
    const Status read = source.forEachRow([&](const QStringList &fields, int line) {
        addRow(plan, fields, line);
        if (progress && (plan.rowsRead & 0xFFF) == 0 && !progress(plan.rowsRead, total)) {
            plan.cancelled = true;
            return false;
        }
        return true;
    });
    if (!read)
        return read.error();
    // Column names are only known here; fill them into the problems for the report.
    QHash<QString, QString> columnByField;
    for (const ImportField &f : ImportSchema::fields(plan.kind)) {
        const int c = m_mapping.column(f.id);
        if (c >= 0 && c < source.headers().size())
            columnByField.insert(f.displayName, source.headers().at(c));
    }
    for (RowProblem &p : plan.problems)
        p.column = columnByField.value(p.field);
    if (progress)
        progress(plan.rowsRead, plan.rowsRead);
    return plan;
}

void ImportValidator::addRow(ImportPlan &plan, const QStringList &fields, int line) const
{
    ++plan.rowsRead;
    RowContext row{m_mapping, fields, line, {}};
    if (plan.kind == ImportKind::Customers)
        addCustomer(plan, row);
    else
        addRecord(plan, row);
    if (!row.problems.isEmpty()) {
        plan.badLines.insert(line);
        plan.problems += row.problems;
    }
}

void ImportValidator::addCustomer(ImportPlan &plan, RowContext &row) const
{
    Customer c;
    c.code = row.required(QStringLiteral("code"));
    c.name = row.required(QStringLiteral("name"));
    c.industry = row.text(QStringLiteral("industry"));
    c.region = row.text(QStringLiteral("region"));
    c.manager = row.text(QStringLiteral("manager"));
    c.contact = row.text(QStringLiteral("contact"));
    c.notes = row.text(QStringLiteral("notes"));
    c.tenureStart = row.date(QStringLiteral("tenure_start"), false);
    const QString status = row.text(QStringLiteral("status"));
    if (!status.isEmpty()) {
        if (const auto parsed = parseCustomerStatus(status))
            c.status = *parsed;
        else
            row.problem(QStringLiteral("status"),
                        tr("unknown status (use active, prospect or lost, or 活跃/潜在/流失)"));
    }
    for (const auto &[name, column] : m_mapping.attributeColumns()) {
        const QString value =
            column < row.fields.size() ? row.fields.at(column).trimmed() : QString();
        if (!value.isEmpty())
            c.attributes.insert(name, value);
    }
    if (!c.code.isEmpty()) {
        const auto seen = plan.codeLines.constFind(c.code);
        if (seen != plan.codeLines.constEnd())
            row.problem(QStringLiteral("code"),
                        tr("duplicate code (also on line %1 of this file)").arg(*seen));
    }
    if (!row.problems.isEmpty())
        return;
    plan.codeLines.insert(c.code, row.line);

    DuplicateCustomer duplicate;
    duplicate.line = row.line;
    duplicate.rowIndex = plan.customers.size();
    duplicate.action = m_options.duplicateAction;
    if (const auto id = m_existing.idsByCode.constFind(c.code);
        id != m_existing.idsByCode.constEnd()) {
        duplicate.existingId = *id;
        duplicate.match = DuplicateCustomer::Match::SameCode;
    } else if (!c.contact.isEmpty()) {
        const auto byName =
            m_existing.idsByNameAndContact.constFind(nameContactKey(c.name, c.contact));
        if (byName != m_existing.idsByNameAndContact.constEnd()) {
            duplicate.existingId = *byName;
            duplicate.match = DuplicateCustomer::Match::SameNameAndContact;
        }
    }
    if (duplicate.existingId != 0) {
        const auto known = m_existing.codeAndNameById.value(duplicate.existingId);
        duplicate.existingCode = known.first;
        duplicate.existingName = known.second;
        plan.duplicates.append(duplicate);
    }
    if (status.isEmpty())
        plan.customersWithoutStatus.insert(plan.customers.size());
    plan.customers.append(c);
    plan.customerLines.append(row.line);
}

qint64 ImportValidator::resolveCustomer(ImportPlan &plan, RowContext &row, const QDate &date) const
{
    const QString code = row.text(QStringLiteral("customer_code"));
    if (code.isEmpty())
        return 0; // reported as a missing value already
    if (const auto id = m_existing.idsByCode.constFind(code); id != m_existing.idsByCode.constEnd())
        return *id;
    if (!m_options.createMissingCustomers) {
        row.problem(QStringLiteral("customer_code"),
                    tr("unknown customer code (import the customer list first, or allow "
                       "creating missing customers)"));
        return 0;
    }
    // A bad row never creates a customer, nor moves a created one's tenure start.
    if (!row.problems.isEmpty())
        return 0;
    auto index = plan.newCustomerIndex.constFind(code);
    if (index == plan.newCustomerIndex.constEnd()) {
        Customer c;
        c.code = code;
        const QString name = row.text(QStringLiteral("customer_name"));
        c.name = name.isEmpty() ? code : name;
        index = plan.newCustomerIndex.insert(code, plan.newCustomers.size());
        plan.newCustomers.append(c);
    }
    // Customers known only from their records start with their first record.
    Customer &created = plan.newCustomers[*index];
    if (date.isValid() && (!created.tenureStart.isValid() || date < created.tenureStart))
        created.tenureStart = date;
    return -(static_cast<qint64>(*index) + 1);
}

void ImportValidator::addRecord(ImportPlan &plan, RowContext &row) const
{
    row.required(QStringLiteral("customer_code"));
    const QDate date = row.date(QStringLiteral("date"), true);
    // The code is resolved after the row's own checks, so an unknown code is reported together
    // with the row's other problems, and a bad row never creates a customer.
    switch (plan.kind) {
    case ImportKind::Transactions: {
        Transaction t;
        t.date = date;
        t.amount = row.money(QStringLiteral("amount"), true).value_or(0);
        t.cost = row.money(QStringLiteral("cost"), false);
        const auto margin = row.money(QStringLiteral("margin"), false);
        if (!t.cost && margin) {
            t.cost = t.amount - *margin; // both within the limit: no overflow
            if (!isRecordAmount(*t.cost))
                row.problem(QStringLiteral("margin"),
                            tr("the cost it gives (amount − margin) is an %1")
                                .arg(RowContext::beyondLimit()));
        }
        t.quantity = row.number(QStringLiteral("quantity"));
        if (t.quantity && *t.quantity < 0)
            row.problem(QStringLiteral("quantity"), tr("negative quantity"));
        t.product = row.text(QStringLiteral("product"));
        t.category = row.text(QStringLiteral("category"));
        t.channel = row.text(QStringLiteral("channel"));
        t.customerId = resolveCustomer(plan, row, date);
        if (row.problems.isEmpty())
            plan.transactions.append(t);
        break;
    }
    case ImportKind::Interactions: {
        Interaction i;
        i.date = date;
        const QString kind = row.required(QStringLiteral("kind"));
        if (!kind.isEmpty()) {
            if (const auto parsed = parseInteractionKind(kind))
                i.kind = *parsed;
            else
                row.problem(QStringLiteral("kind"),
                            tr("unknown interaction kind (use visit, call, complaint, referral, "
                               "training, other, or 拜访/电话/投诉/推荐/培训/其他)"));
        }
        i.note = row.text(QStringLiteral("note"));
        i.customerId = resolveCustomer(plan, row, date);
        if (row.problems.isEmpty())
            plan.interactions.append(i);
        break;
    }
    case ImportKind::Surveys: {
        SurveyScore s;
        s.date = date;
        auto score = [&](const QString &target) {
            auto value = row.number(target);
            if (value && (*value < 0 || *value > maxSurveyScore)) {
                row.problem(target, tr("score outside 0–%1").arg(maxSurveyScore));
                value.reset();
            }
            return value;
        };
        s.satisfaction = score(QStringLiteral("satisfaction"));
        s.loyalty = score(QStringLiteral("loyalty"));
        s.trust = score(QStringLiteral("trust"));
        s.metricName = row.text(QStringLiteral("metric_name"));
        s.metricValue = row.number(QStringLiteral("metric_value"));
        if (s.metricValue && s.metricName.isEmpty())
            s.metricName = QStringLiteral("score");
        if (row.problems.isEmpty() && !s.satisfaction && !s.loyalty && !s.trust && !s.metricValue)
            row.problem(QStringLiteral("satisfaction"), tr("the row has no score"));
        s.customerId = resolveCustomer(plan, row, date);
        if (row.problems.isEmpty())
            plan.surveys.append(s);
        break;
    }
    case ImportKind::Balances: {
        Balance b;
        b.date = date;
        b.amount = row.money(QStringLiteral("amount"), true).value_or(0);
        b.customerId = resolveCustomer(plan, row, date);
        if (row.problems.isEmpty())
            plan.balances.append(b);
        break;
    }
    case ImportKind::Customers:
        break;
    }
}

} // namespace valuedesk
