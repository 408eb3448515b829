<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>Labels</name>
    <message>
        <source>Outline</source>
        <translation>提纲</translation>
    </message>
    <message>
        <source>Heading</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>Point</source>
        <translation>要点</translation>
    </message>
    <message>
        <source>Sentence</source>
        <translation>语句</translation>
    </message>
    <message>
        <source>Parallel</source>
        <translation>排比</translation>
    </message>
    <message>
        <source>Term</source>
        <translation>提法</translation>
    </message>
    <message>
        <source>The skeleton of a whole document</source>
        <translation>整篇材料的框架结构</translation>
    </message>
    <message>
        <source>Section titles, often in matched pairs</source>
        <translation>各部分小标题，常为对仗句式</translation>
    </message>
    <message>
        <source>Enumerated points such as 一是…</source>
        <translation>“一是……二是……”式的分项表述</translation>
    </message>
    <message>
        <source>Reusable sentences</source>
        <translation>可直接借鉴的句子</translation>
    </message>
    <message>
        <source>Parallel phrasing such as 同谋划、同部署、同落实</source>
        <translation>排比并列表述，如“同谋划、同部署、同落实”</translation>
    </message>
    <message>
        <source>Set expressions and slogans</source>
        <translation>固定提法和标语口号</translation>
    </message>
    <message>
        <source>Best first</source>
        <translation>综合排序</translation>
    </message>
    <message>
        <source>Most used</source>
        <translation>使用最多</translation>
    </message>
    <message>
        <source>Shortest</source>
        <translation>最短优先</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <source>Gaozi</source>
        <translation>稿子</translation>
    </message>
    <message>
        <source>Cannot open the library %1:
%2</source>
        <translation>无法打开素材库 %1：
%2</translation>
    </message>
