<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>CustomerProfileForm</name>
    <message>
        <source>Customer &amp;code:</source>
        <translation />
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation />
    </message>
    <message>
        <source>&amp;Industry:</source>
        <translation />
    </message>
    <message>
        <source>&amp;Region:</source>
        <translation />
    </message>
    <message>
        <source>Account &amp;manager:</source>
        <translation />
    </message>
    <message>
        <source>C&amp;ontact:</source>
        <translation />
    </message>
    <message>
        <source>Customer &amp;since:</source>
        <translation />
    </message>
    <message>
        <source>yyyy-MM-dd</source>
        <translation />
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation />
    </message>
    <message>
        <source>No&amp;tes:</source>
        <translation />
    </message>
    <message>
        <source>Attributes (your own fields):</source>
        <translation />
    </message>
    <message>
        <source>Add</source>
        <translation />
    </message>
    <message>
        <source>Remove</source>
        <translation />
    </message>
    <message>
        <source>&amp;Revert</source>
        <translation />
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation />
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Customer value workbench</source>
        <translation />
    </message>
    <message>
        <source>Customer file (.vdb) to open</source>
        <translation />
    </message>
</context>
<context>
    <name>valuedesk::AbcScheme</name>
    <message>
        <source>A: important</source>
        <translation />
    </message>
    <message>
        <source>B: medium</source>
        <translation />
    </message>
    <message>
        <source>C: general</source>
        <translation />
    </message>
    <message>
        <source>D: low value</source>
        <translation />
    </message>
    <message>
        <source>A: key customers</source>
        <translation />
    </message>
    <message>
        <source>B: major customers</source>
        <translation />
    </message>
    <message>
        <source>C: ordinary customers</source>
        <translation />
    </message>
    <message>
        <source>The ABC classification could not run: the customers and their data do not match.</source>
        <translation />
    </message>
    <message>
        <source>ABC by value score needs an evaluation of the same customers; choose an AHP model.</source>
        <translation />
    </message>
    <message>
        <source>The customer-count shares must be three or four percentages that add up to 100 (given: %1).</source>
        <translation />
    </message>
    <message>
        <source>The ABC cut-offs must be two or three increasing percentages above 0 and up to 100 (given: %1).</source>
        <translation />
    </message>
    <message>
        <source>Give one name per class (%1 classes, %2 names).</source>
        <translation />
    </message>
</context>
<context>
    <name>valuedesk::AhpCommands</name>
    <message>
        <source>Judge “%1” against “%2”: %3</source>
        <translation />
    </message>
    <message>
        <source>Clear the judgement of “%1” against “%2”</source>
        <translation />
    </message>
    <message>
        <source>Rename “%1” to “%2”</source>
        <translation />
    </message>
    <message>
        <source>Bind “%1” to %2</source>
        <translation />
    </message>
    <message>
        <source>Change the model settings</source>
        <translation />
    </message>
    <message>
        <source>Type the weights under “%1”</source>
        <translation />
    </message>
    <message>
        <source>Type the weights under “%1” directly</source>
        <translation />
    </message>
    <message>
        <source>Use judgements under “%1”</source>
        <translation />
    </message>
    <message>
        <source>Add evaluator %1</source>
        <translation />
    </message>
    <message>
        <source>Remove evaluator %1</source>
        <translation />
    </message>
    <message>
        <source>Rename evaluator %1 to %2</source>
        <translation />
    </message>
    <message>
        <source>Add “%1”</source>
        <translation />
    </message>
    <message>
        <source>Delete “%1”</source>
        <translation />
    </message>
    <message>
        <source>Move “%1”</source>
        <translation />
    </message>
    <message numerus="yes">
        <source>Repair the judgements under “%1” (%n change(s))</source>
        <translation>
            <numerusform>Repair the judgements under “%1” (%n change)</numerusform><numerusform>Repair the judgements under “%1” (%n changes)</numerusform></translation>
    </message>
    <message>
        <source>Voting weight of %1 under “%2”: %3</source>
        <translation />
    </message>
    <message>
        <source>Aggregate the priorities under “%1” (AIP)</source>
        <translation />
    </message>
    <message>
        <source>Aggregate the judgements under “%1” (AIJ)</source>
        <translation />
    </message>
    <message>
        <source>Rename the model “%1” to “%2”</source>
        <translation />
    </message>
</context>
<context>
    <name>valuedesk::AhpConsistency</name>
    <message>
        <source>Saaty (1980)</source>
        <translation />
    </message>
    <message>
        <source>Alonso–Lamata (2006)</source>
        <translation />
    </message>
    <message>
        <source>Donegan–Dodd (1991)</source>
        <translation />
    </message>
</context>
<context>
    <name>valuedesk::AhpGroupJudgement</name>
    <message>
        <source>%1: %2</source>
        <translation />
    </message>
    <message>
        <source>There are no evaluators to aggregate.</source>
        <translation />
    </message>
    <message>
        <source>%1 compares %2 criteria, but %3 compares %4; all evaluators must judge the same criteria.</source>
        <translation />
    </message>
    <message>
        <source>The voting weight of %1 must be a positive number.</source>
        <translation />
    </message>
    <message>
        <source>very low</source>
        <translation />
    </message>
    <message>
        <source>low</source>
        <translation />
    </message>
    <message>
        <source>moderate</source>
        <translation />
    </message>
    <message>
        <source>high</source>
        <translation />
    </message>
    <message>
        <source>very high</source>
        <translation />
    </message>
    <message>
        <source>There are no judgements.</source>
        <translation />
    </message>
    <message>
        <source>The judgements do not match the sub-items.</source>
        <translation />
    </message>
</context>
<context>
    <name>valuedesk::AhpHierarchy</name>
    <message>
        <source>“%1” has %2 sub-items but %3 weights.</source>
        <translation />
    </message>
    <message>
        <source>The weight of “%1” under “%2” must be zero or positive.</source>
        <translation />
    </message>
    <message>
        <source>The weights under “%1” are all zero.</source>
        <translation />
    </message>
    <message>
        <source>“%1” has sub-items but neither judgements nor weights.</source>
        <translation />
    </message>
    <message>
        <source>The judgement matrix of “%1” is %2 × %2, but it has %3 sub-items.</source>
        <translation />
    </message>
    <message>
        <source>“%1”: %2</source>
        <translation />
    </message>
</context>
<context>
    <name>valuedesk::AhpHierarchyPane</name>
    <message>
        <source>Add Sub-item</source>
        <translation />
    </message>
    <message>
        <source>A criterion can have at most %1 sub-items: nobody can compare more pairs consistently.</source>
        <translation />
    </message>
    <message>
        <source>New criterion %1</source>
        <translation />
    </message>
    <message>
        <source>Add Sibling</source>
        <translation />
    </message>
    <message>
        <source>Rename</source>
        <translation />
    </message>
    <message>
        <source>Delete</source>
        <translation />
    </message>
    <message>
        <source>Use Judgements</source>
        <translation />
    </message>
    <message>
        <source>Type Weights Directly</source>
        <translation />
    </message>
    <message>
        <source>Tree</source>
        <translation />
    </message>
    <message>
        <source>Diagram</source>
        <translation />
    </message>
    <message>
        <source>Indicator data</source>
        <translation />
    </message>
    <message>
        <source>Metric:</source>
        <translation />
    </message>
    <message>
        <source>Direction:</source>
        <translation />
    </message>
    <message>
        <source>A metric id, or attribute:&lt;name&gt; / rating:&lt;name&gt;</source>
        <translation />
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation />
    </message>
    <message>
        <source>Higher is better</source>
        <translation />
    </message>
    <message>
        <source>Lower is better</source>
        <translation />
    </message>
</context>
<context>
    <name>valuedesk::AhpInconsistency</name>
    <message>
        <source>Complete the missing judgements before looking for the most inconsistent ones.</source>
        <translation />
    </message>
</context>
<context>
    <name>valuedesk::AhpMatrixCompletion</name>
    <message>
        <source>Too many judgements are missing: %1 cannot be compared, even indirectly, with %2. Add at least one judgement between the two groups.</source>
        <translation />
    </message>
</context>
<context>
    <name>valuedesk::AhpModelJson</name>
    <message>
        <source>(missing)</source>
        <translation />
    </message>
    <message>
        <source>%1: %2</source>
        <translation />
    </message>
    <message>
        <source>row “%1”, column “%2”</source>
        <translation />
    </message>
    <message>
        <source>the matrix</source>
        <translation />
    </message>
    <message>
        <source>the matrix of “%1”</source>
        <translation />
    </message>
    <message>
        <source>%1 must be a list of rows, not %2</source>
        <translation />
    </message>
    <message>
        <source>%1 has %2 rows, but there are %3 sub-items</source>
        <translation />
    </message>
    <message>
        <source>row %1 of %2 must be a list of %3 values, not %4</source>
        <translation />
    </message>
    <message>
        <source>%1 of %2 is not a number: %3</source>
        <translation />
    </message>
    <message>
        <source>the weights must be a list of numbers, not %1</source>
        <translation />
    </message>
    <message>
        <source>there are %1 weights for %2 sub-items</source>
        <translation />
    </message>
    <message>
        <source>weight %1 is not a number: %2</source>
        <translation />
    </message>
    <message>
        <source>weight %1 (%2) must be zero or positive</source>
        <translation />
    </message>
    <message>
        <source>the weights are all zero</source>
        <translation />
    </message>
    <message>
        <source>“evaluators” must map each evaluator's name to a matrix, not %1</source>
        <translation />
    </message>
    <message>
        <source>“evaluator_order” must list each evaluator exactly once, not %1</source>
        <translation />
    </message>
    <message>
        <source>an evaluator has an empty name</source>
        <translation />
    </message>
    <message>
        <source>“evaluator_weights” must map evaluators' names to voting weights, not %1</source>
        <translation />
    </message>
    <message>
        <source>“evaluator_weights” names “%1”, who is not among the evaluators</source>
        <translation />
    </message>
    <message>
        <source>the voting weight of “%1” must be a positive number, not %2</source>
        <translation />
    </message>
    <message>
        <source>it has no sub-items, so it cannot have “%1”</source>
        <translation />
    </message>
    <message>
        <source>give either “matrix” or “weights”, not both</source>
        <translation />
    </message>
    <message>
        <source>give either “evaluators” or “weights”, not both</source>
        <translation />
    </message>
    <message>
        <source>“evaluator_weights” needs “evaluators”</source>
        <translation />
    </message>
    <message>
        <source>“aggregate” must be “aij” or “aip”, not %1</source>
        <translation />
    </message>
    <message>
        <source>“exact_ratios” must be true or false, not %1</source>
        <translation />
    </message>
    <message>
        <source>it has %1 sub-items but neither a judgement matrix (“matrix” or “evaluators”) nor direct weights (“weights”)</source>
        <translation />
    </message>
    <message>
        <source>“metric” must be text, not %1</source>
        <translation />
    </message>
    <message>
        <source>“direction” must be “higher” or “lower”, not %1</source>
        <translation />
    </message>
    <message>
        <source>“children” must be a list, not %1</source>
        <translation />
    </message>
    <message>
        <source>sub-item %1 must be an object, not %2</source>
        <translation />
    </message>
    <message>
        <source>sub-item %1</source>
        <translation />
    </message>
    <message>
        <source>the name is missing or empty</source>
        <translation />
    </message>
    <message>
        <source>two sub-items are named “%1”; names under one parent must differ</source>
        <translation />
    </message>
    <message>
        <source>The model has no name.</source>
        <translation />
    </message>
    <message>
        <source>The consistency threshold “cr_threshold” must be a number between 0 and 1 (exclusive), not %1.</source>
        <translation />
    </message>
    <message>
        <source>“template” must be a template id, not %1.</source>
        <translation />
    </message>
    <message>
        <source>The model has no “root” object with its hierarchy.</source>
        <translation />
    </message>
    <message>
        <source>root</source>
        <translation />
    </message>
    <message>
        <source>Unknown weighting method “%1”; use eigen, geomean or arith.</source>
        <translation />
    </message>
    <message>
        <source>Unknown random index table “%1”; use saaty, alonso or donegan.</source>
        <translation />
    </message>
</context>
<context>
    <name>valuedesk::AhpModelRepository</name>
    <message>
        <source>The AHP models of this file cannot be read.</source>
        <translation />
    </message>
    <message>
        <source>The AHP model cannot be read from this file.</source>
        <translation />
    </message>
    <message>
        <source>Version %1 of this AHP model does not exist in this file.</source>
        <translation />
    </message>
    <message>
        <source>The AHP model no longer exists in this file.</source>
        <translation />
    </message>
    <message>
        <source>The AHP model “%1” (version %2) is damaged in this file and cannot be read.</source>
        <translation />
    </message>
    <message>
        <source>An AHP model needs a name.</source>
        <translation />
    </message>
    <message>
        <source>The AHP model “%1” could not be saved.</source>
        <translation />
    </message>
    <message>
        <source>An AHP model named “%1” already exists in this file; choose another name.</source>
        <translation />
    </message>
    <message>
        <source>The AHP model “%1” no longer exists in this file.</source>
        <translation />
    </message>
    <message>
        <source>The AHP model could not be deleted.</source>
        <translation />
    </message>
</context>
<context>
    <name>valuedesk::AhpModelSession</name>
    <message>
        <source>A value model needs a name.</source>
        <translation />
    </message>
    <message>
        <source>Another value model of this file is already named “%1”; choose another name.</source>
        <translation />
    </message>
</context>
<context>
    <name>valuedesk::AhpNewModelDialog</name>
    <message>
        <source>New Value Model</source>
        <translation />
    </message>
    <message>
        <source>Empty model (a goal only)</source>
        <translation />
    </message>
    <message>
        <source>Name:</source>
        <translation />
    </message>
    <message>
        <source>Names of criteria in:</source>
        <translation />
    </message>
    <message>
        <source>Start from:</source>
        <translation />
    </message>
    <message>
        <source>New value model</source>
        <translation />
    </message>
