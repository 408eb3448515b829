#pragma once

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace gaozi {

// What kind of reusable text a phrase is (see docs/ARCHITECTURE.md).
enum class PhraseKind { Outline, Heading, Point, Sentence, Parallel, Term };

QString kindName(PhraseKind kind);                         // "outline", "heading", ...
std::optional<PhraseKind> kindFromName(QStringView name);  // inverse; nullopt if unknown
QList<PhraseKind> allKinds();

// Slots are written in phrase text as {数} (a number), {年} (a year),
// {单位} (a unit or name placeholder such as XX/xxx) and {名} (a person, the
// corpus' "A"). The composer fills {年} and {单位} from a draft's fields.
namespace slot {
inline const QString Number = QStringLiteral("{数}");
inline const QString Year = QStringLiteral("{年}");
inline const QString Unit = QStringLiteral("{单位}");
inline const QString Name = QStringLiteral("{名}");
} // namespace slot

// One paragraph of a mined document, kept so every phrase can be shown in context.
struct MinedParagraph
{
    QString sectionPath; // "一、2024年工作开展情况 › （一）系统抓教育，强化理想信念"; "" for opening
    QString text;        // the cleaned paragraph (headings are paragraphs too)
};

// One place a phrase was found.
struct Occurrence
{
    PhraseKind kind = PhraseKind::Sentence;
    QString text;      // display text with slots, e.g. 开展谈心谈话{数}次
    QString key;       // merge key: near-duplicates (punctuation, slot values, ASCII/full-width) share it
    QString role;      // 开头, 做法成效, 存在问题, 原因分析, 下一步打算, 结尾
    QString topic;     // from resources/data/topics.txt; "综合" when nothing matches
    int paragraph = -1; // index into MinedDocument::paragraphs; -1 for a whole-document outline
    int offset = 0;     // characters into that paragraph's text
    int length = 0;     // characters of the original (unslotted) text
};

struct MinedDocument
{
    QList<MinedParagraph> paragraphs;
    QList<Occurrence> occurrences;
};

} // namespace gaozi