</context>
<context>
    <name>gaozi::Checks</name>
    <message>
        <source>This section has %1 characters, far fewer than its siblings (median %2).</source>
        <translation>本节共 %1 字，远少于同级各节（中位数 %2 字）。</translation>
    </message>
    <message>
        <source>This section has %1 characters, far more than its siblings (median %2).</source>
        <translation>本节共 %1 字，远多于同级各节（中位数 %2 字）。</translation>
    </message>
    <message>
        <source>Expand it, or merge it into a neighbouring section.</source>
        <translation>请充实内容，或并入相邻一节。</translation>
    </message>
    <message>
        <source>Consider splitting or trimming it.</source>
        <translation>可考虑拆分或精简。</translation>
    </message>
    <message>
        <source>Placeholders left in the text: XX, X次, A, 【待补】, {数}.</source>
        <translation>正文中遗留的占位符：XX、X次、A、【待补】、{数}。</translation>
    </message>
    <message>
        <source>Heading numbers that skip or repeat at one level.</source>
        <translation>同一层级标题序号跳号或重复。</translation>
    </message>
    <message>
        <source>A heading level used without the level above it.</source>
        <translation>使用了某级标题，却缺少其上一级。</translation>
    </message>
    <message>
        <source>一是 without 二是, or 一是/二是 enumerations out of order.</source>
        <translation>有“一是”无“二是”，或“一是”“二是”顺序错乱。</translation>
    </message>
    <message>
        <source>Heading markers written with ASCII parentheses.</source>
        <translation>标题序号使用了半角括号。</translation>
    </message>
    <message>
        <source>A year in the title that differs from the draft's year.</source>
        <translation>标题中的年份与稿件年份不符。</translation>
    </message>
    <message>
        <source>A year in a heading that differs from the draft's year.</source>
        <translation>小标题中的年份与稿件年份不符。</translation>
    </message>
    <message>
        <source>An opening that starts with an earlier year.</source>
        <translation>开头以往年年份起笔。</translation>
    </message>
    <message>
        <source>A year in the text later than the draft's year plus one.</source>
        <translation>正文中出现晚于稿件年份一年以上的年份。</translation>
    </message>
    <message>
        <source>No year known, so year and timeliness checks were skipped.</source>
        <translation>未知稿件年份，已跳过年份和时效检查。</translation>
    </message>
    <message>
        <source>Terms whose period had ended by the draft's year.</source>
        <translation>到稿件年份已过时的提法。</translation>
    </message>
    <message>
        <source>Terms that did not exist yet in the draft's year.</source>
        <translation>稿件年份时尚未出现的提法。</translation>
    </message>
    <message>
        <source>The same sentence twice in the document.</source>
        <translation>同一句话在文中出现两次。</translation>
    </message>
    <message>
        <source>The same heading twice in the document.</source>
        <translation>同一标题在文中出现两次。</translation>
    </message>
    <message>
        <source>Three or more sibling headings opening with the same word.</source>
        <translation>三个及以上同级标题以同一个词开头。</translation>
    </message>
    <message>
        <source>How many sentences appear verbatim in the library.</source>
        <translation>有多少句子与素材库原文完全相同。</translation>
    </message>
    <message>
        <source>A sentence found verbatim in the library, with its sources.</source>
        <translation>与素材库原文完全相同的句子及其出处。</translation>
    </message>
    <message>
        <source>Half-width punctuation between Chinese characters.</source>
        <translation>中文之间使用了半角标点。</translation>
    </message>
    <message>
        <source>Two punctuation marks in a row, such as ，。</source>
        <translation>标点连用，如“，。”。</translation>
    </message>
    <message>
        <source>A character typed twice by mistake, such as 条件件.</source>
        <translation>误输入的重复字，如“条件件”。</translation>
    </message>
    <message>
        <source>Quotes or brackets without their partner.</source>
        <translation>引号或括号不成对。</translation>
    </message>
    <message>
        <source>A section far shorter or longer than its siblings.</source>
        <translation>某节篇幅远短于或远长于同级各节。</translation>
    </message>
    <message>
        <source>A rule stopped reporting after too many findings.</source>
        <translation>某条规则发现的问题过多，已停止逐条列出。</translation>
    </message>
    <message>
        <source>The document's year is unknown, so years and dated terms were not checked.</source>
        <translation>未知稿件年份，未检查年份和有时效的提法。</translation>
    </message>
    <message>
        <source>Put the year in the title or set the draft's year.</source>
        <translation>请在标题中写明年份，或设置稿件年份。</translation>
    </message>
    <message>
        <source>This sentence appears verbatim in “%1” (%2).</source>
        <translation>此句与《%1》（%2）原文完全相同。</translation>
    </message>
    <message numerus="yes">
        <source>This sentence appears verbatim in “%1” (%2) and %n more place(s) in the library.</source>
        <translation>
            <numerusform>此句与《%1》（%2）原文完全相同，素材库中另有 %n 处相同。</numerusform>
        </translation>
    </message>
    <message>
        <source>Rephrase it unless reusing it word for word is intended.</source>
        <translation>如非有意原文引用，请换一种说法。</translation>
    </message>
    <message>
        <source>%1 of %2 sentences (%3%) appear verbatim in the library.</source>
        <translation>%2 句中有 %1 句（%3%）与素材库原文完全相同。</translation>
    </message>
    <message>
        <source>“%1” is repeated %2 times in a row.</source>
        <translation>“%1”连续重复了 %2 次。</translation>
    </message>
    <message>
        <source>Delete the extra characters.</source>
        <translation>删去多余的字。</translation>
    </message>
    <message>
        <source>“%1” looks like a character typed twice.</source>
        <translation>“%1”疑似多打了一个字。</translation>
    </message>
    <message>
        <source>Delete one “%1”.</source>
        <translation>删去一个“%1”。</translation>
    </message>
    <message>
        <source>%1 errors, %2 warnings, %3 notes.</source>
        <translation>错误 %1 处，警告 %2 处，提示 %3 处。</translation>
    </message>
    <message numerus="yes">
        <source>%n more finding(s) of rule %1 were not listed.</source>
        <translation>
            <numerusform>规则 %1 另有 %n 处问题未列出。</numerusform>
        </translation>
    </message>
    <message>
        <source>The first heading at this level is numbered %1 instead of %2.</source>
        <translation>本级第一个标题的序号是 %1，应为 %2。</translation>
    </message>
    <message>
        <source>Heading number %1 is out of sequence: %2 was expected here.</source>
        <translation>标题序号 %1 不连续：此处应为 %2。</translation>
    </message>
    <message>
        <source>Renumber it %1.</source>
        <translation>改为 %1。</translation>
    </message>
    <message>
        <source>%1 headings appear here without a %2 heading above them.</source>
        <translation>此处的“%1”级标题上方没有“%2”级标题。</translation>
    </message>
    <message>
        <source>Add the missing level, or number these headings as %1.</source>
        <translation>请补上缺少的一级，或将这些标题改用“%1”编号。</translation>
    </message>
    <message>
        <source>The marker %1 uses ASCII parentheses while other headings use full-width ones.</source>
        <translation>序号 %1 使用半角括号，而其他标题使用全角括号。</translation>
    </message>
    <message>
        <source>The marker %1 uses ASCII parentheses; official documents use full-width ones.</source>
        <translation>序号 %1 使用半角括号，公文应使用全角括号。</translation>
    </message>
    <message>
        <source>Write it as %1.</source>
        <translation>写作“%1”。</translation>
    </message>
    <message>
        <source>“%1” stands for a number that was never filled in.</source>
        <translation>“%1”是尚未填写的数字。</translation>
    </message>
    <message>
        <source>Write the actual number.</source>
        <translation>请填写实际数字。</translation>
    </message>
    <message>
        <source>“%1” stands for a name that was never filled in.</source>
        <translation>“%1”是尚未填写的名字。</translation>
    </message>
    <message>
        <source>Write the name in full, as it should appear.</source>
        <translation>请按规范写出完整名称。</translation>
    </message>
    <message>
        <source>“%1” stands for a unit or name that was never filled in.</source>
        <translation>“%1”是尚未填写的单位或名称。</translation>
    </message>
    <message>
        <source>Write the unit's or person's actual name.</source>
        <translation>请写出单位或人员的实际名称。</translation>
    </message>
    <message>
        <source>The editing note “%1” is still in the text.</source>
        <translation>编辑批注“%1”仍留在正文中。</translation>
    </message>
    <message>
        <source>Write the missing content and remove the note.</source>
        <translation>请补写内容并删去批注。</translation>
    </message>
    <message>
        <source>The slot “%1” from the phrase library was never filled in.</source>
        <translation>素材库短语中的空位“%1”尚未填写。</translation>
    </message>
    <message>
        <source>Fill in the slot: {数} a number, {年} a year, {单位} a unit, {名} a name.</source>
        <translation>请填写空位：{数} 为数字，{年} 为年份，{单位} 为单位，{名} 为名字。</translation>
    </message>
    <message>
        <source>The placeholder “%1” was never filled in.</source>
        <translation>占位符“%1”尚未填写。</translation>
    </message>
    <message>
        <source>Replace it with the real name, number or text.</source>
        <translation>请换成实际的名称、数字或文字。</translation>
    </message>
    <message>
        <source>“一是” is not followed by “二是”.</source>
        <translation>有“一是”而无“二是”。</translation>
    </message>
    <message>
        <source>Add the next point (二是…), or drop “一是”.</source>
        <translation>请补上下一点（二是……），或删去“一是”。</translation>
    </message>
    <message>
        <source>“%1” appears without “一是” before it.</source>
        <translation>“%1”之前没有“一是”。</translation>
    </message>
    <message>
        <source>Start the enumeration with “一是”.</source>
        <translation>请从“一是”开始列举。</translation>
    </message>
    <message>
        <source>“%1” follows “%2”: “%3” was expected.</source>
        <translation>“%1”紧接在“%2”之后，此处应为“%3”。</translation>
    </message>
    <message>
        <source>Renumber it “%1”.</source>
        <translation>改为“%1”。</translation>
    </message>
    <message>
        <source>the opening</source>
        <translation>开头</translation>
    </message>
    <message>
        <source>this paragraph</source>
        <translation>本段</translation>
    </message>
    <message>
        <source>This sentence already appears earlier, in %1.</source>
        <translation>此句在前文（%1）中已出现过。</translation>
    </message>
    <message>
        <source>Delete one of them, or say it differently.</source>
        <translation>请删去其一，或换一种说法。</translation>
    </message>
    <message>
        <source>The heading “%1” already appears earlier, in %2.</source>
        <translation>标题“%1”在前文（%2）中已出现过。</translation>
    </message>
    <message>
        <source>Give each section its own heading.</source>
        <translation>请为每一节拟写不同的标题。</translation>
    </message>
    <message>
        <source>All %1 sibling headings open with “%2”; fine if the parallel form is intended.</source>
        <translation>同级 %1 个标题都以“%2”开头；如有意排比，可不改。</translation>
    </message>
    <message>
        <source>%1 of %2 sibling headings open with “%3”.</source>
        <translation>同级 %2 个标题中有 %1 个以“%3”开头。</translation>
    </message>
    <message>
        <source>Vary the openings, for example with %1.</source>
        <translation>可换用其他动词开头，例如 %1。</translation>
    </message>
    <message>
        <source>“%1” was current until %2; in a %3 document it reads as outdated.</source>
        <translation>“%1”的提法沿用到 %2 年；在 %3 年的材料中显得过时。</translation>
    </message>
    <message>
        <source>“%1” dates from %2, so it cannot appear in a %3 document.</source>
        <translation>“%1”始于 %2 年，不可能出现在 %3 年的材料中。</translation>
    </message>
    <message>
        <source>Write “%1” instead.</source>
        <translation>改为“%1”。</translation>
    </message>
    <message>
        <source>Cite the current equivalent, such as “%1”, or phrase it as past work.</source>
        <translation>请改用现行提法，如“%1”，或表述为以往工作。</translation>
    </message>
    <message>
        <source>Phrase it as past work, or drop it.</source>
        <translation>请表述为以往工作，或删去。</translation>
    </message>
    <message>
        <source>Check the draft's year, or remove the term.</source>
        <translation>请核对稿件年份，或删去这一提法。</translation>
    </message>
    <message>
        <source>ASCII parentheses around Chinese text: %1.</source>
        <translation>中文外使用了半角括号：%1。</translation>
    </message>
    <message>
        <source>Use full-width parentheses: %1.</source>
        <translation>请改用全角括号：%1。</translation>
    </message>
    <message>
        <source>A half-width “%1” between Chinese characters.</source>
        <translation>中文之间使用了半角“%1”。</translation>
    </message>
    <message>
        <source>Use the full-width “%1”.</source>
        <translation>请改用全角“%1”。</translation>
    </message>
    <message>
        <source>Punctuation doubled: “%1”.</source>
        <translation>标点连用：“%1”。</translation>
    </message>
    <message>
        <source>Keep only “%1”.</source>
        <translation>只保留“%1”。</translation>
    </message>
    <message>
        <source>“%1” closes nothing: no “%2” comes before it in this paragraph.</source>
        <translation>“%1”没有对应的开头：本段中它前面没有“%2”。</translation>
    </message>
    <message>
        <source>It probably should be “%1”.</source>
        <translation>此处可能应为“%1”。</translation>
    </message>
    <message>
        <source>Add the missing “%1” or remove this one.</source>
        <translation>请补上缺少的“%1”，或删去此处。</translation>
    </message>
    <message>
        <source>“%1” is opened here but not closed in this paragraph.</source>
        <translation>“%1”在此处开始，但本段中没有结束。</translation>
    </message>
    <message>
        <source>Add the missing “%1”.</source>
        <translation>请补上缺少的“%1”。</translation>
    </message>
    <message>
        <source>The title says %1, but the draft is for %2.</source>
        <translation>标题写的是 %1 年，但稿件年份是 %2 年。</translation>
    </message>
    <message>
        <source>Change it to %1.</source>
        <translation>改为 %1。</translation>
    </message>
    <message>
        <source>The heading reports on %1, but this is a %2 document: that year has not happened yet.</source>
        <translation>该标题总结的是 %1 年，但这是 %2 年的材料：那一年还没有到来。</translation>
    </message>
    <message>
        <source>The heading mentions %1, but this is a %2 document; it may be left over from an earlier one.</source>
        <translation>该标题写的是 %1 年，但这是 %2 年的材料，可能是沿用旧稿时遗留的。</translation>
    </message>
    <message>
        <source>Change it to %1 if it describes this year.</source>
        <translation>如写的是本年度，请改为 %1。</translation>
    </message>
    <message>
        <source>The opening starts with %1, but this is a %2 document.</source>
        <translation>开头写的是 %1 年，但这是 %2 年的材料。</translation>
    </message>
    <message>
        <source>%1 lies more than a year after this %2 document; check whether the text describes work already done.</source>
        <translation>%1 年比本稿的 %2 年晚一年以上，请核对此处写的是否是已完成的工作。</translation>
    </message>
    <message>
        <source>Correct the year, or phrase it as a plan or target.</source>
        <translation>请更正年份，或表述为计划、目标。</translation>
    </message>
