<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>CustomerProfileForm</name>
    <message>
        <source>Customer &amp;code:</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Industry:</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Region:</source>
        <translation></translation>
    </message>
    <message>
        <source>Account &amp;manager:</source>
        <translation></translation>
    </message>
    <message>
        <source>C&amp;ontact:</source>
        <translation></translation>
    </message>
    <message>
        <source>Customer &amp;since:</source>
        <translation></translation>
    </message>
    <message>
        <source>yyyy-MM-dd</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation></translation>
    </message>
    <message>
        <source>No&amp;tes:</source>
        <translation></translation>
    </message>
    <message>
        <source>Attributes (your own fields):</source>
        <translation></translation>
    </message>
    <message>
        <source>Add</source>
        <translation></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Revert</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Customer value workbench</source>
        <translation></translation>
    </message>
    <message>
        <source>Customer file (.vdb) to open</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>valuedesk</name>
    <message>
        <source>trigger “%1” on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>view “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>index “%1” on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>table “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The customer file is in use by another program; try again when it has finished.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The customer file is read-only; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The customer file is damaged; open a backup copy of it instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The disk is full; nothing was changed. Free some space and try again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>valuedesk::AbcScheme</name>
    <message>
        <source>A: important</source>
        <translation></translation>
    </message>
    <message>
        <source>B: medium</source>
        <translation></translation>
    </message>
    <message>
        <source>C: general</source>
        <translation></translation>
    </message>
    <message>
        <source>D: low value</source>
        <translation></translation>
    </message>
    <message>
        <source>A: key customers</source>
        <translation></translation>
    </message>
    <message>
        <source>B: major customers</source>
        <translation></translation>
    </message>
    <message>
        <source>C: ordinary customers</source>
        <translation></translation>
    </message>
    <message>
        <source>The ABC classification could not run: the customers and their data do not match.</source>
        <translation></translation>
    </message>
    <message>
        <source>ABC by value score needs an evaluation of the same customers; choose an AHP model.</source>
        <translation></translation>
    </message>
    <message>
        <source>The customer-count shares must be three or four percentages that add up to 100 (given: %1).</source>
        <translation></translation>
    </message>
    <message>
        <source>The ABC cut-offs must be two or three increasing percentages above 0 and up to 100 (given: %1).</source>
        <translation></translation>
    </message>
    <message>
        <source>Give one name per class (%1 classes, %2 names).</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>valuedesk::AhpCommands</name>
    <message>
        <source>Judge “%1” against “%2”: %3</source>
        <translation></translation>
    </message>
    <message>
        <source>Clear the judgement of “%1” against “%2”</source>
        <translation></translation>
    </message>
    <message>
        <source>Rename “%1” to “%2”</source>
        <translation></translation>
    </message>
    <message>
        <source>Bind “%1” to %2</source>
        <translation></translation>
    </message>
    <message>
        <source>Change the model settings</source>
        <translation></translation>
    </message>
    <message>
        <source>Type the weights under “%1”</source>
        <translation></translation>
    </message>
    <message>
        <source>Type the weights under “%1” directly</source>
        <translation></translation>
    </message>
    <message>
        <source>Use judgements under “%1”</source>
        <translation></translation>
    </message>
    <message>
        <source>Add evaluator %1</source>
        <translation></translation>
    </message>
    <message>
        <source>Remove evaluator %1</source>
        <translation></translation>
    </message>
    <message>
        <source>Rename evaluator %1 to %2</source>
        <translation></translation>
    </message>
    <message>
        <source>Add “%1”</source>
        <translation></translation>
    </message>
    <message>
        <source>Delete “%1”</source>
        <translation></translation>
    </message>
    <message>
        <source>Move “%1”</source>
        <translation></translation>
    </message>
    <message numerus="yes">
        <source>Repair the judgements under “%1” (%n change(s))</source>
        <translation>
            <numerusform>Repair the judgements under “%1” (%n change)</numerusform>
            <numerusform>Repair the judgements under “%1” (%n changes)</numerusform>
        </translation>
    </message>
    <message>
        <source>Voting weight of %1 under “%2”: %3</source>
        <translation></translation>
    </message>
    <message>
        <source>Aggregate the priorities under “%1” (AIP)</source>
        <translation></translation>
    </message>
    <message>
        <source>Aggregate the judgements under “%1” (AIJ)</source>
        <translation></translation>
    </message>
    <message>
        <source>Rename the model “%1” to “%2”</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>valuedesk::AhpConsistency</name>
    <message>
        <source>Saaty (1980)</source>
        <translation></translation>
    </message>
    <message>
        <source>Alonso–Lamata (2006)</source>
        <translation></translation>
    </message>
    <message>
        <source>Donegan–Dodd (1991)</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>valuedesk::AhpGroupJudgement</name>
    <message>
        <source>%1: %2</source>
        <translation></translation>
    </message>
    <message>
        <source>There are no evaluators to aggregate.</source>
        <translation></translation>
    </message>
    <message>
        <source>%1 compares %2 criteria, but %3 compares %4; all evaluators must judge the same criteria.</source>
        <translation></translation>
    </message>
    <message>
        <source>The voting weight of %1 must be a positive number.</source>
        <translation></translation>
    </message>
    <message>
        <source>very low</source>
        <translation></translation>
    </message>
    <message>
        <source>low</source>
        <translation></translation>
    </message>
    <message>
        <source>moderate</source>
        <translation></translation>
    </message>
    <message>
        <source>high</source>
        <translation></translation>
    </message>
    <message>
        <source>very high</source>
        <translation></translation>
    </message>
    <message>
        <source>There are no judgements.</source>
        <translation></translation>
    </message>
    <message>
        <source>The judgements do not match the sub-items.</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>valuedesk::AhpHierarchy</name>
    <message>
        <source>“%1” has %2 sub-items but %3 weights.</source>
        <translation></translation>
    </message>
    <message>
        <source>The weight of “%1” under “%2” must be zero or positive.</source>
        <translation></translation>
    </message>
    <message>
        <source>The weights under “%1” are all zero.</source>
        <translation></translation>
    </message>
    <message>
        <source>“%1” has sub-items but neither judgements nor weights.</source>
        <translation></translation>
    </message>
    <message>
        <source>The judgement matrix of “%1” is %2 × %2, but it has %3 sub-items.</source>
        <translation></translation>
    </message>
    <message>
        <source>“%1”: %2</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>valuedesk::AhpHierarchyPane</name>
    <message>
        <source>Add Sub-item</source>
        <translation></translation>
    </message>
    <message>
        <source>A criterion can have at most %1 sub-items: nobody can compare more pairs consistently.</source>
        <translation></translation>
    </message>
    <message>
        <source>New criterion %1</source>
        <translation></translation>
    </message>
    <message>
        <source>Add Sibling</source>
        <translation></translation>
    </message>
    <message>
        <source>Rename</source>
        <translation></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation></translation>
    </message>
    <message>
        <source>Use Judgements</source>
        <translation></translation>
    </message>
    <message>
        <source>Type Weights Directly</source>
        <translation></translation>
    </message>
    <message>
        <source>Tree</source>
        <translation></translation>
    </message>
    <message>
        <source>Diagram</source>
        <translation></translation>
    </message>
    <message>
        <source>Indicator data</source>
        <translation></translation>
    </message>
    <message>
        <source>Metric:</source>
        <translation></translation>
    </message>
    <message>
        <source>Direction:</source>
        <translation></translation>
    </message>
    <message>
        <source>A metric id, or attribute:&lt;name&gt; / rating:&lt;name&gt;</source>
        <translation></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation></translation>
    </message>
    <message>
        <source>Higher is better</source>
        <translation></translation>
    </message>
    <message>
        <source>Lower is better</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>valuedesk::AhpInconsistency</name>
    <message>
        <source>Complete the missing judgements before looking for the most inconsistent ones.</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>valuedesk::AhpMatrixCompletion</name>
    <message>
        <source>Too many judgements are missing: %1 cannot be compared, even indirectly, with %2. Add at least one judgement between the two groups.</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>valuedesk::AhpModelJson</name>
    <message>
        <source>(missing)</source>
        <translation></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation></translation>
    </message>
    <message>
        <source>row “%1”, column “%2”</source>
        <translation></translation>
    </message>
    <message>
        <source>the matrix</source>
        <translation></translation>
    </message>
    <message>
        <source>the matrix of “%1”</source>
        <translation></translation>
    </message>
    <message>
        <source>%1 must be a list of rows, not %2</source>
        <translation></translation>
    </message>
    <message>
        <source>%1 has %2 rows, but there are %3 sub-items</source>
        <translation></translation>
    </message>
    <message>
        <source>row %1 of %2 must be a list of %3 values, not %4</source>
        <translation></translation>
    </message>
    <message>
        <source>%1 of %2 is not a number: %3</source>
        <translation></translation>
    </message>
    <message>
        <source>the weights must be a list of numbers, not %1</source>
        <translation></translation>
    </message>
    <message>
        <source>there are %1 weights for %2 sub-items</source>
        <translation></translation>
    </message>
    <message>
        <source>weight %1 is not a number: %2</source>
        <translation></translation>
    </message>
    <message>
        <source>weight %1 (%2) must be zero or positive</source>
        <translation></translation>
    </message>
    <message>
        <source>the weights are all zero</source>
        <translation></translation>
    </message>
    <message>
        <source>“evaluators” must map each evaluator&apos;s name to a matrix, not %1</source>
        <translation></translation>
    </message>
    <message>
        <source>“evaluator_order” must list each evaluator exactly once, not %1</source>
        <translation></translation>
    </message>
    <message>
        <source>an evaluator has an empty name</source>
        <translation></translation>
    </message>
    <message>
        <source>“evaluator_weights” must map evaluators&apos; names to voting weights, not %1</source>
        <translation></translation>
    </message>
    <message>
        <source>“evaluator_weights” names “%1”, who is not among the evaluators</source>
        <translation></translation>
    </message>
    <message>
        <source>the voting weight of “%1” must be a positive number, not %2</source>
        <translation></translation>
    </message>
    <message>
        <source>it has no sub-items, so it cannot have “%1”</source>
        <translation></translation>
    </message>
    <message>
        <source>give either “matrix” or “weights”, not both</source>
        <translation></translation>
    </message>
    <message>
        <source>give either “evaluators” or “weights”, not both</source>
        <translation></translation>
    </message>
    <message>
        <source>“evaluator_weights” needs “evaluators”</source>
        <translation></translation>
    </message>
    <message>
        <source>“aggregate” must be “aij” or “aip”, not %1</source>
        <translation></translation>
    </message>
    <message>
        <source>“exact_ratios” must be true or false, not %1</source>
        <translation></translation>
    </message>
    <message>
        <source>it has %1 sub-items but neither a judgement matrix (“matrix” or “evaluators”) nor direct weights (“weights”)</source>
        <translation></translation>
    </message>
    <message>
        <source>“metric” must be text, not %1</source>
        <translation></translation>
    </message>
    <message>
        <source>“direction” must be “higher” or “lower”, not %1</source>
        <translation></translation>
    </message>
    <message>
        <source>“children” must be a list, not %1</source>
        <translation></translation>
    </message>
    <message>
        <source>sub-item %1 must be an object, not %2</source>
        <translation></translation>
    </message>
    <message>
        <source>sub-item %1</source>
        <translation></translation>
    </message>
    <message>
        <source>the name is missing or empty</source>
        <translation></translation>
    </message>
    <message>
        <source>two sub-items are named “%1”; names under one parent must differ</source>
        <translation></translation>
    </message>
    <message>
        <source>The model has no name.</source>
        <translation></translation>
    </message>
    <message>
        <source>The consistency threshold “cr_threshold” must be a number between 0 and 1 (exclusive), not %1.</source>
        <translation></translation>
    </message>
    <message>
        <source>“template” must be a template id, not %1.</source>
        <translation></translation>
    </message>
    <message>
        <source>The model has no “root” object with its hierarchy.</source>
        <translation></translation>
    </message>
    <message>
        <source>root</source>
        <translation></translation>
    </message>
    <message>
        <source>Unknown weighting method “%1”; use eigen, geomean or arith.</source>
        <translation></translation>
    </message>
    <message>
        <source>Unknown random index table “%1”; use saaty, alonso or donegan.</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>valuedesk::AhpModelRepository</name>
    <message>
        <source>The AHP models of this file cannot be read.</source>
        <translation></translation>
    </message>
    <message>
        <source>The AHP model cannot be read from this file.</source>
        <translation></translation>
    </message>
    <message>
        <source>Version %1 of this AHP model does not exist in this file.</source>
        <translation></translation>
    </message>
    <message>
        <source>The AHP model no longer exists in this file.</source>
        <translation></translation>
    </message>
    <message>
        <source>The AHP model “%1” (version %2) is damaged in this file and cannot be read.</source>
        <translation></translation>
    </message>
    <message>
        <source>An AHP model needs a name.</source>
        <translation></translation>
    </message>
    <message>
        <source>The AHP model “%1” could not be saved.</source>
        <translation></translation>
    </message>
    <message>
        <source>An AHP model named “%1” already exists in this file; choose another name.</source>
        <translation></translation>
    </message>
    <message>
        <source>The AHP model “%1” no longer exists in this file.</source>
        <translation></translation>
    </message>
    <message>
        <source>The AHP model could not be deleted.</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>valuedesk::AhpModelSession</name>
    <message>
        <source>A value model needs a name.</source>
        <translation></translation>
    </message>
    <message>
        <source>Another value model of this file is already named “%1”; choose another name.</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>valuedesk::AhpNewModelDialog</name>
    <message>
        <source>New Value Model</source>
        <translation></translation>
    </message>
    <message>
        <source>Empty model (a goal only)</source>
        <translation></translation>
    </message>
    <message>
        <source>Name:</source>
        <translation></translation>
    </message>
    <message>
        <source>Names of criteria in:</source>
        <translation></translation>
    </message>
    <message>
        <source>Start from:</source>
        <translation></translation>
    </message>
    <message>
        <source>New value model</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>valuedesk::AhpPairwiseMatrix</name>
    <message>
        <source>A comparison matrix needs between 1 and %1 criteria, not %2.</source>
        <translation></translation>
    </message>
    <message>
        <source>Expected %1 judgements for %2 criteria, got %3.</source>
        <translation></translation>
    </message>
    <message>
        <source>The matrix has %1 rows but %2 criteria names.</source>
        <translation></translation>
    </message>
    <message>
        <source>Row %1 has %2 values; a %3 × %3 matrix needs %3.</source>
        <translation></translation>
    </message>
    <message>
        <source>The diagonal must be 1 (each criterion equals itself), but %1 is %2.</source>
        <translation></translation>
    </message>
    <message>
        <source>%1 is %2 and %3 is %4, but they must be reciprocals (%2 and %5).</source>
        <translation></translation>
    </message>
    <message>
        <source>There is no cell at row %1, column %2.</source>
        <translation></translation>
    </message>
    <message>
        <source>row %1, column %2</source>
        <translation></translation>
    </message>
    <message>
        <source>row “%1”, column “%2”</source>
        <translation></translation>
    </message>
    <message>
        <source>%1 is not a number.</source>
        <translation></translation>
    </message>
    <message>
        <source>%1 is 0; a judgement is a ratio and must be positive (1 means equal).</source>
        <translation></translation>
    </message>
    <message>
        <source>%1 is negative (%2); a judgement must be positive.</source>
        <translation></translation>
    </message>
    <message>
        <source>%1 is %2, which is not on Saaty&apos;s 1–9 scale; use %3 or switch the matrix to exact ratios.</source>
        <translation></translation>
    </message>
    <message>
        <source>The missing judgements cannot be completed from the given ones; check the judgements for extreme values.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is %2; exact ratios must lie between 1/%3 and %3.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>valuedesk::AhpResultsPanel</name>
    <message>
        <source>“%1” vs “%2”</source>
        <translation></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation></translation>
    </message>
    <message>
        <source>%1 &lt; %2 — consistent</source>
        <translation></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation></translation>
    </message>
    <message>
        <source>Inferred (not judged): %1</source>
        <translation></translation>
    </message>
    <message>
        <source>%1. %2: %3 → %4 (CR %5)</source>
        <translation></translation>
    </message>
    <message>
        <source>Apply</source>
        <translation></translation>
    </message>
    <message>
        <source>Group consensus: %1 % (%2)</source>
        <translation></translation>
    </message>
    <message>
        <source>Criterion</source>
        <translation></translation>
    </message>
    <message>
        <source>Weight</source>
        <translation></translation>
    </message>
    <message>
        <source>Evaluator</source>
        <translation></translation>
    </message>
    <message>
        <source>CR</source>
        <translation></translation>
    </message>
    <message>
        <source>Distance to group</source>
        <translation></translation>
    </message>
    <message>
        <source>Share of weight that would have to move for this evaluator to agree with the group</source>
        <translation></translation>
    </message>
    <message>
        <source>Consistency</source>
        <translation></translation>
    </message>
    <message>
        <source>λmax:</source>
        <translation></translation>
    </message>
    <message>
        <source>CI:</source>
        <translation></translation>
    </message>
    <message>
        <source>RI:</source>
        <translation></translation>
    </message>
    <message>
        <source>CR:</source>
        <translation></translation>
    </message>
    <message>
        <source>Judgements to revisit</source>
        <translation></translation>
    </message>
    <message>
        <source>Auto-repair…</source>
        <translation></translation>
    </message>
    <message>
        <source>Propose the fewest changes that make the matrix consistent; nothing changes until you accept</source>
        <translation></translation>
    </message>
    <message>
        <source>Evaluators</source>
        <translation></translation>
    </message>
    <message>
        <source>%1 ≥ %2 — inconsistent: revisit the highlighted judgements</source>
        <translation></translation>
    </message>
    <message>
        <source>AIP: no group matrix, no group CR; each evaluator&apos;s CR is shown.</source>
        <translation></translation>
    </message>
    <message>
        <source>AIJ: the judgements are aggregated; the group matrix has its own CR.</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>valuedesk::AhpSaatyScale</name>
    <message>
        <source>equal importance</source>
        <translation></translation>
    </message>
    <message>
        <source>moderate importance</source>
        <translation></translation>
    </message>
    <message>
        <source>strong importance</source>
        <translation></translation>
    </message>
    <message>
        <source>very strong importance</source>
        <translation></translation>
    </message>
    <message>
        <source>extreme importance</source>
        <translation></translation>
    </message>
    <message>
        <source>between %1 and %2</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>valuedesk::AhpSettingsDialog</name>
    <message>
        <source>Model Settings</source>
        <translation></translation>
    </message>
    <message>
        <source>Principal eigenvector (Saaty)</source>
        <translation></translation>
    </message>
    <message>
        <source>Row geometric mean</source>
        <translation></translation>
    </message>
    <message>
        <source>Normalised column mean</source>
        <translation></translation>
    </message>
    <message>
        <source>Weights by:</source>
        <translation></translation>
    </message>
    <message>
        <source>Random index (RI) table:</source>
        <translation></translation>
    </message>
    <message>
        <source>Acceptable CR below:</source>
        <translation></translation>
    </message>
    <message>
        <source>The same matrix&apos;s CR differs by up to 20 % between RI tables; results always name the table used.</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>valuedesk::AhpTemplates</name>
    <message>
        <source>Template item “%1”: %2</source>
        <translation></translation>
    </message>
    <message>
        <source>Retail customers by current, potential and relationship value, the structure common in Chinese retail customer-value studies.</source>
        <translation></translation>
    </message>
    <message>
        <source>The lubricant company example of the paper 基于客户价值评价的客户细分, with judgements that reproduce its published weights.</source>
        <translation></translation>
    </message>
    <message>
        <source>Licensed tobacco retailers by contribution, support for the supplier&apos;s programmes and credit, as tobacco companies grade their retail customers.</source>
        <translation></translation>
    </message>
    <message>
        <source>Customers of a car dealership (4S store) by current value, potential value and loyalty.</source>
        <translation></translation>
    </message>
    <message>
        <source>Key accounts by customer value, depth of cooperation and growth potential.</source>
        <translation></translation>
    </message>
    <message>
        <source>There is no built-in template “%1”; the templates are %2.</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>valuedesk::AhpTreeModel</name>
    <message>
        <source>Weight typed directly, not derived from judgements</source>
        <translation></translation>
    </message>
    <message>
        <source>Weights typed directly: no consistency ratio</source>
        <translation></translation>
    </message>
    <message>
        <source>Criterion / indicator</source>
        <translation></translation>
    </message>
    <message>
        <source>Local weight</source>
        <translation></translation>
    </message>
    <message>
        <source>Global weight</source>
        <translation></translation>
    </message>
    <message>
        <source>CR</source>
        <translation></translation>
    </message>
    <message>
        <source>Metric</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>valuedesk::AhpWorkspace</name>
    <message>
        <source>Save Value Model</source>
        <translation></translation>
    </message>
    <message>
        <source>%1 (version %2)</source>
        <translation></translation>
    </message>
    <message>
        <source>Open Value Model</source>
        <translation></translation>
    </message>
    <message>
        <source>No customer file is open.</source>
        <translation></translation>
    </message>
    <message>
        <source>Customer value</source>
        <translation></translation>
    </message>
    <message>
        <source>“%1” could not be read.</source>
        <translation></translation>
    </message>
    <message>
        <source>“%1” is not a value model file (JSON object expected).</source>
        <translation></translation>
    </message>
    <message>
        <source>No value model is open.</source>
        <translation></translation>
    </message>
    <message>
        <source>Unsaved Value Model</source>
        <translation></translation>
    </message>
    <message>
        <source>The value model “%1” has unsaved changes. Save them as a new version?</source>
        <translation></translation>
    </message>
    <message>
        <source>New Value Model</source>
        <translation></translation>
    </message>
    <message>
        <source>Import Value Model</source>
        <translation></translation>
    </message>
    <message>
        <source>Value models (*.json)</source>
        <translation></translation>
    </message>
    <message>
        <source>The value model could not be imported.</source>
        <translation></translation>
    </message>
    <message>
        <source>Export Value Model</source>
        <translation></translation>
    </message>
    <message>
        <source>Revert Value Model</source>
        <translation></translation>
    </message>
    <message>
        <source>Discard the unsaved changes to “%1”?</source>
        <translation></translation>
    </message>
    <message>
        <source>Delete Value Model</source>
        <translation></translation>
    </message>
    <message>
        <source>Delete the value model “%1” with all of its versions? This cannot be undone.</source>
        <translation></translation>
    </message>
    <message>
        <source>Open a customer file to edit its value models.</source>
        <translation></translation>
    </message>
    <message>
        <source>No value model yet: click New… to start from a template.</source>
        <translation></translation>
    </message>
    <message>
        <source>Version %1, saved %2</source>
        <translation></translation>
    </message>
    <message>
        <source>unsaved changes</source>
        <translation></translation>
    </message>
    <message>
        <source>The model cannot be evaluated: %1</source>
        <translation></translation>
    </message>
    <message>
        <source>Value model:</source>
        <translation></translation>
    </message>
    <message>
        <source>New…</source>
        <translation></translation>
    </message>
    <message>
        <source>Import JSON…</source>
        <translation></translation>
    </message>
    <message>
        <source>Export JSON…</source>
        <translation></translation>
    </message>
    <message>
        <source>Save</source>
        <translation></translation>
    </message>
    <message>
        <source>Store the model as a new version; earlier versions stay unchanged</source>
        <translation></translation>
    </message>
    <message>
        <source>Revert</source>
        <translation></translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation></translation>
    </message>
    <message>
        <source>Settings…</source>
        <translation></translation>
    </message>
    <message>
        <source>Weighting method, random-index table and CR threshold</source>
        <translation></translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation></translation>
    </message>
    <message>
        <source>Give the model another name; Save stores it as a new version</source>
        <translation></translation>
    </message>
    <message>
        <source>Rename Value Model</source>
        <translation></translation>
    </message>
    <message>
        <source>New name of the value model:</source>
        <translation></translation>
    </message>
    <message>
        <source>The evaluated model has been deleted since; the weights cannot be applied.</source>
        <translation></translation>
    </message>
    <message>
        <source>The weights were not applied.</source>
        <translation></translation>
    </message>
    <message>
        <source>The value model “%1” has changed since this evaluation (it is at version %2, the evaluation used version %3). Evaluate again before applying weights.</source>
        <translation></translation>
    </message>
    <message>
        <source>The criteria of “%1” have changed since this evaluation. Evaluate again before applying weights.</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>valuedesk::AmountFrequencyScheme</name>
    <message>
        <source>High value</source>
        <translation></translation>
    </message>
    <message>
        <source>Potential</source>
        <translation></translation>
    </message>
    <message>
        <source>One-off</source>
        <translation></translation>
    </message>
    <message>
        <source>Lapsing</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>valuedesk::AtomicFile</name>
    <message>
        <source>“%1” could not be written.</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>valuedesk::BackgroundTask</name>
    <message>
        <source>Cancel</source>
        <translation></translation>
    </message>
    <message>
        <source>The work was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>valuedesk::BgNbdModel</name>
    <message>
        <source>There are no customers to fit the BG/NBD model to.</source>
        <translation></translation>
    </message>
    <message>
        <source>Customer %1 has an impossible purchase summary.</source>
        <translation></translation>
    </message>
    <message>
        <source>No customer bought again within the calibration period, so the BG/NBD model cannot be fitted. Choose a later calibration end or add transactions.</source>
        <translation></translation>
    </message>
    <message>
        <source>The BG/NBD fit did not converge; the data may not suit the model.</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>valuedesk::CalibrationSummary</name>
    <message>
        <source>The calibration period has no end date.</source>
        <translation></translation>
    </message>
    <message>
        <source>No customer had bought anything by the end of the calibration period (%1).</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>valuedesk::ClassShareChart</name>
    <message>
        <source>Share of customers</source>
        <translation></translation>
    </message>
    <message>
        <source>Share of the measure</source>
        <translation></translation>
    </message>
    <message>
        <source>Share of %1</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>valuedesk::ClassSummaryModel</name>
    <message>
        <source>Unclassified</source>
        <translation></translation>
    </message>
    <message>
        <source>Total</source>
        <translation></translation>
    </message>
    <message>
        <source>Measure</source>
        <translation></translation>
    </message>
    <message>
        <source>Class</source>
        <translation></translation>
    </message>
    <message>
        <source>Customers</source>
        <translation></translation>
    </message>
    <message>
        <source>Share of customers</source>
        <translation></translation>
    </message>
    <message>
        <source>Share of %1</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>valuedesk::ClassificationCrossTab</name>
    <message>
        <source>The two classifications cannot be compared: they do not cover the same customers.</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>valuedesk::ClassificationRepository</name>
    <message>
        <source>The %1 classification could not be saved with the evaluation snapshot.</source>
        <translation></translation>
    </message>
    <message>
        <source>The %1 classification could not be saved: its rows do not match its customers.</source>
        <translation></translation>
    </message>
    <message>
        <source>There is no evaluation snapshot %1 in this file.</source>
        <translation></translation>
    </message>
    <message>
        <source>The %1 classification of evaluation snapshot %2 is damaged in this file and cannot be read.</source>
        <translation></translation>
    </message>
    <message>
        <source>Evaluation snapshot %1 has no %2 classification in this file.</source>
        <translation></translation>
    </message>
    <message>
        <source>The %1 classification of evaluation snapshot %2 cannot be read from this file.</source>
        <translation></translation>
    </message>
    <message>
        <source>The %1 classification could not be deleted.</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>valuedesk::ClassificationResultModel</name>
    <message>
        <source>Rank</source>
        <translation></translation>
    </message>
    <message>
        <source>Share</source>
        <translation></translation>
    </message>
    <message>
        <source>Cumulative share</source>
        <translation></translation>
    </message>
    <message>
        <source>Recency (days)</source>
        <translation></translation>
    </message>
    <message>
        <source>Frequency</source>
        <translation></translation>
    </message>
    <message>
        <source>Monetary</source>
        <translation></translation>
    </message>
    <message>
        <source>R</source>
        <translation></translation>
    </message>
    <message>
        <source>F</source>
        <translation></translation>
    </message>
    <message>
        <source>M</source>
        <translation></translation>
    </message>
    <message>
        <source>RFM code</source>
        <translation></translation>
    </message>
    <message>
        <source>Total</source>
        <translation></translation>
    </message>
    <message>
        <source>Value score</source>
        <translation></translation>
    </message>
    <message>
        <source>Gross profit</source>
        <translation></translation>
    </message>
    <message>
        <source>Unclassified</source>
        <translation></translation>
    </message>
    <message>
        <source>Code</source>
        <translation></translation>
    </message>
    <message>
        <source>Name</source>
        <translation></translation>
    </message>
    <message>
        <source>Manager</source>
        <translation></translation>
    </message>
    <message>
        <source>Class</source>
        <translation></translation>
    </message>
    <message>
        <source>Measure</source>
        <translation></translation>
    </message>
    <message>
        <source>Value</source>
        <translation></translation>
    </message>
    <message>
        <source>Profit</source>
        <translation></translation>
    </message>
    <message>
        <source>Allocated cost</source>
        <translation></translation>
    </message>
    <message>
        <source>Cost-contribution ratio</source>
        <translation></translation>
    </message>
    <message>
        <source>Ratio ÷ average margin</source>
        <translation></translation>
    </message>
    <message>
        <source>Share ranked above</source>
        <translation></translation>
    </message>
    <message>
        <source>Distance to centre</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>valuedesk::ClassificationSchemes</name>
    <message>
        <source>Option &quot;%1&quot; of the %2 scheme: %3</source>
        <translation></translation>
    </message>
    <message>
        <source>a list of numbers is expected</source>
        <translation></translation>
    </message>
    <message>
        <source>a list of names is expected</source>
        <translation></translation>
    </message>
    <message>
        <source>unknown option</source>
        <translation></translation>
    </message>
    <message>
        <source>revenue, gross_profit or score</source>
        <translation></translation>
    </message>
    <message>
        <source>cumulative or count</source>
        <translation></translation>
    </message>
    <message>
        <source>revenue or margin</source>
        <translation></translation>
    </message>
    <message>
        <source>raw or scores</source>
        <translation></translation>
    </message>
    <message>
        <source>four increasing numbers, or null</source>
        <translation></translation>
    </message>
    <message>
        <source>ABC / Pareto (80/20)</source>
        <translation></translation>
    </message>
    <message>
        <source>RFM and the 8 segments</source>
        <translation></translation>
    </message>
    <message>
        <source>Cost-contribution ratio</source>
        <translation></translation>
    </message>
    <message>
        <source>Loyalty × value grid</source>
        <translation></translation>
    </message>
    <message>
        <source>Customer pyramid</source>
        <translation></translation>
    </message>
    <message>
        <source>Amount × frequency</source>
        <translation></translation>
    </message>
    <message>
        <source>Threshold tiers</source>
        <translation></translation>
    </message>
    <message>
        <source>K-means clusters</source>
        <translation></translation>
    </message>
    <message>
        <source>There is no classification scheme &quot;%1&quot;.</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>valuedesk::ClassificationService</name>
    <message>
        <source>Classifying was cancelled.</source>
        <translation></translation>
    </message>
    <message>
        <source>The customer file has no customers to classify.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No scheme to classify with.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>valuedesk::ClassificationWorkspace</name>
    <message>
        <source>Classify</source>
        <translation></translation>
    </message>
    <message>
        <source>No customer file is open.</source>
        <translation></translation>
    </message>
    <message>
        <source>Classes are kept with a stored evaluation: evaluate the customers on the Evaluation tab first.</source>
        <translation></translation>
    </message>
    <message>
        <source>Classifying customers…</source>
        <translation></translation>
    </message>
    <message>
        <source>Classifying was cancelled; nothing was stored.</source>
        <translation></translation>
    </message>
    <message>
        <source>No stored evaluation yet: evaluate the customers on the Evaluation tab, then classify them here.</source>
        <translation></translation>
    </message>
    <message>
        <source>Not classified with this scheme yet: adjust the options and press Classify.</source>
        <translation></translation>
    </message>
    <message numerus="yes">
        <source>%n customer(s) graded</source>
        <translation>
            <numerusform>%n customer graded</numerusform>
            <numerusform>%n customers graded</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unclassified</source>
        <translation>
            <numerusform>%n unclassified</numerusform>
            <numerusform>%n unclassified</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 % of customers (class %2) make %3 % of %4; Gini coefficient %5.</source>
        <translation></translation>
    </message>
    <message>
        <source>Value quadrant</source>
        <translation></translation>
    </message>
    <message>
        <source>Evaluation:</source>
        <translation></translation>
    </message>
    <message>
        <source>Scheme:</source>
        <translation></translation>
    </message>
    <message>
        <source>Defaults</source>
        <translation></translation>
    </message>
    <message>
        <source>Grade every customer of the evaluation with this scheme and keep the result with the evaluation</source>
        <translation></translation>
    </message>
    <message>
        <source>Compare with:</source>
        <translation></translation>
    </message>
    <message>
        <source>Chart</source>
        <translation></translation>
    </message>
    <message>
        <source>Customers</source>
        <translation></translation>
    </message>
    <message>
        <source>Compare</source>
        <translation></translation>
    </message>
    <message>
        <source>Classifying is under way; try again when it has finished.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>valuedesk::ClvCustomerModel</name>
    <message>
        <source>days</source>
        <translation></translation>
    </message>
    <message>
        <source>weeks</source>
        <translation></translation>
    </message>
    <message>
        <source>months</source>
        <translation></translation>
    </message>
    <message>
        <source>Churn risk</source>
        <translation></translation>
    </message>
    <message>
        <source>Unknown: the spend model (Gamma-Gamma) could not be fitted.</source>
        <translation></translation>
    </message>
    <message>
        <source>P(alive) is below %1 %</source>
        <translation></translation>
    </message>
    <message>
        <source>Code</source>
        <translation></translation>
    </message>
    <message>
        <source>Name</source>
        <translation></translation>
    </message>
    <message>
        <source>Repeat purchases</source>
        <translation></translation>
    </message>
    <message>
        <source>Recency (%1)</source>
        <translation></translation>
    </message>
    <message>
        <source>Age T (%1)</source>
        <translation></translation>
    </message>
    <message>
        <source>P(alive)</source>
        <translation></translation>
    </message>
    <message>
        <source>Expected purchases</source>
        <translation></translation>
    </message>
    <message>
        <source>Expected spend</source>
        <translation></translation>
    </message>
    <message>
        <source>CLV</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>valuedesk::ClvFitPanel</name>
    <message>
        <source>days</source>
        <translation></translation>
    </message>
    <message>
        <source>weeks</source>
        <translation></translation>
    </message>
    <message>
        <source>months</source>
        <translation></translation>
    </message>
    <message>
        <source>What the models assume</source>
        <translation></translation>
    </message>
    <message>
        <source>Purchases (BG/NBD): while a customer is active they buy at random times at their own steady rate (a Poisson process). After any purchase they may become inactive for good, with their own probability p, and nobody tells us when. Purchase rates differ between customers as a gamma distribution (r, α), dropout probabilities as a beta distribution (a, b). P(alive) is the chance that a customer has not dropped out yet, given how often and how recently they bought.</source>
        <translation></translation>
    </message>
    <message>
        <source>Spend (Gamma-Gamma): a customer&apos;s purchase amounts vary around their own average, and averages differ between customers (p, q, γ); how much a customer spends does not depend on how often they buy. Only customers with a repeat purchase are used to fit it.</source>
        <translation></translation>
    </message>
    <message>
        <source>CLV is the expected spend of the purchases expected over the horizon, times the margin, discounted month by month. Several purchases of one customer on one day count as one.</source>
        <translation></translation>
    </message>
    <message>
        <source>No fit yet: choose the options and press Fit.</source>
        <translation></translation>
    </message>
    <message>
        <source>BG/NBD (purchases)</source>
        <translation></translation>
    </message>
    <message>
        <source>Log-likelihood</source>
        <translation></translation>
    </message>
    <message>
        <source>Converged</source>
        <translation></translation>
    </message>
    <message>
        <source>yes</source>
        <translation></translation>
    </message>
    <message>
        <source>no (use with care)</source>
        <translation></translation>
    </message>
    <message>
        <source>Customers</source>
        <translation></translation>
    </message>
    <message>
        <source>Gamma-Gamma (spend)</source>
        <translation></translation>
    </message>
    <message>
        <source>Repeat customers used</source>
        <translation></translation>
    </message>
    <message>
        <source>Not fitted: %1 Expected spend and CLV are unknown.</source>
        <translation></translation>
    </message>
    <message>
        <source>Data</source>
        <translation></translation>
    </message>
    <message>
        <source>Calibration end</source>
        <translation></translation>
    </message>
    <message>
        <source>Holdout</source>
        <translation></translation>
    </message>
    <message>
        <source>to %1 (%2 %3)</source>
        <translation></translation>
    </message>
    <message>
        <source>Horizon</source>
        <translation></translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation></translation>
    </message>
    <message>
        <source>New after the calibration end (left out)</source>
        <translation></translation>
    </message>
    <message>
        <source>Fit time</source>
        <translation></translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>valuedesk::ClvHeatmapModel</name>
    <message numerus="yes">
        <source>%1