</context>
<context>
    <name>valuedesk::AhpPairwiseMatrix</name>
    <message>
        <source>A comparison matrix needs between 1 and %1 criteria, not %2.</source>
        <translation />
    </message>
    <message>
        <source>Expected %1 judgements for %2 criteria, got %3.</source>
        <translation />
    </message>
    <message>
        <source>The matrix has %1 rows but %2 criteria names.</source>
        <translation />
    </message>
    <message>
        <source>Row %1 has %2 values; a %3 × %3 matrix needs %3.</source>
        <translation />
    </message>
    <message>
        <source>The diagonal must be 1 (each criterion equals itself), but %1 is %2.</source>
        <translation />
    </message>
    <message>
        <source>%1 is %2 and %3 is %4, but they must be reciprocals (%2 and %5).</source>
        <translation />
    </message>
    <message>
        <source>There is no cell at row %1, column %2.</source>
        <translation />
    </message>
    <message>
        <source>row %1, column %2</source>
        <translation />
    </message>
    <message>
        <source>row “%1”, column “%2”</source>
        <translation />
    </message>
    <message>
        <source>%1 is not a number.</source>
        <translation />
    </message>
    <message>
        <source>%1 is 0; a judgement is a ratio and must be positive (1 means equal).</source>
        <translation />
    </message>
    <message>
        <source>%1 is negative (%2); a judgement must be positive.</source>
        <translation />
    </message>
    <message>
        <source>%1 is %2, which is not on Saaty's 1–9 scale; use %3 or switch the matrix to exact ratios.</source>
        <translation />
    </message>
</context>
<context>
    <name>valuedesk::AhpResultsPanel</name>
    <message>
        <source>“%1” vs “%2”</source>
        <translation />
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation />
    </message>
    <message>
        <source>%1 &lt; %2 — consistent</source>
        <translation />
    </message>
    <message>
        <source>%1: %2</source>
        <translation />
    </message>
    <message>
        <source>Inferred (not judged): %1</source>
        <translation />
    </message>
    <message>
        <source>%1. %2: %3 → %4 (CR %5)</source>
        <translation />
    </message>
    <message>
        <source>Apply</source>
        <translation />
    </message>
    <message>
        <source>Group consensus: %1 % (%2)</source>
        <translation />
    </message>
    <message>
        <source>Criterion</source>
        <translation />
    </message>
    <message>
        <source>Weight</source>
        <translation />
    </message>
    <message>
        <source>Evaluator</source>
        <translation />
    </message>
    <message>
        <source>CR</source>
        <translation />
    </message>
    <message>
        <source>Distance to group</source>
        <translation />
    </message>
    <message>
        <source>Share of weight that would have to move for this evaluator to agree with the group</source>
        <translation />
    </message>
    <message>
        <source>Consistency</source>
        <translation />
    </message>
    <message>
        <source>λmax:</source>
        <translation />
    </message>
    <message>
        <source>CI:</source>
        <translation />
    </message>
    <message>
        <source>RI:</source>
        <translation />
    </message>
    <message>
        <source>CR:</source>
        <translation />
    </message>
    <message>
        <source>Judgements to revisit</source>
        <translation />
    </message>
    <message>
        <source>Auto-repair…</source>
        <translation />
    </message>
    <message>
        <source>Propose the fewest changes that make the matrix consistent; nothing changes until you accept</source>
        <translation />
    </message>
    <message>
        <source>Evaluators</source>
        <translation />
    </message>
    <message>
        <source>%1 ≥ %2 — inconsistent: revisit the highlighted judgements</source>
        <translation />
    </message>
    <message>
        <source>AIP: no group matrix, no group CR; each evaluator's CR is shown.</source>
        <translation />
    </message>
    <message>
        <source>AIJ: the judgements are aggregated; the group matrix has its own CR.</source>
        <translation />
    </message>
</context>
<context>
    <name>valuedesk::AhpSaatyScale</name>
    <message>
        <source>equal importance</source>
        <translation />
    </message>
    <message>
        <source>moderate importance</source>
        <translation />
    </message>
    <message>
        <source>strong importance</source>
        <translation />
    </message>
    <message>
        <source>very strong importance</source>
        <translation />
    </message>
    <message>
        <source>extreme importance</source>
        <translation />
    </message>
    <message>
        <source>between %1 and %2</source>
        <translation />
    </message>
</context>
<context>
    <name>valuedesk::AhpSettingsDialog</name>
    <message>
        <source>Model Settings</source>
        <translation />
    </message>
    <message>
        <source>Principal eigenvector (Saaty)</source>
        <translation />
    </message>
    <message>
        <source>Row geometric mean</source>
        <translation />
    </message>
    <message>
        <source>Normalised column mean</source>
        <translation />
    </message>
    <message>
        <source>Weights by:</source>
        <translation />
    </message>
    <message>
        <source>Random index (RI) table:</source>
        <translation />
    </message>
    <message>
        <source>Acceptable CR below:</source>
        <translation />
    </message>
    <message>
        <source>The same matrix's CR differs by up to 20 % between RI tables; results always name the table used.</source>
        <translation />
    </message>
</context>
<context>
    <name>valuedesk::AhpTemplates</name>
    <message>
        <source>Template item “%1”: %2</source>
        <translation />
    </message>
    <message>
        <source>Retail customers by current, potential and relationship value, the structure common in Chinese retail customer-value studies.</source>
        <translation />
    </message>
    <message>
        <source>The lubricant company example of the paper 基于客户价值评价的客户细分, with judgements that reproduce its published weights.</source>
        <translation />
    </message>
    <message>
        <source>Licensed tobacco retailers by contribution, support for the supplier's programmes and credit, as tobacco companies grade their retail customers.</source>
        <translation />
    </message>
    <message>
        <source>Customers of a car dealership (4S store) by current value, potential value and loyalty.</source>
        <translation />
    </message>
    <message>
        <source>Key accounts by customer value, depth of cooperation and growth potential.</source>
        <translation />
    </message>
    <message>
        <source>There is no built-in template “%1”; the templates are %2.</source>
        <translation />
    </message>
</context>
<context>
    <name>valuedesk::AhpTreeModel</name>
    <message>
        <source>Weight typed directly, not derived from judgements</source>
        <translation />
    </message>
    <message>
        <source>Weights typed directly: no consistency ratio</source>
        <translation />
    </message>
    <message>
        <source>Criterion / indicator</source>
        <translation />
    </message>
    <message>
        <source>Local weight</source>
        <translation />
    </message>
    <message>
        <source>Global weight</source>
        <translation />
    </message>
    <message>
        <source>CR</source>
        <translation />
    </message>
    <message>
        <source>Metric</source>
        <translation />
    </message>
</context>
<context>
    <name>valuedesk::AhpWorkspace</name>
    <message>
        <source>Save Value Model</source>
        <translation />
    </message>
    <message>
        <source>%1 (version %2)</source>
        <translation />
    </message>
    <message>
        <source>Open Value Model</source>
        <translation />
    </message>
    <message>
        <source>No customer file is open.</source>
        <translation />
    </message>
    <message>
        <source>Customer value</source>
        <translation />
    </message>
    <message>
        <source>“%1” could not be read.</source>
        <translation />
    </message>
    <message>
        <source>“%1” is not a value model file (JSON object expected).</source>
        <translation />
    </message>
    <message>
        <source>No value model is open.</source>
        <translation />
    </message>
    <message>
        <source>“%1” could not be written.</source>
        <translation />
    </message>
    <message>
        <source>Unsaved Value Model</source>
        <translation />
    </message>
    <message>
        <source>The value model “%1” has unsaved changes. Save them as a new version?</source>
        <translation />
    </message>
    <message>
        <source>New Value Model</source>
        <translation />
    </message>
    <message>
        <source>Import Value Model</source>
        <translation />
    </message>
    <message>
        <source>Value models (*.json)</source>
        <translation />
    </message>
    <message>
        <source>The value model could not be imported.</source>
        <translation />
    </message>
    <message>
        <source>Export Value Model</source>
        <translation />
    </message>
    <message>
        <source>Revert Value Model</source>
        <translation />
    </message>
    <message>
        <source>Discard the unsaved changes to “%1”?</source>
        <translation />
    </message>
    <message>
        <source>Delete Value Model</source>
        <translation />
    </message>
    <message>
        <source>Delete the value model “%1” with all of its versions? This cannot be undone.</source>
        <translation />
    </message>
    <message>
        <source>Open a customer file to edit its value models.</source>
        <translation />
    </message>
    <message>
        <source>No value model yet: click New… to start from a template.</source>
        <translation />
    </message>
    <message>
        <source>Version %1, saved %2</source>
        <translation />
    </message>
    <message>
        <source>unsaved changes</source>
        <translation />
    </message>
    <message>
        <source>The model cannot be evaluated: %1</source>
        <translation />
    </message>
    <message>
        <source>Value model:</source>
        <translation />
    </message>
    <message>
        <source>New…</source>
        <translation />
    </message>
    <message>
        <source>Import JSON…</source>
        <translation />
    </message>
    <message>
        <source>Export JSON…</source>
        <translation />
    </message>
    <message>
        <source>Save</source>
        <translation />
    </message>
    <message>
        <source>Store the model as a new version; earlier versions stay unchanged</source>
        <translation />
    </message>
    <message>
        <source>Revert</source>
        <translation />
    </message>
    <message>
        <source>Delete…</source>
        <translation />
    </message>
    <message>
        <source>Settings…</source>
        <translation />
    </message>
    <message>
        <source>Weighting method, random-index table and CR threshold</source>
        <translation />
    </message>
    <message>
        <source>Rename…</source>
        <translation />
    </message>
    <message>
        <source>Give the model another name; Save stores it as a new version</source>
        <translation />
    </message>
    <message>
        <source>Rename Value Model</source>
        <translation />
    </message>
    <message>
        <source>New name of the value model:</source>
        <translation />
    </message>
    <message>
        <source>The evaluated model has been deleted since; the weights cannot be applied.</source>
        <translation />
    </message>
    <message>
        <source>The weights were not applied.</source>
        <translation />
    </message>
    <message>
        <source>The value model “%1” has changed since this evaluation (it is at version %2, the evaluation used version %3). Evaluate again before applying weights.</source>
        <translation />
    </message>
    <message>
        <source>The criteria of “%1” have changed since this evaluation. Evaluate again before applying weights.</source>
        <translation />
    </message>
</context>
<context>
    <name>valuedesk::AmountFrequencyScheme</name>
    <message>
        <source>High value</source>
        <translation />
    </message>
    <message>
        <source>Potential</source>
        <translation />
    </message>
    <message>
        <source>One-off</source>
        <translation />
    </message>
    <message>
        <source>Lapsing</source>
        <translation />
    </message>
</context>
<context>
    <name>valuedesk::BackgroundTask</name>
    <message>
        <source>Cancel</source>
        <translation />
    </message>
</context>
<context>
    <name>valuedesk::BgNbdModel</name>
    <message>
        <source>There are no customers to fit the BG/NBD model to.</source>
        <translation />
    </message>
    <message>
        <source>Customer %1 has an impossible purchase summary.</source>
        <translation />
    </message>
    <message>
        <source>No customer bought again within the calibration period, so the BG/NBD model cannot be fitted. Choose a later calibration end or add transactions.</source>
        <translation />
    </message>
    <message>
        <source>The BG/NBD fit did not converge; the data may not suit the model.</source>
        <translation />
    </message>
</context>
<context>
    <name>valuedesk::CalibrationSummary</name>
    <message>
        <source>The calibration period has no end date.</source>
        <translation />
    </message>
    <message>
        <source>No customer had bought anything by the end of the calibration period (%1).</source>
        <translation />
    </message>
</context>
<context>
    <name>valuedesk::ClassShareChart</name>
    <message>
        <source>Share of customers</source>
        <translation />
    </message>
    <message>
        <source>Share of the measure</source>
        <translation />
    </message>
    <message>
        <source>Share of %1</source>
        <translation />
    </message>
</context>
<context>
    <name>valuedesk::ClassSummaryModel</name>
    <message>
        <source>Unclassified</source>
        <translation />
    </message>
    <message>
        <source>Total</source>
        <translation />
    </message>
    <message>
        <source>Measure</source>
        <translation />
    </message>
    <message>
        <source>Class</source>
        <translation />
    </message>
    <message>
        <source>Customers</source>
        <translation />
    </message>
    <message>
        <source>Share of customers</source>
        <translation />
    </message>
    <message>
        <source>Share of %1</source>
        <translation />
    </message>
</context>
<context>
    <name>valuedesk::ClassificationCrossTab</name>
    <message>
        <source>The two classifications cannot be compared: they do not cover the same customers.</source>
        <translation />
    </message>
</context>
<context>
    <name>valuedesk::ClassificationRepository</name>
    <message>
        <source>The %1 classification could not be saved with the evaluation snapshot.</source>
        <translation />
    </message>
    <message>
        <source>The %1 classification could not be saved: its rows do not match its customers.</source>
        <translation />
    </message>
    <message>
        <source>There is no evaluation snapshot %1 in this file.</source>
        <translation />
    </message>
    <message>
        <source>The %1 classification of evaluation snapshot %2 is damaged in this file and cannot be read.</source>
        <translation />
    </message>
    <message>
        <source>Evaluation snapshot %1 has no %2 classification in this file.</source>
        <translation />
    </message>
    <message>
        <source>The %1 classification of evaluation snapshot %2 cannot be read from this file.</source>
        <translation />
    </message>
    <message>
        <source>The %1 classification could not be deleted.</source>
        <translation />
    </message>
</context>
<context>
    <name>valuedesk::ClassificationResultModel</name>
    <message>
        <source>Rank</source>
        <translation />
    </message>
    <message>
        <source>Share</source>
        <translation />
    </message>
    <message>
        <source>Cumulative share</source>
        <translation />
    </message>
    <message>
        <source>Recency (days)</source>
        <translation />
    </message>
    <message>
        <source>Frequency</source>
        <translation />
    </message>
    <message>
        <source>Monetary</source>
        <translation />
    </message>
    <message>
        <source>R</source>
        <translation />
    </message>
    <message>
        <source>F</source>
        <translation />
    </message>
    <message>
        <source>M</source>
        <translation />
    </message>
    <message>
        <source>RFM code</source>
        <translation />
    </message>
    <message>
        <source>Total</source>
        <translation />
    </message>
    <message>
        <source>Value score</source>
        <translation />
    </message>
    <message>
        <source>Gross profit</source>
        <translation />
    </message>
    <message>
        <source>Unclassified</source>
        <translation />
    </message>
    <message>
        <source>Code</source>
        <translation />
    </message>
    <message>
        <source>Name</source>
        <translation />
    </message>
    <message>
        <source>Manager</source>
        <translation />
    </message>
    <message>
        <source>Class</source>
        <translation />
    </message>
    <message>
        <source>Measure</source>
        <translation />
    </message>
    <message>
        <source>Value</source>
        <translation />
    </message>
    <message>
        <source>Profit</source>
        <translation />
    </message>
    <message>
        <source>Allocated cost</source>
        <translation />
    </message>
    <message>
        <source>Cost-contribution ratio</source>
        <translation />
    </message>
    <message>
        <source>Ratio ÷ average margin</source>
        <translation />
    </message>
    <message>
        <source>Share ranked above</source>
        <translation />
    </message>
    <message>
        <source>Distance to centre</source>
        <translation />
    </message>