</context>
<context>
    <name>gaozi::ui::ChecksPanel</name>
    <message>
        <source>Checks</source>
        <translation>审校</translation>
    </message>
    <message>
        <source>Checks summary</source>
        <translation>审校结果统计</translation>
    </message>
    <message>
        <source>Fix</source>
        <translation>修正</translation>
    </message>
    <message>
        <source>Apply the fix</source>
        <translation>应用修正</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>审校发现的问题</translation>
    </message>
    <message>
        <source>The checks failed: %1</source>
        <translation>审校失败：%1</translation>
    </message>
    <message>
        <source>Whole draft</source>
        <translation>全文</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>Opening</source>
        <translation>开头</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>正在审校…</translation>
    </message>
    <message>
        <source>Errors: %1 · Warnings: %2 · Notes: %3</source>
        <translation>错误 %1 · 警告 %2 · 提示 %3</translation>
    </message>
    <message>
        <source>Select a finding that offers a fix</source>
        <translation>请选择一条可一键修正的问题</translation>
    </message>
    <message>
        <source>Delete “%1” (Ctrl+Z undoes it)</source>
        <translation>删除“%1”（Ctrl+Z 可撤销）</translation>
    </message>
    <message>
        <source>Replace “%1” with “%2” (Ctrl+Z undoes it)</source>
        <translation>将“%1”改为“%2”（Ctrl+Z 可撤销）</translation>
    </message>
    <message>
        <source>Fix “%1”</source>
        <translation>修正“%1”</translation>
    </message>
    <message>
        <source>Export with errors?</source>
        <translation>仍有错误，确定导出？</translation>
    </message>
    <message>
        <source>The checks still find %1 error(s) in this draft, such as placeholders left in, skipped numbers or impossible years. Export it anyway?</source>
        <translation>审校仍在本稿中发现 %1 处错误，例如未替换的占位符、跳号或不可能的年份。仍要导出吗？</translation>
    </message>
    <message>
        <source>Export anyway</source>
        <translation>仍然导出</translation>
    </message>
    <message>
        <source>The text has changed since the check; checking again…</source>
        <translation>检查之后文字已有改动，正在重新审校…</translation>
    </message>
