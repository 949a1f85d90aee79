#include "ahptemplatedata.h"

#include "lubricantjudgements.h"

#include <cstring>
#include <optional>
#include <vector>

namespace valuedesk::templatedata {

// Every matrix below is on Saaty's scale; the comment above it states the ranking it expresses
// and the weights and CR it gives (eigenvector method, Saaty RI), as tst_ahptemplates checks.

namespace {

class Builder
{
public:
    explicit Builder(TemplateLanguage language) : m_language(language) {}

    QString text(const char *zh, const char *en) const
    {
        return QString::fromUtf8(m_language == TemplateLanguage::Chinese ? zh : en);
    }

    HierarchyNode leaf(const char *zh, const char *en, const char *metric,
                       const char *direction = "higher") const
    {
        HierarchyNode node(text(zh, en));
        node.setMetric(QString::fromLatin1(metric));
        node.setDirection(QString::fromLatin1(direction));
        return node;
    }

    // A parent judged by the upper triangle a12, a13, …, a1n, a23, … of its matrix.
    HierarchyNode parent(const char *zh, const char *en, std::vector<HierarchyNode> children,
                         const QVector<double> &upper)
    {
        HierarchyNode node(text(zh, en));
        QStringList names;
        for (HierarchyNode &child : children) {
            names.append(child.name());
            node.addChild(std::move(child));
        }
        QVector<PairwiseMatrix::Cell> cells;
        for (double a : upper)
            cells.append(a);
        Result<PairwiseMatrix> m = PairwiseMatrix::fromUpperTriangle(
            static_cast<int>(names.size()), cells, JudgementMode::SaatyScale, names);
        if (m)
            node.setJudgements(*m);
        else if (!m_error)
            m_error = Error(
                AhpTemplates::tr("Template item “%1”: %2").arg(node.name(), m.error().message()));
        return node;
    }