</context>
<context>
    <name>valuedesk::ClassificationSchemes</name>
    <message>
        <source>Option "%1" of the %2 scheme: %3</source>
        <translation />
    </message>
    <message>
        <source>a list of numbers is expected</source>
        <translation />
    </message>
    <message>
        <source>a list of names is expected</source>
        <translation />
    </message>
    <message>
        <source>unknown option</source>
        <translation />
    </message>
    <message>
        <source>revenue, gross_profit or score</source>
        <translation />
    </message>
    <message>
        <source>cumulative or count</source>
        <translation />
    </message>
    <message>
        <source>revenue or margin</source>
        <translation />
    </message>
    <message>
        <source>raw or scores</source>
        <translation />
    </message>
    <message>
        <source>four increasing numbers, or null</source>
        <translation />
    </message>
    <message>
        <source>ABC / Pareto (80/20)</source>
        <translation />
    </message>
    <message>
        <source>RFM and the 8 segments</source>
        <translation />
    </message>
    <message>
        <source>Cost-contribution ratio</source>
        <translation />
    </message>
    <message>
        <source>Loyalty × value grid</source>
        <translation />
    </message>
    <message>
        <source>Customer pyramid</source>
        <translation />
    </message>
    <message>
        <source>Amount × frequency</source>
        <translation />
    </message>
    <message>
        <source>Threshold tiers</source>
        <translation />
    </message>
    <message>
        <source>K-means clusters</source>
        <translation />
    </message>
    <message>
        <source>There is no classification scheme "%1".</source>
        <translation />
    </message>
</context>
<context>
    <name>valuedesk::ClassificationWorkspace</name>
    <message>
        <source>Classify</source>
        <translation />
    </message>
    <message>
        <source>No customer file is open.</source>
        <translation />
    </message>
    <message>
        <source>Classes are kept with a stored evaluation: evaluate the customers on the Evaluation tab first.</source>
        <translation />
    </message>
    <message>
        <source>Classifying customers…</source>
        <translation />
    </message>
    <message>
        <source>Classifying was cancelled.</source>
        <translation />
    </message>
    <message>
        <source>Classifying was cancelled; nothing was stored.</source>
        <translation />
    </message>
    <message>
        <source>No stored evaluation yet: evaluate the customers on the Evaluation tab, then classify them here.</source>
        <translation />
    </message>
    <message>
        <source>Not classified with this scheme yet: adjust the options and press Classify.</source>
        <translation />
    </message>
    <message numerus="yes">
        <source>%n customer(s) graded</source>
        <translation>
            <numerusform>%n customer graded</numerusform><numerusform>%n customers graded</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n unclassified</source>
        <translation>
            <numerusform>%n unclassified</numerusform><numerusform>%n unclassified</numerusform></translation>
    </message>
    <message>
        <source>%1 % of customers (class %2) make %3 % of %4; Gini coefficient %5.</source>
        <translation />
    </message>
    <message>
        <source>Value quadrant</source>
        <translation />
    </message>
    <message>
        <source>Evaluation:</source>
        <translation />
    </message>
    <message>
        <source>Scheme:</source>
        <translation />
    </message>
    <message>
        <source>Defaults</source>
        <translation />
    </message>
    <message>
        <source>Grade every customer of the evaluation with this scheme and keep the result with the evaluation</source>
        <translation />
    </message>
    <message>
        <source>Compare with:</source>
        <translation />
    </message>
    <message>
        <source>Chart</source>
        <translation />
    </message>
    <message>
        <source>Customers</source>
        <translation />
    </message>
    <message>
        <source>Compare</source>
        <translation />
    </message>
</context>
<context>
    <name>valuedesk::ClvCustomerModel</name>
    <message>
        <source>days</source>
        <translation />
    </message>
    <message>
        <source>weeks</source>
        <translation />
    </message>
    <message>
        <source>months</source>
        <translation />
    </message>
    <message>
        <source>Churn risk</source>
        <translation />
    </message>
    <message>
        <source>Unknown: the spend model (Gamma-Gamma) could not be fitted.</source>
        <translation />
    </message>
    <message>
        <source>P(alive) is below %1 %</source>
        <translation />
    </message>
    <message>
        <source>Code</source>
        <translation />
    </message>
    <message>
        <source>Name</source>
        <translation />
    </message>
    <message>
        <source>Repeat purchases</source>
        <translation />
    </message>
    <message>
        <source>Recency (%1)</source>
        <translation />
    </message>
    <message>
        <source>Age T (%1)</source>
        <translation />
    </message>
    <message>
        <source>P(alive)</source>
        <translation />
    </message>
    <message>
        <source>Expected purchases</source>
        <translation />
    </message>
    <message>
        <source>Expected spend</source>
        <translation />
    </message>
    <message>
        <source>CLV</source>
        <translation />
    </message>
</context>
<context>
    <name>valuedesk::ClvFitPanel</name>
    <message>
        <source>days</source>
        <translation />
    </message>
    <message>
        <source>weeks</source>
        <translation />
    </message>
    <message>
        <source>months</source>
        <translation />
    </message>
    <message>
        <source>What the models assume</source>
        <translation />
    </message>
    <message>
        <source>Purchases (BG/NBD): while a customer is active they buy at random times at their own steady rate (a Poisson process). After any purchase they may become inactive for good, with their own probability p, and nobody tells us when. Purchase rates differ between customers as a gamma distribution (r, α), dropout probabilities as a beta distribution (a, b). P(alive) is the chance that a customer has not dropped out yet, given how often and how recently they bought.</source>
        <translation />
    </message>
    <message>
        <source>Spend (Gamma-Gamma): a customer's purchase amounts vary around their own average, and averages differ between customers (p, q, γ); how much a customer spends does not depend on how often they buy. Only customers with a repeat purchase are used to fit it.</source>
        <translation />
    </message>
    <message>
        <source>CLV is the expected spend of the purchases expected over the horizon, times the margin, discounted month by month. Several purchases of one customer on one day count as one.</source>
        <translation />
    </message>
    <message>
        <source>No fit yet: choose the options and press Fit.</source>
        <translation />
    </message>
    <message>
        <source>BG/NBD (purchases)</source>
        <translation />
    </message>
    <message>
        <source>Log-likelihood</source>
        <translation />
    </message>
    <message>
        <source>Converged</source>
        <translation />
    </message>
    <message>
        <source>yes</source>
        <translation />
    </message>
    <message>
        <source>no (use with care)</source>
        <translation />
    </message>
    <message>
        <source>Customers</source>
        <translation />
    </message>
    <message>
        <source>Gamma-Gamma (spend)</source>
        <translation />
    </message>
    <message>
        <source>Repeat customers used</source>
        <translation />
    </message>
    <message>
        <source>Not fitted: %1 Expected spend and CLV are unknown.</source>
        <translation />
    </message>
    <message>
        <source>Data</source>
        <translation />
    </message>
    <message>
        <source>Calibration end</source>
        <translation />
    </message>
    <message>
        <source>Holdout</source>
        <translation />
    </message>
    <message>
        <source>to %1 (%2 %3)</source>
        <translation />
    </message>
    <message>
        <source>Horizon</source>
        <translation />
    </message>
    <message>
        <source>%1 %2</source>
        <translation />
    </message>
    <message>
        <source>New after the calibration end (left out)</source>
        <translation />
    </message>
    <message>
        <source>Fit time</source>
        <translation />
    </message>
    <message>
        <source>%1 s</source>
        <translation />
    </message>
</context>
<context>
    <name>valuedesk::ClvHeatmapModel</name>
    <message numerus="yes">
        <source>%1
(%n)</source>
        <translation>
            <numerusform>%1
(%n)</numerusform><numerusform>%1
(%n)</numerusform></translation>
    </message>
    <message>
        <source>No customer in this cell</source>
        <translation />
    </message>
    <message numerus="yes">
        <source>%n customer(s), average P(alive) %1</source>
        <translation>
            <numerusform>%n customer, average P(alive) %1</numerusform><numerusform>%n customers, average P(alive) %1</numerusform></translation>
    </message>
    <message>
        <source>x = %1+</source>
        <translation />
    </message>
    <message>
        <source>x = %1</source>
        <translation />
    </message>
    <message>
        <source>t_x/T %1–%2</source>
        <translation />
    </message>
</context>
<context>
    <name>valuedesk::ClvHistogramChart</name>
    <message>
        <source>Customers</source>
        <translation />
    </message>
    <message>
        <source>Above the 99th percentile</source>
        <translation />
    </message>
    <message>
        <source>%1 (bin start)</source>
        <translation />
    </message>
    <message>
        <source>No values to show</source>
        <translation />
    </message>
    <message numerus="yes">
        <source>%n customer(s)</source>
        <translation>
            <numerusform>%n customer</numerusform><numerusform>%n customers</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>, %n above the 99th percentile (%1)</source>
        <translation>
            <numerusform>, %n above the 99th percentile (%1)</numerusform><numerusform>, %n above the 99th percentile (%1)</numerusform></translation>
    </message>
</context>
<context>
    <name>valuedesk::ClvHoldoutChart</name>
    <message>
        <source>Actual</source>
        <translation />
    </message>
    <message>
        <source>Predicted (BG/NBD)</source>
        <translation />
    </message>
    <message>
        <source>%1+</source>
        <translation />
    </message>
    <message>
        <source>Repeat purchases in the calibration period</source>
        <translation />
    </message>
    <message>
        <source>Mean repeat purchases in the holdout</source>
        <translation />
    </message>
    <message>
        <source>No holdout period: choose a calibration end before the last purchase to check the fit</source>
        <translation />
    </message>
    <message>
        <source>Holdout check (%1)</source>
        <translation />
    </message>
</context>
<context>
    <name>valuedesk::ClvOptionsBar</name>
    <message>
        <source>Holdout: calibrate up to</source>
        <translation />
    </message>
    <message>
        <source>Unchecked: fit on every purchase (calibration ends on the last purchase day). Checked: fit on the purchases up to this date and compare the model's predictions with the later purchases.</source>
        <translation />
    </message>
    <message>
        <source>Time unit:</source>
        <translation />
    </message>
    <message>
        <source>Day</source>
        <translation />
    </message>
    <message>
        <source>Week</source>
        <translation />
    </message>
    <message>
        <source>Month</source>
        <translation />
    </message>
    <message>
        <source>Horizon:</source>
        <translation />
    </message>
    <message>
        <source> months</source>
        <translation />
    </message>
    <message>
        <source>Discount rate per month:</source>
        <translation />
    </message>
    <message>
        <source>Margin:</source>
        <translation />
    </message>
    <message>
        <source>Profit margin on spend; 100 % gives CLV in revenue</source>
        <translation />
    </message>
    <message>
        <source>Churn risk below P(alive):</source>
        <translation />
    </message>
    <message>
        <source>Fit</source>
        <translation />
    </message>
    <message>
        <source>Fit BG/NBD and Gamma-Gamma to the file's purchases</source>
        <translation />
    </message>
</context>
<context>
    <name>valuedesk::ClvRunner</name>
    <message>
        <source>The fit was cancelled.</source>
        <translation />
    </message>
    <message>
        <source>The customer file has no purchases: there is nothing to fit.</source>
        <translation />
    </message>
</context>
<context>
    <name>valuedesk::ClvWorkspace</name>
    <message>
        <source>days</source>
        <translation />
    </message>
    <message>
        <source>weeks</source>
        <translation />
    </message>
    <message>
        <source>months</source>
        <translation />
    </message>
    <message>
        <source>No customer file is open.</source>
        <translation />
    </message>
    <message>
        <source>Fitting the lifetime value models…</source>
        <translation />
    </message>
    <message>
        <source>The fit was cancelled; the previous result is kept.</source>
        <translation />
    </message>
    <message>
        <source>The lifetime value models could not be fitted: %1</source>
        <translation />
    </message>
    <message>
        <source>%1 %2</source>
        <translation />
    </message>
    <message numerus="yes">
        <source>Fitted on %n customer(s).</source>
        <translation>
            <numerusform>Fitted on %n customer.</numerusform><numerusform>Fitted on %n customers.</numerusform></translation>
    </message>
    <message>
        <source>Purchases were fitted, but spend could not be: %1 CLV is shown as “—”.</source>
        <translation />
    </message>
    <message>
        <source>CLV</source>
        <translation />
    </message>
    <message>
        <source>%1 of %2 customers shown, %3 at churn risk</source>
        <translation />
    </message>
    <message>
        <source>CLV distribution</source>
        <translation />
    </message>
    <message>
        <source>Holdout check</source>
        <translation />
    </message>
    <message>
        <source>P(alive) heat map</source>
        <translation />
    </message>
    <message>
        <source>Average P(alive) by repeat purchases x (columns) and by how late in their history customers last bought, t_x ÷ T (rows: the top row bought most recently). The count is in brackets.</source>
        <translation />
    </message>
    <message>
        <source>Churn risk only</source>
        <translation />
    </message>
</context>
<context>
    <name>valuedesk::ColumnMapping</name>
    <message>
        <source>The mapping file is for a "%1" import, not "%2".</source>
        <translation />
    </message>
    <message>
        <source>The mapping file needs a "columns" object (field id → header or column number).</source>
        <translation />
    </message>
    <message>
        <source>The mapping file names an unknown field "%1"; known fields: %2.</source>
        <translation />
    </message>
    <message>
        <source>Attributes ("%1") can only be imported with customers.</source>
        <translation />
    </message>
    <message>
        <source>The mapping file maps "%1" to column %2, but the file has %3 columns.</source>
        <translation />
    </message>
    <message>
        <source>The mapping file maps "%1" to the column "%2", which the file does not have.</source>
        <translation />
    </message>
    <message>
        <source>In the mapping file, "%1" must be a header text or a column number.</source>
        <translation />
    </message>
</context>
<context>
    <name>valuedesk::Commands</name>
    <message>
        <source>Add customer %1</source>
        <translation />
    </message>
    <message>
        <source>Edit customer %1</source>
        <translation />
    </message>
    <message>
        <source>Delete customer %1</source>
        <translation />
    </message>
    <message>
        <source>transaction</source>
        <translation />
    </message>
    <message>
        <source>interaction</source>
        <translation />
    </message>
    <message>
        <source>survey score</source>
        <translation />
    </message>
    <message>
        <source>balance</source>
        <translation />
    </message>
    <message>
        <source>Add %1</source>
        <translation />
    </message>
    <message>
        <source>Edit %1</source>
        <translation />
    </message>
    <message>
        <source>Delete %1</source>
        <translation />
    </message>