</context>
<context>
    <name>gaozi::Library</name>
    <message>
        <source>The library is busy: another Gaozi window or an import is writing to it. Try again in a moment.</source>
        <translation>素材库正忙：另一个稿子窗口或导入任务正在写入。请稍后再试。</translation>
    </message>
</context>
<context>
    <name>gaozi::ui::ComposerLibraryPanel</name>
    <message>
        <source>Search the library (words separated by spaces)</source>
        <translation>检索素材库（多个词用空格分隔）</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>全部类型</translation>
    </message>
    <message>
        <source>Suggestions</source>
        <translation>推荐</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>检索</translation>
    </message>
    <message>
        <source>Suggestions failed: %1</source>
        <translation>推荐失败：%1</translation>
    </message>
    <message>
        <source>Opening</source>
        <translation>开头</translation>
    </message>
    <message>
        <source>For &lt;b&gt;%1&lt;/b&gt; (%2)</source>
        <translation>适用于&lt;b&gt;%1&lt;/b&gt;（%2）</translation>
    </message>
    <message>
        <source>What writers put next after “%1”</source>
        <translation>范文中“%1”之后常接</translation>
    </message>
    <message numerus="yes">
        <source>Followed it %n time(s), e.g. in %1</source>
        <translation>
            <numerusform>在范文中接在其后 %n 次，如《%1》</numerusform>
        </translation>
    </message>
    <message>
        <source>Headings that pair with the siblings: %1</source>
        <translation>与同级标题对仗：%1</translation>
    </message>
    <message>
        <source>Headings for %1</source>
        <translation>标题 · %1</translation>
    </message>
    <message>
        <source>Phrasing for %1</source>
        <translation>写法 · %1</translation>
    </message>
    <message>
        <source>Search failed: %1</source>
        <translation>检索失败：%1</translation>
    </message>
    <message numerus="yes">
        <source>%n phrase(s)</source>
        <translation>
            <numerusform>共 %n 条</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>gaozi::ui::ComposerPage</name>
    <message>
        <source>Saved at %1</source>
        <translation>已于 %1 保存</translation>
    </message>
    <message>
        <source>Not saved yet: %1</source>
        <translation>尚未保存：%1</translation>
    </message>
    <message>
        <source>Composer</source>
        <translation>写稿</translation>
    </message>
    <message>
        <source>Outline</source>
        <translation>提纲</translation>
    </message>
    <message>
        <source>Drafts</source>
        <translation>文稿</translation>
    </message>
    <message>
        <source>Section</source>
        <translation>本节</translation>
    </message>
    <message>
        <source>Whole document</source>
        <translation>全文</translation>
    </message>
    <message>
        <source>Opened “%1”</source>
        <translation>已打开“%1”</translation>
    </message>
    <message>
        <source>Editing…</source>
        <translation>编辑中……</translation>
    </message>
    <message>
        <source>No draft is open</source>
        <translation>没有打开的文稿</translation>
    </message>
    <message>
        <source>Exported to %1</source>
        <translation>已导出到 %1</translation>
    </message>
    <message>
        <source>Export draft</source>
        <translation>导出文稿</translation>
    </message>
    <message>
        <source>Word document (*.docx);;Plain text (*.txt)</source>
        <translation>Word 文档 (*.docx);;纯文本 (*.txt)</translation>
    </message>
    <message>
        <source>New section</source>
        <translation>新建同级节</translation>
    </message>
    <message>
        <source>New subsection</source>
        <translation>新建下级节</translation>
    </message>
    <message>
        <source>Delete section</source>
        <translation>删除本节</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>上移</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>下移</translation>
    </message>
    <message>
        <source>Up a level</source>
        <translation>升一级</translation>
    </message>
    <message>
        <source>Down a level</source>
        <translation>降一级</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>撤销</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>重做</translation>
    </message>
