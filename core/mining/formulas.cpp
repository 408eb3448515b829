#include "mining/slots.h"
#include "mining/spanfinders.h"

#include "common/charclass.h"

namespace gaozi {
namespace {

constexpr int kMinQuoted = 2;
constexpr int kMaxQuoted = 12;
// A quotation holding these is a sentence or a list, not a formula.
constexpr CharClass kNotInFormula(u"，,。；;：:！？!?+＋ \t“”\"");
constexpr CharClass kNumerals(u"一二两三四五六七八九十双百千");
// Second and fourth characters that make 一是/两个/十九届三中 rather than 三会一课.
constexpr CharClass kNotFormulaNoun(u"是些种届季度中个次名年月日天项位批级");
constexpr QChar kEach = u'个';

bool isNumeral(QChar c)
{
    return kNumerals.contains(c);
}

QChar at(QStringView s, qsizetype i)
{
    return (i >= 0 && i < s.size()) ? s[i] : QChar();
}

bool isFormulaNoun(QChar c)
{
    return isHan(c) && !isNumeral(c) && !kNotFormulaNoun.contains(c);
}

bool acceptableQuote(QStringView content)
{
    if (content.size() < kMinQuoted || content.size() > kMaxQuoted)
        return false;
    for (const QChar c : content) {
        if (kNotInFormula.contains(c))
            return false;
    }
    const QString slotted = slotify(content.toString());
    if (slotCount(slotted) > 0 || hanCount(slotted) < kMinQuoted)
        return false;
    // “三八” “五一” are holidays, not formulas.
    return std::any_of(content.cbegin(), content.cend(), [](QChar c) { return isHan(c) && !isNumeral(c); });
}

void quoted(QStringView p, QList<TextSpan> &out)
{
    for (qsizetype open = 0; open < p.size(); ++open) {
        const QChar c = p[open];
        QChar close;
        if (c == u'“')
            close = u'”';
        else if (c == u'「')
            close = u'」';
        else if (c == u'"')
            close = u'"';
        else
            continue;
        const qsizetype end = p.indexOf(close, open + 1);
        if (end < 0)
            return;
        const QStringView content = p.mid(open + 1, end - open - 1);
        if (acceptableQuote(content))
            out.append(TextSpan{open + 1, content.size(), content.toString()});
        open = end;
    }
}

// 三会一课, 一岗双责, 三重一大, 一会一报: numeral, noun, numeral, noun.
// 四个意识, 两个维护, 三个带头: numeral, 个, two characters, then the phrase ends.
void numbered(QStringView p, QList<TextSpan> &out)
{
    for (qsizetype i = 0; i + 3 < p.size(); ++i) {
        if (!isNumeral(p[i]) || isNumeral(at(p, i - 1)))
            continue;
        const bool pairs = isFormulaNoun(p[i + 1]) && isNumeral(p[i + 2]) && isFormulaNoun(p[i + 3]);
        const bool counted = p[i] != u'双' && p[i + 1] == kEach && isFormulaNoun(p[i + 2])
            && isFormulaNoun(p[i + 3]) && !isHan(at(p, i + 4));
        if (pairs || counted) {
            out.append(TextSpan{i, 4, p.mid(i, 4).toString()});
            i += 3;
        }
    }
}

} // namespace

QList<TextSpan> findFormulas(QStringView p)
{
    QList<TextSpan> out;
    quoted(p, out);
    numbered(p, out);
    return out;
}

} // namespace gaozi