</context>
<context>
    <name>valuedesk::CostContributionScheme</name>
    <message>
        <source>expected a positive margin (0.2 = 20 %).</source>
        <translation />
    </message>
    <message>
        <source>the multiples must not increase from gold to silver to ordinary.</source>
        <translation />
    </message>
    <message>
        <source>Gold</source>
        <translation />
    </message>
    <message>
        <source>Silver</source>
        <translation />
    </message>
    <message>
        <source>Ordinary</source>
        <translation />
    </message>
    <message>
        <source>To eliminate</source>
        <translation />
    </message>
    <message>
        <source>The firm's average sales profit margin is not positive, so cost contribution cannot be compared with it; enter an average margin.</source>
        <translation />
    </message>
</context>
<context>
    <name>valuedesk::CrossTabModel</name>
    <message>
        <source>%1 · %2</source>
        <translation />
    </message>
    <message numerus="yes">
        <source>%n customer(s), revenue %1</source>
        <translation>
            <numerusform>%n customer, revenue %1</numerusform><numerusform>%n customers, revenue %1</numerusform></translation>
    </message>
    <message>
        <source>Total</source>
        <translation />
    </message>
</context>
<context>
    <name>valuedesk::CsvReader</name>
    <message>
        <source>The separator and quote characters must differ and not be line breaks.</source>
        <translation />
    </message>
    <message>
        <source>Line %1: a quoted field is not closed.</source>
        <translation />
    </message>
    <message>
        <source>Line %1: unexpected text after a closing quote.</source>
        <translation />
    </message>
    <message>
        <source>The file is empty: there is no header row.</source>
        <translation />
    </message>
</context>
<context>
    <name>valuedesk::CsvWriter</name>
    <message>
        <source>Cannot write "%1": %2</source>
        <translation />
    </message>
</context>
<context>
    <name>valuedesk::Customer</name>
    <message>
        <source>Active</source>
        <translation />
    </message>
    <message>
        <source>Prospect</source>
        <translation />
    </message>
    <message>
        <source>Lost</source>
        <translation />
    </message>
</context>
<context>
    <name>valuedesk::CustomerDetailWidget</name>
    <message>
        <source>No customer selected</source>
        <translation />
    </message>
    <message>
        <source>Profile</source>
        <translation />
    </message>
    <message>
        <source>Transactions</source>
        <translation />
    </message>
    <message>
        <source>Interactions</source>
        <translation />
    </message>
    <message>
        <source>Survey scores</source>
        <translation />
    </message>
    <message>
        <source>Balances</source>
        <translation />
    </message>
</context>
<context>
    <name>valuedesk::CustomerListModel</name>
    <message>
        <source>Code</source>
        <translation />
    </message>
    <message>
        <source>Name</source>
        <translation />
    </message>
    <message>
        <source>Industry</source>
        <translation />
    </message>
    <message>
        <source>Region</source>
        <translation />
    </message>
    <message>
        <source>Account manager</source>
        <translation />
    </message>
    <message>
        <source>Contact</source>
        <translation />
    </message>
    <message>
        <source>Customer since</source>
        <translation />
    </message>
    <message>
        <source>Status</source>
        <translation />
    </message>
</context>
<context>
    <name>valuedesk::CustomerListPane</name>
    <message>
        <source>Search code, name, industry, region or account manager</source>
        <translation />
    </message>
    <message>
        <source>Columns</source>
        <translation />
    </message>
</context>
<context>
    <name>valuedesk::CustomerProfileForm</name>
    <message>
        <source>New attribute</source>
        <translation />
    </message>
    <message>
        <source>Attribute</source>
        <translation />
    </message>
    <message>
        <source>Value</source>
        <translation />
    </message>
</context>
<context>
    <name>valuedesk::CustomerRepository</name>
    <message>
        <source>The customer no longer exists in this file.</source>
        <translation />
    </message>
    <message>
        <source>Customer %1 could not be added.</source>
        <translation />
    </message>
    <message>
        <source>Customer %1 could not be saved.</source>
        <translation />
    </message>
</context>
<context>
    <name>valuedesk::Database</name>
    <message>
        <source>The file is damaged or is not a ValueDesk customer file.</source>
        <translation />
    </message>
    <message>
        <source>The customer file cannot be opened.</source>
        <translation />
    </message>
    <message>
        <source>"%1" was written by a newer version of ValueDesk (file format %2; this version reads up to %3). Please update ValueDesk to open it; the file was not changed.</source>
        <translation />
    </message>
    <message>
        <source>"%1" is an SQLite database but not a ValueDesk customer file.</source>
        <translation />
    </message>
    <message>
        <source>The customer file "%1" does not exist.</source>
        <translation />
    </message>
    <message>
        <source>"%1" already exists; choose another name.</source>
        <translation />
    </message>
    <message>
        <source>"%1" is a folder, not a customer file.</source>
        <translation />
    </message>
    <message>
        <source>"%1" is damaged or is not a ValueDesk customer file.</source>
        <translation />
    </message>
    <message>
        <source>"%1" is empty; it is not a customer file.</source>
        <translation />
    </message>
    <message>
        <source>The backup could not be written.</source>
        <translation />
    </message>
    <message>
        <source>The customer file is busy or read-only.</source>
        <translation />
    </message>
    <message>
        <source>The changes could not be saved to the customer file.</source>
        <translation />
    </message>
    <message>
        <source>The customer file's version cannot be read.</source>
        <translation />
    </message>
    <message>
        <source>The customer file could not be upgraded to version %1 (%2).</source>
        <translation />
    </message>
    <message>
        <source>The customer file cannot be read or updated.</source>
        <translation />
    </message>
    <message>
        <source>The customer file is damaged; open a backup copy of it instead.</source>
        <translation />
    </message>
</context>
<context>
    <name>valuedesk::Document</name>
    <message>
        <source>Enter a customer code.</source>
        <translation />
    </message>
    <message>
        <source>Enter the customer's name.</source>
        <translation />
    </message>
    <message>
        <source>The code %1 is already used by %2.</source>
        <translation />
    </message>
    <message>
        <source>The customer's records could not be read.</source>
        <translation />
    </message>
    <message>
        <source>Enter a valid date.</source>
        <translation />
    </message>
    <message>
        <source>The quantity cannot be negative.</source>
        <translation />
    </message>
    <message>
        <source>Scores must be between 0 and %1.</source>
        <translation />
    </message>
    <message>
        <source>Enter at least one score.</source>
        <translation />
    </message>
    <message>
        <source>The metric value must be a number.</source>
        <translation />
    </message>
    <message>
        <source>A record cannot be moved to another customer.</source>
        <translation />
    </message>
</context>
<context>
    <name>valuedesk::DuplicateCustomerModel</name>
    <message>
        <source>Update the existing customer</source>
        <translation />
    </message>
    <message>
        <source>Skip this row</source>
        <translation />
    </message>
    <message>
        <source>Import as a new customer</source>
        <translation />
    </message>
    <message>
        <source>same code</source>
        <translation />
    </message>
    <message>
        <source>same name and contact</source>
        <translation />
    </message>
    <message>
        <source>Line</source>
        <translation />
    </message>
    <message>
        <source>Code</source>
        <translation />
    </message>
    <message>
        <source>Name</source>
        <translation />
    </message>
    <message>
        <source>Customer in the file</source>
        <translation />
    </message>
    <message>
        <source>Matched by</source>
        <translation />
    </message>
    <message>
        <source>Action</source>
        <translation />
    </message>
</context>
<context>
    <name>valuedesk::Evaluation</name>
    <message>
        <source>The indicator "%1" is not bound to a metric.</source>
        <translation />
    </message>
    <message>
        <source>The indicator "%1": %2</source>
        <translation />
    </message>
    <message>
        <source>The evaluation window is not valid.</source>
        <translation />
    </message>
    <message>
        <source>The model "%1" cannot be evaluated: %2</source>
        <translation />
    </message>
    <message>
        <source>The model "%1" has no indicators.</source>
        <translation />
    </message>
</context>
<context>
    <name>valuedesk::EvaluationChartData</name>
    <message>
        <source>Current value: %1</source>
        <translation />
    </message>
    <message>
        <source>Potential value: %1</source>
        <translation />
    </message>
    <message>
        <source>%1 %2
Manager: %3 · %4
Current %5 · potential %6 · total %7
Revenue %8 · data %9</source>
        <translation />
    </message>
    <message>
        <source>Set by hand by %1: %2</source>
        <translation />
    </message>
</context>
<context>
    <name>valuedesk::EvaluationDataReader</name>
    <message>
        <source>The customer data for the evaluation cannot be read.</source>
        <translation />
    </message>
    <message>
        <source>The evaluation window is not valid.</source>
        <translation />
    </message>
    <message>
        <source>The customer file changed while it was being read; evaluate again.</source>
        <translation />
    </message>
</context>
<context>
    <name>valuedesk::EvaluationFilterBar</name>
    <message numerus="yes">
        <source>%n customer(s) selected on the chart</source>
        <translation>
            <numerusform>%n customer selected on the chart</numerusform><numerusform>%n customers selected on the chart</numerusform></translation>
    </message>
    <message>
        <source>All industries</source>
        <translation />
    </message>
    <message>
        <source>All regions</source>
        <translation />
    </message>
    <message>
        <source>All managers</source>
        <translation />
    </message>
    <message>
        <source>Any status</source>
        <translation />
    </message>
    <message>
        <source>Any data completeness</source>
        <translation />
    </message>
    <message>
        <source>Data ≥ 50 %</source>
        <translation />
    </message>
    <message>
        <source>Data ≥ 75 %</source>
        <translation />
    </message>
    <message>
        <source>Complete data only</source>
        <translation />
    </message>
    <message>
        <source>Keep customers whose scores rest on real data for at least this share of indicators</source>
        <translation />
    </message>
    <message>
        <source>Search code or name</source>
        <translation />
    </message>
    <message>
        <source>Clear selection</source>
        <translation />
    </message>
</context>
<context>
    <name>valuedesk::EvaluationOptionsBar</name>
    <message>
        <source>%1 (version %2)</source>
        <translation />
    </message>
    <message>
        <source>No customer file is open.</source>
        <translation />
    </message>
    <message>
        <source>The file has no value model yet: create one on the Value model (AHP) tab first.</source>
        <translation />
    </message>
    <message>
        <source>Model:</source>
        <translation />
    </message>
    <message>
        <source>As of the last transaction</source>
        <translation />
    </message>
    <message>
        <source>Last day of the evaluation window</source>
        <translation />
    </message>
    <message>
        <source>Window:</source>
        <translation />
    </message>
    <message>
        <source> months</source>
        <translation />
    </message>
    <message>
        <source>z-score</source>
        <translation />
    </message>
    <message>
        <source>Min–max 0–100</source>
        <translation />
    </message>
    <message>
        <source>Percentile rank</source>
        <translation />
    </message>
    <message>
        <source>How each indicator is put on a common scale before weighting</source>
        <translation />
    </message>
    <message>
        <source>Trim outliers</source>
        <translation />
    </message>
    <message>
        <source>Clamp each indicator to its 1st and 99th percentiles first</source>
        <translation />
    </message>
    <message>
        <source>Missing data: per indicator</source>
        <translation />
    </message>
    <message>
        <source>Missing data: zero</source>
        <translation />
    </message>
    <message>
        <source>Missing data: column mean</source>
        <translation />
    </message>
    <message>
        <source>Missing data: leave out and re-weight</source>
        <translation />
    </message>
    <message>
        <source>Axes (current, potential):</source>
        <translation />
    </message>
    <message>
        <source>Top-level criterion scored as current value (vertical axis)</source>
        <translation />
    </message>
    <message>
        <source>Top-level criterion scored as potential value (horizontal axis)</source>
        <translation />
    </message>
    <message>
        <source>Split at the mean</source>
        <translation />
    </message>
    <message>
        <source>Split at the median</source>
        <translation />
    </message>
    <message>
        <source>Split at thresholds</source>
        <translation />
    </message>
    <message>
        <source>current </source>
        <translation />
    </message>
    <message>
        <source>potential </source>
        <translation />
    </message>
    <message>
        <source>Evaluate</source>
        <translation />
    </message>
    <message>
        <source>Score every customer with the model and store the result as a dated snapshot</source>
        <translation />
    </message>
</context>
<context>
    <name>valuedesk::EvaluationResultModel</name>
    <message>
        <source>%1 (manual)</source>
        <translation />
    </message>
    <message>
        <source>Set by %1 on %2: %3
Evaluated: %4</source>
        <translation />
    </message>
    <message numerus="yes">
        <source>%1 of %n indicator(s) backed by data; the rest filled or left out by the missing-value rules</source>
        <translation>
            <numerusform>%1 of %n indicator backed by data; the rest filled or left out by the missing-value rules</numerusform><numerusform>%1 of %n indicators backed by data; the rest filled or left out by the missing-value rules</numerusform></translation>
    </message>
    <message>
        <source>Code</source>
        <translation />
    </message>
    <message>
        <source>Name</source>
        <translation />
    </message>
    <message>
        <source>Manager</source>
        <translation />
    </message>
    <message>
        <source>Region</source>
        <translation />
    </message>
    <message>
        <source>Industry</source>
        <translation />
    </message>
    <message>
        <source>Status</source>
        <translation />
    </message>
    <message>
        <source>Revenue</source>
        <translation />
    </message>
    <message>
        <source>Current value</source>
        <translation />
    </message>
    <message>
        <source>Potential value</source>
        <translation />
    </message>
    <message>
        <source>Total</source>
        <translation />
    </message>
    <message>
        <source>Data</source>
        <translation />
    </message>
    <message>
        <source>Quadrant</source>
        <translation />
    </message>
</context>
<context>
    <name>valuedesk::EvaluationRunner</name>
    <message>
        <source>The evaluation was cancelled.</source>
        <translation />
    </message>
    <message>
        <source>The customer file has no transactions yet; choose the as-of date of the evaluation.</source>
        <translation />
    </message>
    <message>
        <source>The customer file has no customers to evaluate.</source>
        <translation />
    </message>
</context>
<context>
    <name>valuedesk::EvaluationSnapshot</name>
    <message>
        <source>The stored evaluation does not match its model's indicators.</source>
        <translation />
    </message>
    <message>
        <source>The stored evaluation options are damaged.</source>
        <translation />
    </message>
