#pragma once

#include <QString>
#include <QStringView>

namespace gaozi {

// Rewrites the corpus' placeholders and concrete numbers as slots (see minedphrase.h):
//   2023年 → {年}年, 20XX年 → {年}年, XX年 → {年}年
//   100余次, 近100次, XX次, xx余次 → {数}次   (approximators 近/约/余/多 go into the slot)
//   any other Arabic number → {数};  XX大 (a Party congress) → {数}大
//   other XX / xxx / X / Ｘ runs → {单位};  A between Han characters → {名}
// Chinese-numeral words (第一议题, 三会一课, 十九大) are left alone, and slots
// already present in the text pass through, so slotify(slotify(s)) == slotify(s).
QString slotify(const QString &raw);

// The merge key of a slotted phrase: whitespace, punctuation and symbols removed,
// full-width ASCII folded to ASCII and lower-cased, and every slot written as '#',
// so "开展谈心谈话{数}次。" and "开展谈心谈话 {数} 次" share a key, as do
// "以{名}新时代" and "以{单位}新时代" (the corpus uses either placeholder for a name).
QString phraseKey(const QString &slotted);

// CJK unified ideographs (basic block and extension A). Inline: the term
// miner asks for every character of the corpus on each of its passes.
inline bool isHan(QChar c)
{
    const char16_t u = c.unicode();
    return (u >= 0x4E00 && u <= 0x9FFF) || (u >= 0x3400 && u <= 0x4DBF);
}

// Slots in a slotted text, and Han characters outside them.
int slotCount(QStringView slotted);
int hanCount(QStringView text);

// Length of the slot token starting at pos, or 0.
qsizetype slotTokenAt(QStringView text, qsizetype pos);

} // namespace gaozi
