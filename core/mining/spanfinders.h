#pragma once

#include <QList>
#include <QString>
#include <QStringView>

namespace gaozi {

// A stretch of a paragraph that makes a phrase. text is the display text before
// slotting; it may differ from the stretch itself (a parallel run's items are
// rejoined with 、 after trimming).
struct TextSpan
{
    qsizetype offset = 0;
    qsizetype length = 0;
    QString text;
};

// Sentences split at 。！？； outside quotes and brackets, stripped of a leading
// 一是 marker and stray punctuation; fragments, lone punctuation, unbalanced
// quotes, lengths outside 8–150 and mostly-placeholder sentences are left out.
// A sentence that is nothing but a point's lead clause is left to the points.
QList<TextSpan> findSentences(QStringView paragraph);
// Whether findSentences() keeps a sentence with this text (its length, placeholders and
// quotes): the sentences a library can hold as phrases.
bool keptAsSentence(const QString &text);

// 排比/并列 runs: ≥3 items of similar length separated by 、 (or two items sharing a
// prefix or suffix), and runs without separators such as 走深走心走实.
QList<TextSpan> findParallels(QStringView paragraph);

// 提法: quoted formulas of 2–12 characters that are not placeholders (“两个维护”),
// and numbered formulas found by shape: 三会一课 / 一岗双责 (numeral, character,
// numeral, character) and 四个意识 (numeral, 个, two characters).
QList<TextSpan> findFormulas(QStringView paragraph);

// The opening clause of an enumerated point, shortened to its first phrase when
// the clause runs long; empty when nothing usable remains.
QString pointLead(const QString &lead);

// Characters that open or close a quotation or a bracket.
bool isOpener(QChar c);
bool isCloser(QChar c);

} // namespace gaozi