</context>
<context>
    <name>valuedesk::EvaluationWorkspace</name>
    <message>
        <source>%1 · %2 v%3 · %4 months to %5</source>
        <translation />
    </message>
    <message>
        <source>Evaluate</source>
        <translation />
    </message>
    <message>
        <source>Save Snapshot</source>
        <translation />
    </message>
    <message>
        <source>Delete Snapshot</source>
        <translation />
    </message>
    <message>
        <source>Delete the evaluation of %1? Manual quadrants stay in the customers' grade history.</source>
        <translation />
    </message>
    <message>
        <source>Evaluating customers…</source>
        <translation />
    </message>
    <message>
        <source>No customer file is open.</source>
        <translation />
    </message>
    <message>
        <source>Opening the evaluation…</source>
        <translation />
    </message>
    <message>
        <source>Opening was cancelled.</source>
        <translation />
    </message>
    <message>
        <source>There is no evaluation to save.</source>
        <translation />
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation />
    </message>
    <message>
        <source>Open Snapshot</source>
        <translation />
    </message>
    <message>
        <source>Set by hand to %1 by %2 on %3: %4</source>
        <translation />
    </message>
    <message>
        <source>No evaluation shown: choose a model and press Evaluate, or open a stored one.</source>
        <translation />
    </message>
    <message numerus="yes">
        <source>%n customer(s) · thresholds: current %1, potential %2</source>
        <translation>
            <numerusform>%n customer · thresholds: current %1, potential %2</numerusform><numerusform>%n customers · thresholds: current %1, potential %2</numerusform></translation>
    </message>
    <message>
        <source>by %1</source>
        <translation />
    </message>
    <message>
        <source>not saved</source>
        <translation />
    </message>
    <message>
        <source>Evaluation:</source>
        <translation />
    </message>
    <message>
        <source>Save</source>
        <translation />
    </message>
    <message>
        <source>Store this evaluation (e.g. after moving a split line) as a dated snapshot</source>
        <translation />
    </message>
    <message>
        <source>Delete</source>
        <translation />
    </message>
    <message>
        <source>Delete the stored evaluation shown</source>
        <translation />
    </message>
    <message>
        <source>Colour by:</source>
        <translation />
    </message>
    <message>
        <source>Quadrant</source>
        <translation />
    </message>
    <message>
        <source>Account manager</source>
        <translation />
    </message>
    <message>
        <source>Region</source>
        <translation />
    </message>
    <message>
        <source>Industry</source>
        <translation />
    </message>
    <message>
        <source>Status</source>
        <translation />
    </message>
    <message>
        <source>Explanation</source>
        <translation />
    </message>
    <message>
        <source>Weight sensitivity</source>
        <translation />
    </message>
    <message>
        <source>Grade history</source>
        <translation />
    </message>
    <message>
        <source>Open customer</source>
        <translation />
    </message>
    <message>
        <source>Show the chosen customer's record on the Customers tab</source>
        <translation />
    </message>
    <message>
        <source>The unsaved evaluation shown before was closed.</source>
        <translation />
    </message>
    <message>
        <source>The evaluation was cancelled; nothing was stored.</source>
        <translation />
    </message>
</context>
<context>
    <name>valuedesk::EvaluatorGroupBar</name>
    <message>
        <source>Voting weight of %1 at this criterion; only the ratios between the evaluators matter</source>
        <translation />
    </message>
    <message>
        <source>Combine evaluators:</source>
        <translation />
    </message>
    <message>
        <source>AIJ — aggregate judgements</source>
        <translation />
    </message>
    <message>
        <source>Weighted geometric mean of each judgement, then the group matrix is analysed as usual, with its own CR (the default)</source>
        <translation />
    </message>
    <message>
        <source>AIP — aggregate priorities</source>
        <translation />
    </message>
    <message>
        <source>Weighted geometric mean of each evaluator's weights; there is no group matrix and no group CR</source>
        <translation />
    </message>
    <message>
        <source>How the evaluators' judgements become the group result</source>
        <translation />
    </message>
    <message>
        <source>Voting weights:</source>
        <translation />
    </message>
</context>
<context>
    <name>valuedesk::ExplanationPanel</name>
    <message>
        <source>%1st</source>
        <translation />
    </message>
    <message>
        <source>%1nd</source>
        <translation />
    </message>
    <message>
        <source>%1rd</source>
        <translation />
    </message>
    <message>
        <source>%1th</source>
        <translation />
    </message>
    <message numerus="yes">
        <source>%1 of %n indicator(s) backed by data</source>
        <translation>
            <numerusform>%1 of %n indicator backed by data</numerusform><numerusform>%1 of %n indicators backed by data</numerusform></translation>
    </message>
    <message>
        <source>Contributions to the total score</source>
        <translation />
    </message>
    <message>
        <source>No customer selected</source>
        <translation />
    </message>
    <message>
        <source>%1 (account manager: %2)</source>
        <translation />
    </message>
    <message>
        <source>Total value</source>
        <translation />
    </message>
    <message>
        <source>Rank: %1 of %2 by total value, %3 by %4, %5 by %6</source>
        <translation />
    </message>
    <message>
        <source>%1 — %2</source>
        <translation />
    </message>
    <message>
        <source>Copy table</source>
        <translation />
    </message>
    <message>
        <source>Copy the table to the clipboard (tab-separated, for spreadsheets)</source>
        <translation />
    </message>
</context>
<context>
    <name>valuedesk::ExplanationTableModel</name>
    <message>
        <source>No data; this indicator is left out of the customer's scores.</source>
        <translation />
    </message>
    <message>
        <source>No data; %1 was used instead.</source>
        <translation />
    </message>
    <message>
        <source>Lower is better: the normalised value is flipped so higher is better.</source>
        <translation />
    </message>
    <message>
        <source>Higher is better.</source>
        <translation />
    </message>
    <message>
        <source>AHP global weight %1; weight for this customer %2 (the weights of indicators without data are shared among the others).</source>
        <translation />
    </message>
    <message>
        <source>Weight for this customer × normalised value: %1 × %2</source>
        <translation />
    </message>
    <message>
        <source>No data for this customer: the missing-value rule “%1” was applied.</source>
        <translation />
    </message>
    <message>
        <source>Backed by data. Were it missing: %1.</source>
        <translation />
    </message>
    <message>
        <source>Indicator</source>
        <translation />
    </message>
    <message>
        <source>Criterion</source>
        <translation />
    </message>
    <message>
        <source>Metric</source>
        <translation />
    </message>
    <message>
        <source>Raw value</source>
        <translation />
    </message>
    <message>
        <source>Normalised</source>
        <translation />
    </message>
    <message>
        <source>Global weight</source>
        <translation />
    </message>
    <message>
        <source>Weight used</source>
        <translation />
    </message>
    <message>
        <source>Contribution</source>
        <translation />
    </message>
    <message>
        <source>To current value</source>
        <translation />
    </message>
    <message>
        <source>To %1</source>
        <translation />
    </message>
    <message>
        <source>To potential value</source>
        <translation />
    </message>
    <message>
        <source>Missing-value rule</source>
        <translation />
    </message>
</context>
<context>
    <name>valuedesk::FileActions</name>
    <message>
        <source>ValueDesk customer files (*.vdb);;All files (*)</source>
        <translation />
    </message>
    <message>
        <source>&amp;New Customer File…</source>
        <translation />
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation />
    </message>
    <message>
        <source>Save a &amp;Copy / Backup…</source>
        <translation />
    </message>
    <message>
        <source>Write a consistent copy of the open customer file</source>
        <translation />
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation />
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation />
    </message>
    <message>
        <source>Clear List</source>
        <translation />
    </message>
    <message>
        <source>New Customer File</source>
        <translation />
    </message>
    <message>
        <source>Open Customer File</source>
        <translation />
    </message>
    <message>
        <source>Save a Copy</source>
        <translation />
    </message>
</context>
<context>
    <name>valuedesk::GammaGammaModel</name>
    <message>
        <source>Fewer than two customers bought again with a positive spend, so the Gamma-Gamma spend model cannot be fitted.</source>
        <translation />
    </message>
    <message>
        <source>The Gamma-Gamma spend fit did not converge; the spend data may not suit the model.</source>
        <translation />
    </message>
</context>
<context>
    <name>valuedesk::GradeHistoryPanel</name>
    <message>
        <source>Evaluated: %1</source>
        <translation />
    </message>
    <message>
        <source>%1 version %2</source>
        <translation />
    </message>
    <message>
        <source>Set by hand: %1</source>
        <translation />
    </message>
    <message>
        <source>Manual quadrant withdrawn</source>
        <translation />
    </message>
    <message>
        <source>Date</source>
        <translation />
    </message>
    <message>
        <source>Quadrant</source>
        <translation />
    </message>
    <message>
        <source>By</source>
        <translation />
    </message>
    <message>
        <source>Model or reason</source>
        <translation />
    </message>
    <message>
        <source>Grade history of %1 %2</source>
        <translation />
    </message>
    <message>
        <source>Choose a customer to see its grade history.</source>
        <translation />
    </message>
    <message>
        <source>Choose a customer first.</source>
        <translation />
    </message>
    <message>
        <source>Set Quadrant by Hand</source>
        <translation />
    </message>
    <message>
        <source>Withdraw Manual Quadrant</source>
        <translation />
    </message>
    <message>
        <source>Set quadrant by hand…</source>
        <translation />
    </message>
    <message>
        <source>Put this customer in another quadrant, with a written reason</source>
        <translation />
    </message>
    <message>
        <source>Withdraw…</source>
        <translation />
    </message>
    <message>
        <source>Withdraw the manual quadrant: the evaluation's applies again</source>
        <translation />
    </message>
</context>
<context>
    <name>valuedesk::GradeOverrideRepository</name>
    <message>
        <source>“%1” is not a quadrant; use high-high, high-low, low-high or low-low.</source>
        <translation />
    </message>
    <message>
        <source>Give the grade to put the customer in.</source>
        <translation />
    </message>
    <message>
        <source>This customer has no manual grade to withdraw.</source>
        <translation />
    </message>
    <message>
        <source>Write the reason for the manual grade.</source>
        <translation />
    </message>
    <message>
        <source>The grading scheme is missing.</source>
        <translation />
    </message>
    <message>
        <source>The manual grade could not be saved.</source>
        <translation />
    </message>
    <message>
        <source>The customer no longer exists in this file.</source>
        <translation />
    </message>
    <message>
        <source>There is no evaluation snapshot %1 in this file.</source>
        <translation />
    </message>
    <message>
        <source>The manual grades of this file cannot be read.</source>
        <translation />
    </message>
    <message>
        <source>The grade history of this customer cannot be read.</source>
        <translation />
    </message>
</context>
<context>
    <name>valuedesk::HierarchyConsistencyLabel</name>
    <message>
        <source>Overall consistency CR&lt;sub&gt;H&lt;/sub&gt; = %1 %2 %3 (RI: %4)</source>
        <translation />
    </message>
    <message>
        <source>no criterion is weighted by judgements</source>
        <translation />
    </message>
    <message numerus="yes">
        <source>all %n judged criteria pass</source>
        <translation>
            <numerusform>the %n judged criterion passes</numerusform><numerusform>all %n judged criteria pass</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n of %1 judged criteria fail: %2</source>
        <translation>
            <numerusform>%n of %1 judged criteria fails: %2</numerusform><numerusform>%n of %1 judged criteria fail: %2</numerusform></translation>
    </message>
    <message>
        <source>&lt;p&gt;Hierarchical consistency ratio of the whole model:&lt;/p&gt;&lt;p&gt;&lt;b&gt;CR&lt;sub&gt;H&lt;/sub&gt; = Σ g·CI / Σ g·RI&lt;/b&gt;&lt;/p&gt;&lt;p&gt;summed over the criteria weighted by a judgement matrix, where g is the criterion's global weight, CI its consistency index and RI the random index of the %1 table. Criteria with typed weights or with aggregated priorities (AIP) have no CI and are left out; those with two sub-items add nothing. With several evaluators (AIJ) the group matrix counts; each evaluator's own CR is shown in the pairwise editor.&lt;/p&gt;&lt;p&gt;The model passes when CR&lt;sub&gt;H&lt;/sub&gt; &amp;lt; %2 and the CR of every judged criterion is below %2 too.&lt;/p&gt;</source>
        <translation />
    </message>
</context>
<context>
    <name>valuedesk::HierarchyDiagram</name>
    <message>
        <source>%1
local weight %2 %, global weight %3 %</source>
        <translation />
    </message>
    <message>
        <source>weight typed directly</source>
        <translation />
    </message>
</context>
<context>
    <name>valuedesk::ImportCommitter</name>
    <message>
        <source>Line %1: %2</source>
        <translation />
    </message>
</context>
<context>
    <name>valuedesk::ImportController</name>
    <message>
        <source>&amp;Import…</source>
        <translation />
    </message>
    <message>
        <source>Import customers, transactions, interactions, survey scores or balances from a CSV or Excel file</source>
        <translation />
    </message>
    <message>
        <source>Import</source>
        <translation />
    </message>
    <message>
        <source>Spreadsheets and CSV files (*.xlsx *.csv *.txt);;All files (*)</source>
        <translation />
    </message>
</context>
<context>
    <name>valuedesk::ImportDialog</name>
    <message>
        <source>Import</source>
        <translation />
    </message>
    <message>
        <source>File: %1</source>
        <translation />
    </message>
    <message>
        <source>Detect automatically</source>
        <translation />
    </message>
    <message>
        <source>Tab</source>
        <translation />
    </message>
    <message>
        <source>Set all to: %1</source>
        <translation />
    </message>
    <message>
        <source>Create customers for codes not yet in the file</source>
        <translation />
    </message>
    <message>
        <source>Import &amp;as:</source>
        <translation />
    </message>
    <message>
        <source>&amp;Encoding:</source>
        <translation />
    </message>
    <message>
        <source>&amp;Separator:</source>
        <translation />
    </message>
    <message>
        <source>S&amp;heet:</source>
        <translation />
    </message>
    <message>
        <source>Customers already in the file:</source>
        <translation />
    </message>
    <message>
        <source>&amp;Check Rows…</source>
        <translation />
    </message>
    <message>
        <source>&amp;Save Report as CSV…</source>
        <translation />
    </message>
    <message>
        <source>&amp;Back</source>
        <translation />
    </message>
    <message>
        <source>Reading %1…</source>
        <translation />
    </message>
    <message>
        <source>Reading was cancelled.</source>
        <translation />
    </message>
    <message>
        <source>First sheet</source>
        <translation />
    </message>
    <message>
        <source>tab</source>
        <translation />
    </message>
    <message numerus="yes">
        <source>%1 columns · encoding %2 · separator "%3" · about %n row(s)</source>
        <translation>
            <numerusform>%1 columns · encoding %2 · separator "%3" · about %n row</numerusform><numerusform>%1 columns · encoding %2 · separator "%3" · about %n rows</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%1 columns · sheet "%2" · %n row(s)</source>
        <translation>
            <numerusform>%1 columns · sheet "%2" · %n row</numerusform><numerusform>%1 columns · sheet "%2" · %n rows</numerusform></translation>
    </message>
    <message>
        <source>Choose a column for each required field: %1.</source>
        <translation />
    </message>
    <message>
        <source>Checking rows…</source>
        <translation />
    </message>
    <message>
        <source>The check was cancelled; nothing was imported.</source>
        <translation />
    </message>
    <message numerus="yes">
        <source>%n row(s) read.</source>
        <translation>
            <numerusform>%n row read.</numerusform><numerusform>%n rows read.</numerusform></translation>
    </message>
    <message>
        <source>All rows are fine.</source>
        <translation />
    </message>
    <message numerus="yes">
        <source>%1 can be imported; %n row(s) have problems and will be left out (listed below with line, field and reason).</source>
        <translation>
            <numerusform>%1 can be imported; %n row has problems and will be left out (listed below with line, field and reason).</numerusform><numerusform>%1 can be imported; %n rows have problems and will be left out (listed below with line, field and reason).</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n new customer(s) will be created for unknown codes.</source>
        <translation>
            <numerusform>%n new customer will be created for unknown codes.</numerusform><numerusform>%n new customers will be created for unknown codes.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n customer(s) in this file are already in the customer file. Choose what to do with each:</source>
        <translation>
            <numerusform>%n customer in this file is already in the customer file. Choose what to do with it:</numerusform><numerusform>%n customers in this file are already in the customer file. Choose what to do with each:</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>&amp;Import %n Row(s)</source>
        <translation>
            <numerusform>&amp;Import %n Row</numerusform><numerusform>&amp;Import %n Rows</numerusform></translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation />
    </message>
    <message>
        <source>The import was cancelled; the customer file was not changed.</source>
        <translation />
    </message>
    <message>
        <source>The import failed; the customer file was not changed.</source>
        <translation />
    </message>
    <message>
        <source>-problems</source>
        <translation />
    </message>
    <message>
        <source>Save Report</source>
        <translation />
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation />
    </message>
    <message>
        <source>The report could not be saved to %1.</source>
        <translation />
    </message>