(%n)</source>
        <translation>
            <numerusform>%1
(%n)</numerusform>
            <numerusform>%1
(%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>No customer in this cell</source>
        <translation></translation>
    </message>
    <message numerus="yes">
        <source>%n customer(s), average P(alive) %1</source>
        <translation>
            <numerusform>%n customer, average P(alive) %1</numerusform>
            <numerusform>%n customers, average P(alive) %1</numerusform>
        </translation>
    </message>
    <message>
        <source>x = %1+</source>
        <translation></translation>
    </message>
    <message>
        <source>x = %1</source>
        <translation></translation>
    </message>
    <message>
        <source>t_x/T %1–%2</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>valuedesk::ClvHistogramChart</name>
    <message>
        <source>Customers</source>
        <translation></translation>
    </message>
    <message>
        <source>Above the 99th percentile</source>
        <translation></translation>
    </message>
    <message>
        <source>%1 (bin start)</source>
        <translation></translation>
    </message>
    <message>
        <source>No values to show</source>
        <translation></translation>
    </message>
    <message numerus="yes">
        <source>%n customer(s)</source>
        <translation>
            <numerusform>%n customer</numerusform>
            <numerusform>%n customers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n above the 99th percentile (%1)</source>
        <translation>
            <numerusform>, %n above the 99th percentile (%1)</numerusform>
            <numerusform>, %n above the 99th percentile (%1)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>valuedesk::ClvHoldoutChart</name>
    <message>
        <source>Actual</source>
        <translation></translation>
    </message>
    <message>
        <source>Predicted (BG/NBD)</source>
        <translation></translation>
    </message>
    <message>
        <source>%1+</source>
        <translation></translation>
    </message>
    <message>
        <source>Repeat purchases in the calibration period</source>
        <translation></translation>
    </message>
    <message>
        <source>Mean repeat purchases in the holdout</source>
        <translation></translation>
    </message>
    <message>
        <source>No holdout period: choose a calibration end before the last purchase to check the fit</source>
        <translation></translation>
    </message>
    <message>
        <source>Holdout check (%1)</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>valuedesk::ClvOptionsBar</name>
    <message>
        <source>Holdout: calibrate up to</source>
        <translation></translation>
    </message>
    <message>
        <source>Unchecked: fit on every purchase (calibration ends on the last purchase day). Checked: fit on the purchases up to this date and compare the model&apos;s predictions with the later purchases.</source>
        <translation></translation>
    </message>
    <message>
        <source>Time unit:</source>
        <translation></translation>
    </message>
    <message>
        <source>Day</source>
        <translation></translation>
    </message>
    <message>
        <source>Week</source>
        <translation></translation>
    </message>
    <message>
        <source>Month</source>
        <translation></translation>
    </message>
    <message>
        <source>Horizon:</source>
        <translation></translation>
    </message>
    <message>
        <source> months</source>
        <translation></translation>
    </message>
    <message>
        <source>Discount rate per month:</source>
        <translation></translation>
    </message>
    <message>
        <source>Margin:</source>
        <translation></translation>
    </message>
    <message>
        <source>Profit margin on spend; 100 % gives CLV in revenue</source>
        <translation></translation>
    </message>
    <message>
        <source>Churn risk below P(alive):</source>
        <translation></translation>
    </message>
    <message>
        <source>Fit</source>
        <translation></translation>
    </message>
    <message>
        <source>Fit BG/NBD and Gamma-Gamma to the file&apos;s purchases</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>valuedesk::ClvService</name>
    <message>
        <source>The fit was cancelled.</source>
        <translation></translation>
    </message>
    <message>
        <source>The customer file has no purchases: there is nothing to fit.</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>valuedesk::ClvWorkspace</name>
    <message>
        <source>days</source>
        <translation></translation>
    </message>
    <message>
        <source>weeks</source>
        <translation></translation>
    </message>
    <message>
        <source>months</source>
        <translation></translation>
    </message>
    <message>
        <source>No customer file is open.</source>
        <translation></translation>
    </message>
    <message>
        <source>Fitting the lifetime value models…</source>
        <translation></translation>
    </message>
    <message>
        <source>The fit was cancelled; the previous result is kept.</source>
        <translation></translation>
    </message>
    <message>
        <source>The lifetime value models could not be fitted: %1</source>
        <translation></translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation></translation>
    </message>
    <message numerus="yes">
        <source>Fitted on %n customer(s).</source>
        <translation>
            <numerusform>Fitted on %n customer.</numerusform>
            <numerusform>Fitted on %n customers.</numerusform>
        </translation>
    </message>
    <message>
        <source>Purchases were fitted, but spend could not be: %1 CLV is shown as “—”.</source>
        <translation></translation>
    </message>
    <message>
        <source>CLV</source>
        <translation></translation>
    </message>
    <message>
        <source>%1 of %2 customers shown, %3 at churn risk</source>
        <translation></translation>
    </message>
    <message>
        <source>CLV distribution</source>
        <translation></translation>
    </message>
    <message>
        <source>Holdout check</source>
        <translation></translation>
    </message>
    <message>
        <source>P(alive) heat map</source>
        <translation></translation>
    </message>
    <message>
        <source>Average P(alive) by repeat purchases x (columns) and by how late in their history customers last bought, t_x ÷ T (rows: the top row bought most recently). The count is in brackets.</source>
        <translation></translation>
    </message>
    <message>
        <source>Churn risk only</source>
        <translation></translation>
    </message>
    <message>
        <source>The lifetime value models are being fitted already.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>valuedesk::ColumnMapping</name>
    <message>
        <source>The mapping file is for a &quot;%1&quot; import, not &quot;%2&quot;.</source>
        <translation></translation>
    </message>
    <message>
        <source>The mapping file needs a &quot;columns&quot; object (field id → header or column number).</source>
        <translation></translation>
    </message>
    <message>
        <source>The mapping file names an unknown field &quot;%1&quot;; known fields: %2.</source>
        <translation></translation>
    </message>
    <message>
        <source>Attributes (&quot;%1&quot;) can only be imported with customers.</source>
        <translation></translation>
    </message>
    <message>
        <source>The mapping file maps &quot;%1&quot; to column %2, but the file has %3 columns.</source>
        <translation></translation>
    </message>
    <message>
        <source>The mapping file maps &quot;%1&quot; to the column &quot;%2&quot;, which the file does not have.</source>
        <translation></translation>
    </message>
    <message>
        <source>In the mapping file, &quot;%1&quot; must be a header text or a column number.</source>
        <translation></translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>and %n more</numerusform>
            <numerusform>and %n more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Map a column to each required field first: %1. The file&apos;s %n column(s): %2.</source>
        <translation>
            <numerusform>Map a column to each required field first: %1. The file&apos;s %n column: %2.</numerusform>
            <numerusform>Map a column to each required field first: %1. The file&apos;s %n columns: %2.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>valuedesk::Commands</name>
    <message>
        <source>Add customer %1</source>
        <translation></translation>
    </message>
    <message>
        <source>Edit customer %1</source>
        <translation></translation>
    </message>
    <message>
        <source>Delete customer %1</source>
        <translation></translation>
    </message>
    <message>
        <source>transaction</source>
        <translation></translation>
    </message>
    <message>
        <source>interaction</source>
        <translation></translation>
    </message>
    <message>
        <source>survey score</source>
        <translation></translation>
    </message>
    <message>
        <source>balance</source>
        <translation></translation>
    </message>
    <message>
        <source>Add %1</source>
        <translation></translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation></translation>
    </message>
    <message>
        <source>Delete %1</source>
        <translation></translation>
    </message>
    <message>
        <source>Set grade %1 by hand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Withdraw manual grade</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The customer&apos;s manual grade was changed since; this step cannot be repeated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undone: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>valuedesk::CostContributionScheme</name>
    <message>
        <source>expected a positive margin (0.2 = 20 %).</source>
        <translation></translation>
    </message>
    <message>
        <source>the multiples must not increase from gold to silver to ordinary.</source>
        <translation></translation>
    </message>
    <message>
        <source>Gold</source>
        <translation></translation>
    </message>
    <message>
        <source>Silver</source>
        <translation></translation>
    </message>
    <message>
        <source>Ordinary</source>
        <translation></translation>
    </message>
    <message>
        <source>To eliminate</source>
        <translation></translation>
    </message>
    <message>
        <source>The firm&apos;s average sales profit margin is not positive, so cost contribution cannot be compared with it; enter an average margin.</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>valuedesk::CrossTabModel</name>
    <message>
        <source>%1 · %2</source>
        <translation></translation>
    </message>
    <message numerus="yes">
        <source>%n customer(s), revenue %1</source>
        <translation>
            <numerusform>%n customer, revenue %1</numerusform>
            <numerusform>%n customers, revenue %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Total</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>valuedesk::CsvReader</name>
    <message>
        <source>The separator and quote characters must differ and not be line breaks.</source>
        <translation></translation>
    </message>
    <message>
        <source>Line %1: a quoted field is not closed.</source>
        <translation></translation>
    </message>
    <message>
        <source>Line %1: unexpected text after a closing quote.</source>
        <translation></translation>
    </message>
    <message>
        <source>The file is empty: there is no header row.</source>
        <translation></translation>
    </message>
    <message>
        <source>Line %1: a field is longer than %L2 characters, the most a field may hold (as in Excel).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1: the record has more than %L2 fields, the most a record may have (as in Excel).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>valuedesk::CsvWriter</name>
    <message>
        <source>Cannot write &quot;%1&quot;: %2</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>valuedesk::Customer</name>
    <message>
        <source>Active</source>
        <translation></translation>
    </message>
    <message>
        <source>Prospect</source>
        <translation></translation>
    </message>
    <message>
        <source>Lost</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>valuedesk::CustomerDetailPane</name>
    <message>
        <source>No customer selected</source>
        <translation></translation>
    </message>
    <message>
        <source>Profile</source>
        <translation></translation>
    </message>
    <message>
        <source>Transactions</source>
        <translation></translation>
    </message>
    <message>
        <source>Interactions</source>
        <translation></translation>
    </message>
    <message>
        <source>Survey scores</source>
        <translation></translation>
    </message>
    <message>
        <source>Balances</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>valuedesk::CustomerListModel</name>
    <message>
        <source>Code</source>
        <translation></translation>
    </message>
    <message>
        <source>Name</source>
        <translation></translation>
    </message>
    <message>
        <source>Industry</source>
        <translation></translation>
    </message>
    <message>
        <source>Region</source>
        <translation></translation>
    </message>
    <message>
        <source>Account manager</source>
        <translation></translation>
    </message>
    <message>
        <source>Contact</source>
        <translation></translation>
    </message>
    <message>
        <source>Customer since</source>
        <translation></translation>
    </message>
    <message>
        <source>Status</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>valuedesk::CustomerListPane</name>
    <message>
        <source>Search code, name, industry, region or account manager</source>
        <translation></translation>
    </message>
    <message>
        <source>Columns</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>valuedesk::CustomerProfileForm</name>
    <message>
        <source>New attribute</source>
        <translation></translation>
    </message>
    <message>
        <source>Attribute</source>
        <translation></translation>
    </message>
    <message>
        <source>Value</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>valuedesk::CustomerRepository</name>
    <message>
        <source>The customer no longer exists in this file.</source>
        <translation></translation>
    </message>
    <message>
        <source>Customer %1 could not be added.</source>
        <translation></translation>
    </message>
    <message>
        <source>Customer %1 could not be saved.</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>valuedesk::Database</name>
    <message>
        <source>The file is damaged or is not a ValueDesk customer file.</source>
        <translation></translation>
    </message>
    <message>
        <source>The customer file cannot be opened.</source>
        <translation></translation>
    </message>
    <message>
        <source>&quot;%1&quot; was written by a newer version of ValueDesk (file format %2; this version reads up to %3). Please update ValueDesk to open it; the file was not changed.</source>
        <translation></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is an SQLite database but not a ValueDesk customer file.</source>
        <translation></translation>
    </message>
    <message>
        <source>The customer file &quot;%1&quot; does not exist.</source>
        <translation></translation>
    </message>
    <message>
        <source>&quot;%1&quot; already exists; choose another name.</source>
        <translation></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a folder, not a customer file.</source>
        <translation></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is damaged or is not a ValueDesk customer file.</source>
        <translation></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is empty; it is not a customer file.</source>
        <translation></translation>
    </message>
    <message>
        <source>The backup could not be written.</source>
        <translation></translation>
    </message>
    <message>
        <source>The customer file is busy or read-only.</source>
        <translation></translation>
    </message>
    <message>
        <source>The changes could not be saved to the customer file.</source>
        <translation></translation>
    </message>
    <message>
        <source>The customer file&apos;s version cannot be read.</source>
        <translation></translation>
    </message>
    <message>
        <source>The customer file could not be upgraded to version %1 (%2).</source>
        <translation></translation>
    </message>
    <message>
        <source>The customer file cannot be read or updated.</source>
        <translation></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is in use by another program that is writing to it; try again when it has finished.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is in use by %2, which is writing to it; try again when it has finished.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is marked as a ValueDesk customer file but holds none of its tables; it is damaged. The file was not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; contains database objects that ValueDesk did not create, which could change or hide your data: %2. The file was not opened and not changed; remove them with a database tool or open a backup copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is an empty SQLite database, not a ValueDesk customer file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; was written by an older version of ValueDesk (file format %2) and must be upgraded to format %3 first, which needs write access. Open it once for writing; the file was not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is read-only (or its folder is): ValueDesk cannot save changes to it. Open it read-only to view it, or copy it to a folder you can write to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is open; choose another name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>process %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (process %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (changed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (missing)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The customer file is read-only; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file was not changed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>valuedesk::Document</name>
    <message>
        <source>Enter a customer code.</source>
        <translation></translation>
    </message>
    <message>
        <source>Enter the customer&apos;s name.</source>
        <translation></translation>
    </message>
    <message>
        <source>The code %1 is already used by %2.</source>
        <translation></translation>
    </message>
    <message>
        <source>The customer&apos;s records could not be read.</source>
        <translation></translation>
    </message>
    <message>
        <source>Enter a valid date.</source>
        <translation></translation>
    </message>
    <message>
        <source>The quantity cannot be negative.</source>
        <translation></translation>
    </message>
    <message>
        <source>Scores must be between 0 and %1.</source>
        <translation></translation>
    </message>
    <message>
        <source>Enter at least one score.</source>
        <translation></translation>
    </message>
    <message>
        <source>The metric value must be a number.</source>
        <translation></translation>
    </message>
    <message>
        <source>A record cannot be moved to another customer.</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>valuedesk::DuplicateCustomerModel</name>
    <message>
        <source>Update the existing customer</source>
        <translation></translation>
    </message>
    <message>
        <source>Skip this row</source>
        <translation></translation>
    </message>
    <message>
        <source>Import as a new customer</source>
        <translation></translation>
    </message>
    <message>
        <source>same code</source>
        <translation></translation>
    </message>
    <message>
        <source>same name and contact</source>
        <translation></translation>
    </message>
    <message>
        <source>Line</source>
        <translation></translation>
    </message>
    <message>
        <source>Code</source>
        <translation></translation>
    </message>
    <message>
        <source>Name</source>
        <translation></translation>
    </message>
    <message>
        <source>Customer in the file</source>
        <translation></translation>
    </message>
    <message>
        <source>Matched by</source>
        <translation></translation>
    </message>
    <message>
        <source>Action</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>valuedesk::Evaluation</name>
    <message>
        <source>The indicator &quot;%1&quot; is not bound to a metric.</source>
        <translation></translation>
    </message>
    <message>
        <source>The indicator &quot;%1&quot;: %2</source>
        <translation></translation>
    </message>
    <message>
        <source>The evaluation window is not valid.</source>
        <translation></translation>
    </message>
    <message>
        <source>The model &quot;%1&quot; cannot be evaluated: %2</source>
        <translation></translation>
    </message>
    <message>
        <source>The model &quot;%1&quot; has no indicators.</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>valuedesk::EvaluationChartData</name>
    <message>
        <source>Current value: %1</source>
        <translation></translation>
    </message>
    <message>
        <source>Potential value: %1</source>
        <translation></translation>
    </message>
    <message>
        <source>%1 %2
Manager: %3 · %4
Current %5 · potential %6 · total %7
Revenue %8 · data %9</source>
        <translation></translation>
    </message>
    <message>
        <source>Set by hand by %1: %2</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>valuedesk::EvaluationDataReader</name>
    <message>
        <source>The customer data for the evaluation cannot be read.</source>
        <translation></translation>
    </message>
    <message>
        <source>The evaluation window is not valid.</source>
        <translation></translation>
    </message>
    <message>
        <source>The customer file changed while it was being read; evaluate again.</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>valuedesk::EvaluationFilterBar</name>
    <message numerus="yes">
        <source>%n customer(s) selected on the chart</source>
        <translation>
            <numerusform>%n customer selected on the chart</numerusform>
            <numerusform>%n customers selected on the chart</numerusform>
        </translation>
    </message>
    <message>
        <source>All industries</source>
        <translation></translation>
    </message>
    <message>
        <source>All regions</source>
        <translation></translation>
    </message>
    <message>
        <source>All managers</source>
        <translation></translation>
    </message>
    <message>
        <source>Any status</source>
        <translation></translation>
    </message>
    <message>
        <source>Any data completeness</source>
        <translation></translation>
    </message>
    <message>
        <source>Data ≥ 50 %</source>
        <translation></translation>
    </message>
    <message>
        <source>Data ≥ 75 %</source>
        <translation></translation>
    </message>
    <message>
        <source>Complete data only</source>
        <translation></translation>
    </message>
    <message>
        <source>Keep customers whose scores rest on real data for at least this share of indicators</source>
        <translation></translation>
    </message>
    <message>
        <source>Search code or name</source>
        <translation></translation>
    </message>
    <message>
        <source>Clear selection</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>valuedesk::EvaluationOptionsBar</name>
    <message>
        <source>%1 (version %2)</source>
        <translation></translation>
    </message>
    <message>
        <source>No customer file is open.</source>
        <translation></translation>
    </message>
    <message>
        <source>The file has no value model yet: create one on the Value model (AHP) tab first.</source>
        <translation></translation>
    </message>
    <message>
        <source>Model:</source>
        <translation></translation>
    </message>
    <message>
        <source>As of the last transaction</source>
        <translation></translation>
    </message>
    <message>
        <source>Last day of the evaluation window</source>
        <translation></translation>
    </message>
    <message>
        <source>Window:</source>
        <translation></translation>
    </message>
    <message>
        <source> months</source>
        <translation></translation>
    </message>
    <message>
        <source>z-score</source>
        <translation></translation>
    </message>
    <message>
        <source>Min–max 0–100</source>
        <translation></translation>
    </message>
    <message>
        <source>Percentile rank</source>
        <translation></translation>
    </message>
    <message>
        <source>How each indicator is put on a common scale before weighting</source>
        <translation></translation>
    </message>
    <message>
        <source>Trim outliers</source>
        <translation></translation>
    </message>
    <message>
        <source>Clamp each indicator to its 1st and 99th percentiles first</source>
        <translation></translation>
    </message>
    <message>
        <source>Missing data: per indicator</source>
        <translation></translation>
    </message>
    <message>
        <source>Missing data: zero</source>
        <translation></translation>
    </message>
    <message>
        <source>Missing data: column mean</source>
        <translation></translation>
    </message>
    <message>
        <source>Missing data: leave out and re-weight</source>
        <translation></translation>
    </message>
    <message>
        <source>Axes (current, potential):</source>
        <translation></translation>
    </message>
    <message>
        <source>Top-level criterion scored as current value (vertical axis)</source>
        <translation></translation>
    </message>
    <message>
        <source>Top-level criterion scored as potential value (horizontal axis)</source>
        <translation></translation>
    </message>
    <message>
        <source>Split at the mean</source>
        <translation></translation>
    </message>
    <message>
        <source>Split at the median</source>
        <translation></translation>
    </message>
    <message>
        <source>Split at thresholds</source>
        <translation></translation>
    </message>
    <message>
        <source>current </source>
        <translation></translation>
    </message>
    <message>
        <source>potential </source>
        <translation></translation>
    </message>
    <message>
        <source>Evaluate</source>
        <translation></translation>
    </message>
    <message>
        <source>Score every customer with the model and store the result as a dated snapshot</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>valuedesk::EvaluationResultModel</name>
    <message>
        <source>%1 (manual)</source>
        <translation></translation>
    </message>
    <message>
        <source>Set by %1 on %2: %3
Evaluated: %4</source>
        <translation></translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n indicator(s) backed by data; the rest filled or left out by the missing-value rules</source>
        <translation>
            <numerusform>%1 of %n indicator backed by data; the rest filled or left out by the missing-value rules</numerusform>
            <numerusform>%1 of %n indicators backed by data; the rest filled or left out by the missing-value rules</numerusform>
        </translation>
    </message>
    <message>
        <source>Code</source>
        <translation></translation>
    </message>
    <message>
        <source>Name</source>
        <translation></translation>
    </message>
    <message>
        <source>Manager</source>
        <translation></translation>
    </message>
    <message>
        <source>Region</source>
        <translation></translation>
    </message>
    <message>
        <source>Industry</source>
        <translation></translation>
    </message>
    <message>
        <source>Status</source>
        <translation></translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation></translation>
    </message>
    <message>
        <source>Current value</source>
        <translation></translation>
    </message>
    <message>
        <source>Potential value</source>
        <translation></translation>
    </message>
    <message>
        <source>Total</source>
        <translation></translation>
    </message>
    <message>
        <source>Data</source>
        <translation></translation>
    </message>
    <message>
        <source>Quadrant</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>valuedesk::EvaluationService</name>
    <message>
        <source>The evaluation was cancelled.</source>
        <translation></translation>
    </message>
    <message>
        <source>The customer file has no transactions yet; choose the as-of date of the evaluation.</source>
        <translation></translation>
    </message>
    <message>
        <source>The customer file has no customers to evaluate.</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>valuedesk::EvaluationSnapshot</name>
    <message>
        <source>The stored evaluation does not match its model&apos;s indicators.</source>
        <translation></translation>
    </message>
    <message>
        <source>The stored evaluation options are damaged.</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>valuedesk::EvaluationWorkspace</name>
    <message>
        <source>Evaluate</source>
        <translation></translation>
    </message>
    <message>
        <source>Save Snapshot</source>
        <translation></translation>
    </message>
    <message>
        <source>Delete Snapshot</source>
        <translation></translation>
    </message>
    <message>
        <source>Evaluating customers…</source>
        <translation></translation>
    </message>
    <message>
        <source>No customer file is open.</source>
        <translation></translation>
    </message>
    <message>
        <source>Opening the evaluation…</source>
        <translation></translation>
    </message>
    <message>
        <source>Opening was cancelled.</source>
        <translation></translation>
    </message>
    <message>
        <source>There is no evaluation to save.</source>
        <translation></translation>
    </message>
    <message>
        <source>Open Snapshot</source>
        <translation></translation>
    </message>
    <message>
        <source>Colour by:</source>
        <translation></translation>
    </message>
    <message>
        <source>Quadrant</source>
        <translation></translation>
    </message>
    <message>
        <source>Account manager</source>
        <translation></translation>
    </message>
    <message>
        <source>Region</source>
        <translation></translation>
    </message>
    <message>
        <source>Industry</source>
        <translation></translation>
    </message>
    <message>
        <source>Status</source>
        <translation></translation>
    </message>
    <message>
        <source>Explanation</source>
        <translation></translation>
    </message>
    <message>
        <source>Weight sensitivity</source>
        <translation></translation>
    </message>
    <message>
        <source>Grade history</source>
        <translation></translation>
    </message>
    <message>
        <source>Open customer</source>
        <translation></translation>
    </message>
    <message>
        <source>Show the chosen customer&apos;s record on the Customers tab</source>
        <translation></translation>
    </message>
    <message>
        <source>The unsaved evaluation shown before was closed.</source>
        <translation></translation>
    </message>
    <message>
        <source>The evaluation was cancelled; nothing was stored.</source>
        <translation></translation>
    </message>
    <message>
        <source>The evaluation is busy; try again when it has finished.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>valuedesk::EvaluatorGroupBar</name>
    <message>
        <source>Voting weight of %1 at this criterion; only the ratios between the evaluators matter</source>
        <translation></translation>
    </message>
    <message>
        <source>Combine evaluators:</source>
        <translation></translation>
    </message>
    <message>
        <source>AIJ — aggregate judgements</source>
        <translation></translation>
    </message>
    <message>
        <source>Weighted geometric mean of each judgement, then the group matrix is analysed as usual, with its own CR (the default)</source>
        <translation></translation>
    </message>
    <message>
        <source>AIP — aggregate priorities</source>
        <translation></translation>
    </message>
    <message>
        <source>Weighted geometric mean of each evaluator&apos;s weights; there is no group matrix and no group CR</source>
        <translation></translation>
    </message>
    <message>
        <source>How the evaluators&apos; judgements become the group result</source>
        <translation></translation>
    </message>
    <message>
        <source>Voting weights:</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>valuedesk::ExplanationPanel</name>
    <message>
        <source>%1st</source>
        <translation></translation>
    </message>
    <message>
        <source>%1nd</source>
        <translation></translation>
    </message>
    <message>
        <source>%1rd</source>
        <translation></translation>
    </message>
    <message>
        <source>%1th</source>
        <translation></translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n indicator(s) backed by data</source>
        <translation>
            <numerusform>%1 of %n indicator backed by data</numerusform>
            <numerusform>%1 of %n indicators backed by data</numerusform>
        </translation>
    </message>
    <message>
        <source>Contributions to the total score</source>
        <translation></translation>
    </message>
    <message>
        <source>No customer selected</source>
        <translation></translation>
    </message>
    <message>
        <source>%1 (account manager: %2)</source>
        <translation></translation>
    </message>
    <message>
        <source>Total value</source>
        <translation></translation>
    </message>
    <message>
        <source>Rank: %1 of %2 by total value, %3 by %4, %5 by %6</source>
        <translation></translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation></translation>
    </message>
    <message>
        <source>Copy table</source>
        <translation></translation>
    </message>
    <message>
        <source>Copy the table to the clipboard (tab-separated, for spreadsheets)</source>
        <translation></translation>
    </message>
    <message>
        <source>Set by hand to %1 by %2 on %3: %4</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>valuedesk::ExplanationTableModel</name>
    <message>
        <source>No data; this indicator is left out of the customer&apos;s scores.</source>
        <translation></translation>
    </message>
    <message>
        <source>No data; %1 was used instead.</source>
        <translation></translation>
    </message>
    <message>
        <source>Lower is better: the normalised value is flipped so higher is better.</source>
        <translation></translation>
    </message>
    <message>
        <source>Higher is better.</source>
        <translation></translation>
    </message>
    <message>
        <source>AHP global weight %1; weight for this customer %2 (the weights of indicators without data are shared among the others).</source>
        <translation></translation>
    </message>
    <message>
        <source>Weight for this customer × normalised value: %1 × %2</source>
        <translation></translation>
    </message>
    <message>
        <source>No data for this customer: the missing-value rule “%1” was applied.</source>
        <translation></translation>
    </message>
    <message>
        <source>Backed by data. Were it missing: %1.</source>
        <translation></translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation></translation>
    </message>
    <message>
        <source>Criterion</source>
        <translation></translation>
    </message>
    <message>
        <source>Metric</source>
        <translation></translation>
    </message>
    <message>
        <source>Raw value</source>
        <translation></translation>
    </message>
    <message>
        <source>Normalised</source>
        <translation></translation>
    </message>
    <message>
        <source>Global weight</source>
        <translation></translation>
    </message>
    <message>
        <source>Weight used</source>
        <translation></translation>
    </message>
    <message>
        <source>Contribution</source>
        <translation></translation>
    </message>
    <message>
        <source>To current value</source>
        <translation></translation>
    </message>
    <message>
        <source>To %1</source>
        <translation></translation>
    </message>
    <message>
        <source>To potential value</source>
        <translation></translation>
    </message>
    <message>
        <source>Missing-value rule</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>valuedesk::FileActions</name>
    <message>
        <source>ValueDesk customer files (*.vdb);;All files (*)</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;New Customer File…</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation></translation>
    </message>
    <message>
        <source>Save a &amp;Copy / Backup…</source>
        <translation></translation>
    </message>
    <message>
        <source>Write a consistent copy of the open customer file</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation></translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation></translation>
    </message>
    <message>
        <source>Clear List</source>
        <translation></translation>
    </message>
    <message>
        <source>New Customer File</source>
        <translation></translation>
    </message>
    <message>
        <source>Open Customer File</source>
        <translation></translation>
    </message>
    <message>
        <source>Save a Copy</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>valuedesk::GammaGammaModel</name>
    <message>
        <source>Fewer than two customers bought again with a positive spend, so the Gamma-Gamma spend model cannot be fitted.</source>
        <translation></translation>
    </message>
    <message>
        <source>The Gamma-Gamma spend fit did not converge; the spend data may not suit the model.</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>valuedesk::GradeHistoryPanel</name>
    <message>
        <source>Evaluated: %1</source>
        <translation></translation>
    </message>
    <message>
        <source>%1 version %2</source>
        <translation></translation>
    </message>
    <message>
        <source>Set by hand: %1</source>
        <translation></translation>
    </message>
    <message>
        <source>Manual quadrant withdrawn</source>
        <translation></translation>
    </message>
    <message>
        <source>Date</source>
        <translation></translation>
    </message>
    <message>
        <source>Quadrant</source>
        <translation></translation>
    </message>
    <message>
        <source>By</source>
        <translation></translation>
    </message>
    <message>
        <source>Model or reason</source>
        <translation></translation>
    </message>
    <message>
        <source>Grade history of %1 %2</source>
        <translation></translation>
    </message>
    <message>
        <source>Choose a customer to see its grade history.</source>
        <translation></translation>
    </message>
    <message>
        <source>Choose a customer first.</source>
        <translation></translation>
    </message>
    <message>
        <source>Set Quadrant by Hand</source>
        <translation></translation>
    </message>
    <message>
        <source>Withdraw Manual Quadrant</source>
        <translation></translation>
    </message>
    <message>
        <source>Set quadrant by hand…</source>
        <translation></translation>
    </message>
    <message>
        <source>Put this customer in another quadrant, with a written reason</source>
        <translation></translation>
    </message>
    <message>
        <source>Withdraw…</source>
        <translation></translation>
    </message>
    <message>
        <source>Withdraw the manual quadrant: the evaluation&apos;s applies again</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>valuedesk::GradeOverrideRepository</name>
    <message>
        <source>“%1” is not a quadrant; use high-high, high-low, low-high or low-low.</source>
        <translation></translation>
    </message>
    <message>
        <source>Give the grade to put the customer in.</source>
        <translation></translation>
    </message>
    <message>
        <source>This customer has no manual grade to withdraw.</source>
        <translation></translation>
    </message>
    <message>
        <source>Write the reason for the manual grade.</source>
        <translation></translation>
    </message>
    <message>
        <source>The grading scheme is missing.</source>
        <translation></translation>
    </message>
    <message>
        <source>The manual grade could not be saved.</source>
        <translation></translation>
    </message>
    <message>
        <source>The customer no longer exists in this file.</source>
        <translation></translation>
    </message>
    <message>
        <source>There is no evaluation snapshot %1 in this file.</source>
        <translation></translation>
    </message>
    <message>
        <source>The manual grades of this file cannot be read.</source>
        <translation></translation>
    </message>
    <message>
        <source>The grade history of this customer cannot be read.</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>valuedesk::HierarchyConsistencyLabel</name>
    <message>
        <source>Overall consistency CR&lt;sub&gt;H&lt;/sub&gt; = %1 %2 %3 (RI: %4)</source>
        <translation></translation>
    </message>
    <message>
        <source>no criterion is weighted by judgements</source>
        <translation></translation>
    </message>
    <message numerus="yes">
        <source>all %n judged criteria pass</source>
        <translation>
            <numerusform>the %n judged criterion passes</numerusform>
            <numerusform>all %n judged criteria pass</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of %1 judged criteria fail: %2</source>
        <translation>
            <numerusform>%n of %1 judged criteria fails: %2</numerusform>
            <numerusform>%n of %1 judged criteria fail: %2</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;p&gt;Hierarchical consistency ratio of the whole model:&lt;/p&gt;&lt;p&gt;&lt;b&gt;CR&lt;sub&gt;H&lt;/sub&gt; = Σ g·CI / Σ g·RI&lt;/b&gt;&lt;/p&gt;&lt;p&gt;summed over the criteria weighted by a judgement matrix, where g is the criterion&apos;s global weight, CI its consistency index and RI the random index of the %1 table. Criteria with typed weights or with aggregated priorities (AIP) have no CI and are left out; those with two sub-items add nothing. With several evaluators (AIJ) the group matrix counts; each evaluator&apos;s own CR is shown in the pairwise editor.&lt;/p&gt;&lt;p&gt;The model passes when CR&lt;sub&gt;H&lt;/sub&gt; &amp;lt; %2 and the CR of every judged criterion is below %2 too.&lt;/p&gt;</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>valuedesk::HierarchyDiagram</name>
    <message>
        <source>%1
local weight %2 %, global weight %3 %</source>
        <translation></translation>
    </message>
    <message>
        <source>weight typed directly</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>valuedesk::ImportCommitter</name>
    <message>
        <source>Line %1: %2</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>valuedesk::ImportController</name>
    <message>
        <source>&amp;Import…</source>
        <translation></translation>
    </message>
    <message>
        <source>Import customers, transactions, interactions, survey scores or balances from a CSV or Excel file</source>
        <translation></translation>
    </message>
    <message>
        <source>Import</source>
        <translation></translation>
    </message>
    <message>
        <source>Spreadsheets and CSV files (*.xlsx *.csv *.txt);;All files (*)</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>valuedesk::ImportDialog</name>
    <message>
        <source>Import</source>
        <translation></translation>
    </message>
    <message>
        <source>File: %1</source>
        <translation></translation>
    </message>
    <message>
        <source>Detect automatically</source>
        <translation></translation>
    </message>
    <message>
        <source>Tab</source>
        <translation></translation>
    </message>
    <message>
        <source>Set all to: %1</source>
        <translation></translation>
    </message>
    <message>
        <source>Create customers for codes not yet in the file</source>
        <translation></translation>
    </message>
    <message>
        <source>Import &amp;as:</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Encoding:</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Separator:</source>
        <translation></translation>
    </message>
    <message>
        <source>S&amp;heet:</source>
        <translation></translation>
    </message>
    <message>
        <source>Customers already in the file:</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Check Rows…</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Save Report as CSV…</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation></translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation></translation>
    </message>
    <message>
        <source>Reading was cancelled.</source>
        <translation></translation>
    </message>
    <message>
        <source>First sheet</source>
        <translation></translation>
    </message>
    <message>
        <source>tab</source>
        <translation></translation>
    </message>
    <message numerus="yes">
        <source>%1 columns · encoding %2 · separator &quot;%3&quot; · about %n row(s)</source>
        <translation>
            <numerusform>%1 columns · encoding %2 · separator &quot;%3&quot; · about %n row</numerusform>
            <numerusform>%1 columns · encoding %2 · separator &quot;%3&quot; · about %n rows</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 columns · sheet &quot;%2&quot; · %n row(s)</source>
        <translation>
            <numerusform>%1 columns · sheet &quot;%2&quot; · %n row</numerusform>
            <numerusform>%1 columns · sheet &quot;%2&quot; · %n rows</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose a column for each required field: %1.</source>
        <translation></translation>
    </message>
    <message>
        <source>Checking rows…</source>
        <translation></translation>
    </message>
    <message>
        <source>The check was cancelled; nothing was imported.</source>
        <translation></translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) read.</source>
        <translation>
            <numerusform>%n row read.</numerusform>
            <numerusform>%n rows read.</numerusform>
        </translation>
    </message>
    <message>
        <source>All rows are fine.</source>
        <translation></translation>
    </message>
    <message numerus="yes">
        <source>%1 can be imported; %n row(s) have problems and will be left out (listed below with line, field and reason).</source>
        <translation>
            <numerusform>%1 can be imported; %n row has problems and will be left out (listed below with line, field and reason).</numerusform>
            <numerusform>%1 can be imported; %n rows have problems and will be left out (listed below with line, field and reason).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new customer(s) will be created for unknown codes.</source>
        <translation>
            <numerusform>%n new customer will be created for unknown codes.</numerusform>
            <numerusform>%n new customers will be created for unknown codes.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n customer(s) in this file are already in the customer file. Choose what to do with each:</source>
        <translation>
            <numerusform>%n customer in this file is already in the customer file. Choose what to do with it:</numerusform>
            <numerusform>%n customers in this file are already in the customer file. Choose what to do with each:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&amp;Import %n Row(s)</source>
        <translation>
            <numerusform>&amp;Import %n Row</numerusform>
            <numerusform>&amp;Import %n Rows</numerusform>
        </translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation></translation>
    </message>
    <message>
        <source>The import was cancelled; the customer file was not changed.</source>
        <translation></translation>
    </message>
    <message>
        <source>The import failed; the customer file was not changed.</source>
        <translation></translation>
    </message>
    <message>
        <source>-problems</source>
        <translation></translation>
    </message>
    <message>
        <source>Save Report</source>
        <translation></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation></translation>
    </message>
    <message>
        <source>The report could not be saved to %1.</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>valuedesk::ImportMappingModel</name>
    <message>
        <source>(do not import)</source>
        <translation></translation>
    </message>
    <message>
        <source>%1 (required)</source>
        <translation></translation>
    </message>
    <message>
        <source>Attribute &quot;%1&quot;</source>
        <translation></translation>
    </message>
    <message>
        <source>Column in the file</source>
        <translation></translation>
    </message>
    <message>
        <source>Sample values</source>
        <translation></translation>
    </message>
    <message>
        <source>Import as</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>valuedesk::ImportReport</name>
    <message>
        <source>Line</source>
        <translation></translation>
    </message>
    <message>
        <source>Field</source>
        <translation></translation>
    </message>
    <message>
        <source>Column</source>
        <translation></translation>
    </message>
    <message>
        <source>Value</source>
        <translation></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation></translation>
    </message>
    <message>
        <source>%1 (column &quot;%2&quot;)</source>
        <translation></translation>
    </message>
    <message>
        <source>Line %1, %2: %3</source>
        <translation></translation>
    </message>
    <message>
        <source>Line %1, %2: %3: &quot;%4&quot;</source>
        <translation></translation>
    </message>
    <message>
        <source>Import cancelled; the customer file was not changed.</source>
        <translation></translation>
    </message>
    <message>
        <source>Imported: %1 customers added, %2 updated, %3 skipped; %4 records added; %5 rows rejected.</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>valuedesk::ImportSchema</name>
    <message>
        <source>Customer code</source>
        <translation></translation>
    </message>
    <message>
        <source>Date</source>
        <translation></translation>
    </message>
    <message>
        <source>Name</source>
        <translation></translation>
    </message>
    <message>
        <source>Industry</source>
        <translation></translation>
    </message>
    <message>
        <source>Region</source>
        <translation></translation>
    </message>
    <message>
        <source>Account manager</source>
        <translation></translation>
    </message>
    <message>
        <source>Contact</source>
        <translation></translation>
    </message>
    <message>
        <source>Customer since</source>
        <translation></translation>
    </message>
    <message>
        <source>Status</source>
        <translation></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation></translation>
    </message>
    <message>
        <source>Customer name</source>
        <translation></translation>
    </message>
    <message>
        <source>Amount</source>
        <translation></translation>
    </message>
    <message>
        <source>Cost</source>
        <translation></translation>
    </message>
    <message>
        <source>Gross margin</source>
        <translation></translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation></translation>
    </message>
    <message>
        <source>Product</source>
        <translation></translation>
    </message>
    <message>
        <source>Category</source>
        <translation></translation>
    </message>
    <message>
        <source>Channel</source>
        <translation></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation></translation>
    </message>
    <message>
        <source>Note</source>
        <translation></translation>
    </message>
    <message>
        <source>Satisfaction</source>
        <translation></translation>
    </message>
    <message>
        <source>Loyalty</source>
        <translation></translation>
    </message>
    <message>
        <source>Trust</source>
        <translation></translation>
    </message>
    <message>
        <source>Other metric name</source>
        <translation></translation>
    </message>
    <message>
        <source>Other metric value</source>
        <translation></translation>
    </message>
    <message>
        <source>Balance</source>
        <translation></translation>
    </message>
    <message>
        <source>Customers</source>
        <translation></translation>
    </message>
    <message>
        <source>Transactions</source>
        <translation></translation>
    </message>
    <message>
        <source>Interactions</source>
        <translation></translation>
    </message>
    <message>
        <source>Survey scores</source>
        <translation></translation>
    </message>
    <message>
        <source>Balances</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>valuedesk::ImportSource</name>
    <message>
        <source>&quot;%1&quot; is an old Excel 97-2003 workbook. Save it as .xlsx or CSV in Excel and import that file.</source>
        <translation></translation>
    </message>
    <message>
        <source>Cannot open &quot;%1&quot;: %2</source>
        <translation></translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot be read as text: %2</source>
        <translation></translation>
    </message>
    <message>
        <source>&quot;%1&quot; has no header row.</source>
        <translation></translation>
    </message>
    <message>
        <source>Cannot read &quot;%1&quot;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; has a line longer than %L2 MB, more than a CSV line may hold. Is it really a CSV file?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is too large to import: it has %L2 MB, and ValueDesk imports CSV files of up to %L3 MB. Split it into smaller files and import each.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>valuedesk::ImportValidator</name>
    <message>
        <source>missing value</source>
        <translation></translation>
    </message>
    <message>
        <source>not a date (use e.g. 2024-05-25, 2024/5/25 or 2024年5月25日)</source>
        <translation></translation>
    </message>
    <message>
        <source>not an amount</source>
        <translation></translation>
    </message>
    <message>
        <source>not a number</source>
        <translation></translation>
    </message>
    <message>
        <source>unknown status (use active, prospect or lost, or 活跃/潜在/流失)</source>
        <translation></translation>
    </message>
    <message>
        <source>duplicate code (also on line %1 of this file)</source>
        <translation></translation>
    </message>
    <message>
        <source>unknown customer code (import the customer list first, or allow creating missing customers)</source>
        <translation></translation>
    </message>
    <message>
        <source>negative quantity</source>
        <translation></translation>
    </message>
    <message>
        <source>unknown interaction kind (use visit, call, complaint, referral, training, other, or 拜访/电话/投诉/推荐/培训/其他)</source>
        <translation></translation>
    </message>
    <message>
        <source>score outside 0–%1</source>
        <translation></translation>
    </message>
    <message>
        <source>the row has no score</source>
        <translation></translation>
    </message>
    <message>
        <source>amount beyond ±%1; ValueDesk accepts at most ±%1 per record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the cost it gives (amount − margin) is an %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>valuedesk::Interaction</name>
    <message>
        <source>Visit</source>
        <translation></translation>
    </message>
    <message>
        <source>Call</source>
        <translation></translation>
    </message>
    <message>
        <source>Complaint</source>
        <translation></translation>
    </message>
    <message>
        <source>Referral</source>
        <translation></translation>
    </message>
    <message>
        <source>Training</source>
        <translation></translation>
    </message>
    <message>
        <source>Other</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>valuedesk::KMeansScheme</name>
    <message>
        <source>expected a whole number from 0 to 4294967295.</source>
        <translation></translation>
    </message>
    <message>
        <source>expected an array of metric ids.</source>
        <translation></translation>
    </message>
    <message>
        <source>expected an array of names.</source>
        <translation></translation>
    </message>
    <message>
        <source>expected a string.</source>
        <translation></translation>
    </message>
    <message>
        <source>clustering needs an evaluation (a model) or a list of metrics.</source>
        <translation></translation>
    </message>
    <message>
        <source>The evaluation does not match the customers being classified.</source>
        <translation></translation>
    </message>
    <message>
        <source>k_min is larger than k_max.</source>
        <translation></translation>
    </message>
    <message>
        <source>%1 clusters cannot be formed from %2 customers.</source>
        <translation></translation>
    </message>
    <message>
        <source>Cluster %1</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>valuedesk::LoyaltyValueScheme</name>
    <message>
        <source>the value score needs an evaluation; evaluate with a model or choose a metric.</source>
        <translation></translation>
    </message>
    <message>
        <source>A: top</source>
        <translation></translation>
    </message>
    <message>
        <source>B: high value, low loyalty</source>
        <translation></translation>
    </message>
    <message>
        <source>C: high loyalty, low value</source>
        <translation></translation>
    </message>
    <message>
        <source>D: small</source>
        <translation></translation>
    </message>
    <message>
        <source>E: inactive</source>
        <translation></translation>
    </message>
    <message>
        <source>F: prospect</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>valuedesk::MainWindow</name>
    <message>
        <source>ValueDesk</source>
        <translation></translation>
    </message>
    <message>
        <source>The changes to %1 were not saved: %2</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Customer</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;New Customer…</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Delete Customer…</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Find Customer</source>
        <translation></translation>
    </message>
    <message>
        <source>System Default</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;About ValueDesk</source>
        <translation></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is open; choose another name for the new file.</source>
        <translation></translation>
    </message>
    <message>
        <source>The customer file could not be opened.</source>
        <translation></translation>
    </message>
    <message>
        <source>%1 — ValueDesk</source>
        <translation></translation>
    </message>
    <message numerus="yes">
        <source>%n customer(s)</source>
        <translation>
            <numerusform>%n customer</numerusform>
            <numerusform>%n customers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n customer(s) shown</source>
        <translation>
            <numerusform>%1 of %n customer shown</numerusform>
            <numerusform>%1 of %n customers shown</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose another file for the copy.</source>
        <translation></translation>
    </message>
    <message>
        <source>The copy could not be saved as &quot;%1&quot;.</source>
        <translation></translation>
    </message>
    <message>
        <source>Saved a copy to %1</source>
        <translation></translation>
    </message>
    <message>
        <source>Delete Customer</source>
        <translation></translation>
    </message>
    <message>
        <source>Delete %1 (%2) with all of its transactions, interactions, survey scores and balances? You can undo this with Edit ▸ Undo.</source>
        <translation></translation>
    </message>
    <message>
        <source>About ValueDesk</source>
        <translation></translation>
    </message>
    <message>
        <source>&lt;h3&gt;ValueDesk %1&lt;/h3&gt;&lt;p&gt;Customer value workbench for account managers: weigh value indicators, classify customers and plan what to do about each one.&lt;/p&gt;&lt;p&gt;客户价值工作台&lt;/p&gt;</source>
        <translation></translation>
    </message>
    <message>
        <source>Apply the changes to the customer&apos;s profile before closing?</source>
        <translation></translation>
    </message>
    <message>
        <source>Customers</source>
        <translation></translation>
    </message>
    <message>
        <source>Value model (AHP)</source>
        <translation></translation>
    </message>
    <message>
        <source>Apply Weights</source>
        <translation></translation>
    </message>
    <message>
        <source>Weights applied to the value model: save it to keep them as a new version, or undo.</source>
        <translation></translation>
    </message>
    <message>
        <source>Evaluation</source>
        <translation></translation>
    </message>
    <message>
        <source>Classes</source>
        <translation></translation>
    </message>
    <message>
        <source>Customer lifetime value</source>
        <translation></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is in use by %2; close it there first, or choose another name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try again when it has finished, or open the file read-only to look at it now (changes cannot be saved then).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Read-Only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (read-only) — ValueDesk</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>valuedesk::MetricCatalog</name>
    <message>
        <source>Metric “%1” needs a name after “%2”.</source>
        <translation></translation>
    </message>
    <message>
        <source>Unknown metric “%1”.</source>
        <translation></translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation></translation>
    </message>
    <message>
        <source>Gross profit</source>
        <translation></translation>
    </message>
    <message>
        <source>Profit margin</source>
        <translation></translation>
    </message>
    <message>
        <source>Number of orders</source>
        <translation></translation>
    </message>
    <message>
        <source>Average order value</source>
        <translation></translation>
    </message>
    <message>
        <source>Purchase frequency per month</source>
        <translation></translation>
    </message>
    <message>
        <source>Days since last purchase</source>
        <translation></translation>
    </message>
    <message>
        <source>Customer tenure (days)</source>
        <translation></translation>
    </message>
    <message>
        <source>Repurchase rate</source>
        <translation></translation>
    </message>
    <message>
        <source>Revenue growth</source>
        <translation></translation>
    </message>
    <message>
        <source>Latest balance</source>
        <translation></translation>
    </message>
    <message>
        <source>Average balance</source>
        <translation></translation>
    </message>
    <message>
        <source>Referrals</source>
        <translation></translation>
    </message>
    <message>
        <source>Complaints</source>
        <translation></translation>
    </message>
    <message>
        <source>Visits</source>
        <translation></translation>
    </message>
    <message>
        <source>Trainings</source>
        <translation></translation>
    </message>
    <message>
        <source>Satisfaction</source>
        <translation></translation>
    </message>
    <message>
        <source>Loyalty</source>
        <translation></translation>
    </message>
    <message>
        <source>Trust</source>
        <translation></translation>
    </message>
    <message>
        <source>Attribute: %1</source>
        <translation></translation>
    </message>
    <message>
        <source>Rating: %1</source>
        <translation></translation>
    </message>
    <message>
        <source>Sum of transaction amounts dated in the window; refunds (negative amounts) reduce it.</source>
        <translation></translation>
    </message>
    <message>
        <source>Sum of amount − cost over the window&apos;s transactions with a known cost; rows without a cost are left out (0 when there are none).</source>
        <translation></translation>
    </message>
    <message>
        <source>Gross profit ÷ revenue of the window&apos;s transactions with a known cost; missing when that revenue is ≤ 0.</source>
        <translation></translation>
    </message>
    <message>
        <source>Number of transactions dated in the window (refund rows included).</source>
        <translation></translation>
    </message>
    <message>
        <source>Revenue ÷ orders in the window; missing when there are no orders.</source>
        <translation></translation>
    </message>
    <message>
        <source>Orders in the window ÷ the window&apos;s length in months.</source>
        <translation></translation>
    </message>
    <message>
        <source>Days from the last transaction on or before the as-of date to the as-of date; missing when there is none.</source>
        <translation></translation>
    </message>
    <message>
        <source>Days from the customer&apos;s tenure start (or, when unknown, the first transaction) to the as-of date; missing when that date is unknown or after the as-of date.</source>
        <translation></translation>
    </message>
    <message>
        <source>Share of the calendar months after the month of the first purchase in the window (up to the as-of month) that have a purchase; missing when there is no purchase in the window or it falls in the as-of month.</source>
        <translation></translation>
    </message>
    <message>
        <source>(Revenue − previous window&apos;s revenue) ÷ previous window&apos;s revenue; missing when the previous revenue is ≤ 0.</source>
        <translation></translation>
    </message>
    <message>
        <source>The last balance dated on or before the as-of date; missing when there is none.</source>
        <translation></translation>
    </message>
    <message>
        <source>Mean of the balances dated in the window; missing when there are none.</source>
        <translation></translation>
    </message>
    <message>
        <source>Number of referral interactions dated in the window.</source>
        <translation></translation>
    </message>
    <message>
        <source>Number of complaint interactions dated in the window.</source>
        <translation></translation>
    </message>
    <message>
        <source>Number of visit interactions dated in the window.</source>
        <translation></translation>
    </message>
    <message>
        <source>Number of training interactions dated in the window.</source>
        <translation></translation>
    </message>
    <message>
        <source>Mean satisfaction score of the surveys dated in the window; missing when there are none.</source>
        <translation></translation>
    </message>
    <message>
        <source>Mean loyalty score of the surveys dated in the window; missing when there are none.</source>
        <translation></translation>
    </message>
    <message>
        <source>Mean trust score of the surveys dated in the window; missing when there are none.</source>
        <translation></translation>
    </message>
    <message>
        <source>The customer attribute “%1” read as a number; missing when absent or not numeric.</source>
        <translation></translation>
    </message>
    <message>
        <source>The account manager&apos;s 1–5 rating “%1”; missing when not rated.</source>
        <translation></translation>
    </message>
    <message>
        <source>Unknown direction “%1” (expected “higher” or “lower”).</source>
        <translation></translation>
    </message>
    <message>
        <source>Customer lifetime value (BG/NBD)</source>
        <translation></translation>
    </message>
    <message>
        <source>Probability alive (BG/NBD)</source>
        <translation></translation>
    </message>
    <message>
        <source>Expected discounted spend over the next 52 weeks: BG/NBD and Gamma-Gamma fitted on every customer&apos;s purchase days up to the as-of date (in weeks), 1 % discount per month, margin 100 %; missing when the customer had not bought by then or the models cannot be fitted.</source>
        <translation></translation>
    </message>
    <message>
        <source>Probability that the customer is still active (BG/NBD fitted on every customer&apos;s purchase days up to the as-of date, in weeks); missing when the customer had not bought by then or the model cannot be fitted.</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>valuedesk::MonthlyRollup</name>
    <message>
        <source>The monthly totals could not be updated.</source>
        <translation></translation>
    </message>
    <message>
        <source>The monthly totals cannot be read.</source>
        <translation></translation>
    </message>
    <message>
        <source>The monthly totals of customer %1 in the customer file (customer_months) are damaged: they hold a value that is not a number, or a total that the new records would push beyond what ValueDesk can compute exactly. The records were not saved; open a backup copy of the file.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>valuedesk::NewCustomerDialog</name>
    <message>
        <source>New Customer</source>
        <translation></translation>
    </message>
    <message>
        <source>Customer &amp;code:</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Industry:</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Region:</source>
        <translation></translation>
    </message>
    <message>
        <source>Account &amp;manager:</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>valuedesk::PairwiseEditor</name>
    <message>
        <source>Group result</source>
        <translation></translation>
    </message>
    <message>
        <source>Judgements</source>
        <translation></translation>
    </message>
    <message>
        <source>“%1” is an indicator</source>
        <translation></translation>
    </message>
    <message>
        <source>Select a criterion with sub-items to compare them.</source>
        <translation></translation>
    </message>
    <message>
        <source>Open or create a value model.</source>
        <translation></translation>
    </message>
    <message>
        <source>Under “%1”</source>
        <translation></translation>
    </message>
    <message>
        <source>A weight must be zero or a positive number.</source>
        <translation></translation>
    </message>
    <message>
        <source>Auto-repair</source>
        <translation></translation>
    </message>
    <message>
        <source>“%1” vs “%2”: %3 → %4</source>
        <translation></translation>
    </message>
    <message>
        <source>No change of a single judgement lowers CR.</source>
        <translation></translation>
    </message>
    <message numerus="yes">
        <source>Change %n judgement(s) to bring CR from %1 to %2?</source>
        <translation>
            <numerusform>Change %n judgement to bring CR from %1 to %2?</numerusform>
            <numerusform>Change %n judgements to bring CR from %1 to %2?</numerusform>
        </translation>
    </message>
    <message>
        <source>This still does not reach the threshold.</source>
        <translation></translation>
    </message>
    <message>
        <source>Apply</source>
        <translation></translation>
    </message>
    <message>
        <source>Add Evaluator</source>
        <translation></translation>
    </message>
    <message>
        <source>Name of the evaluator:</source>
        <translation></translation>
    </message>
    <message>
        <source>%1 is already an evaluator.</source>
        <translation></translation>
    </message>
    <message>
        <source>Evaluator 1</source>
        <translation></translation>
    </message>
    <message>
        <source>Evaluator %1</source>
        <translation></translation>
    </message>
    <message>
        <source>Rename Evaluator</source>
        <translation></translation>
    </message>
    <message>
        <source>New name:</source>
        <translation></translation>
    </message>
    <message>
        <source>Remove Evaluator</source>
        <translation></translation>
    </message>
    <message>
        <source>Remove %1 and all of their judgements? You can undo this.</source>
        <translation></translation>
    </message>
    <message>
        <source>Matrix</source>
        <translation></translation>
    </message>
    <message>
        <source>Edit the upper triangle; the lower fills with reciprocals</source>
        <translation></translation>
    </message>
    <message>
        <source>Questionnaire</source>
        <translation></translation>
    </message>
    <message>
        <source>One pair per row with a slider, as in an AHP survey</source>
        <translation></translation>
    </message>
    <message>
        <source>Evaluator:</source>
        <translation></translation>
    </message>
    <message>
        <source>Add…</source>
        <translation></translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation></translation>
    </message>
    <message>
        <source>These weights are typed directly, not derived from judgements. They are normalised to sum to 100 %.</source>
        <translation></translation>
    </message>
    <message>
        <source>Criterion</source>
        <translation></translation>
    </message>
    <message>
        <source>Typed weight</source>
        <translation></translation>
    </message>
    <message>
        <source>Share</source>
        <translation></translation>
    </message>
    <message>
        <source>AIP: the group has no judgement matrix. Its weights below combine each evaluator&apos;s priorities; choose an evaluator to see or edit their judgements.</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>valuedesk::PairwiseMatrixModel</name>
    <message>
        <source>inferred: %1</source>
        <translation></translation>
    </message>
    <message>
        <source>Revisit this judgement: %1 would give CR %2</source>
        <translation></translation>
    </message>
    <message>
        <source>Not judged yet: type a value such as 3 or 1/3</source>
        <translation></translation>
    </message>
    <message>
        <source>“%1” is not a judgement: type a value such as 3, 1/3 or 0.5.</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>valuedesk::PairwiseQuestionModel</name>
    <message>
        <source>%1: %2</source>
        <translation></translation>
    </message>
    <message>
        <source>not judged</source>
        <translation></translation>
    </message>
    <message>
        <source>A</source>
        <translation></translation>
    </message>
    <message>
        <source>A ◀ 9 … 1 … 9 ▶ B</source>
        <translation></translation>
    </message>
    <message>
        <source>B</source>
        <translation></translation>
    </message>
    <message>
        <source>Meaning</source>
        <translation></translation>
    </message>
    <message>
        <source>not judged yet: move the slider</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>valuedesk::ParetoChart</name>
    <message numerus="yes">
        <source>%n customer(s), ranked by %1</source>
        <translation>
            <numerusform>%n customer, ranked by %1</numerusform>
            <numerusform>%n customers, ranked by %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n customer(s), ranked by %1, in %2 groups</source>
        <translation>
            <numerusform>%n customer, ranked by %1, in %2 groups</numerusform>
            <numerusform>%n customers, ranked by %1, in %2 groups</numerusform>
        </translation>
    </message>
    <message>
        <source>Share of the total per customer</source>
        <translation></translation>
    </message>
    <message>
        <source>Share of the total</source>
        <translation></translation>
    </message>
    <message>
        <source>Cumulative share</source>
        <translation></translation>
    </message>
    <message>
        <source>Customers</source>
        <translation></translation>
    </message>
    <message>
        <source>Cut-off %1 %</source>
        <translation></translation>
    </message>
    <message>
        <source>%1 % reference</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>valuedesk::ProbabilisticClv</name>
    <message>
        <source>The CLV horizon must be a positive length of time.</source>
        <translation></translation>
    </message>
    <message>
        <source>The discount rate must be greater than −100 %.</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>valuedesk::PurchaseHistoryReader</name>
    <message>
        <source>Cannot read the transactions.</source>
        <translation></translation>
    </message>
    <message>
        <source>Customer %1 has a transaction with an unreadable date.</source>
        <translation></translation>
    </message>
    <message>
        <source>&quot;%1&quot; has no column for: %2.</source>
        <translation></translation>
    </message>
    <message>
        <source>Line %1 of &quot;%2&quot; has no customer, or an unreadable date or amount.</source>
        <translation></translation>
    </message>
    <message>
        <source>Line %1 of &quot;%2&quot; has an amount beyond ±%3; ValueDesk accepts at most ±%3 per record.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>valuedesk::PyramidScheme</name>
    <message>
        <source>expected three shares (top, important, ordinary), e.g. [0.01, 0.04, 0.15].</source>
        <translation></translation>
    </message>
    <message>
        <source>expected a share from 0 to 1.</source>
        <translation></translation>
    </message>
    <message>
        <source>the value score needs an evaluation; evaluate with a model or choose a metric.</source>
        <translation></translation>
    </message>
    <message>
        <source>a share is negative.</source>
        <translation></translation>
    </message>
    <message>
        <source>the shares add up to more than 1.</source>
        <translation></translation>
    </message>
    <message>
        <source>Top</source>
        <translation></translation>
    </message>
    <message>
        <source>Important</source>
        <translation></translation>
    </message>
    <message>
        <source>Ordinary</source>
        <translation></translation>
    </message>
    <message>
        <source>Small</source>
        <translation></translation>
    </message>
    <message>
        <source>Potential</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>valuedesk::QuadrantChart</name>
    <message>
        <source>Potential value</source>
        <translation></translation>
    </message>
    <message>
        <source>Current value</source>
        <translation></translation>
    </message>
    <message>
        <source>Other</source>
        <translation></translation>
    </message>
    <message>
        <source>Manual override</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>valuedesk::QuadrantChartView</name>
    <message>
        <source>Customer %1
Potential value: %2
Current value: %3
Revenue: %4</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>valuedesk::QuadrantOverrideDialog</name>
    <message>
        <source>Withdraw Manual Quadrant</source>
        <translation></translation>
    </message>
    <message>
        <source>Set Quadrant by Hand</source>
        <translation></translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation></translation>
    </message>
    <message>
        <source>Why the evaluation&apos;s quadrant applies again</source>
        <translation></translation>
    </message>
    <message>
        <source>Why this customer belongs in another quadrant, e.g. a signed framework contract</source>
        <translation></translation>
    </message>
    <message>
        <source>%1 goes back to the evaluated quadrant: %2.</source>
        <translation></translation>
    </message>
    <message>
        <source>The evaluation put %1 in: %2. The manual quadrant, your reason, name and the date are kept in the customer&apos;s grade history.</source>
        <translation></translation>
    </message>
    <message>
        <source>Quadrant:</source>
        <translation></translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>valuedesk::QuadrantSummaryModel</name>
    <message>
        <source>All shown</source>
        <translation></translation>
    </message>
    <message>
        <source>Quadrant</source>
        <translation></translation>
    </message>
    <message>
        <source>Customers</source>
        <translation></translation>
    </message>
    <message>
        <source>Share</source>
        <translation></translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation></translation>
    </message>
    <message>
        <source>Revenue share</source>
        <translation></translation>
    </message>
    <message>
        <source>Avg current</source>
        <translation></translation>
    </message>
    <message>
        <source>Avg potential</source>
        <translation></translation>
    </message>
    <message>
        <source>Avg total</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>valuedesk::RecordEditDialog</name>
    <message>
        <source>Enter the %1.</source>
        <translation></translation>
    </message>
    <message>
        <source>The %1 &quot;%2&quot; is not an amount.</source>
        <translation></translation>
    </message>
    <message>
        <source>The %1 &quot;%2&quot; is not a number.</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Amount:</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Cost:</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Quantity:</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Product:</source>
        <translation></translation>
    </message>
    <message>
        <source>Ca&amp;tegory:</source>
        <translation></translation>
    </message>
    <message>
        <source>C&amp;hannel:</source>
        <translation></translation>
    </message>
    <message>
        <source>Add transaction</source>
        <translation></translation>
    </message>
    <message>
        <source>Edit transaction</source>
        <translation></translation>
    </message>
    <message>
        <source>amount</source>
        <translation></translation>
    </message>
    <message>
        <source>cost</source>
        <translation></translation>
    </message>
    <message>
        <source>quantity</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation></translation>
    </message>
    <message>
        <source>Add interaction</source>
        <translation></translation>
    </message>
    <message>
        <source>Edit interaction</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Satisfaction:</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Loyalty:</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Trust:</source>
        <translation></translation>
    </message>
    <message>
        <source>Other &amp;metric:</source>
        <translation></translation>
    </message>
    <message>
        <source>Metric &amp;value:</source>
        <translation></translation>
    </message>
    <message>
        <source>Add survey score</source>
        <translation></translation>
    </message>
    <message>
        <source>Edit survey score</source>
        <translation></translation>
    </message>
    <message>
        <source>satisfaction</source>
        <translation></translation>
    </message>
    <message>
        <source>loyalty</source>
        <translation></translation>
    </message>
    <message>
        <source>trust</source>
        <translation></translation>
    </message>
    <message>
        <source>metric value</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Balance:</source>
        <translation></translation>
    </message>
    <message>
        <source>Add balance</source>
        <translation></translation>
    </message>
    <message>
        <source>Edit balance</source>
        <translation></translation>
    </message>
    <message>
        <source>balance</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>valuedesk::RecordPanel</name>
    <message>
        <source>Delete record</source>
        <translation></translation>
    </message>
    <message>
        <source>Delete the selected record? You can undo this.</source>
        <translation></translation>
    </message>
    <message>
        <source>ValueDesk</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>valuedesk::RecordRepository</name>
    <message>
        <source>The record no longer exists in this file.</source>
        <translation></translation>
    </message>
    <message>
        <source>The records could not be saved.</source>
        <translation></translation>
    </message>
    <message>
        <source>The %1 %2 is beyond ±%3; ValueDesk accepts at most ±%3 per record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>amount</source>
        <translation></translation>
    </message>
    <message>
        <source>cost</source>
        <translation></translation>
    </message>
    <message>
        <source>balance</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>valuedesk::RecordTableModel</name>
    <message>
        <source>Date</source>
        <translation></translation>
    </message>
    <message>
        <source>Amount</source>
        <translation></translation>
    </message>
    <message>
        <source>Cost</source>
        <translation></translation>
    </message>
    <message>
        <source>Gross margin</source>
        <translation></translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation></translation>
    </message>
    <message>
        <source>Product</source>
        <translation></translation>
    </message>
    <message>
        <source>Category</source>
        <translation></translation>
    </message>
    <message>
        <source>Channel</source>
        <translation></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation></translation>
    </message>
    <message>
        <source>Note</source>
        <translation></translation>
    </message>
    <message>
        <source>Satisfaction</source>
        <translation></translation>
    </message>
    <message>
        <source>Loyalty</source>
        <translation></translation>
    </message>
    <message>
        <source>Trust</source>
        <translation></translation>
    </message>
    <message>
        <source>Other metric</source>
        <translation></translation>
    </message>
    <message>
        <source>Value</source>
        <translation></translation>
    </message>
    <message>
        <source>Balance</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>valuedesk::RfmHeatmapModel</name>
    <message numerus="yes">
        <source>%n customer(s)
avg %1</source>
        <translation>
            <numerusform>%n customer
avg %1</numerusform>
            <numerusform>%n customers
avg %1</numerusform>
        </translation>
    </message>
    <message>
        <source>No customer with R = %1, F = %2</source>
        <translation></translation>
    </message>
    <message numerus="yes">
        <source>R = %1, F = %2: %n customer(s), average monetary value %3</source>
        <translation>
            <numerusform>R = %1, F = %2: %n customer, average monetary value %3</numerusform>
            <numerusform>R = %1, F = %2: %n customers, average monetary value %3</numerusform>
        </translation>
    </message>
    <message>
        <source>F = %1</source>
        <translation></translation>
    </message>
    <message>
        <source>R = %1</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>valuedesk::RfmScheme</name>
    <message>
        <source>Important value</source>
        <translation></translation>
    </message>
    <message>
        <source>Important development</source>
        <translation></translation>
    </message>
    <message>
        <source>Important retention</source>
        <translation></translation>
    </message>
    <message>
        <source>Important win-back</source>
        <translation></translation>
    </message>
    <message>
        <source>General value</source>
        <translation></translation>
    </message>
    <message>
        <source>General development</source>
        <translation></translation>
    </message>
    <message>
        <source>General retention</source>
        <translation></translation>
    </message>
    <message>
        <source>General win-back</source>
        <translation></translation>
    </message>
    <message>
        <source>The RFM classification could not run: the customers and their data do not match.</source>
        <translation></translation>
    </message>
    <message>
        <source>RFM thresholds must be four increasing numbers per dimension.</source>
        <translation></translation>
    </message>
    <message>
        <source>Give one name per class (%1 classes, %2 names).</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>valuedesk::SchemeOptionsForm</name>
    <message>
        <source>Rank by</source>
        <translation></translation>
    </message>
    <message>
        <source>Classes by</source>
        <translation></translation>
    </message>
    <message>
        <source>Cumulative-share cut-offs (%)</source>
        <translation></translation>
    </message>
    <message>
        <source>Customer-count shares (%)</source>
        <translation></translation>
    </message>
    <message>
        <source>Class names</source>
        <translation></translation>
    </message>
    <message>
        <source>Segment names</source>
        <translation></translation>
    </message>
    <message>
        <source>Monetary</source>
        <translation></translation>
    </message>
    <message>
        <source>Segments compare</source>
        <translation></translation>
    </message>
    <message>
        <source>Score thresholds</source>
        <translation></translation>
    </message>
    <message>
        <source>Clusters (0 = suggest)</source>
        <translation></translation>
    </message>
    <message>
        <source>JSON, e.g. a list of objects or null</source>
        <translation></translation>
    </message>
    <message>
        <source>“%1” is not valid.</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>valuedesk::SchemeUtil</name>
    <message>
        <source>The classification input is inconsistent.</source>
        <translation></translation>
    </message>
    <message>
        <source>The evaluation does not match the customers being classified.</source>
        <translation></translation>
    </message>
    <message>
        <source>expected &quot;mean&quot;, &quot;median&quot; or a number.</source>
        <translation></translation>
    </message>
    <message>
        <source>Option &quot;%1&quot; of the %2 scheme: %3</source>
        <translation></translation>
    </message>
    <message>
        <source>unknown option.</source>
        <translation></translation>
    </message>
    <message>
        <source>expected a metric id.</source>
        <translation></translation>
    </message>
    <message>
        <source>expected a number.</source>
        <translation></translation>
    </message>
    <message>
        <source>expected a whole number from %1 to %2.</source>
        <translation></translation>
    </message>
    <message>
        <source>expected true or false.</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>valuedesk::ScoreExplanation</name>
    <message>
        <source>There is no customer %1 in this evaluation.</source>
        <translation></translation>
    </message>
    <message>
        <source>The evaluation is incomplete and cannot be explained.</source>
        <translation></translation>
    </message>
    <message>
        <source>mean of all customers</source>
        <translation></translation>
    </message>
    <message>
        <source>median of all customers</source>
        <translation></translation>
    </message>
    <message>
        <source>fixed threshold</source>
        <translation></translation>
    </message>
    <message>
        <source>high value – high potential</source>
        <translation></translation>
    </message>
    <message>
        <source>high value – low potential</source>
        <translation></translation>
    </message>
    <message>
        <source>low value – high potential</source>
        <translation></translation>
    </message>
    <message>
        <source>low value – low potential</source>
        <translation></translation>
    </message>
    <message>
        <source>data</source>
        <translation></translation>
    </message>
    <message>
        <source>missing → 0</source>
        <translation></translation>
    </message>
    <message>
        <source>missing → column mean</source>
        <translation></translation>
    </message>
    <message>
        <source>missing → excluded</source>
        <translation></translation>
    </message>
    <message>
        <source>Current value %1 is above the threshold %2 (%3)</source>
        <translation></translation>
    </message>
    <message>
        <source>Current value %1 is at or below the threshold %2 (%3)</source>
        <translation></translation>
    </message>
    <message>
        <source>potential value %1 is above the threshold %2</source>
        <translation></translation>
    </message>
    <message>
        <source>potential value %1 is at or below the threshold %2</source>
        <translation></translation>
    </message>
    <message>
        <source>%1 and %2, so the customer is %3 (%4).</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>valuedesk::SensitivityAnalysis</name>
    <message>
        <source>The evaluation cannot be re-scored.</source>
        <translation></translation>
    </message>
    <message>
        <source>Choose a criterion or indicator below the goal.</source>
        <translation></translation>
    </message>
    <message>
        <source>The weight change is not a number.</source>
        <translation></translation>
    </message>
    <message>
        <source>The model does not match the analysed hierarchy.</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>valuedesk::SensitivityPanel</name>
    <message>
        <source>Run an evaluation to try other weights.</source>
        <translation></translation>
    </message>
    <message>
        <source>%1: %2 → %3</source>
        <translation></translation>
    </message>
    <message>
        <source>“%1” has no siblings: its weight within its parent is always 100 %.</source>
        <translation></translation>
    </message>
    <message>
        <source>(limited to 0 … 100 %)</source>
        <translation></translation>
    </message>
    <message numerus="yes">
        <source>%n customer(s) change quadrant</source>
        <translation>
            <numerusform>%n customer change quadrant</numerusform>
            <numerusform>%n customers change quadrant</numerusform>
        </translation>
    </message>
    <message>
        <source>Top-%1 keeps %2 of %1</source>
        <translation></translation>
    </message>
    <message>
        <source>Apply weights</source>
        <translation></translation>
    </message>
    <message>
        <source>Weight of:</source>
        <translation></translation>
    </message>
    <message>
        <source>Change the weight by −50 % … +50 %; the other items under the same parent are rescaled so the weights still add up to 100 %</source>
        <translation></translation>
    </message>
    <message>
        <source>Quadrant before (rows) and after (columns):</source>
        <translation></translation>
    </message>
    <message>
        <source>Largest rank changes by total value:</source>
        <translation></translation>
    </message>
    <message>
        <source>Reset</source>
        <translation></translation>
    </message>
    <message>
        <source>Apply to model…</source>
        <translation></translation>
    </message>
    <message>
        <source>Save the model with these weights (the parent&apos;s weights become directly typed weights)</source>
        <translation></translation>
    </message>
    <message>
        <source>Code</source>
        <translation></translation>
    </message>
    <message>
        <source>Name</source>
        <translation></translation>
    </message>
    <message>
        <source>Rank before</source>
        <translation></translation>
    </message>
    <message>
        <source>Rank after</source>
        <translation></translation>
    </message>
    <message>
        <source>Change</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>valuedesk::SnapshotBar</name>
    <message>
        <source>Delete Snapshot</source>
        <translation></translation>
    </message>
    <message>
        <source>Delete the evaluation of %1? Manual quadrants stay in the customers&apos; grade history.</source>
        <translation></translation>
    </message>
    <message>
        <source>%1 · %2 v%3 · %4 months to %5</source>
        <translation></translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation></translation>
    </message>
    <message>
        <source>No evaluation shown: choose a model and press Evaluate, or open a stored one.</source>
        <translation></translation>
    </message>
    <message numerus="yes">
        <source>%n customer(s) · thresholds: current %1, potential %2</source>
        <translation>
            <numerusform>%n customer · thresholds: current %1, potential %2</numerusform>
            <numerusform>%n customers · thresholds: current %1, potential %2</numerusform>
        </translation>
    </message>
    <message>
        <source>by %1</source>
        <translation></translation>
    </message>
    <message>
        <source>not saved</source>
        <translation></translation>
    </message>
    <message>
        <source>Evaluation:</source>
        <translation></translation>
    </message>
    <message>
        <source>Save</source>
        <translation></translation>
    </message>
    <message>
        <source>Store this evaluation (e.g. after moving a split line) as a dated snapshot</source>
        <translation></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation></translation>
    </message>
    <message>
        <source>Delete the stored evaluation shown</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>valuedesk::SnapshotRepository</name>
    <message>
        <source>The evaluation could not be saved as a snapshot.</source>
        <translation></translation>
    </message>
    <message>
        <source>The evaluation could not be saved as a snapshot: its rows do not match its customers.</source>
        <translation></translation>
    </message>
    <message>
        <source>There is no evaluation snapshot %1 in this file.</source>
        <translation></translation>
    </message>
    <message>
        <source>The evaluation snapshots of this file cannot be read.</source>
        <translation></translation>
    </message>
    <message>
        <source>The evaluation snapshot %1 is damaged in this file and cannot be read.</source>
        <translation></translation>
    </message>
    <message>
        <source>The evaluation snapshot %1 cannot be read from this file.</source>
        <translation></translation>
    </message>
    <message>
        <source>The evaluation snapshot %1 is damaged in this file: the values of customer %2 have the wrong length.</source>
        <translation></translation>
    </message>
    <message>
        <source>The evaluation snapshot %1 could not be deleted.</source>
        <translation></translation>
    </message>
    <message>
        <source>The label of evaluation snapshot %1 could not be changed.</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>valuedesk::StoredData</name>
    <message>
        <source>The customer file holds an invalid date in %1 for customer %2. Correct that record (dates are yyyy-MM-dd) and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The customer file holds an amount beyond ±%1 (or a total its records cannot add up to) in %2 for customer %3. Amounts are limited to ±%1 per record; correct that customer&apos;s records and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The amounts of customer %1 add up to more than ValueDesk can compute exactly.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The amounts in the customer file add up to more than ValueDesk can compute exactly.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>valuedesk::TextDecoder</name>
    <message>
        <source>The file is not valid UTF-8: invalid bytes at offset %1.</source>
        <translation></translation>
    </message>
    <message>
        <source>GB18030/GBK text cannot be decoded by this build of the application.</source>
        <translation></translation>
    </message>
    <message>
        <source>The file is not valid GB18030/GBK: invalid bytes at offset %1.</source>
        <translation></translation>
    </message>
    <message>
        <source>The file&apos;s encoding was not recognised: it is neither UTF-8 nor GB18030/GBK (invalid bytes at offset %1). Save it as UTF-8 and import it again.</source>
        <translation></translation>
    </message>
    <message>
        <source>The file starts with a %1 byte order mark but is not valid %1.</source>
        <translation></translation>
    </message>
    <message>
        <source>Unknown text encoding.</source>
        <translation></translation>
    </message>
    <message>
        <source>Unknown encoding &quot;%1&quot;. Accepted names: auto, utf-8 (utf8), gbk, gb18030, gb2312.</source>
        <translation></translation>
    </message>
    <message>
        <source>The file looks like %1 text without a byte order mark, but it is not valid %1. Supported encodings: UTF-8, UTF-16 (with or without a byte order mark) and GBK/GB18030; save the file as UTF-8 and import it again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>valuedesk::TierScheme</name>
    <message>
        <source>Quality</source>
        <translation></translation>
    </message>
    <message>
        <source>Key</source>
        <translation></translation>
    </message>
    <message>
        <source>VIP</source>
        <translation></translation>
    </message>
    <message>
        <source>Base</source>
        <translation></translation>
    </message>
    <message>
        <source>expected an array of tiers.</source>
        <translation></translation>
    </message>
    <message>
        <source>expected an object.</source>
        <translation></translation>
    </message>
    <message>
        <source>expected a string.</source>
        <translation></translation>
    </message>
    <message>
        <source>expected null or an object.</source>
        <translation></translation>
    </message>
    <message>
        <source>no tier given.</source>
        <translation></translation>
    </message>
    <message>
        <source>lower bounds must be strictly ascending.</source>
        <translation></translation>
    </message>
    <message>
        <source>the id &quot;%1&quot; is used twice.</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>valuedesk::UserName</name>
    <message>
        <source>unknown</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>valuedesk::ValueScorer</name>
    <message>
        <source>The model has no indicators to score.</source>
        <translation></translation>
    </message>
    <message>
        <source>The indicator values do not match the model&apos;s indicators.</source>
        <translation></translation>
    </message>
    <message>
        <source>The model&apos;s hierarchy is malformed.</source>
        <translation></translation>
    </message>
    <message>
        <source>The model has no top-level criterion for the current or potential value axis.</source>
        <translation></translation>
    </message>
    <message>
        <source>High value, high potential</source>
        <translation></translation>
    </message>
    <message>
        <source>High value, low potential</source>
        <translation></translation>
    </message>
    <message>
        <source>Low value, high potential</source>
        <translation></translation>
    </message>
    <message>
        <source>Low value, low potential</source>
        <translation></translation>
    </message>
    <message>
        <source>Keep and develop</source>
        <translation></translation>
    </message>
    <message>
        <source>Maintain</source>
        <translation></translation>
    </message>
    <message>
        <source>Cultivate</source>
        <translation></translation>
    </message>
    <message>
        <source>Control investment</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>valuedesk::XlsxReader</name>
    <message>
        <source>Cannot open &quot;%1&quot;: %2.</source>
        <translation></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an Excel workbook (.xlsx), or it is damaged: it cannot be read as a ZIP archive.</source>
        <translation></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an Excel workbook (.xlsx): it has no workbook part (%2).</source>
        <translation></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is damaged: its part %2 cannot be read.</source>
        <translation></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is damaged: its part %2 is missing.</source>
        <translation></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is damaged: its part %2 contains invalid data.</source>
        <translation></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is damaged: its part %2 is not valid XML.</source>
        <translation></translation>
    </message>
    <message>
        <source>&quot;%1&quot; contains no sheets.</source>
        <translation></translation>
    </message>
    <message>
        <source>&quot;%1&quot; has no sheet named &quot;%2&quot;. Available sheets: %3.</source>
        <translation></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is too large to import: its part %2 unpacks to more than %L3 MB, and ValueDesk reads at most %L3 MB of it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot;: shared string %L2 in part %3 holds more than %L4 characters; a cell may hold at most %L4 (Excel&apos;s own limit).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot;: cell %2 of sheet &quot;%3&quot; lies beyond column %4, and ValueDesk reads at most %L5 columns. Delete the columns after %4 and import again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot;: cell %2 of sheet &quot;%3&quot; holds %L4 characters; a cell may hold at most %L5 (Excel&apos;s own limit).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot;: sheet &quot;%2&quot; is too large to import: by row %L3 it has more than %L4 filled cells.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot;: sheet &quot;%2&quot; is too large to import: by row %L3 it has more than %L4 empty cells between filled ones. Delete the unused columns and import again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot;: sheet &quot;%2&quot; has more than %L3 data rows (row %L4 is one too many).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
