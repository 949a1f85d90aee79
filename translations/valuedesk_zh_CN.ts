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
        <source>%1 is %2, which is not on Saaty's 1–9 scale; use %3 or switch the matrix to exact ratios.</source>
        <translation>%1 为 %2，不在 Saaty 1–9 标度上；请使用 %3，或将矩阵切换为精确比值模式。</translation>
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
    <name>valuedesk::BackgroundTask</name>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>valuedesk::ColumnMapping</name>
    <message>
        <source>The mapping file is for a "%1" import, not "%2".</source>
        <translation>映射文件用于“%1”导入，而不是“%2”。</translation>
    </message>
    <message>
        <source>The mapping file needs a "columns" object (field id → header or column number).</source>
        <translation>映射文件需要一个 "columns" 对象（字段标识 → 列标题或列号）。</translation>
    </message>
    <message>
        <source>The mapping file names an unknown field "%1"; known fields: %2.</source>
        <translation>映射文件中有未知字段“%1”；可用字段：%2。</translation>
    </message>
    <message>
        <source>Attributes ("%1") can only be imported with customers.</source>
        <translation>属性（“%1”）只能随客户一起导入。</translation>
    </message>
    <message>
        <source>The mapping file maps "%1" to column %2, but the file has %3 columns.</source>
        <translation>映射文件把“%1”对应到第 %2 列，但文件只有 %3 列。</translation>
    </message>
    <message>
        <source>The mapping file maps "%1" to the column "%2", which the file does not have.</source>
        <translation>映射文件把“%1”对应到列“%2”，但文件中没有这一列。</translation>
    </message>
    <message>
        <source>In the mapping file, "%1" must be a header text or a column number.</source>
        <translation>映射文件中的“%1”必须是列标题或列号。</translation>
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
</context>
<context>
    <name>valuedesk::CsvWriter</name>
    <message>
        <source>Cannot write "%1": %2</source>
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
    <name>valuedesk::CustomerDetailWidget</name>
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
        <translation>地区</translation>
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
        <translation>值</translation>
    </message>