</context>
<context>
    <name>valuedesk::ImportMappingModel</name>
    <message>
        <source>(do not import)</source>
        <translation />
    </message>
    <message>
        <source>%1 (required)</source>
        <translation />
    </message>
    <message>
        <source>Attribute "%1"</source>
        <translation />
    </message>
    <message>
        <source>Column in the file</source>
        <translation />
    </message>
    <message>
        <source>Sample values</source>
        <translation />
    </message>
    <message>
        <source>Import as</source>
        <translation />
    </message>
</context>
<context>
    <name>valuedesk::ImportReport</name>
    <message>
        <source>Line</source>
        <translation />
    </message>
    <message>
        <source>Field</source>
        <translation />
    </message>
    <message>
        <source>Column</source>
        <translation />
    </message>
    <message>
        <source>Value</source>
        <translation />
    </message>
    <message>
        <source>Reason</source>
        <translation />
    </message>
    <message>
        <source>%1 (column "%2")</source>
        <translation />
    </message>
    <message>
        <source>Line %1, %2: %3</source>
        <translation />
    </message>
    <message>
        <source>Line %1, %2: %3: "%4"</source>
        <translation />
    </message>
    <message>
        <source>Import cancelled; the customer file was not changed.</source>
        <translation />
    </message>
    <message>
        <source>Imported: %1 customers added, %2 updated, %3 skipped; %4 records added; %5 rows rejected.</source>
        <translation />
    </message>
</context>
<context>
    <name>valuedesk::ImportSchema</name>
    <message>
        <source>Customer code</source>
        <translation />
    </message>
    <message>
        <source>Date</source>
        <translation />
    </message>
    <message>
        <source>Name</source>
        <translation />
    </message>
    <message>
        <source>Industry</source>
        <translation />
    </message>
    <message>
        <source>Region</source>
        <translation />
    </message>
    <message>
        <source>Account manager</source>
        <translation />
    </message>
    <message>
        <source>Contact</source>
        <translation />
    </message>
    <message>
        <source>Customer since</source>
        <translation />
    </message>
    <message>
        <source>Status</source>
        <translation />
    </message>
    <message>
        <source>Notes</source>
        <translation />
    </message>
    <message>
        <source>Customer name</source>
        <translation />
    </message>
    <message>
        <source>Amount</source>
        <translation />
    </message>
    <message>
        <source>Cost</source>
        <translation />
    </message>
    <message>
        <source>Gross margin</source>
        <translation />
    </message>
    <message>
        <source>Quantity</source>
        <translation />
    </message>
    <message>
        <source>Product</source>
        <translation />
    </message>
    <message>
        <source>Category</source>
        <translation />
    </message>
    <message>
        <source>Channel</source>
        <translation />
    </message>
    <message>
        <source>Kind</source>
        <translation />
    </message>
    <message>
        <source>Note</source>
        <translation />
    </message>
    <message>
        <source>Satisfaction</source>
        <translation />
    </message>
    <message>
        <source>Loyalty</source>
        <translation />
    </message>
    <message>
        <source>Trust</source>
        <translation />
    </message>
    <message>
        <source>Other metric name</source>
        <translation />
    </message>
    <message>
        <source>Other metric value</source>
        <translation />
    </message>
    <message>
        <source>Balance</source>
        <translation />
    </message>
    <message>
        <source>Customers</source>
        <translation />
    </message>
    <message>
        <source>Transactions</source>
        <translation />
    </message>
    <message>
        <source>Interactions</source>
        <translation />
    </message>
    <message>
        <source>Survey scores</source>
        <translation />
    </message>
    <message>
        <source>Balances</source>
        <translation />
    </message>
</context>
<context>
    <name>valuedesk::ImportSource</name>
    <message>
        <source>"%1" is an old Excel 97-2003 workbook. Save it as .xlsx or CSV in Excel and import that file.</source>
        <translation />
    </message>
    <message>
        <source>Cannot open "%1": %2</source>
        <translation />
    </message>
    <message>
        <source>"%1" cannot be read as text: %2</source>
        <translation />
    </message>
    <message>
        <source>"%1" has no header row.</source>
        <translation />
    </message>
</context>
<context>
    <name>valuedesk::ImportValidator</name>
    <message>
        <source>missing value</source>
        <translation />
    </message>
    <message>
        <source>not a date (use e.g. 2024-05-25, 2024/5/25 or 2024年5月25日)</source>
        <translation />
    </message>
    <message>
        <source>not an amount</source>
        <translation />
    </message>
    <message>
        <source>not a number</source>
        <translation />
    </message>
    <message>
        <source>Map a column to each required field first: %1.</source>
        <translation />
    </message>
    <message>
        <source>unknown status (use active, prospect or lost, or 活跃/潜在/流失)</source>
        <translation />
    </message>
    <message>
        <source>duplicate code (also on line %1 of this file)</source>
        <translation />
    </message>
    <message>
        <source>unknown customer code (import the customer list first, or allow creating missing customers)</source>
        <translation />
    </message>
    <message>
        <source>negative quantity</source>
        <translation />
    </message>
    <message>
        <source>unknown interaction kind (use visit, call, complaint, referral, training, other, or 拜访/电话/投诉/推荐/培训/其他)</source>
        <translation />
    </message>
    <message>
        <source>score outside 0–%1</source>
        <translation />
    </message>
    <message>
        <source>the row has no score</source>
        <translation />
    </message>
</context>
<context>
    <name>valuedesk::Interaction</name>
    <message>
        <source>Visit</source>
        <translation />
    </message>
    <message>
        <source>Call</source>
        <translation />
    </message>
    <message>
        <source>Complaint</source>
        <translation />
    </message>
    <message>
        <source>Referral</source>
        <translation />
    </message>
    <message>
        <source>Training</source>
        <translation />
    </message>
    <message>
        <source>Other</source>
        <translation />
    </message>
</context>
<context>
    <name>valuedesk::KMeansScheme</name>
    <message>
        <source>expected a whole number from 0 to 4294967295.</source>
        <translation />
    </message>
    <message>
        <source>expected an array of metric ids.</source>
        <translation />
    </message>
    <message>
        <source>expected an array of names.</source>
        <translation />
    </message>
    <message>
        <source>expected a string.</source>
        <translation />
    </message>
    <message>
        <source>clustering needs an evaluation (a model) or a list of metrics.</source>
        <translation />
    </message>
    <message>
        <source>The evaluation does not match the customers being classified.</source>
        <translation />
    </message>
    <message>
        <source>k_min is larger than k_max.</source>
        <translation />
    </message>
    <message>
        <source>%1 clusters cannot be formed from %2 customers.</source>
        <translation />
    </message>
    <message>
        <source>Cluster %1</source>
        <translation />
    </message>
</context>
<context>
    <name>valuedesk::LoyaltyValueScheme</name>
    <message>
        <source>the value score needs an evaluation; evaluate with a model or choose a metric.</source>
        <translation />
    </message>
    <message>
        <source>A: top</source>
        <translation />
    </message>
    <message>
        <source>B: high value, low loyalty</source>
        <translation />
    </message>
    <message>
        <source>C: high loyalty, low value</source>
        <translation />
    </message>
    <message>
        <source>D: small</source>
        <translation />
    </message>
    <message>
        <source>E: inactive</source>
        <translation />
    </message>
    <message>
        <source>F: prospect</source>
        <translation />
    </message>
</context>
<context>
    <name>valuedesk::MainWindow</name>
    <message>
        <source>ValueDesk</source>
        <translation />
    </message>
    <message>
        <source>The changes to %1 were not saved: %2</source>
        <translation />
    </message>
    <message>
        <source>&amp;File</source>
        <translation />
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation />
    </message>
    <message>
        <source>&amp;Customer</source>
        <translation />
    </message>
    <message>
        <source>&amp;Language</source>
        <translation />
    </message>
    <message>
        <source>&amp;Help</source>
        <translation />
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation />
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation />
    </message>
    <message>
        <source>&amp;New Customer…</source>
        <translation />
    </message>
    <message>
        <source>&amp;Delete Customer…</source>
        <translation />
    </message>
    <message>
        <source>&amp;Find Customer</source>
        <translation />
    </message>
    <message>
        <source>System Default</source>
        <translation />
    </message>
    <message>
        <source>&amp;About ValueDesk</source>
        <translation />
    </message>
    <message>
        <source>"%1" is open; choose another name for the new file.</source>
        <translation />
    </message>
    <message>
        <source>The customer file could not be opened.</source>
        <translation />
    </message>
    <message>
        <source>%1 — ValueDesk</source>
        <translation />
    </message>
    <message numerus="yes">
        <source>%n customer(s)</source>
        <translation>
            <numerusform>%n customer</numerusform><numerusform>%n customers</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n customer(s) shown</source>
        <translation>
            <numerusform>%1 of %n customer shown</numerusform><numerusform>%1 of %n customers shown</numerusform></translation>
    </message>
    <message>
        <source>Choose another file for the copy.</source>
        <translation />
    </message>
    <message>
        <source>The copy could not be saved as "%1".</source>
        <translation />
    </message>
    <message>
        <source>Saved a copy to %1</source>
        <translation />
    </message>
    <message>
        <source>Delete Customer</source>
        <translation />
    </message>
    <message>
        <source>Delete %1 (%2) with all of its transactions, interactions, survey scores and balances? You can undo this with Edit ▸ Undo.</source>
        <translation />
    </message>
    <message>
        <source>About ValueDesk</source>
        <translation />
    </message>
    <message>
        <source>&lt;h3&gt;ValueDesk %1&lt;/h3&gt;&lt;p&gt;Customer value workbench for account managers: weigh value indicators, classify customers and plan what to do about each one.&lt;/p&gt;&lt;p&gt;客户价值工作台&lt;/p&gt;</source>
        <translation />
    </message>
    <message>
        <source>Apply the changes to the customer's profile before closing?</source>
        <translation />
    </message>
    <message>
        <source>Customers</source>
        <translation />
    </message>
    <message>
        <source>Value model (AHP)</source>
        <translation />
    </message>
    <message>
        <source>Apply Weights</source>
        <translation />
    </message>
    <message>
        <source>Weights applied to the value model: save it to keep them as a new version, or undo.</source>
        <translation />
    </message>
    <message>
        <source>Evaluation</source>
        <translation />
    </message>
    <message>
        <source>Classes</source>
        <translation />
    </message>
    <message>
        <source>Customer lifetime value</source>
        <translation />
    </message>