    Result<HierarchyNode> finish(HierarchyNode root) const
    {
        if (m_error)
            return *m_error;
        return root;
    }

private:
    TemplateLanguage m_language;
    std::optional<Error> m_error;
};

// The judgements of lubricantjudgements.h for one of its nodes.
QVector<double> lubricantUpper(const char *node)
{
    for (const lubricant::NodeJudgements &j : lubricant::judgements) {
        if (std::strcmp(j.node, node) != 0)
            continue;
        const int count = j.size * (j.size - 1) / 2;
        return QVector<double>(j.upper.begin(), j.upper.begin() + count);
    }
    return {};
}

} // namespace

Result<HierarchyNode> retail(TemplateLanguage language)
{
    Builder b(language);
    // gross profit > revenue > frequency > order value: 0.293, 0.522, 0.114, 0.072; CR 0.013
    HierarchyNode current = b.parent(
        "当前价值", "Current value",
        {b.leaf("销售额", "Revenue", "revenue"), b.leaf("毛利额", "Gross profit", "gross_profit"),
         b.leaf("购买频率", "Purchase frequency", "frequency_per_month"),
         b.leaf("客单价", "Average order value", "avg_order_value")},
        {1.0 / 2, 3, 4, 5, 6, 2});
    // growth > repurchase > recency: 0.540, 0.297, 0.163; CR 0.008
    HierarchyNode potential =
        b.parent("潜在价值", "Potential value",
                 {b.leaf("销售增长率", "Revenue growth", "revenue_growth"),
                  b.leaf("回购率", "Repurchase rate", "repurchase_rate"),
                  b.leaf("距上次购买天数", "Days since last purchase", "recency_days", "lower")},
                 {2, 3, 2});
    // satisfaction > complaints > tenure > referrals: 0.194, 0.356, 0.124, 0.326; CR 0.017
    HierarchyNode relationship = b.parent("关系价值", "Relationship value",
                                          {b.leaf("合作年限", "Customer tenure", "tenure_days"),
                                           b.leaf("满意度", "Satisfaction", "satisfaction"),
                                           b.leaf("推荐客户数", "Referrals", "referrals"),
                                           b.leaf("投诉次数", "Complaints", "complaints", "lower")},
                                          {1.0 / 2, 2, 1.0 / 2, 3, 1, 1.0 / 2});
    // current > potential > relationship: 0.540, 0.297, 0.163; CR 0.008
    return b.finish(
        b.parent("客户价值", "Customer value", {current, potential, relationship}, {2, 3, 2}));
}

Result<HierarchyNode> lubricant(TemplateLanguage language)
{
    // 基于客户价值评价的客户细分, 润滑油公司算例: structure and order as published, judgements
    // from lubricantjudgements.h (local weights within 0.003 of the published ones). The paper
    // does not name its indicators in our copy; these names and bindings are ours.
    Builder b(language);
    HierarchyNode profit =
        b.parent("总利润", "Total profit",
                 {b.leaf("毛利额", "Gross profit", "gross_profit"),
                  b.leaf("利润率", "Profit margin", "profit_margin"),
                  b.leaf("销售额增长率", "Revenue growth", "revenue_growth"),
                  b.leaf("平均订单金额", "Average order value", "avg_order_value")},
                 lubricantUpper("profit"));
    HierarchyNode sales = b.parent("销售量", "Sales volume",
                                   {b.leaf("订单数", "Number of orders", "orders"),
                                    b.leaf("购买频率", "Purchase frequency", "frequency_per_month"),
                                    b.leaf("销售额", "Revenue", "revenue")},
                                   lubricantUpper("sales"));
    HierarchyNode loyalty = b.parent("忠诚度", "Loyalty",
                                     {b.leaf("回购率", "Repurchase rate", "repurchase_rate"),
                                      b.leaf("合作年限", "Customer tenure", "tenure_days")},
                                     lubricantUpper("loyalty"));
    HierarchyNode trust = b.parent("信任度", "Trust",
                                   {b.leaf("信任度评分", "Trust score", "trust"),
                                    b.leaf("满意度", "Satisfaction", "satisfaction"),
                                    b.leaf("投诉次数", "Complaints", "complaints", "lower")},
                                   lubricantUpper("trust"));
    HierarchyNode current =
        b.parent("当前价值", "Current value", {profit, sales}, lubricantUpper("current"));
    HierarchyNode potential =
        b.parent("潜在价值", "Potential value", {loyalty, trust}, lubricantUpper("potential"));
    // [[1, 2], [1/2, 1]]: 2/3, 1/3 (printed 0.6667/0.3333)
    return b.finish(
        b.parent("客户价值", "Customer value", {current, potential}, lubricantUpper("value")));
}

Result<HierarchyNode> tobacco(TemplateLanguage language)
{
    Builder b(language);
    // total purchases > provincial brands > price per carton > stock-to-sales ratio (lower is
    // better: stock piling up unsold): 0.293, 0.522, 0.114, 0.072; CR 0.013
    HierarchyNode contribution =
        b.parent("贡献度", "Contribution",
                 {b.leaf("省产品牌卷烟购进量", "Provincial-brand purchases",
                         "attribute:provincial_brand_purchases"),
                  b.leaf("卷烟购进总额", "Total purchases", "revenue"),
                  b.leaf("条均价", "Average price per carton", "attribute:avg_price_per_carton"),
                  b.leaf("月均存销比", "Monthly stock-to-sales ratio",
                         "attribute:stock_to_sales_ratio", "lower")},
                 {1.0 / 2, 3, 4, 5, 6, 2});
    // electronic settlement > POS terminal > marked prices: 0.297, 0.540, 0.163; CR 0.008
    HierarchyNode support =
        b.parent("支持度", "Support",
                 {b.leaf("使用POS终端", "POS terminal use", "rating:pos_terminal"),
                  b.leaf("电子结算", "Electronic settlement", "rating:electronic_settlement"),
                  b.leaf("明码标价", "Marked prices", "rating:marked_prices")},
                 {1.0 / 2, 2, 3});
    HierarchyNode credit = b.leaf("信用度", "Credit", "rating:credit");
    // contribution > credit > support: 0.540, 0.163, 0.297; CR 0.008
    return b.finish(
        b.parent("客户价值", "Customer value", {contribution, support, credit}, {3, 2, 1.0 / 2}));
}

Result<HierarchyNode> carDealer(TemplateLanguage language)
{
    Builder b(language);
    // gross profit > spend > service visits: 0.320, 0.558, 0.122; CR 0.016
    HierarchyNode current = b.parent("当前价值", "Current value",
                                     {b.leaf("消费金额", "Spend", "revenue"),
                                      b.leaf("毛利贡献", "Gross profit", "gross_profit"),
                                      b.leaf("进店次数", "Service visits", "visits")},
                                     {1.0 / 2, 3, 4});
    // purchase intent > referrals > recency: 0.297, 0.540, 0.163; CR 0.008
    HierarchyNode potential =
        b.parent("潜在价值", "Potential value",
                 {b.leaf("转介绍客户数", "Referrals", "referrals"),
                  b.leaf("增购换购意向", "Purchase or trade-in intent", "rating:purchase_intent"),
                  b.leaf("距上次进店天数", "Days since last visit", "recency_days", "lower")},
                 {1.0 / 2, 2, 3});
    // service return rate > satisfaction > tenure: 0.163, 0.540, 0.297; CR 0.008
    HierarchyNode loyalty = b.parent("忠诚度", "Loyalty",
                                     {b.leaf("客户年限", "Customer tenure", "tenure_days"),
                                      b.leaf("回厂率", "Service return rate", "repurchase_rate"),
                                      b.leaf("满意度", "Satisfaction", "satisfaction")},
                                     {1.0 / 3, 1.0 / 2, 2});
    // current > loyalty > potential: 0.540, 0.163, 0.297; CR 0.008
    return b.finish(
        b.parent("客户价值", "Customer value", {current, potential, loyalty}, {3, 2, 1.0 / 2}));
}

Result<HierarchyNode> keyAccount(TemplateLanguage language)
{
    Builder b(language);
    // spend > profit margin > loyalty: 0.540, 0.297, 0.163; CR 0.008
    HierarchyNode value = b.parent("客户价值", "Customer value",
                                   {b.leaf("采购金额", "Spend", "revenue"),
                                    b.leaf("利润率", "Profit margin", "profit_margin"),
                                    b.leaf("忠诚度", "Loyalty", "loyalty")},
                                   {2, 3, 2});
    // order frequency = order size > technical support > customisation:
    // 0.351, 0.351, 0.109, 0.189; CR 0.004
    HierarchyNode cooperation =
        b.parent("合作深度", "Cooperation depth",
                 {b.leaf("订单频率", "Order frequency", "frequency_per_month"),
                  b.leaf("订单规模", "Order size", "avg_order_value"),
                  b.leaf("定制化需求", "Customisation", "rating:customisation"),
                  b.leaf("技术支持与培训", "Technical support and training", "trainings")},
                 {1, 3, 2, 3, 2, 1.0 / 2});
    // expansion plans > market trend = cross-/up-sell: 0.25, 0.50, 0.25; CR 0
    HierarchyNode growth = b.parent(
        "成长潜力", "Growth potential",
        {b.leaf("市场趋势", "Market trend", "rating:market_trend"),
         b.leaf("业务扩展计划", "Expansion plans", "rating:expansion_plans"),
         b.leaf("交叉及向上销售机会", "Cross-selling and up-selling", "rating:cross_selling")},
        {1.0 / 2, 1, 2});
    // customer value > growth potential > cooperation depth: 0.558, 0.122, 0.320; CR 0.016
    return b.finish(b.parent("大客户综合价值", "Key account value", {value, cooperation, growth},
                             {4, 2, 1.0 / 3}));
}

} // namespace valuedesk::templatedata