</context>
<context>
    <name>valuedesk::CustomerRepository</name>
    <message>
        <source>The customer no longer exists in this file.</source>
        <translation>该客户已不在此档案中。</translation>
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
        <source>"%1" was written by a newer version of ValueDesk (file format %2; this version reads up to %3). Please update ValueDesk to open it; the file was not changed.</source>
        <translation>“%1”由更新版本的 ValueDesk 创建（文件格式 %2；本版本最高支持 %3）。请升级 ValueDesk 后再打开；文件未被改动。</translation>
    </message>
    <message>
        <source>"%1" is an SQLite database but not a ValueDesk customer file.</source>
        <translation>“%1”是 SQLite 数据库，但不是 ValueDesk 客户档案。</translation>
    </message>
    <message>
        <source>The customer file "%1" does not exist.</source>
        <translation>客户档案“%1”不存在。</translation>
    </message>
    <message>
        <source>"%1" already exists; choose another name.</source>
        <translation>“%1”已存在；请换一个名称。</translation>
    </message>
    <message>
        <source>"%1" is a folder, not a customer file.</source>
        <translation>“%1”是文件夹，不是客户档案。</translation>
    </message>
    <message>
        <source>"%1" is damaged or is not a ValueDesk customer file.</source>
        <translation>“%1”已损坏，或不是 ValueDesk 客户档案。</translation>
    </message>
    <message>
        <source>"%1" is empty; it is not a customer file.</source>
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
        <source>The customer file's version cannot be read.</source>
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
</context>
<context>
    <name>valuedesk::Document</name>
    <message>
        <source>Enter a customer code.</source>
        <translation>请输入客户编号。</translation>
    </message>
    <message>
        <source>Enter the customer's name.</source>
        <translation>请输入客户名称。</translation>
    </message>
    <message>
        <source>The code %1 is already used by %2.</source>
        <translation>编号 %1 已被 %2 使用。</translation>
    </message>
    <message>
        <source>The customer's records could not be read.</source>
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
        <source>%1 columns · encoding %2 · separator "%3" · about %n row(s)</source>
        <translation>
            <numerusform>%1 列 · 编码 %2 · 分隔符“%3” · 约 %n 行</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%1 columns · sheet "%2" · %n row(s)</source>
        <translation>
            <numerusform>%1 列 · 工作表“%2” · %n 行</numerusform></translation>
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
            <numerusform>共读取 %n 行。</numerusform></translation>
    </message>
    <message>
        <source>All rows are fine.</source>
        <translation>所有行均无问题。</translation>
    </message>
    <message numerus="yes">
        <source>%1 can be imported; %n row(s) have problems and will be left out (listed below with line, field and reason).</source>
        <translation>
            <numerusform>%1 行可以导入；%n 行有问题，将不会导入（下面列出了行号、字段和原因）。</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n new customer(s) will be created for unknown codes.</source>
        <translation>
            <numerusform>将为未知编号新建 %n 个客户。</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n customer(s) in this file are already in the customer file. Choose what to do with each:</source>
        <translation>
            <numerusform>此文件中有 %n 个客户已在客户档案中。请选择每个客户的处理方式：</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>&amp;Import %n Row(s)</source>
        <translation>
            <numerusform>导入 %n 行(&amp;I)</numerusform></translation>
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
        <source>Attribute "%1"</source>
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
        <translation>值</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>%1 (column "%2")</source>
        <translation>%1（列“%2”）</translation>
    </message>
    <message>
        <source>Line %1, %2: %3</source>
        <translation>第 %1 行，%2：%3</translation>
    </message>
    <message>
        <source>Line %1, %2: %3: "%4"</source>
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
        <translation>地区</translation>
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
        <source>"%1" is an old Excel 97-2003 workbook. Save it as .xlsx or CSV in Excel and import that file.</source>
        <translation>“%1”是旧版 Excel 97-2003 工作簿。请在 Excel 中另存为 .xlsx 或 CSV 后再导入。</translation>
    </message>
    <message>
        <source>Cannot open "%1": %2</source>
        <translation>无法打开“%1”：%2</translation>
    </message>
    <message>
        <source>"%1" cannot be read as text: %2</source>
        <translation>无法把“%1”作为文本读取：%2</translation>
    </message>
    <message>
        <source>"%1" has no header row.</source>
        <translation>“%1”没有标题行。</translation>
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
        <source>Map a column to each required field first: %1.</source>
        <translation>请先为每个必填字段指定一列：%1。</translation>
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
        <source>"%1" is open; choose another name for the new file.</source>
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
            <numerusform>%n 个客户</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n customer(s) shown</source>
        <translation>
            <numerusform>显示 %1 / %n 个客户</numerusform></translation>
    </message>
    <message>
        <source>Choose another file for the copy.</source>
        <translation>请为副本选择另一个文件。</translation>
    </message>
    <message>
        <source>The copy could not be saved as "%1".</source>
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
        <source>Apply the changes to the customer's profile before closing?</source>
        <translation>关闭前是否应用对客户资料的修改？</translation>
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
    <name>valuedesk::RecordEditDialog</name>
    <message>
        <source>Enter the %1.</source>
        <translation>请输入%1。</translation>
    </message>
    <message>
        <source>The %1 "%2" is not an amount.</source>
        <translation>%1“%2”不是金额。</translation>
    </message>
    <message>
        <source>The %1 "%2" is not a number.</source>
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
        <translation>值</translation>
    </message>
    <message>
        <source>Balance</source>
        <translation>余额</translation>
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
        <source>The file's encoding was not recognised: it is neither UTF-8 nor GB18030/GBK (invalid bytes at offset %1). Save it as UTF-8 and import it again.</source>
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
        <source>Unknown encoding "%1". Accepted names: auto, utf-8 (utf8), gbk, gb18030, gb2312.</source>
        <translation>未知编码“%1”。可用名称：auto、utf-8（utf8）、gbk、gb18030、gb2312。</translation>
    </message>
</context>
<context>
    <name>valuedesk::XlsxReader</name>
    <message>
        <source>Cannot open "%1": %2.</source>
        <translation>无法打开“%1”：%2。</translation>
    </message>
    <message>
        <source>"%1" is not an Excel workbook (.xlsx), or it is damaged: it cannot be read as a ZIP archive.</source>
        <translation>“%1”不是 Excel 工作簿（.xlsx）或已损坏：无法作为 ZIP 压缩包读取。</translation>
    </message>
    <message>
        <source>"%1" is not an Excel workbook (.xlsx): it has no workbook part (%2).</source>
        <translation>“%1”不是 Excel 工作簿（.xlsx）：缺少工作簿部件（%2）。</translation>
    </message>
    <message>
        <source>"%1" is damaged: its part %2 cannot be read.</source>
        <translation>“%1”已损坏：无法读取其部件 %2。</translation>
    </message>
    <message>
        <source>"%1" is damaged: its part %2 is missing.</source>
        <translation>“%1”已损坏：缺少部件 %2。</translation>
    </message>
    <message>
        <source>"%1" is damaged: its part %2 contains invalid data.</source>
        <translation>“%1”已损坏：部件 %2 含有无效数据。</translation>
    </message>
    <message>
        <source>"%1" is damaged: its part %2 is not valid XML.</source>
        <translation>“%1”已损坏：部件 %2 不是有效的 XML。</translation>
    </message>
    <message>
        <source>"%1" contains no sheets.</source>
        <translation>“%1”中没有工作表。</translation>
    </message>
    <message>
        <source>"%1" has no sheet named "%2". Available sheets: %3.</source>
        <translation>“%1”中没有名为“%2”的工作表。现有工作表：%3。</translation>
    </message>
</context>
</TS>
