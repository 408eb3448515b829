#include "checks/rules.h"

#include "common/logging.h"

#include <unicode/ubrk.h>

#include <memory>
#include <vector>

namespace gaozi {
namespace {

constexpr qsizetype kWindowBefore = 6;
constexpr qsizetype kWindowAfter = 8;

struct BreakIteratorCloser
{
    void operator()(UBreakIterator *bi) const { ubrk_close(bi); }
};
using BreakIterator = std::unique_ptr<UBreakIterator, BreakIteratorCloser>;

bool isHan(QChar c)
{
    return c.script() == QChar::Script_Han && c != u'〇';
}

// Word spans around a doubled pair, from ICU's dictionary-based segmentation of a small window.
struct PairWords
{
    int firstLength = 0;  // length of the word holding the first character
    int secondLength = 0; // length of the word holding the second
    bool sameWord = false;
};

PairWords segmentPair(UBreakIterator *bi, const QString &text, qsizetype pos)
{
    qsizetype from = std::max<qsizetype>(0, pos - kWindowBefore);
    qsizetype to = std::min(text.size(), pos + 2 + kWindowAfter);
    if (from > 0 && text[from].isLowSurrogate())
        --from;
    if (to < text.size() && text[to].isLowSurrogate())
        ++to;
    UErrorCode status = U_ZERO_ERROR;
    ubrk_setText(bi, reinterpret_cast<const UChar *>(text.utf16() + from), int32_t(to - from), &status);
    PairWords out;
    if (U_FAILURE(status))
        return out;
    const int32_t first = int32_t(pos - from);
    int32_t start = ubrk_first(bi);
    for (int32_t end = ubrk_next(bi); end != UBRK_DONE; start = end, end = ubrk_next(bi)) {
        if (start <= first && first < end)
            out.firstLength = end - start;
        if (start <= first + 1 && first + 1 < end) {
            out.secondLength = end - start;
            out.sameWord = start <= first;
        }
    }
    return out;
}

bool inAllowedContext(const QString &text, qsizetype pos, const QStringList &contexts)
{
    const QChar c = text[pos];
    for (const QString &context : contexts) {
        for (qsizetype at = context.indexOf(QString(2, c)); at >= 0; at = context.indexOf(QString(2, c), at + 1)) {
            if (pos - at >= 0 && QStringView(text).mid(pos - at, context.size()) == context)
                return true;
        }
    }
    return false;
}

// 切切实实, 认认真真: two doubled characters in a row form an AABB reduplication.
bool isAabb(const QString &text, qsizetype pos)
{
    const bool after = pos + 3 < text.size() && text[pos + 2] == text[pos + 3] && text[pos + 2] != text[pos]
                       && isHan(text[pos + 2]);
    const bool before = pos >= 2 && text[pos - 2] == text[pos - 1] && text[pos - 1] != text[pos] && isHan(text[pos - 1]);
    return after || before;
}

bool isSlip(UBreakIterator *bi, const QString &text, qsizetype pos, const CheckData &data)
{
    if (inAllowedContext(text, pos, data.doubledContexts) || isAabb(text, pos))
        return false;
    const PairWords words = segmentPair(bi, text, pos);
    if (words.firstLength == 0 || words.sameWord)
        return false; // 常常, 人人 as one dictionary word
    const bool firstInWord = words.firstLength > 1;
    const bool secondInWord = words.secondLength > 1;
    if (firstInWord && secondInWord)
        return false; // 工作|作风, 管理|理念: two words that happen to meet
    if (firstInWord)
        return true; // 条件|件, 党员|员: the first one completes a word, the second is left over
    if (secondInWord)
        return false; // 纪检组|组长, 的|的确: a one-character word before a word starting alike
    return !data.reduplications.contains(text.mid(pos, 2)); // 件|件落实 is fine, 的|的 is not
}

} // namespace

void checkDoubledCharacters(const RuleInput &in, FindingSink &out)
{
    const QString rule = QStringLiteral("typography.doubled-character");
    UErrorCode status = U_ZERO_ERROR;
    BreakIterator bi(ubrk_open(UBRK_WORD, "zh", nullptr, 0, &status));
    if (U_FAILURE(status) || !bi) {
        qCWarning(lcChecks) << "ICU word break iterator unavailable; doubled characters not checked:"
                            << u_errorName(status);
        return;
    }
    for (int p = 0; p < in.paragraphs().size(); ++p) {
        const QString &text = in.paragraphs()[p].text;
        qsizetype i = in.textStart(p);
        while (i + 1 < text.size()) {
            qsizetype end = i + 1;
            while (end < text.size() && text[end] == text[i])
                ++end;
            const qsizetype run = end - i;
            if (run > 2 && isHan(text[i]) && !out.dropIfFull(rule)) {
                out.add(rule, Severity::Warning, p, int(i), int(run),
                        QCoreApplication::translate("gaozi::Checks", "“%1” is repeated %2 times in a row.")
                            .arg(text[i])
                            .arg(run),
                        QCoreApplication::translate("gaozi::Checks", "Delete the extra characters."));
            } else if (run == 2 && isHan(text[i]) && isSlip(bi.get(), text, i, in.data) && !out.dropIfFull(rule)) {
                out.addWithFix(rule, Severity::Warning, p, int(i), 2,
                               QCoreApplication::translate("gaozi::Checks", "“%1” looks like a character typed twice.")
                                   .arg(text.mid(i, 2)),
                               QCoreApplication::translate("gaozi::Checks", "Delete one “%1”.").arg(text[i]),
                               Fix{p, int(i + 1), 1, QString()});
            }
            i = end;
        }
    }
}

} // namespace gaozi
