<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>CustomerProfileForm</name>
    <message>
        <source>Customer &amp;code:</source>
        <translation>客户编号(&amp;C)：</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名称(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Industry:</source>
        <translation>行业(&amp;I)：</translation>
    </message>
    <message>
        <source>&amp;Region:</source>
        <translation>地区(&amp;R)：</translation>
    </message>
    <message>
        <source>Account &amp;manager:</source>
        <translation>客户经理(&amp;M)：</translation>
    </message>
    <message>
        <source>C&amp;ontact:</source>
        <translation>联系方式(&amp;O)：</translation>
    </message>
    <message>
        <source>Customer &amp;since:</source>
        <translation>建档日期(&amp;S)：</translation>
    </message>
    <message>
        <source>yyyy-MM-dd</source>
        <translation>yyyy-MM-dd</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>状态(&amp;S)：</translation>
    </message>
    <message>
        <source>No&amp;tes:</source>
        <translation>备注(&amp;T)：</translation>
    </message>
    <message>
        <source>Attributes (your own fields):</source>
        <translation>自定义属性：</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>添加</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>&amp;Revert</source>
        <translation>还原(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>应用(&amp;A)</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Customer value workbench</source>
        <translation>客户价值工作台</translation>
    </message>
    <message>
        <source>Customer file (.vdb) to open</source>
        <translation>要打开的客户档案（.vdb）</translation>
    </message>
</context>
<context>
    <name>valuedesk</name>
    <message>
        <source>trigger “%1” on %2</source>
        <translation>触发器“%1”（位于 %2）</translation>
    </message>
    <message>
        <source>view “%1”</source>
        <translation>视图“%1”</translation>
    </message>
    <message>
        <source>index “%1” on %2</source>
        <translation>索引“%1”（位于 %2）</translation>
    </message>
    <message>
        <source>table “%1”</source>
        <translation>表“%1”</translation>
    </message>
    <message>
        <source>The customer file is in use by another program; try again when it has finished.</source>
        <translation>客户档案正被另一个程序使用；请等它完成后再试。</translation>
    </message>
    <message>
        <source>The customer file is read-only; nothing was changed.</source>
        <translation>客户档案是只读的；未做任何更改。</translation>
    </message>
    <message>
        <source>The customer file is damaged; open a backup copy of it instead.</source>
        <translation>客户档案已损坏；请改为打开它的备份副本。</translation>
    </message>
    <message>
        <source>The disk is full; nothing was changed. Free some space and try again.</source>
        <translation>磁盘已满；未做任何更改。请释放一些空间后再试。</translation>
    </message>
</context>
<context>
    <name>valuedesk::AbcScheme</name>
    <message>
        <source>A: important</source>
        <translation>A：重要</translation>
    </message>
    <message>
        <source>B: medium</source>
        <translation>B：中等</translation>
    </message>
    <message>
        <source>C: general</source>
        <translation>C：一般</translation>
    </message>
    <message>
        <source>D: low value</source>
        <translation>D：低价值</translation>
    </message>
    <message>
        <source>A: key customers</source>
        <translation>A：关键客户</translation>
    </message>
    <message>
        <source>B: major customers</source>
        <translation>B：主要客户</translation>
    </message>
    <message>
        <source>C: ordinary customers</source>
        <translation>C：普通客户</translation>
    </message>
    <message>
        <source>The ABC classification could not run: the customers and their data do not match.</source>
        <translation>无法进行 ABC 分类：客户与其数据不一致。</translation>
    </message>
    <message>
        <source>ABC by value score needs an evaluation of the same customers; choose an AHP model.</source>
        <translation>按价值得分进行 ABC 分类需要对同一批客户的评估；请选择 AHP 模型。</translation>
    </message>
    <message>
        <source>The customer-count shares must be three or four percentages that add up to 100 (given: %1).</source>
        <translation>客户数占比必须是三个或四个合计为 100 的百分比（给定：%1）。</translation>
    </message>
    <message>
        <source>The ABC cut-offs must be two or three increasing percentages above 0 and up to 100 (given: %1).</source>
        <translation>ABC 分界点必须是两个或三个递增的百分比，大于 0 且不超过 100（给定：%1）。</translation>
    </message>
    <message>
        <source>Give one name per class (%1 classes, %2 names).</source>
        <translation>请为每个类别给出一个名称（%1 个类别，%2 个名称）。</translation>
    </message>
</context>
<context>
    <name>valuedesk::AhpCommands</name>
    <message>
        <source>Judge “%1” against “%2”: %3</source>
        <translation>判断“%1”相对“%2”：%3</translation>
    </message>
    <message>
        <source>Clear the judgement of “%1” against “%2”</source>
        <translation>清除“%1”相对“%2”的判断</translation>
    </message>
    <message>
        <source>Rename “%1” to “%2”</source>
        <translation>将“%1”改名为“%2”</translation>
    </message>
    <message>
        <source>Bind “%1” to %2</source>
        <translation>将“%1”关联到 %2</translation>
    </message>
    <message>
        <source>Change the model settings</source>
        <translation>修改模型设置</translation>
    </message>
    <message>
        <source>Type the weights under “%1”</source>
        <translation>输入“%1”下的权重</translation>
    </message>
    <message>
        <source>Type the weights under “%1” directly</source>
        <translation>直接输入“%1”下的权重</translation>
    </message>
    <message>
        <source>Use judgements under “%1”</source>
        <translation>“%1”下改用判断矩阵</translation>
    </message>
    <message>
        <source>Add evaluator %1</source>
        <translation>添加评价人 %1</translation>
    </message>
    <message>
        <source>Remove evaluator %1</source>
        <translation>删除评价人 %1</translation>
    </message>
    <message>
        <source>Rename evaluator %1 to %2</source>
        <translation>将评价人 %1 改名为 %2</translation>
    </message>
    <message>
        <source>Add “%1”</source>
        <translation>添加“%1”</translation>
    </message>
    <message>
        <source>Delete “%1”</source>
        <translation>删除“%1”</translation>
    </message>
    <message>
        <source>Move “%1”</source>
        <translation>移动“%1”</translation>
    </message>
    <message numerus="yes">
        <source>Repair the judgements under “%1” (%n change(s))</source>
        <translation>
            <numerusform>修正“%1”下的判断（%n 处修改）</numerusform>
        </translation>
    </message>
    <message>
        <source>Voting weight of %1 under “%2”: %3</source>
        <translation>“%2”下 %1 的投票权重：%3</translation>
    </message>
    <message>
        <source>Aggregate the priorities under “%1” (AIP)</source>
        <translation>“%1”下汇总个体权重（AIP）</translation>
    </message>
    <message>
        <source>Aggregate the judgements under “%1” (AIJ)</source>
        <translation>“%1”下汇总个体判断（AIJ）</translation>
    </message>
    <message>
        <source>Rename the model “%1” to “%2”</source>
        <translation>将模型“%1”改名为“%2”</translation>
    </message>
</context>
<context>
    <name>valuedesk::AhpConsistency</name>
    <message>
        <source>Saaty (1980)</source>
        <translation>Saaty（1980）</translation>
    </message>
    <message>
        <source>Alonso–Lamata (2006)</source>
        <translation>Alonso–Lamata（2006）</translation>
    </message>
    <message>
        <source>Donegan–Dodd (1991)</source>
        <translation>Donegan–Dodd（1991）</translation>
    </message>
</context>
<context>
    <name>valuedesk::AhpGroupJudgement</name>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>There are no evaluators to aggregate.</source>
        <translation>没有可汇总的评价人。</translation>
    </message>
    <message>
        <source>%1 compares %2 criteria, but %3 compares %4; all evaluators must judge the same criteria.</source>
        <translation>%1 比较了 %2 个准则，而 %3 比较了 %4 个；所有评价人必须判断相同的准则。</translation>
    </message>
    <message>
        <source>The voting weight of %1 must be a positive number.</source>
        <translation>%1 的投票权重必须为正数。</translation>
    </message>
    <message>
        <source>very low</source>
        <translation>很低</translation>
    </message>
    <message>
        <source>low</source>
        <translation>低</translation>
    </message>
    <message>
        <source>moderate</source>
        <translation>中等</translation>
    </message>
    <message>
        <source>high</source>
        <translation>高</translation>
    </message>
    <message>
        <source>very high</source>
        <translation>很高</translation>
    </message>
    <message>
        <source>There are no judgements.</source>
        <translation>还没有判断。</translation>
    </message>
    <message>
        <source>The judgements do not match the sub-items.</source>
        <translation>判断与子项不一致。</translation>
    </message>
</context>
<context>
    <name>valuedesk::AhpHierarchy</name>
    <message>
        <source>“%1” has %2 sub-items but %3 weights.</source>
        <translation>“%1”有 %2 个子项，但给出了 %3 个权重。</translation>
    </message>
    <message>
        <source>The weight of “%1” under “%2” must be zero or positive.</source>
        <translation>“%2”下“%1”的权重必须为零或正数。</translation>
    </message>
    <message>
        <source>The weights under “%1” are all zero.</source>
        <translation>“%1”下的权重全部为零。</translation>
    </message>
    <message>
        <source>“%1” has sub-items but neither judgements nor weights.</source>
        <translation>“%1”有子项，但既没有判断矩阵也没有权重。</translation>
    </message>
    <message>
        <source>The judgement matrix of “%1” is %2 × %2, but it has %3 sub-items.</source>
        <translation>“%1”的判断矩阵为 %2 × %2，但它有 %3 个子项。</translation>
    </message>
    <message>
        <source>“%1”: %2</source>
        <translation>“%1”：%2</translation>
    </message>
</context>
<context>
    <name>valuedesk::AhpHierarchyPane</name>
    <message>
        <source>Add Sub-item</source>
        <translation>添加子项</translation>
    </message>
    <message>
        <source>A criterion can have at most %1 sub-items: nobody can compare more pairs consistently.</source>
        <translation>一个准则最多有 %1 个子项：更多的两两比较难以保持一致。</translation>
    </message>
    <message>
        <source>New criterion %1</source>
        <translation>新准则 %1</translation>
    </message>
    <message>
        <source>Add Sibling</source>
        <translation>添加同级项</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>改名</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Use Judgements</source>
        <translation>使用判断矩阵</translation>
    </message>
    <message>
        <source>Type Weights Directly</source>
        <translation>直接输入权重</translation>
    </message>
    <message>
        <source>Tree</source>
        <translation>树形</translation>
    </message>
    <message>
        <source>Diagram</source>
        <translation>结构图</translation>
    </message>
    <message>
        <source>Indicator data</source>
        <translation>指标数据</translation>
    </message>
    <message>
        <source>Metric:</source>
        <translation>指标：</translation>
    </message>
    <message>
        <source>Direction:</source>
        <translation>方向：</translation>
    </message>
    <message>
        <source>A metric id, or attribute:&lt;name&gt; / rating:&lt;name&gt;</source>
        <translation>指标标识，或 attribute:&lt;名称&gt; / rating:&lt;名称&gt;</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Higher is better</source>
        <translation>越高越好</translation>
    </message>
    <message>
        <source>Lower is better</source>
        <translation>越低越好</translation>
    </message>
</context>
<context>
    <name>valuedesk::AhpInconsistency</name>
    <message>
        <source>Complete the missing judgements before looking for the most inconsistent ones.</source>
        <translation>请先补全缺失的判断，再查找最不一致的判断。</translation>
    </message>
</context>
<context>
    <name>valuedesk::AhpMatrixCompletion</name>
    <message>
        <source>Too many judgements are missing: %1 cannot be compared, even indirectly, with %2. Add at least one judgement between the two groups.</source>
        <translation>缺失的判断过多：%1 无法与 %2 直接或间接比较。请在两组之间至少补充一个判断。</translation>
    </message>
</context>
<context>
    <name>valuedesk::AhpModelJson</name>
    <message>
        <source>(missing)</source>
        <translation>（缺失）</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>row “%1”, column “%2”</source>
        <translation>“%1”行“%2”列</translation>
    </message>
    <message>
        <source>the matrix</source>
        <translation>判断矩阵</translation>
    </message>
    <message>
        <source>the matrix of “%1”</source>
        <translation>“%1”的判断矩阵</translation>
    </message>
    <message>
        <source>%1 must be a list of rows, not %2</source>
        <translation>%1 必须是由行组成的列表，而不是 %2</translation>
    </message>
    <message>
        <source>%1 has %2 rows, but there are %3 sub-items</source>
        <translation>%1 有 %2 行，但有 %3 个子项</translation>
    </message>
    <message>
        <source>row %1 of %2 must be a list of %3 values, not %4</source>
        <translation>%2 的第 %1 行必须是 %3 个值的列表，而不是 %4</translation>
    </message>
    <message>
        <source>%1 of %2 is not a number: %3</source>
        <translation>%2 的 %1 不是数字：%3</translation>
    </message>
    <message>
        <source>the weights must be a list of numbers, not %1</source>
        <translation>权重必须是数字列表，而不是 %1</translation>
    </message>
    <message>
        <source>there are %1 weights for %2 sub-items</source>
        <translation>%2 个子项给出了 %1 个权重</translation>
    </message>
    <message>
        <source>weight %1 is not a number: %2</source>
        <translation>第 %1 个权重不是数字：%2</translation>
    </message>
    <message>
        <source>weight %1 (%2) must be zero or positive</source>
        <translation>第 %1 个权重（%2）必须为零或正数</translation>
    </message>
    <message>
        <source>the weights are all zero</source>
        <translation>权重全部为零</translation>
    </message>
    <message>
        <source>“evaluators” must map each evaluator&apos;s name to a matrix, not %1</source>
        <translation>“evaluators”必须把每位评价人的名字对应到一个矩阵，而不是 %1</translation>
    </message>
    <message>
        <source>“evaluator_order” must list each evaluator exactly once, not %1</source>
        <translation>“evaluator_order”必须恰好列出每位评价人一次，而不是 %1</translation>
    </message>
    <message>
        <source>an evaluator has an empty name</source>
        <translation>有评价人的名字为空</translation>
    </message>
    <message>
        <source>“evaluator_weights” must map evaluators&apos; names to voting weights, not %1</source>
        <translation>“evaluator_weights”必须把评价人名字对应到投票权重，而不是 %1</translation>
    </message>
    <message>
        <source>“evaluator_weights” names “%1”, who is not among the evaluators</source>
        <translation>“evaluator_weights”中的“%1”不在评价人之列</translation>
    </message>
    <message>
        <source>the voting weight of “%1” must be a positive number, not %2</source>
        <translation>“%1”的投票权重必须为正数，而不是 %2</translation>
    </message>
    <message>
        <source>it has no sub-items, so it cannot have “%1”</source>
        <translation>它没有子项，因此不能有“%1”</translation>
    </message>
    <message>
        <source>give either “matrix” or “weights”, not both</source>
        <translation>请只给出“matrix”或“weights”之一</translation>
    </message>
    <message>
        <source>give either “evaluators” or “weights”, not both</source>
        <translation>请只给出“evaluators”或“weights”之一</translation>
    </message>
    <message>
        <source>“evaluator_weights” needs “evaluators”</source>
        <translation>“evaluator_weights”需要同时给出“evaluators”</translation>
    </message>
    <message>
        <source>“aggregate” must be “aij” or “aip”, not %1</source>
        <translation>“aggregate”必须是“aij”或“aip”，而不是 %1</translation>
    </message>
    <message>
        <source>“exact_ratios” must be true or false, not %1</source>
        <translation>“exact_ratios”必须是 true 或 false，而不是 %1</translation>
    </message>
    <message>
        <source>it has %1 sub-items but neither a judgement matrix (“matrix” or “evaluators”) nor direct weights (“weights”)</source>
        <translation>它有 %1 个子项，但既没有判断矩阵（“matrix”或“evaluators”）也没有直接权重（“weights”）</translation>
    </message>
    <message>
        <source>“metric” must be text, not %1</source>
        <translation>“metric”必须是文字，而不是 %1</translation>
    </message>
    <message>
        <source>“direction” must be “higher” or “lower”, not %1</source>
        <translation>“direction”必须是“higher”或“lower”，而不是 %1</translation>
    </message>
    <message>
        <source>“children” must be a list, not %1</source>
        <translation>“children”必须是列表，而不是 %1</translation>
    </message>
    <message>
        <source>sub-item %1 must be an object, not %2</source>
        <translation>第 %1 个子项必须是对象，而不是 %2</translation>
    </message>
    <message>
        <source>sub-item %1</source>
        <translation>第 %1 个子项</translation>
    </message>
    <message>
        <source>the name is missing or empty</source>
        <translation>名称缺失或为空</translation>
    </message>
    <message>
        <source>two sub-items are named “%1”; names under one parent must differ</source>
        <translation>有两个子项都叫“%1”；同一上级下的名称必须不同</translation>
    </message>
    <message>
        <source>The model has no name.</source>
        <translation>模型没有名称。</translation>
    </message>
    <message>
        <source>The consistency threshold “cr_threshold” must be a number between 0 and 1 (exclusive), not %1.</source>
        <translation>一致性阈值“cr_threshold”必须是 0 到 1 之间（不含端点）的数，而不是 %1。</translation>
    </message>
    <message>
        <source>“template” must be a template id, not %1.</source>
        <translation>“template”必须是模板标识，而不是 %1。</translation>
    </message>
    <message>
        <source>The model has no “root” object with its hierarchy.</source>
        <translation>模型缺少描述层次结构的“root”对象。</translation>
    </message>
    <message>
        <source>root</source>
        <translation>根节点</translation>
    </message>
    <message>
        <source>Unknown weighting method “%1”; use eigen, geomean or arith.</source>
        <translation>未知的权重计算方法“%1”；请使用 eigen、geomean 或 arith。</translation>
    </message>
    <message>
        <source>Unknown random index table “%1”; use saaty, alonso or donegan.</source>
        <translation>未知的随机一致性指标表“%1”；请使用 saaty、alonso 或 donegan。</translation>
    </message>
</context>
<context>
    <name>valuedesk::AhpModelRepository</name>
    <message>
        <source>The AHP models of this file cannot be read.</source>
        <translation>无法读取此档案中的层次分析模型。</translation>
    </message>
    <message>
        <source>The AHP model cannot be read from this file.</source>
        <translation>无法从此档案读取该层次分析模型。</translation>
    </message>
    <message>
        <source>Version %1 of this AHP model does not exist in this file.</source>
        <translation>此档案中不存在该层次分析模型的版本 %1。</translation>
    </message>
    <message>
        <source>The AHP model no longer exists in this file.</source>
        <translation>该层次分析模型已不在此档案中。</translation>
    </message>
    <message>
        <source>The AHP model “%1” (version %2) is damaged in this file and cannot be read.</source>
        <translation>层次分析模型“%1”（版本 %2）在此档案中已损坏，无法读取。</translation>
    </message>
    <message>
        <source>An AHP model needs a name.</source>
        <translation>层次分析模型需要一个名称。</translation>
    </message>
    <message>
        <source>The AHP model “%1” could not be saved.</source>
        <translation>无法保存层次分析模型“%1”。</translation>
    </message>
    <message>
        <source>An AHP model named “%1” already exists in this file; choose another name.</source>
        <translation>此档案中已有名为“%1”的层次分析模型；请换一个名称。</translation>
    </message>
    <message>
        <source>The AHP model “%1” no longer exists in this file.</source>
        <translation>层次分析模型“%1”已不在此档案中。</translation>
    </message>
    <message>
        <source>The AHP model could not be deleted.</source>
        <translation>无法删除该层次分析模型。</translation>
    </message>
</context>
<context>
    <name>valuedesk::AhpModelSession</name>
    <message>
        <source>A value model needs a name.</source>
        <translation>价值评价模型需要一个名称。</translation>
    </message>
    <message>
        <source>Another value model of this file is already named “%1”; choose another name.</source>
        <translation>此档案中已有另一个名为“%1”的价值评价模型；请换一个名称。</translation>
    </message>
</context>
<context>
    <name>valuedesk::AhpNewModelDialog</name>
    <message>
        <source>New Value Model</source>
        <translation>新建价值评价模型</translation>
    </message>
    <message>
        <source>Empty model (a goal only)</source>
        <translation>空模型（仅目标层）</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>名称：</translation>
    </message>
    <message>
        <source>Names of criteria in:</source>
        <translation>准则名称语言：</translation>
    </message>
    <message>
        <source>Start from:</source>
        <translation>起点：</translation>
    </message>
    <message>
        <source>New value model</source>
        <translation>新价值评价模型</translation>
    </message>
</context>
<context>
    <name>valuedesk::AhpPairwiseMatrix</name>
    <message>
        <source>A comparison matrix needs between 1 and %1 criteria, not %2.</source>
        <translation>判断矩阵需要 1 到 %1 个准则，而不是 %2 个。</translation>
    </message>
    <message>
        <source>Expected %1 judgements for %2 criteria, got %3.</source>
        <translation>%2 个准则应有 %1 个判断，实际为 %3 个。</translation>
    </message>
    <message>
        <source>The matrix has %1 rows but %2 criteria names.</source>
        <translation>矩阵有 %1 行，但有 %2 个准则名称。</translation>
    </message>
    <message>
        <source>Row %1 has %2 values; a %3 × %3 matrix needs %3.</source>
        <translation>第 %1 行有 %2 个值；%3 × %3 矩阵每行需要 %3 个值。</translation>
    </message>
    <message>
        <source>The diagonal must be 1 (each criterion equals itself), but %1 is %2.</source>
        <translation>对角线必须为 1（每个准则与自身同等重要），但 %1 为 %2。</translation>
    </message>
    <message>
        <source>%1 is %2 and %3 is %4, but they must be reciprocals (%2 and %5).</source>
        <translation>%1 为 %2，%3 为 %4，但二者必须互为倒数（%2 与 %5）。</translation>
    </message>
    <message>
        <source>There is no cell at row %1, column %2.</source>
        <translation>不存在第 %1 行第 %2 列的单元格。</translation>
    </message>
    <message>
        <source>row %1, column %2</source>
        <translation>第 %1 行第 %2 列</translation>
    </message>
    <message>
        <source>row “%1”, column “%2”</source>
        <translation>“%1”行“%2”列</translation>
    </message>
    <message>
        <source>%1 is not a number.</source>
        <translation>%1 不是数字。</translation>
    </message>
    <message>
        <source>%1 is 0; a judgement is a ratio and must be positive (1 means equal).</source>
        <translation>%1 为 0；判断值是比值，必须为正数（1 表示同等重要）。</translation>
    </message>
    <message>
        <source>%1 is negative (%2); a judgement must be positive.</source>
        <translation>%1 为负数（%2）；判断值必须为正数。</translation>
    </message>
    <message>
        <source>%1 is %2, which is not on Saaty&apos;s 1–9 scale; use %3 or switch the matrix to exact ratios.</source>
        <translation>%1 为 %2，不在 Saaty 1–9 标度上；请使用 %3，或将矩阵切换为精确比值模式。</translation>
    </message>
    <message>
        <source>The missing judgements cannot be completed from the given ones; check the judgements for extreme values.</source>
        <translation>无法根据已给出的判断补全缺失的判断；请检查判断中是否有极端值。</translation>
    </message>
    <message>
        <source>%1 is %2; exact ratios must lie between 1/%3 and %3.</source>
        <translation>%1 为 %2；精确比值必须在 1/%3 与 %3 之间。</translation>
    </message>
</context>
<context>
    <name>valuedesk::AhpResultsPanel</name>
    <message>
        <source>“%1” vs “%2”</source>
        <translation>“%1”对“%2”</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>%1 &lt; %2 — consistent</source>
        <translation>%1 &lt; %2 — 通过一致性检验</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>Inferred (not judged): %1</source>
        <translation>推算值（未判断）：%1</translation>
    </message>
    <message>
        <source>%1. %2: %3 → %4 (CR %5)</source>
        <translation>%1. %2：%3 → %4（CR %5）</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>应用</translation>
    </message>
    <message>
        <source>Group consensus: %1 % (%2)</source>
        <translation>群体共识度：%1 %（%2）</translation>
    </message>
    <message>
        <source>Criterion</source>
        <translation>准则</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>权重</translation>
    </message>
    <message>
        <source>Evaluator</source>
        <translation>评价人</translation>
    </message>
    <message>
        <source>CR</source>
        <translation>CR</translation>
    </message>
    <message>
        <source>Distance to group</source>
        <translation>与群体的差距</translation>
    </message>
    <message>
        <source>Share of weight that would have to move for this evaluator to agree with the group</source>
        <translation>该评价人与群体一致所需调整的权重份额</translation>
    </message>
    <message>
        <source>Consistency</source>
        <translation>一致性检验</translation>
    </message>
    <message>
        <source>λmax:</source>
        <translation>λmax：</translation>
    </message>
    <message>
        <source>CI:</source>
        <translation>CI：</translation>
    </message>
    <message>
        <source>RI:</source>
        <translation>RI：</translation>
    </message>
    <message>
        <source>CR:</source>
        <translation>CR：</translation>
    </message>
    <message>
        <source>Judgements to revisit</source>
        <translation>建议复核的判断</translation>
    </message>
    <message>
        <source>Auto-repair…</source>
        <translation>自动修正…</translation>
    </message>
    <message>
        <source>Propose the fewest changes that make the matrix consistent; nothing changes until you accept</source>
        <translation>提出使矩阵通过一致性检验所需的最少修改；在您确认之前不做任何改动</translation>
    </message>
    <message>
        <source>Evaluators</source>
        <translation>评价人</translation>
    </message>
    <message>
        <source>%1 ≥ %2 — inconsistent: revisit the highlighted judgements</source>
        <translation>%1 ≥ %2 — 未通过一致性检验：请复核高亮的判断</translation>
    </message>
    <message>
        <source>AIP: no group matrix, no group CR; each evaluator&apos;s CR is shown.</source>
        <translation>AIP：没有群体判断矩阵，也没有群体 CR；下面列出每位评价人的 CR。</translation>
    </message>
    <message>
        <source>AIJ: the judgements are aggregated; the group matrix has its own CR.</source>
        <translation>AIJ：先汇总判断，群体判断矩阵有自己的 CR。</translation>
    </message>
</context>
<context>
    <name>valuedesk::AhpSaatyScale</name>
    <message>
        <source>equal importance</source>
        <translation>同等重要</translation>
    </message>
    <message>
        <source>moderate importance</source>
        <translation>稍微重要</translation>
    </message>
    <message>
        <source>strong importance</source>
        <translation>明显重要</translation>
    </message>
    <message>
        <source>very strong importance</source>
        <translation>强烈重要</translation>
    </message>
    <message>
        <source>extreme importance</source>
        <translation>极端重要</translation>
    </message>
    <message>
        <source>between %1 and %2</source>
        <translation>介于%1与%2之间</translation>
    </message>
</context>
<context>
    <name>valuedesk::AhpSettingsDialog</name>
    <message>
        <source>Model Settings</source>
        <translation>模型设置</translation>
    </message>
    <message>
        <source>Principal eigenvector (Saaty)</source>
        <translation>特征根法（Saaty）</translation>
    </message>
    <message>
        <source>Row geometric mean</source>
        <translation>几何平均法（方根法）</translation>
    </message>
    <message>
        <source>Normalised column mean</source>
        <translation>和法（列归一化平均）</translation>
    </message>
    <message>
        <source>Weights by:</source>
        <translation>权重计算方法：</translation>
    </message>
    <message>
        <source>Random index (RI) table:</source>
        <translation>随机一致性指标（RI）表：</translation>
    </message>
    <message>
        <source>Acceptable CR below:</source>
        <translation>CR 合格阈值：</translation>
    </message>
    <message>
        <source>The same matrix&apos;s CR differs by up to 20 % between RI tables; results always name the table used.</source>
        <translation>同一矩阵在不同 RI 表下的 CR 最多相差 20 %；结果中始终注明所用的表。</translation>
    </message>
</context>
<context>
    <name>valuedesk::AhpTemplates</name>
    <message>
        <source>Template item “%1”: %2</source>
        <translation>模板项“%1”：%2</translation>
    </message>
    <message>
        <source>Retail customers by current, potential and relationship value, the structure common in Chinese retail customer-value studies.</source>
        <translation>按当前价值、潜在价值和关系价值评价零售客户，这是国内零售业客户价值研究中常见的结构。</translation>
    </message>
    <message>
        <source>The lubricant company example of the paper 基于客户价值评价的客户细分, with judgements that reproduce its published weights.</source>
        <translation>论文《基于客户价值评价的客户细分》中的润滑油公司算例，其判断矩阵可重现论文公布的权重。</translation>
    </message>
    <message>
        <source>Licensed tobacco retailers by contribution, support for the supplier&apos;s programmes and credit, as tobacco companies grade their retail customers.</source>
        <translation>按贡献、对供货方项目的支持和信用评价卷烟零售户，与烟草公司对零售客户的分级方式一致。</translation>
    </message>
    <message>
        <source>Customers of a car dealership (4S store) by current value, potential value and loyalty.</source>
        <translation>按当前价值、潜在价值和忠诚度评价汽车 4S 店的客户。</translation>
    </message>
    <message>
        <source>Key accounts by customer value, depth of cooperation and growth potential.</source>
        <translation>按客户价值、合作深度和增长潜力评价大客户。</translation>
    </message>
    <message>
        <source>There is no built-in template “%1”; the templates are %2.</source>
        <translation>没有内置模板“%1”；可用模板为 %2。</translation>
    </message>
</context>
<context>
    <name>valuedesk::AhpTreeModel</name>
    <message>
        <source>Weight typed directly, not derived from judgements</source>
        <translation>直接输入的权重，并非由判断矩阵得出</translation>
    </message>
    <message>
        <source>Weights typed directly: no consistency ratio</source>
        <translation>直接输入的权重：无一致性比率</translation>
    </message>
    <message>
        <source>Criterion / indicator</source>
        <translation>准则 / 指标</translation>
    </message>
    <message>
        <source>Local weight</source>
        <translation>局部权重</translation>
    </message>
    <message>
        <source>Global weight</source>
        <translation>全局权重</translation>
    </message>
    <message>
        <source>CR</source>
        <translation>CR</translation>
    </message>
    <message>
        <source>Metric</source>
        <translation>度量</translation>
    </message>
</context>
<context>
    <name>valuedesk::AhpWorkspace</name>
    <message>
        <source>Save Value Model</source>
        <translation>保存价值评价模型</translation>
    </message>
    <message>
        <source>%1 (version %2)</source>
        <translation>%1（第 %2 版）</translation>
    </message>
    <message>
        <source>Open Value Model</source>
        <translation>打开价值评价模型</translation>
    </message>
    <message>
        <source>No customer file is open.</source>
        <translation>没有打开客户文件。</translation>
    </message>
    <message>
        <source>Customer value</source>
        <translation>客户价值</translation>
    </message>
    <message>
        <source>“%1” could not be read.</source>
        <translation>无法读取“%1”。</translation>
    </message>
    <message>
        <source>“%1” is not a value model file (JSON object expected).</source>
        <translation>“%1”不是价值评价模型文件（应为 JSON 对象）。</translation>
    </message>
    <message>
        <source>No value model is open.</source>
        <translation>尚未打开价值评价模型。</translation>
    </message>
    <message>
        <source>Unsaved Value Model</source>
        <translation>价值评价模型未保存</translation>
    </message>
    <message>
        <source>The value model “%1” has unsaved changes. Save them as a new version?</source>
        <translation>价值评价模型“%1”有未保存的修改。是否保存为新版本？</translation>
    </message>
    <message>
        <source>New Value Model</source>
        <translation>新建价值评价模型</translation>
    </message>
    <message>
        <source>Import Value Model</source>
        <translation>导入价值评价模型</translation>
    </message>
    <message>
        <source>Value models (*.json)</source>
        <translation>价值评价模型 (*.json)</translation>
    </message>
    <message>
        <source>The value model could not be imported.</source>
        <translation>无法导入该价值评价模型。</translation>
    </message>
    <message>
        <source>Export Value Model</source>
        <translation>导出价值评价模型</translation>
    </message>
    <message>
        <source>Revert Value Model</source>
        <translation>还原价值评价模型</translation>
    </message>
    <message>
        <source>Discard the unsaved changes to “%1”?</source>
        <translation>放弃对“%1”未保存的修改吗？</translation>
    </message>
    <message>
        <source>Delete Value Model</source>
        <translation>删除价值评价模型</translation>
    </message>
    <message>
        <source>Delete the value model “%1” with all of its versions? This cannot be undone.</source>
        <translation>删除价值评价模型“%1”及其所有版本吗？此操作无法撤销。</translation>
    </message>
    <message>
        <source>Open a customer file to edit its value models.</source>
        <translation>请打开客户档案以编辑其价值评价模型。</translation>
    </message>
    <message>
        <source>No value model yet: click New… to start from a template.</source>
        <translation>还没有价值评价模型：点击“新建…”从模板开始。</translation>
    </message>
    <message>
        <source>Version %1, saved %2</source>
        <translation>版本 %1，保存于 %2</translation>
    </message>
    <message>
        <source>unsaved changes</source>
        <translation>有未保存的修改</translation>
    </message>
    <message>
        <source>The model cannot be evaluated: %1</source>
        <translation>无法计算该模型：%1</translation>
    </message>
    <message>
        <source>Value model:</source>
        <translation>价值评价模型：</translation>
    </message>
    <message>
        <source>New…</source>
        <translation>新建…</translation>
    </message>
    <message>
        <source>Import JSON…</source>
        <translation>导入 JSON…</translation>
    </message>
    <message>
        <source>Export JSON…</source>
        <translation>导出 JSON…</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Store the model as a new version; earlier versions stay unchanged</source>
        <translation>将模型保存为新版本；以前的版本保持不变</translation>
    </message>
    <message>
        <source>Revert</source>
        <translation>还原</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>删除…</translation>
    </message>
    <message>
        <source>Settings…</source>
        <translation>设置…</translation>
    </message>
    <message>
        <source>Weighting method, random-index table and CR threshold</source>
        <translation>权重计算方法、随机一致性指标表和 CR 阈值</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>改名…</translation>
    </message>
    <message>
        <source>Give the model another name; Save stores it as a new version</source>
        <translation>为模型改名；保存时存为新版本</translation>
    </message>
    <message>
        <source>Rename Value Model</source>
        <translation>价值评价模型改名</translation>
    </message>
    <message>
        <source>New name of the value model:</source>
        <translation>价值评价模型的新名称：</translation>
    </message>
    <message>
        <source>The evaluated model has been deleted since; the weights cannot be applied.</source>
        <translation>评估所用的模型已被删除，无法应用权重。</translation>
    </message>
    <message>
        <source>The weights were not applied.</source>
        <translation>权重未应用。</translation>
    </message>
    <message>
        <source>The value model “%1” has changed since this evaluation (it is at version %2, the evaluation used version %3). Evaluate again before applying weights.</source>
        <translation>价值模型“%1”在此次评估后已修改（当前为第 %2 版，评估使用第 %3 版）。请重新评估后再应用权重。</translation>
    </message>
    <message>
        <source>The criteria of “%1” have changed since this evaluation. Evaluate again before applying weights.</source>
        <translation>“%1”的指标结构在此次评估后已修改。请重新评估后再应用权重。</translation>
    </message>
</context>
<context>
    <name>valuedesk::AmountFrequencyScheme</name>
    <message>
        <source>High value</source>
        <translation>高价值</translation>
    </message>
    <message>
        <source>Potential</source>
        <translation>潜力</translation>
    </message>
    <message>
        <source>One-off</source>
        <translation>一次性</translation>
    </message>
    <message>
        <source>Lapsing</source>
        <translation>流失</translation>
    </message>
</context>
<context>
    <name>valuedesk::AtomicFile</name>
    <message>
        <source>“%1” could not be written.</source>
        <translation>无法写入“%1”。</translation>
    </message>
</context>
<context>
    <name>valuedesk::BackgroundTask</name>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>The work was cancelled.</source>
        <translation>操作已取消。</translation>
    </message>
</context>
<context>
    <name>valuedesk::BgNbdModel</name>
    <message>
        <source>There are no customers to fit the BG/NBD model to.</source>
        <translation>没有可用于拟合 BG/NBD 模型的客户。</translation>
    </message>
    <message>
        <source>Customer %1 has an impossible purchase summary.</source>
        <translation>客户 %1 的购买汇总数据不合理。</translation>
    </message>
    <message>
        <source>No customer bought again within the calibration period, so the BG/NBD model cannot be fitted. Choose a later calibration end or add transactions.</source>
        <translation>校准期内没有客户再次购买，无法拟合 BG/NBD 模型。请选择更晚的校准截止日或补充交易。</translation>
    </message>
    <message>
        <source>The BG/NBD fit did not converge; the data may not suit the model.</source>
        <translation>BG/NBD 拟合未收敛；数据可能不适合该模型。</translation>
    </message>
</context>
<context>
    <name>valuedesk::CalibrationSummary</name>
    <message>
        <source>The calibration period has no end date.</source>
        <translation>校准期没有截止日期。</translation>
    </message>
    <message>
        <source>No customer had bought anything by the end of the calibration period (%1).</source>
        <translation>截至校准期末（%1）没有任何客户购买。</translation>
    </message>
</context>
<context>
    <name>valuedesk::ClassShareChart</name>
    <message>
        <source>Share of customers</source>
        <translation>客户占比</translation>
    </message>
    <message>
        <source>Share of the measure</source>
        <translation>指标占比</translation>
    </message>
    <message>
        <source>Share of %1</source>
        <translation>%1占比</translation>
    </message>
</context>
<context>
    <name>valuedesk::ClassSummaryModel</name>
    <message>
        <source>Unclassified</source>
        <translation>未分类</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>综合</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>指标</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>客户数</translation>
    </message>
    <message>
        <source>Share of customers</source>
        <translation>客户占比</translation>
    </message>
    <message>
        <source>Share of %1</source>
        <translation>%1占比</translation>
    </message>
</context>
<context>
    <name>valuedesk::ClassificationCrossTab</name>
    <message>
        <source>The two classifications cannot be compared: they do not cover the same customers.</source>
        <translation>无法比较这两种分类：它们涵盖的客户不同。</translation>
    </message>
</context>
<context>
    <name>valuedesk::ClassificationRepository</name>
    <message>
        <source>The %1 classification could not be saved with the evaluation snapshot.</source>
        <translation>无法将 %1 分类随评估快照保存。</translation>
    </message>
    <message>
        <source>The %1 classification could not be saved: its rows do not match its customers.</source>
        <translation>无法保存 %1 分类：数据行与客户不一致。</translation>
    </message>
    <message>
        <source>There is no evaluation snapshot %1 in this file.</source>
        <translation>此文件中没有评估快照 %1。</translation>
    </message>
    <message>
        <source>The %1 classification of evaluation snapshot %2 is damaged in this file and cannot be read.</source>
        <translation>此文件中评估快照 %2 的 %1 分类已损坏，无法读取。</translation>
    </message>
    <message>
        <source>Evaluation snapshot %1 has no %2 classification in this file.</source>
        <translation>此文件中评估快照 %1 没有 %2 分类。</translation>
    </message>
    <message>
        <source>The %1 classification of evaluation snapshot %2 cannot be read from this file.</source>
        <translation>无法从此文件读取评估快照 %2 的 %1 分类。</translation>
    </message>
    <message>
        <source>The %1 classification could not be deleted.</source>
        <translation>无法删除 %1 分类。</translation>
    </message>
</context>
<context>
    <name>valuedesk::ClassificationResultModel</name>
    <message>
        <source>Rank</source>
        <translation>排名</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>占比</translation>
    </message>
    <message>
        <source>Cumulative share</source>
        <translation>累计占比</translation>
    </message>
    <message>
        <source>Recency (days)</source>
        <translation>最近购买（天）</translation>
    </message>
    <message>
        <source>Frequency</source>
        <translation>频率</translation>
    </message>
    <message>
        <source>Monetary</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>R</source>
        <translation>R</translation>
    </message>
    <message>
        <source>F</source>
        <translation>F</translation>
    </message>
    <message>
        <source>M</source>
        <translation>M</translation>
    </message>
    <message>
        <source>RFM code</source>
        <translation>RFM 代码</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>综合</translation>
    </message>
    <message>
        <source>Value score</source>
        <translation>价值得分</translation>
    </message>
    <message>
        <source>Gross profit</source>
        <translation>毛利额</translation>
    </message>
    <message>
        <source>Unclassified</source>
        <translation>未分类</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Manager</source>
        <translation>客户经理</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>指标</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>价值</translation>
    </message>
    <message>
        <source>Profit</source>
        <translation>利润</translation>
    </message>
    <message>
        <source>Allocated cost</source>
        <translation>分摊成本</translation>
    </message>
    <message>
        <source>Cost-contribution ratio</source>
        <translation>客户成本贡献率</translation>
    </message>
    <message>
        <source>Ratio ÷ average margin</source>
        <translation>贡献率 ÷ 平均利润率</translation>
    </message>
    <message>
        <source>Share ranked above</source>
        <translation>排名在前的占比</translation>
    </message>
    <message>
        <source>Distance to centre</source>
        <translation>到聚类中心的距离</translation>
    </message>
</context>
<context>
    <name>valuedesk::ClassificationSchemes</name>
    <message>
        <source>Option &quot;%1&quot; of the %2 scheme: %3</source>
        <translation>%2 方案的选项“%1”：%3</translation>
    </message>
    <message>
        <source>a list of numbers is expected</source>
        <translation>应为数字列表</translation>
    </message>
    <message>
        <source>a list of names is expected</source>
        <translation>应为名称列表</translation>
    </message>
    <message>
        <source>unknown option</source>
        <translation>未知选项</translation>
    </message>
    <message>
        <source>revenue, gross_profit or score</source>
        <translation>revenue、gross_profit 或 score</translation>
    </message>
    <message>
        <source>cumulative or count</source>
        <translation>cumulative 或 count</translation>
    </message>
    <message>
        <source>revenue or margin</source>
        <translation>revenue 或 margin</translation>
    </message>
    <message>
        <source>raw or scores</source>
        <translation>raw 或 scores</translation>
    </message>
    <message>
        <source>four increasing numbers, or null</source>
        <translation>四个递增的数字，或 null</translation>
    </message>
    <message>
        <source>ABC / Pareto (80/20)</source>
        <translation>ABC / 帕累托（80/20）</translation>
    </message>
    <message>
        <source>RFM and the 8 segments</source>
        <translation>RFM 与八类客户</translation>
    </message>
    <message>
        <source>Cost-contribution ratio</source>
        <translation>客户成本贡献率</translation>
    </message>
    <message>
        <source>Loyalty × value grid</source>
        <translation>忠诚度 × 价值矩阵</translation>
    </message>
    <message>
        <source>Customer pyramid</source>
        <translation>客户金字塔</translation>
    </message>
    <message>
        <source>Amount × frequency</source>
        <translation>金额 × 频率</translation>
    </message>
    <message>
        <source>Threshold tiers</source>
        <translation>阈值分层</translation>
    </message>
    <message>
        <source>K-means clusters</source>
        <translation>K 均值聚类</translation>
    </message>
    <message>
        <source>There is no classification scheme &quot;%1&quot;.</source>
        <translation>没有分类方案“%1”。</translation>
    </message>
</context>
<context>
    <name>valuedesk::ClassificationService</name>
    <message>
        <source>Classifying was cancelled.</source>
        <translation>分类已取消。</translation>
    </message>
    <message>
        <source>The customer file has no customers to classify.</source>
        <translation>客户档案中没有可分类的客户。</translation>
    </message>
    <message>
        <source>No scheme to classify with.</source>
        <translation>没有可用于分类的方案。</translation>
    </message>
</context>
<context>
    <name>valuedesk::ClassificationWorkspace</name>
    <message>
        <source>Classify</source>
        <translation>分类</translation>
    </message>
    <message>
        <source>No customer file is open.</source>
        <translation>没有打开客户文件。</translation>
    </message>
    <message>
        <source>Classes are kept with a stored evaluation: evaluate the customers on the Evaluation tab first.</source>
        <translation>分类结果保存在已存储的评估中：请先在“价值评估”页评估客户。</translation>
    </message>
    <message>
        <source>Classifying customers…</source>
        <translation>正在为客户分类…</translation>
    </message>
    <message>
        <source>Classifying was cancelled; nothing was stored.</source>
        <translation>分类已取消，未保存任何内容。</translation>
    </message>
    <message>
        <source>No stored evaluation yet: evaluate the customers on the Evaluation tab, then classify them here.</source>
        <translation>尚无已保存的评估：请先在“价值评估”页评估客户，再在此分类。</translation>
    </message>
    <message>
        <source>Not classified with this scheme yet: adjust the options and press Classify.</source>
        <translation>尚未用此方案分类：调整选项后点击“分类”。</translation>
    </message>
    <message numerus="yes">
        <source>%n customer(s) graded</source>
        <translation>
            <numerusform>已分级 %n 个客户</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unclassified</source>
        <translation>
            <numerusform>%n 个未分类</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 % of customers (class %2) make %3 % of %4; Gini coefficient %5.</source>
        <translation>%1% 的客户（%2 类）贡献了 %3% 的%4；基尼系数 %5。</translation>
    </message>
    <message>
        <source>Value quadrant</source>
        <translation>价值象限</translation>
    </message>
    <message>
        <source>Evaluation:</source>
        <translation>评估：</translation>
    </message>
    <message>
        <source>Scheme:</source>
        <translation>方案：</translation>
    </message>
    <message>
        <source>Defaults</source>
        <translation>默认值</translation>
    </message>
    <message>
        <source>Grade every customer of the evaluation with this scheme and keep the result with the evaluation</source>
        <translation>用此方案为评估中的每个客户分级，并将结果与评估一同保存</translation>
    </message>
    <message>
        <source>Compare with:</source>
        <translation>对比：</translation>
    </message>
    <message>
        <source>Chart</source>
        <translation>图表</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>交叉对比</translation>
    </message>
    <message>
        <source>Classifying is under way; try again when it has finished.</source>
        <translation>正在分类；请等它完成后再试。</translation>
    </message>
</context>
<context>
    <name>valuedesk::ClvCustomerModel</name>
    <message>
        <source>days</source>
        <translation>天</translation>
    </message>
    <message>
        <source>weeks</source>
        <translation>周</translation>
    </message>
    <message>
        <source>months</source>
        <translation>月</translation>
    </message>
    <message>
        <source>Churn risk</source>
        <translation>流失风险</translation>
    </message>
    <message>
        <source>Unknown: the spend model (Gamma-Gamma) could not be fitted.</source>
        <translation>未知：消费模型（Gamma-Gamma）无法拟合。</translation>
    </message>
    <message>
        <source>P(alive) is below %1 %</source>
        <translation>存活概率低于 %1%</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Repeat purchases</source>
        <translation>重复购买次数</translation>
    </message>
    <message>
        <source>Recency (%1)</source>
        <translation>最近购买（%1）</translation>
    </message>
    <message>
        <source>Age T (%1)</source>
        <translation>客户年龄 T（%1）</translation>
    </message>
    <message>
        <source>P(alive)</source>
        <translation>存活概率</translation>
    </message>
    <message>
        <source>Expected purchases</source>
        <translation>预期购买次数</translation>
    </message>
    <message>
        <source>Expected spend</source>
        <translation>预期客单价</translation>
    </message>
    <message>
        <source>CLV</source>
        <translation>客户终身价值</translation>
    </message>
</context>
<context>
    <name>valuedesk::ClvFitPanel</name>
    <message>
        <source>days</source>
        <translation>天</translation>
    </message>
    <message>
        <source>weeks</source>
        <translation>周</translation>
    </message>
    <message>
        <source>months</source>
        <translation>月</translation>
    </message>
    <message>
        <source>What the models assume</source>
        <translation>模型假设</translation>
    </message>
    <message>
        <source>Purchases (BG/NBD): while a customer is active they buy at random times at their own steady rate (a Poisson process). After any purchase they may become inactive for good, with their own probability p, and nobody tells us when. Purchase rates differ between customers as a gamma distribution (r, α), dropout probabilities as a beta distribution (a, b). P(alive) is the chance that a customer has not dropped out yet, given how often and how recently they bought.</source>
        <translation>购买（BG/NBD）：客户活跃时以自身稳定的速率在随机时间购买（泊松过程）。每次购买后，客户都可能以自身的概率 p 永久流失，且我们无法得知何时流失。不同客户的购买速率服从伽马分布（r, α），流失概率服从贝塔分布（a, b）。存活概率是根据客户购买的频繁程度和最近程度，推断其尚未流失的概率。</translation>
    </message>
    <message>
        <source>Spend (Gamma-Gamma): a customer&apos;s purchase amounts vary around their own average, and averages differ between customers (p, q, γ); how much a customer spends does not depend on how often they buy. Only customers with a repeat purchase are used to fit it.</source>
        <translation>消费（Gamma-Gamma）：客户每次购买金额围绕其自身均值波动，不同客户的均值各不相同（p, q, γ）；消费金额与购买频率无关。仅用有重复购买的客户拟合。</translation>
    </message>
    <message>
        <source>CLV is the expected spend of the purchases expected over the horizon, times the margin, discounted month by month. Several purchases of one customer on one day count as one.</source>
        <translation>客户终身价值 = 预测期内预期购买的预期消费 × 毛利率，按月折现。同一客户同一天的多笔购买计为一次。</translation>
    </message>
    <message>
        <source>No fit yet: choose the options and press Fit.</source>
        <translation>尚未拟合：选择选项后点击“拟合”。</translation>
    </message>
    <message>
        <source>BG/NBD (purchases)</source>
        <translation>BG/NBD（购买）</translation>
    </message>
    <message>
        <source>Log-likelihood</source>
        <translation>对数似然</translation>
    </message>
    <message>
        <source>Converged</source>
        <translation>已收敛</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>no (use with care)</source>
        <translation>否（谨慎使用）</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>客户数</translation>
    </message>
    <message>
        <source>Gamma-Gamma (spend)</source>
        <translation>Gamma-Gamma（消费）</translation>
    </message>
    <message>
        <source>Repeat customers used</source>
        <translation>所用重复购买客户</translation>
    </message>
    <message>
        <source>Not fitted: %1 Expected spend and CLV are unknown.</source>
        <translation>未拟合：%1 预期消费和客户终身价值未知。</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>数据</translation>
    </message>
    <message>
        <source>Calibration end</source>
        <translation>校准截止</translation>
    </message>
    <message>
        <source>Holdout</source>
        <translation>验证期</translation>
    </message>
    <message>
        <source>to %1 (%2 %3)</source>
        <translation>至 %1（%2 %3）</translation>
    </message>
    <message>
        <source>Horizon</source>
        <translation>预测期</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>New after the calibration end (left out)</source>
        <translation>校准截止后新增（不计入）</translation>
    </message>
    <message>
        <source>Fit time</source>
        <translation>拟合用时</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 秒</translation>
    </message>
</context>
<context>
    <name>valuedesk::ClvHeatmapModel</name>
    <message numerus="yes">
        <source>%1
(%n)</source>
        <translation>
            <numerusform>%1
（%n）</numerusform>
        </translation>
    </message>
    <message>
        <source>No customer in this cell</source>
        <translation>此格没有客户</translation>
    </message>
    <message numerus="yes">
        <source>%n customer(s), average P(alive) %1</source>
        <translation>
            <numerusform>%n 个客户，平均存活概率 %1</numerusform>
        </translation>
    </message>
    <message>
        <source>x = %1+</source>
        <translation>x = %1+</translation>
    </message>
    <message>
        <source>x = %1</source>
        <translation>x = %1</translation>
    </message>
    <message>
        <source>t_x/T %1–%2</source>
        <translation>t_x/T %1–%2</translation>
    </message>
</context>
<context>
    <name>valuedesk::ClvHistogramChart</name>
    <message>
        <source>Customers</source>
        <translation>客户数</translation>
    </message>
    <message>
        <source>Above the 99th percentile</source>
        <translation>高于第 99 百分位</translation>
    </message>
    <message>
        <source>%1 (bin start)</source>
        <translation>%1（区间起点）</translation>
    </message>
    <message>
        <source>No values to show</source>
        <translation>没有可显示的数值</translation>
    </message>
    <message numerus="yes">
        <source>%n customer(s)</source>
        <translation>
            <numerusform>%n 个客户</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n above the 99th percentile (%1)</source>
        <translation>
            <numerusform>，%n 个高于第 99 百分位（%1）</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>valuedesk::ClvHoldoutChart</name>
    <message>
        <source>Actual</source>
        <translation>实际</translation>
    </message>
    <message>
        <source>Predicted (BG/NBD)</source>
        <translation>预测（BG/NBD）</translation>
    </message>
    <message>
        <source>%1+</source>
        <translation>%1+</translation>
    </message>
    <message>
        <source>Repeat purchases in the calibration period</source>
        <translation>校准期内重复购买次数</translation>
    </message>
    <message>
        <source>Mean repeat purchases in the holdout</source>
        <translation>验证期平均重复购买次数</translation>
    </message>
    <message>
        <source>No holdout period: choose a calibration end before the last purchase to check the fit</source>
        <translation>没有验证期：选择早于最后一次购买的校准截止日以检验拟合</translation>
    </message>
    <message>
        <source>Holdout check (%1)</source>
        <translation>验证期检验（%1）</translation>
    </message>
</context>
<context>
    <name>valuedesk::ClvOptionsBar</name>
    <message>
        <source>Holdout: calibrate up to</source>
        <translation>验证：校准截至</translation>
    </message>
    <message>
        <source>Unchecked: fit on every purchase (calibration ends on the last purchase day). Checked: fit on the purchases up to this date and compare the model&apos;s predictions with the later purchases.</source>
        <translation>不勾选：用全部购买拟合（校准截至最后购买日）。勾选：用截至此日期的购买拟合，并将模型预测与之后的购买对比。</translation>
    </message>
    <message>
        <source>Time unit:</source>
        <translation>时间单位：</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>天</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>周</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>月</translation>
    </message>
    <message>
        <source>Horizon:</source>
        <translation>预测期：</translation>
    </message>
    <message>
        <source> months</source>
        <translation> 个月</translation>
    </message>
    <message>
        <source>Discount rate per month:</source>
        <translation>月折现率：</translation>
    </message>
    <message>
        <source>Margin:</source>
        <translation>毛利率：</translation>
    </message>
    <message>
        <source>Profit margin on spend; 100 % gives CLV in revenue</source>
        <translation>消费的利润率；100% 时客户终身价值以收入计</translation>
    </message>
    <message>
        <source>Churn risk below P(alive):</source>
        <translation>流失风险阈值（存活概率低于）：</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>拟合</translation>
    </message>
    <message>
        <source>Fit BG/NBD and Gamma-Gamma to the file&apos;s purchases</source>
        <translation>用文件中的购买数据拟合 BG/NBD 和 Gamma-Gamma</translation>
    </message>
</context>
<context>
    <name>valuedesk::ClvService</name>
    <message>
        <source>The fit was cancelled.</source>
        <translation>拟合已取消。</translation>
    </message>
    <message>
        <source>The customer file has no purchases: there is nothing to fit.</source>
        <translation>客户文件中没有购买记录，无可拟合。</translation>
    </message>
</context>
<context>
    <name>valuedesk::ClvWorkspace</name>
    <message>
        <source>days</source>
        <translation>天</translation>
    </message>
    <message>
        <source>weeks</source>
        <translation>周</translation>
    </message>
    <message>
        <source>months</source>
        <translation>月</translation>
    </message>
    <message>
        <source>No customer file is open.</source>
        <translation>没有打开客户文件。</translation>
    </message>
    <message>
        <source>Fitting the lifetime value models…</source>
        <translation>正在拟合客户终身价值模型…</translation>
    </message>
    <message>
        <source>The fit was cancelled; the previous result is kept.</source>
        <translation>拟合已取消，保留之前的结果。</translation>
    </message>
    <message>
        <source>The lifetime value models could not be fitted: %1</source>
        <translation>无法拟合客户终身价值模型：%1</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message numerus="yes">
        <source>Fitted on %n customer(s).</source>
        <translation>
            <numerusform>已基于 %n 个客户拟合。</numerusform>
        </translation>
    </message>
    <message>
        <source>Purchases were fitted, but spend could not be: %1 CLV is shown as “—”.</source>
        <translation>购买模型已拟合，但消费模型未能拟合：%1 客户终身价值显示为“—”。</translation>
    </message>
    <message>
        <source>CLV</source>
        <translation>客户终身价值</translation>
    </message>
    <message>
        <source>%1 of %2 customers shown, %3 at churn risk</source>
        <translation>显示 %2 个客户中的 %1 个，%3 个有流失风险</translation>
    </message>
    <message>
        <source>CLV distribution</source>
        <translation>客户终身价值分布</translation>
    </message>
    <message>
        <source>Holdout check</source>
        <translation>验证期检验</translation>
    </message>
    <message>
        <source>P(alive) heat map</source>
        <translation>存活概率热力图</translation>
    </message>
    <message>
        <source>Average P(alive) by repeat purchases x (columns) and by how late in their history customers last bought, t_x ÷ T (rows: the top row bought most recently). The count is in brackets.</source>
        <translation>按重复购买次数 x（列）和最后购买在客户历史中的位置 t_x ÷ T（行：最上行最近购买）统计的平均存活概率。括号内为客户数。</translation>
    </message>
    <message>
        <source>Churn risk only</source>
        <translation>仅显示流失风险</translation>
    </message>
    <message>
        <source>The lifetime value models are being fitted already.</source>
        <translation>客户终身价值模型正在拟合中。</translation>
    </message>
</context>
<context>
    <name>valuedesk::ColumnMapping</name>
    <message>
        <source>The mapping file is for a &quot;%1&quot; import, not &quot;%2&quot;.</source>
        <translation>映射文件用于“%1”导入，而不是“%2”。</translation>
    </message>
    <message>
        <source>The mapping file needs a &quot;columns&quot; object (field id → header or column number).</source>
        <translation>映射文件需要一个 &quot;columns&quot; 对象（字段标识 → 列标题或列号）。</translation>
    </message>
    <message>
        <source>The mapping file names an unknown field &quot;%1&quot;; known fields: %2.</source>
        <translation>映射文件中有未知字段“%1”；可用字段：%2。</translation>
    </message>
    <message>
        <source>Attributes (&quot;%1&quot;) can only be imported with customers.</source>
        <translation>属性（“%1”）只能随客户一起导入。</translation>
    </message>
    <message>
        <source>The mapping file maps &quot;%1&quot; to column %2, but the file has %3 columns.</source>
        <translation>映射文件把“%1”对应到第 %2 列，但文件只有 %3 列。</translation>
    </message>
    <message>
        <source>The mapping file maps &quot;%1&quot; to the column &quot;%2&quot;, which the file does not have.</source>
        <translation>映射文件把“%1”对应到列“%2”，但文件中没有这一列。</translation>
    </message>
    <message>
        <source>In the mapping file, &quot;%1&quot; must be a header text or a column number.</source>
        <translation>映射文件中的“%1”必须是列标题或列号。</translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>另有 %n 项</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Map a column to each required field first: %1. The file&apos;s %n column(s): %2.</source>
        <translation>
            <numerusform>请先为每个必填字段指定一列：%1。文件中的 %n 列：%2。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>valuedesk::Commands</name>
    <message>
        <source>Add customer %1</source>
        <translation>添加客户 %1</translation>
    </message>
    <message>
        <source>Edit customer %1</source>
        <translation>修改客户 %1</translation>
    </message>
    <message>
        <source>Delete customer %1</source>
        <translation>删除客户 %1</translation>
    </message>
    <message>
        <source>transaction</source>
        <translation>交易记录</translation>
    </message>
    <message>
        <source>interaction</source>
        <translation>互动记录</translation>
    </message>
    <message>
        <source>survey score</source>
        <translation>调查评分</translation>
    </message>
    <message>
        <source>balance</source>
        <translation>余额</translation>
    </message>
    <message>
        <source>Add %1</source>
        <translation>添加%1</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>修改%1</translation>
    </message>
    <message>
        <source>Delete %1</source>
        <translation>删除%1</translation>
    </message>
    <message>
        <source>Set grade %1 by hand</source>
        <translation>手动设定等级 %1</translation>
    </message>
    <message>
        <source>Withdraw manual grade</source>
        <translation>撤销手动等级</translation>
    </message>
    <message>
        <source>The customer&apos;s manual grade was changed since; this step cannot be repeated.</source>
        <translation>该客户的手动等级此后已被更改；无法重复此步骤。</translation>
    </message>
    <message>
        <source>Undone: %1</source>
        <translation>已撤销：%1</translation>
    </message>
</context>
<context>
    <name>valuedesk::CostContributionScheme</name>
    <message>
        <source>expected a positive margin (0.2 = 20 %).</source>
        <translation>应为正的利润率（0.2 = 20%）。</translation>
    </message>
    <message>
        <source>the multiples must not increase from gold to silver to ordinary.</source>
        <translation>倍数从黄金、白银到普通不得递增。</translation>
    </message>
    <message>
        <source>Gold</source>
        <translation>黄金</translation>
    </message>
    <message>
        <source>Silver</source>
        <translation>白银</translation>
    </message>
    <message>
        <source>Ordinary</source>
        <translation>普通</translation>
    </message>
    <message>
        <source>To eliminate</source>
        <translation>淘汰</translation>
    </message>
    <message>
        <source>The firm&apos;s average sales profit margin is not positive, so cost contribution cannot be compared with it; enter an average margin.</source>
        <translation>企业平均销售利润率不为正，无法与之比较成本贡献率；请输入平均利润率。</translation>
    </message>
</context>
<context>
    <name>valuedesk::CrossTabModel</name>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message numerus="yes">
        <source>%n customer(s), revenue %1</source>
        <translation>
            <numerusform>%n 个客户，收入 %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Total</source>
        <translation>综合</translation>
    </message>
</context>
<context>
    <name>valuedesk::CsvReader</name>
    <message>
        <source>The separator and quote characters must differ and not be line breaks.</source>
        <translation>分隔符与引号必须不同，且不能是换行符。</translation>
    </message>
    <message>
        <source>Line %1: a quoted field is not closed.</source>
        <translation>第 %1 行：引号内的字段没有结束引号。</translation>
    </message>
    <message>
        <source>Line %1: unexpected text after a closing quote.</source>
        <translation>第 %1 行：结束引号后有多余文字。</translation>
    </message>
    <message>
        <source>The file is empty: there is no header row.</source>
        <translation>文件为空：没有标题行。</translation>
    </message>
    <message>
        <source>Line %1: a field is longer than %L2 characters, the most a field may hold (as in Excel).</source>
        <translation>第 %1 行：某个字段超过 %L2 个字符，即一个字段最多可容纳的长度（与 Excel 相同）。</translation>
    </message>
    <message>
        <source>Line %1: the record has more than %L2 fields, the most a record may have (as in Excel).</source>
        <translation>第 %1 行：该记录超过 %L2 个字段，即一条记录最多可有的字段数（与 Excel 相同）。</translation>
    </message>
</context>
<context>
    <name>valuedesk::CsvWriter</name>
    <message>
        <source>Cannot write &quot;%1&quot;: %2</source>
        <translation>无法写入“%1”：%2</translation>
    </message>
</context>
<context>
    <name>valuedesk::Customer</name>
    <message>
        <source>Active</source>
        <translation>活跃</translation>
    </message>
    <message>
        <source>Prospect</source>
        <translation>潜在</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>流失</translation>
    </message>
</context>
<context>
    <name>valuedesk::CustomerDetailPane</name>
    <message>
        <source>No customer selected</source>
        <translation>未选择客户</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>基本资料</translation>
    </message>
    <message>
        <source>Transactions</source>
        <translation>交易记录</translation>
    </message>
    <message>
        <source>Interactions</source>
        <translation>互动记录</translation>
    </message>
    <message>
        <source>Survey scores</source>
        <translation>调查评分</translation>
    </message>
    <message>
        <source>Balances</source>
        <translation>余额</translation>
    </message>
</context>
<context>
    <name>valuedesk::CustomerListModel</name>
    <message>
        <source>Code</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Industry</source>
        <translation>行业</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>区域</translation>
    </message>
    <message>
        <source>Account manager</source>
        <translation>客户经理</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>联系方式</translation>
    </message>
    <message>
        <source>Customer since</source>
        <translation>建档日期</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
</context>
<context>
    <name>valuedesk::CustomerListPane</name>
    <message>
        <source>Search code, name, industry, region or account manager</source>
        <translation>搜索编号、名称、行业、地区或客户经理</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>显示列</translation>
    </message>
</context>
<context>
    <name>valuedesk::CustomerProfileForm</name>
    <message>
        <source>New attribute</source>
        <translation>新属性</translation>
    </message>
    <message>
        <source>Attribute</source>
        <translation>属性</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>价值</translation>
    </message>
</context>
<context>
    <name>valuedesk::CustomerRepository</name>
    <message>
        <source>The customer no longer exists in this file.</source>
        <translation>此文件中已不存在该客户。</translation>
    </message>
    <message>
        <source>Customer %1 could not be added.</source>
        <translation>无法添加客户 %1。</translation>
    </message>
    <message>
        <source>Customer %1 could not be saved.</source>
        <translation>无法保存客户 %1。</translation>
    </message>
</context>
<context>
    <name>valuedesk::Database</name>
    <message>
        <source>The file is damaged or is not a ValueDesk customer file.</source>
        <translation>文件已损坏，或不是 ValueDesk 客户档案。</translation>
    </message>
    <message>
        <source>The customer file cannot be opened.</source>
        <translation>无法打开客户档案。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; was written by a newer version of ValueDesk (file format %2; this version reads up to %3). Please update ValueDesk to open it; the file was not changed.</source>
        <translation>“%1”由更新版本的 ValueDesk 创建（文件格式 %2；本版本最高支持 %3）。请升级 ValueDesk 后再打开；文件未被改动。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is an SQLite database but not a ValueDesk customer file.</source>
        <translation>“%1”是 SQLite 数据库，但不是 ValueDesk 客户档案。</translation>
    </message>
    <message>
        <source>The customer file &quot;%1&quot; does not exist.</source>
        <translation>客户档案“%1”不存在。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; already exists; choose another name.</source>
        <translation>“%1”已存在；请换一个名称。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a folder, not a customer file.</source>
        <translation>“%1”是文件夹，不是客户档案。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is damaged or is not a ValueDesk customer file.</source>
        <translation>“%1”已损坏，或不是 ValueDesk 客户档案。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is empty; it is not a customer file.</source>
        <translation>“%1”是空文件，不是客户档案。</translation>
    </message>
    <message>
        <source>The backup could not be written.</source>
        <translation>无法写入备份。</translation>
    </message>
    <message>
        <source>The customer file is busy or read-only.</source>
        <translation>客户档案正被占用或为只读。</translation>
    </message>
    <message>
        <source>The changes could not be saved to the customer file.</source>
        <translation>无法把修改保存到客户档案。</translation>
    </message>
    <message>
        <source>The customer file&apos;s version cannot be read.</source>
        <translation>无法读取客户档案的版本。</translation>
    </message>
    <message>
        <source>The customer file could not be upgraded to version %1 (%2).</source>
        <translation>无法将客户档案升级到版本 %1（%2）。</translation>
    </message>
    <message>
        <source>The customer file cannot be read or updated.</source>
        <translation>无法读取或更新客户档案。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is in use by another program that is writing to it; try again when it has finished.</source>
        <translation>“%1”正被另一个程序写入；请等它完成后再试。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is in use by %2, which is writing to it; try again when it has finished.</source>
        <translation>“%1”正被 %2 写入；请等它完成后再试。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is marked as a ValueDesk customer file but holds none of its tables; it is damaged. The file was not changed.</source>
        <translation>“%1”标记为 ValueDesk 客户档案，但不含任何档案表；文件已损坏。文件未被更改。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; contains database objects that ValueDesk did not create, which could change or hide your data: %2. The file was not opened and not changed; remove them with a database tool or open a backup copy.</source>
        <translation>“%1”含有并非 ValueDesk 创建的数据库对象，它们可能更改或隐藏您的数据：%2。文件未被打开，也未被更改；请用数据库工具删除它们，或打开备份副本。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is an empty SQLite database, not a ValueDesk customer file.</source>
        <translation>“%1”是一个空的 SQLite 数据库，不是 ValueDesk 客户档案。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; was written by an older version of ValueDesk (file format %2) and must be upgraded to format %3 first, which needs write access. Open it once for writing; the file was not changed.</source>
        <translation>“%1”由旧版 ValueDesk 写入（文件格式 %2），须先升级到格式 %3，这需要写入权限。请以可写方式打开一次；文件未被更改。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is read-only (or its folder is): ValueDesk cannot save changes to it. Open it read-only to view it, or copy it to a folder you can write to.</source>
        <translation>“%1”是只读的（或其所在文件夹是只读的）：ValueDesk 无法保存对它的更改。请以只读方式打开查看，或将其复制到可写的文件夹。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is open; choose another name.</source>
        <translation>“%1”已打开；请换一个名称。</translation>
    </message>
    <message>
        <source>process %1</source>
        <translation>进程 %1</translation>
    </message>
    <message>
        <source>%1 (process %2)</source>
        <translation>%1（进程 %2）</translation>
    </message>
    <message>
        <source>%1 (changed)</source>
        <translation>%1（已更改）</translation>
    </message>
    <message>
        <source>%1 (missing)</source>
        <translation>%1（缺失）</translation>
    </message>
    <message>
        <source>The customer file is read-only; nothing was changed.</source>
        <translation>客户档案是只读的；未做任何更改。</translation>
    </message>
    <message>
        <source>The file was not changed.</source>
        <translation>文件未被更改。</translation>
    </message>
</context>
<context>
    <name>valuedesk::Document</name>
    <message>
        <source>Enter a customer code.</source>
        <translation>请输入客户编号。</translation>
    </message>
    <message>
        <source>Enter the customer&apos;s name.</source>
        <translation>请输入客户名称。</translation>
    </message>
    <message>
        <source>The code %1 is already used by %2.</source>
        <translation>编号 %1 已被 %2 使用。</translation>
    </message>
    <message>
        <source>The customer&apos;s records could not be read.</source>
        <translation>无法读取该客户的记录。</translation>
    </message>
    <message>
        <source>Enter a valid date.</source>
        <translation>请输入有效日期。</translation>
    </message>
    <message>
        <source>The quantity cannot be negative.</source>
        <translation>数量不能为负数。</translation>
    </message>
    <message>
        <source>Scores must be between 0 and %1.</source>
        <translation>评分必须在 0 到 %1 之间。</translation>
    </message>
    <message>
        <source>Enter at least one score.</source>
        <translation>请至少输入一项评分。</translation>
    </message>
    <message>
        <source>The metric value must be a number.</source>
        <translation>指标值必须是数字。</translation>
    </message>
    <message>
        <source>A record cannot be moved to another customer.</source>
        <translation>记录不能移到其他客户名下。</translation>
    </message>
</context>
<context>
    <name>valuedesk::DuplicateCustomerModel</name>
    <message>
        <source>Update the existing customer</source>
        <translation>更新已有客户</translation>
    </message>
    <message>
        <source>Skip this row</source>
        <translation>跳过此行</translation>
    </message>
    <message>
        <source>Import as a new customer</source>
        <translation>作为新客户导入</translation>
    </message>
    <message>
        <source>same code</source>
        <translation>编号相同</translation>
    </message>
    <message>
        <source>same name and contact</source>
        <translation>名称和联系方式相同</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>行号</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Customer in the file</source>
        <translation>档案中的客户</translation>
    </message>
    <message>
        <source>Matched by</source>
        <translation>匹配依据</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>处理方式</translation>
    </message>
</context>
<context>
    <name>valuedesk::Evaluation</name>
    <message>
        <source>The indicator &quot;%1&quot; is not bound to a metric.</source>
        <translation>指标“%1”没有关联数据指标。</translation>
    </message>
    <message>
        <source>The indicator &quot;%1&quot;: %2</source>
        <translation>指标“%1”：%2</translation>
    </message>
    <message>
        <source>The evaluation window is not valid.</source>
        <translation>评价期间无效。</translation>
    </message>
    <message>
        <source>The model &quot;%1&quot; cannot be evaluated: %2</source>
        <translation>无法计算模型“%1”：%2</translation>
    </message>
    <message>
        <source>The model &quot;%1&quot; has no indicators.</source>
        <translation>模型“%1”没有指标。</translation>
    </message>
</context>
<context>
    <name>valuedesk::EvaluationChartData</name>
    <message>
        <source>Current value: %1</source>
        <translation>当前价值：%1</translation>
    </message>
    <message>
        <source>Potential value: %1</source>
        <translation>潜在价值：%1</translation>
    </message>
    <message>
        <source>%1 %2
Manager: %3 · %4
Current %5 · potential %6 · total %7
Revenue %8 · data %9</source>
        <translation>%1 %2
客户经理：%3 · %4
当前 %5 · 潜在 %6 · 综合 %7
收入 %8 · 数据 %9</translation>
    </message>
    <message>
        <source>Set by hand by %1: %2</source>
        <translation>%1 手工调整：%2</translation>
    </message>
</context>
<context>
    <name>valuedesk::EvaluationDataReader</name>
    <message>
        <source>The customer data for the evaluation cannot be read.</source>
        <translation>无法读取用于评价的客户数据。</translation>
    </message>
    <message>
        <source>The evaluation window is not valid.</source>
        <translation>评价期间无效。</translation>
    </message>
    <message>
        <source>The customer file changed while it was being read; evaluate again.</source>
        <translation>读取期间客户文件发生了变化，请重新评估。</translation>
    </message>
</context>
<context>
    <name>valuedesk::EvaluationFilterBar</name>
    <message numerus="yes">
        <source>%n customer(s) selected on the chart</source>
        <translation>
            <numerusform>图中已选 %n 个客户</numerusform>
        </translation>
    </message>
    <message>
        <source>All industries</source>
        <translation>全部行业</translation>
    </message>
    <message>
        <source>All regions</source>
        <translation>全部区域</translation>
    </message>
    <message>
        <source>All managers</source>
        <translation>全部客户经理</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>任意状态</translation>
    </message>
    <message>
        <source>Any data completeness</source>
        <translation>任意数据完整度</translation>
    </message>
    <message>
        <source>Data ≥ 50 %</source>
        <translation>数据 ≥ 50%</translation>
    </message>
    <message>
        <source>Data ≥ 75 %</source>
        <translation>数据 ≥ 75%</translation>
    </message>
    <message>
        <source>Complete data only</source>
        <translation>仅数据完整</translation>
    </message>
    <message>
        <source>Keep customers whose scores rest on real data for at least this share of indicators</source>
        <translation>只保留至少这一比例的指标有真实数据支撑的客户</translation>
    </message>
    <message>
        <source>Search code or name</source>
        <translation>搜索编号或名称</translation>
    </message>
    <message>
        <source>Clear selection</source>
        <translation>清除选择</translation>
    </message>
</context>
<context>
    <name>valuedesk::EvaluationOptionsBar</name>
    <message>
        <source>%1 (version %2)</source>
        <translation>%1（第 %2 版）</translation>
    </message>
    <message>
        <source>No customer file is open.</source>
        <translation>没有打开客户文件。</translation>
    </message>
    <message>
        <source>The file has no value model yet: create one on the Value model (AHP) tab first.</source>
        <translation>文件中还没有价值模型：请先在“价值模型（AHP）”页创建。</translation>
    </message>
    <message>
        <source>Model:</source>
        <translation>模型：</translation>
    </message>
    <message>
        <source>As of the last transaction</source>
        <translation>截至最后一笔交易</translation>
    </message>
    <message>
        <source>Last day of the evaluation window</source>
        <translation>评估期的最后一天</translation>
    </message>
    <message>
        <source>Window:</source>
        <translation>评估期：</translation>
    </message>
    <message>
        <source> months</source>
        <translation> 个月</translation>
    </message>
    <message>
        <source>z-score</source>
        <translation>Z 分数标准化</translation>
    </message>
    <message>
        <source>Min–max 0–100</source>
        <translation>极差标准化 0–100</translation>
    </message>
    <message>
        <source>Percentile rank</source>
        <translation>百分位排名</translation>
    </message>
    <message>
        <source>How each indicator is put on a common scale before weighting</source>
        <translation>加权前各指标统一量纲的方法</translation>
    </message>
    <message>
        <source>Trim outliers</source>
        <translation>截尾异常值</translation>
    </message>
    <message>
        <source>Clamp each indicator to its 1st and 99th percentiles first</source>
        <translation>先将各指标截断到第 1 和第 99 百分位</translation>
    </message>
    <message>
        <source>Missing data: per indicator</source>
        <translation>缺失数据：按指标默认</translation>
    </message>
    <message>
        <source>Missing data: zero</source>
        <translation>缺失数据：记为 0</translation>
    </message>
    <message>
        <source>Missing data: column mean</source>
        <translation>缺失数据：用均值</translation>
    </message>
    <message>
        <source>Missing data: leave out and re-weight</source>
        <translation>缺失数据：剔除并重新归一权重</translation>
    </message>
    <message>
        <source>Axes (current, potential):</source>
        <translation>坐标轴（当前，潜在）：</translation>
    </message>
    <message>
        <source>Top-level criterion scored as current value (vertical axis)</source>
        <translation>作为当前价值（纵轴）的一级指标</translation>
    </message>
    <message>
        <source>Top-level criterion scored as potential value (horizontal axis)</source>
        <translation>作为潜在价值（横轴）的一级指标</translation>
    </message>
    <message>
        <source>Split at the mean</source>
        <translation>按均值划分</translation>
    </message>
    <message>
        <source>Split at the median</source>
        <translation>按中位数划分</translation>
    </message>
    <message>
        <source>Split at thresholds</source>
        <translation>按阈值划分</translation>
    </message>
    <message>
        <source>current </source>
        <translation>当前 </translation>
    </message>
    <message>
        <source>potential </source>
        <translation>潜在 </translation>
    </message>
    <message>
        <source>Evaluate</source>
        <translation>评估</translation>
    </message>
    <message>
        <source>Score every customer with the model and store the result as a dated snapshot</source>
        <translation>用模型为每个客户打分，并将结果保存为带日期的快照</translation>
    </message>
</context>
<context>
    <name>valuedesk::EvaluationResultModel</name>
    <message>
        <source>%1 (manual)</source>
        <translation>%1（手工）</translation>
    </message>
    <message>
        <source>Set by %1 on %2: %3
Evaluated: %4</source>
        <translation>%1 于 %2 手工调整：%3
评估结果：%4</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n indicator(s) backed by data; the rest filled or left out by the missing-value rules</source>
        <translation>
            <numerusform>%n 个指标中 %1 个有数据支撑；其余按缺失值规则填补或剔除</numerusform>
        </translation>
    </message>
    <message>
        <source>Code</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Manager</source>
        <translation>客户经理</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>区域</translation>
    </message>
    <message>
        <source>Industry</source>
        <translation>行业</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>收入</translation>
    </message>
    <message>
        <source>Current value</source>
        <translation>当前价值</translation>
    </message>
    <message>
        <source>Potential value</source>
        <translation>潜在价值</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>综合</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>数据</translation>
    </message>
    <message>
        <source>Quadrant</source>
        <translation>象限</translation>
    </message>
</context>
<context>
    <name>valuedesk::EvaluationService</name>
    <message>
        <source>The evaluation was cancelled.</source>
        <translation>评估已取消。</translation>
    </message>
    <message>
        <source>The customer file has no transactions yet; choose the as-of date of the evaluation.</source>
        <translation>客户文件中还没有交易，请选择评估截止日期。</translation>
    </message>
    <message>
        <source>The customer file has no customers to evaluate.</source>
        <translation>客户文件中没有可评估的客户。</translation>
    </message>
</context>
<context>
    <name>valuedesk::EvaluationSnapshot</name>
    <message>
        <source>The stored evaluation does not match its model&apos;s indicators.</source>
        <translation>保存的评估与其模型的指标不一致。</translation>
    </message>
    <message>
        <source>The stored evaluation options are damaged.</source>
        <translation>保存的评估选项已损坏。</translation>
    </message>
</context>
<context>
    <name>valuedesk::EvaluationWorkspace</name>
    <message>
        <source>Evaluate</source>
        <translation>评估</translation>
    </message>
    <message>
        <source>Save Snapshot</source>
        <translation>保存快照</translation>
    </message>
    <message>
        <source>Delete Snapshot</source>
        <translation>删除快照</translation>
    </message>
    <message>
        <source>Evaluating customers…</source>
        <translation>正在评估客户…</translation>
    </message>
    <message>
        <source>No customer file is open.</source>
        <translation>没有打开客户文件。</translation>
    </message>
    <message>
        <source>Opening the evaluation…</source>
        <translation>正在打开评估…</translation>
    </message>
    <message>
        <source>Opening was cancelled.</source>
        <translation>已取消打开。</translation>
    </message>
    <message>
        <source>There is no evaluation to save.</source>
        <translation>没有可保存的评估。</translation>
    </message>
    <message>
        <source>Open Snapshot</source>
        <translation>打开快照</translation>
    </message>
    <message>
        <source>Colour by:</source>
        <translation>着色依据：</translation>
    </message>
    <message>
        <source>Quadrant</source>
        <translation>象限</translation>
    </message>
    <message>
        <source>Account manager</source>
        <translation>客户经理</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>区域</translation>
    </message>
    <message>
        <source>Industry</source>
        <translation>行业</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Explanation</source>
        <translation>得分解释</translation>
    </message>
    <message>
        <source>Weight sensitivity</source>
        <translation>权重敏感性</translation>
    </message>
    <message>
        <source>Grade history</source>
        <translation>等级历史</translation>
    </message>
    <message>
        <source>Open customer</source>
        <translation>打开客户</translation>
    </message>
    <message>
        <source>Show the chosen customer&apos;s record on the Customers tab</source>
        <translation>在“客户”页显示所选客户的档案</translation>
    </message>
    <message>
        <source>The unsaved evaluation shown before was closed.</source>
        <translation>之前显示的未保存评估已关闭。</translation>
    </message>
    <message>
        <source>The evaluation was cancelled; nothing was stored.</source>
        <translation>评估已取消，未保存任何内容。</translation>
    </message>
    <message>
        <source>The evaluation is busy; try again when it has finished.</source>
        <translation>评估正在进行；请等它完成后再试。</translation>
    </message>
</context>
<context>
    <name>valuedesk::EvaluatorGroupBar</name>
    <message>
        <source>Voting weight of %1 at this criterion; only the ratios between the evaluators matter</source>
        <translation>%1 在此准则下的投票权重；只有评价人之间的比例有意义</translation>
    </message>
    <message>
        <source>Combine evaluators:</source>
        <translation>汇总方式：</translation>
    </message>
    <message>
        <source>AIJ — aggregate judgements</source>
        <translation>AIJ — 汇总个体判断</translation>
    </message>
    <message>
        <source>Weighted geometric mean of each judgement, then the group matrix is analysed as usual, with its own CR (the default)</source>
        <translation>对每个判断取加权几何平均，再照常分析群体判断矩阵，并计算其 CR（默认）</translation>
    </message>
    <message>
        <source>AIP — aggregate priorities</source>
        <translation>AIP — 汇总个体权重</translation>
    </message>
    <message>
        <source>Weighted geometric mean of each evaluator&apos;s weights; there is no group matrix and no group CR</source>
        <translation>对每位评价人的权重取加权几何平均；没有群体判断矩阵，也没有群体 CR</translation>
    </message>
    <message>
        <source>How the evaluators&apos; judgements become the group result</source>
        <translation>评价人的判断如何合成群体结果</translation>
    </message>
    <message>
        <source>Voting weights:</source>
        <translation>投票权重：</translation>
    </message>
</context>
<context>
    <name>valuedesk::ExplanationPanel</name>
    <message>
        <source>%1st</source>
        <translation>第 %1</translation>
    </message>
    <message>
        <source>%1nd</source>
        <translation>第 %1</translation>
    </message>
    <message>
        <source>%1rd</source>
        <translation>第 %1</translation>
    </message>
    <message>
        <source>%1th</source>
        <translation>第 %1</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n indicator(s) backed by data</source>
        <translation>
            <numerusform>%n 个指标中 %1 个有数据支撑</numerusform>
        </translation>
    </message>
    <message>
        <source>Contributions to the total score</source>
        <translation>各指标对综合得分的贡献</translation>
    </message>
    <message>
        <source>No customer selected</source>
        <translation>未选择客户</translation>
    </message>
    <message>
        <source>%1 (account manager: %2)</source>
        <translation>%1（客户经理：%2）</translation>
    </message>
    <message>
        <source>Total value</source>
        <translation>综合价值</translation>
    </message>
    <message>
        <source>Rank: %1 of %2 by total value, %3 by %4, %5 by %6</source>
        <translation>排名：综合价值 %2 个中%1，%4 %3，%6 %5</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Copy table</source>
        <translation>复制表格</translation>
    </message>
    <message>
        <source>Copy the table to the clipboard (tab-separated, for spreadsheets)</source>
        <translation>将表格复制到剪贴板（制表符分隔，可粘贴到电子表格）</translation>
    </message>
    <message>
        <source>Set by hand to %1 by %2 on %3: %4</source>
        <translation>已由 %2 于 %3 手工调整为%1：%4</translation>
    </message>
</context>
<context>
    <name>valuedesk::ExplanationTableModel</name>
    <message>
        <source>No data; this indicator is left out of the customer&apos;s scores.</source>
        <translation>无数据；该指标不计入此客户的得分。</translation>
    </message>
    <message>
        <source>No data; %1 was used instead.</source>
        <translation>无数据；改用 %1。</translation>
    </message>
    <message>
        <source>Lower is better: the normalised value is flipped so higher is better.</source>
        <translation>越低越好：标准化值已反向，使越高越好。</translation>
    </message>
    <message>
        <source>Higher is better.</source>
        <translation>越高越好。</translation>
    </message>
    <message>
        <source>AHP global weight %1; weight for this customer %2 (the weights of indicators without data are shared among the others).</source>
        <translation>AHP 全局权重 %1；此客户使用的权重 %2（无数据指标的权重按比例分给其他指标）。</translation>
    </message>
    <message>
        <source>Weight for this customer × normalised value: %1 × %2</source>
        <translation>此客户使用的权重 × 标准化值：%1 × %2</translation>
    </message>
    <message>
        <source>No data for this customer: the missing-value rule “%1” was applied.</source>
        <translation>此客户无数据：已应用缺失值规则“%1”。</translation>
    </message>
    <message>
        <source>Backed by data. Were it missing: %1.</source>
        <translation>有数据支撑。若缺失：%1。</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>指标</translation>
    </message>
    <message>
        <source>Criterion</source>
        <translation>准则</translation>
    </message>
    <message>
        <source>Metric</source>
        <translation>度量</translation>
    </message>
    <message>
        <source>Raw value</source>
        <translation>原始值</translation>
    </message>
    <message>
        <source>Normalised</source>
        <translation>标准化值</translation>
    </message>
    <message>
        <source>Global weight</source>
        <translation>全局权重</translation>
    </message>
    <message>
        <source>Weight used</source>
        <translation>实际权重</translation>
    </message>
    <message>
        <source>Contribution</source>
        <translation>贡献</translation>
    </message>
    <message>
        <source>To current value</source>
        <translation>计入当前价值</translation>
    </message>
    <message>
        <source>To %1</source>
        <translation>计入%1</translation>
    </message>
    <message>
        <source>To potential value</source>
        <translation>计入潜在价值</translation>
    </message>
    <message>
        <source>Missing-value rule</source>
        <translation>缺失值规则</translation>
    </message>
</context>
<context>
    <name>valuedesk::FileActions</name>
    <message>
        <source>ValueDesk customer files (*.vdb);;All files (*)</source>
        <translation>ValueDesk 客户档案 (*.vdb);;所有文件 (*)</translation>
    </message>
    <message>
        <source>&amp;New Customer File…</source>
        <translation>新建客户档案(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>打开(&amp;O)…</translation>
    </message>
    <message>
        <source>Save a &amp;Copy / Backup…</source>
        <translation>另存副本/备份(&amp;C)…</translation>
    </message>
    <message>
        <source>Write a consistent copy of the open customer file</source>
        <translation>为当前客户档案写入一份完整副本</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>最近打开(&amp;R)</translation>
    </message>
    <message>
        <source>Clear List</source>
        <translation>清除列表</translation>
    </message>
    <message>
        <source>New Customer File</source>
        <translation>新建客户档案</translation>
    </message>
    <message>
        <source>Open Customer File</source>
        <translation>打开客户档案</translation>
    </message>
    <message>
        <source>Save a Copy</source>
        <translation>另存副本</translation>
    </message>
</context>
<context>
    <name>valuedesk::GammaGammaModel</name>
    <message>
        <source>Fewer than two customers bought again with a positive spend, so the Gamma-Gamma spend model cannot be fitted.</source>
        <translation>有正消费的重复购买客户少于两个，无法拟合 Gamma-Gamma 消费模型。</translation>
    </message>
    <message>
        <source>The Gamma-Gamma spend fit did not converge; the spend data may not suit the model.</source>
        <translation>Gamma-Gamma 消费拟合未收敛；消费数据可能不适合该模型。</translation>
    </message>
</context>
<context>
    <name>valuedesk::GradeHistoryPanel</name>
    <message>
        <source>Evaluated: %1</source>
        <translation>评估：%1</translation>
    </message>
    <message>
        <source>%1 version %2</source>
        <translation>%1 第 %2 版</translation>
    </message>
    <message>
        <source>Set by hand: %1</source>
        <translation>手工调整：%1</translation>
    </message>
    <message>
        <source>Manual quadrant withdrawn</source>
        <translation>撤销手工象限</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Quadrant</source>
        <translation>象限</translation>
    </message>
    <message>
        <source>By</source>
        <translation>操作人</translation>
    </message>
    <message>
        <source>Model or reason</source>
        <translation>模型或理由</translation>
    </message>
    <message>
        <source>Grade history of %1 %2</source>
        <translation>%1 %2 的等级历史</translation>
    </message>
    <message>
        <source>Choose a customer to see its grade history.</source>
        <translation>选择客户以查看其等级历史。</translation>
    </message>
    <message>
        <source>Choose a customer first.</source>
        <translation>请先选择客户。</translation>
    </message>
    <message>
        <source>Set Quadrant by Hand</source>
        <translation>手工调整象限</translation>
    </message>
    <message>
        <source>Withdraw Manual Quadrant</source>
        <translation>撤销手工象限</translation>
    </message>
    <message>
        <source>Set quadrant by hand…</source>
        <translation>手工调整象限…</translation>
    </message>
    <message>
        <source>Put this customer in another quadrant, with a written reason</source>
        <translation>将此客户调整到其他象限，并写明理由</translation>
    </message>
    <message>
        <source>Withdraw…</source>
        <translation>撤销…</translation>
    </message>
    <message>
        <source>Withdraw the manual quadrant: the evaluation&apos;s applies again</source>
        <translation>撤销手工象限：恢复评估结果</translation>
    </message>
</context>
<context>
    <name>valuedesk::GradeOverrideRepository</name>
    <message>
        <source>“%1” is not a quadrant; use high-high, high-low, low-high or low-low.</source>
        <translation>“%1”不是象限；请使用 high-high、high-low、low-high 或 low-low。</translation>
    </message>
    <message>
        <source>Give the grade to put the customer in.</source>
        <translation>请给出要调整到的等级。</translation>
    </message>
    <message>
        <source>This customer has no manual grade to withdraw.</source>
        <translation>此客户没有可撤销的手工等级。</translation>
    </message>
    <message>
        <source>Write the reason for the manual grade.</source>
        <translation>请填写手工调整等级的理由。</translation>
    </message>
    <message>
        <source>The grading scheme is missing.</source>
        <translation>缺少分级方案。</translation>
    </message>
    <message>
        <source>The manual grade could not be saved.</source>
        <translation>无法保存手工等级。</translation>
    </message>
    <message>
        <source>The customer no longer exists in this file.</source>
        <translation>此文件中已不存在该客户。</translation>
    </message>
    <message>
        <source>There is no evaluation snapshot %1 in this file.</source>
        <translation>此文件中没有评估快照 %1。</translation>
    </message>
    <message>
        <source>The manual grades of this file cannot be read.</source>
        <translation>无法读取此文件的手工等级。</translation>
    </message>
    <message>
        <source>The grade history of this customer cannot be read.</source>
        <translation>无法读取此客户的等级历史。</translation>
    </message>
</context>
<context>
    <name>valuedesk::HierarchyConsistencyLabel</name>
    <message>
        <source>Overall consistency CR&lt;sub&gt;H&lt;/sub&gt; = %1 %2 %3 (RI: %4)</source>
        <translation>总体一致性 CR&lt;sub&gt;H&lt;/sub&gt; = %1 %2 %3（RI：%4）</translation>
    </message>
    <message>
        <source>no criterion is weighted by judgements</source>
        <translation>没有准则使用判断矩阵赋权</translation>
    </message>
    <message numerus="yes">
        <source>all %n judged criteria pass</source>
        <translation>
            <numerusform>全部 %n 个使用判断矩阵的准则均通过</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of %1 judged criteria fail: %2</source>
        <translation>
            <numerusform>%1 个使用判断矩阵的准则中有 %n 个未通过：%2</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;p&gt;Hierarchical consistency ratio of the whole model:&lt;/p&gt;&lt;p&gt;&lt;b&gt;CR&lt;sub&gt;H&lt;/sub&gt; = Σ g·CI / Σ g·RI&lt;/b&gt;&lt;/p&gt;&lt;p&gt;summed over the criteria weighted by a judgement matrix, where g is the criterion&apos;s global weight, CI its consistency index and RI the random index of the %1 table. Criteria with typed weights or with aggregated priorities (AIP) have no CI and are left out; those with two sub-items add nothing. With several evaluators (AIJ) the group matrix counts; each evaluator&apos;s own CR is shown in the pairwise editor.&lt;/p&gt;&lt;p&gt;The model passes when CR&lt;sub&gt;H&lt;/sub&gt; &amp;lt; %2 and the CR of every judged criterion is below %2 too.&lt;/p&gt;</source>
        <translation>&lt;p&gt;整个模型的层次总排序一致性比率：&lt;/p&gt;&lt;p&gt;&lt;b&gt;CR&lt;sub&gt;H&lt;/sub&gt; = Σ g·CI / Σ g·RI&lt;/b&gt;&lt;/p&gt;&lt;p&gt;对所有使用判断矩阵赋权的准则求和，其中 g 为该准则的全局权重，CI 为其一致性指标，RI 为 %1 表中的随机一致性指标。直接输入权重或汇总个体权重（AIP）的准则没有 CI，不计入；只有两个子项的准则不增加任何量。多位评价人（AIJ）时按群体判断矩阵计算；每位评价人自己的 CR 显示在两两比较编辑器中。&lt;/p&gt;&lt;p&gt;当 CR&lt;sub&gt;H&lt;/sub&gt; &amp;lt; %2 且每个使用判断矩阵的准则的 CR 也都低于 %2 时，模型通过检验。&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>valuedesk::HierarchyDiagram</name>
    <message>
        <source>%1
local weight %2 %, global weight %3 %</source>
        <translation>%1
局部权重 %2 %，全局权重 %3 %</translation>
    </message>
    <message>
        <source>weight typed directly</source>
        <translation>直接输入的权重</translation>
    </message>
</context>
<context>
    <name>valuedesk::ImportCommitter</name>
    <message>
        <source>Line %1: %2</source>
        <translation>第 %1 行：%2</translation>
    </message>
</context>
<context>
    <name>valuedesk::ImportController</name>
    <message>
        <source>&amp;Import…</source>
        <translation>导入(&amp;I)…</translation>
    </message>
    <message>
        <source>Import customers, transactions, interactions, survey scores or balances from a CSV or Excel file</source>
        <translation>从 CSV 或 Excel 文件导入客户、交易、互动、调查评分或余额</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <source>Spreadsheets and CSV files (*.xlsx *.csv *.txt);;All files (*)</source>
        <translation>电子表格和 CSV 文件 (*.xlsx *.csv *.txt);;所有文件 (*)</translation>
    </message>
</context>
<context>
    <name>valuedesk::ImportDialog</name>
    <message>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <source>File: %1</source>
        <translation>文件：%1</translation>
    </message>
    <message>
        <source>Detect automatically</source>
        <translation>自动识别</translation>
    </message>
    <message>
        <source>Tab</source>
        <translation>制表符</translation>
    </message>
    <message>
        <source>Set all to: %1</source>
        <translation>全部设为：%1</translation>
    </message>
    <message>
        <source>Create customers for codes not yet in the file</source>
        <translation>为档案中尚不存在的客户编号创建客户</translation>
    </message>
    <message>
        <source>Import &amp;as:</source>
        <translation>导入为(&amp;A)：</translation>
    </message>
    <message>
        <source>&amp;Encoding:</source>
        <translation>编码(&amp;E)：</translation>
    </message>
    <message>
        <source>&amp;Separator:</source>
        <translation>分隔符(&amp;S)：</translation>
    </message>
    <message>
        <source>S&amp;heet:</source>
        <translation>工作表(&amp;H)：</translation>
    </message>
    <message>
        <source>Customers already in the file:</source>
        <translation>档案中已有的客户：</translation>
    </message>
    <message>
        <source>&amp;Check Rows…</source>
        <translation>检查数据(&amp;C)…</translation>
    </message>
    <message>
        <source>&amp;Save Report as CSV…</source>
        <translation>将问题清单另存为 CSV(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>上一步(&amp;B)</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>正在读取 %1…</translation>
    </message>
    <message>
        <source>Reading was cancelled.</source>
        <translation>已取消读取。</translation>
    </message>
    <message>
        <source>First sheet</source>
        <translation>第一个工作表</translation>
    </message>
    <message>
        <source>tab</source>
        <translation>制表符</translation>
    </message>
    <message numerus="yes">
        <source>%1 columns · encoding %2 · separator &quot;%3&quot; · about %n row(s)</source>
        <translation>
            <numerusform>%1 列 · 编码 %2 · 分隔符“%3” · 约 %n 行</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 columns · sheet &quot;%2&quot; · %n row(s)</source>
        <translation>
            <numerusform>%1 列 · 工作表“%2” · %n 行</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose a column for each required field: %1.</source>
        <translation>请为每个必填字段选择一列：%1。</translation>
    </message>
    <message>
        <source>Checking rows…</source>
        <translation>正在检查数据…</translation>
    </message>
    <message>
        <source>The check was cancelled; nothing was imported.</source>
        <translation>已取消检查；未导入任何数据。</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) read.</source>
        <translation>
            <numerusform>共读取 %n 行。</numerusform>
        </translation>
    </message>
    <message>
        <source>All rows are fine.</source>
        <translation>所有行均无问题。</translation>
    </message>
    <message numerus="yes">
        <source>%1 can be imported; %n row(s) have problems and will be left out (listed below with line, field and reason).</source>
        <translation>
            <numerusform>%1 行可以导入；%n 行有问题，将不会导入（下面列出了行号、字段和原因）。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new customer(s) will be created for unknown codes.</source>
        <translation>
            <numerusform>将为未知编号新建 %n 个客户。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n customer(s) in this file are already in the customer file. Choose what to do with each:</source>
        <translation>
            <numerusform>此文件中有 %n 个客户已在客户档案中。请选择每个客户的处理方式：</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&amp;Import %n Row(s)</source>
        <translation>
            <numerusform>导入 %n 行(&amp;I)</numerusform>
        </translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>正在导入…</translation>
    </message>
    <message>
        <source>The import was cancelled; the customer file was not changed.</source>
        <translation>已取消导入；客户档案未被改动。</translation>
    </message>
    <message>
        <source>The import failed; the customer file was not changed.</source>
        <translation>导入失败；客户档案未被改动。</translation>
    </message>
    <message>
        <source>-problems</source>
        <translation>-问题清单</translation>
    </message>
    <message>
        <source>Save Report</source>
        <translation>保存问题清单</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <source>The report could not be saved to %1.</source>
        <translation>无法将问题清单保存到 %1。</translation>
    </message>
</context>
<context>
    <name>valuedesk::ImportMappingModel</name>
    <message>
        <source>(do not import)</source>
        <translation>（不导入）</translation>
    </message>
    <message>
        <source>%1 (required)</source>
        <translation>%1（必填）</translation>
    </message>
    <message>
        <source>Attribute &quot;%1&quot;</source>
        <translation>属性“%1”</translation>
    </message>
    <message>
        <source>Column in the file</source>
        <translation>文件中的列</translation>
    </message>
    <message>
        <source>Sample values</source>
        <translation>示例值</translation>
    </message>
    <message>
        <source>Import as</source>
        <translation>导入为</translation>
    </message>
</context>
<context>
    <name>valuedesk::ImportReport</name>
    <message>
        <source>Line</source>
        <translation>行号</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>列</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>价值</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>%1 (column &quot;%2&quot;)</source>
        <translation>%1（列“%2”）</translation>
    </message>
    <message>
        <source>Line %1, %2: %3</source>
        <translation>第 %1 行，%2：%3</translation>
    </message>
    <message>
        <source>Line %1, %2: %3: &quot;%4&quot;</source>
        <translation>第 %1 行，%2：%3：“%4”</translation>
    </message>
    <message>
        <source>Import cancelled; the customer file was not changed.</source>
        <translation>已取消导入；客户档案未被改动。</translation>
    </message>
    <message>
        <source>Imported: %1 customers added, %2 updated, %3 skipped; %4 records added; %5 rows rejected.</source>
        <translation>导入完成：新增客户 %1 个，更新 %2 个，跳过 %3 个；新增记录 %4 条；拒绝 %5 行。</translation>
    </message>
</context>
<context>
    <name>valuedesk::ImportSchema</name>
    <message>
        <source>Customer code</source>
        <translation>客户编号</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Industry</source>
        <translation>行业</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>区域</translation>
    </message>
    <message>
        <source>Account manager</source>
        <translation>客户经理</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>联系方式</translation>
    </message>
    <message>
        <source>Customer since</source>
        <translation>建档日期</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Customer name</source>
        <translation>客户名称</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>成本</translation>
    </message>
    <message>
        <source>Gross margin</source>
        <translation>毛利</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>数量</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>产品</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>渠道</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>内容</translation>
    </message>
    <message>
        <source>Satisfaction</source>
        <translation>满意度</translation>
    </message>
    <message>
        <source>Loyalty</source>
        <translation>忠诚度</translation>
    </message>
    <message>
        <source>Trust</source>
        <translation>信任度</translation>
    </message>
    <message>
        <source>Other metric name</source>
        <translation>其他指标名称</translation>
    </message>
    <message>
        <source>Other metric value</source>
        <translation>其他指标值</translation>
    </message>
    <message>
        <source>Balance</source>
        <translation>余额</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Transactions</source>
        <translation>交易记录</translation>
    </message>
    <message>
        <source>Interactions</source>
        <translation>互动记录</translation>
    </message>
    <message>
        <source>Survey scores</source>
        <translation>调查评分</translation>
    </message>
    <message>
        <source>Balances</source>
        <translation>余额</translation>
    </message>
</context>
<context>
    <name>valuedesk::ImportSource</name>
    <message>
        <source>&quot;%1&quot; is an old Excel 97-2003 workbook. Save it as .xlsx or CSV in Excel and import that file.</source>
        <translation>“%1”是旧版 Excel 97-2003 工作簿。请在 Excel 中另存为 .xlsx 或 CSV 后再导入。</translation>
    </message>
    <message>
        <source>Cannot open &quot;%1&quot;: %2</source>
        <translation>无法打开“%1”：%2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot be read as text: %2</source>
        <translation>无法把“%1”作为文本读取：%2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has no header row.</source>
        <translation>“%1”没有标题行。</translation>
    </message>
    <message>
        <source>Cannot read &quot;%1&quot;: %2</source>
        <translation>无法读取“%1”：%2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has a line longer than %L2 MB, more than a CSV line may hold. Is it really a CSV file?</source>
        <translation>“%1”有一行超过 %L2 MB，超出 CSV 一行可容纳的长度。它真的是 CSV 文件吗？</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is too large to import: it has %L2 MB, and ValueDesk imports CSV files of up to %L3 MB. Split it into smaller files and import each.</source>
        <translation>“%1”太大，无法导入：它有 %L2 MB，而 ValueDesk 最多导入 %L3 MB 的 CSV 文件。请拆分成较小的文件分别导入。</translation>
    </message>
</context>
<context>
    <name>valuedesk::ImportValidator</name>
    <message>
        <source>missing value</source>
        <translation>缺少值</translation>
    </message>
    <message>
        <source>not a date (use e.g. 2024-05-25, 2024/5/25 or 2024年5月25日)</source>
        <translation>不是日期（请使用 2024-05-25、2024/5/25 或 2024年5月25日 等格式）</translation>
    </message>
    <message>
        <source>not an amount</source>
        <translation>不是金额</translation>
    </message>
    <message>
        <source>not a number</source>
        <translation>不是数字</translation>
    </message>
    <message>
        <source>unknown status (use active, prospect or lost, or 活跃/潜在/流失)</source>
        <translation>未知状态（请使用 active、prospect、lost 或 活跃/潜在/流失）</translation>
    </message>
    <message>
        <source>duplicate code (also on line %1 of this file)</source>
        <translation>编号重复（本文件第 %1 行也有）</translation>
    </message>
    <message>
        <source>unknown customer code (import the customer list first, or allow creating missing customers)</source>
        <translation>未知客户编号（请先导入客户名单，或允许创建缺失的客户）</translation>
    </message>
    <message>
        <source>negative quantity</source>
        <translation>数量为负</translation>
    </message>
    <message>
        <source>unknown interaction kind (use visit, call, complaint, referral, training, other, or 拜访/电话/投诉/推荐/培训/其他)</source>
        <translation>未知互动类型（请使用 visit、call、complaint、referral、training、other 或 拜访/电话/投诉/推荐/培训/其他）</translation>
    </message>
    <message>
        <source>score outside 0–%1</source>
        <translation>评分超出 0–%1</translation>
    </message>
    <message>
        <source>the row has no score</source>
        <translation>该行没有评分</translation>
    </message>
    <message>
        <source>amount beyond ±%1; ValueDesk accepts at most ±%1 per record</source>
        <translation>金额超出 ±%1；ValueDesk 每条记录最多接受 ±%1</translation>
    </message>
    <message>
        <source>the cost it gives (amount − margin) is an %1</source>
        <translation>由它得出的成本（金额 − 毛利）为 %1</translation>
    </message>
</context>
<context>
    <name>valuedesk::Interaction</name>
    <message>
        <source>Visit</source>
        <translation>拜访</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Complaint</source>
        <translation>投诉</translation>
    </message>
    <message>
        <source>Referral</source>
        <translation>推荐</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>培训</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>其他</translation>
    </message>
</context>
<context>
    <name>valuedesk::KMeansScheme</name>
    <message>
        <source>expected a whole number from 0 to 4294967295.</source>
        <translation>应为 0 到 4294967295 之间的整数。</translation>
    </message>
    <message>
        <source>expected an array of metric ids.</source>
        <translation>应为度量标识数组。</translation>
    </message>
    <message>
        <source>expected an array of names.</source>
        <translation>应为名称数组。</translation>
    </message>
    <message>
        <source>expected a string.</source>
        <translation>应为字符串。</translation>
    </message>
    <message>
        <source>clustering needs an evaluation (a model) or a list of metrics.</source>
        <translation>聚类需要一次评估（模型）或度量列表。</translation>
    </message>
    <message>
        <source>The evaluation does not match the customers being classified.</source>
        <translation>评估与要分类的客户不一致。</translation>
    </message>
    <message>
        <source>k_min is larger than k_max.</source>
        <translation>k_min 大于 k_max。</translation>
    </message>
    <message>
        <source>%1 clusters cannot be formed from %2 customers.</source>
        <translation>无法从 %2 个客户中形成 %1 个聚类。</translation>
    </message>
    <message>
        <source>Cluster %1</source>
        <translation>聚类 %1</translation>
    </message>
</context>
<context>
    <name>valuedesk::LoyaltyValueScheme</name>
    <message>
        <source>the value score needs an evaluation; evaluate with a model or choose a metric.</source>
        <translation>价值得分需要一次评估；请用模型评估或选择一个度量。</translation>
    </message>
    <message>
        <source>A: top</source>
        <translation>A：顶级</translation>
    </message>
    <message>
        <source>B: high value, low loyalty</source>
        <translation>B：高价值低忠诚</translation>
    </message>
    <message>
        <source>C: high loyalty, low value</source>
        <translation>C：高忠诚低价值</translation>
    </message>
    <message>
        <source>D: small</source>
        <translation>D：小客户</translation>
    </message>
    <message>
        <source>E: inactive</source>
        <translation>E：不活跃</translation>
    </message>
    <message>
        <source>F: prospect</source>
        <translation>F：潜在客户</translation>
    </message>
</context>
<context>
    <name>valuedesk::MainWindow</name>
    <message>
        <source>ValueDesk</source>
        <translation>ValueDesk</translation>
    </message>
    <message>
        <source>The changes to %1 were not saved: %2</source>
        <translation>对 %1 的修改未保存：%2</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Customer</source>
        <translation>客户(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;New Customer…</source>
        <translation>新建客户(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Delete Customer…</source>
        <translation>删除客户(&amp;D)…</translation>
    </message>
    <message>
        <source>&amp;Find Customer</source>
        <translation>查找客户(&amp;F)</translation>
    </message>
    <message>
        <source>System Default</source>
        <translation>跟随系统</translation>
    </message>
    <message>
        <source>&amp;About ValueDesk</source>
        <translation>关于 ValueDesk(&amp;A)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is open; choose another name for the new file.</source>
        <translation>“%1”正在使用；请为新档案换一个名称。</translation>
    </message>
    <message>
        <source>The customer file could not be opened.</source>
        <translation>无法打开客户档案。</translation>
    </message>
    <message>
        <source>%1 — ValueDesk</source>
        <translation>%1 — ValueDesk</translation>
    </message>
    <message numerus="yes">
        <source>%n customer(s)</source>
        <translation>
            <numerusform>%n 个客户</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n customer(s) shown</source>
        <translation>
            <numerusform>显示 %1 / %n 个客户</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose another file for the copy.</source>
        <translation>请为副本选择另一个文件。</translation>
    </message>
    <message>
        <source>The copy could not be saved as &quot;%1&quot;.</source>
        <translation>无法将副本保存为“%1”。</translation>
    </message>
    <message>
        <source>Saved a copy to %1</source>
        <translation>已将副本保存到 %1</translation>
    </message>
    <message>
        <source>Delete Customer</source>
        <translation>删除客户</translation>
    </message>
    <message>
        <source>Delete %1 (%2) with all of its transactions, interactions, survey scores and balances? You can undo this with Edit ▸ Undo.</source>
        <translation>删除 %1（%2）及其全部交易、互动、调查评分和余额记录吗？可以通过“编辑 ▸ 撤销”恢复。</translation>
    </message>
    <message>
        <source>About ValueDesk</source>
        <translation>关于 ValueDesk</translation>
    </message>
    <message>
        <source>&lt;h3&gt;ValueDesk %1&lt;/h3&gt;&lt;p&gt;Customer value workbench for account managers: weigh value indicators, classify customers and plan what to do about each one.&lt;/p&gt;&lt;p&gt;客户价值工作台&lt;/p&gt;</source>
        <translation>&lt;h3&gt;ValueDesk %1&lt;/h3&gt;&lt;p&gt;客户价值工作台：为客户经理评价客户价值指标、划分客户类别，并为每位客户制定经营计划。&lt;/p&gt;&lt;p&gt;Customer value workbench&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Apply the changes to the customer&apos;s profile before closing?</source>
        <translation>关闭前是否应用对客户资料的修改？</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Value model (AHP)</source>
        <translation>价值评价模型（层次分析）</translation>
    </message>
    <message>
        <source>Apply Weights</source>
        <translation>应用权重</translation>
    </message>
    <message>
        <source>Weights applied to the value model: save it to keep them as a new version, or undo.</source>
        <translation>权重已应用到价值模型：保存即成为新版本，也可撤销。</translation>
    </message>
    <message>
        <source>Evaluation</source>
        <translation>价值评估</translation>
    </message>
    <message>
        <source>Classes</source>
        <translation>客户分类</translation>
    </message>
    <message>
        <source>Customer lifetime value</source>
        <translation>客户终身价值</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is in use by %2; close it there first, or choose another name.</source>
        <translation>“%1”正被 %2 使用；请先在那里关闭它，或换一个名称。</translation>
    </message>
    <message>
        <source>Try again when it has finished, or open the file read-only to look at it now (changes cannot be saved then).</source>
        <translation>请等它完成后再试，或以只读方式打开文件立即查看（此时无法保存更改）。</translation>
    </message>
    <message>
        <source>Open Read-Only</source>
        <translation>以只读方式打开</translation>
    </message>
    <message>
        <source>%1 (read-only) — ValueDesk</source>
        <translation>%1（只读）— ValueDesk</translation>
    </message>
</context>
<context>
    <name>valuedesk::MetricCatalog</name>
    <message>
        <source>Metric “%1” needs a name after “%2”.</source>
        <translation>指标“%1”在“%2”之后需要一个名称。</translation>
    </message>
    <message>
        <source>Unknown metric “%1”.</source>
        <translation>未知指标“%1”。</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>收入</translation>
    </message>
    <message>
        <source>Gross profit</source>
        <translation>毛利额</translation>
    </message>
    <message>
        <source>Profit margin</source>
        <translation>利润率</translation>
    </message>
    <message>
        <source>Number of orders</source>
        <translation>订单数</translation>
    </message>
    <message>
        <source>Average order value</source>
        <translation>平均订单金额</translation>
    </message>
    <message>
        <source>Purchase frequency per month</source>
        <translation>月均购买频率</translation>
    </message>
    <message>
        <source>Days since last purchase</source>
        <translation>距上次购买天数</translation>
    </message>
    <message>
        <source>Customer tenure (days)</source>
        <translation>合作时长（天）</translation>
    </message>
    <message>
        <source>Repurchase rate</source>
        <translation>回购率</translation>
    </message>
    <message>
        <source>Revenue growth</source>
        <translation>销售额增长率</translation>
    </message>
    <message>
        <source>Latest balance</source>
        <translation>最新余额</translation>
    </message>
    <message>
        <source>Average balance</source>
        <translation>平均余额</translation>
    </message>
    <message>
        <source>Referrals</source>
        <translation>推荐次数</translation>
    </message>
    <message>
        <source>Complaints</source>
        <translation>投诉次数</translation>
    </message>
    <message>
        <source>Visits</source>
        <translation>拜访次数</translation>
    </message>
    <message>
        <source>Trainings</source>
        <translation>培训次数</translation>
    </message>
    <message>
        <source>Satisfaction</source>
        <translation>满意度</translation>
    </message>
    <message>
        <source>Loyalty</source>
        <translation>忠诚度</translation>
    </message>
    <message>
        <source>Trust</source>
        <translation>信任度</translation>
    </message>
    <message>
        <source>Attribute: %1</source>
        <translation>属性：%1</translation>
    </message>
    <message>
        <source>Rating: %1</source>
        <translation>评分：%1</translation>
    </message>
    <message>
        <source>Sum of transaction amounts dated in the window; refunds (negative amounts) reduce it.</source>
        <translation>评价期内交易金额之和；退款（负金额）会使其减少。</translation>
    </message>
    <message>
        <source>Sum of amount − cost over the window&apos;s transactions with a known cost; rows without a cost are left out (0 when there are none).</source>
        <translation>评价期内已知成本的交易的（金额 − 成本）之和；没有成本的行不计入（没有时为 0）。</translation>
    </message>
    <message>
        <source>Gross profit ÷ revenue of the window&apos;s transactions with a known cost; missing when that revenue is ≤ 0.</source>
        <translation>毛利 ÷ 评价期内已知成本交易的销售额；该销售额 ≤ 0 时为缺失。</translation>
    </message>
    <message>
        <source>Number of transactions dated in the window (refund rows included).</source>
        <translation>评价期内的交易笔数（含退款行）。</translation>
    </message>
    <message>
        <source>Revenue ÷ orders in the window; missing when there are no orders.</source>
        <translation>评价期内销售额 ÷ 订单数；没有订单时为缺失。</translation>
    </message>
    <message>
        <source>Orders in the window ÷ the window&apos;s length in months.</source>
        <translation>评价期内订单数 ÷ 评价期月数。</translation>
    </message>
    <message>
        <source>Days from the last transaction on or before the as-of date to the as-of date; missing when there is none.</source>
        <translation>从评价基准日当天或之前的最后一笔交易到基准日的天数；没有交易时为缺失。</translation>
    </message>
    <message>
        <source>Days from the customer&apos;s tenure start (or, when unknown, the first transaction) to the as-of date; missing when that date is unknown or after the as-of date.</source>
        <translation>从客户建档日期（未知时取首笔交易日）到评价基准日的天数；该日期未知或晚于基准日时为缺失。</translation>
    </message>
    <message>
        <source>Share of the calendar months after the month of the first purchase in the window (up to the as-of month) that have a purchase; missing when there is no purchase in the window or it falls in the as-of month.</source>
        <translation>评价期内首次购买所在月之后（至基准日所在月）有购买的自然月所占比例；评价期内没有购买或首次购买在基准日所在月时为缺失。</translation>
    </message>
    <message>
        <source>(Revenue − previous window&apos;s revenue) ÷ previous window&apos;s revenue; missing when the previous revenue is ≤ 0.</source>
        <translation>（销售额 − 上一评价期销售额）÷ 上一评价期销售额；上一期销售额 ≤ 0 时为缺失。</translation>
    </message>
    <message>
        <source>The last balance dated on or before the as-of date; missing when there is none.</source>
        <translation>评价基准日当天或之前的最后一个余额；没有时为缺失。</translation>
    </message>
    <message>
        <source>Mean of the balances dated in the window; missing when there are none.</source>
        <translation>评价期内余额的平均值；没有时为缺失。</translation>
    </message>
    <message>
        <source>Number of referral interactions dated in the window.</source>
        <translation>评价期内推荐互动的次数。</translation>
    </message>
    <message>
        <source>Number of complaint interactions dated in the window.</source>
        <translation>评价期内投诉的次数。</translation>
    </message>
    <message>
        <source>Number of visit interactions dated in the window.</source>
        <translation>评价期内拜访的次数。</translation>
    </message>
    <message>
        <source>Number of training interactions dated in the window.</source>
        <translation>评价期内培训的次数。</translation>
    </message>
    <message>
        <source>Mean satisfaction score of the surveys dated in the window; missing when there are none.</source>
        <translation>评价期内调查的满意度平均分；没有时为缺失。</translation>
    </message>
    <message>
        <source>Mean loyalty score of the surveys dated in the window; missing when there are none.</source>
        <translation>评价期内调查的忠诚度平均分；没有时为缺失。</translation>
    </message>
    <message>
        <source>Mean trust score of the surveys dated in the window; missing when there are none.</source>
        <translation>评价期内调查的信任度平均分；没有时为缺失。</translation>
    </message>
    <message>
        <source>The customer attribute “%1” read as a number; missing when absent or not numeric.</source>
        <translation>客户属性“%1”的数值；不存在或不是数字时为缺失。</translation>
    </message>
    <message>
        <source>The account manager&apos;s 1–5 rating “%1”; missing when not rated.</source>
        <translation>客户经理给出的 1–5 分评分“%1”；未评分时为缺失。</translation>
    </message>
    <message>
        <source>Unknown direction “%1” (expected “higher” or “lower”).</source>
        <translation>未知方向“%1”（应为“higher”或“lower”）。</translation>
    </message>
    <message>
        <source>Customer lifetime value (BG/NBD)</source>
        <translation>客户终身价值（BG/NBD）</translation>
    </message>
    <message>
        <source>Probability alive (BG/NBD)</source>
        <translation>存活概率（BG/NBD）</translation>
    </message>
    <message>
        <source>Expected discounted spend over the next 52 weeks: BG/NBD and Gamma-Gamma fitted on every customer&apos;s purchase days up to the as-of date (in weeks), 1 % discount per month, margin 100 %; missing when the customer had not bought by then or the models cannot be fitted.</source>
        <translation>未来 52 周的预期折现消费：用截至评估日的全部客户购买日（以周计）拟合 BG/NBD 与 Gamma-Gamma，月折现率 1%，毛利率 100%；客户当时尚未购买或模型无法拟合时为缺失。</translation>
    </message>
    <message>
        <source>Probability that the customer is still active (BG/NBD fitted on every customer&apos;s purchase days up to the as-of date, in weeks); missing when the customer had not bought by then or the model cannot be fitted.</source>
        <translation>客户仍然活跃的概率（用截至评估日的全部客户购买日以周计拟合 BG/NBD）；客户当时尚未购买或模型无法拟合时为缺失。</translation>
    </message>
</context>
<context>
    <name>valuedesk::MonthlyRollup</name>
    <message>
        <source>The monthly totals could not be updated.</source>
        <translation>无法更新月度汇总。</translation>
    </message>
    <message>
        <source>The monthly totals cannot be read.</source>
        <translation>无法读取月度汇总。</translation>
    </message>
    <message>
        <source>The monthly totals of customer %1 in the customer file (customer_months) are damaged: they hold a value that is not a number, or a total that the new records would push beyond what ValueDesk can compute exactly. The records were not saved; open a backup copy of the file.</source>
        <translation>客户档案中客户 %1 的月度汇总（customer_months）已损坏：其中有非数字的值，或新记录会使合计超出 ValueDesk 能精确计算的范围。记录未保存；请打开档案的备份副本。</translation>
    </message>
</context>
<context>
    <name>valuedesk::NewCustomerDialog</name>
    <message>
        <source>New Customer</source>
        <translation>新建客户</translation>
    </message>
    <message>
        <source>Customer &amp;code:</source>
        <translation>客户编号(&amp;C)：</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名称(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Industry:</source>
        <translation>行业(&amp;I)：</translation>
    </message>
    <message>
        <source>&amp;Region:</source>
        <translation>地区(&amp;R)：</translation>
    </message>
    <message>
        <source>Account &amp;manager:</source>
        <translation>客户经理(&amp;M)：</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>状态(&amp;S)：</translation>
    </message>
</context>
<context>
    <name>valuedesk::PairwiseEditor</name>
    <message>
        <source>Group result</source>
        <translation>群体结果</translation>
    </message>
    <message>
        <source>Judgements</source>
        <translation>判断</translation>
    </message>
    <message>
        <source>“%1” is an indicator</source>
        <translation>“%1”是指标</translation>
    </message>
    <message>
        <source>Select a criterion with sub-items to compare them.</source>
        <translation>请选择一个有子项的准则来进行两两比较。</translation>
    </message>
    <message>
        <source>Open or create a value model.</source>
        <translation>请打开或新建价值评价模型。</translation>
    </message>
    <message>
        <source>Under “%1”</source>
        <translation>“%1”之下</translation>
    </message>
    <message>
        <source>A weight must be zero or a positive number.</source>
        <translation>权重必须为零或正数。</translation>
    </message>
    <message>
        <source>Auto-repair</source>
        <translation>自动修正</translation>
    </message>
    <message>
        <source>“%1” vs “%2”: %3 → %4</source>
        <translation>“%1”对“%2”：%3 → %4</translation>
    </message>
    <message>
        <source>No change of a single judgement lowers CR.</source>
        <translation>修改任何单个判断都不能降低 CR。</translation>
    </message>
    <message numerus="yes">
        <source>Change %n judgement(s) to bring CR from %1 to %2?</source>
        <translation>
            <numerusform>修改 %n 处判断，使 CR 从 %1 降到 %2？</numerusform>
        </translation>
    </message>
    <message>
        <source>This still does not reach the threshold.</source>
        <translation>修改后仍未达到阈值。</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>应用</translation>
    </message>
    <message>
        <source>Add Evaluator</source>
        <translation>添加评价人</translation>
    </message>
    <message>
        <source>Name of the evaluator:</source>
        <translation>评价人姓名：</translation>
    </message>
    <message>
        <source>%1 is already an evaluator.</source>
        <translation>%1 已是评价人。</translation>
    </message>
    <message>
        <source>Evaluator 1</source>
        <translation>评价人 1</translation>
    </message>
    <message>
        <source>Evaluator %1</source>
        <translation>评价人 %1</translation>
    </message>
    <message>
        <source>Rename Evaluator</source>
        <translation>评价人改名</translation>
    </message>
    <message>
        <source>New name:</source>
        <translation>新名称：</translation>
    </message>
    <message>
        <source>Remove Evaluator</source>
        <translation>删除评价人</translation>
    </message>
    <message>
        <source>Remove %1 and all of their judgements? You can undo this.</source>
        <translation>删除 %1 及其全部判断吗？此操作可以撤销。</translation>
    </message>
    <message>
        <source>Matrix</source>
        <translation>矩阵</translation>
    </message>
    <message>
        <source>Edit the upper triangle; the lower fills with reciprocals</source>
        <translation>编辑上三角；下三角自动填入倒数</translation>
    </message>
    <message>
        <source>Questionnaire</source>
        <translation>问卷</translation>
    </message>
    <message>
        <source>One pair per row with a slider, as in an AHP survey</source>
        <translation>每行一对比较，用滑块作答，与层次分析法问卷相同</translation>
    </message>
    <message>
        <source>Evaluator:</source>
        <translation>评价人：</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>添加…</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>改名…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>These weights are typed directly, not derived from judgements. They are normalised to sum to 100 %.</source>
        <translation>这些权重为直接输入，并非由判断矩阵得出；它们会被归一化为合计 100 %。</translation>
    </message>
    <message>
        <source>Criterion</source>
        <translation>准则</translation>
    </message>
    <message>
        <source>Typed weight</source>
        <translation>输入的权重</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>占比</translation>
    </message>
    <message>
        <source>AIP: the group has no judgement matrix. Its weights below combine each evaluator&apos;s priorities; choose an evaluator to see or edit their judgements.</source>
        <translation>AIP：群体没有判断矩阵。下面的权重由每位评价人的权重合成；选择某位评价人可查看或修改其判断。</translation>
    </message>
</context>
<context>
    <name>valuedesk::PairwiseMatrixModel</name>
    <message>
        <source>inferred: %1</source>
        <translation>推算值：%1</translation>
    </message>
    <message>
        <source>Revisit this judgement: %1 would give CR %2</source>
        <translation>请复核此判断：改为 %1 可使 CR 为 %2</translation>
    </message>
    <message>
        <source>Not judged yet: type a value such as 3 or 1/3</source>
        <translation>尚未判断：请输入 3 或 1/3 等值</translation>
    </message>
    <message>
        <source>“%1” is not a judgement: type a value such as 3, 1/3 or 0.5.</source>
        <translation>“%1”不是有效的判断值：请输入 3、1/3 或 0.5 等值。</translation>
    </message>
</context>
<context>
    <name>valuedesk::PairwiseQuestionModel</name>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>not judged</source>
        <translation>未判断</translation>
    </message>
    <message>
        <source>A</source>
        <translation>A</translation>
    </message>
    <message>
        <source>A ◀ 9 … 1 … 9 ▶ B</source>
        <translation>A ◀ 9 … 1 … 9 ▶ B</translation>
    </message>
    <message>
        <source>B</source>
        <translation>B</translation>
    </message>
    <message>
        <source>Meaning</source>
        <translation>含义</translation>
    </message>
    <message>
        <source>not judged yet: move the slider</source>
        <translation>尚未判断：请拖动滑块</translation>
    </message>
</context>
<context>
    <name>valuedesk::ParetoChart</name>
    <message numerus="yes">
        <source>%n customer(s), ranked by %1</source>
        <translation>
            <numerusform>%n 个客户，按%1排名</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n customer(s), ranked by %1, in %2 groups</source>
        <translation>
            <numerusform>%n 个客户，按%1排名，分 %2 组</numerusform>
        </translation>
    </message>
    <message>
        <source>Share of the total per customer</source>
        <translation>每客户占总量比例</translation>
    </message>
    <message>
        <source>Share of the total</source>
        <translation>占总量比例</translation>
    </message>
    <message>
        <source>Cumulative share</source>
        <translation>累计占比</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>客户数</translation>
    </message>
    <message>
        <source>Cut-off %1 %</source>
        <translation>分界 %1%</translation>
    </message>
    <message>
        <source>%1 % reference</source>
        <translation>%1% 参考线</translation>
    </message>
</context>
<context>
    <name>valuedesk::ProbabilisticClv</name>
    <message>
        <source>The CLV horizon must be a positive length of time.</source>
        <translation>客户终身价值预测期必须为正的时长。</translation>
    </message>
    <message>
        <source>The discount rate must be greater than −100 %.</source>
        <translation>折现率必须大于 −100%。</translation>
    </message>
</context>
<context>
    <name>valuedesk::PurchaseHistoryReader</name>
    <message>
        <source>Cannot read the transactions.</source>
        <translation>无法读取交易。</translation>
    </message>
    <message>
        <source>Customer %1 has a transaction with an unreadable date.</source>
        <translation>客户 %1 有一笔日期无法识别的交易。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has no column for: %2.</source>
        <translation>“%1”缺少以下列：%2。</translation>
    </message>
    <message>
        <source>Line %1 of &quot;%2&quot; has no customer, or an unreadable date or amount.</source>
        <translation>“%2”第 %1 行缺少客户，或日期、金额无法识别。</translation>
    </message>
    <message>
        <source>Line %1 of &quot;%2&quot; has an amount beyond ±%3; ValueDesk accepts at most ±%3 per record.</source>
        <translation>“%2”第 %1 行的金额超出 ±%3；ValueDesk 每条记录最多接受 ±%3。</translation>
    </message>
</context>
<context>
    <name>valuedesk::PyramidScheme</name>
    <message>
        <source>expected three shares (top, important, ordinary), e.g. [0.01, 0.04, 0.15].</source>
        <translation>应为三个比例（顶级、重要、普通），例如 [0.01, 0.04, 0.15]。</translation>
    </message>
    <message>
        <source>expected a share from 0 to 1.</source>
        <translation>应为 0 到 1 之间的比例。</translation>
    </message>
    <message>
        <source>the value score needs an evaluation; evaluate with a model or choose a metric.</source>
        <translation>价值得分需要一次评估；请用模型评估或选择一个度量。</translation>
    </message>
    <message>
        <source>a share is negative.</source>
        <translation>有比例为负。</translation>
    </message>
    <message>
        <source>the shares add up to more than 1.</source>
        <translation>比例之和大于 1。</translation>
    </message>
    <message>
        <source>Top</source>
        <translation>顶级</translation>
    </message>
    <message>
        <source>Important</source>
        <translation>重要</translation>
    </message>
    <message>
        <source>Ordinary</source>
        <translation>普通</translation>
    </message>
    <message>
        <source>Small</source>
        <translation>小众</translation>
    </message>
    <message>
        <source>Potential</source>
        <translation>潜在</translation>
    </message>
</context>
<context>
    <name>valuedesk::QuadrantChart</name>
    <message>
        <source>Potential value</source>
        <translation>潜在价值</translation>
    </message>
    <message>
        <source>Current value</source>
        <translation>当前价值</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <source>Manual override</source>
        <translation>手工调整</translation>
    </message>
</context>
<context>
    <name>valuedesk::QuadrantChartView</name>
    <message>
        <source>Customer %1
Potential value: %2
Current value: %3
Revenue: %4</source>
        <translation>客户 %1
潜在价值：%2
当前价值：%3
收入：%4</translation>
    </message>
</context>
<context>
    <name>valuedesk::QuadrantOverrideDialog</name>
    <message>
        <source>Withdraw Manual Quadrant</source>
        <translation>撤销手工象限</translation>
    </message>
    <message>
        <source>Set Quadrant by Hand</source>
        <translation>手工调整象限</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Why the evaluation&apos;s quadrant applies again</source>
        <translation>为何恢复评估所得象限</translation>
    </message>
    <message>
        <source>Why this customer belongs in another quadrant, e.g. a signed framework contract</source>
        <translation>为何此客户应属于其他象限，例如已签订框架合同</translation>
    </message>
    <message>
        <source>%1 goes back to the evaluated quadrant: %2.</source>
        <translation>%1 恢复为评估所得象限：%2。</translation>
    </message>
    <message>
        <source>The evaluation put %1 in: %2. The manual quadrant, your reason, name and the date are kept in the customer&apos;s grade history.</source>
        <translation>评估将 %1 归入：%2。手工象限、理由、您的姓名和日期将记入客户的等级历史。</translation>
    </message>
    <message>
        <source>Quadrant:</source>
        <translation>象限：</translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation>理由：</translation>
    </message>
</context>
<context>
    <name>valuedesk::QuadrantSummaryModel</name>
    <message>
        <source>All shown</source>
        <translation>全部显示客户</translation>
    </message>
    <message>
        <source>Quadrant</source>
        <translation>象限</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>客户数</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>占比</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>收入</translation>
    </message>
    <message>
        <source>Revenue share</source>
        <translation>收入占比</translation>
    </message>
    <message>
        <source>Avg current</source>
        <translation>平均当前价值</translation>
    </message>
    <message>
        <source>Avg potential</source>
        <translation>平均潜在价值</translation>
    </message>
    <message>
        <source>Avg total</source>
        <translation>平均综合</translation>
    </message>
</context>
<context>
    <name>valuedesk::RecordEditDialog</name>
    <message>
        <source>Enter the %1.</source>
        <translation>请输入%1。</translation>
    </message>
    <message>
        <source>The %1 &quot;%2&quot; is not an amount.</source>
        <translation>%1“%2”不是金额。</translation>
    </message>
    <message>
        <source>The %1 &quot;%2&quot; is not a number.</source>
        <translation>%1“%2”不是数字。</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>日期(&amp;D)：</translation>
    </message>
    <message>
        <source>&amp;Amount:</source>
        <translation>金额(&amp;A)：</translation>
    </message>
    <message>
        <source>&amp;Cost:</source>
        <translation>成本(&amp;C)：</translation>
    </message>
    <message>
        <source>&amp;Quantity:</source>
        <translation>数量(&amp;Q)：</translation>
    </message>
    <message>
        <source>&amp;Product:</source>
        <translation>产品(&amp;P)：</translation>
    </message>
    <message>
        <source>Ca&amp;tegory:</source>
        <translation>类别(&amp;T)：</translation>
    </message>
    <message>
        <source>C&amp;hannel:</source>
        <translation>渠道(&amp;H)：</translation>
    </message>
    <message>
        <source>Add transaction</source>
        <translation>添加交易记录</translation>
    </message>
    <message>
        <source>Edit transaction</source>
        <translation>修改交易记录</translation>
    </message>
    <message>
        <source>amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>cost</source>
        <translation>成本</translation>
    </message>
    <message>
        <source>quantity</source>
        <translation>数量</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>类型(&amp;K)：</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>内容(&amp;N)：</translation>
    </message>
    <message>
        <source>Add interaction</source>
        <translation>添加互动记录</translation>
    </message>
    <message>
        <source>Edit interaction</source>
        <translation>修改互动记录</translation>
    </message>
    <message>
        <source>&amp;Satisfaction:</source>
        <translation>满意度(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;Loyalty:</source>
        <translation>忠诚度(&amp;L)：</translation>
    </message>
    <message>
        <source>&amp;Trust:</source>
        <translation>信任度(&amp;T)：</translation>
    </message>
    <message>
        <source>Other &amp;metric:</source>
        <translation>其他指标(&amp;M)：</translation>
    </message>
    <message>
        <source>Metric &amp;value:</source>
        <translation>指标值(&amp;V)：</translation>
    </message>
    <message>
        <source>Add survey score</source>
        <translation>添加调查评分</translation>
    </message>
    <message>
        <source>Edit survey score</source>
        <translation>修改调查评分</translation>
    </message>
    <message>
        <source>satisfaction</source>
        <translation>满意度</translation>
    </message>
    <message>
        <source>loyalty</source>
        <translation>忠诚度</translation>
    </message>
    <message>
        <source>trust</source>
        <translation>信任度</translation>
    </message>
    <message>
        <source>metric value</source>
        <translation>指标值</translation>
    </message>
    <message>
        <source>&amp;Balance:</source>
        <translation>余额(&amp;B)：</translation>
    </message>
    <message>
        <source>Add balance</source>
        <translation>添加余额</translation>
    </message>
    <message>
        <source>Edit balance</source>
        <translation>修改余额</translation>
    </message>
    <message>
        <source>balance</source>
        <translation>余额</translation>
    </message>
</context>
<context>
    <name>valuedesk::RecordPanel</name>
    <message>
        <source>Delete record</source>
        <translation>删除记录</translation>
    </message>
    <message>
        <source>Delete the selected record? You can undo this.</source>
        <translation>删除所选记录吗？此操作可以撤销。</translation>
    </message>
    <message>
        <source>ValueDesk</source>
        <translation>ValueDesk</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>添加(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>修改(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>删除(&amp;D)</translation>
    </message>
</context>
<context>
    <name>valuedesk::RecordRepository</name>
    <message>
        <source>The record no longer exists in this file.</source>
        <translation>该记录已不在此档案中。</translation>
    </message>
    <message>
        <source>The records could not be saved.</source>
        <translation>无法保存这些记录。</translation>
    </message>
    <message>
        <source>The %1 %2 is beyond ±%3; ValueDesk accepts at most ±%3 per record.</source>
        <translation>%1 %2 超出 ±%3；ValueDesk 每条记录最多接受 ±%3。</translation>
    </message>
    <message>
        <source>amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>cost</source>
        <translation>成本</translation>
    </message>
    <message>
        <source>balance</source>
        <translation>余额</translation>
    </message>
</context>
<context>
    <name>valuedesk::RecordTableModel</name>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>成本</translation>
    </message>
    <message>
        <source>Gross margin</source>
        <translation>毛利</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>数量</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>产品</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>渠道</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>内容</translation>
    </message>
    <message>
        <source>Satisfaction</source>
        <translation>满意度</translation>
    </message>
    <message>
        <source>Loyalty</source>
        <translation>忠诚度</translation>
    </message>
    <message>
        <source>Trust</source>
        <translation>信任度</translation>
    </message>
    <message>
        <source>Other metric</source>
        <translation>其他指标</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>价值</translation>
    </message>
    <message>
        <source>Balance</source>
        <translation>余额</translation>
    </message>
</context>
<context>
    <name>valuedesk::RfmHeatmapModel</name>
    <message numerus="yes">
        <source>%n customer(s)
avg %1</source>
        <translation>
            <numerusform>%n 个客户
平均 %1</numerusform>
        </translation>
    </message>
    <message>
        <source>No customer with R = %1, F = %2</source>
        <translation>没有 R = %1、F = %2 的客户</translation>
    </message>
    <message numerus="yes">
        <source>R = %1, F = %2: %n customer(s), average monetary value %3</source>
        <translation>
            <numerusform>R = %1、F = %2：%n 个客户，平均金额 %3</numerusform>
        </translation>
    </message>
    <message>
        <source>F = %1</source>
        <translation>F = %1</translation>
    </message>
    <message>
        <source>R = %1</source>
        <translation>R = %1</translation>
    </message>
</context>
<context>
    <name>valuedesk::RfmScheme</name>
    <message>
        <source>Important value</source>
        <translation>重要价值客户</translation>
    </message>
    <message>
        <source>Important development</source>
        <translation>重要发展客户</translation>
    </message>
    <message>
        <source>Important retention</source>
        <translation>重要保持客户</translation>
    </message>
    <message>
        <source>Important win-back</source>
        <translation>重要挽留客户</translation>
    </message>
    <message>
        <source>General value</source>
        <translation>一般价值客户</translation>
    </message>
    <message>
        <source>General development</source>
        <translation>一般发展客户</translation>
    </message>
    <message>
        <source>General retention</source>
        <translation>一般保持客户</translation>
    </message>
    <message>
        <source>General win-back</source>
        <translation>一般挽留客户</translation>
    </message>
    <message>
        <source>The RFM classification could not run: the customers and their data do not match.</source>
        <translation>无法进行 RFM 分类：客户与其数据不一致。</translation>
    </message>
    <message>
        <source>RFM thresholds must be four increasing numbers per dimension.</source>
        <translation>RFM 阈值必须是每个维度四个递增的数值。</translation>
    </message>
    <message>
        <source>Give one name per class (%1 classes, %2 names).</source>
        <translation>请为每个类别给出一个名称（%1 个类别，%2 个名称）。</translation>
    </message>
</context>
<context>
    <name>valuedesk::SchemeOptionsForm</name>
    <message>
        <source>Rank by</source>
        <translation>排名依据</translation>
    </message>
    <message>
        <source>Classes by</source>
        <translation>分类依据</translation>
    </message>
    <message>
        <source>Cumulative-share cut-offs (%)</source>
        <translation>累计占比分界（%）</translation>
    </message>
    <message>
        <source>Customer-count shares (%)</source>
        <translation>客户数占比（%）</translation>
    </message>
    <message>
        <source>Class names</source>
        <translation>类别名称</translation>
    </message>
    <message>
        <source>Segment names</source>
        <translation>细分名称</translation>
    </message>
    <message>
        <source>Monetary</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>Segments compare</source>
        <translation>细分比较</translation>
    </message>
    <message>
        <source>Score thresholds</source>
        <translation>评分阈值</translation>
    </message>
    <message>
        <source>Clusters (0 = suggest)</source>
        <translation>聚类数（0 = 自动建议）</translation>
    </message>
    <message>
        <source>JSON, e.g. a list of objects or null</source>
        <translation>JSON，例如对象列表或 null</translation>
    </message>
    <message>
        <source>“%1” is not valid.</source>
        <translation>“%1”无效。</translation>
    </message>
</context>
<context>
    <name>valuedesk::SchemeUtil</name>
    <message>
        <source>The classification input is inconsistent.</source>
        <translation>分类输入数据不一致。</translation>
    </message>
    <message>
        <source>The evaluation does not match the customers being classified.</source>
        <translation>评估与要分类的客户不一致。</translation>
    </message>
    <message>
        <source>expected &quot;mean&quot;, &quot;median&quot; or a number.</source>
        <translation>应为 &quot;mean&quot;、&quot;median&quot; 或数字。</translation>
    </message>
    <message>
        <source>Option &quot;%1&quot; of the %2 scheme: %3</source>
        <translation>%2 方案的选项“%1”：%3</translation>
    </message>
    <message>
        <source>unknown option.</source>
        <translation>未知选项。</translation>
    </message>
    <message>
        <source>expected a metric id.</source>
        <translation>应为度量标识。</translation>
    </message>
    <message>
        <source>expected a number.</source>
        <translation>应为数字。</translation>
    </message>
    <message>
        <source>expected a whole number from %1 to %2.</source>
        <translation>应为 %1 到 %2 之间的整数。</translation>
    </message>
    <message>
        <source>expected true or false.</source>
        <translation>应为 true 或 false。</translation>
    </message>
</context>
<context>
    <name>valuedesk::ScoreExplanation</name>
    <message>
        <source>There is no customer %1 in this evaluation.</source>
        <translation>此评估中没有客户 %1。</translation>
    </message>
    <message>
        <source>The evaluation is incomplete and cannot be explained.</source>
        <translation>评估不完整，无法解释。</translation>
    </message>
    <message>
        <source>mean of all customers</source>
        <translation>全部客户的均值</translation>
    </message>
    <message>
        <source>median of all customers</source>
        <translation>全部客户的中位数</translation>
    </message>
    <message>
        <source>fixed threshold</source>
        <translation>固定阈值</translation>
    </message>
    <message>
        <source>high value – high potential</source>
        <translation>高价值高潜力</translation>
    </message>
    <message>
        <source>high value – low potential</source>
        <translation>高价值低潜力</translation>
    </message>
    <message>
        <source>low value – high potential</source>
        <translation>低价值高潜力</translation>
    </message>
    <message>
        <source>low value – low potential</source>
        <translation>低价值低潜力</translation>
    </message>
    <message>
        <source>data</source>
        <translation>数据</translation>
    </message>
    <message>
        <source>missing → 0</source>
        <translation>缺失 → 0</translation>
    </message>
    <message>
        <source>missing → column mean</source>
        <translation>缺失 → 均值</translation>
    </message>
    <message>
        <source>missing → excluded</source>
        <translation>缺失 → 剔除</translation>
    </message>
    <message>
        <source>Current value %1 is above the threshold %2 (%3)</source>
        <translation>当前价值 %1 高于阈值 %2（%3）</translation>
    </message>
    <message>
        <source>Current value %1 is at or below the threshold %2 (%3)</source>
        <translation>当前价值 %1 不高于阈值 %2（%3）</translation>
    </message>
    <message>
        <source>potential value %1 is above the threshold %2</source>
        <translation>潜在价值 %1 高于阈值 %2</translation>
    </message>
    <message>
        <source>potential value %1 is at or below the threshold %2</source>
        <translation>潜在价值 %1 不高于阈值 %2</translation>
    </message>
    <message>
        <source>%1 and %2, so the customer is %3 (%4).</source>
        <translation>%1，且%2，因此该客户属于%3（%4）。</translation>
    </message>
</context>
<context>
    <name>valuedesk::SensitivityAnalysis</name>
    <message>
        <source>The evaluation cannot be re-scored.</source>
        <translation>无法重新计算评估得分。</translation>
    </message>
    <message>
        <source>Choose a criterion or indicator below the goal.</source>
        <translation>请选择目标层以下的准则或指标。</translation>
    </message>
    <message>
        <source>The weight change is not a number.</source>
        <translation>权重变化不是数字。</translation>
    </message>
    <message>
        <source>The model does not match the analysed hierarchy.</source>
        <translation>模型与分析的层次结构不一致。</translation>
    </message>
</context>
<context>
    <name>valuedesk::SensitivityPanel</name>
    <message>
        <source>Run an evaluation to try other weights.</source>
        <translation>先运行评估，再尝试其他权重。</translation>
    </message>
    <message>
        <source>%1: %2 → %3</source>
        <translation>%1：%2 → %3</translation>
    </message>
    <message>
        <source>“%1” has no siblings: its weight within its parent is always 100 %.</source>
        <translation>“%1”没有同级项：其在上级中的权重始终为 100%。</translation>
    </message>
    <message>
        <source>(limited to 0 … 100 %)</source>
        <translation>（限制在 0 … 100%）</translation>
    </message>
    <message numerus="yes">
        <source>%n customer(s) change quadrant</source>
        <translation>
            <numerusform>%n 个客户改变象限</numerusform>
        </translation>
    </message>
    <message>
        <source>Top-%1 keeps %2 of %1</source>
        <translation>前 %1 名中保留 %2 名</translation>
    </message>
    <message>
        <source>Apply weights</source>
        <translation>应用权重</translation>
    </message>
    <message>
        <source>Weight of:</source>
        <translation>调整权重：</translation>
    </message>
    <message>
        <source>Change the weight by −50 % … +50 %; the other items under the same parent are rescaled so the weights still add up to 100 %</source>
        <translation>将权重改变 −50% … +50%；同一上级下的其他项按比例调整，使权重之和仍为 100%</translation>
    </message>
    <message>
        <source>Quadrant before (rows) and after (columns):</source>
        <translation>调整前象限（行）与调整后象限（列）：</translation>
    </message>
    <message>
        <source>Largest rank changes by total value:</source>
        <translation>综合价值排名变化最大的客户：</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>重置</translation>
    </message>
    <message>
        <source>Apply to model…</source>
        <translation>应用到模型…</translation>
    </message>
    <message>
        <source>Save the model with these weights (the parent&apos;s weights become directly typed weights)</source>
        <translation>以这些权重保存模型（上级节点改为直接输入权重）</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Rank before</source>
        <translation>调整前排名</translation>
    </message>
    <message>
        <source>Rank after</source>
        <translation>调整后排名</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>变化</translation>
    </message>
</context>
<context>
    <name>valuedesk::SnapshotBar</name>
    <message>
        <source>Delete Snapshot</source>
        <translation>删除快照</translation>
    </message>
    <message>
        <source>Delete the evaluation of %1? Manual quadrants stay in the customers&apos; grade history.</source>
        <translation>删除 %1 的评估吗？手工调整的象限仍保留在客户的等级历史中。</translation>
    </message>
    <message>
        <source>%1 · %2 v%3 · %4 months to %5</source>
        <translation>%1 · %2 第%3版 · 截至 %5 的 %4 个月</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>未保存：%1</translation>
    </message>
    <message>
        <source>No evaluation shown: choose a model and press Evaluate, or open a stored one.</source>
        <translation>尚未显示评估：请选择模型并点击“评估”，或打开已保存的评估。</translation>
    </message>
    <message numerus="yes">
        <source>%n customer(s) · thresholds: current %1, potential %2</source>
        <translation>
            <numerusform>%n 个客户 · 阈值：当前 %1，潜在 %2</numerusform>
        </translation>
    </message>
    <message>
        <source>by %1</source>
        <translation>评估人 %1</translation>
    </message>
    <message>
        <source>not saved</source>
        <translation>未保存</translation>
    </message>
    <message>
        <source>Evaluation:</source>
        <translation>评估：</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Store this evaluation (e.g. after moving a split line) as a dated snapshot</source>
        <translation>将此评估（例如移动分割线之后）保存为带日期的快照</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Delete the stored evaluation shown</source>
        <translation>删除当前显示的已保存评估</translation>
    </message>
</context>
<context>
    <name>valuedesk::SnapshotRepository</name>
    <message>
        <source>The evaluation could not be saved as a snapshot.</source>
        <translation>无法将评估保存为快照。</translation>
    </message>
    <message>
        <source>The evaluation could not be saved as a snapshot: its rows do not match its customers.</source>
        <translation>无法将评估保存为快照：数据行与客户不一致。</translation>
    </message>
    <message>
        <source>There is no evaluation snapshot %1 in this file.</source>
        <translation>此文件中没有评估快照 %1。</translation>
    </message>
    <message>
        <source>The evaluation snapshots of this file cannot be read.</source>
        <translation>无法读取此文件的评估快照。</translation>
    </message>
    <message>
        <source>The evaluation snapshot %1 is damaged in this file and cannot be read.</source>
        <translation>此文件中的评估快照 %1 已损坏，无法读取。</translation>
    </message>
    <message>
        <source>The evaluation snapshot %1 cannot be read from this file.</source>
        <translation>无法从此文件读取评估快照 %1。</translation>
    </message>
    <message>
        <source>The evaluation snapshot %1 is damaged in this file: the values of customer %2 have the wrong length.</source>
        <translation>此文件中的评估快照 %1 已损坏：客户 %2 的数值长度不正确。</translation>
    </message>
    <message>
        <source>The evaluation snapshot %1 could not be deleted.</source>
        <translation>无法删除评估快照 %1。</translation>
    </message>
    <message>
        <source>The label of evaluation snapshot %1 could not be changed.</source>
        <translation>无法修改评估快照 %1 的标签。</translation>
    </message>
</context>
<context>
    <name>valuedesk::StoredData</name>
    <message>
        <source>The customer file holds an invalid date in %1 for customer %2. Correct that record (dates are yyyy-MM-dd) and try again.</source>
        <translation>客户档案中客户 %2 的 %1 含有无效日期。请更正该记录（日期格式为 yyyy-MM-dd）后再试。</translation>
    </message>
    <message>
        <source>The customer file holds an amount beyond ±%1 (or a total its records cannot add up to) in %2 for customer %3. Amounts are limited to ±%1 per record; correct that customer&apos;s records and try again.</source>
        <translation>客户档案中客户 %3 的 %2 含有超出 ±%1 的金额（或其记录无法合计出的总额）。每条记录的金额限于 ±%1；请更正该客户的记录后再试。</translation>
    </message>
    <message>
        <source>The amounts of customer %1 add up to more than ValueDesk can compute exactly.</source>
        <translation>客户 %1 的金额合计超出 ValueDesk 能精确计算的范围。</translation>
    </message>
    <message>
        <source>The amounts in the customer file add up to more than ValueDesk can compute exactly.</source>
        <translation>客户档案中的金额合计超出 ValueDesk 能精确计算的范围。</translation>
    </message>
</context>
<context>
    <name>valuedesk::TextDecoder</name>
    <message>
        <source>The file is not valid UTF-8: invalid bytes at offset %1.</source>
        <translation>文件不是有效的 UTF-8：偏移 %1 处有无效字节。</translation>
    </message>
    <message>
        <source>GB18030/GBK text cannot be decoded by this build of the application.</source>
        <translation>此版本的程序无法解码 GB18030/GBK 文本。</translation>
    </message>
    <message>
        <source>The file is not valid GB18030/GBK: invalid bytes at offset %1.</source>
        <translation>文件不是有效的 GB18030/GBK：偏移 %1 处有无效字节。</translation>
    </message>
    <message>
        <source>The file&apos;s encoding was not recognised: it is neither UTF-8 nor GB18030/GBK (invalid bytes at offset %1). Save it as UTF-8 and import it again.</source>
        <translation>无法识别文件编码：既不是 UTF-8 也不是 GB18030/GBK（偏移 %1 处有无效字节）。请另存为 UTF-8 后重新导入。</translation>
    </message>
    <message>
        <source>The file starts with a %1 byte order mark but is not valid %1.</source>
        <translation>文件以 %1 字节顺序标记开头，但内容不是有效的 %1。</translation>
    </message>
    <message>
        <source>Unknown text encoding.</source>
        <translation>未知的文本编码。</translation>
    </message>
    <message>
        <source>Unknown encoding &quot;%1&quot;. Accepted names: auto, utf-8 (utf8), gbk, gb18030, gb2312.</source>
        <translation>未知编码“%1”。可用名称：auto、utf-8（utf8）、gbk、gb18030、gb2312。</translation>
    </message>
    <message>
        <source>The file looks like %1 text without a byte order mark, but it is not valid %1. Supported encodings: UTF-8, UTF-16 (with or without a byte order mark) and GBK/GB18030; save the file as UTF-8 and import it again.</source>
        <translation>该文件看起来是不带字节顺序标记的 %1 文本，但不是有效的 %1。支持的编码：UTF-8、UTF-16（带或不带字节顺序标记）和 GBK/GB18030；请将文件另存为 UTF-8 后重新导入。</translation>
    </message>
</context>
<context>
    <name>valuedesk::TierScheme</name>
    <message>
        <source>Quality</source>
        <translation>优质</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>重点</translation>
    </message>
    <message>
        <source>VIP</source>
        <translation>VIP</translation>
    </message>
    <message>
        <source>Base</source>
        <translation>基础</translation>
    </message>
    <message>
        <source>expected an array of tiers.</source>
        <translation>应为层级数组。</translation>
    </message>
    <message>
        <source>expected an object.</source>
        <translation>应为对象。</translation>
    </message>
    <message>
        <source>expected a string.</source>
        <translation>应为字符串。</translation>
    </message>
    <message>
        <source>expected null or an object.</source>
        <translation>应为 null 或对象。</translation>
    </message>
    <message>
        <source>no tier given.</source>
        <translation>未给出层级。</translation>
    </message>
    <message>
        <source>lower bounds must be strictly ascending.</source>
        <translation>下限必须严格递增。</translation>
    </message>
    <message>
        <source>the id &quot;%1&quot; is used twice.</source>
        <translation>标识“%1”重复使用。</translation>
    </message>
</context>
<context>
    <name>valuedesk::UserName</name>
    <message>
        <source>unknown</source>
        <translation>未知</translation>
    </message>
</context>
<context>
    <name>valuedesk::ValueScorer</name>
    <message>
        <source>The model has no indicators to score.</source>
        <translation>模型没有可计分的指标。</translation>
    </message>
    <message>
        <source>The indicator values do not match the model&apos;s indicators.</source>
        <translation>指标值与模型的指标不一致。</translation>
    </message>
    <message>
        <source>The model&apos;s hierarchy is malformed.</source>
        <translation>模型的层次结构有误。</translation>
    </message>
    <message>
        <source>The model has no top-level criterion for the current or potential value axis.</source>
        <translation>模型缺少用作当前价值或潜在价值坐标轴的一级准则。</translation>
    </message>
    <message>
        <source>High value, high potential</source>
        <translation>高价值高潜力</translation>
    </message>
    <message>
        <source>High value, low potential</source>
        <translation>高价值低潜力</translation>
    </message>
    <message>
        <source>Low value, high potential</source>
        <translation>低价值高潜力</translation>
    </message>
    <message>
        <source>Low value, low potential</source>
        <translation>低价值低潜力</translation>
    </message>
    <message>
        <source>Keep and develop</source>
        <translation>重点保持与发展</translation>
    </message>
    <message>
        <source>Maintain</source>
        <translation>维持</translation>
    </message>
    <message>
        <source>Cultivate</source>
        <translation>重点培养</translation>
    </message>
    <message>
        <source>Control investment</source>
        <translation>控制投入</translation>
    </message>
</context>
<context>
    <name>valuedesk::XlsxReader</name>
    <message>
        <source>Cannot open &quot;%1&quot;: %2.</source>
        <translation>无法打开“%1”：%2。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an Excel workbook (.xlsx), or it is damaged: it cannot be read as a ZIP archive.</source>
        <translation>“%1”不是 Excel 工作簿（.xlsx）或已损坏：无法作为 ZIP 压缩包读取。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an Excel workbook (.xlsx): it has no workbook part (%2).</source>
        <translation>“%1”不是 Excel 工作簿（.xlsx）：缺少工作簿部件（%2）。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is damaged: its part %2 cannot be read.</source>
        <translation>“%1”已损坏：无法读取其部件 %2。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is damaged: its part %2 is missing.</source>
        <translation>“%1”已损坏：缺少部件 %2。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is damaged: its part %2 contains invalid data.</source>
        <translation>“%1”已损坏：部件 %2 含有无效数据。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is damaged: its part %2 is not valid XML.</source>
        <translation>“%1”已损坏：部件 %2 不是有效的 XML。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; contains no sheets.</source>
        <translation>“%1”中没有工作表。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has no sheet named &quot;%2&quot;. Available sheets: %3.</source>
        <translation>“%1”中没有名为“%2”的工作表。现有工作表：%3。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is too large to import: its part %2 unpacks to more than %L3 MB, and ValueDesk reads at most %L3 MB of it.</source>
        <translation>“%1”太大，无法导入：其部件 %2 解压后超过 %L3 MB，而 ValueDesk 最多读取 %L3 MB。</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: shared string %L2 in part %3 holds more than %L4 characters; a cell may hold at most %L4 (Excel&apos;s own limit).</source>
        <translation>“%1”：部件 %3 中的共享字符串 %L2 超过 %L4 个字符；一个单元格最多可容纳 %L4 个字符（Excel 自身的限制）。</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: cell %2 of sheet &quot;%3&quot; lies beyond column %4, and ValueDesk reads at most %L5 columns. Delete the columns after %4 and import again.</source>
        <translation>“%1”：工作表“%3”的单元格 %2 位于 %4 列之后，而 ValueDesk 最多读取 %L5 列。请删除 %4 列之后的列后重新导入。</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: cell %2 of sheet &quot;%3&quot; holds %L4 characters; a cell may hold at most %L5 (Excel&apos;s own limit).</source>
        <translation>“%1”：工作表“%3”的单元格 %2 有 %L4 个字符；一个单元格最多可容纳 %L5 个字符（Excel 自身的限制）。</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: sheet &quot;%2&quot; is too large to import: by row %L3 it has more than %L4 filled cells.</source>
        <translation>“%1”：工作表“%2”太大，无法导入：到第 %L3 行时已超过 %L4 个非空单元格。</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: sheet &quot;%2&quot; is too large to import: by row %L3 it has more than %L4 empty cells between filled ones. Delete the unused columns and import again.</source>
        <translation>“%1”：工作表“%2”太大，无法导入：到第 %L3 行时非空单元格之间已超过 %L4 个空单元格。请删除未使用的列后重新导入。</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: sheet &quot;%2&quot; has more than %L3 data rows (row %L4 is one too many).</source>
        <translation>“%1”：工作表“%2”的数据行超过 %L3 行（第 %L4 行超出）。</translation>
    </message>
</context>
</TS>
