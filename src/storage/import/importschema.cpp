#include "importschema.h"

namespace valuedesk {

namespace {

QStringList words(std::initializer_list<const char16_t *> list)
{
    QStringList out;
    for (const char16_t *w : list)
        out << QString::fromUtf16(w);
    return out;
}

} // namespace

QVector<ImportField> ImportSchema::fields(ImportKind kind)
{
    const ImportField customerCode{
        QStringLiteral("customer_code"), tr("Customer code"), true,
        words({u"客户编号", u"客户代码", u"客户号", u"客户ID", u"客户编码", u"编号", u"customer id",
               u"customer code", u"customer_id", u"customer no", u"cust id", u"account", u"code",
               u"id"})};
    const ImportField date{
        QStringLiteral("date"), tr("Date"), true,
        words({u"日期", u"交易日期", u"时间", u"发生日期", u"业务日期", u"拜访日期", u"调查日期",
               u"date", u"transaction date", u"order date", u"time"})};
    switch (kind) {
    case ImportKind::Customers:
        return {
            {QStringLiteral("code"), tr("Customer code"), true,
             words({u"客户编号", u"客户代码", u"客户号", u"客户ID", u"客户编码", u"编号",
                    u"customer id", u"customer code", u"customer_id", u"customer no", u"code",
                    u"id"})},
            {QStringLiteral("name"), tr("Name"), true,
             words({u"客户名称", u"客户名", u"名称", u"客户姓名", u"姓名", u"公司名称", u"企业名称",
                    u"单位名称", u"customer name", u"customer", u"name", u"company"})},
            {QStringLiteral("industry"), tr("Industry"), false,
             words({u"行业", u"所属行业", u"行业类别", u"industry", u"sector"})},
            {QStringLiteral("region"), tr("Region"), false,
             words({u"地区", u"区域", u"所在地区", u"省份", u"城市", u"region", u"area", u"city",
                    u"province"})},
            {QStringLiteral("manager"), tr("Account manager"), false,
             words({u"客户经理", u"负责人", u"经办人", u"业务员", u"销售代表", u"account manager",
                    u"manager", u"owner", u"sales rep"})},
            {QStringLiteral("contact"), tr("Contact"), false,
             words({u"联系人", u"联系方式", u"联系电话", u"电话", u"手机", u"手机号", u"contact",
                    u"phone", u"telephone", u"mobile", u"email"})},
            {QStringLiteral("tenure_start"), tr("Customer since"), false,
             words({u"开户日期", u"建档日期", u"合作开始日期", u"首次合作日期", u"入网日期",
                    u"签约日期", u"customer since", u"since", u"start date", u"tenure start",
                    u"first purchase"})},
            {QStringLiteral("status"), tr("Status"), false,
             words({u"状态", u"客户状态", u"status", u"state"})},
            {QStringLiteral("notes"), tr("Notes"), false,
             words({u"备注", u"说明", u"notes", u"note", u"remarks", u"comment"})},
        };
    case ImportKind::Transactions:
        return {
            customerCode,
            {QStringLiteral("customer_name"), tr("Customer name"), false,
             words({u"客户名称", u"客户名", u"customer name", u"name"})},
            date,
            {QStringLiteral("amount"), tr("Amount"), true,
             words({u"金额", u"交易金额", u"销售额", u"销售金额", u"收入", u"营业额", u"订单金额",
                    u"amount", u"revenue", u"sales", u"value", u"total"})},
            {QStringLiteral("cost"), tr("Cost"), false,
             words({u"成本", u"销售成本", u"成本金额", u"cost", u"cogs"})},
            {QStringLiteral("margin"), tr("Gross margin"), false,
             words({u"毛利", u"毛利额", u"利润", u"gross margin", u"margin", u"profit",
                    u"gross profit"})},
            {QStringLiteral("quantity"), tr("Quantity"), false,
             words({u"数量", u"销量", u"件数", u"quantity", u"qty", u"units"})},
            {QStringLiteral("product"), tr("Product"), false,
             words({u"产品", u"商品", u"产品名称", u"商品名称", u"品名", u"product", u"item"})},
            {QStringLiteral("category"), tr("Category"), false,
             words({u"类别", u"品类", u"产品类别", u"分类", u"category", u"product category"})},
            {QStringLiteral("channel"), tr("Channel"), false,
             words({u"渠道", u"销售渠道", u"channel"})},
        };
    case ImportKind::Interactions:
        return {
            customerCode,
            date,
            {QStringLiteral("kind"), tr("Kind"), true,
             words({u"类型", u"互动类型", u"方式", u"联系方式类型", u"kind", u"type",
                    u"interaction"})},
            {QStringLiteral("note"), tr("Note"), false,
             words({u"内容", u"备注", u"说明", u"记录", u"note", u"notes", u"comment"})},
        };
    case ImportKind::Surveys:
        return {
            customerCode,
            date,
            {QStringLiteral("satisfaction"), tr("Satisfaction"), false,
             words({u"满意度", u"满意度评分", u"satisfaction", u"csat"})},
            {QStringLiteral("loyalty"), tr("Loyalty"), false,
             words({u"忠诚度", u"忠诚度评分", u"loyalty"})},
            {QStringLiteral("trust"), tr("Trust"), false,
             words({u"信任度", u"信任度评分", u"trust"})},
            {QStringLiteral("metric_name"), tr("Other metric name"), false,
             words({u"指标名称", u"指标", u"metric", u"metric name"})},
            {QStringLiteral("metric_value"), tr("Other metric value"), false,
             words({u"指标值", u"得分", u"分值", u"metric value", u"score"})},
        };
    case ImportKind::Balances:
        return {
            customerCode,
            date,
            {QStringLiteral("amount"), tr("Balance"), true,
             words(
                 {u"余额", u"存款余额", u"日均余额", u"账户余额", u"金额", u"balance", u"amount"})},
        };
    }
    return {};
}

std::optional<ImportField> ImportSchema::field(ImportKind kind, const QString &id)
{
    for (const ImportField &f : fields(kind)) {
        if (f.id == id)
            return f;
    }
    return std::nullopt;
}

QString ImportSchema::kindId(ImportKind kind)
{
    switch (kind) {
    case ImportKind::Customers:
        return QStringLiteral("customers");
    case ImportKind::Transactions:
        return QStringLiteral("transactions");
    case ImportKind::Interactions:
        return QStringLiteral("interactions");
    case ImportKind::Surveys:
        return QStringLiteral("surveys");
    case ImportKind::Balances:
        return QStringLiteral("balances");
    }
    return {};
}

std::optional<ImportKind> ImportSchema::parseKind(const QString &id)
{
    for (ImportKind kind : {ImportKind::Customers, ImportKind::Transactions,
                            ImportKind::Interactions, ImportKind::Surveys, ImportKind::Balances}) {
        if (kindId(kind) == id)
            return kind;
    }
    return std::nullopt;
}

QString ImportSchema::kindDisplayName(ImportKind kind)
{
    switch (kind) {
    case ImportKind::Customers:
        return tr("Customers");
    case ImportKind::Transactions:
        return tr("Transactions");
    case ImportKind::Interactions:
        return tr("Interactions");
    case ImportKind::Surveys:
        return tr("Survey scores");
    case ImportKind::Balances:
        return tr("Balances");
    }
    return {};
}

} // namespace valuedesk