</context>
<context>
    <name>gaozi::ui::DocumentListModel</name>
    <message>
        <source>%1 (bundled)</source>
        <translation>%1（内置）</translation>
    </message>
    <message>
        <source>%1
%2 characters, imported %3</source>
        <translation>%1
共 %2 字，导入于 %3</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>年份</translation>
    </message>
    <message>
        <source>Genre</source>
        <translation>文种</translation>
    </message>
    <message>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Phrases</source>
        <translation>素材数</translation>
    </message>
</context>
<context>
    <name>gaozi::ui::DocumentViewer</name>
    <message>
        <source>Loading…</source>
        <translation>正在加载…</translation>
    </message>
    <message>
        <source>Source document</source>
        <translation>原文</translation>
    </message>
    <message>
        <source>Outline</source>
        <translation>提纲</translation>
    </message>
    <message>
        <source>Year: %1 · Genre: %2 · File: %3</source>
        <translation>年份：%1 · 文种：%2 · 文件：%3</translation>
    </message>
</context>
<context>
    <name>gaozi::ui::DocumentsDialog</name>
    <message>
        <source>Documents in the library</source>
        <translation>素材库中的文档</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>导入…</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>打开</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message numerus="yes">
        <source>%n document(s)</source>
        <translation>
            <numerusform>共 %n 篇文档</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove document</source>
        <translation>移除文档</translation>
    </message>
    <message>
        <source>Remove “%1” and the phrases found only in it from the library? The file on disk is not touched.</source>
        <translation>从素材库中移除“%1”以及仅见于该文档的素材？磁盘上的原文件不受影响。</translation>
    </message>
    <message>
        <source>Removing “%1”…</source>
        <translation>正在移除“%1”…</translation>
    </message>
    <message>
        <source>Removed “%1”.</source>
        <translation>已移除“%1”。</translation>
    </message>
</context>
<context>
    <name>gaozi::ui::DraftFieldsBar</name>
    <message>
        <source>Dated</source>
        <translation>落款日期</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>Follow fields</source>
        <translation>按字段生成</translation>
    </message>
    <message>
        <source>Build the title from the unit, year and period again</source>
        <translation>重新按单位、年份和时段生成标题</translation>
    </message>
    <message>
        <source>Unit, e.g. 中共XX局机关委员会</source>
        <translation>单位名称，如：中共XX局机关委员会</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>年份</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>时段</translation>
    </message>
    <message>
        <source>Edit unit</source>
        <translation>修改单位</translation>
    </message>
    <message>
        <source>Change year</source>
        <translation>修改年份</translation>
    </message>
    <message>
        <source>Change period</source>
        <translation>修改时段</translation>
    </message>
    <message>
        <source>Change date</source>
        <translation>修改日期</translation>
    </message>
    <message>
        <source>Title follows fields</source>
        <translation>标题改为按字段生成</translation>
    </message>
    <message>
        <source>Edit title</source>
        <translation>修改标题</translation>
    </message>
</context>
<context>
    <name>gaozi::ui::DraftListPanel</name>
    <message>
        <source>New</source>
        <translation>新建</translation>
    </message>
    <message>
        <source>Start a new draft</source>
        <translation>新建文稿</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>复制</translation>
    </message>
    <message>
        <source>Duplicate the draft</source>
        <translation>复制此文稿</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>重命名</translation>
    </message>
    <message>
        <source>Rename the draft</source>
        <translation>重命名此文稿</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Delete the draft</source>
        <translation>删除此文稿</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <source>Export as .docx or .txt</source>
        <translation>导出为 .docx 或 .txt</translation>
    </message>
    <message>
        <source>Drafts</source>
        <translation>文稿</translation>
    </message>
    <message numerus="yes">
        <source>%1
%n character(s) · edited %2</source>
        <translation>
            <numerusform>%1
