#include "demonames.h"

namespace valuedesk::demo {

const QVector<Region> &regions()
{
    // Weights follow the rough distribution of commercial activity, so 华东 dominates.
    static const QVector<Region> table = {
        {QStringLiteral("华东"),
         30,
         {QStringLiteral("上海"), QStringLiteral("杭州"), QStringLiteral("南京"),
          QStringLiteral("苏州"), QStringLiteral("宁波"), QStringLiteral("无锡"),
          QStringLiteral("合肥"), QStringLiteral("济南"), QStringLiteral("青岛"),
          QStringLiteral("福州"), QStringLiteral("厦门"), QStringLiteral("温州")}},
        {QStringLiteral("华南"),
         20,
         {QStringLiteral("广州"), QStringLiteral("深圳"), QStringLiteral("东莞"),
          QStringLiteral("佛山"), QStringLiteral("珠海"), QStringLiteral("南宁"),
          QStringLiteral("海口"), QStringLiteral("中山")}},
        {QStringLiteral("华北"),
         17,
         {QStringLiteral("北京"), QStringLiteral("天津"), QStringLiteral("石家庄"),
          QStringLiteral("太原"), QStringLiteral("唐山"), QStringLiteral("呼和浩特"),
          QStringLiteral("保定")}},
        {QStringLiteral("华中"),
         12,
         {QStringLiteral("武汉"), QStringLiteral("长沙"), QStringLiteral("郑州"),
          QStringLiteral("南昌"), QStringLiteral("宜昌"), QStringLiteral("洛阳")}},
        {QStringLiteral("西南"),
         10,
         {QStringLiteral("成都"), QStringLiteral("重庆"), QStringLiteral("昆明"),
          QStringLiteral("贵阳"), QStringLiteral("绵阳")}},
        {QStringLiteral("西北"),
         5,
         {QStringLiteral("西安"), QStringLiteral("兰州"), QStringLiteral("银川"),
          QStringLiteral("乌鲁木齐"), QStringLiteral("西宁")}},
        {QStringLiteral("东北"),
         6,
         {QStringLiteral("沈阳"), QStringLiteral("大连"), QStringLiteral("长春"),
          QStringLiteral("哈尔滨"), QStringLiteral("鞍山")}},
    };
    return table;
}

const QVector<Industry> &industries()
{
    static const QVector<Industry> table = {
        {QStringLiteral("制造业"),
         24,
         1.4,
         {QStringLiteral("机械"), QStringLiteral("精密制造"), QStringLiteral("电气"),
          QStringLiteral("五金"), QStringLiteral("塑胶"), QStringLiteral("汽车零部件"),
          QStringLiteral("重工")},
         {{QStringLiteral("L-CKC220 工业齿轮油"), QStringLiteral("润滑油"), 3680.0},
          {QStringLiteral("导轨油 68#"), QStringLiteral("润滑油"), 2950.0},
          {QStringLiteral("L-HM46 抗磨液压油"), QStringLiteral("液压油"), 2480.0},
          {QStringLiteral("L-HM68 抗磨液压油"), QStringLiteral("液压油"), 2560.0},
          {QStringLiteral("半合成切削液"), QStringLiteral("切削液"), 1860.0},
          {QStringLiteral("锂基润滑脂 2#"), QStringLiteral("润滑脂"), 1240.0},
          {QStringLiteral("防护手套（箱）"), QStringLiteral("劳保用品"), 320.0}}},
        {QStringLiteral("批发零售"),
         18,
         0.8,
         {QStringLiteral("商贸"), QStringLiteral("百货"), QStringLiteral("贸易"),
          QStringLiteral("日用品"), QStringLiteral("汽配"), QStringLiteral("商业")},
         {{QStringLiteral("SP 5W-30 汽油机油"), QStringLiteral("汽机油"), 1580.0},
          {QStringLiteral("SN 0W-20 汽油机油"), QStringLiteral("汽机油"), 1720.0},
          {QStringLiteral("CI-4 15W-40 柴油机油"), QStringLiteral("柴机油"), 1450.0},
          {QStringLiteral("-35℃ 防冻液"), QStringLiteral("防冻液"), 680.0},
          {QStringLiteral("DOT4 刹车油"), QStringLiteral("车用养护品"), 540.0},
          {QStringLiteral("瓦楞纸箱（千只）"), QStringLiteral("包装材料"), 2100.0}}},
        {QStringLiteral("餐饮住宿"),
         10,
         0.35,
         {QStringLiteral("餐饮管理"), QStringLiteral("酒店管理"), QStringLiteral("食府"),
          QStringLiteral("餐饮"), QStringLiteral("酒店")},
         {{QStringLiteral("一级大豆油（桶）"), QStringLiteral("食用油"), 186.0},
          {QStringLiteral("花生调和油（桶）"), QStringLiteral("食用油"), 228.0},
          {QStringLiteral("复合调味料（箱）"), QStringLiteral("调味品"), 145.0},
          {QStringLiteral("厨房重油污清洁剂"), QStringLiteral("清洁用品"), 96.0},
          {QStringLiteral("一次性餐盒（箱）"), QStringLiteral("一次性用品"), 118.0}}},
        {QStringLiteral("交通物流"),
         12,
         1.2,
         {QStringLiteral("物流"), QStringLiteral("运输"), QStringLiteral("供应链"),
          QStringLiteral("货运"), QStringLiteral("快运")},
         {{QStringLiteral("CK-4 10W-40 柴油机油"), QStringLiteral("柴机油"), 1890.0},
          {QStringLiteral("CI-4 15W-40 柴油机油"), QStringLiteral("柴机油"), 1450.0},
          {QStringLiteral("85W-90 重负荷齿轮油"), QStringLiteral("齿轮油"), 1620.0},
          {QStringLiteral("车用尿素溶液（吨）"), QStringLiteral("车用尿素"), 2300.0},
          {QStringLiteral("-25℃ 长效防冻液"), QStringLiteral("防冻液"), 720.0}}},
        {QStringLiteral("信息技术"),
         10,
         1.6,
         {QStringLiteral("信息科技"), QStringLiteral("软件"), QStringLiteral("网络科技"),
          QStringLiteral("数据服务"), QStringLiteral("智能科技")},
         {{QStringLiteral("机架式服务器"), QStringLiteral("服务器"), 36800.0},
          {QStringLiteral("千兆交换机"), QStringLiteral("网络设备"), 4200.0},
          {QStringLiteral("数据库许可（年）"), QStringLiteral("软件许可"), 18000.0},
          {QStringLiteral("商用笔记本电脑"), QStringLiteral("办公电脑"), 5600.0},
          {QStringLiteral("驻场运维（人天）"), QStringLiteral("技术服务"), 1500.0}}},
        {QStringLiteral("建筑工程"),
         11,
         1.8,
         {QStringLiteral("建设工程"), QStringLiteral("建筑"), QStringLiteral("路桥"),
          QStringLiteral("建材"), QStringLiteral("市政工程")},
         {{QStringLiteral("L-HM46 抗磨液压油"), QStringLiteral("液压油"), 2480.0},
          {QStringLiteral("极压锂基脂 0#"), QStringLiteral("润滑脂"), 1360.0},
          {QStringLiteral("CI-4 15W-40 柴油机油"), QStringLiteral("柴机油"), 1450.0},
          {QStringLiteral("安全帽与反光背心（套）"), QStringLiteral("劳保用品"), 85.0},
          {QStringLiteral("焊材辅料（箱）"), QStringLiteral("钢材辅料"), 960.0}}},
        {QStringLiteral("医药健康"),
         7,
         1.1,
         {QStringLiteral("医药"), QStringLiteral("医疗器械"), QStringLiteral("生物科技"),
          QStringLiteral("健康科技"), QStringLiteral("药业")},
         {{QStringLiteral("一次性注射器（箱）"), QStringLiteral("医用耗材"), 420.0},
          {QStringLiteral("医用外科口罩（箱）"), QStringLiteral("医用耗材"), 360.0},
          {QStringLiteral("生化检测试剂盒"), QStringLiteral("检测试剂"), 2800.0},
          {QStringLiteral("含氯消毒片（箱）"), QStringLiteral("消毒用品"), 260.0},
          {QStringLiteral("冷链配送（车次）"), QStringLiteral("冷链服务"), 1800.0}}},
        {QStringLiteral("农业食品"),
         8,
         0.7,
         {QStringLiteral("农业"), QStringLiteral("食品"), QStringLiteral("农牧"),
          QStringLiteral("粮油"), QStringLiteral("果蔬")},
         {{QStringLiteral("农机专用机油"), QStringLiteral("农机润滑油"), 1280.0},
          {QStringLiteral("食品级润滑油"), QStringLiteral("农机润滑油"), 3200.0},
          {QStringLiteral("真空包装袋（万只）"), QStringLiteral("包装材料"), 1650.0},
          {QStringLiteral("复合维生素预混料（吨）"), QStringLiteral("饲料添加剂"), 8600.0},
          {QStringLiteral("冷链配送（车次）"), QStringLiteral("冷链服务"), 1800.0}}},
    };
    return table;
}

const QStringList &brandWords()
{
    static const QStringList table = {
        QStringLiteral("恒达"),   QStringLiteral("鑫源"), QStringLiteral("华盛"),
        QStringLiteral("宏远"),   QStringLiteral("金泰"), QStringLiteral("永兴"),
        QStringLiteral("瑞丰"),   QStringLiteral("天成"), QStringLiteral("安顺"),
        QStringLiteral("博达"),   QStringLiteral("中联"), QStringLiteral("嘉禾"),
        QStringLiteral("润通"),   QStringLiteral("力拓"), QStringLiteral("新航"),
        QStringLiteral("正泰"),   QStringLiteral("德信"), QStringLiteral("昌盛"),
        QStringLiteral("海川"),   QStringLiteral("东方"), QStringLiteral("万隆"),
        QStringLiteral("汇丰"),   QStringLiteral("信诚"), QStringLiteral("长城"),
        QStringLiteral("兴业"),   QStringLiteral("福临"), QStringLiteral("明辉"),
        QStringLiteral("同创"),   QStringLiteral("凯达"), QStringLiteral("泰和"),
        QStringLiteral("盛世"),   QStringLiteral("远洋"), QStringLiteral("卓越"),
        QStringLiteral("腾飞"),   QStringLiteral("佳美"), QStringLiteral("宝丰"),
        QStringLiteral("金桥"),   QStringLiteral("祥瑞"), QStringLiteral("鼎盛"),
        QStringLiteral("百川"),   QStringLiteral("广源"), QStringLiteral("众诚"),
        QStringLiteral("新世纪"), QStringLiteral("中天"), QStringLiteral("联创"),
        QStringLiteral("华宇"),   QStringLiteral("金鹏"), QStringLiteral("顺发"),
        QStringLiteral("立信"),   QStringLiteral("合众"), QStringLiteral("诚达"),
        QStringLiteral("恒信"),   QStringLiteral("光明"), QStringLiteral("锦程"),
        QStringLiteral("星辰"),   QStringLiteral("隆鑫"), QStringLiteral("世纪"),
        QStringLiteral("宏图"),   QStringLiteral("志远"), QStringLiteral("晨光"),
        QStringLiteral("君安"),   QStringLiteral("和泰"), QStringLiteral("嘉信"),
        QStringLiteral("荣昌"),   QStringLiteral("飞跃"), QStringLiteral("亿丰"),
        QStringLiteral("永安"),   QStringLiteral("中科"), QStringLiteral("海纳"),
        QStringLiteral("久大"),   QStringLiteral("天润"), QStringLiteral("科达"),
        QStringLiteral("金盛"),   QStringLiteral("新元"), QStringLiteral("长丰"),
        QStringLiteral("启航"),   QStringLiteral("汇通"), QStringLiteral("正大"),
        QStringLiteral("泰昌"),   QStringLiteral("乾元"),
    };
    return table;
}

const QStringList &companySuffixes()
{
    // Duplicates weight the draw: most Chinese firms are plain 有限公司.
    static const QStringList table = {
        QStringLiteral("有限公司"),     QStringLiteral("有限公司"),
        QStringLiteral("有限公司"),     QStringLiteral("有限公司"),
        QStringLiteral("有限公司"),     QStringLiteral("有限公司"),
        QStringLiteral("股份有限公司"), QStringLiteral("股份有限公司"),
        QStringLiteral("有限责任公司"), QStringLiteral("有限责任公司"),
        QStringLiteral("集团有限公司"), QStringLiteral("贸易商行"),
    };
    return table;
}

const QStringList &surnames()
{
    // The most common surnames first; the generator favours the front of the list.
    static const QStringList table = {
        QStringLiteral("王"), QStringLiteral("李"), QStringLiteral("张"), QStringLiteral("刘"),
        QStringLiteral("陈"), QStringLiteral("杨"), QStringLiteral("黄"), QStringLiteral("赵"),
        QStringLiteral("吴"), QStringLiteral("周"), QStringLiteral("徐"), QStringLiteral("孙"),
        QStringLiteral("马"), QStringLiteral("朱"), QStringLiteral("胡"), QStringLiteral("郭"),
        QStringLiteral("何"), QStringLiteral("高"), QStringLiteral("林"), QStringLiteral("罗"),
        QStringLiteral("郑"), QStringLiteral("梁"), QStringLiteral("谢"), QStringLiteral("宋"),
        QStringLiteral("唐"), QStringLiteral("许"), QStringLiteral("韩"), QStringLiteral("冯"),
        QStringLiteral("邓"), QStringLiteral("曹"), QStringLiteral("彭"), QStringLiteral("曾"),
        QStringLiteral("肖"), QStringLiteral("田"), QStringLiteral("董"), QStringLiteral("潘"),
    };
    return table;
}

const QStringList &givenNames()
{
    static const QStringList table = {
        QStringLiteral("伟"),   QStringLiteral("芳"),   QStringLiteral("娜"),
        QStringLiteral("敏"),   QStringLiteral("静"),   QStringLiteral("强"),
        QStringLiteral("磊"),   QStringLiteral("军"),   QStringLiteral("洋"),
        QStringLiteral("勇"),   QStringLiteral("艳"),   QStringLiteral("杰"),
        QStringLiteral("娟"),   QStringLiteral("涛"),   QStringLiteral("明"),
        QStringLiteral("超"),   QStringLiteral("秀英"), QStringLiteral("霞"),
        QStringLiteral("平"),   QStringLiteral("刚"),   QStringLiteral("桂英"),
        QStringLiteral("建华"), QStringLiteral("志强"), QStringLiteral("晓东"),
        QStringLiteral("海燕"), QStringLiteral("丽华"), QStringLiteral("文博"),
        QStringLiteral("子涵"), QStringLiteral("雨婷"), QStringLiteral("浩然"),
        QStringLiteral("思远"), QStringLiteral("佳怡"), QStringLiteral("国庆"),
        QStringLiteral("建军"), QStringLiteral("玉兰"), QStringLiteral("春梅"),
        QStringLiteral("俊杰"), QStringLiteral("欣怡"), QStringLiteral("宇航"),
        QStringLiteral("晓燕"), QStringLiteral("立新"), QStringLiteral("红梅"),
    };
    return table;
}

const QStringList &mobilePrefixes()
{
    static const QStringList table = {
        QStringLiteral("130"), QStringLiteral("131"), QStringLiteral("132"), QStringLiteral("133"),
        QStringLiteral("135"), QStringLiteral("136"), QStringLiteral("137"), QStringLiteral("138"),
        QStringLiteral("139"), QStringLiteral("150"), QStringLiteral("151"), QStringLiteral("152"),
        QStringLiteral("153"), QStringLiteral("155"), QStringLiteral("156"), QStringLiteral("157"),
        QStringLiteral("158"), QStringLiteral("159"), QStringLiteral("177"), QStringLiteral("180"),
        QStringLiteral("181"), QStringLiteral("186"), QStringLiteral("187"), QStringLiteral("188"),
        QStringLiteral("189"), QStringLiteral("199"),
    };
    return table;
}

const QStringList &channels()
{
    static const QStringList table = {QStringLiteral("线下门店"), QStringLiteral("电话订购"),
                                      QStringLiteral("线上商城"), QStringLiteral("客户经理直销")};
    return table;
}

const QStringList &interactionNotes(int kind)
{
    static const QVector<QStringList> table = {
        // Visit
        {QStringLiteral("季度回访，客户对交货期满意"),
         QStringLiteral("上门拜访，了解下季度采购计划"),
         QStringLiteral("陪同技术人员现场查看设备用油情况"),
         QStringLiteral("拜访采购负责人，沟通年度框架协议"),
         QStringLiteral("走访客户新厂区，存在扩产需求"),
         QStringLiteral("节前拜访，赠送台历与样品")},
        // Call
        {QStringLiteral("电话确认到货情况"), QStringLiteral("电话沟通价格调整方案"),
         QStringLiteral("提醒客户对账与回款"), QStringLiteral("电话回访，客户反馈使用正常"),
         QStringLiteral("推荐新品，客户表示考虑"), QStringLiteral("确认下月订货数量")},
        // Complaint
        {QStringLiteral("投诉到货延迟三天"), QStringLiteral("反映部分包装破损"),
         QStringLiteral("对最近一次调价不满"), QStringLiteral("发票开具错误，要求重开"),
         QStringLiteral("投诉售后响应慢"), QStringLiteral("产品批次质量不稳定")},
        // Referral
        {QStringLiteral("推荐同行业客户一家，已建立联系"),
         QStringLiteral("介绍其上游供应商与我司洽谈"),
         QStringLiteral("在行业协会会议上推荐我司产品"), QStringLiteral("转介绍集团下属子公司")},
        // Training
        {QStringLiteral("为客户设备部门开展润滑管理培训"), QStringLiteral("新品使用与储存规范培训"),
         QStringLiteral("线上操作系统使用培训"), QStringLiteral("安全生产与规范用油讲座")},
        // Other
        {QStringLiteral("邀请参加年度客户答谢会"), QStringLiteral("寄送新版产品手册"),
         QStringLiteral("协助客户办理资质年审材料")},
    };
    return table.at(qBound(0, kind, static_cast<int>(table.size()) - 1));
}

const QStringList &customerNotes()
{
    static const QStringList table = {
        QStringLiteral("年度框架协议客户"),       QStringLiteral("价格敏感，注意竞品报价"),
        QStringLiteral("集团采购，决策链较长"),   QStringLiteral("回款周期偏长，需跟进"),
        QStringLiteral("有扩产计划，可交叉销售"), QStringLiteral("偏好线上下单"),
        QStringLiteral("关键联系人近期变动"),     QStringLiteral("要求月结，信用良好"),
    };
    return table;
}

const QStringList &prospectNotes()
{
    static const QStringList table = {
        QStringLiteral("意向客户，待报价"),
        QStringLiteral("展会获取线索"),
        QStringLiteral("老客户转介绍"),
        QStringLiteral("正在试用样品"),
    };
    return table;
}

const QStringList &lostCustomerNotes()
{
    static const QStringList table = {
        QStringLiteral("已转向竞争对手"),
        QStringLiteral("企业停产，暂停合作"),
        QStringLiteral("多次投诉后终止合作"),
        QStringLiteral("采购改为集团统一招标，未中标"),
    };
    return table;
}

} // namespace valuedesk::demo