</context>
<context>
    <name>valuedesk::MetricCatalog</name>
    <message>
        <source>Metric “%1” needs a name after “%2”.</source>
        <translation />
    </message>
    <message>
        <source>Unknown metric “%1”.</source>
        <translation />
    </message>
    <message>
        <source>Revenue</source>
        <translation />
    </message>
    <message>
        <source>Gross profit</source>
        <translation />
    </message>
    <message>
        <source>Profit margin</source>
        <translation />
    </message>
    <message>
        <source>Number of orders</source>
        <translation />
    </message>
    <message>
        <source>Average order value</source>
        <translation />
    </message>
    <message>
        <source>Purchase frequency per month</source>
        <translation />
    </message>
    <message>
        <source>Days since last purchase</source>
        <translation />
    </message>
    <message>
        <source>Customer tenure (days)</source>
        <translation />
    </message>
    <message>
        <source>Repurchase rate</source>
        <translation />
    </message>
    <message>
        <source>Revenue growth</source>
        <translation />
    </message>
    <message>
        <source>Latest balance</source>
        <translation />
    </message>
    <message>
        <source>Average balance</source>
        <translation />
    </message>
    <message>
        <source>Referrals</source>
        <translation />
    </message>
    <message>
        <source>Complaints</source>
        <translation />
    </message>
    <message>
        <source>Visits</source>
        <translation />
    </message>
    <message>
        <source>Trainings</source>
        <translation />
    </message>
    <message>
        <source>Satisfaction</source>
        <translation />
    </message>
    <message>
        <source>Loyalty</source>
        <translation />
    </message>
    <message>
        <source>Trust</source>
        <translation />
    </message>
    <message>
        <source>Attribute: %1</source>
        <translation />
    </message>
    <message>
        <source>Rating: %1</source>
        <translation />
    </message>
    <message>
        <source>Sum of transaction amounts dated in the window; refunds (negative amounts) reduce it.</source>
        <translation />
    </message>
    <message>
        <source>Sum of amount − cost over the window's transactions with a known cost; rows without a cost are left out (0 when there are none).</source>
        <translation />
    </message>
    <message>
        <source>Gross profit ÷ revenue of the window's transactions with a known cost; missing when that revenue is ≤ 0.</source>
        <translation />
    </message>
    <message>
        <source>Number of transactions dated in the window (refund rows included).</source>
        <translation />
    </message>
    <message>
        <source>Revenue ÷ orders in the window; missing when there are no orders.</source>
        <translation />
    </message>
    <message>
        <source>Orders in the window ÷ the window's length in months.</source>
        <translation />
    </message>
    <message>
        <source>Days from the last transaction on or before the as-of date to the as-of date; missing when there is none.</source>
        <translation />
    </message>
    <message>
        <source>Days from the customer's tenure start (or, when unknown, the first transaction) to the as-of date; missing when that date is unknown or after the as-of date.</source>
        <translation />
    </message>
    <message>
        <source>Share of the calendar months after the month of the first purchase in the window (up to the as-of month) that have a purchase; missing when there is no purchase in the window or it falls in the as-of month.</source>
        <translation />
    </message>
    <message>
        <source>(Revenue − previous window's revenue) ÷ previous window's revenue; missing when the previous revenue is ≤ 0.</source>
        <translation />
    </message>
    <message>
        <source>The last balance dated on or before the as-of date; missing when there is none.</source>
        <translation />
    </message>
    <message>
        <source>Mean of the balances dated in the window; missing when there are none.</source>
        <translation />
    </message>
    <message>
        <source>Number of referral interactions dated in the window.</source>
        <translation />
    </message>
    <message>
        <source>Number of complaint interactions dated in the window.</source>
        <translation />
    </message>
    <message>
        <source>Number of visit interactions dated in the window.</source>
        <translation />
    </message>
    <message>
        <source>Number of training interactions dated in the window.</source>
        <translation />
    </message>
    <message>
        <source>Mean satisfaction score of the surveys dated in the window; missing when there are none.</source>
        <translation />
    </message>
    <message>
        <source>Mean loyalty score of the surveys dated in the window; missing when there are none.</source>
        <translation />
    </message>
    <message>
        <source>Mean trust score of the surveys dated in the window; missing when there are none.</source>
        <translation />
    </message>
    <message>
        <source>The customer attribute “%1” read as a number; missing when absent or not numeric.</source>
        <translation />
    </message>
    <message>
        <source>The account manager's 1–5 rating “%1”; missing when not rated.</source>
        <translation />
    </message>
    <message>
        <source>Unknown direction “%1” (expected “higher” or “lower”).</source>
        <translation />
    </message>
    <message>
        <source>Customer lifetime value (BG/NBD)</source>
        <translation />
    </message>
    <message>
        <source>Probability alive (BG/NBD)</source>
        <translation />
    </message>
    <message>
        <source>Expected discounted spend over the next 52 weeks: BG/NBD and Gamma-Gamma fitted on every customer's purchase days up to the as-of date (in weeks), 1 % discount per month, margin 100 %; missing when the customer had not bought by then or the models cannot be fitted.</source>
        <translation />
    </message>
    <message>
        <source>Probability that the customer is still active (BG/NBD fitted on every customer's purchase days up to the as-of date, in weeks); missing when the customer had not bought by then or the model cannot be fitted.</source>
        <translation />
    </message>
</context>
<context>
    <name>valuedesk::MonthlyRollup</name>
    <message>
        <source>The monthly totals could not be updated.</source>
        <translation />
    </message>
    <message>
        <source>The monthly totals cannot be read.</source>
        <translation />
    </message>
</context>
<context>
    <name>valuedesk::NewCustomerDialog</name>
    <message>
        <source>New Customer</source>
        <translation />
    </message>
    <message>
        <source>Customer &amp;code:</source>
        <translation />
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation />
    </message>
    <message>
        <source>&amp;Industry:</source>
        <translation />
    </message>
    <message>
        <source>&amp;Region:</source>
        <translation />
    </message>
    <message>
        <source>Account &amp;manager:</source>
        <translation />
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation />
    </message>
</context>
<context>
    <name>valuedesk::PairwiseEditor</name>
    <message>
        <source>Group result</source>
        <translation />
    </message>
    <message>
        <source>Judgements</source>
        <translation />
    </message>
    <message>
        <source>“%1” is an indicator</source>
        <translation />
    </message>
    <message>
        <source>Select a criterion with sub-items to compare them.</source>
        <translation />
    </message>
    <message>
        <source>Open or create a value model.</source>
        <translation />
    </message>
    <message>
        <source>Under “%1”</source>
        <translation />
    </message>
    <message>
        <source>A weight must be zero or a positive number.</source>
        <translation />
    </message>
    <message>
        <source>Auto-repair</source>
        <translation />
    </message>
    <message>
        <source>“%1” vs “%2”: %3 → %4</source>
        <translation />
    </message>
    <message>
        <source>No change of a single judgement lowers CR.</source>
        <translation />
    </message>
    <message numerus="yes">
        <source>Change %n judgement(s) to bring CR from %1 to %2?</source>
        <translation>
            <numerusform>Change %n judgement to bring CR from %1 to %2?</numerusform><numerusform>Change %n judgements to bring CR from %1 to %2?</numerusform></translation>
    </message>
    <message>
        <source>This still does not reach the threshold.</source>
        <translation />
    </message>
    <message>
        <source>Apply</source>
        <translation />
    </message>
    <message>
        <source>Add Evaluator</source>
        <translation />
    </message>
    <message>
        <source>Name of the evaluator:</source>
        <translation />
    </message>
    <message>
        <source>%1 is already an evaluator.</source>
        <translation />
    </message>
    <message>
        <source>Evaluator 1</source>
        <translation />
    </message>
    <message>
        <source>Evaluator %1</source>
        <translation />
    </message>
    <message>
        <source>Rename Evaluator</source>
        <translation />
    </message>
    <message>
        <source>New name:</source>
        <translation />
    </message>
    <message>
        <source>Remove Evaluator</source>
        <translation />
    </message>
    <message>
        <source>Remove %1 and all of their judgements? You can undo this.</source>
        <translation />
    </message>
    <message>
        <source>Matrix</source>
        <translation />
    </message>
    <message>
        <source>Edit the upper triangle; the lower fills with reciprocals</source>
        <translation />
    </message>
    <message>
        <source>Questionnaire</source>
        <translation />
    </message>
    <message>
        <source>One pair per row with a slider, as in an AHP survey</source>
        <translation />
    </message>
    <message>
        <source>Evaluator:</source>
        <translation />
    </message>
    <message>
        <source>Add…</source>
        <translation />
    </message>
    <message>
        <source>Rename…</source>
        <translation />
    </message>
    <message>
        <source>Remove</source>
        <translation />
    </message>
    <message>
        <source>These weights are typed directly, not derived from judgements. They are normalised to sum to 100 %.</source>
        <translation />
    </message>
    <message>
        <source>Criterion</source>
        <translation />
    </message>
    <message>
        <source>Typed weight</source>
        <translation />
    </message>
    <message>
        <source>Share</source>
        <translation />
    </message>
    <message>
        <source>AIP: the group has no judgement matrix. Its weights below combine each evaluator's priorities; choose an evaluator to see or edit their judgements.</source>
        <translation />
    </message>
</context>
<context>
    <name>valuedesk::PairwiseMatrixModel</name>
    <message>
        <source>inferred: %1</source>
        <translation />
    </message>
    <message>
        <source>Revisit this judgement: %1 would give CR %2</source>
        <translation />
    </message>
    <message>
        <source>Not judged yet: type a value such as 3 or 1/3</source>
        <translation />
    </message>
    <message>
        <source>“%1” is not a judgement: type a value such as 3, 1/3 or 0.5.</source>
        <translation />
    </message>
</context>
<context>
    <name>valuedesk::PairwiseQuestionModel</name>
    <message>
        <source>%1: %2</source>
        <translation />
    </message>
    <message>
        <source>not judged</source>
        <translation />
    </message>
    <message>
        <source>A</source>
        <translation />
    </message>
    <message>
        <source>A ◀ 9 … 1 … 9 ▶ B</source>
        <translation />
    </message>
    <message>
        <source>B</source>
        <translation />
    </message>
    <message>
        <source>Meaning</source>
        <translation />
    </message>
    <message>
        <source>not judged yet: move the slider</source>
        <translation />
    </message>
</context>
<context>
    <name>valuedesk::ParetoChart</name>
    <message numerus="yes">
        <source>%n customer(s), ranked by %1</source>
        <translation>
            <numerusform>%n customer, ranked by %1</numerusform><numerusform>%n customers, ranked by %1</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n customer(s), ranked by %1, in %2 groups</source>
        <translation>
            <numerusform>%n customer, ranked by %1, in %2 groups</numerusform><numerusform>%n customers, ranked by %1, in %2 groups</numerusform></translation>
    </message>
    <message>
        <source>Share of the total per customer</source>
        <translation />
    </message>
    <message>
        <source>Share of the total</source>
        <translation />
    </message>
    <message>
        <source>Cumulative share</source>
        <translation />
    </message>
    <message>
        <source>Customers</source>
        <translation />
    </message>
    <message>
        <source>Cut-off %1 %</source>
        <translation />
    </message>
    <message>
        <source>%1 % reference</source>
        <translation />
    </message>
</context>
<context>
    <name>valuedesk::ProbabilisticClv</name>
    <message>
        <source>The CLV horizon must be a positive length of time.</source>
        <translation />
    </message>
    <message>
        <source>The discount rate must be greater than −100 %.</source>
        <translation />
    </message>
</context>
<context>
    <name>valuedesk::PurchaseHistoryReader</name>
    <message>
        <source>Cannot read the transactions.</source>
        <translation />
    </message>
    <message>
        <source>Customer %1 has a transaction with an unreadable date.</source>
        <translation />
    </message>
    <message>
        <source>"%1" has no column for: %2.</source>
        <translation />
    </message>
    <message>
        <source>Line %1 of "%2" has no customer, or an unreadable date or amount.</source>
        <translation />
    </message>
</context>
<context>
    <name>valuedesk::PyramidScheme</name>
    <message>
        <source>expected three shares (top, important, ordinary), e.g. [0.01, 0.04, 0.15].</source>
        <translation />
    </message>
    <message>
        <source>expected a share from 0 to 1.</source>
        <translation />
    </message>
    <message>
        <source>the value score needs an evaluation; evaluate with a model or choose a metric.</source>
        <translation />
    </message>
    <message>
        <source>a share is negative.</source>
        <translation />
    </message>
    <message>
        <source>the shares add up to more than 1.</source>
        <translation />
    </message>
    <message>
        <source>Top</source>
        <translation />
    </message>
    <message>
        <source>Important</source>
        <translation />
    </message>
    <message>
        <source>Ordinary</source>
        <translation />
    </message>
    <message>
        <source>Small</source>
        <translation />
    </message>
    <message>
        <source>Potential</source>
        <translation />
    </message>
</context>
<context>
    <name>valuedesk::QuadrantChart</name>
    <message>
        <source>Potential value</source>
        <translation />
    </message>
    <message>
        <source>Current value</source>
        <translation />
    </message>
    <message>
        <source>Other</source>
        <translation />
    </message>
    <message>
        <source>Manual override</source>
        <translation />
    </message>
</context>
<context>
    <name>valuedesk::QuadrantChartView</name>
    <message>
        <source>Customer %1
Potential value: %2
Current value: %3
Revenue: %4</source>
        <translation />
    </message>
</context>
<context>
    <name>valuedesk::QuadrantOverrideDialog</name>
    <message>
        <source>Withdraw Manual Quadrant</source>
        <translation />
    </message>
    <message>
        <source>Set Quadrant by Hand</source>
        <translation />
    </message>
    <message>
        <source>%1 — %2</source>
        <translation />
    </message>
    <message>
        <source>Why the evaluation's quadrant applies again</source>
        <translation />
    </message>
    <message>
        <source>Why this customer belongs in another quadrant, e.g. a signed framework contract</source>
        <translation />
    </message>
    <message>
        <source>%1 goes back to the evaluated quadrant: %2.</source>
        <translation />
    </message>
    <message>
        <source>The evaluation put %1 in: %2. The manual quadrant, your reason, name and the date are kept in the customer's grade history.</source>
        <translation />
    </message>
    <message>
        <source>Quadrant:</source>
        <translation />
    </message>
    <message>
        <source>Reason:</source>
        <translation />
    </message>
</context>
<context>
    <name>valuedesk::QuadrantSummaryModel</name>
    <message>
        <source>All shown</source>
        <translation />
    </message>
    <message>
        <source>Quadrant</source>
        <translation />
    </message>
    <message>
        <source>Customers</source>
        <translation />
    </message>
    <message>
        <source>Share</source>
        <translation />
    </message>
    <message>
        <source>Revenue</source>
        <translation />
    </message>
    <message>
        <source>Revenue share</source>
        <translation />
    </message>
    <message>
        <source>Avg current</source>
        <translation />
    </message>
    <message>
        <source>Avg potential</source>
        <translation />
    </message>
    <message>
        <source>Avg total</source>
        <translation />
    </message>
</context>
<context>
    <name>valuedesk::RecordEditDialog</name>
    <message>
        <source>Enter the %1.</source>
        <translation />
    </message>
    <message>
        <source>The %1 "%2" is not an amount.</source>
        <translation />
    </message>
    <message>
        <source>The %1 "%2" is not a number.</source>
        <translation />
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation />
    </message>
    <message>
        <source>&amp;Amount:</source>
        <translation />
    </message>
    <message>
        <source>&amp;Cost:</source>
        <translation />
    </message>
    <message>
        <source>&amp;Quantity:</source>
        <translation />
    </message>
    <message>
        <source>&amp;Product:</source>
        <translation />
    </message>
    <message>
        <source>Ca&amp;tegory:</source>
        <translation />
    </message>
    <message>
        <source>C&amp;hannel:</source>
        <translation />
    </message>
    <message>
        <source>Add transaction</source>
        <translation />
    </message>
    <message>
        <source>Edit transaction</source>
        <translation />
    </message>
    <message>
        <source>amount</source>
        <translation />
    </message>
    <message>
        <source>cost</source>
        <translation />
    </message>
    <message>
        <source>quantity</source>
        <translation />
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation />
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation />
    </message>
    <message>
        <source>Add interaction</source>
        <translation />
    </message>
    <message>
        <source>Edit interaction</source>
        <translation />
    </message>
    <message>
        <source>&amp;Satisfaction:</source>
        <translation />
    </message>
    <message>
        <source>&amp;Loyalty:</source>
        <translation />
    </message>
    <message>
        <source>&amp;Trust:</source>
        <translation />
    </message>
    <message>
        <source>Other &amp;metric:</source>
        <translation />
    </message>
    <message>
        <source>Metric &amp;value:</source>
        <translation />
    </message>
    <message>
        <source>Add survey score</source>
        <translation />
    </message>
    <message>
        <source>Edit survey score</source>
        <translation />
    </message>
    <message>
        <source>satisfaction</source>
        <translation />
    </message>
    <message>
        <source>loyalty</source>
        <translation />
    </message>
    <message>
        <source>trust</source>
        <translation />
    </message>
    <message>
        <source>metric value</source>
        <translation />
    </message>
    <message>
        <source>&amp;Balance:</source>
        <translation />
    </message>
    <message>
        <source>Add balance</source>
        <translation />
    </message>
    <message>
        <source>Edit balance</source>
        <translation />
    </message>
    <message>
        <source>balance</source>
        <translation />
    </message>
</context>
<context>
    <name>valuedesk::RecordPanel</name>
    <message>
        <source>Delete record</source>
        <translation />
    </message>
    <message>
        <source>Delete the selected record? You can undo this.</source>
        <translation />
    </message>
    <message>
        <source>ValueDesk</source>
        <translation />
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation />
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation />
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation />
    </message>
</context>
<context>
    <name>valuedesk::RecordRepository</name>
    <message>
        <source>The record no longer exists in this file.</source>
        <translation />
    </message>
    <message>
        <source>The records could not be saved.</source>
        <translation />
    </message>
</context>
<context>
    <name>valuedesk::RecordTableModel</name>
    <message>
        <source>Date</source>
        <translation />
    </message>
    <message>
        <source>Amount</source>
        <translation />
    </message>
    <message>
        <source>Cost</source>
        <translation />
    </message>
    <message>
        <source>Gross margin</source>
        <translation />
    </message>
    <message>
        <source>Quantity</source>
        <translation />
    </message>
    <message>
        <source>Product</source>
        <translation />
    </message>
    <message>
        <source>Category</source>
        <translation />
    </message>
    <message>
        <source>Channel</source>
        <translation />
    </message>
    <message>
        <source>Kind</source>
        <translation />
    </message>
    <message>
        <source>Note</source>
        <translation />
    </message>
    <message>
        <source>Satisfaction</source>
        <translation />
    </message>
    <message>
        <source>Loyalty</source>
        <translation />
    </message>
    <message>
        <source>Trust</source>
        <translation />
    </message>
    <message>
        <source>Other metric</source>
        <translation />
    </message>
    <message>
        <source>Value</source>
        <translation />
    </message>
    <message>
        <source>Balance</source>
        <translation />
    </message>
</context>
<context>
    <name>valuedesk::RfmHeatmapModel</name>
    <message numerus="yes">
        <source>%n customer(s)
avg %1</source>
        <translation>
            <numerusform>%n customer
avg %1</numerusform><numerusform>%n customers
avg %1</numerusform></translation>
    </message>
    <message>
        <source>No customer with R = %1, F = %2</source>
        <translation />
    </message>
    <message numerus="yes">
        <source>R = %1, F = %2: %n customer(s), average monetary value %3</source>
        <translation>
            <numerusform>R = %1, F = %2: %n customer, average monetary value %3</numerusform><numerusform>R = %1, F = %2: %n customers, average monetary value %3</numerusform></translation>
    </message>
    <message>
        <source>F = %1</source>
        <translation />
    </message>
    <message>
        <source>R = %1</source>
        <translation />
    </message>
</context>
<context>
    <name>valuedesk::RfmScheme</name>
    <message>
        <source>Important value</source>
        <translation />
    </message>
    <message>
        <source>Important development</source>
        <translation />
    </message>
    <message>
        <source>Important retention</source>
        <translation />
    </message>
    <message>
        <source>Important win-back</source>
        <translation />
    </message>
    <message>
        <source>General value</source>
        <translation />
    </message>
    <message>
        <source>General development</source>
        <translation />
    </message>
    <message>
        <source>General retention</source>
        <translation />
    </message>
    <message>
        <source>General win-back</source>
        <translation />
    </message>
    <message>
        <source>The RFM classification could not run: the customers and their data do not match.</source>
        <translation />
    </message>
    <message>
        <source>RFM thresholds must be four increasing numbers per dimension.</source>
        <translation />
    </message>
    <message>
        <source>Give one name per class (%1 classes, %2 names).</source>
        <translation />
    </message>
</context>
<context>
    <name>valuedesk::SchemeOptionsForm</name>
    <message>
        <source>Rank by</source>
        <translation />
    </message>
    <message>
        <source>Classes by</source>
        <translation />
    </message>
    <message>
        <source>Cumulative-share cut-offs (%)</source>
        <translation />
    </message>
    <message>
        <source>Customer-count shares (%)</source>
        <translation />
    </message>
    <message>
        <source>Class names</source>
        <translation />
    </message>
    <message>
        <source>Segment names</source>
        <translation />
    </message>
    <message>
        <source>Monetary</source>
        <translation />
    </message>
    <message>
        <source>Segments compare</source>
        <translation />
    </message>
    <message>
        <source>Score thresholds</source>
        <translation />
    </message>
    <message>
        <source>Clusters (0 = suggest)</source>
        <translation />
    </message>
    <message>
        <source>JSON, e.g. a list of objects or null</source>
        <translation />
    </message>
    <message>
        <source>“%1” is not valid.</source>
        <translation />
    </message>
</context>
<context>
    <name>valuedesk::SchemeUtil</name>
    <message>
        <source>The classification input is inconsistent.</source>
        <translation />
    </message>
    <message>
        <source>The evaluation does not match the customers being classified.</source>
        <translation />
    </message>
    <message>
        <source>expected "mean", "median" or a number.</source>
        <translation />
    </message>
    <message>
        <source>Option "%1" of the %2 scheme: %3</source>
        <translation />
    </message>
    <message>
        <source>unknown option.</source>
        <translation />
    </message>
    <message>
        <source>expected a metric id.</source>
        <translation />
    </message>
    <message>
        <source>expected a number.</source>
        <translation />
    </message>
    <message>
        <source>expected a whole number from %1 to %2.</source>
        <translation />
    </message>
    <message>
        <source>expected true or false.</source>
        <translation />
    </message>
</context>
<context>
    <name>valuedesk::ScoreExplanation</name>
    <message>
        <source>There is no customer %1 in this evaluation.</source>
        <translation />
    </message>
    <message>
        <source>The evaluation is incomplete and cannot be explained.</source>
        <translation />
    </message>
    <message>
        <source>mean of all customers</source>
        <translation />
    </message>
    <message>
        <source>median of all customers</source>
        <translation />
    </message>
    <message>
        <source>fixed threshold</source>
        <translation />
    </message>
    <message>
        <source>high value – high potential</source>
        <translation />
    </message>
    <message>
        <source>high value – low potential</source>
        <translation />
    </message>
    <message>
        <source>low value – high potential</source>
        <translation />
    </message>
    <message>
        <source>low value – low potential</source>
        <translation />
    </message>
    <message>
        <source>data</source>
        <translation />
    </message>
    <message>
        <source>missing → 0</source>
        <translation />
    </message>
    <message>
        <source>missing → column mean</source>
        <translation />
    </message>
    <message>
        <source>missing → excluded</source>
        <translation />
    </message>
    <message>
        <source>Current value %1 is above the threshold %2 (%3)</source>
        <translation />
    </message>
    <message>
        <source>Current value %1 is at or below the threshold %2 (%3)</source>
        <translation />
    </message>
    <message>
        <source>potential value %1 is above the threshold %2</source>
        <translation />
    </message>
    <message>
        <source>potential value %1 is at or below the threshold %2</source>
        <translation />
    </message>
    <message>
        <source>%1 and %2, so the customer is %3 (%4).</source>
        <translation />
    </message>
</context>
<context>
    <name>valuedesk::SensitivityAnalysis</name>
    <message>
        <source>The evaluation cannot be re-scored.</source>
        <translation />
    </message>
    <message>
        <source>Choose a criterion or indicator below the goal.</source>
        <translation />
    </message>
    <message>
        <source>The weight change is not a number.</source>
        <translation />
    </message>
    <message>
        <source>The model does not match the analysed hierarchy.</source>
        <translation />
    </message>
</context>
<context>
    <name>valuedesk::SensitivityPanel</name>
    <message>
        <source>Run an evaluation to try other weights.</source>
        <translation />
    </message>
    <message>
        <source>%1: %2 → %3</source>
        <translation />
    </message>
    <message>
        <source>“%1” has no siblings: its weight within its parent is always 100 %.</source>
        <translation />
    </message>
    <message>
        <source>(limited to 0 … 100 %)</source>
        <translation />
    </message>
    <message numerus="yes">
        <source>%n customer(s) change quadrant</source>
        <translation>
            <numerusform>%n customer change quadrant</numerusform><numerusform>%n customers change quadrant</numerusform></translation>
    </message>
    <message>
        <source>Top-%1 keeps %2 of %1</source>
        <translation />
    </message>
    <message>
        <source>Apply weights</source>
        <translation />
    </message>
    <message>
        <source>Weight of:</source>
        <translation />
    </message>
    <message>
        <source>Change the weight by −50 % … +50 %; the other items under the same parent are rescaled so the weights still add up to 100 %</source>
        <translation />
    </message>
    <message>
        <source>Quadrant before (rows) and after (columns):</source>
        <translation />
    </message>
    <message>
        <source>Largest rank changes by total value:</source>
        <translation />
    </message>
    <message>
        <source>Reset</source>
        <translation />
    </message>
    <message>
        <source>Apply to model…</source>
        <translation />
    </message>
    <message>
        <source>Save the model with these weights (the parent's weights become directly typed weights)</source>
        <translation />
    </message>
    <message>
        <source>Code</source>
        <translation />
    </message>
    <message>
        <source>Name</source>
        <translation />
    </message>
    <message>
        <source>Rank before</source>
        <translation />
    </message>
    <message>
        <source>Rank after</source>
        <translation />
    </message>
    <message>
        <source>Change</source>
        <translation />
    </message>
</context>
<context>
    <name>valuedesk::SnapshotRepository</name>
    <message>
        <source>The evaluation could not be saved as a snapshot.</source>
        <translation />
    </message>
    <message>
        <source>The evaluation could not be saved as a snapshot: its rows do not match its customers.</source>
        <translation />
    </message>
    <message>
        <source>There is no evaluation snapshot %1 in this file.</source>
        <translation />
    </message>
    <message>
        <source>The evaluation snapshots of this file cannot be read.</source>
        <translation />
    </message>
    <message>
        <source>The evaluation snapshot %1 is damaged in this file and cannot be read.</source>
        <translation />
    </message>
    <message>
        <source>The evaluation snapshot %1 cannot be read from this file.</source>
        <translation />
    </message>
    <message>
        <source>The evaluation snapshot %1 is damaged in this file: the values of customer %2 have the wrong length.</source>
        <translation />
    </message>
    <message>
        <source>The evaluation snapshot %1 could not be deleted.</source>
        <translation />
    </message>
    <message>
        <source>The label of evaluation snapshot %1 could not be changed.</source>
        <translation />
    </message>
</context>
<context>
    <name>valuedesk::TextDecoder</name>
    <message>
        <source>The file is not valid UTF-8: invalid bytes at offset %1.</source>
        <translation />
    </message>
    <message>
        <source>GB18030/GBK text cannot be decoded by this build of the application.</source>
        <translation />
    </message>
    <message>
        <source>The file is not valid GB18030/GBK: invalid bytes at offset %1.</source>
        <translation />
    </message>
    <message>
        <source>The file's encoding was not recognised: it is neither UTF-8 nor GB18030/GBK (invalid bytes at offset %1). Save it as UTF-8 and import it again.</source>
        <translation />
    </message>
    <message>
        <source>The file starts with a %1 byte order mark but is not valid %1.</source>
        <translation />
    </message>
    <message>
        <source>Unknown text encoding.</source>
        <translation />
    </message>
    <message>
        <source>Unknown encoding "%1". Accepted names: auto, utf-8 (utf8), gbk, gb18030, gb2312.</source>
        <translation />
    </message>
</context>
<context>
    <name>valuedesk::TierScheme</name>
    <message>
        <source>Quality</source>
        <translation />
    </message>
    <message>
        <source>Key</source>
        <translation />
    </message>
    <message>
        <source>VIP</source>
        <translation />
    </message>
    <message>
        <source>Base</source>
        <translation />
    </message>
    <message>
        <source>expected an array of tiers.</source>
        <translation />
    </message>
    <message>
        <source>expected an object.</source>
        <translation />
    </message>
    <message>
        <source>expected a string.</source>
        <translation />
    </message>
    <message>
        <source>expected null or an object.</source>
        <translation />
    </message>
    <message>
        <source>no tier given.</source>
        <translation />
    </message>
    <message>
        <source>lower bounds must be strictly ascending.</source>
        <translation />
    </message>
    <message>
        <source>the id "%1" is used twice.</source>
        <translation />
    </message>
</context>
<context>
    <name>valuedesk::UserName</name>
    <message>
        <source>unknown</source>
        <translation />
    </message>
</context>
<context>
    <name>valuedesk::ValueScorer</name>
    <message>
        <source>The model has no indicators to score.</source>
        <translation />
    </message>
    <message>
        <source>The indicator values do not match the model's indicators.</source>
        <translation />
    </message>
    <message>
        <source>The model's hierarchy is malformed.</source>
        <translation />
    </message>
    <message>
        <source>The model has no top-level criterion for the current or potential value axis.</source>
        <translation />
    </message>
    <message>
        <source>High value, high potential</source>
        <translation />
    </message>
    <message>
        <source>High value, low potential</source>
        <translation />
    </message>
    <message>
        <source>Low value, high potential</source>
        <translation />
    </message>
    <message>
        <source>Low value, low potential</source>
        <translation />
    </message>
    <message>
        <source>Keep and develop</source>
        <translation />
    </message>
    <message>
        <source>Maintain</source>
        <translation />
    </message>
    <message>
        <source>Cultivate</source>
        <translation />
    </message>
    <message>
        <source>Control investment</source>
        <translation />
    </message>
</context>
<context>
    <name>valuedesk::XlsxReader</name>
    <message>
        <source>Cannot open "%1": %2.</source>
        <translation />
    </message>
    <message>
        <source>"%1" is not an Excel workbook (.xlsx), or it is damaged: it cannot be read as a ZIP archive.</source>
        <translation />
    </message>
    <message>
        <source>"%1" is not an Excel workbook (.xlsx): it has no workbook part (%2).</source>
        <translation />
    </message>
    <message>
        <source>"%1" is damaged: its part %2 cannot be read.</source>
        <translation />
    </message>
    <message>
        <source>"%1" is damaged: its part %2 is missing.</source>
        <translation />
    </message>
    <message>
        <source>"%1" is damaged: its part %2 contains invalid data.</source>
        <translation />
    </message>
    <message>
        <source>"%1" is damaged: its part %2 is not valid XML.</source>
        <translation />
    </message>
    <message>
        <source>"%1" contains no sheets.</source>
        <translation />
    </message>
    <message>
        <source>"%1" has no sheet named "%2". Available sheets: %3.</source>
        <translation />
    </message>
</context>
</TS>