%n 字 · 修改于 %2</numerusform>
        </translation>
    </message>
    <message>
        <source>No draft is selected</source>
        <translation>未选中文稿</translation>
    </message>
    <message>
        <source>Delete draft</source>
        <translation>删除文稿</translation>
    </message>
    <message>
        <source>Delete the draft “%1”? This cannot be undone.</source>
        <translation>删除文稿“%1”？此操作无法撤销。</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
</context>
<context>
    <name>gaozi::ui::FacetModel</name>
    <message>
        <source>Collections</source>
        <translation>收藏与自建</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>环节</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>主题</translation>
    </message>
    <message>
        <source>★ Favourites</source>
        <translation>★ 收藏</translation>
    </message>
    <message>
        <source>My phrases</source>
        <translation>我的</translation>
    </message>
</context>
<context>
    <name>gaozi::ui::FilterPanel</name>
    <message>
        <source>Clear filters</source>
        <translation>清除筛选</translation>
    </message>
    <message>
        <source>Filter</source>
        <translation>筛选</translation>
    </message>
</context>
<context>
    <name>gaozi::ui::ImportController</name>
    <message>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <source>Looking for documents…</source>
        <translation>正在查找文档…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Cancelling after the current file…</source>
        <translation>当前文件处理完后取消…</translation>
    </message>
    <message>
        <source>Updating the library&apos;s terms…</source>
        <translation>正在更新全库提法统计…</translation>
    </message>
    <message>
        <source>Imported %1 of %2 files
%3</source>
        <translation>已导入 %1 / %2 个文件
%3</translation>
    </message>
</context>
<context>
    <name>gaozi::ui::ImportReportDialog</name>
    <message>
        <source>Import report</source>
        <translation>导入报告</translation>
    </message>
    <message>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Imported %1 file(s), replaced %2, skipped %3, failed %4.</source>
        <translation>导入 %1 个文件，替换 %2 个，跳过 %3 个，失败 %4 个。</translation>
    </message>
    <message>
        <source>The import was cancelled; the files imported before stay in the library.</source>
        <translation>导入已取消；取消前导入的文件仍保留在素材库中。</translation>
    </message>
    <message>
        <source>The import stopped: %1</source>
        <translation>导入中止：%1</translation>
    </message>
    <message>
        <source>No documents (.txt, .md, .docx) were found.</source>
        <translation>没有找到可导入的文档（.txt、.md、.docx）。</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>已跳过</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>失败</translation>
    </message>
</context>
<context>
    <name>gaozi::ui::LibraryPage</name>
    <message>
        <source>Search phrases, e.g. 党建 融合 (Ctrl+F)</source>
        <translation>检索素材，如：党建 融合（Ctrl+F）</translation>
    </message>
    <message>
        <source>Order of the results</source>
        <translation>结果的排序方式</translation>
    </message>
    <message>
        <source>No phrase found. Try a shorter word or clear the filters.</source>
        <translation>没有找到素材。试试更短的词，或清除筛选。</translation>
    </message>
    <message numerus="yes">
        <source>%n phrase(s)</source>
        <translation>
            <numerusform>共 %n 条</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n+ phrase(s), counting…</source>
        <translation>
            <numerusform>%n 条以上，正在计数…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>more than %n phrase(s)</source>
        <translation>
            <numerusform>超过 %n 条</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Copy Phrase</source>
        <translation>复制素材(&amp;C)</translation>
    </message>
    <message>
        <source>Copy the phrase text</source>
        <translation>复制素材文字</translation>
    </message>
    <message>
        <source>&amp;Favourite</source>
        <translation>收藏(&amp;F)</translation>
    </message>
    <message>
        <source>Mark or unmark as favourite</source>
        <translation>收藏或取消收藏</translation>
    </message>
    <message>
        <source>&amp;New Phrase…</source>
        <translation>新建素材(&amp;N)…</translation>
    </message>
    <message>
        <source>Add a phrase of your own</source>
        <translation>添加自己的素材</translation>
    </message>
    <message>
        <source>&amp;Edit Phrase…</source>
        <translation>编辑素材(&amp;E)…</translation>
    </message>
    <message>
        <source>Edit your phrase</source>
        <translation>编辑自建素材</translation>
    </message>
    <message>
        <source>&amp;Delete Phrase</source>
        <translation>删除素材(&amp;D)</translation>
    </message>
    <message>
        <source>Delete your phrase</source>
        <translation>删除自建素材</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>检索(&amp;S)</translation>
    </message>
    <message>
        <source>Search the library</source>
        <translation>在素材库中检索</translation>
    </message>
    <message>
        <source>Copied: %1</source>
        <translation>已复制：%1</translation>
    </message>
    <message>
        <source>Added to favourites.</source>
        <translation>已收藏。</translation>
    </message>
    <message>
        <source>Removed from favourites.</source>
        <translation>已取消收藏。</translation>
    </message>
    <message>
        <source>New phrase</source>
        <translation>新建素材</translation>
    </message>
    <message>
        <source>Added to My phrases.</source>
        <translation>已添加到“我的”。</translation>
    </message>
    <message>
        <source>Edit phrase</source>
        <translation>编辑素材</translation>
    </message>
    <message>
        <source>Phrase saved.</source>
        <translation>素材已保存。</translation>
    </message>
    <message>
        <source>Delete phrase</source>
        <translation>删除素材</translation>
    </message>
    <message>
        <source>Delete your phrase “%1”?</source>
        <translation>删除自建素材“%1”？</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Phrase deleted.</source>
        <translation>素材已删除。</translation>
    </message>
</context>
<context>
    <name>gaozi::ui::MainWindow</name>
    <message>
        <source>Library</source>
        <translation>素材库</translation>
    </message>
    <message>
        <source>Building your library from the bundled documents… you can start searching already.</source>
        <translation>正在用内置范文生成素材库……现在就可以开始检索。</translation>
    </message>
    <message>
        <source>The bundled documents could not be mined: %1</source>
        <translation>内置范文提炼失败：%1</translation>
    </message>
    <message numerus="yes">
        <source>Library ready: %n bundled document(s) mined.</source>
        <translation>
            <numerusform>素材库已就绪：已从 %n 篇内置范文中提炼素材。</numerusform>
        </translation>
    </message>
    <message>
        <source>An import is already running.</source>
        <translation>已有导入正在进行。</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Import Files…</source>
        <translation>导入文件(&amp;I)…</translation>
    </message>
    <message>
        <source>Add documents (.txt, .md, .docx) to the library; you can also drop them on the window</source>
        <translation>将文档（.txt、.md、.docx）导入素材库；也可以直接拖放到窗口上</translation>
    </message>
    <message>
        <source>Import &amp;Folder…</source>
        <translation>导入文件夹(&amp;O)…</translation>
    </message>
    <message>
        <source>&amp;Documents…</source>
        <translation>文档列表(&amp;D)…</translation>
    </message>
    <message>
        <source>The documents in the library</source>
        <translation>素材库中的文档</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Phrase</source>
        <translation>素材(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>查看(&amp;V)</translation>
    </message>
    <message>
        <source>Library &amp;Overview…</source>
        <translation>素材库概览(&amp;O)…</translation>
    </message>
    <message>
        <source>Charts of what the library holds</source>
        <translation>用图表查看素材库的构成</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>界面语言(&amp;L)</translation>
    </message>
    <message>
        <source>The new language is used from the next start.</source>
        <translation>新的界面语言将在下次启动时生效。</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About Gaozi</source>
        <translation>关于稿子(&amp;A)</translation>
    </message>
    <message>
        <source>About Gaozi</source>
        <translation>关于稿子</translation>
    </message>
    <message>
        <source>&lt;h3&gt;稿子 Gaozi %1&lt;/h3&gt;&lt;p&gt;An offline drafting assistant for Party-building work summaries. Every phrase in the library shows the documents it came from.&lt;/p&gt;&lt;p&gt;Library: %2&lt;/p&gt;</source>
        <translation>&lt;h3&gt;稿子 Gaozi %1&lt;/h3&gt;&lt;p&gt;离线的党建工作总结写作助手。素材库中的每一条素材都能追溯到出处文档。&lt;/p&gt;&lt;p&gt;素材库文件：%2&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>主工具栏</translation>
    </message>
    <message>
        <source>Phrases</source>
        <translation>素材工具栏</translation>
    </message>
    <message>
        <source>Import documents</source>
        <translation>导入文档</translation>
    </message>
    <message>
        <source>Documents (*.txt *.md *.docx);;All files (*)</source>
        <translation>文档 (*.txt *.md *.docx);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Import a folder of documents</source>
        <translation>导入整个文件夹的文档</translation>
    </message>
</context>
<context>
    <name>gaozi::ui::NewDraftDialog</name>
    <message>
        <source>From a genre template</source>
        <translation>从文种模板开始</translation>
    </message>
    <message>
        <source>From the outline of a library document</source>
        <translation>从素材库中一篇文档的提纲开始</translation>
    </message>
    <message>
        <source>Date line</source>
        <translation>落款日期</translation>
    </message>
    <message>
        <source>New draft</source>
        <translation>新建文稿</translation>
    </message>
    <message>
        <source>Loading documents…</source>
        <translation>正在载入文档……</translation>
    </message>
    <message>
        <source>Defaults to the title</source>
        <translation>默认与标题相同</translation>
    </message>
    <message>
        <source>e.g. 中共XX局机关委员会</source>
        <translation>如：中共XX局机关委员会</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>年份</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>时段</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Draft name</source>
        <translation>文稿名称</translation>
    </message>
    <message>
        <source>The library holds no documents</source>
        <translation>素材库中还没有文档</translation>
    </message>
</context>
<context>
    <name>gaozi::ui::OutlineModel</name>
    <message>
        <source>(untitled)</source>
        <translation>（无标题）</translation>
    </message>
    <message>
        <source>Title and opening paragraphs. Characters: the whole document.</source>
        <translation>标题和开头段落。字数为全文字数。</translation>
    </message>
    <message>
        <source>(no heading yet)</source>
        <translation>（尚无标题）</translation>
    </message>
    <message>
        <source>Edit title</source>
        <translation>修改标题</translation>
    </message>
    <message>
        <source>Rename section</source>
        <translation>修改节标题</translation>
    </message>
    <message>
        <source>Outline</source>
        <translation>提纲</translation>
    </message>
    <message>
        <source>Chars</source>
        <translation>字数</translation>
    </message>
    <message>
        <source>Move section</source>
        <translation>移动节</translation>
    </message>
</context>
<context>
    <name>gaozi::ui::OverviewDialog</name>
    <message>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>正在统计…</translation>
    </message>
    <message>
        <source>Library overview</source>
        <translation>素材库概览</translation>
    </message>
    <message>
        <source>%1 documents, %2 characters, %3 phrases from %4 sources; %5 favourites, %6 of your own.</source>
        <translation>共 %1 篇文档、%2 字，提炼素材 %3 条（出处 %4 处）；收藏 %5 条，自建 %6 条。</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <source>Documents by year</source>
        <translation>各年份文档数</translation>
    </message>
    <message>
        <source>Documents by genre</source>
        <translation>文种分布</translation>
    </message>
    <message>
        <source>Phrases by role</source>
        <translation>素材的环节分布</translation>
    </message>
    <message>
        <source>Phrases by topic</source>
        <translation>各主题素材数</translation>
    </message>
    <message>
        <source>Most used terms (documents using them)</source>
        <translation>高频提法（使用文档数）</translation>
    </message>
</context>
<context>
    <name>gaozi::ui::PhraseDialog</name>
    <message>
        <source>My phrase</source>
        <translation>自建素材</translation>
    </message>
    <message>
        <source>The phrase, e.g. 全年开展谈心谈话{数}次</source>
        <translation>素材内容，如：全年开展谈心谈话{数}次</translation>
    </message>
    <message>
        <source>Insert a blank:</source>
        <translation>插入待填项：</translation>
    </message>
    <message>
        <source>Text:</source>
        <translation>内容：</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>类型：</translation>
    </message>
    <message>
        <source>Role:</source>
        <translation>环节：</translation>
    </message>
    <message>
        <source>Topic:</source>
        <translation>主题：</translation>
    </message>
</context>
<context>
    <name>gaozi::ui::PhraseListModel</name>
    <message>
        <source>%1 · mine</source>
        <translation>%1 · 我的</translation>
    </message>
    <message numerus="yes">
        <source>used %n time(s)</source>
        <translation>
            <numerusform>使用 %n 次</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %n document(s)</source>
        <translation>
            <numerusform>见于 %n 篇文档</numerusform>
        </translation>
    </message>
    <message>
        <source>Phrase</source>
        <translation>素材</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>环节</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>主题</translation>
    </message>
    <message>
        <source>Docs</source>
        <translation>文档数</translation>
    </message>
    <message>
        <source>Favourite</source>
        <translation>收藏</translation>
    </message>
    <message>
        <source>Where in a summary the text serves</source>
        <translation>素材在总结中所处的环节（开头、做法成效、存在问题等）</translation>
    </message>
    <message>
        <source>How many documents use it</source>
        <translation>使用这条素材的文档数</translation>
    </message>
</context>
<context>
    <name>gaozi::ui::PhrasePickModel</name>
    <message numerus="yes">
        <source>%1 · %2 · %3 · in %n document(s)</source>
        <translation>
            <numerusform>%1 · %2 · %3 · 见于 %n 篇文档</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>gaozi::ui::PlaceholderHighlighter</name>
    <message>
        <source>A slot to fill in</source>
        <translation>待填写的空位</translation>
    </message>
    <message>
        <source>A placeholder to replace</source>
        <translation>待替换的占位符</translation>
    </message>
</context>
<context>
    <name>gaozi::ui::PreviewPane</name>
    <message>
        <source>Open document</source>
        <translation>查看原文</translation>
    </message>
    <message>
        <source>Read the whole source document</source>
        <translation>阅读完整的出处文档</translation>
    </message>
    <message>
        <source>Choose a phrase to see where it comes from.</source>
        <translation>选择一条素材，查看它的出处。</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>written by you</source>
        <translation>自建</translation>
    </message>
    <message numerus="yes">
        <source>used %n time(s)</source>
        <translation>
            <numerusform>使用 %n 次</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %n document(s)</source>
        <translation>
            <numerusform>见于 %n 篇文档</numerusform>
        </translation>
    </message>
    <message>
        <source>★ favourite</source>
        <translation>★ 已收藏</translation>
    </message>
    <message>
        <source>Your own phrase has no source document.</source>
        <translation>自建素材没有出处文档。</translation>
    </message>
    <message>
        <source>Sources (%1)</source>
        <translation>来源（%1）</translation>
    </message>
    <message>
        <source>This phrase is the outline of the whole document.</source>
        <translation>这是整篇文档的提纲，请查看原文。</translation>
    </message>
</context>
<context>
    <name>gaozi::ui::SectionEditor</name>
    <message>
        <source>Heading (the number is added for you)</source>
        <translation>标题（序号自动生成）</translation>
    </message>
    <message>
        <source>Section heading</source>
        <translation>节标题</translation>
    </message>
    <message>
        <source>Section text</source>
        <translation>正文</translation>
    </message>
    <message>
        <source>Opening</source>
        <translation>开头</translation>
    </message>
    <message>
        <source>The opening paragraphs, before the first heading.</source>
        <translation>开头段落，位于第一个标题之前。</translation>
    </message>
    <message>
        <source>Write this section here; double-click a phrase on the right to insert it.</source>
        <translation>在此撰写本节；双击右侧素材即可插入。</translation>
    </message>
    <message>
        <source>This part: %1 characters · whole draft: %2</source>
        <translation>本节 %1 字 · 全文 %2 字</translation>
    </message>
    <message>
        <source>Typing</source>
        <translation>输入</translation>
    </message>
    <message>
        <source>Edit heading</source>
        <translation>修改标题</translation>
    </message>
    <message>
        <source>Insert phrase</source>
        <translation>插入素材</translation>
    </message>
    <message>
        <source>Replace heading</source>
        <translation>替换标题</translation>
    </message>
</context>
</TS>
